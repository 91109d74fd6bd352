"""Tools → Monthly summary…: commentary typed is kept; Preview… builds the PDF."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox, QPushButton

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
    assert action.text() == "M&onthly summary…"
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


def pdf_words(pdf: bytes, tmp_path: Path) -> str:
    """The PDF's text as poppler reads it, whitespace runs made one space."""
    path = tmp_path / "summary.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    return " ".join(done.stdout.decode("utf-8").split())


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) missing")
def test_a_month_without_figures_asks_before_it_prints(qtbot, window: MainWindow, tmp_path: Path):
    """May 2024 has no sales figures (the demo's start in November 2024): Preview… asks
    instead of showing a plausible month of nothing; Cancel prints nothing, Print anyway
    prints a PDF whose first page says no figures were imported."""
    dialog = open_monthly_summary(window)
    dialog.month.setDate(QDate(2024, 5, 1))
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.last_question is not None, timeout=120_000)
    box = dialog.last_question
    assert box.isVisible() and box.objectName() == "noFiguresQuestion"
    assert box.text() == (
        "No sales figures were imported for May 2024; the nearest month with figures is "
        "November 2024."
    )
    assert {b.text() for b in box.buttons()} == {"Print anyway", "Cancel"}
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert not box.isVisible() and dialog.last_preview is None
    assert dialog.preview_button.isEnabled()

    dialog.last_question = None
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.last_question is not None, timeout=120_000)
    dialog.last_question.findChild(QPushButton, "printAnyway").click()
    qtbot.waitUntil(lambda: dialog.last_preview is not None, timeout=120_000)
    first_page = pdf_words(dialog.last_preview.pdf, tmp_path).split("Page 1 of")[0]
    assert "No sales figures were imported for May 2024." in first_page
    assert "not imported" in first_page
    dialog.last_preview.reject()
    dialog.reject()


def test_the_question_names_the_months_in_the_users_language(qtbot, window: MainWindow, vietnamese):
    dialog = open_monthly_summary(window)
    dialog.month.setDate(QDate(2024, 5, 1))
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.last_question is not None, timeout=120_000)
    text = dialog.last_question.text()
    assert "tháng 5/2024" in text and "tháng 11/2024" in text and "2024-" not in text
    dialog.last_question.reject()
    dialog.reject()


def test_a_month_with_figures_is_previewed_without_a_question(qtbot, window: MainWindow):
    dialog = open_monthly_summary(window)
    dialog.month.setDate(QDate(2026, 10, 1))
    dialog.preview_button.click()
    qtbot.waitUntil(lambda: dialog.last_preview is not None, timeout=120_000)
    assert dialog.last_question is None
    dialog.last_preview.reject()
    dialog.reject()
