"""Money is ``Decimal`` end to end; rounding happens only where these helpers are called.

Every amount shown to someone — on screen, on paper, in the command line — is written by
``format_money``: with its currency's decimals (ISO 4217 minor units: 2 for EUR and CNY,
none for VND, JPY and KRW, 3 for KWD), grouped with the punctuation the caller gives.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, localcontext

# ISO 4217 minor units of the currencies that do not have two (list one, amendment 179);
# every other code, and a code we do not know, has two. IDR is 2 in ISO 4217 (its cents
# are out of use, but prices and invoices still carry them).
MINOR_UNITS: dict[str, int] = {
    **dict.fromkeys(
        (
            "BIF",
            "CLP",
            "DJF",
            "GNF",
            "ISK",
            "JPY",
            "KMF",
            "KRW",
            "PYG",
            "RWF",
            "UGX",
            "UYI",
            "VND",
            "VUV",
            "XAF",
            "XOF",
            "XPF",
        ),
        0,
    ),
    **dict.fromkeys(("BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"), 3),
    **dict.fromkeys(("CLF", "UYW"), 4),
}


def minor_unit(currency: str) -> int:
    """Number of decimals of ``currency`` (2 when we do not know it)."""
    return MINOR_UNITS.get(currency.strip().upper(), 2)


def round_money(amount: Decimal, currency: str) -> Decimal:
    """Round ``amount`` half-up to the minor unit of ``currency``."""
    if not isinstance(amount, Decimal):
        raise TypeError(f"money must be Decimal, got {type(amount).__name__}")
    return round_to_places(amount, minor_unit(currency))


def round_to_places(amount: Decimal, places: int) -> Decimal:
    """Round ``amount`` half-up to ``places`` decimals (unit prices keep 4)."""
    with localcontext() as context:
        # enough digits for any amount: quantize must never fail on a large figure
        context.prec = max(28, amount.adjusted() + places + 2)
        return amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)


def money_figure(amount: Decimal, currency: str, *, keep_finer: bool = False) -> Decimal:
    """``amount`` as it is shown: with exactly the decimals of ``currency`` (25000.00 VND →
    25000, 12.5 EUR → 12.50), rounded half-up when it has finer ones — or, with
    ``keep_finer``, the finer figure as it is (a unit price of 0.0125 EUR on a quote, which
    paper must never round). Never -0."""
    if not isinstance(amount, Decimal):
        raise TypeError(f"money must be Decimal, got {type(amount).__name__}")
    shown = round_money(amount, currency)
    if keep_finer and shown != amount:
        shown = amount.normalize()
    return shown.copy_abs() if shown.is_zero() else shown


UNIT_PRICE_PLACES = 4  # a unit price keeps up to four decimals (a litre of a 4 L pack)


def unit_price_figure(amount: Decimal, currency: str) -> Decimal:
    """A unit price as the quote lines show it: the currency's decimals, or up to four when
    it has finer ones (108.500000 → 108.50 CNY, 110.0700 → 110.07, 0.012345 → 0.0123)."""
    return money_figure(round_to_places(amount, UNIT_PRICE_PLACES), currency, keep_finer=True)


def format_money(
    amount: Decimal,
    currency: str,
    *,
    decimal_point: str = ".",
    group_separator: str = ",",
    keep_finer: bool = False,
) -> str:
    """``amount`` written with its currency's decimals (see ``money_figure``) and grouped in
    thousands: 1,234.50 EUR, 25,000 VND — or 1.234,50 with ``decimal_point=","`` and
    ``group_separator="."``. The one writer of amounts: the screen, the printed documents
    and the command line give it their language's punctuation."""
    text = f"{money_figure(amount, currency, keep_finer=keep_finer):,f}"
    return text.replace(",", "\x00").replace(".", decimal_point).replace("\x00", group_separator)
