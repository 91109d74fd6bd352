"""Opening the register's forms: the records and choices they need, what saving does (a
confirmed new entry, an undoable draft edit), and the read-only view with its reason."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from acct_desktop.domain.enums import PolicyStatus, RebateStatus
from acct_desktop.domain.register_workflow import EDITABLE_STATUSES
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, filled_in, sentences
from acct_desktop.gui.dialogs.policy_form import PolicyFormDialog, copied_policy, new_policy_draft
from acct_desktop.gui.dialogs.rebate_form import RebateFormDialog, copied_rebate, new_rebate_draft
from acct_desktop.gui.dialogs.register_fields import RegisterContext, territory_paths
from acct_desktop.gui.labels import format_value
from acct_desktop.gui.sentences import exception_text
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.catalogue import ProductService
from acct_desktop.services.form_drafts import FormDrafts
from acct_desktop.services.own_edits import OwnEdit
from acct_desktop.services.paging import PageRequest
from acct_desktop.services.policy_records import (
    PolicyDraft,
    PolicyInvalid,
    PolicyRecords,
    draft_problems,
)
from acct_desktop.services.rebate_accruals import AgreementNotFound, RebateAccrualService
from acct_desktop.services.rebate_records import (
    RebateDraft,
    RebateInvalid,
    RebateRecords,
    is_late,
    rebate_problems,
)
from acct_desktop.services.workspace import Workspace

if TYPE_CHECKING:
    from acct_desktop.gui.docks.policy_register import PolicyRegisterDock

Record = Callable[[str, Callable[[], Any], Callable[[], Any]], None]
Confirm = Callable[[str, str], bool]
BASE_POLICY_CHOICES = 2000
SAVE_AGAIN = QT_TRANSLATE_NOOP("messages", "Save again to keep it as it is.")
ENTITIES = {"policy": "price_policy", "rebate": "rebate_agreement"}  # their audit trails


def _scope(draft: RebateDraft) -> tuple:
    """What an agreement counts: its account, products and days."""
    return (draft.account_id, (draft.category or "").strip(), draft.period_start, draft.period_end)


def _records(workspace: Workspace) -> tuple[PolicyRecords, RebateRecords]:
    """The workspace's register records, or ones made here while the workspace has none."""
    today = workspace.issues.today

    def actor() -> str:  # asked at each change, as the workspace's own records ask
        return workspace.records.actor

    policies = getattr(workspace, "policy_records", None)
    rebates = getattr(workspace, "rebate_records", None)
    return (
        policies or PolicyRecords(workspace.db, actor=actor, today=today),
        rebates or RebateRecords(workspace.db, actor=actor, today=today),
    )


