"""The embedded TrueType font every PDF uses, so Chinese, Vietnamese and Dutch all print.

reportlab silently drops glyphs a font lacks, so coverage is checked explicitly. The font
must have TrueType outlines (reportlab cannot embed CFF/OTF such as Noto Sans CJK):
WenQuanYi Micro Hei (.ttc) is the default, looked for in the package's assets first.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path
from typing import Any

FONT_NAME = "AcctUnicode"
FONT_ENV = "ACCT_DESKTOP_PDF_FONT"
ASSET_FONT = Path(__file__).resolve().parent.parent / "assets" / "fonts" / "wqy-microhei.ttc"
SYSTEM_FONTS = (
    Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
    Path("C:/Windows/Fonts/msyh.ttc"),
    Path("/System/Library/Fonts/STHeiti Medium.ttc"),
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
