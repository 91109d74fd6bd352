"""Importing from the GUI: mapping and preview, a clean rejection by line, progress, and
what was imported showing up in the tree and the search."""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

from acct_desktop.domain.enums import Measure
from acct_desktop.gui.main_window import MainWindow

HEADERS = ["Klantcode", "Naam", "Soort", "Kanaal", "Plaats", "Land"]
ROWS = [
    ["NL-IMP-1", "Autobedrijf IJsselstroom", "workshop", "workshop", "Deventer", "NL"],
    ["VN-IMP-2", "Gara Ô tô Phúc Lộc", "workshop", "workshop", "Huế", "VN"],
]


def write(path: Path, rows: list[list[str]], headers: list[str] = HEADERS) -> Path:
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def test_mapping_preview_and_import(qtbot, window: MainWindow, tmp_path: Path) -> None:
    dialog = window.transfers.open_import(str(write(tmp_path / "klanten.csv", ROWS)), "accounts")
    assert dialog.sample.model().rowCount() == 2
    assert dialog.combos["name"].currentData() == "Naam"  # a known synonym
    dialog.combos["code"].setCurrentIndex(dialog.combos["code"].findData("Klantcode"))
    dialog.combos["kind"].setCurrentIndex(dialog.combos["kind"].findData("Soort"))
    dialog.combos["channel"].setCurrentIndex(dialog.combos["channel"].findData("Kanaal"))
    dialog.start_import()
    qtbot.waitUntil(
        lambda: dialog.summary is not None or not dialog.problems.isHidden(), timeout=20_000
    )
    assert dialog.summary is not None, dialog.problems.toPlainText()
    assert dialog.summary.created == 2
    hits = window.workspace.search.search("phuc loc")
    assert [h.code for h in hits] == ["VN-IMP-2"]
    tree = window.docks["accountTreeDock"]
    tree.reveal_in_hierarchy(hits[0].id)
    assert tree.model.account_id(tree.view.currentIndex()) == hits[0].id


def test_a_bad_file_is_refused_by_line_and_nothing_is_written(qtbot, window, tmp_path) -> None:
    rows = [*ROWS, ["", "Zonder code", "workshop", "workshop", "Ede", "NL"]]
    before = window.workspace.stats.counts()["accounts"]
    dialog = window.transfers.open_import(str(write(tmp_path / "bad.csv", rows)), "accounts")
    dialog.combos["code"].setCurrentIndex(dialog.combos["code"].findData("Klantcode"))
    dialog.combos["kind"].setCurrentIndex(dialog.combos["kind"].findData("Soort"))
    dialog.start_import()
    qtbot.waitUntil(lambda: not dialog.problems.isHidden(), timeout=20_000)
    text = dialog.problems.toPlainText()
    assert "Nothing was written" in text and "line 4" in text
    assert dialog.isVisible() and dialog.import_button.isEnabled()
    assert window.workspace.stats.counts()["accounts"] == before


