"""Importing and exporting accounts and contacts: all or nothing, idempotent, round-trips.

Small files are built here (Chinese, Vietnamese and Dutch names); the hostile files of
/work/shared/data/messy_csv must all end in a clean rejection, never a crash.
"""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from acct_desktop.domain.enums import AccountKind, Attitude, Channel, DmuRole, Tier
from acct_desktop.services.exports import ExportError, export_accounts, export_contacts
from acct_desktop.services.imports import (
    ACCOUNT_FIELDS,
    CONTACT_FIELDS,
    ImportCancelled,
    ImportRejected,
    TabularError,
    import_accounts,
    import_contacts,
)
from acct_desktop.services.imports.graph import find_loops, parents_first
from acct_desktop.services.imports.values import (
    coordinate,
    guard_formula,
    money,
    parse_decimal,
    text,
    whole_number,
)
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models import Account, AccountTag, Contact, Territory

MESSY = Path("/work/shared/data/messy_csv")

ACCOUNT_ROWS = [
    ["code", "name", "kind", "channel", "tier", "parent_code", "territory", "city",
     "country_code", "latitude", "longitude", "credit_limit", "currency", "tags"],
    ["ST-NL-1", "Garage Ruïne Zwolle", "Store", "", "B", "BW-NL", "Oost", "Zwolle", "NL",
     "52.5168", "6,0830", "12.500,00", "", "onderhoud; zakelijk"],
    ["BW-NL", "Magazijn Oost", "Branch warehouse", "", "", "HQ-NL", "Oost", "Deventer", "nl",
     "52.25", "6.16", "", "", ""],
    ["HQ-NL", "Autoparts Nederland B.V.", "headquarters", "chain_store", "A", "", "Oost",
     "Utrecht", "NL", "52.09", "5.12", "1,250,000.00", "EUR", "top|keten"],
    ["HQ-CN", "广州市天河区汽配连锁有限公司", "HQ", "chain_store", "A", "", "华南", "广州", "CN",
     "23.13", "113.26", "800000", "CNY", ""],
    ["WS-VN", "Xưởng sửa chữa Ô tô Hà Nội", "workshop", "", "C", "", "Miền Bắc", "Hà Nội",
     "Việt Nam", "21.0278", "105.8342", "50.000.000", "VND", ""],
]  # fmt: skip

CONTACT_ROWS = [
    ["account_code", "name", "title", "email", "dmu_role", "attitude", "influence", "reports_to"],
    ["HQ-CN", "李伟", "采购经理", "", "Buyer", "supporter", "4", "王芳"],
    ["HQ-CN", "王芳", "总经理", "wang.fang@example.cn", "decision maker", "Champion", "5", ""],
    ["WS-VN", "Nguyễn Văn An", "Quản đốc", "an@example.vn", "technical", "", "", ""],
    ["HQ-NL", "Jeroen de Boer", "Directeur", "jeroen@example.nl", "decision_maker", "", "5", ""],
    ["HQ-NL", "Sanne de Groot", "Hoofd inkoop", "", "buyer", "sceptic", "3",
     "jeroen@example.nl"],
]  # fmt: skip


def write_csv(path: Path, rows: list[list[str]], encoding: str = "utf-8", **kw) -> Path:
    with path.open("w", encoding=encoding, newline="") as out:
        csv.writer(out, **kw).writerows(rows)
    return path


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(tmp_path / "fresh.acctdb")
    yield database
    database.close()


@pytest.fixture
def demo(demo_db: Path):
    database = open_database(demo_db)
    yield database
    database.close()


def accounts(db: Database) -> dict[str, Account]:
    with db.session() as session:
        return {a.code: a for a in session.scalars(select(Account))}


def versions(db: Database) -> dict[str, int]:
    with db.session() as session:
        found = dict(session.execute(select(Account.code, Account.version)).all())
        found |= {str(i): v for i, v in session.execute(select(Contact.id, Contact.version))}
        return found


def count(db: Database, model) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def problems(exc: pytest.ExceptionInfo[ImportRejected]) -> list[str]:
    return [str(p) for p in exc.value.problems]


