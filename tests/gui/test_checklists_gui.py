"""Issuing, saving and verifying sealed checklists from the window, as a manager does."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from acct_desktop.gui.dialogs.checklist_issue import IssueChecklistDialog
from acct_desktop.gui.dialogs.manager_details import ManagerDetailsDialog
from acct_desktop.gui.dialogs.verify_document import VerifyDocumentDialog
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.services.manager_profile import (
    ManagerProfile,
    load_manager_profile,
    save_manager_profile,
)
from acct_desktop.store import models as m


def escalated_chinese_account(window: MainWindow):
    with window.workspace.db.session() as session:
        return session.scalar(
            select(m.Account.id)
            .join(m.CustomerIssue, m.CustomerIssue.account_id == m.Account.id)
            .where(
                m.Account.document_language == "zh_CN",
                m.CustomerIssue.status.in_(("open", "in_progress")),
            )
            .group_by(m.Account.id)
            .order_by(func.count().desc())
            .limit(1)
        )


@pytest.fixture
def me() -> ManagerProfile:
    profile = ManagerProfile("李伟", "Acme 润滑油", "+86 20 1234 5678", "li@acme.cn")
    save_manager_profile(profile)
    return profile


def issue_from_dialog(qtbot, dialog: IssueChecklistDialog, folder: Path) -> None:
    dialog.choose_path = lambda name: folder / name
    with qtbot.waitSignal(dialog.issued, timeout=60_000):
        dialog.issue_button.click()


def test_my_details_are_validated_next_to_the_field_and_saved(qtbot) -> None:
    dialog = ManagerDetailsDialog()
    qtbot.addWidget(dialog)
    dialog.edits["name"].insert("李伟")
    dialog.edits["email"].insert("not-an-address")
    dialog.save()
    assert dialog.errors["organisation"].isVisibleTo(dialog)
    assert dialog.errors["email"].isVisibleTo(dialog)
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.edits["name"].text() == "李伟", "what was typed is kept"
    dialog.edits["organisation"].insert("Acme 润滑油")
    dialog.edits["email"].setText("li@acme.cn")
    dialog.save()
    assert load_manager_profile() == ManagerProfile("李伟", "Acme 润滑油", None, "li@acme.cn")


def test_issuing_from_the_dialog_seals_saves_and_lists_the_checklist(
    qtbot, window: MainWindow, me, tmp_path
) -> None:
    account_id = escalated_chinese_account(window)
    window.current.set(account_id)
    dialog = window.seal_actions.open_issue_dialog()
    qtbot.addWidget(dialog)
    open_count = len(window.workspace.issues.open_for_account(account_id))
    assert dialog.issues.rowCount() == open_count >= 10
    assert "中文" in dialog.language.text() and "李伟" in dialog.manager.text()
    dialog.issues.item(0).setCheckState(Qt.CheckState.Unchecked)
    issue_from_dialog(qtbot, dialog, tmp_path)
    issued = dialog.result_checklist
    assert issued.item_count == open_count - 1
    saved = tmp_path / f"{issued.number}-R1.pdf"
    assert dialog.saved_to == saved and saved.read_bytes() == issued.pdf
    assert issued.reference in dialog.status.text() and dialog.open_button.isVisible()
    tab = window.card.open_tab("checklists")
    assert tab.shown_row_count() == 1
    row = tab.model.row_object(0)
    assert row.reference == issued.reference and row.item_count == open_count - 1


def test_nothing_ticked_is_refused_in_the_dialog(qtbot, window: MainWindow, me) -> None:
    window.current.set(escalated_chinese_account(window))
    dialog = window.seal_actions.open_issue_dialog()
    qtbot.addWidget(dialog)
    for row in range(dialog.issues.rowCount()):
        dialog.issues.item(row).setCheckState(Qt.CheckState.Unchecked)
    dialog.issue_button.click()
    assert "at least one" in dialog.status.text()
    assert window.workspace.checklist_records.for_account(window.current.id) == []


def test_reissue_and_stamped_copy_from_the_checklists_tab(
    qtbot, window: MainWindow, me, tmp_path
) -> None:
    account_id = escalated_chinese_account(window)
    window.current.set(account_id)
    first = window.seal_actions.open_issue_dialog()
    qtbot.addWidget(first)
    issue_from_dialog(qtbot, first, tmp_path)
    tab = window.card.open_tab("checklists")
    tab.table.view.selectRow(0)
    assert tab.buttons["reissue"].isEnabled() and not tab.buttons["scan"].isEnabled()
    scan = tmp_path / "stamped.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    stamping = tab.attach_stamped()
    stamping.choose_file = lambda: scan
    stamping.browse()
    with qtbot.waitSignal(stamping.attached, timeout=30_000):
        stamping.attach_button.click()
    assert "stamped" in tab.message.text()
    tab.table.view.selectRow(0)
    assert tab.model.row_object(0).stamped_on is not None and tab.buttons["scan"].isEnabled()
    second = tab.reissue()
    qtbot.addWidget(second)
    ticked = second.chosen_ids()
    assert set(ticked) == set(window.workspace.checklist_records.issue_ids(tab.selected().id))
    issue_from_dialog(qtbot, second, tmp_path)
    assert second.result_checklist.revision == 2
    rows = [tab.model.row_object(r) for r in range(tab.model.rowCount())]
    assert {(r.revision, r.replaced_by) for r in rows} == {(1, 2), (2, None)}


def test_verify_dialog_tells_intact_from_modified(qtbot, window: MainWindow, me, tmp_path) -> None:
    window.current.set(escalated_chinese_account(window))
    dialog = window.seal_actions.open_issue_dialog()
    qtbot.addWidget(dialog)
    issue_from_dialog(qtbot, dialog, tmp_path)
    verify = VerifyDocumentDialog(window.workspace, window.background)
    qtbot.addWidget(verify)
    verify.verify(dialog.saved_to)
    qtbot.waitUntil(lambda: verify.state is not None, timeout=30_000)
    assert verify.state == "intact" and "issued from this database" in verify.verdict.text()
    tampered = tmp_path / "tampered.pdf"
    data = bytearray(dialog.saved_to.read_bytes())
    data[len(data) // 2] ^= 0x01
    tampered.write_bytes(bytes(data))
    verify.state = None
    verify.verify(tampered)
    qtbot.waitUntil(lambda: verify.state is not None, timeout=30_000)
    assert verify.state == "modified" and "Modified" in verify.verdict.text()


def test_a_replaced_revision_is_shown_in_amber_with_its_replacement(
    qtbot, window: MainWindow, me, tmp_path
) -> None:
    from acct_desktop.config import seal_key_folder
    from acct_desktop.services.checklists import ChecklistIssuer
    from acct_desktop.services.seal_keys import SealKeyStore

    keys = SealKeyStore(seal_key_folder())
    issuer = ChecklistIssuer(window.workspace.db)
    r1 = issuer.issue(escalated_chinese_account(window), None, me, keys)
    r2 = issuer.reissue(r1.id, me, keys)
    old = tmp_path / "r1.pdf"
    old.write_bytes(r1.pdf)
    verify = VerifyDocumentDialog(window.workspace, window.background)
    qtbot.addWidget(verify)
    verify.verify(old)
    qtbot.waitUntil(lambda: verify.state is not None, timeout=30_000)
    assert verify.state == "replaced"
    assert f"replaced by {r2.reference}" in verify.verdict.text()
    assert "#ef6c00" in verify.verdict.styleSheet()  # amber, with a warning icon and words


def test_without_my_details_the_dialog_asks_for_them_first(qtbot, window: MainWindow) -> None:
    window.current.set(escalated_chinese_account(window))
    dialog = window.seal_actions.open_issue_dialog()
    qtbot.addWidget(dialog)
    assert "My details" in dialog.manager.text()


def test_exporting_my_certificate_as_another_kind_of_file_is_refused_in_a_sentence(
    qtbot, window: MainWindow, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from acct_desktop.config import seal_key_folder
    from acct_desktop.services.seal_keys import SealIdentity, SealKeyStore

    SealKeyStore(seal_key_folder()).create(SealIdentity("李伟", "Acme 润滑油"))
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _w, _t, text: said.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda _w, _t, text: said.append(text))
    for name in ("my-seal.txt", "my-seal"):
        target = str(tmp_path / name)
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, t=target: (t, ""))
        window.seal_actions.export_own_certificate()

    assert said[0] == (
        "Certificates can be exported as .pem, .crt, .cer or .der files, not “.txt”."
    )
    assert not (tmp_path / "my-seal.txt").exists()
    assert (tmp_path / "my-seal.pem").read_bytes().startswith(b"-----BEGIN CERTIFICATE-----")
    assert "my-seal.pem" in said[1]  # typed without a kind: written as .pem


def test_tools_new_seal_key_replaces_a_key_whose_passphrase_was_lost(
    qtbot, window: MainWindow, me, tmp_path, monkeypatch
) -> None:
    import keyring
    from PySide6.QtWidgets import QMessageBox

    from acct_desktop.config import seal_key_folder
    from acct_desktop.services.checklists import ChecklistIssuer
    from acct_desktop.services.memory_keyring import MemoryKeyring
    from acct_desktop.services.seal_keys import SealKeyStore

    keys = SealKeyStore(seal_key_folder())
    issuer = ChecklistIssuer(window.workspace.db)
    account_id = escalated_chinese_account(window)
    old = issuer.issue(account_id, None, me, keys)
    old_fingerprint = keys.certificate().fingerprint_sha256
    keyring.set_keyring(MemoryKeyring())  # the passphrase is gone (restored by conftest)
    tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Tools")
    assert window.seal_actions.new_seal_key in tools.actions()

    asked: list[str] = []
    told: list[str] = []

    def confirm(_parent, _title, text, *_args):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    monkeypatch.setattr(QMessageBox, "information", lambda _w, _t, text: told.append(text))
    window.seal_actions.new_seal_key.trigger()
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    assert "still verify as intact" in asked[0] and "李伟" in asked[0]
    assert keys.certificate().fingerprint_sha256 != old_fingerprint
    assert "Export my seal certificate" in told[0]

    new = issuer.issue(account_id, None, me, keys)
    for issued in (old, new):
        result = window.workspace.checklist_records.verify(issued.pdf, keys)
        assert result.report.state.value == "intact" and result.matches_record


def test_a_head_office_checklist_can_take_in_its_branches_issues(
    qtbot, window: MainWindow, me, tmp_path
) -> None:
    """Off by default (the head office's own issues, none here); ticked, the branches'
    open issues are listed, each with its branch, and the sealed list covers them."""
    issues = window.workspace.issues
    with window.workspace.db.session() as session:
        head = session.scalars(select(m.Account.id).where(m.Account.code == "VN000025")).one()
    window.current.set(head)
    dialog = window.seal_actions.open_issue_dialog()
    qtbot.addWidget(dialog)
    assert dialog.sub_accounts.isVisibleTo(dialog) and not dialog.sub_accounts.isChecked()
    assert dialog.issues.rowCount() == 0 and "no open issues" in dialog.status.text()
    assert "With the issues of the accounts below it" in dialog.status.text()  # the way
    dialog.sub_accounts.setChecked(True)
    below = issues.open_for_account(head, with_sub_accounts=True)
    assert dialog.issues.rowCount() == len(below) >= 10 and not dialog.status.text()
    first = dialog.issues.item(0).text()
    assert below[0].number in first and "Cửa hàng" in first  # its branch, shortened
    assert "Chuỗi Chăm sóc Xe Hoàng Gia" not in first.split("\n")[0]
    issue_from_dialog(qtbot, dialog, tmp_path)
    assert dialog.result_checklist.item_count == len(below)
    tab = window.card.open_tab("checklists")
    row = tab.model.row_object(0)
    assert row.with_sub_accounts
    covers = [
        tab.model.headerData(c, Qt.Orientation.Horizontal) for c in range(tab.model.columnCount())
    ].index("Covers")
    assert tab.model.data(tab.model.index(0, covers)) == "With the accounts below"


def test_a_branch_without_children_has_no_such_box_and_an_empty_list_says_so(
    qtbot, window: MainWindow, me
) -> None:
    with window.workspace.db.session() as session:
        quiet = session.scalar(
            select(m.Account.id)
            .where(
                ~m.Account.id.in_(select(m.CustomerIssue.account_id)),
                ~m.Account.id.in_(
                    select(m.Account.parent_id).where(m.Account.parent_id.is_not(None))
                ),
            )
            .limit(1)
        )
    window.current.set(quiet)
    dialog = window.seal_actions.open_issue_dialog()  # no traceback for an empty list
    qtbot.addWidget(dialog)
    assert not dialog.sub_accounts.isVisibleTo(dialog)
    assert dialog.issues.rowCount() == 0
    assert "no open issues" in dialog.status.text()


def test_issuing_again_while_a_checklist_waits_for_its_stamp_offers_to_reissue_it(
    qtbot, window: MainWindow, me, tmp_path
) -> None:
    """Issue checklist… silently made CL-2026-0002 R1 of the same issues as CL-2026-0001 R1,
    still unstamped."""
    window.current.set(escalated_chinese_account(window))
    first = window.seal_actions.open_issue_dialog()
    qtbot.addWidget(first)
    issue_from_dialog(qtbot, first, tmp_path)
    waiting = first.result_checklist
    asked = []
    cancelled = window.seal_actions.open_issue_dialog()
    qtbot.addWidget(cancelled)
    cancelled.ask_duplicate = lambda row: asked.append(row.reference)  # Cancel: None
    cancelled.issue_button.click()
    assert asked == [waiting.reference] and cancelled.result_checklist is None
    assert cancelled.issue_button.isEnabled()
    again = window.seal_actions.open_issue_dialog()
    qtbot.addWidget(again)
    again.ask_duplicate = lambda row: "reissue"
    issue_from_dialog(qtbot, again, tmp_path)
    assert (again.result_checklist.number, again.result_checklist.revision) == (
        waiting.number,
        2,
    )
    second = window.seal_actions.open_issue_dialog()
    qtbot.addWidget(second)
    second.ask_duplicate = lambda row: "new"
    issue_from_dialog(qtbot, second, tmp_path)
    assert second.result_checklist.number != waiting.number


def test_each_checklist_row_says_how_many_of_its_issues_are_still_open(
    qtbot, window: MainWindow, me, tmp_path
) -> None:
    """After an issue of CL-… was resolved its row still said "13": it says what is left
    open (and overdue) and follows the Issues dock's changes."""
    account_id = escalated_chinese_account(window)
    window.current.set(account_id)
    dialog = window.seal_actions.open_issue_dialog()
    qtbot.addWidget(dialog)
    issue_from_dialog(qtbot, dialog, tmp_path)
    tab = window.card.open_tab("checklists")
    row = tab.model.row_object(0)
    column = [c.header for c in tab.model._columns].index("Issues")
    shown = tab.model.index(0, column).data()
    assert shown.startswith(f"{row.item_count} · {row.open_count} open")
    assert row.open_count == row.item_count
    assert ("overdue" in shown) == (row.overdue_count > 0)

    listed = window.workspace.checklist_records.issue_ids(row.id)
    changed = window.workspace.issue_records.archive(listed[0])
    window.docks["issuesDock"].issues_changed.emit(changed)
    after = tab.model.row_object(0)
    assert after.open_count == row.open_count - 1
    assert (
        tab.model.index(0, column)
        .data()
        .startswith(f"{row.item_count} · {row.open_count - 1} open")
    )


def test_a_long_company_and_e_mail_wrap_and_keep_my_details_in_sight(
    qtbot, window: MainWindow
) -> None:
    """At 150 % on a 1366 × 768 laptop the dialog scrolled sideways and My details… was
    off the screen: "Issued and sealed by … · phone · e-mail" was one line."""
    save_manager_profile(
        ManagerProfile(
            "王丽华",
            "华润润滑油有限公司广州天河分公司华南区域工业油品销售服务中心",
            "+86 138 0000 1234",
            "wang.lihua.huanan.industrial-oils@example-lubricants.com.cn",
        )
    )
    window.current.set(escalated_chinese_account(window))
    dialog = window.seal_actions.open_issue_dialog()
    qtbot.addWidget(dialog)
    one_line = dialog.manager.fontMetrics().horizontalAdvance(dialog.manager.text())
    assert one_line > 600  # what it took before, on one line
    assert dialog.minimumSizeHint().width() < 600, dialog.minimumSizeHint()
    assert "\n+86 138 0000 1234 · wang.lihua" in dialog.manager.text()  # the contact below
