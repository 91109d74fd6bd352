"""Contacts in and out as vCards: exact round trips, real exports of five programs, other
projects' sample files, all-or-nothing imports with card and line numbers, fuzzing."""

from __future__ import annotations

import base64
import re
import time
from pathlib import Path

import pytest
import vobject
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from acct_desktop.domain import enums as e
from acct_desktop.services.contact_cards import (
    ContactCardError,
    VCardRejected,
    export_vcards,
    import_vcards,
    read_vcards,
    write_vcards,
)
from acct_desktop.services.search import AccountSearch
from acct_desktop.services.vcard_reading import parse_vcards
from acct_desktop.store import models as m
from acct_desktop.store.database import Database, open_database
from acct_desktop.store.models.contacts import ContactDetailKind as K
from tests.unit.vcard_helpers import (
    FIXTURES,
    add_account,
    add_three_people,
    row_counts,
    stored_contacts,
)

PROBLEM = re.compile(r"^(card \d+ \(line \d+\)|line \d+): \S")


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(tmp_path / "cards.acctdb")
    add_account(database, "KA01", "Saigon Oil · 华润万家 · Smeerolie Brabant")
    yield database
    database.close()


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def contact_named(db: Database, name: str) -> dict:
    return next(c for c in stored_contacts(db) if c["name"] == name)


# -- round trips ----------------------------------------------------------------------------
@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_export_then_import_into_another_database_gives_every_field_back(
    db: Database, tmp_path: Path, version: str
) -> None:
    add_three_people(db, _account(db))
    data = export_vcards(db, account_code="KA01", version=version)
    other = open_database(tmp_path / f"other-{version}.acctdb")
    try:
        add_account(other, "KA01", "elsewhere")
        summary = import_vcards(other, data, "KA01", actor="test", file_name="ka01.vcf")
        assert (summary.created, summary.updated, summary.notes) == (3, 0, ())
        assert stored_contacts(other) == stored_contacts(db)  # ids and reporting lines too
    finally:
        other.close()


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_importing_our_own_export_back_changes_nothing(db: Database, version: str) -> None:
    add_three_people(db, _account(db))
    before = stored_contacts(db)
    counts = row_counts(db)
    summary = import_vcards(db, export_vcards(db, version=version), "KA01", actor="test")
    assert (summary.created, summary.updated, summary.unchanged) == (0, 0, 3)
    assert stored_contacts(db) == before and row_counts(db) == counts


def test_an_old_card_never_takes_back_a_later_contact_and_a_bad_date_is_refused(
    db: Database,
) -> None:
    from datetime import date

    add_three_people(db, _account(db))
    old = export_vcards(db, account_code="KA01")
    assert b"X-ACCT-LAST-CONTACTED:2026-11-20" in old
    with db.session() as session:
        boss = session.scalar(select(m.Contact).where(m.Contact.name.startswith("Nguy")))
        boss.last_contacted_on = date(2026, 11, 24)  # a call since the export
    import_vcards(db, old, "KA01", actor="test")
    assert contact_named(db, "Nguyễn Thị Minh Khai")["last_contacted_on"] == date(2026, 11, 24)
    bad = old.replace(b"X-ACCT-LAST-CONTACTED:2026-11-20", b"X-ACCT-LAST-CONTACTED:20-11-2026")
    with pytest.raises(VCardRejected) as refused:
        import_vcards(db, bad, "KA01", actor="test")
    assert "is not a date like 2026-11-02" in str(refused.value.problems[0])


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_the_file_is_utf8_with_crlf_and_lines_folded_at_75_octets(
    db: Database, version: str
) -> None:
    add_three_people(db, _account(db))
    data = export_vcards(db, version=version)
    text = data.decode("utf-8")
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    lines = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # long notes were folded
    cards = list(vobject.readComponents(text))  # another reader agrees it is a vCard file
    assert sorted(c.fn.value for c in cards) == sorted(c["name"] for c in stored_contacts(db))
    unfolded = text.replace("\r\n ", "")
    assert f"VERSION:{version}\r\n" in unfolded and "\r\nREV:" in unfolded
    assert "\r\nX-ACCT-DMU-ROLE:decision_maker\r\n" in unfolded
    if version == "3.0":
        assert "\r\nTEL;TYPE=WORK,VOICE,PREF:+84 28 3823 4567\r\n" in unfolded
        assert "\r\nEMAIL;TYPE=INTERNET,PREF:khai.nguyen@saigonoil.example.vn\r\n" in unfolded
        assert "\r\nFN;CHARSET=UTF-8:Nguyễn Thị Minh Khai\r\n" in unfolded  # for Outlook
        assert "\r\nN;CHARSET=UTF-8:Nguyễn;Khai;Thị Minh;;\r\n" in unfolded
        assert re.search(r"\r\nUID:[0-9a-f-]{36}\r\n", unfolded)
    else:
        assert "\r\nTEL;PREF=1;TYPE=work,voice;VALUE=text:+84 28 3823 4567\r\n" in unfolded
        assert "\r\nEMAIL;PREF=1;TYPE=work:khai.nguyen@saigonoil.example.vn\r\n" in unfolded
        assert "CHARSET" not in unfolded
        assert re.search(r"\r\nUID:urn:uuid:[0-9a-f-]{36}\r\n", unfolded)
    for label in ("ORG", "TITLE", "ADR", "NOTE", "URL", "IMPP", "X-ACCT-REPORTS-TO"):
        assert f"\r\n{label}" in unfolded, label


