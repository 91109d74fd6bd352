"""Small dialogs of the quote builder: record an approval, confirm an order, paste lines.

Each dialog runs its action through a callable; a refusal (a missing reason, an unknown
SKU on line 3) is shown under the field and the dialog stays open with what was typed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.gui.dialogs.issue_form import fit_height, problem_label
from acct_desktop.gui.models.quote_lines import day_text
from acct_desktop.gui.screen_fit import ScreenFitDialog
from acct_desktop.gui.sentences import exception_text
from acct_desktop.gui.widgets.date_field import DateField

Act = Callable[..., Any]
REFUSALS: tuple[type[Exception], ...] = (ValueError,)


class _ActionDialog(ScreenFitDialog):
    def __init__(self, title: str, verb: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.result_value: Any = None
        self.problem = problem_label("action")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(verb)
        self.buttons.accepted.connect(self._run)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)

    def finish_layout(self) -> None:
        self.layout_.addWidget(self.problem)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.buttons)

    def act(self) -> Any:
        raise NotImplementedError

    def _run(self) -> None:
        try:
            self.result_value = self.act()
        except REFUSALS as exc:
            self.problem.setText(exception_text(exc))
            self.problem.show()
            fit_height(self)
            return
        self.accept()


class ApprovalDialog(_ActionDialog):
    """Who approved (or declined) the flagged lines, and why — both recorded."""

    def __init__(
        self, flagged: list[str], decide: Act, verb: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Approval"), verb, parent)
        self.setObjectName("quoteApprovalDialog")
        self._decide = decide
        heading = QLabel(self.tr("These lines are outside the price policy:"))
        heading.setWordWrap(True)
        lines = QLabel("\n".join(flagged))
        lines.setObjectName("flaggedLines")
        lines.setWordWrap(True)
        self.approver = QLineEdit()
        self.approver.setObjectName("field_approver")
        self.approver.setPlaceholderText(self.tr("Name and role, e.g. Wang Li, regional director"))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("field_reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        form = QFormLayout()
        form.addRow(self.tr("&Approver:"), self.approver)
        form.addRow(self.tr("&Reason:"), self.reason)
        note = QLabel(
            self.tr(
                "Recorded with the time. Changing a flagged line afterwards cancels the "
                "approval, and the quote must be approved again."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        for widget in (heading, lines):
            self.layout_.addWidget(widget)
        self.layout_.addLayout(form)
        self.layout_.addWidget(note)
        self.finish_layout()

    def act(self) -> Any:
        return self._decide(self.approver.text(), self.reason.toPlainText())


class ReasonDialog(_ActionDialog):
    """One required reason (the customer's rejection)."""

    def __init__(self, title: str, prompt: str, act: Act, parent: QWidget | None = None) -> None:
        super().__init__(title, title, parent)
        self.setObjectName("quoteReasonDialog")
        self._act = act
        label = QLabel(prompt)
        label.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("field_reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.layout_.addWidget(label)
        self.layout_.addWidget(self.reason)
        self.finish_layout()

    def act(self) -> Any:
        return self._act(self.reason.toPlainText())


class OrderDialog(_ActionDialog):
    """The customer's order reference and the delivery date of an accepted quote."""

    def __init__(
        self,
        requested: date | None,
        act: Act,
        parent: QWidget | None = None,
        earliest: Sequence[tuple[int, str, date]] = (),
    ) -> None:
        super().__init__(self.tr("Order confirmation"), self.tr("Confirm order"), parent)
        self.setObjectName("quoteOrderDialog")
        self._act = act
        self._earliest = tuple(earliest)  # (position, SKU, earliest day by lead time) a line
        self.reference = QLineEdit()
        self.reference.setObjectName("field_customer_reference")
        self.reference.setPlaceholderText(self.tr("The customer's purchase order number"))
        self.delivery = DateField(QDate(requested) if requested else QDate.currentDate())
        self.delivery.setObjectName("field_delivery_date")
        self.too_soon = QLabel()  # the lines the date comes before, next to the field
        self.too_soon.setObjectName("deliveryTooSoon")
        self.too_soon.setWordWrap(True)
        self.too_soon.setStyleSheet("color: #b26a00;")
        self.partial = QCheckBox(self.tr("The customer accepts a partial or later delivery"))
        self.partial.setObjectName("field_partial_delivery")
        form = QFormLayout()
        form.addRow(self.tr("Customer &reference:"), self.reference)
        form.addRow(self.tr("&Delivery date:"), self.delivery)
        form.addRow("", self.too_soon)
        form.addRow("", self.partial)
        self.delivery.dateChanged.connect(lambda _d: self._check_delivery())
        self._check_delivery()
        note = QLabel(self.tr("The quote is locked once it is confirmed as an order."))
        note.setWordWrap(True)
        self.layout_.addLayout(form)
        self.layout_.addWidget(note)
        self.finish_layout()

    def lines_too_soon(self) -> list[tuple[int, str, date]]:
        """The lines the chosen delivery date comes before their lead time allows."""
        day = self.delivery.date().toPython()
        return [line for line in self._earliest if day < line[2]]

    def _check_delivery(self) -> None:
        late = self.lines_too_soon()
        sentences = [
            self.tr("Line %1 (%2) can be delivered %3 at the earliest (lead time).")
            .replace("%1", str(position))
            .replace("%2", sku)
            .replace("%3", day_text(day))
            for position, sku, day in late
        ]
        self.too_soon.setText("\n".join(sentences))
        self.too_soon.setVisible(bool(late))
        self.partial.setVisible(bool(late))
        if not late:
            self.partial.setChecked(False)
        fit_height(self)

    def act(self) -> Any:
        if self.lines_too_soon() and not self.partial.isChecked():
            raise ValueError(
                self.tr(
                    "The delivery date is before some lines can be delivered: choose a later "
                    "date, or tick that the customer accepts a partial delivery."
                )
            )
        late = bool(self.lines_too_soon())  # the service keeps which lines come later
        return self._act(self.reference.text(), self.delivery.date().toPython(), late)


class PasteDialog(_ActionDialog):
    """SKU and quantity pairs pasted from a spreadsheet, an e-mail or a chat."""

    def __init__(self, act: Act, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Paste lines"), self.tr("Add lines"), parent)
        self.setObjectName("quotePasteDialog")
        self.setMinimumSize(520, 360)
        self._act = act
        label = QLabel(
            self.tr(
                "One line per product: SKU and quantity, optionally a unit (pack, L or kg) — "
                "copied from a spreadsheet (tab-separated), separated by ; or by spaces."
            )
        )
        label.setWordWrap(True)
        self.text = QPlainTextEdit(text)
        self.text.setObjectName("field_pasted")
        self.text.setPlaceholderText("HX7-5W30-4L\t12\nATF-3-20L\t2,5\tL")
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.layout_.addWidget(label)
        self.layout_.addWidget(self.text, 1)
        self.finish_layout()
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def act(self) -> Any:
        return self._act(self.text.toPlainText())