def test_an_unreadable_file_is_explained(window, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert window.transfers.open_import(str(empty)) is None
    assert said and "Traceback" not in said[0]


def test_export_then_drop_the_file_back_on_the_window(qtbot, window, tmp_path) -> None:
    path = window.transfers.export("contacts", tmp_path / "contacts.xlsx")
    assert path is not None and path.stat().st_size > 1000
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    from acct_desktop.gui.dialogs.import_dialog import ImportDialog

    dialogs = [d for d in window.findChildren(ImportDialog) if d.isVisible()]
    assert dialogs and dialogs[-1].preview.entity == "contacts"
    dialogs[-1].start_import()
    qtbot.waitUntil(lambda: dialogs[-1].summary is not None, timeout=30_000)
    assert dialogs[-1].summary.created == 0 and dialogs[-1].summary.updated == 0


def test_a_file_without_kinds_imports_with_the_chosen_default(qtbot, window, tmp_path) -> None:
    rows = [[code, name, "", "", city, country] for code, name, _k, _c, city, country in ROWS]
    dialog = window.transfers.open_import(str(write(tmp_path / "no-kind.csv", rows)), "accounts")
    dialog.combos["code"].setCurrentIndex(dialog.combos["code"].findData("Klantcode"))
    dialog.default_kind.setCurrentIndex(dialog.default_kind.findData("workshop"))
    dialog.start_import()
    qtbot.waitUntil(
        lambda: dialog.summary is not None or not dialog.problems.isHidden(), timeout=20_000
    )
    assert dialog.summary is not None, dialog.problems.toPlainText()
    assert dialog.summary.created == 2


def test_a_sales_file_without_a_measure_imports_with_the_chosen_one(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    code = window.workspace.accounts.busiest_account_id()
    account = window.workspace.accounts.profile(code)
    path = write(
        tmp_path / "uitlevering.csv",
        [["2026-10-03", account.code, "12", "1.234,50"], ["2026-10-04", account.code, "3", "10"]],
        ["Datum", "Klantcode", "Aantal", "Bedrag"],
    )
    dialog = window.transfers.open_import(str(path), "sales")
    assert "sales figures" in dialog.windowTitle()
    sample = dialog.sample.model()
    aligned = [
        Qt.AlignmentFlag(sample.index(0, c).data(Qt.ItemDataRole.TextAlignmentRole) or 0)
        & Qt.AlignmentFlag.AlignRight
        for c in range(4)
    ]
    assert [bool(a) for a in aligned] == [False, False, True, True]  # numbers to the right
    dialog.start_import()  # no measure column and none chosen: refused by line
    qtbot.waitUntil(lambda: not dialog.problems.isHidden(), timeout=20_000)
    dialog.default_measure.setCurrentIndex(dialog.default_measure.findData("outbound"))
    first_problems = dialog.problems.toPlainText()
    dialog.start_import()
    qtbot.waitUntil(
        lambda: dialog.summary is not None or dialog.problems.toPlainText() != first_problems,
        timeout=20_000,
    )
    assert dialog.summary is not None, dialog.problems.toPlainText()
    assert dialog.summary.written == 2


def test_the_erps_own_words_for_a_measure_are_shown_and_can_be_read_otherwise(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """A supplier's ERP writes "Verkoop" (sales) for what is sell-in from our side; the
    app would read it as the store's sell-out. The dialog lists the column's words with
    their reading, the user sets "Verkoop" to sell-in, and that is what is written."""
    account = window.workspace.accounts.profile(window.workspace.accounts.busiest_account_id())
    path = write(
        tmp_path / "erp.csv",
        [["03-10-2026", account.code, "Verkoop", "12", "1.234,50"],
         ["04-10-2026", account.code, " Uitlevering", "3", "10"],
         ["05-10-2026", account.code, "ZF2", "1", "1"]],
        ["Factuurdatum", "Debiteur", "Soort", "Aantal", "Omzet excl. btw"],
    )  # fmt: skip
    dialog = window.transfers.open_import(str(path), "sales")
    box = dialog.measure_words
    assert box.isVisibleTo(dialog) and list(box.combos) == ["Verkoop", "Uitlevering", "ZF2"]
    readings = {value: combo.currentData() for value, combo in box.combos.items()}
    assert readings == {"Verkoop": "sell_out", "Uitlevering": "outbound", "ZF2": None}
    assert box.words() == {}
    box.combos["Verkoop"].setCurrentIndex(box.combos["Verkoop"].findData("sell_in"))
    box.combos["ZF2"].setCurrentIndex(box.combos["ZF2"].findData("outbound"))
    dialog.start_import()
    qtbot.waitUntil(
        lambda: dialog.summary is not None or not dialog.problems.isHidden(), timeout=20_000
    )
    assert dialog.summary is not None, dialog.problems.toPlainText()
    with window.workspace.db.session() as session:
        from sqlalchemy import select

        from acct_desktop.store.models import SalesFact

        measures = sorted(
            session.scalars(
                select(SalesFact.measure).where(SalesFact.period >= date(2026, 10, 3),
                                                SalesFact.quantity.in_([1, 3, 12]),
                                                SalesFact.account_id == account.id)
            )
        )  # fmt: skip
    assert [m.value for m in measures] == ["outbound", "outbound", "sell_in"]
    dialog.combos["measure"].setCurrentIndex(dialog.combos["measure"].findData(""))
    assert not box.isVisibleTo(dialog)  # no measure column: nothing to list


def _import(qtbot, dialog) -> None:
    dialog.start_import()
    qtbot.waitUntil(
        lambda: dialog.summary is not None or not dialog.problems.isHidden(), timeout=20_000
    )


def test_next_months_file_from_the_same_erp_opens_chosen_as_last_time(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """The user chooses the amount column the app would not guess between, and reads the
    ERP's "Verkoop" as sell-in and its "ZF2" as outbound. Next month's export, its columns
    in another order and case and without deliveries, opens chosen the same way and says
    so; the month after still knows "ZF2". A file with other headers is guessed as ever."""
    account = window.workspace.accounts.profile(window.workspace.accounts.busiest_account_id())
    headers = ["Factuurdatum", "Debiteur", "Soort", "Aantal", "Omzet excl. btw", "Omzet incl. btw"]

    def month(number: int, words: list[str], columns: list[str] = headers) -> Path:
        rows = [[f"03-{number:02d}-2026", account.code, word, "12", "100", "121"]
                for word in words]  # fmt: skip
        if columns[0].isupper():  # the columns the other way round
            rows = [list(reversed(row)) for row in rows]
        return write(tmp_path / f"{number}.csv", rows, columns)

    dialog = window.transfers.open_import(str(month(9, ["Verkoop", "ZF2", "Voorraad"])), "sales")
    assert dialog.remembered.isHidden()
    assert dialog.combos["amount"].currentData() == ""  # two candidates: not guessed
    dialog.combos["amount"].setCurrentIndex(dialog.combos["amount"].findData("Omzet excl. btw"))
    box = dialog.measure_words
    box.combos["Verkoop"].setCurrentIndex(box.combos["Verkoop"].findData("sell_in"))
    box.combos["Voorraad"].setCurrentIndex(0)  # not a measure: refuse its rows
    _import(qtbot, dialog)
    assert dialog.summary is None  # "ZF2" unread, and the stock rows refused as said
    problems = dialog.problems.toPlainText()
    assert '"Voorraad" was set aside as not a measure' in problems and '"ZF2"' in problems
    box.combos["Voorraad"].setCurrentIndex(box.combos["Voorraad"].findData("stock"))
    box.combos["ZF2"].setCurrentIndex(box.combos["ZF2"].findData("outbound"))
    assert box.words() == {"Verkoop": Measure.SELL_IN, "ZF2": Measure.OUTBOUND}
    _import(qtbot, dialog)
    assert dialog.summary is not None, dialog.problems.toPlainText()

    shuffled = [h.upper() for h in reversed(headers)]
    october = window.transfers.open_import(str(month(10, ["Verkoop"], shuffled)), "sales")
    assert october.remembered.isVisibleTo(october)
    assert "these headers" in october.remembered.text()
    assert october.combos["amount"].currentData() == "OMZET EXCL. BTW"
    assert october.combos["measure"].currentData() == "SOORT"
    assert october.measure_words.combos["Verkoop"].currentData() == "sell_in"
    _import(qtbot, october)
    assert october.summary is not None, october.problems.toPlainText()

    november = window.transfers.open_import(str(month(11, ["Verkoop", "ZF2"])), "sales")
    readings = {w: c.currentData() for w, c in november.measure_words.combos.items()}
    assert readings == {"Verkoop": "sell_in", "ZF2": "outbound"}  # kept through October
    november.reject()

    other = month(11, ["Verkoop"], ["Factuurdatum", "Debiteur", "Soort", "Aantal", "Omzet", "X"])
    fresh = window.transfers.open_import(str(other), "sales")
    assert fresh.remembered.isHidden()
    assert fresh.measure_words.combos["Verkoop"].currentData() == "sell_out"


def test_an_accounts_layout_remembers_the_kind_and_a_column_left_out(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    headers = ["Klantcode", "Naam", "Plaats", "Land"]
    first = write(tmp_path / "a.csv", [["NL-L1", "Garage Een", "Ede", "NL"]], headers)
    dialog = window.transfers.open_import(str(first), "accounts")
    assert dialog.combos["city"].currentData() == "Plaats"
    dialog.combos["city"].setCurrentIndex(dialog.combos["city"].findData(""))  # left out
    dialog.default_kind.setCurrentIndex(dialog.default_kind.findData("workshop"))
    _import(qtbot, dialog)
    assert dialog.summary is not None, dialog.problems.toPlainText()
    second = write(tmp_path / "b.csv", [["NL-L2", "Garage Twee", "Epe", "NL"]], headers)
    again = window.transfers.open_import(str(second), "accounts")
    assert again.remembered.isVisibleTo(again)
    assert again.combos["city"].currentData() == ""  # still left out, as chosen
    assert again.combos["name"].currentData() == "Naam"
    assert again.default_kind.currentData() == "workshop"


def test_a_first_erp_export_naming_unknown_accounts_says_to_import_them_first(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    account = window.workspace.accounts.profile(window.workspace.accounts.busiest_account_id())
    rows = [[f"2026-10-{1 + n % 28:02d}", code, "sell_in", "1", "10"]
            for n in range(300) for code in (account.code, "NEW-1", "NEW-2")]  # fmt: skip
    path = write(tmp_path / "erp.csv", rows, ["Datum", "Klantcode", "Maatstaf", "Aantal", "Bedrag"])
    dialog = window.transfers.open_import(str(path), "sales")
    _import(qtbot, dialog)
    assert dialog.summary is None
    lines = dialog.problems.toPlainText().splitlines()
    assert lines[2].startswith('lines 3, 6, 9, 12, 15 and 295 more, column "Klantcode"')
    assert lines[3].startswith('lines 4, 7, 10, 13, 16 and 295 more, column "Klantcode"')
    assert lines[-1] == (
        "2 account codes of this file are not in the database yet: import those accounts "
        "first (File → Import accounts…), then this file again."
    )


def test_after_a_sales_import_plan_vs_actual_comes_forward_on_the_month_imported(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """The user imports last month's figures while Plan vs actual sits behind another tab
    on another month: it comes forward on the month the file brought."""
    plan = window.docks["planActualDock"]
    window.docks["issuesDock"].raise_()  # the default tab of the bottom area
    assert plan.out_of_sight()
    latest = window.workspace.plan_actuals.latest_month()
    earlier = (latest - timedelta(days=70)).replace(day=1)
    account = window.workspace.accounts.profile(window.workspace.accounts.busiest_account_id())
    path = write(tmp_path / "erp.csv", [[earlier.isoformat(), account.code, "sell_in", "5", "50"]],
                 ["Datum", "Klantcode", "Maatstaf", "Aantal", "Bedrag"])  # fmt: skip
    dialog = window.transfers.open_import(str(path), "sales")
    with qtbot.waitSignal(plan.loaded, timeout=20_000):
        _import(qtbot, dialog)
    assert dialog.summary is not None, dialog.problems.toPlainText()
    assert not plan.out_of_sight()
    assert plan.month.currentData() == earlier
    assert plan.snapshot is not None and plan.snapshot.period.end.replace(day=1) == earlier


def test_after_a_yuan_outbound_import_plan_vs_actual_shows_yuan_outbound(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """The dock stood on euros and sell-in; a Chinese warehouse's outbound file was then
    shown in euros, its accounts reduced to 'in another currency'."""
    from sqlalchemy import select

    from acct_desktop.domain.enums import Measure
    from acct_desktop.store.models import Account

    plan = window.docks["planActualDock"]
    with window.workspace.db.session() as session:
        dutch, chinese = (
            session.scalars(select(Account.code).where(Account.currency == c).limit(1)).one()
            for c in ("EUR", "CNY")
        )
    latest = window.workspace.plan_actuals.latest_month()
    head = ["Datum", "Klantcode", "Maatstaf", "Aantal", "Bedrag"]
    for code, measure in ((dutch, "sell_in"), (chinese, "outbound")):
        path = write(
            tmp_path / f"{code}.csv", [[latest.isoformat(), code, measure, "5", "50"]], head
        )
        dialog = window.transfers.open_import(str(path), "sales")
        with qtbot.waitSignal(plan.loaded, timeout=20_000):
            _import(qtbot, dialog)
        assert dialog.summary is not None, dialog.problems.toPlainText()
        if code == dutch:
            assert plan.snapshot.currency == "EUR"
            assert Measure(plan.measure.currentData()) is Measure.SELL_IN
    assert dialog.summary.currencies == ("CNY",)
    assert dialog.summary.measures == (Measure.OUTBOUND,)
    assert plan.snapshot.currency == "CNY" and plan.currency.currentData() == "CNY"
    assert Measure(plan.measure.currentData()) is Measure.OUTBOUND
    assert plan.snapshot.measure is Measure.OUTBOUND


def test_a_big_sales_file_is_read_off_the_ui_thread_then_previewed_with_every_row_counted(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from acct_desktop.gui.dialogs.import_dialog import ImportDialog
    from acct_desktop.gui.transfer import PREVIEW_IN_BACKGROUND_FROM_BYTES

    account = window.workspace.accounts.profile(window.workspace.accounts.busiest_account_id())
    rows = [[f"2026-10-{1 + n % 28:02d}", account.code, "sell_in", str(n), "10,50"]
            for n in range(40_000)]  # fmt: skip
    path = write(tmp_path / "erp.csv", rows, ["Datum", "Klantcode", "Maatstaf", "Aantal", "Bedrag"])
    assert path.stat().st_size >= PREVIEW_IN_BACKGROUND_FROM_BYTES
    assert window.transfers.open_import(str(path)) is None  # not read on the UI thread

    def shown() -> list[ImportDialog]:
        return [d for d in window.findChildren(ImportDialog) if d.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()), timeout=20_000)
    dialog = shown()[-1]
    assert dialog.preview.entity == "sales"  # guessed from the columns, in the same read
    assert dialog.preview.rows == 40_000
    assert dialog.sample.model().rowCount() == 20  # only the first rows are kept


def test_cancelling_the_reading_of_a_big_file_opens_nothing(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QProgressDialog

    from acct_desktop.gui.dialogs.import_dialog import ImportDialog

    rows = [[f"NL-{n:06d}", f"Klant {n}", "workshop", "workshop", "Zwolle", "NL"]
            for n in range(20_000)]  # fmt: skip
    path = write(tmp_path / "klanten.csv", rows)
    window.transfers.open_import(str(path), "accounts")
    waiting = window.findChildren(QProgressDialog)[-1]
    waiting.cancel()
    assert window.background.wait()
    qtbot.wait(200)  # the finished read is delivered to the UI thread, and dropped
    assert not [d for d in window.findChildren(ImportDialog) if d.isVisible()]


def test_standard_buttons_are_in_vietnamese_though_qt_has_no_catalogue_for_it(
    window: MainWindow, tmp_path: Path, speak
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

    speak("vi")
    dialog = window.transfers.open_import(str(write(tmp_path / "klanten.csv", ROWS)), "accounts")
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Hủy"
    box = QMessageBox(window)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    texts = {
        box.button(b).text()
        for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No)
    }
    assert texts == {"&Có", "&Không"}


def test_only_columns_of_numbers_are_right_aligned() -> None:
    from acct_desktop.gui.dialogs.import_dialog import numeric_columns

    rows = [
        ["35", "4147.50", "1.234,50", "(12.00)", "15 %", "1 234 567", "-12", ""],
        ["2026-11-01", "31.03.2026", "020 123 4567", "+31 20 1234567", "CN000049", "", "7", ""],
    ]
    assert numeric_columns(rows[:1]) == {0, 1, 2, 3, 4, 5, 6}  # the empty column is not
    assert numeric_columns(rows[1:]) == {6}  # dates, phone numbers and codes stay left
    assert numeric_columns(rows) == {5, 6}  # one date in a column keeps it left


def test_a_file_without_measures_points_to_the_measure_choice(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    account = window.workspace.accounts.profile(window.workspace.accounts.busiest_account_id())
    path = write(tmp_path / "m.csv", [["2026-10-01", account.code, "10"]],
                 ["Datum", "Klantcode", "Bedrag"])  # fmt: skip
    dialog = window.transfers.open_import(str(path), "sales")
    _import(qtbot, dialog)
    assert dialog.summary is None
    assert dialog.problems.toPlainText().splitlines()[-1] == (
        "For the rows that name no measure, choose one under “Measure when the file gives "
        "none”, then import again."
    )
    dialog.default_measure.setCurrentIndex(dialog.default_measure.findData("sell_in"))
    _import(qtbot, dialog)
    # the file has no quantities: the demo's sell-in it replaces would lose theirs, asked
    assert dialog.summary is None and dialog.confirm_no_quantities.isVisible()
    dialog.confirm_no_quantities.setChecked(True)
    _import(qtbot, dialog)
    assert dialog.summary is not None, dialog.problems.toPlainText()


def test_a_required_column_not_chosen_is_said_next_to_its_choice(qtbot, window, tmp_path) -> None:
    """Not "line 1: code is required and cannot be left out" below the preview: the choice
    itself says which column to choose, and nothing is imported until it is chosen."""
    headers = ["Ref", "Naam", "Soort", "Kanaal", "Plaats", "Land"]
    dialog = window.transfers.open_import(
        str(write(tmp_path / "partners.csv", ROWS, headers)), "accounts"
    )
    assert dialog.combos["code"].currentData() == ""  # "(not imported)"
    dialog.start_import()
    missing = dialog.missing["code"]
    assert missing.isVisible()
    assert missing.text() == "Choose the column that holds “Code”: it is required."
    assert dialog.problems.isHidden() and dialog.summary is None
    assert dialog.import_button.isEnabled()
    assert not dialog.missing["name"].isVisible()  # Naam was recognised
    dialog.combos["code"].setCurrentIndex(dialog.combos["code"].findData("Ref"))
    assert not missing.isVisible()
    dialog.reject()


def test_an_odoo_customer_id_column_is_the_account_code(window, tmp_path) -> None:
    headers = ["Customer ID", "Name", "City"]
    dialog = window.transfers.open_import(
        str(write(tmp_path / "odoo.csv", [["NL-1", "Garage Vlietland", "Delft"]], headers)),
        "accounts",
    )
    assert dialog.combos["code"].currentData() == "Customer ID"
    dialog.reject()


def test_a_workbook_under_a_title_and_group_names_opens_on_its_header_row(
    qtbot, window, tmp_path
) -> None:
    """acc_merged.xlsx: row 3 holds the column names, under a merged title and merged group
    names; the dialog opens on it, and another row chosen reads the file again so."""
    from tests.unit.test_header_row import HEADERS, merged_workbook

    path = str(merged_workbook(tmp_path / "acc_merged.xlsx"))
    dialog = window.transfers.open_import(path, "accounts")
    assert dialog.header_row.currentData() == 3
    assert [dialog.header_row.itemData(i) for i in range(dialog.header_row.count())] == [
        1, 2, 3, 4, 5,
    ]  # fmt: skip
    assert dialog.header_row.itemText(1) == "2: 基本信息 · 联系方式 · 财务"
    assert dialog.combos["code"].currentData() == "客户编码"
    model = dialog.sample.model()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(13)] == HEADERS
    assert model.headerData(0, Qt.Orientation.Vertical) == "4"  # the sheet's own row
    dialog.header_row.setCurrentIndex(1)
    dialog.header_row.activated.emit(1)
    chosen = window.transfers.reopened
    assert chosen is not dialog and not dialog.isVisible() and chosen.isVisible()
    assert chosen.preview.header_line == 2 and chosen.header_row.currentData() == 2
    assert chosen.combos["code"].currentData() == ""  # nothing named: chosen by hand
    chosen.header_row.setCurrentIndex(2)
    chosen.header_row.activated.emit(2)
    again = window.transfers.reopened
    assert again.preview.header_line == 3
    again.start_import()
    qtbot.waitUntil(
        lambda: again.summary is not None or not again.problems.isHidden(), timeout=20_000
    )
    assert again.summary is not None, again.problems.toPlainText()
    assert again.summary.created == 2


def test_a_stock_reimport_without_its_value_column_asks_before_the_values_go(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from acct_desktop.services.imports import import_sales

    code = window.workspace.accounts.profile(window.workspace.accounts.busiest_account_id()).code
    headers = ["Datum", "Klantcode", "Soort", "Aantal", "Waarde"]
    rows = [["2027-01-31", code, "Voorraad", "120", "44.092,54"]]
    import_sales(window.workspace.db, write(tmp_path / "voorraad.csv", rows, headers))
    headers[-1] = "Lagerwert"  # a value column the import does not know by its header
    dialog = window.transfers.open_import(str(write(tmp_path / "v2.csv", rows, headers)), "sales")
    assert dialog.combos["amount"].currentData() == ""
    assert dialog.confirm_no_amounts.isHidden()
    dialog.start_import()
    qtbot.waitUntil(lambda: not dialog.problems.isHidden(), timeout=20_000)
    text = dialog.problems.toPlainText()
    assert "would become 0 (1 sales fact; in all 44,092.54" in text
    assert "If “Lagerwert” holds the amounts, choose it under “Amount” and import again." in text
    assert dialog.confirm_no_amounts.isVisible() and not dialog.confirm_no_amounts.isChecked()
    dialog.confirm_no_amounts.setChecked(True)
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=20_000)
    assert (dialog.summary.written, dialog.summary.replaced) == (1, 1)


def test_a_reimport_without_its_quantity_column_asks_before_the_quantities_go(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """As for the amounts, by the same steps: the box for the quantities is offered, not
    the one for the amounts, and only it lets the file in."""
    from acct_desktop.services.imports import import_sales

    code = window.workspace.accounts.profile(window.workspace.accounts.busiest_account_id()).code
    headers = ["Datum", "Klantcode", "Soort", "Aantal", "Waarde"]
    rows = [["2027-01-31", code, "Voorraad", "120", "44.092,54"]]
    import_sales(window.workspace.db, write(tmp_path / "voorraad.csv", rows, headers))
    headers[3] = "Stapels"  # a quantity column the import does not know by its header
    dialog = window.transfers.open_import(str(write(tmp_path / "v2.csv", rows, headers)), "sales")
    assert dialog.combos["quantity"].currentData() == ""
    dialog.start_import()
    qtbot.waitUntil(lambda: not dialog.problems.isHidden(), timeout=20_000)
    text = dialog.problems.toPlainText()
    assert "no quantity column, so the quantities of the figures it replaces would become 0" in text
    assert "(1 sales fact; in all 120)" in text
    assert (
        "If “Stapels” holds the quantities, choose it under “Quantity” and import again. If the "
        "file has no quantities, tick the box below the problems and import again."
    ) in text
    assert dialog.confirm_no_amounts.isHidden()
    box = dialog.confirm_no_quantities
    assert box.isVisible() and not box.isChecked()
    assert box.text() == (
        "The file has no quantities: its figures, and those it replaces, get quantity 0"
    )
    box.setChecked(True)
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.summary is not None, timeout=20_000)
    assert (dialog.summary.written, dialog.summary.replaced) == (1, 1)


def test_next_months_file_opens_on_the_header_row_chosen_last_time(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """A Dutch ERP's sales analysis: a title, a row of group names that name fields
    ("Klant", "Artikel", "Bedragen"), then the column names in its own abbreviations. The
    row found is the group names; the manager chooses row 3 and the columns. Next month's
    file (another title) opens on row 3 with those columns chosen, and says so; a month with
    a line more above opens on row 4; a file with other columns opens on the row found."""
    code = window.workspace.accounts.profile(window.workspace.accounts.busiest_account_id()).code
    names = ["Fact.dat", "Deb.nr", "Art.nr", "Mutatie", "St.", "Netto"]

    def export(month: int, above: list[list[str]] | None = None, columns=names) -> Path:
        rows = [[f"Verkoopanalyse {month:02d}-2026"], *(above or [])]
        rows += [["Klant", "", "Artikel", "", "Bedragen", ""], columns]
        rows += [[f"0{day}-{month:02d}-2026", code, "Olie 5 L", "Verkoop", "5", "500,00"]
                 for day in (1, 2)]  # fmt: skip
        path = tmp_path / f"{month}-{len(above or [])}.csv"
        with path.open("w", newline="", encoding="utf-8-sig") as handle:
            csv.writer(handle, delimiter=";").writerows(rows)
        return path

    chosen = {"date": "Fact.dat", "account_code": "Deb.nr", "sku": "", "measure": "Mutatie",
              "quantity": "St.", "amount": "Netto"}  # fmt: skip
    first = window.transfers.open_import(str(export(9)), "sales")
    assert first.preview.header_line == 2  # the group names, found as the header
    first.header_row.setCurrentIndex(first.header_row.findData(3))
    first.header_row.activated.emit(first.header_row.currentIndex())
    dialog = window.transfers.reopened
    assert dialog.preview.header_line == 3 and dialog.remembered.isHidden()
    for field, header in chosen.items():
        dialog.combos[field].setCurrentIndex(dialog.combos[field].findData(header))
    _import(qtbot, dialog)
    assert dialog.summary is not None, dialog.problems.toPlainText()

    october = window.transfers.open_import(str(export(10)), "sales")
    assert october.preview.header_line == 3
    assert october.header_row.currentData() == 3
    assert october.mapping() == {**october.mapping(), **chosen}
    assert october.remembered.isVisibleTo(october)
    assert october.remembered.text().endswith(
        "The column names are read from row 3, the row with these headers."
    )
    _import(qtbot, october)
    assert october.summary is not None, october.problems.toPlainText()
    assert october.summary.written == 2

    moved = window.transfers.open_import(str(export(11, [["Filiaal Utrecht"]])), "sales")
    assert moved.preview.header_line == 4 and moved.mapping()["quantity"] == "St."
    assert "read from row 4" in moved.remembered.text()
    moved.reject()
    dropped = window.transfers.open_import(str(export(11)))  # dropped: the kind guessed
    assert dropped.preview.entity == "sales" and dropped.preview.header_line == 3
    dropped.reject()

    other = window.transfers.open_import(str(export(11, columns=[*names[:5], "Bruto"])), "sales")
    assert other.preview.header_line == 2 and other.remembered.isHidden()
    other.reject()


def test_the_dialog_counts_one_row_in_the_singular(qtbot, dutch, window, tmp_path) -> None:
    """ "1 rij · CSV-bestand…", not "1 rijen" (QA, Dutch)."""
    dialog = window.transfers.open_import(str(write(tmp_path / "een.csv", ROWS[:1])), "accounts")
    from PySide6.QtWidgets import QLabel

    said = dialog.findChild(QLabel, "importSource").text()
    assert said.startswith("1 rij ·"), said
    two = window.transfers.open_import(str(write(tmp_path / "twee.csv", ROWS[:2])), "accounts")
    assert two.findChild(QLabel, "importSource").text().startswith("2 rijen ·")
