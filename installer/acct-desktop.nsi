; acct-desktop: per-user Windows installer (NSIS 3, Unicode, Modern UI 2).
;
; Built by `python installer/build.py`, which passes
;   -DVERSION=0.1.0 -DBUNDLE_DIR=dist\acct-desktop -DOUTFILE=... -DICON=installer\acct-desktop.ico
;
; - Per user, no administrator rights: RequestExecutionLevel user, installs into
;   %LOCALAPPDATA%\Programs\acct-desktop, registers under HKCU only.
; - Start-menu shortcut; desktop shortcut optional (a component).
; - Upgrade in place: an existing installation is found through its uninstall key, its
;   program files are replaced, and the user's data and settings are not touched:
;     data      %LOCALAPPDATA%\acct-desktop        (platformdirs user_data_dir: databases,
;                                                   seal key, manager.json, Logs)
;     settings  HKCU\Software\acct-desktop         (QSettings, organisation acct-desktop)
;     secrets   Windows Credential Manager         (keyring: seal passphrase, server passwords)
; - The uninstaller keeps the data and settings unless "Also remove my data" is ticked
;   (or /REMOVEDATA is given to a silent uninstall). Credential Manager entries are left.
; - Pages in English, Simplified Chinese, Vietnamese and Dutch (chosen at start).
; This file is UTF-8 with a byte order mark, so makensis reads the translations right.

Unicode true
ManifestDPIAware true
!ifdef CHECK_ONLY
  SetCompress off ; a compile check of the script (Linux CI): no time spent compressing
!else
  SetCompressor /SOLID lzma
!endif
RequestExecutionLevel user

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!ifndef BUNDLE_DIR
  !error "Pass -DBUNDLE_DIR=<the PyInstaller folder dist\acct-desktop> (installer/build.py does)"
!endif
!ifndef OUTFILE
  !define OUTFILE "acct-desktop-setup-${VERSION}.exe"
!endif
!ifndef ICON
  !define ICON "acct-desktop.ico"
!endif

!define APP "acct-desktop"
!define EXE "acct-desktop.exe"
!define CLI_EXE "acct-desktop-cli.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define SETTINGS_KEY "Software\${APP}"
!define DATA_DIR "$LOCALAPPDATA\${APP}"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "nsDialogs.nsh"
!include "FileFunc.nsh"
!include "Sections.nsh"

Name "acct-desktop ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
BrandingText "acct-desktop ${VERSION}"
ShowInstDetails show
ShowUninstDetails show

Var Upgrade       ; 1 when an earlier installation was found
Var OldVersion
Var DataCheckbox
Var RemoveData    ; ${BST_CHECKED} to delete the user's data on uninstall

; -- Modern UI -------------------------------------------------------------------------
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_LANGDLL_ALLLANGUAGES
!define MUI_LANGDLL_REGISTRY_ROOT HKCU
!define MUI_LANGDLL_REGISTRY_KEY "${UNINST_KEY}"
!define MUI_LANGDLL_REGISTRY_VALUENAME "InstallerLanguage"

!define MUI_PAGE_CUSTOMFUNCTION_SHOW WelcomeShow
!insertmacro MUI_PAGE_WELCOME
!define MUI_PAGE_CUSTOMFUNCTION_PRE SkipOnUpgrade
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_FINISH

UninstPage custom un.DataPageCreate un.DataPageLeave
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the default.
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "Dutch"
!insertmacro MUI_RESERVEFILE_LANGDLL

; -- our own texts, in the four languages ---------------------------------------------
LangString SecProgramName ${LANG_ENGLISH} "acct-desktop"
LangString SecProgramName ${LANG_SIMPCHINESE} "acct-desktop"
LangString SecProgramName ${LANG_VIETNAMESE} "acct-desktop"
LangString SecProgramName ${LANG_DUTCH} "acct-desktop"

LangString SecDesktopName ${LANG_ENGLISH} "Desktop shortcut"
LangString SecDesktopName ${LANG_SIMPCHINESE} "桌面快捷方式"
LangString SecDesktopName ${LANG_VIETNAMESE} "Lối tắt trên màn hình nền"
LangString SecDesktopName ${LANG_DUTCH} "Snelkoppeling op het bureaublad"

