"""What a rebate statement shows: plain data, built by the service, printed by the PDF.

A statement goes to the customer: it carries nothing internal. Whether an agreement was
entered late (the company's own compliance rule) is shown in the app's register, never
here, so there is no field for it to be printed from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True, slots=True)
class AlsoCounted:
    """Another agreement counting the sales of ``account`` (and the accounts under it) from
    ``start`` to ``end``: the same sales earn both rebates."""

    number: str
    account: str  # "CN000051 苏州…"
    start: date
    end: date


@dataclass(frozen=True, slots=True)
class StatementTier:
    threshold: Decimal
    rate_percent: Decimal
    reached: bool


@dataclass(frozen=True, slots=True)
class MonthPart:
    """A month the period covers only from ``first`` to ``last``; ``month_figure`` was
    shared out over ``days_counted`` of its ``days_covered`` (``None``: daily figures,
    counted by their day)."""

    month: date
    first: date
    last: date
    month_figure: Decimal | None = None
    days_counted: int = 0
    days_covered: int = 0


@dataclass(frozen=True, slots=True)
class AgreementStatement:
    """One agreement's figures on the statement date (money in ``currency``).

    ``months`` runs to the statement date; a month after ``figures_through`` has no
    figures yet (its 0 is not a sale figure) and is printed so; a month in ``parts`` is
    printed with the days of it the period covers. ``distance_to_next_tier`` is what must
    still be bought by the period's end. Once the period is over (``period_over``) the
    tier reached and the rebate are final and no projection or next tier is printed."""

    number: str
    kind: str  # RebateKind value
    status: str  # RebateStatus value
    period_start: date
    period_end: date
    currency: str
    category: str | None
    fixed_percent: Decimal | None
    tiers: tuple[StatementTier, ...]
    months: tuple[tuple[date, Decimal], ...]
    volume_to_date: Decimal
    last_year_to_date: Decimal | None  # growth: last year's sales, or the agreed baseline
    last_year_full: Decimal | None  # pro rata to date, and in full (``baseline_agreed``)
    growth_to_date: Decimal | None
    accrued_to_date: Decimal
    settled: Decimal
    balance_to_date: Decimal
    projected_volume: Decimal
    projected_rebate: Decimal
    projected_final_settlement: Decimal
    next_threshold: Decimal | None
    next_rate: Decimal | None
    distance_to_next_tier: Decimal | None
    elapsed_days: int
    total_days: int
    covered_days: int  # the days the sales figures cover: the projection's run-rate
    figures_through: date | None  # the last day the figures reach; None: none yet
    signed_on: date | None
    signed_by: str | None
    entered_on: date
    unconverted: tuple[tuple[str, Decimal], ...] = ()
    baseline_agreed: bool = False  # growth against the contract's baseline, not last year
    period_over: bool = False
    parts: tuple[MonthPart, ...] = ()
    # other agreements counting some of the same sales (rebates stacked on them)
    also_counted: tuple[AlsoCounted, ...] = ()

    def part(self, month: date) -> MonthPart | None:
        """The part of ``month`` the period covers, when it covers only part of it."""
        return next((p for p in self.parts if p.month == month), None)

    def has_figures(self, month: date) -> bool:
        """Whether the sales figures reach into ``month`` (its first day)."""
        return self.figures_through is not None and month <= self.figures_through


@dataclass(frozen=True, slots=True)
class RebateStatementContent:
    language: str
    statement_date: date
    account_code: str
    account_name: str
    agreements: tuple[AgreementStatement, ...]
