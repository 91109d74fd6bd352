"""Whether an error means the database cannot be reached, and the sentence that says so.

A team database's server that is down, restarting or cut off by the network (PostgreSQL:
no connection, a connection lost, the server shutting down), or a local file whose folder
or network share is gone (SQLite: "unable to open database file"), is not a fault of the
app: the user is told in one sentence that the database cannot be reached and that their
work is kept, with the driver's own text as the details. Any other error stays what it is.

A server that answers but refuses the login — a wrong password, none given where one is
needed, a user it does not let in — is not "cannot be reached": ``login_problem`` tells
which, and ``login_sentence`` says so (QA s23: a wrong password was reported as "check the
network"). While connecting, psycopg carries no SQLSTATE, so libpq's words are read too.
"""

from __future__ import annotations

import getpass
from enum import Enum
from pathlib import Path

from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DBAPIError, DisconnectionError

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.store.database import redacted, to_url

# PostgreSQL SQLSTATEs of a lost or refused connection: class 08 (connection exception),
# 57P01-57P03 (the server shutting down, crashed, or not accepting connections yet).
_LOST_STATES = ("08", "57P01", "57P02", "57P03")
_SQLITE_UNREACHABLE = ("unable to open database file",)
# invalid_password; invalid_authorization_specification (a user not let in, or not known)
_PASSWORD_STATE, _LOGIN_STATE = "28P01", "28000"
_PASSWORD_REFUSED = ("password authentication failed",)
_PASSWORD_MISSING = ("no password supplied", "fe_sendauth: no password")


class LoginProblem(Enum):
    """Why a server that answered did not let the user in."""

    PASSWORD_REFUSED = "refused"  # the password given is wrong
    PASSWORD_MISSING = "missing"  # it needs one and none was given (none stored)
    NOT_ALLOWED = "not-allowed"  # the user is not let in (unknown, or not in pg_hba.conf)


def login_problem(exc: BaseException) -> LoginProblem | None:
    """Whether ``exc`` (or an error it was raised from) is a server refusing the login."""
    seen: set[int] = set()
    error: BaseException | None = exc
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        driver = error.orig if isinstance(error, DBAPIError) else error
        problem = _driver_login_problem(driver) if driver is not None else None
        if problem is not None:
            return problem
        error = error.__cause__ or error.__context__
    return None


def _driver_login_problem(error: BaseException) -> LoginProblem | None:
    if not type(error).__module__.startswith("psycopg"):
        return None
    words = str(error).lower()
    state = getattr(error, "sqlstate", None)
    if any(text in words for text in _PASSWORD_MISSING):
        return LoginProblem.PASSWORD_MISSING
    if state == _PASSWORD_STATE or any(text in words for text in _PASSWORD_REFUSED):
        return LoginProblem.PASSWORD_REFUSED
    if state == _LOGIN_STATE or "no pg_hba.conf entry" in words:
        return LoginProblem.NOT_ALLOWED
    return None


def is_unreachable(exc: BaseException) -> bool:
    """Whether ``exc`` (or an error it was raised from) says the database cannot be
    reached, rather than that a statement failed (a refused login is not: the server
    answered)."""
    if login_problem(exc) is not None:
        return False
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
        if _driver_login_problem(error) is not None:
            return False  # the server answered: it refused the login
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


def login_user(target: str | URL) -> str:
    """The user a server URL logs in as (libpq's default: the system user's name)."""
    url = _url(target)
    return (url.username if url is not None else None) or getpass.getuser()


def login_sentence(problem: LoginProblem, target: str | URL) -> Sentence:
    """The sentence for a server that refused the login of ``target``'s user; what to do
    about it is added by the window (a password dialog) or the CLI (its command)."""
    where, user = server_of(target), login_user(target)
    if problem is LoginProblem.PASSWORD_REFUSED:
        said = QT_TRANSLATE_NOOP(
            "messages", "The team database on %1 refused the password for user %2."
        )
    elif problem is LoginProblem.PASSWORD_MISSING:
        said = QT_TRANSLATE_NOOP(
            "messages",
            "The team database on %1 asks for the password of user %2, and no password is "
            "stored for it.",
        )
    else:
        said = QT_TRANSLATE_NOOP(
            "messages",
            "The team database on %1 does not let user %2 in; ask the administrator to give "
            "this user access.",
        )
    return Sentence(said, where, user)
