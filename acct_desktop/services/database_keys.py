"""The key that encrypts this user's local databases: kept in the OS keyring, never in a file.

One random 256-bit key per user installation (keyring service ``acct-desktop``, entry
``database-key``) encrypts every local database of that user and their backups, so a
restored backup opens with the same key. A database encrypted on another computer needs
its *recovery key*; entering it (``recover_key``) checks that it opens the file and keeps
it in the keyring as an extra key (``database-key:<id>``, the id a non-secret hash listed in
``database-key-ids``), without replacing this installation's own key -- which would lock
the user out of their other databases. Opening tries the installation key first, then the
extra ones (a raw key costs a page read, not a key derivation).

The recovery key is the key in base32, in groups of four, plus a check group: three
characters of a hash of the key and one Luhn mod 32 character, so any single mistyped
character is caught before the key is tried.

If the keyring cannot be used, nothing is encrypted and nothing opens: the key is never
written to a file or to the settings as a fallback.
"""

from __future__ import annotations

import base64
import hashlib
import logging
import secrets
from dataclasses import dataclass
from pathlib import Path

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.secrets import KEYRING_SERVICE, KeyringUnavailableError
from acct_desktop.store import encryption
from acct_desktop.store.database import DatabaseError

log = logging.getLogger(__name__)

KEY_ENTRY = "database-key"
EXTRA_IDS_ENTRY = "database-key-ids"
ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"  # RFC 4648 base32
KEY_CHARACTERS = 52  # 256 bits in base32, unpadded
RECOVERY_CHARACTERS = KEY_CHARACTERS + 4
GROUP = 4
# Characters people type for the ones base32 has (it has no 0, 1 or 8).
LOOKALIKES = str.maketrans({"0": "O", "1": "I", "8": "B"})

KEYRING_HELP = QT_TRANSLATE_NOOP(
    "messages",
    "acct-desktop keeps the database key only in the system keyring. On Windows, make sure "
    "you are signed in to your own account (Credential Manager); on Linux, install and "
    "unlock a Secret Service keyring (GNOME Keyring or KDE Wallet). The key was not written "
    "anywhere else.",
)


class RecoveryKeyError(ValueError):
    """A recovery key is mistyped or does not open the database; the message is a sentence."""


@dataclass(frozen=True)
class Encrypted:
    path: Path
    recovery_key: str  # show once; the user stores it
    new_key: bool  # the installation's key was made for this database


# -- recovery key format -----------------------------------------------------------------


def format_recovery_key(key: bytes) -> str:
    """``key`` as a recovery key: 14 groups of 4 characters (13 of key, 1 check)."""
    if len(key) != encryption.KEY_BYTES:
        raise ValueError(f"a database key has {encryption.KEY_BYTES} bytes")
    body = base64.b32encode(key).decode("ascii").rstrip("=")
    body += _hash_characters(key)
    body += _luhn_character(body)
    return "-".join(body[i : i + GROUP] for i in range(0, len(body), GROUP))


def parse_recovery_key(text: str) -> bytes:
    """The key in a typed recovery key (case, spaces and dashes do not matter; 0, 1 and 8
    are read as O, I and B). Raises ``RecoveryKeyError`` with a sentence on any typo."""
    typed = "".join(ch for ch in text.upper() if not ch.isspace() and ch not in "-–")
    typed = typed.translate(LOOKALIKES)
    strange = sorted({ch for ch in typed if ch not in ALPHABET})
    if strange:
        raise RecoveryKeyError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    '"%1" cannot be part of a recovery key: it has only the letters A-Z '
                    "and the digits 2-7.",
                ),
                strange[0],
            )
        )
    if len(typed) != RECOVERY_CHARACTERS:
        raise RecoveryKeyError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "A recovery key has %1 characters (14 groups of 4); the one entered has %2.",
                ),
                RECOVERY_CHARACTERS,
                len(typed),
            )
        )
    mistyped = RecoveryKeyError(
        QT_TRANSLATE_NOOP(
            "messages",
            "This recovery key does not check out: a character is mistyped. Compare it group "
            "by group with the one you stored.",
        )
    )
    if _luhn_character(typed[:-1]) != typed[-1]:
        raise mistyped
    body = typed[:KEY_CHARACTERS]
    key = base64.b32decode(body + "====")
    if base64.b32encode(key).decode("ascii").rstrip("=") != body:
        raise mistyped  # the last key character had bits a real key never has
    if _hash_characters(key) != typed[KEY_CHARACTERS:-1]:
        raise mistyped
    return key


def _hash_characters(key: bytes) -> str:
    digest = hashlib.sha256(b"acct-desktop recovery key\0" + key).digest()
    return "".join(ALPHABET[b % 32] for b in digest[:3])


def _luhn_character(text: str) -> str:
    """Luhn mod 32: catches every single substituted character and most swaps."""
    factor, total = 2, 0
    for ch in reversed(text):
        addend = factor * ALPHABET.index(ch)
        total += addend // 32 + addend % 32
        factor = 3 - factor
    return ALPHABET[(32 - total % 32) % 32]


def key_id(key: bytes) -> str:
    """A short, non-secret name for a key (for keyring entry names and messages)."""
    return hashlib.sha256(b"acct-desktop key id\0" + key).hexdigest()[:12]


# -- the keyring -------------------------------------------------------------------------


