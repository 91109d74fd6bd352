"""Volume-rebate arithmetic: what a customer has earned, will earn, and how far the next tier is.

Pure standard-library code (``Decimal`` only; floats are refused with ``TypeError``).

Four kinds of terms (:class:`~acct_desktop.domain.enums.RebateKind`):

``fixed_percent``
    ``fixed_percent`` % of the whole qualifying volume.

``whole_volume_tiers``
    The rate of the *highest tier reached* applies to the *whole* volume. With tiers
    ``0:1%, 100,000:2%, 250,000:3%`` a volume of 300,000 earns ``300,000 × 3% = 9,000``.

``banded_tiers``
    Like income-tax bands: each band earns its own rate on the part of the volume that
    falls inside it only. With the same tiers and a volume of 300,000::

        100,000 (0 – 100,000)       × 1% = 1,000
        150,000 (100,000 – 250,000) × 2% = 3,000
         50,000 (250,000 – 300,000) × 3% = 1,500
                                           -----
                                           5,500

``growth``
    Only the growth over the agreed baseline earns (the contract's figure, or else the
    sales of the same period last year): ``growth = max(0, volume − baseline)``. The tier
    thresholds are on the growth *amount* (in basis units, not a growth percentage), and
    the rate of the highest tier reached applies to the whole growth (whole-volume logic on
    the growth). With tiers ``0:2%, 50,000:5%``, a baseline of 200,000 and this year
    300,000: growth 100,000 reaches the 5% tier and earns 5,000.

Distance to the next tier. :func:`still_to_buy` is the one computation every screen and
document uses: what the customer must still buy, in basis units, to reach a tier —
``threshold − volume``, and for growth terms ``baseline + threshold − volume`` (the
threshold is on the growth, so below the baseline the whole shortfall is needed too). An
accrual asks it against the *full period's* baseline: what must still be bought by the
period's end. Once the period is over nothing more can be bought for it, so an accrual of
a finished period has no distance (its tier reached and rebate are final).

Tiers are ``(threshold, rate %)``; they may be given in any order, thresholds must be
unique and non-negative. A first tier above 0 means nothing below it earns anything.

Basis. ``RebateBasis.AMOUNT`` (the default): thresholds and volume are sales value in the
terms' currency and the rebate is a percentage of it. ``RebateBasis.QUANTITY``: thresholds
and volume are quantities (litres, cases); the rebate computed on the quantity schedule is
converted to money at the period's average price, i.e. multiplied by ``amount / volume``,
so callers must pass the sales ``amount`` too.

Rounding: everything is computed at full Decimal precision; only the final money figures are
rounded, half-up to the currency's minor unit (breakdown lines stay unrounded).
"""

from __future__ import annotations

import re
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from itertools import pairwise

from acct_desktop.domain.enums import RebateKind
from acct_desktop.domain.money import minor_unit, round_money
from acct_desktop.domain.percentages import percent
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, figure

ZERO = Decimal(0)
HUNDRED = Decimal(100)


class RebateBasis(StrEnum):
    """What tier thresholds and volumes are measured in."""

    AMOUNT = "amount"
    QUANTITY = "quantity"


# The figures a user (the rebate preview, the command line) can get wrong, as words of their
# own inside the refusals below (the English words are the names the refusals always used).
_FIGURE_WORDS = {
    "tier threshold": QT_TRANSLATE_NOOP("messages", "tier threshold"),
    "tier rate_percent": QT_TRANSLATE_NOOP("messages", "tier rate_percent"),
    "fixed_percent": QT_TRANSLATE_NOOP("messages", "fixed_percent"),
    "last_year": QT_TRANSLATE_NOOP("messages", "last_year"),
    "amount": QT_TRANSLATE_NOOP("messages", "amount"),
    "volume": QT_TRANSLATE_NOOP("messages", "volume"),
    "settled": QT_TRANSLATE_NOOP("messages", "settled"),
}


