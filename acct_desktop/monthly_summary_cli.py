"""``acct-desktop print monthly-summary``: the month's summary for the boss as a PDF.

``acct-desktop print monthly-summary --month 2026-10 [--territory CODE] [--lang en|zh_CN|vi|nl]
--out FILE.pdf --db DB``. ``--out`` may be a folder (the file is then named
``monthly-summary-2026-10[-CODE].pdf``). The PDF's language: this ``--lang``, else the
app-wide one (``acct-desktop --lang zh print monthly-summary …``), else View → Language,
else the system's (``cli_language.document_language``). A month that is over without one
sales figure imported for it (for the territory's accounts, with ``--territory``) is
refused, naming the nearest months with figures; ``--allow-empty`` prints it all the same,
saying so on its first page. Exit codes: 0 written (the file name on stdout); 2 refused
with one sentence on stderr (a bad month, a month that has not begun, a month without
figures, an unknown territory, a database that cannot be opened, a file that cannot be
written).
"""

from __future__ import annotations

import argparse

from acct_desktop.cli_arguments import OUT_HELP, OutPath, month_argument
from acct_desktop.cli_language import (
    document_language,
    error_text,
    file_problem_text,
    language_code,
    print_error,
    say,
)
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP
from acct_desktop.reporting.monthly_summary_labels import LANGUAGES


def add_print_parser(what: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``monthly-summary`` to ``print``'s documents."""
    summary = what.add_parser(
        "monthly-summary",
        help=QT_TRANSLATE_NOOP(
            "cli", "the month's figures against plan, trend, execution, issues and focus (PDF)"
        ),
    )
    summary.add_argument(
        "--month",
        required=True,
        metavar="YYYY-MM",
        help=QT_TRANSLATE_NOOP("cli", "this month or an earlier one (this month: to date)"),
    )
    summary.add_argument(
        "--territory",
        metavar="CODE",
        help=QT_TRANSLATE_NOOP("cli", "this territory and those below it"),
    )
    summary.add_argument(
        "--lang",
        dest="pdf_lang",  # not the app-wide --lang's "lang": its default would hide that one
        choices=LANGUAGES,
        type=language_code,
        help=QT_TRANSLATE_NOOP(
            "cli",
            "language of the PDF (default: the app-wide --lang, else View → Language, else "
            "the system's)",
        ),
    )
    summary.add_argument(
        "--out",
        required=True,
        type=OutPath,
        metavar="FILE.pdf",
        help=OUT_HELP,
    )
    summary.add_argument(
        "--allow-empty",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "print a month without sales figures all the same (its first page says that none "
            "were imported)",
        ),
    )
    summary.add_argument("--db", required=True, metavar="PATH_OR_URL")


def run(args: argparse.Namespace) -> int:
    """Gather and print the summary for parsed ``args``; 0 written, 2 refused."""
    from acct_desktop.services.monthly_summary import MonthlySummaryRefused, MonthWithoutFigures
    from acct_desktop.store.database import DatabaseError

    try:
        return _print(args)
    except MonthWithoutFigures as exc:
        print_error(
            say(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "%1 Import the month first (acct-desktop import sales FILE --db DB), or "
                    "pass --allow-empty to print it anyway.",
                ),
                error_text(exc),
            )
        )
        return 2
    except (MonthlySummaryRefused, DatabaseError) as exc:
        print_error(exc)
        return 2


def _print(args: argparse.Namespace) -> int:
    from acct_desktop.reporting.monthly_summary_pdf import (
        build_monthly_summary_pdf,
        monthly_summary_file_name,
    )
    from acct_desktop.services.files import write_atomically
    from acct_desktop.services.manager_profile import load_manager_profile
    from acct_desktop.services.monthly_summary import (
        MonthlySummaryRefused,
        gather_monthly_summary,
        territory_choice,
    )
    from acct_desktop.services.secrets import with_stored_password
    from acct_desktop.store.database import open_database

    month = month_argument("--month", args.month)
    language = document_language(args.pdf_lang, args.lang)
    db = open_database(with_stored_password(args.db), create=False)
    try:
        territory_id = territory_choice(db, args.territory) if args.territory else None
        summary = gather_monthly_summary(
            db,
            month,
            territory_id,
            manager=load_manager_profile().name,
            allow_empty=args.allow_empty,
        )
    finally:
        db.close()
    out = args.out.file(lambda: monthly_summary_file_name(summary))
    try:
        write_atomically(out, build_monthly_summary_pdf(summary, language))
    except OSError as exc:
        raise MonthlySummaryRefused(
            say(QT_TRANSLATE_NOOP("cli", "%1 cannot be written (%2)."), out, file_problem_text(exc))
        ) from None
    print(out)
    return 0
