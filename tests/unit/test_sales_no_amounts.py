"""A re-import read without an amount column never zeroes the amounts of the figures it
replaces unseen (the Dutch QA's stock value of 44.092,54 became 0,00, said only as
"Niet geïmporteerde kolommen: Waarde"): it is refused, naming the column not read and
the amounts at stake, unless the user confirms the file has none."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import insert, select

from acct_desktop.domain.enums import Measure
from acct_desktop.services.imports import ImportRejected, import_sales
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, SalesFact
from tests.unit.test_sales_import import problems, sales_database, write_csv

WITH_VALUE = [
    ["Datum", "Klantnummer", "Soort", "Aantal", "Waarde"],
    ["2026-10-31", "NL-S1", "Voorraad", "120", "40.000,00"],
    ["2026-10-31", "CN-HQ", "Voorraad", "12", "4.092,54"],
]


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    yield from sales_database(tmp_path)


def stock(db: Database) -> list[tuple[str, Decimal, Decimal]]:
    with db.session() as session:
        rows = session.execute(
            select(Account.code, SalesFact.quantity, SalesFact.amount)
            .join(Account, Account.id == SalesFact.account_id)
            .where(SalesFact.measure == Measure.STOCK)
            .order_by(Account.code)
        ).all()
    return [tuple(row) for row in rows]


def without_value(tmp_path: Path, header: str = "Lagerwert") -> Path:
    """The same stock, its value column headed in words the import does not know."""
    rows = [[*WITH_VALUE[0][:4], header], *WITH_VALUE[1:]]
    return write_csv(tmp_path / "voorraad-opnieuw.csv", rows)


def test_a_reimport_that_would_zero_the_stock_value_is_refused(db, tmp_path: Path) -> None:
    import_sales(db, write_csv(tmp_path / "voorraad.csv", WITH_VALUE))
    before = stock(db)
    assert before == [("CN-HQ", Decimal(12), Decimal("4092.54")),
                      ("NL-S1", Decimal(120), Decimal("40000.00"))]  # fmt: skip
    with pytest.raises(ImportRejected) as rejected:
        import_sales(db, without_value(tmp_path))
    assert problems(rejected) == [
        "line 1: the file has no amount column, so the amounts of the figures it replaces "
        "would become 0 (2 sales facts; in all 4,092.54 CNY, 40,000.00 EUR). Columns not "
        'read: "Lagerwert"'
    ]
    assert rejected.value.details["no amounts"] == "Lagerwert"
    assert stock(db) == before  # nothing written
    # read as the amount, the value is kept; confirmed without, it goes
    import_sales(db, without_value(tmp_path), {"amount": "Lagerwert"})
    assert stock(db) == before
    import_sales(db, without_value(tmp_path), no_amounts_confirmed=True)
    assert stock(db) == [("CN-HQ", Decimal(12), Decimal(0)), ("NL-S1", Decimal(120), Decimal(0))]


def test_without_amounts_to_lose_a_file_without_amounts_imports(db, tmp_path: Path) -> None:
    rows = [row[:4] for row in WITH_VALUE]  # no value column at all
    path = write_csv(tmp_path / "voorraad-aantal.csv", rows)
    assert import_sales(db, path).written == 2  # the first import: nothing replaced
    assert import_sales(db, path).replaced == 2  # the figures replaced held no amounts


def test_a_first_import_whose_money_column_is_not_read_is_refused(db, tmp_path: Path) -> None:
    """The QA's first ERP file: "Value USD" not known as the amount, every amount was
    booked as 0.00 ("56 written … Columns not imported: Value USD"). Nothing to replace,
    but the column not read holds numbers: refused, naming it, unless confirmed."""
    path = without_value(tmp_path, "Umsatz")
    with pytest.raises(ImportRejected) as rejected:
        import_sales(db, path)
    assert problems(rejected) == [
        'line 1: the column "Umsatz" holds numbers (40.000,00, 4.092,54), but no column is '
        "read as the amount, so every amount would be 0; map that column to the amount"
    ]
    assert rejected.value.details["no amounts"] == "Umsatz"
    assert stock(db) == []  # nothing written
    import_sales(db, path, {"amount": "Umsatz"})
    assert stock(db) == [("CN-HQ", Decimal(12), Decimal("4092.54")),
                         ("NL-S1", Decimal(120), Decimal("40000.00"))]  # fmt: skip


def test_a_first_import_whose_quantity_column_is_not_read_is_refused(db, tmp_path: Path) -> None:
    path = without_quantity(tmp_path, "Kisten")
    with pytest.raises(ImportRejected) as rejected:
        import_sales(db, path)
    assert problems(rejected) == [
        'line 1: the column "Kisten" holds numbers (120, 12), but no column is read as the '
        "quantity, so every quantity would be 0; map that column to the quantity"
    ]
    assert rejected.value.details["no quantities"] == "Kisten"
    assert import_sales(db, path, no_quantities_confirmed=True).written == 2
    assert stock(db) == [("CN-HQ", Decimal(0), Decimal("4092.54")),
                         ("NL-S1", Decimal(0), Decimal("40000.00"))]  # fmt: skip


def test_a_column_not_read_of_words_or_identifiers_is_no_missing_amount(db, tmp_path: Path) -> None:
    """Invoice numbers and remarks are not amounts: a file of quantities with them
    imports."""
    rows = [[*row[:4], extra, note] for row, extra, note in
            zip(WITH_VALUE, ["Invoice No", "10023", "10024"], ["Remark", "ok", "late"],
                strict=True)]  # fmt: skip
    assert import_sales(db, write_csv(tmp_path / "aantal.csv", rows)).written == 2


@pytest.mark.parametrize("header", ["Week", "Fiscal Year", "Weeknummer", "Tuần", "周", "会计年度"])
def test_a_column_not_read_of_period_numbers_is_no_missing_amount(
    db, tmp_path: Path, header: str
) -> None:
    """A week or year number beside the quantities is not an amount left unread."""
    rows = [[*row[:4], extra] for row, extra in zip(WITH_VALUE, [header, "44", "44"], strict=True)]
    assert import_sales(db, write_csv(tmp_path / "aantal.csv", rows)).written == 2


def test_a_daily_file_replacing_a_monthly_figure_with_an_amount_is_refused_too(
    db, tmp_path: Path
) -> None:
    with db.session() as session:
        account = session.scalars(select(Account.id).where(Account.code == "NL-S1")).one()
        session.execute(
            insert(SalesFact),
            [dict(period=date(2026, 10, 1), whole_month=True, account_id=account,
                  measure=Measure.SELL_IN, quantity=Decimal(10), amount=Decimal("250.00"),
                  currency="EUR")],
        )  # fmt: skip
    path = write_csv(
        tmp_path / "dag.csv",
        [["date", "account_code", "measure", "quantity"], ["2026-10-15", "NL-S1", "sell_in", "3"]],
    )
    with pytest.raises(ImportRejected) as rejected:
        import_sales(db, path)
    assert "(1 sales fact; in all 250.00 EUR)" in problems(rejected)[0]
    assert "Columns not read" not in problems(rejected)[0]
    assert rejected.value.details["no amounts"] == ""
    assert import_sales(db, path, no_amounts_confirmed=True).replaced == 1


# -- the quantity column, guarded by the same steps ------------------------------------------


def without_quantity(tmp_path: Path, header: str = "Stapels") -> Path:
    """The same stock, its quantity column headed in words the import does not know."""
    rows = [[*WITH_VALUE[0][:3], header, WITH_VALUE[0][4]], *WITH_VALUE[1:]]
    return write_csv(tmp_path / "voorraad-waarde.csv", rows)


def test_a_reimport_that_would_zero_the_quantities_is_refused(db, tmp_path: Path) -> None:
    """A Vietnamese manager's October re-import from a turnover report (no quantity column
    read): the stock counts would become 0 unseen. Refused as a file without amounts is."""
    import_sales(db, write_csv(tmp_path / "voorraad.csv", WITH_VALUE))
    before = stock(db)
    with pytest.raises(ImportRejected) as rejected:
        import_sales(db, without_quantity(tmp_path))
    assert problems(rejected) == [
        "line 1: the file has no quantity column, so the quantities of the figures it "
        "replaces would become 0 (2 sales facts; in all 132). Columns not read: "
        '"Stapels"'
    ]
    assert rejected.value.details["no quantities"] == "Stapels"
    assert "no amounts" not in rejected.value.details
    assert stock(db) == before  # nothing written
    with pytest.raises(ImportRejected):  # confirming the amounts does not confirm these
        import_sales(db, without_quantity(tmp_path), no_amounts_confirmed=True)
    import_sales(db, without_quantity(tmp_path), {"quantity": "Stapels"})
    assert stock(db) == before
    import_sales(db, without_quantity(tmp_path), no_quantities_confirmed=True)
    assert stock(db) == [("CN-HQ", Decimal(0), Decimal("4092.54")),
                         ("NL-S1", Decimal(0), Decimal("40000.00"))]  # fmt: skip


def test_without_quantities_to_lose_a_file_without_quantities_imports(db, tmp_path: Path) -> None:
    rows = [[*row[:3], row[4]] for row in WITH_VALUE]  # no quantity column at all
    path = write_csv(tmp_path / "voorraad-waarde.csv", rows)
    assert import_sales(db, path).written == 2
    assert import_sales(db, path).replaced == 2  # the figures replaced held no quantities


def test_a_monthly_file_without_quantities_replacing_daily_ones_names_none_unread(
    db, tmp_path: Path
) -> None:
    """Quantities with decimals are totalled as they are; a file whose every column is read
    names none."""
    daily = write_csv(
        tmp_path / "dag.csv",
        [["date", "account_code", "measure", "quantity", "amount"],
         ["2026-10-15", "NL-S1", "sell_in", "2.5", "25"],
         ["2026-10-16", "NL-S1", "sell_in", "10", "100"]],
    )  # fmt: skip
    import_sales(db, daily)
    monthly = write_csv(
        tmp_path / "maand.csv",
        [["period", "account_code", "measure", "amount"], ["2026-10", "NL-S1", "sell_in", "125"]],
    )
    with pytest.raises(ImportRejected) as rejected:
        import_sales(db, monthly)
    assert problems(rejected) == [
        "line 1: the file has no quantity column, so the quantities of the figures it "
        "replaces would become 0 (2 sales facts; in all 12.5)"
    ]
    assert rejected.value.details["no quantities"] == ""
    assert import_sales(db, monthly, no_quantities_confirmed=True).replaced == 2
