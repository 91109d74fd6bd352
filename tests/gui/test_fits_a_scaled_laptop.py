"""A 1366 × 768 laptop with Windows' display scaling at 150 % gives the app 911 × 512
logical pixels, 911 × 472 above the taskbar. The main window and every dialog fit there,
with their buttons in sight: the window's docks and card scroll or wrap, a dialog's fields
scroll above its buttons (gui/screen_fit.py). The dialogs are opened in a process of their
own, whose one screen is that laptop (tests/gui/small_screen_probe.py)."""

from __future__ import annotations

import importlib
import inspect
import json
import os
import pkgutil
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QDialog
from sqlalchemy import func, select

import acct_desktop.gui.dialogs
from acct_desktop.app import open_workspace
from acct_desktop.domain.enums import QuoteStatus
from acct_desktop.gui.docks.base import FeatureDock
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.screen_fit import room_in
from acct_desktop.gui.settings import AppSettings
from acct_desktop.store.models import Quote, QuoteLine

ROOT = Path(__file__).resolve().parents[2]
AT_150 = QRect(0, 0, 911, 472)  # 1366 × 708 pixels (768 less the taskbar) at 150 %


BASES = {"RegisterForm", "DraftFormDialog"}  # shared bases of the forms, never shown alone


def dialog_classes() -> set[str]:
    """Every dialog class of gui/dialogs (not the private bases)."""
    found = set()
    for module_info in pkgutil.iter_modules(acct_desktop.gui.dialogs.__path__):
        module = importlib.import_module(f"acct_desktop.gui.dialogs.{module_info.name}")
        for name, cls in inspect.getmembers(module, inspect.isclass):
            ours = issubclass(cls, QDialog) and cls.__module__ == module.__name__
            if ours and not name.startswith("_") and name not in BASES:
                found.add(name)
    return found


