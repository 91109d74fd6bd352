"""Opening a database: URL handling, SQLite pragmas, schema check and upgrade."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.store.schema import HEAD_REVISION, SCHEMA_REVISIONS
from acct_desktop.store.stall_guard import StallGuard

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_MS = 5000
# libpq's limits for a team server, so a server cut off by the network is noticed instead
# of waited for: a connection is given up after connect_timeout seconds; an idle one is
# checked (TCP keepalives) after 10 s, every 5 s, dropped after 3 unanswered; data the
# server does not acknowledge within tcp_user_timeout ms drops the connection. What the URL
# sets itself is kept. A statement waiting on a server that stopped answering is bounded
# on the window's thread only (``Database.bound_waits``, ``stall_guard``).
SERVER_CONNECT_ARGS = {
    "connect_timeout": 5,
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
}
TCP_USER_TIMEOUT_MS = 15000
TCP_USER_TIMEOUT_SINCE = 120000  # libpq 12


class DatabaseError(Exception):
    """A database cannot be opened; the message is a sentence for the user."""


class SchemaTooNewError(DatabaseError):
    pass


class NotOurDatabaseError(DatabaseError):
    pass


def to_url(target: str | Path | URL) -> URL:
    """Turn a file path or a database URL into a SQLAlchemy URL.

    Plain ``postgresql://`` URLs get the psycopg 3 driver. A URL stays itself (its password
    too: ``str`` of a URL hides it).
    """
    if isinstance(target, URL):
        url = target
        if url.drivername in {"postgresql", "postgres"}:
            url = url.set(drivername="postgresql+psycopg")
        return url
    text_target = str(target)
    if "://" not in text_target:
        path = Path(text_target).expanduser().resolve()
        return URL.create("sqlite+pysqlite", database=str(path))
    url = make_url(text_target)
    if url.drivername in {"postgresql", "postgres"}:
        url = url.set(drivername="postgresql+psycopg")
    return url


def describe(url: URL) -> str:
    """A short human label for a database: the file name, or user@host/db without password."""
    if url.get_backend_name() == "sqlite":
        return str(url.database)
    return url.render_as_string(hide_password=True)


def shown_name(target: str, short: bool = False) -> str:
    """A database as a manager reads it (window title, status bar, recent list): a file's
    path (``short``: its name), or a team server's ``acct @ db.example.com:5433`` — its
    database and host, the port when not PostgreSQL's usual one, a socket's folder as its
    host; never the driver, user, password or %-escapes of the URL. Unreadable: as given,
    redacted."""
    text = str(target)
    if "://" not in text:
        return Path(text).name if short else text
    try:
        url = to_url(text)
    except Exception:
        return redacted(text)
    if url.get_backend_name() == "sqlite":
        return Path(str(url.database)).name if short else str(url.database)
    query = {k: (v[0] if isinstance(v, tuple) else v) for k, v in url.query.items()}
    host = url.host or query.get("host") or "localhost"
    port = url.port or query.get("port")
    where = host if port in (None, 5432, "5432") else f"{host}:{port}"
    return f"{url.database or '?'} @ {where}"


def typed_url(target: str) -> str:
    """A server URL as typed, without its password (to repeat it in a command); anything
    else as it is."""
    text = str(target)
    if "://" not in text:
        return text
    try:
        url = make_url(text)
    except Exception:
        return redacted(text)
    if url.password is None:
        return text
    without = URL.create(
        url.drivername, url.username, None, url.host, url.port, url.database, url.query
    )
    return without.render_as_string(hide_password=False)


def redacted(target: str) -> str:
    """``target`` fit for logs and messages: a server URL without its password."""
    try:
        return describe(to_url(target))
    except Exception:  # an unparsable string: say nothing of what it held
        return "the database"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode=WAL")
    # FULL, not NORMAL: in WAL mode NORMAL may roll back the last commits after a power cut
    # or OS crash (laptops run out of battery); FULL costs one flush per commit.
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.close()


TRIGRAM_SINCE = (3, 34, 0)  # FTS5's trigram tokenizer (account search fragments)


def has_trigram_tokenizer(connection: Any) -> bool:
    """Whether the SQLite library behind ``connection`` (SQLAlchemy) has FTS5's trigram
    tokenizer. Asked of the connection, not of Python's ``sqlite3``: an encrypted database
    runs on SQLCipher's own SQLite."""
    version = connection.exec_driver_sql("SELECT sqlite_version()").scalar()
    return tuple(int(part) for part in str(version).split(".")[:3]) >= TRIGRAM_SINCE


