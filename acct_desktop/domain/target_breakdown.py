"""Breaking an annual target down into 12 months and 4 quarters, exactly.

A year is held as its 12 month figures; quarters and the year are always the sums of their
months, so they can never disagree. Splitting uses the largest-remainder rule on whole
minor units (cents, or dong for VND): every month gets the floor of its exact share, and
the units left over go one each to the months with the largest fractions (the earlier
month on a tie). The months therefore add up to the annual figure to the last unit, and no
month is off its exact share by a whole unit or more.

Edits are kept simple and predictable: a month edit changes that month (its quarter and
the year follow as sums); a quarter edit scales that quarter's months in proportion to
their current figures (evenly when they are all zero); a year edit is a new breakdown.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence

MONTHS = 12
QUARTERS = 4
MONTHS_PER_QUARTER = 3


class BreakdownMethod(StrEnum):
    EVEN = "even"
    SEASONALITY = "seasonality"
    WEIGHTS = "weights"


class BreakdownError(ValueError):
    """A breakdown that cannot be made; the message is a sentence for the user."""


Months = tuple[Decimal, ...]


def split_exact(total: Decimal, weights: Sequence[Decimal], places: int) -> Months:
    """``total`` split in proportion to ``weights``, each part with ``places`` decimals,
    the parts adding up exactly to ``total`` (largest remainder).

    All-zero weights split evenly. Raises ``BreakdownError`` for a negative weight or a
    total with more decimals than ``places``."""
    if not weights:
        raise BreakdownError(
            QT_TRANSLATE_NOOP("messages", "There is nothing to split the figure over.")
        )
    if any(w < 0 for w in weights):
        raise BreakdownError(QT_TRANSLATE_NOOP("messages", "Weights cannot be negative."))
    units = _units(total, places)
    if not any(weights):
        weights = [Decimal(1)] * len(weights)
    sign = -1 if units < 0 else 1
    parts = _largest_remainder(abs(units), [Fraction(w) for w in weights])
    return tuple(_money(sign * part, places) for part in parts)


def _largest_remainder(units: int, weights: list[Fraction]) -> list[int]:
    whole = sum(weights)
    shares = [units * w / whole for w in weights]
    floors = [s.numerator // s.denominator for s in shares]
    left = units - sum(floors)
    # The largest fractions get the units left over; the earlier position wins a tie.
    order = sorted(range(len(shares)), key=lambda i: (-(shares[i] - floors[i]), i))
    for i in order[:left]:
        floors[i] += 1
    return floors


def _units(amount: Decimal, places: int) -> int:
    """``amount`` in whole minor units; a finer amount cannot be split exactly."""
    if not isinstance(amount, Decimal) or not amount.is_finite():
        raise BreakdownError(
            Sentence.of(QT_TRANSLATE_NOOP("messages", "%1 is not an amount."), amount)
        )
    scaled = Fraction(amount) * 10**places  # exact at any size, unlike Decimal.scaleb
    if scaled.denominator != 1:
        template = (
            QT_TRANSLATE_NOOP(
                "messages", "%1 has more decimals than the %2 decimal a target can have here."
            )
            if places == 1
            else QT_TRANSLATE_NOOP(
                "messages", "%1 has more decimals than the %2 decimals a target can have here."
            )
        )
        raise BreakdownError(Sentence.of(template, amount, places))
    return scaled.numerator


def _money(units: int, places: int) -> Decimal:
    # Built from text, not by arithmetic: exact at any size (no context precision).
    return Decimal(f"{units}E-{places}") if places else Decimal(units)


def places_of(amount: Decimal) -> int:
    """The decimals ``amount`` is written with (0 for whole numbers and ``5E+3``)."""
    exponent = amount.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


def evenly(total: Decimal, places: int) -> Months:
    """``total`` in 12 equal months (the first months take the odd units)."""
    return split_exact(total, [Decimal(1)] * MONTHS, places)


def seasonality_weights(history: Sequence[Decimal | None]) -> Months:
    """Month weights from last year's 12 monthly figures (``None`` = no figures that month).

    A month without history counts as an average month of those with history; a negative
    month (returns larger than sales) counts as zero; no history at all, or only zeros,
    means even."""
    if len(history) != MONTHS:
        raise BreakdownError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "Seasonality needs 12 months of history, not %1."),
                len(history),
            )
        )
    known = [max(h, Decimal(0)) for h in history if h is not None]
    if not known or not any(known):
        return (Decimal(1),) * MONTHS
    average = sum(known, Decimal(0)) / len(known)
    return tuple(average if h is None else max(h, Decimal(0)) for h in history)


def by_seasonality(total: Decimal, places: int, history: Sequence[Decimal | None]) -> Months:
    """``total`` spread like last year's sales (see ``seasonality_weights``)."""
    return split_exact(total, seasonality_weights(history), places)


