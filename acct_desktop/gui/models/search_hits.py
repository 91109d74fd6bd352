"""Search hits as a list model: name, code and city, and what matched when not the name."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from acct_desktop.gui.labels import QT_TRANSLATE_NOOP, enum_label
from acct_desktop.services.search import AccountHit

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex

MATCHED_LABELS = {
    "contact": QT_TRANSLATE_NOOP("search", "contact"),
    "tag": QT_TRANSLATE_NOOP("search", "tag"),
    "street": QT_TRANSLATE_NOOP("search", "street"),
    "district": QT_TRANSLATE_NOOP("search", "district"),
    "city": QT_TRANSLATE_NOOP("search", "city"),
    "postcode": QT_TRANSLATE_NOOP("search", "postcode"),
}


def describe(hit: AccountHit) -> str:
    """Two lines: the name, then code, city and what matched when it was not the name."""
    details = [hit.code]
    if hit.city:
        details.append(hit.city)
    second = " · ".join(details)
    if hit.matched:
        field = QCoreApplication.translate(
            "search", MATCHED_LABELS.get(hit.matched_field or "", "")
        )
        second += f"  —  {field}: {hit.matched}" if field else f"  —  {hit.matched}"
    return f"{hit.name}\n{second}"


class SearchHitsModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._hits: list[AccountHit] = []

    def set_hits(self, hits: list[AccountHit]) -> None:
        self.beginResetModel()
        self._hits = list(hits)
        self.endResetModel()

    def hit(self, row: int) -> AccountHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit = self.hit(index.row()) if index.isValid() else None
        if hit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return describe(hit)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{describe(hit)}\n{enum_label(hit.kind)}"
        if role == HIT_ROLE:
            return hit
        return None
