"""The register dock's commands: new, open, copy as new, delete a draft, the approval
workflow, the signed scan and the history. Edits of drafts go through the undo stack, and so
does deleting a draft that was never submitted (asked first, naming it; nothing else in the
register is deleted); entering a new record is confirmed instead, and decisions are never
undone."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox, QStyle

from acct_desktop.domain.policy_outlook import Outlook
from acct_desktop.domain.register_workflow import (
    EDITABLE_STATUSES,
    MOVES,
    Transition,
    TransitionRefused,
    target_status,
)
from acct_desktop.domain.sentences import filled_in, in_a_row, sentences
from acct_desktop.gui.dialogs.decision_dialog import Decision, DecisionDialog
from acct_desktop.gui.dialogs.register_check import RegisterCheckDialog
from acct_desktop.gui.docks.register_forms import ENTITIES, RegisterForms
from acct_desktop.gui.labels import enum_label, format_value
from acct_desktop.gui.sentences import exception_text, user_text
from acct_desktop.gui.undo import ChangeStep, ServiceStep
from acct_desktop.gui.widgets.audit_trail import AuditTrailDialog, open_history
from acct_desktop.gui.widgets.copy_rows import copier_of
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.policy_outlook import NEVER_FIRES_CONFIRM
from acct_desktop.services.policy_records import PolicyRecords
from acct_desktop.services.pricing import PricingService
from acct_desktop.services.rebate_records import RebateRecords
from acct_desktop.services.workspace import Workspace

if TYPE_CHECKING:
    from acct_desktop.gui.docks.policy_register import PolicyRegisterDock
    from acct_desktop.services.rebate_records import RebateChanged

COPYABLE = frozenset({"active", "expired", "terminated", "closed", "cancelled"})
SCAN_FILTER = "Scans (*.pdf *.jpg *.jpeg *.png)"


def record_label(kind: str, row: Any) -> str:
    """``PP-00012 · name`` or ``R-2026-0005 · account``: how dialogs name a record."""
    if kind == "policy":
        return f"{row.code} · {row.name}"
    return f"{row.number} · {row.account_name}"


class RegisterCommands(QObject):
    """Owns the register dock's actions (toolbar, context menu, shortcuts) and their work."""

    def __init__(self, dock: PolicyRegisterDock) -> None:
        super().__init__(dock)
        self.dock = dock
        self.forms = RegisterForms(dock, self._record_edit, self.complain)
        # Replaceable in tests: ask before entering a record / which scan file to attach.
        self.confirm: Callable[[str, str], bool] = self._ask
        self.confirm_delete: Callable[[str, str], bool] = self._ask_delete
        self.choose_scan: Callable[[], str] = self._choose_scan
        # Agreements whose scan is being attached in the background: their button stays off
        # (whatever recomputes it) until the attach has finished or failed.
        self.attaching: set[uuid.UUID] = set()
        self._build_actions()

    def set_workspace(self, workspace: Workspace | None) -> None:
        self.forms.set_workspace(workspace)

    def _build_actions(self) -> None:
        dock, style = self.dock, self.dock.style()
        keys = QKeySequence.StandardKey
        # name, text, slot, theme icon, fallback icon, shortcuts, on the tables only?
        specs = (
            ("new_action", self.tr("New…"), self.new_record, "DocumentNew", "SP_FileIcon",
             [keys.New], False),
            ("edit_action", self.tr("Open…"), self.open_record, "DocumentProperties",
             "SP_FileDialogDetailedView", ["Return", "Enter"], True),
            ("copy_action", self.tr("Copy as new…"), self.copy_as_new, "EditCopy",
             "SP_FileLinkIcon", [], False),
            ("delete_action", self.tr("Delete draft…"), self.delete_draft, "EditDelete",
             "SP_TrashIcon", [keys.Delete], True),
            ("submit_action", self.tr("Submit"), self.submit, "DocumentSend", "SP_ArrowUp",
             [], False),
            ("approve_action", self.tr("Approve…"), lambda: self.decide(Transition.APPROVE),
             "", "SP_DialogApplyButton", [], False),
            ("reject_action", self.tr("Reject…"), lambda: self.decide(Transition.REJECT),
             "", "SP_DialogCancelButton", [], False),
            ("terminate_action", self.tr("Terminate…"), lambda: self.decide(Transition.TERMINATE),
             "ProcessStop", "SP_BrowserStop", [], False),
            ("scan_action", self.tr("Attach signed scan…"), self.attach_scan, "MailAttachment",
             "SP_DialogOpenButton", [], False),
            ("history_action", self.tr("History"), self.show_history, "DocumentOpenRecent",
             "SP_FileDialogContentsView", ["Ctrl+H"], False),
            ("check_action", self.tr("Check register"), self.check_register, "",
             "SP_MessageBoxWarning", [], False),
        )  # fmt: skip
        for name, text, slot, theme, fallback, shortcuts, on_views in specs:
            icon = style.standardIcon(getattr(QStyle.StandardPixmap, fallback))
            if theme:
                icon = QIcon.fromTheme(getattr(QIcon.ThemeIcon, theme), icon)
            act = QAction(icon, text, self)
            act.setShortcuts([QKeySequence(k) for k in shortcuts])
            act.setShortcutContext(
                Qt.ShortcutContext.WidgetShortcut
                if on_views
                else Qt.ShortcutContext.WidgetWithChildrenShortcut
            )
            act.triggered.connect(lambda _checked=False, slot=slot: slot())
            for widget in dock.views() if on_views else (dock,):
                widget.addAction(act)
            setattr(self, name, act)
        for view in dock.views():
            view.doubleClicked.connect(lambda _index: self.open_record())
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            view.customContextMenuRequested.connect(self.row_menu)

    def row_actions(self) -> list[QAction | None]:
        return [
            self.new_action,
            self.edit_action,
            self.copy_action,
            self.delete_action,
            None,
            self.submit_action,
            self.approve_action,
            self.reject_action,
            self.terminate_action,
            None,
            self.scan_action,
            self.history_action,
        ]

    def row_menu(self, position: QPoint) -> None:
        if self.dock.workspace is None:
            return
        menu = QMenu(self.dock)
        for action in self.row_actions():
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        if (copier := copier_of(self.dock.view())) is not None:
            copier.add_to(menu)
        menu.exec(self.dock.view().viewport().mapToGlobal(position))

    # -- what is possible now ---------------------------------------------------------------
    def update_enabled(self, kind: str, row: Any | None, ready: bool) -> None:
        """Enable what the selected record's status allows; tooltips say why not."""
        what = self.tr("price policy") if kind == "policy" else self.tr("rebate agreement")
        self.new_action.setEnabled(ready)
        self.new_action.setToolTip(self.tr("Enter a new %1 (Ctrl+N)").replace("%1", what))
        status = row.status.value if row is not None else None
        choose = self.tr("Select a %1 first.").replace("%1", what)
        self._allow(self.edit_action, row is not None, self._open_tip(status) if row else choose)
        self._allow(self.copy_action, status in COPYABLE, self._copy_tip(status) or choose)
        refused = self._deletion_problem(kind, row) if row is not None else None
        self._allow(
            self.delete_action,
            row is not None and refused is None,
            choose
            if row is None
            else refused
            or self.tr("Take this draft out of the register (Delete); Edit → Undo brings it back"),
        )
        for action, transition in (
            (self.submit_action, Transition.SUBMIT),
            (self.approve_action, Transition.APPROVE),
            (self.reject_action, Transition.REJECT),
            (self.terminate_action, Transition.TERMINATE),
        ):
            allowed = status == MOVES[transition][0]
            action.setEnabled(allowed)
            action.setToolTip(self._transition_tip(transition, status) if row else choose)
        self.scan_action.setVisible(kind == "rebate")
        if row is not None and kind == "rebate" and row.id in self.attaching:
            self._allow(
                self.scan_action, False, self.tr("Its scan is being attached; a moment, please.")
            )
        else:
            self._allow(
                self.scan_action,
                row is not None,
                self.tr("Keep the scan of the signed agreement; its fingerprint is recorded")
                if row
                else choose,
            )
        self.check_action.setVisible(kind == "policy")
        self._allow(
            self.check_action,
            ready,
            self.tr("Find overlaps, policies that never price and bigger orders priced higher"),
        )
        self._allow(
            self.history_action,
            row is not None,
            self.tr("Every change of it: who, when, old → new (Ctrl+H)") if row else choose,
        )

    @staticmethod
    def _allow(action: QAction, allowed: bool, tip: str) -> None:
        action.setEnabled(allowed)
        action.setToolTip(tip)

    def _copy_tip(self, status: str | None) -> str:
        if status is None:
            return ""
        if status in COPYABLE:
            return self.tr("Enter a new one with the same terms")
        return self.tr("A %1 is changed directly (Open…); copy active or ended ones.").replace(
            "%1", enum_label(status).lower()
        )

    def _open_tip(self, status: str | None) -> str:
        if status in EDITABLE_STATUSES:
            return self.tr("Open it to change it (Enter)")
        return self.tr("Open it read-only (Enter): a %1 record can no longer change").replace(
            "%1", enum_label(status).lower()
        )

    def _transition_tip(self, transition: Transition, status: str | None) -> str:
        tips = {
            Transition.SUBMIT: self.tr("Send the draft for approval"),
            Transition.APPROVE: self.tr("Make it active; your name, the time and why are kept"),
            Transition.REJECT: self.tr("Send it back to draft, saying why"),
            Transition.TERMINATE: self.tr("End it early, saying why; it stays in the register"),
        }
        try:
            target_status(transition, status or "", "reason")
        except TransitionRefused as exc:
            return exception_text(exc)
        return tips[transition]

    # -- commands ---------------------------------------------------------------------------
    def new_record(self) -> Any:
        """Open the form for a new policy or agreement (of the current account)."""
        if self.dock.workspace is None:
            return None
        return self.forms.new(self.dock.kind(), self.confirm)

    def open_record(self) -> Any:
        """Open the selected record: editable when a draft or pending, else read-only."""
        row = self.dock.current_row()
        if row is None:
            return None
        return self.forms.open(self.dock.kind(), row, self.confirm)

    def copy_as_new(self) -> Any:
        row = self.dock.current_row()
        if row is None or row.status.value not in COPYABLE:
            return None
        return self.forms.copy(self.dock.kind(), row, self.confirm)

    def _deletion_problem(self, kind: str, row: Any) -> str | None:
        """Why the record cannot be deleted, in the user's words (the service decides), or
        None when it can: a draft never submitted."""
        records = self.forms.records(kind)
        if records is None:
            return None
        try:
            problem = records.deletion_problem(row.id)
        except EditRejected as exc:  # gone meanwhile
            return exception_text(exc)
        return user_text(problem) if problem is not None else None

    def delete_draft(self) -> None:
        """Delete the selected draft, never submitted, once the manager agrees (the question
        names it); one undo step brings it back. Anything else is refused with why."""
        kind, row = self.dock.kind(), self.dock.current_row()
        records = self.forms.records(kind)
        if row is None or records is None:
            return
        refused = self._deletion_problem(kind, row)
        if refused is not None:
            self.complain(refused)
            return
        name = row.code if kind == "policy" else row.number
        label = record_label(kind, row)
        if kind == "policy":
            question = self.tr("Delete the draft price policy %1?")
            after = self.tr(
                "It was never submitted, so it leaves the register; its code %1 is not given "
                "to another policy. Edit → Undo (Ctrl+Z) brings it back."
            )
        else:
            question = self.tr("Delete the draft rebate agreement %1?")
            after = self.tr(
                "It was never submitted, so it leaves the register; its number %1 is not "
                "given to another agreement. Edit → Undo (Ctrl+Z) brings it back."
            )
        text = question.replace("%1", label) + "\n\n" + after.replace("%1", name)
        if not self.confirm_delete(self.tr("Delete draft"), text):
            return
        place = self.dock.view().currentIndex().row()
        try:
            changed = records.delete_draft(row.id)
        except EditRejected as exc:
            self.complain(exception_text(exc))
            return
        record_id = row.id
        if self.dock.undo_stack is not None:
            self.dock.undo_stack.push(
                ServiceStep(
                    self.tr("Delete draft %1").replace("%1", name),
                    lambda: records.delete_draft(record_id),
                    lambda: records.restore_draft(record_id),
                    refusals=(EditRejected,),
                    complain=self.complain,
                    after=lambda: self.dock.after_change(changed),
                )
            )
        self.dock.after_change(changed)
        view, count = self.dock.view(kind), self.dock.model(kind).rowCount()
        if count and place >= 0:  # on to the next row: Delete again deletes the next draft
            view.selectRow(min(place, count - 1))

    def submit(self) -> None:
        row, records = self.dock.current_row(), self.forms.records(self.dock.kind())
        if row is None or records is None:
            return
        try:
            changed = records.submit(row.id)
        except EditRejected as exc:
            self.complain(exception_text(exc))
            return
        self.dock.after_change(changed)
        found = self._outlook(self.dock.kind(), row.id)
        if found is not None and not found.clear:
            self.complain(user_text(sentences(*found.sentences)))
        if isinstance(records, RebateRecords):  # the same sales under two rebates: said
            try:
                overlaps = records.overlaps_of(row.id)
            except EditRejected:
                overlaps = []
            if overlaps:
                self.complain(user_text(sentences(*overlaps)))

    def decide(self, transition: Transition) -> DecisionDialog | None:
        """Approve, reject or terminate the selected record with a reason (not undoable)."""
        kind, row = self.dock.kind(), self.dock.current_row()
        records = self.forms.records(kind)
        if row is None or records is None:
            return None
        method = {
            Transition.APPROVE: records.approve,
            Transition.REJECT: records.reject,
            Transition.TERMINATE: records.terminate,
        }[transition]
        found = self._outlook(kind, row.id) if transition is Transition.APPROVE else None
        ask = transition is Transition.APPROVE and self._needs_approver(records, row.id)
        verb, consequence = self._consequence(transition, kind, row, found, ask)
        heading = f"{verb} {record_label(kind, row)}"

        def decide(decision: Decision) -> Any:
            if transition is not Transition.APPROVE:
                return method(row.id, decision.reason)
            if isinstance(records, PolicyRecords):  # one that never prices is confirmed
                return records.approve(
                    row.id, decision.reason, decision.confirmed, decision.approved_by
                )
            return records.approve(row.id, decision.reason, decision.approved_by)

        confirm = user_text(NEVER_FIRES_CONFIRM) if found is not None and found.never_fires else ""
        dialog = DecisionDialog(
            verb, heading, consequence, decide, self.dock, confirm=confirm, ask_approver=ask
        )
        dialog.finished.connect(lambda _r: self._decided(dialog))
        dialog.open()
        return dialog

    def _decided(self, dialog: DecisionDialog) -> None:
        if dialog.result_change is not None:
            self.dock.after_change(dialog.result_change)

    @staticmethod
    def _needs_approver(records: Any, record_id: uuid.UUID) -> bool:
        """Whether this user submitted the record (approving it names who approved)."""
        try:
            return bool(records.needs_approver(record_id))
        except EditRejected:
            return False

    def _outlook(self, kind: str, record_id: uuid.UUID) -> Outlook | None:
        """What a policy would price once approved (None for an agreement, or when the
        register cannot be read: the service refuses on approving then)."""
        records = self.forms.policy_records
        if kind != "policy" or records is None:
            return None
        try:
            return records.outlook_of(record_id)
        except EditRejected:
            return None

    def _consequence(
        self,
        transition: Transition,
        kind: str,
        row: Any,
        found: Outlook | None = None,
        ask_approver: bool = False,
    ) -> tuple[str, str]:
        name = row.code if kind == "policy" else row.number
        if transition is Transition.APPROVE:
            if kind == "policy" and found is not None and found.never_fires:
                text = filled_in(self.tr("%1 would become active but never price anything."), name)
            elif kind == "policy":
                text = filled_in(
                    self.tr("%1 becomes active: from %2 it prices quotes for %3 (%4)."),
                    name,
                    format_value(row.valid_from),
                    enum_label(row.applies_to),
                    enum_label(row.product),
                )
            else:
                text = filled_in(
                    self.tr("%1 becomes active: %2's purchases from %3 to %4 earn this rebate."),
                    name,
                    row.account_name,
                    format_value(row.period_start),
                    format_value(row.period_end),
                )
            said = [text]
            if found is not None:
                said += [user_text(sentence) for sentence in found.sentences]
            if ask_approver:
                said.append(
                    self.tr(
                        "You submitted it yourself, so an approval is someone else's decision: "
                        "say who approved it. They are recorded as the approver, you as who "
                        "recorded it, with the time and why."
                    )
                )
            else:
                said.append(self.tr("You are recorded as the approver, with the time and why."))
            return self.tr("Approve"), in_a_row(*said)
        if transition is Transition.REJECT:
            text = self.tr(
                "%1 goes back to draft so that it can be corrected and submitted again; "
                "your reason is kept with it."
            )
            return self.tr("Reject"), text.replace("%1", name)
        text = (
            self.tr("%1 stops pricing quotes now and stays in the register as terminated.")
            if kind == "policy"
            else self.tr("%1 ends now and stays in the register as terminated.")
        )
        text = in_a_row(
            text.replace("%1", name), self.tr("To replace it, enter a new one (Copy as new).")
        )
        return self.tr("Terminate"), text

    def check_register(self) -> RegisterCheckDialog | None:
        """List the register's problems (as ``check-register``), worked out off the UI
        thread; each opens its policy."""
        workspace = self.dock.workspace
        if workspace is None:
            return None
        db, on = workspace.db, self.dock.today()
        dialog = RegisterCheckDialog(
            lambda: PricingService(db).check_register(on),
            on,
            self.open_policy,
            self.dock.background,
            self.dock,
        )
        dialog.open()
        return dialog

    def open_policy(self, code: str) -> Any:
        """Show the policy ``code`` in the register (all accounts when the current one's
        list does not hold it) and open it."""
        records = self.forms.policy_records
        policy_id = records.id_of(code) if records is not None else None
        if policy_id is None:
            return None
        self.dock.show_kind("policy")
        if not self.dock.select_record("policy", policy_id):
            self.dock.only_current.setChecked(False)
            self.dock.reload_kind("policy")
            if not self.dock.select_record("policy", policy_id):
                return None
        return self.open_record()

    def attach_scan(self) -> None:
        """Attach the scan of the selected signed agreement (its SHA-256 is audited)."""
        row, records = self.dock.current_row(), self.forms.rebate_records
        if self.dock.kind() != "rebate" or row is None or records is None:
            return
        if row.id in self.attaching:  # a shortcut or the menu while its attach runs
            return
        chosen = self.choose_scan()
        if not chosen:
            return
        agreement_id, path = row.id, Path(chosen)
        if self.dock.background is None:
            try:
                changed = records.attach_signed_scan(agreement_id, path)
            except EditRejected as exc:
                self.complain(exception_text(exc))
                return
            self.dock.after_change(changed)
            return
        # A scan of up to 25 MB takes about a second to read and store: off the UI thread.
        # The agreement's button stays off until it is stored (or refused), even when the
        # selection changes and the actions are worked out again meanwhile.
        self.attaching.add(agreement_id)
        self.dock.update_actions()

        def done(changed: RebateChanged) -> None:
            self.attaching.discard(agreement_id)
            self.dock.after_change(changed)

        def failed(text: str) -> None:
            self.attaching.discard(agreement_id)
            self.dock.update_actions()
            self.complain(text)

        self.dock.background.submit(
            lambda: records.attach_signed_scan(agreement_id, path), done, failed
        )

    def show_history(self) -> AuditTrailDialog | None:
        """Show who changed what and when on the selected record."""
        kind, row, workspace = self.dock.kind(), self.dock.current_row(), self.dock.workspace
        if row is None or workspace is None:
            return None
        return open_history(
            self.dock, workspace.db, ENTITIES[kind], row.id, record_label(kind, row)
        )

    # -- plumbing ---------------------------------------------------------------------------
    def _record_edit(self, text: str, do: Callable[[], Any], undo: Callable[[], Any]) -> None:
        """An undo step: the register that changes reads again, the record kept selected."""
        if self.dock.undo_stack is not None:
            self.dock.undo_stack.push(ChangeStep(text, do, undo, self.dock, self.complain))

    def complain(self, message: str) -> None:
        QMessageBox.warning(self.dock, self.tr("Price policies and rebates"), message)

    def _ask(self, title: str, text: str) -> bool:
        parent = QApplication.activeModalWidget() or self.dock
        answer = QMessageBox.question(
            parent,
            title,
            text,
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        return answer == QMessageBox.StandardButton.Save

    def _ask_delete(self, title: str, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=self.dock)
        delete = box.addButton(self.tr("Delete draft"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # Enter keeps it; deleting is chosen on purpose
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is delete

    def _choose_scan(self) -> str:
        path, _ = QFileDialog.getOpenFileName(
            self.dock, self.tr("Attach the signed agreement"), str(Path.home()), SCAN_FILTER
        )
        return path
