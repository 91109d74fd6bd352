"""The profile card's Checklists tab: the account's written checklists and what to do
with them (issue, save the sealed PDF, re-issue, attach the stamped copy, verify a file)."""

from __future__ import annotations

import uuid
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.sentences import filled_in
from acct_desktop.gui.background import BackgroundRunner
from acct_desktop.gui.dialogs.checklist_issue import IssueChecklistDialog, write_pdf
from acct_desktop.gui.dialogs.stamped_copy import StampedCopyDialog
from acct_desktop.gui.dialogs.verify_document import VerifyDocumentDialog
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP
from acct_desktop.gui.models.columns import Column, attr
from acct_desktop.gui.models.paged_table import PagedTableModel
from acct_desktop.gui.profile.tabs import ProfileTab
from acct_desktop.gui.sentences import file_problem_text, user_text
from acct_desktop.gui.widgets.data_table import DataTable
from acct_desktop.services.checklist_records import ChecklistRow
from acct_desktop.services.workspace import Workspace


def _state(row: ChecklistRow) -> str:
    translate = QCoreApplication.translate
    if row.replaced_by:
        return translate("checklists", "Replaced by R%1").replace("%1", str(row.replaced_by))
    if row.stamped_on:
        return translate("checklists", "Stamped by customer")
    return translate("checklists", "Awaiting customer's stamp")


def _covers(row: ChecklistRow) -> str:
    if row.with_sub_accounts:
        return QCoreApplication.translate("checklists", "With the accounts below")
    return QCoreApplication.translate("checklists", "This account")


def _tone(row: ChecklistRow) -> str | None:
    if row.replaced_by:
        return None
    return "done" if row.stamped_on else "due_soon"


def _closure_tone(row: ChecklistRow) -> str | None:
    """Red while an item is past its deadline, green once every item is closed."""
    if row.overdue_count:
        return "overdue"
    return "done" if row.open_count == 0 else None


def _code_tip(row: ChecklistRow) -> str | None:
    if not row.verification_code:
        return None
    return QCoreApplication.translate("checklists", "Verification code: %1").replace(
        "%1", row.verification_code
    )


# What the manager looks for first — which checklist, its state, when it was stamped, how
# many of its issues are still open — comes first, so it shows on a 1366-pixel laptop; the
# verification code, read off a paper copy now and then, comes last and stretches (cut
# short, in full in its tooltip).
CHECKLIST_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("columns", "Checklist"), lambda row: row.reference),
    Column(QT_TRANSLATE_NOOP("columns", "State"), _state, tone=_tone),
    attr("stamped_on", QT_TRANSLATE_NOOP("columns", "Stamped on")),
    # its items tracked to closure: 13 · 4 open · 1 overdue, 13 · all closed
    Column(
        QT_TRANSLATE_NOOP("columns", "Issues"),
        lambda row: user_text(row.closure),
        tone=_closure_tone,
    ),
    Column(QT_TRANSLATE_NOOP("columns", "Issued"), lambda row: row.issued_at.astimezone()),
    attr("issued_by", QT_TRANSLATE_NOOP("columns", "Issued by")),
    Column(QT_TRANSLATE_NOOP("columns", "Covers"), _covers),
    Column(
        QT_TRANSLATE_NOOP("columns", "Verification code"),
        lambda row: row.verification_code,
        tip=_code_tip,
    ),
)


