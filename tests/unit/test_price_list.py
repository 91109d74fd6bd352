"""The customer price list: effective prices, quantity-break columns, validity, and the PDF
read back in Chinese, Vietnamese and Dutch."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from acct_desktop.domain.enums import PolicyScope, PolicyStatus
from acct_desktop.domain.number_marks import format_number
from acct_desktop.domain.pricing_rules import RuleKind
from acct_desktop.reporting.document_labels import LANGUAGES, labels_for, product_category_label
from acct_desktop.reporting.fonts import missing_glyphs
from acct_desktop.reporting.price_list_pdf import build_price_list_pdf, price_list_file_name
from acct_desktop.services.price_book import PricingError
from acct_desktop.services.price_list import PriceListService, natural_key
from acct_desktop.services.pricing import PricingService
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models import Account, PricePolicy, Product
from tests.conftest import DEMO_TODAY

D = Decimal
PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(not PDFTOTEXT, reason="poppler-utils (pdftotext) missing")


@pytest.fixture
def db(demo_db: Path) -> Iterator[Database]:
    database = open_database(demo_db)
    yield database
    database.close()


def account_in(db: Database, currency: str) -> Account:
    with db.session() as session:
        return session.scalars(
            select(Account).where(Account.currency == currency).order_by(Account.code)
        ).first()


def product(db: Database, sku: str) -> Product:
    with db.session() as session:
        return session.scalars(select(Product).where(Product.sku == sku)).one()


def deal(db: Database, account: Account, item: Product, **values: object) -> PricePolicy:
    policy = PricePolicy(
        **{
            "code": f"PL-{values.get('min_quantity', 0)}-{values.get('unit', 'pack')}",
            "name": "deal",
            "scope": PolicyScope.ACCOUNT,
            "account_id": account.id,
            "product_id": item.id,
            "valid_from": date(2026, 1, 1),
            "valid_to": date(2027, 3, 31),
            "currency": account.currency,
            "status": PolicyStatus.ACTIVE,
            "rule_kind": RuleKind.FIXED,
            **values,
        }
    )
    with db.session() as session:
        session.add(policy)
    return policy


def pdf_text(data: bytes, tmp_path: Path) -> str:
    path = tmp_path / "price-list.pdf"
    path.write_bytes(data)
    assert PDFTOTEXT
    return subprocess.run(
        [PDFTOTEXT, "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_rows_break_columns_and_validity(db: Database) -> None:
    account = account_in(db, "CNY")
    oil = product(db, "PEO-001-4L")
    deal(db, account, oil, min_quantity=D(10), guide_price=D("290"), valid_to=date(2027, 1, 31))
    deal(db, account, oil, min_quantity=D(50), guide_price=D("260"))
    deal(db, account, oil, min_quantity=D(100), unit="L", guide_price=D("68"))  # = 25 packs
    content = PriceListService(db).build(account.id, DEMO_TODAY)
    assert content.break_quantities == (D(10), D(25), D(50))
    assert (content.currency, content.language) == ("CNY", "zh_CN")
    with db.session() as session:
        active = session.scalars(select(Product.sku).where(Product.active)).all()
    assert sorted(r.sku for r in content.rows) == sorted(active)
    row = next(r for r in content.rows if r.sku == oil.sku)
    single = PricingService(db).price(account.id, oil.id, D(1), on=DEMO_TODAY)
    assert row.price == single.price
    assert row.breaks == (D("290.00"), D("272.00"), D("260.00"))  # 68 per L × 4 L
    assert row.valid_to == date(2027, 1, 31)
    assert row.unit_price == (row.price / 4).quantize(D("0.01"))
    untouched = next(r for r in content.rows if r.sku == "PEO-001-1L")
    assert untouched.breaks == (None, None, None)
    categories = [r.category for r in content.rows]
    assert categories == sorted(categories)  # grouped
    skus = [r.sku for r in content.rows if r.category == oil.category]
    assert skus == sorted(skus, key=natural_key)  # 1L, 4L, 5L, 208L


@needs_pdftotext
def test_the_chinese_price_list_reads_back(db: Database, tmp_path: Path) -> None:
    account = account_in(db, "CNY")
    oil = product(db, "PEO-001-4L")
    deal(db, account, oil, min_quantity=D(10), guide_price=D("1290"))
    with db.session() as session:
        session.get(Product, oil.id).name = "全合成机油 5W-30 4 L"
    content = PriceListService(db).build(account.id, DEMO_TODAY)
    data = build_price_list_pdf(content)
    assert data == build_price_list_pdf(content)  # deterministic
    text = pdf_text(data, tmp_path)
    pages = [p for p in text.split("\f") if p.strip()]
    words = labels_for("zh_CN").price_list
    assert squash(words.title) in squash(pages[0]) and account.code in pages[0]
    assert squash(words.col_from.format(quantity="10")) in squash(pages[0])
    assert squash(product_category_label("zh_CN", "passenger_engine_oil")) in squash(text)
    oil_line = next(line for line in text.splitlines() if oil.sku in line)
    row = next(r for r in content.rows if r.sku == oil.sku)
    assert squash("全合成机油 5W-30 4 L") in squash(oil_line)
    assert format_number("zh_CN", row.price) in oil_line and "1,290.00" in oil_line
    for number, page in enumerate(pages, start=1):
        assert squash(labels_for("zh_CN").page_label(number, len(pages))) in squash(page)


@needs_pdftotext
@pytest.mark.parametrize(("currency", "grouped"), [("VND", r"\d{1,3}(\.\d{3})+\b"), ("EUR", ",")])
def test_vietnamese_and_dutch_lists_write_numbers_their_way(
    db: Database, tmp_path: Path, currency: str, grouped: str
) -> None:
    account = account_in(db, currency)
    content = PriceListService(db).build(account.id, DEMO_TODAY)
    text = pdf_text(build_price_list_pdf(content), tmp_path)
    assert squash(labels_for(content.language).price_list.title) in squash(text)
    row = content.rows[0]
    assert format_number(content.language, row.price) in text
    assert re.search(grouped, format_number(content.language, row.price))
    assert price_list_file_name(content) == f"price-list-{account.code}-2026-11-02.pdf"


def test_a_missing_rate_stops_the_list(db: Database) -> None:
    account = account_in(db, "CNY")
    with pytest.raises(PricingError, match="No exchange rate from EUR to CNY"):
        PriceListService(db).build(account.id, date(2023, 6, 1))
    with pytest.raises(PricingError, match="No account has the code NOPE"):
        PriceListService(db).account_id("NOPE")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_price_list_labels_have_glyphs(language: str) -> None:
    words = labels_for(language).price_list
    assert missing_glyphs(labels_for(language).all_text()) == set()
    assert words.all_text() in labels_for(language).all_text()
    sample = words.note.format(currency="VND", date="2026年11月2日") + words.col_from
    assert missing_glyphs(sample + "—0123456789.,") == set()
    for code, name in words.categories.items():
        assert product_category_label(language, code) == name
    assert product_category_label(language, "cutting_paste") == "Cutting paste"


def test_numbers_are_grouped_per_language() -> None:
    assert format_number("en", D("1234567.50")) == "1,234,567.50"
    assert format_number("zh_CN", D("1234.5")) == "1,234.5"
    assert format_number("nl", D("1234567.50")) == "1.234.567,50"
    assert format_number("vi", D("1058400")) == "1.058.400"


@pytest.mark.parametrize("language", ["en", "vi", "nl"])
def test_latin_script_notes_have_no_full_width_marks(language: str) -> None:
    """The PDF font draws curly quotes a Chinese character wide: Dutch printed
    "Een ‘vanaf’-prijs" with a gap either side of vanaf."""
    from reportlab.pdfbase import pdfmetrics

    from acct_desktop.reporting.fonts import register_unicode_font

    widths = pdfmetrics.getFont(register_unicode_font()).face.charWidths
    words = labels_for(language).price_list
    for text in (words.note, words.dearer_note, words.col_from):
        wide = {ch for ch in text if not ch.isspace() and widths.get(ord(ch), 0) >= 1000}
        assert not wide, (language, wide, text)
