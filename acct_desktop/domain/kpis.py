"""KPI formulas on plain values: rates, NPS, day spans, returning customers, rankings.

Every rate is a ``Decimal`` percentage rounded half-up to one place, and ``None`` when its
denominator is 0 ("no visits planned" is not "0 % done"). Nothing here reads a database.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any, TypeVar

T = TypeVar("T")
K = TypeVar("K", bound=Hashable)
HUNDRED = Decimal(100)
ONE_PLACE = Decimal("0.1")
PROMOTER_FROM = 9  # 9-10 promoters, 7-8 passives, 0-6 detractors
DETRACTOR_UP_TO = 6
DEFAULT_CYCLE_DAYS = 28


@dataclass(frozen=True, slots=True)
class KpiTable:
    """The rows behind a figure, for click-through: column keys and plain-value rows."""

    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...] = ()

    def __len__(self) -> int:
        return len(self.rows)

    def column(self, key: str) -> list[Any]:
        """Every row's value in column ``key``."""
        index = self.columns.index(key)
        return [row[index] for row in self.rows]


def _one_place(value: Decimal) -> Decimal:
    return value.quantize(ONE_PLACE, rounding=ROUND_HALF_UP)


def percent(numerator: int | Decimal, denominator: int | Decimal) -> Decimal | None:
    """``numerator ÷ denominator`` as a percentage to one place; ``None`` when the
    denominator is 0."""
    if not denominator:
        return None
    return _one_place(Decimal(numerator) * HUNDRED / Decimal(denominator))


def ratio(numerator: int | Decimal, denominator: int | Decimal) -> Decimal | None:
    """``numerator ÷ denominator`` to one place (accounts per manager); ``None`` when the
    denominator is 0."""
    if not denominator:
        return None
    return _one_place(Decimal(numerator) / Decimal(denominator))


def rate(part: int, whole: int) -> Decimal | None:
    """The share ``part`` of ``whole`` as a percentage in [0, 100]; ``None`` for nothing."""
    if part < 0 or whole < 0 or part > whole:
        raise ValueError(f"a part ({part}) must lie between 0 and its whole ({whole})")
    return percent(part, whole)


def variance_percent(actual: Decimal, target: Decimal) -> Decimal | None:
    """How far ``actual`` is above (+) or below (−) ``target``, in % of the target."""
    if not target:
        return None
    return _one_place((actual - target) * HUNDRED / target)


def win_rate(won: int, lost: int) -> Decimal | None:
    """Won ÷ (won + lost) in %, ``None`` when nothing was decided."""
    return rate(won, won + lost)


@dataclass(frozen=True, slots=True)
class Nps:
    """Net promoter score: % promoters (9–10) − % detractors (0–6), with the counts."""

    promoters: int
    passives: int
    detractors: int

    @property
    def answers(self) -> int:
        return self.promoters + self.passives + self.detractors

    @property
    def score(self) -> Decimal | None:
        """In [−100, 100] to one place; ``None`` when nobody answered."""
        return percent(self.promoters - self.detractors, self.answers)


def score_group(score: int) -> str:
    """ "promoter", "passive" or "detractor" for a 0–10 answer."""
    if not 0 <= score <= 10:
        raise ValueError(f"a survey answer is 0 to 10, not {score}")
    if score >= PROMOTER_FROM:
        return "promoter"
    return "detractor" if score <= DETRACTOR_UP_TO else "passive"


def nps_from_counts(counts: Mapping[int, int]) -> Nps:
    """NPS from how many answers gave each score (``{score: count}``)."""
    groups = {"promoter": 0, "passive": 0, "detractor": 0}
    for score, count in counts.items():
        if count < 0:
            raise ValueError("a count of answers cannot be negative")
        groups[score_group(score)] += count
    return Nps(groups["promoter"], groups["passive"], groups["detractor"])


def nps(scores: Iterable[int]) -> Nps:
    """NPS of individual 0–10 answers."""
    counts: dict[int, int] = {}
    for score in scores:
        counts[score] = counts.get(score, 0) + 1
    return nps_from_counts(counts)


@dataclass(frozen=True, slots=True)
class DaySpans:
    """Average days from a start to a first response; those still waiting kept apart."""

    answered: int
    total_days: int
    waiting: int

    @property
    def average_days(self) -> Decimal | None:
        """Mean days to one place; ``None`` when nothing was answered yet."""
        if not self.answered:
            return None
        return _one_place(Decimal(self.total_days) / self.answered)


def day_spans(pairs: Iterable[tuple[date, date | None]]) -> DaySpans:
    """From ``(started, responded or None)`` pairs: ``None`` means no response yet and is
    counted as waiting, never as 0 days. A response before its start is refused."""
    answered = total = waiting = 0
    for started, responded in pairs:
        if responded is None:
            waiting += 1
            continue
        days = (responded - started).days
        if days < 0:
            raise ValueError(f"a response on {responded} comes before its start on {started}")
        answered += 1
        total += days
    return DaySpans(answered, total, waiting)


@dataclass(frozen=True, slots=True)
class Returning:
    """Of the customers who bought in the previous period, those who bought again."""

    returning: int
    previous: int

    @property
    def rate(self) -> Decimal | None:
        return rate(self.returning, self.previous)


