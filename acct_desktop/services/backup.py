"""Backups of the local SQLite database: take, list, rotate, restore (no Qt).

Every backup is a verified copy made with SQLite's online backup API
(``acct_desktop.store.sqlite_backup``), so it can be taken while the app has the database
open. Automatic ones live in ``<data folder>/backups/<database file stem>/``, named
``<UTC time>_<kind>_<schema revision>.acctdb`` so that listing them opens no file.

Kinds: ``daily`` (taken on start when the newest backup is more than a day old),
``weekly`` (a daily one kept by the weekly rule, renamed), ``manual`` (Backup now / the
``backup`` command), ``pre-migration`` (before ``open_database`` upgrades the schema) and
``pre-restore`` (the state replaced by a restore) and ``pre-import`` (before a sales
import replaces figures, ``services.imports.sales``).

Rotation rule (``BackupStore.rotate``):

- of the automatic backups (daily + weekly), keep the newest ``keep_daily`` (default 7);
- also keep the newest automatic backup of each of the ``keep_weekly`` (default 8) most recent
  ISO weeks that have one (weeks with no backup do not count, so a laptop left unused for a
  month keeps its older history); those kept only by this rule are renamed to kind
  ``weekly``;
- ``manual``, ``pre-migration``, ``pre-restore`` and ``pre-import`` backups are never removed
  by age, only when there are more of one kind than its cap (defaults 20, 10, 10, 10): then
  the oldest go.

Encrypted databases (SQLCipher, ``store.encryption``) get encrypted backups with the same
key; a plain backup restored over an encrypted database is encrypted on the way in.

Server (PostgreSQL) databases are not backed up here: that is the server's job (pg_dump).
"""

from __future__ import annotations

import logging
import os
import shutil
import time
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, sentences
from acct_desktop.store.database import (
    Database,
    DatabaseError,
    open_database,
    read_schema_revision,
    to_url,
)
from acct_desktop.store.encryption import (
    DatabaseInUseError,
    EncryptedDatabaseError,
    EncryptionCopyError,
    connect,
    database_errors,
    export_copy,
    is_encrypted,
    key_if_encrypted,
)
from acct_desktop.store.schema import HEAD_REVISION, SCHEMA_REVISIONS
from acct_desktop.store.sqlite_backup import (
    SQLiteCopyError,
    backup_file_name,
    backup_folder,
    check_sqlite_file,
    created_at,
    parse_backup_file_name,
    sqlite_backup,
    unique_path,
)

log = logging.getLogger(__name__)

DEFAULT_KEEP_DAILY = 7
DEFAULT_KEEP_WEEKLY = 8
DEFAULT_KEEP_MANUAL = 20
DEFAULT_KEEP_PRE_MIGRATION = 10
DEFAULT_KEEP_PRE_RESTORE = 10
DEFAULT_KEEP_PRE_IMPORT = 10
BACKUP_INTERVAL = timedelta(days=1)
AUTOMATIC_KINDS = ("daily", "weekly")
# A copy's temporary file (``.<name>.<hex>.part``, and its journal) left by a process killed
# while copying is swept by the next backup or rotation: one older than this process is no
# copy still being written (a copy being written is touched as it grows).
PROCESS_STARTED = time.time()

SERVER_MESSAGE = QT_TRANSLATE_NOOP(
    "messages",
    "%1 is a server database; backing it up and restoring it is the server's job "
    "(pg_dump / pg_restore by its administrator), not acct-desktop's.",
)


class BackupError(ValueError):
    """A backup or restore was refused or failed; the message is a sentence for the user."""


class DamagedBackupError(BackupError):
    """A damaged (or empty, or foreign) file; ``details`` is what SQLite said of it."""

    @property
    def details(self) -> str:
        return str(getattr(self.__cause__, "details", "") or "")


class NewerSchemaBackupError(BackupError):
    pass


class ServerDatabaseError(BackupError):
    pass


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: datetime  # UTC
    size: int  # bytes
    schema_revision: str | None
    kind: str  # daily | weekly | manual | pre-migration | pre-restore | pre-import


@dataclass
class Restored:
    db: Database  # the restored database, open and at the head schema
    pre_restore: BackupInfo | None  # the state it replaced


