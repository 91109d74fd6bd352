"""``acct-desktop rebate statement``: print a rebate statement PDF from the command line.

``--agreement NUMBER`` prints one agreement; ``--account CODE`` prints every active
agreement of that account, one page each. Exit codes: 0 written, 2 a sentence on stderr
(unknown agreement or account, nothing active, incomplete terms, unreadable database).
"""

from __future__ import annotations

import argparse
from datetime import date

from acct_desktop.cli_arguments import OUT_HELP, OutPath, day_argument
from acct_desktop.cli_language import file_problem_text, message_text, print_error, say
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, listed
from acct_desktop.services.files import write_atomically


def add_statement_parser(rebate_actions: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``statement`` to the ``acct-desktop rebate`` actions."""
    statement = rebate_actions.add_parser(
        "statement",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "print a rebate statement (tiers, volume to date, accrual, distance to next tier)",
        ),
    )
    which = statement.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--agreement",
        metavar="NUMBER",
        help=QT_TRANSLATE_NOOP("cli", "one agreement, e.g. R-2026-0005"),
    )
    which.add_argument(
        "--account",
        metavar="CODE",
        help=QT_TRANSLATE_NOOP("cli", "all active agreements of an account"),
    )
    statement.add_argument(
        "--out",
        required=True,
        type=OutPath,
        metavar="FILE.pdf",
        help=OUT_HELP,
    )
    statement.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP(
            "cli", "the statement date: sales and settlements up to it count (default: today)"
        ),
    )
    statement.add_argument(
        "--no-chart",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "leave out the chart (prints faster)"),
    )
    statement.add_argument("--db", required=True, metavar="PATH_OR_URL")


def run_statement(args: argparse.Namespace) -> int:
    """Print the statement asked for by ``args``; returns the exit code."""
    from acct_desktop.services.rebate_accruals import IncompleteTerms, RebateAccrualService
    from acct_desktop.services.rebate_statement import RebateStatementService, StatementNotFound
    from acct_desktop.services.rebate_statement_file import (
        agreement_statement_file_name,
        rebate_statement_file_name,
    )
    from acct_desktop.services.secrets import with_stored_password
    from acct_desktop.store.database import DatabaseError, open_database

    on = day_argument("--date", args.date) if args.date else date.today()
    try:
        db = open_database(with_stored_password(args.db), create=False)
    except DatabaseError as exc:
        print_error(exc)
        return 2
    try:
        # the day it really is: a statement dated back leaves out a month's figure it
        # would have to split (rebate_volumes.Window)
        statements = RebateStatementService(db, RebateAccrualService(db, date.today()))
        chart = not args.no_chart
        if args.agreement:
            document = statements.for_agreement(args.agreement.strip(), on, chart=chart)
        else:
            document = statements.for_account(args.account.strip(), on, chart=chart)
    except (StatementNotFound, IncompleteTerms) as exc:
        print_error(exc)
        return 2
    finally:
        db.close()
    content = document.content
    # named as the GUI names it when --out is a folder; one agreement's by its number, so
    # that it does not take the place of its account's statement
    out = args.out.file(
        agreement_statement_file_name(args.agreement.strip(), on)
        if args.agreement
        else rebate_statement_file_name(content.account_code, on)
    )
    try:
        write_atomically(out, document.pdf)
    except OSError as exc:
        print_error(
            say(
                QT_TRANSLATE_NOOP("cli", "%1 could not be written: %2."),
                out,
                file_problem_text(exc),
            )
        )
        return 2
    print(
        say(
            QT_TRANSLATE_NOOP("cli", "%1 %2: rebate statement on %3 (%4) written to %5"),
            content.account_code,
            content.account_name,
            on,
            message_text(listed(document.numbers)),  # R-…、R-… in Chinese
            out,
        )
    )
    return 0