LangString SecProgramDesc ${LANG_ENGLISH} "The program and its Start menu shortcut (required)."
LangString SecProgramDesc ${LANG_SIMPCHINESE} "程序及其“开始”菜单快捷方式（必需）。"
LangString SecProgramDesc ${LANG_VIETNAMESE} "Chương trình và lối tắt trong menu Start (bắt buộc)."
LangString SecProgramDesc ${LANG_DUTCH} "Het programma en de snelkoppeling in het Startmenu (vereist)."

LangString SecDesktopDesc ${LANG_ENGLISH} "An acct-desktop shortcut on your desktop."
LangString SecDesktopDesc ${LANG_SIMPCHINESE} "在桌面上创建 acct-desktop 快捷方式。"
LangString SecDesktopDesc ${LANG_VIETNAMESE} "Tạo lối tắt acct-desktop trên màn hình nền."
LangString SecDesktopDesc ${LANG_DUTCH} "Een snelkoppeling naar acct-desktop op het bureaublad."

LangString UpgradeText ${LANG_ENGLISH} "acct-desktop $OldVersion is installed in $INSTDIR.$\r$\n$\r$\nSetup will upgrade it to version ${VERSION}. Your databases, seal key and settings are kept.$\r$\n$\r$\nClose acct-desktop before you continue, then click Next."
LangString UpgradeText ${LANG_SIMPCHINESE} "acct-desktop $OldVersion 已安装在 $INSTDIR。$\r$\n$\r$\n安装程序将把它升级到 ${VERSION} 版。您的数据库、印章密钥和设置都会保留。$\r$\n$\r$\n请先关闭 acct-desktop，然后单击“下一步”。"
LangString UpgradeText ${LANG_VIETNAMESE} "acct-desktop $OldVersion đã được cài đặt tại $INSTDIR.$\r$\n$\r$\nTrình cài đặt sẽ nâng cấp lên phiên bản ${VERSION}. Cơ sở dữ liệu, khóa con dấu và các thiết lập của bạn được giữ nguyên.$\r$\n$\r$\nHãy đóng acct-desktop trước khi tiếp tục, rồi bấm Tiến."
LangString UpgradeText ${LANG_DUTCH} "acct-desktop $OldVersion is geïnstalleerd in $INSTDIR.$\r$\n$\r$\nSetup werkt het bij naar versie ${VERSION}. Uw databases, zegelsleutel en instellingen blijven behouden.$\r$\n$\r$\nSluit acct-desktop voordat u verdergaat en klik dan op Volgende."

LangString Upgrading ${LANG_ENGLISH} "Replacing the program files of version $OldVersion (your data and settings are kept)..."
LangString Upgrading ${LANG_SIMPCHINESE} "正在替换 $OldVersion 版的程序文件（您的数据和设置将保留）..."
LangString Upgrading ${LANG_VIETNAMESE} "Đang thay thế các tệp chương trình của phiên bản $OldVersion (dữ liệu và thiết lập của bạn được giữ lại)..."
LangString Upgrading ${LANG_DUTCH} "De programmabestanden van versie $OldVersion worden vervangen (uw gegevens en instellingen blijven behouden)..."

LangString AppRunning ${LANG_ENGLISH} "acct-desktop is still running. Close it and try again."
LangString AppRunning ${LANG_SIMPCHINESE} "acct-desktop 仍在运行。请关闭它，然后重试。"
LangString AppRunning ${LANG_VIETNAMESE} "acct-desktop vẫn đang chạy. Hãy đóng chương trình rồi thử lại."
LangString AppRunning ${LANG_DUTCH} "acct-desktop is nog geopend. Sluit het programma en probeer het opnieuw."

LangString DataTitle ${LANG_ENGLISH} "Your data"
LangString DataTitle ${LANG_SIMPCHINESE} "您的数据"
LangString DataTitle ${LANG_VIETNAMESE} "Dữ liệu của bạn"
LangString DataTitle ${LANG_DUTCH} "Uw gegevens"

