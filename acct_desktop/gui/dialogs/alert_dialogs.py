"""Dismiss (a reason is required) and snooze (until a day) dialogs of the Alerts dock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtCore import (
    QDate,
    Qt,
)
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from acct_desktop.gui.models.columns import TONE_COLOURS
from acct_desktop.gui.screen_fit import ScreenFitDialog
from acct_desktop.gui.sentences import exception_text
from acct_desktop.gui.widgets.date_field import DateField
from acct_desktop.services.account_edits import EditRejected


def link_label(on_link: Callable[[str], None]) -> QLabel:
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.linkActivated.connect(on_link)
    return label


class _AskDialog(ScreenFitDialog):
    """A small form that records its answer through ``save``; a refusal (a sentence) shows
    under the form and the dialog stays open."""

    def __init__(self, title: str, sentence: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.form = QFormLayout(self)
        about = QLabel(sentence)
        about.setWordWrap(True)
        self.form.addRow(about)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {TONE_COLOURS['overdue']}")
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def finish_form(self, ok_text: str) -> None:
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)

    def save(self) -> None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            self.save()
        except EditRejected as exc:
            self.error.setText(exception_text(exc))
            self.error.show()
            return
        super().accept()


class DismissDialog(_AskDialog):
    """Why is this alert dismissed? The reason is required and kept with the dismissal."""

    def __init__(
        self, sentence: str, dismiss: Callable[[str], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Dismiss alert"), sentence, parent)
        self._dismiss = dismiss
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(
            self.tr("Why it does not need you, e.g. “Customer agreed a new date by phone.”")
        )
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(self.reason.fontMetrics().lineSpacing() * 4 + 12)
        self.form.addRow(self.tr("Reason:"), self.reason)
        hint = QLabel(self.tr("It comes back if what it is about changes."))
        hint.setStyleSheet("color: palette(placeholder-text)")
        self.form.addRow(hint)
        self.finish_form(self.tr("Dismiss"))

    def save(self) -> None:
        self._dismiss(self.reason.toPlainText())


class SnoozeDialog(_AskDialog):
    """Until which day is this alert snoozed? (It shows again on that day.)"""

    def __init__(
        self,
        sentence: str,
        today: date,
        snooze: Callable[[date, str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Snooze alert"), sentence, parent)
        self._snooze = snooze
        self.until = DateField(today + timedelta(days=1))
        self.until.setMinimumDate(QDate(today + timedelta(days=1)))
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Optional"))
        self.form.addRow(self.tr("Until:"), self.until)
        self.form.addRow(self.tr("Note:"), self.note)
        self.finish_form(self.tr("Snooze"))

    def save(self) -> None:
        self._snooze(self.until.date().toPython(), self.note.text())
