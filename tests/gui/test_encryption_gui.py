"""File → Encrypt database… / Decrypt database…, the recovery key dialog, the status word,
and "Enter recovery key…" when the key is missing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from acct_desktop.gui.encryption_actions import RecoveryKeyDialog, RecoveryKeyEntryDialog
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.services import database_keys
from acct_desktop.services.memory_keyring import MemoryKeyring
from acct_desktop.store import encryption
from acct_desktop.store.encryption import MissingKeyError, is_encrypted


@pytest.fixture(autouse=True)
def key_lookup() -> Iterator[None]:
    database_keys.install_key_lookup()  # as the acct-desktop command does at start
    yield
    encryption.use_key_lookup(None)


def test_encrypting_from_the_file_menu_reopens_it_encrypted_and_shows_the_key_once(
    qtbot, window: MainWindow, demo_db: Path
) -> None:
    actions = window.encryption_actions
    assert actions.encrypt.isVisible() and not actions.decrypt.isVisible()
    assert "encrypted" not in window.status_label.text()

    actions.run_encrypt(demo_db)
    qtbot.waitUntil(lambda: isinstance(actions.last_dialog, RecoveryKeyDialog), timeout=30_000)
    dialog = actions.last_dialog
    assert isinstance(dialog, RecoveryKeyDialog)
    assert is_encrypted(demo_db)
    assert window.workspace is not None and window.workspace.db.encrypted
    assert "(encrypted)" in window.status_label.text()
    assert actions.decrypt.isVisible() and not actions.encrypt.isVisible()
    assert dialog.recovery_key == database_keys.recovery_key()

    dialog.reject()  # Esc: refused until the user says the key is stored
    assert dialog.isVisible() and not dialog.close_button.isEnabled()
    dialog.copy()
    assert QApplication.clipboard().text() == dialog.recovery_key
    dialog.stored.setChecked(True)
    assert dialog.close_button.isEnabled()
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_the_recovery_key_saved_as_a_text_file_holds_the_key_and_the_warning(
    qtbot, tmp_path: Path
) -> None:
    dialog = RecoveryKeyDialog("ABCD-EFGH", None)
    qtbot.addWidget(dialog)
    target = tmp_path / "恢复密钥 recovery.txt"
    dialog.save_to(target)
    saved = target.read_text(encoding="utf-8")
    assert "ABCD-EFGH" in saved and "can read the data" in saved


def test_decrypting_from_the_file_menu_reopens_it_plain(
    qtbot, window: MainWindow, demo_db: Path
) -> None:
    window.set_workspace(None)
    database_keys.encrypt_database(demo_db)
    assert window.open_database(str(demo_db))
    actions = window.encryption_actions
    assert actions.decrypt.isVisible()

    actions.run_decrypt(demo_db)
    qtbot.waitUntil(
        lambda: window.workspace is not None and not window.workspace.db.encrypted,
        timeout=30_000,
    )
    assert not is_encrypted(demo_db)
    assert actions.encrypt.isVisible()


def test_encrypting_is_refused_with_a_sentence_while_another_program_holds_the_file(
    qtbot, window: MainWindow, demo_db: Path
) -> None:
    import sqlite3

    other = sqlite3.connect(demo_db)  # another program, mid-transaction
    other.execute("BEGIN IMMEDIATE")
    try:
        window.encryption_actions.run_encrypt(demo_db)
        qtbot.waitUntil(lambda: window.encryption_actions.last_problem is not None, timeout=30_000)
    finally:
        other.rollback()
        other.close()
    assert "close it there and try again" in window.encryption_actions.last_problem
    assert not is_encrypted(demo_db)
    assert window.workspace is not None  # opened again, as it was


def test_a_missing_key_shows_the_sentence_and_accepts_the_recovery_key(
    qtbot, window: MainWindow, demo_db: Path, isolated_user: MemoryKeyring
) -> None:
    window.set_workspace(None)
    recovery = database_keys.encrypt_database(demo_db).recovery_key
    isolated_user.secrets.clear()  # a new computer
    with pytest.raises(MissingKeyError) as missing:
        encryption.key_for(demo_db)

    dialog = RecoveryKeyEntryDialog(demo_db, str(missing.value))
    qtbot.addWidget(dialog)
    dialog.field.setText(recovery[:-1] + ("A" if recovery[-1] != "A" else "B"))
    dialog.try_key()
    assert "mistyped" in dialog.problem.text()
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.field.setText(recovery)
    dialog.try_key()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert window.open_database(str(demo_db))
    assert window.workspace is not None and window.workspace.db.encrypted


def test_a_new_database_is_offered_encryption_with_yes_as_the_default(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QMessageBox

    new = tmp_path / "nieuw.acctdb"
    assert window.open_database(str(new))
    actions = window.encryption_actions
    actions.offer_for_new_database()
    box = actions.last_dialog
    assert isinstance(box, QMessageBox)
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Yes)
    box.done(QMessageBox.StandardButton.Yes)
    qtbot.waitUntil(lambda: isinstance(actions.last_dialog, RecoveryKeyDialog), timeout=30_000)
    assert is_encrypted(new)
    assert window.workspace is not None and window.workspace.db.encrypted
    actions.last_dialog.stored.setChecked(True)
    actions.last_dialog.accept()


def test_declining_leaves_the_new_database_plain(qtbot, window: MainWindow, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QMessageBox

    new = tmp_path / "plain.acctdb"
    assert window.open_database(str(new))
    window.encryption_actions.offer_for_new_database()
    window.encryption_actions.last_dialog.done(QMessageBox.StandardButton.No)
    assert not is_encrypted(new)
