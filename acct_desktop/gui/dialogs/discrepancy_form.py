"""The discrepancy form: why an account's month is off plan and what will be done.

What is typed is kept as a draft as it is typed (``gui.form_drafts``), so a crash or a
closed laptop loses nothing; the draft is offered back when the same form is opened again
and removed once the form is saved or cancelled.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.enums import DiscrepancyCause, DiscrepancyStatus
from acct_desktop.domain.sentences import Sentence, bracketed, filled_in
from acct_desktop.gui.dialogs.draft_form import DraftFormDialog
from acct_desktop.gui.dialogs.issue_form import date_edit, fit_height, problem_label, with_problem
from acct_desktop.gui.form_drafts import FormDraft
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP, format_month, format_value, money_text
from acct_desktop.gui.screen_fit import bring_into_view
from acct_desktop.gui.sentences import exception_text, user_text
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.discrepancy_forms import (
    DiscrepancyDraft,
    DiscrepancyInvalid,
    SavedForm,
)
from acct_desktop.services.form_drafts import FormDrafts

log = logging.getLogger(__name__)

CAUSE_WORDS = {
    DiscrepancyCause.STOCK_OUT: QT_TRANSLATE_NOOP("discrepancy", "Out of stock / short delivery"),
    DiscrepancyCause.OVERSTOCK: QT_TRANSLATE_NOOP("discrepancy", "Too much stock in the channel"),
    DiscrepancyCause.PRICE: QT_TRANSLATE_NOOP("discrepancy", "Price"),
    DiscrepancyCause.COMPETITOR: QT_TRANSLATE_NOOP("discrepancy", "Competitor activity"),
    DiscrepancyCause.PROMOTION: QT_TRANSLATE_NOOP("discrepancy", "Promotion (late, missed, ended)"),
    DiscrepancyCause.DELIVERY: QT_TRANSLATE_NOOP("discrepancy", "Logistics / delivery"),
    DiscrepancyCause.LISTING: QT_TRANSLATE_NOOP("discrepancy", "Listing / range change"),
    DiscrepancyCause.SEASONALITY: QT_TRANSLATE_NOOP("discrepancy", "Season or weather"),
    DiscrepancyCause.DATA_ERROR: QT_TRANSLATE_NOOP("discrepancy", "Data error (ERP or target)"),
    DiscrepancyCause.OTHER: QT_TRANSLATE_NOOP("discrepancy", "Other"),
}
STATUS_WORDS = {
    DiscrepancyStatus.OPEN: QT_TRANSLATE_NOOP("discrepancy", "Open"),
    DiscrepancyStatus.ACTION_TAKEN: QT_TRANSLATE_NOOP("discrepancy", "Action taken"),
    DiscrepancyStatus.CLOSED: QT_TRANSLATE_NOOP("discrepancy", "Closed"),
}


class DiscrepancyFormDialog(DraftFormDialog):
    """``submit`` saves (raising DiscrepancyInvalid / EditRejected); ``make_issue`` turns a
    saved form into a customer issue. Problems show next to their field; nothing typed is
    lost."""

    def __init__(
        self,
        draft: DiscrepancyDraft,
        submit: Callable[[DiscrepancyDraft], SavedForm],
        make_issue: Callable[[SavedForm], SavedForm],
        heading: str,
        saved: SavedForm | None = None,
        parent: QWidget | None = None,
        drafts: FormDrafts | None = None,
        issue_problems: Callable[[DiscrepancyDraft], dict[str, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("discrepancyForm")
        self._issue_problems = issue_problems
        self.setWindowTitle(self.tr("Discrepancy form"))
        self.setMinimumWidth(560)
        self._draft = draft
        self._submit = submit
        self._make_issue = make_issue
        self.saved = saved
        self.errors: dict[str, QLabel] = {}
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading.setObjectName("discrepancyHeading")
        self.analysis = self._text(draft.analysis, self.tr("What the figures and the visit showed"))
        self.analysis.setObjectName("field_analysis")
        self.cause = QComboBox()
        self.cause.setObjectName("field_suspected_cause")
        for cause in DiscrepancyCause:
            self.cause.addItem(
                QCoreApplication.translate("discrepancy", CAUSE_WORDS[cause]), cause.value
            )
        self.cause.setCurrentIndex(list(DiscrepancyCause).index(draft.suspected_cause))
        self.action = self._text(draft.action, self.tr("What will be done about it"))
        self.action.setObjectName("field_action")
        self.kpi = QLineEdit(draft.action_kpi)
        self.kpi.setObjectName("field_action_kpi")
        self.kpi.setPlaceholderText(self.tr("How we will see it worked, e.g. outbound ≥ plan"))
        self.responsible = QLineEdit(draft.responsible)
        self.responsible.setObjectName("field_responsible")
        self.deadline = date_edit(draft.deadline or _month_end(draft.period) + timedelta(days=30))
        self.deadline.setObjectName("field_deadline")
        self.status = QComboBox()
        self.status.setObjectName("field_status")
        for status in DiscrepancyStatus:
            self.status.addItem(
                QCoreApplication.translate("discrepancy", STATUS_WORDS[status]), status.value
            )
        self.status.setCurrentIndex(list(DiscrepancyStatus).index(draft.status))
        self.issue = QLabel()
        self.issue_button = QPushButton(self.tr("Make it a customer issue"))
        self.issue_button.setObjectName("makeIssue")
        self.issue_button.setToolTip(
            self.tr("Track the action in the issues register, with its deadline")
        )
        self.issue_button.clicked.connect(self.make_issue)

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self._row(form, "analysis", self.tr("Analysis"), self.analysis)
        self._row(form, "suspected_cause", self.tr("Suspected cause"), self.cause)
        self._row(form, "action", self.tr("Action"), self.action)
        self._row(form, "action_kpi", self.tr("KPI of the action"), self.kpi)
        self._row(form, "responsible", self.tr("Responsible"), self.responsible)
        self._row(form, "deadline", self.tr("Deadline"), self.deadline)
        self._row(form, "status", self.tr("Status"), self.status)
        form.addRow(self.tr("Customer issue"), self.issue)
        self.form_error = problem_label("form")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.addButton(self.issue_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.discard)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        key = f"{draft.account_id}-{draft.period:%Y-%m}-{draft.measure.value}"
        self.draft_keeper = FormDraft(self, drafts, "discrepancy", key)
        self._show_issue()
        self.restored = self.draft_keeper.restore()
        if self.restored:
            self.form_error.setText(self.tr("Restored what you typed last time (not saved yet)."))
            self.form_error.setStyleSheet("color: palette(placeholder-text);")
            self.form_error.show()
        self.analysis.setFocus()

    def _text(self, value: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(value)
        edit.setTabChangesFocus(True)
        edit.setPlaceholderText(placeholder)
        edit.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        return edit

    def _row(self, form: QFormLayout, name: str, label: str, field: QWidget) -> None:
        self.errors[name] = problem_label(name)
        form.addRow(label, with_problem(field, self.errors[name]))

    def _show_issue(self) -> None:
        linked = self.saved is not None and self.saved.issue_id is not None
        self.issue.setText(
            (self.saved.issue_number or "") if linked else self.tr("(none — the button makes one)")
        )
        self.issue_button.setEnabled(not linked)

    # -- the draft ------------------------------------------------------------------------
    def draft(self) -> DiscrepancyDraft:
        return replace(
            self._draft,
            analysis=self.analysis.toPlainText(),
            suspected_cause=DiscrepancyCause(self.cause.currentData()),
            action=self.action.toPlainText(),
            action_kpi=self.kpi.text(),
            responsible=self.responsible.text(),
            deadline=self.deadline.date().toPython(),
            status=DiscrepancyStatus(self.status.currentData()),
        )

    def keep_draft(self) -> None:
        """Keep what is typed now (the timer does this 0.4 s after the typing pauses)."""
        self.draft_keeper.keep()

    # -- buttons --------------------------------------------------------------------------
    def show_problems(self, problems: dict[str, str]) -> None:
        for label in (*self.errors.values(), self.form_error):
            label.hide()
        self.form_error.setStyleSheet("")
        self.form_error.setStyleSheet(self.errors["analysis"].styleSheet())
        for name, message in problems.items():
            label = self.errors.get(name, self.form_error)
            label.setText(user_text(message))
            label.show()
        fit_height(self)
        if not self.form_error.isHidden():
            bring_into_view(self.form_error)
        fields = {
            "analysis": self.analysis,
            "action": self.action,
            "action_kpi": self.kpi,
            "responsible": self.responsible,
            "deadline": self.deadline,
        }
        focus = next((fields[name] for name in problems if name in fields), None)
        if focus is not None:
            focus.setFocus()

    def _save(self) -> bool:
        try:
            self.saved = self._submit(self.draft())
        except DiscrepancyInvalid as exc:
            self.show_problems(exc.problems)
            return False
        except EditRejected as exc:
            if exc.field is None:
                self.draft_keeper.hold()
            self.show_problems({exc.field or "form": exception_text(exc)})
            return False
        self.draft_keeper.drop()
        return True

    def save(self) -> None:
        if self._save():
            self.accept()

    def make_issue(self) -> None:
        """Save, then make the action a customer issue and show its number; nothing is
        saved while the form, or the issue it would become, has a problem (each shown next
        to its field)."""
        problems = self._issue_problems(self.draft()) if self._issue_problems else {}
        if problems:
            self.show_problems(problems)
            return
        if not self._save():
            return
        assert self.saved is not None
        try:
            self.saved = self._make_issue(self.saved)
        except DiscrepancyInvalid as exc:
            self.show_problems(exc.problems)
            return
        except EditRejected as exc:
            self.show_problems({exc.field or "form": exception_text(exc)})
            return
        self._show_issue()
        self.show_problems({})  # what stood in the way has been put right


def _month_end(month: date) -> date:
    following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    return following - timedelta(days=1)


def month_words(month: date) -> str:
    """ "October 2026" in the user's language."""
    return format_month(month, long=True)


def heading_text(
    path: list[str],
    month: date,
    what: str,
    actual: Decimal,
    target: Decimal | None,
    currency: str,
    through: date | None = None,
) -> str:
    """ "HQ › 佛山 DC" over "Outbound (October 2026): 82,000.00 of 100,000.00 CNY planned"
    ("October 2026 to 24/10/2026" while the month is in progress)."""
    names = html.escape(" › ".join(path))
    if target is None:
        figures = filled_in(
            QCoreApplication.translate("discrepancy", "%1 %2, no target"),
            money_text(actual, currency),
            currency,
        )
    else:
        figures = filled_in(
            QCoreApplication.translate("discrepancy", "%1 of %3 %2 planned"),
            money_text(actual, currency),
            currency,
            money_text(target, currency),
        )
    when = month_words(month)
    if through is not None:
        when = filled_in(
            QCoreApplication.translate("discrepancy", "%1 to %2"), when, format_value(through)
        )
    # the language's own brackets and colon (Chinese: 出库（2026年10月）：…), never ", " and ": "
    head = user_text(
        Sentence.of(QT_TRANSLATE_NOOP("messages", "%1: %2"), bracketed(what, when), figures)
    )
    return f"<b>{names}</b><br>{html.escape(head)}"
