"""Backups: verified online copies, rotation, restore refusals and round trips, and the
pre-migration backup taken by ``open_database``."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import time
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from acct_desktop.services.backup import (
    BackupError,
    BackupStore,
    DamagedBackupError,
    NewerSchemaBackupError,
    ServerDatabaseError,
    backup_to,
    restore,
)
from acct_desktop.services.workspace import Workspace
from acct_desktop.store.database import make_engine, open_database, to_url
from acct_desktop.store.migrate import upgrade
from acct_desktop.store.schema import HEAD_REVISION
from acct_desktop.store.sqlite_backup import backup_file_name, backup_folder, check_sqlite_file

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)  # a Monday (ISO week 48)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def first_account(path: Path) -> tuple[bytes, str]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT id, name FROM account ORDER BY code LIMIT 1").fetchone()
    finally:
        conn.close()


def account_name(path: Path, account_id: bytes) -> str:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT name FROM account WHERE id = ?", (account_id,)).fetchone()[0]
    finally:
        conn.close()


def rename_account(path: Path, account_id: bytes, name: str) -> None:
    conn = sqlite3.connect(path)
    try:
        with conn:
            conn.execute("UPDATE account SET name = ? WHERE id = ?", (name, account_id))
    finally:
        conn.close()


def integrity(path: Path) -> str:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()


# -- taking a backup ------------------------------------------------------------------------


def test_backup_of_an_open_wal_database_holds_the_last_committed_write(
    demo_db: Path, tmp_path: Path
) -> None:
    account_id, _ = first_account(demo_db)
    workspace = Workspace.over(open_database(demo_db))
    try:
        with workspace.db.session() as session:
            session.execute(
                text("UPDATE account SET name = :name WHERE id = :id"),
                {"name": "备份测试 Backup-Test", "id": account_id},
            )
        assert Path(f"{demo_db}-wal").stat().st_size > 0  # the write is still in the WAL
        info = backup_to(workspace.db, tmp_path / "copy.acctdb")
    finally:
        workspace.close()
    assert info.path == tmp_path / "copy.acctdb"
    assert info.schema_revision == HEAD_REVISION
    assert info.size == info.path.stat().st_size > 0
    assert integrity(info.path) == "ok"
    assert account_name(info.path, account_id) == "备份测试 Backup-Test"
    # one self-contained file, no journal left beside it, no temp file left behind
    assert sorted(p.name for p in tmp_path.iterdir() if "copy" in p.name) == ["copy.acctdb"]
    with closing(sqlite3.connect(info.path)) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_manual_backup_goes_into_the_per_user_backup_folder(demo_db: Path) -> None:
    store = BackupStore.for_database(demo_db)
    assert store.folder == backup_folder(demo_db)
    assert store.folder.parent.parent == Path(os.environ["ACCT_DESKTOP_DATA_DIR"])
    assert store.folder.name == "demo"
    info = store.take(demo_db, "manual", NOW)
    assert [(b.kind, b.taken_at, b.schema_revision) for b in store.list()] == [
        ("manual", NOW, HEAD_REVISION)
    ]
    assert info.path.parent == store.folder


def test_server_databases_are_left_to_the_server(tmp_path: Path) -> None:
    with pytest.raises(ServerDatabaseError, match="pg_dump"):
        backup_to("postgresql://sales@db.example/territory", tmp_path / "x.acctdb")
    with pytest.raises(ServerDatabaseError, match="server's job"):
        restore(tmp_path / "x.acctdb", "postgresql://sales@db.example/territory")
    assert not (tmp_path / "x.acctdb").exists()


# -- rotation -------------------------------------------------------------------------------


def fake_backup(folder: Path, kind: str, taken_at: datetime) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / backup_file_name(kind, taken_at, HEAD_REVISION)
    path.write_bytes(b"not opened by list() or rotate()")
    return path


def test_rotation_keeps_seven_newest_dailies_and_the_newest_of_eight_weeks(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "backups"
    for day in range(60):  # 2026-09-25 … 2026-11-23, every night at 03:00
        fake_backup(folder, "daily", datetime(2026, 11, 23, 3, tzinfo=UTC) - timedelta(days=day))
    for n in range(25):
        fake_backup(folder, "manual", NOW - timedelta(days=n, hours=1))
    for n in range(3):
        fake_backup(folder, "pre-migration", NOW - timedelta(days=100 + n))
    store = BackupStore(folder)

    removed = store.rotate(keep_daily=7, keep_weekly=8)

    kept = {(b.kind, b.taken_at.date().isoformat()) for b in store.list() if b.kind != "manual"}
    assert kept == {
        # the newest 7 automatic ones
        *(("daily", f"2026-11-{d}") for d in range(17, 24)),
        # the newest of each of the 8 most recent ISO weeks (weeks 48 and 47 are covered above)
        ("weekly", "2026-11-15"),
        ("weekly", "2026-11-08"),
        ("weekly", "2026-11-01"),
        ("weekly", "2026-10-25"),
        ("weekly", "2026-10-18"),
        ("weekly", "2026-10-11"),
        # pre-migration ones are under their cap of 10
        *(("pre-migration", (NOW - timedelta(days=100 + n)).date().isoformat()) for n in range(3)),
    }
    manual = [b for b in store.list() if b.kind == "manual"]
    assert len(manual) == 20  # the cap: the 5 oldest went
    assert min(b.taken_at for b in manual) == NOW - timedelta(days=19, hours=1)
    assert len(removed) == 60 - 13 + 5
    assert not any(p.exists() for p in removed)
    # rotating again changes nothing
    assert store.rotate(keep_daily=7, keep_weekly=8) == []


def test_weeks_without_backups_do_not_use_up_the_weekly_slots(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    # a laptop used once a month
    for month in range(1, 11):
        fake_backup(folder, "daily", datetime(2026, month, 10, 9, tzinfo=UTC))
    store = BackupStore(folder)
    store.rotate(keep_daily=2, keep_weekly=3)
    assert [(b.kind, b.taken_at.month) for b in store.list()] == [
        ("daily", 10),
        ("daily", 9),
        ("weekly", 8),
    ]


def test_backup_if_due_respects_one_day(demo_db: Path) -> None:
    store = BackupStore.for_database(demo_db)
    first = store.backup_if_due(demo_db, NOW)
    assert first is not None and first.kind == "daily" and first.taken_at == NOW
    assert store.backup_if_due(demo_db, NOW + timedelta(hours=23, minutes=59)) is None
    second = store.backup_if_due(demo_db, NOW + timedelta(days=1, minutes=1))
    assert second is not None and second.taken_at == NOW + timedelta(days=1, minutes=1)
    assert [b.taken_at for b in store.list()] == [second.taken_at, first.taken_at]
    # a manual backup counts as a recent one
    store.take(demo_db, "manual", NOW + timedelta(days=3))
    assert store.backup_if_due(demo_db, NOW + timedelta(days=3, hours=2)) is None
    assert integrity(second.path) == "ok"


# -- restore --------------------------------------------------------------------------------


@pytest.fixture
def good_backup(demo_db: Path, tmp_path: Path) -> Path:
    return backup_to(demo_db, tmp_path / "good.acctdb").path


def assert_refused_untouched(backup: Path, demo_db: Path, error: type, words: str) -> None:
    before = digest(demo_db)
    with pytest.raises(error) as caught:
        restore(backup, demo_db)
    message = str(caught.value)
    assert words in message and message.endswith(".") and "Traceback" not in message
    assert digest(demo_db) == before
    assert BackupStore.for_database(demo_db).list() == []  # nothing was even backed up


def test_restore_refuses_random_bytes(demo_db: Path, tmp_path: Path) -> None:
    junk = tmp_path / "junk.acctdb"
    junk.write_bytes(os.urandom(64 * 1024))
    assert_refused_untouched(junk, demo_db, DamagedBackupError, "not a database file")


def test_restore_refuses_a_truncated_copy(demo_db: Path, good_backup: Path, tmp_path: Path) -> None:
    truncated = tmp_path / "truncated.acctdb"
    data = good_backup.read_bytes()
    truncated.write_bytes(data[: len(data) // 2])
    assert_refused_untouched(truncated, demo_db, DamagedBackupError, "damaged")


def test_restore_refuses_a_backup_from_a_newer_schema(
    demo_db: Path, good_backup: Path, tmp_path: Path
) -> None:
    future = tmp_path / "future.acctdb"
    shutil.copyfile(good_backup, future)
    conn = sqlite3.connect(future)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    assert_refused_untouched(future, demo_db, NewerSchemaBackupError, "newer version")


def test_restore_refuses_while_the_database_is_open(demo_db: Path, good_backup: Path) -> None:
    db = open_database(demo_db)
    try:
        with db.session() as session:
            session.execute(text("SELECT count(*) FROM account"))
        with pytest.raises(BackupError, match="still open"):
            restore(good_backup, demo_db)
    finally:
        db.close()
    assert BackupStore.for_database(demo_db).list() == []


def test_restore_brings_back_the_old_data_and_keeps_a_pre_restore_backup(
    demo_db: Path, good_backup: Path
) -> None:
    account_id, old_name = first_account(demo_db)
    db = open_database(demo_db)  # the app wrote something since the backup …
    with db.session() as session:
        session.execute(
            text("UPDATE account SET name = 'Renamed after the backup' WHERE id = :id"),
            {"id": account_id},
        )
    db.close()  # … and closed the database before restoring

    restored = restore(good_backup, demo_db, now=NOW)
    try:
        with restored.db.session() as session:
            name = session.execute(
                text("SELECT name FROM account WHERE id = :id"), {"id": account_id}
            ).scalar_one()
        assert name == old_name
    finally:
        restored.db.close()
    saved = restored.pre_restore
    assert saved is not None and saved.kind == "pre-restore" and saved.taken_at == NOW
    assert account_name(saved.path, account_id) == "Renamed after the backup"
    assert [b.kind for b in BackupStore.for_database(demo_db).list()] == ["pre-restore"]
    assert integrity(demo_db) == "ok"
    check_sqlite_file(saved.path)
    # the backup itself is left as it was
    assert account_name(good_backup, account_id) == old_name


def test_restore_into_a_missing_database_needs_no_pre_restore_backup(
    good_backup: Path, tmp_path: Path
) -> None:
    target = tmp_path / "new" / "territory.acctdb"
    restored = restore(good_backup, target)
    restored.db.close()
    assert restored.pre_restore is None
    assert integrity(target) == "ok"


# -- before a migration ---------------------------------------------------------------------


def test_opening_an_older_database_backs_it_up_first_and_a_current_one_not(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.acctdb"
    engine = make_engine(to_url(str(path)))
    upgrade(engine, "0003_account_name_index")
    engine.dispose()
    old_bytes = digest(path)
    store = BackupStore.for_database(path)
    assert store.list() == []

    open_database(path).close()

    backups = store.list()
    assert [(b.kind, b.schema_revision) for b in backups] == [
        ("pre-migration", "0003_account_name_index")
    ]
    assert integrity(backups[0].path) == "ok"
    with closing(sqlite3.connect(backups[0].path)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            "0003_account_name_index"
        )
    assert digest(path) != old_bytes  # the database itself was upgraded

    open_database(path).close()  # already at head: no second backup
    assert len(store.list()) == 1


def test_a_new_database_gets_no_pre_migration_backup(tmp_path: Path) -> None:
    path = tmp_path / "fresh.acctdb"
    open_database(path).close()
    assert BackupStore.for_database(path).list() == []


def test_a_restored_backup_equals_the_original_table_by_table(
    demo_db: Path, tmp_path: Path
) -> None:
    from acct_desktop.store.encryption import file_fingerprints

    open_database(demo_db).close()  # at the current schema, as the app leaves it
    original = file_fingerprints(demo_db, None)
    backup = backup_to(demo_db, tmp_path / "copy.acctdb").path
    restored = restore(backup, tmp_path / "restored.acctdb", now=NOW)
    restored.db.close()
    again = file_fingerprints(tmp_path / "restored.acctdb", None)
    assert again == original  # every table: its row count and a checksum of its rows
    assert sum(count for count, _sum in original.values()) > 10_000
    assert original["sales_fact"][0] > 0 and original["audit_event"][0] >= 0


def test_a_copy_killed_half_way_is_swept_by_the_next_backup_and_rotation(
    demo_db: Path, tmp_path: Path
) -> None:
    store = BackupStore(tmp_path / "backups")
    store.folder.mkdir()
    name = backup_file_name("daily", datetime(2026, 11, 20, tzinfo=UTC), HEAD_REVISION)
    killed = store.folder / f".{name}.1a2b3c4d.part"  # as a process killed mid-copy leaves it
    killed_journal = store.folder / f".{name}.1a2b3c4d.part-journal"
    for path in (killed, killed_journal):
        path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4096)
        before = time.time() - 3600  # written by a process before this one
        os.utime(path, (before, before))
    growing = store.folder / f".{name}.9f8e7d6c.part"  # another window's copy, being written
    growing.write_bytes(b"SQLite format 3\x00")
    store.take(demo_db, "manual")
    assert not killed.exists() and not killed_journal.exists()
    assert growing.exists()
    os.utime(growing, (time.time() - 3600,) * 2)  # that window was killed too
    store.rotate()
    assert not growing.exists()
    assert [b.kind for b in store.list()] == ["manual"]


def test_a_database_made_again_at_the_same_path_has_no_backup_yet(tmp_path: Path) -> None:
    """The backup folder is named after the file's stem: a territory.acctdb deleted and made
    again found the earlier one's backups, said "last backup 08:52" and, the newest being
    less than a day old, was not backed up itself."""
    path = tmp_path / "territory.acctdb"
    earlier = open_database(path)
    earlier.engine.dispose()
    store = BackupStore.for_database(path)
    old = store.take(path, "daily")
    assert BackupStore.for_database(path).newest() == old
    for leftover in tmp_path.glob("territory.acctdb*"):
        leftover.unlink()

    again = open_database(path)  # a new database, same path
    again.engine.dispose()
    store = BackupStore.for_database(path)
    assert store.newest() is None  # "no backup yet"
    assert old in store.list()  # still offered to restore from
    first = store.backup_if_due(path)
    assert first is not None and store.newest() == first