# -- names: N holds the parts phones and Outlook sort by -------------------------------------
def _names(text: str) -> dict[str, str]:
    """FN → N value of every card in ``text``."""
    return {
        c.fn.value: c.contents["n"][0].serialize().split(":", 1)[1].strip()
        for c in vobject.readComponents(text)
    }


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_n_has_the_family_name_first_for_dutch_vietnamese_and_chinese_contacts(
    db: Database, version: str
) -> None:
    add_three_people(db, _account(db))
    names = _names(export_vcards(db, version=version).decode("utf-8"))
    assert names == {
        "Nguyễn Thị Minh Khai": "Nguyễn;Khai;Thị Minh;;",
        "Jan-Willem van 't Hoff": "van 't Hoff;Jan-Willem;;;",
        "欧阳建国": "欧阳;建国;;;",
    }


def _person(db: Database, code: str, name: str, country: str | None = None) -> None:
    account_id = add_account(db, code, f"account {code}")
    with db.session() as session:
        session.get(m.Account, account_id).country_code = country
        session.add(m.Contact(account_id=account_id, name=name))


def test_an_account_in_vietnam_says_a_name_without_marks_is_vietnamese(db: Database) -> None:
    _person(db, "VN01", "Cao Minh Tuan", "VN")
    _person(db, "NL01", "Cao Minh Tuan", "NL")
    vietnam = export_vcards(db, account_code="VN01").decode("utf-8")
    netherlands = export_vcards(db, account_code="NL01").decode("utf-8")
    assert _names(vietnam) == {"Cao Minh Tuan": "Cao;Tuan;Minh;;"}
    assert _names(netherlands) == {"Cao Minh Tuan": "Tuan;Cao;Minh;;"}  # no sign: given first


def test_japanese_names_have_the_family_name_first_where_the_account_says_japan(
    db: Database,
) -> None:
    _person(db, "JP01", "山田太郎", "JP")
    _person(db, "JP02", "佐藤健", "JP")
    _person(db, "JP03", "山田\u3000はなこ")  # kana and an ideographic space: Japanese anywhere
    _person(db, "CN01", "山田太郎", "CN")  # kanji alone at a Chinese account: not guessed at
    n = {
        code: _names(export_vcards(db, account_code=code).decode("utf-8"))
        for code in ("JP01", "JP02", "JP03", "CN01")
    }
    assert n == {
        "JP01": {"山田太郎": "山田;太郎;;;"},
        "JP02": {"佐藤健": "佐藤;健;;;"},
        "JP03": {"山田\u3000はなこ": "山田;はなこ;;;"},
        "CN01": {"山田太郎": ";山田太郎;;;"},  # whole, not 山;田太郎
    }


def test_titles_and_family_names_in_capitals_are_filed_under_the_family_name(
    db: Database,
) -> None:
    """A phone files 王先生 under 王 (先生 was the given name) and YAMADA Taro under YAMADA
    (Taro was the family name); FN stays the name as typed and reads back as it."""
    for code, name, country in (
        ("CN01", "王先生", "CN"),
        ("CN02", "张总经理", "CN"),
        ("JP01", "YAMADA Taro", "JP"),
        ("VN01", "NGUYEN Van An", "VN"),
        ("NL01", "Pieter VAN DEN BERG", "NL"),
    ):
        _person(db, code, name, country)
    data = export_vcards(db, version="4.0")
    assert _names(data.decode("utf-8")) == {
        "王先生": "王;;;;先生",
        "张总经理": "张;;;;总经理",
        "YAMADA Taro": "YAMADA;Taro;;;",
        "NGUYEN Van An": "NGUYEN;An;Van;;",
        "Pieter VAN DEN BERG": "VAN DEN BERG;Pieter;;;",
    }
    assert sorted(c.name for c in read_vcards(data)) == sorted(
        ["王先生", "张总经理", "YAMADA Taro", "NGUYEN Van An", "Pieter VAN DEN BERG"]
    )


