"""Every importer against hostile input: the CSV test suites' files in ../shared/data, the
calendar and vCard libraries' broken files, and hypothesis-made spreadsheets and bytes.

Each input either imports or is refused with a sentence (a ``ValueError`` subclass the
GUI and CLI show as it is) — never another exception — and a refusal writes nothing: the
row count of every table is the same afterwards.
"""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from acct_desktop.services.contact_card_export import ContactCardError
from acct_desktop.services.contact_cards import import_vcards
from acct_desktop.services.imports import (
    ImportConflict,
    ImportRejected,
    TabularError,
    import_accounts,
    import_contacts,
    import_price_policies,
    import_products,
    import_rebates,
)
from acct_desktop.services.imports.sales import import_sales
from acct_desktop.services.imports.targets import import_targets
from acct_desktop.services.visit_calendar_import import CalendarImportError, import_ics
from acct_desktop.store.base import Base
from acct_desktop.store.database import Database, open_database

SHARED = Path(__file__).resolve().parents[3] / "shared" / "data"
if not SHARED.is_dir():  # the shared data sits next to the checkout
    SHARED = Path("/work/shared/data")
MESSY = SHARED / "messy_csv"
CALENDARS = SHARED / "calendars"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="shared test data missing")

# What a refusal may be: each is a sentence for the user (the GUI and CLI print it as is).
REFUSALS = (ImportRejected, ImportConflict, TabularError, CalendarImportError, ContactCardError)

SPREADSHEET_IMPORTERS: dict[str, Callable[[Database, Path], object]] = {
    "accounts": lambda db, path: import_accounts(db, path),
    "contacts": lambda db, path: import_contacts(db, path),
    "products": lambda db, path: import_products(db, path),
    "price-policies": lambda db, path: import_price_policies(db, path),
    "rebates": lambda db, path: import_rebates(db, path),
    "sales": lambda db, path: import_sales(db, path),
    "targets": lambda db, path: import_targets(db, path),
}
HEADERS = {
    "accounts": ["code", "name", "kind", "channel", "tier", "parent_code", "credit_limit"],
    "contacts": ["account_code", "name", "dmu_role", "attitude", "influence", "reports_to"],
    "products": ["sku", "name", "category", "unit", "list_price", "cost"],
    "price-policies": ["sku", "category", "account_code", "valid_from", "guide_price"],
    "rebates": ["account_code", "kind", "period_start", "period_end", "tiers", "signed_on"],
    "sales": ["date", "account_code", "sku", "measure", "quantity", "amount"],
    "targets": ["year", "account_code", "measure", "amount", "method"],
}


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory, demo_s_file) -> Path:
    """The S demo, upgraded once for this module (tests copy it)."""
    path = tmp_path_factory.mktemp("fuzz") / "demo.acctdb"
    shutil.copyfile(demo_s_file, path)
    open_database(path).close()
    return path


@pytest.fixture
def demo(demo_template, tmp_path):
    path = tmp_path / "demo.acctdb"
    shutil.copyfile(demo_template, path)
    database = open_database(path)
    yield database
    database.close()


def counts(db: Database) -> dict[str, int]:
    with db.session() as session:
        return {
            table.name: session.scalar(select(func.count()).select_from(table))
            for table in Base.metadata.sorted_tables
        }


def attempt(db: Database, run: Callable[[], object]) -> None:
    """Run an import: success, or a refusal that is a sentence and wrote nothing."""
    before = counts(db)
    try:
        run()
    except REFUSALS as refusal:
        message = str(refusal)
        assert message.strip(), "a refusal says what is wrong"
        assert "Traceback" not in message
        assert counts(db) == before, "a refused import wrote something"


# -- the CSV libraries' hostile files, into every spreadsheet importer ---------------------
def _messy_files() -> list[str]:
    if not MESSY.is_dir():
        return []
    return sorted(
        str(p.relative_to(MESSY))
        for p in MESSY.rglob("*")
        if p.is_file() and p.suffix.lower() in {".csv", ".tsv", ".txt"}
    )


@needs_shared
@pytest.mark.parametrize("what", sorted(SPREADSHEET_IMPORTERS))
def test_hostile_csv_files_import_or_are_refused_cleanly(demo: Database, what: str) -> None:
    importer = SPREADSHEET_IMPORTERS[what]
    for name in _messy_files():
        attempt(demo, lambda name=name: importer(demo, MESSY / name))


