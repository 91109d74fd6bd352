"""Verified copies of a SQLite database file (no Qt, no services).

The copy is made with SQLite's online backup API, so it is consistent even while the app
holds the database open in WAL mode (committed transactions still in the ``-wal`` file are
included). It is written to a temporary file, switched to a single-file journal mode, checked
with ``PRAGMA integrity_check`` and only then renamed to its final name.

Encrypted (SQLCipher) databases are copied between two connections keyed with the same key,
so their backups are encrypted the same way (``store.encryption``).

The backup folder layout and file names live here too, because ``open_database`` takes a
pre-migration backup and the store layer may not import services.
"""

from __future__ import annotations

import logging
import os
import re
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from acct_desktop.config import data_dir
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, file_problem
from acct_desktop.store.database import DatabaseError
from acct_desktop.store.encryption import (
    SQLITE_HEADER,
    EncryptedDatabaseError,
    connect,
    database_errors,
    key_for,
    key_if_encrypted,
)

log = logging.getLogger(__name__)

BACKUP_SUFFIX = ".acctdb"
KINDS = ("daily", "weekly", "manual", "pre-migration", "pre-restore", "pre-import")
NO_REVISION = "none"
_STAMP = "%Y%m%dT%H%M%S%fZ"
_NAME = re.compile(
    r"^(?P<stamp>\d{8}T\d{12}Z)_(?P<kind>"
    + "|".join(KINDS)
    + r")_(?P<revision>[\w.-]+)"
    + re.escape(BACKUP_SUFFIX)
    + "$"
)


class SQLiteCopyError(Exception):
    """A file is not a sound SQLite database, or a copy failed; the message is a sentence,
    ``details`` what SQLite itself said (English, for the details of a message box)."""

    def __init__(self, message: object, details: str = "") -> None:
        super().__init__(message)
        self.details = details


def backup_folder(db_path: Path) -> Path:
    """Where the backups of the database file ``db_path`` go:
    ``<data folder>/backups/<database file stem>/``."""
    return data_dir() / "backups" / Path(db_path).stem


def _born_marker(db_path: Path) -> Path:
    """The file that says when the database at ``db_path`` was created: its backup folder
    is named after the file's stem, so a database made later at the same path (or another
    ``territory.acctdb``) finds the backups of the one before in it."""
    import hashlib

    try:
        where = str(Path(db_path).resolve())
    except OSError:
        where = str(db_path)
    digest = hashlib.sha1(where.encode("utf-8")).hexdigest()[:12]
    return backup_folder(db_path) / f".created-{digest}"


def mark_new_database(db_path: Path, now: datetime | None = None) -> None:
    """Note that the database at ``db_path`` was created now (never fails the open)."""
    marker = _born_marker(db_path)
    try:
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text((now or datetime.now(UTC)).astimezone(UTC).isoformat(), "utf-8")
    except OSError:
        log.warning("could not note the creation of %s", db_path, exc_info=True)


def created_at(db_path: Path) -> datetime | None:
    """When the database at ``db_path`` was created, if this app created it and said so."""
    try:
        return datetime.fromisoformat(_born_marker(db_path).read_text("utf-8").strip())
    except (OSError, ValueError):
        return None


def backup_file_name(kind: str, taken_at: datetime, revision: str | None) -> str:
    """``<UTC time>_<kind>_<schema revision>.acctdb``: the listing needs no file opened."""
    if kind not in KINDS:
        raise ValueError(f"unknown backup kind {kind!r}")
    stamp = taken_at.astimezone(UTC).strftime(_STAMP)
    return f"{stamp}_{kind}_{revision or NO_REVISION}{BACKUP_SUFFIX}"


def parse_backup_file_name(name: str) -> tuple[datetime, str, str | None] | None:
    """``(taken_at, kind, revision)`` from a backup file name, ``None`` for other files."""
    match = _NAME.match(name)
    if match is None:
        return None
    taken_at = datetime.strptime(match["stamp"], _STAMP).replace(tzinfo=UTC)
    revision = match["revision"]
    return taken_at, match["kind"], None if revision == NO_REVISION else revision


