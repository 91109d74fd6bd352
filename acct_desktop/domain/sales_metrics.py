"""Plan against actual: variance, the derived stock and velocity metrics, and the roll-up
of an account hierarchy.

Definitions (all Decimal; ``None`` wherever a denominator is zero or a figure is missing,
never a made-up zero):

- **variance** = actual − target; **variance %** = variance ÷ target × 100, one decimal.
- **sell-through velocity** = units sold out in the period ÷ (days in the period ÷ 7):
  units per week.
- **inventory turnover days** = closing stock (units) ÷ average daily outbound (units
  shipped in the period ÷ days in the period): how many days the stock lasts at the
  period's pace of shipping.
- **weeks of cover** = closing stock ÷ weekly consumption, where consumption is sell-out
  when the account reports it (a store, or a warehouse whose stores do) and outbound
  otherwise (a warehouse that only reports its shipments).

Roll-up: an account's **actual** is the sum over itself and everything below it (facts are
recorded where they happen). Its **target** is its own target when it has one, else the
sum of its children's (each computed the same way): a chain with an HQ target and store
targets is judged by the HQ target, and the stores by theirs — never both added up.

Prorating: a month's target for part of it is its share of the month's days.

Awaiting figures: a period not over yet for which no figures of the measure have come in
at all (the ERP's month is not imported yet) has nothing to compare — its actual is not a
zero to hold against the plan, so it has no variance and stands "no figures yet".
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import TypeVar

from acct_desktop.domain.kpis import month_end
from acct_desktop.domain.money import round_money

K = TypeVar("K", bound=Hashable)

ONE_DECIMAL = Decimal("0.1")
HUNDRED = Decimal(100)
SEVEN = Decimal(7)


@dataclass(frozen=True, slots=True)
class Thresholds:
    """When a figure deserves attention (company settings; defaults are common practice).

    ``behind_percent``: actual more than this many percent below target. ``ahead_percent``:
    more than this far above (a forecast to correct, or stock pushed into the channel).
    ``turnover_days_max``: stock lasting longer than this. ``cover_weeks_min``: stock
    running out sooner than this."""

    behind_percent: Decimal = Decimal(10)
    ahead_percent: Decimal = Decimal(15)
    turnover_days_max: Decimal = Decimal(60)
    cover_weeks_min: Decimal = Decimal(2)


@dataclass(frozen=True, slots=True)
class PlanFigures:
    """Actual against target for one row (an account and what is below it, a territory,
    a category or a month), with the units needed for the derived metrics."""

    actual: Decimal
    target: Decimal | None
    sold_out_units: Decimal | None = None
    outbound_units: Decimal | None = None
    closing_stock_units: Decimal | None = None
    # of that stock, what the accounts that ship (report outbound) hold: a warehouse's stock
    # turns over by its shipments; the stores' shelf stock below it does not ship again
    shipping_stock_units: Decimal | None = None
    days: int = 30
    awaiting: bool = False  # a period in progress without any figures of the measure yet

    @property
    def variance(self) -> Decimal | None:
        if self.awaiting or self.target is None:
            return None
        return self.actual - self.target

    @property
    def variance_percent(self) -> Decimal | None:
        return None if self.awaiting else variance_percent(self.actual, self.target)

    @property
    def velocity_per_week(self) -> Decimal | None:
        return velocity_per_week(self.sold_out_units, self.days)

    @property
    def turnover_days(self) -> Decimal | None:
        return turnover_days(self.shipping_stock_units, self.outbound_units, self.days)

    @property
    def weeks_of_cover(self) -> Decimal | None:
        return weeks_of_cover(
            self.closing_stock_units, self.sold_out_units, self.outbound_units, self.days
        )


def variance_percent(actual: Decimal, target: Decimal | None) -> Decimal | None:
    """(actual − target) ÷ target × 100 to one decimal; None without a (non-zero) target."""
    if not target:
        return None
    return ((actual - target) / target * HUNDRED).quantize(ONE_DECIMAL, ROUND_HALF_UP)


def velocity_per_week(units: Decimal | None, days: int) -> Decimal | None:
    """Units per week over a period of ``days`` days, to one decimal."""
    if units is None or days <= 0:
        return None
    return (units / Decimal(days) * SEVEN).quantize(ONE_DECIMAL, ROUND_HALF_UP)


def turnover_days(stock: Decimal | None, outbound: Decimal | None, days: int) -> Decimal | None:
    """Closing stock ÷ average daily outbound, to one decimal (None without shipments)."""
    if stock is None or not outbound or days <= 0:
        return None
    return (stock / (outbound / Decimal(days))).quantize(ONE_DECIMAL, ROUND_HALF_UP)


def weeks_of_cover(
    stock: Decimal | None, sold_out: Decimal | None, outbound: Decimal | None, days: int
) -> Decimal | None:
    """Closing stock ÷ weekly consumption (sell-out if reported, else outbound)."""
    consumption = sold_out if sold_out else outbound
    if stock is None or not consumption or days <= 0:
        return None
    return (stock / (consumption / Decimal(days) * SEVEN)).quantize(ONE_DECIMAL, ROUND_HALF_UP)


class Standing:
    """Where a row stands against plan, in words the status colours go with."""

    BEHIND = "behind"
    ON_PLAN = "on_plan"
    AHEAD = "ahead"
    NO_TARGET = "no_target"
    NO_FIGURES = "no_figures"


def standing(figures: PlanFigures, thresholds: Thresholds) -> str:
    """behind / on_plan / ahead / no_target by the thresholds; no_figures while awaited."""
    if figures.awaiting:
        return Standing.NO_FIGURES
    return percent_standing(figures.variance_percent, thresholds)


def percent_standing(percent: Decimal | None, thresholds: Thresholds) -> str:
    """Where a variance in % of target stands: behind when more than
    ``thresholds.behind_percent`` below (−10.1 % with the default 10), ahead when more than
    ``ahead_percent`` above, else on plan; no_target without a percentage.

    The one rule of "behind plan": Plan vs actual's words and colours, the monthly summary's
    lists, the KPI dashboard's tiles and charts and the below-target alert (more than the
    same ``sales_gap_percent`` below) all classify with it, so −4.8 % is "on plan" in every
    one of them, never red in one and green in another."""
    if percent is None:
        return Standing.NO_TARGET
    if percent < -thresholds.behind_percent:
        return Standing.BEHIND
    if percent > thresholds.ahead_percent:
        return Standing.AHEAD
    return Standing.ON_PLAN


@dataclass(frozen=True, slots=True)
class BehindBelow:
    """What is behind plan somewhere below a row: how many, and the furthest behind
    (``worst``, at ``worst_percent``)."""

    count: int
    worst: Hashable
    worst_percent: Decimal


def behind_below(
    parents: Mapping[K, K | None], behind: Mapping[K, Decimal]
) -> dict[K, BehindBelow]:
    """For every node with something behind plan below it (``behind``: node → its variance
    %), how many such nodes lie below it and the furthest behind of them. Only the nodes
    behind are walked up their chains (O(behind × depth), not the whole hierarchy), so a
    tree shown lazily can mark a collapsed row without reading what is under it. Ties keep
    the first node in ``behind``'s order. A loop in ``parents`` is refused."""
    counts: dict[K, int] = defaultdict(int)
    worst: dict[K, tuple[Decimal, K]] = {}
    limit = len(parents) + 1
    for node, percent in behind.items():
        current = parents.get(node)
        steps = 0
        while current is not None:
            counts[current] += 1
            if current not in worst or percent < worst[current][0]:
                worst[current] = (percent, node)
            current = parents.get(current)
            steps += 1
            if steps > limit:
                raise ValueError("the account hierarchy has a loop")
    return {
        node: BehindBelow(count, worst[node][1], worst[node][0]) for node, count in counts.items()
    }


