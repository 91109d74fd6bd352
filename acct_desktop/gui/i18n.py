"""The GUI's languages: which exist, installing one (translators and locale), pseudo-text.

English is the source language. Each other language has a compiled catalogue
``acct_desktop/assets/i18n/acct_desktop_<code>.qm`` (``python installer/translations.py
build``) and, where Qt has one, Qt's own ``qtbase_<code>.qm`` for the standard buttons.
English has one too, holding only the plural forms: without it Qt shows the source,
"1 visit(s)", where it should say "1 visit" and "3 visits".
"pseudo" is for developers: every translated text comes back accented, longer and between
⟦ ⟧, so text that never went through a translator, or is cut off, stands out.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

QM_DIR = Path(__file__).resolve().parent.parent / "assets" / "i18n"
ENGLISH = "en"
PSEUDO = "pseudo"


@dataclass(frozen=True)
class Language:
    code: str  # "en", "zh_CN", "vi", "nl" (the .ts/.qm suffix)
    own_name: str  # the language's name in itself, as its speakers look for it
    qt_catalogue: str | None  # Qt's qtbase_<x>.qm, None where Qt has no translation


LANGUAGES: tuple[Language, ...] = (
    Language(ENGLISH, "English", None),
    Language("zh_CN", "简体中文", "zh_CN"),
    Language("vi", "Tiếng Việt", None),
    Language("nl", "Nederlands", "nl"),
)
TRANSLATED = tuple(language.code for language in LANGUAGES if language.code != ENGLISH)
CHOICES = (*(language.code for language in LANGUAGES), PSEUDO)  # what --lang accepts

# A translator must stay referenced while installed; one application per process, so the
# ones this module installed are kept here to be removed on the next switch.
_installed: list[QTranslator] = []


def language_name(code: str) -> str:
    """The language's name in itself ("Tiếng Việt"), as the View → Language menu shows it;
    an unknown code shows as itself."""
    return next((lang.own_name for lang in LANGUAGES if lang.code == code), code)


def gui_language() -> str:
    """The language the GUI speaks now (of the default locale apply_language set)."""
    return language_of(QLocale())


def system_language() -> str:
    """The system's language when it is one of ours, else English."""
    return language_of(QLocale.system())


def language_of(locale: QLocale) -> str:
    """Our language code for ``locale``: zh_CN for Simplified Chinese, else by language."""
    language = locale.language()
    if language == QLocale.Language.Chinese:
        traditional = locale.script() == QLocale.Script.TraditionalChineseScript or (
            locale.territory()
            in (QLocale.Country.Taiwan, QLocale.Country.HongKong, QLocale.Country.Macao)
        )
        return ENGLISH if traditional else "zh_CN"
    if language == QLocale.Language.Vietnamese:
        return "vi"
    if language == QLocale.Language.Dutch:
        return "nl"
    return ENGLISH


def resolve(code: str | None) -> str:
    """The language to use for a setting or --lang value ("" or None: follow the system)."""
    if not code:
        return system_language()
    if code in CHOICES:
        return code
    log.warning("unknown language %r; using the system's", code)
    return system_language()


def locale_for(code: str) -> QLocale:
    """How numbers, dates and money are written in ``code``: the system's own variant when
    the system speaks that language (nl_BE stays Belgian), else the language's main one."""
    system = QLocale.system()
    if code == PSEUDO:
        code = language_of(system)
    if language_of(system) == code and system.name() != "C":
        return system
    if code == ENGLISH:
        # English spoken elsewhere than an English system: British, as the app is written.
        return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    return QLocale({"zh_CN": "zh_CN", "vi": "vi_VN", "nl": "nl_NL"}[code])


def apply_language(app: QCoreApplication, code: str | None) -> str:
    """Install ``code``'s translators (removing the previous ones) and make its locale the
    default for every QLocale() the GUI formats with. Returns the language applied.

    Widgets that already exist keep their texts: rebuild them (see language_switch)."""
    code = resolve(code)
    remove_translators(app)
    if code == PSEUDO:
        install_translator(app, PseudoTranslator(app))
    else:
        language = next(language for language in LANGUAGES if language.code == code)
        ours = QTranslator(app)
        if ours.load(str(QM_DIR / f"acct_desktop_{code}.qm")):
            install_translator(app, ours)
        else:
            log.warning(
                "no compiled translation for %s in %s (run translations build)", code, QM_DIR
            )
        if language.qt_catalogue is not None:
            qt = _qt_translator(app, language.qt_catalogue)
            if qt is not None:
                install_translator(app, qt)
    QLocale.setDefault(locale_for(code))
    return code


def install_translator(app: QCoreApplication, translator: QTranslator) -> None:
    """Install ``translator``; the next apply_language (or remove_translators) removes it."""
    app.installTranslator(translator)
    _installed.append(translator)


def remove_translators(app: QCoreApplication) -> None:
    """Back to the English source texts (the locale is left as it is)."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()


def _qt_translator(app: QCoreApplication, catalogue: str) -> QTranslator | None:
    """Qt's own translation (OK, Cancel, Yes, No...): beside ours (the bundle), else Qt's."""
    translator = QTranslator(app)
    folders = (QM_DIR, Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)))
    for folder in folders:
        if translator.load(f"qtbase_{catalogue}", str(folder)):
            return translator
    log.info("Qt has no qtbase_%s.qm here; our catalogue names the standard buttons", catalogue)
    return None


# Qt names its standard buttons (QDialogButtonBox, QMessageBox) through this context. Qt
# ships no Vietnamese catalogue, so ours carries these words too; being installed after
# Qt's, it also answers first for Chinese and Dutch, with the same words as our dialogs.
STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
)


# -- pseudo-localisation ------------------------------------------------------------------

PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"
_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "àƀçđéƒĝĥîĵķļɱñöƥʠřšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĻṀÑÖƤɊŘŠŢÛṼŴẊÝŽ",
)
# Kept exactly: HTML tags and entities, && and &-accelerators, %1 / %L1 / %n and {name}
# placeholders, file patterns (*.csv), and line breaks.
_KEPT = re.compile(
    r"<[^>]*>|&[A-Za-z]+;|&#\d+;|&&|&.|%L?\d+|%n|\{[A-Za-z_][A-Za-z_0-9]*\}|\*\.\w+|\n"
)


def pseudo_text(source: str) -> str:
    """``source`` accented and about 40 % longer between markers; placeholders, tags,
    accelerators and line breaks unchanged, so the text still works where it is used."""
    if not source:
        return source
    parts: list[str] = []
    position = 0
    for match in _KEPT.finditer(source):
        parts.append(source[position : match.start()].translate(_ACCENTED))
        parts.append(match.group())
        position = match.end()
    parts.append(source[position:].translate(_ACCENTED))
    padding = "~" * max(1, math.ceil(len(source) * 0.4) - 2)  # the markers count too
    return f"{PSEUDO_OPEN}{''.join(parts)}{padding}{PSEUDO_CLOSE}"


class PseudoTranslator(QTranslator):
    """Translates every text into pseudo_text; with ``known`` (context, source) pairs, only
    those, as a catalogue built from the .ts files would (used by the tests)."""

    def __init__(
        self,
        parent: QCoreApplication | None = None,
        known: set[tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.known = known

    def isEmpty(self) -> bool:
        return False

    def translate(  # type: ignore[override]
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str | None:
        if self.known is not None and (context, source) not in self.known:
            return None  # not in the catalogue: Qt tries the next context or keeps English
        return pseudo_text(source)
