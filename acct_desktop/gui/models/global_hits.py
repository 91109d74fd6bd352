"""Global search hits as a list model: a heading row per kind, then its hits (two lines:
what it is called, then its account, status, date or description)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QIcon

from acct_desktop.gui.labels import QT_TRANSLATE_NOOP, enum_label
from acct_desktop.services.global_search import GlobalHit
from acct_desktop.services.record_search import HitKind

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex

KIND_HEADINGS = {
    HitKind.ACCOUNT: QT_TRANSLATE_NOOP("globalSearch", "Accounts"),
    HitKind.CONTACT: QT_TRANSLATE_NOOP("globalSearch", "Contacts"),
    HitKind.QUOTE: QT_TRANSLATE_NOOP("globalSearch", "Quotes"),
    HitKind.ISSUE: QT_TRANSLATE_NOOP("globalSearch", "Issues"),
    HitKind.CHECKLIST: QT_TRANSLATE_NOOP("globalSearch", "Checklists"),
}


def heading(kind: HitKind) -> str:
    return QCoreApplication.translate("globalSearch", KIND_HEADINGS[kind])


def detail_line(hit: GlobalHit) -> str:
    """The second line: the account (for anything but an account), then what tells this
    one apart (status, date, job title, description; an account's code and city)."""
    parts: list[str] = []
    if hit.kind is not HitKind.ACCOUNT:
        parts.append(hit.account_name)
    if hit.status is not None:
        parts.append(enum_label(hit.status))
    if hit.when is not None:
        parts.append(QLocale().toString(hit.when, QLocale.FormatType.ShortFormat))
    if hit.detail:
        parts.append(hit.detail)
    return " · ".join(part for part in parts if part)


class GlobalHitsModel(QAbstractListModel):
    """Rows: for each kind found, its heading (not selectable), then its hits in order."""

    def __init__(self, icon_for: Callable[[HitKind], QIcon], parent: QObject | None = None):
        super().__init__(parent)
        self._icon_for = icon_for
        self._rows: list[GlobalHit | HitKind] = []
        self._more: set[HitKind] = set()  # kinds with more hits than are shown

    def set_hits(self, hits: list[GlobalHit], per_kind: int | None = None) -> None:
        """``hits`` grouped by kind; with ``per_kind``, a kind with more hits than that
        shows that many and its heading says there are more (the search asked for one
        extra to know)."""
        rows: list[GlobalHit | HitKind] = []
        self._more = set()
        shown: dict[HitKind, int] = {}
        for hit in hits:
            if per_kind is not None and shown.get(hit.kind, 0) >= per_kind:
                self._more.add(hit.kind)
                continue
            shown[hit.kind] = shown.get(hit.kind, 0) + 1
            if not rows or not isinstance(rows[-1], GlobalHit) or rows[-1].kind is not hit.kind:
                rows.append(hit.kind)
            rows.append(hit)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def has_more(self, kind: HitKind) -> bool:
        return kind in self._more

    def hit(self, row: int) -> GlobalHit | None:
        item = self._rows[row] if 0 <= row < len(self._rows) else None
        return item if isinstance(item, GlobalHit) else None

    def hit_rows(self) -> list[int]:
        return [row for row, item in enumerate(self._rows) if isinstance(item, GlobalHit)]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.hit(index.row()) is None:
            return Qt.ItemFlag.NoItemFlags  # a heading: not chosen by arrows nor clicks
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        if isinstance(item, HitKind):
            if role == Qt.ItemDataRole.DisplayRole:
                if self.has_more(item):  # the first ones only: say so
                    return QCoreApplication.translate(
                        "globalSearch", "%1 — the first ones; type more to narrow"
                    ).replace("%1", heading(item))
                return heading(item)
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            second = detail_line(item)
            return f"{item.title}\n{second}" if second else item.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{heading(item.kind)}: {item.title}\n{detail_line(item)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon_for(item.kind)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{heading(item.kind)}: {item.title}, {detail_line(item)}"
        if role == HIT_ROLE:
            return item
        return None