@dataclass(frozen=True, slots=True)
class Finding:
    """Something a threshold raised: ``kind`` (behind, ahead, slow_stock, low_cover) and the
    figure that raised it (a percentage, days or weeks)."""

    kind: str
    value: Decimal


def findings(figures: PlanFigures, thresholds: Thresholds) -> list[Finding]:
    """Every threshold the row crosses, most important first."""
    found = []
    percent = figures.variance_percent
    if percent is not None and percent < -thresholds.behind_percent:
        found.append(Finding("behind", -percent))
    if percent is not None and percent > thresholds.ahead_percent:
        found.append(Finding("ahead", percent))
    cover = figures.weeks_of_cover
    if cover is not None and cover < thresholds.cover_weeks_min:
        found.append(Finding("low_cover", cover))
    days = figures.turnover_days
    if days is not None and days > thresholds.turnover_days_max:
        found.append(Finding("slow_stock", days))
    return found


def subtree_totals(parents: Mapping[K, K | None], own: Mapping[K, Decimal]) -> dict[K, Decimal]:
    """Each node's own figure plus everything below it. ``parents`` maps every node to its
    parent (None at the top); nodes missing from ``own`` count zero. Walks each node up its
    chain once (O(n × depth)); a loop in ``parents`` is refused."""
    totals: dict[K, Decimal] = defaultdict(Decimal)
    for node, amount in own.items():
        if not amount:
            continue
        seen = 0
        current: K | None = node
        while current is not None:
            totals[current] += amount
            current = parents.get(current)
            seen += 1
            if seen > len(parents) + 1:
                raise ValueError("the account hierarchy has a loop")
    return {node: totals.get(node, Decimal(0)) for node in parents}