def test_a_japanese_name_comes_back_as_written_from_its_own_card(db: Database) -> None:
    _person(db, "JP03", "山田\u3000はなこ")
    before = stored_contacts(db, "JP03")
    data = export_vcards(db, account_code="JP03")
    assert [c.name for c in read_vcards(data)] == ["山田\u3000はなこ"]  # FN, the space kept
    summary = import_vcards(db, data, "JP03", actor="test")
    assert (summary.created, summary.updated) == (0, 0)
    assert stored_contacts(db, "JP03") == before
    no_fn = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:山田;はなこ;;;\r\nEND:VCARD\r\n".encode()
    assert [c.name for c in read_vcards(no_fn)] == ["山田はなこ"]  # family first, no space


NAMES = [
    "Anik Ganguly",
    "Jeroen de Boer",
    "Sanne van der Berg-Jansen",
    "Esther van ’t Hek",
    "Nguyễn Văn An",
    "李伟",
    "欧阳娜娜",
    "Minh",
    "Ganguly, Anik",
    "Receptie; Noord",
    "Dr. Jan Jansen Jr.",
]


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_names_come_back_as_written_from_an_export(
    db: Database, tmp_path: Path, version: str
) -> None:
    for number, name in enumerate(NAMES):
        _person(db, f"A{number:02}", name, "VN" if number % 2 else None)
    data = export_vcards(db, version=version)
    assert sorted(c.name for c in read_vcards(data)) == sorted(NAMES)
    assert _names(data.decode("utf-8"))["Minh"] == ";Minh;;;"  # whole, as the given name


@pytest.mark.parametrize(
    ("n", "name"),
    [
        ("Nguyễn;An;Văn;;", "Nguyễn Văn An"),
        ("欧阳;娜娜;;;", "欧阳娜娜"),
        ("de Boer;Jeroen;;;", "Jeroen de Boer"),
        ("Ganguly;Anik;;Dr.;", "Dr. Anik Ganguly"),
        (";Minh;;;", "Minh"),
        ("王;;;;先生", "王先生"),  # was "王 先生"
        ("YAMADA;Taro;;;", "YAMADA Taro"),  # was "Taro YAMADA"
    ],
)
def test_a_card_without_fn_is_named_from_n_in_the_cultures_order(n: str, name: str) -> None:
    card = f"BEGIN:VCARD\r\nVERSION:3.0\r\nN:{n}\r\nEND:VCARD\r\n".encode()
    assert [c.name for c in read_vcards(card)] == [name]


def test_when_n_and_fn_differ_fn_is_the_name_and_the_export_splits_it_again(
    db: Database,
) -> None:
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Ganguly;A.;;;\r\nFN:Anik Ganguly\r\nEND:VCARD\r\n"
    import_vcards(db, card.encode(), "KA01", actor="test")
    assert [c["name"] for c in stored_contacts(db)] == ["Anik Ganguly"]
    assert _names(export_vcards(db).decode("utf-8")) == {"Anik Ganguly": "Ganguly;Anik;;;"}


def test_the_export_summary_counts_one_contact_in_the_singular(
    db: Database, tmp_path: Path
) -> None:
    _person(db, "NL01", "Jeroen de Boer", "NL")
    one = write_vcards(db, tmp_path / "one.vcf", account_code="NL01")
    assert str(one.describe()) == f"1 contact written as vCard 3.0 to {tmp_path / 'one.vcf'}."
    every = write_vcards(db, tmp_path / "split", split=True, version="4.0")
    assert str(every.describe()) == "1 contact written as vCard 4.0 to " + str(every.paths[0]) + "."
    _person(db, "NL02", "Sanne van der Berg-Jansen", "NL")
    both = write_vcards(db, tmp_path / "split2", split=True)
    assert str(both.describe()) == "2 contacts written as vCard 3.0 to 2 files."
    assert both.describe().template == "%1 contacts written as vCard %2 to %3 files."  # marked


