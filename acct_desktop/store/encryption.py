"""SQLCipher mechanics for encrypted SQLite files (no keyring, no services, no Qt).

An encrypted database is a SQLCipher 4 file keyed with a raw 256-bit key (``PRAGMA key =
"x'<64 hex>'"``: no passphrase, so no key-derivation cost on every connection). A plain
SQLite file starts with ``b"SQLite format 3\\x00"``; an encrypted one starts with a random
salt, which is how the two are told apart without a key.

Where the key comes from is the services' business (``services.database_keys``): they
install a *key lookup* here with ``use_key_lookup``, a callable giving the candidate keys of
this user (the keyring's). Every open by path (``open_database``, backups, restores) asks
``key_if_encrypted`` and so works the same for plain and encrypted files, whichever command
or window opened them.

Encrypting or decrypting a file is a copy made with ``sqlcipher_export`` (SQLite's backup
API cannot copy between a plain and an encrypted file), verified -- integrity check, every
table's row count and an order-independent checksum of its rows equal to the original's --
and only then put in place of the original (``os.replace``).
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import sys
import uuid
from collections.abc import Callable, Sequence
from contextlib import closing
from pathlib import Path
from typing import Any

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.store.database import DatabaseError

log = logging.getLogger(__name__)

SQLITE_HEADER = b"SQLite format 3\x00"
KEY_BYTES = 32
KeyLookup = Callable[[], Sequence[bytes]]
_lookups: list[KeyLookup] = []  # set once by the composition root (CLI, GUI, self-test)


class EncryptedDatabaseError(DatabaseError):
    """An encrypted database cannot be opened with the keys this computer has."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class MissingKeyError(EncryptedDatabaseError):
    pass


class WrongKeyError(EncryptedDatabaseError):
    pass


class DatabaseInUseError(DatabaseError):
    pass


class EncryptionCopyError(DatabaseError):
    pass


def use_key_lookup(lookup: KeyLookup | None) -> None:
    """Install (or with ``None`` remove) the source of this user's database keys."""
    _lookups.clear()
    if lookup is not None:
        _lookups.append(lookup)


def recover_command(path: Path) -> str:
    """The command a user types to enter a database's recovery key."""
    return f'acct-desktop key recover --db "{path}"'


MIN_PAGE_SIZE = 512  # SQLite's smallest page; a database file is whole pages


def is_encrypted(path: Path | str) -> bool:
    """True for a non-empty file that is not a plain SQLite file (SQLCipher's salt instead
    of the SQLite header) and is made of whole pages, as a database always is (so a text
    file or a truncated download is "not a database", not "encrypted"). A missing or empty
    file is not encrypted."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_HEADER))
        size = path.stat().st_size
    except OSError:
        return False
    return bool(header) and header != SQLITE_HEADER and size % MIN_PAGE_SIZE == 0


def database_errors() -> tuple[type[Exception], ...]:
    """The DB-API error classes of both drivers (SQLCipher's only once it is loaded)."""
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    return (sqlite3.Error, cipher.Error) if cipher is not None else (sqlite3.Error,)


def key_pragma(key: bytes) -> str:
    """The statement that keys a SQLCipher connection with a raw 256-bit key."""
    if len(key) != KEY_BYTES:
        raise ValueError(f"a database key has {KEY_BYTES} bytes, not {len(key)}")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def _key_literal(key: bytes) -> str:
    return f"x'{key.hex()}'"


def prepare_connection(dbapi_connection: Any, key: bytes) -> None:
    """Key a fresh SQLCipher connection; the key must be the first statement."""
    cursor = dbapi_connection.cursor()
    # SQLCipher logs "hmac check failed" to stderr on a wrong key; the caller says it better.
    cursor.execute("PRAGMA cipher_log_level = NONE")
    cursor.execute(key_pragma(key))
    cursor.close()


def dbapi_module() -> Any:
    """SQLCipher's DB-API module (``sqlite3``'s interface, with encryption)."""
    from sqlcipher3 import dbapi2

    return dbapi2


def connect(
    path: Path | str, key: bytes | None, *, read_only: bool = False, timeout: float = 30
) -> Any:
    """A DB-API connection to ``path``: stdlib ``sqlite3`` for a plain file, SQLCipher keyed
    with ``key`` for an encrypted one. ``read_only`` opens with ``mode=ro``."""
    path = Path(path)
    target = f"{path.resolve().as_uri()}?mode=ro" if read_only else str(path)
    if key is None:
        return sqlite3.connect(target, uri=read_only, timeout=timeout)
    conn = dbapi_module().connect(target, uri=read_only, timeout=timeout)
    try:
        prepare_connection(conn, key)
    except Exception:
        conn.close()
        raise
    return conn


def opens_with(path: Path, key: bytes) -> bool:
    """Whether ``key`` decrypts the database file ``path`` (reads, never writes)."""
    side_files = _side_files(path)
    existed = {side: side.exists() for side in side_files}
    try:
        conn = connect(path, key, read_only=True, timeout=5)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return True
        finally:
            conn.close()
    except database_errors():
        return False
    finally:
        _remove_new_side_files(existed)


def key_for(path: Path, candidates: Sequence[bytes] | None = None) -> bytes:
    """The key among ``candidates`` (default: this user's keys, from the installed key
    lookup) that opens the encrypted file ``path``.

    Raises ``MissingKeyError`` when there is none to try, ``WrongKeyError`` when none
    fits (the file was encrypted elsewhere, or is not a database at all). Reading the keys
    may raise the lookup's own ``DatabaseError`` (a missing keyring backend)."""
    path = Path(path)
    if candidates is None:
        candidates = list(_lookups[0]()) if _lookups else []
    if not candidates:
        raise MissingKeyError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "%1 is encrypted and this computer's keyring has no key for it. Enter its "
                    "recovery key: %2",
                ),
                path,
                recover_command(path),
            ),
            path,
        )
    for key in candidates:
        if opens_with(path, key):
            return key
    raise WrongKeyError(
        Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages",
                "%1 cannot be opened with the keys in this computer's keyring: it was encrypted "
                "on another computer or with another key, or it is not an acct-desktop database. "
                "If you have its recovery key, enter it: %2. Nothing in the file has been changed.",
            ),
            path,
            recover_command(path),
        ),
        path,
    )


