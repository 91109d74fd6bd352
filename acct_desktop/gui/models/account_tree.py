"""The account hierarchy as a lazy tree: children are read a page at a time on expand."""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from acct_desktop.gui.labels import QT_TRANSLATE_NOOP, format_value
from acct_desktop.gui.models.columns import Column, attr
from acct_desktop.services.accounts import AccountNode, AccountService

ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[Column, ...] = (
    attr("name", QT_TRANSLATE_NOOP("columns", "Name"), sortable=False),
    attr("code", QT_TRANSLATE_NOOP("columns", "Code"), sortable=False),
    attr("kind", QT_TRANSLATE_NOOP("columns", "Kind"), sortable=False),
    attr("tier", QT_TRANSLATE_NOOP("columns", "Tier"), sortable=False),
    attr("channel", QT_TRANSLATE_NOOP("columns", "Channel"), sortable=False),
    attr("city", QT_TRANSLATE_NOOP("columns", "City"), sortable=False),
)


class _Node:
    __slots__ = ("account", "child_count", "children", "parent", "row")

    def __init__(self, account: AccountNode | None, parent: _Node | None, row: int, count: int):
        self.account = account
        self.parent = parent
        self.row = row
        self.child_count = count
        self.children: list[_Node] = []


class AccountTreeModel(QAbstractItemModel):
    PAGE = 500

    def __init__(self, accounts: AccountService | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = accounts
        self._root = _Node(None, None, 0, 0)
        self._by_id: dict[uuid.UUID, _Node] = {}
        self.reload()

    def set_service(self, accounts: AccountService | None) -> None:
        self._service = accounts
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._by_id.clear()
        count = self._service.child_count(None) if self._service else 0
        self._root = _Node(None, None, 0, count)
        self.endResetModel()

    # -- helpers ------------------------------------------------------------------------
    def _node(self, index: Index) -> _Node:
        if index.isValid():
            node = index.internalPointer()
            if isinstance(node, _Node):
                return node
        return self._root

    def index_of(self, account_id: uuid.UUID) -> QModelIndex:
        """The index of ``account_id``, loading the pages on its path as needed."""
        if self._service is None:
            return QModelIndex()
        parent_index = QModelIndex()
        for step in self._service.lineage(account_id):
            node = self._by_id.get(step)
            while node is None and self.canFetchMore(parent_index):
                self.fetchMore(parent_index)
                node = self._by_id.get(step)
            if node is None:
                return QModelIndex()
            parent_index = self.createIndex(node.row, 0, node)
        return parent_index

    def account_id(self, index: Index) -> uuid.UUID | None:
        node = self._node(index)
        return node.account.id if node.account else None

    # -- Qt model API -------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        node = self._node(parent)
        if not (0 <= row < len(node.children) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column, node.children[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not index.isValid():
            return QModelIndex()
        node = self._node(index).parent
        if node is None or node is self._root:
            return QModelIndex()
        return self.createIndex(node.row, 0, node)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._node(parent).children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return False
        return self._node(parent).child_count > 0

    def canFetchMore(self, parent: Index) -> bool:
        if parent.isValid() and parent.column() != 0:
            return False
        node = self._node(parent)
        return self._service is not None and len(node.children) < node.child_count

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent) or self._service is None:
            return
        node = self._node(parent)
        parent_id = node.account.id if node.account else None
        page = self._service.children(parent_id, len(node.children), self.PAGE)
        if not page:
            node.child_count = len(node.children)  # rows vanished meanwhile
            return
        first = len(node.children)
        self.beginInsertRows(parent, first, first + len(page) - 1)
        for offset, account in enumerate(page):
            child = _Node(account, node, first + offset, account.child_count)
            node.children.append(child)
            self._by_id[account.id] = child
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        account = self._node(index).account
        if account is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(COLUMNS[index.column()].value(account))
        if role == ID_ROLE:
            return account.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return f"{account.name}\n{account.code} · {format_value(account.kind)}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return COLUMNS[section].title()
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