def test_split_export_writes_one_file_per_contact_for_outlook(db: Database, tmp_path: Path) -> None:
    account = _account(db)
    add_three_people(db, account)
    with db.session() as session:  # a name that is no file name, twice
        for _ in range(2):
            session.add(m.Contact(account_id=account, name='A/B: "C"?', phone="+31 20 555 0101"))
    summary = write_vcards(db, tmp_path / "cards", account_code="KA01", split=True)
    names = sorted(p.name for p in (tmp_path / "cards").iterdir())
    assert summary.contacts == 5 and len(summary.paths) == 5
    assert names == sorted(
        [
            "A_B_ _C.vcf",
            "A_B_ _C (2).vcf",
            "Jan-Willem van 't Hoff.vcf",
            "Nguyễn Thị Minh Khai.vcf",
            "欧阳建国.vcf",
        ]
    )
    for path in summary.paths:
        assert path.read_bytes().count(b"BEGIN:VCARD") == 1


def test_export_of_an_unknown_account_or_version_is_refused(db: Database) -> None:
    with pytest.raises(ContactCardError, match="no account XX"):
        export_vcards(db, account_code="XX")
    with pytest.raises(ContactCardError, match=r"3\.0 or 4\.0"):
        export_vcards(db, version="2.1")


# -- real exports -----------------------------------------------------------------------
def test_outlook_21_with_windows_1252_and_quoted_printable(db: Database) -> None:
    import_vcards(db, fixture("outlook_21_qp.vcf"), "KA01", actor="test")
    person = contact_named(db, "Jan-Willem van 't Hoff")
    assert (person["title"], person["department"]) == ("Hoofd inkoop", "Inkoop & logistiek")
    assert (person["phone"], person["email"]) == (
        "+31 (40) 123 4567",
        "jw.vanthoff@smeerolie-brabant.example.nl",
    )
    assert person["notes"] == (
        "Voorkeur voor afspraken op dinsdag.\nVraagt altijd naar de staffelkorting op 5W-30 "
        "en de levertijd naar Eindhoven (café De Zwaan)."
    )
    assert _details(person) == [
        (K.PHONE, "home", "+31 (40) 765 4321"),
        (K.PHONE, "cell", "+31 6 1234 5678"),
        (K.PHONE, "fax", "+31 (40) 123 4599"),
        (K.EMAIL, None, "jwvanthoff@hotmail.example.com"),
        (K.ADDRESS, "work", "Industrieweg 12, Eindhoven, Noord-Brabant, 5651 GK, Nederland"),
        (K.URL, "work", "https://www.smeerolie-brabant.example.nl"),
    ]
    (card,) = read_vcards(fixture("outlook_21_qp.vcf"))
    assert (card.version, card.organisation) == ("2.1", "Smeerolie Groothandel Brabant B.V.")


def test_gmail_30_with_repeated_types_and_escaped_colons(db: Database) -> None:
    summary = import_vcards(db, fixture("gmail_30.vcf"), "KA01", actor="test")
    assert summary.created == 2
    thu = contact_named(db, "Lê Thị Thu")
    assert (thu["title"], thu["department"]) == ("Trưởng phòng mua hàng", "Phòng Kinh doanh")
    assert (thu["phone"], thu["email"]) == ("+84 24 3851 2603", "thu.le@petrolimex-hn.example.vn")
    assert thu["notes"] == "Gặp ở hội chợ Automechanika 2025.\nThích liên lạc qua Zalo."
    assert _details(thu) == [
        (K.PHONE, "cell", "+84 912 345 678"),
        (K.EMAIL, "home", "lethithu.hn@gmail.example.com"),
        (K.ADDRESS, "work", "1 Khâm Thiên, Đống Đa, Hà Nội, 100000, Việt Nam"),
        (K.URL, "home", "https://petrolimex-hn.example.vn"),
    ]
    assert contact_named(db, "Trần Minh Đức")["phone"] == "0987 654 321"
    assert read_vcards(fixture("gmail_30.vcf"))[0].organisation == "Petrolimex Hà Nội"


def test_iphone_30_with_item_groups_labels_and_pref(db: Database) -> None:
    import_vcards(db, fixture("iphone_30.vcf"), "KA01", actor="test")
    wang = contact_named(db, "王建国")
    assert (wang["title"], wang["department"]) == ("采购总监", "采购部")
    assert (wang["phone"], wang["email"]) == ("+86 138 0013 8000", "jianguo.wang@crv.example.cn")
    assert wang["messenger_id"] == "wechat:wxid_jianguo"
    assert wang["notes"] == "每月第一周拜访；喜欢喝普洱茶。"
    assert _details(wang) == [
        (K.PHONE, "work", "+86 20 8888 6666"),
        (K.PHONE, "微信电话", "+86 139 0000 1111"),
        (K.EMAIL, "home", "wjg1978@qq.example.com"),
        (K.ADDRESS, "work", "白云区广园中路 8号, 广州市, 广东省, 510000, 中国"),
    ]
    assert read_vcards(fixture("iphone_30.vcf"))[0].organisation == "华润万家"


