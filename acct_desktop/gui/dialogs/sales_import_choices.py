"""The import dialog's choices for a sales file: whose figures it replaces in its months,
the confirmation that a month of few rows is meant, the confirmation that a column read as
the amount that looks like a quantity does hold amounts, and what to do after a refusal.

A re-import replaces the months the file holds (``services.imports.sales``). A month of
a few rows far from the rest is refused as a likely mistyped date; when the dates are
right, the user ticks the confirmation (which lists the months) and imports again. A
corrected file that moved figures from one account to another replaces the other
account's figures only when the user widens whom the file replaces. A column chosen for
the amount whose header names a quantity (``Aantal``, ``数量``) is warned about next to the
choice at once; one whose numbers are the quantities on every row, after the import refused
it (``services.imports.sales_amounts``); either is imported only once the user ticks that
it holds the amounts. A file read without its amount or its quantity column, whose rows
replace figures that hold them, is imported only once the user ticks that it has none (one
box per column, ``MissingColumnConfirmation``; ``services.imports.sales_missing_column``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QVBoxLayout, QWidget

from acct_desktop.domain.sentences import Month, filled_in, listed
from acct_desktop.gui.import_fields import field_label
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP
from acct_desktop.gui.sentences import user_text
from acct_desktop.services.imports import ImportRejected
from acct_desktop.services.imports.sales_amounts import names_quantity
from acct_desktop.services.imports.sales_missing_column import DETAIL
from acct_desktop.services.imports.sales_months import MonthRows, months_listing
from acct_desktop.services.imports.sales_scope import ReplaceFor

CONTEXT = "ImportDialog"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


REPLACE_CHOICES = (
    (
        ReplaceFor.FILE,
        QT_TRANSLATE_NOOP("ImportDialog", "Only the accounts and measures in the file"),
    ),
    (
        ReplaceFor.TERRITORY,
        QT_TRANSLATE_NOOP("ImportDialog", "Every account of the file's territories"),
    ),
    (ReplaceFor.ALL, QT_TRANSLATE_NOOP("ImportDialog", "Every account")),
)


def replace_for_combo(parent: QWidget | None = None) -> QComboBox:
    """Whose figures the file replaces in the months it holds (the file's own by default)."""
    combo = QComboBox(parent)
    combo.setObjectName("replaceFor")
    for choice, text in REPLACE_CHOICES:
        combo.addItem(_tr(text), choice.value)
    combo.setToolTip(
        QCoreApplication.translate(
            "ImportDialog",
            "The file replaces the figures of the months it holds. By default only those of "
            "its own accounts, for the measures it has for each. When a corrected file moves "
            "figures from one account to another, choose the accounts of its territories or "
            "every account, so the wrong figures go too.",
        )
    )
    return combo


class MonthsConfirmation(QCheckBox):
    """Shown after a refusal for a month of few rows: ticked, the file's months are named
    for the import (its rows in them are meant)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("confirmMonths")
        self.months: tuple[date, ...] = ()
        self.hide()

    def offer(self, months: Sequence[MonthRows]) -> None:
        self.months = tuple(sorted(m.month for m in months))
        named = user_text(listed([Month(m) for m in self.months]))  # 、 in Chinese
        self.setText(
            QCoreApplication.translate(
                "ImportDialog", "The dates are right: import the rows of each of these months (%1)"
            ).replace("%1", named)
        )
        self.setChecked(False)
        self.show()

    def withdraw(self) -> None:
        self.months = ()
        self.setChecked(False)
        self.hide()

    def periods(self) -> tuple[date, ...] | None:
        """The months the user confirmed, or None."""
        return self.months if self.isChecked() and self.isVisible() else None


_NO_VALUES = {
    "amount": QT_TRANSLATE_NOOP(
        "ImportDialog",
        "The file has no amounts: its figures, and those it replaces, get amount 0",
    ),
    "quantity": QT_TRANSLATE_NOOP(
        "ImportDialog",
        "The file has no quantities: its figures, and those it replaces, get quantity 0",
    ),
}


class MissingColumnConfirmation(QCheckBox):
    """Shown after a refusal of a file read without an amount (or a quantity) column whose
    rows replace figures that hold amounts (quantities), or whose column not read holds
    numbers: ticked, the file is imported so (``sales_missing_column.CONFIRMING``)."""

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setObjectName("confirmNoAmounts" if field == "amount" else "confirmNoQuantities")
        self.setText(_tr(_NO_VALUES[field]))
        self.hide()

    def offer(self) -> None:
        self.setChecked(False)
        self.show()

    def withdraw(self) -> None:
        self.setChecked(False)
        self.hide()

    def confirmed(self) -> bool:
        return self.isChecked() and self.isVisible()


class AmountConfirmation(QWidget):
    """Below the amount's column choice: a warning when the column chosen looks like a
    quantity, with the box to tick when it does hold the amounts (hidden otherwise)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("amountConfirmation")
        self.warning = QLabel()
        self.warning.setObjectName("amountWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet("color: #b3261e;")
        self.confirm = QCheckBox()
        self.confirm.setObjectName("confirmAmount")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        layout.addWidget(self.warning)
        layout.addWidget(self.confirm)
        self.column: str | None = None  # the column chosen for the amount
        self.same_as_quantity: str | None = None  # the column an import refused for that
        self.hide()

    def follow(self, column: str | None) -> None:
        """The column chosen for the amount is ``column`` (None: none): warn when its header
        names a quantity, or when the import refused it for repeating the quantity."""
        if column != self.column:
            self.confirm.setChecked(False)  # a tick is for the column it was given to
        self.column = column
        if column and names_quantity(column):
            text = QCoreApplication.translate(
                "ImportDialog",
                "“%1” looks like a quantity, not an amount: its numbers would be booked as "
                "money. Choose the amount column above, or tick the box if “%1” does hold "
                "the amounts.",
            )
        elif column and column == self.same_as_quantity:
            text = QCoreApplication.translate(
                "ImportDialog",
                "On every row “%1” holds the same number as the quantity. Choose the amount "
                "column above, or tick the box if “%1” does hold the amounts.",
            )
        else:
            self.hide()
            return
        self.warning.setText(text.replace("%1", column))
        self.confirm.setText(
            QCoreApplication.translate("ImportDialog", "“%1” holds the amounts (money)").replace(
                "%1", column
            )
        )
        self.show()

    def refused(self, column: str, header_named_quantity: bool) -> None:
        """The import refused ``column`` as the amount (for its header, or for repeating the
        quantity on every row)."""
        if not header_named_quantity:
            self.same_as_quantity = column
        self.follow(column)

    def confirmed(self) -> bool:
        """The user ticked that the column chosen for the amount holds amounts."""
        return not self.isHidden() and self.confirm.isChecked()


# what to do about a file without its amount or quantity column (a column not read named,
# none named)
_MISSING_ADVICE = {
    "amount": (
        QT_TRANSLATE_NOOP(
            "ImportDialog",
            "If “%1” holds the amounts, choose it under “%2” and import again. If the file "
            "has no amounts, tick the box below the problems and import again.",
        ),
        QT_TRANSLATE_NOOP(
            "ImportDialog",
            "If a column holds the amounts, choose it under “%2” and import again. If the "
            "file has no amounts, tick the box below the problems and import again.",
        ),
    ),
    "quantity": (
        QT_TRANSLATE_NOOP(
            "ImportDialog",
            "If “%1” holds the quantities, choose it under “%2” and import again. If the "
            "file has no quantities, tick the box below the problems and import again.",
        ),
        QT_TRANSLATE_NOOP(
            "ImportDialog",
            "If a column holds the quantities, choose it under “%2” and import again. If "
            "the file has no quantities, tick the box below the problems and import again.",
        ),
    ),
}


def advice(error: ImportRejected) -> list[str]:
    """What to do about a sales file's refusal, as lines below its problems."""
    lines: list[str] = []
    if months := error.details.get("months"):
        lines += [
            "",
            user_text(months_listing(months)),
            QCoreApplication.translate(
                "ImportDialog",
                "Correct a mistyped date in the file and import it again. If the dates are "
                "right, tick the box below the problems and import again.",
            ),
        ]
    if amount := error.details.get("amount column"):
        if error.details.get("quantity free"):
            text = QCoreApplication.translate(
                "ImportDialog",
                "If “%1” holds quantities, choose it under “%2” and the amount column under "
                "“%3”. If it does hold the amounts, tick the box below “%3” and import again.",
            )
        else:
            text = QCoreApplication.translate(
                "ImportDialog",
                "If “%1” holds quantities, choose the amount column under “%3”. If it does "
                "hold the amounts, tick the box below “%3” and import again.",
            )
        lines += [
            "",
            text.replace("%1", amount)
            .replace("%2", field_label("quantity"))
            .replace("%3", field_label("amount")),
        ]
    for field, key in DETAIL.items():
        if (unread := error.details.get(key)) is not None:
            named, unnamed = _MISSING_ADVICE[field]
            text = _tr(named if unread else unnamed)
            lines += ["", text.replace("%1", unread).replace("%2", field_label(field))]
    if column := error.details.get("measure column"):
        lines += [
            "",
            filled_in(
                QCoreApplication.translate(
                    "ImportDialog", "Choose “%1” under “%2”, then import again."
                ),
                column,
                field_label("measure"),
            ),
        ]
    return lines