def make_engine(url: URL, *, key: bytes | None = None, **kwargs: Any) -> Engine:
    """An engine for ``url``; for SQLite with ``key``, a SQLCipher engine keyed with it."""
    if url.get_backend_name() == "sqlite":
        if key is not None:
            from acct_desktop.store.encryption import dbapi_module, prepare_connection

            # The pysqlite dialect over SQLCipher's DB-API module (same interface): the URL
            # stays sqlite+pysqlite, so no dialect check changes and the key never appears
            # in a URL (which is logged and shown); the key is the first statement.
            engine = create_engine(url, module=dbapi_module(), **kwargs)
            event.listen(engine, "connect", lambda conn, _r: prepare_connection(conn, key))
        else:
            engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    kwargs.setdefault("connect_args", server_connect_args(url))
    return create_engine(url, pool_pre_ping=True, **kwargs)


def server_connect_args(url: URL) -> dict[str, Any]:
    """``SERVER_CONNECT_ARGS`` (and ``tcp_user_timeout`` where libpq knows it) for a
    server ``url``, but for those its query sets."""
    wanted: dict[str, Any] = dict(SERVER_CONNECT_ARGS)
    try:
        from psycopg import pq

        if pq.version() >= TCP_USER_TIMEOUT_SINCE:
            wanted["tcp_user_timeout"] = TCP_USER_TIMEOUT_MS
    except Exception:  # no psycopg: no server either
        pass
    return {name: value for name, value in wanted.items() if name not in url.query}


def read_schema_revision(url: URL, *, key: bytes | None = None) -> str | None:
    """The database's Alembic revision, read without changing anything.

    Returns ``None`` for an empty (or missing) database. Raises ``NotOurDatabaseError`` when
    it holds tables but no revision. An encrypted file is read with ``key``, or with the
    key the installed key lookup finds for it (``store.encryption``).
    """
    if url.get_backend_name() == "sqlite":
        path = Path(str(url.database))
        if not path.exists() or path.stat().st_size == 0:
            return None
        if key is None:
            key = _key_if_encrypted(path)
        # A read-only open of a WAL database still creates empty -wal/-shm side files;
        # remove the ones this look created so that a refused file is left as it was.
        side_files = [Path(f"{path}-wal"), Path(f"{path}-shm")]
        existed = {side: side.exists() for side in side_files}
        try:
            conn = _connect_read_only(path, key)
        except _dbapi_errors() as exc:
            raise DatabaseError(
                Sentence.of(QT_TRANSLATE_NOOP("messages", "Cannot open %1: %2."), path, exc)
            ) from exc
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
            return _revision_from(
                tables,
                lambda: conn.execute("SELECT version_num FROM alembic_version").fetchall(),
                str(path),
            )
        except _dbapi_errors() as exc:
            raise NotOurDatabaseError(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages", "%1 is not a database file acct-desktop can read (%2)."
                    ),
                    path,
                    exc,
                )
            ) from exc
        finally:
            conn.close()
            for side in side_files:
                if (
                    not existed[side]
                    and side.exists()
                    and (side.name.endswith("-shm") or side.stat().st_size == 0)
                ):
                    side.unlink(missing_ok=True)
    engine = create_engine(url, pool_pre_ping=True, connect_args=server_connect_args(url))
    try:
        with engine.connect() as conn:
            tables = set(
                conn.execute(
                    text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
                ).scalars()
            )
            return _revision_from(
                tables,
                lambda: conn.execute(text("SELECT version_num FROM alembic_version")).all(),
                describe(url),
            )
    finally:
        engine.dispose()


def _key_if_encrypted(path: Path) -> bytes | None:
    """The key of an encrypted file (from the installed key lookup), ``None`` for plain."""
    from acct_desktop.store.encryption import is_encrypted, key_for  # SQLCipher: lazily

    return key_for(path) if is_encrypted(path) else None


def _connect_read_only(path: Path, key: bytes | None) -> Any:
    if key is None:
        return sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    from acct_desktop.store.encryption import connect

    return connect(path, key, read_only=True)


def _dbapi_errors() -> tuple[type[Exception], ...]:
    from acct_desktop.store.encryption import database_errors

    return database_errors()


def _revision_from(tables: set[str], fetch: Any, label: str) -> str | None:
    if "alembic_version" not in tables:
        if tables - {"sqlite_sequence"}:
            raise NotOurDatabaseError(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "%1 holds other data and is not an acct-desktop database; "
                        "choose another file or create a new database.",
                    ),
                    label,
                )
            )
        return None
    rows = fetch()
    return rows[0][0] if rows else None


