"""A kept draft puts back only what its user changed: a field a colleague saved meanwhile
is never overwritten with the old text the form showed, and a field both changed keeps
the user's text with a note quoting the colleague's.

Two workspaces over one database play the two users (a SQLite file here, a real
PostgreSQL server in the last test)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel

from acct_desktop.app import open_workspace
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.settings import AppSettings
from acct_desktop.services.account_edits import ProfileEdit, update_profile
from acct_desktop.services.workspace import Workspace

MINE = "Mine: grow the 5W-30 range in Bắc Ninh"
THEIRS = "Colleague: buyer changed in May"


def _window(qtbot, settings: AppSettings, url: str) -> MainWindow:
    window = MainWindow(settings, open_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_database(url)
    window.card.open_tab("profile")
    return window


def _colleague_saves(url: str, account_id, **changes: str) -> None:  # type: ignore[no-untyped-def]
    other = Workspace.open(url)
    try:
        p = other.accounts.profile(account_id)
        edit = ProfileEdit(
            p.strategy, p.purchasing_policy, p.payment_terms, p.credit_limit, p.notes
        )
        update_profile(
            other.db, account_id, p.version, dataclasses.replace(edit, **changes), "colleague"
        )
    finally:
        other.close()


def _notes(widget) -> list[str]:  # type: ignore[no-untyped-def]
    return [
        label.text()
        for label in widget.findChildren(QLabel, "draft_conflict_note")
        if not label.isHidden()
    ]


def _lost_update_is_refused_and_reload_keeps_both(qtbot, window: MainWindow, url: str) -> None:
    form = window.card.profile_form
    account_id = window.current.id
    form.strategy.setPlainText(MINE)  # typed, kept as a draft
    form.draft_keeper.keep()
    _colleague_saves(url, account_id, notes=THEIRS)
    assert not form.save()  # refused: someone changed the account
    assert "Someone changed this account" in form.errors["form"].text()
    window.refresh()  # F5
    assert form.strategy.toPlainText() == MINE  # what I typed is back
    assert form.notes.toPlainText() == THEIRS  # the colleague's note is not undone
    assert _notes(form) == []  # nobody else touched the strategy
    assert form.save()
    saved = window.workspace.accounts.profile(account_id)
    assert (saved.strategy, saved.notes) == (MINE, THEIRS)


def test_reloading_after_a_refused_save_keeps_the_colleagues_change(
    qtbot, settings: AppSettings, demo_db: Path
) -> None:
    window = _window(qtbot, settings, str(demo_db))
    _lost_update_is_refused_and_reload_keeps_both(qtbot, window, str(demo_db))


def test_a_field_both_changed_keeps_my_text_and_quotes_theirs(
    qtbot, settings: AppSettings, demo_db: Path
) -> None:
    window = _window(qtbot, settings, str(demo_db))
    form = window.card.profile_form
    account_id = window.current.id
    form.strategy.setPlainText(MINE)
    form.draft_keeper.keep()
    _colleague_saves(str(demo_db), account_id, strategy="Theirs: focus on fleets")
    window.refresh()
    assert form.strategy.toPlainText() == MINE  # never silently overwritten
    assert _notes(form) == [
        "Changed by someone else meanwhile: 'Theirs: focus on fleets'; your text is kept here."
    ]
    assert "someone else changed a field you changed too" in form.errors["form"].text()
    assert form.save()
    assert _notes(form) == []


def test_the_account_form_puts_back_only_the_fields_typed(
    qtbot, settings: AppSettings, demo_db: Path
) -> None:
    window = _window(qtbot, settings, str(demo_db))
    commands = window.docks["accountTreeDock"].commands
    dialog = commands.edit_account()
    account_id = window.current.id
    dialog.edits["name"].setText("Gara Ô tô Phúc Lộc Huế")
    dialog.edits["name"].textEdited.emit("Gara Ô tô Phúc Lộc Huế")  # as typing does
    dialog.edits["phone"].setText("+84 234 111 2222")
    dialog.edits["phone"].textEdited.emit("+84 234 111 2222")
    dialog.draft_keeper.keep()
    dialog.deleteLater()  # the crash: neither Save nor Cancel

    other = Workspace.open(str(demo_db))  # meanwhile a colleague saves other fields
    try:
        before, version = other.records.draft(account_id)
        other.records.update(
            account_id,
            dataclasses.replace(before, email="inkoop@example.nl", phone="+84 234 999 0000"),
            version,
        )
    finally:
        other.close()

    again = commands.edit_account()
    assert again.restored
    assert again.edits["name"].text() == "Gara Ô tô Phúc Lộc Huế"
    assert again.edits["email"].text() == "inkoop@example.nl"  # theirs, not the old empty one
    assert again.edits["phone"].text() == "+84 234 111 2222"  # mine, with theirs quoted
    assert _notes(again) == [
        "Changed by someone else meanwhile: '+84 234 999 0000'; your text is kept here."
    ]
    again.discard()


@pytest.mark.postgres
def test_reloading_after_a_refused_save_keeps_the_colleagues_change_on_postgresql(
    qtbot, settings: AppSettings, pg_url: str
) -> None:
    from acct_desktop.services.demo import generate_demo
    from tests.conftest import DEMO_TODAY

    generate_demo(pg_url, "S", seed=2, today=DEMO_TODAY)
    window = _window(qtbot, settings, pg_url)
    _lost_update_is_refused_and_reload_keeps_both(qtbot, window, pg_url)
    window.set_workspace(None)


def test_the_account_forms_refusal_is_in_sight_and_cancel_keeps_what_was_typed(
    window: MainWindow, demo_db: Path
) -> None:
    """A colleague saved the phone while I renamed the account: my save is refused with a
    sentence I can see without scrolling (the form scrolls on a small screen), Cancel
    keeps my typing, and the form opened again shows my name over their phone."""
    from acct_desktop.gui.screen_fit import ScrollBody

    tree = window.docks["accountTreeDock"]
    account_id = window.current.id
    dialog = tree.commands.edit_account()
    dialog.resize(dialog.width(), 300)  # a 150 % laptop: the fields scroll
    dialog.show()
    mine = dialog.edits["name"].text() + " — hernoemd"
    dialog.edits["name"].setText(mine)
    other = Workspace.open(str(demo_db))
    try:
        theirs, version = other.records.draft(account_id)
        other.records.update(
            account_id, dataclasses.replace(theirs, phone="+31 6 99999999"), version
        )
    finally:
        other.close()
    dialog.save()
    assert dialog.result_change is None
    assert "Your text is kept" in dialog.form_error.text()
    body = dialog.findChild(ScrollBody)
    # the form grows for its sentence where the screen has room (fit_height), else its
    # fields scroll with the sentence brought into view: either way it is seen whole
    assert body is not None
    assert dialog.height() > 300 or body.verticalScrollBar().maximum() > 0
    shown = dialog.form_error.visibleRegion().boundingRect()
    assert shown.height() >= dialog.form_error.height() - 1  # the whole sentence in sight
    dialog.discard()  # Cancel
    again = tree.commands.edit_account()
    assert again.restored
    assert again.edits["name"].text() == mine
    assert again.edits["phone"].text() == "+31 6 99999999"
    again.save()
    assert again.result_change is not None
    saved, _version = window.workspace.records.draft(account_id)
    assert (saved.name, saved.phone) == (mine, "+31 6 99999999")


def test_a_save_refused_because_a_colleague_archived_the_account_says_so(
    window: MainWindow, demo_db: Path
) -> None:
    tree = window.docks["accountTreeDock"]
    account_id = window.current.id
    dialog = tree.commands.edit_account()
    dialog.edits["city"].setText("Deventer")
    other = Workspace.open(str(demo_db))
    try:
        other.records.archive(account_id, with_below=True)
    finally:
        other.close()
    dialog.save()
    assert "archived this account" in dialog.form_error.text()
    dialog.reject()


def test_a_card_save_refused_because_a_colleague_archived_the_account_offers_restore(
    qtbot, settings: AppSettings, demo_db: Path
) -> None:
    """QA s23: the card said "Someone changed this account… reload (F5)" — F5 does not
    help an archived account. It says archived, shows Restore, and keeps what was typed."""
    window = _window(qtbot, settings, str(demo_db))
    form = window.card.profile_form
    account_id = window.current.id
    form.strategy.setPlainText(MINE)
    form.draft_keeper.keep()
    other = Workspace.open(str(demo_db))
    try:
        other.records.archive(account_id, with_below=True)
    finally:
        other.close()
    assert not form.save()
    said = form.errors["form"].text()
    assert "Someone archived this account" in said and "Restore" in said
    assert "F5" not in said
    header = window.card.header
    assert header.archived_row.isVisibleTo(window.card)  # Restore, in sight at once
    assert form.strategy.toPlainText() == MINE
    header.restore_button.click()
    qtbot.waitUntil(lambda: not header.archived_row.isVisibleTo(window.card))
    assert form.strategy.toPlainText() == MINE
    assert form.save()
    assert window.workspace.accounts.profile(account_id).strategy == MINE
