"""One record's history: when (local time), who, which field, old → new."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
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
    "deleted": QT_TRANSLATE_NOOP("AuditTrail", "Draft deleted"),
    "restored": QT_TRANSLATE_NOOP("AuditTrail", "Brought back (Undo)"),
    "status": QT_TRANSLATE_NOOP("AuditTrail", "Status"),
    "reason": QT_TRANSLATE_NOOP("AuditTrail", "Reason"),
    "tiers": QT_TRANSLATE_NOOP("AuditTrail", "Tiers"),
    "signed_scan": QT_TRANSLATE_NOOP("AuditTrail", "Signed scan"),
    "account_id": QT_TRANSLATE_NOOP("AuditTrail", "Account"),
    "product_id": QT_TRANSLATE_NOOP("AuditTrail", "Product"),
    "territory_id": QT_TRANSLATE_NOOP("AuditTrail", "Territory"),
    "base_policy_id": QT_TRANSLATE_NOOP("AuditTrail", "Base policy"),
    "approved_by": QT_TRANSLATE_NOOP("AuditTrail", "Approved by"),
    # the price policy form's fields (services.policy_records.PolicyDraft)
    "name": QT_TRANSLATE_NOOP("AuditTrail", "Name"),
    "code": QT_TRANSLATE_NOOP("AuditTrail", "Code"),
    "scope": QT_TRANSLATE_NOOP("AuditTrail", "Applies to"),
    "channel": QT_TRANSLATE_NOOP("AuditTrail", "Channel"),
    "category": QT_TRANSLATE_NOOP("AuditTrail", "Category"),
    "valid_from": QT_TRANSLATE_NOOP("AuditTrail", "Valid from"),
    "valid_to": QT_TRANSLATE_NOOP("AuditTrail", "Valid to"),
    "currency": QT_TRANSLATE_NOOP("AuditTrail", "Currency"),
    "min_quantity": QT_TRANSLATE_NOOP("AuditTrail", "From quantity"),
    "unit": QT_TRANSLATE_NOOP("AuditTrail", "Unit"),
    "rule_kind": QT_TRANSLATE_NOOP("AuditTrail", "Price rule"),
    "guide_price": QT_TRANSLATE_NOOP("AuditTrail", "Guide price"),
    "discount_percent": QT_TRANSLATE_NOOP("AuditTrail", "Discount"),
    "base_kind": QT_TRANSLATE_NOOP("AuditTrail", "Starts from"),
    "round_to": QT_TRANSLATE_NOOP("AuditTrail", "Round to"),
    "surcharge": QT_TRANSLATE_NOOP("AuditTrail", "Surcharge"),
    "min_margin_amount": QT_TRANSLATE_NOOP("AuditTrail", "Minimum margin"),
    "max_margin_amount": QT_TRANSLATE_NOOP("AuditTrail", "Maximum margin"),
    "floor_price": QT_TRANSLATE_NOOP("AuditTrail", "Floor price"),
    "min_margin_percent": QT_TRANSLATE_NOOP("AuditTrail", "Minimum markup % (over cost)"),
    "max_discount_percent": QT_TRANSLATE_NOOP("AuditTrail", "Maximum discount"),
    "approval_threshold_percent": QT_TRANSLATE_NOOP("AuditTrail", "Approval threshold"),
    "note": QT_TRANSLATE_NOOP("AuditTrail", "Note"),
    # the rebate form's fields (services.rebate_records.RebateDraft)
    "kind": QT_TRANSLATE_NOOP("AuditTrail", "Kind"),
    "period_start": QT_TRANSLATE_NOOP("AuditTrail", "From"),
    "period_end": QT_TRANSLATE_NOOP("AuditTrail", "To"),
    "signed_on": QT_TRANSLATE_NOOP("AuditTrail", "Signed on"),
    "signed_by": QT_TRANSLATE_NOOP("AuditTrail", "Signed by"),
    "entered_on": QT_TRANSLATE_NOOP("AuditTrail", "Entered on"),
    "number": QT_TRANSLATE_NOOP("AuditTrail", "Number"),
    "fixed_percent": QT_TRANSLATE_NOOP("AuditTrail", "Rebate"),
    "baseline_amount": QT_TRANSLATE_NOOP("AuditTrail", "Baseline"),
}
ENUM_FIELDS = {"status", "scope", "channel", "rule_kind", "base_kind", "kind"}
# amounts: shown with at least two decimals, the locale's way ("127.50 → 126.80")
MONEY_FIELDS = {
    "guide_price", "floor_price", "round_to", "surcharge", "min_margin_amount",
    "max_margin_amount", "baseline_amount",
}  # fmt: skip
PERCENT_FIELDS = {
    "discount_percent", "min_margin_percent", "max_discount_percent",
    "approval_threshold_percent", "fixed_percent",
}  # fmt: skip
DATE_FIELDS = {"valid_from", "valid_to", "period_start", "period_end", "signed_on", "entered_on"}
CENTS = Decimal("0.01")
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


def value_text(name: str | None, value: str | None) -> str:
    """One audited value as the user reads it: enums by their label, amounts with two
    decimals at least and percentages as the language writes them (12.5% · 12,5 %), both
    in the locale's marks, days in the locale's date format; "—" for none; a record another
    points at by its name, as the history read it (``services.audit_names``). A value that
    is not what its field holds (an erased one) is shown as it is."""
    if value is None or value == "":
        return "—"
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
