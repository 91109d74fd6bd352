"""The tables the printed documents share: a grid in the embedded Unicode font (plain
string cells would otherwise fall back to Helvetica and lose CJK and Vietnamese glyphs)
and the list style with a shaded header row and hairlines between rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Paragraph, Table, TableStyle

from acct_desktop.reporting.font_runs import text_width
from acct_desktop.reporting.fonts import register_unicode_font
from acct_desktop.reporting.pdf_pages import INK, RULE

HEADER_FILL = colors.HexColor("#ECEEF1")
PAD = 2.2


def grid(widths: Sequence[float], rows: list[list], style: list[tuple], **kwargs: Any) -> Table:
    """A left-aligned table of ``rows`` in the Unicode font at 8 pt, styled by ``style``.

    No word is broken across lines: a column too narrow for its longest word in the
    reader's language (a head such as "Uiterste datum", a status such as "In behandeling")
    takes the room from the widest column."""
    widths = words_fit(widths, rows, _padding(style))
    table = Table(rows, colWidths=list(widths), hAlign="LEFT", **kwargs)
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), register_unicode_font(), 8), *style]))
    return table


def list_style(rows: int) -> list[tuple]:
    """A table with a shaded header row and hairlines between its ``rows`` rows."""
    return [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, rows - 1), 0.25, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), PAD),
        ("RIGHTPADDING", (0, 0), (-1, -1), PAD),
        ("TOPPADDING", (0, 0), (-1, -1), PAD),
        ("BOTTOMPADDING", (0, 0), (-1, -1), PAD + 0.5),
    ]


DEFAULT_PADDING = 6.0  # reportlab's own left and right cell padding


def longest_word(cell: Any) -> float:
    """The width of the longest word of a paragraph cell, or of the paragraphs of a cell
    that holds several (0 for other cells, and for text that may break between any two
    characters, such as Chinese)."""
    if isinstance(cell, list | tuple):
        return max((longest_word(part) for part in cell), default=0.0)
    if not isinstance(cell, Paragraph) or getattr(cell.style, "wordWrap", None) == "CJK":
        return 0.0
    font, size = cell.style.fontName, cell.style.fontSize
    return max((text_width(w, font, size) for w in cell.getPlainText().split()), default=0.0)


def words_fit(
    widths: Sequence[float], rows: Sequence[Sequence[Any]], padding: float
) -> list[float]:
    """``widths`` with every column at least as wide as the longest word in it, the room
    taken from the widest column while it keeps its own longest word."""
    fitted = list(widths)
    if len(fitted) < 2:
        return fitted
    needs = [0.0] * len(fitted)
    for row in rows:
        for column, cell in enumerate(row[: len(fitted)]):
            needs[column] = max(needs[column], longest_word(cell) + padding)
    donor = max(range(len(fitted)), key=lambda i: fitted[i])
    for column, width in enumerate(fitted):
        short = needs[column] - width
        spare = fitted[donor] - needs[donor]
        if column != donor and short > 0 and spare > 0:
            given = min(short + 0.5, spare)
            fitted[column] += given
            fitted[donor] -= given
    return fitted


def _padding(style: Sequence[tuple]) -> float:
    """Left plus right padding of the cells, as ``style`` sets them for the whole table."""
    left = right = DEFAULT_PADDING
    for command in style:
        if command[0] == "LEFTPADDING" and command[1] == (0, 0) and command[2] == (-1, -1):
            left = float(command[3])
        elif command[0] == "RIGHTPADDING" and command[1] == (0, 0) and command[2] == (-1, -1):
            right = float(command[3])
    return left + right
