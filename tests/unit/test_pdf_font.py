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


# -- rare characters: a fallback font, else a box and a warning ---------------------------
# 𠮷 (U+20BB7, CJK Extension B) and 鿍 (U+9FCD) are in people's and companies' names and
# not in WenQuanYi; reportlab left them out without a word ("𠮷野家" printed "野家").
RARE = ("𠮷野家润滑油总部", "佛山鿍记车行", "王鿍", "黄𠮷")


@pytest.fixture
def fallbacks(monkeypatch):
    """The fallback fonts this computer has (fonts-hanazono on CI); a fresh font chain."""
    from acct_desktop.reporting.font_runs import font_chain
    from acct_desktop.reporting.fonts import FALLBACK_ENV

    monkeypatch.delenv(FALLBACK_ENV, raising=False)
    font_chain.cache_clear()
    yield
    font_chain.cache_clear()


@pytest.fixture
def no_fallbacks(monkeypatch, tmp_path):
    """ACCT_DESKTOP_PDF_FALLBACK_FONTS names no font that exists: the primary font alone."""
    from acct_desktop.reporting.font_runs import font_chain
    from acct_desktop.reporting.fonts import FALLBACK_ENV

    monkeypatch.setenv(FALLBACK_ENV, str(tmp_path / "no-such-font.ttf"))
    font_chain.cache_clear()
    yield
    font_chain.cache_clear()


def rare_quote() -> bytes:
    from dataclasses import replace

    from acct_desktop.reporting.quote_pdf import build_quote_pdf
    from tests.unit.test_quote_pdf import make_document

    document = make_document(language="zh_CN", currency="CNY")
    return build_quote_pdf(
        replace(
            document,
            customer=replace(document.customer, name=RARE[0], contact_name=RARE[2]),
            sender=replace(document.sender, name=RARE[3]),
            letterhead=replace(document.letterhead, company_name=RARE[1]),
        )
    )


def rare_checklist() -> bytes:
    from dataclasses import replace

    from acct_desktop.reporting.checklist_pdf import build_checklist_pdf
    from tests.unit.test_checklist_pdf import make_content

    content = make_content("zh_CN")
    manager = replace(content.manager, name=RARE[3], organisation=RARE[1])
    customer = replace(content.customer, name=RARE[2])
    return build_checklist_pdf(
        replace(content, account_name=RARE[0], manager=manager, customer=customer)
    )


def read_back(data: bytes, tmp_path) -> tuple[str, str]:
    """The PDF's text (white space removed: names may wrap) and its pdffonts listing."""
    import subprocess

    path = tmp_path / "rare.pdf"
    path.write_bytes(data)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True).stdout
    return "".join(text.split()), fonts


@pytest.mark.parametrize("build", [rare_quote, rare_checklist], ids=["quote", "checklist"])
def test_rare_characters_print_in_an_embedded_fallback_font(build, fallbacks, tmp_path) -> None:
    from acct_desktop.reporting.unprintable import missing_characters

    with missing_characters() as missing:
        data = build()
    assert missing == set()
    text, fonts = read_back(data, tmp_path)
    for name in RARE:  # exactly, not 野家润滑油总部 nor ₻野家 (a ToUnicode cut to 16 bits)
        assert name in text, name
    fallback = [line for line in fonts.splitlines() if "HanaMin" in line]
    assert fallback, f"no fallback font embedded (is fonts-hanazono installed?)\n{fonts}"
    for line in fallback:  # a subset, embedded, with its Unicode map: as the primary font
        assert line.split()[-5:-2] == ["yes", "yes", "yes"], fonts


@pytest.mark.parametrize("build", [rare_quote, rare_checklist], ids=["quote", "checklist"])
def test_without_a_font_for_them_a_box_stands_in_and_they_are_reported(
    build, no_fallbacks, tmp_path
) -> None:
    from acct_desktop.reporting.unprintable import missing_characters
    from acct_desktop.services.unprintable import missing_sentence

    with missing_characters() as missing:
        data = build()
    assert missing == {"𠮷", "鿍"}
    text, fonts = read_back(data, tmp_path)
    assert "HanaMin" not in fonts
    for name in RARE:  # every character kept its place: nothing silently dropped
        assert name.replace("𠮷", "□").replace("鿍", "□") in text, name
    said = missing_sentence(missing)
    assert "鿍 𠮷" in said and "ACCT_DESKTOP_PDF_FALLBACK_FONTS" in said


def test_runs_go_to_the_first_font_that_has_each_character(fallbacks) -> None:
    from acct_desktop.reporting.font_runs import font_chain, markup
    from acct_desktop.reporting.fonts import register_unicode_font

    font = register_unicode_font()
    chain = font_chain(font)
    for text in TEXTS.values():  # the usual text: one run in the primary font
        assert chain.runs(text) == [(font, text)]
    runs = chain.runs("黄𠮷 & 王鿍")
    assert "".join(part for _name, part in runs) == "黄𠮷 & 王鿍"
    assert [name == font for name, _part in runs] == [True, False, True, False]
    # Paragraph markup: escaped, the fallback's runs in <font name="…">
    assert markup("<黄𠮷 & 王>", font) == (
        f'&lt;黄<font name="{runs[1][0]}">𠮷</font> &amp; 王&gt;'
    )
    # an ideographic variation selector no font has is invisible: left out, not reported
    from acct_desktop.reporting.unprintable import missing_characters

    with missing_characters() as missing:
        assert "".join(part for _n, part in chain.runs("葛\U000e0100")) == "葛"
    assert missing == set()


def test_the_fallback_fonts_are_the_named_ones_else_those_the_computer_has(
    monkeypatch, tmp_path
) -> None:
    """``ACCT_DESKTOP_PDF_FALLBACK_FONTS`` (files or folders, os.pathsep between) replaces
    the search; without it Windows' fonts folders are searched (SimSun-ExtB…) — also for
    fonts installed for the user only — then the Linux and macOS paths."""
    import os
    from pathlib import Path

    from acct_desktop.reporting.fonts import FALLBACK_ENV, fallback_font_files

    folder = tmp_path / "fonts"
    folder.mkdir()
    for name in ("b.ttf", "a.TTC", "readme.txt"):
        (folder / name).write_bytes(b"")
    single = tmp_path / "one.ttf"
    single.write_bytes(b"")
    monkeypatch.setenv(FALLBACK_ENV, os.pathsep.join([str(single), str(folder), "", "/nope.ttf"]))
    assert fallback_font_files() == [single, folder / "a.TTC", folder / "b.ttf"]
    assert fallback_font_files(primary=single) == [folder / "a.TTC", folder / "b.ttf"]

    monkeypatch.delenv(FALLBACK_ENV)
    windows, user = tmp_path / "Windows", tmp_path / "AppData" / "Local"
    (windows / "Fonts").mkdir(parents=True)
    (windows / "Fonts" / "simsunb.ttf").write_bytes(b"")
    (user / "Microsoft" / "Windows" / "Fonts").mkdir(parents=True)
    (user / "Microsoft" / "Windows" / "Fonts" / "SimsunExtG.ttf").write_bytes(b"")
    monkeypatch.setenv("WINDIR", str(windows))
    monkeypatch.setenv("LOCALAPPDATA", str(user))
    found = fallback_font_files()
    assert found[:2] == [
        windows / "Fonts" / "simsunb.ttf",
        user / "Microsoft" / "Windows" / "Fonts" / "SimsunExtG.ttf",
    ]
    assert Path("/usr/share/fonts/truetype/hanazono/HanaMinB.ttf") in found  # fonts-hanazono
