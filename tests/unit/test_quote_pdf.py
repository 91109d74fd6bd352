"""The printed quote and order confirmation, read back as a customer would read them: numbers
grouped for the language, totals that add up to the printed lines, every page numbered, the
draft watermark, the order's references, and the same bytes for the same document."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader

from acct_desktop.domain.chinese_capital import capital_amount
from acct_desktop.domain.money import round_money
from acct_desktop.domain.number_marks import format_number
from acct_desktop.reporting.document_labels import LANGUAGES
from acct_desktop.reporting.fonts import missing_glyphs
from acct_desktop.reporting.quote_content import (
    CustomerBlock,
    DocumentKind,
    DocumentLine,
    DocumentTotals,
    Letterhead,
    QuoteDocument,
    SenderBlock,
)
from acct_desktop.reporting.quote_labels import quote_labels_for
from acct_desktop.reporting.quote_pdf import build_quote_pdf, quote_file_name
from tests.pdf_boxes import seal_boxes_mm

D = Decimal
ZERO, NINE, TEN = D(0), D(9), D(10)
PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(not PDFTOTEXT, reason="poppler-utils (pdftotext) missing")
ZH_DESCRIPTION = (
    "全合成乘用车发动机油 5W-30，4升装，适用于涡轮增压汽油发动机和直喷发动机，"
    "符合 API SP 与 ILSAC GF-6A 标准，换油周期长，低温启动性能优异"
)
VI_DESCRIPTION = (
    "Dầu động cơ tổng hợp toàn phần 5W-30 cho xe du lịch, can 4 lít, phù hợp động cơ xăng "
    "tăng áp và phun xăng trực tiếp, đạt tiêu chuẩn API SP, khởi động lạnh tốt"
)


# -- factory ------------------------------------------------------------------------------------
def make_line(
    position: int,
    unit_price: Decimal,
    quantity: Decimal = TEN,
    *,
    discount: Decimal = ZERO,
    currency: str = "EUR",
    description: str | None = None,
    unit: str = "pack",
) -> DocumentLine:
    """A line whose net price and amount are rounded as the quote maths rounds them."""
    net_price = round_money(unit_price * (1 - discount / 100), currency)
    return DocumentLine(
        position=position,
        sku=f"TST-{position:03d}",
        description=description or f"Engine oil 5W-30 grade {position}",
        quantity=quantity,
        unit=unit,
        unit_price=unit_price,
        discount_percent=discount,
        net_price=net_price,
        amount=round_money(net_price * quantity, currency),
    )


def varied_lines(count: int, currency: str = "EUR") -> tuple[DocumentLine, ...]:
    """``count`` lines with awkward prices, fractional quantities and some discounts."""
    cents = 0 if currency == "VND" else 2
    lines = []
    for i in range(1, count + 1):
        price = D(1000 * ((i * 37) % 500) + (i * 713) % 1000).scaleb(-3)
        price = price.quantize(D(1).scaleb(-cents), rounding=ROUND_HALF_UP) * (
            10_000 if currency == "VND" else 1
        )
        quantity = D(i % 9 + 1) if i % 3 else D(f"{i % 5}.25") + 1
        discount = D("12.5") if i % 4 == 0 else D("0")
        description = (
            f"Heavy-duty diesel engine oil 15W-40, 20 L pail, for mixed fleets no. {i}"
            if i % 5 == 0
            else None
        )
        lines.append(
            make_line(
                i, price, quantity, discount=discount, currency=currency, description=description
            )
        )
    return tuple(lines)


def make_document(
    *,
    language: str = "en",
    currency: str = "EUR",
    lines: tuple[DocumentLine, ...] | None = None,
    discount: Decimal = ZERO,
    tax_rate: Decimal = NINE,
    **overrides: object,
) -> QuoteDocument:
    """A consistent quote: totals are the rounded sums of the lines (as the quote service
    gives them); ``overrides`` replace any other field."""
    lines = lines if lines is not None else varied_lines(3, currency)
    subtotal = sum((line.amount for line in lines), D(0))
    discount_amount = round_money(subtotal * discount / 100, currency)
    net = subtotal - discount_amount
    tax = round_money(net * tax_rate / 100, currency)
    totals = DocumentTotals(subtotal, discount, discount_amount, net, tax_rate, tax, net + tax)
    document = QuoteDocument(
        kind=DocumentKind.QUOTE,
        number="Q-2026-7KX-00042",
        revision=2,
        language=language,
        currency=currency,
        issued_on=date(2026, 11, 23),
        letterhead=Letterhead(
            company_name="Lubritech Trading B.V.",
            address_lines=("Havenweg 12", "3011 AB Rotterdam"),
            phone="+31 10 123 4567",
            email="sales@lubritech.example",
            tax_id="NL123456789B01",
        ),
        customer=CustomerBlock(
            name="Garage De Vries",
            code="NL-000123",
            address_lines=("Dorpsstraat 4", "1234 AB Utrecht"),
            contact_name="Anna de Vries",
            contact_title="Purchasing manager",
            contact_email="anna@garagedevries.example",
            contact_phone="+31 30 765 4321",
        ),
        sender=SenderBlock(name="Mark Jansen", phone="+31 6 1234 5678", email="mark@lt.example"),
        lines=lines,
        totals=totals,
        valid_until=date(2026, 12, 23),
        payment_terms="30 days net",
        delivery_terms="DAP Utrecht",
        notes="Prices include delivery to one address.",
        supersedes="Q-2026-7KX-00042 R1",
    )
    return replace(document, **overrides)


def logo_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (240, 80), (30, 90, 160)).save(buffer, format="PNG")
    return buffer.getvalue()


# -- reading the PDF back -------------------------------------------------------------------
def write(data: bytes, tmp_path: Path, name: str = "quote.pdf") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def pdf_pages(data: bytes, tmp_path: Path) -> list[str]:
    """The pages' text as pdftotext -layout reads it."""
    assert PDFTOTEXT
    out = subprocess.run(
        [PDFTOTEXT, "-layout", str(write(data, tmp_path)), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    return [page for page in out.split("\f") if page.strip()]


def pdf_text(data: bytes, tmp_path: Path) -> str:
    return "\n".join(pdf_pages(data, tmp_path))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def description_column(data: bytes, tmp_path: Path, language: str) -> str:
    """The squashed text inside the description column of page 1 (cropped between the
    description and quantity headers found with -bbox), so wrapped text reads in order and
    text overflowing its column would be missing."""
    assert PDFTOTEXT
    labels = quote_labels_for(language)
    path = write(data, tmp_path, "columns.pdf")
    bbox = subprocess.run(
        [PDFTOTEXT, "-bbox", "-f", "1", "-l", "1", str(path), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>', bbox)
    words = [(float(x), float(y), word) for x, y, word in found]
    left, row = next((x, y) for x, y, w in words if w == labels.col_description.split()[0])
    right = next(
        x
        for x, y, w in words
        if w == labels.col_quantity.split()[0] and abs(y - row) < 15 and x > left
    )
    crop = ["-x", str(int(left - 2)), "-y", "0", "-W", str(int(right - left)), "-H", "842"]
    text = subprocess.run(
        [PDFTOTEXT, "-layout", "-f", "1", "-l", "1", *crop, str(path), "-"],
        capture_output=True,
        check=True,
        text=True,
    ).stdout
    return squash(text)


def row_tokens(text: str, position: int) -> list[str]:
    """The printed cells of line ``position`` (descriptions of one word)."""
    match = re.search(rf"^\s*{position}\s+TST-{position:03d}\s.*$", text, re.MULTILINE)
    assert match, f"line {position} not printed"
    return match.group(0).split()


def last_figure(text: str, label: str) -> str:
    """The last token on the line where ``label`` is printed (a totals row)."""
    lines = [line for line in text.splitlines() if label in line]
    assert len(lines) == 1, f"{label!r} printed {len(lines)} times"
    return lines[0].split()[-1]


def english_amount(token: str) -> Decimal:
    return D(token.replace(",", "").replace("−", "-"))


# -- numbers and languages ------------------------------------------------------------------
@needs_pdftotext
def test_dutch_quote_prints_offerte_and_dutch_grouped_numbers(tmp_path: Path) -> None:
    line = make_line(1, D("1234.56"), D("1"), description="Motorolie")
    text = pdf_text(build_quote_pdf(make_document(language="nl", lines=(line,))), tmp_path)
    assert "Offerte" in text
    assert "Stukprijs" in text
    assert "1.234,56" in text
    assert "1,234.56" not in text
    assert "Pagina 1 van 1" in text


@needs_pdftotext
def test_english_quote_prints_english_grouped_numbers(tmp_path: Path) -> None:
    line = make_line(1, D("1234.56"), D("1"), description="Engine-oil")
    text = pdf_text(build_quote_pdf(make_document(language="en", lines=(line,))), tmp_path)
    assert row_tokens(text, 1)[-1] == "1,234.56"
    assert "1.234,56" not in text
    assert "Quote" in text and "Q-2026-7KX-00042 R2" in text
    assert "Replaces Q-2026-7KX-00042 R1" in text


@needs_pdftotext
def test_vnd_amounts_print_without_decimals(tmp_path: Path) -> None:
    lines = varied_lines(6, "VND")
    document = make_document(language="vi", currency="VND", lines=lines, tax_rate=D("10"))
    text = pdf_text(build_quote_pdf(document), tmp_path)
    assert document.totals.gross > 10_000_000  # grouped twice at least
    whole_dong = re.compile(r"\d{1,3}(\.\d{3})*")
    for line in lines:
        cells = row_tokens(text, line.position)
        unit_price, net_price, amount = cells[-4], cells[-2], cells[-1]
        assert all(whole_dong.fullmatch(cell) for cell in (unit_price, net_price, amount))
        assert amount == format_number("vi", line.amount)
    assert last_figure(text, "Tổng cộng (VND)") == format_number("vi", document.totals.gross)
    assert last_figure(text, "Tạm tính") == format_number("vi", document.totals.subtotal)


@needs_pdftotext
def test_quantities_without_trailing_zeros_and_money_with_currency_decimals(
    tmp_path: Path,
) -> None:
    lines = (
        make_line(1, D("80"), D("10.000"), description="Oil"),
        make_line(2, D("19.90"), D("2.50"), discount=D("12.50"), description="Grease"),
        make_line(3, D("5.00"), D("1E+2"), description="Coolant", unit="L"),
    )
    text = pdf_text(build_quote_pdf(make_document(language="en", lines=lines)), tmp_path)
    assert " ".join(row_tokens(text, 1)) == "1 TST-001 Oil 10 pack 80.00 — 80.00 800.00"
    assert " ".join(row_tokens(text, 2)) == "2 TST-002 Grease 2.5 pack 19.90 12.5 17.41 43.53"
    assert row_tokens(text, 3)[3:5] == ["100", "L"]


@needs_pdftotext
def test_a_figure_finer_than_the_currency_is_printed_as_given_not_rounded(
    tmp_path: Path,
) -> None:
    line = replace(make_line(1, D("2.00"), D("1"), description="Sample"), unit_price=D("1.995"))
    text = pdf_text(build_quote_pdf(make_document(lines=(line,))), tmp_path)
    assert row_tokens(text, 1)[5] == "1.995"


@needs_pdftotext
def test_chinese_and_vietnamese_names_and_long_descriptions_come_back(tmp_path: Path) -> None:
    for language, name, description in (
        ("zh_CN", "广州恒达汽车服务有限公司", ZH_DESCRIPTION),
        ("vi", "Công ty TNHH Thương mại Dịch vụ Ô tô Sài Gòn", VI_DESCRIPTION),
    ):
        line = make_line(1, D("365.00"), D("24"), description=description)
        customer = replace(make_document().customer, name=name)
        document = make_document(language=language, lines=(line,), customer=customer)
        data = build_quote_pdf(document)
        labels = quote_labels_for(language)
        text = squash(pdf_text(data, tmp_path))
        assert squash(name) in text
        assert squash(labels.quote_title) in text
        column = description_column(data, tmp_path, language)
        assert squash(description) in column, f"{language} description cut off or overflowing"


def test_every_label_of_every_language_can_be_drawn() -> None:
    for language in LANGUAGES:
        labels = quote_labels_for(language)
        assert labels.language == language
        assert missing_glyphs(labels.all_text()) == set(), language
    assert "订单确认书" in quote_labels_for("zh-CN").all_text()
    assert missing_glyphs("负零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整") == set()  # 大写 totals
    assert "BẢN NHÁP" in quote_labels_for("vi_VN").all_text()
    assert quote_labels_for("xx").quote_title == "Quote"


# -- pages and totals ---------------------------------------------------------------------
@needs_pdftotext
def test_a_long_quote_numbers_every_page_in_its_language_and_repeats_the_header(
    tmp_path: Path,
) -> None:
    document = make_document(language="nl", lines=varied_lines(70))
    data = build_quote_pdf(document)
    pages = pdf_pages(data, tmp_path)
    count = len(PdfReader(io.BytesIO(data)).pages)
    assert count >= 3 and len(pages) == count
    running_header = "Offerte Q-2026-7KX-00042 R2 · Garage De Vries"
    for number, page in enumerate(pages, start=1):
        assert f"Pagina {number} van {count}" in page
        assert "Q-2026-7KX-00042 R2" in page  # the footer names the document
        assert re.search(r"Nr\.\s+Artikelnr\.\s+Omschrijving\s+Aantal", page), number
        assert (running_header in page) == (number > 1)


def page_texts_of(document: QuoteDocument) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(build_quote_pdf(document))).pages]


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("count", [4, 6])
def test_a_short_quote_with_a_full_letterhead_prints_on_one_page(count: int, language: str) -> None:
    # logo, address, tax id, "replaces R1", contact, terms and notes: the tallest usual quote.
    # The signature block used to be 78 mm tall (the seal box under the customer's lines)
    # and moved on alone to page 2 of every quote of 4 lines or more.
    plain = make_document(language=language, lines=varied_lines(count))
    document = replace(plain, letterhead=replace(plain.letterhead, logo_png=logo_png()))
    pages = page_texts_of(document)
    labels = quote_labels_for(language)
    assert len(pages) == 1, f"{count} lines in {language} take {len(pages)} pages"
    assert labels.accepted_for_customer in pages[0] and labels.company_seal in pages[0]


# 13: the first count whose signature block moves on to page 2; 50 and 51: the last count
# that ends on page 2 and the first that ends on page 3; 60: well into page 3.
@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("count", [13, 50, 51, 60])
def test_the_acceptance_statement_and_signature_block_stay_whole_on_the_last_page(
    count: int, language: str
) -> None:
    labels = quote_labels_for(language)
    statement = squash(labels.acceptance_statement)[:12]
    block = [
        labels.for_company.format(company="Lubritech Trading B.V."),
        labels.accepted_for_customer,
        labels.signature,
        labels.company_seal,
    ]
    document = make_document(language=language, lines=varied_lines(count))
    pages = [squash(text) for text in page_texts_of(document)]
    assert len(pages) > 1
    *earlier, last = pages
    assert statement in last
    assert all(squash(part) in last for part in block), count
    assert not any(statement in page or squash(labels.company_seal) in page for page in earlier)


def tallest_usual_quote(count: int, language: str = "en") -> QuoteDocument:
    """A quote of ``count`` lines as a manager sends it: logo, our three-line address,
    phone, e-mail and tax id; the customer's three-line address and contact; all four
    terms and a note."""
    plain = make_document(language=language, lines=varied_lines(count))
    return replace(
        plain,
        letterhead=replace(
            plain.letterhead,
            address_lines=("Havenweg 12", "3011 AB Rotterdam", "Nederland"),
            logo_png=logo_png(),
        ),
        customer=replace(
            plain.customer, address_lines=("Dorpsstraat 4", "1234 AB Utrecht", "Nederland")
        ),
        requested_delivery=date(2026, 12, 7),
    )


def line_rows_on(page: str) -> int:
    """How many line rows (their SKUs, TST-001…) a page's text holds."""
    return len(re.findall(r"TST-\d{3}", page))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("count", [6, 8])
def test_a_quote_of_six_or_eight_lines_with_three_line_addresses_prints_on_one_page(
    count: int, language: str
) -> None:
    # Six lines and three-line addresses used to take two pages: terms one per row in a
    # section of their own under the totals, and wide gaps, pushed the signature block
    # (and with it a third of a page of air) on to page 2.
    labels = quote_labels_for(language)
    pages = page_texts_of(tallest_usual_quote(count, language))
    assert len(pages) == 1, f"{count} lines in {language} take {len(pages)} pages"
    page = squash(pages[0])
    assert line_rows_on(page) == count
    for printed in (
        "Nederland",
        "Dorpsstraat4",
        labels.terms,
        labels.requested_delivery,
        labels.notes,
        labels.subtotal,
        labels.accepted_for_customer,
        labels.company_seal,
    ):
        assert squash(printed) in page, printed


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("count", [22, 40])  # 22 lines put the totals alone on page 2
def test_a_long_quote_breaks_cleanly_with_heads_repeated_and_totals_beside_lines(
    count: int, language: str
) -> None:
    labels = quote_labels_for(language)
    pages = [squash(text) for text in page_texts_of(tallest_usual_quote(count, language))]
    assert len(pages) == 2
    assert all(squash(labels.col_description) in page for page in pages)
    assert squash(labels.page_label(2, 2)) in pages[1]
    [totals_page] = [page for page in pages if squash(labels.subtotal) in page]
    assert line_rows_on(totals_page) >= 1
    assert sum(line_rows_on(page) for page in pages) == count


def test_the_last_lines_go_on_to_the_next_page_with_the_totals_never_the_totals_alone() -> None:
    # The first quote too long for its totals to end page 1: its totals used to open page 2
    # alone under the running header, far from the lines they add up.
    labels = quote_labels_for("en")
    for count in range(8, 40):
        pages = page_texts_of(tallest_usual_quote(count))
        totals_page = next(i for i, page in enumerate(pages) if labels.subtotal in page)
        if totals_page > 0:
            break
    else:
        pytest.fail("the totals of 39 lines still end page 1")
    assert line_rows_on(pages[totals_page]) >= 2, f"{count} lines"
    assert labels.col_description in pages[totals_page]


def skus_on(page: str) -> list[int]:
    """The line numbers whose SKU (TST-001…) a page's text holds."""
    return [int(number) for number in re.findall(r"TST-(\d{3})", page)]


@needs_pdftotext
@pytest.mark.parametrize("language", ["en", "zh_CN"])
@pytest.mark.parametrize("tall", [False, True], ids=["short-header", "tall-header"])
def test_no_page_holds_the_signature_block_alone_and_every_line_is_printed_once(
    tall: bool, language: str, tmp_path: Path
) -> None:
    # An 11-line quote with three-line addresses printed its lines, terms and totals on
    # page 1 and nothing but the acceptance sentence and the signature block on page 2.
    labels = quote_labels_for(language)
    seal, totals = squash(labels.company_seal), squash(labels.subtotal)
    statement = squash(labels.acceptance_statement)[:12]
    for count in range(1, 31):
        document = (
            tallest_usual_quote(count, language)
            if tall
            else make_document(language=language, lines=varied_lines(count))
        )
        pages = [squash(page) for page in pdf_pages(build_quote_pdf(document), tmp_path)]
        printed = [number for page in pages for number in skus_on(page)]
        assert sorted(printed) == list(range(1, count + 1)), f"{count} lines"
        [last] = [i for i, page in enumerate(pages) if seal in page]
        assert last == len(pages) - 1 and statement in pages[last]
        assert totals in pages[last], f"{count} lines: the totals part from the signatures"
        if len(pages) > 1:
            # the block moved on, and took the last lines (two, or all there are) with it
            assert len(skus_on(pages[last])) >= min(2, count), f"{count} lines"
        assert all(skus_on(page) for page in pages), f"{count} lines: a page without lines"


@needs_pdftotext
def test_notes_too_long_to_move_with_the_totals_flow_on_with_the_signature_block_after_them(
    tmp_path: Path,
) -> None:
    notes = "\n".join(
        f"Delivery note {i}: pallets of 48 cans, stacked two high." for i in range(90)
    )
    document = replace(tallest_usual_quote(12), notes=notes)
    pages = pdf_pages(build_quote_pdf(document), tmp_path)
    text = squash("".join(pages))
    assert sorted(n for page in pages for n in skus_on(squash(page))) == list(range(1, 13))
    assert all(squash(f"Delivery note {i}:") in text for i in range(90))
    [last] = [page for page in pages if "Company seal" in page]
    assert "Delivery note 89:" in last  # the signature block never stands alone


@needs_pdftotext
@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils (pdftoppm) missing")
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("kind", [DocumentKind.QUOTE, DocumentKind.ORDER])
def test_the_company_seal_box_holds_a_42_mm_seal(
    kind: DocumentKind, language: str, tmp_path: Path
) -> None:
    # The box was 40 × 36 mm: a Chinese company seal (a circle 38–42 mm across) overlapped
    # the lines below it.
    document = replace(make_document(language=language), kind=kind)
    word = quote_labels_for(language).company_seal.split()[0]
    [(width, height)] = seal_boxes_mm(build_quote_pdf(document), tmp_path, word)
    assert width >= 42 and height >= 42, (width, height)


@needs_pdftotext
def test_printed_lines_add_up_to_the_printed_totals(tmp_path: Path) -> None:
    document = make_document(lines=varied_lines(70), discount=D("3.5"), tax_rate=D("21"))
    text = pdf_text(build_quote_pdf(document), tmp_path)
    amounts = [english_amount(row_tokens(text, i)[-1]) for i in range(1, 71)]
    subtotal = english_amount(last_figure(text, "Subtotal"))
    discount = english_amount(last_figure(text, "Discount 3.5%"))
    net = english_amount(last_figure(text, "Net amount"))
    tax = english_amount(last_figure(text, "Tax 21%"))
    total = english_amount(last_figure(text, "Total EUR"))
    assert sum(amounts, D(0)) == subtotal == document.totals.subtotal
    assert subtotal + discount == net == document.totals.net
    assert net + tax == total == document.totals.gross


@needs_pdftotext
def test_totals_are_printed_as_given_never_recomputed(tmp_path: Path) -> None:
    # the quote maths owns the rounding: a tax one cent off "net × rate" is printed as given
    document = make_document(tax_rate=D("9"))
    totals = document.totals
    tax = totals.tax + D("0.01")
    document = replace(document, totals=replace(totals, tax=tax, gross=totals.net + tax))
    text = pdf_text(build_quote_pdf(document), tmp_path)
    assert english_amount(last_figure(text, "Tax 9%")) == tax
    assert english_amount(last_figure(text, "Total EUR")) == totals.net + tax


@needs_pdftotext
def test_quote_discount_row_only_when_there_is_a_quote_discount(tmp_path: Path) -> None:
    without = pdf_text(build_quote_pdf(make_document()), tmp_path)
    with_discount = pdf_text(build_quote_pdf(make_document(discount=D("5"))), tmp_path)
    assert not re.search(r"\bDiscount\b", without)
    assert re.search(r"\bDiscount 5%\s", with_discount)


# -- draft, order confirmation ---------------------------------------------------------------
def test_draft_watermark_on_every_page_only_for_drafts() -> None:
    def page_texts(document: QuoteDocument) -> list[str]:
        # pypdf reads the diagonal word whole (pdftotext -layout splits rotated text)
        reader = PdfReader(io.BytesIO(build_quote_pdf(document)))
        return [page.extract_text() for page in reader.pages]

    lines = varied_lines(70)
    draft = page_texts(make_document(lines=lines, draft=True))
    final = page_texts(make_document(lines=lines, draft=False))
    assert len(draft) > 1
    assert all("DRAFT" in page for page in draft)
    assert not any("DRAFT" in page for page in final)
    assert "CONCEPT" in page_texts(make_document(language="nl", draft=True))[0]
    assert "草稿" in page_texts(make_document(language="zh_CN", draft=True))[0]


@needs_pdftotext
def test_order_confirmation_shows_quote_and_customer_reference_but_no_validity(
    tmp_path: Path,
) -> None:
    order = make_document(
        kind=DocumentKind.ORDER,
        number="OC-2026-7KX-00007",
        quote_number="Q-2026-7KX-00042 R2",
        customer_reference="PO-88123",
        requested_delivery=date(2026, 12, 4),
        valid_until=date(2026, 12, 23),
    )
    text = pdf_text(build_quote_pdf(order), tmp_path)
    assert "Order confirmation" in text
    assert re.search(r"Our quote\s+Q-2026-7KX-00042 R2", text)
    assert re.search(r"Your reference\s+PO-88123", text)
    # the order's date is the one agreed, not the one asked for (QA zh: "要求交货日期")
    assert re.search(r"Confirmed delivery\s+4 Dec 2026", text)
    assert "Requested delivery" not in text
    chinese = pdf_text(build_quote_pdf(replace(order, language="zh_CN")), tmp_path)
    assert "确认交货日期" in chinese and "要求交货日期" not in chinese
    quote = pdf_text(build_quote_pdf(replace(order, kind=DocumentKind.QUOTE)), tmp_path)
    assert re.search(r"Requested delivery\s+4 Dec 2026", quote)
    assert "Confirmed by" in text
    assert "Valid until" not in text and "23 Dec 2026" not in text
    assert "Accepted for the customer" not in text
    quote_text = pdf_text(build_quote_pdf(make_document()), tmp_path)
    assert re.search(r"Valid until\s+23 Dec 2026", quote_text)
    assert "Accepted for the customer" in quote_text


# -- the file ------------------------------------------------------------------------------
def test_same_document_gives_the_same_bytes() -> None:
    document = make_document(language="zh_CN", letterhead=replace(
        make_document().letterhead, logo_png=logo_png()), draft=True)  # fmt: skip
    first = build_quote_pdf(document)
    assert first.startswith(b"%PDF")
    assert build_quote_pdf(document) == first
    changed = replace(document, customer=replace(document.customer, code="NL-000124"))
    assert build_quote_pdf(changed) != first


def test_logo_is_embedded_as_an_image() -> None:
    plain = make_document()
    with_logo = replace(plain, letterhead=replace(plain.letterhead, logo_png=logo_png()))
    assert len(PdfReader(io.BytesIO(build_quote_pdf(plain))).pages[0].images) == 0
    images = PdfReader(io.BytesIO(build_quote_pdf(with_logo))).pages[0].images
    assert len(images) == 1
    assert images[0].image.size == (240, 80)


def test_a_broken_logo_does_not_stop_the_quote_from_printing() -> None:
    plain = make_document()
    broken = replace(plain, letterhead=replace(plain.letterhead, logo_png=b"not a png"))
    reader = PdfReader(io.BytesIO(build_quote_pdf(broken)))
    assert len(reader.pages[0].images) == 0
    assert "Lubritech Trading B.V." in reader.pages[0].extract_text()


def test_pdf_properties_name_the_document_in_its_language() -> None:
    reader = PdfReader(io.BytesIO(build_quote_pdf(make_document(language="zh_CN"))))
    assert reader.metadata.title == "报价单 Q-2026-7KX-00042 R2"
    assert "Garage De Vries" in reader.metadata.subject
    assert reader.trailer["/Root"]["/Lang"] == "zh-CN"
    english = PdfReader(io.BytesIO(build_quote_pdf(make_document())))
    assert english.metadata.title == "Quote Q-2026-7KX-00042 R2"


def test_file_names() -> None:
    assert quote_file_name(make_document()) == "Q-2026-7KX-00042-R2.pdf"
    assert quote_file_name(make_document(revision=1)) == "Q-2026-7KX-00042.pdf"
    order = make_document(kind=DocumentKind.ORDER, number="OC-2026-7KX-00007")
    assert quote_file_name(order) == "OC-2026-7KX-00007.pdf"
    assert quote_file_name(make_document(number="Q/2026 7KX:42")) == "Q-2026-7KX-42-R2.pdf"


def test_a_replaced_revision_says_so_in_its_heading_and_across_every_page(tmp_path: Path) -> None:
    """QA zh: the PDF of a revision a later one replaced had no mark."""
    english = pdf_text(build_quote_pdf(make_document(replaced_by=3)), tmp_path)
    assert "Replaced by R3" in english  # under the number
    pages = page_texts_of(make_document(lines=varied_lines(70), replaced_by=3, draft=True))
    assert len(pages) > 1 and all(page.count("Replaced by R3") >= 1 for page in pages[1:])
    assert not any("DRAFT" in page for page in pages)  # not the quote that stands: no draft
    chinese = pdf_text(build_quote_pdf(make_document(language="zh_CN", replaced_by=3)), tmp_path)
    assert "已被 R3 取代" in chinese
    assert "Replaced by" not in pdf_text(build_quote_pdf(make_document()), tmp_path)


@needs_pdftotext
def test_a_chinese_quote_names_vat_and_writes_the_total_in_capitals(tmp_path: Path) -> None:
    """QA zh: "税额" for 增值税, no 大写 total, and "以上价格以CNY计，不含税。" under a total
    that includes the tax."""
    document = make_document(language="zh_CN", currency="CNY", tax_rate=D("13"), vat=True)
    text = pdf_text(build_quote_pdf(document), tmp_path)
    assert "增值税（税率 13%）" in text
    words = capital_amount(document.totals.gross)
    assert squash(f"人民币（大写）：{words}") in squash(text)
    assert squash("以上单价和金额以CNY计，不含增值税；合计含增值税。") in squash(text)
    assert "不含税。" not in text
    euro = pdf_text(build_quote_pdf(make_document(language="zh_CN", vat=True)), tmp_path)
    assert "大写" not in euro  # capital numerals are for renminbi


@needs_pdftotext
def test_the_tax_is_named_per_country_and_the_note_says_what_excludes_it(tmp_path: Path) -> None:
    vat = pdf_text(build_quote_pdf(make_document(tax_rate=D("21"), vat=True)), tmp_path)
    assert "VAT 21%" in vat and "Tax 21%" not in vat
    assert "excluding VAT; the total includes VAT." in squash_spaces(vat)
    plain = pdf_text(build_quote_pdf(make_document(tax_rate=D("21"))), tmp_path)
    assert "Tax 21%" in plain and "excluding tax; the total includes tax." in squash_spaces(plain)
    dutch = pdf_text(build_quote_pdf(make_document(language="nl", vat=True)), tmp_path)
    # Dutch writes a (no-break) space before "%", as every Dutch document does
    assert "Btw 9 %" in dutch.replace("\u00a0", " ")
    assert "exclusief btw; het totaal is inclusief btw." in squash_spaces(dutch)
    vietnamese = pdf_text(build_quote_pdf(make_document(language="vi", vat=True)), tmp_path)
    assert "Thuế GTGT (9%)" in vietnamese


def squash_spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text)


# -- lines in litres (kg): the printed figures give the printed amount ----------------------
def litre_line(position: int, quantity: D, pack: D, size: D, discount: D, currency: str):
    """A line of ``quantity`` litres of a ``size`` L pack priced ``pack``, its figures as the
    quote maths and the quote documents give them."""
    from acct_desktop.domain.quote_maths import LineInput, line_figures, shown_prices

    per_unit = pack / size
    figures = line_figures(
        LineInput(quantity, per_unit, per_unit, discount, ZERO, None, pack, size), ZERO, currency
    )
    shown = shown_prices(per_unit, discount, figures.net_price, currency, pack, size)
    return DocumentLine(
        position=position,
        sku=f"TST-{position:03d}",
        description=f"Oil{position}",
        quantity=quantity,
        unit="L",
        unit_price=shown.unit_price,
        discount_percent=discount,
        net_price=shown.net_price,
        amount=figures.amount,
        basis=shown.basis,
    )


def reproduced(text: str, line: DocumentLine) -> None:
    """Line ``line``'s printed numbers, read back, give its printed amount: quantity × net
    unit price — or, where a pack price is printed under it, quantity × that ÷ its size."""
    tokens = row_tokens(text, line.position)
    quantity, amount = english_amount(tokens[3]), english_amount(tokens[-1])
    unit_price, net_price = english_amount(tokens[5]), english_amount(tokens[-2])
    assert amount == line.amount
    rows = text.splitlines()
    at = next(i for i, row in enumerate(rows) if re.match(rf"\s*{line.position}\s+TST-", row))
    below = rows[at + 1] if at + 1 < len(rows) else ""
    basis = re.search(r"([\d,.]+) per ([\d,.]+) L pack(?:, net ([\d,.]+))?", below)
    if basis is None:
        assert round_money(quantity * net_price, "CNY") == amount
        assert unit_price * (1 - line.discount_percent / 100) >= 0
    else:
        pack, size = english_amount(basis.group(1)), english_amount(basis.group(2))
        net_pack = english_amount(basis.group(3)) if basis.group(3) else pack
        assert round_money(quantity * net_pack / size, "CNY") == amount
        assert round_money(pack * (1 - line.discount_percent / 100), "CNY") == net_pack


@needs_pdftotext
def test_a_litre_line_prints_its_exact_price_per_litre_not_rounded_to_cents(
    tmp_path: Path,
) -> None:
    """CN000048's HDO-007-20L: 240 L of a 20 L pack at 688.90 is 8,266.80 — at 34.445 a
    litre, which the quote prints (34.45 would give 8,268.00)."""
    line = litre_line(1, D(240), D("688.90"), D(20), ZERO, "CNY")
    text = pdf_text(build_quote_pdf(make_document(currency="CNY", lines=(line,))), tmp_path)
    assert row_tokens(text, 1)[5:] == ["34.445", "—", "34.445", "8,266.80"]
    assert "per 20 L pack" not in text
    reproduced(text, line)


@needs_pdftotext
def test_a_price_four_decimals_cannot_hold_prints_the_pack_price_under_the_line(
    tmp_path: Path,
) -> None:
    plain = litre_line(1, D(100), D("1000.00"), D(208), ZERO, "CNY")
    off = litre_line(2, D(50), D("1000.00"), D(208), D(15), "CNY")
    text = pdf_text(build_quote_pdf(make_document(currency="CNY", lines=(plain, off))), tmp_path)
    assert "1,000.00 per 208 L pack" in text
    assert "1,000.00 per 208 L pack, net 850.00" in text
    assert row_tokens(text, 1)[5:] == ["4.8077", "—", "4.8077", "480.77"]
    for line in (plain, off):
        reproduced(text, line)


@needs_pdftotext
@settings(max_examples=12, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.decimals(min_value=D(1), max_value=D(5_000), places=0),
            st.decimals(min_value=D("0.01"), max_value=D(20_000), places=2),
            st.sampled_from([D(1), D(4), D(5), D(16), D(18), D(20), D(60), D(200), D(208)]),
            st.sampled_from([ZERO, D(3), D("3.33"), D("12.5"), D(15)]),
        ),
        min_size=1,
        max_size=6,
    )
)
def test_every_printed_litre_line_gives_its_printed_amount(tmp_path_factory, lines) -> None:
    made = tuple(
        litre_line(i, quantity, pack, size, discount, "CNY")
        for i, (quantity, pack, size, discount) in enumerate(lines, start=1)
    )
    folder = tmp_path_factory.mktemp("litres")
    text = pdf_text(build_quote_pdf(make_document(currency="CNY", lines=made)), folder)
    for line in made:
        reproduced(text, line)
