"""*Plan visits… → Days off…*: the manager's own days off (leave, training…), each a day or
a run of days with a note. The planner proposes no new visits on them; visits already
booked stay. A problem shows under its row."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.gui.dialogs.issue_form import date_edit, problem_label
from acct_desktop.gui.screen_fit import ScreenFitDialog
from acct_desktop.gui.sentences import user_text
from acct_desktop.services.planning_preferences import MAX_NOTE, DaysOff


class DaysOffRow(QWidget):
    """One entry: from, to, note, and a button to remove it."""

    def __init__(self, entry: DaysOff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first, self.last = date_edit(entry.first), date_edit(entry.last)
        self.first.dateChanged.connect(self._keep_order)
        self.note = QLineEdit(entry.note)
        self.note.setMaxLength(MAX_NOTE)
        self.note.setPlaceholderText(self.tr("e.g. leave, training"))
        self.remove = QToolButton(text=self.tr("Remove"))
        self.problem = problem_label("daysOff")
        row = QHBoxLayout()
        for widget in (self.first, QLabel("–"), self.last):
            row.addWidget(widget)
        row.addWidget(self.note, 1)
        row.addWidget(self.remove)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.problem)

    def _keep_order(self) -> None:
        """Moving the first day past the last moves the last along (a one-day entry)."""
        if self.last.date() < self.first.date():
            self.last.setDate(self.first.date())

    def entry(self) -> DaysOff:
        return DaysOff(
            self.first.date().toPython(), self.last.date().toPython(), self.note.text().strip()
        )

    def check(self) -> bool:
        problem = self.entry().problem()
        self.problem.setText(user_text(problem) if problem else "")
        self.problem.setVisible(bool(problem))
        return problem is None


class DaysOffDialog(ScreenFitDialog):
    def __init__(
        self, days_off: tuple[DaysOff, ...], new_day: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("daysOffDialog")
        self.setWindowTitle(self.tr("Days off"))
        self.resize(560, 360)
        self._new_day = new_day
        self.rows: list[DaysOffRow] = []
        explain = QLabel(
            self.tr(
                "No new visits are proposed on your days off; visits already booked on them "
                "stay as they are."
            )
        )
        explain.setWordWrap(True)
        self._list = QVBoxLayout()
        self._list.setContentsMargins(0, 0, 0, 0)
        holder = QWidget()
        outer = QVBoxLayout(holder)
        outer.addLayout(self._list)
        outer.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(holder)
        self.add_button = QPushButton(self.tr("&Add days off"))
        self.add_button.setObjectName("addDaysOff")
        self.add_button.clicked.connect(lambda: self.add_row(DaysOff(new_day, new_day)))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(buttons)
        for entry in sorted(days_off, key=lambda d: (d.first, d.last)):
            self.add_row(entry)

    def add_row(self, entry: DaysOff) -> DaysOffRow:
        row = DaysOffRow(entry)
        row.remove.clicked.connect(lambda: self._remove(row))
        self.rows.append(row)
        self._list.addWidget(row)
        row.show()  # at once, not when the layout gets round to it
        row.note.setFocus()
        return row

    def _remove(self, row: DaysOffRow) -> None:
        self.rows.remove(row)
        row.deleteLater()

    def days_off(self) -> tuple[DaysOff, ...]:
        return tuple(row.entry() for row in self.rows)

    def accept(self) -> None:
        if all([row.check() for row in self.rows]):  # every row says its problem
            super().accept()