def _sqlite_path(db_or_path: Database | str | Path) -> Path:
    """The file behind a database, or ``ServerDatabaseError`` for a server database."""
    url = db_or_path.url if isinstance(db_or_path, Database) else to_url(db_or_path)
    if url.get_backend_name() != "sqlite":
        label = url.render_as_string(hide_password=True)
        raise ServerDatabaseError(Sentence.of(SERVER_MESSAGE, label))
    if not url.database or url.database == ":memory:":
        raise BackupError(
            QT_TRANSLATE_NOOP("messages", "An in-memory database has no file to back up.")
        )
    return Path(str(url.database))


def backup_to(
    db_or_path: Database | str | Path,
    target: Path,
    *,
    kind: str = "manual",
    now: datetime | None = None,
) -> BackupInfo:
    """A verified copy of the live database at ``target`` (written via a temp file).

    Works while the database is open (WAL): committed transactions are in the copy.
    """
    source = _sqlite_path(db_or_path)
    target = Path(target)
    if target.resolve() == source.resolve():
        raise BackupError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages", "The backup cannot be written over the database itself (%1)."
                ),
                source,
            )
        )
    try:
        revision = sqlite_backup(source, target)
    except SQLiteCopyError as exc:
        raise BackupError(
            Sentence.of(QT_TRANSLATE_NOOP("messages", "No backup was made: %1"), _reason(exc))
        ) from exc
    return BackupInfo(
        path=target,
        taken_at=(now or datetime.now(UTC)).astimezone(UTC),
        size=target.stat().st_size,
        schema_revision=revision,
        kind=kind,
    )