def _figure_word(name: str) -> str:
    """``name`` as a translatable word when it is one of the figures above."""
    return Sentence.of(_FIGURE_WORDS[name]) if name in _FIGURE_WORDS else name


def _decimal(name: str, value: object) -> Decimal:
    """Return ``value`` if it is a finite ``Decimal``; ``TypeError``/``ValueError`` otherwise."""
    if not isinstance(value, Decimal):
        raise TypeError(f"{name} must be Decimal, got {type(value).__name__}")
    if not value.is_finite():
        raise ValueError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "%1 must be finite, got %2"),
                _figure_word(name),
                value,
            )
        )
    return value


def _non_negative(name: str, value: object) -> Decimal:
    """Like :func:`_decimal` and also refuse negative values."""
    number = _decimal(name, value)
    if number < 0:
        raise ValueError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "%1 must not be negative, got %2"),
                _figure_word(name),
                number,
            )
        )
    return number


@dataclass(frozen=True)
class Tier:
    """From ``threshold`` (inclusive) upwards, ``rate_percent`` % applies (``2`` means 2%)."""

    threshold: Decimal
    rate_percent: Decimal

    def __post_init__(self) -> None:
        _non_negative("tier threshold", self.threshold)
        _non_negative("tier rate_percent", self.rate_percent)


def validate_tiers(tiers: Iterable[Tier]) -> tuple[Tier, ...]:
    """Return ``tiers`` sorted by threshold; ``ValueError`` on duplicate thresholds."""
    given = tuple(tiers)
    for tier in given:
        if not isinstance(tier, Tier):
            raise TypeError(f"tiers must be Tier, got {type(tier).__name__}")
    ordered = tuple(sorted(given, key=lambda tier: tier.threshold))
    for lower, upper in pairwise(ordered):
        if lower.threshold == upper.threshold:
            raise ValueError(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "duplicate tier threshold %1"), lower.threshold
                )
            )
    return ordered


@dataclass(frozen=True)
class RebateTerms:
    """The rebate agreement: its kind, its schedule and what it is measured on.

    ``tiers`` is stored sorted by threshold. ``fixed_percent`` is required for (and only
    allowed with) ``RebateKind.FIXED_PERCENT``; the tiered kinds need at least one tier.
    """

    kind: RebateKind
    tiers: tuple[Tier, ...] = ()
    fixed_percent: Decimal | None = None
    basis: RebateBasis = RebateBasis.AMOUNT
    currency: str = "USD"

    def __post_init__(self) -> None:
        object.__setattr__(self, "kind", RebateKind(self.kind))
        object.__setattr__(self, "basis", RebateBasis(self.basis))
        object.__setattr__(self, "tiers", validate_tiers(self.tiers))
        if self.kind is RebateKind.FIXED_PERCENT:
            if self.fixed_percent is None:
                raise ValueError(
                    QT_TRANSLATE_NOOP("messages", "fixed_percent terms need a fixed_percent")
                )
            _non_negative("fixed_percent", self.fixed_percent)
            if self.tiers:
                raise ValueError(QT_TRANSLATE_NOOP("messages", "fixed_percent terms take no tiers"))
        else:
            if self.fixed_percent is not None:
                raise ValueError(
                    Sentence.of(
                        QT_TRANSLATE_NOOP("messages", "%1 terms take tiers, not a fixed_percent"),
                        self.kind.value,
                    )
                )
            if not self.tiers:
                raise ValueError(
                    Sentence.of(
                        QT_TRANSLATE_NOOP("messages", "%1 terms need at least one tier"),
                        self.kind.value,
                    )
                )


@dataclass(frozen=True)
class BreakdownLine:
    """One line of the calculation: ``base`` (basis units) × ``rate_percent`` = ``amount``."""

    label: str
    base: Decimal
    rate_percent: Decimal
    amount: Decimal


