"""The alert list on the S demo: each kind appears for its case and not at its boundary;
snoozes return on their day, dismissals need a reason and last until the fact changes."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, update

from acct_desktop.domain.alerts import (
    Alert,
    AlertKind,
    AlertSettings,
    Dismissal,
    Severity,
    gap_percent,
    hides,
    issue_alert,
    next_monday,
    ordered,
    quote_alert,
    sales_alert,
    visit_alert,
)
from acct_desktop.domain.enums import (
    IssueStatus,
    Measure,
    QuoteStatus,
    RebateKind,
    VisitPurpose,
    VisitStatus,
)
from acct_desktop.services.alerts import AlertRefused, AlertService
from acct_desktop.services.rebate_records import RebateDraft, RebateRecords
from acct_desktop.services.sales import SalesService
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models import (
    Account,
    CustomerIssue,
    Quote,
    Target,
    Visit,
    VisitCycle,
)
from acct_desktop.store.models.alerts import AlertDismissal
from tests.conftest import DEMO_TODAY

D = Decimal
TODAY = DEMO_TODAY
OCTOBER = date(2026, 10, 1)  # the last complete month before DEMO_TODAY


@pytest.fixture
def db(demo_db: Path) -> Iterator[Database]:
    database = open_database(demo_db)
    # Until the lead registers the model and migration 0009, create the table here.
    AlertDismissal.__table__.create(database.engine, checkfirst=True)  # type: ignore[attr-defined]
    yield database
    database.close()


@pytest.fixture
def service(db: Database) -> AlertService:
    return AlertService(db, "territory.manager", today=lambda: TODAY)


def keys(alerts: list[Alert], kind: AlertKind | None = None) -> set[str]:
    return {a.key for a in alerts if kind is None or a.kind is kind}


def by_key(service: AlertService, key: str, today: date = TODAY) -> Alert | None:
    return next((a for a in service.alerts(today) if a.key == key), None)


# -- the rules, without a database -----------------------------------------------------------
ACCOUNT = uuid.UUID(int=1)


def test_a_visit_is_overdue_the_day_after_its_cycle_ends_and_never_visited_is_not() -> None:
    assert visit_alert(ACCOUNT, "A", TODAY - timedelta(days=14), 14, TODAY) is None
    late = visit_alert(ACCOUNT, "A", TODAY - timedelta(days=15), 14, TODAY)
    assert late is not None and late.days_late == 1 and late.text == "Visit 1 day overdue"
    assert late.severity is Severity.RED and late.key == f"visit_overdue:{ACCOUNT}"
    assert visit_alert(ACCOUNT, "A", None, 14, TODAY) is None


def test_an_overdue_visit_with_a_visit_booked_says_so_and_ranks_below_the_unbooked() -> None:
    last = TODAY - timedelta(days=90)
    booked_day = TODAY + timedelta(days=10)
    booked = visit_alert(ACCOUNT, "Booked", last, 14, TODAY, booked=booked_day)
    not_booked = visit_alert(uuid.UUID(int=2), "Not booked", last + timedelta(5), 14, TODAY)
    assert booked is not None and not_booked is not None
    assert booked.text == f"Visit 76 days overdue · visit booked {booked_day}"
    assert booked.booked == booked_day and not_booked.booked is None
    assert (booked.severity, not_booked.severity) == (Severity.AMBER, Severity.RED)
    # the longer overdue one, booked, comes after the one with nothing booked
    assert ordered([booked, not_booked]) == [not_booked, booked]
    # booking keeps the alert's key and fingerprint: a dismissal of it still holds
    plain = visit_alert(ACCOUNT, "Booked", last, 14, TODAY)
    assert plain is not None
    assert (booked.key, booked.fingerprint) == (plain.key, plain.fingerprint)
    # a visit left "planned" on a past day books nothing
    stale = visit_alert(ACCOUNT, "Booked", last, 14, TODAY, booked=TODAY - timedelta(1))
    assert stale is not None and stale.booked is None and stale.severity is Severity.RED
    today = visit_alert(ACCOUNT, "Booked", last, 14, TODAY, booked=TODAY)
    assert today is not None and today.booked == TODAY


@pytest.mark.parametrize(
    ("left", "expected"),
    [(-1, None), (0, "Q-1 expires today"), (1, "Q-1 expires tomorrow"),
     (7, "Q-1 expires in 7 days"), (8, None)],
)  # fmt: skip
def test_an_open_quote_alerts_from_n_days_before_its_validity_ends(left, expected) -> None:
    alert = quote_alert(
        uuid.uuid4(), "Q-1", ACCOUNT, "A", QuoteStatus.SENT, TODAY + timedelta(days=left), TODAY,
        AlertSettings(quote_days=7),
    )  # fmt: skip
    assert (alert.text if alert else None) == expected
    if alert is not None:
        assert alert.severity is (Severity.RED if left == 0 else Severity.AMBER)


@pytest.mark.parametrize("status", [QuoteStatus.ACCEPTED, QuoteStatus.EXPIRED, QuoteStatus.ORDERED])
def test_a_decided_or_expired_quote_never_alerts(status: QuoteStatus) -> None:
    assert (
        quote_alert(uuid.uuid4(), "Q", ACCOUNT, "A", status, TODAY, TODAY, AlertSettings()) is None
    )


def test_an_issue_due_today_is_not_past_its_deadline_one_due_yesterday_is() -> None:
    issue = uuid.uuid4()
    assert issue_alert(issue, "IS-1", ACCOUNT, "A", IssueStatus.OPEN, TODAY, TODAY) is None
    late = issue_alert(
        issue, "IS-1", ACCOUNT, "A", IssueStatus.IN_PROGRESS, TODAY - timedelta(1), TODAY
    )
    assert late is not None and late.text == "Issue IS-1 1 day past deadline"
    resolved = issue_alert(
        issue, "IS-1", ACCOUNT, "A", IssueStatus.RESOLVED, date(2026, 1, 1), TODAY
    )
    assert resolved is None


@pytest.mark.parametrize(
    ("actual", "target", "severity"),
    [(D("90.00"), D("100.00"), None), (D("89.90"), D("100.00"), Severity.AMBER),
     (D("80.00"), D("100.00"), Severity.AMBER), (D("79.90"), D("100.00"), Severity.RED),
     (D("50.00"), D("0.00"), None), (D("120.00"), D("100.00"), None)],
)  # fmt: skip
def test_sales_alert_only_more_than_the_gap_below_target(actual, target, severity) -> None:
    alert = sales_alert(ACCOUNT, "A", Measure.SELL_IN, OCTOBER, actual, target, AlertSettings())
    assert (alert.severity if alert else None) is severity
    if alert is not None:
        assert alert.amount == gap_percent(actual, target)
        # what fell short and by how much first, the month last: a narrow list cuts the end
        gap = f"{alert.amount}%"
        assert alert.text == f"Sell-in {gap} below target · 2026-10-01"


def test_a_snooze_hides_until_its_day_and_a_dismissal_until_the_fact_changes() -> None:
    alert = issue_alert(
        uuid.uuid4(), "IS-1", ACCOUNT, "A", IssueStatus.OPEN, TODAY - timedelta(3), TODAY
    )
    assert alert is not None
    at = datetime(2026, 11, 2, 8, tzinfo=UTC)
    snooze = Dismissal(alert.key, TODAY + timedelta(days=2), "", "me", at, None)
    assert hides(snooze, alert, TODAY + timedelta(days=1))
    assert not hides(snooze, alert, TODAY + timedelta(days=2))
    dismissal = Dismissal(alert.key, None, "Agreed by phone", "me", at, alert.fingerprint)
    assert hides(dismissal, alert, TODAY + timedelta(days=300))
    moved = replace(alert, fingerprint=(TODAY - timedelta(days=1)).isoformat())
    assert not hides(dismissal, moved, TODAY)


def test_order_is_red_first_then_latest_first_and_the_same_for_any_input_order() -> None:
    def issue(days: int, name: str) -> Alert:
        issue_id = uuid.uuid5(uuid.NAMESPACE_OID, f"{days}{name}")
        deadline = TODAY - timedelta(days)
        alert = issue_alert(issue_id, "IS", ACCOUNT, name, IssueStatus.OPEN, deadline, TODAY)
        assert alert is not None
        return alert

    amber = quote_alert(uuid.uuid4(), "Q", ACCOUNT, "A", QuoteStatus.SENT, TODAY + timedelta(3),
                        TODAY, AlertSettings())  # fmt: skip
    alerts = [issue(2, "B"), issue(9, "A"), issue(2, "A"), amber]
    expected = ordered(alerts)
    assert expected == [alerts[1], alerts[2], alerts[0], amber]  # ties: by account name
    for seed in range(5):
        shuffled = alerts[:]
        random.Random(seed).shuffle(shuffled)
        assert ordered(shuffled) == expected


def test_next_monday_is_the_coming_monday() -> None:
    assert next_monday(date(2026, 11, 2)) == date(2026, 11, 9)  # a Monday
    assert next_monday(date(2026, 11, 8)) == date(2026, 11, 9)  # a Sunday


# -- on the S demo ------------------------------------------------------------------------------
def test_the_demo_has_alerts_of_every_area_in_a_stable_order(service: AlertService) -> None:
    alerts = service.alerts(TODAY)
    kinds = {a.kind for a in alerts}
    assert {AlertKind.VISIT_OVERDUE, AlertKind.ISSUE_OVERDUE, AlertKind.QUOTE_EXPIRING} <= kinds
    assert AlertKind.SALES_BELOW_TARGET in kinds
    assert alerts == service.alerts(TODAY)
    ranks = [0 if a.severity is Severity.RED else 1 for a in alerts]
    assert ranks == sorted(ranks)
    assert len(keys(alerts)) == len(alerts)


def test_the_demo_has_a_rebate_entered_late_within_the_alerts_window(service) -> None:
    late = [a for a in service.alerts(TODAY) if a.kind is AlertKind.REBATE_LATE]
    assert len(late) == 1
    args = late[0].arguments
    assert args["delay"] == 16 and args["limit"] == 7  # signed 21 days ago, entered 5 ago
    assert late[0].text.startswith(f"Rebate {args['number']} entered late: 16 days after")


def test_the_settings_choose_the_kinds(service: AlertService) -> None:
    only = AlertSettings(kinds=frozenset({AlertKind.ISSUE_OVERDUE}))
    assert {a.kind for a in service.alerts(TODAY, only)} == {AlertKind.ISSUE_OVERDUE}


def test_quotes_alert_up_to_n_days_ahead_not_one_day_more(db, service) -> None:
    with db.session() as session:
        first, second = session.scalars(
            select(Quote).where(Quote.status == QuoteStatus.ACCEPTED).order_by(Quote.number)
        ).all()[:2]
        for quote, days in ((first, 7), (second, 8)):
            quote.status = QuoteStatus.SENT
            quote.valid_until = TODAY + timedelta(days=days)
        ids = first.id, second.id
    found = keys(service.alerts(TODAY), AlertKind.QUOTE_EXPIRING)
    assert f"quote_expiring:{ids[0]}" in found and f"quote_expiring:{ids[1]}" not in found
    wider = keys(service.alerts(TODAY, AlertSettings(quote_days=8)), AlertKind.QUOTE_EXPIRING)
    assert f"quote_expiring:{ids[1]}" in wider


def test_issues_alert_the_day_after_their_deadline(db, service) -> None:
    with db.session() as session:
        due_today, due_yesterday = session.scalars(
            select(CustomerIssue.id)
            .where(CustomerIssue.status == IssueStatus.OPEN)
            .order_by(CustomerIssue.number)
        ).all()[:2]
        for issue_id, day in ((due_today, TODAY), (due_yesterday, TODAY - timedelta(days=1))):
            session.execute(
                update(CustomerIssue).where(CustomerIssue.id == issue_id).values(deadline=day)
            )
    found = {a.key: a for a in service.alerts(TODAY) if a.kind is AlertKind.ISSUE_OVERDUE}
    assert f"issue_overdue:{due_today}" not in found
    assert found[f"issue_overdue:{due_yesterday}"].days_late == 1


def test_a_visit_is_overdue_one_day_after_the_accounts_own_cycle(db, service) -> None:
    with db.session() as session:
        own = select(VisitCycle.account_id).where(VisitCycle.account_id.is_not(None))
        account = session.scalars(
            select(Account.id).where(Account.id.not_in(own)).order_by(Account.code)
        ).first()
        session.execute(
            update(Visit).where(Visit.account_id == account).values(archived_at=datetime.now(UTC))
        )
        session.add(VisitCycle(account_id=account, interval_days=10))
        visit = Visit(
            account_id=account,
            planned_start=datetime.combine(TODAY - timedelta(days=10), time(9), tzinfo=UTC),
            planned_end=datetime.combine(TODAY - timedelta(days=10), time(10), tzinfo=UTC),
            purpose=VisitPurpose.SERVICE,
            status=VisitStatus.DONE,
        )
        session.add(visit)
    key = f"visit_overdue:{account}"
    assert by_key(service, key) is None
    late = by_key(service, key, TODAY + timedelta(days=1))
    assert late is not None and late.days_late == 1 and late.due == TODAY


def test_an_overdue_account_with_a_planned_visit_ahead_is_booked_for_its_first_one(
    db, service
) -> None:
    overdue = [a for a in service.alerts(TODAY) if a.kind is AlertKind.VISIT_OVERDUE]
    plain = [a for a in overdue if a.booked is None]
    assert len(plain) >= 3
    first, second, third = (a.account_id for a in plain[:3])

    def visit(account: uuid.UUID, day: date, status: VisitStatus, hour: int = 9) -> Visit:
        start = datetime.combine(day, time(hour)).astimezone()
        return Visit(
            account_id=account,
            planned_start=start,
            planned_end=start + timedelta(hours=1),
            purpose=VisitPurpose.SERVICE,
            status=status,
        )

    with db.session() as session:
        session.add_all(
            [
                visit(first, TODAY + timedelta(days=9), VisitStatus.PLANNED),
                visit(first, TODAY + timedelta(days=3), VisitStatus.PLANNED, 16),
                visit(first, TODAY + timedelta(days=1), VisitStatus.CANCELLED),
                visit(second, TODAY, VisitStatus.PLANNED, 8),  # later today: booked
                visit(third, TODAY - timedelta(days=1), VisitStatus.PLANNED),  # stale
            ]
        )
    found = {a.account_id: a for a in service.alerts(TODAY) if a.kind is AlertKind.VISIT_OVERDUE}
    assert found[first].booked == TODAY + timedelta(days=3)
    assert found[first].severity is Severity.AMBER
    assert found[second].booked == TODAY
    assert found[third].booked is None and found[third].severity is Severity.RED
    assert len(found) == len(overdue)  # booked, still overdue: listed, not dropped


def test_rebates_entered_late_days_after_signing_are_on_time_one_more_is_late(db) -> None:
    records = RebateRecords(db, actor="tester", today=lambda: TODAY)
    with db.session() as session:
        account = session.scalars(select(Account.id).order_by(Account.code)).first()
    late_days = records.late_entry_days()
    signed = TODAY - timedelta(days=20)
    before = keys(AlertService(db, "tester").alerts(TODAY), AlertKind.REBATE_LATE)

    def enter(delay: int) -> uuid.UUID:
        draft = RebateDraft(
            account_id=account,
            kind=RebateKind.FIXED_PERCENT,
            period_start=TODAY + timedelta(days=30),
            period_end=TODAY + timedelta(days=395),
            currency="EUR",
            signed_on=signed,
            entered_on=signed + timedelta(days=delay),
            fixed_percent=D(2),
        )
        return records.create(draft).agreement_id

    on_time, late = enter(late_days), enter(late_days + 1)
    alerts = AlertService(db, "tester").alerts(TODAY)
    assert keys(alerts, AlertKind.REBATE_LATE) - before == {f"rebate_late:{late}"}
    inactive = {a.key: a for a in alerts if a.kind is AlertKind.REBATE_NOT_ACTIVE}
    assert set(inactive) == {f"rebate_not_active:{on_time}", f"rebate_not_active:{late}"}
    assert all(a.severity is Severity.AMBER for a in inactive.values())  # period not begun
    assert "still a draft" in inactive[f"rebate_not_active:{late}"].text


def test_sales_compare_the_last_month_with_the_target_and_skip_accounts_without_one(
    db, service
) -> None:
    with db.session() as session:
        target = session.scalars(
            select(Target)
            .where(
                Target.period_kind == "month",
                Target.period_start == OCTOBER,
                Target.measure == Measure.SELL_IN,
            )
            .order_by(Target.account_id)
        ).first()
        account, target_id = target.account_id, target.id
    _currency, months = SalesService(db).monthly(account, months=1)
    actual = next(m.sell_in for m in months if m.period == OCTOBER)
    key = f"sales_below_target:{account}:sell_in"

    def set_target(amount: Decimal | None) -> Alert | None:
        with db.session() as session:
            row = session.get(Target, target_id)
            if amount is None:
                session.delete(row)
            else:
                row.amount = amount
        return by_key(service, key)

    assert set_target((actual / D("0.9")).quantize(D("0.01"))) is None  # exactly 10.0 % below
    below = set_target((actual / D("0.899")).quantize(D("0.01")))
    assert below is not None and below.amount == D("10.1") and below.due == OCTOBER
    assert below.arguments["actual"] == actual
    assert set_target(None) is None  # no target, nothing to say


def test_no_sales_alert_for_a_month_not_imported_yet(service: AlertService) -> None:
    december = service.alerts(date(2026, 12, 2))  # November's sales are not in the demo
    assert not keys(december, AlertKind.SALES_BELOW_TARGET)


def test_a_snoozed_alert_comes_back_on_its_day(service: AlertService) -> None:
    alert = service.alerts(TODAY)[0]
    service.snooze(alert.key, TODAY + timedelta(days=3), "Call on Thursday")
    assert alert.key not in keys(service.alerts(TODAY + timedelta(days=2)))
    assert alert.key in keys(service.alerts(TODAY + timedelta(days=3)))
    hidden = {a.key: a for a in service.alerts(TODAY, include_hidden=True)}[alert.key]
    assert hidden.dismissal is not None and hidden.dismissal.until == TODAY + timedelta(days=3)
    for bad in (TODAY, TODAY - timedelta(days=1)):
        with pytest.raises(AlertRefused, match="after today"):
            service.snooze(alert.key, bad)


def test_a_dismissal_needs_a_reason_and_lasts_until_the_deadline_changes(db, service) -> None:
    alert = next(a for a in service.alerts(TODAY) if a.kind is AlertKind.ISSUE_OVERDUE)
    for reason in ("", "   "):
        with pytest.raises(AlertRefused, match="Say why"):
            service.dismiss(alert.key, reason, alert.fingerprint)
    changed = service.dismiss(alert.key, "Customer agreed to wait for the new packaging.",
                              alert.fingerprint)  # fmt: skip
    assert changed.keys == (alert.key,) and changed.hidden
    assert alert.key not in keys(service.alerts(TODAY + timedelta(days=30)))
    assert alert.key in keys(AlertService(db, "colleague").alerts(TODAY))  # personal
    with db.session() as session:
        session.execute(
            update(CustomerIssue)
            .where(CustomerIssue.id == alert.object_id)
            .values(deadline=alert.due - timedelta(days=1))
        )
    assert alert.key in keys(service.alerts(TODAY))  # a new deadline, missed again


def test_restoring_shows_the_alert_again(service: AlertService) -> None:
    alert = service.alerts(TODAY)[-1]
    service.dismiss(alert.key, "Handled elsewhere", alert.fingerprint)
    service.snooze(alert.key, TODAY + timedelta(days=7))  # a later snooze replaces it
    assert service.dismissals()[alert.key].until == TODAY + timedelta(days=7)
    assert not service.restore(alert.key).hidden
    assert alert.key in keys(service.alerts(TODAY)) and alert.key not in service.dismissals()


def test_put_back_undoes_a_dismissal_to_the_snooze_before_it_or_to_shown(
    service: AlertService,
) -> None:
    """Undo of a dismissal (Ctrl+Z in the Alerts dock) puts back what was before it: the
    earlier snooze with its note and date, or nothing (shown)."""
    alert = service.alerts(TODAY)[-1]
    service.snooze(alert.key, TODAY + timedelta(days=7), "Call on Monday")
    snoozed = service.dismissals()[alert.key]
    service.dismiss(alert.key, "Handled elsewhere", alert.fingerprint)
    assert service.put_back(alert.key, snoozed).hidden
    assert service.dismissals()[alert.key] == snoozed
    assert not service.put_back(alert.key, None).hidden
    assert alert.key not in service.dismissals() and alert.key in keys(service.alerts(TODAY))


def test_a_parents_target_covers_its_branches_targets_instead_of_adding_them(db, service) -> None:
    with db.session() as session:
        target = session.scalars(
            select(Target)
            .join(Account, Account.parent_id == Target.account_id)
            .where(
                Target.period_kind == "month",
                Target.period_start == OCTOBER,
                Target.measure == Measure.SELL_IN,
            )
            .order_by(Target.account_id)
        ).first()
        parent, measure, currency = target.account_id, target.measure, target.currency
        child = session.scalar(select(Account.id).where(Account.parent_id == parent).limit(1))
    _currency, months = SalesService(db).monthly(parent, months=1)
    actual = next(m.sell_in for m in months if m.period == OCTOBER)
    own = (actual / D("0.8")).quantize(D("0.01"))  # 20 % behind its own plan
    with db.session() as session:
        session.get(Target, target.id).amount = own
        session.add(
            Target(
                period_kind="month", period_start=OCTOBER, account_id=child, measure=measure,
                amount=D("999999999.00"), currency=currency,
            )
        )  # fmt: skip
    alert = by_key(service, f"sales_below_target:{parent}:sell_in")
    assert alert is not None and alert.arguments["target"] == own  # not own + the branch's
    assert alert.amount == D("20.0")
    assert by_key(service, f"sales_below_target:{child}:sell_in") is not None
