"""Recognising the headers ERPs write: abbreviated, qualified, in brackets — without
guessing between two columns that could both be the field."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from xml.etree import ElementTree

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acct_desktop.services.imports import preview
from acct_desktop.services.imports.columns import (
    ACCOUNT_FIELDS,
    ACCOUNT_SYNONYMS,
    CONTACT_FIELDS,
    SALES_FIELDS,
    SALES_SYNONYMS,
)
from acct_desktop.services.imports.header_words import core_key


def guessed(tmp_path: Path, headers: list[str], entity: str | None = "sales") -> dict[str, str]:
    path = tmp_path / "erp.csv"
    with path.open("w", encoding="utf-8", newline="") as out:
        csv.writer(out, delimiter=";").writerows([headers, ["x"] * len(headers)])
    return preview(path, entity).guessed


@pytest.mark.parametrize(
    ("header", "core"),
    [("Omzet excl. btw", "omzet"), ("Artikelnr.", "artikel"), ("artikelnummer", "artikel"),
     ("Customer #", "customer"), ("Customer No.", "customer"), ("Net amount (EUR)", "amount"),
     ("Total Qty", "qty"), ("含税金额", "金额"), ("金额（元）", "金额"), ("客户编码", "客户"),
     ("Mã khách hàng", "kháchhàng"), ("Klantcode", "klant"), ("code", "code"), ("No.", "no"),
     ("(EUR)", "")],
)  # fmt: skip
def test_the_core_of_a_header(header: str, core: str) -> None:
    assert core_key(header) == core


def test_a_dutch_erp_export_maps_by_itself(tmp_path: Path) -> None:
    headers = ["Factuurdatum", "Debiteur", "Artikelnr.", "Soort", "Aantal", "Omzet excl. btw"]
    assert guessed(tmp_path, headers) == {
        "date": "Factuurdatum", "account_code": "Debiteur", "sku": "Artikelnr.",
        "measure": "Soort", "quantity": "Aantal", "amount": "Omzet excl. btw",
    }  # fmt: skip
    assert guessed(tmp_path, headers, None) == guessed(tmp_path, headers)  # seen as sales


def test_a_dutch_accounts_file_names_its_parent_column_by_itself(tmp_path: Path) -> None:
    headers = ["Klantnummer", "Naam", "Soort", "Bovenliggend klantnummer", "Klasse"]
    assert guessed(tmp_path, headers, "accounts")["parent_code"] == "Bovenliggend klantnummer"
    assert guessed(tmp_path, ["Klant", "Bovenliggende klant"], "accounts")["parent_code"] == (
        "Bovenliggende klant"
    )


def test_english_and_chinese_erp_exports_map_by_themselves(tmp_path: Path) -> None:
    assert guessed(
        tmp_path, ["Posting Date", "Customer #", "Item No.", "Qty", "Net amount (EUR)"]
    ) == {
        "date": "Posting Date", "account_code": "Customer #", "sku": "Item No.",
        "quantity": "Qty", "amount": "Net amount (EUR)",
    }  # fmt: skip
    assert guessed(tmp_path, ["单据日期", "客户编码", "物料编码", "数量", "含税金额（元）"]) == {
        "date": "单据日期", "account_code": "客户编码", "sku": "物料编码", "quantity": "数量",
        "amount": "含税金额（元）",
    }  # fmt: skip


def test_two_columns_that_could_both_be_the_amount_are_left_to_the_user(tmp_path: Path) -> None:
    found = guessed(tmp_path, ["Datum", "Klantnr", "Omzet excl. btw", "Omzet incl. btw"])
    assert "amount" not in found
    assert found["account_code"] == "Klantnr"


def test_an_exact_header_wins_over_a_loose_one(tmp_path: Path) -> None:
    found = guessed(tmp_path, ["Datum", "Klantnr", "Omzet incl. btw", "Bedrag"])
    assert found["amount"] == "Bedrag"


def test_a_word_that_names_two_fields_loosely_names_neither(tmp_path: Path) -> None:
    # In an account file "Customer" is the name and "Customer code" the code, so the loose
    # "Customer #" could be either: it is not guessed, while the exact "Customer" still is.
    assert core_key("Customer") == core_key("Customer code")
    found = guessed(tmp_path, ["Customer #", "Customer", "City"], "accounts")
    assert found.get("name") == "Customer"
    assert "code" not in found  # "Customer #" is not guessed: the user maps it


FIELDS = sorted(SALES_SYNONYMS)
DECORATIONS = [" (EUR)", " excl. btw", " incl. VAT", " [units]", "（元）", " total"]


@given(
    field=st.sampled_from(FIELDS),
    data=st.data(),
    decoration=st.sampled_from(DECORATIONS),
)
def test_a_decorated_synonym_has_the_synonyms_core(field: str, data, decoration: str) -> None:
    synonym = data.draw(st.sampled_from(SALES_SYNONYMS[field]))
    assert core_key(synonym + decoration) == core_key(synonym)
    assert core_key("Total " + synonym) == core_key(synonym)


def test_no_two_account_fields_share_a_core_that_is_used() -> None:
    """Shared cores are dropped, so they never pick a column; this lists them so a new
    synonym that collides with another field's is a conscious choice."""
    owners: dict[str, set[str]] = {}
    for field, names in ACCOUNT_SYNONYMS.items():
        for name in (field, *names):
            owners.setdefault(core_key(name), set()).add(field)
    shared = {core for core, fields in owners.items() if len(fields) > 1}
    assert shared == {"customer"}


