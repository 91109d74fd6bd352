"""The run-rate projection runs over the days the sales figures cover, not the days elapsed.

Figures imported to 31 October, read on 24 November: November is a month without figures,
not a month of zero sales, so a calendar year is projected × 365/304, not × 365/328.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from acct_desktop.domain.enums import RebateKind
from acct_desktop.domain.rebates import RebateTerms, Tier, accrual, covered_days
from acct_desktop.domain.sales_metrics import figures_reach

D = Decimal
YEAR = (date(2026, 1, 1), date(2026, 12, 31))
WHOLE = RebateTerms(
    RebateKind.WHOLE_VOLUME_TIERS,
    (Tier(D(0), D(1)), Tier(D(12_000_000), D(2)), Tier(D(13_500_000), D("3.5"))),
    currency="CNY",
)
GROWTH = RebateTerms(RebateKind.GROWTH, (Tier(D(0), D(2)), Tier(D(50_000), D(5))))


def test_figures_to_october_read_in_november_project_over_304_days() -> None:
    result = accrual(
        WHOLE, D("10083810.20"), None, *YEAR, date(2026, 11, 24),
        figures_through=date(2026, 10, 31),
    )  # fmt: skip
    assert (result.elapsed_days, result.covered_days, result.total_days) == (328, 304, 365)
    assert result.projected_volume == D("10083810.20") * 365 / 304  # exact, not × 365/328
    assert result.projected_volume > D("12107206.32")
    # 12.1M reaches the 2 % tier; × 365/328 (11.2M) would have stayed at 1 %
    assert result.projected_rebate == D("242144.13")


def test_without_figures_through_the_run_rate_is_the_elapsed_days_as_before() -> None:
    result = accrual(WHOLE, D(328), None, *YEAR, date(2026, 11, 24))
    assert result.covered_days == result.elapsed_days == 328
    assert result.projected_volume == D(365)


def test_nothing_covered_projects_nothing() -> None:
    before = YEAR[0] - timedelta(days=1)
    result = accrual(WHOLE, D(0), None, *YEAR, date(2026, 2, 3), figures_through=before)
    assert result.covered_days == 0 and result.projected_volume == 0


def test_growth_without_a_full_year_projects_last_year_over_the_same_days() -> None:
    result = accrual(
        GROWTH, D(30_400), D(20_000), *YEAR, date(2026, 11, 24),
        figures_through=date(2026, 10, 31),
    )  # fmt: skip
    assert result.projected.base == (D(30_400) - D(20_000)) * 365 / 304


def test_figures_reach_the_end_of_a_monthly_figures_month_or_the_last_daily_one() -> None:
    assert figures_reach([]) is None
    assert figures_reach([date(2026, 9, 1), date(2026, 10, 1)]) == date(2026, 10, 31)
    assert figures_reach([date(2026, 2, 1)]) == date(2026, 2, 28)
    assert figures_reach([date(2026, 10, 1), date(2026, 11, 21)]) == date(2026, 11, 21)
    assert figures_reach([date(2026, 11, 1), date(2026, 11, 21)]) == date(2026, 11, 21)
    assert figures_reach([date(2026, 11, 21), date(2026, 12, 1)]) == date(2026, 12, 31)


starts = st.dates(min_value=date(2020, 1, 1), max_value=date(2030, 12, 31))
volumes = st.decimals(min_value=0, max_value=10**12, places=2, allow_nan=False)


@settings(max_examples=400, deadline=None)
@given(
    starts,
    st.integers(0, 800),
    st.integers(-40, 900),
    st.one_of(st.none(), st.integers(-40, 900)),
    volumes,
)
def test_projection_is_volume_times_total_over_covered_days(
    start: date, length: int, today_offset: int, through_offset: int | None, volume: Decimal
) -> None:
    end = start + timedelta(days=length)
    today = start + timedelta(days=today_offset)
    through = None if through_offset is None else start + timedelta(days=through_offset)
    result = accrual(WHOLE, volume, None, start, end, today, figures_through=through)
    total = length + 1
    elapsed = max(0, min((min(today, end) - start).days + 1, total))
    last = today if through is None else min(through, today, end)
    covered = max(0, min((last - start).days + 1, elapsed))
    assert result.total_days == total and result.elapsed_days == elapsed
    assert result.covered_days == covered == covered_days(start, end, today, through)
    assert 0 <= covered <= elapsed <= total
    expected = volume if covered == 0 else volume * total / covered
    assert result.projected_volume == expected  # Decimal all the way, no float
    assert isinstance(result.projected_volume, Decimal)
    assert result.projected_volume >= volume  # a run-rate never shrinks what is in
    if covered == total:
        assert result.projected_volume == volume  # the figures cover the whole period
    if through is not None and covered > 0 and covered < elapsed:
        # fewer covered days than elapsed ones: projecting over the elapsed days would
        # understate it
        assert result.projected_volume >= volume * total / elapsed


@settings(max_examples=200, deadline=None)
@given(st.lists(st.dates(date(2024, 1, 1), date(2027, 12, 31)), max_size=12))
def test_figures_reach_is_never_before_the_last_fact(days: list[date]) -> None:
    reach = figures_reach(days)
    if not days:
        assert reach is None
        return
    assert reach is not None and reach >= max(days)
    latest = max(days)
    if latest.day != 1:
        assert reach == latest
    else:
        assert reach.month == latest.month and reach.year == latest.year
        assert (reach + timedelta(days=1)).day == 1  # the end of its month
