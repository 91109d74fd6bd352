"""The import dialog for a month of ERP sales figures: a refusal goes when the user changes
what it was about, a column of measures is chosen by its values and its words stay in sight
on a laptop, a month of one mistyped row is confirmed or corrected before anything is
replaced, and a corrected file can take away the figures it moved."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QLabel
from sqlalchemy import func, select

from acct_desktop.domain.enums import Measure
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.services.imports.sales_scope import ReplaceFor
from acct_desktop.store.models import Account, SalesFact

LAPTOP = QRect(0, 0, 1366, 728)  # 1366 × 768 less a 40-pixel taskbar
HEADERS = ["单据日期", "客户编码", "Vorgang", "数量", "金额"]


def write(path: Path, rows: list[list[str]], headers: list[str] = HEADERS) -> Path:
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def imported(qtbot, dialog) -> None:
    dialog.start_import()
    qtbot.waitUntil(
        lambda: dialog.summary is not None or not dialog.problems.isHidden(), timeout=20_000
    )


def two_accounts(window: MainWindow) -> tuple[str, str]:
    with window.workspace.db.session() as session:
        codes = session.scalars(
            select(Account.code).where(Account.currency == "CNY").order_by(Account.code).limit(2)
        ).all()
    return codes[0], codes[1]


def month_total(window: MainWindow, code: str, month: date, measure: Measure) -> Decimal:
    following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    with window.workspace.db.session() as session:
        total = session.scalar(
            select(func.sum(SalesFact.amount))
            .join(Account, Account.id == SalesFact.account_id)
            .where(Account.code == code, SalesFact.measure == measure,
                   SalesFact.period >= month, SalesFact.period < following)
        )  # fmt: skip
    return Decimal(total or 0)


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> QRect:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(LAPTOP))
    return LAPTOP


def test_a_refusal_goes_when_the_user_chooses_the_column_it_pointed_to(
    qtbot, window: MainWindow, tmp_path: Path, laptop: QRect
) -> None:
    """The ERP heads its measure column "Vorgang": the dialog opens with it chosen for the
    Measure (marked * like every needed field). Left out, the refusal names the column and
    says where to choose it, not to give one measure for the whole file; choosing it clears
    that refusal, and every word of the column is in sight without scrolling."""
    first, second = two_accounts(window)
    rows = [["2026/10/01", first, "销售入库", "2", "1,000.00"],
            ["2026/10/02", first, "分仓出库", "1", "300.50"],
            ["2026/10/31", second, "库存", "5", "2,500.00"],
            ["2026/10/03", second, "终端销售", "1", "99.99"]]  # fmt: skip
    dialog = window.transfers.open_import(str(write(tmp_path / "erp.csv", rows)), "sales")
    qtbot.waitExposed(dialog)
    measure = dialog.combos["measure"]
    assert measure.currentData() == "Vorgang"  # by its values
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert "Measure *" in labels and "Account code *" in labels
    measure.setCurrentIndex(measure.findData(""))
    dialog.default_measure.setCurrentIndex(dialog.default_measure.findData("sell_in"))
    imported(qtbot, dialog)
    assert dialog.summary is None
    text = dialog.problems.toPlainText()
    assert text.splitlines()[-1] == "Choose “Vorgang” under “Measure”, then import again."
    assert "Measure when the file gives none" not in text
    measure.setCurrentIndex(measure.findData("Vorgang"))
    assert dialog.problems.isHidden()  # the old refusal no longer stands
    words = dialog.measure_words
    assert list(words.combos) == ["销售入库", "分仓出库", "库存", "终端销售"]
    for combo in words.combos.values():
        assert combo.visibleRegion().boundingRect().height() == combo.height()
    dialog.default_measure.setCurrentIndex(0)
    imported(qtbot, dialog)
    assert dialog.summary is not None, dialog.problems.toPlainText()
    assert month_total(window, second, date(2026, 10, 1), Measure.STOCK) == Decimal(2500)


def test_a_month_of_one_row_is_confirmed_before_it_replaces_anything(
    qtbot, window: MainWindow, tmp_path: Path, laptop: QRect
) -> None:
    first, second = two_accounts(window)
    january, june = date(2026, 1, 1), date(2026, 6, 1)
    before = {m: month_total(window, first, m, Measure.SELL_IN) for m in (january, june)}
    assert before[january] > 0 and before[june] > 0
    rows = [[f"2026/10/{d:02d}", code, "销售入库", "1", "10"]
            for d in range(1, 31) for code in (first, second)]  # fmt: skip
    rows[37] = ["2026/01/09", first, "销售入库", "1", "10"]  # line 39
    dialog = window.transfers.open_import(str(write(tmp_path / "oct.csv", rows)), "sales")
    qtbot.waitExposed(dialog)
    imported(qtbot, dialog)
    assert dialog.summary is None
    lines = dialog.problems.toPlainText().splitlines()
    assert lines[2].startswith(
        'line 39, column "单据日期": this row is in January 2026, which holds'
    )
    assert (
        "The file's rows by month: October 2026: 59 rows; January 2026: 1 row (line 39)." in lines
    )
    confirm = dialog.confirm_months
    assert confirm.isVisible() and not confirm.isChecked()
    assert confirm.text().endswith("(January 2026, October 2026)")
    assert month_total(window, first, january, Measure.SELL_IN) == before[january]
    for widget in (confirm, dialog.import_button, dialog.problems):
        corner = widget.mapToGlobal(widget.rect().topLeft())
        assert laptop.contains(QRect(corner, widget.size()))
    confirm.setChecked(True)
    imported(qtbot, dialog)
    assert dialog.summary is not None, dialog.problems.toPlainText()
    assert dict(dialog.summary.replaced_by_month).keys() == {january, date(2026, 10, 1)}
    assert dialog.summary.backup is not None and Path(dialog.summary.backup).is_file()
    assert month_total(window, first, june, Measure.SELL_IN) == before[june]  # untouched
    assert month_total(window, first, january, Measure.SELL_IN) == Decimal(10)


def test_a_corrected_file_can_replace_the_figures_it_moved_for_every_account(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    first, second = two_accounts(window)
    october = date(2026, 10, 1)
    wrong = [["2026/10/05", second, "终端销售", "216", "19,805.76"]]
    dialog = window.transfers.open_import(str(write(tmp_path / "w.csv", wrong)), "sales")
    imported(qtbot, dialog)
    assert dialog.summary is not None, dialog.problems.toPlainText()
    right = [["2026/10/05", first, "终端销售", "216", "19,805.76"]]
    dialog = window.transfers.open_import(str(write(tmp_path / "r.csv", right)), "sales")
    assert dialog.replace_for.currentData() == ReplaceFor.FILE  # the file's own, unless asked
    dialog.replace_for.setCurrentIndex(dialog.replace_for.findData(ReplaceFor.ALL.value))
    imported(qtbot, dialog)
    assert dialog.summary is not None, dialog.problems.toPlainText()
    assert month_total(window, second, october, Measure.SELL_OUT) == 0
    assert month_total(window, first, october, Measure.SELL_OUT) == Decimal("19805.76")


def test_targets_whose_measures_sit_under_an_unknown_heading_are_refused_saying_what_to_do(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """Before, such a file became sell-in targets, and the boss's summary was wrong."""
    from acct_desktop.gui.targets_actions import open_targets

    first, second = two_accounts(window)
    rows = [["2026", first, "进货", "CNY", *["100"] * 12],
            ["2026", second, "分仓出库", "CNY", *["40"] * 12]]  # fmt: skip
    headers = ["年度", "客户编码", "Vorgang", "币种", *[f"{m}月" for m in range(1, 13)]]
    dialog = open_targets(window)
    dialog.import_file(str(write(tmp_path / "targets.csv", rows, headers)))
    qtbot.waitUntil(lambda: not dialog.problem.isHidden(), timeout=20_000)
    assert dialog.problem.text().splitlines()[-1] == (
        "Rename the column “Vorgang” to “Measure” in the file (a heading the import reads as the "
        "measure), then import it again."
    )
    dialog.reject()


