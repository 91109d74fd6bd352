"""Tools → Sales targets…: the grid edited like a spreadsheet, checked in the database."""

from __future__ import annotations

import csv
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from sqlalchemy import select

from acct_desktop.domain.target_breakdown import BreakdownMethod
from acct_desktop.gui.dialogs.targets_dialog import TargetsDialog
from acct_desktop.gui.models.target_grid import FIRST_FIGURE, column_of
from acct_desktop.services.imports import import_targets
from acct_desktop.services.targets import TargetKey, TargetService
from acct_desktop.store import models as m
from acct_desktop.store.database import open_database

D = Decimal


@pytest.fixture(autouse=True)
def english_numbers():
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def db(demo_db: Path):
    database = open_database(demo_db)
    yield database
    database.close()


@pytest.fixture
def dialog(qtbot, db) -> TargetsDialog:
    def importer(path: str, method: BreakdownMethod) -> str:
        return import_targets(db, path, actor="tester", default_method=method).describe()

    shown = TargetsDialog(TargetService(db, "tester"), importer, None, year=2026)
    qtbot.addWidget(shown)
    shown.show()
    return shown


def stored_month(db, code: str, month: int, year: int = 2026) -> Decimal | None:
    with db.session() as s:
        return s.scalar(
            select(m.Target.amount)
            .join(m.Account, m.Account.id == m.Target.account_id)
            .where(
                m.Account.code == code,
                m.Target.period_kind == "month",
                m.Target.period_start == date(year, month, 1),
                m.Target.category.is_(None),
            )
        )


def test_the_grid_passes_the_model_tester(qtmodeltester, dialog) -> None:
    assert dialog.model.rowCount() > 0
    qtmodeltester.check(dialog.model)


