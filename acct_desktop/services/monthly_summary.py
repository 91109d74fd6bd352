"""What the monthly summary for the boss says: a month (and optionally a territory) as one
plain content object, gathered here and printed by ``reporting.monthly_summary_pdf``.

* **Figures**: each measure's actual against target in the month, per currency. Flows add up,
  stock is the month's closing level (see :mod:`acct_desktop.services.sales_report`).
  Targets are ``Target`` rows with ``period_kind='month'`` for the month: the rows of accounts
  in scope (all accounts, or those of the territory and its sub-territories), plus, with a
  territory, the territory's own rows.
* **Trend**: sell-in against target for the twelve months ending with this one.
* **Behind / ahead of plan**: accounts with a sell-in target of their own for the month,
  judged on everything below them (their actual covers their whole subtree), ranked by
  variance in percent (comparable across currencies); ten each.
* **Plan execution**: visit compliance = visits done ÷ visits planned in the month (planned
  = starting in the month and not cancelled: planned, done or missed; in a month in
  progress only those planned up to today, as the KPI dashboard's "This month" counts);
  replenishment = outbound actual ÷ outbound target; promotion participation = done visits
  that take part ÷ done visits where the question was answered.
* **Discrepancy forms** written for the month; **open customer issues** (past deadline first).
* **Next month's focus**: the largest year-to-date sell-in gaps to plan, the visits planned
  next month, quotes whose validity ends next month.
* **Commentary**: the manager's text per section (:mod:`.monthly_commentary`).

A month still in progress on the day it is printed is compared to date, as in Plan vs
actual: where a measure's figures reach only some day, the month's targets count its days
up to that day (``plan_actuals.figures_reach``); the heading says how far the figures go.

A month that is over without one sales figure (of any measure) in scope — nothing was
imported for it, or not for the territory's accounts — is refused
(``MonthWithoutFigures``, naming the nearest months that have figures): its summary would
be a plausible page of zeros, or of targets against nothing. Asked for all the same
(``allow_empty``), the summary is marked ``no_figures``: every measure counts as not in
(no zero actuals, nobody ranked behind plan), the year-to-date gaps stop at the month
before, and the PDF says so on its first page.
"""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select

from acct_desktop.domain.alerts import AlertSettings
from acct_desktop.domain.enums import Measure, VisitStatus
from acct_desktop.domain.sales_metrics import (
    PlanFigures,
    Standing,
    prorated,
    standing,
    subtree_totals,
)
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Month, Sentence, says_code
from acct_desktop.services.monthly_commentary import MonthlyCommentaryService
from acct_desktop.services.monthly_summary_content import (
    MAX_LISTED,
    OPEN_ISSUES,
    OPEN_QUOTES,
    TOP,
    ZERO,
    AccountPlan,
    DiscrepancyLine,
    IssueLine,
    MeasureFigure,
    MonthlySummary,
    NextFocus,
    PlanExecution,
    PlanLine,
    QuoteExpiring,
    TrendMonth,
    VisitDue,
    add_months,
)
from acct_desktop.services.plan_actuals import (
    Period,
    PlanActuals,
    awaits_figures,
    covered_months,
    figures_reach,
)
from acct_desktop.services.sales_report import (
    GroupBy,
    SalesQuery,
    accounts_in_territory,
    sales_report,
)
from acct_desktop.services.visit_owners import visit_owner
from acct_desktop.store.database import Database
from acct_desktop.store.models import (
    Account,
    CustomerIssue,
    DiscrepancyForm,
    Quote,
    SalesFact,
    Target,
    Territory,
    Visit,
)


class MonthlySummaryRefused(ValueError):
    """The summary cannot be made as asked; the message is one sentence for the user."""


class MonthWithoutFigures(MonthlySummaryRefused):
    """The month is over and no sales figure of any measure was imported for it in scope
    (a month with targets only is as empty of results); ``before`` and ``after``: the
    nearest months that have figures in scope (None when there is none)."""

    def __init__(
        self, sentence: Sentence, month: date, before: date | None, after: date | None
    ) -> None:
        super().__init__(sentence)
        self.month, self.before, self.after = month, before, after