@dataclass(frozen=True)
class RebateResult:
    """The outcome of :func:`rebate_for`.

    ``amount`` is rounded to the currency's minor unit. ``base`` is the volume the schedule
    was applied to (the growth for growth terms). ``rate_applied`` is the fixed rate, the
    whole-volume rate, or, for banded terms, the marginal rate of the band reached.
    ``distance_to_next_tier`` is what must still be bought for the next tier
    (:func:`still_to_buy`, in basis units: volume, not growth, for growth terms) and
    ``None`` at the top tier (and for fixed terms).
    """

    amount: Decimal
    rate_applied: Decimal
    tier_reached: Tier | None
    next_tier: Tier | None
    distance_to_next_tier: Decimal | None
    breakdown: tuple[BreakdownLine, ...]
    base: Decimal
    currency: str

    @property
    def effective_rate_percent(self) -> Decimal:
        """Unrounded rebate as a percentage of ``base`` (0 when the base is 0)."""
        total = sum((line.amount for line in self.breakdown), ZERO)
        return total / self.base * HUNDRED if self.base else ZERO


def _reached_index(tiers: tuple[Tier, ...], volume: Decimal) -> int | None:
    """Index of the highest tier whose threshold is ≤ ``volume`` (``None`` below the first)."""
    reached = None
    for index, tier in enumerate(tiers):
        if tier.threshold <= volume:
            reached = index
    return reached


def _whole_lines(tiers: tuple[Tier, ...], base: Decimal, label: str) -> list[BreakdownLine]:
    index = _reached_index(tiers, base)
    rate = ZERO if index is None else tiers[index].rate_percent
    return [BreakdownLine(label, base, rate, base * rate / HUNDRED)]


# A breakdown line's label: English words in JSON, the user's language in the CLI's text.
FIXED_LABEL = QT_TRANSLATE_NOOP("messages", "fixed")
GROWTH_LABEL = QT_TRANSLATE_NOOP("messages", "growth")
WHOLE_VOLUME_LABEL = QT_TRANSLATE_NOOP("messages", "whole volume")


def _band_label(threshold: Decimal, upper: Decimal | None, places: int | None) -> Sentence:
    """``band 100,000.00+`` or ``band 0.00–100,000.00``: thresholds grouped, with the
    currency's decimals when they are amounts (``places``; None: quantities as they are)."""
    low = figure(threshold, places)
    if upper is None:
        return Sentence.of(QT_TRANSLATE_NOOP("messages", "band %1+"), low)
    return Sentence.of(QT_TRANSLATE_NOOP("messages", "band %1–%2"), low, figure(upper, places))


def _banded_lines(
    tiers: tuple[Tier, ...], base: Decimal, places: int | None = None
) -> list[BreakdownLine]:
    lines = []
    for index, tier in enumerate(tiers):
        upper = tiers[index + 1].threshold if index + 1 < len(tiers) else None
        top = base if upper is None else min(base, upper)
        width = top - tier.threshold
        if width > 0:
            label = _band_label(tier.threshold, upper, places)
            amount = width * tier.rate_percent / HUNDRED
            lines.append(BreakdownLine(label, width, tier.rate_percent, amount))
    return lines


def _base_for(terms: RebateTerms, volume: Decimal, last_year: Decimal | None) -> Decimal:
    """The volume the schedule applies to: the growth for growth terms, else ``volume``."""
    if terms.kind is not RebateKind.GROWTH:
        return volume
    if last_year is None:
        raise ValueError(QT_TRANSLATE_NOOP("messages", "growth terms need last year's volume"))
    return max(ZERO, volume - _non_negative("last_year", last_year))


