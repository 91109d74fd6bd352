"""The account tree's "YTD vs target" rolls up over the subtree: a head office's sell-in is
its chain's, and its target is its own where it has one, else the sum of its children's
(month by month, never both), on SQLite and PostgreSQL, in a few queries per batch."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import event

from acct_desktop.domain.enums import AccountKind, Channel, Measure
from acct_desktop.services.account_tree import AccountTreeService, TreeSort
from acct_desktop.services.plan_actuals import PlanActuals
from acct_desktop.store import models as m
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.types import utcnow

TODAY = date(2026, 11, 24)  # the window: January to October 2026
MONTHS = [date(2026, month, 1) for month in range(1, 11)]

# code: (name, kind, parent code, currency, archived)
CHAIN = {
    "NL000900": ("Hoofdkantoor", AccountKind.HEADQUARTERS, None, "EUR", False),
    "NL000910": ("Regio Noord", AccountKind.REGIONAL_OFFICE, "NL000900", "EUR", False),
    "NL000911": ("Winkel Groningen", AccountKind.STORE, "NL000910", "EUR", False),
    "NL000912": ("Winkel Assen", AccountKind.STORE, "NL000910", "EUR", False),
    "NL000913": ("Winkel Emmen", AccountKind.STORE, "NL000910", "EUR", True),
    "NL000920": ("Regio Zuid", AccountKind.REGIONAL_OFFICE, "NL000900", "EUR", False),
    "NL000921": ("Winkel Breda", AccountKind.STORE, "NL000920", "EUR", False),
    "NL000930": ("Winkel Utrecht", AccountKind.STORE, "NL000900", "EUR", False),
    "NL000940": ("Cửa hàng Hà Nội", AccountKind.STORE, "NL000900", "VND", False),
}

# (account, period, measure, amount, currency): only sell-in of January–October counts
SALES = [
    ("NL000911", date(2026, 1, 1), Measure.SELL_IN, "1000.01", "EUR"),
    ("NL000911", date(2026, 10, 1), Measure.SELL_IN, "2000.02", "EUR"),
    ("NL000911", date(2026, 11, 1), Measure.SELL_IN, "999.99", "EUR"),  # month in progress
    ("NL000911", date(2025, 12, 1), Measure.SELL_IN, "500.00", "EUR"),  # last year
    ("NL000912", date(2026, 3, 1), Measure.SELL_IN, "250.50", "EUR"),
    ("NL000912", date(2026, 3, 1), Measure.OUTBOUND, "777.77", "EUR"),  # not sell-in
    ("NL000913", date(2026, 5, 1), Measure.SELL_IN, "5.55", "EUR"),  # archived: still sold
    ("NL000921", date(2026, 6, 1), Measure.SELL_IN, "123.45", "EUR"),
    ("NL000930", date(2026, 2, 1), Measure.SELL_IN, "10.00", "EUR"),
    ("NL000940", date(2026, 4, 1), Measure.SELL_IN, "1000000.00", "VND"),
]


def _targets() -> list[tuple[str, date, str | None, Measure, str, str]]:
    """(account, month, category, measure, amount, kind) rows."""
    rows: list[tuple[str, date, str | None, Measure, str, str]] = []
    for month in MONTHS[:3]:  # the head office's own target, January to March only
        rows.append(("NL000900", month, None, Measure.SELL_IN, "5000.00", "month"))
    for month in MONTHS:
        rows.append(("NL000920", month, None, Measure.SELL_IN, "300.00", "month"))
        rows.append(("NL000921", month, None, Measure.SELL_IN, "99.99", "month"))
        rows.append(("NL000911", month, None, Measure.SELL_IN, "100.10", "month"))
        rows.append(("NL000911", month, None, Measure.OUTBOUND, "4444.00", "month"))
        # Assen: category targets only (their sum counts) …
        rows.append(("NL000912", month, "oil", Measure.SELL_IN, "50.05", "month"))
        rows.append(("NL000912", month, "filters", Measure.SELL_IN, "20.00", "month"))
    # … but in October a whole-account target too, which wins over its categories.
    rows.append(("NL000912", date(2026, 10, 1), None, Measure.SELL_IN, "80.00", "month"))
    # Neither a year row, nor November, nor last year counts.
    rows.append(("NL000911", date(2026, 1, 1), None, Measure.SELL_IN, "1201.20", "year"))
    rows.append(("NL000911", date(2026, 11, 1), None, Measure.SELL_IN, "100.10", "month"))
    rows.append(("NL000911", date(2025, 12, 1), None, Measure.SELL_IN, "100.10", "month"))
    return rows


# Worked by hand. Regio Noord has no target: Groningen's 100.10 + Assen's 70.05 a month,
# 180.10 in October (Assen's whole target) → 9 × 170.15 + 180.10. Regio Zuid has its own
# 300.00 a month (Breda's 99.99 is not added). The head office: its own 5000.00 from
# January to March, then its regions' (470.15 a month, 480.10 in October).
EXPECTED = {
    # code: (sales, target, left out)
    "NL000900": ("3389.53", "18301.00", ("VND",)),
    "NL000910": ("3256.08", "1711.45", ()),
    "NL000911": ("3000.03", "1001.00", ()),
    "NL000912": ("250.50", "710.45", ()),
    "NL000913": ("5.55", None, ()),
    "NL000920": ("123.45", "3000.00", ()),
    "NL000921": ("123.45", "999.90", ()),
    "NL000930": ("10.00", None, ()),
    "NL000940": ("1000000.00", None, ()),
}


def _fill(db: Database) -> dict[str, uuid.UUID]:
    made: dict[str, uuid.UUID] = {}
    with db.session() as session:
        for code, (name, kind, parent, currency, archived) in CHAIN.items():
            account = m.Account(
                code=code,
                name=name,
                kind=kind,
                channel=Channel.CHAIN_STORE,
                currency=currency,
                parent_id=made[parent] if parent else None,
                archived_at=utcnow() if archived else None,
            )
            session.add(account)
            session.flush()
            made[code] = account.id
        for code, period, measure, amount, currency in SALES:
            session.add(
                m.SalesFact(
                    account_id=made[code],
                    period=period,
                    whole_month=True,
                    measure=measure,
                    quantity=Decimal(1),
                    amount=Decimal(amount),
                    currency=currency,
                )
            )
        for code, month, category, measure, amount, kind in _targets():
            session.add(
                m.Target(
                    account_id=made[code],
                    period_kind=kind,
                    period_start=month,
                    category=category,
                    measure=measure,
                    amount=Decimal(amount),
                    currency="EUR",
                )
            )
    return made


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def chain(request, tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple]:
    """The hand-made chain (read-only) on SQLite or PostgreSQL, and its tree service."""
    if request.param == "sqlite":
        db = open_database(tmp_path_factory.mktemp("ytd") / "ytd.acctdb")
        yield db, _fill(db), AccountTreeService(db, today=lambda: TODAY)
        db.close()
        return
    from tests.pg import with_database

    with with_database(request.getfixturevalue("pg_server"), "t_ytd_rollup") as url:
        db = open_database(url)
        yield db, _fill(db), AccountTreeService(db, today=lambda: TODAY)
        db.close()


def test_every_row_rolls_up_its_subtree_exactly(chain) -> None:
    _db, made, tree = chain
    rows = tree.details(list(made.values()))
    for code, (sales, target, left_out) in EXPECTED.items():
        row = rows[made[code]]
        assert (row.ytd_sales, row.ytd_target, row.ytd_left_out) == (
            Decimal(sales),
            None if target is None else Decimal(target),
            left_out,
        ), code
        assert row.currency == CHAIN[code][3]


def test_the_head_office_percentage_is_its_chains(chain) -> None:
    _db, made, tree = chain
    hq = tree.details([made["NL000900"]])[made["NL000900"]]
    # 3389.53 / 18301.00 = 18.52…%: the chain's sell-in against the chain's target.
    assert hq.ytd_vs_target == Decimal("18.5")
    assert hq.ytd_months == (date(2026, 1, 1), date(2026, 10, 1))
    region = tree.details([made["NL000910"]])[made["NL000910"]]
    assert region.ytd_vs_target == Decimal("190.3")  # 3256.08 / 1711.45
    assert tree.details([made["NL000930"]])[made["NL000930"]].ytd_vs_target is None


def test_a_row_alone_or_in_a_batch_shows_the_same(chain) -> None:
    """Rows asked together (a screenful, nested in a filtered list) or one by one agree."""
    _db, made, tree = chain
    together = tree.details(list(made.values()))
    for account_id in made.values():
        assert tree.details([account_id])[account_id] == together[account_id]


def test_the_tree_sorts_by_the_rolled_up_percentage(chain) -> None:
    """The column sorts by what it shows; accounts without a target come last either way."""
    _db, made, tree = chain
    roots = tree.children(None, sort=TreeSort("ytd_vs_target"))
    assert [(r.code, r.ytd_sales, r.ytd_target) for r in roots] == [
        ("NL000900", Decimal("3389.53"), Decimal("18301.00"))
    ]
    below = tree.children(made["NL000900"], sort=TreeSort("ytd_vs_target", descending=True))
    # Regio Noord 190.3 %, Regio Zuid 4.1 %; Utrecht and Hà Nội have no target.
    assert [r.code for r in below] == ["NL000910", "NL000920", "NL000940", "NL000930"]
    rising = tree.children(made["NL000900"], sort=TreeSort("ytd_vs_target"))
    assert [r.code for r in rising] == ["NL000920", "NL000910", "NL000940", "NL000930"]
    assert all(r.detailed for r in rising)
    page = tree.children(made["NL000900"], 1, 2, sort=TreeSort("ytd_vs_target"))
    assert [r.code for r in page] == ["NL000910", "NL000940"]


def test_a_batch_costs_the_same_few_queries_as_one_row(chain) -> None:
    """Set-based: the number of statements does not grow with the rows asked for."""
    db, made, tree = chain
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:
        statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        tree.details([made["NL000930"]])
        one = len(statements)
        statements.clear()
        tree.details(list(made.values()))
        assert len(statements) == one + 1  # + the chains of targets set below the rows
        assert one == 2  # the rows, then their figures in one grouped query
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def test_january_has_no_whole_month_to_compare(chain) -> None:
    db, made, _tree = chain
    tree = AccountTreeService(db, today=lambda: date(2026, 1, 15))
    hq = tree.details([made["NL000900"]])[made["NL000900"]]
    assert (hq.ytd_sales, hq.ytd_target, hq.ytd_vs_target, hq.ytd_months) == (
        Decimal("0.00"),
        None,
        None,
        None,
    )


@pytest.mark.parametrize("code", ["NL000900", "NL000910", "NL000912", "NL000920"])
def test_the_targets_agree_with_plan_vs_actual(chain, code) -> None:
    """The same rule as the discrepancy view's plan of an account and what is below it."""
    db, made, tree = chain
    plan = PlanActuals(db).scope_targets(
        Measure.SELL_IN, MONTHS[0], MONTHS[-1], account_id=made[code]
    )
    assert sum(plan.values(), Decimal(0)) == tree.details([made[code]])[made[code]].ytd_target