def returning_customers(previous: Collection[K], current: Collection[K]) -> Returning:
    """The share of ``previous`` buyers found again among ``current`` ones."""
    before = set(previous)
    return Returning(len(before & set(current)), len(before))


def top_and_bottom(
    items: Iterable[T], count: int, key: Callable[[T], Decimal], name: Callable[[T], str]
) -> tuple[list[T], list[T]]:
    """The ``count`` best (highest ``key`` first) and the ``count`` worst (lowest first);
    equal keys are ordered by name, and no item appears in both lists."""
    if count < 0:
        raise ValueError("count cannot be negative")
    ranked = sorted(items, key=lambda item: (-key(item), name(item)))
    top = ranked[:count]
    rest = ranked[count:]
    bottom = sorted(rest, key=lambda item: (key(item), name(item)))[:count]
    return top, bottom


def within_cycle(last_done: date | None, interval_days: int, on: date) -> bool:
    """Whether the last done visit (on or before ``on``) lies within the cycle at ``on``."""
    if interval_days <= 0:
        raise ValueError("a visit cycle needs a positive interval")
    return last_done is not None and last_done <= on and (on - last_done).days <= interval_days


# -- periods ------------------------------------------------------------------------------


class PeriodChoice(StrEnum):
    THIS_MONTH = "this_month"
    LAST_MONTH = "last_month"
    THIS_QUARTER = "this_quarter"
    YEAR_TO_DATE = "year_to_date"
    LAST_12_MONTHS = "last_12_months"


def add_months(day: date, months: int) -> date:
    """The same day ``months`` later (or earlier), kept within the month (31 → 30/28)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, _month_length(year, month + 1)))


def _month_length(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def month_end(day: date) -> date:
    return date(day.year, day.month, _month_length(day.year, day.month))


def period_bounds(choice: PeriodChoice, today: date) -> tuple[date, date]:
    """First and last day of a chosen period. Periods "this …" and "year to date" end
    today; "last month" and "last 12 months" are whole months before this one."""
    first = today.replace(day=1)
    if choice is PeriodChoice.THIS_MONTH:
        return first, today
    if choice is PeriodChoice.LAST_MONTH:
        return add_months(first, -1), first - timedelta(days=1)
    if choice is PeriodChoice.THIS_QUARTER:
        return first.replace(month=(today.month - 1) // 3 * 3 + 1), today
    if choice is PeriodChoice.YEAR_TO_DATE:
        return date(today.year, 1, 1), today
    return add_months(first, -12), first - timedelta(days=1)


def previous_period(start: date, end: date) -> tuple[date, date]:
    """The period of equal length just before ``start``..``end``.

    A period starting on the 1st moves back by the calendar months it spans (so monthly
    figures dated the 1st fall in it: 1–2 Nov → 1–2 Oct, Q3 → Q2); any other period moves
    back by its number of days."""
    if end < start:
        raise ValueError("a period cannot end before it starts")
    if start.day != 1:
        length = end - start + timedelta(days=1)
        return start - length, start - timedelta(days=1)
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    previous_end = add_months(end, -months)
    if end == month_end(end):
        previous_end = month_end(previous_end)
    return add_months(start, -months), previous_end


def trend_months(end: date, count: int = 12) -> list[date]:
    """``count`` first-of-month dates ending with ``end``'s month, oldest first."""
    last = end.replace(day=1)
    return [add_months(last, -offset) for offset in range(count - 1, -1, -1)]


# -- status of a tile ---------------------------------------------------------------------

Tone = str  # "done" (green), "due_soon" (amber), "overdue" (red) — as the tables use them


@dataclass(frozen=True, slots=True)
class Thresholds:
    """At or above ``good`` is green, at or above ``fair`` amber, below red."""

    good: Decimal
    fair: Decimal

    def tone(self, value: Decimal | None) -> Tone | None:
        if value is None:
            return None
        if value >= self.good:
            return "done"
        return "due_soon" if value >= self.fair else "overdue"


# Sales against target have no entry here: behind, on and ahead of plan are Plan vs
# actual's rule (``sales_metrics.percent_standing`` with ``AlertSettings.plan_thresholds``),
# so the dashboard never calls −5 % "watch" where Plan vs actual says "On plan".
THRESHOLDS: dict[str, Thresholds] = {
    "visits": Thresholds(Decimal(90), Decimal(75)),
    "cycle": Thresholds(Decimal(80), Decimal(60)),
    "issues": Thresholds(Decimal(90), Decimal(75)),
    "win_rate": Thresholds(Decimal(40), Decimal(25)),
    "nps": Thresholds(Decimal(30), Decimal(0)),
    "returning": Thresholds(Decimal(85), Decimal(70)),
}


def tone_of(kpi: str, value: Decimal | None) -> Tone | None:
    """The status colour of a KPI's figure (``None``: no figure, or no rule for it)."""
    rule = THRESHOLDS.get(kpi)
    return rule.tone(value) if rule else None


def totals_by(rows: Sequence[tuple[K, Decimal]]) -> dict[K, Decimal]:
    """Exact sums by key (e.g. per currency), keys in first-seen order."""
    sums: dict[K, Decimal] = {}
    for key, amount in rows:
        sums[key] = sums.get(key, Decimal(0)) + amount
    return sums