@pytest.mark.parametrize(
    ("language", "january", "october"),
    [("nl", "januari 2026", "oktober 2026"), ("vi", "tháng 1/2026", "tháng 10/2026"),
     ("zh_CN", "2026年1月", "2026年10月")],
)  # fmt: skip
def test_the_months_of_a_refusal_are_written_in_the_users_language(
    qtbot, window: MainWindow, tmp_path: Path, speak, language: str, january: str, october: str
) -> None:
    """The months were 2026-01 and 2026-10 in every language; the command to type keeps
    ISO (``--period 2026-01``), the dialog's sentences do not."""
    speak(language)
    first, second = two_accounts(window)
    rows = [[f"2026/10/{d:02d}", code, "销售入库", "1", "10"]
            for d in range(1, 31) for code in (first, second)]  # fmt: skip
    rows[37] = ["2026/01/09", first, "销售入库", "1", "10"]  # line 39
    dialog = window.transfers.open_import(str(write(tmp_path / "oct.csv", rows)), "sales")
    imported(qtbot, dialog)
    assert dialog.summary is None
    text = dialog.problems.toPlainText()
    assert january in text and october in text
    assert "2026-01" not in text and "2026-10" not in text
    confirm = dialog.confirm_months.text()
    assert january in confirm and october in confirm and "2026-" not in confirm
    dialog.reject()


