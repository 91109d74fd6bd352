"""Who is behind plan: one rule (Plan vs actual's, the alert's gap) for behind, on and
ahead of plan; the rows above an account behind plan known with the period's figures,
without reading what is under them; the stock view's counts. Hand-made data
(tests/plan_chain.py), every figure exact."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from acct_desktop.domain.alerts import AlertSettings, sales_alert
from acct_desktop.domain.enums import Measure
from acct_desktop.domain.sales_metrics import (
    BehindBelow,
    PlanFigures,
    Standing,
    Thresholds,
    behind_below,
    percent_standing,
    standing,
)
from acct_desktop.services.plan_actuals import Period, PlanActuals, PlanSnapshot
from tests.plan_chain import OCTOBER, TODAY, open_chain

D = Decimal
RULE = AlertSettings().plan_thresholds()


# -- the rule -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("percent", "expected"),
    [
        (D("-1.3"), Standing.ON_PLAN),
        (D("-4.8"), Standing.ON_PLAN),
        (D("-10.0"), Standing.ON_PLAN),
        (D("-10.1"), Standing.BEHIND),
        (D("15.0"), Standing.ON_PLAN),
        (D("15.1"), Standing.AHEAD),
        (None, Standing.NO_TARGET),
    ],
)
def test_one_rule_says_behind_on_or_ahead_of_plan(percent, expected) -> None:  # type: ignore[no-untyped-def]
    assert percent_standing(percent, RULE) == expected


def test_the_rule_is_the_alerts_gap_and_plan_vs_actuals_words() -> None:
    """Behind plan exactly when the below-target alert fires, and as Plan vs actual says."""
    for actual in (D("899.00"), D("900.00"), D("987.00")):
        alerted = sales_alert(
            None, "x", Measure.SELL_IN, OCTOBER, actual, D("1000.00"), AlertSettings()
        )  # type: ignore[arg-type]
        behind = standing(PlanFigures(actual, D("1000.00")), RULE) == Standing.BEHIND
        assert behind == (alerted is not None)


def test_behind_below_counts_and_names_the_furthest_behind() -> None:
    parents = {"hq": None, "ro": "hq", "dc": "ro", "nn": "dc", "sz": "dc", "s1": "nn"}
    found = behind_below(parents, {"nn": D("-26.3"), "s1": D("-40.0")})
    assert found == {
        "hq": BehindBelow(2, "s1", D("-40.0")),
        "ro": BehindBelow(2, "s1", D("-40.0")),
        "dc": BehindBelow(2, "s1", D("-40.0")),
        "nn": BehindBelow(1, "s1", D("-40.0")),
    }
    assert "s1" not in found and "sz" not in found  # nothing behind below them
    assert behind_below(parents, {}) == {}
    with pytest.raises(ValueError, match="loop"):
        behind_below({"a": "b", "b": "a"}, {"a": D("-20")})


# -- Plan vs actual: the rows above an account behind plan --------------------------------
@pytest.fixture
def chain(tmp_path: Path) -> Iterator[tuple]:  # type: ignore[type-arg]
    db, ids = open_chain(tmp_path / "chain.acctdb")
    yield db, ids
    db.close()


def outbound(db) -> PlanSnapshot:  # type: ignore[no-untyped-def]
    return PlanActuals(db).snapshot(Period.months(OCTOBER), Measure.OUTBOUND, "CNY", TODAY)


def test_the_snapshot_knows_who_is_behind_and_every_row_above_them(chain) -> None:  # type: ignore[no-untyped-def]
    db, ids = chain
    snap = outbound(db)
    assert snap.behind_plan(RULE) == {ids["NN"]: D("-26.3")}
    below = snap.behind_below(RULE)
    nanning = BehindBelow(1, ids["NN"], D("-26.3"))
    assert below == {ids["HQ"]: nanning, ids["RO"]: nanning, ids["DC"]: nanning}
    assert snap.figures(ids["DC"]).variance_percent == D("-6.5")  # on plan itself
    assert snap.territory_behind(RULE) == {ids["T1"]: nanning}
    # a looser rule: nobody behind, nothing marked
    loose = Thresholds(behind_percent=D(30))
    assert snap.behind_plan(loose) == {} and snap.behind_below(loose) == {}


def test_behind_plan_lists_the_furthest_behind_first(chain) -> None:  # type: ignore[no-untyped-def]
    db, ids = chain
    snap = PlanActuals(db).snapshot(Period.months(OCTOBER), Measure.SELL_IN, "CNY", TODAY)
    assert snap.behind_plan(RULE) == {ids["A4"]: D("-10.1")}
    strict = Thresholds(behind_percent=D(1))
    assert list(snap.behind_plan(strict).items()) == [
        (ids["A4"], D("-10.1")),
        (ids["A3"], D("-10.0")),
        (ids["A2"], D("-4.8")),
        (ids["A1"], D("-1.3")),
    ]


def test_the_stock_view_counts_low_cover_and_slow_stock(chain) -> None:  # type: ignore[no-untyped-def]
    db, ids = chain
    snap = PlanActuals(db).snapshot(Period.months(OCTOBER), Measure.STOCK, "CNY", TODAY)
    # S1: 1 unit against 10 sold in 31 days = 0.4 weeks; NN: 100 units, 10 shipped = 310 days
    assert snap.figures(ids["S1"]).weeks_of_cover == D("0.4")
    assert snap.figures(ids["NN"]).turnover_days == D("310.0")
    assert snap.stock_findings(RULE) == (2, 1, 1)
