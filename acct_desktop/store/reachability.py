"""Whether an error means the database cannot be reached, and the sentence that says so.

A team database's server that is down, restarting or cut off by the network (PostgreSQL:
no connection, a connection lost, the server shutting down), or a local file whose folder
or network share is gone (SQLite: "unable to open database file"), is not a fault of the
app: the user is told in one sentence that the database cannot be reached and that their
work is kept, with the driver's own text as the details. Any other error stays what it is.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DBAPIError, DisconnectionError

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.store.database import redacted, to_url

# PostgreSQL SQLSTATEs of a lost or refused connection: class 08 (connection exception),
# 57P01-57P03 (the server shutting down, crashed, or not accepting connections yet).
_LOST_STATES = ("08", "57P01", "57P02", "57P03")
_SQLITE_UNREACHABLE = ("unable to open database file",)


def is_unreachable(exc: BaseException) -> bool:
    """Whether ``exc`` (or an error it was raised from) says the database cannot be
    reached, rather than that a statement failed."""
    seen: set[int] = set()
    error: BaseException | None = exc
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        if _says_unreachable(error):
            return True
        error = error.__cause__ or error.__context__
    return False


def _says_unreachable(error: BaseException) -> bool:
    if isinstance(error, DisconnectionError):
        return True
    if isinstance(error, DBAPIError):
        if error.connection_invalidated:
            return True
        return error.orig is not None and _driver_says_unreachable(error.orig)
    return _driver_says_unreachable(error)


def _driver_says_unreachable(error: BaseException) -> bool:
    module = type(error).__module__
    if module.startswith("psycopg"):
        kind = type(error).__name__
        state = getattr(error, "sqlstate", None)
        if kind in ("OperationalError", "InterfaceError") and state is None:
            return True  # refused or dropped before the server could say anything
        return isinstance(state, str) and state.startswith(_LOST_STATES)
    if module.startswith(("sqlite3", "sqlcipher3")):
        return any(text in str(error).lower() for text in _SQLITE_UNREACHABLE)
    return False


def _url(target: str | URL) -> URL | None:
    if isinstance(target, URL):
        return target
    try:
        return to_url(target)
    except (ArgumentError, ValueError, OSError):
        return None


def server_of(target: str | URL) -> str:
    """Where the database of ``target`` (a URL or a file path) is, as the user knows it:
    the server's host (a socket folder for a local server), or the file; no password."""
    url = _url(target)
    if url is None:
        return redacted(str(target))
    if url.get_backend_name() == "sqlite":
        return Path(url.database).name if url.database else redacted(str(target))
    host = url.host or url.query.get("host")
    if isinstance(host, tuple):
        host = host[0] if host else None
    if not host:
        return "localhost"
    return f"{host}:{url.port}" if url.port else str(host)


def is_server(target: str | URL) -> bool:
    """Whether ``target`` names a database on a server rather than a local file."""
    url = _url(target)
    return url is not None and url.get_backend_name() != "sqlite"


def unreachable_sentence(target: str | URL) -> Sentence:
    """The one sentence for a database that cannot be reached (see the module docstring)."""
    if is_server(target):
        return Sentence(
            QT_TRANSLATE_NOOP(
                "messages",
                "The team database on %1 cannot be reached; check the network or ask the "
                "administrator. Your work is kept.",
            ),
            server_of(target),
        )
    return Sentence(
        QT_TRANSLATE_NOOP(
            "messages",
            "The database file %1 cannot be opened; check that its drive or network share "
            "is connected. Your work is kept.",
        ),
        server_of(target),
    )
