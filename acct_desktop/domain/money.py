"""Money is ``Decimal`` end to end; rounding happens only where these helpers are called."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

# ISO 4217 minor units for the currencies our managers quote in.
MINOR_UNITS: dict[str, int] = {"CNY": 2, "EUR": 2, "USD": 2, "VND": 0, "JPY": 0}


def minor_unit(currency: str) -> int:
    """Number of decimals of ``currency`` (2 when we do not know it)."""
    return MINOR_UNITS.get(currency.upper(), 2)


def round_money(amount: Decimal, currency: str) -> Decimal:
    """Round ``amount`` half-up to the minor unit of ``currency``."""
    if not isinstance(amount, Decimal):
        raise TypeError(f"money must be Decimal, got {type(amount).__name__}")
    exponent = Decimal(1).scaleb(-minor_unit(currency))
    return amount.quantize(exponent, rounding=ROUND_HALF_UP)


def round_to_places(amount: Decimal, places: int) -> Decimal:
    """Round ``amount`` half-up to ``places`` decimals (unit prices keep 4)."""
    return amount.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
