"""Sales targets kept by the service: a year, its quarters and months, edited and undone."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from acct_desktop.domain.enums import AccountKind, Channel, Measure
from acct_desktop.domain.target_breakdown import BreakdownMethod
from acct_desktop.services.sales import SalesService
from acct_desktop.services.search import AccountSearch
from acct_desktop.services.targets import TargetKey, TargetRejected, TargetService
from acct_desktop.store import models as m
from acct_desktop.store.database import open_database

D = Decimal


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request, tmp_path):
    url = (
        str(tmp_path / "targets.acctdb")
        if request.param == "sqlite"
        else request.getfixturevalue("pg_url")
    )
    database = open_database(url)
    yield database
    database.close()


@pytest.fixture
def chain(db) -> dict[str, uuid.UUID]:
    """华南 (CNY): HQ › DC › store with 2025 sell-in that doubles in the second half;
    Miền Nam (VND) with one workshop."""
    with db.session() as s:
        south = m.Territory(code="CN-S", name="华南", country_code="CN")
        vn = m.Territory(code="VN-S", name="Miền Nam", country_code="VN")
        s.add_all([south, vn])
        s.flush()

        def account(code, name, kind, parent=None, territory=None, currency="CNY"):
            a = m.Account(
                code=code, name=name, kind=kind, channel=Channel.CHAIN_STORE,
                parent_id=parent, territory_id=territory, currency=currency,
            )  # fmt: skip
            s.add(a)
            s.flush()
            return a.id

        hq = account("HQ", "华润万家 总部", AccountKind.HEADQUARTERS, territory=south.id)
        dc = account("DC", "佛山 DC", AccountKind.DISTRIBUTION_CENTRE, hq, south.id)
        store = account("S1", "佛山 1店", AccountKind.STORE, dc, south.id)
        shop = account("VN1", "Gara Sài Gòn", AccountKind.WORKSHOP, None, vn.id, "VND")
        for month in range(1, 13):
            amount = D(1000) if month <= 6 else D(2000)
            for acc, share in ((dc, D("0.75")), (store, D("0.25"))):
                s.add(
                    m.SalesFact(
                        period=date(2025, month, 15), account_id=acc, measure=Measure.SELL_IN,
                        quantity=D(1), amount=amount * share, currency="CNY",
                        category="engine_oil",
                    )
                )  # fmt: skip
        s.add(  # another measure and another year do not count
            m.SalesFact(
                period=date(2025, 1, 3), account_id=dc, measure=Measure.SELL_OUT,
                quantity=D(1), amount=D(999999), currency="CNY",
            )
        )  # fmt: skip
    return {"hq": hq, "dc": dc, "store": store, "shop": shop, "south": south.id, "vn": vn.id}


def rows_of(db, year: int = 2026) -> dict[str, int]:
    with db.session() as s:
        found = s.execute(
            select(m.Target.period_kind, func.count())
            .where(m.Target.period_start >= date(year, 1, 1))
            .where(m.Target.period_start <= date(year, 12, 1))
            .group_by(m.Target.period_kind)
        ).all()
    return dict(found)


def test_a_year_is_stored_as_the_year_its_four_quarters_and_twelve_months(db, chain) -> None:
    service = TargetService(db, "anna")
    key = TargetKey(chain["hq"], None)
    change = service.set_year(key, 2026, D("100000.00"))
    assert rows_of(db) == {"year": 1, "quarter": 4, "month": 12}
    assert change.before is None and change.after is not None
    assert change.after.year == D("100000.00")
    stored = service.row(key, 2026)
    assert stored is not None and stored.currency == "CNY"
    assert stored.months[0] == D("8333.34") and stored.months[-1] == D("8333.33")
    with db.session() as s:
        quarters = s.scalars(
            select(m.Target.amount)
            .where(m.Target.period_kind == "quarter")
            .order_by(m.Target.period_start)
        ).all()
    assert quarters == list(stored.quarters)
    assert sum(quarters) == D("100000.00")


def test_seasonality_follows_last_years_sell_in_of_the_account_and_all_below_it(db, chain) -> None:
    service = TargetService(db, "anna")
    key = TargetKey(chain["hq"], None, measure=Measure.SELL_IN)
    assert service.history(key, 2026) == [D(1000)] * 6 + [D(2000)] * 6
    change = service.set_year(key, 2026, D("18000"), BreakdownMethod.SEASONALITY)
    assert change.after is not None
    assert change.after.months == (D(1000),) * 6 + (D(2000),) * 6


def test_a_category_target_follows_only_that_categorys_history(db, chain) -> None:
    service = TargetService(db, "anna")
    other = TargetKey(chain["hq"], None, category="grease")
    assert service.history(other, 2026) == [None] * 12
    change = service.set_year(other, 2026, D("1200"), BreakdownMethod.SEASONALITY)
    assert change.after is not None and change.after.months == (D(100),) * 12


def test_a_territory_target_follows_its_accounts_and_takes_their_currency(db, chain) -> None:
    service = TargetService(db, "anna")
    south = TargetKey(None, chain["south"])
    change = service.set_year(south, 2026, D("36000"), BreakdownMethod.SEASONALITY)
    assert change.after is not None
    assert change.after.currency == "CNY"
    assert change.after.months[0] * 2 == change.after.months[6]
    shop = service.set_year(TargetKey(None, chain["vn"]), 2026, D("1000000"))
    assert shop.after is not None and shop.after.currency == "VND"


def test_editing_a_month_moves_its_quarter_and_the_year_and_is_audited(db, chain) -> None:
    service = TargetService(db, "anna")
    key = TargetKey(chain["dc"], None)
    service.set_year(key, 2026, D("12000"))
    change = service.edit(key, 2026, "m2", D("3000"))
    assert change.cells == ("year", "q1", "m2")
    assert change.after is not None
    assert change.after.year == D("14000") and change.after.quarters[0] == D("5000")
    with db.session() as s:
        year_row = s.scalar(select(m.Target).where(m.Target.period_kind == "year"))
        events = s.execute(
            select(m.AuditEvent.actor, m.AuditEvent.old_value, m.AuditEvent.new_value).where(
                m.AuditEvent.entity == "target", m.AuditEvent.entity_id == year_row.id
            )
        ).all()
    assert ("anna", "12000", "14000") in events


def test_editing_a_quarter_scales_its_months_and_leaves_the_others(db, chain) -> None:
    service = TargetService(db, "anna")
    key = TargetKey(chain["hq"], None)
    service.set_year(key, 2026, D("18000"), BreakdownMethod.SEASONALITY)
    change = service.edit(key, 2026, "q3", D("3000"))
    assert change.after is not None
    assert change.after.months[6:9] == (D(1000),) * 3
    assert change.after.months[:6] == (D(1000),) * 6
    assert set(change.cells) == {"year", "q3", "m7", "m8", "m9"}


def test_editing_the_year_breaks_it_down_again(db, chain) -> None:
    service = TargetService(db, "anna")
    key = TargetKey(chain["hq"], None)
    service.set_year(key, 2026, D("12000"))
    service.edit(key, 2026, "m1", D("0"))
    change = service.edit(key, 2026, "year", D("24000"), BreakdownMethod.EVEN)
    assert change.after is not None and change.after.months == (D(2000),) * 12


def test_undo_puts_the_year_back_exactly_and_delete_removes_every_row(db, chain) -> None:
    service = TargetService(db, "anna")
    key = TargetKey(chain["hq"], None)
    first = service.set_year(key, 2026, D("1000.01"))
    edit = service.edit(key, 2026, "q2", D("7.77"))
    service.restore(key, 2026, edit.before)
    assert service.row(key, 2026) == first.after
    gone = service.delete(key, 2026)
    assert gone.after is None and rows_of(db) == {}
    service.restore(key, 2026, gone.before)  # undo the delete
    assert service.row(key, 2026) == first.after
    assert rows_of(db) == {"year": 1, "quarter": 4, "month": 12}


@pytest.mark.parametrize(
    ("amount", "message"),
    [(D("-1"), "cannot be negative"), (D("1.001"), "more decimals than CNY"),
     (D("1E16"), "too large")],
)  # fmt: skip
def test_impossible_targets_are_refused_and_nothing_is_written(
    db, chain, amount: Decimal, message: str
) -> None:
    service = TargetService(db, "anna")
    with pytest.raises(TargetRejected, match=message):
        service.set_year(TargetKey(chain["hq"], None), 2026, amount)
    assert rows_of(db) == {}


def test_vnd_targets_are_whole_dong(db, chain) -> None:
    service = TargetService(db, "anna")
    key = TargetKey(chain["shop"], None)
    with pytest.raises(TargetRejected, match="VND"):
        service.set_year(key, 2026, D("1000.50"))
    change = service.set_year(key, 2026, D("1000001"))
    assert change.after is not None
    assert all(month == month.to_integral_value() for month in change.after.months)


def test_stock_is_not_a_target_measure_and_a_target_has_one_owner(db, chain) -> None:
    service = TargetService(db, "anna")
    with pytest.raises(TargetRejected, match="stock is a level"):
        service.set_year(TargetKey(chain["hq"], None, measure=Measure.STOCK), 2026, D(1))
    with pytest.raises(TargetRejected, match="one account or one territory"):
        service.set_year(TargetKey(chain["hq"], chain["south"]), 2026, D(1))


def test_the_grid_filters_by_text_and_territory(db, chain) -> None:
    service = TargetService(db, "anna")
    service.set_year(TargetKey(chain["hq"], None), 2026, D("1200"))
    service.set_year(TargetKey(chain["shop"], None, "engine_oil"), 2026, D("1200"))
    service.set_year(TargetKey(None, chain["south"], measure=Measure.SELL_OUT), 2026, D("12"))
    assert [r.owner_code for r in service.grid(2026)] == ["CN-S", "HQ", "VN1"]
    assert [r.owner_code for r in service.grid(2026, "sài gòn")] == ["VN1"]
    assert [r.owner_code for r in service.grid(2026, "SAI GON")] == ["VN1"]  # no accents
    assert [r.owner_code for r in service.grid(2026, "ENGINE")] == ["VN1"]
    assert [r.owner_code for r in service.grid(2026, territory_id=chain["south"])] == [
        "CN-S",
        "HQ",
    ]
    assert service.grid(2025) == []
    assert service.years() == [2026]


def test_month_rows_written_here_are_what_the_sales_tab_reads(db, chain) -> None:
    service = TargetService(db, "anna")
    service.set_year(TargetKey(chain["dc"], None), 2025, D("12000"))
    _currency, months = SalesService(db).monthly(chain["hq"], months=12)
    assert [month.target for month in months] == [D("1000.00")] * 12


def test_targets_without_quarter_rows_are_read_and_completed_on_the_first_edit(db, chain) -> None:
    with db.session() as s:  # as the demo and older versions write them
        for kind, month, amount in [("year", 1, D(1200))] + [
            ("month", mm, D(100)) for mm in range(1, 13)
        ]:
            s.add(
                m.Target(
                    period_kind=kind, period_start=date(2026, month, 1),
                    account_id=chain["hq"], measure=Measure.SELL_IN, amount=amount,
                    currency="CNY",
                )
            )  # fmt: skip
    service = TargetService(db, "anna")
    [row] = service.grid(2026)
    assert row.targets.quarters == (D(300),) * 4
    service.edit(row.key, 2026, "m12", D(200))
    assert rows_of(db) == {"year": 1, "quarter": 4, "month": 12}
    assert service.row(row.key, 2026).year == D(1300)  # type: ignore[union-attr]


def test_owners_are_found_by_code_or_name_in_any_language(db, chain) -> None:
    AccountSearch(db).rebuild()  # the fixture's rows bypass the services that index them
    service = TargetService(db, "anna")
    # Accounts come as account search finds them (by name: "佛山 1店" before "佛山 DC").
    assert [o.code for o in service.owners("佛山")] == ["S1", "DC"]
    assert [o.code for o in service.owners("miền")] == ["VN-S"]


def test_owners_are_found_without_accents_or_case_like_every_finder(db, chain) -> None:
    with db.session() as s:
        s.add(m.Territory(code="NL-IJ", name="IJsselmonde", country_code="NL"))
        s.add(
            m.Account(
                code="VN2", name="Nguyễn Văn Đặng", kind=AccountKind.WORKSHOP,
                channel=Channel.CHAIN_STORE, currency="VND",
            )
        )  # fmt: skip
    AccountSearch(db).rebuild()
    service = TargetService(db, "anna")
    assert [o.code for o in service.owners("mien nam")] == ["VN-S"]
    assert [o.code for o in service.owners("GARA sai gon")] == ["VN1"]
    assert [o.code for o in service.owners("nguyen dang")] == ["VN2"]
    assert [o.code for o in service.owners("ijssel")] == ["NL-IJ"]
    assert [o.code for o in service.owners("华润")] == ["HQ"]
    assert [o.code for o in service.owners("")] == [
        "CN-S",
        "NL-IJ",
        "VN-S",
        "DC",
        "HQ",
        "S1",
        "VN1",
        "VN2",
    ]


def test_histories_fetched_together_are_those_fetched_one_by_one(db, chain) -> None:
    from acct_desktop.services.targets import sales_histories, sales_history

    keys = [
        TargetKey(chain["hq"], None),
        TargetKey(chain["dc"], None, "engine_oil"),
        TargetKey(chain["store"], None, "grease"),
        TargetKey(chain["dc"], None, measure=Measure.SELL_OUT),
        TargetKey(None, chain["south"]),
    ]
    with db.session() as s:
        together = sales_histories(s, keys, 2025)
        assert together == {key: sales_history(s, key, 2025) for key in keys}
    assert together[keys[0]] == [D(1000)] * 6 + [D(2000)] * 6
    assert together[keys[3]][0] == D(999999)