def territory_choice(db: Database, code: str) -> uuid.UUID:
    """The id of the territory with ``code``; refused in a sentence when there is none."""
    with db.session() as session:
        found = session.scalar(select(Territory.id).where(Territory.code == code))
    if found is None:
        raise MonthlySummaryRefused(
            Sentence.of(QT_TRANSLATE_NOOP("messages", "No territory has the code %1."), code)
        )
    return found


def gather_monthly_summary(
    db: Database,
    month: date,
    territory_id: uuid.UUID | None = None,
    *,
    manager: str = "",
    today: date | None = None,
    allow_empty: bool = False,
) -> MonthlySummary:
    """The summary of ``month`` for a territory (with its sub-territories) or everything,
    as on ``today``: a month in progress to date; a month that has not begun is refused
    (its summary would be a plausible-looking page of nothing), and so is a month that is
    over without a sales figure in scope (``MonthWithoutFigures``) unless ``allow_empty``
    (the summary then says so: ``MonthlySummary.no_figures``)."""
    month = month.replace(day=1)
    as_of = today or date.today()
    if month > as_of:
        raise MonthlySummaryRefused(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "%1 has not begun yet (today is %2): choose this month, summed up to "
                    "date, or an earlier one.",
                ),
                Month(month),
                as_of,
            )
        )
    missing = without_figures(db, month, territory_id, as_of)
    if missing is not None and not allow_empty:
        raise missing
    reader = _Reader(db, month, territory_id, as_of, no_figures=missing is not None)
    territory = reader.territory()
    behind, ahead = reader.behind_and_ahead()
    issues, issues_total = reader.open_issues(as_of)
    return MonthlySummary(
        month=month,
        territory_code=territory[0] if territory else None,
        territory_name=territory[1] if territory else None,
        manager=(territory[2] if territory and territory[2] else manager) or "",
        as_of=as_of,
        figures_to=reader.figures_to(),
        figures_to_by_currency=reader.figures_to_by_currency(),
        sell_in_awaited_in=reader.unranked,
        awaiting=reader.awaiting,
        figures=reader.figures(),
        trend=reader.trend(),
        behind=behind,
        ahead=ahead,
        outbound_behind=reader.outbound_behind(),
        no_figures=reader.no_figures,
        execution=reader.execution(),
        discrepancies=reader.discrepancies(),
        issues=issues,
        issues_total=issues_total,
        focus=reader.next_focus(),
        commentary=MonthlyCommentaryService(db).read(month, territory_id),
    )


def without_figures(
    db: Database, month: date, territory_id: uuid.UUID | None, today: date
) -> MonthWithoutFigures | None:
    """The refusal of ``month`` when it is over on ``today`` and not one sales figure of
    any measure was imported for it in scope (all accounts, or the territory's and its
    sub-territories'), naming the nearest months that have figures; None when it has
    figures or is still in progress (its heading then says the figures are awaited)."""
    month = month.replace(day=1)
    last_day = date.fromordinal(add_months(month, 1).toordinal() - 1)
    if today <= last_day:
        return None
    scope = [SalesFact.account_id.in_(accounts_in_territory(territory_id))] if territory_id else []
    with db.session() as session:
        found = session.scalar(
            select(SalesFact.id)
            .where(SalesFact.period >= month, SalesFact.period <= last_day, *scope)
            .limit(1)
        )
        if found is not None:
            return None
        before = session.scalar(
            select(func.max(SalesFact.period)).where(SalesFact.period < month, *scope)
        )
        after = session.scalar(
            select(func.min(SalesFact.period)).where(SalesFact.period > last_day, *scope)
        )
        territory = (
            session.execute(
                select(Territory.code, Territory.name).where(Territory.id == territory_id)
            ).one_or_none()
            if territory_id
            else None
        )
    before = before.replace(day=1) if before is not None else None
    after = after.replace(day=1) if after is not None else None
    where: str = Month(month)
    if territory is not None:
        code, name = territory
        where = Sentence.of(
            QT_TRANSLATE_NOOP("messages", "%1 in territory %2"),
            where,
            name if says_code(name, code) else (f"{name} ({code})" if name else code),
        )
    nearest = [m for m in (before, after) if m is not None]
    if len(nearest) == 2:
        sentence = Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages",
                "No sales figures were imported for %1; the nearest months with figures are "
                "%2 and %3.",
            ),
            where,
            *(Month(m) for m in nearest),
        )
    elif nearest:
        sentence = Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages",
                "No sales figures were imported for %1; the nearest month with figures is %2.",
            ),
            where,
            Month(nearest[0]),
        )
    else:
        sentence = Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages", "No sales figures were imported for %1, nor for any other month."
            ),
            where,
        )
    return MonthWithoutFigures(sentence, month, before, after)


