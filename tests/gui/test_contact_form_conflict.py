"""The contact form saves against the version it was opened with: a colleague's save in
between refuses it with the shared sentence (naming them) instead of overwriting their
change, and what was typed is held — Cancel keeps it too — so the form opened again shows
their version with the typed fields over it.

Two workspaces over one SQLite file play the two managers."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from acct_desktop.gui.main_window import MainWindow
from acct_desktop.services.contact_records import ContactRecords
from acct_desktop.services.workspace import Workspace
from tests.gui.test_contact_map import account_with_people, dock_of

COLLEAGUE = "Anna Smith"
TITLE = "Trưởng phòng mua hàng"
PHONE = "+84 90 000 1111"


def _colleague_saves(url: Path, contact_id, **changes: object) -> None:  # type: ignore[no-untyped-def]
    other = Workspace.open(url)
    try:
        records = ContactRecords(other.db, COLLEAGUE)
        draft, version = records.draft(contact_id)
        records.update(contact_id, dataclasses.replace(draft, **changes), version)
    finally:
        other.close()


def test_a_contact_save_over_a_colleagues_is_refused_and_what_was_typed_is_held(
    qtbot, window: MainWindow, demo_db: Path
) -> None:
    window.current.set(account_with_people(window))
    dock = dock_of(window)
    contact_id = next(iter(dock.chart.cards))
    records = window.workspace.contact_records
    before = records.draft_of(contact_id)
    dock.commands.edit_contact(contact_id)
    form = dock.last_dialog
    form.title_field.setText(TITLE)
    form.title_field.textEdited.emit(TITLE)  # as typing does
    _colleague_saves(demo_db, contact_id, phone=PHONE)  # meanwhile, in the other window

    form.save()
    assert form.isVisible()  # refused: nothing saved, the form stays with the typing
    assert form.general.text() == (
        f"{COLLEAGUE} saved a change to {before.name} at the same moment; your change was not "
        "saved. Look at it again and repeat your change.\n"
        "Your text is kept: close the form and open it again to see their change over yours."
    )
    assert form.general.isVisibleTo(form)
    now = records.draft_of(contact_id)
    assert (now.phone, now.title) == (PHONE, before.title)  # theirs stands, mine not written
    form.discard()  # Cancel after the refusal: the typing is held all the same

    dock.commands.edit_contact(contact_id)
    form = dock.last_dialog
    assert form.restored
    assert (form.title_field.text(), form.phone.text()) == (TITLE, PHONE)  # mine over theirs
    form.save()
    assert not form.isVisible()
    now = records.draft_of(contact_id)
    assert (now.phone, now.title) == (PHONE, TITLE)
    dock.commands.edit_contact(contact_id)  # saved: no draft left to offer
    assert not dock.last_dialog.restored
    dock.last_dialog.discard()
