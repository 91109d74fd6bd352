"""One record's history: when (local time), who, which field, old → new."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QDialogButtonBox, QHeaderView, QVBoxLayout, QWidget

from acct_desktop.domain.sentences import Sentence
from acct_desktop.gui.labels import (
    QT_TRANSLATE_NOOP,
    enum_label,
    format_decimal,
    format_value,
    percent_text,
)
from acct_desktop.gui.screen_fit import ScreenFitDialog
from acct_desktop.gui.sentences import user_text
from acct_desktop.gui.widgets.data_table import ROW_HEIGHT, DataTable
from acct_desktop.services.audit import AuditRow, history
from acct_desktop.services.audit_fields import (
    DATE_FIELDS,
    DATETIME_FIELDS,
    ENUM_FIELDS,
    FIELD_LABELS,
    LINE_FIELD,
    LINE_LABEL,
    MONEY_FIELDS,
    PERCENT_FIELDS,
)
from acct_desktop.store.database import Database

Index = QModelIndex | QPersistentModelIndex
HEADERS = (
    QT_TRANSLATE_NOOP("AuditTrail", "When"),
    QT_TRANSLATE_NOOP("AuditTrail", "Who"),
    QT_TRANSLATE_NOOP("AuditTrail", "What"),
    QT_TRANSLATE_NOOP("AuditTrail", "Change"),
)
CENTS = Decimal("0.01")
WHEN, WHO, WHAT, CHANGE = range(4)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditTrail", text)


def field_label(name: str | None) -> str:
    """``valid_to`` → "Valid to"; known fields by their translated label."""
    if not name:
        return ""
    line = LINE_FIELD.fullmatch(name)
    if line is not None:  # "line 3 quantity" → "Line 3: Quantity"
        return _tr(LINE_LABEL).replace("%1", line.group(1)).replace("%2", field_label(line[2]))
    if name in FIELD_LABELS:
        return _tr(FIELD_LABELS[name])
    return name.replace("_", " ").capitalize()


def value_text(name: str | None, value: str | None) -> str:
    """One audited value as the user reads it: enums by their label, amounts with two
    decimals at least and percentages as the language writes them (12.5% · 12,5 %), both
    in the locale's marks, days in the locale's date format; "—" for none; a record another
    points at by its name, as the history read it (``services.audit_names``). A value that
    is not what its field holds (an erased one) is shown as it is."""
    if value is None or value == "":
        return "—"
    line = LINE_FIELD.fullmatch(name or "")
    if line is not None:  # a quote line's discount as a percentage, as the line's own
        name = line.group(2)
    if isinstance(value, Sentence):  # "(deleted account)": a record that is gone
        return user_text(value)
    try:
        if name in ENUM_FIELDS:
            return enum_label(value)
        if name in MONEY_FIELDS or name in PERCENT_FIELDS:
            number = Decimal(value)
            if name in MONEY_FIELDS and -number.as_tuple().exponent < 2:  # type: ignore[operator]
                number = number.quantize(CENTS)
            return percent_text(number) if name in PERCENT_FIELDS else format_decimal(number)
        if name in DATE_FIELDS:
            return format_value(date.fromisoformat(value))
        if name in DATETIME_FIELDS:
            return format_value(datetime.fromisoformat(value).astimezone())
    except (InvalidOperation, ValueError):
        return value
    return value


def change_text(row: AuditRow) -> str:
    """What changed, in words: the day it was entered, the reason, or old → new."""
    if row.field == "created":
        return format_value(row.occurred_at.astimezone().date())
    if row.field in ("reason", "signed_scan", "deleted", "restored"):  # the code, when named
        return row.new_value or ""
    return f"{value_text(row.field, row.old_value)} → {value_text(row.field, row.new_value)}"


class AuditTrailModel(QAbstractTableModel):
    """The audit rows of one record, newest first; a long history is shown
    ``BATCH`` rows at a time, more as the list is scrolled down (``fetchMore``)."""

    BATCH = 200

    def __init__(self, rows: Sequence[AuditRow] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self._all = list(rows)
        self._rows = self._all[: self.BATCH]

    def set_rows(self, rows: Sequence[AuditRow]) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._rows = self._all[: self.BATCH]
        self.endResetModel()

    def row_object(self, row: int) -> AuditRow:
        return self._rows[row]

    def total(self) -> int:
        """How many changes the record has (the rows shown so far may be fewer)."""
        return len(self._all)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and len(self._rows) < len(self._all)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        start = len(self._rows)
        more = self._all[start : start + self.BATCH]
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

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


class AuditTrailDialog(ScreenFitDialog):
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
        # a change between two long names ("Autopunt Nederland Vestiging Breda-Hoge Vucht
        # (NL000006) → …") is read whole, on a second line, not cut off
        self.table.view.setWordWrap(True)
        rows = self.table.view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        rows.setMinimumSectionSize(ROW_HEIGHT)  # one line as high as in every other table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(760, 360)


def open_history(
    parent: QWidget,
    db: Database,
    entity: str,
    entity_id: uuid.UUID | Sequence[uuid.UUID],
    name: str,
) -> AuditTrailDialog:
    """Open the History window of one record (every dock's History, Ctrl+H): its changes,
    newest first, titled "History of <name>"."""
    rows = history(db, entity, entity_id, newest_first=True)
    title = QCoreApplication.translate("AuditTrail", "History of %1").replace("%1", name)
    dialog = AuditTrailDialog(title, rows, parent)
    dialog.open()
    return dialog