def test_android_21_with_quoted_printable_utf8(db: Database) -> None:
    import_vcards(db, fixture("android_21_qp.vcf"), "KA01", actor="test")
    hung = contact_named(db, "Nguyễn Văn Hùng")
    assert (hung["title"], hung["department"]) == ("Giám đốc điều hành", "Ban Giám đốc")
    assert (hung["phone"], hung["email"]) == ("0903 123 456", "hung.nguyen@saigonoil.example.vn")
    assert hung["notes"] == (  # a comma in a 2.1 note is text, not the end of it
        "Người quyết định cuối cùng về giá. Thích cà phê sữa đá, gặp buổi sáng trước 10 giờ. "
        "Đã ký hợp đồng chiết khấu năm 2025."
    )
    assert _details(hung) == [
        (K.PHONE, "work", "028 3823 4567"),
        (K.PHONE, "home", "028 3911 2233"),
        (K.EMAIL, "home", "hungnv1975@gmail.example.com"),
        (K.ADDRESS, "work", "Số 8 Lê Lợi, Quận 1, TP. Hồ Chí Minh, 700000, Việt Nam"),
    ]
    assert contact_named(db, "Phạm Thị Lan")["phone"] == "+84 909 888 777"
    organisation = read_vcards(fixture("android_21_qp.vcf"))[0].organisation
    assert organisation == "Công ty TNHH Dầu nhớt Sài Gòn"


def test_thunderbird_40_with_uri_values_and_pref_ranks(db: Database) -> None:
    import_vcards(db, fixture("thunderbird_40.vcf"), "KA01", actor="test")
    sanne = contact_named(db, "Sanne IJzerman")
    assert str(sanne["id"]) == "6f0cf3ac-7c4a-4a43-9e4f-5d1f3c3d2b81"  # the card's UID
    assert (sanne["title"], sanne["department"]) == ("Hoofd inkoop", "Inkoop")
    assert (sanne["phone"], sanne["email"]) == (
        "+31-30-123-4567 ext. 12",
        "sanne@vandervalk-smeermiddelen.example.nl",
    )
    assert sanne["messenger_id"] == "xmpp:sanne@jabber.example.nl"
    assert sanne["notes"] == "Spreekt ook Duits.\nBellen na 10:00, niet op vrijdag."
    assert _details(sanne) == [
        (K.PHONE, "cell", "+31-6-1234-5678"),
        (K.PHONE, "fax", "+31 30 123 4599"),
        (K.EMAIL, "home", "s.ijzerman@ziggo.example.nl"),
        (K.ADDRESS, "work", "Oudegracht 231, Utrecht, Utrecht, 3511 NK, Nederland"),
        (K.ADDRESS, "home", "Kerkstraat 5, 3581 RA Utrecht"),
        (K.URL, None, "https://vandervalk-smeermiddelen.example.nl"),
    ]


SHARED = sorted(p for p in (FIXTURES / "shared").rglob("*") if p.suffix in (".vcf", ".ics"))
# How many people each sample holds, or None when it must be refused.
SHARED_OUTCOME = {
    "escape_semicolon.vcf": 1,
    "vcard.vcf": 1,
    "vcard3.vcf": 1,
    "vcard_author.vcf": 1,
    "vcard_grouped.vcf": None,
    "issue339.ics": 1,
    "leaktest.vcf": 3,
    "test.vcf": 2,
    "user-cal.vcf": None,
    "radicale-1587.vcf": 1,
}


