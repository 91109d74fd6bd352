"""The records' sentences in the GUI's language: a file that cannot be read, an import's
summary, a backup or database refusal, a mistyped recovery key, a visit that cannot move,
an Outlook file, the planner's reasons, an account that cannot be restored, a vCard import
and a snooze, each from the real service on real files and shown through the translator."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from acct_desktop.domain.alerts import snooze_problem
from acct_desktop.domain.enums import VisitStatus
from acct_desktop.domain.visit_plan_model import Reason, ReasonKind
from acct_desktop.gui.sentences import exception_text, user_text
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.account_records import AccountRecords
from acct_desktop.services.backup import BackupError, check_backup
from acct_desktop.services.contact_card_export import ContactCardError
from acct_desktop.services.contact_cards import import_vcards
from acct_desktop.services.database_keys import RecoveryKeyError, parse_recovery_key
from acct_desktop.services.imports import import_accounts
from acct_desktop.services.tabular import TabularError, read_table
from acct_desktop.services.vcard_reading import VCardRejected
from acct_desktop.services.visit_calendar_import import CalendarImportError, import_ics
from acct_desktop.services.visit_records import VisitRecords, VisitRejected
from acct_desktop.store.database import DatabaseError, open_database
from acct_desktop.store.models import Account, Visit
from tests.unit.test_imports import ACCOUNT_ROWS, write_csv


def test_an_empty_file_is_refused_in_chinese_with_its_name(speak, tmp_path: Path) -> None:
    path = tmp_path / "客户.csv"
    path.write_text("   \n\n", encoding="utf-8")
    with pytest.raises(TabularError) as refused:
        read_table(path)
    assert str(refused.value) == "客户.csv is empty."

    speak("zh_CN")

    assert exception_text(refused.value) == "客户.csv 是空的。"


def test_a_ragged_row_is_described_in_dutch(speak, tmp_path: Path) -> None:
    path = tmp_path / "klanten.csv"
    path.write_text("Code;Naam;Land\nNL-1;Bakkerij Jansen;NL\nNL-2;Garage Smit\n", "utf-8")
    problem = read_table(path).problems[0]
    assert (problem.line, problem.message) == (
        3,
        "this row has 2 values but the header has 3 columns",
    )

    speak("nl")

    assert (
        user_text(problem.message) == "deze rij heeft 2 waarden, maar de kopregel heeft 3 kolommen"
    )


def test_an_accounts_import_summary_is_told_in_chinese(speak, tmp_path: Path) -> None:
    db = open_database(tmp_path / "fresh.acctdb")
    try:
        rows = [[*row, "Fax"] for row in ACCOUNT_ROWS]
        rows[0][-1] = "传真"  # a column nobody maps: named as not imported
        summary = import_accounts(db, write_csv(tmp_path / "accounts.csv", rows))
    finally:
        db.close()
    english = summary.describe()
    assert english.startswith("5 accounts read: 5 created, 0 updated, 0 unchanged.")
    assert english.endswith("Columns not imported: 传真.")

    speak("zh_CN")

    shown = user_text(english)
    assert shown.startswith("已读取 5 个客户：新建 5，更新 0，未变 0。")
    assert shown.endswith("未导入的列：传真。")
    assert "read" not in shown and "New territories" not in shown


def test_a_backup_from_a_newer_version_is_refused_in_vietnamese(
    speak, demo_db: Path, tmp_path: Path
) -> None:
    backup = tmp_path / "sao-lưu.acctdb"
    shutil.copyfile(demo_db, backup)
    import sqlite3

    with sqlite3.connect(backup) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.close()
    with pytest.raises(BackupError) as refused:
        check_backup(backup)

    speak("vi")

    shown = exception_text(refused.value)
    assert shown.startswith(f"{backup} được tạo bởi phiên bản acct-desktop mới hơn (lược đồ 9999")
    assert shown.endswith("hãy cài phiên bản mới hơn để khôi phục.")


def test_a_file_that_is_not_a_database_is_refused_in_chinese(speak, tmp_path: Path) -> None:
    other = tmp_path / "别的.sqlite"
    import sqlite3

    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.close()
    with pytest.raises(DatabaseError) as refused:
        open_database(other)

    speak("zh_CN")

    assert exception_text(refused.value) == (
        f"{other} 中有其他数据，不是 acct-desktop 数据库；请选择其他文件或新建数据库。"
    )


def test_a_mistyped_recovery_key_is_explained_in_dutch_and_vietnamese(speak) -> None:
    with pytest.raises(RecoveryKeyError) as too_short:
        parse_recovery_key("ABCD-EFGH")
    with pytest.raises(RecoveryKeyError) as strange:
        parse_recovery_key("ABCD-EFG9")

    speak("nl")
    assert exception_text(too_short.value) == (
        "Een herstelsleutel heeft 56 tekens (14 groepen van 4); de ingevoerde sleutel heeft er 8."
    )
    speak("vi")
    assert exception_text(strange.value) == (
        '"9" không thể có trong khóa khôi phục: khóa chỉ gồm các chữ A-Z và các chữ số 2-7.'
    )


def test_moving_a_visit_that_was_done_is_refused_in_chinese(speak, demo_db: Path) -> None:
    db = open_database(demo_db)
    try:
        with db.session() as session:
            done = session.scalars(
                select(Visit).where(Visit.status == VisitStatus.DONE).limit(1)
            ).one()
        start = done.planned_start + timedelta(days=1)
        with pytest.raises(VisitRejected) as refused:
            VisitRecords(db, "test").move(done.id, start, start + timedelta(hours=1))
    finally:
        db.close()
    assert str(refused.value) == "Only a planned visit can be moved; this one is done."

    speak("zh_CN")

    assert exception_text(refused.value) == "只有计划中的拜访才能移动；这次拜访已完成。"


def test_an_outlook_file_of_contacts_is_refused_in_vietnamese_and_counted_in_dutch(
    speak, tmp_path: Path
) -> None:
    db = open_database(tmp_path / "fresh.acctdb")
    try:
        cards = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nguyen Van An\r\nEND:VCARD\r\n"
        with pytest.raises(CalendarImportError) as refused:
            import_ics(db, cards, "test")
        all_day = (
            b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x-1\r\n"
            b"SUMMARY:Jaarbeurs\r\nDTSTART;VALUE=DATE:20261110\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
        )
        summary = import_ics(db, all_day, "test", tz_name="Europe/Amsterdam")
    finally:
        db.close()

    speak("vi")
    assert exception_text(refused.value) == (
        "Tệp chứa danh bạ (vCard), không phải lịch; hãy nhập dưới dạng người liên hệ."
    )
    speak("nl")
    assert user_text(summary.describe()) == (
        "0 bezoeken bijgewerkt, 0 aangemaakt, 0 ongewijzigd, 1 afspraak overgeslagen"
    )
    assert user_text(summary.skipped[0].describe()) == (
        "“Jaarbeurs” (regel 6): is een afspraak voor de hele dag; geef het een begin- en "
        "eindtijd om het als bezoek te importeren"
    )


def test_why_the_planner_chose_a_visit_is_said_in_chinese(speak) -> None:
    overdue = Reason(ReasonKind.OVERDUE, days=12)
    preferred = Reason(ReasonKind.PREFERRED_DAY, weekday=2)
    assert (overdue.text, preferred.text) == ("overdue 12 days", "preferred day: Wednesday")

    speak("zh_CN")

    assert (user_text(overdue.text), user_text(preferred.text)) == ("逾期 12 天", "首选日：星期三")


def test_restoring_an_account_under_an_archived_parent_is_refused_in_chinese(
    speak, demo_db: Path
) -> None:
    db = open_database(demo_db)
    try:
        with db.session() as session:
            child = session.scalars(
                select(Account).where(Account.parent_id.is_not(None)).limit(1)
            ).one()
            parent = session.get(Account, child.parent_id)
        records = AccountRecords(db, "test")
        records.archive(child.id, with_below=True)
        records.archive(parent.id, with_below=True)  # its other accounts go with it
        with pytest.raises(EditRejected) as refused:
            records.restore(child.id)
    finally:
        db.close()

    speak("zh_CN")

    assert exception_text(refused.value) == f"{parent.name} 已归档；请先恢复它，再恢复此客户。"


def test_a_vcard_import_and_a_snooze_refusal_in_dutch(speak, tmp_path: Path) -> None:
    db = open_database(tmp_path / "fresh.acctdb")
    try:
        import_accounts(db, write_csv(tmp_path / "accounts.csv", ACCOUNT_ROWS))
        code = ACCOUNT_ROWS[1][0]
        card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Sanne de Vries\r\nEND:VCARD\r\n"
        summary = import_vcards(db, card.encode(), code, actor="test", file_name="sanne.vcf")
        with pytest.raises(ContactCardError) as unknown:
            import_vcards(db, card.encode(), "NOBODY", actor="test")
    finally:
        db.close()
    assert summary.describe() == "1 card read: 1 created, 0 updated, 0 unchanged."

    speak("nl")

    assert (
        user_text(summary.describe())
        == "1 kaart gelezen: 1 aangemaakt, 0 bijgewerkt, 0 ongewijzigd."
    )
    assert exception_text(unknown.value) == (
        "Er is geen klant NOBODY in de database; er is niets geïmporteerd."
    )
    assert user_text(snooze_problem(date(2026, 11, 2), date(2026, 11, 2))) == (
        "Kies een dag na vandaag om tot dan uit te stellen."
    )


def test_a_vcard_with_a_bad_e_mail_is_refused_card_by_card_in_vietnamese(
    speak, tmp_path: Path
) -> None:
    db = open_database(tmp_path / "fresh.acctdb")
    try:
        import_accounts(db, write_csv(tmp_path / "accounts.csv", ACCOUNT_ROWS))
        card = (
            "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Trần Thị Bình\r\nEMAIL:binh-at-gara\r\nEND:VCARD\r\n"
        )
        with pytest.raises(VCardRejected) as refused:
            import_vcards(db, card.encode(), ACCOUNT_ROWS[1][0], actor="test", file_name="b.vcf")
    finally:
        db.close()
    problem = refused.value.problems[0]
    assert str(problem) == 'card 1 (line 1): line 4: "binh-at-gara" is not an e-mail address'

    speak("vi")

    assert user_text(problem.sentence()) == (
        "danh thiếp 1 (dòng 1): dòng 4: “binh-at-gara” không phải là địa chỉ email"
    )