# -- made-up spreadsheets with plausible and hostile cells ---------------------------------
CELLS = st.one_of(
    st.sampled_from(
        [
            "",
            " ",
            "CN000024",
            "VN000002",
            "NL000003",
            "A",
            "store",
            "headquarters",
            "sell_in",
            "出库",
            "tồn kho",
            "voorraad",
            "2026-03",
            "2026-02-30",
            "31/12/2026",
            "2026年3月",
            "1.234,56",
            "1,234.56",
            "-5",
            "NaN",
            "Infinity",
            "1e309",
            "0",
            "even",
            "seasonality",
            "weights",
            "2027",
            "99999999999999999999",
            "=cmd|' /C calc'!A0",
            "\u200b",
            "\x00",
            '"',
            "'",
            ";",
            "\t",
            "Ä",
            "Nguyễn",
            "华润万家",
            "é" * 300,
        ]
    ),
    st.text(max_size=20),
)


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    what=st.sampled_from(sorted(SPREADSHEET_IMPORTERS)),
    rows=st.lists(st.lists(CELLS, min_size=0, max_size=8), max_size=6),
    delimiter=st.sampled_from([",", ";", "\t"]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]),
)
def test_made_up_spreadsheets_import_or_are_refused_cleanly(
    demo: Database, tmp_path: Path, what: str, rows, delimiter: str, encoding: str
) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(HEADERS[what])
    writer.writerows(rows)
    path = tmp_path / f"{what}.csv"
    try:
        path.write_bytes(buffer.getvalue().encode(encoding))
    except UnicodeEncodeError:  # a cell the encoding cannot hold: not a file anyone has
        return
    attempt(demo, lambda: SPREADSHEET_IMPORTERS[what](demo, path))


@settings(
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(what=st.sampled_from(sorted(SPREADSHEET_IMPORTERS)), content=st.binary(max_size=400))
def test_arbitrary_bytes_import_or_are_refused_cleanly(
    demo: Database, tmp_path: Path, what: str, content: bytes
) -> None:
    path = tmp_path / f"{what}.csv"
    path.write_bytes(content)
    attempt(demo, lambda: SPREADSHEET_IMPORTERS[what](demo, path))


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(what=st.sampled_from(sorted(SPREADSHEET_IMPORTERS)), content=st.binary(max_size=300))
def test_a_damaged_xlsx_is_refused_cleanly(
    demo: Database, tmp_path: Path, what: str, content: bytes
) -> None:
    path = tmp_path / f"{what}.xlsx"
    path.write_bytes(b"PK\x03\x04" + content)  # looks like a zip, is not a workbook
    attempt(demo, lambda: SPREADSHEET_IMPORTERS[what](demo, path))


# -- calendars and contact cards -----------------------------------------------------------
def _files(suffix: str) -> list[Path]:
    if not CALENDARS.is_dir():
        return []
    return sorted(p for p in CALENDARS.rglob(f"*{suffix}") if p.is_file())


@needs_shared
def test_every_calendar_file_from_the_libraries_imports_or_is_refused(demo: Database) -> None:
    files = _files(".ics")
    assert files
    for path in files:
        attempt(demo, lambda path=path: import_ics(demo, path.read_bytes(), "fuzz"))


@needs_shared
def test_every_vcard_file_from_the_libraries_imports_or_is_refused(demo: Database) -> None:
    files = _files(".vcf")
    assert files
    for path in files:
        attempt(demo, lambda path=path: import_vcards(demo, path.read_bytes(), "CN000024"))
    attempt(demo, lambda: import_vcards(demo, files[0].read_bytes(), "NO-SUCH-ACCOUNT"))


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    lines=st.lists(
        st.one_of(
            st.sampled_from(
                [
                    "BEGIN:VCALENDAR",
                    "END:VCALENDAR",
                    "BEGIN:VEVENT",
                    "END:VEVENT",
                    "BEGIN:VCARD",
                    "END:VCARD",
                    "VERSION:3.0",
                    "VERSION:4.0",
                    "FN:华润 Nguyễn",
                    "N:;;;;",
                    "TEL;TYPE=CELL:+86 20 1234 5678",
                    "EMAIL:a@b",
                    "UID:x",
                    "DTSTART:20261102T090000Z",
                    "DTEND:20261102T080000Z",
                    "DTSTART;TZID=X:1",
                    "SUMMARY:Bezoek",
                    "RRULE:FREQ=DAILY;COUNT=99999",
                    " folded",
                    "ENCODING=QUOTED-PRINTABLE:=E4=B8=",
                    "\x00",
                    "",
                ]
            ),
            st.text(max_size=30),
        ),
        max_size=25,
    ),
    newline=st.sampled_from(["\r\n", "\n", "\r"]),
)
def test_made_up_calendar_and_card_text_is_imported_or_refused(
    demo: Database, lines: list[str], newline: str
) -> None:
    data = newline.join(lines).encode("utf-8", "surrogatepass")
    attempt(demo, lambda: import_ics(demo, data, "fuzz"))
    attempt(demo, lambda: import_vcards(demo, data, "CN000024"))