@pytest.mark.parametrize("path", SHARED, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_shared_sample_imports_or_is_refused_by_card_and_line(
    db: Database, path: Path
) -> None:
    counts = row_counts(db)
    try:
        summary = import_vcards(db, path.read_bytes(), "KA01", actor="t", file_name=path.name)
    except VCardRejected as exc:
        assert SHARED_OUTCOME[path.name] is None, [str(p) for p in exc.problems]
        assert exc.problems and all(PROBLEM.match(str(p)) for p in exc.problems)
        assert row_counts(db) == counts
        return
    assert summary.created == SHARED_OUTCOME[path.name]


def test_the_refusals_of_shared_samples_say_why() -> None:
    grouped = FIXTURES / "shared" / "ical.js" / "vcard_grouped.vcf"
    calendar = FIXTURES / "shared" / "libical" / "user-cal.vcf"
    with pytest.raises(VCardRejected) as grouped_error:
        read_vcards(grouped.read_bytes())
    with pytest.raises(VCardRejected) as calendar_error:
        read_vcards(calendar.read_bytes())
    assert [str(p) for p in grouped_error.value.problems] == ["card 1 (line 1): no name (FN or N)"]
    assert [str(p) for p in calendar_error.value.problems] == [
        'line 1: this is not a vCard file (its first line is "BEGIN:VCALENDAR"; cards start '
        "with BEGIN:VCARD)"
    ]


def _account(db: Database):  # type: ignore[no-untyped-def]
    with db.session() as session:
        return session.scalar(select(m.Account.id).where(m.Account.code == "KA01"))


def _details(person: dict) -> list[tuple]:
    return [detail[:3] for detail in person["details"]]


# -- all or nothing, card and line numbers --------------------------------------------------
GOOD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{name}\r\nEMAIL:{email}\r\nEND:VCARD\r\n"


def test_a_file_with_one_bad_card_writes_nothing_and_names_card_and_line(db: Database) -> None:
    data = (
        GOOD.format(name="Lê Văn Tám", email="tam@example.vn")
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:+84 90 111 2222\r\nEND:VCARD\r\n"
        + GOOD.format(name="Wim de Bruijn", email="wim@example.nl")
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Chen\r\nEMAIL:not an address\r\nEND:VCARD\r\n"
        + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Zhou\r\nX-ACCT-INFLUENCE:9\r\nEND:VCARD\r\n"
    ).encode()
    counts = row_counts(db)
    with pytest.raises(VCardRejected) as error:
        import_vcards(db, data, "KA01", actor="test", file_name="mixed.vcf")
    assert [str(p) for p in error.value.problems] == [
        "card 2 (line 6): no name (FN or N)",
        'card 4 (line 15): line 18: "not an address" is not an e-mail address',
        'card 5 (line 20): line 23: X-ACCT-INFLUENCE "9" is not a whole number from 1 to 5',
    ]
    assert str(error.value).startswith("mixed.vcf was not imported: 3 problems found.")
    assert row_counts(db) == counts
    assert AccountSearch(db).search("Lê Văn Tám") == []


def test_broken_files_are_refused_with_line_numbers() -> None:
    not_utf8 = (
        "line 2: the text is not UTF-8 and the line does not say its CHARSET; save the file as "
        "UTF-8 and import it again"
    )
    cases = [
        (
            b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\n",
            "card 1 (line 1): the card has no END:VCARD line",
        ),
        (
            b"BEGIN:VCARD\nFN:A\nno property\nEND:VCARD\n",
            'card 1 (line 1): line 3: "no property" is not a vCard line',
        ),
        (
            b"FN:A\nBEGIN:VCARD\nFN:B\nEND:VCARD\n",
            "line 1: text outside any card (BEGIN:VCARD … END:VCARD)",
        ),
        (b"", "line 1: this is not a vCard file (it is empty; cards start with BEGIN:VCARD)"),
        (b"BEGIN:VCARD\nFN:Ren\xe9\nEND:VCARD\n", not_utf8),
        (
            b"BEGIN:VCARD\nFN;CHARSET=klingon:A\nEND:VCARD\n",
            'line 2: unknown character set "klingon"',
        ),
    ]
    for data, message in cases:
        with pytest.raises(VCardRejected) as error:
            read_vcards(data)
        assert str(error.value.problems[0]) == message, data


def test_hostile_lines_are_refused_or_read_in_linear_time() -> None:
    """vobject's own lexer backtracks exponentially on a damaged quoted-printable line (no
    colon, many ``=``) and is quadratic on a large folded photo; ours is neither."""
    damaged = "NOTE;CHARSET=UTF-8;ENCODING=QUOTED" + "i qu=E1=BA=BFt =C4=91" * 40
    started = time.perf_counter()
    with pytest.raises(VCardRejected, match="1 problem"):
        read_vcards(f"BEGIN:VCARD\r\nFN:A\r\n{damaged}\r\nEND:VCARD\r\n".encode())
    photo = base64.b64encode(bytes(range(256)) * 12_000).decode()  # 3 MB as base64 text
    folded = "\r\n ".join(photo[i : i + 74] for i in range(0, len(photo), 74))
    card = f"BEGIN:VCARD\r\nFN:A\r\nPHOTO;ENCODING=b;TYPE=JPEG:{folded}\r\nEND:VCARD\r\n"
    assert [c.name for c in read_vcards(card.encode())] == ["A"]
    assert time.perf_counter() - started < 5


def test_declared_charsets_byte_order_marks_and_utf16_are_read() -> None:
    card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Phạm Thị Lan\r\nEND:VCARD\r\n"
    gb = b"BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=GB18030:" + "欧阳建国".encode("gb18030")
    for data in (
        b"\xef\xbb\xbf" + card.encode(),
        card.encode("utf-16"),  # with a byte order mark
        card.encode("utf-16-le"),  # without one
    ):
        assert [c.name for c in read_vcards(data)] == ["Phạm Thị Lan"]
    assert [c.name for c in read_vcards(gb + b"\r\nEND:VCARD\r\n")] == ["欧阳建国"]


def test_groups_of_contacts_are_skipped_with_a_note(db: Database) -> None:
    data = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:group\r\nFN:Inkoopteam\r\nEND:VCARD\r\n"
        + GOOD.format(name="Wim de Bruijn", email="wim@example.nl")
    ).encode()
    summary = import_vcards(db, data, "KA01", actor="test")
    assert summary.created == 1
    assert summary.notes == (
        "card 1 (line 1): a card for a group (KIND:group), not for a person; skipped",
    )


