"""Bulk edit: set responsible, deadline and/or status on several issues in one change."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.enums import IssueStatus, ResponsibleSide
from acct_desktop.domain.issues import CLOSED_STATUSES
from acct_desktop.gui.dialogs.issue_form import (
    DEFAULT_DAYS_TO_DEADLINE,
    date_edit,
    enum_combo,
    fit_height,
    problem_label,
    with_problem,
)
from acct_desktop.gui.screen_fit import ScreenFitDialog
from acct_desktop.gui.sentences import exception_text
from acct_desktop.gui.widgets.folded_completer import FoldedCompleter
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.issue_records import BulkIssueEdit, IssueInvalid, IssuesChanged

SubmitBulk = Callable[[BulkIssueEdit], IssuesChanged]


class IssueBulkEditDialog(ScreenFitDialog):
    """Tick what to set; unticked fields stay as they are on every issue. All issues change
    or none do: a problem with any of them is shown here and nothing is saved."""

    def __init__(
        self,
        count: int,
        submit: SubmitBulk,
        responsibles: Sequence[str],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("issueBulkEdit")
        self.setWindowTitle(self.tr("Bulk edit issues"))
        self.setMinimumWidth(480)
        self._submit = submit
        self.result_change: IssuesChanged | None = None
        self.errors: dict[str, QLabel] = {}
        intro = QLabel(
            self.tr("Change %1 issues. Tick what to set; the rest stays as it is.").replace(
                "%1", str(count)
            )
        )
        intro.setWordWrap(True)
        self.set_responsible = QCheckBox(self.tr("Set responsible"))
        self.responsible = QLineEdit()
        self.responsible.setObjectName("field_responsible")
        self.responsible.setPlaceholderText(self.tr("Person or team"))
        FoldedCompleter(responsibles, self).attach(self.responsible)
        self.side = enum_combo(list(ResponsibleSide), ResponsibleSide.OURS)
        self.set_deadline = QCheckBox(self.tr("Set deadline"))
        self.deadline = date_edit(today + timedelta(days=DEFAULT_DAYS_TO_DEADLINE))
        self.set_status = QCheckBox(self.tr("Set status"))
        self.status = enum_combo(list(IssueStatus), IssueStatus.IN_PROGRESS)
        self.resolution_label = QLabel(self.tr("Resolution"))
        self.resolution = QLineEdit()
        self.resolution.setObjectName("field_resolution")
        self.resolution.setPlaceholderText(self.tr("How they were resolved"))

        who = QHBoxLayout()
        who.setContentsMargins(0, 0, 0, 0)
        who.addWidget(self.responsible, 1)
        who.addWidget(self.side)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        rows: list[tuple[QWidget, QWidget | QHBoxLayout, str]] = [
            (self.set_responsible, who, "responsible"),
            (self.set_deadline, self.deadline, "deadline"),
            (self.set_status, self.status, "status"),
            (self.resolution_label, self.resolution, "resolution"),
        ]
        for row, (label, field, name) in enumerate(rows):
            self.errors[name] = problem_label(name)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(with_problem(field, self.errors[name]), row, 1)
        self.form_error = problem_label("form")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setDefault(True)
        self.apply_button.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(self.form_error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        for box in (self.set_responsible, self.set_deadline, self.set_status):
            box.toggled.connect(lambda _on: self._update_enabled())
        self.status.currentIndexChanged.connect(lambda _i: self._update_enabled())
        self._update_enabled()

    def _closing(self) -> bool:
        return IssueStatus(self.status.currentData()) in CLOSED_STATUSES

    def _update_enabled(self) -> None:
        self.responsible.setEnabled(self.set_responsible.isChecked())
        self.side.setEnabled(self.set_responsible.isChecked())
        self.deadline.setEnabled(self.set_deadline.isChecked())
        self.status.setEnabled(self.set_status.isChecked())
        closing = self.set_status.isChecked() and self._closing()
        self.resolution.setEnabled(closing)
        self.resolution_label.setEnabled(closing)
        self.apply_button.setEnabled(
            any(b.isChecked() for b in (self.set_responsible, self.set_deadline, self.set_status))
        )

    def edit(self) -> BulkIssueEdit:
        """The ticked fields as one bulk edit (unticked ones None: left as they are)."""
        responsible = self.set_responsible.isChecked()
        status = IssueStatus(self.status.currentData()) if self.set_status.isChecked() else None
        return BulkIssueEdit(
            responsible=self.responsible.text() if responsible else None,
            responsible_side=ResponsibleSide(self.side.currentData()) if responsible else None,
            deadline=self.deadline.date().toPython() if self.set_deadline.isChecked() else None,
            status=status,
            resolution=self.resolution.text() if status in CLOSED_STATUSES else None,
        )

    def show_problems(self, problems: dict[str, str]) -> None:
        for label in (*self.errors.values(), self.form_error):
            label.hide()
        for name, message in problems.items():
            label = self.errors.get(name, self.form_error)
            label.setText(message)
            label.show()
        fit_height(self)

    def save(self) -> None:
        try:
            self.result_change = self._submit(self.edit())
        except IssueInvalid as exc:
            self.show_problems(exc.problems)
            return
        except EditRejected as exc:
            self.show_problems({exc.field or "form": exception_text(exc)})
            return
        self.accept()
