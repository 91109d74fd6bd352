"""The account tree as a lazy model: each level is read a page at a time on expand.

Indexes carry a number, not the Python row (``createIndex`` with an object keeps no
reference to it, so an index Qt still held after a reload pointed at freed memory); the
rows are kept by number in ``_nodes`` until the next reload, and an index from before it
finds no row.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Iterable
from dataclasses import replace
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap

from acct_desktop.domain.sentences import filled_in
from acct_desktop.gui.labels import (
    NEAR_DAYS,
    QT_TRANSLATE_NOOP,
    enum_label,
    format_day_with_weekday,
    format_day_without_year,
    format_month,
    format_value,
    percent_text,
)
from acct_desktop.gui.models.columns import TONE_COLOURS
from acct_desktop.gui.models.target_grid import money_text
from acct_desktop.gui.models.tree_sources import HierarchySource, Row, TreeSource
from acct_desktop.gui.sentences import listed_text
from acct_desktop.services.account_tree import AccountRow, TerritoryRow, TreeSort

ACCOUNT_MIME = "application/x-acct-desktop-account-ids"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
Index = QModelIndex | QPersistentModelIndex

# (header, sort key)
COLUMNS: tuple[tuple[str, str | None], ...] = (
    (QT_TRANSLATE_NOOP("columns", "Name"), "name"),
    (QT_TRANSLATE_NOOP("columns", "Code"), "code"),
    (QT_TRANSLATE_NOOP("columns", "Kind"), "kind"),
    (QT_TRANSLATE_NOOP("columns", "Tier"), "tier"),
    (QT_TRANSLATE_NOOP("columns", "Channel"), "channel"),
    (QT_TRANSLATE_NOOP("columns", "City"), "city"),
    (QT_TRANSLATE_NOOP("columns", "Last visit"), "last_visit"),
    (QT_TRANSLATE_NOOP("columns", "Next due"), "last_visit"),
    (QT_TRANSLATE_NOOP("columns", "Open issues"), "open_issues"),
    (QT_TRANSLATE_NOOP("columns", "YTD vs target"), "ytd_vs_target"),
)
NAME, CODE, KIND, TIER, CHANNEL, CITY, LAST_VISIT, NEXT_DUE, ISSUES, YTD = range(len(COLUMNS))
NUMERIC = {ISSUES, YTD}
DETAIL_COLUMNS = {LAST_VISIT, NEXT_DUE, ISSUES}
# Heads on two lines: on one, "Đến hạn tiếp theo" and "Vấn đề đang mở" are wider than the
# figures under them and, beside the names, push a column out of a 1366-pixel laptop's
# tree dock. The column menu and the tooltips keep the full names.
SHORT_HEADERS = {
    NEXT_DUE: QT_TRANSLATE_NOOP("account_tree", "Next\ndue"),
    ISSUES: QT_TRANSLATE_NOOP("account_tree", "Open\nissues"),
}
YTD_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.ToolTipRole,
)
ISSUES_TIP = QT_TRANSLATE_NOOP(
    "account_tree",
    "Open issues of the account and of all accounts below it (late ones in brackets)",
)
YTD_TIP = QT_TRANSLATE_NOOP(
    "account_tree",
    "Sell-in of this year's whole months against target, for the account and all accounts "
    "below it. The target is the account's own where it has one, else the sum of the targets "
    "below it (never both).",
)
DETAIL_BATCH = 50  # rows whose computed columns are read in one query (a screenful)


@cache
def badge(colour: str, hollow: bool = False) -> QIcon:
    """A small filled dot in a status colour (always paired with text saying why);
    ``hollow``: a ring (an overdue visit that has one booked)."""
    pixmap = QPixmap(10, 10)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if hollow:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(QColor(colour), 2))
        painter.drawEllipse(2, 2, 6, 6)
    else:
        painter.setBrush(QColor(colour))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.drawEllipse(1, 1, 8, 8)
    painter.end()
    return QIcon(pixmap)


def ytd_tooltip(row: AccountRow) -> str:
    """What the "YTD vs target" figure covers: the months, the accounts, both amounts."""
    translate = QCoreApplication.translate
    months = row.ytd_months
    if months is None:
        return translate("account_tree", "No whole month of this year to compare yet.")
    scope = (
        translate("account_tree", "%1 to %2: this account and all accounts below it")
        if row.child_count
        else translate("account_tree", "%1 to %2: this account")
    )
    lines = [
        filled_in(scope, format_month(months[0], long=True), format_month(months[1], long=True)),
        filled_in(
            translate("account_tree", "Sell-in: %1 %2"),
            money_text(row.ytd_sales, row.currency),
            row.currency,
        ),
    ]
    if row.ytd_target is None:
        lines.append(
            translate("account_tree", "No sell-in target is set for it or below it")
            if row.child_count
            else translate("account_tree", "No sell-in target is set for it")
        )
    else:
        lines.append(
            filled_in(
                translate("account_tree", "Target: %1 %2"),
                money_text(row.ytd_target, row.currency),
                row.currency,
            )
        )
    if row.ytd_vs_target is not None:
        lines.append(
            translate("account_tree", "%1 of target").replace("%1", percent_text(row.ytd_vs_target))
        )
    if row.ytd_left_out:
        lines.append(
            translate("account_tree", "Figures in %1 below it are left out.").replace(
                "%1", listed_text(row.ytd_left_out)
            )
        )
    return "\n".join(lines)


def _merged(kept: AccountRow, full: AccountRow) -> AccountRow:
    """``full``'s computed columns on what the tree was built from (its child count), with
    the YTD figures ``kept`` read already."""
    full = replace(full, child_count=kept.child_count)
    if kept.ytd_known:
        full = replace(
            full,
            ytd_sales=kept.ytd_sales,
            ytd_target=kept.ytd_target,
            ytd_left_out=kept.ytd_left_out,
            ytd_known=True,
        )
    return full


class _Node:
    __slots__ = ("child_count", "children", "exhausted", "number", "parent", "row", "value")

    def __init__(
        self, value: Row | None, parent: _Node | None, row: int, count: int | None, number: int = 0
    ):
        self.value = value
        self.parent = parent
        self.row = row
        self.number = number  # the index's internal id (AccountTreeModel._nodes); 0: root
        self.child_count = count  # None: unknown until paging ends
        self.children: list[_Node] = []
        self.exhausted = count == 0

    def more_to_fetch(self) -> bool:
        if self.exhausted:
            return False
        return self.child_count is None or len(self.children) < self.child_count


class AccountTreeModel(QAbstractItemModel):
    PAGE = 200
    sig_move_requested = Signal(object, object)  # account id, new parent id (None = top)

    def __init__(self, source: TreeSource | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source = source
        self._root = _Node(None, None, 0, 0)
        self._by_id: dict[uuid.UUID, _Node] = {}
        self._nodes: dict[int, _Node] = {}  # every row read since the reload, by number
        self._numbers = itertools.count(1)  # never reused: an old index finds nothing
        self.reload()

    @property
    def source(self) -> TreeSource | None:
        return self._source

    def set_source(self, source: TreeSource | None) -> None:
        self._source = source
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        old = self._nodes  # let go only after the views have let go of their indexes
        self._nodes = {}
        self._by_id.clear()
        count = self._source.root_count() if self._source else 0
        self._root = _Node(None, None, 0, count)
        self.endResetModel()
        del old

    # -- helpers ------------------------------------------------------------------------
    def _node(self, index: Index) -> _Node:
        """The row of ``index``: the root for an invalid one, an empty row for an index
        from before a reload (or of another model)."""
        if not index.isValid():
            return self._root
        node = self._nodes.get(index.internalId()) if index.model() is self else None
        return node if node is not None else _Node(None, None, 0, 0)

    def row_value(self, index: Index) -> Row | None:
        return self._node(index).value

    def account_id(self, index: Index) -> uuid.UUID | None:
        value = self._node(index).value
        return value.id if isinstance(value, AccountRow) else None

    def index_of_loaded(self, account_id: uuid.UUID) -> QModelIndex:
        node = self._by_id.get(account_id)
        return self.createIndex(node.row, 0, node.number) if node else QModelIndex()

    def index_of(self, lineage: list[uuid.UUID]) -> QModelIndex:
        """The index of the last id of ``lineage`` (root first), loading pages on the way.
        The lineage of the grouping shown: the account's parents, or its territories (a
        filtered list: loaded rows only)."""
        if not lineage:
            return QModelIndex()
        parent_index = QModelIndex()
        for step in lineage:
            node = self._child(parent_index, step)
            while node is None and self.canFetchMore(parent_index):
                self.fetchMore(parent_index)
                node = self._child(parent_index, step)
            if node is None:
                return self.index_of_loaded(lineage[-1])
            parent_index = self.createIndex(node.row, 0, node.number)
        return parent_index

    def _child(self, parent: QModelIndex, row_id: uuid.UUID) -> _Node | None:
        """The row ``row_id`` (an account, or a territory) read under ``parent``."""
        node = self._by_id.get(row_id)
        if node is not None:
            return node
        return next(
            (c for c in self._node(parent).children if getattr(c.value, "id", None) == row_id),
            None,
        )

    # -- Qt model API -------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if not (0 <= row < len(node.children) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row].number)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node.number)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        return bool(node.children) or node.more_to_fetch()

    def canFetchMore(self, parent: Index) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        return self._source is not None and self._node(parent).more_to_fetch()

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent) or self._source is None:
            return
        node = self._node(parent)
        page = self._source.fetch(node.value, len(node.children), self.PAGE)
        if page.last:
            node.exhausted = True
        if not page.rows:
            node.child_count = len(node.children)
            if node is not self._root and node.parent is not None:
                here = self.createIndex(node.row, 0, node.number)
                self.dataChanged.emit(here, here)
            return
        first = len(node.children)
        self.beginInsertRows(parent, first, first + len(page.rows) - 1)
        for offset, (value, count) in enumerate(page.rows):
            child = _Node(value, node, first + offset, count, next(self._numbers))
            self._nodes[child.number] = child
            node.children.append(child)
            if isinstance(value, AccountRow):
                self._by_id[value.id] = child
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        value = self._node(index).value
        if value is None:
            return None
        if role == ROW_ROLE:
            if isinstance(value, AccountRow) and not value.detailed:
                return self._detailed(self._node(index))
            return value
        if role == ID_ROLE:
            return value.id
        if isinstance(value, TerritoryRow):
            return self._territory_data(value, index.column(), role)
        if not value.detailed and (
            index.column() in DETAIL_COLUMNS
            or role in (Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole)
        ):
            value = self._detailed(self._node(index))
        if index.column() == YTD and role in YTD_ROLES and not value.ytd_known:
            value = self._with_ytd(self._node(index))
        return self._account_data(value, index.column(), role)

    def _territory_data(self, value: TerritoryRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return {NAME: value.name, CODE: value.code}.get(column)
        if role == Qt.ItemDataRole.FontRole and column == NAME:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None

    def _detailed(self, node: _Node) -> AccountRow:
        """The node's row with its computed columns, loading them (for this row and the
        loaded siblings near it, in one query) the first time a view asks."""
        row = node.value
        assert isinstance(row, AccountRow)
        if row.detailed or self._source is None:
            return row
        siblings = node.parent.children if node.parent is not None else [node]
        start = max(0, node.row - DETAIL_BATCH // 2)
        batch = [
            n
            for n in siblings[start : start + DETAIL_BATCH]
            if isinstance(n.value, AccountRow) and not n.value.detailed
        ]
        service = getattr(self._source, "service", None)
        if service is None:
            return row
        found = service.details([n.value.id for n in batch], ytd=False)
        for sibling in batch:
            full = found.get(sibling.value.id)
            if full is not None:
                sibling.value = _merged(sibling.value, full)
        return node.value if isinstance(node.value, AccountRow) else row

    def refresh_accounts(self, account_ids: Iterable[uuid.UUID]) -> None:
        """Re-read the computed columns (open issues, last visit…) of the loaded rows of
        ``account_ids`` in one query and repaint just those rows; the rest of the tree,
        what is expanded and what is selected stay as they are."""
        service = getattr(self._source, "service", None)
        nodes = [
            node
            for account_id in dict.fromkeys(account_ids)
            if (node := self._by_id.get(account_id)) is not None
            and isinstance(node.value, AccountRow)
        ]
        if service is None or not nodes:
            return
        found = service.details([node.value.id for node in nodes], ytd=False)
        for node in nodes:
            kept, full = node.value, found.get(node.value.id)
            if full is None or not isinstance(kept, AccountRow):
                continue
            node.value = _merged(kept, full)
            self.dataChanged.emit(
                self.createIndex(node.row, 0, node.number),
                self.createIndex(node.row, len(COLUMNS) - 1, node.number),
            )

    def _with_ytd(self, node: _Node) -> AccountRow:
        """The node's row with its YTD figures, reading them (for this row and the loaded
        siblings near it, in one grouped query) the first time its YTD cell is shown: they
        cost more than the other columns, and the column is hidden by default."""
        row = node.value
        assert isinstance(row, AccountRow)
        service = getattr(self._source, "service", None)
        if row.ytd_known or service is None:
            return row
        siblings = node.parent.children if node.parent is not None else [node]
        start = max(0, node.row - DETAIL_BATCH // 2)
        batch = [
            n
            for n in siblings[start : start + DETAIL_BATCH]
            if isinstance(n.value, AccountRow) and not n.value.ytd_known
        ]
        found = service.ytd([n.value.id for n in batch])
        for sibling in batch:
            figures = found.get(sibling.value.id)
            if figures is not None:
                sibling.value = sibling.value.with_ytd(figures)
        return node.value if isinstance(node.value, AccountRow) else row

    def _account_data(self, row: AccountRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.archived:
                return QColor(TONE_COLOURS["draft"])
            if column == NEXT_DUE and row.visit_overdue:
                # booked: in hand (amber), not waiting for the manager (red)
                return QColor(TONE_COLOURS["due_soon" if row.visit_booked else "overdue"])
            if column == ISSUES and row.overdue_issues:
                return QColor(TONE_COLOURS["overdue"])
            if column == YTD and row.ytd_vs_target is not None:
                return QColor(TONE_COLOURS["done" if row.ytd_vs_target >= 100 else "due_soon"])
        if role == Qt.ItemDataRole.DecorationRole and column == NAME:
            if row.overdue_issues:
                return badge(TONE_COLOURS["overdue"])
            if row.visit_overdue:
                return badge(TONE_COLOURS["due_soon"], hollow=row.visit_booked is not None)
            return badge("transparent")  # keeps names aligned with badged rows
        if role == Qt.ItemDataRole.ToolTipRole and column == NAME:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.ToolTipRole and column == YTD:
            return ytd_tooltip(row)
        return None

    @staticmethod
    def _display(row: AccountRow, column: int) -> str | None:
        if column == NAME:
            return row.name + (
                QCoreApplication.translate("account_tree", " (archived)") if row.archived else ""
            )
        if column == CODE:
            return row.code
        if column in (KIND, TIER, CHANNEL):
            return enum_label({KIND: row.kind, TIER: row.tier, CHANNEL: row.channel}[column])
        if column == CITY:
            return row.city or ""
        if column == LAST_VISIT:
            return (
                format_value(row.last_visit.date())
                if row.last_visit
                else QCoreApplication.translate("account_tree", "never")
            )
        if column == NEXT_DUE:
            if booked := row.visit_booked:  # when it will be seen (how late: tooltip)
                near = (booked - row.today).days < NEAR_DAYS
                day = format_day_without_year(booked) if near else format_value(booked)
                return QCoreApplication.translate("account_tree", "booked %1").replace("%1", day)
            if row.visit_overdue:  # how late says more than a past date (in the tooltip)
                days = (row.today - row.next_due).days
                return QCoreApplication.translate("account_tree", "%1 d overdue").replace(
                    "%1", str(days)
                )
            return format_value(row.next_due)
        if column == ISSUES:
            if not row.open_issues:
                return ""
            if row.overdue_issues:
                return filled_in(
                    QCoreApplication.translate("account_tree", "%1 (%2 late)"),
                    str(row.open_issues),
                    str(row.overdue_issues),
                )
            return str(row.open_issues)
        if column == YTD:
            ratio = row.ytd_vs_target
            return "" if ratio is None else percent_text(ratio)
        return None

    @staticmethod
    def _tooltip(row: AccountRow) -> str:
        lines = [row.name, f"{row.code} · {enum_label(row.kind)}"]
        if booked := row.visit_booked:
            lines.append(
                filled_in(
                    QCoreApplication.translate(
                        "account_tree", "Visit overdue since %1 · visit booked %2"
                    ),
                    format_value(row.next_due),
                    format_day_with_weekday(booked),
                )
            )
        elif row.visit_overdue:
            lines.append(
                QCoreApplication.translate("account_tree", "Visit overdue since %1").replace(
                    "%1", format_value(row.next_due)
                )
            )
        if row.overdue_issues:
            late = (
                # The issue columns count the whole subtree (services.account_tree).
                QT_TRANSLATE_NOOP(
                    "account_tree", "%1 issue(s) past deadline, child accounts included"
                )
                if row.child_count
                else QT_TRANSLATE_NOOP("account_tree", "%1 issue(s) past deadline")
            )
            lines.append(
                QCoreApplication.translate("account_tree", late).replace(
                    "%1", str(row.overdue_issues)
                )
            )
        return "\n".join(lines)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section in SHORT_HEADERS:
                return QCoreApplication.translate("account_tree", SHORT_HEADERS[section])
            return QCoreApplication.translate("columns", COLUMNS[section][0])
        if role == Qt.ItemDataRole.ToolTipRole and section == NEXT_DUE:
            return QCoreApplication.translate("columns", COLUMNS[section][0])
        if role == Qt.ItemDataRole.ToolTipRole and section == ISSUES:
            return QCoreApplication.translate("account_tree", ISSUES_TIP)
        if role == Qt.ItemDataRole.ToolTipRole and section == YTD:
            return QCoreApplication.translate("account_tree", YTD_TIP)
        if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid():
            return (
                Qt.ItemFlag.ItemIsDropEnabled if self.moves_allowed() else Qt.ItemFlag.NoItemFlags
            )
        if self.moves_allowed() and isinstance(self._node(index).value, AccountRow):
            return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        return base

    # -- drag and drop: moving an account to another parent --------------------------------
    def moves_allowed(self) -> bool:
        """Only the customer hierarchy can be rearranged by dragging."""
        return isinstance(self._source, HierarchySource)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ACCOUNT_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = {str(self.account_id(i)) for i in indexes if self.account_id(i) is not None}
        data.setData(ACCOUNT_MIME, QByteArray("\n".join(sorted(ids)).encode()))
        return data

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        return self.moves_allowed() and data.hasFormat(ACCOUNT_MIME)

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: Index,
    ) -> bool:
        """Ask for the move; the dock validates it, records it for undo and reloads. Returns
        False so the view never removes rows itself."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = self.account_id(parent) if parent.isValid() else None
        for text in bytes(data.data(ACCOUNT_MIME).data()).decode().split():
            moved = uuid.UUID(text)
            if moved != target:
                self.sig_move_requested.emit(moved, target)
        return False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort every level by the column, in the database; reloads the tree."""
        if (
            self._source is None
            or not 0 <= column < len(COLUMNS)
            or not hasattr(self._source, "sort")
        ):
            return
        key = COLUMNS[column][1]
        self._source.sort = replace(  # type: ignore[union-attr]
            TreeSort(), key=key, descending=order == Qt.SortOrder.DescendingOrder
        )
        self.reload()