def key_if_encrypted(path: Path | str) -> bytes | None:
    """``None`` for a plain (or missing) file, else the key that opens it (see ``key_for``)."""
    return key_for(Path(path)) if is_encrypted(path) else None


# -- verification -----------------------------------------------------------------------


def table_fingerprints(conn: Any) -> dict[str, tuple[int, str]]:
    """Every table's row count and a checksum of its rows, independent of row order (the
    sum of each row's SHA-256, modulo 2**256). SQLite's internal tables are left out."""
    names = [
        r[0]
        for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "ORDER BY name"
        )
    ]
    fingerprints = {}
    for name in names:
        count, total = 0, 0
        quoted = '"' + name.replace('"', '""') + '"'
        for row in conn.execute(f"SELECT * FROM {quoted}"):
            count += 1
            digest = hashlib.sha256(repr(tuple(row)).encode("utf-8", "surrogatepass"))
            total = (total + int.from_bytes(digest.digest(), "big")) % (1 << 256)
        fingerprints[name] = (count, f"{total:064x}")
    return fingerprints


def file_fingerprints(path: Path, key: bytes | None) -> dict[str, tuple[int, str]]:
    """``table_fingerprints`` of the database file ``path`` (opened read-only)."""
    existed = {side: side.exists() for side in _side_files(path)}
    try:
        conn = connect(path, key, read_only=True)
        try:
            return table_fingerprints(conn)
        finally:
            conn.close()
    finally:
        _remove_new_side_files(existed)


def check_file(path: Path, key: bytes | None) -> None:
    """Raise ``EncryptionCopyError`` unless ``path`` opens with ``key`` and passes the
    integrity checks (``cipher_integrity_check`` too when encrypted)."""
    existed = {side: side.exists() for side in _side_files(path)}
    try:
        conn = connect(path, key, read_only=True)
        try:
            rows = [r[0] for r in conn.execute("PRAGMA integrity_check(20)")]
            if key is not None:
                rows += [r[0] for r in conn.execute("PRAGMA cipher_integrity_check")]
        finally:
            conn.close()
    except database_errors() as exc:
        raise EncryptionCopyError(
            Sentence.of(QT_TRANSLATE_NOOP("messages", "%1 cannot be read (%2)."), path, exc)
        ) from exc
    finally:
        _remove_new_side_files(existed)
    if rows != ["ok"]:
        raise EncryptionCopyError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "%1 failed its integrity check: %2."), path, rows[0]
            )
        )


# -- encrypted and decrypted copies -------------------------------------------------------


