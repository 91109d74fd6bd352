"""Account codes are one code whatever their case: ``cn000024`` is the account CN000024 in
every import and look-up, and an account import never makes it a second account."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, insert, select

from acct_desktop.services.account_codes import account_id, accounts_by_code, spellings
from acct_desktop.services.account_records import AccountDraft, AccountInvalid, AccountRecords
from acct_desktop.services.imports import (
    ImportRejected,
    import_accounts,
    import_contacts,
    import_sales,
)
from acct_desktop.services.price_list import PriceListService
from acct_desktop.store.database import open_database
from acct_desktop.store.models import Account, Contact, SalesFact


@pytest.fixture
def db(demo_db: Path):
    database = open_database(demo_db)
    yield database
    database.close()


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows(rows)
    return path


def some_account(db, kind: str = "branch_warehouse") -> tuple[str, object]:
    with db.session() as session:
        account = session.scalars(
            select(Account)
            .where(Account.code.like("CN%"), Account.kind == kind)
            .order_by(Account.code)
        ).first()
        return account.code, account.id


def count_like(db, code: str) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).where(func.lower(Account.code) == code.lower()))


def test_spellings_tell_apart_only_codes_that_differ_in_more_than_case() -> None:
    assert spellings(["CN1", "cn2", "Ab", "aB"]) == {"cn1": "CN1", "cn2": "cn2", "ab": None}


def test_a_code_is_found_in_any_case_but_exact_comes_first(db) -> None:
    code, id_ = some_account(db)
    with db.session() as session:
        found = accounts_by_code(session, [code, code.lower(), "nobody"], Account.id)
        assert found == {code: (id_,), code.lower(): (id_,)}
        assert account_id(session, f" {code.lower()} ") == id_
        twin = session.execute(
            insert(Account)
            .values(code=code.lower(), name="Twin", kind="store", channel="workshop")
            .returning(Account.id)
        ).scalar_one()
        # both spellings exist: each finds its own; a third spelling finds neither
        assert accounts_by_code(session, [code, code.lower(), code.title()], Account.id) == {
            code: (id_,),
            code.lower(): (twin,),
        }
        session.rollback()


def test_the_sales_import_finds_an_account_written_in_lower_case(db, tmp_path: Path) -> None:
    code, id_ = some_account(db)
    rows = [["date", "account_code", "measure", "quantity", "amount"],
            ["2031-05-01", code.lower(), "sell_in", "1", "10"]]  # fmt: skip
    assert import_sales(db, write_csv(tmp_path / "s.csv", rows)).written == 1
    with db.session() as session:
        assert (
            session.scalar(select(SalesFact.account_id).where(SalesFact.period == date(2031, 5, 1)))
            == id_
        )


def test_an_account_import_in_lower_case_updates_the_account(db, tmp_path: Path) -> None:
    code, id_ = some_account(db)
    renamed = [["code", "name"], [code.lower(), "Hernoemd 汽修"]]
    summary = import_accounts(db, write_csv(tmp_path / "a.csv", renamed))
    assert (summary.created, summary.updated) == (0, 1)
    child = [
        ["code", "name", "kind", "parent_code"],
        ["NEW-LOWER-1", "Nieuw", "store", code.lower()],
    ]
    assert import_accounts(db, write_csv(tmp_path / "b.csv", child)).created == 1
    assert count_like(db, code) == 1
    with db.session() as session:
        assert session.get(Account, id_).name == "Hernoemd 汽修"
        child = session.scalars(select(Account).where(Account.code == "NEW-LOWER-1")).one()
        assert child.parent_id == id_


def test_one_code_twice_in_a_file_in_two_cases_is_refused(db, tmp_path: Path) -> None:
    rows = [["code", "name", "kind"], ["ab-9", "Een", "workshop"], ["AB-9", "Twee", "workshop"]]
    with pytest.raises(ImportRejected) as caught:
        import_accounts(db, write_csv(tmp_path / "a.csv", rows))
    problems = [(p.line, str(p.message)) for p in caught.value.problems]
    assert problems == [(3, "the code AB-9 is already used on line 2")]


def test_a_contact_import_finds_an_account_written_in_lower_case(db, tmp_path: Path) -> None:
    code, id_ = some_account(db)
    rows = [
        ["account_code", "name", "email"],
        [code.lower(), "Trần Thị Mai Kiểm Thử", "mai.kiemthu@example.vn"],
    ]
    assert import_contacts(db, write_csv(tmp_path / "c.csv", rows)).created == 1
    with db.session() as session:
        assert (
            session.scalar(
                select(Contact.account_id).where(Contact.name == "Trần Thị Mai Kiểm Thử")
            )
            == id_
        )


def test_a_look_up_by_code_ignores_case(db) -> None:
    code, id_ = some_account(db)
    assert PriceListService(db).account_id(code.lower()) == id_


def test_the_account_form_refuses_a_code_used_in_another_case(db) -> None:
    code, _ = some_account(db)
    draft = AccountDraft(code=code.lower(), name="Dubbel", kind="store", channel="workshop")
    with pytest.raises(AccountInvalid) as caught:
        AccountRecords(db).create(draft)
    assert caught.value.problems["code"] == f"Code {code} is already used by another account."


@pytest.mark.parametrize("code", ["AB\n1", "AB\t1", "AB\u00a01", "AB\u200b1"])
def test_a_code_with_a_line_break_or_an_invisible_character_is_refused(
    db, tmp_path: Path, code: str
) -> None:
    rows = [["code", "name", "kind"], [code, "Onzichtbaar", "store"]]
    with pytest.raises(ImportRejected) as caught:
        import_accounts(db, write_csv(tmp_path / "a.csv", rows))
    assert "cannot be a code" in caught.value.problems[0].message
    draft = AccountDraft(code=code, name="Onzichtbaar", kind="store", channel="workshop")
    with pytest.raises(AccountInvalid) as form:
        AccountRecords(db).create(draft)
    assert "invisible" in form.value.problems["code"]
