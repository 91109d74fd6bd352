"""Approve, reject or terminate a register record: what will happen, and a required reason."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.gui.dialogs.issue_form import fit_height, problem_label
from acct_desktop.gui.screen_fit import ScreenFitDialog
from acct_desktop.gui.sentences import exception_text, user_text
from acct_desktop.services.account_edits import EditRejected


@dataclass(frozen=True)
class Decision:
    """What the dialog hands to the service: the reason, and whether the user ticked the
    confirmation a refusal asked for (approving a policy that would never price)."""

    reason: str
    confirmed: bool = False
    approved_by: str = ""  # who approved, when the one approving submitted it


Decide = Callable[[Decision], object]
NOTE_STYLE = "color: palette(placeholder-text);"


class DecisionDialog(ScreenFitDialog):
    """``decide(Decision)`` makes the decision through the service; a refusal (a missing
    reason, a validity already ended) is shown under the reason and the dialog stays. A
    refusal that can be overruled (its exception has ``confirm``: the words to tick) shows
    that checkbox; deciding again with it ticked passes ``confirmed``."""

    def __init__(
        self,
        verb: str,
        heading: str,
        consequence: str,
        decide: Decide,
        parent: QWidget | None = None,
        confirm: str = "",
        ask_approver: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("decisionDialog")
        self.setWindowTitle(heading)
        self.setMinimumWidth(480)
        self._decide = decide
        self.result_change: object | None = None
        title = QLabel(heading)
        title.setObjectName("decisionHeading")
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        title.setFont(font)
        title.setWordWrap(True)
        self.consequence = QLabel(consequence)
        self.consequence.setObjectName("decisionConsequence")
        self.consequence.setWordWrap(True)
        self.approver_label = QLabel(self.tr("&Approved by (required):"))
        self.approver = QLineEdit()
        self.approver.setObjectName("field_approved_by")
        self.approver.setPlaceholderText(
            self.tr("Who decided, e.g. Wang Li, sales director, by phone")
        )
        self.approver_label.setBuddy(self.approver)
        for widget in (self.approver_label, self.approver):
            widget.setVisible(ask_approver)
        reason_label = QLabel(self.tr("&Reason (required):"))
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("field_reason")
        self.reason.setTabChangesFocus(True)
        self.reason.setPlaceholderText(
            self.tr("Why — it is recorded with your name and the time, for whoever asks later")
        )
        self.reason.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        reason_label.setBuddy(self.reason)
        self.problem = problem_label("reason")
        self.confirm = QCheckBox()
        self.confirm.setObjectName("field_confirmed")
        self.confirm.setText(confirm)
        self.confirm.setVisible(bool(confirm))
        note = QLabel(
            self.tr(
                "This is a decision, not an edit: Undo (Ctrl+Z) does not reverse it. It stays "
                "in the record's history."
            )
        )
        note.setObjectName("decisionNote")
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(verb)
        self.buttons.accepted.connect(self.decide)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(self.consequence)
        layout.addSpacing(4)
        layout.addWidget(self.approver_label)
        layout.addWidget(self.approver)
        layout.addWidget(reason_label)
        layout.addWidget(self.reason)
        layout.addWidget(self.problem)
        layout.addWidget(self.confirm)
        layout.addWidget(note)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        first = self.approver if ask_approver else self.reason
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def decision(self) -> Decision:
        confirmed = not self.confirm.isHidden() and self.confirm.isChecked()
        approver = self.approver.text() if not self.approver.isHidden() else ""
        return Decision(self.reason.toPlainText(), confirmed, approver)

    def decide(self) -> None:
        """Make the decision; stay open with the sentence when it is refused."""
        try:
            self.result_change = self._decide(self.decision())
        except EditRejected as exc:
            self.problem.setText(exception_text(exc))
            self.problem.show()
            confirm = getattr(exc, "confirm", None)
            if confirm:
                self.confirm.setText(user_text(confirm))
                self.confirm.show()
            if getattr(exc, "ask_approver", False):
                self.approver_label.show()
                self.approver.show()
                fit_height(self)
                self.approver.setFocus()
                return
            fit_height(self)
            self.reason.setFocus()
            return
        self.accept()
