"""The unit prices a quote line shows (``quote_maths.shown_prices``): a line in litres (kg)
priced per pack shows its exact price per unit, never rounded to the currency, and names the
pack price when even four decimals are not exact — so the printed figures always give the
printed amount with a calculator."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from acct_desktop.domain.money import round_money
from acct_desktop.domain.quote_maths import LineInput, line_figures, shown_prices

D = Decimal


def _line(quantity: str, pack: str, size: str, discount: str = "0", currency: str = "CNY"):
    pack_price, per_pack = D(pack), D(size)
    per_unit = pack_price / per_pack
    line = LineInput(
        quantity=D(quantity),
        list_price=per_unit,
        base_price=per_unit,
        discount_percent=D(discount),
        cost=D(0),
        pack_price=pack_price,
        units_per_pack=per_pack,
    )
    figures = line_figures(line, D(0), currency)
    shown = shown_prices(
        line.base_price, line.discount_percent, figures.net_price, currency, pack_price, per_pack
    )
    return figures, shown


def test_a_litre_of_a_20_litre_pack_shows_its_exact_price_and_gives_the_amount() -> None:
    figures, shown = _line("240", "688.90", "20")  # CN000048's HDO-007-20L
    assert figures.amount == D("8266.80")  # 12 packs; 240 × 34.45 would be 8,268.00
    assert shown.unit_price == shown.net_price == D("34.445")
    assert shown.basis is None
    assert round_money(D(240) * shown.net_price, "CNY") == figures.amount


def test_a_price_that_four_decimals_cannot_hold_names_its_pack_price() -> None:
    figures, shown = _line("100", "1000.00", "208")
    assert shown.net_price == D("4.8077") and shown.basis is not None
    assert shown.basis.net_pack_price == D("1000.00") and shown.basis.units_per_pack == 208
    assert figures.amount == round_money(D(100) * D("1000.00") / D(208), "CNY") == D("480.77")


def test_the_net_price_after_a_line_discount_is_the_net_pack_price_per_unit() -> None:
    figures, shown = _line("30", "700.00", "20", discount="15")  # 595.00 a pack
    assert shown.unit_price == D("35") and shown.net_price == D("29.75")
    assert shown.basis is None and figures.amount == D("892.50")


def test_a_line_in_packs_shows_the_currency_rounded_prices_as_before() -> None:
    shown = shown_prices(D("12.345"), D(0), D("12.35"), "EUR")
    assert shown.unit_price == D("12.35") and shown.net_price == D("12.35")
    assert shown.basis is None


@given(
    quantity=st.decimals(min_value=D("0.001"), max_value=D(100_000), places=3),
    pack=st.decimals(min_value=D("0.01"), max_value=D(100_000), places=2),
    size=st.sampled_from(["1", "4", "5", "16", "18", "20", "25", "60", "180", "200", "208"]),
    discount=st.decimals(min_value=D(0), max_value=D(100), places=2),
    currency=st.sampled_from(["CNY", "EUR", "VND", "KWD"]),
)
def test_the_shown_figures_always_reproduce_the_amount(
    quantity: Decimal, pack: Decimal, size: str, discount: Decimal, currency: str
) -> None:
    pack = round_money(pack, currency)
    if pack == 0:
        pack = D(1)
    figures, shown = _line(str(quantity), str(pack), size, str(discount), currency)
    if shown.basis is None:  # the printed net unit price is exact: quantity × it
        assert round_money(quantity * shown.net_price, currency) == figures.amount
        assert shown.unit_price * D(size) == pack
    else:  # the printed pack price: quantity × it ÷ pack size
        basis = shown.basis
        assert basis.units_per_pack == D(size) and basis.pack_price == pack
        assert round_money(quantity * basis.net_pack_price / basis.units_per_pack, currency) == (
            figures.amount
        )
    # never the currency-rounded price of old, whenever that would have given another amount
    assert shown.net_price == round(shown.net_price, 4)
