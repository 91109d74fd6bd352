"""``acct-desktop import sales FILE``: the ERP's sales facts, all or nothing, replacing what
the file covers (cli.py routes ``what == "sales"`` here)."""

from __future__ import annotations

import argparse
from datetime import date

from acct_desktop.cli_language import NOT_A_MEASURE, print_error, say
from acct_desktop.domain.enums import Measure
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP

IMPORT_CHOICES = ("sales",)


def handles(args: argparse.Namespace) -> bool:
    """True when ``args.what`` is this module's entity."""
    return getattr(args, "what", None) in IMPORT_CHOICES


def run_import(args: argparse.Namespace) -> int:
    """Import the sales facts of ``args.file`` into ``args.db``; 2 with the problems by line
    when the file is refused (nothing written)."""
    from acct_desktop.cli import _import_mapping, run_file_import
    from acct_desktop.cli_arguments import header_row_argument
    from acct_desktop.services.imports import (
        import_sales,
    )
    from acct_desktop.services.imports.sales_scope import ReplaceFor
    from acct_desktop.services.imports.sales_values import measure as measure_value

    try:
        mapping = _import_mapping(args.map)
        measure = measure_value(args.measure) if getattr(args, "measure", None) else None
        words = measure_words(getattr(args, "measure_word", None) or [])
        periods = named_months(getattr(args, "period", None) or [])
    except ValueError as exc:
        print_error(exc)
        return 2
    replace_for = ReplaceFor(getattr(args, "replace_for", None) or ReplaceFor.FILE)
    header_row = header_row_argument(getattr(args, "header_row", None))
    return run_file_import(
        args,
        lambda db, progress: import_sales(
            db,
            args.file,
            mapping or None,
            progress,
            measure,
            words or None,
            periods or None,
            replace_for,
            amount_confirmed=getattr(args, "amount_confirmed", False),
            header_row=header_row,
            no_amounts_confirmed=getattr(args, "no_amounts_confirmed", False),
            no_quantities_confirmed=getattr(args, "no_quantities_confirmed", False),
        ),
    )


def add_import_options(imp: argparse.ArgumentParser) -> None:
    """``import sales``' own options: ``--period``, ``--replace-for``,
    ``--amount-confirmed``, ``--no-amounts-confirmed`` and ``--no-quantities-confirmed``."""
    from acct_desktop.services.imports.sales_scope import ReplaceFor

    imp.add_argument(
        "--period",
        action="append",
        default=[],
        metavar="YYYY-MM",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "a month the file holds, e.g. 2026-10 (repeatable, or 2026-09,2026-10): rows "
            "outside the months named are refused (sales only)",
        ),
    )
    imp.add_argument(
        "--replace-for",
        choices=[r.value for r in ReplaceFor],
        default=ReplaceFor.FILE.value,
        help=QT_TRANSLATE_NOOP(
            "cli",
            "whose figures the file replaces in its months: file (default: each account's "
            "measures in the file), territory (every account of its accounts' territories) "
            "or all (every account); for a corrected file that moves figures between "
            "accounts (sales only)",
        ),
    )
    imp.add_argument(
        "--amount-confirmed",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "the column read as the amount holds amounts, though its header names a quantity "
            "or its numbers equal the quantities (sales only)",
        ),
    )
    imp.add_argument(
        "--no-amounts-confirmed",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "the file has no amounts: its figures, and those it replaces, get amount 0 "
            "(refused otherwise when those hold amounts or a column not read holds numbers; "
            "sales only)",
        ),
    )
    imp.add_argument(
        "--no-quantities-confirmed",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "the file has no quantities: its figures, and those it replaces, get quantity 0 "
            "(refused otherwise when those hold quantities or a column not read holds "
            "numbers; sales only)",
        ),
    )


def named_months(values: list[str]) -> set[date]:
    """``--period 2026-10`` (repeatable, or comma-separated) as the first of each month."""
    months: set[date] = set()
    for value in values:
        for part in value.split(","):
            text = part.strip()
            year, dash, month = text.partition("-")
            if not (dash and year.isdigit() and month.isdigit() and len(year) == 4):
                raise ValueError(
                    say(
                        QT_TRANSLATE_NOOP(
                            "cli", '--period takes a month written as 2026-10, not "%1"'
                        ),
                        text,
                    )
                )
            if not 1 <= int(month) <= 12:
                raise ValueError(
                    say(
                        QT_TRANSLATE_NOOP("cli", '--period: "%1" has no month %2'),
                        text,
                        int(month),
                    )
                )
            months.add(date(int(year), int(month), 1))
    return months


def measure_words(values: list[str]) -> dict[str, Measure | None]:
    """``--measure-word Verkoop=sell_in`` (repeatable) as {"Verkoop": Measure.SELL_IN};
    ``ZF9=none`` sets a word aside as not a measure (its rows are refused)."""
    from acct_desktop.services.imports.sales_values import measure as measure_value

    words: dict[str, Measure | None] = {}
    for value in values:
        word, sign, name = value.rpartition("=")
        refused = name.strip().casefold() == NOT_A_MEASURE
        meant = None if refused or not sign else measure_value(name)
        if not word.strip() or (meant is None and not refused):
            raise ValueError(
                say(
                    QT_TRANSLATE_NOOP(
                        "cli",
                        '--measure-word takes WORD=MEASURE, such as Verkoop=sell_in, not "%1"',
                    ),
                    value,
                )
            )
        words[word.strip()] = meant
    return words
