"""Tools → Monthly summary…: commentary typed is kept; Preview… builds the PDF."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate

from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.monthly_summary_actions import open_monthly_summary
from acct_desktop.services.monthly_commentary import MonthlyCommentaryService


def menu_action(window: MainWindow, name: str):  # type: ignore[no-untyped-def]
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.objectName() == name:
                return action
    raise AssertionError(f"no menu entry {name}")


def test_commentary_typed_is_there_when_the_dialog_is_opened_again(qtbot, window: MainWindow):
    action = menu_action(window, "monthlySummaryAction")
    assert action.text() == "&Monthly summary…"
    action.trigger()
    dialog = window.monthly_summary_dialog
    dialog.month.setDate(QDate(2026, 10, 1))
    dialog.territory.setCurrentIndex(1)
    territory = dialog.chosen_territory()
    qtbot.keyClicks(dialog.texts["overview"], "Oct: ")  # QTest types ASCII keys only
    dialog.texts["overview"].insertPlainText("十月超额完成 · Nguyễn · café")
    qtbot.waitUntil(lambda: not dialog._timer.isActive(), timeout=5_000)  # saved after a pause
    saved = MonthlyCommentaryService(window.workspace.db).read(date(2026, 10, 1), territory)
    assert saved["overview"] == "Oct: 十月超额完成 · Nguyễn · café"
    dialog.texts["issues"].setPlainText("IS-2026-00012 运输破损")
    dialog.reject()  # closing saves what the pause had not saved yet

    again = open_monthly_summary(window)
    again.month.setDate(QDate(2026, 10, 1))
    again.territory.setCurrentIndex(1)
    assert again.texts["overview"].toPlainText() == "Oct: 十月超额完成 · Nguyễn · café"
    assert again.texts["issues"].toPlainText() == "IS-2026-00012 运输破损"
    again.territory.setCurrentIndex(0)  # all territories: its own, empty commentary
    assert again.texts["overview"].toPlainText() == ""
    again.reject()


def test_preview_builds_the_pdf_and_saves_it(qtbot, window: MainWindow, tmp_path: Path):
    dialog = open_monthly_summary(window)
    dialog.month.setDate(QDate(2026, 10, 1))
    dialog.texts["next_focus"].setPlainText("Focus: IJsselstein café")
    dialog.language.setCurrentIndex(dialog.language.findData("nl"))
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.last_preview is not None, timeout=120_000)
    preview = dialog.last_preview
    assert preview.pdf.startswith(b"%PDF") and len(preview.pages) >= 2
    dialog.choose_path = lambda name: tmp_path / name
    preview.findChild(type(dialog.preview_button), "saveButton").click()
    assert dialog.last_saved == tmp_path / "monthly-summary-2026-10.pdf"
    assert dialog.last_saved.read_bytes() == preview.pdf
    preview.reject()
    dialog.reject()


def test_the_pdf_is_in_the_language_the_gui_speaks_unless_another_is_picked(
    qtbot, window: MainWindow, vietnamese
):
    dialog = open_monthly_summary(window)
    assert dialog.language.currentData() == "vi"
    # Named as in View → Language, in the language itself.
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names == ["English", "简体中文", "Tiếng Việt", "Nederlands"]
    dialog.reject()


def test_an_english_gui_prints_english(qtbot, window: MainWindow):
    dialog = open_monthly_summary(window)
    assert dialog.language.currentData() == "en"
    dialog.reject()


def test_a_month_that_has_not_begun_cannot_be_chosen(qtbot, window: MainWindow):
    """The month goes up to this one (summed up to date), never into the future."""
    today = window.workspace.issues.today()
    this_month = date(today.year, today.month, 1)
    dialog = open_monthly_summary(window)
    dialog.month.setDate(QDate(today.year + 1, today.month, 1))  # a year typed wrong
    assert dialog.chosen_month() == this_month
    dialog.month.setDate(QDate(this_month))
    dialog.month.stepUp()  # the arrow (or Up key) stops at this month
    assert dialog.chosen_month() == this_month
    dialog.month.setDate(QDate(2026, 10, 1))
    assert dialog.chosen_month() == date(2026, 10, 1)  # earlier months as before
    dialog.reject()
