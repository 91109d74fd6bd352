"""``acct-desktop report sales``: exact sales totals as an aligned table or as JSON.

``acct-desktop report sales --db DB --group-by year|quarter|month|account|territory|category|
product [--measure sell_in|outbound|sell_out|stock] [--from YYYY-MM-DD] [--to YYYY-MM-DD]
[--territory CODE] [--account CODE] [--json]``. Each currency gets its own rows and total;
amounts are never added across currencies. The table writes quantities with 3 decimals and
amounts with their currency's (2, VND none: ``domain.money.format_money``), zeros too; a
figure finer than that is written whole, never rounded. ``--json`` prints every figure as
an exact decimal string. Exit codes: 0 printed; 2 refused with one sentence on stderr (a
bad date, an unknown code, a database that cannot be opened).
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from acct_desktop.cli_arguments import day_argument
from acct_desktop.cli_language import day_text, number_text, print_error, say
from acct_desktop.domain.enums import Measure
from acct_desktop.domain.money import format_money
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the service (and SQLAlchemy) is imported only when a report is asked for
    from acct_desktop.services.sales_report import SalesReport

MAX_NAME_WIDTH = 48
HEADINGS = {  # GroupBy value → column heading
    "year": QT_TRANSLATE_NOOP("cli", "Year"),
    "quarter": QT_TRANSLATE_NOOP("cli", "Quarter"),
    "month": QT_TRANSLATE_NOOP("cli", "Month"),
    "account": QT_TRANSLATE_NOOP("cli", "Account"),
    "territory": QT_TRANSLATE_NOOP("cli", "Territory"),
    "category": QT_TRANSLATE_NOOP("cli", "Category"),
    "product": QT_TRANSLATE_NOOP("cli", "SKU"),
}
UNNAMED_GROUPS = ("year", "quarter", "month", "category")  # the key is the name
# The title's words: the command line's own tokens in English ("sell_in by account"), the
# language's words elsewhere ("进货 按 客户").
TITLE_WORDS = {
    "sell_in": QT_TRANSLATE_NOOP("cli", "sell_in"),
    "outbound": QT_TRANSLATE_NOOP("cli", "outbound"),
    "sell_out": QT_TRANSLATE_NOOP("cli", "sell_out"),
    "stock": QT_TRANSLATE_NOOP("cli", "stock"),
    "year": QT_TRANSLATE_NOOP("cli", "year"),
    "quarter": QT_TRANSLATE_NOOP("cli", "quarter"),
    "month": QT_TRANSLATE_NOOP("cli", "month"),
    "account": QT_TRANSLATE_NOOP("cli", "account"),
    "territory": QT_TRANSLATE_NOOP("cli", "territory"),
    "category": QT_TRANSLATE_NOOP("cli", "category"),
    "product": QT_TRANSLATE_NOOP("cli", "product"),
}


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``report`` (with its one report so far, ``sales``) to the command's subcommands."""
    report = sub.add_parser(
        "report", help=QT_TRANSLATE_NOOP("cli", "reports printed to the terminal (sales totals)")
    )
    report.set_defaults(report_handler=run)
    what = report.add_subparsers(dest="report_what", metavar="REPORT", required=True)
    sales = what.add_parser(
        "sales",
        help=QT_TRANSLATE_NOOP(
            "cli", "exact sales totals per period, account, territory, category or product"
        ),
    )
    sales.add_argument("--db", required=True, metavar="PATH_OR_URL")
    sales.add_argument("--group-by", required=True, choices=tuple(HEADINGS))
    sales.add_argument(
        "--measure",
        default=Measure.SELL_IN.value,
        metavar="MEASURE",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "sell_in, outbound, sell_out or stock, or the word for it in your language "
            "(default sell_in)",
        ),
    )
    sales.add_argument(
        "--from",
        dest="first",
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("cli", "first day (included)"),
    )
    sales.add_argument(
        "--to",
        dest="last",
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("cli", "last day (included)"),
    )
    sales.add_argument(
        "--territory",
        metavar="CODE",
        help=QT_TRANSLATE_NOOP("cli", "this territory and those below it"),
    )
    sales.add_argument(
        "--account",
        metavar="CODE",
        help=QT_TRANSLATE_NOOP("cli", "this account and those below it"),
    )
    sales.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "exact figures as JSON")
    )


def run(args: argparse.Namespace) -> int:
    """Print the report for parsed ``args``; 0 printed, 2 refused."""
    from acct_desktop.services.sales_report import SalesReportRefused
    from acct_desktop.store.database import DatabaseError

    try:
        report = _report(args)
    except (SalesReportRefused, DatabaseError, ValueError) as exc:
        print_error(exc)
        return 2
    print(report_json(report) if args.json else report_table(report))
    return 0


def _measure(text: str) -> Measure:
    """The measure as the import reads it: sell_in or its word in any of our languages
    (inkoop, 进货, nhập hàng); a word that is none is refused naming the four."""
    from acct_desktop.services.imports.sales_values import measure

    found = measure(text)
    if found is None:  # an empty --measure ""
        return Measure.SELL_IN
    return found


def _day(flag: str, text: str | None) -> date | None:

    if text is None:
        return None
    return day_argument(flag, text, "2026-03-31")