class RegisterForms(QObject):
    def __init__(
        self, dock: PolicyRegisterDock, record_edit: Record, complain: Callable[[str], None]
    ) -> None:
        super().__init__(dock)
        self.dock = dock
        self._record_edit = record_edit
        self._complain = complain
        self.policy_records: PolicyRecords | None = None
        self.rebate_records: RebateRecords | None = None
        self.accruals: RebateAccrualService | None = None
        self.products: ProductService | None = None
        self.drafts: FormDrafts | None = None  # what the forms' users type, kept as typed

    def set_workspace(self, workspace: Workspace | None) -> None:
        if workspace is None:
            self.policy_records = self.rebate_records = None
            self.accruals = self.products = self.drafts = None
            return
        self.drafts = getattr(workspace, "form_drafts", None)
        self.policy_records, self.rebate_records = _records(workspace)
        self.accruals = getattr(workspace, "rebate_accruals", None) or RebateAccrualService(
            workspace.db
        )
        self.products = getattr(workspace, "products", None) or ProductService(workspace.db)

    def records(self, kind: str) -> PolicyRecords | RebateRecords | None:
        return self.policy_records if kind == "policy" else self.rebate_records

    # -- what the forms choose from ---------------------------------------------------------
    def context(self, with_policies: bool = False, but: uuid.UUID | None = None) -> RegisterContext:
        workspace, products = self.dock.workspace, self.products
        assert workspace is not None and products is not None
        current = self.dock.current.id
        profile = workspace.accounts.profile(current) if current is not None else None

        def account_label(account_id: uuid.UUID) -> str:
            found = workspace.accounts.profile(account_id)
            return f"{found.name} ({found.code})" if found is not None else ""

        def product_label(product_id: uuid.UUID) -> str:
            found = products.product(product_id)
            return found.label if found is not None else ""

        policies = []
        if with_policies:
            page = PageRequest(0, BASE_POLICY_CHOICES, "code")
            policies = [
                (row.id, f"{row.code} · {row.name}")
                for row in workspace.policies.price_policies(None, page)
                if row.id != but
            ]
        return RegisterContext(
            today=self.dock.today(),
            search_accounts=lambda text: [
                (hit.id, f"{hit.name} ({hit.code})") for hit in workspace.search.search(text, 20)
            ],
            search_products=lambda text: [(p.id, p.label) for p in products.search(text, 30)],
            account_label=account_label,
            product_label=product_label,
            categories=products.categories(),
            territories=territory_paths(workspace.tree.territory_choices()),
            policies=policies,
            currency=profile.currency if profile is not None else "EUR",
        )

    # -- new, copy, open --------------------------------------------------------------------
    def new(self, kind: str, confirm: Confirm) -> QDialog | None:
        context = self.context(with_policies=kind == "policy")
        if kind == "policy":
            draft = new_policy_draft(context, self.dock.current.id, context.today)
            title = self.tr("New price policy")
            return self._new_policy(draft, context, confirm, title, f"new-{draft.account_id}")
        rebate = new_rebate_draft(self.dock.current.id, context.currency, context.today)
        title = self.tr("New rebate agreement")
        return self._new_rebate(rebate, context, confirm, title, f"new-{rebate.account_id}")

    def copy(self, kind: str, row: Any, confirm: Confirm) -> QDialog | None:
        records = self.records(kind)
        if records is None:
            return None
        context = self.context(with_policies=kind == "policy")
        draft = records.draft(row.id)[0]
        if isinstance(draft, PolicyDraft):
            title = self.tr("New price policy (copy of %1)").replace("%1", row.code)
            copied = copied_policy(draft, context.today)
            return self._new_policy(copied, context, confirm, title, f"copy-{row.id}")
        title = self.tr("New rebate agreement (copy of %1)").replace("%1", row.number)
        copied_terms = copied_rebate(draft, context.today)
        return self._new_rebate(copied_terms, context, confirm, title, f"copy-{row.id}")

    def _new_policy(
        self, draft: PolicyDraft, context: RegisterContext, confirm: Confirm, title: str, key: str
    ) -> PolicyFormDialog:
        records = self.policy_records
        assert records is not None

        warn = self._outlook_warning(records, None)

        def submit(draft: PolicyDraft) -> Any:
            problems = draft_problems(draft)
            if problems:
                raise PolicyInvalid(problems)
            warn(draft)
            question = self.tr(
                "Enter “%1” in the register as a draft? A draft prices nothing until it is "
                "approved; until it is submitted you can still delete it (and undo that), "
                "once submitted it stays in the register with its history."
            ).replace("%1", draft.name.strip())
            return records.create(draft) if confirm(title, question) else None

        return self._show(
            PolicyFormDialog(
                draft, submit, context, self.dock, title=title, drafts=self.drafts, draft_key=key
            )
        )

    def _new_rebate(
        self, draft: RebateDraft, context: RegisterContext, confirm: Confirm, title: str, key: str
    ) -> RebateFormDialog:
        records, accruals = self.rebate_records, self.accruals
        assert records is not None and accruals is not None
        warned: list[RebateDraft] = []

        def submit(draft: RebateDraft) -> Any:
            problems = rebate_problems(draft, context.today)
            if problems:
                raise RebateInvalid(problems)
            overlaps = records.overlaps(draft)
            if overlaps and not (warned and warned[-1] == draft):
                # the same sales would earn two rebates: said next to the scope, and saved
                # as it is the second time (stacking can be meant; the audit keeps it)
                warned.append(draft)
                raise RebateInvalid({"account_id": sentences(*overlaps, SAVE_AGAIN)})
            question = self.tr(
                "Enter this agreement in the register as a draft? Until it is submitted you "
                "can still delete it (and undo that); once submitted it stays in the register "
                "with its history."
            )
            days = records.late_entry_days()
            if is_late(draft.signed_on, draft.entered_on or context.today, days):
                question += "\n\n" + filled_in(
                    self.tr(
                        "It was signed on %1, more than %2 days before it is entered: it will be "
                        "listed as entered late."
                    ),
                    format_value(draft.signed_on),
                    str(days),
                )
            if not confirm(title, question):
                return None
            return records.create(draft, tuple(overlaps))

        dialog = RebateFormDialog(
            draft, submit, context, accruals, None, self.dock, title=title, drafts=self.drafts,
            draft_key=key,
        )  # fmt: skip
        return self._show(dialog)

    def open(self, kind: str, row: Any, confirm: Confirm) -> QDialog | None:
        records = self.records(kind)
        if records is None:
            return None
        try:
            before, status, version = records.draft(row.id)
        except EditRejected as exc:
            self._complain(exception_text(exc))
            return None
        name = row.code if kind == "policy" else row.number
        locked = notice = ""
        if status.value not in EDITABLE_STATUSES:
            locked = self._refusal(lambda: records.update(row.id, before, version))
        elif status in (PolicyStatus.PENDING_APPROVAL, RebateStatus.PENDING_APPROVAL):
            notice = self.tr(
                "%1 is waiting for approval: saving a change sends it back to draft, to be "
                "submitted again."
            ).replace("%1", name)

        warn = self._outlook_warning(records, row.id) if kind == "policy" else None
        warned: list[RebateDraft] = []

        def submit(after: Any) -> Any:
            if warn is not None and isinstance(after, PolicyDraft):
                problems = draft_problems(after)
                if problems:
                    raise PolicyInvalid(problems)
                warn(after)
            overlaps: list = []
            if isinstance(after, RebateDraft) and isinstance(records, RebateRecords):
                if _scope(after) != _scope(before):  # what it counts changed: ask again
                    problems = rebate_problems(after, context.today)
                    if problems:
                        raise RebateInvalid(problems)
                    overlaps = records.overlaps(after, row.id)
                if overlaps and not (warned and warned[-1] == after):
                    warned.append(after)
                    raise RebateInvalid({"account_id": sentences(*overlaps, SAVE_AGAIN)})
            changed = records.update(row.id, after, version)
            if overlaps and isinstance(records, RebateRecords):
                records.accept_overlaps(row.id, overlaps)
            if changed.fields:  # undo takes back these fields only, if nobody changed them
                edit = OwnEdit.saved(
                    self.dock.workspace.db, records, ENTITIES[kind], row.id, before, changed.fields
                )
                self._record_edit(self.tr("edit %1").replace("%1", name), edit.redo, edit.undo)
            return changed

        context = self.context(with_policies=kind == "policy", but=row.id)
        if kind == "policy":
            title = self.tr("Price policy %1").replace("%1", name)
            copy = (lambda: self.copy(kind, row, confirm)) if locked else None
            dialog: QDialog = PolicyFormDialog(
                before, submit, context, self.dock, title=title, notice=notice, locked=locked,
                copy_as_new=copy, drafts=self.drafts, draft_key=str(row.id),
            )  # fmt: skip
        else:
            title = self.tr("Rebate agreement %1").replace("%1", name)
            sales = self._sales(row.id, context)
            dialog = RebateFormDialog(
                before, submit, context, self.accruals, sales, self.dock,
                title=title, notice=notice, locked=locked, drafts=self.drafts,
                draft_key=str(row.id),
            )  # fmt: skip
        return self._show(dialog)

    @staticmethod
    def _outlook_warning(records: Any, policy_id: uuid.UUID | None) -> Callable[[Any], None]:
        """A check for Save: the first time a draft shares days with an approved policy of
        its scope that wins them, say what will price and why next to the validity and do
        not save; Save again with the same draft saves it as it is."""
        warned: list[PolicyDraft] = []

        def warn(draft: PolicyDraft) -> None:
            found = records.outlook(draft, policy_id)
            if found.clear or (warned and warned[-1] == draft):
                return
            warned.append(draft)
            said = sentences(*found.sentences, SAVE_AGAIN)
            raise PolicyInvalid({"valid_from": said})

        return warn

    def _sales(self, agreement_id: uuid.UUID, context: RegisterContext) -> Any:
        if self.accruals is None:
            return None
        try:
            return self.accruals.sales_basis(agreement_id, context.today)
        except AgreementNotFound:
            return None

    @staticmethod
    def _refusal(probe: Callable[[], Any]) -> str:
        """The service's own sentence for why a record can no longer be edited (the probe
        is refused before anything is read or written)."""
        try:
            probe()
        except EditRejected as exc:
            return exception_text(exc)
        return ""

    def _show(self, dialog: Any) -> Any:
        dialog.finished.connect(lambda _r: self._done(dialog))
        dialog.open()
        return dialog

    def _done(self, dialog: Any) -> None:
        if dialog.result_change is not None:
            self.dock.after_change(dialog.result_change)
