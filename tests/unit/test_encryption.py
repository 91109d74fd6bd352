"""Encryption at rest: SQLCipher files keyed from the keyring, wrong and missing keys, a
missing keyring backend, encrypting and decrypting in place, encrypted backups and
restores, the pre-migration backup, and the recovery key."""

from __future__ import annotations

import hashlib
import sqlite3
import subprocess
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import keyring
import keyring.backends.fail
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from acct_desktop.services import database_keys
from acct_desktop.services.backup import BackupStore, restore
from acct_desktop.services.database_keys import (
    RecoveryKeyError,
    format_recovery_key,
    parse_recovery_key,
)
from acct_desktop.services.memory_keyring import MemoryKeyring
from acct_desktop.services.secrets import KeyringUnavailableError
from acct_desktop.services.workspace import Workspace
from acct_desktop.store import encryption
from acct_desktop.store.database import make_engine, open_database, to_url
from acct_desktop.store.encryption import (
    DatabaseInUseError,
    MissingKeyError,
    WrongKeyError,
    file_fingerprints,
    is_encrypted,
)
from acct_desktop.store.migrate import upgrade

NOW = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def key_lookup() -> Iterator[None]:
    """As the CLI and the GUI do at start: encrypted files find their key in the keyring."""
    database_keys.install_key_lookup()
    yield
    encryption.use_key_lookup(None)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def plain_sqlite_reads(path: Path) -> bool:
    try:
        with closing(sqlite3.connect(path)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return True
    except sqlite3.DatabaseError:
        return False


def account_names(db_path: Path) -> list[str]:
    with closing(open_database(db_path, create=False)) as db, db.session() as session:
        return list(session.execute(text("SELECT name FROM account ORDER BY code")).scalars())


def rename_first_account(db_path: Path, name: str) -> None:
    db = open_database(db_path, create=False)
    try:
        with db.session() as session:
            session.execute(
                text("UPDATE account SET name = :n WHERE code = (SELECT min(code) FROM account)"),
                {"n": name},
            )
    finally:
        db.close()


# -- opening ------------------------------------------------------------------------------


def test_an_encrypted_database_is_unreadable_without_its_key(demo_db: Path) -> None:
    database_keys.encrypt_database(demo_db)
    assert demo_db.read_bytes()[:16] != b"SQLite format 3\x00"
    assert not plain_sqlite_reads(demo_db)
    cli = subprocess.run(
        ["sqlite3", str(demo_db), "SELECT name FROM account LIMIT 1"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert cli.returncode != 0 and "not a database" in cli.stderr
    assert b"account" not in demo_db.read_bytes()  # no table name, let alone a customer's


def test_an_encrypted_database_opens_with_the_key_in_the_keyring(demo_db: Path) -> None:
    names_before = account_names(demo_db)
    database_keys.encrypt_database(demo_db)
    workspace = Workspace.open(demo_db)
    try:
        assert workspace.db.encrypted
        assert workspace.stats.counts()["accounts"] == 200
        with workspace.db.session() as session:
            names = list(session.execute(text("SELECT name FROM account ORDER BY code")).scalars())
        assert names == names_before
    finally:
        workspace.close()


def test_a_new_database_created_with_a_key_is_encrypted_from_the_first_byte(
    tmp_path: Path,
) -> None:
    key, _new = database_keys.ensure_installation_key()
    path = tmp_path / "新建 territory.acctdb"
    db = open_database(path, key=key)
    with db.session() as session:
        session.execute(text("SELECT count(*) FROM account"))
    db.close()
    assert is_encrypted(path) and not plain_sqlite_reads(path)
    reopened = open_database(path, create=False)  # the key comes from the keyring
    assert reopened.encrypted
    reopened.close()


def test_a_file_encrypted_with_another_key_is_refused_and_left_unchanged(
    demo_db: Path, isolated_user: MemoryKeyring
) -> None:
    database_keys.encrypt_database(demo_db)
    isolated_user.secrets.clear()
    database_keys.ensure_installation_key()  # this computer has a key, just not this one
    before = digest(demo_db)
    with pytest.raises(WrongKeyError) as refused:
        open_database(demo_db)
    message = str(refused.value)
    assert "another computer or with another key" in message
    assert f'acct-desktop key recover --db "{demo_db}"' in message
    assert "Nothing in the file has been changed." in message
    assert digest(demo_db) == before
    assert sorted(p.name for p in demo_db.parent.iterdir() if p.name.startswith("demo")) == [
        "demo.acctdb"
    ]


def test_a_missing_key_says_how_to_enter_the_recovery_key(
    demo_db: Path, isolated_user: MemoryKeyring
) -> None:
    database_keys.encrypt_database(demo_db)
    isolated_user.secrets.clear()
    before = digest(demo_db)
    with pytest.raises(MissingKeyError) as refused:
        Workspace.open(demo_db)
    assert str(refused.value) == (
        f"{demo_db} is encrypted and this computer's keyring has no key for it. Enter its "
        f'recovery key: acct-desktop key recover --db "{demo_db}"'
    )
    assert digest(demo_db) == before


def test_without_a_keyring_backend_nothing_is_encrypted_and_no_key_is_written(
    demo_db: Path, tmp_path: Path
) -> None:
    keyring.set_keyring(keyring.backends.fail.Keyring())
    before = digest(demo_db)
    files_before = sorted(p.name for p in tmp_path.rglob("*"))
    with pytest.raises(KeyringUnavailableError) as refused:
        database_keys.encrypt_database(demo_db)
    assert "Secret Service" in str(refused.value) and "not written anywhere else" in str(
        refused.value
    )
    assert digest(demo_db) == before
    assert sorted(p.name for p in tmp_path.rglob("*")) == files_before


def test_without_a_keyring_backend_an_encrypted_file_is_refused_never_opened_plain(
    demo_db: Path,
) -> None:
    database_keys.encrypt_database(demo_db)
    before = digest(demo_db)
    keyring.set_keyring(keyring.backends.fail.Keyring())
    with pytest.raises(KeyringUnavailableError, match="system keyring could not be read"):
        open_database(demo_db)
    assert digest(demo_db) == before


# -- encrypting and decrypting in place -----------------------------------------------------


def test_encrypting_and_decrypting_in_place_keep_every_row_of_every_table(
    demo_db: Path,
) -> None:
    original = file_fingerprints(demo_db, None)
    assert len(original) > 30 and original["account"][0] == 200
    done = database_keys.encrypt_database(demo_db)
    assert done.new_key and done.recovery_key.count("-") == 13
    assert is_encrypted(demo_db)
    key = database_keys.installation_key()
    assert key is not None
    assert file_fingerprints(demo_db, key) == original
    # nothing plain left beside it: no temp copy, no retired original, no -wal/-shm
    assert [p.name for p in demo_db.parent.iterdir() if "demo" in p.name] == ["demo.acctdb"]

    database_keys.decrypt_database(demo_db)
    assert not is_encrypted(demo_db) and plain_sqlite_reads(demo_db)
    assert file_fingerprints(demo_db, None) == original
    assert [p.name for p in demo_db.parent.iterdir() if "demo" in p.name] == ["demo.acctdb"]


def test_the_account_search_index_works_in_the_encrypted_database(demo_db: Path) -> None:
    plain = Workspace.open(demo_db)
    try:
        name = plain.search.search("a", limit=1)[0].name
        term = name.split()[0]
        expected = [hit.id for hit in plain.search.search(term)]
    finally:
        plain.close()
    database_keys.encrypt_database(demo_db)
    encrypted = Workspace.open(demo_db)
    try:
        assert [hit.id for hit in encrypted.search.search(term)] == expected
        encrypted.search.rebuild()  # FTS5 writes work too
        assert [hit.id for hit in encrypted.search.search(term)] == expected
    finally:
        encrypted.close()


def test_encrypting_a_database_that_is_open_is_refused_and_changes_nothing(
    demo_db: Path,
) -> None:
    db = open_database(demo_db)
    try:
        with db.session() as session:
            session.execute(text("SELECT count(*) FROM account"))
        with pytest.raises(DatabaseInUseError, match="close it there and try again"):
            database_keys.encrypt_database(demo_db)
    finally:
        db.close()
    assert not is_encrypted(demo_db)
    assert [p.name for p in demo_db.parent.iterdir() if p.name.startswith(".demo")] == []


def test_a_second_database_is_encrypted_with_the_same_key_and_recovery_key(
    demo_db: Path, demo_s_file: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.acctdb"
    other.write_bytes(demo_s_file.read_bytes())
    first = database_keys.encrypt_database(demo_db)
    second = database_keys.encrypt_database(other)
    assert not second.new_key and second.recovery_key == first.recovery_key
    assert database_keys.recovery_key() == first.recovery_key


# -- backups --------------------------------------------------------------------------------


def test_backups_rotation_and_restore_of_an_encrypted_database_round_trip(
    demo_db: Path,
) -> None:
    database_keys.encrypt_database(demo_db)
    key = database_keys.installation_key()
    store = BackupStore.for_database(demo_db)
    states = {}
    for day in range(10):  # a daily backup on each of ten days, the data changing daily
        rename_first_account(demo_db, f"第 {day} 天 Ngày {day} dag {day}")
        taken = store.backup_if_due(demo_db, NOW + timedelta(days=day), keep_daily=3, keep_weekly=2)
        assert taken is not None
        states[taken.taken_at] = file_fingerprints(demo_db, key)
    kept = store.list()
    assert [b.kind for b in kept] == ["daily", "daily", "daily", "weekly"]
    for backup in kept:
        assert is_encrypted(backup.path) and not plain_sqlite_reads(backup.path)
        assert file_fingerprints(backup.path, key) == states[backup.taken_at]

    oldest = kept[-1]
    restored = restore(oldest.path, demo_db, now=NOW + timedelta(days=11))
    restored.db.close()
    assert is_encrypted(demo_db)
    assert file_fingerprints(demo_db, key) == states[oldest.taken_at]
    pre_restore = restored.pre_restore
    assert pre_restore is not None and is_encrypted(pre_restore.path)
    assert file_fingerprints(pre_restore.path, key) == states[kept[0].taken_at]


def test_a_plain_backup_restored_over_an_encrypted_database_is_encrypted_on_the_way(
    demo_db: Path, tmp_path: Path
) -> None:
    plain_backup = tmp_path / "plain-backup.acctdb"
    plain_backup.write_bytes(demo_db.read_bytes())
    expected = file_fingerprints(plain_backup, None)
    database_keys.encrypt_database(demo_db)
    rename_first_account(demo_db, "changed after the plain backup")
    restore(plain_backup, demo_db).db.close()
    assert is_encrypted(demo_db)
    assert file_fingerprints(demo_db, database_keys.installation_key()) == expected
    assert plain_sqlite_reads(plain_backup)  # the backup itself is left as it was


def test_the_pre_migration_backup_of_an_encrypted_database_is_encrypted(tmp_path: Path) -> None:
    key, _new = database_keys.ensure_installation_key()
    path = tmp_path / "old.acctdb"
    engine = make_engine(to_url(str(path)), key=key)
    upgrade(engine, "0003_account_name_index")
    engine.dispose()

    open_database(path).close()

    backups = BackupStore.for_database(path).list()
    assert [(b.kind, b.schema_revision) for b in backups] == [
        ("pre-migration", "0003_account_name_index")
    ]
    assert is_encrypted(backups[0].path) and not plain_sqlite_reads(backups[0].path)
    with closing(encryption.connect(backups[0].path, key, read_only=True)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            "0003_account_name_index"
        )
    assert is_encrypted(path)


# -- the recovery key ----------------------------------------------------------------------

keys = st.binary(min_size=32, max_size=32)


@given(key=keys)
def test_a_recovery_key_gives_back_its_key_however_it_is_typed(key: bytes) -> None:
    recovery = format_recovery_key(key)
    groups = recovery.split("-")
    assert len(groups) == 14 and all(len(g) == 4 for g in groups)
    assert parse_recovery_key(recovery) == key
    assert parse_recovery_key(" ".join(groups).lower()) == key
    assert parse_recovery_key(recovery.replace("O", "0").replace("I", "1")) == key


@settings(max_examples=300)
@given(
    key=keys,
    position=st.integers(0, 55),
    replacement=st.sampled_from("ABCDEFGHJKLMNPQRSTUVWXYZ234567"),
)
def test_any_single_mistyped_character_is_caught(
    key: bytes, position: int, replacement: str
) -> None:
    typed = list(format_recovery_key(key).replace("-", ""))
    if typed[position] == replacement:
        return
    typed[position] = replacement
    with pytest.raises(RecoveryKeyError, match="mistyped"):
        parse_recovery_key("".join(typed))


@given(key=keys, position=st.integers(0, 54))
def test_two_swapped_neighbours_are_caught(key: bytes, position: int) -> None:
    typed = list(format_recovery_key(key).replace("-", ""))
    if typed[position] == typed[position + 1]:
        return
    typed[position], typed[position + 1] = typed[position + 1], typed[position]
    with pytest.raises(RecoveryKeyError):
        parse_recovery_key("".join(typed))


def test_a_recovery_key_of_the_wrong_length_or_with_strange_characters_says_so() -> None:
    recovery = format_recovery_key(bytes(range(32)))
    with pytest.raises(RecoveryKeyError, match="has 52"):
        parse_recovery_key(recovery[:-5])
    with pytest.raises(RecoveryKeyError, match='"9" cannot be part'):
        parse_recovery_key(recovery[:-1] + "9")


def test_recovering_the_key_on_another_computer_opens_the_database(
    demo_db: Path, isolated_user: MemoryKeyring
) -> None:
    recovery = database_keys.encrypt_database(demo_db).recovery_key
    isolated_user.secrets.clear()  # the same file on a new computer
    database_keys.ensure_installation_key()  # which already encrypts its own databases
    own_key = database_keys.installation_key()

    with pytest.raises(RecoveryKeyError, match="does not open"):
        database_keys.recover_key(demo_db, format_recovery_key(bytes(32)))
    assert len(database_keys.stored_keys()) == 1  # nothing stored for a wrong key

    said = database_keys.recover_key(demo_db, recovery.lower())
    assert "is now in this computer's keyring" in said
    assert database_keys.installation_key() == own_key  # its own databases still open
    assert len(account_names(demo_db)) == 200
    assert "already" in database_keys.recover_key(demo_db, recovery)