def still_to_buy(
    terms: RebateTerms, volume: Decimal, tier: Tier, baseline: Decimal | None = None
) -> Decimal:
    """What must still be bought, in basis units, for ``volume`` to reach ``tier``; 0 once
    it is reached. The one distance to a tier: the register's preview, the rebate form,
    the command line and the statement all say this figure.

    Volume and value terms: ``threshold − volume``. Growth terms put the threshold on the
    growth over ``baseline`` (the agreed baseline, or last year's sales over the same
    days), so the customer needs the baseline and the threshold on top of it:
    ``baseline + threshold − volume`` — below the baseline the whole shortfall counts too.
    Pass the full period's baseline for what must be bought by the period's end."""
    volume = _non_negative("volume", volume)
    if terms.kind is RebateKind.GROWTH:
        if baseline is None:
            raise ValueError(QT_TRANSLATE_NOOP("messages", "growth terms need last year's volume"))
        needed = _non_negative("last_year", baseline) + tier.threshold - volume
    else:
        needed = tier.threshold - volume
    return max(ZERO, needed)


def _price_factor(terms: RebateTerms, volume: Decimal, amount: Decimal | None) -> Decimal:
    """Money per basis unit: 1 for amount basis, average price for quantity basis."""
    if terms.basis is RebateBasis.AMOUNT:
        return Decimal(1)
    if amount is None:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "messages", "quantity-based terms need the sales amount to price the rebate"
            )
        )
    amount = _non_negative("amount", amount)
    return amount / volume if volume else ZERO


def _lines_for(terms: RebateTerms, base: Decimal) -> list[BreakdownLine]:
    if terms.kind is RebateKind.FIXED_PERCENT:
        rate = terms.fixed_percent or ZERO
        return [BreakdownLine(FIXED_LABEL, base, rate, base * rate / HUNDRED)]
    if terms.kind is RebateKind.BANDED_TIERS:
        places = minor_unit(terms.currency) if terms.basis is RebateBasis.AMOUNT else None
        return _banded_lines(terms.tiers, base, places)
    label = GROWTH_LABEL if terms.kind is RebateKind.GROWTH else WHOLE_VOLUME_LABEL
    return _whole_lines(terms.tiers, base, label)


def rebate_for(
    terms: RebateTerms,
    volume: Decimal,
    last_year: Decimal | None = None,
    *,
    amount: Decimal | None = None,
) -> RebateResult:
    """Compute the rebate earned on ``volume`` (in basis units) under ``terms``.

    ``last_year`` (same period last year) is required for growth terms; ``amount`` (sales
    value) is required for quantity-based terms.
    """
    volume = _non_negative("volume", volume)
    factor = _price_factor(terms, volume, amount)
    base = _base_for(terms, volume, last_year)
    lines = tuple(
        BreakdownLine(line.label, line.base, line.rate_percent, line.amount * factor)
        for line in _lines_for(terms, base)
    )
    total = sum((line.amount for line in lines), ZERO)
    if terms.kind is RebateKind.FIXED_PERCENT:
        reached = following = None
        rate = terms.fixed_percent or ZERO
    else:
        index = _reached_index(terms.tiers, base)
        reached = None if index is None else terms.tiers[index]
        nxt = 0 if index is None else index + 1
        following = terms.tiers[nxt] if nxt < len(terms.tiers) else None
        rate = ZERO if reached is None else reached.rate_percent
    return RebateResult(
        amount=round_money(total, terms.currency),
        rate_applied=rate,
        tier_reached=reached,
        next_tier=following,
        distance_to_next_tier=(
            None if following is None else still_to_buy(terms, volume, following, last_year)
        ),
        breakdown=lines,
        base=base,
        currency=terms.currency,
    )