class BackupStore:
    """The rotating backups of one database in one folder."""

    def __init__(self, folder: Path, since: datetime | None = None) -> None:
        self.folder = Path(folder)
        # when the database was created: older backups in the folder are of another one
        self.since = since

    @classmethod
    def for_database(cls, db_or_path: Database | str | Path) -> BackupStore:
        """The store in the per-user data folder: ``backups/<database file stem>/``."""
        path = _sqlite_path(db_or_path)
        return cls(backup_folder(path), created_at(path))

    def list(self) -> list[BackupInfo]:
        """All backups here, newest first (files not named like a backup are ignored)."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.iterdir():
            parsed = parse_backup_file_name(path.name)
            if parsed is None or not path.is_file():
                continue
            taken_at, kind, revision = parsed
            found.append(BackupInfo(path, taken_at, path.stat().st_size, revision, kind))
        found.sort(key=lambda b: (b.taken_at, b.path.name), reverse=True)
        return found

    def sweep_stale_parts(self) -> list[Path]:
        """Remove the temporary files of copies killed half-way (see PROCESS_STARTED);
        never raises: a file that cannot be removed now is tried again next time."""
        if not self.folder.is_dir():
            return []
        removed = []
        for path in self.folder.iterdir():
            name = path.name
            if not (name.startswith(".") and (name.endswith(".part") or ".part-" in name)):
                continue
            try:
                if path.is_file() and path.stat().st_mtime < PROCESS_STARTED:
                    path.unlink()
                    removed.append(path)
            except OSError:
                log.info("could not remove the stale copy %s", path)
        if removed:
            log.info("removed %d half-written backup copies in %s", len(removed), self.folder)
        return removed

    def newest(self) -> BackupInfo | None:
        """The newest backup of this database: one of an earlier database with the same
        file name (deleted, then made again) does not count (``since``)."""
        backups = [b for b in self.list() if self.since is None or b.taken_at >= self.since]
        return backups[0] if backups else None

    def take(
        self, db_or_path: Database | str | Path, kind: str = "manual", now: datetime | None = None
    ) -> BackupInfo:
        """Back up the database into this store as ``kind``."""
        source = _sqlite_path(db_or_path)
        self.sweep_stale_parts()
        taken_at = (now or datetime.now(UTC)).astimezone(UTC)
        # The revision in the name is the source's now; backup_to reports the copy's.
        try:
            revision = read_schema_revision(to_url(source))
        except DatabaseError:
            revision = None
        path = unique_path(self.folder, kind, taken_at, revision)
        info = backup_to(source, path, kind=kind, now=taken_at)
        if info.schema_revision != revision:  # changed in between: name it after the copy
            renamed = unique_path(self.folder, kind, taken_at, info.schema_revision)
            os.replace(path, renamed)
            info = BackupInfo(renamed, info.taken_at, info.size, info.schema_revision, kind)
        log.info("%s backup of %s: %s", kind, source, info.path)
        return info

    def trim(self, kind: str, keep: int) -> list[Path]:
        """Remove the oldest backups of ``kind`` beyond the newest ``keep``; returns them."""
        removed = [b.path for b in self.list() if b.kind == kind][max(keep, 0) :]
        for path in removed:
            path.unlink(missing_ok=True)
        return removed

    def backup_if_due(
        self,
        db_path: Database | str | Path,
        now: datetime | None = None,
        *,
        keep_daily: int = DEFAULT_KEEP_DAILY,
        keep_weekly: int = DEFAULT_KEEP_WEEKLY,
    ) -> BackupInfo | None:
        """On start: a ``daily`` backup (then a rotation) when the newest backup of any kind
        is more than a day old, or there is none. Returns the new backup, or ``None``."""
        now = (now or datetime.now(UTC)).astimezone(UTC)
        newest = self.newest()
        if newest is not None and now - newest.taken_at < BACKUP_INTERVAL:
            return None
        source = _sqlite_path(db_path)
        if not source.is_file() or source.stat().st_size == 0:
            return None
        info = self.take(source, "daily", now)
        self.rotate(keep_daily=keep_daily, keep_weekly=keep_weekly)
        return next((b for b in self.list() if b.taken_at == info.taken_at), info)

    def rotate(
        self,
        keep_daily: int = DEFAULT_KEEP_DAILY,
        keep_weekly: int = DEFAULT_KEEP_WEEKLY,
        *,
        keep_manual: int = DEFAULT_KEEP_MANUAL,
        keep_pre_migration: int = DEFAULT_KEEP_PRE_MIGRATION,
        keep_pre_restore: int = DEFAULT_KEEP_PRE_RESTORE,
        keep_pre_import: int = DEFAULT_KEEP_PRE_IMPORT,
    ) -> list[Path]:
        """Apply the rotation rule (see the module docstring); returns the removed files."""
        self.sweep_stale_parts()
        backups = self.list()  # newest first
        automatic = [b for b in backups if b.kind in AUTOMATIC_KINDS]
        keep: set[Path] = {b.path for b in automatic[: max(keep_daily, 0)]}
        weekly: set[Path] = set()
        weeks_seen: list[tuple[int, int]] = []
        for backup in automatic:
            week = backup.taken_at.isocalendar()[:2]
            if week in weeks_seen:
                continue
            if len(weeks_seen) >= max(keep_weekly, 0):
                break
            weeks_seen.append(week)
            weekly.add(backup.path)
        removed: list[Path] = []
        for backup in automatic:
            if backup.path in keep:
                continue
            if backup.path in weekly:
                if backup.kind != "weekly":
                    name = backup_file_name("weekly", backup.taken_at, backup.schema_revision)
                    os.replace(backup.path, backup.path.with_name(name))
                continue
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
        caps = {
            "manual": keep_manual,
            "pre-migration": keep_pre_migration,
            "pre-restore": keep_pre_restore,
            "pre-import": keep_pre_import,
        }
        for kind, cap in caps.items():
            for backup in [b for b in backups if b.kind == kind][max(cap, 0) :]:
                backup.path.unlink(missing_ok=True)
                removed.append(backup.path)
        return removed


def check_backup(backup: Path) -> str:
    """Raise ``BackupError`` unless ``backup`` is a sound acct-desktop database this version
    can open; returns its schema revision."""
    backup = Path(backup)
    if not backup.is_file():
        raise BackupError(Sentence.of(QT_TRANSLATE_NOOP("messages", "%1 does not exist."), backup))
    try:
        check_sqlite_file(backup)
        revision = read_schema_revision(to_url(backup))
    except (SQLiteCopyError, DatabaseError) as exc:
        raise DamagedBackupError(
            sentences(
                _reason(exc), Sentence.of(QT_TRANSLATE_NOOP("messages", "It cannot be restored."))
            )
        ) from exc
    if revision is None:
        raise DamagedBackupError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages", "%1 holds no acct-desktop data; it cannot be restored."
                ),
                backup,
            )
        )
    if revision not in SCHEMA_REVISIONS:
        raise NewerSchemaBackupError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "%1 was made by a newer version of acct-desktop (schema %2; this version "
                    "knows up to %3); install the newer version to restore it.",
                ),
                backup,
                revision,
                HEAD_REVISION,
            )
        )
    return revision


def restore(
    backup: Path,
    target_db: str | Path,
    *,
    store: BackupStore | None = None,
    now: datetime | None = None,
) -> Restored:
    """Replace the database file ``target_db`` with ``backup`` and open it (upgrading an older
    schema). The caller must have closed every connection to ``target_db``.

    Refuses (``BackupError``, nothing changed) a damaged file or one from a newer schema.
    The current database is first backed up as ``pre-restore`` (``Restored.pre_restore``,
    ``None`` when there was no database). The replacement is atomic: a temp copy, then
    ``os.replace``.
    """
    target = _sqlite_path(target_db)
    backup = Path(backup)
    check_backup(backup)
    if target.exists() and backup.resolve() == target.resolve():
        raise BackupError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "%1 is the database itself; choose a backup file."),
                backup,
            )
        )
    store = store or BackupStore(backup_folder(target))
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.{uuid.uuid4().hex[:8]}.restore")
    try:
        target_key = _key_of_current(target)
        if target_key is not None and not is_encrypted(backup):
            # A plain backup put in place of an encrypted database is encrypted with its
            # key on the way (verified table by table), never left in place as plain text.
            export_copy(backup, temp, None, target_key)
        else:
            shutil.copyfile(backup, temp)
        check_sqlite_file(temp)  # the copy we are about to put in place is sound too
        _fsync(temp)
        saved = None
        if target.exists() and target.stat().st_size > 0:
            _take_exclusively(target)
            saved = _save_current(store, target, now)
        for side in (Path(f"{target}-wal"), Path(f"{target}-shm"), Path(f"{target}-journal")):
            side.unlink(missing_ok=True)
        os.replace(temp, target)
    except (SQLiteCopyError, EncryptionCopyError) as exc:
        raise DamagedBackupError(
            Sentence.of(QT_TRANSLATE_NOOP("messages", "Nothing was restored: %1"), _reason(exc))
        ) from exc
    except DatabaseInUseError as exc:
        raise BackupError(
            sentences(
                _reason(exc), Sentence.of(QT_TRANSLATE_NOOP("messages", "Nothing was restored."))
            )
        ) from exc
    finally:
        temp.unlink(missing_ok=True)
    log.info("restored %s from %s", target, backup)
    return Restored(open_database(target), saved)


def _save_current(store: BackupStore, target: Path, now: datetime | None) -> BackupInfo:
    """The pre-restore backup; if the current file is itself damaged, its raw bytes."""
    try:
        return store.take(target, "pre-restore", now)
    except BackupError as exc:
        log.warning("current database not verifiable (%s); keeping a raw copy", exc)
    taken_at = (now or datetime.now(UTC)).astimezone(UTC)
    path = unique_path(store.folder, "pre-restore", taken_at, "unverified")
    store.folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(target, path)
    wal = Path(f"{target}-wal")
    if wal.exists():
        shutil.copyfile(wal, Path(f"{path}-wal"))
    return BackupInfo(path, taken_at, path.stat().st_size, None, "pre-restore")


def _key_of_current(target: Path) -> bytes | None:
    """The key of the encrypted database a restore replaces (``None``: plain, missing, or
    encrypted with a key this user does not have -- then the backup is restored as it is)."""
    try:
        return key_if_encrypted(target)
    except EncryptedDatabaseError:
        return None


def _take_exclusively(target: Path) -> None:
    """Fold the WAL into the file and prove no other connection has it open: leaving WAL
    mode needs the only connection."""
    try:
        conn = connect(target, _key_of_current(target), timeout=1)
        try:
            mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
        finally:
            conn.close()
    except database_errors() as exc:
        if type(exc).__name__ != "OperationalError":  # either driver's "locked"/"busy"
            return  # damaged: already kept as a raw pre-restore copy
        mode = str(exc)
    if str(mode).lower() != "delete":
        raise BackupError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "%1 is still open (in this or another program); close it and try again. "
                    "Nothing was restored.",
                ),
                target,
            )
        )


def _reason(exc: BaseException) -> str:
    """What ``exc`` says, kept a ``Sentence`` when it is one (``str(exc)`` would not)."""
    if len(exc.args) == 1 and isinstance(exc.args[0], str):
        return exc.args[0]
    return str(exc)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