def test_editing_a_month_saves_it_moves_the_year_and_can_be_undone(dialog, db) -> None:
    model = dialog.model
    row = model.rows()[0]
    code = row.owner_code
    old_march = stored_month(db, code, 3)
    old_year = row.targets.year
    march = model.index(0, column_of("m3"))
    assert model.data(march, Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.setData(march, "12,345.67")
    assert stored_month(db, code, 3) == D("12345.67")
    year = model.index(0, FIRST_FIGURE)
    new_year = old_year - old_march + D("12345.67")
    assert model.data(year) == f"{new_year:,.2f}"
    dialog.undo_stack.undo()
    assert stored_month(db, code, 3) == old_march
    assert model.data(year) == f"{old_year:,.2f}"
    dialog.undo_stack.redo()
    assert stored_month(db, code, 3) == D("12345.67")


def test_an_undo_refused_once_the_territory_is_gone_says_so_and_the_grid_reads_again(
    dialog, db
) -> None:
    with db.session() as s:
        territory = m.Territory(code="ZZ-GONE", name="Vùng thử nghiệm")
        s.add(territory)
        s.flush()
        key = TargetKey(None, territory.id)
    dialog.service.edit(key, 2026, "year", D("1200"))
    dialog.reload()
    row = next(r for r, target in enumerate(dialog.model.rows()) if target.key == key)
    assert dialog.model.setData(dialog.model.index(row, column_of("m3")), "500")
    steps = dialog.undo_stack.count()
    with db.session() as s:  # the territory is removed meanwhile (its targets go with it)
        s.delete(s.get(m.Territory, key.territory_id))
    dialog.undo_stack.undo()
    assert "territory does not exist" in dialog.problem.text()
    assert dialog.undo_stack.count() == steps - 1 and not dialog.undo_stack.canRedo()
    assert key not in {target.key for target in dialog.model.rows()}  # read again


def test_a_cell_that_is_not_a_number_is_explained_and_nothing_is_saved(dialog, db) -> None:
    code = dialog.model.rows()[0].owner_code
    before = stored_month(db, code, 5)
    assert not dialog.model.setData(dialog.model.index(0, column_of("m5")), "lots")
    assert dialog.problem.isVisible() and "not a number" in dialog.problem.text()
    assert not dialog.model.setData(dialog.model.index(0, column_of("m5")), "-5")
    assert "cannot be negative" in dialog.problem.text()
    assert stored_month(db, code, 5) == before
    assert dialog.undo_stack.count() == 0


def test_filtering_by_text_keeps_the_matching_lines(qtbot, dialog) -> None:
    first = dialog.model.rows()[0]
    dialog.search.setText(first.owner_name)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    dialog.search.setText("no such customer anywhere")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    assert dialog.empty.isVisible() and "Add target" in dialog.empty.text()


def test_adding_a_target_for_next_year_by_weights(dialog, db) -> None:
    dialog.year.setValue(2027)
    assert dialog.model.rowCount() == 0
    form = dialog.open_add_form()
    form.owner_search.setText("NL000001")
    assert form.owner.count() == 1
    form.amount.setText("1000")
    form.method.setCurrentIndex(form.method.findData(BreakdownMethod.WEIGHTS))
    form.weights.setText("1; 2; 3; 4")
    form.save()
    assert dialog.model.rowCount() == 1
    assert dialog.model.rows()[0].targets.quarters == (D(100), D(200), D(300), D(400))
    assert stored_month(db, "NL000001", 12, 2027) == D("133.33")
    dialog.undo_stack.undo()
    assert dialog.model.rowCount() == 0
    assert stored_month(db, "NL000001", 12, 2027) is None


def test_the_owner_finder_ignores_accents_and_case(qtbot, dialog) -> None:
    form = dialog.open_add_form()
    qtbot.keyClicks(form.owner_search, "ha NOI trung tam")
    offered = [form.owner.itemText(i) for i in range(form.owner.count())]
    assert offered and all("Hà Nội" in text for text in offered)
    assert any(text.startswith("VN000027 · ") for text in offered)
    form.owner_search.setText("mien bac")
    assert form.owner.itemText(0) == "VN-01 · Miền Bắc"
    form.owner_search.setText("华南")
    assert form.owner.itemText(0) == "CN-01 · 华南"


def test_breaking_a_year_down_again_and_deleting_it(dialog, db) -> None:
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    code = dialog.model.rows()[0].owner_code
    form = dialog.open_break_down_form()
    assert form is not None
    form.amount.setText("1,200")
    form.save()
    assert stored_month(db, code, 7) == D("100.00")
    dialog.delete_selected()
    assert stored_month(db, code, 7) is None
    dialog.undo_stack.undo()
    assert stored_month(db, code, 7) == D("100.00")


def test_importing_a_file_shows_the_outcome_or_every_problem(dialog, tmp_path: Path) -> None:
    path = tmp_path / "targets.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([["year", "account_code", "amount"], ["2026", "NOPE", "1"]])
    dialog.import_file(str(path))
    assert 'line 2, column "account_code": there is no account with code "NOPE"' in (
        dialog.problem.text()
    )
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([["year", "account_code", "amount"], ["2026", "NL000001", "12"]])
    dialog.import_file(str(path))
    assert "1 target rows read" in dialog.status.text()
    assert any(row.owner_code == "NL000001" for row in dialog.model.rows())


def test_the_main_window_opens_sales_targets_from_the_tools_menu(window) -> None:
    tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Tools")
    entry = next(a for a in tools.actions() if a.text() == "&Sales targets…")
    entry.trigger()
    dialog = window.findChild(TargetsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_a_vnd_target_typed_with_thousands_marks_is_the_whole_amount_in_vietnamese(
    dialog, db
) -> None:
    """'385,000' for a VND month was 385 in Vietnamese (the comma is its decimal mark): VND
    has no decimals, so a lone mark between groups of three only groups thousands."""
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    model = dialog.model
    found = [i for i, row in enumerate(model.rows()) if row.targets.currency == "VND"]
    assert found, "the demo has VND targets"
    assert model.setData(model.index(found[0], column_of("m3")), "385,000")
    assert model.rows()[found[0]].targets.cell("m3") == D(385000)
    assert not model.setData(model.index(found[0], column_of("m4")), "385,5")
    with db.session() as s:
        code = s.scalar(select(m.Account.code).where(m.Account.currency == "VND").limit(1))
    dialog.year.setValue(2027)
    form = dialog.open_add_form()
    form.owner_search.setText(code)
    form.amount.setText("12,000,000")
    form.save()
    assert stored_month(db, code, 12, 2027) == D(1000000)