def _keyring_call(failed: str, call, *args):  # type: ignore[no-untyped-def]
    """``call(keyring, *args)``; on a keyring error, ``failed`` (a marked sentence with %1
    for the error's kind and %2 for the help) as a ``KeyringUnavailableError``."""
    import keyring
    from keyring.errors import KeyringError

    try:
        return call(keyring, *args)
    except KeyringError as exc:
        raise KeyringUnavailableError(
            Sentence.of(failed, exc.__class__.__name__, Sentence.of(KEYRING_HELP))
        ) from exc


def _get(entry: str) -> str | None:
    return _keyring_call(
        QT_TRANSLATE_NOOP("messages", "The system keyring could not be read (%1). %2"),
        lambda k: k.get_password(KEYRING_SERVICE, entry),
    )


def _set(entry: str, value: str) -> None:
    _keyring_call(
        QT_TRANSLATE_NOOP("messages", "The system keyring could not store the key (%1). %2"),
        lambda k: k.set_password(KEYRING_SERVICE, entry, value),
    )
    if _get(entry) != value:  # a backend that accepts and forgets would lose the data
        raise KeyringUnavailableError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages", "The system keyring did not keep the database key. %1"
                ),
                Sentence.of(KEYRING_HELP),
            )
        )


def installation_key() -> bytes | None:
    """This installation's database key, ``None`` when none has been made yet."""
    stored = _get(KEY_ENTRY)
    return bytes.fromhex(stored) if stored else None


def stored_keys() -> list[bytes]:
    """Every database key in the keyring: the installation's first, then recovered ones."""
    keys = [key] if (key := installation_key()) is not None else []
    for extra in (_get(EXTRA_IDS_ENTRY) or "").split(","):
        if extra and (stored := _get(f"{KEY_ENTRY}:{extra}")):
            keys.append(bytes.fromhex(stored))
    return keys


def ensure_installation_key() -> tuple[bytes, bool]:
    """This installation's key, made (random) and stored on first use; ``(key, new)``."""
    key = installation_key()
    if key is not None:
        return key, False
    key = secrets.token_bytes(encryption.KEY_BYTES)
    _set(KEY_ENTRY, key.hex())
    log.info("a new database key (id %s) was stored in the system keyring", key_id(key))
    return key, True


def install_key_lookup() -> None:
    """Let every open by path find the keys of encrypted files in this user's keyring."""
    encryption.use_key_lookup(stored_keys)


def recovery_key() -> str:
    """This installation's recovery key, for showing to the user (who is signed in to the
    account whose keyring holds the key -- the same trust the key itself has)."""
    key = installation_key()
    if key is None:
        raise DatabaseError(
            QT_TRANSLATE_NOOP("messages", "No database has been encrypted on this computer yet.")
        )
    return format_recovery_key(key)


# -- use cases ---------------------------------------------------------------------------


def encrypt_database(path: Path | str) -> Encrypted:
    """Encrypt the plain database file ``path`` in place with this installation's key
    (made on first use). Refuses while the file is open anywhere; nothing changes then."""
    path = Path(path)
    if encryption.is_encrypted(path):
        raise DatabaseError(
            Sentence.of(QT_TRANSLATE_NOOP("messages", "%1 is already encrypted."), path)
        )
    refuse_missing_file(path)
    key, new = ensure_installation_key()
    encryption.encrypt_in_place(path, key)
    return Encrypted(path, format_recovery_key(key), new)


def refuse_missing_file(path: Path) -> None:
    """A DatabaseError when ``path`` is no database file (a mistyped name, say): checked
    before anything else, and before the command line asks for a recovery key."""
    if not path.is_file() or path.stat().st_size == 0:
        raise DatabaseError(
            Sentence.of(QT_TRANSLATE_NOOP("messages", "%1 does not exist or is empty."), path)
        )


def decrypt_database(path: Path | str) -> Path:
    """Turn the encrypted database ``path`` back into a plain SQLite file, in place."""
    path = Path(path)
    refuse_missing_file(path)
    if not encryption.is_encrypted(path):
        raise DatabaseError(
            Sentence.of(QT_TRANSLATE_NOOP("messages", "%1 is not encrypted."), path)
        )
    encryption.decrypt_in_place(path, encryption.key_for(path, stored_keys()))
    return path


def recover_key(path: Path | str, typed: str) -> str:
    """Check that the recovery key ``typed`` opens the encrypted database ``path`` and keep
    it in the keyring; returns a sentence saying what was done. Nothing is stored when the
    key is mistyped or does not open the file."""
    path = Path(path)
    refuse_missing_file(path)
    key = parse_recovery_key(typed)
    if not encryption.is_encrypted(path):
        raise DatabaseError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "%1 is not encrypted; it needs no recovery key."),
                path,
            )
        )
    if not encryption.opens_with(path, key):
        raise RecoveryKeyError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "This recovery key does not open %1: it belongs to another database or "
                    "computer. Nothing was stored.",
                ),
                path,
            )
        )
    if key in stored_keys():
        return Sentence.of(
            QT_TRANSLATE_NOOP("messages", "The key of %1 is already in this computer's keyring."),
            path,
        )
    if installation_key() is None:
        _set(KEY_ENTRY, key.hex())
        return Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages",
                "The key of %1 is now in this computer's keyring; databases you encrypt "
                "here will use it too.",
            ),
            path,
        )
    ident = key_id(key)
    _set(f"{KEY_ENTRY}:{ident}", key.hex())
    ids = [i for i in (_get(EXTRA_IDS_ENTRY) or "").split(",") if i]
    _set(EXTRA_IDS_ENTRY, ",".join([*ids, ident]))
    return Sentence.of(
        QT_TRANSLATE_NOOP("messages", "The key of %1 (key %2) is now in this computer's keyring."),
        path,
        ident,
    )
