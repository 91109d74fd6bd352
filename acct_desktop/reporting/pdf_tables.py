"""The tables the printed documents share: a grid in the embedded Unicode font (plain
string cells would otherwise fall back to Helvetica and lose CJK and Vietnamese glyphs)
and the list style with a shaded header row and hairlines between rows."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Table, TableStyle

from acct_desktop.reporting.fonts import register_unicode_font
from acct_desktop.reporting.pdf_pages import INK, RULE

HEADER_FILL = colors.HexColor("#ECEEF1")
PAD = 2.2


def grid(widths: Sequence[float], rows: list[list], style: list[tuple], **kwargs: Any) -> Table:
    """A left-aligned table of ``rows`` in the Unicode font at 8 pt, styled by ``style``."""
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
