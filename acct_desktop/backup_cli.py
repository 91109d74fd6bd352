"""Backup commands: ``backup``, ``restore`` and ``backups`` (list).

Exit codes: 0 done, 2 refused (damaged or newer backup, server database, database open
elsewhere, missing file) with one sentence on stderr.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from acct_desktop.cli_arguments import OutPath
from acct_desktop.cli_language import print_error, say
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP

COMMANDS = ("backup", "restore", "backups")


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    backup = sub.add_parser(
        "backup",
        help=QT_TRANSLATE_NOOP(
            "cli", "make a verified copy of a database (default: into your backup folder)"
        ),
    )
    backup.add_argument("--db", required=True, metavar="FILE")
    backup.add_argument(
        "--out",
        type=OutPath,
        metavar="FILE",
        help=QT_TRANSLATE_NOOP(
            "cli", "write the copy to this file (or into this folder) instead of the backup folder"
        ),
    )

    restore = sub.add_parser(
        "restore",
        help=QT_TRANSLATE_NOOP(
            "cli", "replace a database with a backup (the current state is backed up first)"
        ),
    )
    restore.add_argument("file", type=Path, metavar="FILE")
    restore.add_argument("--db", required=True, metavar="FILE")

    listing = sub.add_parser(
        "backups", help=QT_TRANSLATE_NOOP("cli", "list a database's backups, newest first")
    )
    listing.add_argument("--db", required=True, metavar="FILE")


def run(args: argparse.Namespace) -> int:
    from acct_desktop.services.backup import BackupError

    handlers = {"backup": _backup, "restore": _restore, "backups": _list}
    try:
        return handlers[args.command](args)
    except BackupError as exc:
        print_error(exc)
        return 2


def _backup_file_name(db: str) -> str:
    """The copy's name in a folder ``--out`` names: the database's, with the time (UTC)."""
    from datetime import UTC, datetime

    from acct_desktop.services.files import safe_file_stem

    stem = safe_file_stem(Path(db).expanduser().stem, "database")
    return f"{stem}-{datetime.now(UTC):%Y%m%d-%H%M%S}.acctdb"


def _backup(args: argparse.Namespace) -> int:
    from acct_desktop.services.backup import BackupError, BackupStore, backup_to

    if "://" not in args.db and not Path(args.db).expanduser().is_file():
        raise BackupError(
            say(
                QT_TRANSLATE_NOOP("cli", "%1 does not exist, so there is nothing to back up."),
                args.db,
            )
        )
    if args.out is not None:
        info = backup_to(args.db, args.out.file(lambda: _backup_file_name(args.db)))
    else:
        info = BackupStore.for_database(args.db).take(args.db, "manual")
    print(
        say(
            QT_TRANSLATE_NOOP("cli", "backup of %1 (schema %2) written to %3"),
            args.db,
            info.schema_revision,
            info.path,
        )
    )
    return 0


def _restore(args: argparse.Namespace) -> int:
    from acct_desktop.services.backup import restore

    restored = restore(args.file, args.db)
    restored.db.close()
    print(say(QT_TRANSLATE_NOOP("cli", "%1 restored from %2"), args.db, args.file))
    if restored.pre_restore is not None:
        print(
            say(
                QT_TRANSLATE_NOOP("cli", "the state it replaced was saved as %1"),
                restored.pre_restore.path,
            )
        )
    return 0


def _list(args: argparse.Namespace) -> int:
    from acct_desktop.services.backup import BackupStore

    store = BackupStore.for_database(args.db)
    backups = store.list()
    if not backups:
        print(say(QT_TRANSLATE_NOOP("cli", "no backups of %1 in %2"), args.db, store.folder))
        return 0
    print(say(QT_TRANSLATE_NOOP("cli", "backups of %1 in %2:"), args.db, store.folder))
    for info in backups:
        when = info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        print(
            f"{when}  {info.kind:<13} {info.size / 1_048_576:8.1f} MB  "
            f"{info.schema_revision or '-':<26} {info.path.name}"
        )
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the backup commands on their own (``python -m acct_desktop.backup_cli``), for use
    before they are wired into ``acct-desktop``."""
    parser = argparse.ArgumentParser(prog="acct-desktop")
    add_parsers(parser.add_subparsers(dest="command", metavar="COMMAND", required=True))
    args = parser.parse_args(argv)
    try:
        return run(args)
    except Exception as exc:  # the same sentence the main command gives
        from acct_desktop.store.database import DatabaseError

        if isinstance(exc, DatabaseError):
            print_error(exc)
            return 2
        print_error(
            say(QT_TRANSLATE_NOOP("cli", "an unexpected problem stopped the command (%1)."), exc)
        )
        return 1


if __name__ == "__main__":
    raise SystemExit(main())