def test_an_unknown_account_is_refused_and_nothing_written(db: Database) -> None:
    counts = row_counts(db)
    with pytest.raises(ContactCardError, match="no account NOPE"):
        import_vcards(db, fixture("gmail_30.vcf"), "NOPE", actor="test")
    assert row_counts(db) == counts


# -- duplicates, audit, search --------------------------------------------------------------
def test_same_name_with_same_email_or_phone_updates_instead_of_duplicating(db: Database) -> None:
    account = _account(db)
    with db.session() as session:
        session.add_all(
            [
                m.Contact(account_id=account, name="Trần Minh Đức", phone="+84 987 654 321"),
                m.Contact(
                    account_id=account,
                    name="Lê Thị Thu",
                    email="THU.LE@petrolimex-hn.example.vn",
                    title="Kế toán",
                    notes="kept",
                ),
            ]
        )
    summary = import_vcards(db, fixture("gmail_30.vcf"), "KA01", actor="test")
    assert (summary.created, summary.updated) == (0, 2)
    thu = contact_named(db, "Lê Thị Thu")
    assert thu["title"] == "Trưởng phòng mua hàng"  # the card's value wins
    assert thu["notes"] == "Gặp ở hội chợ Automechanika 2025.\nThích liên lạc qua Zalo."
    duc = contact_named(db, "Trần Minh Đức")
    assert duc["phone"] == "0987 654 321"  # the same number written nationally
    assert _details(duc) == []
    assert len(stored_contacts(db)) == 2


def test_a_namesake_with_other_addresses_is_a_new_contact_and_old_values_stay(
    db: Database,
) -> None:
    account = _account(db)
    with db.session() as session:
        session.add(m.Contact(account_id=account, name="Lê Thị Thu", email="thu@other.example"))
        session.add(
            m.Contact(
                account_id=account,
                name="Trần Minh Đức",
                phone="+84 28 1111 2222",
                email="duc@example.vn",
            )
        )
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Trần Minh Đức\r\nEMAIL:duc@example.vn\r\n"
        "TEL;TYPE=CELL:0987 654 321\r\nEND:VCARD\r\n"
    )
    summary = import_vcards(db, fixture("gmail_30.vcf")[:0] + card.encode(), "KA01", actor="t")
    assert (summary.created, summary.updated) == (0, 1)
    duc = contact_named(db, "Trần Minh Đức")
    assert duc["phone"] == "0987 654 321"
    assert _details(duc) == [(K.PHONE, None, "+84 28 1111 2222")]  # kept, as a detail
    import_vcards(db, fixture("gmail_30.vcf"), "KA01", actor="t")
    assert [c["name"] for c in stored_contacts(db)].count("Lê Thị Thu") == 2


def test_two_cards_for_one_contact_are_refused(db: Database) -> None:
    data = (GOOD.format(name="Wim", email="w@example.nl") * 2).encode()
    with pytest.raises(VCardRejected) as error:
        import_vcards(db, data, "KA01", actor="test")
    assert [str(p) for p in error.value.problems] == [
        "card 2 (line 6): card 1 (line 1) already describes this contact"
    ]