def export_copy(src: Path, dst: Path, src_key: bytes | None, dst_key: bytes | None) -> None:
    """Copy the database ``src`` (plain when ``src_key`` is None) to the new file ``dst``
    (plain when ``dst_key`` is None) with ``sqlcipher_export``, then verify ``dst`` against
    ``src`` table by table. Raises ``EncryptionCopyError`` (``dst`` removed) on failure;
    ``DatabaseInUseError`` when another connection has ``src`` open."""
    src, dst = Path(src), Path(dst)
    if dst.exists():
        raise EncryptionCopyError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "%1 already exists; nothing was copied over it."),
                dst,
            )
        )
    try:
        if src_key is None:
            # POSIX locks belong to the process, not to the SQLite library: SQLCipher's
            # copy of SQLite cannot see this process's own stdlib connections, so ask
            # stdlib sqlite3 whether any of them (or another process) has the file open.
            with closing(sqlite3.connect(str(src), timeout=1, isolation_level=None)) as check:
                _take_exclusively(check, src)
        conn = dbapi_module().connect(str(src), timeout=1, isolation_level=None)
        try:
            if src_key is not None:
                prepare_connection(conn, src_key)
            _take_exclusively(conn, src)
            conn.execute(
                "ATTACH DATABASE ? AS copy KEY ?",
                (str(dst), _key_literal(dst_key) if dst_key is not None else ""),
            )
            conn.execute("BEGIN EXCLUSIVE")  # nobody writes to the original meanwhile
            expected = table_fingerprints(conn)
            conn.execute("SELECT sqlcipher_export('copy')")
            conn.execute("COMMIT")
            conn.execute("DETACH DATABASE copy")
        finally:
            conn.close()
        _fsync(dst)
        check_file(dst, dst_key)
        copied = file_fingerprints(dst, dst_key)
    except DatabaseInUseError:
        _remove(dst)
        raise
    except (*database_errors(), OSError) as exc:
        _remove(dst)
        raise EncryptionCopyError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "Copying %1 failed (%2); it was left as it was."),
                src,
                exc,
            )
        ) from exc
    except EncryptionCopyError:
        _remove(dst)
        raise
    if copied != expected:
        _remove(dst)
        differ = sorted(
            name for name in set(copied) | set(expected) if copied.get(name) != expected.get(name)
        )
        raise EncryptionCopyError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The copy of %1 does not hold the same rows (tables %2); it was discarded "
                    "and the original left as it was.",
                ),
                src,
                ", ".join(differ[:5]),
            )
        )


def _take_exclusively(conn: Any, path: Path) -> None:
    """Fold the WAL into the file and prove no other connection has it open: leaving WAL
    mode needs the only connection."""
    try:
        mode = conn.execute("PRAGMA journal_mode=DELETE").fetchone()[0]
    except database_errors() as exc:
        if type(exc).__name__ != "OperationalError":  # "database is locked" / "busy"
            raise
        mode = str(exc)
    if str(mode).lower() != "delete":
        raise DatabaseInUseError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "%1 is open in acct-desktop or another program; close it there and try "
                    "again. Nothing has been changed.",
                ),
                path,
            )
        )


def encrypt_in_place(path: Path, key: bytes) -> None:
    """Replace the plain database ``path`` with an encrypted copy keyed with ``key``.

    The copy is verified before it replaces the original; the plain original is then
    overwritten and removed (see ``remove_plain_file`` for what overwriting can promise)."""
    path = Path(path)
    if is_encrypted(path):
        raise DatabaseError(
            Sentence.of(QT_TRANSLATE_NOOP("messages", "%1 is already encrypted."), path)
        )
    _replace_with_copy(path, None, key)


def decrypt_in_place(path: Path, key: bytes) -> None:
    """Replace the encrypted database ``path`` with a plain, verified copy."""
    path = Path(path)
    if not is_encrypted(path):
        raise DatabaseError(
            Sentence.of(QT_TRANSLATE_NOOP("messages", "%1 is not encrypted."), path)
        )
    _replace_with_copy(path, key, None)


def _replace_with_copy(path: Path, old_key: bytes | None, new_key: bytes | None) -> None:
    if not path.is_file() or path.stat().st_size == 0:
        raise DatabaseError(
            Sentence.of(QT_TRANSLATE_NOOP("messages", "%1 does not exist or is empty."), path)
        )
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.converting")
    export_copy(path, temp, old_key, new_key)
    retired = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.retired")
    os.replace(path, retired)  # from here the original survives under another name only
    try:
        os.replace(temp, path)
    except OSError:
        os.replace(retired, path)
        _remove(temp)
        raise
    _fsync_dir(path.parent)
    if old_key is None:  # the retired file is the plain text: overwrite it before removing
        remove_plain_file(retired)
    else:
        retired.unlink(missing_ok=True)
    for side in [*_side_files(path), Path(f"{path}-journal")]:  # stale ones, if any
        if old_key is None:
            remove_plain_file(side)
        else:
            side.unlink(missing_ok=True)
    log.info("%s %s in place", "encrypted" if new_key else "decrypted", path)


def remove_plain_file(path: Path) -> None:
    """Overwrite ``path`` with zeros, flush and delete it. On SSDs and copy-on-write or
    journalling file systems the old blocks may survive elsewhere: this lowers, it does not
    remove, the chance that the plain text can be recovered."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return
    try:
        with path.open("r+b") as handle:
            block = b"\0" * (1 << 20)
            written = 0
            while written < size:
                written += handle.write(block[: min(len(block), size - written)])
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        log.warning("could not overwrite %s before removing it (%s)", path, exc)
    path.unlink(missing_ok=True)


def _side_files(path: Path) -> list[Path]:
    return [Path(f"{path}-wal"), Path(f"{path}-shm")]


def _remove_new_side_files(existed: dict[Path, bool]) -> None:
    """A read-only look at a WAL database leaves empty -wal/-shm files: remove ours."""
    for side, was_there in existed.items():
        if not was_there and side.exists():
            side.unlink(missing_ok=True)


def _remove(path: Path) -> None:
    for each in (path, Path(f"{path}-journal"), *_side_files(path)):
        each.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
