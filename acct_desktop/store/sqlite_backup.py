"""Verified copies of a SQLite database file (no Qt, no services).

The copy is made with SQLite's online backup API, so it is consistent even while the app
holds the database open in WAL mode (committed transactions still in the ``-wal`` file are
included). It is written to a temporary file, switched to a single-file journal mode, checked
with ``PRAGMA integrity_check`` and only then renamed to its final name.

The backup folder layout and file names live here too, because ``open_database`` takes a
pre-migration backup and the store layer may not import services.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

from acct_desktop.config import data_dir

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
BACKUP_SUFFIX = ".acctdb"
KINDS = ("daily", "weekly", "manual", "pre-migration", "pre-restore")
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
    """A file is not a sound SQLite database, or a copy failed; the message is a sentence."""


def backup_folder(db_path: Path) -> Path:
    """Where the backups of the database file ``db_path`` go:
    ``<data folder>/backups/<database file stem>/``."""
    return data_dir() / "backups" / Path(db_path).stem


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


def check_sqlite_file(path: Path) -> None:
    """Raise ``SQLiteCopyError`` unless ``path`` is a SQLite file that passes
    ``PRAGMA integrity_check``. Opens read-only and leaves no side files behind."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise SQLiteCopyError(f"{path} cannot be read ({exc.strerror or exc}).") from exc
    if header != SQLITE_HEADER:
        raise SQLiteCopyError(f"{path} is not a database file (it is damaged or of another kind).")
    side_files = [Path(f"{path}-wal"), Path(f"{path}-shm")]
    existed = {side: side.exists() for side in side_files}
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise SQLiteCopyError(f"{path} is damaged: SQLite cannot read it ({exc}).") from exc
    finally:
        for side in side_files:
            if not existed[side] and side.exists():
                side.unlink(missing_ok=True)
    if rows != ["ok"]:
        raise SQLiteCopyError(f"{path} is damaged: the integrity check found {rows[0]}.")


def read_revision(path: Path) -> str | None:
    """The Alembic revision stored in a SQLite file (``None`` when it has none)."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables:
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None
    finally:
        conn.close()


def sqlite_backup(src: Path, dst: Path) -> str | None:
    """Copy the live database ``src`` to ``dst`` with the online backup API, verified.

    Writes ``dst`` through a temporary file in the same folder, in rollback-journal mode (one
    self-contained file), runs ``PRAGMA integrity_check`` on it and renames it into place.
    Returns the copy's schema revision. Raises ``SQLiteCopyError`` and leaves nothing at
    ``dst`` on any failure.
    """
    src, dst = Path(src), Path(dst)
    if not src.is_file():
        raise SQLiteCopyError(f"{src} does not exist, so there is nothing to back up.")
    dst.parent.mkdir(parents=True, exist_ok=True)
    temp = dst.with_name(f".{dst.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        try:
            source = sqlite3.connect(str(src), timeout=30)
        except sqlite3.Error as exc:
            raise SQLiteCopyError(f"Cannot open {src} to back it up ({exc}).") from exc
        try:
            target = sqlite3.connect(str(temp))
            try:
                source.backup(target, pages=1024)
                # The copied header says WAL; a backup is one file, so use a rollback journal.
                target.execute("PRAGMA journal_mode=DELETE")
                target.commit()
            finally:
                target.close()
        except sqlite3.Error as exc:
            raise SQLiteCopyError(f"Backing up {src} failed ({exc}).") from exc
        finally:
            source.close()
        check_sqlite_file(temp)
        revision = read_revision(temp)
        _fsync(temp)
        os.replace(temp, dst)
        _fsync_dir(dst.parent)
        return revision
    finally:
        temp.unlink(missing_ok=True)
        Path(f"{temp}-journal").unlink(missing_ok=True)


def take_pre_migration_backup(db_path: Path, revision: str | None) -> Path:
    """Back up ``db_path`` (at schema ``revision``) into its backup folder before an
    upgrade; returns the backup's path."""
    folder = backup_folder(db_path)
    dst = unique_path(folder, "pre-migration", datetime.now(UTC), revision)
    copied = sqlite_backup(db_path, dst)
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