def check_sqlite_file(path: Path, key: bytes | None = None) -> None:
    """Raise ``SQLiteCopyError`` unless ``path`` is a SQLite file that passes
    ``PRAGMA integrity_check``. Opens read-only and leaves no side files behind.

    An encrypted file is checked with ``key``, or the key of this user's that opens it
    (``store.encryption``), and must pass SQLCipher's ``cipher_integrity_check`` too."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise SQLiteCopyError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "%1 cannot be read (%2)."),
                path,
                file_problem(exc),
            )
        ) from exc
    if not header:
        raise SQLiteCopyError(
            Sentence.of(QT_TRANSLATE_NOOP("messages", "%1 is empty: it holds no database."), path)
        )
    if header != SQLITE_HEADER and key is None:
        key = _key_of_encrypted(path, header)
    side_files = [Path(f"{path}-wal"), Path(f"{path}-shm")]
    existed = {side: side.exists() for side in side_files}
    try:
        conn = connect(path, key, read_only=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)").fetchall()]
            if key is not None:
                rows += [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
        finally:
            conn.close()
    except database_errors() as exc:
        raise SQLiteCopyError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "%1 is damaged: it cannot be read as a database."),
                path,
            ),
            details=str(exc),
        ) from exc
    finally:
        for side in side_files:
            if not existed[side] and side.exists():
                side.unlink(missing_ok=True)
    if rows != ["ok"]:
        raise SQLiteCopyError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "%1 is damaged: it cannot be read as a database."),
                path,
            ),
            details="\n".join(rows),
        )


def _key_of_encrypted(path: Path, header: bytes) -> bytes:
    """The key that opens ``path``, a file without the SQLite header; ``SQLiteCopyError``
    when it is not an encrypted database this user has the key of."""
    if len(header) == len(SQLITE_HEADER):
        try:
            return key_for(path)
        except EncryptedDatabaseError:
            pass
    raise SQLiteCopyError(
        Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages",
                "%1 is not a database file (it is damaged or of another kind), or it is "
                "encrypted with a key this computer's keyring does not have.",
            ),
            path,
        )
    )


def read_revision(path: Path, key: bytes | None = None) -> str | None:
    """The Alembic revision stored in a SQLite file (``None`` when it has none); an
    encrypted file is read with ``key``."""
    conn = connect(path, key, read_only=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def sqlite_backup(src: Path, dst: Path, key: bytes | None = None) -> str | None:
    """Copy the live database ``src`` to ``dst`` with the online backup API, verified.

    Writes ``dst`` through a temporary file in the same folder, in rollback-journal mode (one
    self-contained file), runs ``PRAGMA integrity_check`` on it and renames it into place.
    Returns the copy's schema revision. Raises ``SQLiteCopyError`` and leaves nothing at
    ``dst`` on any failure. The copy of an encrypted database is encrypted with the same
    key (``key``, or the one this user's key lookup finds).
    """
    src, dst = Path(src), Path(dst)
    if not src.is_file():
        raise SQLiteCopyError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "%1 does not exist, so there is nothing to back up."),
                src,
            )
        )
    if key is None:
        try:
            key = key_if_encrypted(src)
        except DatabaseError as exc:
            raise SQLiteCopyError(
                exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else str(exc)
            ) from exc
    dst.parent.mkdir(parents=True, exist_ok=True)
    temp = dst.with_name(f".{dst.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        try:
            source = connect(src, key, timeout=30)
        except database_errors() as exc:
            raise SQLiteCopyError(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "Cannot open %1 to back it up (%2)."), src, exc
                )
            ) from exc
        try:
            target = connect(temp, key)
            try:
                source.backup(target, pages=1024)
                # The copied header says WAL; a backup is one file, so use a rollback journal.
                target.execute("PRAGMA journal_mode=DELETE")
                target.commit()
            finally:
                target.close()
        except database_errors() as exc:
            raise SQLiteCopyError(
                Sentence.of(QT_TRANSLATE_NOOP("messages", "Backing up %1 failed (%2)."), src, exc)
            ) from exc
        finally:
            source.close()
        check_sqlite_file(temp, key)
        revision = read_revision(temp, key)
        _fsync(temp)
        os.replace(temp, dst)
        _fsync_dir(dst.parent)
        return revision
    finally:
        temp.unlink(missing_ok=True)
        Path(f"{temp}-journal").unlink(missing_ok=True)


def take_pre_migration_backup(
    db_path: Path, revision: str | None, key: bytes | None = None
) -> Path:
    """Back up ``db_path`` (at schema ``revision``) into its backup folder before an
    upgrade; returns the backup's path. An encrypted database's copy is encrypted too."""
    folder = backup_folder(db_path)
    dst = unique_path(folder, "pre-migration", datetime.now(UTC), revision)
    copied = sqlite_backup(db_path, dst, key)
    log.info("pre-migration backup of %s (schema %s) in %s", db_path, copied, dst)
    return dst


def unique_path(folder: Path, kind: str, taken_at: datetime, revision: str | None) -> Path:
    """A backup path in ``folder`` that no file uses yet (bumps the time by 1 µs if needed)."""
    while True:
        path = folder / backup_file_name(kind, taken_at, revision)
        if not path.exists():
            return path
        taken_at += timedelta(microseconds=1)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
