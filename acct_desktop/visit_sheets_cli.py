"""``acct-desktop print visit-sheets``: a day's route sheet and one sheet per planned visit.

``acct-desktop print visit-sheets --date 2026-11-03 [--to 2026-11-06] [--account CODE]
[--route-language nl] [--tz Europe/Amsterdam] --out FILE.pdf --db DB``. ``--out`` may be a
folder (the file is then named ``visit-sheets-<date>.pdf``). Exit codes: 0 written (the file
name on stdout); 2 refused with one sentence on stderr (a bad date or range, an unknown
account, no planned visits, a database that cannot be opened).
"""

from __future__ import annotations

import argparse

from acct_desktop.cli_arguments import OUT_HELP, OutPath, day_argument
from acct_desktop.cli_language import (
    document_language,
    file_problem_text,
    language_code,
    print_error,
    say,
)
from acct_desktop.domain.languages import DOCUMENT_LANGUAGES
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP


class _Refused(Exception):
    """A refusal in one sentence (exit code 2)."""


def add_print_parser(what: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``visit-sheets`` to ``print``'s documents."""
    sheets = what.add_parser(
        "visit-sheets",
        help=QT_TRANSLATE_NOOP(
            "cli", "the route sheet of each day and a prefilled sheet per planned visit (PDF)"
        ),
    )
    sheets.add_argument(
        "--date",
        required=True,
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("cli", "the (first) day"),
    )
    sheets.add_argument(
        "--to",
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("cli", "the last day (default: --date)"),
    )
    sheets.add_argument(
        "--account", metavar="CODE", help=QT_TRANSLATE_NOOP("cli", "only this account's visits")
    )
    sheets.add_argument(
        "--mine",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "only your visits (your name from My details) in a team's database; "
            "default: every manager's, a route each",
        ),
    )
    sheets.add_argument(
        "--route-language",
        choices=DOCUMENT_LANGUAGES,
        type=language_code,
        help=QT_TRANSLATE_NOOP(
            "cli",
            "language of the route sheets (default: the app-wide --lang, else the language "
            "chosen in the app, else the system's)",
        ),
    )
    sheets.add_argument(
        "--tz",
        metavar="ZONE",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "time zone of customers in countries without a known zone (default: this computer's)",
        ),
    )
    sheets.add_argument(
        "--out",
        required=True,
        type=OutPath,
        metavar="FILE.pdf",
        help=OUT_HELP,
    )
    sheets.add_argument("--db", required=True, metavar="PATH_OR_URL")


def run(args: argparse.Namespace) -> int:
    """Gather and print the sheets for parsed ``args``; 0 written, 2 refused."""
    from acct_desktop.services.visit_sheets import VisitSheetsRefused
    from acct_desktop.store.database import DatabaseError

    try:
        return _print(args)
    except (_Refused, VisitSheetsRefused, DatabaseError) as exc:
        print_error(exc)
        return 2


def _print(args: argparse.Namespace) -> int:
    from acct_desktop.reporting.visit_sheet_pdf import (
        build_visit_sheets_pdf,
        visit_sheets_file_name,
    )
    from acct_desktop.services.files import write_atomically
    from acct_desktop.services.manager_profile import load_manager_profile
    from acct_desktop.services.secrets import with_stored_password
    from acct_desktop.services.visit_sheets import gather_visit_sheets
    from acct_desktop.store.database import open_database

    first = day_argument("--date", args.date)
    last = day_argument("--to", args.to) if args.to else first
    manager = load_manager_profile()
    if args.mine and not manager.name.strip():
        raise _Refused(
            say(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "--mine needs your name: run `acct-desktop manager --name … "
                    "--organisation …` first.",
                )
            )
        )
    db = open_database(with_stored_password(args.db), create=False)
    try:
        content = gather_visit_sheets(
            db,
            first,
            last,
            account_code=args.account,
            manager=manager,
            owner=manager.name.strip() if args.mine else None,
            tz_name=args.tz,
            # the manager's page: --route-language, else the app-wide --lang, else this
            # run's language (View → Language, else the system's)
            route_language=document_language(args.route_language, args.lang),
        )
    finally:
        db.close()
    out = args.out.file(lambda: visit_sheets_file_name(content))
    try:
        write_atomically(out, build_visit_sheets_pdf(content))
    except OSError as exc:
        raise _Refused(
            say(QT_TRANSLATE_NOOP("cli", "%1 cannot be written (%2)."), out, file_problem_text(exc))
        ) from None
    print(out)
    return 0