@dataclass(frozen=True)
class Accrual:
    """Rebate earned so far and the full-period projection at the current run-rate.

    ``projected_volume`` is unrounded (format it for display). ``still_to_settle`` is
    ``earned_to_date − settled`` and goes negative when more was paid out than earned.
    ``covered_days`` are the days of the period the sales figures cover (see
    :func:`covered_days`); the run-rate is taken over them, not over ``elapsed_days``.
    ``next_tier`` is the tier above the one reached to date and ``distance_to_next_tier``
    what must still be bought for it by the period's end (:func:`still_to_buy` against the
    full period's baseline); both ``None`` at the top tier, for fixed terms and once the
    period is over (``period_over``: the day asked is after its last day — the tier
    reached and the rebate are then final).
    """

    earned_to_date: Decimal
    projected_volume: Decimal
    projected_rebate: Decimal
    distance_to_next_tier: Decimal | None
    still_to_settle: Decimal
    settled: Decimal
    elapsed_days: int
    total_days: int
    to_date: RebateResult = field(repr=False)
    projected: RebateResult = field(repr=False)
    covered_days: int = 0
    next_tier: Tier | None = None
    period_over: bool = False


def _days(period_start: date, period_end: date, today: date) -> tuple[int, int]:
    """(elapsed, total) days of the period, both ends inclusive, elapsed clipped to it."""
    if period_end < period_start:
        raise ValueError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "period ends (%1) before it starts (%2)"),
                period_end,
                period_start,
            )
        )
    total = (period_end - period_start).days + 1
    elapsed = (min(today, period_end) - period_start).days + 1
    return max(0, min(elapsed, total)), total


def covered_days(
    period_start: date, period_end: date, today: date, figures_through: date | None
) -> int:
    """Days of the period, from its start, that the sales figures cover on ``today``.

    ``figures_through`` is the last day the figures reach (a monthly figure reaches the
    end of its month); ``None`` means up to ``today``. It never counts past ``today`` or
    the period's end, and a day before the period's start means nothing is covered (0).
    Figures imported to 31 October on 24 November cover 304 days of a calendar year, not
    328: November is not yet a month of zero sales, it is a month without figures."""
    elapsed, _ = _days(period_start, period_end, today)
    if figures_through is None:
        return elapsed
    reached = (min(figures_through, today, period_end) - period_start).days + 1
    return max(0, min(reached, elapsed))


def _project(value: Decimal | None, covered: int, total: int) -> Decimal | None:
    """Linear run-rate projection over the covered days; none before any are covered."""
    if value is None or covered == 0:
        return value
    return value * total / covered


def accrual(
    terms: RebateTerms,
    volume_to_date: Decimal,
    last_year_to_date: Decimal | None,
    period_start: date,
    period_end: date,
    today: date,
    settled: Decimal = ZERO,
    *,
    amount_to_date: Decimal | None = None,
    last_year_full: Decimal | None = None,
    figures_through: date | None = None,
) -> Accrual:
    """Earned-to-date rebate, run-rate projection to ``period_end`` and what is left to pay.

    Days count inclusively: a 30-day period whose figures cover 15 days is half covered,
    so the projected volume is twice the volume to date. The run-rate is over the days the
    figures cover (:func:`covered_days`; up to ``today`` when ``figures_through`` is not
    given), so a month not yet imported does not dilute it. For growth terms the
    projection compares against ``last_year_full`` when given, else against
    ``last_year_to_date`` projected at the same rate (``last_year_to_date`` must then be
    last year's figure over the same covered days). ``amount_to_date`` is needed for
    quantity-based terms. The distance to the next tier is what must still be bought by
    ``period_end`` against that full-period baseline (see :class:`Accrual`).
    """
    settled = _non_negative("settled", settled)
    elapsed, total = _days(period_start, period_end, today)
    covered = covered_days(period_start, period_end, today, figures_through)
    to_date = rebate_for(terms, volume_to_date, last_year_to_date, amount=amount_to_date)
    projected_volume = _project(volume_to_date, covered, total) or ZERO
    projected_last_year = (
        last_year_full
        if last_year_full is not None
        else _project(last_year_to_date, covered, total)
    )
    projected = rebate_for(
        terms,
        projected_volume,
        projected_last_year,
        amount=_project(amount_to_date, covered, total),
    )
    over = today > period_end
    following = None if over else to_date.next_tier
    return Accrual(
        earned_to_date=to_date.amount,
        projected_volume=projected_volume,
        projected_rebate=projected.amount,
        distance_to_next_tier=None
        if following is None
        else still_to_buy(terms, volume_to_date, following, projected_last_year),
        still_to_settle=to_date.amount - settled,
        settled=settled,
        elapsed_days=elapsed,
        total_days=total,
        to_date=to_date,
        projected=projected,
        covered_days=covered,
        next_tier=following,
        period_over=over,
    )


