"""The rebate form's tiers show their thresholds as amounts of the agreement's currency,
grouped the language's way (QA zh: "300000" next to "560,971.00"), and as typed while
edited — what is kept is what was typed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale, Qt

from acct_desktop.gui.widgets.tiers_editor import TiersModel

D = Decimal
SHOWN, EDITED = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole


@pytest.fixture
def locale():
    before = QLocale()

    def use(language, country) -> None:
        QLocale.setDefault(QLocale(language, country))

    yield use
    QLocale.setDefault(before)


def test_thresholds_are_amounts_of_the_currency_grouped(qtbot, locale) -> None:
    locale(QLocale.Language.Chinese, QLocale.Country.China)
    model = TiersModel(((D(0), D(1)), (D(300000), D(2)), (D("600000.5"), D(3))))
    assert model.data(model.index(1, 0), SHOWN) == "300,000"  # no currency known yet
    model.set_currency("cny")
    assert [model.data(model.index(r, 0), SHOWN) for r in range(3)] == [
        "0.00",
        "300,000.00",
        "600,000.50",
    ]
    model.setData(model.index(1, 0), "300000", EDITED)  # typed so
    assert model.data(model.index(1, 0), SHOWN) == "300,000.00"
    assert model.data(model.index(1, 0), EDITED) == "300000"  # edited as typed
    assert model.data(model.index(1, 1), SHOWN) == "2"
    model.set_currency("VND")
    assert model.data(model.index(1, 0), SHOWN) == "300,000"


def test_dutch_groups_with_points_and_a_typo_stays_as_typed(qtbot, locale) -> None:
    locale(QLocale.Language.Dutch, QLocale.Country.Netherlands)
    model = TiersModel(((D(300000), D(2)),))
    model.set_currency("EUR")
    assert model.data(model.index(0, 0), SHOWN) == "300.000,00"
    model.setData(model.index(0, 0), "30x", EDITED)
    assert model.data(model.index(0, 0), SHOWN) == "30x"
    assert model.texts() == [("30x", "2")]
