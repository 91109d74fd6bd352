"""Issue a written checklist: choose the open issues, then number, print and seal it.

For an account with accounts below it (a head office), "With the issues of the accounts
below it" (off by default; as the replaced revision for a re-issue) lists theirs too, each
line naming its account, and the sealed checklist says it covers them."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.config import seal_key_folder
from acct_desktop.domain.hierarchy import short_account_name
from acct_desktop.domain.sentences import filled_in, in_a_row
from acct_desktop.gui.background import BackgroundRunner
from acct_desktop.gui.dialogs.manager_details import ManagerDetailsDialog
from acct_desktop.gui.i18n import language_name
from acct_desktop.gui.labels import enum_label, format_value
from acct_desktop.gui.screen_fit import ScreenFitDialog
from acct_desktop.gui.sentences import file_problem_text
from acct_desktop.gui.unprintable import noting_unprintable, warned_after
from acct_desktop.services.checklist_records import ChecklistRow
from acct_desktop.services.checklists import IssuedChecklist
from acct_desktop.services.files import write_atomically
from acct_desktop.services.manager_profile import load_manager_profile
from acct_desktop.services.workspace import Workspace

ISSUE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ChoosePath = Callable[[str], Path | None]


def write_pdf(path: Path, data: bytes) -> None:
    """Write through a temporary file so an interrupted save never leaves half a PDF."""
    write_atomically(path, data)


class IssueChecklistDialog(ScreenFitDialog):
    """Lists the account's open issues (all ticked); "Issue and seal" runs off the UI thread."""

    issued = Signal(object)  # IssuedChecklist

    def __init__(
        self,
        workspace: Workspace,
        account_id: uuid.UUID,
        background: BackgroundRunner,
        parent: QWidget | None = None,
        *,
        reissue_of: uuid.UUID | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("issueChecklist")
        self.workspace, self.account_id = workspace, account_id
        self.background, self.reissue_of = background, reissue_of
        # a checklist still waiting for its stamp covers the same: "reissue", "new" or None
        self.ask_duplicate: Callable[[ChecklistRow], str | None] = self._ask_duplicate
        self.choose_path: ChoosePath = self._ask_path
        self.result_checklist: IssuedChecklist | None = None
        self.saved_to: Path | None = None
        profile = workspace.accounts.profile(account_id)
        self._account_name = profile.name
        self.setWindowTitle(self.tr("Written checklist — %1").replace("%1", profile.name))
        self.resize(640, 480)
        self.sub_accounts = QCheckBox(self.tr("With the issues of the accounts below it"))
        self.sub_accounts.setObjectName("checklistSubAccounts")
        self.sub_accounts.setToolTip(
            self.tr(
                "Also list the open issues of every account below this one (its branches, "
                "stores, warehouses); each line names its account and the printed checklist "
                "says it covers them"
            )
        )
        # Archived accounts below count too, as on the card's Issues tab.
        self._has_children = workspace.tree.child_count(account_id, show_archived=True) > 0
        self.sub_accounts.setVisible(self._has_children)
        if reissue_of is not None:
            self.sub_accounts.setChecked(
                workspace.checklist_records.get(reissue_of).with_sub_accounts
            )

        heading = QLabel(
            self.tr("Re-issue as the next revision. Issues to list:")
            if reissue_of
            else self.tr("Open issues to list on the checklist:")
        )
        self.issues = QStandardItemModel(self)
        self.list = QListView()
        self.list.setObjectName("checklistIssues")
        self.list.setModel(self.issues)
        self.list.setUniformItemSizes(True)
        self.list.setAlternatingRowColors(True)
        self.status = QLabel()  # before the list is filled: it says when there is nothing
        self.status.setObjectName("checklistStatus")
        self.status.setWordWrap(True)
        self._fill(self._preselected())
        self.sub_accounts.toggled.connect(lambda _on: self._refill())
        select_all = QPushButton(self.tr("Select all"))
        select_all.clicked.connect(lambda: self._tick_all(True))
        select_none = QPushButton(self.tr("Select none"))
        select_none.clicked.connect(lambda: self._tick_all(False))
        language = profile.document_language
        self.language = QLabel(
            self.tr("Printed in %1 (the account's document language).").replace(
                "%1", language_name(language)
            )
        )
        self.manager = QLabel()
        self.manager.setObjectName("checklistManager")
        self.manager.setTextFormat(Qt.TextFormat.PlainText)
        # wrapped, its contact on a line of its own: a long company name and e-mail address
        # in one line pushed My details… off a laptop at 150 % (the dialog scrolled sideways)
        self.manager.setWordWrap(True)
        change = QPushButton(self.tr("My details…"))
        change.clicked.connect(self._edit_manager)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.issue_button = self.buttons.addButton(
            self.tr("Issue and seal…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.issue_button.setDefault(True)
        self.issue_button.clicked.connect(self.issue)
        self.open_button = self.buttons.addButton(
            self.tr("Open PDF"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.hide()
        self.open_button.clicked.connect(self._open_saved)
        self.buttons.rejected.connect(self.reject)

        picks = QHBoxLayout()
        picks.addWidget(select_all)
        picks.addWidget(select_none)
        picks.addStretch(1)
        who = QHBoxLayout()
        who.addWidget(self.manager, 1)
        who.addWidget(change, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.sub_accounts)
        layout.addWidget(self.list, 1)
        layout.addLayout(picks)
        layout.addWidget(self.language)
        layout.addLayout(who)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._show_manager()

    # -- the list -------------------------------------------------------------------------
    def _preselected(self) -> set[uuid.UUID] | None:
        if self.reissue_of is None:
            return None
        return set(self.workspace.checklist_records.issue_ids(self.reissue_of))

    def with_sub_accounts(self) -> bool:
        """Whether the checklist lists the issues of the accounts below this one too."""
        return self._has_children and self.sub_accounts.isChecked()

    def _refill(self) -> None:
        """The list again for the box's new state; the issues ticked stay ticked, those
        that come in are ticked (as the list first is)."""
        shown = {self.issues.item(row).data(ISSUE_ID_ROLE) for row in range(self.issues.rowCount())}
        ticked = set(self.chosen_ids())
        self.issues.clear()
        self.status.clear()
        self._fill(ticked, keep=shown)

    def _fill(self, ticked: set[uuid.UUID] | None, keep: set[uuid.UUID] | None = None) -> None:
        """List the open issues; ``ticked`` None ticks all, else those in it (and, after a
        change of the box, those not in ``keep``: the ones it brought in)."""
        subtree = self.with_sub_accounts()
        issues = self.workspace.issues
        rows = issues.open_for_account(self.account_id, with_sub_accounts=subtree)
        if self.reissue_of is not None:  # a re-issue also offers the issues closed since
            from acct_desktop.services.paging import PageRequest

            listed = {row.id for row in rows}
            earlier = set(self._preselected() or ())
            rows += [
                row
                for row in issues.for_account(
                    self.account_id, PageRequest(limit=1000), with_sub_accounts=subtree
                )
                if row.id in earlier and row.id not in listed
            ]
        today = issues.today()
        for row in rows:
            overdue = self.tr(" · overdue") if row.overdue_on(today) else ""
            whose = (
                f"{short_account_name(row.account_name, self._account_name)} · " if subtree else ""
            )
            text = (
                f"{row.number} · {whose}{enum_label(row.category)} · "
                + self.tr("deadline %1").replace("%1", format_value(row.deadline))
                + f"{overdue} · {enum_label(row.status)}\n{_shortened(row.description)}"
            )
            item = QStandardItem(text)
            item.setCheckable(True)
            item.setEditable(False)
            on = ticked is None or row.id in ticked or (keep is not None and row.id not in keep)
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
            item.setData(row.id, ISSUE_ID_ROLE)
            item.setToolTip(row.description)
            self.issues.appendRow(item)
        if not rows:
            if subtree:
                text = self.tr(
                    "Neither this account nor any account below it has open issues to put on "
                    "a checklist."
                )
            elif self._has_children:
                text = self.tr(
                    "This account has no open issues of its own. Tick “With the issues of the "
                    "accounts below it” to list theirs."
                )
            else:
                text = self.tr("This account has no open issues to put on a checklist.")
            self.status.setText(text)

    def _tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        for row in range(self.issues.rowCount()):
            self.issues.item(row).setCheckState(state)

    def chosen_ids(self) -> list[uuid.UUID]:
        return [
            self.issues.item(row).data(ISSUE_ID_ROLE)
            for row in range(self.issues.rowCount())
            if self.issues.item(row).checkState() == Qt.CheckState.Checked
        ]

    # -- the manager ----------------------------------------------------------------------
    def _show_manager(self) -> None:
        profile = load_manager_profile()
        if profile.complete:
            contact = " · ".join(p for p in (profile.phone, profile.email) if p)
            self.manager.setText(
                filled_in(
                    self.tr("Issued and sealed by %1 (%2)"), profile.name, profile.organisation
                )
                + (f"\n{contact}" if contact else "")
            )
            self.manager.setStyleSheet("")
        else:
            self.manager.setText(self.tr("Fill in your name and company first (My details…)."))
            self.manager.setStyleSheet("color: #c62828;")

    def _edit_manager(self) -> None:
        ManagerDetailsDialog(self).exec()
        self._show_manager()

    # -- issuing --------------------------------------------------------------------------
    def issue(self) -> None:
        chosen = self.chosen_ids()
        if not chosen:
            self._problem(self.tr("Tick at least one issue to list."))
            return
        profile = load_manager_profile()
        if not profile.complete:
            self._edit_manager()
            profile = load_manager_profile()
            if not profile.complete:
                return
        reissue_of, subtree = self.reissue_of, self.with_sub_accounts()
        if reissue_of is None:
            waiting = self.workspace.checklist_records.open_duplicate(
                self.account_id, chosen, subtree
            )
            if waiting is not None:
                answer = self.ask_duplicate(waiting)
                if answer is None:
                    return
                if answer == "reissue":
                    reissue_of = waiting.id
        from acct_desktop.services.seal_keys import SealKeyStore

        keys = SealKeyStore(seal_key_folder())
        first_seal = not keys.exists()
        self.issue_button.setEnabled(False)
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr("Creating your seal key (first time only), then printing and sealing…")
            if first_seal
            else self.tr("Printing and sealing…")
        )
        issuer, account_id = self.workspace.checklists, self.account_id

        def work() -> IssuedChecklist:
            if reissue_of is not None:
                return issuer.reissue(reissue_of, profile, keys, chosen, with_sub_accounts=subtree)
            return issuer.issue(account_id, chosen, profile, keys, with_sub_accounts=subtree)

        self.background.submit(
            noting_unprintable(work), warned_after(self._issued, self), self._failed
        )

    def _ask_duplicate(self, waiting: ChecklistRow) -> str | None:
        """Re-issue the checklist still waiting for its stamp ("reissue"), issue a new one
        all the same ("new"), or neither (None)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.windowTitle(), "", parent=self)
        box.setText(
            self.tr(
                "%1 still waits for the customer's stamp and lists some of these issues."
            ).replace("%1", waiting.reference)
        )
        box.setInformativeText(
            self.tr("Re-issue it as R%1 (it then replaces %2), or issue a second checklist?")
            .replace("%1", str(waiting.revision + 1))
            .replace("%2", waiting.reference)
        )
        reissue = box.addButton(
            self.tr("Re-issue as R%1").replace("%1", str(waiting.revision + 1)),
            QMessageBox.ButtonRole.AcceptRole,
        )
        new = box.addButton(self.tr("New checklist"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(reissue)
        box.exec()
        clicked = box.clickedButton()
        return "reissue" if clicked is reissue else "new" if clicked is new else None

    def _issued(self, issued: IssuedChecklist) -> None:
        self.result_checklist = issued
        self.issued.emit(issued)
        self.issue_button.hide()
        message = self.tr("%1 is issued and sealed (verification code %2).")
        message = filled_in(message, issued.reference, issued.verification_code)
        path = self.choose_path(f"{issued.number}-R{issued.revision}.pdf")
        if path is not None:
            try:
                write_pdf(path, issued.pdf)
            except OSError as exc:
                self._problem(
                    in_a_row(
                        message,
                        filled_in(
                            self.tr(
                                "It could not be saved to %1: %2. Save it again from the list."
                            ),
                            str(path),
                            file_problem_text(exc),
                        ),
                    )
                )
                return
            self.saved_to = path
            self.open_button.show()
            message = in_a_row(message, self.tr("Saved to %1.").replace("%1", str(path)))
        self.status.setStyleSheet("color: #2e7d32;")
        self.status.setText(message)

    def _failed(self, message: str) -> None:
        self.issue_button.setEnabled(True)
        self._problem(message)

    def _problem(self, message: str) -> None:
        self.status.setStyleSheet("color: #c62828;")
        self.status.setText(message)

    def _ask_path(self, file_name: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the sealed checklist"), str(Path(folder) / file_name), "PDF (*.pdf)"
        )
        return Path(chosen) if chosen else None

    def _open_saved(self) -> None:
        if self.saved_to is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_to)))


def _shortened(text: str, limit: int = 90) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
