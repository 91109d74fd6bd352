"""Closing an issue in the Issues dock repaints the open and late issue counts of its
account's row in the tree and of every row above it (they roll up), without re-reading
the tree."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from acct_desktop.domain.enums import IssueStatus
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.models.account_tree import ROW_ROLE
from acct_desktop.store import models as m

OPEN = (IssueStatus.OPEN, IssueStatus.IN_PROGRESS)


def _counts(window: MainWindow, account_ids) -> list[int]:  # type: ignore[no-untyped-def]
    model = window.docks["accountTreeDock"].model
    return [model.index_of_loaded(a).data(ROW_ROLE).open_issues for a in account_ids]


def test_closing_an_issue_repaints_its_accounts_row_and_the_rows_above(
    qtbot, window: MainWindow
) -> None:
    workspace = window.workspace
    with workspace.db.session() as session:
        issue_id, account_id = session.execute(
            select(m.CustomerIssue.id, m.CustomerIssue.account_id)
            .join(m.Account, m.Account.id == m.CustomerIssue.account_id)
            .where(m.CustomerIssue.status.in_(OPEN), m.Account.parent_id.is_not(None))
            .order_by(m.CustomerIssue.number)
            .limit(1)
        ).one()
    lineage = workspace.accounts.lineage(account_id)
    assert len(lineage) >= 2
    window.current.set(account_id)  # the tree opens the way to it
    tree = window.docks["accountTreeDock"]
    before = _counts(window, lineage)
    assert all(count >= 1 for count in before)
    resets: list[int] = []
    tree.model.modelReset.connect(lambda: resets.append(1))

    dock = window.docks["issuesDock"]
    dock.raise_()
    qtbot.waitUntil(lambda: any(r.id == issue_id for r in dock.model.rows()), timeout=15_000)
    dock.select_issues((issue_id,))
    form = dock.commands.edit_issue()
    form.status.setCurrentIndex(form.status.findData(IssueStatus.RESOLVED))
    form.resolution.setPlainText("费用明细已提供，已核销。")
    qtbot.mouseClick(
        form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )

    assert _counts(window, lineage) == [count - 1 for count in before]
    assert resets == []  # repainted, not re-read
