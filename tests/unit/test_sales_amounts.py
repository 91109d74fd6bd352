"""A sales file's quantity read as the amount is refused — by its header or by its numbers —
on the header line with the column named, unless the user confirms the column holds
amounts; nothing is written while it is refused."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import numpy as np
import pytest

from acct_desktop.domain.enums import Measure
from acct_desktop.services.imports import ImportRejected, import_sales
from acct_desktop.services.imports.sales_amounts import (
    SameAsQuantity,
    amount_instead,
    names_quantity,
)
from acct_desktop.services.imports.sliced import SLICE
from acct_desktop.store.database import Database
from tests.unit.test_sales_import import fact_count, problems, sales_database, totals, write_csv


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    yield from sales_database(tmp_path)


@pytest.mark.parametrize(
    "header",
    ["Quantity", "Qty", "Qty.", "QTY (pcs)", "Aantal", "Aantal (st)", "Hoeveelheid", "数量",
     "销量", "数量（箱）", "Số lượng", "Sản lượng", "Units", "Volume", "target quantity"],
)  # fmt: skip
def test_a_quantity_header_is_known_in_every_language(header: str) -> None:
    assert names_quantity(header)


@pytest.mark.parametrize(
    "header",
    ["Amount", "Omzet", "Omzet excl. btw", "Net amount (EUR)", "金额", "含税金额（元）",
     "Thành tiền", "Bedrag", "Value", "Sales volume", "", None],
)  # fmt: skip
def test_an_amount_header_is_not_taken_for_a_quantity(header: str | None) -> None:
    assert not names_quantity(header)


def test_the_one_amount_column_left_is_suggested() -> None:
    headers = ["Datum", "Klant", "Aantal", "Omzet excl. btw", "Opmerking"]
    assert amount_instead(headers, [0, 1, 2]) == "Omzet excl. btw"
    assert amount_instead(headers, [0, 1, 2, 3]) is None  # read already
    assert amount_instead([*headers, "Omzet incl. btw"], [0, 1, 2]) is None  # two: no guess


def test_equal_columns_are_found_across_slices_and_one_row_apart_clears_them() -> None:
    rows = 2 * SLICE + 10
    quantities = np.arange(rows, dtype=np.int64) * 1000  # 0, 1.000, 2.000 … thousandths
    amounts = np.arange(rows, dtype=np.int64) * 100  # 0, 1.00, 2.00 … hundredths
    same = SameAsQuantity()
    for start in range(0, rows, SLICE):
        same.add(np, quantities[start : start + SLICE], amounts[start : start + SLICE])
    assert same.found
    amounts[2 * SLICE + 3] += 1  # one row in the last slice differs by a cent
    apart = SameAsQuantity()
    for start in range(0, rows, SLICE):
        apart.add(np, quantities[start : start + SLICE], amounts[start : start + SLICE])
    assert not apart.found
    zeros = SameAsQuantity()
    zeros.add(np, np.zeros(5, np.int64), np.zeros(5, np.int64))
    assert not zeros.found  # nothing but zeros is no sign of anything
    odd = SameAsQuantity()  # 1.005 pieces is not 1.00 of money, nor 1.01
    odd.add(np, np.array([1005, -15], np.int64), np.array([100, -1], np.int64))
    assert not odd.found


def rows(amounts: list[str], quantities: list[str]) -> list[list[str]]:
    return [
        [f"2026-10-{day:02d}", "NL-S1", "sell_in", quantity, amount]
        for day, (quantity, amount) in enumerate(zip(quantities, amounts, strict=True), start=1)
    ]


def test_an_amount_column_headed_as_a_quantity_is_refused_on_the_header_line(
    db: Database, tmp_path: Path
) -> None:
    header = ["Datum", "Klantnummer", "Soort", "Aantal", "Omzet"]
    path = write_csv(tmp_path / "oct.csv", [header, *rows(["19.90", "39.80"], ["1", "2"])])
    with pytest.raises(ImportRejected) as refused:
        import_sales(db, path, {"amount": "Aantal"})
    assert problems(refused) == [
        'line 1, column "Aantal": this column is read as the amount, but its header names a '
        "quantity: its numbers would be booked as money"
    ]
    assert refused.value.details == {
        "amount column": "Aantal",
        "amount instead": "Omzet",
        "quantity free": True,
    }
    assert fact_count(db) == 0
    # "Omzet", not read, holds numbers: the quantities (none read) are confirmed too
    import_sales(db, path, {"amount": "Aantal"}, amount_confirmed=True,
                 no_quantities_confirmed=True)  # fmt: skip
    assert totals(db) == {("NL-S1", Measure.SELL_IN): Decimal(3)}  # as the user said


def test_an_amount_that_is_the_quantity_on_every_row_is_refused_naming_both_columns(
    db: Database, tmp_path: Path
) -> None:
    header = ["Datum", "Klantnummer", "Soort", "Stuks", "Waarde"]
    same = rows(["1", "2.00", "0", "-3.50"], ["1", "2", "0", "-3.5"])
    path = write_csv(tmp_path / "oct.csv", [header, *same])
    with pytest.raises(ImportRejected) as refused:
        import_sales(db, path, {"quantity": "Stuks", "amount": "Waarde"})
    assert problems(refused) == [
        'line 1, column "Waarde": this column is read as the amount, but on every row it '
        'holds the same number as the quantity (column "Stuks"): is a quantity read as the '
        "amount?"
    ]
    assert refused.value.total == 1 and refused.value.details == {"amount column": "Waarde"}
    assert fact_count(db) == 0
    import_sales(db, path, {"quantity": "Stuks", "amount": "Waarde"}, amount_confirmed=True)
    assert fact_count(db) == 4


def test_amounts_that_differ_from_the_quantities_on_one_row_are_imported(
    db: Database, tmp_path: Path
) -> None:
    header = ["date", "account_code", "measure", "quantity", "amount"]
    path = write_csv(tmp_path / "oct.csv", [header, *rows(["1", "2", "3.50"], ["1", "2", "3"])])
    import_sales(db, path)
    assert totals(db) == {("NL-S1", Measure.SELL_IN): Decimal("6.50")}
    amounts_only = [[*r[:3], r[4]] for r in rows(["1", "2"], ["1", "2"])]
    only_amounts = write_csv(tmp_path / "amounts.csv", [[*header[:3], "amount"], *amounts_only])
    # no quantity column: nothing to compare with (the quantities it replaces go, confirmed)
    import_sales(db, only_amounts, no_quantities_confirmed=True)
