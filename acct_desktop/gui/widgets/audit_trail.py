"""One record's history: when (local time), who, which field, old → new."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from acct_desktop.gui.labels import QT_TRANSLATE_NOOP, enum_label, format_value
from acct_desktop.gui.widgets.data_table import DataTable
from acct_desktop.services.audit import AuditRow

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("AuditTrail", "When"),
    QT_TRANSLATE_NOOP("AuditTrail", "Who"),
    QT_TRANSLATE_NOOP("AuditTrail", "What"),
    QT_TRANSLATE_NOOP("AuditTrail", "Change"),
)
FIELD_LABELS = {
    "created": QT_TRANSLATE_NOOP("AuditTrail", "Entered"),
    "status": QT_TRANSLATE_NOOP("AuditTrail", "Status"),
    "reason": QT_TRANSLATE_NOOP("AuditTrail", "Reason"),
    "tiers": QT_TRANSLATE_NOOP("AuditTrail", "Tiers"),
    "signed_scan": QT_TRANSLATE_NOOP("AuditTrail", "Signed scan"),
    "account_id": QT_TRANSLATE_NOOP("AuditTrail", "Account"),
    "product_id": QT_TRANSLATE_NOOP("AuditTrail", "Product"),
    "territory_id": QT_TRANSLATE_NOOP("AuditTrail", "Territory"),
    "base_policy_id": QT_TRANSLATE_NOOP("AuditTrail", "Base policy"),
}
ENUM_FIELDS = {"status", "scope", "channel", "rule_kind", "base_kind", "kind"}
WHEN, WHO, WHAT, CHANGE = range(4)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditTrail", text)


def field_label(name: str | None) -> str:
    """``valid_to`` → "Valid to"; known fields by their translated label."""
    if not name:
        return ""
    if name in FIELD_LABELS:
        return _tr(FIELD_LABELS[name])
    return name.replace("_", " ").capitalize()


def change_text(row: AuditRow) -> str:
    """What changed, in words: the new code when entered, the reason, or old → new."""
    if row.field == "created":
        return row.new_value or ""
    if row.field in ("reason", "signed_scan"):
        return row.new_value or ""

    def shown(value: str | None) -> str:
        if value is None or value == "":
            return "—"
        return enum_label(value) if row.field in ENUM_FIELDS else value

    return f"{shown(row.old_value)} → {shown(row.new_value)}"


class AuditTrailModel(QAbstractTableModel):
    """The audit rows of one record, oldest first."""

    def __init__(self, rows: Sequence[AuditRow] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._rows = list(rows)

    def set_rows(self, rows: Sequence[AuditRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_object(self, row: int) -> AuditRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text(row, index.column())
            if role == Qt.ItemDataRole.ToolTipRole:
                return text if index.column() == CHANGE and len(text) > 40 else None
            return text
        return None

    @staticmethod
    def _text(row: AuditRow, column: int) -> str:
        if column == WHEN:
            return format_value(row.occurred_at)  # shown in the user's local time
        if column == WHO:
            return row.actor
        if column == WHAT:
            return field_label(row.field)
        return change_text(row)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return _tr(HEADERS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class AuditTrailDialog(QDialog):
    """A window listing one record's history (it can stay open beside the register)."""

    def __init__(self, title: str, rows: Sequence[AuditRow], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("auditTrail")
        self.setWindowTitle(title)
        self.model = AuditTrailModel(rows, self)
        self.table = DataTable(
            self.model,
            self.tr(
                "No change has been recorded for it yet (records brought in by the demo or "
                "an import start their history at their first change here)."
            ),
        )
        self.table.view.setSortingEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 360)
