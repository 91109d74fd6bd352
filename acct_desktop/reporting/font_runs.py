"""Every character of a PDF drawn in a font that has it: the primary font, else a fallback.

reportlab draws each string in one font and silently leaves out the characters that font
lacks (it prints glyph 0, which in WenQuanYi is empty): "𠮷野家" printed as "野家". Here a
text is split into *runs* by coverage — each character goes to the first font of the
chain that has it (the primary, then :func:`~acct_desktop.reporting.fonts.fallback_font_files`
in order) — and every document draws through this one module:

- :func:`markup` for Paragraphs: the escaped text, runs not in the primary font wrapped in
  ``<font name="…">``;
- :func:`draw_text` and :func:`text_width` for text drawn straight on the canvas (page
  furniture, watermarks, one-line bold text): the runs one after another.

A character no font has is never left out: a □ stands in its place and the character is
noted in every ``unprintable.missing_characters`` block around the drawing, so the print
command that made the PDF can say which characters could not be printed.

Speed: a text the primary font covers whole (almost every one) costs one set test; a
character's font is looked up once per process, and a fallback font file is read only
when a character first needs it. Fallback fonts are embedded as subsets, as the primary.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

from reportlab.pdfbase import pdfmetrics

from acct_desktop.reporting.fonts import fallback_font_files
from acct_desktop.reporting.unprintable import SUBSTITUTE, note_missing

log = logging.getLogger(__name__)

_ALWAYS = frozenset(" \t\r\n")  # drawn in the primary font whatever its cmap says


class FontChain:
    """The primary reportlab font and the fallback font files after it."""

    def __init__(self, primary: str, files: Sequence[Path]) -> None:
        _mend_supplementary_to_unicode()
        self.primary = primary
        cmap = pdfmetrics.getFont(primary).face.charToGlyph
        self._covered = frozenset(chr(code) for code, glyph in cmap.items() if glyph) | _ALWAYS
        self._files = list(files)  # not read yet, first choice first
        self._loaded: list[tuple[str, dict[int, int]]] = []  # (font name, cmap)
        self._font_of: dict[str, str | None] = {}
        self._stand_in: tuple[str, str] | None = None

    def runs(self, text: str) -> list[tuple[str, str]]:
        """``text`` as (font name, text) runs; a character no font has becomes □ (and is
        noted), an invisible formatting character no font has is left out."""
        if self._covered.issuperset(text):
            return [(self.primary, text)]
        text = unicodedata.normalize("NFC", text)  # a decomposed ễ is one glyph the font has
        runs: list[tuple[str, list[str]]] = []
        for char in text:
            font = self.font_for(char)
            if font is None:
                if _invisible(char):
                    continue
                note_missing(char)
                font, char = self.stand_in()
            if runs and runs[-1][0] == font:
                runs[-1][1].append(char)
            else:
                runs.append((font, [char]))
        return [(font, "".join(chars)) for font, chars in runs]

    def font_for(self, char: str) -> str | None:
        """The name of the first font of the chain that has ``char``; None when none has."""
        if char in self._covered or char.isspace():
            return self.primary
        try:
            return self._font_of[char]
        except KeyError:
            pass
        code = ord(char)
        found = next((name for name, cmap in self._loaded if cmap.get(code)), None)
        while found is None and self._files:
            name, cmap = self._load(self._files.pop(0))
            if cmap.get(code):
                found = name
        self._font_of[char] = found
        return found

    def stand_in(self) -> tuple[str, str]:
        """The font and character printed for a character no font has: □, else ?."""
        if self._stand_in is None:
            font = self.font_for(SUBSTITUTE)
            self._stand_in = (font, SUBSTITUTE) if font else (self.primary, "?")
        return self._stand_in

    def _load(self, path: Path) -> tuple[str, dict[int, int]]:
        from reportlab.pdfbase.ttfonts import TTFont

        name = f"AcctFallback{len(self._loaded) + 1}-{re.sub(r'[^A-Za-z0-9]', '', path.stem)}"
        try:
            font = TTFont(name, str(path), subfontIndex=0)
        except Exception as exc:  # CFF outlines, no embedding allowed, a broken file
            log.info("fallback font %s cannot be used: %s", path, exc)
            return name, {}
        pdfmetrics.registerFont(font)
        log.info("fallback font %s for the PDFs", path)
        self._loaded.append((name, font.face.charToGlyph))
        return name, font.face.charToGlyph


def _invisible(char: str) -> bool:
    """Format and control characters (zero-width joiners, variation selectors, BOM): no
    ink of their own, so nothing is missing when no font has them."""
    return (
        unicodedata.category(char) in ("Cf", "Cc")
        or 0xFE00 <= ord(char) <= 0xFE0F
        or (0xE0100 <= ord(char) <= 0xE01EF)
    )


@cache
def font_chain(primary: str) -> FontChain:
    """The chain after the registered font ``primary`` (made once per process)."""
    filename = getattr(pdfmetrics.getFont(primary).face, "filename", None)
    return FontChain(primary, fallback_font_files(Path(filename) if filename else None))


def markup(text: str, font: str) -> str:
    """``text`` escaped for a Paragraph in style font ``font``, the runs another font draws
    wrapped in ``<font name="…">`` (line breaks are left to the caller)."""
    runs = font_chain(font).runs(text)
    return "".join(
        escape(part) if name == font else f"<font name={quoteattr(name)}>{escape(part)}</font>"
        for name, part in runs
    )


def text_width(text: str, font: str, size: float) -> float:
    """How wide ``text`` is on one line at ``size`` points, each run in its own font."""
    return sum(
        pdfmetrics.stringWidth(part, name, size) for name, part in font_chain(font).runs(text)
    )


def draw_text(
    canvas: Any,
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    *,
    anchor: str = "start",
    render_mode: int | None = None,
) -> None:
    """``text`` on ``canvas`` with its baseline at ``y``, starting at ``x`` (``anchor``
    "start"), ending there ("end") or centred on it ("middle"), its runs drawn one after
    another; ``render_mode`` as PDF's text render modes (2: filled and outlined, the
    documents' bold). Leaves the canvas's font at the last run's."""
    runs = [
        (name, part, pdfmetrics.stringWidth(part, name, size))
        for name, part in font_chain(font).runs(text)
    ]
    if anchor != "start":
        width = sum(run[2] for run in runs)
        x -= width if anchor == "end" else width / 2
    for name, part, width in runs:
        canvas.setFont(name, size)
        canvas.drawString(x, y, part, mode=render_mode)
        x += width


# -- reportlab's ToUnicode map beyond the Basic Multilingual Plane ------------------------

_mended = False


def _mend_supplementary_to_unicode() -> None:
    """reportlab writes a subset's ToUnicode entry as ``<%04X>`` of the code point: 𠮷
    (U+20BB7) becomes ``<20BB7>``, which readers take as U+20BB — copied or searched text
    says "₻" instead of the name. A PDF wants UTF-16 there (``<D842DFB7>``): the entries
    beyond U+FFFF are rewritten; every other byte stays as reportlab writes it."""
    global _mended
    if _mended:
        return
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap

    def to_unicode_cmap(fontname: str, subset: Sequence[int]) -> str:
        cmap = original(fontname, subset)
        for index, code in enumerate(subset):
            if code > 0xFFFF:
                utf16 = chr(code).encode("utf-16-be").hex().upper()
                cmap = cmap.replace(
                    f"\n<{index:02X}> <{code:04X}>\n", f"\n<{index:02X}> <{utf16}>\n"
                )
        return cmap

    ttfonts.makeToUnicodeCMap = to_unicode_cmap
    _mended = True