@dataclass
class Database:
    """An open, up-to-date database: its engine and a session factory."""

    url: URL
    engine: Engine
    sessions: sessionmaker[Session]
    encrypted: bool = False  # a SQLCipher file
    stall_guard: StallGuard | None = None  # the window's waits on a server, bounded

    @property
    def label(self) -> str:
        return describe(self.url)

    @property
    def is_sqlite(self) -> bool:
        return self.url.get_backend_name() == "sqlite"

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: commits on success, rolls back on any error."""
        with self._watched(), self.sessions.begin() as session:
            yield session

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A connection for reads without a session (searches), its wait bounded as a
        session's is (``bound_waits``)."""
        with self._watched(), self.engine.connect() as connection:
            yield connection

    def _watched(self) -> AbstractContextManager[None]:
        return nullcontext() if self.stall_guard is None else self.stall_guard.watching()

    def bound_waits(self) -> None:
        """The calling thread (the window's) never waits long on a team server that stopped
        answering: its unit of work fails as "cannot be reached" within seconds
        (``stall_guard``). A file needs none; the CLI and background jobs are not bound."""
        if self.is_sqlite:
            return
        if self.stall_guard is None:
            self.stall_guard = StallGuard(self.engine)
            self.engine.dispose()  # it knows the connections made from now on
        self.stall_guard.guard()

    def close(self) -> None:
        if self.stall_guard is not None:
            self.stall_guard.close()
        self.engine.dispose()


def open_database(
    target: str | Path | URL,
    *,
    create: bool = True,
    key: bytes | None = None,
    note_creation: bool = True,
) -> Database:
    """Open (and if needed create or upgrade) the database at ``target``.

    A database written by a newer acct-desktop is refused before anything is written to it.
    An encrypted SQLite file opens with ``key``, or else with the key the installed key
    lookup finds (``store.encryption``); a new file created with ``key`` is encrypted. A new
    SQLite file is noted as created now, so its backups count from now
    (``note_creation=False`` for a side file that is moved into place later).
    """
    url = target if isinstance(target, URL) else to_url(target)
    if key is None and url.get_backend_name() == "sqlite" and url.database:
        path = Path(str(url.database))
        if path.is_file():
            key = _key_if_encrypted(path)
    revision = read_schema_revision(url, key=key)
    if revision is not None and revision not in SCHEMA_REVISIONS:
        raise SchemaTooNewError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "%1 was written by a newer version of acct-desktop (schema %2); this version "
                    "knows up to %3. Install the newer version to open it. Nothing in it has "
                    "been changed.",
                ),
                describe(url),
                revision,
                HEAD_REVISION,
            )
        )
    if revision is None and not create:
        raise DatabaseError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "%1 does not exist or is empty."), describe(url)
            )
        )
    if url.get_backend_name() == "sqlite":
        Path(str(url.database)).parent.mkdir(parents=True, exist_ok=True)
        if note_creation and revision is None and url.database and url.database != ":memory:":
            from acct_desktop.store.sqlite_backup import mark_new_database

            mark_new_database(Path(str(url.database)))  # its backups start from now
    if revision is not None and revision != HEAD_REVISION and url.get_backend_name() == "sqlite":
        _back_up_before_upgrade(Path(str(url.database)), revision, key)
    engine = make_engine(url, key=key)
    # knows each connection from the first, so it can cut them once the window is guarded
    guard = None if url.get_backend_name() == "sqlite" else StallGuard(engine)
    if revision != HEAD_REVISION:
        from acct_desktop.store.migrate import upgrade  # Alembic only when needed

        log.info("upgrading %s from %s to %s", describe(url), revision, HEAD_REVISION)
        upgrade(engine)
    return Database(
        url=url,
        engine=engine,
        sessions=sessionmaker(engine, expire_on_commit=False),
        encrypted=key is not None,
        stall_guard=guard,
    )


def _back_up_before_upgrade(path: Path, revision: str, key: bytes | None = None) -> None:
    """A verified copy of an existing SQLite file before it is upgraded; no copy, no upgrade.
    The copy of an encrypted file is encrypted with the same key."""
    from acct_desktop.store.sqlite_backup import SQLiteCopyError, take_pre_migration_backup

    try:
        take_pre_migration_backup(path, revision, key=key)
    except (SQLiteCopyError, OSError) as exc:
        raise DatabaseError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "%1 needs an upgrade from schema %2, but backing it up first failed (%3). "
                    "Nothing in it has been changed.",
                ),
                path,
                revision,
                exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], str) else exc,
            )
        ) from exc