def effective_targets(
    parents: Mapping[K, K | None], own: Mapping[K, Decimal]
) -> dict[K, Decimal | None]:
    """Each node's own target, else the sum of its children's effective targets; None when
    neither it nor anything below it has a target."""
    children: dict[K, list[K]] = defaultdict(list)
    for node, parent in parents.items():
        if parent is not None:
            children[parent].append(node)
    result: dict[K, Decimal | None] = {}
    for root in (node for node, parent in parents.items() if parent is None):
        # Post-order without recursion (hierarchies can be deep).
        stack: list[tuple[K, bool]] = [(root, False)]
        while stack:
            node, expanded = stack.pop()
            if node in own:
                result[node] = own[node]
                # Children still get their own figures (to drill down into).
                stack.extend((child, False) for child in children.get(node, ()))
                continue
            if not expanded:
                stack.append((node, True))
                stack.extend((child, False) for child in children.get(node, ()))
                continue
            below = [
                result[child] for child in children.get(node, ()) if result.get(child) is not None
            ]
            result[node] = sum(below, Decimal(0)) if below else None
    for node in parents:  # nodes in a loop (never reached from a root)
        result.setdefault(node, own.get(node))
    return result


def rolled_up_targets(
    parents: Mapping[K, K | None], own: Mapping[K, Decimal], wanted: Iterable[K]
) -> dict[K, Decimal]:
    """``effective_targets`` of the ``wanted`` nodes only (those with a target in or below
    them; the others are left out), without visiting the whole hierarchy: each node with a
    target of its own is walked up until a node with its own target covers it, and counts
    for every wanted node it passes on the way. O(targets × depth) rather than O(nodes).

    ``parents`` needs only the chains from the nodes of ``own`` up to the wanted nodes (a
    node missing from it counts as a top). A loop in ``parents`` is refused."""
    chosen = set(wanted)
    found: dict[K, Decimal] = {}
    limit = len(parents) + 1
    for node, amount in own.items():
        current: K | None = node
        steps = 0
        while current is not None:
            if current in chosen:
                found[current] = found.get(current, Decimal(0)) + amount
            current = parents.get(current)
            if current in own:
                break  # its own target covers this one
            steps += 1
            if steps > limit:
                raise ValueError("the account hierarchy has a loop")
    return found


def roots_target(
    parents: Mapping[K, K | None], own: Mapping[K, Decimal], roots: Iterable[K]
) -> Decimal | None:
    """The sum of ``effective_targets`` over ``roots`` (None when none of them has a target
    in or below it), by ``rolled_up_targets``: a few hundred targets in ten thousand
    accounts, once per month and currency for the dashboard's trend. A loop in ``parents``
    is refused."""
    found = rolled_up_targets(parents, own, roots)
    return sum(found.values(), Decimal(0)) if found else None


def group_roots(members: Iterable[K], parents: Mapping[K, K | None]) -> list[K]:
    """The members whose parent is not a member: adding their subtree figures counts every
    member exactly once (a territory's accounts, a selection)."""
    chosen = set(members)
    return [node for node in chosen if parents.get(node) not in chosen]


def prorated(amount: Decimal, month: date, start: date, end: date, currency: str) -> Decimal:
    """A month's target for the days of it inside ``start``..``end`` (whole when the period
    covers the month, zero when it misses it), rounded half-up to the currency's minor
    unit."""
    last = month_end(month)
    first_day, last_day = max(month, start), min(last, end)
    if first_day == month and last_day == last:
        return amount
    days = max(0, (last_day - first_day).days + 1)
    return round_money(amount * days / last.day, currency)


def figures_reach(fact_days: Iterable[date]) -> date | None:
    """The last day sales figures dated ``fact_days`` cover (``None`` without any).

    A fact dated the 1st is a monthly figure and covers its whole month, unless a later
    day of that month (a daily figure) is the latest date: then the figures reach that
    day — the same rule as plan vs actual's period in progress. Callers bound the result
    by today."""
    days = list(fact_days)
    if not days:
        return None
    daily = max((d for d in days if d.day != 1), default=None)
    monthly = max((d for d in days if d.day == 1), default=None)
    if daily is not None and (monthly is None or monthly <= daily):
        return daily
    assert monthly is not None
    return month_end(monthly)
