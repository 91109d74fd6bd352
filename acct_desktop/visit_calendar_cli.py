"""``acct-desktop export visits`` and ``import visits``: visits as iCalendar (.ics) files.

* ``acct-desktop export visits --from 2026-11-02 --to 2026-11-30 [--tz Europe/Amsterdam]
  --out FILE.ics --db DB`` (days in ``--tz``, default this computer's zone);
* ``acct-desktop import visits FILE.ics [--tz ZONE] [--skip-unmatched] --db DB`` (``--tz``
  reads times without a zone); prints what changed, what of the file could not be read (a
  time zone, by line) and every event it left out, with its line and the reason. Events
  whose account is not found refuse the file (each listed) unless ``--skip-unmatched``.

cli.py routes ``what == "visits"`` here (:func:`handles`) before any other importer.
Exit codes: 0 done; 2 refused with one sentence on stderr (bad days or zone, no visits to
export, a file that is not a calendar, a database that cannot be opened).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from acct_desktop.cli_arguments import day_argument
from acct_desktop.cli_language import file_problem_text, message_text, print_error, say
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, figure
from acct_desktop.services.manager_profile import actor_name

IMPORT_CHOICES = ("visits",)
EXPORT_CHOICES = ("visits",)
MAX_SKIPPED_SHOWN = 50


class _Refused(Exception):
    """A refusal in one sentence (exit code 2)."""


def add_export_options(export: argparse.ArgumentParser) -> None:
    """``--from``, ``--to`` and ``--tz`` of ``export visits``."""
    export.add_argument(
        "--from",
        dest="date_from",
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("cli", "visits: first day"),
    )
    export.add_argument(
        "--to",
        dest="date_to",
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("cli", "visits: last day"),
    )
    export.add_argument(
        "--tz",
        metavar="ZONE",
        help=QT_TRANSLATE_NOOP(
            "cli", "visits: time zone of the calendar (default: this computer's)"
        ),
    )


def add_import_options(imp: argparse.ArgumentParser) -> None:
    """``--tz`` of ``import visits`` (the zone of times a file gives without one)."""
    imp.add_argument(
        "--tz",
        metavar="ZONE",
        help=QT_TRANSLATE_NOOP(
            "cli", "visits: zone of times without one (default: this computer's)"
        ),
    )
    imp.add_argument(
        "--skip-unmatched",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "visits: import the rest when some events name no account found here (else the "
            "file is refused)",
        ),
    )


def handles(args: argparse.Namespace) -> bool:
    """True when ``import``/``export`` is asked for visits."""
    return getattr(args, "what", None) == "visits"


def run(args: argparse.Namespace) -> int:
    """Run ``export visits`` or ``import visits``; refusals are one sentence, exit code 2."""
    from acct_desktop.services.visit_calendar_export import CalendarExportError
    from acct_desktop.services.visit_calendar_import import CalendarImportError, UnmatchedEvents
    from acct_desktop.store.database import DatabaseError

    try:
        return _import(args) if args.command == "import" else _export(args)
    except UnmatchedEvents as exc:
        print_error(exc)
        for event in exc.events[:MAX_SKIPPED_SHOWN]:  # "“Visit Gemini” (line 4): names …"
            print(message_text(event.describe()), file=sys.stderr)
        if len(exc.events) > MAX_SKIPPED_SHOWN:
            more = figure(len(exc.events) - MAX_SKIPPED_SHOWN)
            print(say(QT_TRANSLATE_NOOP("cli", "… and %1 more"), more), file=sys.stderr)
        print(
            say(QT_TRANSLATE_NOOP("cli", "To import the rest: --skip-unmatched.")),
            file=sys.stderr,
        )
        return 2
    except (_Refused, CalendarExportError, CalendarImportError, DatabaseError) as exc:
        print_error(exc)
        return 2


def _open(target: str):  # type: ignore[no-untyped-def]
    from acct_desktop.services.secrets import with_stored_password
    from acct_desktop.store.database import open_database

    return open_database(with_stored_password(target), create=False)


def _day(flag: str, text: str | None) -> date:
    if not text:
        raise _Refused(
            say(
                QT_TRANSLATE_NOOP(
                    "cli", "Give the days to export: --from YYYY-MM-DD --to YYYY-MM-DD."
                )
            )
        )
    return day_argument(flag, text)


def _export(args: argparse.Namespace) -> int:
    from acct_desktop.services.visit_calendar_export import export_ics_file

    if getattr(args, "fmt", None):
        raise _Refused(
            say(
                QT_TRANSLATE_NOOP(
                    "cli", "--format is for spreadsheets and vCards; visits are written as .ics."
                )
            )
        )
    if any(getattr(args, name, None) for name in ("account", "vcard_version", "split")):
        raise _Refused(
            say(
                QT_TRANSLATE_NOOP(
                    "cli", "--account, --vcard-version and --split are for vCard exports."
                )
            )
        )
    start, end = _day("--from", args.date_from), _day("--to", args.date_to)
    db = _open(args.db)
    out = args.out.file(f"visits-{start}-{end}.ics")  # as the GUI names it
    try:  # written a chunk of visits at a time: a team's 100,000 take little memory
        count = export_ics_file(db, out, start, end, args.tz, render=message_text)
    except OSError as exc:
        raise _Refused(
            say(QT_TRANSLATE_NOOP("cli", "%1 cannot be written (%2)."), out, file_problem_text(exc))
        ) from None
    finally:
        db.close()
    print(say(QT_TRANSLATE_NOOP("cli", "%1 visits written to %2"), count, out))
    return 0


def _import(args: argparse.Namespace) -> int:
    from acct_desktop.services.visit_calendar_import import import_ics

    if getattr(args, "map", None) or getattr(args, "default_kind", None):
        raise _Refused(
            say(
                QT_TRANSLATE_NOOP(
                    "cli", "--map and --default-kind are for spreadsheets, not calendar files."
                )
            )
        )
    if getattr(args, "account", None):
        raise _Refused(
            say(
                QT_TRANSLATE_NOOP(
                    "cli", "--account is for vCard files; a calendar event names its own account."
                )
            )
        )
    path = Path(args.file)
    try:  # said before the database is opened; the file is then read a line at a time
        path.open("rb").close()
    except OSError as exc:
        raise _Refused(
            say(
                QT_TRANSLATE_NOOP("cli", "%1 cannot be read (%2)."),
                args.file,
                file_problem_text(exc),
            )
        ) from None
    db = _open(args.db)
    try:
        summary = import_ics(
            db,
            path,
            actor_name(),
            tz_name=args.tz,
            skip_unmatched=getattr(args, "skip_unmatched", False),
        )
    finally:
        db.close()
    name = Path(args.file).name
    print(say(QT_TRANSLATE_NOOP("cli", "%1: %2"), name, message_text(summary.describe())))
    for note in summary.notes[:MAX_SKIPPED_SHOWN]:  # "line 13: the time zone … was left out"
        print(message_text(note))
    for skipped in summary.skipped[:MAX_SKIPPED_SHOWN]:
        print(say(QT_TRANSLATE_NOOP("cli", "skipped %1"), message_text(skipped.describe())))
    if len(summary.skipped) > MAX_SKIPPED_SHOWN:
        more = figure(len(summary.skipped) - MAX_SKIPPED_SHOWN)
        print(say(QT_TRANSLATE_NOOP("cli", "… and %1 more skipped"), more))
    return 0
