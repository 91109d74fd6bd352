"""Quote commands: ``quotes list``, ``print quote NUMBER`` and ``print order NUMBER``.

Exit codes: 0 done, 2 refused (unknown quote, no order yet, bad status) with one sentence on
stderr.
"""

from __future__ import annotations

import argparse
import json
from decimal import Decimal

from acct_desktop.cli_arguments import OUT_HELP, OutPath
from acct_desktop.cli_language import message_text, number_text, print_error, say
from acct_desktop.domain.enums import QuoteStatus
from acct_desktop.domain.money import format_money, money_figure
from acct_desktop.domain.quote_workflow import replaced_words, status_words
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP

COMMANDS = ("quotes",)
REPLACED = "replaced"  # --status: the revisions a later revision replaced
PRINT_DOCUMENTS = ("quote", "order")


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    quotes = sub.add_parser("quotes", help=QT_TRANSLATE_NOOP("cli", "list quotes"))
    action = quotes.add_subparsers(dest="quotes_action", metavar="ACTION", required=True)
    listing = action.add_parser(
        "list", help=QT_TRANSLATE_NOOP("cli", "quotes, newest first, with their totals")
    )
    listing.add_argument(
        "--status",
        choices=[*(s.value for s in QuoteStatus), REPLACED],
        help=QT_TRANSLATE_NOOP(
            "cli", "latest revisions in this status; replaced: the revisions a later one replaced"
        ),
    )
    listing.add_argument(
        "--account", metavar="CODE", help=QT_TRANSLATE_NOOP("cli", "only this account's quotes")
    )
    listing.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "machine-readable output")
    )
    listing.add_argument("--db", required=True, metavar="PATH_OR_URL")


def add_print_parsers(what: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``quote`` and ``order`` to ``print``'s documents."""
    for name, help_text in (
        (
            "quote",
            QT_TRANSLATE_NOOP(
                "cli", "a quote as PDF (its latest revision, or NUMBER R2 for that one)"
            ),
        ),
        ("order", QT_TRANSLATE_NOOP("cli", "the order confirmation of an accepted quote as PDF")),
    ):
        document = what.add_parser(name, help=help_text)
        document.add_argument(
            "number", metavar="NUMBER", help=QT_TRANSLATE_NOOP("cli", "Q-2026-7KX-00042 (or … R2)")
        )
        document.add_argument(
            "revision",
            nargs="?",
            metavar="R2",
            help=QT_TRANSLATE_NOOP("cli", "that revision (the latest when left out)"),
        )
        document.add_argument(
            "--out",
            required=True,
            type=OutPath,
            metavar="FILE.pdf",
            help=OUT_HELP,
        )
        document.add_argument("--db", required=True, metavar="PATH_OR_URL")


def _refuse(problem: BaseException | str) -> int:
    print_error(problem)
    return 2


def run(args: argparse.Namespace) -> int:
    from acct_desktop.app import open_workspace
    from acct_desktop.domain.quote_workflow import MoveRefused
    from acct_desktop.services.quote_builder import QuoteEditRejected
    from acct_desktop.services.quote_documents import DocumentRefused

    workspace = open_workspace(args.db, create=False)
    try:
        if args.command == "quotes":
            return _list(workspace, args)
        return _print(workspace, args)
    except (QuoteEditRejected, MoveRefused, DocumentRefused, LookupError) as exc:
        return _refuse(exc)
    finally:
        workspace.close()


def _list(workspace, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from acct_desktop.services.quotes import QuoteFilter, list_quotes

    replaced = args.status == REPLACED
    status = QuoteStatus(args.status) if args.status and not replaced else None
    wanted = QuoteFilter(status=status, account_code=args.account, replaced=replaced)
    rows = list_quotes(workspace.db, wanted)
    if args.json:
        payload = [
            {
                "number": row.number,
                "revision": row.revision,
                "account_code": row.account_code,
                "account": row.account_name,
                "date": row.quote_date.isoformat(),
                "valid_until": row.valid_until.isoformat(),
                "status": REPLACED if row.replaced else row.status.value,
                "replaced_by": row.replaced_by,
                "currency": row.currency,
                "lines": row.line_count,
                "net_total": format(_in_minor_units(row.net_total, row.currency), "f"),
            }
            for row in rows
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(say(QT_TRANSLATE_NOOP("cli", "No quotes match.")))
        return 0
    print("\n".join(_row_text(row) for row in rows))
    return 0


def _in_minor_units(amount: Decimal, currency: str) -> Decimal:
    """``amount`` with its currency's decimals (VND none, EUR and CNY two)."""
    return money_figure(amount, currency)


def _row_text(row) -> str:  # type: ignore[no-untyped-def]
    """One quote as a line: number, date, status in words, total the language's way."""
    from acct_desktop.sales_report_cli import pad  # display widths (CJK takes two columns)

    reference = row.number if row.revision == 1 else f"{row.number} R{row.revision}"
    words = replaced_words(row.replaced_by) if row.replaced else status_words(row.status)
    status = message_text(words)
    total = number_text(format_money(row.net_total, row.currency))
    return (
        f"{reference:<22} {row.quote_date.isoformat()}  {pad(status, 20)} "
        f"{total:>16} {row.currency}  {row.account_code}  {row.account_name}"
    )


def _print(workspace, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from acct_desktop.reporting.quote_content import DocumentKind
    from acct_desktop.reporting.quote_pdf import quote_file_name
    from acct_desktop.services.files import write_atomically

    reference = args.number
    if args.revision:  # print quote Q-2026-7KX-00042 R2 (or 2)
        revision = args.revision.strip().upper().removeprefix("R")
        if not revision.isdigit():
            return _refuse(
                say(QT_TRANSLATE_NOOP("cli", "“%1” is not a revision; write R2."), args.revision)
            )
        reference = f"{args.number} R{int(revision)}"
    quote_id = workspace.quote_builder.find(reference)
    if quote_id is None:
        return _refuse(say(QT_TRANSLATE_NOOP("cli", "No quote has the number “%1”."), reference))
    kind = DocumentKind.ORDER if args.print_what == "order" else DocumentKind.QUOTE
    data = workspace.quote_documents.pdf(quote_id, kind)
    out = args.out.file(lambda: quote_file_name(workspace.quote_documents.document(quote_id, kind)))
    write_atomically(out, data)
    print(out)
    return 0
