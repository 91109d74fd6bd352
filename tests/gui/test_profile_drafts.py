"""What is typed on the profile card and not saved is kept as a draft in the database as it
is typed, per account: it comes back after a crash or a restart, closing the window keeps
it without asking, and Save or Revert drops it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from acct_desktop.app import open_workspace
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.settings import AppSettings

TYPED = "Meer koelvloeistof verkopen in Bắc Ninh, 润滑油"


def _new_window(qtbot, settings: AppSettings, database: Path) -> MainWindow:
    window = MainWindow(settings, open_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_database(str(database))
    window.card.open_tab("profile")
    return window


def _kept(window: MainWindow, account_id) -> dict | None:  # type: ignore[no-untyped-def]
    return window.workspace.form_drafts.get("profile", str(account_id))


def _type_strategy(qtbot, window: MainWindow, text: str = TYPED) -> None:
    form = window.card.profile_form
    form.strategy.setFocus()
    form.strategy.moveCursor(QTextCursor.MoveOperation.End)
    ascii_part = text.encode("ascii", "ignore").decode()
    typed = len(ascii_part) if text.startswith(ascii_part) else 0
    qtbot.keyClicks(form.strategy, text[:typed])  # QTest types ASCII keys only
    form.strategy.insertPlainText(text[typed:])  # the rest as an input method would


def _other_account(window: MainWindow):  # type: ignore[no-untyped-def]
    tree = window.docks["accountTreeDock"]
    return next(
        account_id
        for row in range(tree.model.rowCount())
        if (account_id := tree.model.account_id(tree.model.index(row, 0))) != window.current.id
    )


def test_typed_strategy_comes_back_in_a_new_window_after_a_crash(
    qtbot, settings: AppSettings, demo_db: Path
) -> None:
    first = _new_window(qtbot, settings, demo_db)
    account_id = first.current.id
    _type_strategy(qtbot, first)
    qtbot.waitUntil(lambda: _kept(first, account_id) is not None, timeout=3_000)

    # The crash: the first window never closes, nothing is saved. A new window opens the
    # same database and the account is chosen again.
    second = _new_window(qtbot, settings, demo_db)
    second.current.set(_other_account(second))
    second.current.set(account_id)
    form = second.card.profile_form
    assert TYPED in form.strategy.toPlainText()
    assert form.is_dirty()
    assert "Your unsaved changes are back" in form.errors["form"].text()
    assert not form.errors["form"].isHidden()
    assert second.workspace.accounts.profile(account_id).strategy != form.strategy.toPlainText()

    assert form.save()
    assert _kept(second, account_id) is None
    assert TYPED in (second.workspace.accounts.profile(account_id).strategy or "")


def test_closing_the_window_keeps_the_draft_without_asking(
    qtbot, settings: AppSettings, demo_db: Path
) -> None:
    window = _new_window(qtbot, settings, demo_db)
    account_id = window.current.id
    _type_strategy(qtbot, window)
    asked: list[str] = []

    def no_question() -> None:  # a question would hold close() until answered
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                asked.append(widget.text())
                widget.reject()

    QTimer.singleShot(200, no_question)
    assert window.close()  # at once: the typing has not paused long enough to be kept
    qtbot.wait(300)
    assert asked == []
    assert TYPED in (_kept(window, account_id) or {}).get("field_strategy", "")
    assert TYPED not in (window.workspace.accounts.profile(account_id).strategy or "")

    again = _new_window(qtbot, settings, demo_db)
    again.current.set(account_id)
    assert TYPED in again.card.profile_form.strategy.toPlainText()


def test_each_account_keeps_its_own_draft(qtbot, settings: AppSettings, demo_db: Path) -> None:
    window = _new_window(qtbot, settings, demo_db)
    form = window.card.profile_form
    first = window.current.id
    _type_strategy(qtbot, window, "first account's plan")
    second = _other_account(window)
    window.current.set(second)  # switching keeps the first account's draft at once
    assert "first account's plan" in (_kept(window, first) or {}).get("field_strategy", "")
    assert "first account's plan" not in form.strategy.toPlainText()
    form.notes.setFocus()
    qtbot.keyClicks(form.notes, "second account's note")
    window.current.set(first)
    assert "second account's note" in (_kept(window, second) or {}).get("field_notes", "")
    assert "first account's plan" in form.strategy.toPlainText()
    window.current.set(second)
    assert "second account's note" in form.notes.toPlainText()


def test_revert_drops_the_draft_and_an_untouched_account_keeps_none(
    qtbot, settings: AppSettings, demo_db: Path
) -> None:
    window = _new_window(qtbot, settings, demo_db)
    form = window.card.profile_form
    account_id = window.current.id
    _type_strategy(qtbot, window)
    qtbot.waitUntil(lambda: _kept(window, account_id) is not None, timeout=3_000)
    form.revert()
    assert _kept(window, account_id) is None
    assert not form.is_dirty()
    qtbot.wait(600)  # the editors refilled by Revert are no typing: nothing is kept again
    assert _kept(window, account_id) is None
    window.current.set(_other_account(window))
    qtbot.wait(600)
    assert _kept(window, window.current.id) is None


def test_typing_the_saved_text_back_drops_the_draft(
    qtbot, settings: AppSettings, demo_db: Path
) -> None:
    window = _new_window(qtbot, settings, demo_db)
    form = window.card.profile_form
    account_id = window.current.id
    saved = form.strategy.toPlainText()
    _type_strategy(qtbot, window, "x")
    qtbot.waitUntil(lambda: _kept(window, account_id) is not None, timeout=3_000)
    form.strategy.setFocus()
    qtbot.keyClick(form.strategy, Qt.Key.Key_Backspace)  # Backspace: the saved text again
    assert form.strategy.toPlainText() == saved
    qtbot.waitUntil(lambda: _kept(window, account_id) is None, timeout=3_000)


def test_switching_the_language_keeps_what_was_just_typed(
    qtbot, settings: AppSettings, demo_db: Path, restore_language: None
) -> None:
    window = _new_window(qtbot, settings, demo_db)
    account_id = window.current.id
    _type_strategy(qtbot, window)
    replaced = window.choose_language("en")  # a new window over the same database
    qtbot.addWidget(replaced)
    assert replaced.current.id == account_id
    assert TYPED in replaced.card.profile_form.strategy.toPlainText()
    assert replaced.card.profile_form.is_dirty()


def test_closing_the_window_keeps_what_was_just_typed_in_an_open_form_too(
    qtbot, settings: AppSettings, demo_db: Path
) -> None:
    window = _new_window(qtbot, settings, demo_db)
    dialog = window.docks["accountTreeDock"].commands.new_account()
    dialog.edits["name"].setText("Gara Ô tô Phúc Lộc Huế")
    dialog.edits["name"].textEdited.emit("Gara Ô tô Phúc Lộc Huế")  # as typing does
    key = dialog.draft_keeper.key
    assert window.close()  # before the typing paused long enough to be kept
    kept = window.workspace.form_drafts.get("account", key) or {}
    assert kept.get("field_name") == "Gara Ô tô Phúc Lộc Huế"


def test_closing_the_window_saves_what_was_just_typed_in_an_open_visit_report(
    qtbot, settings: AppSettings, demo_db: Path
) -> None:
    from sqlalchemy import select

    from acct_desktop.domain.enums import VisitStatus
    from acct_desktop.services.visit_reports import VisitReports
    from acct_desktop.store.models import Visit

    window = _new_window(qtbot, settings, demo_db)
    with window.workspace.db.session() as session:
        visit_id = session.scalars(
            select(Visit.id).where(Visit.status == VisitStatus.PLANNED).limit(1)
        ).one()
    report = window.docks["visitCalendarDock"].open_report(visit_id)
    report.texts["summary"].setPlainText("与采购经理及仓库主管会面。")
    report.texts["stock_note"].setPlainText("全合成 5W-30 4L 库存 320 箱。")
    assert window.close()  # before the typing paused long enough to be saved
    saved = VisitReports(window.workspace.db, "x").report(visit_id)
    assert saved.texts["summary"] == "与采购经理及仓库主管会面。"
    assert saved.texts["stock_note"] == "全合成 5W-30 4L 库存 320 箱。"