def check_weights(weights: Sequence[Decimal]) -> tuple[Decimal, ...]:
    """12 month weights or 4 quarter weights, none negative, not all zero."""
    if len(weights) not in (MONTHS, QUARTERS):
        raise BreakdownError(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages", "Give 12 month weights or 4 quarter weights, not %1 weights."
                ),
                len(weights),
            )
        )
    if any(not isinstance(w, Decimal) or not w.is_finite() for w in weights):
        raise BreakdownError(QT_TRANSLATE_NOOP("messages", "Every weight must be a number."))
    if any(w < 0 for w in weights):
        raise BreakdownError(QT_TRANSLATE_NOOP("messages", "Weights cannot be negative."))
    if not any(weights):
        raise BreakdownError(
            QT_TRANSLATE_NOOP("messages", "At least one weight must be above zero.")
        )
    return tuple(weights)


def by_weights(total: Decimal, places: int, weights: Sequence[Decimal]) -> Months:
    """``total`` split by 12 month weights, or by 4 quarter weights (each quarter then
    split evenly over its months)."""
    weights = check_weights(weights)
    if len(weights) == MONTHS:
        return split_exact(total, weights, places)
    return from_quarters(split_exact(total, weights, places), places)


def from_quarters(
    quarters: Sequence[Decimal], places: int, month_weights: Sequence[Decimal] | None = None
) -> Months:
    """Months from 4 quarter figures, each quarter split by its months' weights (evenly
    without weights); every quarter keeps its figure exactly."""
    if len(quarters) != QUARTERS:
        raise BreakdownError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "A year has 4 quarters, not %1."), len(quarters)
            )
        )
    weights = tuple(month_weights) if month_weights is not None else (Decimal(1),) * MONTHS
    if len(weights) != MONTHS:
        raise BreakdownError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "Give 12 month weights, not %1."), len(weights)
            )
        )
    months: list[Decimal] = []
    for q, amount in enumerate(quarters):
        span = weights[q * MONTHS_PER_QUARTER : (q + 1) * MONTHS_PER_QUARTER]
        months.extend(split_exact(amount, span, places))
    return tuple(months)


def break_down(
    total: Decimal,
    places: int,
    method: BreakdownMethod,
    *,
    history: Sequence[Decimal | None] | None = None,
    weights: Sequence[Decimal] | None = None,
) -> Months:
    """``total`` in 12 months by ``method`` (seasonality needs ``history``, weights need
    ``weights``)."""
    if method is BreakdownMethod.EVEN:
        return evenly(total, places)
    if method is BreakdownMethod.SEASONALITY:
        return by_seasonality(total, places, history if history is not None else [None] * 12)
    if weights is None:
        raise BreakdownError(
            QT_TRANSLATE_NOOP("messages", "Breaking down by weights needs the weights.")
        )
    return by_weights(total, places, weights)


def quarters_of(months: Sequence[Decimal]) -> tuple[Decimal, ...]:
    """The 4 quarter sums of 12 months (exact)."""
    _check_months(months)
    return tuple(
        _exact_sum(months[q * MONTHS_PER_QUARTER : (q + 1) * MONTHS_PER_QUARTER])
        for q in range(QUARTERS)
    )


def year_of(months: Sequence[Decimal]) -> Decimal:
    """The year's total of 12 months (exact)."""
    _check_months(months)
    return _exact_sum(months)


def _exact_sum(values: Sequence[Decimal]) -> Decimal:
    # Decimal addition rounds to 28 digits; Fraction never rounds.
    total = sum((Fraction(v) for v in values), Fraction(0))
    places = max((places_of(v) for v in values), default=0)
    return _money(int(total * 10**places), places)


def _check_months(months: Sequence[Decimal]) -> None:
    if len(months) != MONTHS:
        raise BreakdownError(
            Sentence.of(QT_TRANSLATE_NOOP("messages", "A year has 12 months, not %1."), len(months))
        )


def with_month(months: Sequence[Decimal], month: int, amount: Decimal, places: int) -> Months:
    """``months`` with month ``month`` (1–12) set to ``amount``; nothing else moves."""
    _check_months(months)
    if not 1 <= month <= MONTHS:
        raise BreakdownError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "There is no month %1; months are 1 to 12."), month
            )
        )
    _units(amount, places)  # refuse a figure finer than the currency's unit
    changed = list(months)
    changed[month - 1] = amount
    return tuple(changed)


def with_quarter(months: Sequence[Decimal], quarter: int, amount: Decimal, places: int) -> Months:
    """``months`` with quarter ``quarter`` (1–4) set to ``amount``: its months are scaled
    in proportion to their current figures (evenly when all are zero); other quarters stay."""
    _check_months(months)
    if not 1 <= quarter <= QUARTERS:
        raise BreakdownError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "There is no quarter %1; quarters are 1 to 4."),
                quarter,
            )
        )
    start = (quarter - 1) * MONTHS_PER_QUARTER
    current = [max(m, Decimal(0)) for m in months[start : start + MONTHS_PER_QUARTER]]
    changed = list(months)
    changed[start : start + MONTHS_PER_QUARTER] = split_exact(amount, current, places)
    return tuple(changed)