# -- accounts: what a good file does -------------------------------------------------------


def test_accounts_import_in_any_order_with_labels_synonyms_and_local_numbers(
    db: Database, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "accounts.csv", ACCOUNT_ROWS)
    summary = import_accounts(db, path)
    assert (summary.created, summary.updated, summary.unchanged) == (5, 0, 0)
    assert set(summary.territories_created) == {"Oost", "华南", "Miền Bắc"}
    found = accounts(db)
    store, warehouse, hq = found["ST-NL-1"], found["BW-NL"], found["HQ-NL"]
    assert store.parent_id == warehouse.id and warehouse.parent_id == hq.id
    assert (store.kind, warehouse.kind) == (AccountKind.STORE, AccountKind.BRANCH_WAREHOUSE)
    assert store.channel == Channel.CHAIN_STORE  # inherited from its parent
    assert (warehouse.tier, warehouse.currency, warehouse.country_code) == (Tier.C, "EUR", "NL")
    assert store.credit_limit == Decimal("12500.00") and store.longitude == 6.083
    assert hq.credit_limit == Decimal("1250000.00")
    vn = found["WS-VN"]
    assert (vn.name, vn.country_code, vn.channel) == (
        "Xưởng sửa chữa Ô tô Hà Nội",
        "VN",
        "workshop",
    )
    assert vn.credit_limit == Decimal("50000000.00")
    assert found["HQ-CN"].name == "广州市天河区汽配连锁有限公司"
    with db.session() as session:
        tags = sorted(session.execute(select(Account.code, AccountTag.tag).join(AccountTag)))
    assert [tuple(t) for t in tags] == [
        ("HQ-NL", "keten"), ("HQ-NL", "top"), ("ST-NL-1", "onderhoud"), ("ST-NL-1", "zakelijk"),
    ]  # fmt: skip


def test_reimporting_the_same_file_changes_nothing_and_an_edit_bumps_one_version(
    db: Database, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "accounts.csv", ACCOUNT_ROWS)
    import_accounts(db, path)
    before = versions(db)
    again = import_accounts(db, path)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 5)
    assert versions(db) == before
    edited = [list(r) for r in ACCOUNT_ROWS]
    edited[2][1] = "Magazijn Oost-Nederland"
    edited[3][13] = "keten; top"  # same tags, other order and separator: no change
    summary = import_accounts(db, write_csv(tmp_path / "edited.csv", edited))
    assert (summary.updated, summary.unchanged) == (1, 4)
    after = versions(db)
    assert after.pop("BW-NL") == before.pop("BW-NL") + 1
    assert after == before


def test_empty_cells_keep_what_is_stored_and_tags_are_replaced(
    db: Database, tmp_path: Path
) -> None:
    """QA s23: re-importing a file with an empty phone/city erased the stored values with
    no warning. An empty cell keeps the stored value (as the product import does), the
    summary counts the values changed and those kept, and a backup is taken first."""
    import_accounts(db, write_csv(tmp_path / "a.csv", ACCOUNT_ROWS))
    rows = [
        ["code", "name", "city", "tags", "tier", "parent_code", "territory"],
        ["HQ-NL", "Autoparts NL", "", "b2b", "", "", ""],
        ["BW-NL", "Magazijn Oost", "", "", "", "", ""],
    ]
    summary = import_accounts(db, write_csv(tmp_path / "b.csv", rows))
    assert (summary.updated, summary.unchanged) == (1, 1)
    assert (summary.fields_changed, summary.values_kept) == (2, 5)
    found = accounts(db)
    hq, bw = found["HQ-NL"], found["BW-NL"]
    assert (hq.name, hq.city, hq.tier, hq.credit_limit) == (
        "Autoparts NL", "Utrecht", Tier.A, Decimal("1250000.00"),
    )  # fmt: skip
    assert (bw.city, bw.parent_id, bw.territory_id) == ("Deventer", hq.id, hq.territory_id)
    assert summary.backup is not None and Path(summary.backup).exists()
    text = str(summary.describe())
    assert "2 values changed." in text and "Empty cells left 5 values as stored" in text
    assert summary.backup in text
    with db.session() as session:
        assert session.scalars(select(AccountTag.tag)).all().count("b2b") == 1
        assert {"top", "keten"}.isdisjoint(session.scalars(select(AccountTag.tag)).all())
        assert "onderhoud" in session.scalars(select(AccountTag.tag)).all()  # ST-NL-1's