def test_imports_are_audited_and_the_names_searchable(db: Database) -> None:
    import_vcards(db, fixture("iphone_30.vcf"), "KA01", actor="lan", file_name="iphone.vcf")
    wang = contact_named(db, "王建国")
    with db.session() as session:
        events = session.execute(
            select(m.AuditEvent.actor, m.AuditEvent.field, m.AuditEvent.new_value).where(
                m.AuditEvent.entity == "contact", m.AuditEvent.entity_id == wang["id"]
            )
        ).all()
    assert events == [("lan", "created", "iphone.vcf")]
    hits = AccountSearch(db).search("王建国")
    assert [(h.code, h.matched) for h in hits] == [("KA01", "王建国")]
    edited = fixture("iphone_30.vcf").replace("采购总监".encode(), "总经理".encode())
    import_vcards(db, edited, "KA01", actor="lan", file_name="iphone2.vcf")
    with db.session() as session:
        fields = session.execute(
            select(m.AuditEvent.field, m.AuditEvent.old_value, m.AuditEvent.new_value).where(
                m.AuditEvent.entity_id == wang["id"], m.AuditEvent.field != "created"
            )
        ).all()
    assert sorted(fields) == [("imported", None, "iphone2.vcf"), ("title", "采购总监", "总经理")]


def test_reporting_lines_loops_and_unknown_managers(db: Database) -> None:
    def card(uid: str, name: str, boss: str) -> str:
        return (
            f"BEGIN:VCARD\r\nVERSION:3.0\r\nUID:{uid}\r\nFN:{name}\r\nX-ACCT-REPORTS-TO:{boss}"
            "\r\nEND:VCARD\r\n"
        )

    a, b, c = ("00000000-0000-4000-8000-00000000000" + n for n in "abc")
    with pytest.raises(VCardRejected) as error:
        import_vcards(db, (card(a, "A", b) + card(b, "B", a)).encode(), "KA01", actor="t")
    assert {str(p) for p in error.value.problems} == {
        "card 1 (line 1): X-ACCT-REPORTS-TO makes a reporting loop",
        "card 2 (line 7): X-ACCT-REPORTS-TO makes a reporting loop",
    }
    summary = import_vcards(db, (card(a, "A", c) + card(b, "B", a)).encode(), "KA01", actor="t")
    assert summary.created == 2
    assert summary.notes == (
        f"card 1 (line 1): the manager it names (X-ACCT-REPORTS-TO {c}) is neither in the file "
        "nor in the account; the reporting line was left empty",
    )
    assert contact_named(db, "B")["reports_to_id"] == contact_named(db, "A")["id"]


def test_contacts_keep_roles_from_our_own_fields(db: Database) -> None:
    data = (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Wim\r\nX-ACCT-DMU-ROLE:gatekeeper\r\n"
        b"X-ACCT-ATTITUDE:opponent\r\nX-ACCT-INFLUENCE:2\r\nEND:VCARD\r\n"
    )
    import_vcards(db, data, "KA01", actor="t")
    wim = contact_named(db, "Wim")
    assert (wim["dmu_role"], wim["attitude"], wim["influence"]) == (
        e.DmuRole.GATEKEEPER,
        e.Attitude.OPPONENT,
        2,
    )


# -- fuzzing --------------------------------------------------------------------------------
SEEDS = [p.read_bytes() for p in sorted(FIXTURES.glob("*.vcf"))]
TOKENS = [
    b"=",
    b";",
    b":",
    b",",
    b"\\",
    b"\r",
    b"\n",
    b"\r\n ",
    b"\x00",
    b'"',
    b"\xff\xfe",
    b"BEGIN:VCARD\r\n",
    b"END:VCARD\r\n",
    b";CHARSET=foo",
    b";ENCODING=QUOTED-PRINTABLE",
    b";ENCODING=B",
    b"=C3",
    b"\xc3",
    b"item1.",
    b";PREF=x",
    b"TEL;VALUE=uri:tel:",
    b"X-ACCT-REPORTS-TO:",
    b"N:;;;;",
]


@st.composite
def mutated_cards(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(SEEDS)))
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        how = draw(st.sampled_from(("insert", "delete", "flip", "cut")))
        if how == "insert":
            data[at:at] = draw(st.sampled_from(TOKENS) | st.binary(min_size=1, max_size=8))
        elif how == "delete":
            del data[at : at + draw(st.integers(1, 40))]
        elif how == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif how == "cut":
            del data[at:]
    return bytes(data)


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.binary(max_size=600), mutated_cards()))
def test_any_bytes_are_read_or_refused_with_sentences(data: bytes) -> None:
    try:
        parse_vcards(data)
    except VCardRejected as exc:
        assert exc.problems and all(PROBLEM.match(str(p)) for p in exc.problems), exc.problems


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=mutated_cards())
def test_a_refused_import_never_writes_a_row(db: Database, data: bytes) -> None:
    before = row_counts(db)
    try:
        import_vcards(db, data, "KA01", actor="fuzz")
    except VCardRejected as exc:
        assert exc.problems
        assert row_counts(db) == before
