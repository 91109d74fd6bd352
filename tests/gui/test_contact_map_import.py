"""Importing vCards from the map says what it did and the counts elsewhere follow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from acct_desktop.gui.main_window import MainWindow
from tests.gui.test_contact_map import account_with_people, dock_of

GMAIL = Path(__file__).parents[1] / "fixtures" / "vcards" / "gmail_30.vcf"


def test_a_vcard_import_says_what_it_did_and_the_counts_follow(qtbot, window: MainWindow) -> None:
    account_id = account_with_people(window)
    window.current.set(account_id)
    window.card.open_tab("profile")
    dock = dock_of(window)
    before = window.workspace.accounts.profile(account_id).contact_count
    assert window.card.profile_form.facts["contacts"].text() == str(before)
    qtbot.waitUntil(lambda: "contacts" in window.status_label.text())
    total_before = window.workspace.stats.counts()["contacts"]

    dock.commands.import_vcards(GMAIL)
    box = dock.last_dialog
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "created" in box.text()
    after = window.workspace.accounts.profile(account_id).contact_count
    assert after > before
    assert window.card.profile_form.facts["contacts"].text() == str(after)
    total = window.workspace.stats.counts()["contacts"]
    assert total > total_before
    shown = f"{total:,}"
    qtbot.waitUntil(lambda: shown in window.status_label.text())
    # a person added on the map counts on the card at once too
    dock.commands.add_contact(None)
    form = dock.last_dialog
    form.name.setText("Zoë van ’t Hek")
    form.save()
    assert window.card.profile_form.facts["contacts"].text() == str(after + 1)