LangString DataSubtitle ${LANG_ENGLISH} "Keep or remove your databases, seal key and settings."
LangString DataSubtitle ${LANG_SIMPCHINESE} "保留或删除您的数据库、印章密钥和设置。"
LangString DataSubtitle ${LANG_VIETNAMESE} "Giữ lại hoặc xóa cơ sở dữ liệu, khóa con dấu và các thiết lập của bạn."
LangString DataSubtitle ${LANG_DUTCH} "Uw databases, zegelsleutel en instellingen bewaren of verwijderen."

LangString DataText ${LANG_ENGLISH} "Your data is kept unless you choose otherwise: the databases, your seal key and the certificates you trust, your details and the log files in$\r$\n      ${DATA_DIR}$\r$\nand your settings in the registry (HKEY_CURRENT_USER\${SETTINGS_KEY}). Installing acct-desktop again finds them.$\r$\n$\r$\nDatabases saved in other folders are never removed. Passwords stored in Windows Credential Manager under $\"acct-desktop$\" stay there."
LangString DataText ${LANG_SIMPCHINESE} "除非您另行选择，您的数据都会保留：位于$\r$\n      ${DATA_DIR}$\r$\n中的数据库、您的印章密钥和您信任的证书、您的个人信息和日志文件，以及注册表中的设置（HKEY_CURRENT_USER\${SETTINGS_KEY}）。重新安装 acct-desktop 后即可继续使用。$\r$\n$\r$\n保存在其他文件夹中的数据库永远不会被删除。保存在 Windows 凭据管理器中、名为“acct-desktop”的密码也会保留。"
LangString DataText ${LANG_VIETNAMESE} "Dữ liệu của bạn được giữ lại, trừ khi bạn chọn khác: cơ sở dữ liệu, khóa con dấu và các chứng chỉ bạn tin cậy, thông tin cá nhân và tệp nhật ký trong$\r$\n      ${DATA_DIR}$\r$\ncùng các thiết lập trong registry (HKEY_CURRENT_USER\${SETTINGS_KEY}). Khi cài đặt lại acct-desktop, bạn sẽ dùng lại được chúng.$\r$\n$\r$\nCơ sở dữ liệu lưu trong thư mục khác không bao giờ bị xóa. Mật khẩu lưu trong Trình quản lý thông tin xác thực (Credential Manager) của Windows với tên $\"acct-desktop$\" vẫn được giữ nguyên."
LangString DataText ${LANG_DUTCH} "Uw gegevens blijven bewaard, tenzij u anders kiest: de databases, uw zegelsleutel en de certificaten die u vertrouwt, uw persoonlijke gegevens en de logbestanden in$\r$\n      ${DATA_DIR}$\r$\nen uw instellingen in het register (HKEY_CURRENT_USER\${SETTINGS_KEY}). Als u acct-desktop opnieuw installeert, vindt het ze terug.$\r$\n$\r$\nDatabases in andere mappen worden nooit verwijderd. Wachtwoorden in Windows Referentiebeheer onder $\"acct-desktop$\" blijven staan."

LangString DataCheckbox ${LANG_ENGLISH} "Also remove my data (this cannot be undone)"
LangString DataCheckbox ${LANG_SIMPCHINESE} "同时删除我的数据（无法撤销）"
LangString DataCheckbox ${LANG_VIETNAMESE} "Xóa luôn dữ liệu của tôi (không thể hoàn tác)"
LangString DataCheckbox ${LANG_DUTCH} "Ook mijn gegevens verwijderen (kan niet ongedaan worden gemaakt)"

LangString DataConfirm ${LANG_ENGLISH} "This permanently deletes your databases, your seal key and your settings in ${DATA_DIR}. Without the seal key you can no longer seal checklists with the same seal.$\r$\n$\r$\nDelete your data?"
LangString DataConfirm ${LANG_SIMPCHINESE} "这将永久删除 ${DATA_DIR} 中的数据库、印章密钥和设置。没有该印章密钥，您将无法再用同一印章为清单盖章。$\r$\n$\r$\n确定删除您的数据吗？"
LangString DataConfirm ${LANG_VIETNAMESE} "Thao tác này sẽ xóa vĩnh viễn cơ sở dữ liệu, khóa con dấu và các thiết lập của bạn trong ${DATA_DIR}. Không có khóa con dấu, bạn sẽ không thể đóng dấu danh sách kiểm tra bằng cùng con dấu đó nữa.$\r$\n$\r$\nXóa dữ liệu của bạn?"
LangString DataConfirm ${LANG_DUTCH} "Hiermee worden uw databases, uw zegelsleutel en uw instellingen in ${DATA_DIR} definitief verwijderd. Zonder de zegelsleutel kunt u geen checklists meer verzegelen met hetzelfde zegel.$\r$\n$\r$\nUw gegevens verwijderen?"

