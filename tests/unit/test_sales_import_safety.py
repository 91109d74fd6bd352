"""A sales import never silently loses history: a stray date is refused by line (or named
as meant), only the months holding rows are replaced, the summary says what was replaced
month by month and a backup is taken first; a corrected file can replace the figures it
moved away; stock is never negative, and a row's quantity and amount go the same way."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, insert, select, update

from acct_desktop.domain.enums import Measure
from acct_desktop.services.backup import BackupStore
from acct_desktop.services.imports import ImportRejected, import_sales
from acct_desktop.services.imports.sales_months import MonthRows, stray_months
from acct_desktop.services.imports.sales_scope import ReplaceFor
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models import Account, SalesFact, Territory
from tests.unit.test_sales_import import (
    fact_count,
    problems,
    sales_database,
    totals,
    write_csv,
)

HEADER = ["date", "account_code", "measure", "quantity", "amount"]
OCT, JAN = date(2026, 10, 1), date(2026, 1, 1)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    yield from sales_database(tmp_path)


def monthly_history(db: Database, accounts: tuple[str, ...], months: range, amount: int) -> None:
    """A monthly figure of ``amount`` per account, measure sell-in and month of 2026."""
    with db.session() as session:
        ids = dict(session.execute(select(Account.code, Account.id)).all())
        session.execute(
            insert(SalesFact),
            [
                dict(period=date(2026, month, 1), whole_month=True, account_id=ids[code],
                     measure=Measure.SELL_IN, quantity=Decimal(1), amount=Decimal(amount),
                     currency="CNY")
                for code in accounts for month in months
            ],
        )  # fmt: skip


def by_month(db: Database) -> dict[date, Decimal]:
    with db.session() as session:
        rows = session.execute(select(SalesFact.period, SalesFact.amount)).all()
    found: Counter[date] = Counter()
    for period, amount in rows:
        found[period.replace(day=1)] += Decimal(amount)
    return dict(found)


def october(days: int = 30, account: str = "CN-HQ", amount: str = "10.25") -> list[list[str]]:
    return [[f"2026-10-{d:02d}", account, "sell_in", "1", amount] for d in range(1, days + 1)]


# -- a stray date ---------------------------------------------------------------------------


def test_one_mistyped_month_is_refused_by_line_and_no_history_is_lost(
    db: Database, tmp_path: Path
) -> None:
    monthly_history(db, ("CN-HQ", "VN-W1"), range(1, 10), 1000)
    before = totals(db)
    rows = [HEADER, *october(), *october(account="VN-W1")]
    rows[40] = ["2026/01/09", "CN-HQ", "sell_in", "1", "10.25"]  # line 41 of the file
    path = write_csv(tmp_path / "oct.csv", rows)
    with pytest.raises(ImportRejected) as refused:
        import_sales(db, path)
    assert problems(refused) == [
        'line 41, column "date": this row is in 2026-01, which holds only 1 of the file\'s 60 '
        "rows (2026-10 holds 59): is its date mistyped? Importing it would replace 2026-01's "
        "figures of the file's accounts"
    ]
    assert refused.value.details["months"] == (MonthRows(OCT, 59), MonthRows(JAN, 1, (41,)))
    assert (
        totals(db)
        == before
        == {
            ("CN-HQ", Measure.SELL_IN): Decimal(9000),
            ("VN-W1", Measure.SELL_IN): Decimal(9000),
        }
    )
    assert BackupStore.for_database(db).list() == []  # nothing replaced, nothing copied


def test_a_file_limited_to_its_month_refuses_the_rows_outside_it(
    db: Database, tmp_path: Path
) -> None:
    monthly_history(db, ("CN-HQ",), range(1, 10), 1000)
    rows = [HEADER, *october(), ["2026-01-09", "CN-HQ", "sell_in", "1", "5"]]
    with pytest.raises(ImportRejected) as refused:
        import_sales(db, write_csv(tmp_path / "oct.csv", rows), periods=[OCT])
    assert problems(refused) == [
        'line 32, column "date": this row is in 2026-01, outside the months named for this '
        "import (2026-10)"
    ]
    assert totals(db) == {("CN-HQ", Measure.SELL_IN): Decimal(9000)}


def test_months_named_as_meant_replace_only_those_and_say_so_month_by_month(
    db: Database, tmp_path: Path
) -> None:
    """The user confirms January: January 9–31 and October are replaced, February to
    September are not touched although they lie between; the summary says what went from
    which month, and the backup holds the database as it was."""
    monthly_history(db, ("CN-HQ", "VN-W1"), range(1, 11), 1000)
    rows = [HEADER, *october(), ["2026-01-09", "CN-HQ", "sell_in", "1", "5"]]
    summary = import_sales(db, write_csv(tmp_path / "oct.csv", rows), periods=[OCT, JAN])
    assert summary.replaced_by_month == ((JAN, 1), (OCT, 1))
    assert summary.replaced == 2 and summary.monthly_replaced == 1
    assert summary.describe().startswith(
        "31 sales facts read: 31 written, 2 replaced, for 1 account, covering 2026-01-09 to "
        "2026-10-30. 1 of them were monthly figures, replaced by the file's daily figures of "
        "their month, which start on 2026-01-09. Figures replaced by month: 2026-01: 1, "
        "2026-10: 1. The database as it was before this import is kept as a backup ("
    )
    months = by_month(db)
    assert months[JAN] == Decimal(1000 + 5)  # VN-W1's January stays: not in the file
    assert all(months[date(2026, m, 1)] == Decimal(2000) for m in range(2, 10))
    assert months[OCT] == Decimal(1000) + 30 * Decimal("10.25")
    backups = BackupStore.for_database(db).list()
    assert [b.kind for b in backups] == ["pre-import"] and str(backups[0].path) == summary.backup
    copy = open_database(backups[0].path)
    try:
        assert by_month(copy)[JAN] == Decimal(2000) and by_month(copy)[OCT] == Decimal(2000)
    finally:
        copy.close()


def test_a_history_whose_edge_month_has_one_order_is_not_a_stray() -> None:
    counts = Counter({date(2024, 11, 1): 1, date(2024, 12, 1): 25, date(2025, 1, 1): 35})
    assert stray_months(counts) == []  # next to the rest, in a file of many months
    counts[date(2023, 3, 1)] = 1
    assert stray_months(counts) == [date(2023, 3, 1)]  # far from the rest


@settings(max_examples=60, deadline=None)
@given(
    st.dictionaries(
        st.builds(date, st.integers(2025, 2026), st.integers(1, 12), st.just(1)),
        st.integers(1, 400),
        min_size=1,
        max_size=6,
    )
)
def test_a_month_is_a_stray_only_when_few_rows_sit_apart_or_beside_a_dominant_month(
    counts: dict[date, int],
) -> None:
    found = stray_months(Counter(counts))
    largest, total = max(counts.values()), sum(counts.values())
    for month, rows in counts.items():
        few = rows * 20 < largest
        neighbours = {
            date(month.year + (month.month == 12), month.month % 12 + 1, 1),
            date(month.year - (month.month == 1), (month.month - 2) % 12 + 1, 1),
        }
        apart = not neighbours & counts.keys()
        assert (month in found) == (few and (largest >= 0.75 * total or apart))
    assert max(counts, key=counts.get) not in found


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    main=st.integers(21, 60),
    strays=st.lists(st.integers(1, 9), min_size=1, max_size=3, unique=True),
)
def test_any_stray_month_is_refused_with_every_figure_kept(
    db: Database, tmp_path: Path, main: int, strays: list[int]
) -> None:
    with db.session() as session:
        session.execute(delete(SalesFact))
    monthly_history(db, ("CN-HQ",), range(1, 12), 700)
    rows = [HEADER] + [
        [f"2026-10-{1 + n % 28:02d}", "CN-HQ", "sell_in", "1", "0.01"] for n in range(main)
    ]
    rows += [[f"2026-{month:02d}-15", "CN-HQ", "sell_in", "1", "3"] for month in strays]
    with pytest.raises(ImportRejected) as refused:
        import_sales(db, write_csv(tmp_path / f"{uuid.uuid4().hex}.csv", rows))
    named = sorted(p.line for p in refused.value.problems)
    assert named == list(range(main + 2, main + 2 + len(strays)))
    assert totals(db) == {("CN-HQ", Measure.SELL_IN): Decimal(700 * 11)}


def test_months_without_rows_between_the_files_months_are_left_alone(
    db: Database, tmp_path: Path
) -> None:
    """A file of January and March (a month each): February's figures stay. Before, the
    file covered its first to its last day and February went."""
    monthly_history(db, ("CN-HQ",), range(1, 4), 1000)
    rows = [HEADER] + [[f"2026-{m:02d}-{d:02d}", "CN-HQ", "sell_in", "1", "2"]
                       for m in (1, 3) for d in range(1, 29)]  # fmt: skip
    summary = import_sales(db, write_csv(tmp_path / "jan-mar.csv", rows))
    assert summary.replaced_by_month == ((JAN, 1), (date(2026, 3, 1), 1))
    assert by_month(db) == {JAN: Decimal(56), date(2026, 2, 1): Decimal(1000),
                            date(2026, 3, 1): Decimal(56)}  # fmt: skip


# -- a corrected file -----------------------------------------------------------------------


def with_territories(db: Database) -> None:
    """CN-HQ and 广州-01 in 华南, VN-W1 in Miền Nam, NL-S1 in none."""
    with db.session() as session:
        south = Territory(code="CN-01", name="华南")
        vietnam = Territory(code="VN-03", name="Miền Nam")
        session.add_all([south, vietnam])
        session.flush()
        for codes, territory in ((("CN-HQ", "广州-01"), south), (("VN-W1",), vietnam)):
            session.execute(
                update(Account).where(Account.code.in_(codes)).values(territory_id=territory.id)
            )


@pytest.mark.parametrize(
    ("replace_for", "left"),
    [
        (ReplaceFor.FILE, {"广州-01": Decimal("19805.76"), "VN-W1": Decimal(500)}),  # stay
        (ReplaceFor.TERRITORY, {"VN-W1": Decimal(500)}),  # another territory: untouched
        (ReplaceFor.ALL, {}),
    ],
)
def test_a_corrected_file_takes_the_figures_it_moved_away_when_asked(
    db: Database, tmp_path: Path, replace_for: ReplaceFor, left: dict[str, Decimal]
) -> None:
    """The first October file booked CN-HQ's sell-out under 广州-01; the corrected file has
    no sell-out for 广州-01 at all, so by default its wrong figures stayed (counted twice)."""
    with_territories(db)
    sell_out = [["2026-10-05", "广州-01", "sell_out", "216", "19805.76"]]
    stock = [["2026-10-31", "广州-01", "stock", "3", "30"]]
    other = [["2026-10-05", "VN-W1", "sell_out", "5", "500"]]
    import_sales(db, write_csv(tmp_path / "wrong.csv", [HEADER, *sell_out, *stock, *other]))
    corrected = [HEADER, ["2026-10-05", "CN-HQ", "sell_out", "216", "19805.76"], *stock]
    summary = import_sales(
        db, write_csv(tmp_path / "right.csv", corrected), replace_for=replace_for
    )
    sell_outs = {
        code: total for (code, measure), total in totals(db).items() if measure is Measure.SELL_OUT
    }
    assert sell_outs == {"CN-HQ": Decimal("19805.76"), **left}
    assert totals(db)[("广州-01", Measure.STOCK)] == Decimal(30)  # its stock: replaced by itself
    if replace_for is not ReplaceFor.FILE:
        assert "not only for the accounts in the file" in summary.describe()


# -- signs ----------------------------------------------------------------------------------


def test_negative_stock_and_opposite_signs_are_refused_by_line_but_returns_pass(
    db: Database, tmp_path: Path
) -> None:
    rows = [
        HEADER,
        ["2026-10-01", "CN-HQ", "sell_out", "-36", "-11007.36"],  # a return: both negative
        ["2026-10-31", "CN-HQ", "stock", "-36", "1656.72"],
        ["2026-10-02", "CN-HQ", "sell_in", "-2", "40"],
        ["2026-10-31", "VN-W1", "stock", "0", "-5"],
        ["2026-10-03", "CN-HQ", "sell_in", "0", "-7"],  # a credit note without quantity
    ]
    with pytest.raises(ImportRejected) as refused:
        import_sales(db, write_csv(tmp_path / "signs.csv", rows))
    assert problems(refused) == [
        'lines 3, 5, column "quantity": stock cannot be negative: it is a count of what is on '
        "hand (a return is sell-in or sell-out with a negative quantity and amount)",
        'line 4, column "quantity": the quantity and the amount have opposite signs; a return '
        "has both negative",
    ]
    assert fact_count(db) == 0
    import_sales(db, write_csv(tmp_path / "ok.csv", [rows[0], rows[1], rows[5]]))
    assert totals(db) == {
        ("CN-HQ", Measure.SELL_OUT): Decimal("-11007.36"),
        ("CN-HQ", Measure.SELL_IN): Decimal(-7),
    }


signed = st.decimals(min_value=-1000, max_value=1000, places=2, allow_nan=False)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=st.lists(
        st.tuples(st.sampled_from(["sell_in", "sell_out", "stock", "库存"]), signed, signed),
        min_size=1,
        max_size=25,
    )
)
def test_exactly_the_rows_with_negative_stock_or_opposite_signs_are_refused(
    db: Database, tmp_path: Path, rows: list[tuple[str, Decimal, Decimal]]
) -> None:
    with db.session() as session:
        session.execute(delete(SalesFact))
    table = [HEADER] + [["2026-10-01", "CN-HQ", m, f"{q:f}", f"{a:f}"] for m, q, a in rows]
    path = write_csv(tmp_path / f"{uuid.uuid4().hex}.csv", table)
    bad = {
        line
        for line, (m, q, a) in enumerate(rows, start=2)
        if (m in ("stock", "库存") and (q < 0 or a < 0)) or q * a < 0
    }
    # a file whose every amount is its quantity is refused for that (test_sales_amounts)
    if not bad:
        import_sales(db, path, amount_confirmed=True)
        expected: Counter[Measure] = Counter()
        for m, _q, a in rows:
            expected[Measure.STOCK if m == "库存" else Measure(m)] += a
        assert totals(db) == {("CN-HQ", m): Decimal(t) for m, t in expected.items()}
        return
    with pytest.raises(ImportRejected) as refused:
        import_sales(db, path, amount_confirmed=True)
    named = set()
    for problem in refused.value.problems:
        named |= {problem.line, *getattr(problem, "others", ())}
    assert named <= bad and refused.value.total == len(bad)
    assert fact_count(db) == 0


# -- the backup -----------------------------------------------------------------------------


def test_a_backup_is_taken_before_a_risky_replacement_only(db: Database, tmp_path: Path) -> None:
    """A month's plain re-import goes without a copy (its summary says what it replaced);
    one that takes away more figures than it brings, or other accounts' figures, is copied
    first, and the copy holds the figures as they were."""
    store = BackupStore.for_database(db)
    first = write_csv(tmp_path / "oct.csv", [HEADER, *october(), *october(account="VN-W1")])
    import_sales(db, first)
    again = import_sales(db, first)
    assert (again.replaced, again.backup, store.list()) == (60, None, [])
    odd_days = october()[::2]  # 1, 3, … 29: the days between go too
    smaller = import_sales(db, write_csv(tmp_path / "odd.csv", [HEADER, *odd_days]))
    assert smaller.replaced == 29 and smaller.written == 15 and smaller.backup is not None
    copy = open_database(smaller.backup)
    try:
        assert totals(copy)[("CN-HQ", Measure.SELL_IN)] == 30 * Decimal("10.25")
    finally:
        copy.close()
    wider = import_sales(
        db, write_csv(tmp_path / "hq.csv", [HEADER, *october(30)]), replace_for=ReplaceFor.ALL
    )
    assert wider.backup is not None and len(store.list()) == 2
    assert totals(db) == {("CN-HQ", Measure.SELL_IN): 30 * Decimal("10.25")}
