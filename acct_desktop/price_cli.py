"""``acct-desktop price`` (a customer's price and why) and ``print price-list`` (the PDF).

Exit codes: 0 done; 2 a sentence on stderr for an unknown account or SKU, a bad number,
date, unit or currency, a missing exchange rate, or a database that cannot be opened.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from acct_desktop.cli_arguments import OUT_HELP, OutPath, day_argument, number_argument
from acct_desktop.cli_language import (
    file_problem_text,
    message_text,
    number_text,
    percent_text,
    print_error,
    say,
)
from acct_desktop.domain.money import format_money
from acct_desktop.domain.pricing_rules import problem_kind_word
from acct_desktop.domain.quote_maths import shown_prices
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP
from acct_desktop.domain.unit_words import unit_source
from acct_desktop.services.files import write_atomically

if TYPE_CHECKING:
    from acct_desktop.services.pricing import PriceQuote

MARKS = {
    "fired": QT_TRANSLATE_NOOP("cli", "fired"),
    "outranked": QT_TRANSLATE_NOOP("cli", "outranked"),
    "skipped": QT_TRANSLATE_NOOP("cli", "skipped"),
}
# "pack" is a word; L and kg are symbols every language writes so
FLAG_WORDS = {
    "below_floor": QT_TRANSLATE_NOOP("cli", "Below floor price"),
    "below_margin": QT_TRANSLATE_NOOP("cli", "Below minimum markup"),
    "discount_over_band": QT_TRANSLATE_NOOP("cli", "Discount over band"),
    "needs_approval": QT_TRANSLATE_NOOP("cli", "Discount needs approval"),
}


def unit_word(unit: str) -> str:
    """``unit`` as this run's language writes it: the GUI's one table of unit words."""
    return message_text(unit_source(unit))


def flag_word(kind: str) -> str:
    """A guard-rail flag's name in this run's language (the raw key only for an unknown)."""
    word = FLAG_WORDS.get(kind)
    return say(word) if word else kind


class UsageProblem(ValueError):
    """Bad command-line input; the message is a sentence."""


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``price`` to the top-level subcommands."""
    price = sub.add_parser(
        "price",
        help=QT_TRANSLATE_NOOP(
            "cli", "a customer's price for a product, with the policies behind it"
        ),
    )
    price.add_argument("--account", required=True, metavar="CODE")
    price.add_argument("--product", required=True, metavar="SKU")
    price.add_argument(
        "--qty", required=True, metavar="N", help=QT_TRANSLATE_NOOP("cli", "quantity, e.g. 40")
    )
    price.add_argument(
        "--unit",
        default="pack",
        metavar="U",
        help=QT_TRANSLATE_NOOP("cli", "pack (carton), L, mL, kg, g or t"),
    )
    price.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("cli", "price on this day (default: today)"),
    )
    price.add_argument(
        "--currency",
        metavar="CUR",
        help=QT_TRANSLATE_NOOP("cli", "default: the account's currency"),
    )
    price.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "machine-readable output")
    )
    price.add_argument("--db", required=True, metavar="PATH_OR_URL")


def add_check_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``check-register``: overlaps, loops, policies that never fire, stale references."""
    check = sub.add_parser(
        "check-register",
        help=QT_TRANSLATE_NOOP(
            "cli", "find overlapping, looping, never-firing or stale price policies (exit 1 if any)"
        ),
    )
    check.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("cli", "check as of this day (today)"),
    )
    check.add_argument("--db", required=True, metavar="PATH_OR_URL")


def add_print_parser(what: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``price-list`` to ``print``'s documents."""
    price_list = what.add_parser(
        "price-list",
        help=QT_TRANSLATE_NOOP(
            "cli", "a customer's price list (its prices, quantity breaks, validity)"
        ),
    )
    price_list.add_argument("--account", required=True, metavar="CODE")
    price_list.add_argument(
        "--out",
        required=True,
        type=OutPath,
        metavar="FILE.pdf",
        help=OUT_HELP,
    )
    price_list.add_argument(
        "--date", metavar="YYYY-MM-DD", help=QT_TRANSLATE_NOOP("cli", "prices on this day (today)")
    )
    price_list.add_argument("--db", required=True, metavar="PATH_OR_URL")


def run(args: argparse.Namespace) -> int:
    """Run ``price`` or ``print price-list`` for parsed ``args``."""
    from acct_desktop.services.price_book import PricingError
    from acct_desktop.store.database import DatabaseError

    try:
        if args.command == "price":
            return _price(args)
        if args.command == "check-register":
            return _check_register(args)
        return _price_list(args)
    except (UsageProblem, PricingError, DatabaseError) as exc:
        print_error(exc)
        return 2


