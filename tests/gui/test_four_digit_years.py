"""Every day the GUI writes has its year in four digits, in every language: Qt's short
format for Vietnamese is d/M/yy (and M/d/yy for US English), so the checklist said
"thời hạn 1/8/26", the calendar "23/11/26 – 27/11/26" and the visit report "25/11/26
08:45", while the PDFs and the date fields write 2026."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QLocale, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QWidget,
)
from sqlalchemy import select

from acct_desktop.app import open_workspace
from acct_desktop.domain.enums import VisitStatus
from acct_desktop.gui.labels import format_value
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.settings import AppSettings
from acct_desktop.store.models import Visit

# a day written with a two-digit year: 1/8/26, 30/11/26, 8/1/26 (not 2026/8/1 nor 1/8/2026)
TWO_DIGIT_YEAR = re.compile(r"(?<![\d/.-])\d{1,2}[/.-]\d{1,2}[/.-]\d{2}(?![\d])")
LANGUAGES = ["en", "nl", "vi", "zh_CN"]


@pytest.mark.parametrize("locale", ["en_GB", "en_US", "nl_NL", "vi_VN", "zh_CN"])
def test_a_day_and_a_moment_have_four_digit_years(restore_language, locale: str) -> None:
    QLocale.setDefault(QLocale(locale))
    day = format_value(date(2026, 8, 1))
    moment = format_value(datetime(2026, 11, 25, 8, 45, tzinfo=UTC))
    assert "2026" in day and "2026" in moment, (day, moment)
    assert not TWO_DIGIT_YEAR.search(day) and not TWO_DIGIT_YEAR.search(moment)
    if locale == "vi_VN":  # as the Vietnamese documents and the command line write it
        assert (day, moment) == ("01/08/2026", f"25/11/2026 {moment[-5:]}")


def shown_texts(root: QWidget) -> list[str]:
    """What ``root`` shows: its labels, buttons and fields, and its lists', tables' and
    trees' first rows (their cells and tooltips), down two levels."""
    texts = [root.windowTitle()]
    for label in root.findChildren(QLabel):
        texts.append(label.text())
    for button in root.findChildren(QAbstractButton):
        texts.append(button.text())
    for field in root.findChildren(QLineEdit):
        texts.append(field.text())
    for view in root.findChildren(QAbstractItemView):
        if view.model() is not None:
            texts += cell_texts(view.model(), QModelIndex(), 2)
    return texts


def cell_texts(model: QAbstractItemModel, parent: QModelIndex, depth: int) -> list[str]:
    texts = []
    # (a list model hides its columnCount from Python: one column)
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(min(model.rowCount(parent), 40)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    texts.append(value)
        if depth > 0:
            texts += cell_texts(model, model.index(row, 0, parent), depth - 1)
    return texts


def two_digit_years(texts: list[str]) -> list[str]:
    return [text for text in texts if TWO_DIGIT_YEAR.search(text)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_window_and_the_visit_report_write_four_digit_years(
    qtbot, speak: Callable[[str], None], settings: AppSettings, demo_db: Path, language: str
) -> None:
    """Before, in Vietnamese: the tree's next visits (27/11/26), the calendar's week
    (2/11/26 – 6/11/26), the card's last visit and the visit report's heading."""
    if language != "en":
        speak(language)
    win = MainWindow(settings, open_workspace)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    assert win.open_database(str(demo_db))
    try:
        win.background.wait()
        QApplication.processEvents()
        texts = shown_texts(win)
        assert any("2026" in text for text in texts)
        assert two_digit_years(texts) == []
        with win.workspace.db.session() as session:
            visit_id = session.scalars(
                select(Visit.id)
                .where(Visit.status == VisitStatus.PLANNED)
                .order_by(Visit.planned_start)
            ).first()
        report = win.docks["visitCalendarDock"].open_report(visit_id)
        heading = [text for text in shown_texts(report) if "<b>" in text]
        assert heading and "2026" in heading[0], heading
        assert two_digit_years(shown_texts(report)) == []
        report.close()
    finally:
        win.background.wait()
        win.set_workspace(None)
