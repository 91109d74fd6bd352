"""After a day's work in the window, the logs and settings hold no personal data and no secret.

The session logs at DEBUG into the app's real log file (``cli._setup_logging``), keeps its
settings where the app keeps them (QSettings in the isolated ``XDG_CONFIG_HOME``), opens the
S demo, moves between accounts, opens a contact's form and saves it, saves a visit report,
tries a server database whose URL holds a password, stores that password in the keyring and
makes a seal key (its passphrase goes to the keyring), then closes. Every log file, every
settings file and every JSON file in the data folder is then searched for every contact's
name, phone, e-mail and messenger id, every secret the keyring holds, and anything that
looks like a private key or a password; a hit fails with the file and line.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from acct_desktop.app import open_workspace
from acct_desktop.config import data_dir, log_dir, seal_key_folder
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.settings import AppSettings
from acct_desktop.services.memory_keyring import MemoryKeyring
from acct_desktop.services.seal_keys import SealIdentity, SealKeyStore
from acct_desktop.services.secrets import settings_safe_target, store_password
from acct_desktop.store import models as m
from acct_desktop.store.database import open_database

SERVER_PASSWORD = "Kh0ng-đoán-được!7"
SERVER_URL = f"postgresql://lan:{SERVER_PASSWORD}@127.0.0.1:9/territory"
LOOKS_SECRET = [
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----"),
    re.compile(r"(?i)\b(password|passwd|pwd|passphrase|secret)\s*[=:]\s*(?!None\b)\S+"),
    re.compile(r"[a-z][a-z0-9+]*://[^/\s:@]+:(?!\*\*\*@)[^/\s@]+@"),  # user:password@, not ***
]


@pytest.fixture
def app_logging() -> Iterator[Path]:
    """The app's own log set-up, at DEBUG; the test run's logging is put back after."""
    from acct_desktop.cli import _setup_logging

    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    _setup_logging()
    root.setLevel(logging.DEBUG)
    yield log_dir()
    for handler in root.handlers:
        handler.close()
    root.handlers[:] = handlers
    root.setLevel(level)


@pytest.fixture
def app_settings(qapp) -> Iterator[AppSettings]:  # type: ignore[no-untyped-def]
    """Settings where the app keeps them: QSettings' user scope under XDG_CONFIG_HOME."""
    config = os.environ["XDG_CONFIG_HOME"]
    names = (QCoreApplication.organizationName(), QCoreApplication.applicationName())
    QCoreApplication.setOrganizationName("acct-desktop")
    QCoreApplication.setApplicationName("acct-desktop")
    for kind in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(kind, QSettings.Scope.UserScope, config)
    yield AppSettings()
    QCoreApplication.setOrganizationName(names[0])
    QCoreApplication.setApplicationName(names[1])


def _people(db_path: Path) -> set[str]:
    """Every contact's name, phone, e-mail and messenger id (and their other details)."""
    db = open_database(db_path)
    try:
        with db.session() as session:
            rows = session.execute(
                select(m.Contact.name, m.Contact.phone, m.Contact.email, m.Contact.messenger_id)
            ).all()
            details = session.scalars(select(m.ContactDetail.value)).all()
    finally:
        db.close()
    return {value for row in rows for value in row if value} | set(details)


def _files_to_scan() -> list[Path]:
    config = Path(os.environ["XDG_CONFIG_HOME"])
    found = [p for p in log_dir().glob("*.log*")]
    found += [p for p in config.rglob("*") if p.is_file()]
    found += [p for p in data_dir().rglob("*.json")]
    return sorted(set(found))


def _hits(files: list[Path], needles: set[str]) -> list[str]:
    hits = []
    for path in files:
        text = path.read_text(encoding="utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), start=1):
            for needle in needles:
                if needle in line:
                    hits.append(f"{path}:{number}: holds {needle!r}: {line[:160]}")
            for pattern in LOOKS_SECRET:
                if pattern.search(line):
                    hits.append(f"{path}:{number}: looks like a secret: {line[:160]}")
    return hits


def test_a_working_session_leaves_no_personal_data_or_secret_in_logs_or_settings(
    qtbot,  # type: ignore[no-untyped-def]
    demo_db: Path,
    app_logging: Path,
    app_settings: AppSettings,
    isolated_user: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a: warnings.append(text)
    )
    window = MainWindow(app_settings, open_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_database(str(demo_db))
    workspace = window.workspace
    logging.getLogger("acct_desktop").debug("session started on %s", workspace.label)

    # Move between accounts: the busiest, then a store picked in the tree.
    window.current.set(workspace.accounts.busiest_account_id())
    tree = window.docks["accountTreeDock"]
    tree.view.setCurrentIndex(tree.model.index(3, 0))

    # Open a contact's form, change the phone and save.
    with workspace.db.session() as session:
        contact_id = session.scalar(
            select(m.Contact.id).where(m.Contact.account_id == window.current.id).limit(1)
        ) or session.scalar(select(m.Contact.id).limit(1))
    contacts = window.docks["contactMapDock"]
    contacts.commands.edit_contact(contact_id)
    form = contacts.last_dialog
    form.phone.setText("+84 28 3823 9911")
    form.save()
    assert form.result() == form.DialogCode.Accepted

    # Save a visit report.
    with workspace.db.session() as session:
        visit_id = session.scalar(
            select(m.Visit.id).where(m.Visit.status == "planned").order_by(m.Visit.planned_start)
        )
    report = window.docks["visitCalendarDock"].open_report(visit_id)
    report.texts["summary"].setPlainText(
        "Gesprek met de inkoper — 与采购经理会谈, Chị Lan hài lòng"
    )
    report.flush()
    report.close()

    # A team database: its URL with a password is refused (no server), then the password is
    # stored in the keyring and the URL remembered without it, as after a successful open.
    assert not window.open_database(SERVER_URL)
    said = window.last_dialog  # "cannot be reached", with the driver's words as details
    shown = [said.text(), said.detailedText()] if said is not None else []
    assert warnings or shown
    assert all(SERVER_PASSWORD not in text for text in [*warnings, *shown])
    if said is not None:
        said.close()
    store_password(SERVER_URL, SERVER_PASSWORD)
    app_settings.add_recent_file(settings_safe_target(SERVER_URL))

    # A seal key: the passphrase goes to the keyring, the key file is encrypted with it.
    keys = SealKeyStore(seal_key_folder())
    keys.create(SealIdentity("Lan Nguyễn", "Huile BV", "lan@huile.example"))
    keys.signer()

    window.close()
    window.set_workspace(None)
    app_settings._s.sync()
    for handler in logging.getLogger().handlers:
        handler.flush()

    secrets = set(isolated_user.secrets.values())
    assert SERVER_PASSWORD in secrets and len(secrets) >= 2  # the password and a passphrase
    people = _people(demo_db)
    assert "+84 28 3823 9911" in people and len(people) > 200
    files = _files_to_scan()
    logs = [p for p in files if p.parent == log_dir()]
    assert logs and any("session started" in p.read_text(encoding="utf-8") for p in logs)
    assert any(p.is_relative_to(os.environ["XDG_CONFIG_HOME"]) for p in files)
    assert _hits(files, {s for s in people | secrets if len(s) >= 4}) == []