class ChecklistsTab(ProfileTab):
    def __init__(self, runner: BackgroundRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.workspace: Workspace | None = None
        self.account_id: uuid.UUID | None = None
        self.model = PagedTableModel(CHECKLIST_COLUMNS, self)
        self.table = DataTable(
            self.model,
            self.tr(
                "No written checklist yet. Issue one from the account's open issues "
                "(Issue checklist…); the customer stamps it and you attach the scan."
            ),
        )
        self.table.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.view.doubleClicked.connect(lambda _i: self.save_pdf())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons: dict[str, QPushButton] = {}
        # In a toolbar: where the Dutch or Vietnamese words do not fit beside the docks of
        # a 1366-pixel laptop, the last buttons go behind its » instead of widening the window.
        bar = QToolBar()
        bar.setObjectName("checklistButtons")
        for key, text, slot in (
            ("issue", self.tr("Issue checklist…"), self.issue_new),
            ("save", self.tr("Save PDF…"), self.save_pdf),
            ("reissue", self.tr("Re-issue…"), self.reissue),
            ("stamped", self.tr("Attach stamped copy…"), self.attach_stamped),
            ("scan", self.tr("Open stamped copy"), self.open_stamped),
            ("verify", self.tr("Verify a file…"), self.verify_file),
        ):
            button = QPushButton(text)
            button.setObjectName(f"checklist_{key}")
            button.clicked.connect(slot)
            self.buttons[key] = button
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(bar)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self._update_buttons()

    # -- ProfileTab -----------------------------------------------------------------------
    def load(self, workspace: Workspace, account_id: uuid.UUID) -> None:
        self.workspace, self.account_id = workspace, account_id
        rows = workspace.checklist_records.for_account(account_id)
        self.model.set_source(lambda page: rows[page.offset : page.offset + page.limit])
        self.message.clear()
        self._update_buttons()

    def clear(self) -> None:
        self.workspace, self.account_id = None, None
        self.model.set_source(None)
        self._update_buttons()

    def shown_row_count(self) -> int:
        return self.model.rowCount()

    # -- actions --------------------------------------------------------------------------
    def selected(self) -> ChecklistRow | None:
        rows = self.table.view.selectionModel().selectedRows()
        return self.model.row_object(rows[0].row()) if rows else None

    def select_checklist(self, checklist_id: uuid.UUID) -> bool:
        """Select checklist ``checklist_id`` in the list (global search's way in)."""
        start = 0
        while True:
            for row in range(start, self.model.rowCount()):
                shown = self.model.row_object(row)
                if shown is not None and shown.id == checklist_id:
                    self.table.view.selectRow(row)
                    self.table.view.scrollTo(self.model.index(row, 0))
                    return True
            if not self.model.canFetchMore(QModelIndex()):
                return False
            start = self.model.rowCount()
            self.model.fetchMore(QModelIndex())

    def _update_buttons(self, *_args: object) -> None:
        row = self.selected()
        self.buttons["issue"].setEnabled(self.account_id is not None)
        for key in ("save", "reissue", "stamped"):
            self.buttons[key].setEnabled(row is not None)
        self.buttons["scan"].setEnabled(row is not None and bool(row.scan_file_name))

    def _reload(self) -> None:
        if self.workspace is not None and self.account_id is not None:
            self.load(self.workspace, self.account_id)

    def issue_new(self, reissue_of: uuid.UUID | None = None) -> IssueChecklistDialog | None:
        if self.workspace is None or self.account_id is None:
            return None
        dialog = IssueChecklistDialog(
            self.workspace, self.account_id, self.runner, self, reissue_of=reissue_of
        )
        dialog.issued.connect(lambda _c: self._reload())
        dialog.open()
        return dialog

    def reissue(self) -> IssueChecklistDialog | None:
        row = self.selected()
        return self.issue_new(reissue_of=row.id) if row else None

    def save_pdf(self) -> None:
        row = self.selected()
        if row is None or self.workspace is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = f"{row.number}-R{row.revision}.pdf"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the sealed checklist"), str(Path(folder) / name), "PDF (*.pdf)"
        )
        if chosen:
            self._write(Path(chosen), self.workspace.checklist_records.sealed_pdf(row.id))

    def _write(self, path: Path, data: bytes) -> None:
        try:
            write_pdf(path, data)
        except OSError as exc:
            self._say(
                filled_in(self.tr("Could not save %1: %2"), str(path), file_problem_text(exc)),
                problem=True,
            )
            return
        self._say(self.tr("Saved to %1.").replace("%1", str(path)))

    def attach_stamped(self) -> StampedCopyDialog | None:
        """Ask for the scan and the day on its stamp (one dialog, problems by the field)."""
        row = self.selected()
        if row is None or self.workspace is None:
            return None
        dialog = StampedCopyDialog(self.workspace.checklist_records, row, self.runner, self)
        dialog.attached.connect(self._stamped)
        dialog.open()
        return dialog

    def _stamped(self, row: ChecklistRow) -> None:
        self._reload()
        self._say(self.tr("%1 is marked stamped by the customer.").replace("%1", row.reference))

    def open_stamped(self) -> None:
        row = self.selected()
        if row is None or self.workspace is None:
            return
        copy = self.workspace.checklist_records.stamped_copy(row.id)
        if copy is None:
            return
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation))
        target = folder / f"{row.number}-R{row.revision}-stamped{Path(copy[0]).suffix}"
        write_pdf(target, copy[1])
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def verify_file(self) -> VerifyDocumentDialog:
        dialog = VerifyDocumentDialog(self.workspace, self.runner, self)
        dialog.open()
        return dialog

    def _say(self, text: str, problem: bool = False) -> None:
        self.message.setStyleSheet("color: #c62828;" if problem else "color: #2e7d32;")
        self.message.setText(text)