# -- the import dialog's own names for the fields --------------------------------------------

_LABEL = re.compile(r'"(\w+)": QT_TRANSLATE_NOOP\("importFields", "([^"]+)"\)')
ROOT = Path(__file__).parents[2]


def _field_labels() -> dict[str, dict[str, str]]:
    """Each language's name for each import field, as the import dialog shows it (read from
    the source and the .ts files, so the test needs no Qt)."""
    source = (ROOT / "acct_desktop/gui/import_fields.py").read_text(encoding="utf-8")
    english = {label: field for field, label in _LABEL.findall(source)}
    languages = {"en": {field: label for label, field in english.items()}}
    for ts in sorted(ROOT.glob("resources/translations/*.ts")):
        names = languages.setdefault(ts.stem.removeprefix("acct_desktop_"), {})
        for context in ElementTree.parse(ts).getroot().iter("context"):
            if context.findtext("name") == "importFields":
                for message in context.iter("message"):
                    field = english[message.findtext("source") or ""]
                    names[field] = message.findtext("translation") or ""
    return languages


@pytest.mark.parametrize("entity", ["accounts", "contacts", "sales"])
def test_a_file_headed_with_the_dialogs_own_field_names_maps_by_itself(
    entity: str, tmp_path: Path
) -> None:
    """A user who heads the columns with the names the import dialog shows ("Meetwaarde",
    "Rol in de beslissing", "决策角色", "Mã khách hàng cấp trên"), in any of its languages,
    never has to map them by hand."""
    fields = {"accounts": ACCOUNT_FIELDS, "contacts": CONTACT_FIELDS, "sales": SALES_FIELDS}
    languages = _field_labels()
    assert set(languages) == {"en", "nl", "vi", "zh_CN"}
    for language, names in languages.items():
        headers = [names[f] for f in fields[entity] if f in names and f != "id"]
        path = tmp_path / f"{entity}_{language}.csv"
        with path.open("w", encoding="utf-8", newline="") as handle:
            csv.writer(handle).writerows([headers, ["x"] * len(headers)])
        guessed = preview(path, entity).guessed
        wrong = {f: names[f] for f in fields[entity] if f in names and f != "id"
                 if guessed.get(f) != names[f]}  # fmt: skip
        assert not wrong, (language, wrong)


@pytest.mark.parametrize(
    "header",
    ["Customer ID", "Account ID", "customer_id", "Klant-ID", "Klant ID", "客户编号", "客户ID",
     "Mã khách hàng", "ID khách hàng"],
)  # fmt: skip
def test_id_style_headers_are_the_account_code(tmp_path: Path, header: str) -> None:
    """Odoo and Salesforce export the customer's number as "Customer ID" / "Account ID"."""
    guess = guessed(tmp_path, [header, "Name", "City"], "accounts")
    assert guess.get("code") == header


def test_a_required_field_left_out_is_said_without_a_space_to_fill(tmp_path: Path) -> None:
    """The field is placed by the translator (%1 inside the sentence), never glued on with a
    space ("编码 是必需的")."""
    from acct_desktop.services.imports import import_accounts  # noqa: F401
    from acct_desktop.services.imports.columns import ACCOUNT_REQUIRED, map_columns
    from acct_desktop.services.imports.problems import ProblemList
    from acct_desktop.services.tabular import read_table

    path = tmp_path / "erp.csv"
    path.write_text("Customer ID;Name\nNL-1;Garage\n", encoding="utf-8")
    problems = ProblemList()
    map_columns(
        read_table(path),
        ACCOUNT_FIELDS,
        ACCOUNT_REQUIRED,
        ACCOUNT_SYNONYMS,
        {"code": ""},
        problems,
        "accounts",
    )
    said = [str(p.message) for p in problems.items]
    assert said == ["choose the column that holds code: it is required"]


def test_a_dutch_stock_export_names_its_value_and_an_accounts_file_its_rayon(
    tmp_path: Path,
) -> None:
    """ "Waarde" went unread, so a stock re-import replaced the month's stock value with
    none; "Rayon" (the Dutch sales territory) was dropped, so no account got its region."""
    stock = ["Datum", "Klantnummer", "Artikelnr.", "Soort", "Aantal", "Waarde"]
    assert guessed(tmp_path, stock)["amount"] == "Waarde"
    assert guessed(tmp_path, ["Klantnummer", "Naam", "Voorraadwaarde"])["amount"] == (
        "Voorraadwaarde"
    )
    accounts = ["Klantnummer", "Naam", "Rayon", "Plaats"]
    assert guessed(tmp_path, accounts, "accounts")["territory"] == "Rayon"
    assert guessed(tmp_path, ["Mã khách hàng", "Tên", "Địa bàn"], "accounts")["territory"] == (
        "Địa bàn"
    )