LangString RemovingData ${LANG_ENGLISH} "Removing your data in ${DATA_DIR} and your settings..."
LangString RemovingData ${LANG_SIMPCHINESE} "正在删除 ${DATA_DIR} 中的数据和您的设置..."
LangString RemovingData ${LANG_VIETNAMESE} "Đang xóa dữ liệu trong ${DATA_DIR} và các thiết lập của bạn..."
LangString RemovingData ${LANG_DUTCH} "Uw gegevens in ${DATA_DIR} en uw instellingen worden verwijderd..."

LangString KeepingData ${LANG_ENGLISH} "Your data in ${DATA_DIR} and your settings are kept."
LangString KeepingData ${LANG_SIMPCHINESE} "${DATA_DIR} 中的数据和您的设置已保留。"
LangString KeepingData ${LANG_VIETNAMESE} "Dữ liệu trong ${DATA_DIR} và các thiết lập của bạn được giữ lại."
LangString KeepingData ${LANG_DUTCH} "Uw gegevens in ${DATA_DIR} en uw instellingen blijven bewaard."

; -- version resource of the installer ------------------------------------------------
!ifdef VI_VERSION
  VIProductVersion "${VI_VERSION}"
  VIFileVersion "${VI_VERSION}"
  VIAddVersionKey /LANG=0 "ProductName" "acct-desktop"
  VIAddVersionKey /LANG=0 "CompanyName" "acct-desktop"
  VIAddVersionKey /LANG=0 "FileDescription" "acct-desktop ${VERSION} Setup"
  VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
  VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
  VIAddVersionKey /LANG=0 "LegalCopyright" "Proprietary"
!endif

; -- helpers ----------------------------------------------------------------------------
; Waits (Retry/Cancel) while acct-desktop runs: a running .exe cannot be opened for writing.
!macro WAIT_UNTIL_CLOSED FILE
  ${If} ${FileExists} "${FILE}"
    ${Do}
      ClearErrors
      FileOpen $0 "${FILE}" a
      ${IfNot} ${Errors}
        FileClose $0
        ${Break}
      ${EndIf}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" /SD IDCANCEL IDRETRY +2
      Abort
    ${Loop}
  ${EndIf}
!macroend

; -- install ----------------------------------------------------------------------------
Function WelcomeShow
  ${If} $Upgrade == 1
    SendMessage $mui.WelcomePage.Text ${WM_SETTEXT} 0 "STR:$(UpgradeText)"
  ${EndIf}
FunctionEnd

Function SkipOnUpgrade
  ${If} $Upgrade == 1
    Abort ; an upgrade goes where the earlier version is
  ${EndIf}
FunctionEnd

Section "!$(SecProgramName)" SecProgram
  SectionIn RO
  SetShellVarContext current
  !insertmacro WAIT_UNTIL_CLOSED "$INSTDIR\${EXE}"
  !insertmacro WAIT_UNTIL_CLOSED "$INSTDIR\${CLI_EXE}"
  ${If} $Upgrade == 1
    DetailPrint "$(Upgrading)"
    ; Only program files live here (data and settings are elsewhere): drop the old
    ; libraries so none of them outlives the version that needed it.
    RMDir /r "$INSTDIR\_internal"
  ${EndIf}
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE_DIR}\*.*"
  WriteUninstaller "$INSTDIR\uninstall.exe"
  CreateShortcut "$SMPROGRAMS\acct-desktop.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "acct-desktop"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "acct-desktop"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" "$\"$INSTDIR\uninstall.exe$\""
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" "$\"$INSTDIR\uninstall.exe$\" /S"
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  IntFmt $0 "0x%08X" $0
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" $0
SectionEnd