def _number(flag: str, text: str) -> Decimal:
    """A positive number as typed, the way this run's language writes it
    (``cli_arguments.number_argument``: ``2,125`` is 2.125 with ``--lang nl``)."""
    value = number_argument(flag, text)
    if value <= 0:
        raise UsageProblem(
            say(QT_TRANSLATE_NOOP("cli", "%1 must be a number above 0, not %2."), flag, repr(text))
        )
    return value


def _day(text: str | None) -> date:
    if text is None:
        return date.today()
    return day_argument("--date", text)


def _currency(text: str | None) -> str | None:
    if text is None:
        return None
    code = text.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise UsageProblem(
            say(
                QT_TRANSLATE_NOOP(
                    "cli", "--currency must be a three-letter code like EUR, not %1."
                ),
                repr(text),
            )
        )
    return code


def _open(target: str):  # type: ignore[no-untyped-def]
    from acct_desktop.services.secrets import with_stored_password
    from acct_desktop.store.database import open_database

    return open_database(with_stored_password(target), create=False)


def _price(args: argparse.Namespace) -> int:
    from acct_desktop.services.price_book import canonical_unit
    from acct_desktop.services.pricing import PricingService

    quantity, on = _number("--qty", args.qty), _day(args.date)
    unit, currency = canonical_unit(args.unit), _currency(args.currency)
    db = _open(args.db)
    try:
        service = PricingService(db)
        account_id, product_id = service.by_codes(args.account, args.product)
        quote = service.price(account_id, product_id, quantity, unit, on, currency)
    finally:
        db.close()
    print(json.dumps(quote_json(quote), ensure_ascii=False, indent=2) if args.json else text(quote))
    return 0


def _amount(value: Decimal | None) -> str | None:
    return None if value is None else f"{value:f}"


def quote_json(quote: PriceQuote) -> dict[str, Any]:
    """The quote as JSON-ready data; Decimals as strings, dates ISO."""
    return {
        "account": quote.account_code,
        "product": quote.sku,
        "product_name": quote.product_name,
        "quantity": _amount(quote.quantity),
        "unit": quote.unit,
        "date": quote.on.isoformat(),
        "currency": quote.currency,
        "price": _amount(quote.price),
        "total": _amount(quote.total),
        "pack_price": _amount(quote.pack_price),  # in litres (kg): total = qty × this ÷ size
        "units_per_pack": _amount(quote.units_per_pack),
        "list_price": _amount(quote.list_price),
        "cost": _amount(quote.cost),
        "discount_percent": _amount(quote.discount_percent),
        "margin_percent": _amount(quote.margin_percent),
        "policy": quote.policy,
        "policy_name": quote.policy_name,
        "valid_to": quote.valid_to.isoformat() if quote.valid_to else None,
        "breakdown": [
            {"policy": b.policy, "name": b.name, "outcome": b.outcome.value, "reason": b.reason}
            for b in quote.breakdown
        ],
        "flags": [{"kind": f.kind.value, "message": f.message} for f in quote.flags],
    }


def _percent(value: Decimal | None) -> str:
    return "—" if value is None else percent_text(value)


def _money(value: Decimal, currency: str) -> str:
    """A price with the currency's decimals (a finer one as it is), the language's way."""
    return number_text(format_money(value, currency, keep_finer=True))


