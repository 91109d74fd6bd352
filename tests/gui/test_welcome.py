"""First run: with no database open, or one without accounts, a welcome page says what the
app is and offers the demo, an import, a new or an existing database, and the recent ones —
each button the window's own action. An empty database explains itself in the account tree
and the profile card; once accounts exist the normal layout is back."""

from __future__ import annotations

import csv
import shutil
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QPushButton

from acct_desktop.app import open_workspace
from acct_desktop.config import data_dir
from acct_desktop.domain.enums import AccountKind, Channel
from acct_desktop.gui import i18n
from acct_desktop.gui.dialogs.account_form import AccountFormDialog
from acct_desktop.gui.dialogs.import_dialog import ImportDialog
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.screenshot import render_screenshots
from acct_desktop.gui.settings import AppSettings
from acct_desktop.services.account_records import AccountDraft
from tests.gui.languages_helpers import catalogue, cut_off, untranslated


@pytest.fixture
def bare(qtbot, settings: AppSettings) -> MainWindow:
    """A window with no database open (a first run: nothing is opened until chosen)."""
    window = MainWindow(settings, open_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    yield window
    window.set_workspace(None)


@pytest.fixture
def empty(bare: MainWindow, tmp_path: Path) -> MainWindow:
    """The same window over a new database without accounts."""
    assert bare.open_database(str(tmp_path / "territory.acctdb"))
    return bare


def _choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The next file dialog (open or save) answers ``path``."""
    answer = staticmethod(lambda *_args, **_kwargs: (str(path), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)


def _normal_layout(window: MainWindow) -> bool:
    tree = window.docks["accountTreeDock"]
    return (
        window.welcome.isHidden()
        and tree.isEnabled()
        and tree.no_accounts.isHidden()
        and not tree.splitter.isHidden()
        and not window.card.tabs.isHidden()
        and window.card.no_accounts.isHidden()
    )


def test_with_no_database_the_welcome_page_covers_the_window(bare: MainWindow) -> None:
    page = bare.welcome
    assert page.isVisible()
    assert page.geometry().width() == bare.width() and page.geometry().height() > 600
    assert "No database is open" in page.situation.text()
    assert page.continue_button.isHidden()  # nothing to continue with
    for button in (page.demo_button, page.new_button, page.open_button):
        assert button.isEnabled()
    # Importing needs a database: the button says so rather than doing nothing.
    assert not page.import_button.isEnabled()
    assert "Open or create a database first" in page.import_button.description()
    assert not bare.docks["accountTreeDock"].isEnabled()
    assert bare.status_label.text() == "No database open"


def test_the_demo_button_creates_the_demo_off_the_ui_thread_and_opens_it(
    bare: MainWindow, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from acct_desktop.services import demo

    threads: list[str] = []
    real = demo.generate_demo

    def watched(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(demo, "generate_demo", watched)
    target = data_dir() / "demo.acctdb"
    assert not target.exists()
    bare.welcome.demo_button.click()
    assert bare.demo_actions.progress is not None and bare.demo_actions.progress.isVisible()
    assert not bare.demo_actions.open_demo.isEnabled()  # one demo at a time
    qtbot.waitUntil(lambda: bare.workspace is not None, timeout=120_000)
    assert threads and threads[0] != threading.main_thread().name
    assert target.is_file()
    assert Path(bare.workspace.label).resolve() == target.resolve()
    assert bare.workspace.accounts.count() == 200
    assert _normal_layout(bare)
    assert bare.current.id is not None
    assert bare.demo_actions.open_demo.isEnabled() and bare.demo_actions.progress is None


def test_cancelling_the_demo_leaves_nothing_behind(bare: MainWindow, qtbot) -> None:
    bare.welcome.demo_button.click()
    bare.demo_actions.progress.findChild(QPushButton).click()  # Cancel
    qtbot.waitUntil(lambda: bare.demo_actions.open_demo.isEnabled(), timeout=60_000)
    assert bare.workspace is None and bare.welcome.isVisible()
    assert list(data_dir().glob("demo.acctdb*")) == []


def test_the_demo_button_opens_the_demo_made_before(
    bare: MainWindow, demo_s_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = data_dir() / "demo.acctdb"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(demo_s_file, target)
    monkeypatch.setattr(
        "acct_desktop.services.demo.generate_demo",
        lambda *_a, **_k: pytest.fail("the demo was made again"),
    )
    bare.welcome.demo_button.click()
    assert bare.workspace is not None and Path(bare.workspace.label) == target
    assert _normal_layout(bare)


def test_create_a_new_database_uses_file_new_database(
    bare: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    triggered: list[bool] = []
    bare.new_database_action.triggered.connect(lambda: triggered.append(True))
    monkeypatch.setattr(bare.encryption_actions, "offer_for_new_database", lambda: None)
    _choose_file(monkeypatch, tmp_path / "mijn gebied.acctdb")
    bare.welcome.new_button.click()
    assert triggered == [True]
    assert Path(bare.workspace.label) == tmp_path / "mijn gebied.acctdb"
    # still no accounts: the page stays, saying which database is open
    assert bare.welcome.isVisible()
    assert "mijn gebied.acctdb is open and has no accounts yet" in bare.welcome.situation.text()
    assert bare.welcome.import_button.isEnabled()


def test_open_an_existing_database_and_a_recent_one(
    bare: MainWindow, demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    triggered: list[bool] = []
    bare.open_database_action.triggered.connect(lambda: triggered.append(True))
    _choose_file(monkeypatch, demo_db)
    bare.welcome.open_button.click()
    assert triggered == [True] and Path(bare.workspace.label) == demo_db
    assert _normal_layout(bare)

    bare.set_workspace(None)  # the welcome page again, the demo among the recent ones
    assert bare.welcome.isVisible()
    recent = bare.welcome.recent_buttons
    assert [b.text() for b in recent] == ["demo.acctdb"]
    assert bare.welcome.no_recent.isHidden()
    recent[0].click()
    assert Path(bare.workspace.label) == demo_db and _normal_layout(bare)


def test_import_accounts_opens_the_import_and_the_accounts_then_show(
    empty: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "klanten.csv"
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Klantcode", "Naam", "Soort", "Kanaal", "Plaats", "Land"])
        writer.writerow(["VN-IMP-2", "Gara Ô tô Phúc Lộc", "workshop", "workshop", "Huế", "VN"])
    _choose_file(monkeypatch, path)
    triggered: list[bool] = []
    empty.import_accounts_action.triggered.connect(lambda: triggered.append(True))
    empty.welcome.import_button.click()
    assert triggered == [True]
    dialog = empty.findChild(ImportDialog)
    assert dialog is not None and dialog.isVisible()
    for field, header in (("code", "Klantcode"), ("kind", "Soort"), ("channel", "Kanaal")):
        dialog.combos[field].setCurrentIndex(dialog.combos[field].findData(header))
    dialog.start_import()
    qtbot.waitUntil(lambda: dialog.summary is not None or not dialog.problems.isHidden())
    assert dialog.summary is not None, dialog.problems.toPlainText()
    assert _normal_layout(empty)
    profile = empty.workspace.accounts.profile(empty.current.id)
    assert profile is not None and profile.code == "VN-IMP-2"


def test_an_empty_database_explains_itself_in_the_tree_and_the_card(
    empty: MainWindow, qtbot
) -> None:
    assert empty.welcome.isVisible()
    empty.welcome.continue_button.click()  # "Continue with the empty database"
    assert empty.welcome.isHidden()
    tree = empty.docks["accountTreeDock"]
    assert tree.isEnabled() and tree.no_accounts.isVisible() and tree.splitter.isHidden()
    assert "No accounts yet" in tree.no_accounts.message.text()
    assert [b.text() for b in tree.no_accounts.buttons] == [
        "Import accounts…",
        "New account… (Ctrl+N)",
    ]
    card = empty.card
    assert card.header.title.text() == "No accounts yet"
    assert "Pick an account" not in card.header.facts.text()
    assert card.no_accounts.isVisible() and card.tabs.isHidden()
    assert [b.text() for b in card.no_accounts.buttons] == [
        "Import accounts…",
        "New account… (Ctrl+N)",
    ]

    tree.no_accounts.buttons[1].click()  # New account… opens the account form
    form = empty.findChild(AccountFormDialog)
    assert form is not None and form.isVisible()
    form.discard()

    changed = empty.workspace.records.create(
        AccountDraft(
            code="NL-HQ-1",
            name="Autobedrijf IJsselstroom",
            kind=AccountKind.HEADQUARTERS,
            channel=Channel.WORKSHOP,
        )
    )
    tree.after_change(changed.account_id)  # as saving the form does
    assert _normal_layout(empty)
    assert empty.current.id == changed.account_id
    assert empty.card.header.title.text() == "Autobedrijf IJsselstroom"


def test_with_accounts_the_normal_layout_shows(window: MainWindow) -> None:
    assert _normal_layout(window)
    assert all(action.isEnabled() for action in window._database_actions)


def test_screenshots_of_an_empty_database_show_the_welcome_page_then_the_empty_states(
    empty: MainWindow, qapp, tmp_path: Path
) -> None:
    written = render_screenshots(qapp, empty, tmp_path / "shots", (1366, 768))
    names = {path.name for path in written}
    assert {"welcome.png", "main_window.png", "accountTreeDock.png"} <= names
    assert empty.docks["accountTreeDock"].no_accounts.isVisible()


def test_the_welcome_page_stays_above_the_docks_after_reset_layout(bare: MainWindow, qtbot) -> None:
    bare.reset_layout()  # the window makes new tab bars for the tabbed docks
    qtbot.wait(50)
    page = bare.welcome
    tab_bars = [w for w in bare.children() if type(w).__name__ == "QTabBar" and w.isVisible()]
    assert tab_bars
    siblings = [w for w in bare.children() if w in (page, *tab_bars)]
    assert siblings[-1] is page  # the last child is painted on top
    assert page.geometry().contains(tab_bars[0].geometry())


def test_the_welcome_page_and_the_empty_states_go_through_the_translator(
    qtbot, settings: AppSettings, qapp, restore_language: None, tmp_path: Path
) -> None:
    i18n.install_translator(qapp, i18n.PseudoTranslator(qapp, known=catalogue()))
    window = MainWindow(settings, open_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    page = window.welcome
    assert not untranslated(page, {"acct-desktop"})
    for button in (page.demo_button, page.import_button, page.new_button, page.open_button):
        assert i18n.PSEUDO_OPEN in button.description(), button.text()
    assert window.open_database(str(tmp_path / "territory.acctdb"))
    assert not untranslated(page, {"acct-desktop", "territory.acctdb"})
    window.dismiss_welcome()
    assert not untranslated(window.docks["accountTreeDock"])
    assert not untranslated(window.card)
    window.set_workspace(None)


@pytest.mark.parametrize("language", ["nl", "vi", "zh_CN"])
def test_nothing_on_the_welcome_page_or_the_empty_states_is_cut_off(
    qtbot, settings: AppSettings, speak, language: str, tmp_path: Path
) -> None:
    speak(language)
    window = MainWindow(settings, open_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_database(str(tmp_path / "territory.acctdb"))
    qtbot.wait(50)
    assert window.welcome.isVisible()
    assert not cut_off(window.welcome)
    window.dismiss_welcome()
    qtbot.wait(50)
    assert not cut_off(window.docks["accountTreeDock"]) and not cut_off(window.card)
    window.set_workspace(None)


def test_the_window_comes_back_onto_the_screen_when_the_welcome_page_gives_way(
    empty: MainWindow, qtbot
) -> None:
    """The docks fill and measure themselves again once the page goes (after the first
    import): the window grew past a 768-pixel screen and stayed there."""
    area = empty.screen().availableGeometry()
    empty.resize(empty.width(), area.height() + 120)  # as the docks made it on the import
    qtbot.wait(20)
    assert empty.frameGeometry().height() > area.height()
    empty.workspace.records.create(
        AccountDraft(
            code="NL-HQ-1",
            name="Autobedrijf IJsselstroom",
            kind=AccountKind.HEADQUARTERS,
            channel=Channel.WORKSHOP,
        )
    )
    empty.refresh()  # as the end of an import does
    assert empty.welcome.isHidden()
    least = empty.minimumSizeHint().height()
    qtbot.waitUntil(lambda: empty.height() <= max(area.height(), least), timeout=5000)


def _drop(window: MainWindow, path: Path) -> bool:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path))])
    at = QPointF(600, 400)
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(at.toPoint(), Qt.DropAction.CopyAction, data, buttons, keys)
    QApplication.sendEvent(window, enter)
    dropped = QDropEvent(at, Qt.DropAction.CopyAction, data, buttons, keys)
    QApplication.sendEvent(window, dropped)
    return enter.isAccepted() and dropped.isAccepted()


def test_a_spreadsheet_dropped_on_the_first_run_page_offers_a_database_then_imports(
    bare: MainWindow, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "klanten.csv"
    path.write_text("Klantcode;Naam\nNL-1;Garage Vlietland\n", encoding="utf-8")
    asked: list[str] = []
    bare.file_drops.choose_database = lambda name: asked.append(name) or ""
    assert _drop(bare, path)
    qtbot.waitUntil(lambda: asked == ["klanten.csv"])
    assert bare.workspace is None and bare.findChild(ImportDialog) is None  # cancelled

    bare.file_drops.choose_database = lambda name: "new"
    monkeypatch.setattr(bare.encryption_actions, "offer_for_new_database", lambda: None)
    _choose_file(monkeypatch, tmp_path / "mijn gebied.acctdb")
    assert _drop(bare, path)
    qtbot.waitUntil(lambda: bare.findChild(ImportDialog) is not None, timeout=5000)
    assert Path(bare.workspace.label) == tmp_path / "mijn gebied.acctdb"
    dialog = bare.findChild(ImportDialog)
    assert dialog.isVisible() and "klanten.csv" in dialog.windowTitle()
    dialog.reject()
