"""The account tree's shown columns fit its dock on a 1366 × 768 laptop in every language:
the figures as wide as what they say, the names the rest, no horizontal scroll bar. Before,
"Open issues" was cut to "Oper" and "20/11/26 · quá hạn 5 ngày" to "20/11/26 · quá hạ…"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from acct_desktop.gui.models.account_tree import NAME
from acct_desktop.gui.settings import AppSettings
from tests.gui.test_window_fits_a_laptop import shown_window


@pytest.mark.parametrize("language", ["en", "nl", "vi", "zh_CN"])
def test_the_trees_columns_fit_its_dock(
    qtbot, settings: AppSettings, demo_db: Path, speak: Callable[[str], None], language: str
) -> None:
    speak(language)
    win = shown_window(qtbot, settings, demo_db)
    win.resize(1366, 768)
    view = win.docks["accountTreeDock"].view
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    qtbot.wait(50)
    header = view.header()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) <= view.viewport().width(), language
    assert view.horizontalScrollBar().maximum() == 0
    for column in shown:
        if column == NAME:
            assert header.sectionSize(column) >= 160, language  # names stay readable
            continue
        needed = max(view.sizeHintForColumn(column), header.sectionSizeHint(column))
        assert header.sectionSize(column) >= needed, (language, column)
    win.set_workspace(None)


def test_a_name_width_the_user_drags_is_kept(qtbot, settings: AppSettings, demo_db: Path) -> None:
    win = shown_window(qtbot, settings, demo_db)
    dock = win.docks["accountTreeDock"]
    dock.view.header().resizeSection(NAME, 300)
    win.resize(1300, 700)
    qtbot.wait(20)
    assert dock.view.columnWidth(NAME) == 300
    dock.reset_view()
    assert dock.view.columnWidth(NAME) != 300  # follows the view again
    win.set_workspace(None)