def text(quote: PriceQuote) -> str:
    """The quote as readable text: price, total, the policy that fired, every policy
    considered with why it did or did not apply, and the guard-rail flags."""
    quantity = number_text(f"{quote.quantity.normalize():f}")
    money = quote.currency
    # per litre (kg): the exact price, pack price ÷ pack size — not rounded to cents
    shown = shown_prices(
        quote.price, Decimal(0), quote.price, money, quote.pack_price, quote.units_per_pack
    )
    lines = [
        f"{quote.account_code} · {quote.sku} {quote.product_name}",
        say(
            QT_TRANSLATE_NOOP("cli", "%1 %2 on %3, in %4"),
            quantity,
            unit_word(quote.unit),
            quote.on,
            money,
        ),
        "",
        say(
            QT_TRANSLATE_NOOP("cli", "  price     %1 %2 per %3"),
            _money(shown.unit_price, money),
            money,
            unit_word(quote.unit),
        ),
        *(
            [
                say(
                    QT_TRANSLATE_NOOP("cli", "            (%1 %2 per %3 %4 pack)"),
                    _money(shown.basis.pack_price, money),
                    money,
                    number_text(f"{shown.basis.units_per_pack.normalize():f}"),
                    unit_word(quote.unit),
                )
            ]
            if shown.basis is not None
            else []
        ),
        say(QT_TRANSLATE_NOOP("cli", "  total     %1 %2"), _money(quote.total, money), money),
        say(
            QT_TRANSLATE_NOOP("cli", "  list      %1 %2   (discount %3)"),
            _money(quote.list_price, money),
            money,
            _percent(quote.discount_percent),
        ),
        say(
            QT_TRANSLATE_NOOP("cli", "  cost      %1 %2   (markup %3)"),
            _money(quote.cost, money),
            money,
            _percent(quote.margin_percent),
        ),
    ]
    if quote.policy and quote.valid_to:
        lines.append(
            say(
                QT_TRANSLATE_NOOP("cli", "  policy    %1 %2, valid until %3"),
                quote.policy,
                quote.policy_name,
                quote.valid_to,
            )
        )
    elif quote.policy:
        lines.append(
            say(QT_TRANSLATE_NOOP("cli", "  policy    %1 %2"), quote.policy, quote.policy_name)
        )
    else:
        lines.append(
            say(QT_TRANSLATE_NOOP("cli", "  policy    none applies: the list price stands"))
        )
    lines += ["", say(QT_TRANSLATE_NOOP("cli", "Policies considered:"))]
    if not quote.breakdown:
        lines.append(
            say(
                QT_TRANSLATE_NOOP(
                    "cli", "  none in the register applies to this account and product"
                )
            )
        )
    width = max((len(b.policy) for b in quote.breakdown), default=0)
    for line in quote.breakdown:
        if line.reason == line.outcome.value:  # "fired": nothing more to say
            said = say(MARKS[line.outcome.value])
        elif line.reason.startswith(line.outcome.value):  # a sentence saying it itself
            said = message_text(line.reason)
        else:
            said = say(
                QT_TRANSLATE_NOOP("cli", "%1: %2"),
                say(MARKS[line.outcome.value]),
                message_text(line.reason),
            )
        lines.append(f"  {line.policy:<{width}}  {said}")
        if line.name:
            lines.append(f"  {'':<{width}}    {line.name}")
    if quote.flags:
        lines += ["", say(QT_TRANSLATE_NOOP("cli", "Flags:"))]
    else:
        lines += ["", say(QT_TRANSLATE_NOOP("cli", "Flags: none"))]
    lines += [
        f"  {flag_word(flag.kind.value)}: {message_text(flag.message)}" for flag in quote.flags
    ]
    return "\n".join(lines)


def _price_list(args: argparse.Namespace) -> int:
    from acct_desktop.reporting.price_list_pdf import build_price_list_pdf, price_list_file_name
    from acct_desktop.services.price_list import PriceListService

    on = _day(args.date)
    db = _open(args.db)
    try:
        service = PriceListService(db)
        content = service.build(service.account_id(args.account), on)
    finally:
        db.close()
    out = args.out.file(lambda: price_list_file_name(content))
    try:
        write_atomically(out, build_price_list_pdf(content))
    except OSError as exc:
        raise UsageProblem(
            say(
                QT_TRANSLATE_NOOP("cli", "%1 could not be written: %2."),
                out,
                file_problem_text(exc),
            )
        ) from None
    from acct_desktop.services.price_inversions import inversion_sentence

    for sku, inversion in content.inversions:  # printed with a mark; the manager hears why
        said = inversion_sentence(content.account_code, sku, content.currency, inversion)
        print(
            say(
                QT_TRANSLATE_NOOP(
                    "cli", "warning: %1 (marked * on the list; see acct-desktop check-register)"
                ),
                message_text(said),
            ),
            file=sys.stderr,
        )
    print(
        say(
            QT_TRANSLATE_NOOP("cli", "price list of %1 on %2: %3 products in %4, written to %5"),
            content.account_code,
            on,
            len(content.rows),
            content.currency,
            out,
        )
    )
    return 0


def _check_register(args: argparse.Namespace) -> int:
    from acct_desktop.services.pricing import PricingService
    from acct_desktop.services.secrets import with_stored_password
    from acct_desktop.store.database import open_database

    on = _day(args.date)
    db = open_database(with_stored_password(args.db), create=False)
    try:
        problems = PricingService(db).check_register(on)
    finally:
        db.close()
    if not problems:
        print(
            say(
                QT_TRANSLATE_NOOP("cli", "the price-policy register is consistent on %1"),
                on,
            )
        )
        return 0
    print(
        say(
            QT_TRANSLATE_NOOP("cli", "%1 problem(s) in the price-policy register on %2:"),
            len(problems),
            on,
        )
    )
    for problem in problems:
        kind = message_text(problem_kind_word(problem.kind))
        print(f"  [{kind}] {message_text(problem.message)}")
    return 1
