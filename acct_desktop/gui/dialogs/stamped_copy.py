"""Attach the copy the customer stamped: the scan and the day on its stamp, in one dialog.

The day is picked, not typed: a date field in the user's own format with a calendar,
today by default, limited to the days from the checklist's issue to today (a stamp cannot
predate the document nor lie in the future). A problem shows under its field and the
dialog stays open, so the file never has to be picked again. Reading and storing a scan
of up to 25 MB takes about a second, so it runs off the UI thread.

A scan whose QR code names another checklist or revision, and a checklist stamped already,
are questions, not refusals: attached only when the user says yes (the earlier scan of a
replaced copy stays in the database)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.sentences import filled_in
from acct_desktop.gui.background import BackgroundRunner
from acct_desktop.gui.dialogs.issue_form import (
    PROBLEM_STYLE,
    date_edit,
    fit_height,
    problem_label,
    with_problem,
)
from acct_desktop.gui.labels import format_day
from acct_desktop.gui.screen_fit import ScreenFitDialog
from acct_desktop.gui.sentences import exception_text
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.attachments import SCAN_FIELD, SCAN_MAX_BYTES
from acct_desktop.services.checklist_records import (
    ChecklistRecords,
    ChecklistRow,
    ScanOfAnotherChecklist,
    StampedCopyKept,
)

ChooseFile = Callable[[], Path | None]
DATE_FIELD = "stamped_on"


@dataclass(frozen=True)
class _Refused:
    """A refusal carried back from the worker: which field, and the sentence."""

    field: str | None
    text: str
    allow: str | None = None  # the keyword that attaches it all the same, if the user says so


def _as_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class StampedCopyDialog(ScreenFitDialog):
    """The scan and its stamp's day; *Attach* keeps it with the checklist (``attached``)."""

    attached = Signal(object)  # the ChecklistRow, now stamped

    def __init__(
        self,
        records: ChecklistRecords,
        row: ChecklistRow,
        background: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("stampedCopy")
        self.setWindowTitle(self.tr("Stamped copy — %1").replace("%1", row.reference))
        self.setMinimumWidth(520)
        self.records, self.row, self.background = records, row, background
        self.choose_file: ChooseFile = self._ask_file
        # (what the service says, the question) -> yes; a test answers for the user
        self.confirm: Callable[[str, str], bool] = self._ask
        self._allowed: dict[str, bool] = {}
        self.result_row: ChecklistRow | None = None
        self.busy = False
        today = records.today()
        issued_on = row.issued_at.astimezone().date()

        intro = QLabel(
            filled_in(
                self.tr(
                    "The scan of the copy %1 stamped (PDF, JPG or PNG, up to %2 MB) and the day "
                    "on its stamp."
                ),
                row.account_name,
                str(SCAN_MAX_BYTES // (1024 * 1024)),
            )
        )
        intro.setWordWrap(True)
        self.file = QLineEdit()
        self.file.setObjectName("field_file")
        self.file.setPlaceholderText(self.tr("Choose the scan…"))
        self.file.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.file.textEdited.connect(lambda _t: self.errors[SCAN_FIELD].hide())
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.setObjectName("browseScan")
        self.browse_button.clicked.connect(self.browse)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file, 1)
        file_row.addWidget(self.browse_button)
        self.stamped_on = date_edit(today)
        self.stamped_on.setObjectName("field_stamped_on")
        self.stamped_on.setDateRange(_as_qdate(min(issued_on, today)), _as_qdate(today))
        shown = format_day(issued_on)
        self.stamped_on.setToolTip(
            self.tr("Between the day the checklist was issued (%1) and today.").replace("%1", shown)
        )
        self.stamped_on.dateChanged.connect(lambda _d: self.errors[DATE_FIELD].hide())
        self.errors = {SCAN_FIELD: problem_label(SCAN_FIELD), DATE_FIELD: problem_label(DATE_FIELD)}
        form = QFormLayout()
        form.addRow(self.tr("Scan:"), with_problem(file_row, self.errors[SCAN_FIELD]))
        form.addRow(self.tr("Stamped on:"), with_problem(self.stamped_on, self.errors[DATE_FIELD]))
        self.status = problem_label("form")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.attach_button = self.buttons.addButton(
            self.tr("Attach"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.attach_button.setObjectName("attachStamped")
        self.attach_button.setDefault(True)
        self.buttons.accepted.connect(self.attach)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.status)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    # -- the fields -----------------------------------------------------------------------
    def browse(self) -> None:
        chosen = self.choose_file()
        if chosen is not None:
            self.file.setText(str(chosen))
            self.errors[SCAN_FIELD].hide()

    def _ask_file(self) -> Path | None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The scan of the stamped checklist"),
            str(Path(self.file.text()).parent) if self.file.text().strip() else "",
            self.tr("Scans (*.pdf *.jpg *.jpeg *.png)"),
        )
        return Path(chosen) if chosen else None

    def show_problems(self, problems: dict[str, str]) -> None:
        """Each sentence under its field (the rest above the buttons); focus the field."""
        for label in (*self.errors.values(), self.status):
            label.hide()
        self.status.setStyleSheet(PROBLEM_STYLE)
        for name, text in problems.items():
            label = self.errors.get(name, self.status)
            label.setText(text)
            label.show()
        fit_height(self)
        fields = {SCAN_FIELD: self.file, DATE_FIELD: self.stamped_on}
        focus = next((fields[name] for name in problems if name in fields), None)
        if focus is not None:
            focus.setFocus()

    # -- attaching ------------------------------------------------------------------------
    def attach(self) -> None:
        """Attach the scan off the UI thread; the dialog closes only once it is kept."""
        if self.busy:
            return
        text = self.file.text().strip()
        if not text:
            self.show_problems({SCAN_FIELD: self.tr("Choose the scan of the stamped copy.")})
            return
        path, day = Path(text).expanduser(), self.stamped_on.date().toPython()
        if str(path) != self._allowed.get("path"):
            self._allowed = {"path": str(path)}  # a yes was about another file
        records, checklist_id = self.records, self.row.id
        allowed = {key: True for key in self._allowed if key != "path"}

        def work() -> ChecklistRow | _Refused:
            try:
                return records.attach_stamped_copy(checklist_id, path, day, **allowed)
            except ScanOfAnotherChecklist as exc:
                return _Refused(exc.field, exception_text(exc), "other_checklist_ok")
            except StampedCopyKept as exc:
                return _Refused(exc.field, exception_text(exc), "replace_ok")
            except EditRejected as exc:  # the sentence in the GUI's language, with its field
                return _Refused(exc.field, exception_text(exc))

        self._set_busy(True)
        self.show_problems({})
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Attaching %1…").replace("%1", path.name))
        self.status.show()
        self.background.submit(work, self._done, self._failed)

    def _done(self, result: ChecklistRow | _Refused) -> None:
        self._set_busy(False)
        if isinstance(result, _Refused):
            if result.allow is not None and self.confirm(result.text, self._question(result)):
                self._allowed[result.allow] = True
                self.attach()
                return
            self.show_problems({result.field or "form": result.text})
            return
        self.result_row = result
        self.attached.emit(result)
        self.accept()

    def _question(self, refused: _Refused) -> str:
        name = Path(self.file.text().strip()).name
        if refused.allow == "replace_ok":
            return self.tr(
                "Replace it with %1? The earlier scan stays in the database; the checklist "
                "then shows the new one."
            ).replace("%1", name)
        return (
            self.tr("Attach %1 to %2 all the same?")
            .replace("%1", name)
            .replace("%2", self.row.reference)
        )

    def _ask(self, text: str, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), text, parent=self)
        box.setInformativeText(question)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def _failed(self, text: str) -> None:
        self._set_busy(False)
        self.show_problems({"form": text})

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        for widget in (self.file, self.browse_button, self.stamped_on, self.buttons):
            widget.setEnabled(not busy)
        self.setCursor(Qt.CursorShape.BusyCursor if busy else Qt.CursorShape.ArrowCursor)

    def reject(self) -> None:  # Esc while the scan is being stored would lose the answer
        if not self.busy:
            super().reject()