def test_empty_contact_cells_keep_the_phone_email_and_boss(db: Database, tmp_path: Path) -> None:
    import_accounts(db, write_csv(tmp_path / "a.csv", ACCOUNT_ROWS))
    import_contacts(db, write_csv(tmp_path / "c.csv", CONTACT_ROWS))
    rows = [
        ["account_code", "name", "title", "email", "phone", "reports_to"],
        ["HQ-NL", "Sanne de Groot", "Inkoper", "", "", ""],
    ]
    with db.session() as session:
        session.execute(Contact.__table__.update().values(phone="+31 6 1234 5678"))
    summary = import_contacts(db, write_csv(tmp_path / "c2.csv", rows))
    assert (summary.updated, summary.fields_changed, summary.values_kept) == (1, 1, 2)
    with db.session() as session:
        sanne = session.scalars(select(Contact).where(Contact.name == "Sanne de Groot")).one()
        assert (sanne.title, sanne.phone, sanne.reports_to_id) == (
            "Inkoper", "+31 6 1234 5678", session.scalars(
                select(Contact.id).where(Contact.name == "Jeroen de Boer")
            ).one(),
        )  # fmt: skip
    assert summary.backup is not None
    again = import_contacts(db, write_csv(tmp_path / "c2.csv", rows))
    assert (again.updated, again.unchanged, again.backup) == (0, 1, None)


def test_parents_and_territories_already_in_the_database(demo: Database, tmp_path: Path) -> None:
    with demo.session() as session:
        hq = session.scalars(
            select(Account).where(
                Account.kind == AccountKind.HEADQUARTERS, Account.code.like("CN%")
            )
        ).first()
        territory = session.scalars(select(Territory).where(Territory.code == "CN-01")).one()
        hq_code, territory_name = hq.code, territory.name
    rows = [
        ["客户编码", "客户名称", "类型", "上级编码", "区域"],
        ["CN-NEW-1", "天河新店", "门店" if False else "store", hq_code, territory_name],
        ["CN-NEW-2", "白云仓库", "branch warehouse", hq_code, "cn-01"],
    ]
    summary = import_accounts(demo, write_csv(tmp_path / "zh.csv", rows, encoding="gb18030"))
    assert (summary.created, summary.territories_created) == (2, ())
    found = accounts(demo)
    assert found["CN-NEW-1"].parent_id == found[hq_code].id
    assert found["CN-NEW-1"].territory_id == found["CN-NEW-2"].territory_id


