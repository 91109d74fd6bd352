"""The monthly summary's content as plain values (gathered by ``services.monthly_summary``,
printed by ``reporting.monthly_summary_pdf``), with the few figures derived from them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from acct_desktop.domain.enums import IssueStatus, Measure, QuoteStatus
from acct_desktop.domain.sales_metrics import variance_percent

ZERO = Decimal(0)
TOP = 10
MAX_LISTED = 25
OPEN_QUOTES = (
    QuoteStatus.DRAFT,
    QuoteStatus.PENDING_APPROVAL,
    QuoteStatus.APPROVED,
    QuoteStatus.SENT,
)
OPEN_ISSUES = (IssueStatus.OPEN, IssueStatus.IN_PROGRESS)


def add_months(month: date, count: int) -> date:
    """The first of the month ``count`` months after ``month``'s (before when negative)."""
    index = month.year * 12 + month.month - 1 + count
    return date(index // 12, index % 12 + 1, 1)


def percent_of(part: Decimal, whole: Decimal | None) -> Decimal | None:
    """``part`` ÷ ``whole`` × 100 to one decimal (half up); None when ``whole`` is 0/None."""
    if not whole:
        return None
    return (Decimal(part) / Decimal(whole) * 100).quantize(Decimal("0.1"), ROUND_HALF_UP)


@dataclass(frozen=True, slots=True)
class PlanLine:
    """Actual against target in one currency."""

    actual: Decimal
    target: Decimal | None
    currency: str
    awaiting: bool = False  # none of the month's figures are in (yet, or ever imported)

    @property
    def variance(self) -> Decimal | None:
        if self.awaiting or self.target is None:
            return None
        return self.actual - self.target

    @property
    def of_target(self) -> Decimal | None:
        """Actual as a percentage of target."""
        return None if self.awaiting else percent_of(self.actual, self.target)

    @property
    def variance_percent(self) -> Decimal | None:
        """Actual against target in percent, +2.4 ahead, −18.0 behind (as the plan dock)."""
        return None if self.awaiting else variance_percent(self.actual, self.target)


@dataclass(frozen=True, slots=True)
class MeasureFigure(PlanLine):
    measure: Measure = Measure.SELL_IN


@dataclass(frozen=True, slots=True)
class TrendMonth(PlanLine):
    month: date = date(2000, 1, 1)


@dataclass(frozen=True, slots=True)
class AccountPlan(PlanLine):
    code: str = ""
    name: str = ""
    path: tuple[str, ...] = ()  # the names above the account, top first
    measure: Measure = Measure.SELL_IN


@dataclass(frozen=True, slots=True)
class PlanExecution:
    visits_planned: int
    visits_done: int
    replenishment: list[PlanLine]  # outbound actual against outbound target, per currency
    promotion_yes: int
    promotion_answered: int
    # A month in progress counts the visits planned up to this day (today): a visit still
    # to come is neither done nor missed yet. None: the whole month.
    visits_due_by: date | None = None

    @property
    def visit_compliance(self) -> Decimal | None:
        return percent_of(Decimal(self.visits_done), Decimal(self.visits_planned))

    @property
    def promotion_participation(self) -> Decimal | None:
        return percent_of(Decimal(self.promotion_yes), Decimal(self.promotion_answered))


@dataclass(frozen=True, slots=True)
class DiscrepancyLine:
    """A discrepancy form of the month: the figures seen when it was written (as the form
    shows them), why they fell short (the analysis and the suspected cause) and what is
    done about it."""

    account_code: str
    account_name: str
    measure: str
    cause: str
    action: str
    kpi: str
    responsible: str
    deadline: date | None
    status: str
    analysis: str = ""
    actual: Decimal | None = None
    target: Decimal | None = None
    currency: str = ""
    written_on: date | None = None  # the day the form was written: its figures are that day's
    # the figures as the Plan vs actual dock shows them now (a re-import since changes them)
    current_actual: Decimal | None = None
    current_target: Decimal | None = None

    @property
    def figures_changed(self) -> bool:
        """The figures now differ from those seen when the form was written."""
        if self.current_actual is None or self.actual is None:
            return False
        return (self.current_actual, self.current_target) != (self.actual, self.target)

    @property
    def variance_percent(self) -> Decimal | None:
        """The gap to plan in percent (−18.0), None without both figures."""
        if self.actual is None:
            return None
        return variance_percent(self.actual, self.target)


@dataclass(frozen=True, slots=True)
class IssueLine:
    number: str
    account_name: str
    category: str
    description: str
    responsible: str
    deadline: date
    status: str
    past_deadline: bool


@dataclass(frozen=True, slots=True)
class VisitDue:
    day: date
    account_name: str
    purpose: str
    manager: str | None = None  # whose visit: its owner, else its territory's manager


@dataclass(frozen=True, slots=True)
class QuoteExpiring:
    number: str
    account_name: str
    valid_until: date
    status: str


@dataclass(frozen=True, slots=True)
class NextFocus:
    gaps: list[AccountPlan]  # year to date, largest shortfall first
    visits: list[VisitDue]
    visits_total: int
    quotes: list[QuoteExpiring]
    # the year's largest outbound shortfalls (warehouses), as ``gaps`` is sell-in's
    outbound_gaps: list[AccountPlan] = field(default_factory=list)
    # not one outbound figure imported for the year so far: no gap list, not "on plan"
    outbound_not_imported: bool = False


@dataclass(frozen=True, slots=True)
class MonthlySummary:
    """Everything the monthly summary prints, in plain values."""

    month: date
    territory_code: str | None
    territory_name: str | None
    manager: str
    as_of: date
    figures_to: date | None  # the month is in progress: figures (and targets) to this day
    figures: list[MeasureFigure]
    trend: dict[str, list[TrendMonth]]  # per currency, oldest month first
    behind: list[AccountPlan]
    ahead: list[AccountPlan]
    execution: PlanExecution
    discrepancies: list[DiscrepancyLine]
    issues: list[IssueLine]
    issues_total: int
    focus: NextFocus
    commentary: dict[str, str] = field(default_factory=dict)
    awaiting: frozenset[Measure] = frozenset()  # in progress: none of these figures are in
    # in progress: how far each currency's figures go (each country's ERP has its own day)
    figures_to_by_currency: dict[str, date] = field(default_factory=dict)
    # accounts planned in these currencies are not ranked: their sell-in is not in yet
    sell_in_awaited_in: tuple[str, ...] = ()
    # the accounts (warehouses) most behind their outbound plan in the month
    outbound_behind: list[AccountPlan] = field(default_factory=list)
    # the month is over and no sales figure was imported for it in scope (printed only
    # when asked): every measure counts as not in, and page 1 says so
    no_figures: bool = False

    @property
    def month_end(self) -> date:
        return date.fromordinal(add_months(self.month, 1).toordinal() - 1)

    @property
    def in_progress(self) -> bool:
        """The month was not over on the day the summary was made (``as_of``)."""
        return self.month <= self.as_of < add_months(self.month, 1)
