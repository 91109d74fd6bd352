"""How urgent an account's visit is in a planning period: the priority score and its reasons.

The score is a sum of points (higher = more urgent):

**Cycle points** (only when the account is due by the period's last day)::

    ratio        = (today − due date) / interval, clamped to [−0.9, 3]
    cycle points = 100 × (1 + ratio) × tier weight          tier weight: A 1.5, B 1.0, C 0.6

So an account due today scores 100 (B), one overdue by a whole cycle 200, one due halfway
through the next cycle 50; overdueness counts *relative to its own cycle* (5 days late on a
7-day cycle is worse than on a 90-day cycle), and an A account counts 1.5× a B account.
An account never visited is due today (:func:`~acct_desktop.domain.visit_cycles.next_due`).

**Signal points** (added, not tier-weighted, capped at ``MAX_SIGNAL_POINTS`` = 240):

* issue past its deadline: 60 + 4 per day past the deadline (counted up to 15 days);
* issue due within the period (today … last day): 40;
* quote expiring within the period (still valid today, valid until ≤ last day): 40;
* rebate tier within reach, its period ending no later than 31 days after the last day: 30.

Signals outside those windows (a quote already expired, an issue due after the period, a
rebate period far away) are ignored. An account is *wanted* in the plan when it is due by
the period's last day or has at least one counted signal; the planner serves wanted accounts
by descending score.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from acct_desktop.domain.enums import Tier
from acct_desktop.domain.visit_cycles import next_due
from acct_desktop.domain.visit_plan_model import PlanningAccount, Reason, ReasonKind

TIER_WEIGHT = {Tier.A: 1.5, Tier.B: 1.0, Tier.C: 0.6}
CYCLE_POINTS = 100.0
MIN_CYCLE_RATIO = -0.9
MAX_CYCLE_RATIO = 3.0
ISSUE_PAST_DEADLINE_POINTS = 60.0
ISSUE_POINTS_PER_DAY_PAST = 4.0
ISSUE_DAYS_COUNTED = 15
ISSUE_DUE_SOON_POINTS = 40.0
QUOTE_EXPIRING_POINTS = 40.0
REBATE_TIER_CLOSE_POINTS = 30.0
REBATE_LOOKAHEAD_DAYS = 31
MAX_SIGNAL_POINTS = 240.0


@dataclass(frozen=True, slots=True)
class Urgency:
    """An account's priority in a period: its score, due date, whether it is wanted in the
    plan, and the reasons behind it (cycle first, then signals)."""

    score: float
    due_on: date
    wanted: bool
    reasons: tuple[Reason, ...]


def cycle_reason(account: PlanningAccount, today: date) -> Reason:
    """``never visited``, ``overdue N days`` or ``due <date>``."""
    return _cycle(account, today, next_due(account.last_visit, account.interval_days, today))[1]


def cycle_points(account: PlanningAccount, today: date) -> float:
    """The tier-weighted cycle points (see the module docstring); due-ness is not checked."""
    return _cycle(account, today, next_due(account.last_visit, account.interval_days, today))[0]


def _cycle(account: PlanningAccount, today: date, due_on: date) -> tuple[float, Reason]:
    lag = (today - due_on).days  # the same as visit_cycles.overdue_days when positive
    ratio = min(MAX_CYCLE_RATIO, max(MIN_CYCLE_RATIO, lag / account.interval_days))
    points = CYCLE_POINTS * (1.0 + ratio) * TIER_WEIGHT[account.tier]
    if account.last_visit is None:
        return points, Reason(ReasonKind.NEVER_VISITED)
    if lag > 0:
        return points, Reason(ReasonKind.OVERDUE, days=lag)
    return points, Reason(ReasonKind.DUE, on=due_on)


def signal_reasons(account: PlanningAccount, today: date, last_day: date) -> list[Reason]:
    """The counted signals, issues first, then quotes, then rebates, each by date."""
    reasons: list[Reason] = []
    if not (account.overdue_issues or account.expiring_quotes or account.rebate_opportunities):
        return reasons
    for issue in sorted(account.overdue_issues, key=lambda i: (i.deadline, i.number)):
        if issue.deadline < today:
            days = (today - issue.deadline).days
            reasons.append(
                Reason(
                    ReasonKind.ISSUE_PAST_DEADLINE,
                    days=days,
                    on=issue.deadline,
                    number=issue.number,
                )
            )
        elif issue.deadline <= last_day:
            reasons.append(
                Reason(ReasonKind.ISSUE_DUE_SOON, on=issue.deadline, number=issue.number)
            )
    for quote in sorted(account.expiring_quotes, key=lambda q: (q.valid_until, q.number)):
        if today <= quote.valid_until <= last_day:
            reasons.append(
                Reason(ReasonKind.QUOTE_EXPIRING, on=quote.valid_until, number=quote.number)
            )
    rebate_horizon = last_day + timedelta(days=REBATE_LOOKAHEAD_DAYS)
    for rebate in sorted(
        account.rebate_opportunities,
        key=lambda r: (r.period_end, r.agreement_code, r.next_tier_name),
    ):
        if today <= rebate.period_end <= rebate_horizon:
            reasons.append(
                Reason(
                    ReasonKind.REBATE_TIER_CLOSE,
                    on=rebate.period_end,
                    number=rebate.agreement_code,
                    tier_name=rebate.next_tier_name,
                    amount=rebate.amount_to_next_tier,
                )
            )
    return reasons


def signal_points(reasons: list[Reason]) -> float:
    """The capped points of counted signals."""
    points = 0.0
    for reason in reasons:
        if reason.kind is ReasonKind.ISSUE_PAST_DEADLINE:
            days = min(reason.days or 0, ISSUE_DAYS_COUNTED)
            points += ISSUE_PAST_DEADLINE_POINTS + ISSUE_POINTS_PER_DAY_PAST * days
        elif reason.kind is ReasonKind.ISSUE_DUE_SOON:
            points += ISSUE_DUE_SOON_POINTS
        elif reason.kind is ReasonKind.QUOTE_EXPIRING:
            points += QUOTE_EXPIRING_POINTS
        elif reason.kind is ReasonKind.REBATE_TIER_CLOSE:
            points += REBATE_TIER_CLOSE_POINTS
    return min(points, MAX_SIGNAL_POINTS)


def assess_urgency(account: PlanningAccount, today: date, last_day: date) -> Urgency:
    """How urgent ``account`` is for a period ending on ``last_day``, seen from ``today``."""
    due_on = next_due(account.last_visit, account.interval_days, today)
    signals = signal_reasons(account, today, last_day)
    score = signal_points(signals) if signals else 0.0
    reasons = signals
    is_due = due_on <= last_day
    if is_due:
        points, reason = _cycle(account, today, due_on)
        score += points
        reasons = [reason, *signals]
    return Urgency(
        score=score, due_on=due_on, wanted=is_due or bool(signals), reasons=tuple(reasons)
    )
