"""Encryption commands: ``encrypt``, ``decrypt`` and ``key recover`` / ``key show-recovery``.

Exit codes: 0 done, 2 refused (database open elsewhere, no keyring, wrong or mistyped
recovery key, none typed or no terminal to type it at, not encrypted, missing file) with
one sentence on stderr.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from acct_desktop.cli_language import message_text, print_error, say
from acct_desktop.cli_prompts import RECOVERY_KEY, NothingTyped, answer
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP

COMMANDS = ("encrypt", "decrypt", "key")

STORE_IT = QT_TRANSLATE_NOOP(
    "cli",
    "Write the recovery key down or print it and keep it somewhere safe, away from this "
    "computer. Without it, the database cannot be opened if this computer's keyring is "
    "lost (a new computer, a reset Windows account). Anyone who has it and the file can "
    "read the data.",
)


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``encrypt``, ``decrypt`` and ``key`` to the command's subcommands."""
    encrypt = sub.add_parser(
        "encrypt",
        help=QT_TRANSLATE_NOOP(
            "cli", "encrypt a database file in place (the key goes to the system keyring)"
        ),
    )
    encrypt.add_argument("--db", required=True, metavar="FILE")
    encrypt.set_defaults(encryption_handler=run)

    decrypt = sub.add_parser(
        "decrypt",
        help=QT_TRANSLATE_NOOP("cli", "turn an encrypted database back into a plain file"),
    )
    decrypt.add_argument("--db", required=True, metavar="FILE")
    decrypt.set_defaults(encryption_handler=run)

    key = sub.add_parser(
        "key", help=QT_TRANSLATE_NOOP("cli", "the database encryption key: recover, show-recovery")
    )
    key.set_defaults(encryption_handler=run)
    what = key.add_subparsers(dest="key_what", metavar="ACTION", required=True)
    recover = what.add_parser(
        "recover",
        help=QT_TRANSLATE_NOOP(
            "cli", "enter a database's recovery key and keep it in the system keyring"
        ),
    )
    recover.add_argument("--db", required=True, metavar="FILE")
    recover.add_argument(
        "--stdin",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "read the recovery key from stdin, not a prompt"),
    )
    what.add_parser(
        "show-recovery",
        help=QT_TRANSLATE_NOOP(
            "cli", "show the recovery key of the databases encrypted on this computer"
        ),
    )


def run(args: argparse.Namespace) -> int:
    """Run one encryption command; refusals are one sentence on stderr and exit code 2."""
    from acct_desktop.services.database_keys import RecoveryKeyError
    from acct_desktop.store.database import DatabaseError

    handlers = {"encrypt": _encrypt, "decrypt": _decrypt, "key": _key}
    try:
        return handlers[args.command](args)
    except (DatabaseError, RecoveryKeyError) as exc:
        print_error(exc)
        return 2
    except NothingTyped as exc:  # no terminal to type the recovery key at, or nothing typed
        print_error(str(exc))
        return 2


def _file(text: str) -> Path:
    from acct_desktop.store.database import DatabaseError

    if "://" in text:
        raise DatabaseError(
            say(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Only database files are encrypted by acct-desktop; a server database is "
                    "protected by the server's own encryption.",
                )
            )
        )
    return Path(text).expanduser()


def _encrypt(args: argparse.Namespace) -> int:
    from acct_desktop.services.database_keys import encrypt_database

    done = encrypt_database(_file(args.db))
    print(
        say(
            QT_TRANSLATE_NOOP("cli", "%1 is encrypted. Its key is in this computer's keyring."),
            done.path,
        )
    )
    print()
    print(_recovery_key(done.recovery_key))
    print()
    if not done.new_key:
        same = QT_TRANSLATE_NOOP(
            "cli", "It is the same recovery key as for the databases you encrypted here before."
        )
        print(say(same))
    print(say(STORE_IT))
    return 0


def _decrypt(args: argparse.Namespace) -> int:
    from acct_desktop.services.database_keys import decrypt_database

    path = decrypt_database(_file(args.db))
    print(
        say(
            QT_TRANSLATE_NOOP(
                "cli", "%1 is no longer encrypted: anyone who can read the file can read its data."
            ),
            path,
        )
    )
    return 0


def _key(args: argparse.Namespace) -> int:
    from acct_desktop.services import database_keys

    if args.key_what == "show-recovery":
        print(_recovery_key(database_keys.recovery_key()))
        print(say(STORE_IT))
        return 0
    path = _file(args.db)
    database_keys.refuse_missing_file(path)  # before the user types 56 characters
    typed = answer(RECOVERY_KEY, from_stdin=args.stdin)
    print(message_text(database_keys.recover_key(path, typed)))
    return 0


def _recovery_key(key: str) -> str:
    return say(QT_TRANSLATE_NOOP("cli", "Recovery key: %1"), key)
