"""What needs the manager today: the alert kinds, how each is worded and ranked, and when a
snoozed or dismissed alert comes back.

An alert is built from one fact (a visit cycle, a quote's validity, a rebate agreement's
dates and status, an issue's deadline, a month's sales against its target) by the
``*_alert`` functions below, which reuse the rules of their areas (``visit_cycles``,
``issues``, ``quote_workflow``). The service only reads the facts and the dismissals.

Hiding rules (see :func:`hides`):

* **Snoozed** until a day: hidden before that day, shown again from that day on, whatever
  happened meanwhile.
* **Dismissed** with a reason: hidden for as long as the fact it was about stays the same.
  Each alert carries a *fingerprint* of that fact (the quote's validity date, the issue's
  deadline, the visit's due date, the agreement's dates and status, the sales month); the
  dismissal stores the fingerprint it saw, and the alert shows again when the fingerprint
  changes (a new deadline that is missed again, next month's shortfall, ...).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from acct_desktop.domain.enums import IssueStatus, Measure, QuoteStatus, RebateStatus
from acct_desktop.domain.issues import days_overdue
from acct_desktop.domain.percentages import percent
from acct_desktop.domain.quote_workflow import OPEN as OPEN_QUOTE_STATUSES
from acct_desktop.domain.sales_metrics import Thresholds
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP
from acct_desktop.domain.visit_cycles import next_due, overdue_days

HUNDRED = Decimal(100)
NOT_ACTIVE_STATUSES = frozenset({RebateStatus.DRAFT, RebateStatus.PENDING_APPROVAL})
# Late entry stays news while the agreement lives; withdrawn ones are not worth an alert.
LATE_ENTRY_STATUSES = frozenset(
    {RebateStatus.DRAFT, RebateStatus.PENDING_APPROVAL, RebateStatus.ACTIVE}
)


class AlertKind(StrEnum):
    """What an alert is about; the value starts every alert key."""

    VISIT_OVERDUE = "visit_overdue"
    QUOTE_EXPIRING = "quote_expiring"
    REBATE_LATE = "rebate_late"
    REBATE_NOT_ACTIVE = "rebate_not_active"
    ISSUE_OVERDUE = "issue_overdue"
    SALES_BELOW_TARGET = "sales_below_target"


class Severity(StrEnum):
    """Red: overdue or blocked now. Amber: due soon or needs a look."""

    RED = "red"
    AMBER = "amber"


SEVERITY_RANK = {Severity.RED: 0, Severity.AMBER: 1}
KIND_RANK = {kind: rank for rank, kind in enumerate(AlertKind)}

# Every sentence an alert can carry, in English, with {named} parameters. The GUI marks the
# same strings for translation (a test keeps the two lists equal).
TITLES: tuple[str, ...] = (
    "Visit 1 day overdue",
    "Visit {days} days overdue",
    "{number} expires today",
    "{number} expires tomorrow",
    "{number} expires in {days} days",
    "Rebate {number} entered late: {delay} days after signing (limit {limit})",
    "Rebate {number} signed {signed}, still a draft",
    "Rebate {number} signed {signed}, still awaiting approval",
    "Issue {number} 1 day past deadline",
    "Issue {number} {days} days past deadline",
    "Sell-in {gap} below target · {month}",
    "Outbound {gap} below target · {month}",
    "Sell-out {gap} below target · {month}",
    "Stock {gap} below target · {month}",
    "Visit 1 day overdue · visit booked {booked}",
    "Visit {days} days overdue · visit booked {booked}",
)
# A sales alert leads with what fell short and by how much, the month last: the list's
# rows are cut at the end in a narrow dock, and the gap is what the manager looks for.
_SALES_TITLES = {
    Measure.SELL_IN: TITLES[10],
    Measure.OUTBOUND: TITLES[11],
    Measure.SELL_OUT: TITLES[12],
    Measure.STOCK: TITLES[13],
}


@dataclass(frozen=True)
class AlertSettings:
    """The thresholds of the alert list (company or user preferences)."""

    quote_days: int = 7  # quotes whose validity ends within this many days
    sales_gap_percent: Decimal = Decimal(10)  # sales more than this far below target
    rebate_late_recent_days: int = 30  # a late entry is news for this many days
    kinds: frozenset[AlertKind] = field(default_factory=lambda: frozenset(AlertKind))

    def wants(self, kind: AlertKind) -> bool:
        return kind in self.kinds

    def plan_thresholds(self) -> Thresholds:
        """When a row is *Behind plan* (more than ``sales_gap_percent`` below target, the
        alert's threshold) or *Ahead of plan*: the Plan vs actual dock and the monthly
        summary classify with these, so they always agree."""
        return Thresholds(behind_percent=self.sales_gap_percent)


@dataclass(frozen=True, slots=True)
class Dismissal:
    """A snooze (``until`` set) or a dismissal (``until`` None) of the alert ``key``."""

    key: str
    until: date | None
    reason: str
    dismissed_by: str
    dismissed_at: datetime
    fingerprint: str | None

    @property
    def snoozed(self) -> bool:
        return self.until is not None


@dataclass(frozen=True, slots=True)
class Alert:
    """One thing that needs the manager.

    ``title`` is an English sentence from :data:`TITLES`; ``params`` fill its ``{names}``
    (numbers, dates, strings; a parameter named ``month`` is the first day of a month).
    ``days_late`` says how late (negative: days left); ``object_id`` is what opens (the
    account itself for visits and sales).
    """

    kind: AlertKind
    key: str
    account_id: uuid.UUID
    account_name: str
    object_id: uuid.UUID
    title: str
    params: tuple[tuple[str, object], ...]
    severity: Severity
    due: date | None
    days_late: int
    fingerprint: str
    amount: Decimal | None = None
    dismissal: Dismissal | None = None

    @property
    def arguments(self) -> dict[str, object]:
        return dict(self.params)

    @property
    def text(self) -> str:
        """The sentence in English (the GUI translates ``title`` first)."""
        return self.title.format(**self.arguments)

    @property
    def hidden(self) -> bool:
        return self.dismissal is not None

    @property
    def booked(self) -> date | None:
        """An overdue visit's booked day (see :func:`visit_alert`), else None."""
        day = self.arguments.get("booked")
        return day if isinstance(day, date) else None


def alert_key(kind: AlertKind, *parts: object) -> str:
    """A key that stays the same across refreshes: ``kind:part[:part]``."""
    return ":".join([kind.value, *(str(part) for part in parts)])


# -- building alerts from facts -------------------------------------------------------------
def visit_alert(
    account_id: uuid.UUID,
    account_name: str,
    last_visit: date | None,
    interval_days: int,
    today: date,
    booked: date | None = None,
) -> Alert | None:
    """The account's visit is overdue for its cycle (never visited is due, not overdue).

    ``booked``: the day of the account's next planned visit (today or later), if any. An
    overdue account with a visit booked says so ("Visit 76 days overdue · visit booked
    Fri 04/12") and is amber, not red: the manager has dealt with it, and it ranks
    below the overdue accounts with nothing booked, which still need a visit. Booking
    does not change the alert's key or fingerprint (a dismissal still holds)."""
    days = overdue_days(last_visit, interval_days, today)
    if days <= 0:
        return None
    due = next_due(last_visit, interval_days, today)
    if booked is not None and booked < today:
        booked = None  # a visit still "planned" on a past day books nothing
    params: tuple[tuple[str, object], ...] = (
        ("days", days),
        ("due", due),
        ("interval", interval_days),
    )
    if booked is None:
        title, severity = TITLES[0] if days == 1 else TITLES[1], Severity.RED
    else:
        title, severity = TITLES[14] if days == 1 else TITLES[15], Severity.AMBER
        params += (("booked", booked),)
    return Alert(
        kind=AlertKind.VISIT_OVERDUE,
        key=alert_key(AlertKind.VISIT_OVERDUE, account_id),
        account_id=account_id,
        account_name=account_name,
        object_id=account_id,
        title=title,
        params=params,
        severity=severity,
        due=due,
        days_late=days,
        fingerprint=due.isoformat(),
    )


def quote_alert(
    quote_id: uuid.UUID,
    number: str,
    account_id: uuid.UUID,
    account_name: str,
    status: QuoteStatus,
    valid_until: date,
    today: date,
    settings: AlertSettings,
) -> Alert | None:
    """An open quote whose validity ends within ``settings.quote_days`` days (today counts:
    one valid until today + N alerts, one valid a day longer does not). Quotes already past
    their date are the lifecycle's business: it marks them expired."""
    left = (valid_until - today).days
    if status not in OPEN_QUOTE_STATUSES or not 0 <= left <= settings.quote_days:
        return None
    title = TITLES[2] if left == 0 else TITLES[3] if left == 1 else TITLES[4]
    return Alert(
        kind=AlertKind.QUOTE_EXPIRING,
        key=alert_key(AlertKind.QUOTE_EXPIRING, quote_id),
        account_id=account_id,
        account_name=account_name,
        object_id=quote_id,
        title=title,
        params=(("number", number), ("days", left), ("due", valid_until)),
        severity=Severity.RED if left == 0 else Severity.AMBER,
        due=valid_until,
        days_late=-left,
        fingerprint=valid_until.isoformat(),
    )


def rebate_late_alert(
    agreement_id: uuid.UUID,
    number: str,
    account_id: uuid.UUID,
    account_name: str,
    status: RebateStatus,
    signed_on: date,
    entered_on: date,
    late: bool,
    late_days: int,
    today: date,
    settings: AlertSettings,
) -> Alert | None:
    """An agreement entered ``late`` (the register's rule, ``rebate_records.is_late``, with
    its ``late_days``), while the late entry is recent news and the agreement lives."""
    recent = (today - entered_on).days <= settings.rebate_late_recent_days
    if not late or status not in LATE_ENTRY_STATUSES or not recent:
        return None
    delay = (entered_on - signed_on).days
    due = signed_on + timedelta(days=late_days)
    return Alert(
        kind=AlertKind.REBATE_LATE,
        key=alert_key(AlertKind.REBATE_LATE, agreement_id),
        account_id=account_id,
        account_name=account_name,
        object_id=agreement_id,
        title=TITLES[5],
        params=(("number", number), ("delay", delay), ("limit", late_days), ("due", due)),
        severity=Severity.AMBER,
        due=due,
        days_late=delay - late_days,
        fingerprint=f"{signed_on.isoformat()}|{entered_on.isoformat()}",
    )


def rebate_inactive_alert(
    agreement_id: uuid.UUID,
    number: str,
    account_id: uuid.UUID,
    account_name: str,
    status: RebateStatus,
    signed_on: date,
    period_start: date,
    today: date,
) -> Alert | None:
    """A signed agreement still a draft or awaiting approval: red once its period has
    begun (accruals are being missed), amber before."""
    if status not in NOT_ACTIVE_STATUSES:
        return None
    title = TITLES[6] if status is RebateStatus.DRAFT else TITLES[7]
    return Alert(
        kind=AlertKind.REBATE_NOT_ACTIVE,
        key=alert_key(AlertKind.REBATE_NOT_ACTIVE, agreement_id),
        account_id=account_id,
        account_name=account_name,
        object_id=agreement_id,
        title=title,
        params=(("number", number), ("signed", signed_on), ("start", period_start)),
        severity=Severity.RED if period_start <= today else Severity.AMBER,
        due=period_start,
        days_late=(today - signed_on).days,
        fingerprint=f"{status.value}|{signed_on.isoformat()}",
    )


def issue_alert(
    issue_id: uuid.UUID,
    number: str,
    account_id: uuid.UUID,
    account_name: str,
    status: IssueStatus,
    deadline: date,
    today: date,
) -> Alert | None:
    """An open issue past its deadline day (due today is not yet past)."""
    days = days_overdue(status, deadline, today)
    if days <= 0:
        return None
    return Alert(
        kind=AlertKind.ISSUE_OVERDUE,
        key=alert_key(AlertKind.ISSUE_OVERDUE, issue_id),
        account_id=account_id,
        account_name=account_name,
        object_id=issue_id,
        title=TITLES[8] if days == 1 else TITLES[9],
        params=(("number", number), ("days", days), ("due", deadline)),
        severity=Severity.RED,
        due=deadline,
        days_late=days,
        fingerprint=deadline.isoformat(),
    )


def gap_percent(actual: Decimal, target: Decimal) -> Decimal | None:
    """How far ``actual`` falls short of ``target``, in % of the target, to 0.1 (negative
    when above it; None without a positive target)."""
    if target <= 0:
        return None
    return ((target - actual) / target * HUNDRED).quantize(Decimal("0.1"), ROUND_HALF_UP)


def sales_alert(
    account_id: uuid.UUID,
    account_name: str,
    measure: Measure,
    month: date,
    actual: Decimal,
    target: Decimal,
    settings: AlertSettings,
    currency: str = "EUR",
) -> Alert | None:
    """The month's ``measure`` is more than ``sales_gap_percent`` below target; red when it
    is more than twice that far below. ``actual`` and ``target`` are amounts in
    ``currency`` (the account's), said with it (``domain.money.format_money``)."""
    gap = gap_percent(actual, target)
    if gap is None or gap <= settings.sales_gap_percent:
        return None
    return Alert(
        kind=AlertKind.SALES_BELOW_TARGET,
        key=alert_key(AlertKind.SALES_BELOW_TARGET, account_id, measure.value),
        account_id=account_id,
        account_name=account_name,
        object_id=account_id,
        title=_SALES_TITLES[measure],
        params=(
            ("month", month),
            ("gap", percent(gap)),  # "18.0%", as the reader's language writes it
            ("actual", actual),
            ("target", target),
            ("currency", currency),
            ("measure", measure),  # what Plan vs actual shows when the alert is opened
        ),
        severity=Severity.RED if gap > 2 * settings.sales_gap_percent else Severity.AMBER,
        due=month,
        days_late=0,
        fingerprint=month.isoformat(),
        amount=gap,
    )


# -- ranking and hiding ---------------------------------------------------------------------
def sort_key(alert: Alert) -> tuple[object, ...]:
    """Red before amber; then the latest first (and the widest sales gap); then by kind,
    account and key, so equal alerts always come in the same order."""
    return (
        SEVERITY_RANK[alert.severity],
        -alert.days_late,
        -(alert.amount or 0),
        KIND_RANK[alert.kind],
        alert.account_name,
        alert.key,
    )


def ordered(alerts: Iterable[Alert]) -> list[Alert]:
    return sorted(alerts, key=sort_key)


def hides(dismissal: Dismissal | None, alert: Alert, today: date) -> bool:
    """Whether ``dismissal`` keeps ``alert`` out of the list today (see the module doc)."""
    if dismissal is None:
        return False
    if dismissal.until is not None:
        return today < dismissal.until
    return dismissal.fingerprint == alert.fingerprint


def apply_dismissals(
    alerts: Iterable[Alert],
    dismissals: Mapping[str, Dismissal],
    today: date,
    include_hidden: bool = False,
) -> list[Alert]:
    """The alerts still to show, ordered; with ``include_hidden`` the hidden ones too, each
    carrying the dismissal that hides it."""
    shown: list[Alert] = []
    for alert in alerts:
        dismissal = dismissals.get(alert.key)
        if hides(dismissal, alert, today):
            if include_hidden:
                shown.append(replace(alert, dismissal=dismissal))
        else:
            shown.append(alert)
    return ordered(shown)


def snooze_problem(until: date | None, today: date) -> str | None:
    """A sentence when ``until`` cannot be a snooze date, else None."""
    if until is None or until <= today:
        return QT_TRANSLATE_NOOP("messages", "Choose a day after today to snooze until.")
    return None


def dismiss_problem(reason: str | None) -> str | None:
    """A sentence when a dismissal has no reason, else None."""
    if not (reason or "").strip():
        return QT_TRANSLATE_NOOP(
            "messages", "Say why you dismiss this alert; the reason is kept with it."
        )
    return None


def next_monday(today: date) -> date:
    """The Monday after ``today`` (a week ahead when today is a Monday)."""
    return today + timedelta(days=7 - today.weekday())
