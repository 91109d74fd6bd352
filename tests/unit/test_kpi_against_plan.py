"""The KPI dashboard against plan, by Plan vs actual's rule: the sell-in tile and the
ranking stand each figure behind, on or ahead of plan as Plan vs actual does, the
warehouses' outbound against target (furthest behind first), and accounts per manager as
accounts ÷ managers. Hand-made data (tests/plan_chain.py), every figure exact."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from acct_desktop.domain.enums import Measure
from acct_desktop.domain.kpis import ratio
from acct_desktop.domain.sales_metrics import Standing
from acct_desktop.services.kpis import Dashboard, KpiScope, KpiService
from tests.plan_chain import OCT, OCTOBER, TODAY, open_chain

D = Decimal


def test_a_ratio_is_to_one_place_and_none_without_a_denominator() -> None:
    assert ratio(35, 1) == D("35.0")
    assert ratio(11, 2) == D("5.5")
    assert ratio(1, 3) == D("0.3")
    assert ratio(5, 0) is None


@pytest.fixture
def chain(tmp_path: Path) -> Iterator[tuple]:  # type: ignore[type-arg]
    db, ids = open_chain(tmp_path / "chain.acctdb")
    yield db, ids
    db.close()


# -- the KPI dashboard ----------------------------------------------------------------------
def october(db, scope: KpiScope | None = None) -> Dashboard:  # type: ignore[no-untyped-def]
    return KpiService(db, today=lambda: TODAY).dashboard(*OCT, scope)


def test_the_ranking_stands_each_account_by_plan_vs_actuals_rule(chain) -> None:  # type: ignore[no-untyped-def]
    db, _ids = chain
    ranking = october(db).ranking
    assert [(r.code, r.variance, r.standing) for r in ranking.top] == [
        ("A5", D("15.1"), Standing.AHEAD),
        ("A6", D("15.0"), Standing.ON_PLAN),
        ("A1", D("-1.3"), Standing.ON_PLAN),
        ("A2", D("-4.8"), Standing.ON_PLAN),
        ("A3", D("-10.0"), Standing.ON_PLAN),
    ]
    assert [(r.code, r.standing) for r in ranking.bottom] == [("A4", Standing.BEHIND)]
    assert ranking.rows.column("standing") == [
        "ahead", "on_plan", "on_plan", "on_plan", "on_plan", "behind",
    ]  # fmt: skip


def test_the_sell_in_tile_stands_by_the_same_rule(chain) -> None:  # type: ignore[no-untyped-def]
    db, ids = chain
    board = october(db, KpiScope.territory(ids["T3"]))
    # 5,814.27 against 5,764.00: 100.9 % of target, +0.9 %: on plan (not "watch")
    assert board.sales.period_sell_in == {"CNY": D("5814.27")}
    assert board.sales.period_target == {"CNY": D("5764.00")}
    assert board.sales.percent_of_target("CNY") == D("100.9")
    assert board.sales_standing("CNY") == Standing.ON_PLAN
    assert board.sales_standing("EUR") is None  # nothing to compare
    october_row = board.sales.rows.rows[-1]
    assert october_row[0] == OCTOBER and october_row[-1] == Standing.ON_PLAN


def test_warehouses_against_their_outbound_plan_furthest_behind_first(chain) -> None:  # type: ignore[no-untyped-def]
    db, ids = chain
    warehouses = october(db).warehouses
    assert warehouses.rows.columns == (
        "code", "account", "currency", "outbound", "target", "variance_percent", "standing",
    )  # fmt: skip
    assert [(r[0], r[3], r[4], r[5], r[6]) for r in warehouses.rows.rows] == [
        ("NN", D("221.25"), D("300.00"), D("-26.3"), Standing.BEHIND),
        ("DC", D("607.88"), D("650.00"), D("-6.5"), Standing.ON_PLAN),
        ("HZ", D("443.90"), D("455.55"), D("-2.6"), Standing.ON_PLAN),
        ("SZ", D("364.29"), D("350.00"), D("4.1"), Standing.ON_PLAN),
    ]
    assert [a.code for a in warehouses.behind] == ["NN"]
    # the territory: its own warehouses only (杭州 is in 华东)
    south = october(db, KpiScope.territory(ids["T1"])).warehouses
    assert [r[0] for r in south.rows.rows] == ["NN", "DC", "SZ"]
    # an account's subtree: 深圳分仓 alone, on plan
    shenzhen = october(db, KpiScope.account(ids["SZ"])).warehouses
    assert [(a.code, a.standing) for a in shenzhen.accounts] == [("SZ", Standing.ON_PLAN)]
    assert shenzhen.behind == ()


def test_a_month_in_progress_without_outbound_yet_judges_no_warehouse(chain) -> None:  # type: ignore[no-untyped-def]
    db, _ids = chain
    service = KpiService(db, today=lambda: OCT[1].replace(day=20))
    with db.session() as s:  # October's outbound not in: only its targets
        from acct_desktop.store import models as m

        s.query(m.SalesFact).filter(m.SalesFact.measure == Measure.OUTBOUND).delete()
    warehouses = service.dashboard(OCT[0], OCT[1].replace(day=20)).warehouses
    assert warehouses.awaiting
    assert len(warehouses.accounts) == 4 and warehouses.judged == () and warehouses.behind == ()


def test_accounts_per_manager_is_accounts_over_managers(chain) -> None:  # type: ignore[no-untyped-def]
    db, ids = chain
    everything = october(db).managers
    # 王伟 6 accounts, Jan de Vries 6; 华东's blank manager leaves its 2 without one
    assert everything.rows.rows == (("Jan de Vries", 6), ("王伟", 6), (None, 2))
    assert (everything.managed, everything.managers, everything.without_manager) == (12, 2, 2)
    assert everything.per_manager == D("6.0")
    south = october(db, KpiScope.territory(ids["T1"])).managers
    assert south.per_manager == D("6.0")  # six accounts of one manager: 6, not 1
    assert october(db, KpiScope.territory(ids["T2"])).managers.per_manager is None
    with db.session() as s:  # a third manager, over 华东's 2 accounts: 14 ÷ 3
        from acct_desktop.store import models as m

        s.get(m.Territory, ids["T2"]).manager_name = "李伟"
    assert october(db).managers.per_manager == D("4.7")
