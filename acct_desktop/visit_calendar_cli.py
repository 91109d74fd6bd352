"""``acct-desktop export visits`` and ``import visits``: visits as iCalendar (.ics) files.

* ``acct-desktop export visits --from 2026-11-02 --to 2026-11-30 [--tz Europe/Amsterdam]
  --out FILE.ics --db DB`` (days in ``--tz``, default this computer's zone);
* ``acct-desktop import visits FILE.ics [--tz ZONE] --db DB`` (``--tz`` reads times without a
  zone); prints what changed and every event it left out, with the reason.

cli.py routes ``what == "visits"`` here (:func:`handles`) before any other importer.
Exit codes: 0 done; 2 refused with one sentence on stderr (bad days or zone, no visits to
export, a file that is not a calendar, a database that cannot be opened).
"""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import date
from pathlib import Path

IMPORT_CHOICES = ("visits",)
EXPORT_CHOICES = ("visits",)
MAX_SKIPPED_SHOWN = 50


class _Refused(Exception):
    """A refusal in one sentence (exit code 2)."""


def add_export_options(export: argparse.ArgumentParser) -> None:
    """``--from``, ``--to`` and ``--tz`` of ``export visits``."""
    export.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="visits: first day")
    export.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="visits: last day")
    export.add_argument(
        "--tz", metavar="ZONE", help="visits: time zone of the calendar (default: this computer's)"
    )


def add_import_options(imp: argparse.ArgumentParser) -> None:
    """``--tz`` of ``import visits`` (the zone of times a file gives without one)."""
    imp.add_argument(
        "--tz", metavar="ZONE", help="visits: zone of times without one (default: this computer's)"
    )


def handles(args: argparse.Namespace) -> bool:
    """True when ``import``/``export`` is asked for visits."""
    return getattr(args, "what", None) == "visits"


def run(args: argparse.Namespace) -> int:
    """Run ``export visits`` or ``import visits``; refusals are one sentence, exit code 2."""
    from acct_desktop.services.visit_calendar_files import (
        CalendarExportError,
        CalendarImportError,
    )
    from acct_desktop.store.database import DatabaseError

    try:
        return _import(args) if args.command == "import" else _export(args)
    except (_Refused, CalendarExportError, CalendarImportError, DatabaseError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _open(target: str):  # type: ignore[no-untyped-def]
    from acct_desktop.services.secrets import with_stored_password
    from acct_desktop.store.database import open_database

    return open_database(with_stored_password(target), create=False)


def _day(flag: str, text: str | None) -> date:
    if not text:
        raise _Refused("Give the days to export: --from YYYY-MM-DD --to YYYY-MM-DD.")
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise _Refused(f"{flag} must be a day like 2026-11-02, not {text!r}.") from None


def _actor() -> str:
    try:
        return f"{getpass.getuser()} (calendar import)"
    except Exception:  # no user name in this environment
        return "calendar import"


def _export(args: argparse.Namespace) -> int:
    from acct_desktop.services.files import write_atomically
    from acct_desktop.services.visit_calendar_files import export_ics

    if getattr(args, "fmt", None):
        raise _Refused("--format is for spreadsheets and vCards; visits are written as .ics.")
    if any(getattr(args, name, None) for name in ("account", "vcard_version", "split")):
        raise _Refused("--account, --vcard-version and --split are for vCard exports.")
    start, end = _day("--from", args.date_from), _day("--to", args.date_to)
    db = _open(args.db)
    try:
        data = export_ics(db, start, end, args.tz)
    finally:
        db.close()
    out: Path = args.out
    try:
        write_atomically(out, data)
    except OSError as exc:
        raise _Refused(f"{out} cannot be written ({exc.strerror or exc}).") from None
    print(f"{data.count(b'BEGIN:VEVENT')} visits written to {out}")
    return 0


def _import(args: argparse.Namespace) -> int:
    from acct_desktop.services.visit_calendar_files import import_ics

    if getattr(args, "map", None) or getattr(args, "default_kind", None):
        raise _Refused("--map and --default-kind are for spreadsheets, not calendar files.")
    if getattr(args, "account", None):
        raise _Refused("--account is for vCard files; a calendar event names its own account.")
    try:
        data = Path(args.file).read_bytes()
    except OSError as exc:
        raise _Refused(f"{args.file} cannot be read ({exc.strerror or exc}).") from None
    db = _open(args.db)
    try:
        summary = import_ics(db, data, _actor(), tz_name=args.tz)
    finally:
        db.close()
    print(f"{Path(args.file).name}: {summary.describe()}")
    for skipped in summary.skipped[:MAX_SKIPPED_SHOWN]:
        print(f"skipped {skipped.describe()}")
    if len(summary.skipped) > MAX_SKIPPED_SHOWN:
        print(f"… and {len(summary.skipped) - MAX_SKIPPED_SHOWN:,} more skipped")
    return 0