def rolled_up_volume(
    account_id: Hashable,
    parent_of: Mapping[Hashable, Hashable | None],
    volume_by_account: Mapping[Hashable, Decimal],
) -> Decimal:
    """Volume of ``account_id`` plus all its descendants, each account counted once.

    ``parent_of`` maps each account to its parent (``None`` for a root). Accounts without a
    volume count as 0. A cycle reachable from ``account_id`` raises ``ValueError``.
    """
    children: dict[Hashable, list[Hashable]] = {}
    for child, parent in parent_of.items():
        if parent is not None:
            children.setdefault(parent, []).append(child)
    seen: set[Hashable] = set()
    total = ZERO
    stack = [account_id]
    while stack:
        current = stack.pop()
        if current in seen:
            raise ValueError(f"account hierarchy has a cycle through {current!r}")
        seen.add(current)
        total += _decimal(f"volume of {current!r}", volume_by_account.get(current, ZERO))
        stack.extend(children.get(current, ()))
    return total


_NUMBER = re.compile(r"^[0-9]+(\.[0-9]+)?$")
_NOT_A_NUMBER = {  # one whole sentence per part of a tier
    "threshold": QT_TRANSLATE_NOOP("messages", "tier %1 '%2': threshold '%3' is not a number ≥ 0"),
    "rate": QT_TRANSLATE_NOOP("messages", "tier %1 '%2': rate '%3' is not a number ≥ 0"),
}


def _parse_number(text: str, what: str, position: int, part: str) -> Decimal:
    cleaned = text.strip().replace("_", "")
    if not _NUMBER.match(cleaned):
        raise ValueError(Sentence.of(_NOT_A_NUMBER[what], position, part, text.strip()))
    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - the regex already guards this
        raise ValueError(f"tier {position} '{part}': bad {what} '{text}'") from exc


def parse_tiers(text: str) -> list[Tier]:
    """Parse ``"0:10,100:20,300:30"`` (``THRESHOLD:RATE`` pairs; rate may end in ``%``).

    Tiers are returned in the order given; ``ValueError`` explains what is wrong and where.
    """
    if not text or not text.strip():
        raise ValueError(
            QT_TRANSLATE_NOOP("messages", "no tiers given: expected e.g. '0:1,100000:2'")
        )
    tiers: list[Tier] = []
    seen: set[Decimal] = set()
    for position, raw in enumerate(text.split(","), start=1):
        part = raw.strip()
        pieces = part.split(":")
        if len(pieces) != 2:
            raise ValueError(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "tier %1 '%2': expected THRESHOLD:RATE"),
                    position,
                    part,
                )
            )
        threshold = _parse_number(pieces[0], "threshold", position, part)
        rate = _parse_number(pieces[1].strip().removesuffix("%"), "rate", position, part)
        if threshold in seen:
            raise ValueError(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "tier %1 '%2': duplicate threshold %3"),
                    position,
                    part,
                    threshold,
                )
            )
        if not 0 <= rate <= 100:
            raise ValueError(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "tier %1 '%2': the rate must be 0 to %4, not %3"),
                    position,
                    part,
                    percent(rate),
                    percent(100),
                )
            )
        seen.add(threshold)
        tiers.append(Tier(threshold, rate))
    return tiers


def format_tiers(tiers: Iterable[Tier]) -> str:
    """Inverse of :func:`parse_tiers`: ``"0:10,100:20"``."""
    return ",".join(
        f"{tier.threshold.copy_abs():f}:{tier.rate_percent.copy_abs():f}" for tier in tiers
    )
