"""``acct-desktop rebate calc`` (the what-if calculator) and ``rebate statement`` (the PDF,
in :mod:`acct_desktop.rebate_statement_cli`)."""

from __future__ import annotations

import argparse
import json
from decimal import Decimal

from acct_desktop.cli_arguments import number_argument
from acct_desktop.cli_language import (
    message_text,
    number_text,
    percent_text,
    print_error,
    say,
)
from acct_desktop.domain.enums import RebateKind
from acct_desktop.domain.money import format_money
from acct_desktop.domain.rebates import RebateTerms, parse_tiers, rebate_for
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP
from acct_desktop.sales_report_cli import pad

KINDS = {
    "fixed": RebateKind.FIXED_PERCENT,
    "whole": RebateKind.WHOLE_VOLUME_TIERS,
    "banded": RebateKind.BANDED_TIERS,
    "growth": RebateKind.GROWTH,
}


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    rebate = sub.add_parser("rebate", help=QT_TRANSLATE_NOOP("cli", "rebate calculations"))
    actions = rebate.add_subparsers(dest="rebate_command", metavar="ACTION", required=True)
    calc = actions.add_parser(
        "calc", help=QT_TRANSLATE_NOOP("cli", "what-if: the rebate on a volume under given terms")
    )
    calc.add_argument("--kind", choices=sorted(KINDS), required=True)
    calc.add_argument(
        "--tiers",
        help=QT_TRANSLATE_NOOP("cli", 'THRESHOLD:RATE pairs, e.g. "0:1,100000:2,250000:3"'),
    )
    calc.add_argument(
        "--percent", help=QT_TRANSLATE_NOOP("cli", "the rate for --kind fixed, e.g. 2.5")
    )
    calc.add_argument(
        "--volume", required=True, help=QT_TRANSLATE_NOOP("cli", "volume (amount) in the period")
    )
    calc.add_argument(
        "--last-year", help=QT_TRANSLATE_NOOP("cli", "same period last year (for --kind growth)")
    )
    calc.add_argument("--currency", default="EUR")
    calc.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "machine-readable output")
    )

    from acct_desktop.rebate_statement_cli import add_statement_parser

    add_statement_parser(actions)


class UsageProblem(ValueError):
    """Bad command-line input; the message is a sentence."""


def _number(name: str, text: str | None) -> Decimal | None:
    """A number as typed, with the language's decimal mark (``cli_arguments.number_argument``):
    ``1250,50`` in Dutch is 1250.50, never 125,050; ``1.250`` there is refused as
    ambiguous; a figure too big for exact sums is refused too."""
    if text is None:
        return None
    value = number_argument(name, text)
    if value.adjusted() >= MAX_DIGITS:
        raise UsageProblem(say(QT_TRANSLATE_NOOP("cli", "%1 is too big: %2."), name, repr(text)))
    return value


MAX_DIGITS = 15  # before the decimal point: a thousand trillion, far above any rebate volume


def run(args: argparse.Namespace) -> int:
    if args.rebate_command == "statement":
        from acct_desktop.rebate_statement_cli import run_statement

        return run_statement(args)
    try:
        kind = KINDS[args.kind]
        tiers = tuple(parse_tiers(args.tiers)) if args.tiers else ()
        percent = _number("--percent", args.percent)
        if percent is not None and not 0 <= percent <= 100:
            raise UsageProblem(
                say(QT_TRANSLATE_NOOP("cli", "--percent must be 0 to 100, not %1."), args.percent)
            )
        currency = args.currency.strip().upper()
        if len(currency) != 3 or not currency.isascii() or not currency.isalpha():
            raise UsageProblem(
                say(
                    QT_TRANSLATE_NOOP(
                        "cli",
                        "--currency must be a three-letter code such as EUR, CNY or VND, not %1.",
                    ),
                    repr(args.currency),
                )
            )
        terms = RebateTerms(kind, tiers, percent, currency=currency)
        volume = _number("--volume", args.volume)
        assert volume is not None
        result = rebate_for(terms, volume, _number("--last-year", args.last_year))
    except (UsageProblem, ValueError, TypeError) as exc:
        print_error(exc)
        return 2
    if args.json:
        print(
            json.dumps(
                {
                    "kind": args.kind,
                    "currency": currency,
                    "rebate": str(result.amount),
                    "rate_applied_percent": str(result.rate_applied),
                    "base": str(result.base),
                    "tier_reached": None
                    if result.tier_reached is None
                    else {
                        "threshold": str(result.tier_reached.threshold),
                        "rate_percent": str(result.tier_reached.rate_percent),
                    },
                    "distance_to_next_tier": None
                    if result.distance_to_next_tier is None
                    else str(result.distance_to_next_tier),
                    "lines": [
                        {
                            "label": str(line.label),
                            "base": str(line.base),
                            "rate_percent": str(line.rate_percent),
                            "amount": str(line.amount),
                        }
                        for line in result.breakdown
                    ],
                },
                ensure_ascii=False,
                indent=2,
            )
        )
        return 0
    for line in result.breakdown:
        label = message_text(line.label)
        # the volume is an amount of the currency: its decimals, grouped the language's way
        base = number_text(format_money(line.base, currency))
        rate = percent_text(line.rate_percent)
        label = pad(label, 34)  # by display width: a Chinese character takes two columns
        amount = number_text(format_money(line.amount, currency))
        print(f"  {label} {base:>16} × {rate:>7} = {amount:>14}")
    print(
        say(
            QT_TRANSLATE_NOOP("cli", "rebate: %1 %2"),
            number_text(format_money(result.amount, currency)),
            currency,
        )
    )
    if result.distance_to_next_tier is not None:
        print(
            say(
                QT_TRANSLATE_NOOP("cli", "next tier in: %1 %2"),
                number_text(format_money(result.distance_to_next_tier, currency)),
                currency,
            )
        )
    return 0
