"""The quote builder's line grid shows a line in litres (kg) at its exact price per unit —
688.90 per 20 L pack is 34.445 a litre, not 34.45 — and, where even four decimals are not
exact, says in the net price's tip which pack price the amount is reckoned from."""

from __future__ import annotations

import uuid
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt

from acct_desktop.gui.models.quote_lines import LineColumn, QuoteLinesModel
from acct_desktop.services.quote_views import QuoteLineView

D = Decimal


def litre_line(pack: str, size: str, quantity: str, amount: str) -> QuoteLineView:
    per_unit = (D(pack) / D(size)).quantize(D("0.01"))  # the engine's per-litre price
    return QuoteLineView(
        id=uuid.uuid4(),
        position=1,
        product_id=uuid.uuid4(),
        sku="HDO-007-20L",
        product_name="Turbo Diesel 15W-40 20 L",
        description=None,
        quantity=D(quantity),
        unit="L",
        list_price=per_unit,
        base_price=per_unit,
        discount_percent=D(0),
        net_price=per_unit,
        amount=D(amount),
        cost=D(0),
        margin_percent=None,
        flags=(),
        policy_code=None,
        lead_time_days=0,
        earliest_delivery=None,
        pack_price=D(pack),
        units_per_pack=D(size),
    )


@pytest.fixture(autouse=True)
def english_figures():
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


def _grid(line: QuoteLineView) -> QuoteLinesModel:
    model = QuoteLinesModel(lambda *_: None, lambda *_: None)
    model.set_lines((line,), editable=False, currency="CNY")
    return model


def _shown(model: QuoteLinesModel, column: LineColumn, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(0, int(column)), role)


def test_a_litre_line_shows_its_exact_price_per_litre(qtbot) -> None:
    model = _grid(litre_line("688.90", "20", "240", "8266.80"))
    assert _shown(model, LineColumn.PRICE) == "34.445"
    assert _shown(model, LineColumn.NET_PRICE) == "34.445"
    assert _shown(model, LineColumn.AMOUNT) == "8,266.80"
    tip = _shown(model, LineColumn.NET_PRICE, Qt.ItemDataRole.ToolTipRole) or ""
    assert "pack" not in tip


def test_a_price_four_decimals_cannot_hold_names_its_pack_price_in_the_tip(qtbot) -> None:
    model = _grid(litre_line("1000.00", "208", "100", "480.77"))
    assert _shown(model, LineColumn.NET_PRICE) == "4.8077"
    tip = _shown(model, LineColumn.NET_PRICE, Qt.ItemDataRole.ToolTipRole)
    assert "Priced per 208 L pack: 1,000.00" in tip
