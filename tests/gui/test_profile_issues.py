"""The profile card's Issues tab of a head office lists its branches' issues (each row says
whose), agreeing with the "Open issues" fact and the account tree's issue column."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from sqlalchemy import select

from acct_desktop.domain.enums import IssueStatus
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.models.account_tree import ISSUES
from acct_desktop.gui.profile.issues_tab import ACCOUNT_COLUMN, IssuesTab, short_account_name
from acct_desktop.store import models as m

OPEN = (IssueStatus.OPEN, IssueStatus.IN_PROGRESS)


def account(window: MainWindow, code: str) -> uuid.UUID:
    with window.workspace.db.session() as session:
        return session.scalars(select(m.Account.id).where(m.Account.code == code)).one()


def issues_tab(window: MainWindow, account_id: uuid.UUID) -> IssuesTab:
    window.current.set(account_id)
    tab = window.card.open_tab("issues")
    assert isinstance(tab, IssuesTab)
    return tab


def test_a_head_office_lists_its_branches_issues_by_default(window: MainWindow) -> None:
    hq = account(window, "VN000025")
    tab = issues_tab(window, hq)
    assert tab.children_box.isVisible() and tab.children_box.isChecked()
    rows = tab.rows()
    assert rows and all(r.account_code != "VN000025" for r in rows)  # none of its own
    assert len({r.account_code for r in rows}) > 1
    assert not tab.table.view.isColumnHidden(ACCOUNT_COLUMN)
    model = tab.model
    assert model.headerData(ACCOUNT_COLUMN, Qt.Orientation.Horizontal) == "Account"
    shown = model.index(0, ACCOUNT_COLUMN).data()
    # The chain's brand is left out, so what tells the branches apart is not cut off.
    assert shown and not shown.startswith("Chuỗi Chăm sóc Xe Hoàng Gia")
    assert rows[0].account_name.endswith(shown)

    open_rows = sum(r.status in OPEN for r in rows)
    assert window.card.profile_form.facts["issues"].text() == str(open_rows)
    tree = window.docks["accountTreeDock"].model
    row = next(r for r in range(tree.rowCount()) if tree.account_id(tree.index(r, 0)) == hq)
    issues_cell = tree.index(row, ISSUES).data()
    assert issues_cell.split()[0] == str(open_rows)  # "13 (11 late)"


def test_unticking_shows_the_head_offices_own_issues_only(window: MainWindow, qtbot) -> None:
    tab = issues_tab(window, account(window, "VN000025"))
    tab.children_box.setChecked(False)
    assert tab.shown_row_count() == 0
    assert tab.table.empty.isVisibleTo(tab.table)
    assert tab.table.empty.text() == "No customer issues recorded."
    assert tab.table.view.isColumnHidden(ACCOUNT_COLUMN)
    tab.children_box.setChecked(True)
    assert tab.shown_row_count() > 0


def test_a_store_without_child_accounts_has_no_box(window: MainWindow) -> None:
    with window.workspace.db.session() as session:
        parents = select(m.Account.parent_id).where(m.Account.parent_id.is_not(None))
        store_id, code = session.execute(
            select(m.Account.id, m.Account.code)
            .join(m.CustomerIssue, m.CustomerIssue.account_id == m.Account.id)
            .where(m.Account.id.not_in(parents))
            .limit(1)
        ).one()
    tab = issues_tab(window, store_id)
    assert tab.children_box.isHidden()
    assert not tab.with_child_accounts()
    assert tab.rows() and {r.account_code for r in tab.rows()} == {code}
    assert tab.table.view.isColumnHidden(ACCOUNT_COLUMN)


def test_short_account_names() -> None:
    hq = "Chuỗi Chăm sóc Xe Hoàng Gia Trụ sở chính"
    branch = "Chuỗi Chăm sóc Xe Hoàng Gia Cửa hàng Quận Hải An, Hải Phòng 2"
    assert short_account_name(branch, hq) == "Cửa hàng Quận Hải An, Hải Phòng 2"
    assert short_account_name(hq, hq) == hq  # the account itself: its whole name
    assert short_account_name("Gara Minh Khai", hq) == "Gara Minh Khai"
    assert short_account_name("CHUOI cham soc", "Chuỗi Chăm sóc Xe") == "CHUOI cham soc"
