"""``quotes list`` and ``price`` in the run's language: money with the currency's decimals
and the language's marks, statuses, unit words and flag names translated (no Qt: a fake
catalogue stands in for the compiled one)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import select

from acct_desktop import cli_language, price_cli, quote_cli
from acct_desktop.domain.enums import QuoteStatus
from acct_desktop.domain.pricing_rules import Flag, FlagKind
from acct_desktop.services.pricing import PricingService
from acct_desktop.services.quotes import QuoteListRow
from acct_desktop.store.database import open_database
from acct_desktop.store.models import Account, Product
from tests.conftest import DEMO_TODAY

DUTCH = {
    ("messages", "pending approval"): "wacht op goedkeuring",
    ("messages", "pack"): "verp.",  # the one table of unit words (domain.unit_words)
    ("cli", "%1 %2 on %3, in %4"): "%1 %2 op %3, in %4",
    ("cli", "  price     %1 %2 per %3"): "  prijs     %1 %2 per %3",
    ("cli", "Discount needs approval"): "Korting vereist goedkeuring",
}


@pytest.fixture
def dutch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_language, "_lookup", lambda c, t: DUTCH.get((c, t), ""))
    monkeypatch.setattr(cli_language, "_marks", (".", ","))
    monkeypatch.setattr(cli_language, "_language", "nl")


def row(total: str, currency: str) -> QuoteListRow:
    return QuoteListRow(
        number="Q-2026-00022",
        revision=1,
        account_code="VN000158",
        account_name="Gara ô tô Việt Hàn",
        quote_date=date(2026, 11, 19),
        valid_until=date(2026, 12, 19),
        status=QuoteStatus.PENDING_APPROVAL,
        currency=currency,
        line_count=2,
        net_total=D(total),
    )


def test_a_listed_quote_says_its_status_and_total_the_languages_way(dutch: None) -> None:
    vnd = quote_cli._row_text(row("32633280.00", "VND"))
    assert "wacht op goedkeuring" in vnd and "pending_approval" not in vnd
    assert " 32.633.280 VND" in vnd  # VND has no minor unit
    assert " 11.158,32 EUR" in quote_cli._row_text(row("11158.32", "EUR"))


def test_json_keeps_exact_decimal_strings_with_the_currencys_decimals() -> None:
    assert format(quote_cli._in_minor_units(D("8045568.00"), "VND"), "f") == "8045568"
    assert format(quote_cli._in_minor_units(D("35118.40"), "EUR"), "f") == "35118.40"


def test_the_price_text_translates_the_unit_and_the_flag(dutch: None, demo_db: Path) -> None:
    db = open_database(demo_db)
    try:
        with db.session() as session:
            account = session.scalars(select(Account).order_by(Account.code)).first()
            product = session.scalars(select(Product).order_by(Product.sku)).first()
        quote = PricingService(db).price(account.id, product.id, D(10), on=DEMO_TODAY)
    finally:
        db.close()
    flag = Flag(FlagKind.NEEDS_APPROVAL, "discount 8.00% > approval threshold 5%")
    flagged = replace(quote, result=replace(quote.result, flags=[flag]))
    text = price_cli.text(flagged)
    assert "10 verp. op" in text and " per verp." in text and " pack" not in text
    assert "op 02-11-2026, in CNY" in text  # the day as Dutch writes it, not ISO
    assert "Korting vereist goedkeuring: " in text and "needs_approval" not in text
