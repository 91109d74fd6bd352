"""Database passwords live in the OS keyring (Windows Credential Manager), never in settings."""

from __future__ import annotations

import contextlib

from sqlalchemy.engine import URL

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.store.database import DatabaseError, to_url

KEYRING_SERVICE = "acct-desktop"


class KeyringUnavailableError(DatabaseError):
    pass


def keyring_key(url: URL) -> str:
    """The keyring entry name for a server database: user@host:port/database, the host and
    port those the connection uses — a local server's socket folder and port given in the
    URL's query (``?host=/run/postgresql&port=5499``) included."""
    host, port = url.host, url.port
    query = {k: (v[0] if isinstance(v, tuple) and v else v) for k, v in url.query.items()}
    host = host or query.get("host") or "localhost"
    port = port or query.get("port") or 5432
    return f"{url.username or ''}@{host}:{port}/{url.database or ''}"


def _keys_to_read(url: URL) -> list[str]:
    """The entry names a password may be stored under: ``keyring_key``, then the name used
    before the socket folder and port of the query counted (so it keeps working)."""
    key = keyring_key(url)
    earlier = (
        f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database or ''}"
    )
    return [key] if earlier == key else [key, earlier]


def with_stored_password(target: str | URL) -> str | URL:
    """``target`` itself for files; for a server URL without a password, the URL with the
    password from the keyring (or unchanged when none is stored: the server may not need one)."""
    url = to_url(target)
    if url.get_backend_name() == "sqlite" or url.password is not None:
        return target if url.get_backend_name() == "sqlite" else url
    import keyring
    from keyring.errors import KeyringError

    password = None
    try:
        for key in _keys_to_read(url):
            password = keyring.get_password(KEYRING_SERVICE, key)
            if password:
                break
    except KeyringError as exc:
        raise KeyringUnavailableError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The system keyring could not be read (%1). Unlock or configure it, or use "
                    "a server that does not need a password.",
                ),
                exc,
            )
        ) from exc
    return url.set(password=password) if password else url


def store_password(target: str, password: str) -> str:
    """Save the password for a server database URL in the keyring; returns the entry name."""
    url = to_url(target)
    if url.get_backend_name() == "sqlite":
        raise DatabaseError(
            QT_TRANSLATE_NOOP("messages", "Database files have no password; only server URLs do.")
        )
    import keyring
    from keyring.errors import KeyringError

    key = keyring_key(url)
    try:
        keyring.set_password(KEYRING_SERVICE, key, password)
    except KeyringError as exc:
        raise KeyringUnavailableError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The password could not be saved: the system keyring refused (%1). It has "
                    "not been stored anywhere else.",
                ),
                exc,
            )
        ) from exc
    return key


def settings_safe_target(target: str) -> str:
    """``target`` as it may be written to settings (recent files): a server URL loses its
    password, which goes to the keyring instead so the URL still opens next time. If the
    keyring refuses, the password is simply not kept anywhere."""
    url = to_url(target)
    if url.get_backend_name() == "sqlite" or url.password is None:
        return target if url.get_backend_name() == "sqlite" else url.render_as_string(False)
    # If the keyring refuses, the password is asked for again next time: never stored in
    # plain text as a fallback.
    with contextlib.suppress(KeyringUnavailableError):
        store_password(target, str(url.password))
    without = URL.create(
        url.drivername, url.username, None, url.host, url.port, url.database, url.query
    )
    return without.render_as_string(hide_password=False)