def test_a_quantity_chosen_for_the_amount_is_warned_about_and_imported_only_when_confirmed(
    qtbot, window: MainWindow, tmp_path: Path, laptop: QRect
) -> None:
    """数量 chosen for the amount: a warning below the choice at once, with a box to tick.
    Imported unticked, the file is refused on its header line and nothing is written;
    choosing 金额 takes the warning away; ticked, 数量 is imported as the amount."""
    first, second = two_accounts(window)
    october = date(2026, 10, 1)
    before = month_total(window, first, october, Measure.SELL_OUT)
    rows = [["2026/10/05", first, "终端销售", "216", "19,805.76"],
            ["2026/10/06", second, "终端销售", "12", "1,100.00"]]  # fmt: skip
    dialog = window.transfers.open_import(str(write(tmp_path / "q.csv", rows)), "sales")
    qtbot.waitExposed(dialog)
    check = dialog.amount_check
    assert dialog.combos["amount"].currentData() == "金额" and check.isHidden()
    amount = dialog.combos["amount"]
    amount.setCurrentIndex(amount.findData("数量"))
    assert not check.isHidden() and not check.confirm.isChecked()
    assert check.warning.text().startswith("“数量” looks like a quantity, not an amount")
    assert check.confirm.text() == "“数量” holds the amounts (money)"
    corner = check.mapToGlobal(check.rect().topLeft())
    assert laptop.contains(QRect(corner, check.size()))  # in sight on a laptop
    imported(qtbot, dialog)
    assert dialog.summary is None
    lines = dialog.problems.toPlainText().splitlines()
    assert lines[2] == (
        'line 1, column "数量": this column is read as the amount, but its header names a '
        "quantity: its numbers would be booked as money"
    )
    assert lines[-1] == (  # 数量 is still chosen for the quantity too
        "If “数量” holds quantities, choose the amount column under “Amount”. If it does hold "
        "the amounts, tick the box below “Amount” and import again."
    )
    assert month_total(window, first, october, Measure.SELL_OUT) == before
    amount.setCurrentIndex(amount.findData("金额"))
    assert check.isHidden()
    amount.setCurrentIndex(amount.findData("数量"))
    check.confirm.setChecked(True)
    dialog.combos["quantity"].setCurrentIndex(0)  # (not imported)
    imported(qtbot, dialog)
    # read without a quantity column, the figures it replaces would lose theirs: asked first
    assert dialog.summary is None and dialog.confirm_no_quantities.isVisible()
    dialog.confirm_no_quantities.setChecked(True)
    imported(qtbot, dialog)
    assert dialog.summary is not None, dialog.problems.toPlainText()
    assert month_total(window, first, october, Measure.SELL_OUT) == Decimal(216)


def test_an_amount_equal_to_the_quantity_on_every_row_is_shown_next_to_the_choice(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    first, _second = two_accounts(window)
    headers = ["单据日期", "客户编码", "Vorgang", "件数", "Wert"]
    rows = [["2026/10/05", first, "终端销售", "216", "216"],
            ["2026/10/06", first, "终端销售", "12", "12.00"]]  # fmt: skip
    dialog = window.transfers.open_import(str(write(tmp_path / "q.csv", rows, headers)), "sales")
    dialog.combos["quantity"].setCurrentIndex(dialog.combos["quantity"].findData("件数"))
    dialog.combos["amount"].setCurrentIndex(dialog.combos["amount"].findData("Wert"))
    check = dialog.amount_check
    assert check.isHidden()  # "Wert" is no quantity's header
    imported(qtbot, dialog)
    assert dialog.summary is None
    assert 'holds the same number as the quantity (column "件数")' in dialog.problems.toPlainText()
    assert not check.isHidden()
    assert check.warning.text().startswith("On every row “Wert” holds the same number")
    check.confirm.setChecked(True)
    imported(qtbot, dialog)
    assert dialog.summary is not None, dialog.problems.toPlainText()
