"""The embedded TrueType fonts every PDF uses, so Chinese, Vietnamese and Dutch all print.

reportlab silently drops glyphs a font lacks, so coverage is checked explicitly. The font
must have TrueType outlines (reportlab cannot embed CFF/OTF such as Noto Sans CJK):
WenQuanYi Micro Hei (.ttc) is the default, looked for in the package's assets first.

It lacks the rarer characters of people's and companies' names (𠮷 U+20BB7 in CJK
Extension B, 鿍 U+9FCD added to Unicode later): those are drawn in a *fallback* font found
on the computer (:func:`fallback_font_files`; ``reporting/font_runs.py`` splits the text).
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

from acct_desktop.reporting.unprintable import FALLBACK_ENV

FONT_NAME = "AcctUnicode"
FONT_ENV = "ACCT_DESKTOP_PDF_FONT"
ASSET_FONT = Path(__file__).resolve().parent.parent / "assets" / "fonts" / "wqy-microhei.ttc"
SYSTEM_FONTS = (
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("C:/Windows/Fonts/msyh.ttc"),
    Path("/System/Library/Fonts/STHeiti Medium.ttc"),
)


# Fonts with TrueType outlines that cover more of CJK than WenQuanYi, looked for in this
# order; whichever exist are the fallbacks (each is read only when a character needs it).
# Windows: SimSun-ExtB and MingLiU-ExtB (Extension B) come with every Windows 10 and 11,
# SimSun-ExtG with Windows 11; the user's own fonts folder is searched too.
_WINDOWS_FONT_FILES = (
    "msyh.ttc",
    "simsun.ttc",
    "simsunb.ttf",
    "SimsunExtG.ttf",
    "mingliub.ttc",
    "msjh.ttc",
    "seguisym.ttf",
)
# Debian and Ubuntu: fonts-hanazono (HanaMinA: CJK and Extension A; HanaMinB: Extension B
# and later), AR PL UMing, Droid Sans Fallback, Unifont; Noto CJK is CFF and is skipped.
_LINUX_FONT_FILES = (
    "/usr/share/fonts/truetype/hanazono/HanaMinA.ttf",
    "/usr/share/fonts/truetype/hanazono/HanaMinB.ttf",
    "/usr/share/fonts/truetype/arphic/uming.ttc",
    "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
    "/usr/share/fonts/truetype/unifont/unifont.ttf",
    "/usr/share/fonts/opentype/unifont/unifont.otf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
)
# macOS: the Chinese system fonts (Songti has much of Extension B) and Arial Unicode.
_MAC_FONT_FILES = (
    "/System/Library/Fonts/PingFang.ttc",
    "/System/Library/Fonts/Supplemental/Songti.ttc",
    "/System/Library/Fonts/STHeiti Light.ttc",
    "/System/Library/Fonts/Hiragino Sans GB.ttc",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
)


class FontNotFoundError(RuntimeError):
    pass


def find_font_file() -> Path:
    override = os.environ.get(FONT_ENV)
    candidates = ([Path(override)] if override else []) + [ASSET_FONT, *SYSTEM_FONTS]
    for path in candidates:
        if path.is_file():
            return path
    raise FontNotFoundError(
        "No PDF font with Chinese and Vietnamese glyphs was found. Install the "
        "fonts-wqy-microhei package (Linux) or set ACCT_DESKTOP_PDF_FONT to a TrueType .ttf/.ttc."
    )


def fallback_font_files(primary: Path | None = None) -> list[Path]:
    """The font files to draw a character in when the primary font (``primary``) lacks it,
    first choice first: those named in ``ACCT_DESKTOP_PDF_FALLBACK_FONTS`` (files, or
    folders whose .ttf/.ttc/.otf files are all taken, separated by ``os.pathsep``: ``;`` on
    Windows, ``:`` elsewhere) *instead of* the ones looked for on the computer — Windows'
    fonts folders, the Linux and macOS paths above, and the primary font's other
    candidates. Only files that exist; the primary itself is left out."""
    named = os.environ.get(FALLBACK_ENV)
    if named is not None:
        candidates = [found for entry in named.split(os.pathsep) for found in _font_files(entry)]
    else:
        candidates = [*_system_fallbacks(), ASSET_FONT, *SYSTEM_FONTS]
    seen = {_same_file_key(primary)} if primary is not None else set()
    files: list[Path] = []
    for path in candidates:
        key = _same_file_key(path)
        if key not in seen and path.is_file():
            seen.add(key)
            files.append(path)
    return files


def _system_fallbacks() -> list[Path]:
    folders = [Path(os.environ.get("WINDIR") or "C:/Windows") / "Fonts"]
    if local := os.environ.get("LOCALAPPDATA"):  # fonts installed for this user only
        folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
    windows = [folder / name for folder in folders for name in _WINDOWS_FONT_FILES]
    return [*windows, *map(Path, _LINUX_FONT_FILES), *map(Path, _MAC_FONT_FILES)]


def _font_files(entry: str) -> list[Path]:
    """``entry`` of the environment variable: a font file, or a folder's font files."""
    entry = entry.strip().strip('"')
    if not entry:
        return []
    path = Path(entry).expanduser()
    if path.is_dir():
        return sorted(p for p in path.iterdir() if p.suffix.lower() in (".ttf", ".ttc", ".otf"))
    return [path]


def _same_file_key(path: Path) -> str:
    try:
        return os.path.normcase(str(path.resolve()))
    except OSError:
        return os.path.normcase(str(path))


@cache
def chart_font_file() -> str | None:
    """The font file charts draw their words in (matplotlib takes it by file), so Chinese
    and Vietnamese legends and labels show; ``None`` when none is installed (matplotlib's
    default font still draws Latin text). Every chart builder uses this one."""
    try:
        return str(find_font_file())
    except FontNotFoundError:
        return None


def chart_font(size: float) -> Any:
    """matplotlib ``FontProperties`` for :func:`chart_font_file` at ``size`` points."""
    from matplotlib.font_manager import FontProperties

    path = chart_font_file()
    return FontProperties(fname=path, size=size) if path else FontProperties(size=size)


@cache
def register_unicode_font() -> str:
    """Register the font with reportlab once; returns its reportlab name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path = find_font_file()
    font = TTFont(FONT_NAME, str(path), subfontIndex=0)
    pdfmetrics.registerFont(font)
    return FONT_NAME


def missing_glyphs(text: str) -> set[str]:
    """Characters of ``text`` the registered font cannot draw (whitespace ignored)."""
    from reportlab.pdfbase import pdfmetrics

    font = pdfmetrics.getFont(register_unicode_font())
    widths = font.face.charWidths
    return {ch for ch in set(text) if not ch.isspace() and ord(ch) not in widths}
