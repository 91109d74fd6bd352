"""The rebate form's preview on a running and a finished period, its refusals in the user's
language, the quote builder's undo steps named by their field, and one word per unit."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from acct_desktop.domain.enums import RebateKind
from acct_desktop.domain.unit_words import UNITS
from acct_desktop.gui.docks.quote_builder import QuoteBuilderDock
from acct_desktop.gui.labels import format_day, format_decimal
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.models.quote_lines import unit_word
from acct_desktop.gui.undo import header_undo_text
from acct_desktop.gui.widgets.rebate_preview import RebatePreview
from acct_desktop.services.rebate_accruals import RebateAccrualService
from acct_desktop.store.database import open_database
from tests.unit.test_rebate_accruals import Shop
from tests.unit.test_rebate_periods import MONTHLY

D = Decimal
AFTER = date(2026, 11, 25)
GROWTH_TIERS = [(D(200_000), D(1)), (D(500_000), D(2)), (D(1_000_000), D("3.5"))]


def shop_with_monthly_figures(tmp_path: Path) -> Shop:
    shop = Shop(open_database(tmp_path / "preview.acctdb"))
    for period, amount in MONTHLY.items():
        shop.fact("HQ", period, amount, whole_month=True)
    return shop


def preview_on(shop: Shop, agreement, qtbot) -> RebatePreview:  # type: ignore[no-untyped-def]
    accruals = RebateAccrualService(shop.db)
    preview = RebatePreview(accruals, accruals.sales_basis(agreement, AFTER))
    qtbot.addWidget(preview)
    return preview


def short(day: date) -> str:
    """A day as every cell and sentence writes it (ISO under a C locale)."""
    return format_day(day)


def test_the_preview_says_what_to_buy_by_the_period_end_against_the_agreed_baseline(
    qtbot, tmp_path: Path
) -> None:
    shop = shop_with_monthly_figures(tmp_path)
    growth = shop.agreement(
        "HQ", RebateKind.GROWTH, "200000:1,500000:2,1000000:3.5", baseline="400000"
    )
    preview = preview_on(shop, growth, qtbot)
    preview.show_terms(RebateKind.GROWTH, GROWTH_TIERS, None, "EUR", D(400_000))
    # 400,000 + 200,000 − 205,897.88 bought to 31 October, by 31 December
    needed = format_decimal(D("394102.12"))
    assert f"{needed} still to buy by {short(date(2026, 12, 31))}" in preview.on_sales.text()
    assert preview.to_date.distance_to_next_tier == D("394102.12")
    assert preview.last_year_label.text() == "agreed baseline"
    # the same figure for a typed volume: the baseline and the growth threshold on top
    preview.volume.setText("100000")
    preview.show_terms(RebateKind.GROWTH, GROWTH_TIERS, None, "EUR", D(400_000))
    assert "(1% from 200,000 growth): 500,000 still to buy" in preview.at_volume.text()
    shop.db.close()


def test_the_preview_counts_the_days_elapsed_as_the_statement_does(qtbot, tmp_path: Path) -> None:
    """Days elapsed run to the day asked (25 November: 329 of 365), not to the last
    figure (31 October: 304 days); how far the sales figures reach is said apart."""
    shop = shop_with_monthly_figures(tmp_path)
    agreement = shop.agreement("HQ", RebateKind.WHOLE_VOLUME_TIERS, "0:1,500000:2")
    preview = preview_on(shop, agreement, qtbot)
    tiers = [(D(0), D(1)), (D(500_000), D(2))]
    preview.show_terms(RebateKind.WHOLE_VOLUME_TIERS, tiers, None, "EUR", None)
    text = preview.on_sales.text()
    assert preview.to_date.elapsed_days == 329 and preview.to_date.covered_days == 304
    assert text.startswith(
        f"329 of 365 days elapsed · sales figures up to {short(date(2026, 10, 31))} · "
    )
    assert "304" not in text
    shop.db.close()


def test_a_finished_period_shows_its_final_rebate_and_nothing_still_to_buy(
    qtbot, tmp_path: Path
) -> None:
    shop = shop_with_monthly_figures(tmp_path)
    agreement = shop.agreement(
        "HQ",
        RebateKind.BANDED_TIERS,
        "0:1,100000:2,150000:3.5",
        start=date(2026, 3, 15),
        end=date(2026, 9, 15),
    )
    preview = preview_on(shop, agreement, qtbot)
    tiers = [(D(0), D(1)), (D(100_000), D(2)), (D(150_000), D("3.5"))]
    preview.show_terms(RebateKind.BANDED_TIERS, tiers, None, "EUR", None)
    text = preview.on_sales.text()
    final = preview.to_date
    assert final.period_over and final.distance_to_next_tier is None
    assert text.startswith(
        f"Period over: {format_decimal(final.volume_to_date)} sold → final rebate "
        f"{format_decimal(final.accrued_to_date)}"
    )
    assert "still to buy" not in text and "next tier" not in text and "pace" not in text
    shop.db.close()


def test_a_volume_the_preview_cannot_read_is_refused_in_dutch(dutch: None, qtbot) -> None:
    preview = RebatePreview(RebateAccrualService.__new__(RebateAccrualService), None)
    qtbot.addWidget(preview)
    preview.volume.setText("1.234.500 stuks")  # a currency sign is read past; a unit is not
    preview.show_terms(RebateKind.WHOLE_VOLUME_TIERS, [(D(0), D(1))], None, "VND", None)
    text = preview.at_volume.text()
    assert "is hier geen getal" in text and "not a number" not in text


def dock_of(window: MainWindow) -> QuoteBuilderDock:
    dock = window.docks["quoteBuilderDock"]
    dock.show()
    return dock


def test_a_quote_header_change_is_undone_by_its_own_words(qtbot, window: MainWindow) -> None:
    window.current.set(window.workspace.accounts.busiest_account_id())
    dock = dock_of(window)
    dock.commands.new_quote()
    for field, value in (("quote_discount_percent", D(3)), ("notes", "rush order")):
        dock.commands.set_header(field, value)
        assert window.undo_stack.undoText() == header_undo_text(field)
    assert window.undo_stack.undoText() == QCoreApplication.translate(
        "UndoSteps", "Change the notes"
    )
    assert "_" not in header_undo_text("quote_discount_percent")
    assert "percent" not in header_undo_text("quote_discount_percent")


def test_the_price_check_names_units_as_the_quote_builder_does(
    dutch: None, qtbot, window: MainWindow
) -> None:
    window.current.set(window.workspace.accounts.busiest_account_id())
    dialog = window.open_price_check()
    qtbot.addWidget(dialog)
    shown = [dialog.unit.itemText(i) for i in range(dialog.unit.count())]
    assert shown == [unit_word(unit) for unit in UNITS]
    assert [dialog.unit.itemData(i) for i in range(dialog.unit.count())] == list(UNITS)


def test_a_flagged_lines_warnings_are_listed_with_the_chinese_list_mark(chinese: None) -> None:
    """The approval dialog said "折扣超出范围, 折扣需审批": a Latin ", " in Chinese."""
    from types import SimpleNamespace

    from acct_desktop.domain.pricing_rules import FlagKind
    from acct_desktop.gui.docks.quote_commands import flagged_line
    from acct_desktop.gui.labels import enum_label

    kinds = (FlagKind.DISCOUNT_OVER_BAND, FlagKind.NEEDS_APPROVAL)
    line = SimpleNamespace(
        position=3, sku="HYD-46", flags=[SimpleNamespace(kind=kind) for kind in kinds]
    )
    text = flagged_line(line)
    first, second = (enum_label(kind) for kind in kinds)
    assert text == f"3. HYD-46 — {first}、{second}", text
    assert ", " not in text