def test_an_xlsx_file_imports_like_a_csv(db: Database, tmp_path: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    for row in ACCOUNT_ROWS:
        sheet.append(row)
    sheet["L3"] = 123.45  # a number cell: read as written, no thousands guessing
    path = tmp_path / "accounts.xlsx"
    workbook.save(path)
    assert import_accounts(db, path).created == 5
    assert accounts(db)["BW-NL"].credit_limit == Decimal("123.45")


def test_columns_can_be_mapped_by_the_user(db: Database, tmp_path: Path) -> None:
    rows = [["Nummer", "Naam", "Soort", "Opmerking"], ["NL9", "Garage Tulp", "workshop", "x"]]
    path = write_csv(tmp_path / "map.csv", rows)
    summary = import_accounts(db, path, mapping={"code": "Nummer", "notes": ""})
    assert summary.created == 1 and "Opmerking" in summary.ignored_columns
    assert accounts(db)["NL9"].kind == AccountKind.WORKSHOP
    with pytest.raises(ImportRejected) as rejected:
        import_accounts(db, path, mapping={"code": "Klant", "colour": "Naam"})
    assert problems(rejected) == [
        'line 1: the file has no column named "Klant" (for code)',
        'line 1: accounts have no field "colour"; the fields are: ' + ", ".join(ACCOUNT_FIELDS),
    ]


# -- accounts: refusals (nothing written) --------------------------------------------------


def test_every_row_is_checked_and_nothing_is_written_when_one_is_wrong(
    db: Database, tmp_path: Path
) -> None:
    rows = [ACCOUNT_ROWS[0]] + [
        [f"W{n:03d}", f"Werkplaats {n}", "workshop"] + [""] * 11 for n in range(60)
    ]
    rows.append(["W999", "Laatste", "workshop", "", "", "", "", "", "", "91", "", "", "", ""])
    with pytest.raises(ImportRejected) as rejected:
        import_accounts(db, write_csv(tmp_path / "bad.csv", rows))
    assert problems(rejected) == [
        'line 62, column "latitude": 91 is not a latitude; it must be between -90 and 90'
    ]
    assert "Nothing was written" in str(rejected.value)
    assert count(db, Account) == 0 and count(db, Territory) == 0


def test_value_problems_name_line_and_column(db: Database, tmp_path: Path) -> None:
    rows = [
        ["code", "name", "kind", "tier", "credit_limit", "longitude", "email", "country_code"],
        ["A1", "", "warehouse", "D", "12,34.5", "200", "info@", "Nederland"],
        ["A1", "Dubbel", "Distribution center", "a", "1.5", "-180", "a@b.nl", "XX1"],
        ["A3", "Te veel", "store", "", "1234.567", "", "", ""],
    ]
    with pytest.raises(ImportRejected) as rejected:
        import_accounts(db, write_csv(tmp_path / "bad.csv", rows))
    found = problems(rejected)
    assert 'line 2, column "name": name is required' in found
    assert any(p.startswith('line 2, column "tier": "D" is not a tier') for p in found)
    unclear = "is not a number this import understands; write it as 1234.56"
    assert f'line 2, column "credit_limit": "12,34.5" {unclear}' in found
    assert any(p.startswith('line 2, column "longitude": 200 is not a longitude') for p in found)
    assert 'line 2, column "email": "info@" is not an e-mail address' in found
    assert 'line 3, column "code": the code A1 is already used on line 2' in found
    assert any(p.startswith('line 3, column "country_code"') for p in found)
    assert 'line 4, column "credit_limit": "1234.567" has more than 2 decimals' in found
    assert any(p.startswith('line 4, column "kind": a store needs a parent account') for p in found)
    assert rejected.value.total == len(found)


def test_a_kind_that_may_not_sit_under_its_parent_is_refused(db: Database, tmp_path: Path) -> None:
    rows = [
        ["code", "name", "kind", "parent_code"],
        ["D1", "Groothandel Smit", "distributor", ""],
        ["S1", "Winkel", "store", "D1"],
        ["R1", "Regiokantoor", "regional office", "D1"],
    ]
    with pytest.raises(ImportRejected) as rejected:
        import_accounts(db, write_csv(tmp_path / "kinds.csv", rows))
    assert problems(rejected) == [
        'line 3, column "kind": a store cannot sit under D1, a distributor; its parent must be '
        "a headquarters, regional office, distribution centre or branch warehouse",
        'line 4, column "kind": a regional office cannot sit under D1, a distributor; its '
        "parent must be a headquarters",
    ]
    assert count(db, Account) == 0


def test_changing_a_kind_that_no_longer_fits_the_accounts_under_it(
    db: Database, tmp_path: Path
) -> None:
    import_accounts(db, write_csv(tmp_path / "a.csv", ACCOUNT_ROWS))
    rows = [["code", "name", "kind"], ["BW-NL", "Magazijn Oost", "workshop"]]
    with pytest.raises(ImportRejected) as rejected:
        import_accounts(db, write_csv(tmp_path / "b.csv", rows))
    assert problems(rejected) == [
        'line 2, column "kind": as a workshop it could no longer hold ST-NL-1 under it'
    ]


def test_loops_in_the_hierarchy_are_refused(db: Database, tmp_path: Path) -> None:
    import_accounts(db, write_csv(tmp_path / "a.csv", ACCOUNT_ROWS))
    # The headquarters moved under its own store: a loop through the database's rows.
    rows = [["code", "name", "parent_code"], ["HQ-NL", "Autoparts Nederland B.V.", "ST-NL-1"]]
    with pytest.raises(ImportRejected) as rejected:
        import_accounts(db, write_csv(tmp_path / "loop.csv", rows))
    assert any("headquarters sits at the top" in p for p in problems(rejected))
    # Kinds only go down, so a loop always breaks a kind rule somewhere; the rows that do
    # fit their parent's kind are reported as the loop.
    rows = [
        ["code", "name", "kind", "parent_code"],
        ["X1", "Winkel", "store", "X2"],
        ["X2", "Magazijn", "branch warehouse", "X3"],
        ["X3", "DC", "distribution centre", "X1"],
        ["X4", "Zelf", "workshop", "X4"],
    ]
    with pytest.raises(ImportRejected) as rejected:
        import_accounts(db, write_csv(tmp_path / "loop2.csv", rows))
    found = problems(rejected)
    assert 'line 2, column "parent_code": this makes a loop: X1 → X2 → X3 → X1' in found
    assert 'line 3, column "parent_code": this makes a loop: X2 → X3 → X1 → X2' in found
    assert any(p.startswith('line 4, column "kind": a distribution centre cannot') for p in found)
    assert 'line 5, column "parent_code": an account cannot be its own parent' in found


def test_a_parent_that_exists_nowhere_is_refused(db: Database, tmp_path: Path) -> None:
    rows = [["code", "name", "kind", "parent_code"], ["S1", "Winkel", "store", "HQ-X"]]
    with pytest.raises(ImportRejected) as rejected:
        import_accounts(db, write_csv(tmp_path / "p.csv", rows))
    assert problems(rejected) == [
        'line 2, column "parent_code": there is no account HQ-X in the file or the database'
    ]


@pytest.mark.parametrize("stop_at", ["checking", "writing"])
def test_cancelling_from_the_progress_callback_writes_nothing(
    db: Database, tmp_path: Path, stop_at: str
) -> None:
    path = write_csv(tmp_path / "a.csv", ACCOUNT_ROWS)
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        if (stop_at == "checking" and done > 0) or (stop_at == "writing" and done > total // 2):
            raise ImportCancelled

    with pytest.raises(ImportCancelled):
        import_accounts(db, path, progress=progress)
    assert calls[0] == (0, 10)
    assert count(db, Account) == 0 and count(db, Territory) == 0 and count(db, AccountTag) == 0


@pytest.mark.skipif(not MESSY.is_dir(), reason="shared messy_csv data missing")
@pytest.mark.parametrize(
    "name",
    sorted(
        str(p.relative_to(MESSY))
        for p in MESSY.rglob("*")
        if p.is_file() and p.suffix in {".csv", ".tsv", ".txt"}
    )
    if MESSY.is_dir()
    else [],
)
def test_hostile_files_end_in_a_clean_rejection(db: Database, name: str) -> None:
    with pytest.raises((ImportRejected, TabularError)) as refused:
        import_accounts(db, MESSY / name)
    assert str(refused.value).endswith(".") and "Traceback" not in str(refused.value)
    assert count(db, Account) == 0


@pytest.mark.skipif(not MESSY.is_dir(), reason="shared messy_csv data missing")
def test_nul_bytes_and_ragged_rows_are_listed_by_line(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "nul.csv"
    path.write_bytes(b"code,name,kind\nA1,Een,workshop\nA2,Tw\x00ee,workshop\nA3,Drie,workshop,x\n")
    with pytest.raises(ImportRejected) as rejected:
        import_accounts(db, path)
    assert [p.line for p in rejected.value.problems] == [3, 4]
    assert "NUL byte" in problems(rejected)[0]
    with pytest.raises(ImportRejected) as rejected:
        import_accounts(db, MESSY / "csvkit/null_byte.csv")
    assert any(p.startswith("line 2: this line holds a NUL byte") for p in problems(rejected))


# -- contacts -----------------------------------------------------------------------------


def test_contacts_import_with_reporting_lines_in_any_order(db: Database, tmp_path: Path) -> None:
    import_accounts(db, write_csv(tmp_path / "a.csv", ACCOUNT_ROWS))
    path = write_csv(tmp_path / "c.csv", CONTACT_ROWS)
    summary = import_contacts(db, path)
    assert summary.created == 5
    with db.session() as session:
        people = {c.name: c for c in session.scalars(select(Contact))}
    assert people["李伟"].reports_to_id == people["王芳"].id
    assert people["Sanne de Groot"].reports_to_id == people["Jeroen de Boer"].id
    assert (people["王芳"].dmu_role, people["王芳"].attitude) == (
        DmuRole.DECISION_MAKER, Attitude.CHAMPION,
    )  # fmt: skip
    an = people["Nguyễn Văn An"]
    assert (an.dmu_role, an.attitude, an.influence) == (DmuRole.TECHNICAL, Attitude.NEUTRAL, 3)
    before = versions(db)
    assert import_contacts(db, path).unchanged == 5
    assert versions(db) == before
    moved = [list(r) for r in CONTACT_ROWS]
    moved[3][2] = "Giám đốc xưởng"  # matched by e-mail: an update, not a new person
    assert import_contacts(db, write_csv(tmp_path / "c2.csv", moved)).updated == 1
    assert count(db, Contact) == 5


def test_contact_problems_loops_and_unknown_people(db: Database, tmp_path: Path) -> None:
    import_accounts(db, write_csv(tmp_path / "a.csv", ACCOUNT_ROWS))
    rows = [
        CONTACT_ROWS[0],
        ["HQ-NL", "Anna", "", "", "", "", "", "Bram"],
        ["HQ-NL", "Bram", "", "", "", "", "", "Anna"],
        ["HQ-NL", "Cor", "", "", "", "", "", "Cor"],
        ["HQ-NL", "Dirk", "", "", "", "", "9", "Niemand"],
        ["XX-99", "Eva", "", "", "", "", "", ""],
        ["HQ-NL", "Anna", "", "", "", "", "", ""],
    ]
    with pytest.raises(ImportRejected) as rejected:
        import_contacts(db, write_csv(tmp_path / "c.csv", rows))
    found = problems(rejected)
    assert any(
        "reporting loop: Anna → Bram → Anna" in p or "Bram → Anna → Bram" in p for p in found
    )
    assert 'line 4, column "reports_to": a contact cannot report to themselves' in found
    assert 'line 5, column "influence": "9" must be a whole number from 1 to 5' in found
    assert 'line 6, column "account_code": there is no account with the code or name XX-99' in found
    assert "line 7: line 2 already describes this contact (name)" in found
    assert count(db, Contact) == 0


# -- export and round trips ----------------------------------------------------------------


def test_demo_export_imports_into_an_empty_database_and_exports_identically(
    demo: Database, tmp_path: Path
) -> None:
    first = {kind: tmp_path / f"{kind}-1.csv" for kind in ("accounts", "contacts")}
    export_accounts(demo, first["accounts"])
    export_contacts(demo, first["contacts"])
    raw = first["accounts"].read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf" + ",".join(ACCOUNT_FIELDS).encode() + b"\r\n")
    assert first["contacts"].read_text(encoding="utf-8-sig").startswith(",".join(CONTACT_FIELDS))
    fresh = open_database(tmp_path / "fresh.acctdb")
    assert import_accounts(fresh, first["accounts"]).created == 200
    assert import_contacts(fresh, first["contacts"]).created == count(demo, Contact)
    export_accounts(fresh, tmp_path / "accounts-2.csv")
    export_contacts(fresh, tmp_path / "contacts-2.csv")
    fresh.close()
    assert (tmp_path / "accounts-2.csv").read_bytes() == raw
    assert (tmp_path / "contacts-2.csv").read_bytes() == first["contacts"].read_bytes()
    before = versions(demo)
    assert import_accounts(demo, first["accounts"]).unchanged == 200
    assert import_contacts(demo, first["contacts"]).created == 0
    assert versions(demo) == before


def test_xlsx_export_round_trips_and_keeps_text_as_text(demo: Database, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    with demo.session() as session:
        account = session.scalars(select(Account).order_by(Account.code)).first()
        account.notes = '=HYPERLINK("http://example.com")'
        account.phone = "+31 6 12345678"
    export_accounts(demo, tmp_path / "a.xlsx", fmt="xlsx")
    export_contacts(demo, tmp_path / "c.xlsx", fmt="xlsx")
    sheet = load_workbook(tmp_path / "a.xlsx").active
    assert [c.value for c in sheet[1]] == list(ACCOUNT_FIELDS)
    notes = sheet.cell(row=2, column=ACCOUNT_FIELDS.index("notes") + 1)
    assert (notes.value, notes.data_type) == ('=HYPERLINK("http://example.com")', "s")
    before = versions(demo)
    assert import_accounts(demo, tmp_path / "a.xlsx").unchanged == 200
    assert import_contacts(demo, tmp_path / "c.xlsx").created == 0
    assert versions(demo) == before
    export_accounts(demo, tmp_path / "a.csv")
    line = (tmp_path / "a.csv").read_text(encoding="utf-8-sig").splitlines()[1]
    assert "'=HYPERLINK" in line and ",+31 6 12345678," in line  # formula guarded, phone not


def test_export_refuses_unknown_formats_and_missing_folders(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="not an export format"):
        export_accounts(db, tmp_path / "a.ods", fmt="ods")
    with pytest.raises(ExportError, match="does not exist"):
        export_accounts(db, tmp_path / "nowhere" / "a.csv")
    assert not list(tmp_path.glob(".*.part"))


@pytest.mark.postgres
def test_import_and_reimport_on_postgresql(pg_url: str, tmp_path: Path) -> None:
    database = open_database(pg_url)
    try:
        accounts_file = write_csv(tmp_path / "a.csv", ACCOUNT_ROWS)
        contacts_file = write_csv(tmp_path / "c.csv", CONTACT_ROWS)
        assert import_accounts(database, accounts_file).created == 5
        assert import_contacts(database, contacts_file).created == 5
        before = versions(database)
        assert import_accounts(database, accounts_file).unchanged == 5
        assert import_contacts(database, contacts_file).unchanged == 5
        assert versions(database) == before
        edited = [list(r) for r in ACCOUNT_ROWS]
        edited[1][1], edited[1][13] = "Garage Ruïne Zwolle-Zuid", "zakelijk"
        assert import_accounts(database, write_csv(tmp_path / "e.csv", edited)).updated == 1
        assert versions(database)["ST-NL-1"] == before["ST-NL-1"] + 1
        import_accounts(database, accounts_file)
        bad = [list(r) for r in ACCOUNT_ROWS] + [["Z1", "Zonder soort"] + [""] * 12]
        with pytest.raises(ImportRejected):
            import_accounts(database, write_csv(tmp_path / "bad.csv", bad))
        assert count(database, Account) == 5
        export_accounts(database, tmp_path / "pg.csv")
        assert import_accounts(database, tmp_path / "pg.csv").unchanged == 5
    finally:
        database.close()


# -- values and graphs, property-based -----------------------------------------------------

amounts = st.decimals(
    min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=2, allow_nan=False
)


def written(amount: Decimal, style: str) -> str:
    us = f"{amount:,.2f}" if amount != amount.to_integral() else f"{amount:,.0f}"
    return {
        "plain": format(amount, "f"),
        "us": us,
        "eu": us.translate(str.maketrans(",.", ".,")),
        "spaces": us.replace(",", " ").replace(".", ","),
    }[style]


@settings(max_examples=300)
@given(amounts, st.sampled_from(["plain", "us", "eu", "spaces"]))
def test_amounts_written_in_any_usual_way_read_back_exactly(amount: Decimal, style: str) -> None:
    assert parse_decimal(written(amount, style)) == amount


@given(st.text(max_size=40) | st.from_regex(r"-?[\d.,' ]{1,60}", fullmatch=True))
def test_any_text_is_a_number_or_a_sentence(raw: str) -> None:
    for parse in (parse_decimal, money(), coordinate(90, "latitude"), whole_number(1, 5)):
        try:
            result = parse(raw)
        except ValueError as exc:
            assert str(exc)
        else:
            assert result is None or isinstance(result, Decimal | float | int)


@given(st.decimals(min_value=-90, max_value=90, places=6, allow_nan=False), st.sampled_from(".,"))
def test_coordinates_with_a_decimal_comma_or_point(value: Decimal, mark: str) -> None:
    assert parse_decimal(format(value, "f").replace(".", mark), grouping=False) == value


@given(st.text(alphabet="'=+-@ ab1(", min_size=1, max_size=12).map(str.strip).filter(bool))
def test_the_export_formula_guard_is_undone_on_import(value: str) -> None:
    guarded = guard_formula(value)
    assert text(guarded) == value
    assert guarded[0] not in "=@" and (guarded[0] not in "+-" or guarded == value)


@given(st.dictionaries(st.integers(0, 30), st.integers(0, 30) | st.none(), max_size=30))
def test_loops_are_found_exactly_where_walking_up_repeats(parents: dict) -> None:
    def walk_repeats(node: int) -> bool:
        seen, current = {node}, parents.get(node)
        while current is not None:
            if current in seen:
                return True
            seen.add(current)
            current = parents.get(current)
        return False

    loops = find_loops(list(parents), parents.get)
    assert set(loops) == {n for n in parents if walk_repeats(n)}
    safe = [n for n in parents if n not in loops and not walk_repeats(n)]
    order = parents_first(safe, parents.get)
    assert all(order.index(parents[n]) < order.index(n) for n in safe if parents.get(n) in safe)


def test_a_long_chain_is_checked_in_linear_time() -> None:
    chain = {n: n + 1 for n in range(200_000)}
    assert find_loops(list(chain), chain.get) == {}


def test_a_concurrent_edit_during_the_import_is_a_sentence_and_writes_nothing(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from acct_desktop.services.imports import ImportConflict
    from acct_desktop.services.imports.account_checks import AccountCheck

    path = write_csv(tmp_path / "a.csv", ACCOUNT_ROWS)
    import_accounts(db, path)
    edited = [list(r) for r in ACCOUNT_ROWS]
    edited[2][1] = "Magazijn Oost-Nederland"
    plan = AccountCheck.plan

    def plan_then_someone_else_edits(self):  # type: ignore[no-untyped-def]
        result = plan(self)
        other = open_database(tmp_path / "fresh.acctdb")
        with other.session() as session:
            session.scalars(select(Account).where(Account.code == "BW-NL")).one().city = "Epe"
        other.close()
        return result

    monkeypatch.setattr(AccountCheck, "plan", plan_then_someone_else_edits)
    with pytest.raises(ImportConflict, match=r"(?i)nothing was written"):
        import_accounts(db, write_csv(tmp_path / "edited.csv", edited))
    found = accounts(db)["BW-NL"]
    assert (found.name, found.city, found.version) == ("Magazijn Oost", "Epe", 2)


def test_imported_accounts_and_contacts_are_found_by_search(db: Database, tmp_path: Path) -> None:
    from acct_desktop.services.search import AccountSearch

    search = AccountSearch(db)
    import_accounts(db, write_csv(tmp_path / "a.csv", ACCOUNT_ROWS))
    assert [h.code for h in search.search("天河")] == ["HQ-CN"]
    assert [h.code for h in search.search("xuong sua chua")] == ["WS-VN"]
    import_contacts(db, write_csv(tmp_path / "c.csv", CONTACT_ROWS))
    hits = search.search("nguyen van an")
    assert hits and hits[0].matched == "Nguyễn Văn An" and hits[0].matched_field == "contact"


def test_a_summary_counts_one_record_in_the_singular(db: Database, tmp_path: Path) -> None:
    one = import_accounts(db, write_csv(tmp_path / "one.csv", ACCOUNT_ROWS[:1] + ACCOUNT_ROWS[3:4]))
    assert one.describe().startswith("1 account read: 1 created, 0 updated, 0 unchanged.")
    many = import_accounts(db, write_csv(tmp_path / "all.csv", ACCOUNT_ROWS))
    assert many.describe().startswith("5 accounts read: 4 created, 0 updated, 1 unchanged.")