Section "$(SecDesktopName)" SecDesktop
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  CreateShortcut "$DESKTOP\acct-desktop.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
SectionEnd

Section "-RemoveUnwantedDesktopShortcut"
  ${IfNot} ${SectionIsSelected} ${SecDesktop}
    SetShellVarContext current
    Delete "$DESKTOP\acct-desktop.lnk"
  ${EndIf}
SectionEnd

; (after the sections: it refers to ${SecDesktop})
Function .onInit
  SetShellVarContext current
  !insertmacro MUI_LANGDLL_DISPLAY
  StrCpy $Upgrade 0
  ReadRegStr $0 HKCU "${UNINST_KEY}" "InstallLocation"
  ${If} $0 != ""
  ${AndIf} ${FileExists} "$0\${EXE}"
    StrCpy $Upgrade 1
    StrCpy $INSTDIR $0
    ReadRegStr $OldVersion HKCU "${UNINST_KEY}" "DisplayVersion"
    ; keep the desktop shortcut choice made last time
    ${IfNot} ${FileExists} "$DESKTOP\acct-desktop.lnk"
      !insertmacro UnselectSection ${SecDesktop}
    ${EndIf}
  ${EndIf}
FunctionEnd

!insertmacro MUI_FUNCTION_DESCRIPTION_BEGIN
  !insertmacro MUI_DESCRIPTION_TEXT ${SecProgram} "$(SecProgramDesc)"
  !insertmacro MUI_DESCRIPTION_TEXT ${SecDesktop} "$(SecDesktopDesc)"
!insertmacro MUI_FUNCTION_DESCRIPTION_END

; -- uninstall --------------------------------------------------------------------------
Function un.onInit
  SetShellVarContext current
  !insertmacro MUI_UNGETLANGUAGE
  StrCpy $RemoveData ${BST_UNCHECKED}
  ${un.GetParameters} $0
  ClearErrors
  ${un.GetOptions} $0 "/REMOVEDATA" $1
  ${IfNot} ${Errors}
    StrCpy $RemoveData ${BST_CHECKED}
  ${EndIf}
FunctionEnd

Function un.DataPageCreate
  !insertmacro MUI_HEADER_TEXT "$(DataTitle)" "$(DataSubtitle)"
  nsDialogs::Create 1018
  Pop $0
  ${If} $0 == error
    Abort
  ${EndIf}
  ${NSD_CreateLabel} 0 0 100% 75% "$(DataText)"
  Pop $0
  ${NSD_CreateCheckbox} 0 80% 100% 12u "$(DataCheckbox)"
  Pop $DataCheckbox
  ${NSD_SetState} $DataCheckbox $RemoveData
  nsDialogs::Show
FunctionEnd

Function un.DataPageLeave
  ${NSD_GetState} $DataCheckbox $RemoveData
  ${If} $RemoveData == ${BST_CHECKED}
    MessageBox MB_YESNO|MB_ICONEXCLAMATION|MB_DEFBUTTON2 "$(DataConfirm)" IDYES +2
    Abort ; stay on the page
  ${EndIf}
FunctionEnd

Section "Uninstall"
  SetShellVarContext current
  !insertmacro WAIT_UNTIL_CLOSED "$INSTDIR\${EXE}"
  !insertmacro WAIT_UNTIL_CLOSED "$INSTDIR\${CLI_EXE}"
  Delete "$SMPROGRAMS\acct-desktop.lnk"
  Delete "$DESKTOP\acct-desktop.lnk"
  ; Only what the installer put there, never the whole folder (it may have been a folder
  ; the user chose that holds other files).
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${EXE}"
  Delete "$INSTDIR\${CLI_EXE}"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKCU "${UNINST_KEY}"
  ${If} $RemoveData == ${BST_CHECKED}
    DetailPrint "$(RemovingData)"
    RMDir /r "${DATA_DIR}"
    DeleteRegKey HKCU "${SETTINGS_KEY}"
  ${Else}
    DetailPrint "$(KeepingData)"
  ${EndIf}
SectionEnd