def _report(args: argparse.Namespace) -> SalesReport:
    from acct_desktop.services.sales_report import (
        GroupBy,
        SalesQuery,
        resolve_account,
        resolve_territory,
        sales_report,
    )
    from acct_desktop.services.secrets import with_stored_password
    from acct_desktop.store.database import open_database

    first, last = _day("--from", args.first), _day("--to", args.last)
    db = open_database(with_stored_password(args.db), create=False)
    try:
        query = SalesQuery(
            group_by=GroupBy(args.group_by),
            measure=_measure(args.measure),
            first=first,
            last=last,
            territory_id=resolve_territory(db, args.territory) if args.territory else None,
            account_id=resolve_account(db, args.account) if args.account else None,
        )
        return sales_report(db, query)
    finally:
        db.close()


# -- output -------------------------------------------------------------------------------


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide (CJK) characters 2, combining marks 0."""
    width = 0
    for char in text:
        if unicodedata.combining(char):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def fit(text: str, width: int) -> str:
    """``text`` cut to ``width`` columns (with an ellipsis when cut)."""
    if display_width(text) <= width:
        return text
    kept, used = "", 0
    for char in text:
        step = display_width(char)
        if used + step > width - 1:
            break
        kept, used = kept + char, used + step
    return kept + "…"


def pad(text: str, width: int, *, right: bool = False) -> str:
    """``text`` padded with spaces to ``width`` display columns."""
    space = " " * max(0, width - display_width(text))
    return space + text if right else text + space


QUANTITY_PLACES = 3  # as stored (store.types.Quantity)


def _number(value: Decimal, places: int) -> str:
    """``value`` with ``places`` decimals when that keeps it exact (VND 1000.00 as 1,000),
    else with all of its own."""
    shown = value.quantize(Decimal(1).scaleb(-places))
    return number_text(f"{shown if shown == value else value:,f}")


def _money(amount: Decimal, currency: str) -> str:
    """``amount`` with its currency's decimals (VND 1000.00 as 1,000), a finer figure whole."""
    return number_text(format_money(amount, currency, keep_finer=True))


def report_table(report: SalesReport) -> str:
    """The report as an aligned plain-text table, a total line per currency."""
    query = report.query
    if query.first and query.last:
        period = say(QT_TRANSLATE_NOOP("cli", "%1 to %2"), query.first, query.last)
    elif query.first or query.last:
        period = day_text(query.first or query.last)  # type: ignore[arg-type]
    else:
        period = say(QT_TRANSLATE_NOOP("cli", "all dates"))
    measure = say(TITLE_WORDS[query.measure.value])
    group_by = say(TITLE_WORDS[query.group_by.value])
    title = say(QT_TRANSLATE_NOOP("cli", "%1 by %2, %3"), measure, group_by, period)
    if not report.rows:
        none = say(QT_TRANSLATE_NOOP("cli", "No %1 figures in this selection."), measure)
        return f"{title}\n{none}"
    named = query.group_by.value not in UNNAMED_GROUPS
    heads = [say(HEADINGS[query.group_by.value])]
    heads += [say(QT_TRANSLATE_NOOP("cli", "Name"))] if named else []
    heads += [
        say(QT_TRANSLATE_NOOP("cli", "Currency")),
        say(QT_TRANSLATE_NOOP("cli", "Quantity")),
        say(QT_TRANSLATE_NOOP("cli", "Amount")),
    ]
    body: list[list[str]] = []
    for row in report.rows:
        cells = [row.key or "—"] + ([fit(row.label, MAX_NAME_WIDTH)] if named else [])
        figures = [_number(row.quantity, QUANTITY_PLACES), _money(row.amount, row.currency)]
        body.append([*cells, row.currency, *figures])
    totals = []
    for currency in report.currencies:
        quantity, amount = report.totals[currency]
        label = [say(QT_TRANSLATE_NOOP("cli", "Total"))] + ([""] if named else [])
        figures = [_number(quantity, QUANTITY_PLACES), _money(amount, currency)]
        totals.append([*label, currency, *figures])
    widths = [max(display_width(r[i]) for r in [heads, *body, *totals]) for i in range(len(heads))]
    numeric = {len(heads) - 2, len(heads) - 1}

    def line(cells: list[str]) -> str:
        return "  ".join(
            pad(c, w, right=i in numeric)
            for i, (c, w) in enumerate(zip(cells, widths, strict=True))
        )

    rule = "  ".join("-" * w for w in widths)
    lines = [title, "", line(heads), rule, *map(line, body), rule, *map(line, totals)]
    return "\n".join(text.rstrip() for text in lines)


def report_json(report: SalesReport) -> str:
    """The report as JSON; every quantity and amount an exact decimal string."""
    query = report.query
    document = {
        "group_by": query.group_by.value,
        "measure": query.measure.value,
        "from": query.first.isoformat() if query.first else None,
        "to": query.last.isoformat() if query.last else None,
        "rows": [
            {
                "key": row.key,
                "label": row.label,
                "currency": row.currency,
                "quantity": str(row.quantity),
                "amount": str(row.amount),
            }
            for row in report.rows
        ],
        "totals": [
            {
                "currency": c,
                "quantity": str(report.totals[c][0]),
                "amount": str(report.totals[c][1]),
            }
            for c in report.currencies
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2)
