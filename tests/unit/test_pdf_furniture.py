"""The page furniture (footer lines, page label, running header) stays on its line however
long the account name in it: smaller type first, then the middle left out."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from acct_desktop.reporting.fonts import register_unicode_font
from acct_desktop.reporting.pdf_pages import PageFurniture, draw_furniture, fitted

FONT = register_unicode_font()
LONG_NAME = "Hệ thống Rửa xe & Thay nhớt Trường Thành Cửa hàng Quận Ngũ Hành Sơn, Đà Nẵng " * 2


class RecordingCanvas(Canvas):
    """A real canvas that also remembers where each string went: (text, left, right, y)."""

    def __init__(self) -> None:
        super().__init__(io.BytesIO(), pagesize=A4)
        self.strings: list[tuple[str, float, float, float]] = []

    def drawString(self, x, y, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        width = stringWidth(text, self._fontname, self._fontsize)
        self.strings.append((text, x, x + width, y))
        return super().drawString(x, y, text, *args, **kwargs)

    def drawRightString(self, x, y, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        width = stringWidth(text, self._fontname, self._fontsize)
        self.strings.append((text, x - width, x, y))
        return super().drawRightString(x, y, text, *args, **kwargs)


def test_a_long_name_in_the_footer_stops_before_the_page_number_and_keeps_its_code() -> None:
    furniture = PageFurniture(
        font_name=FONT,
        page_label=lambda page, pages: f"Trang {page} / {pages}",
        footer_lines=(f"Bảng đối chiếu chiết khấu · {LONG_NAME}(VN000025)", "Acme · Zwolle"),
        header_text=f"Báo giá Q-2026-00002 · {LONG_NAME} · 24/11/2026",
    )
    canvas = RecordingCanvas()
    draw_furniture(canvas, furniture, 2, 3)
    (footer, *_), label = (
        [s for s in canvas.strings if s[0].startswith("Bảng")],
        next(s for s in canvas.strings if s[0] == "Trang 2 / 3"),
    )
    assert footer[3] == label[3]  # the same line
    assert footer[2] < label[1]  # ends before the page number starts
    assert footer[0].endswith("(VN000025)") and "…" in footer[0]
    header = next(s for s in canvas.strings if s[0].startswith("Báo giá"))
    margin = furniture.margins
    assert header[2] <= A4[0] - margin.right  # inside the rule, not off the page
    assert header[0].endswith("24/11/2026")


def test_a_footer_that_fits_is_printed_as_it_is() -> None:
    assert fitted("Quote Q-2026-00002 · Autobedrijf", FONT, 9, 400) == (
        "Quote Q-2026-00002 · Autobedrijf",
        9,
    )


@settings(max_examples=60, deadline=None)
@given(
    text=st.text(alphabet="ab 驰骏汽Đặng·(0)", min_size=1, max_size=160),
    width=st.floats(min_value=30, max_value=500),
)
def test_fitted_text_always_fits_and_keeps_both_ends(text: str, width: float) -> None:
    shown, size = fitted(text, FONT, 9, width)
    assert 6.5 <= size <= 9
    if shown != "…":
        assert stringWidth(shown, FONT, size) <= width + 1e-6
    if shown != text and shown != "…":
        head, tail = shown.split("…", 1)
        assert text.startswith(head) and text.endswith(tail)