class _Reader:
    """The queries behind one summary, scoped to a month and optional territory."""

    def __init__(
        self,
        db: Database,
        month: date,
        territory_id: uuid.UUID | None,
        as_of: date,
        *,
        no_figures: bool = False,
    ) -> None:
        self.db, self.month, self.territory_id, self.as_of = db, month, territory_id, as_of
        self.no_figures = no_figures  # printed all the same: nothing is in, nothing ranked
        self.thresholds = AlertSettings().plan_thresholds()  # as the Plan vs actual dock
        self.next_month = add_months(month, 1)
        self.last_day = date.fromordinal(self.next_month.toordinal() - 1)
        in_progress = month <= as_of <= self.last_day
        self._reach: dict[tuple[Measure, str | None], date | None] = {}
        self._awaits: dict[tuple[Measure, str | None], bool] = {}
        with db.session() as session:
            self.currencies: list[str] = sorted(
                session.scalars(
                    select(SalesFact.currency)
                    .where(SalesFact.period >= month, SalesFact.period <= self.last_day)
                    .distinct()
                )
            )
            for measure in Measure:
                for currency in (None, *self.currencies):
                    key = (measure, currency)
                    self._reach[key] = figures_reach(
                        session, Period.months(month), measure, as_of, currency
                    )
                    # the Plan vs actual dock's rule, in progress or over: a measure
                    # nobody imported for the month is "no figures", not 0 and −100 %
                    self._awaits[key] = no_figures or awaits_figures(
                        session, Period.months(month), measure, currency
                    )
        self.in_progress = in_progress
        self.unranked: tuple[str, ...] = ()  # currencies whose accounts wait for their sell-in
        # none of these figures are in, in any currency
        self.awaiting = frozenset(m for m in Measure if self._awaits[(m, None)])

    def awaits(self, measure: Measure, currency: str) -> bool:
        """None of the month's ``measure`` in ``currency`` is in (yet, or ever: each
        country's ERP sends its figures on its own day; a currency with no figure of any
        measure in the month has none of this one either)."""
        return self._awaits.get((measure, currency), True)

    def reach(self, measure: Measure, currency: str) -> date | None:
        return self._reach.get((measure, currency))

    def figures_to(self) -> date | None:
        """The month is in progress and its figures go no further than this day."""
        return max((day for day in self._reach.values() if day is not None), default=None)

    def figures_to_by_currency(self) -> dict[str, date]:
        """How far each currency's figures go in the month in progress."""
        reached: dict[str, date] = {}
        for (_measure, currency), day in self._reach.items():
            if currency is not None and day is not None:
                reached[currency] = max(day, reached.get(currency, day))
        return reached

    def _to_date(self, measure: Measure, month: date, amount: Decimal, currency: str) -> Decimal:
        """``amount`` planned for ``month``, to date when it is the month in progress."""
        reach = self.reach(measure, currency)
        if reach is None or month != self.month:
            return amount
        return prorated(amount, month, month, reach, currency)

    # -- scope -----------------------------------------------------------------------------
    def _in_scope(self, column: Any) -> list[Any]:
        if self.territory_id is None:
            return []
        return [column.in_(accounts_in_territory(self.territory_id))]

    def territory(self) -> tuple[str, str, str | None] | None:
        if self.territory_id is None:
            return None
        with self.db.session() as session:
            row = session.execute(
                select(Territory.code, Territory.name, Territory.manager_name).where(
                    Territory.id == self.territory_id
                )
            ).one()
        return row[0], row[1], row[2]

    # -- figures ---------------------------------------------------------------------------
    def _actuals(self, measure: Measure, first: date, last: date) -> dict[tuple[str, str], Any]:
        report = sales_report(
            self.db,
            SalesQuery(
                GroupBy.MONTH, measure, first=first, last=last, territory_id=self.territory_id
            ),
        )
        return {(row.key, row.currency): row.amount for row in report.rows}

    def _targets(self, measure: Measure, first: date, last: date) -> dict[tuple[str, str], Any]:
        """Month plans in scope: (YYYY-MM, currency) → amount, by the Plan vs actual rule
        (a territory's own target, else its top accounts' — an HQ target and its stores'
        are never added together)."""
        totals = PlanActuals(self.db).scope_targets(
            measure,
            first,
            last,
            self.territory_id,
            accounts_in_territory(self.territory_id) if self.territory_id else None,
        )
        return {
            (f"{month:%Y-%m}", currency): self._to_date(measure, month, amount, currency)
            for (month, currency), amount in totals.items()
        }

    def figures(self) -> list[MeasureFigure]:
        key = f"{self.month:%Y-%m}"
        lines: list[MeasureFigure] = []
        for measure in Measure:
            actual = self._actuals(measure, self.month, self.last_day)
            target = self._targets(measure, self.month, self.month)
            for currency in sorted({c for _k, c in actual} | {c for _k, c in target}):
                lines.append(
                    MeasureFigure(
                        actual=actual.get((key, currency), ZERO),
                        target=target.get((key, currency)),
                        currency=currency,
                        measure=measure,
                        awaiting=self.awaits(measure, currency),
                    )
                )
        return lines

    def trend(self) -> dict[str, list[TrendMonth]]:
        first = add_months(self.month, -11)
        actual = self._actuals(Measure.SELL_IN, first, self.last_day)
        target = self._targets(Measure.SELL_IN, first, self.month)
        currencies = sorted({c for _k, c in actual} | {c for _k, c in target})
        months = [add_months(first, i) for i in range(12)]
        # a month without any sell-in of a currency (anywhere: a quiet territory's month is
        # a real zero) was not imported: no bar, not a bar of 0
        span = Period(first, self.last_day)
        with self.db.session() as session:
            imported = {
                (f"{m:%Y-%m}", currency)
                for currency in currencies
                for m in covered_months(session, span, Measure.SELL_IN, currency)
            }
        return {
            currency: [
                TrendMonth(
                    actual=actual.get((f"{m:%Y-%m}", currency), ZERO),
                    target=target.get((f"{m:%Y-%m}", currency)),
                    currency=currency,
                    month=m,
                    awaiting=(f"{m:%Y-%m}", currency) not in imported,
                )
                for m in months
            ]
            for currency in currencies
        }

    # -- accounts against plan -------------------------------------------------------------
    def _account_plans(
        self, first: date, last: date, measure: Measure = Measure.SELL_IN
    ) -> list[AccountPlan]:
        """Accounts in scope with a ``measure`` target of their own between ``first`` and
        ``last`` (months), against the ``measure`` of everything below them."""
        with self.db.session() as session:
            nodes = {
                row.id: row
                for row in session.execute(
                    select(Account.id, Account.parent_id, Account.code, Account.name)
                )
            }
            own = session.execute(
                select(SalesFact.account_id, SalesFact.currency, func.sum(SalesFact.amount))
                .where(
                    SalesFact.measure == measure,
                    SalesFact.period >= first,
                    SalesFact.period <= date.fromordinal(add_months(last, 1).toordinal() - 1),
                )
                .group_by(SalesFact.account_id, SalesFact.currency)
            ).all()
            targets = session.execute(
                select(
                    Target.account_id,
                    Target.currency,
                    Target.period_start,
                    func.sum(Target.amount),
                )
                .where(
                    Target.period_kind == "month",
                    Target.measure == measure,
                    Target.period_start >= first,
                    Target.period_start <= last,
                    Target.account_id.is_not(None),
                    *self._in_scope(Target.account_id),
                )
                .group_by(Target.account_id, Target.currency, Target.period_start)
            ).all()
            span = Period(first, date.fromordinal(add_months(last, 1).toordinal() - 1))
            covered = {  # a month without any figures of the measure was never imported
                currency: covered_months(session, span, measure, currency)
                for currency in {currency for _a, currency, _m, _t in targets}
            }
        parents = {node: row.parent_id for node, row in nodes.items()}
        by_currency: dict[str, dict[uuid.UUID, Decimal]] = {}
        for account_id, currency, amount in own:
            by_currency.setdefault(currency, {})[account_id] = amount
        rolled = {c: subtree_totals(parents, values) for c, values in by_currency.items()}
        planned: dict[tuple[uuid.UUID, str], Decimal] = {}
        for account_id, currency, month, amount in targets:
            if month not in covered[currency] and not first == last == self.month:
                # its plan is not counted against sales nobody imported (the month's own
                # ranking keeps it: ``awaits`` tells who waits for their figures)
                continue
            key = (account_id, currency)
            to_date = self._to_date(measure, month, amount, currency)
            planned[key] = planned.get(key, ZERO) + to_date
        plans = []
        for (account_id, currency), target in planned.items():
            node = nodes.get(account_id)
            if node is None:
                continue
            plans.append(
                AccountPlan(
                    actual=rolled.get(currency, {}).get(account_id, ZERO),
                    target=target,
                    currency=currency,
                    code=node.code,
                    name=node.name,
                    path=_path(nodes, node.parent_id),
                    measure=measure,
                )
            )
        return plans

    def behind_and_ahead(self) -> tuple[list[AccountPlan], list[AccountPlan]]:
        """The ten accounts most behind and the ten most ahead of their sell-in plan
        (none while the month's sell-in is awaited)."""
        if Measure.SELL_IN in self.awaiting:
            return [], []
        plans = [p for p in self._account_plans(self.month, self.month) if p.target]
        awaited = {p.currency for p in plans if self.awaits(Measure.SELL_IN, p.currency)}
        self.unranked = tuple(sorted(awaited))
        plans = [p for p in plans if p.currency not in awaited]
        ranked = sorted(plans, key=lambda p: (p.variance_percent, p.code))
        behind = [p for p in ranked if self.stands(p) == Standing.BEHIND][:TOP]
        ahead = [p for p in reversed(ranked) if self.stands(p) == Standing.AHEAD][:TOP]
        return behind, ahead

    def outbound_behind(self) -> list[AccountPlan]:
        """The ten accounts (distribution centres and branch warehouses: who has an outbound
        target) most behind their outbound plan in the month — replenishment, a core item of
        the month's review; none while the month's outbound is awaited."""
        if Measure.OUTBOUND in self.awaiting:
            return []
        plans = self._account_plans(self.month, self.month, Measure.OUTBOUND)
        plans = [p for p in plans if not self.awaits(Measure.OUTBOUND, p.currency)]
        ranked = sorted(plans, key=lambda p: (p.variance_percent or ZERO, p.code))
        return [p for p in ranked if self.stands(p) == Standing.BEHIND][:TOP]

    def stands(self, plan: AccountPlan) -> str:
        """Behind / on / ahead of plan as the Plan vs actual dock says it (−4 % is on plan
        there, so it is not "behind" here either)."""
        return standing(PlanFigures(plan.actual, plan.target), self.thresholds)

    # -- plan execution --------------------------------------------------------------------
    def execution(self) -> PlanExecution:
        start = datetime.combine(self.month, time(), tzinfo=UTC)
        due_by = self.as_of if self.in_progress else None
        last = self.next_month if due_by is None else due_by + timedelta(days=1)
        end = datetime.combine(last, time(), tzinfo=UTC)
        in_month = [
            Visit.planned_start >= start,
            Visit.planned_start < end,
            Visit.archived_at.is_(None),
            *self._in_scope(Visit.account_id),
        ]
        with self.db.session() as session:
            counts = dict(
                session.execute(
                    select(Visit.status, func.count()).where(*in_month).group_by(Visit.status)
                ).all()
            )
            promotion = dict(
                session.execute(
                    select(Visit.promotion_participation, func.count())
                    .where(
                        *in_month,
                        Visit.status == VisitStatus.DONE,
                        Visit.promotion_participation.is_not(None),
                    )
                    .group_by(Visit.promotion_participation)
                ).all()
            )
        planned = sum(counts.get(s, 0) for s in (VisitStatus.PLANNED, VisitStatus.DONE))
        planned += counts.get(VisitStatus.MISSED, 0)
        key = f"{self.month:%Y-%m}"
        outbound = self._actuals(Measure.OUTBOUND, self.month, self.last_day)
        target = self._targets(Measure.OUTBOUND, self.month, self.month)
        replenishment = [
            PlanLine(
                outbound.get((key, c), ZERO),
                target.get((key, c)),
                c,
                self.awaits(Measure.OUTBOUND, c),
            )
            for c in sorted({c for _k, c in outbound} | {c for _k, c in target})
        ]
        return PlanExecution(
            visits_planned=planned,
            visits_done=counts.get(VisitStatus.DONE, 0),
            replenishment=replenishment,
            promotion_yes=promotion.get(True, 0),
            promotion_answered=promotion.get(True, 0) + promotion.get(False, 0),
            visits_due_by=due_by,
        )

    # -- discrepancies and issues ----------------------------------------------------------
    def discrepancies(self) -> list[DiscrepancyLine]:
        with self.db.session() as session:
            rows = session.execute(
                select(DiscrepancyForm, Account.code, Account.name)
                .join(Account, Account.id == DiscrepancyForm.account_id)
                .where(
                    DiscrepancyForm.period == self.month,
                    *self._in_scope(DiscrepancyForm.account_id),
                )
                .order_by(Account.name, DiscrepancyForm.measure)
            ).all()
        snapshots: dict[tuple[Measure, str], Any] = {}
        lines = []
        for form, code, name in rows:
            key = (form.measure, form.currency)
            if key not in snapshots:  # the figures as the dock shows them today
                snapshots[key] = PlanActuals(self.db).snapshot(
                    Period.months(self.month), form.measure, form.currency, self.as_of
                )
            snapshot = snapshots[key]
            now = (
                snapshot.figures(form.account_id) if form.account_id in snapshot.accounts else None
            )
            lines.append((form, code, name, now))
        return [
            DiscrepancyLine(
                account_code=code,
                account_name=name,
                measure=form.measure.value,
                cause=form.suspected_cause.value,
                action=form.action or "",
                kpi=form.action_kpi or "",
                responsible=form.responsible or "",
                deadline=form.deadline,
                status=form.status.value,
                analysis=(form.analysis or "").strip(),
                actual=form.actual_amount,
                target=form.target_amount,
                currency=form.currency,
                written_on=form.created_at.date() if form.created_at else None,
                current_actual=None if now is None or now.awaiting else now.actual,
                current_target=None if now is None else now.target,
            )
            for form, code, name, now in lines
        ]

    def open_issues(self, as_of: date) -> tuple[list[IssueLine], int]:
        """Open issues, past deadline first then by deadline (at most ``MAX_LISTED``), and
        how many there are in all."""
        where = [
            CustomerIssue.status.in_(OPEN_ISSUES),
            CustomerIssue.archived_at.is_(None),
            *self._in_scope(CustomerIssue.account_id),
        ]
        with self.db.session() as session:
            total = session.scalar(select(func.count()).select_from(CustomerIssue).where(*where))
            rows = session.execute(
                select(CustomerIssue, Account.name)
                .join(Account, Account.id == CustomerIssue.account_id)
                .where(*where)
                .order_by(CustomerIssue.deadline, CustomerIssue.number)
                .limit(MAX_LISTED)
            ).all()
        return [
            IssueLine(
                number=issue.number,
                account_name=name,
                category=issue.category.value,
                description=issue.description,
                responsible=issue.responsible,
                deadline=issue.deadline,
                status=issue.status.value,
                past_deadline=issue.deadline < as_of,
            )
            for issue, name in rows
        ], int(total or 0)

    # -- next month ------------------------------------------------------------------------
    def next_focus(self) -> NextFocus:
        year_start = self.month.replace(month=1)
        # a month without figures would count its whole plan as missed: the year to date
        # stops at the month before it (in January there is none yet)
        through = add_months(self.month, -1) if self.no_figures else self.month
        gaps = self._account_plans(year_start, through)
        gaps = sorted((p for p in gaps if self.stands(p) == Standing.BEHIND), key=_shortfall_order)
        with self.db.session() as session:  # the dock's rule, over the year so far
            year = Period(year_start, date.fromordinal(add_months(through, 1).toordinal() - 1))
            outbound_not_imported = through >= year_start and awaits_figures(
                session, year, Measure.OUTBOUND
            )
        outbound = self._account_plans(year_start, through, Measure.OUTBOUND)
        outbound = sorted(
            (p for p in outbound if self.stands(p) == Standing.BEHIND), key=_shortfall_order
        )
        start = datetime.combine(self.next_month, time(), tzinfo=UTC)
        end = datetime.combine(add_months(self.month, 2), time(), tzinfo=UTC)
        following_last = date.fromordinal(add_months(self.month, 2).toordinal() - 1)
        due = [
            Visit.planned_start >= start,
            Visit.planned_start < end,
            Visit.status == VisitStatus.PLANNED,
            Visit.archived_at.is_(None),
            *self._in_scope(Visit.account_id),
        ]
        with self.db.session() as session:
            visits_total = session.scalar(select(func.count()).select_from(Visit).where(*due))
            visits = session.execute(
                select(Visit.planned_start, Account.name, Visit.purpose, visit_owner())
                .join(Account, Account.id == Visit.account_id)
                .outerjoin(Territory, Territory.id == Account.territory_id)
                .where(*due)
                .order_by(Visit.planned_start, Account.name)
                .limit(MAX_LISTED)
            ).all()
            quotes = session.execute(
                select(Quote.number, Quote.revision, Account.name, Quote.valid_until, Quote.status)
                .join(Account, Account.id == Quote.account_id)
                .where(
                    Quote.valid_until >= self.next_month,
                    Quote.valid_until <= following_last,
                    Quote.status.in_(OPEN_QUOTES),
                    Quote.archived_at.is_(None),
                    *self._in_scope(Quote.account_id),
                )
                .order_by(Quote.valid_until, Quote.number)
                .limit(MAX_LISTED)
            ).all()
        return NextFocus(
            gaps=gaps[:TOP],
            outbound_gaps=outbound[:TOP],
            outbound_not_imported=outbound_not_imported,
            visits=[
                VisitDue(start.date(), name, purpose.value, manager)
                for start, name, purpose, manager in visits
            ],
            visits_total=int(visits_total or 0),
            quotes=[
                QuoteExpiring(
                    number if revision == 1 else f"{number} rev. {revision}",
                    name,
                    valid_until,
                    status.value,
                )
                for number, revision, name, valid_until, status in quotes
            ],
        )


def _shortfall_order(plan: AccountPlan) -> tuple[Decimal, str]:
    return (plan.variance_percent or ZERO, plan.code)


def _path(nodes: dict[uuid.UUID, Any], parent_id: uuid.UUID | None) -> tuple[str, ...]:
    names: list[str] = []
    current = parent_id
    while current is not None and current in nodes and len(names) < 20:
        names.append(nodes[current].name)
        current = nodes[current].parent_id
    return tuple(reversed(names))
