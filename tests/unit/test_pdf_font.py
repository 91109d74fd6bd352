"""The PDF font draws every character our managers write (reportlab drops missing glyphs)."""

from __future__ import annotations

import pytest

from acct_desktop.reporting.fonts import FONT_ENV, FontNotFoundError, find_font_file, missing_glyphs

TEXTS = {
    "zh_CN": "华润万家 广州配送中心 返利 限价 核销 客户经理 ¥1,234.50",
    "vi": "Nguyễn Văn Đức · Đà Nẵng · chiết khấu · khách hàng · Cửa hàng Phường Đại Phúc ₫",
    "nl": "IJsselstein · Zoë · café · kortingsstaffel · offerte € 1.234,50",
}


@pytest.mark.parametrize("language", sorted(TEXTS))
def test_the_font_covers_chinese_vietnamese_and_dutch(language: str) -> None:
    assert missing_glyphs(TEXTS[language]) == set()


def test_a_missing_font_is_a_sentence_saying_what_to_install(monkeypatch, tmp_path) -> None:
    import acct_desktop.reporting.fonts as fonts

    monkeypatch.setenv(FONT_ENV, str(tmp_path / "nope.ttf"))
    monkeypatch.setattr(fonts, "ASSET_FONT", tmp_path / "none.ttc")
    monkeypatch.setattr(fonts, "SYSTEM_FONTS", ())
    with pytest.raises(FontNotFoundError, match="fonts-wqy-microhei"):
        find_font_file()


def test_a_real_pdf_keeps_the_text(tmp_path) -> None:
    from pypdf import PdfReader
    from reportlab.pdfgen.canvas import Canvas

    from acct_desktop.reporting.fonts import register_unicode_font

    path = tmp_path / "glyphs.pdf"
    canvas = Canvas(str(path))
    canvas.setFont(register_unicode_font(), 12)
    for line, text in enumerate(TEXTS.values()):
        canvas.drawString(40, 780 - 20 * line, text)
    canvas.save()
    extracted = PdfReader(str(path)).pages[0].extract_text()
    for word in ("广州配送中心", "Nguyễn", "IJsselstein"):
        assert word in extracted
