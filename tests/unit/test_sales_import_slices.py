"""A big sales file is read, checked and written a slice at a time (so the window stays
responsive while it imports): the slices must change nothing in what is read or written,
the progress must move forward to its end, and a cancel during the index rebuild must
leave nothing behind."""

from __future__ import annotations

import csv
import io
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import inspect

from acct_desktop.domain.enums import Measure
from acct_desktop.services.imports import ImportCancelled, import_sales, sales_rows, sliced
from acct_desktop.services.imports.sales_writes import INSERT_SHARE, Coded, FactRows
from acct_desktop.store.database import Database
from tests.unit.test_sales_import import fact_count, sales_database, write_csv


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    yield from sales_database(tmp_path)


# -- the slicing helpers ----------------------------------------------------------------------


@given(cells=st.lists(st.sampled_from("abcdeé广"), max_size=40))
def test_sliced_work_gives_what_the_whole_column_calls_give(cells: list[str]) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sliced, "SLICE", 3)
        assert sliced.mapped(str.upper, cells) == list(map(str.upper, cells))
        assert sliced.distinct(cells) == set(cells)
        assert [x for part in sliced.slices(cells) for x in part] == cells
        assert all(len(part) <= 3 for part in sliced.slices(cells))
        emptied = list(cells)
        sliced.released(emptied)
        assert emptied == []


@given(
    accounts=st.lists(st.sampled_from(["A", "B", "C", "D"]), min_size=1, max_size=30),
    data=st.data(),
)
def test_the_replaced_pairs_are_exactly_the_files_account_and_measure_pairs(
    accounts: list[str], data: st.DataObject
) -> None:
    marks = data.draw(
        st.lists(st.sampled_from(["in", "out", "", "stock"]), min_size=len(accounts),
                 max_size=len(accounts))
    )  # fmt: skip
    ids = {code: uuid.uuid5(uuid.NAMESPACE_DNS, code) for code in "ABCD"}
    measures = {"in": Measure.SELL_IN, "out": Measure.OUTBOUND, "": Measure.SELL_IN,
                "stock": Measure.STOCK}  # fmt: skip
    n = len(accounts)
    rows = FactRows(
        periods=Coded.constant(None, n),
        accounts=Coded(accounts, ids),
        products=Coded.constant(None, n),
        categories=Coded.constant(None, n),
        measures=Coded(marks, measures),
        quantities=[0] * n,
        amounts=[0] * n,
        currencies=Coded.constant("EUR", n),
    )
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sliced, "SLICE", 4)
        found = rows.replaced_pairs()
    assert found == {(ids[a], measures[m]) for a, m in zip(accounts, marks, strict=True)}


# -- reading a plain CSV a block at a time ----------------------------------------------------

cell = st.text(
    alphabet=st.sampled_from(list("ab 7.-广南ệĳ")), max_size=4
)  # no delimiter, quote or line break: a plain export's cells


def careful_columns(text: str) -> list[list[str]]:
    records = list(csv.reader(io.StringIO(text, newline="")))
    while records and not records[-1]:
        records.pop()
    return [list(column) for column in zip(*records[1:], strict=True)]


@settings(max_examples=150, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    records=st.lists(st.lists(cell, min_size=3, max_size=3), min_size=1, max_size=25),
    line_end=st.sampled_from(["\n", "\r\n"]),
    trailing=st.sampled_from(["", "\n", "\r\n", "\n\n"]),
    block=st.integers(min_value=1, max_value=40),
)
def test_a_plain_csv_split_in_blocks_reads_like_the_csv_module(
    records: list[list[str]], line_end: str, trailing: str, block: int
) -> None:
    if any(not "".join(r) for r in records):
        records = [r if "".join(r) else ["x", *r[1:]] for r in records]  # no empty rows
    text = line_end.join(",".join(r) for r in [["date", "code", "amount"], *records])
    text += trailing
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(sales_rows, "BLOCK_CHARS", block)
        read = sales_rows._plain_csv(text, "utf-8")
    assert read is not None
    assert read.rows == len(records)
    assert read.table.headers == ["date", "code", "amount"]
    assert read.columns == careful_columns(text)
    assert [read.line(row) for row in range(read.rows)] == list(range(2, 2 + len(records)))


@pytest.mark.parametrize("block", [1, 5, 9, 10, 11, 1 << 20])
@pytest.mark.parametrize(
    "text",
    [
        "a,b\n1,2\r3,4\n",  # a lone CR inside a line
        "a,b\n1,2\n\n3,4\n",  # a blank line in the middle
        "a,b\n1,2\n3\n",  # a ragged line
        "a,b\n1,2\n,\n3,4\n",  # a row of empty cells
        "a,b\n1,2\r",  # a lone CR at the end
        "a,b\r\n1,2\r\r\n",  # CR CR LF
    ],
)
def test_lines_the_careful_reader_must_name_are_never_read_by_blocks(
    text: str, block: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sales_rows, "BLOCK_CHARS", block)
    assert sales_rows._plain_csv(text, "utf-8") is None


@pytest.mark.parametrize("block", [1, 4, 5, 6, 7, 8, 1 << 20])
def test_a_crlf_split_by_a_block_boundary_is_still_one_line_end(
    block: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sales_rows, "BLOCK_CHARS", block)
    read = sales_rows._plain_csv("a,b\r\n1,2\r\n3,4\r\n", "utf-8")
    assert read is not None
    assert read.columns == [["1", "3"], ["2", "4"]]


# -- progress and cancel on a file big enough to rebuild the indexes --------------------------

ROWS = 30_000


@pytest.fixture
def big_file(tmp_path: Path) -> Path:
    rows = [["date", "account_code", "sku", "measure", "quantity", "amount"]]
    rows += [
        [f"2026-01-{1 + n % 28:02d}", "CN-HQ", "PEO-1L", "sell_in", str(n % 9), f"{n}.25"]
        for n in range(ROWS)
    ]
    return write_csv(tmp_path / "big.csv", rows)


def test_the_progress_of_a_big_import_only_moves_forward_and_ends_full(
    db: Database,
    big_file: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sales_rows, "BLOCK_CHARS", 100_000)  # this file: ~10 blocks
    heard: list[tuple[int, int]] = []
    import_sales(db, big_file, progress=lambda done, total: heard.append((done, total)))
    shares = [done / total for done, total in heard]
    assert shares == sorted(shares)
    assert heard[-1] == (2 * ROWS, 2 * ROWS)
    reading = [share for share in shares if share < 0.45 / 2]
    assert len(reading) >= 5  # the file's reading is reported as it goes
    rebuilding = [share for share in shares if (1 + INSERT_SHARE) / 2 < share < 1]
    assert rebuilding  # and so is the index rebuild
    assert fact_count(db) == ROWS


def test_cancelling_while_the_indexes_are_rebuilt_stops_at_once_and_leaves_nothing(
    db: Database,
    big_file: Path,
) -> None:
    heard: list[int] = []

    def progress(done: int, total: int) -> None:
        heard.append(done)
        if done > ROWS + INSERT_SHARE * ROWS:  # past the insert: an index is being built
            raise ImportCancelled

    with pytest.raises(ImportCancelled):
        import_sales(db, big_file, progress=progress)
    assert heard[-1] < 2 * ROWS  # stopped inside the rebuild, not after it
    assert fact_count(db) == 0
    names = {index["name"] for index in inspect(db.engine).get_indexes("sales_fact")}
    assert {"ix_sales_fact_account_period", "ix_sales_fact_period_measure"} <= names
    assert import_sales(db, big_file).written == ROWS
