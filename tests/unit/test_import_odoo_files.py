"""Files exported from Odoo (and the like) import without a column map: their contacts
are contacts, their "Related Company" is the contact's account (by code or exact name),
"Job Position" the title, "External ID" and "Company Type" an account's code and kind."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import select

from acct_desktop.services.imports import ImportRejected, import_accounts, import_contacts
from acct_desktop.services.imports.preview import guess_entity, preview
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models import Contact

ODOO_ACCOUNTS = [
    ["External ID", "Name", "Company Type", "Email", "Related Company", "Country"],
    ["res_partner_1", "Wood Corner", "Headquarters", "wood@example.com", "", "US"],
    ["res_partner_2", "Deco Addict", "Headquarters", "deco@example.com", "", "US"],
    ["res_partner_3", "Deco Addict", "Headquarters", "deco2@example.com", "", "US"],
]
ODOO_CONTACTS = [
    ["Name", "Job Position", "Phone", "Email", "Related Company"],
    ["Willie Burke", "Service Manager", "(846)-523-2111", "willie@example.com", "res_partner_1"],
    ["Ann Vos", "Buyer", "", "ann@example.com", "Wood Corner"],
]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows(rows)
    return path


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(tmp_path / "odoo.acctdb")
    yield database
    database.close()


def test_an_odoo_contacts_file_is_contacts_with_its_company_and_job(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "odoo_contacts.csv", ODOO_CONTACTS)
    assert guess_entity(path) == "contacts"
    shown = preview(path)
    assert shown.entity == "contacts"
    assert shown.guessed["account_code"] == "Related Company"
    assert shown.guessed["title"] == "Job Position"
    # without the phone and job, a name, e-mail and company are still people
    bare = [[r[0], r[3], r[4]] for r in ODOO_CONTACTS]
    assert guess_entity(write_csv(tmp_path / "bare.csv", bare)) == "contacts"


def test_an_odoo_accounts_file_stays_accounts_with_its_code_and_kind(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "odoo_accounts.csv", ODOO_ACCOUNTS)
    assert guess_entity(path) == "accounts"
    guessed = preview(path).guessed
    assert (guessed["code"], guessed["kind"], guessed["parent_code"]) == (
        "External ID", "Company Type", "Related Company",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("headers", "field", "header"),
    [
        (["Naam", "Functie", "Bedrijf"], "account_code", "Bedrijf"),
        (["姓名", "职务", "公司"], "account_code", "公司"),
        (["Họ tên", "Chức danh", "Công ty"], "title", "Chức danh"),
        (["Name", "Function", "Organization"], "account_code", "Organization"),
    ],
)
def test_company_and_job_headers_in_every_language(
    tmp_path: Path, headers: list[str], field: str, header: str
) -> None:
    path = write_csv(tmp_path / "c.csv", [headers, ["x"] * len(headers)])
    assert preview(path, "contacts").guessed[field] == header


def test_odoo_product_columns_are_guessed(tmp_path: Path) -> None:
    headers = ["default_code", "name", "categ_id", "list_price", "standard_price"]
    path = write_csv(tmp_path / "p.csv", [headers, ["x"] * len(headers)])
    from acct_desktop.services.imports.columns import (
        PRODUCT_FIELDS,
        PRODUCT_REQUIRED,
        PRODUCT_SYNONYMS,
        map_columns,
    )
    from acct_desktop.services.imports.problems import ProblemList
    from acct_desktop.services.tabular import read_table

    table = read_table(path)
    columns = map_columns(
        table, PRODUCT_FIELDS, PRODUCT_REQUIRED, PRODUCT_SYNONYMS, None, ProblemList(), "products"
    )
    found = {field: table.headers[i] for field, i in columns.index.items()}
    assert (found["sku"], found["category"], found["cost"], found["list_price"]) == (
        "default_code", "categ_id", "standard_price", "list_price",
    )  # fmt: skip


def test_contacts_find_their_account_by_code_or_unique_exact_name(
    db: Database, tmp_path: Path
) -> None:
    import_accounts(db, write_csv(tmp_path / "a.csv", ODOO_ACCOUNTS))
    summary = import_contacts(db, write_csv(tmp_path / "c.csv", ODOO_CONTACTS))
    assert summary.created == 2
    with db.session() as session:
        titles = dict(session.execute(select(Contact.name, Contact.title)).all())
    assert titles == {"Willie Burke": "Service Manager", "Ann Vos": "Buyer"}


def test_an_account_name_two_accounts_have_or_none_has_is_refused_by_line(
    db: Database, tmp_path: Path
) -> None:
    import_accounts(db, write_csv(tmp_path / "a.csv", ODOO_ACCOUNTS))
    rows = [ODOO_CONTACTS[0], ["Piet", "", "", "piet@example.com", "Deco Addict"],
            ["Kees", "", "", "kees@example.com", "wood corner"]]  # fmt: skip
    with pytest.raises(ImportRejected) as caught:
        import_contacts(db, write_csv(tmp_path / "c.csv", rows))
    found = [str(p) for p in caught.value.problems]
    assert found == [
        'line 2, column "Related Company": 2 accounts are called "Deco Addict"; write the '
        "account's code",
        'line 3, column "Related Company": there is no account with the code or name wood corner',
    ]


@pytest.mark.parametrize(
    ("written", "code"),
    [("United States", "US"), ("united  states", "US"), ("USA", "US"), ("Netherlands", "NL"),
     ("Vietnam", "VN"), ("United Kingdom", "GB"), ("South Korea", "KR"), ("Hong Kong", "HK"),
     ("美国", "US"), ("Hoa Kỳ", "US"), ("Verenigde Staten", "US"), ("nl", "NL")],
)  # fmt: skip
def test_countries_by_name_in_every_language(written: str, code: str) -> None:
    from acct_desktop.services.imports.values import country_code

    assert country_code(written) == code


def test_branch_and_da_qu_are_a_regional_office(db: Database, tmp_path: Path) -> None:
    from acct_desktop.domain.enums import AccountKind
    from acct_desktop.store.models import Account

    rows = [["客户编码", "客户名称", "类型", "上级编码"], ["HQ1", "华润万家总部", "总部", ""],
            ["RO1", "华南大区", "大区", "HQ1"], ["RO2", "North", "Branch", "HQ1"]]  # fmt: skip
    assert import_accounts(db, write_csv(tmp_path / "hier.csv", rows)).created == 3
    with db.session() as session:
        kinds = dict(session.execute(select(Account.code, Account.kind)).all())
    assert kinds["RO1"] == kinds["RO2"] == AccountKind.REGIONAL_OFFICE


def test_a_kind_column_not_read_is_named_with_the_map_to_read_it(
    db: Database, tmp_path: Path
) -> None:
    rows = [["code", "name", "Soort klant"], ["X1", "Acme", "headquarters"]]
    with pytest.raises(ImportRejected) as caught:
        import_accounts(db, write_csv(tmp_path / "k.csv", rows))
    said = [str(p) for p in caught.value.problems]
    assert said[0] == (
        'line 1: no column is read as the kind (columns not read: "Soort klant"); map the '
        "column that holds the accounts' kinds to the kind, or choose a kind for new "
        "accounts whose row gives none"
    )
    assert caught.value.details["kind column"] == "Soort klant"
