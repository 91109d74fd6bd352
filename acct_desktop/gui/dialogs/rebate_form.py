"""The rebate agreement form: the signed terms, the tiers, and a live preview of the rebate
at a typed volume and (for an agreement already saved) on its sales to date."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.enums import RebateKind
from acct_desktop.gui.dialogs.issue_form import (
    date_edit,
    enum_combo,
)
from acct_desktop.gui.dialogs.register_fields import (
    RegisterContext,
    RegisterForm,
    account_chooser,
    combo_of,
    decimal_edit,
    read_decimal,
)
from acct_desktop.gui.labels import enum_label
from acct_desktop.gui.widgets.rebate_preview import RebatePreview
from acct_desktop.gui.widgets.tiers_editor import TiersEditor
from acct_desktop.services.form_drafts import FormDrafts
from acct_desktop.services.rebate_accruals import AgreementFacts, RebateAccrualService
from acct_desktop.services.rebate_records import RebateChanged, RebateDraft, RebateInvalid

Submit = Callable[[RebateDraft], RebateChanged | None]


class RebateFormDialog(RegisterForm):
    """New, edited or (when ``locked`` gives the reason) read-only rebate agreement."""

    def __init__(
        self,
        draft: RebateDraft,
        submit: Submit,
        context: RegisterContext,
        accruals: RebateAccrualService,
        sales: AgreementFacts | None = None,
        parent: QWidget | None = None,
        *,
        title: str = "",
        notice: str = "",
        locked: str = "",
        drafts: FormDrafts | None = None,
        draft_key: str = "",
    ) -> None:
        super().__init__(submit, parent)
        self.setObjectName("rebateForm")
        self.setWindowTitle(title or self.tr("Rebate agreement"))
        self._draft = draft
        today = context.today
        self.number = QLineEdit(draft.number)
        self.number.setObjectName("field_number")
        self.number.setPlaceholderText(
            self.tr("given when saved (R-%1-…)").replace("%1", str(draft.period_start.year))
        )
        self.account = account_chooser(context, draft.account_id)
        self.kind = enum_combo(list(RebateKind), draft.kind)
        self.kind.setObjectName("field_kind")
        self.period_start = date_edit(draft.period_start)
        self.period_end = date_edit(draft.period_end)
        self.currency = QLineEdit(draft.currency)
        self.currency.setObjectName("field_currency")
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(70)
        self.category = combo_of(
            [(None, self.tr("All products"))] + [(c, enum_label(c)) for c in context.categories],
            draft.category,
            "category",
        )
        self.signed_on = date_edit(draft.signed_on or today)
        self.signed_on.setMaximumDate(QDate(today.year, today.month, today.day))
        self.signed_by = QLineEdit(draft.signed_by or "")
        self.signed_by.setObjectName("field_signed_by")
        self.signed_by.setPlaceholderText(self.tr("who signed for the customer"))
        # The entry date decides whether the agreement was entered late: the register sets
        # it (today for a new one); nobody types it.
        self.entered_on = date_edit(draft.entered_on or today)
        self.entered_on.setReadOnly(True)
        self.entered_on.setCalendarPopup(False)
        self.entered_on.setButtonSymbols(QDateEdit.ButtonSymbols.NoButtons)
        self.entered_on.setToolTip(self.tr("Set by the register when the agreement is entered"))
        self.fixed_percent = decimal_edit("fixed_percent", draft.fixed_percent)
        self.baseline = decimal_edit("baseline_amount", draft.baseline_amount)
        self.baseline.setToolTip(
            self.tr(
                "The volume growth is measured against, as the contract states it; left empty, "
                "last year's sales over the same period"
            )
        )
        self.note = QPlainTextEdit(draft.note or "")
        self.note.setObjectName("field_note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.tiers = TiersEditor(draft.tiers)
        self.errors["tiers"] = self.tiers.problem
        self.preview = RebatePreview(accruals, sales, self)

        right = QVBoxLayout()
        right.addWidget(self._tiers_box(), 1)
        right.addWidget(self.preview)
        self.arrange(self._terms_box(), right, locked, notice)
        if locked:
            self.tiers.set_read_only()
            self.preview.volume.setReadOnly(False)  # the what-if stays usable
            self.preview.last_year.setReadOnly(False)
        self.kind.currentIndexChanged.connect(lambda _i: self._follow_kind())
        for edit in (self.fixed_percent, self.currency, self.baseline):
            edit.textChanged.connect(lambda _t: self.update_preview())
        self.tiers.changed.connect(self.update_preview)
        self.preview.changed.connect(self.update_preview)
        self._follow_kind()
        if not locked:
            self.keep_drafts(drafts, "rebate", draft_key or f"new-{draft.account_id}")
            self.account.setFocus()

    def _terms_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Agreement as signed"))
        form = self.form_layout(box)
        self.add_row(form, "account_id", self.tr("Account"), self.account)
        self.add_row(form, "number", self.tr("Number"), self.number)
        self.add_row(form, "kind", self.tr("Kind"), self.kind)
        period = self.inline(self.period_start, self.tr("to"), self.period_end)
        self.add_row(form, "period_end", self.tr("Period"), period)
        self.errors["period_start"] = self.errors["period_end"]
        self.add_row(form, "category", self.tr("Products"), self.category)
        self.add_row(form, "currency", self.tr("Currency"), self.currency)
        self.add_row(form, "fixed_percent", self.tr("Rebate %"), self.fixed_percent)
        self.add_row(form, "baseline_amount", self.tr("Agreed baseline"), self.baseline)
        self.add_row(form, "signed_on", self.tr("Signed on"), self.signed_on)
        self.add_row(form, "signed_by", self.tr("Signed by"), self.signed_by)
        self.add_row(form, "entered_on", self.tr("Entered on"), self.entered_on)
        self.add_row(form, "note", self.tr("Note"), self.note)
        return box

    def _tiers_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Tiers"))
        column = QVBoxLayout(box)
        self.tiers_help = QLabel()
        self.tiers_help.setWordWrap(True)
        self.tiers_help.setStyleSheet("color: palette(placeholder-text);")
        column.addWidget(self.tiers_help)
        column.addWidget(self.tiers, 1)
        return box

    def _kind_now(self) -> RebateKind:
        return RebateKind(self.kind.currentData())

    def _follow_kind(self) -> None:
        kind = self._kind_now()
        fixed = kind is RebateKind.FIXED_PERCENT
        self.show_row("fixed_percent", fixed)
        growth = kind is RebateKind.GROWTH
        self.show_row("baseline_amount", growth)
        self.tiers.model.set_growth(growth)
        self.tiers.setEnabled(not fixed)
        self.tiers_help.setText(
            {
                RebateKind.FIXED_PERCENT: self.tr(
                    "A fixed-% agreement has no tiers: its rate applies to the whole volume."
                ),
                RebateKind.WHOLE_VOLUME_TIERS: self.tr(
                    "The rate of the highest tier reached applies to the whole volume."
                ),
                RebateKind.BANDED_TIERS: self.tr(
                    "Each band earns its own rate on the part of the volume inside it."
                ),
                RebateKind.GROWTH: self.tr(
                    "Tiers on the growth over the agreed baseline (else last year's sales); "
                    "the rate reached applies to all of it."
                ),
            }[kind]
        )
        self.update_preview()

    def update_preview(self) -> None:
        """Recompute the preview from the terms as typed now (no database)."""
        problems: dict[str, str] = {}
        percent = read_decimal(self.fixed_percent, "fixed_percent", problems)
        currency = self.currency.text().strip().upper()
        self.tiers.set_currency(currency)  # thresholds and baseline are sales value in it
        tiers, problem = self.tiers.tiers()
        baseline = read_decimal(self.baseline, "baseline_amount", problems, currency or None)
        kind = self._kind_now()
        if problem and kind is not RebateKind.FIXED_PERCENT:
            problems["tiers"] = problem
        self.preview.show_terms(kind, tiers, percent, currency, baseline, problems)

    # -- reading and saving -----------------------------------------------------------------
    def draft(self) -> RebateDraft:
        """The form as a draft; RebateInvalid for numbers or tiers that do not read."""
        problems: dict[str, str] = {}
        kind = self._kind_now()
        percent = read_decimal(self.fixed_percent, "fixed_percent", problems)
        currency = self.currency.text().strip().upper()
        baseline = read_decimal(self.baseline, "baseline_amount", problems, currency or None)
        self.tiers.set_currency(currency)
        tiers, tier_problem = self.tiers.tiers()
        if tier_problem and kind is not RebateKind.FIXED_PERCENT:
            problems["tiers"] = tier_problem
        if problems:
            raise RebateInvalid(problems)
        account = self.account.value()
        return replace(
            self._draft,
            account_id=account,
            number=self.number.text(),
            kind=kind,
            period_start=self.period_start.date().toPython(),
            period_end=self.period_end.date().toPython(),
            currency=self.currency.text(),
            category=self.category.currentData(),
            signed_on=self.signed_on.date().toPython(),
            signed_by=self.signed_by.text() or None,
            entered_on=self._draft.entered_on,
            fixed_percent=percent if kind is RebateKind.FIXED_PERCENT else None,
            baseline_amount=baseline if kind is RebateKind.GROWTH else None,
            tiers=() if kind is RebateKind.FIXED_PERCENT else tiers,
            note=self.note.toPlainText() or None,
        )

    def save(self) -> None:
        if self.account.value() is None:
            self.show_problems({"account_id": self.tr("Choose the account that signed.")})
            return
        super().save()


def new_rebate_draft(account_id: object, currency: str, today: date) -> RebateDraft:
    """A blank whole-volume tiered agreement for this calendar year, signed today."""
    return RebateDraft(
        account_id=account_id,  # type: ignore[arg-type]
        kind=RebateKind.WHOLE_VOLUME_TIERS,
        period_start=date(today.year, 1, 1),
        period_end=date(today.year, 12, 31),
        currency=currency,
        signed_on=today,
        entered_on=today,
    )


def copied_rebate(draft: RebateDraft, today: date) -> RebateDraft:
    """A new agreement with ``draft``'s terms, to be signed and entered today (no number)."""
    return replace(draft, number="", signed_on=today, entered_on=today)