def probe(tmp_path: Path, demo_db: Path, language: str, qm_dir: Path) -> dict:
    screen = tmp_path / "laptop-150.json"
    screen.write_text(
        json.dumps(
            {
                "synchronousWindowSystemEvents": False,
                "windowFrameMargins": False,
                "screens": [
                    {
                        "name": "laptop",
                        "x": 0,
                        "y": 0,
                        "width": 1366,
                        "height": 708,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    env = dict(
        os.environ,
        QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
        QT_SCALE_FACTOR="1.5",
        PYTHONPATH=os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    )
    env.pop("QT_SCREEN_SCALE_FACTORS", None)
    env["PYTHON_KEYRING_BACKEND"] = "acct_desktop.services.memory_keyring.MemoryKeyring"
    done = subprocess.run(
        [sys.executable, "-m", "tests.gui.small_screen_probe", str(demo_db), language,
         str(qm_dir)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module", params=["en", "vi"])
def on_the_laptop(
    request: pytest.FixtureRequest,
    tmp_path_factory: pytest.TempPathFactory,
    demo_s_file: Path,
    compiled: Path,
) -> dict:
    """What the probe saw of the window and every dialog, in English and in Vietnamese."""
    folder = tmp_path_factory.mktemp(f"probe-{request.param}")
    demo_db = folder / "demo.acctdb"
    shutil.copyfile(demo_s_file, demo_db)
    return probe(folder, demo_db, request.param, compiled)


def test_every_dialog_opens_within_a_laptop_at_150_percent(on_the_laptop: dict) -> None:
    """Before: the plan dialog came out 1026 wide, the visit report 900 × 640, the monthly
    summary 760 × 680; the account form's Save and Cancel, the visit report's and the
    monthly summary's buttons were off the screen."""
    area = QRect(*on_the_laptop["area"])
    assert area == AT_150
    dialogs = on_the_laptop["dialogs"]
    assert dialog_classes() <= set(dialogs), dialog_classes() - set(dialogs)
    for name, dialog in dialogs.items():
        assert "error" not in dialog, (name, dialog)
        assert area.contains(QRect(*dialog["frame"])), (name, dialog["frame"])
        assert dialog["buttons_out_of_sight"] == [], (name, dialog["buttons_out_of_sight"])
        assert dialog["sideways"] == 0, (name, dialog["sideways"])  # its fields fit its width
    # with every field's problem shown (two lines each) a dialog grows while the screen has
    # room: the stamped copy's date slid behind its buttons after the QR refusal
    shown = {name: d for name, d in dialogs.items() if name.endswith(" with its problems")}
    assert "StampedCopyDialog with its problems" in shown
    for name, dialog in shown.items():
        assert not dialog["scrolls_with_room_left"], (name, dialog["frame"])


def test_the_window_opens_within_a_laptop_at_150_percent(on_the_laptop: dict) -> None:
    """Before: 1016 × 710 in Vietnamese, 936 × 710 in English, its status bar and the
    docks' tabs below the screen."""
    assert QRect(*on_the_laptop["area"]).contains(QRect(*on_the_laptop["window"]))
    assert on_the_laptop["status_bar_in_sight"]


@pytest.mark.parametrize("language", ["en", "nl", "vi", "zh_CN"])
def test_the_main_window_needs_no_more_than_a_laptop_at_150_percent(
    qtbot, settings: AppSettings, demo_db: Path, speak: Callable[[str], None], language: str
) -> None:
    """Its minimum was 1016 × 710 in Vietnamese (936 × 710 in English): the calendar's
    350, plan vs actual's row of choices (1016 wide) and the card's 245 added up; the
    window was then held at that size on a 911 × 472 screen."""
    if language != "en":
        speak(language)
    win = MainWindow(settings, open_workspace)
    qtbot.addWidget(win)
    win.restore_layout()
    win.show()
    assert win.open_database(str(demo_db))
    win.background.wait()
    qtbot.wait(20)
    least = win.minimumSizeHint()
    assert least.width() <= AT_150.width() - 16 and least.height() <= AT_150.height() - 40, least
    win.fit_within(AT_150)
    qtbot.wait(20)
    assert AT_150.contains(win.frameGeometry()), win.frameGeometry()
    status = win.statusBar()
    assert AT_150.contains(QRect(status.mapToGlobal(QPoint(0, 0)), status.size()))
    win.set_workspace(None)


def window_at_150(qtbot, settings: AppSettings, demo_db: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """The window as a first run lays it out on the laptop at 150 %: the screen's
    available part, less the frame."""
    win = MainWindow(settings, open_workspace)
    qtbot.addWidget(win)
    room = room_in(AT_150)
    win.resize(room)
    win.reset_layout()
    win.show()
    assert win.open_database(str(demo_db))
    win.background.wait()
    # once the docks have read, the window is fitted to the test's own (smaller) screen:
    # after that, laid out on the laptop again (else it could shrink under the test)
    qtbot.waitUntil(lambda: win.width() < room.width())
    win.resize(room)
    win.reset_layout()
    win.fit_within(AT_150)
    qtbot.wait(20)
    return win


def sideways(dock: FeatureDock) -> int:
    """How far the dock's content scrolls sideways (0: it fits the dock's width)."""
    return dock.widget().horizontalScrollBar().maximum()


@pytest.mark.parametrize("language", ["nl", "vi"])
def test_no_dock_scrolls_sideways_at_150_percent(
    qtbot, settings: AppSettings, demo_db: Path, speak: Callable[[str], None], language: str
) -> None:
    """In Dutch the register scrolled 80 pixels sideways (its "Only what applies to the
    current account" beside the buttons, the rebates' late-entry rule beside the filters),
    the issues 66 (their filters in one row), the quote builder 110 with a quote's details
    shown (in three columns) and 32 with a quote waiting for approval (its title, the
    add-a-line row and the buttons each on one line)."""
    speak(language)
    win = window_at_150(qtbot, settings, demo_db)
    for dock in win.docks.values():
        dock.raise_()
        qtbot.wait(20)
        assert sideways(dock) == 0, (language, dock.objectName(), sideways(dock))
    register = win.docks["policyRegisterDock"]
    register.raise_()
    for kind in ("policy", "rebate"):
        register.show_kind(kind)
        qtbot.wait(20)
        assert sideways(register) == 0, (language, kind, sideways(register))
    with win.workspace.db.session() as session:
        quote_id, account_id = session.execute(
            select(Quote.id, Quote.account_id).where(Quote.status == QuoteStatus.PENDING_APPROVAL)
        ).first()
    win.current.set(account_id)
    qtbot.wait(20)
    win.open_quote(quote_id)
    quotes = win.docks["quoteBuilderDock"]
    editor = quotes.editor
    assert editor.view is not None and editor.view.id == quote_id
    for details in (True, False):
        if editor.header_box.isVisible() != details:
            editor.header_toggle.click()
        qtbot.wait(20)
        assert editor.header_box.isVisible() == details
        assert sideways(quotes) == 0, (language, details, sideways(quotes))
        # nothing overlaps: the rows wrapped onto more lines take their height
        assert editor.height() >= editor.layout().minimumHeightForWidth(editor.width())
    win.set_workspace(None)


@pytest.mark.parametrize("language", ["en", "vi"])
def test_the_cards_tabs_are_in_sight_at_150_percent(
    qtbot, settings: AppSettings, demo_db: Path, speak: Callable[[str], None], language: str
) -> None:
    """The card had 138 pixels and its header took 140 (the parents on three lines, the
    name on two, the facts, the address): its tabs were below, in sight only once one
    scrolled. The header is now compact (the name and the facts on a line each) and the
    tab bar and the tab's first lines show."""
    if language != "en":
        speak(language)
    win = window_at_150(qtbot, settings, demo_db)
    card, scroll = win.card, win.centralWidget()
    port = scroll.viewport()
    assert port.height() < 150  # the case at hand: a card this short
    assert scroll.verticalScrollBar().value() == 0  # as it opens

    def in_sight(widget) -> QRect:  # type: ignore[no-untyped-def]
        return port.rect().intersected(QRect(widget.mapTo(port, QPoint(0, 0)), widget.size()))

    bar = card.tabs.tabBar()
    assert in_sight(bar).height() == bar.height(), (in_sight(bar), bar.geometry())
    page = card.tabs.currentWidget()
    lines = QFontMetrics(page.font()).lineSpacing()
    assert in_sight(page).height() >= 2 * lines, (in_sight(page), port.size())
    for key in ("profile", "contacts"):  # one form or list: it scrolls, not its tab too
        card.open_tab(key)
        qtbot.wait(20)
        assert card.tabs.currentWidget().verticalScrollBar().maximum() == 0, key
    header = card.header
    assert header.compact and not header.title.isVisible()
    profile = card.shown_profile
    assert header.brief_title.text() == profile.name  # whole, cut in the middle on screen
    assert profile.code in header.brief_facts.text()
    win.set_workspace(None)


@pytest.mark.parametrize("language", ["en", "nl", "vi", "zh_CN"])
def test_the_quotes_cost_and_markup_read_whole_beside_a_large_total_at_150_percent(
    qtbot, settings: AppSettings, demo_db: Path, speak: Callable[[str], None], language: str
) -> None:
    """Beside the totals of the largest VND quote ("Tổng cộng 1.022.065.387 VND") the line
    "Giá vốn 607.470.840 · lợi nhuận gộp … (tỷ lệ LN/giá vốn 52,95%)" had 17 pixels and
    read "…" ("Gi…" in a wider dock), whole only in its tooltip. It now goes on a line of
    its own above the totals where the two do not fit side by side."""
    if language != "en":
        speak(language)
    win = window_at_150(qtbot, settings, demo_db)
    with win.workspace.db.session() as session:
        quote_id, account_id = session.execute(
            select(Quote.id, Quote.account_id)
            .join(QuoteLine, QuoteLine.quote_id == Quote.id)
            .where(Quote.currency == "VND")
            .group_by(Quote.id, Quote.account_id)
            .order_by(func.sum(QuoteLine.line_total).desc())
        ).first()
    win.current.set(account_id)
    qtbot.wait(20)
    win.open_quote(quote_id)
    qtbot.wait(20)
    editor = win.docks["quoteBuilderDock"].editor
    margin, totals = editor.margin, editor.totals
    assert "VND" in totals.text() and margin.text()
    room = margin.contentsRect()
    needed = QFontMetrics(margin.font()).boundingRect(
        QRect(0, 0, room.width(), 10_000), int(Qt.TextFlag.TextWordWrap), margin.text()
    )
    assert needed.width() <= room.width() and needed.height() <= room.height(), (
        language, margin.text(), room.size(), needed.size()
    )  # fmt: skip
    assert not margin.geometry().intersects(totals.geometry())
    for label in (margin, totals):
        assert editor.rect().contains(label.geometry()), (label.geometry(), editor.size())
    win.set_workspace(None)


def test_the_quote_builder_keeps_three_lines_in_sight_at_150_percent(
    qtbot, settings: AppSettings, demo_db: Path, speak: Callable[[str], None]
) -> None:
    """In Chinese at 150 % a five-line quote showed one and a half lines: the add-a-line
    row, the rails, the totals and the buttons took the rest of the bottom dock. Now the
    table keeps three lines (the dock scrolls to the buttons), the quote list leaves the
    editor more of the width and the rails give their row to the lines."""
    from acct_desktop.gui.widgets.quote_editor import ROW_HEIGHT

    speak("zh_CN")
    win = window_at_150(qtbot, settings, demo_db)
    with win.workspace.db.session() as session:
        account = session.scalar(select(Quote.account_id).limit(1))
        skus = (
            session.execute(
                select(QuoteLine.product_id)
                .where(QuoteLine.product_id.is_not(None))
                .distinct()
                .limit(5)
            )
            .scalars()
            .all()
        )
    win.current.set(account)
    dock = win.docks["quoteBuilderDock"]
    dock.show()
    dock.raise_()
    dock.commands.new_quote()
    editor = dock.editor
    qtbot.waitUntil(lambda: editor.view is not None)
    for product in skus:
        editor.product.set_choice(product, str(product))
        editor.quantity.setText("2")
        editor.add_button.click()
        win.background.wait()
    qtbot.waitUntil(lambda: editor.model.rowCount() == len(skus))
    qtbot.wait(50)
    assert dock.splitter.sizes()[0] < 360  # the list gives the editor room
    assert editor.table.viewport().height() >= 3 * ROW_HEIGHT, editor.table.viewport().height()
    assert not editor.rails.isVisible() and editor.rails.full_text()
    win.set_workspace(None)
