"""The *Not planned* tab of *Plan visits…*: every account the plan left out, grouped by why
(no room because the other days' booked visits clash, no capacity left, closed on every
working day, visiting hours outside the working day, too far for a day, no working days,
not due), the groups the manager can act on first and open; "not due" — usually most
accounts — closed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem, QWidget

from acct_desktop.domain.visit_plan_model import group_heading
from acct_desktop.domain.visit_planning import Reason, ReasonKind, UnplannedAccount
from acct_desktop.gui.sentences import user_text

# The order the groups are listed in: what the manager can do something about first.
ORDER = (
    ReasonKind.DAYS_CLASH,
    ReasonKind.NO_CAPACITY,
    ReasonKind.DOES_NOT_FIT_A_DAY,
    ReasonKind.HOURS_OUTSIDE_WORKING_DAY,
    ReasonKind.HOURS_DO_NOT_OVERLAP,
    ReasonKind.CLOSED_ON_ALL_WORKING_DAYS,
    ReasonKind.NO_WORKING_DAYS,
    ReasonKind.NOT_DUE,
)
NAME_WIDTH, MAX_NAME_WIDTH = 300, 480


def _rank(kind: ReasonKind) -> int:
    return ORDER.index(kind) if kind in ORDER else len(ORDER)


class NotPlannedList(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notPlannedTree")
        self.setHeaderLabels([self.tr("Account"), self.tr("Why")])
        self.setColumnWidth(0, NAME_WIDTH)
        self.setUniformRowHeights(True)

    def show_accounts(
        self, unplanned: tuple[UnplannedAccount, ...], names: dict[Hashable, str]
    ) -> None:
        self.clear()
        groups: dict[ReasonKind, list[UnplannedAccount]] = defaultdict(list)
        for account in unplanned:
            groups[account.reason.kind].append(account)
        for kind in sorted(groups, key=lambda k: (_rank(k), k.value)):
            members = sorted(
                groups[kind], key=lambda u: (names.get(u.account_id, "").casefold(), str(u))
            )
            title = self._title(kind, [member.reason for member in members])
            head = QTreeWidgetItem(
                [self.tr("%1 (%n account(s))", "", len(members)).replace("%1", title)]
            )
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            self.addTopLevelItem(head)
            head.setFirstColumnSpanned(True)  # only once in the tree
            head.addChildren(
                [
                    self._row(names.get(member.account_id, "?"), member.reason, title)
                    for member in members
                ]
            )
            head.setExpanded(kind is not ReasonKind.NOT_DUE)
        # Names whole where they fit (a chain's "… Vestiging Maastricht-Caberg 3"), yet the
        # Why column (next due dates) keeps room on a laptop screen.
        self.resizeColumnToContents(0)
        self.setColumnWidth(0, min(max(NAME_WIDTH, self.columnWidth(0)), MAX_NAME_WIDTH))

    def _row(self, name: str, reason: Reason, title: str) -> QTreeWidgetItem:
        """An account and — when it says more than its group's heading — why."""
        why = user_text(reason.text)
        if why.casefold() == title.casefold():
            why = ""
        item = QTreeWidgetItem([name, why])
        item.setToolTip(0, name)
        item.setToolTip(1, why)
        return item

    def _title(self, kind: ReasonKind, reasons: list[Reason]) -> str:
        """The group's heading, as ``acct-desktop plan`` words it, capitalised."""
        text = user_text(group_heading(kind, reasons))
        return text[:1].upper() + text[1:]
