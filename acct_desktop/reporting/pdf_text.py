"""Paragraphs for our PDFs: the embedded Unicode font (a character it lacks drawn in a
fallback font, ``font_runs``), named styles, and line breaking that suits the script —
Chinese (and other CJK text) may break between any two characters, other text breaks
between words."""

from __future__ import annotations

import re
from collections.abc import Mapping

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from acct_desktop.reporting.font_runs import markup, text_width
from acct_desktop.reporting.pdf_pages import INK, MUTED

# CJK scripts (and the rare ideographs of Extensions B and later: 𠮷) break between any two
# characters
CJK = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\U00020000-\U0003ffff]")
# The styles every document's tables share: a field's label, column heads (text and
# numbers), cells and numbers. A document adds its own (title, sections…) around them.
TABLE_SPECS: dict[str, dict[str, object]] = {
    "label": dict(fontSize=7.5, leading=10, textColor=MUTED),
    "head": dict(fontSize=7.5, leading=9.5, textColor=INK),
    "head_num": dict(fontSize=7.5, leading=9.5, textColor=INK, alignment=TA_RIGHT),
    "cell": dict(fontSize=8, leading=10.5, textColor=INK),
    "num": dict(fontSize=8, leading=10.5, textColor=INK, alignment=TA_RIGHT),
}


class ParagraphMaker:
    """Makes paragraphs of ``kind`` (a key of ``specs``: ParagraphStyle keyword arguments);
    each style is built once per kind and script."""

    def __init__(self, font: str, specs: Mapping[str, Mapping[str, object]], prefix: str) -> None:
        self.font = font
        self._specs = specs
        self._prefix = prefix
        self._styles: dict[tuple[str, bool], ParagraphStyle] = {}

    def p(self, text: str, kind: str = "cell", *, anywhere: bool = False) -> Paragraph:
        """A paragraph of ``text`` (line breaks kept); ``anywhere`` lets it break between
        any two characters, as CJK text does (for codes such as SKUs)."""
        cjk = anywhere or bool(CJK.search(text))
        style = self._styles.get((kind, cjk))
        if style is None:
            style = ParagraphStyle(
                f"{self._prefix}-{kind}-{cjk}",
                fontName=self.font,
                wordWrap="CJK" if cjk else None,
                **self._specs[kind],
            )
            self._styles[(kind, cjk)] = style
        return Paragraph(markup(text, self.font).replace("\n", "<br/>"), style)

    def width(self, text: str, kind: str) -> float:
        """How wide ``text`` is in style ``kind`` on one line, in points."""
        size = self._specs[kind]["fontSize"]
        assert isinstance(size, int | float)
        return text_width(text, self.font, size)
