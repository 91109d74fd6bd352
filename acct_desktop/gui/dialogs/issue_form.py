"""The issue form: raise or edit one customer issue, problems shown next to their fields."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.enums import IssueCategory, IssueStatus, ResponsibleSide
from acct_desktop.domain.issues import CLOSED_STATUSES
from acct_desktop.gui.dialogs.draft_form import DraftFormDialog
from acct_desktop.gui.form_drafts import FormDraft
from acct_desktop.gui.models.issue_columns import issue_label
from acct_desktop.gui.screen_fit import bring_into_view, fit_height
from acct_desktop.gui.sentences import exception_text, user_text
from acct_desktop.gui.widgets.date_field import DateField
from acct_desktop.gui.widgets.folded_completer import FoldedCompleter
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.form_drafts import FormDrafts
from acct_desktop.services.issue_records import IssueDraft, IssueInvalid, IssuesChanged

Submit = Callable[[IssueDraft], IssuesChanged]
DEFAULT_DAYS_TO_DEADLINE = 14
PROBLEM_STYLE = "color: #c62828;"


def problem_label(name: str) -> QLabel:
    """A red, hidden sentence under a field (shown when the service names that field)."""
    label = QLabel()
    label.setObjectName(f"error_{name}")
    label.setStyleSheet(PROBLEM_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def date_edit(value: date) -> DateField:
    """A date field in the user's locale format (four-digit year) with a calendar popup,
    one Tab stop."""
    return DateField(value)


def with_problem(field: QWidget | QHBoxLayout, problem: QLabel) -> QWidget:
    """The field with its problem sentence right under it (no gap while there is none)."""
    cell = QWidget()
    # The cell takes the whole width so a long sentence wraps under a narrow date field.
    cell.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    if isinstance(field, QWidget):
        wide = (QSizePolicy.Policy.Expanding, QSizePolicy.Policy.MinimumExpanding)
        if field.sizePolicy().horizontalPolicy() in wide:
            column.addWidget(field)
        else:  # combos and dates keep their natural width
            column.addWidget(field, 0, Qt.AlignmentFlag.AlignLeft)
    else:
        column.addLayout(field)
    column.addWidget(problem)
    return cell


def enum_combo(values: Sequence[object], current: object) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem(issue_label(value), value)  # type: ignore[arg-type]
    combo.setCurrentIndex(list(values).index(current) if current in values else 0)
    return combo


class IssueFormDialog(DraftFormDialog):
    """New or edited issue. ``submit`` saves the draft (raising IssueInvalid/EditRejected);
    on a problem the dialog stays open with everything typed still there."""

    def __init__(
        self,
        draft: IssueDraft,
        submit: Submit,
        account_name: str,
        responsibles: Sequence[str],
        today: date,
        parent: QWidget | None = None,
        *,
        title: str = "",
        number: str = "",
        visits: Sequence[tuple[uuid.UUID, str]] = (),
        drafts: FormDrafts | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("issueForm")
        self.setWindowTitle(title or self.tr("Customer issue"))
        self.setMinimumWidth(520)
        self._draft = draft
        self._submit = submit
        self.result_change: IssuesChanged | None = None
        self.errors: dict[str, QLabel] = {}
        raised = draft.raised_on or today
        self.account = QLabel(account_name)
        self.account.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.category = enum_combo(list(IssueCategory), draft.category)
        self.description = QPlainTextEdit(draft.description)
        self.description.setObjectName("field_description")
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr("What the customer reports, in their words"))
        self.description.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 12)
        self.responsible = QLineEdit(draft.responsible)
        self.responsible.setObjectName("field_responsible")
        self.responsible.setPlaceholderText(self.tr("Person or team"))
        FoldedCompleter(responsibles, self).attach(self.responsible)
        self.side = enum_combo(list(ResponsibleSide), draft.responsible_side)
        self.side.setToolTip(self.tr("Whose person must resolve it: ours or the customer's"))
        self.raised_on = date_edit(raised)
        self.raised_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.deadline = date_edit(draft.deadline)
        self.status = enum_combo(list(IssueStatus), draft.status)
        self.visit = QComboBox()
        self.visit.setObjectName("field_visit_id")
        self.visit.addItem(self.tr("(not from a visit)"), None)
        for visit_id, label in visits:
            self.visit.addItem(label, visit_id)
            if visit_id == draft.visit_id:
                self.visit.setCurrentIndex(self.visit.count() - 1)
        self.resolution = QPlainTextEdit(draft.resolution or "")
        self.resolution.setObjectName("field_resolution")
        self.resolution.setTabChangesFocus(True)
        self.resolution.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self._deadline_follows = not number  # a new issue's deadline follows its raised date
        self.raised_on.dateChanged.connect(self._raised_changed)
        self.deadline.dateChanged.connect(self._deadline_edited)
        self.status.currentIndexChanged.connect(lambda _i: self._status_changed())

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        if number:
            form.addRow(self.tr("Issue"), QLabel(number))
        self._row(form, "account_id", self.tr("Account"), self.account)
        self._row(form, "category", self.tr("Category"), self.category)
        self._row(form, "description", self.tr("Description"), self.description)
        who = QHBoxLayout()
        who.setContentsMargins(0, 0, 0, 0)
        who.addWidget(self.responsible, 1)
        who.addWidget(self.side)
        self._row(form, "responsible", self.tr("Responsible"), who)
        self._row(form, "raised_on", self.tr("Raised on"), self.raised_on)
        self._row(form, "visit_id", self.tr("Raised at visit"), self.visit)
        self._row(form, "deadline", self.tr("Deadline"), self.deadline)
        self._row(form, "status", self.tr("Status"), self.status)
        self._row(form, "resolution", self.tr("Resolution"), self.resolution)
        self.form_error = problem_label("form")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.form_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        for name, field in (("category", self.category), ("responsible_side", self.side),
                            ("raised_on", self.raised_on), ("deadline", self.deadline),
                            ("status", self.status)):  # fmt: skip
            field.setObjectName(f"field_{name}")
        self._status_changed()
        key = number or f"new-{draft.account_id}-{draft.visit_id or ''}"
        self.draft_keeper = FormDraft(self, drafts, "issue", key)
        self.restored = self.draft_keeper.restore()
        if self.restored:  # what was typed before the app closed, not saved yet
            self.form_error.setText(self.tr("Restored what you typed last time (not saved yet)."))
            self.form_error.setStyleSheet("color: palette(placeholder-text);")
            self.form_error.show()
        self.buttons.rejected.disconnect()
        self.buttons.rejected.connect(self.discard)
        self.description.setFocus()

    def _row(self, form: QFormLayout, name: str, label: str, field: QWidget | QHBoxLayout) -> None:
        self.errors[name] = problem_label(name)
        form.addRow(label, with_problem(field, self.errors[name]))

    def _raised_changed(self, raised: QDate) -> None:
        if self._deadline_follows:
            self.deadline.blockSignals(True)
            self.deadline.setDate(raised.addDays(DEFAULT_DAYS_TO_DEADLINE))
            self.deadline.blockSignals(False)

    def _deadline_edited(self, _deadline: QDate) -> None:
        self._deadline_follows = False

    def _status_changed(self) -> None:
        closes = IssueStatus(self.status.currentData()) in CLOSED_STATUSES
        self.resolution.setEnabled(closes)
        self.resolution.setPlaceholderText(
            self.tr("How it was resolved")
            if closes
            else self.tr("Needed once the issue is resolved or verified")
        )

    def show_problems(self, problems: dict[str, str]) -> None:
        """Each sentence under its field (the rest under the form); focus the first field."""
        for label in (*self.errors.values(), self.form_error):
            label.hide()
        self.form_error.setStyleSheet(PROBLEM_STYLE)
        for name, message in problems.items():
            label = self.errors.get(name, self.form_error)
            label.setText(user_text(message))
            label.show()
        if not self.form_error.isHidden():
            bring_into_view(self.form_error)
        fields: dict[str, QWidget] = {
            "category": self.category,
            "description": self.description,
            "responsible": self.responsible,
            "raised_on": self.raised_on,
            "deadline": self.deadline,
            "status": self.status,
            "resolution": self.resolution,
        }
        fit_height(self)
        focus = next((fields[name] for name in problems if name in fields), None)
        if focus is not None:
            focus.setFocus()

    def draft(self) -> IssueDraft:
        """The form as a draft (the service validates it)."""
        status = IssueStatus(self.status.currentData())  # Qt hands enum members back as str
        resolution = self.resolution.toPlainText() if status in CLOSED_STATUSES else None
        return replace(
            self._draft,
            category=IssueCategory(self.category.currentData()),
            description=self.description.toPlainText(),
            responsible=self.responsible.text(),
            responsible_side=ResponsibleSide(self.side.currentData()),
            raised_on=self.raised_on.date().toPython(),
            deadline=self.deadline.date().toPython(),
            status=status,
            resolution=resolution if resolution is not None else self._draft.resolution,
            visit_id=self.visit.currentData(),
        )

    def save(self) -> None:
        try:
            self.result_change = self._submit(self.draft())
        except IssueInvalid as exc:
            self.show_problems(exc.problems)
            return
        except EditRejected as exc:
            if exc.field is None:
                self.draft_keeper.hold()
            self.show_problems({exc.field or "form": exception_text(exc)})
            return
        self.draft_keeper.drop()
        self.accept()


def new_issue_draft(account_id: uuid.UUID, today: date) -> IssueDraft:
    """A blank issue for ``account_id``, raised today, due in two weeks."""
    return IssueDraft(
        account_id=account_id,
        category=IssueCategory.OTHER,
        description="",
        responsible="",
        deadline=today + timedelta(days=DEFAULT_DAYS_TO_DEADLINE),
        raised_on=today,
    )
