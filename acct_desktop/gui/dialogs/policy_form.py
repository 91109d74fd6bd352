"""The price-policy form: who and what it is for, its price rule, its guard rails.

The rule fields follow the rule kind; hidden fields keep what was typed (switching back
shows it again) but only the fields of the chosen kind are saved."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.enums import Channel, PolicyScope
from acct_desktop.domain.pricing_rules import BaseKind, RuleKind
from acct_desktop.gui.dialogs.issue_form import date_edit, enum_combo
from acct_desktop.gui.dialogs.register_fields import (
    RegisterContext,
    RegisterForm,
    SearchChooser,
    account_chooser,
    combo_of,
    decimal_edit,
    read_decimal,
)
from acct_desktop.gui.labels import enum_label
from acct_desktop.services.form_drafts import FormDrafts
from acct_desktop.services.policy_records import PolicyChanged, PolicyDraft, PolicyInvalid

Submit = Callable[[PolicyDraft], PolicyChanged | None]
UNITS = ("L", "mL", "kg", "g", "t")
RULE_FIELDS = {
    None: (),
    RuleKind.FIXED: ("guide_price",),
    RuleKind.PERCENT_DISCOUNT: ("discount_percent", "base_kind", "base_policy_id"),
    RuleKind.FORMULA: (
        "discount_percent",
        "base_kind",
        "base_policy_id",
        "round_to",
        "surcharge",
        "min_margin_amount",
        "max_margin_amount",
    ),
}
GUARD_FIELDS = (
    "floor_price",
    "min_margin_percent",
    "max_discount_percent",
    "approval_threshold_percent",
)
NUMBER_FIELDS = (*RULE_FIELDS[RuleKind.FORMULA][3:], "guide_price", "discount_percent")
# amounts in the policy's currency (the rest are percentages)
MONEY_FIELDS = (
    "round_to",
    "surcharge",
    "min_margin_amount",
    "max_margin_amount",
    "guide_price",
    "floor_price",
)


class PolicyFormDialog(RegisterForm):
    """New, edited or (when ``locked`` gives the reason) read-only price policy."""

    def __init__(
        self,
        draft: PolicyDraft,
        submit: Submit,
        context: RegisterContext,
        parent: QWidget | None = None,
        *,
        title: str = "",
        notice: str = "",
        locked: str = "",
        copy_as_new: Callable[[], None] | None = None,
        drafts: FormDrafts | None = None,
        draft_key: str = "",
    ) -> None:
        super().__init__(submit, parent)
        self.setObjectName("policyForm")
        self.setWindowTitle(title or self.tr("Price policy"))
        self._draft, self._context = draft, context
        self._build_fields(draft)
        right = QVBoxLayout()
        right.addWidget(self._rule_box())
        right.addWidget(self._guard_box())
        right.addStretch(1)
        self.arrange(self._who_box(), right, locked, notice)
        if locked and copy_as_new is not None:
            copy = QPushButton(self.tr("Copy as new…"))
            copy.setObjectName("copyAsNew")
            copy.clicked.connect(lambda: (self.reject(), copy_as_new()))
            self.buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        self._follow_choices()
        if not locked:
            self.keep_drafts(drafts, "policy", draft_key or f"new-{draft.account_id}")
            self.name.setFocus()

    # -- building ---------------------------------------------------------------------------
    def _build_fields(self, draft: PolicyDraft) -> None:
        context = self._context
        self.code = QLineEdit(draft.code)
        self.code.setObjectName("field_code")
        self.code.setPlaceholderText(self.tr("given when saved (PP-…)"))
        self.name = QLineEdit(draft.name)
        self.name.setObjectName("field_name")
        self.name.setPlaceholderText(self.tr("e.g. 华润万家 · engine oil net price 2027"))
        self.scope = enum_combo(list(PolicyScope), draft.scope)
        self.account = account_chooser(context, draft.account_id)
        self.channel = enum_combo(list(Channel), draft.channel)
        self.territory = combo_of(
            [(None, self.tr("(choose a territory)")), *context.territories], draft.territory_id
        )
        side = "product" if draft.product_id else "category" if draft.category else "all"
        self.product_side = combo_of(
            [
                ("all", self.tr("All products")),
                ("category", self.tr("One category")),
                ("product", self.tr("One product")),
            ],
            side,
        )
        self.category = combo_of(
            [(c, enum_label(c)) for c in context.categories], draft.category, "category"
        )
        self.product = SearchChooser(context.search_products, self.tr("Search SKU or name"))
        self.product.setObjectName("field_product_id")
        if draft.product_id is not None:
            self.product.set_choice(draft.product_id, context.product_label(draft.product_id))
        self.valid_from = date_edit(draft.valid_from)
        self.valid_to = date_edit(draft.valid_to or draft.valid_from)
        self.open_ended = QCheckBox(self.tr("no end date"))
        self.open_ended.setChecked(draft.valid_to is None)
        self.min_quantity = decimal_edit("min_quantity", draft.min_quantity or None, "0")
        self.unit = combo_of([(None, self.tr("per pack")), *((u, u) for u in UNITS)], draft.unit)
        self.currency = QLineEdit(draft.currency)
        self.currency.setObjectName("field_currency")
        self.currency.setMaxLength(3)
        self.currency.setMaximumWidth(70)
        self.rule_kind = combo_of(
            [(None, self.tr("List price with these guard rails"))]
            + [(kind, enum_label(kind)) for kind in RuleKind],
            draft.rule_kind,
            "rule_kind",
        )
        self.rule_help = QLabel()
        self.rule_help.setWordWrap(True)
        self.rule_help.setMinimumWidth(300)
        self.rule_help.setStyleSheet("color: palette(placeholder-text);")
        self.base_kind = combo_of(
            [(kind, enum_label(kind)) for kind in BaseKind], draft.base_kind, "base_kind"
        )
        self.base_policy = combo_of(
            [(None, self.tr("(choose a policy)")), *context.policies],
            draft.base_policy_id,
            "base_policy_id",
        )
        self.numbers = {
            name: decimal_edit(name, getattr(draft, name)) for name in NUMBER_FIELDS + GUARD_FIELDS
        }
        self.note = QPlainTextEdit(draft.note or "")
        self.note.setObjectName("field_note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.scope.currentIndexChanged.connect(lambda _i: self._follow_choices())
        self.product_side.currentIndexChanged.connect(lambda _i: self._follow_choices())
        self.rule_kind.currentIndexChanged.connect(lambda _i: self._follow_choices())
        self.base_kind.currentIndexChanged.connect(lambda _i: self._follow_choices())
        self.open_ended.toggled.connect(lambda _on: self._follow_choices())

    def _who_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Who and what it is for"))
        form = self.form_layout(box)
        self.add_row(form, "name", self.tr("Name"), self.name)
        self.add_row(form, "code", self.tr("Code"), self.code)
        self.add_row(form, "scope", self.tr("Applies to"), self.scope)
        self.add_row(form, "account_id", self.tr("Account"), self.account)
        self.add_row(form, "channel", self.tr("Channel"), self.channel)
        self.add_row(form, "territory_id", self.tr("Territory"), self.territory)
        self.add_row(form, "products", self.tr("Products"), self.product_side)
        self.add_row(form, "category", self.tr("Category"), self.category)
        self.add_row(form, "product_id", self.tr("Product"), self.product)
        validity = self.inline(self.valid_from, self.tr("to"), self.valid_to, self.open_ended)
        self.add_row(form, "valid_to", self.tr("Valid from"), validity)
        self.errors["valid_from"] = self.errors["valid_to"]
        quantity = self.inline(self.min_quantity, self.unit)
        self.add_row(form, "min_quantity", self.tr("From quantity"), quantity)
        self.errors["unit"] = self.errors["min_quantity"]
        self.add_row(form, "currency", self.tr("Currency"), self.currency)
        self.add_row(form, "note", self.tr("Note"), self.note)
        return box

    def _rule_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Price rule"))
        form = self.form_layout(box)
        self.add_row(form, "rule_kind", self.tr("Price"), self.rule_kind)
        form.addRow("", self.rule_help)
        for name, label in (
            ("guide_price", self.tr("Fixed price")),
            ("discount_percent", self.tr("Discount %")),
        ):
            self.add_row(form, name, label, self.numbers[name])
        self.add_row(form, "base_kind", self.tr("Starts from"), self.base_kind)
        self.add_row(form, "base_policy_id", self.tr("Base policy"), self.base_policy)
        for name, label in (
            ("round_to", self.tr("Round to multiple of")),
            ("surcharge", self.tr("Then add")),
            ("min_margin_amount", self.tr("At least base +")),
            ("max_margin_amount", self.tr("At most base +")),
        ):
            self.add_row(form, name, label, self.numbers[name])
        return box

    def _guard_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Guard rails (flag a quote, never change its price)"))
        form = self.form_layout(box)
        for name, label in (
            ("floor_price", self.tr("Floor price")),
            ("min_margin_percent", self.tr("Min. markup % (over cost)")),
            ("max_discount_percent", self.tr("Max. discount %")),
            ("approval_threshold_percent", self.tr("Approval above discount %")),
        ):
            self.add_row(form, name, label, self.numbers[name])
        return box

    # -- following the choices --------------------------------------------------------------
    def _kind(self) -> RuleKind | None:
        value = self.rule_kind.currentData()
        return RuleKind(value) if value else None

    def _follow_choices(self) -> None:
        scope = PolicyScope(self.scope.currentData())
        side = self.product_side.currentData()
        kind = self._kind()
        visible = {
            "account_id": scope is PolicyScope.ACCOUNT,
            "channel": scope is PolicyScope.CHANNEL,
            "territory_id": scope is PolicyScope.TERRITORY,
            "category": side == "category",
            "product_id": side == "product",
        }
        shown_rule = set(RULE_FIELDS[kind])
        if BaseKind(self.base_kind.currentData()) is not BaseKind.OTHER_RULE:
            shown_rule.discard("base_policy_id")
        for name in RULE_FIELDS[RuleKind.FORMULA] + ("guide_price",):
            visible[name] = name in shown_rule
        for name, shown in visible.items():
            self.show_row(name, shown)
        self.valid_to.setEnabled(not self.open_ended.isChecked())
        self.rule_help.setText(
            {
                None: self.tr("The list price stands; the guard rails below flag quotes."),
                RuleKind.FIXED: self.tr("Quotes are priced at this fixed price."),
                RuleKind.PERCENT_DISCOUNT: self.tr("price = base × (1 − discount %)"),
                RuleKind.FORMULA: self.tr(
                    "price = base × (1 − discount %), rounded, plus the surcharge, then kept "
                    "between base + min and base + max margin"
                ),
            }[kind]
        )
        self.fit_width()

    # -- reading and saving -----------------------------------------------------------------
    def draft(self) -> PolicyDraft:
        """The form as a draft; PolicyInvalid for numbers that do not read as numbers."""
        problems: dict[str, str] = {}
        kind = self._kind()
        shown = set(RULE_FIELDS[kind])
        currency = self.currency.text().strip().upper()

        def read(name: str) -> Decimal | None:
            money = currency if currency and name in MONEY_FIELDS else None
            return read_decimal(self.numbers[name], name, problems, money)

        numbers = {name: read(name) if name in shown else None for name in NUMBER_FIELDS}
        guards = {name: read(name) for name in GUARD_FIELDS}
        minimum = read_decimal(self.min_quantity, "min_quantity", problems)
        if problems:
            raise PolicyInvalid(problems)
        scope = PolicyScope(self.scope.currentData())
        side = self.product_side.currentData()
        base = BaseKind(self.base_kind.currentData()) if "base_kind" in shown else None
        unit = self.unit.currentData()
        return replace(
            self._draft,
            code=self.code.text(),
            name=self.name.text(),
            scope=scope,
            account_id=self.account.value() if scope is PolicyScope.ACCOUNT else None,
            channel=Channel(self.channel.currentData()) if scope is PolicyScope.CHANNEL else None,
            territory_id=self.territory.currentData() if scope is PolicyScope.TERRITORY else None,
            category=self.category.currentData() if side == "category" else None,
            product_id=self.product.value() if side == "product" else None,
            valid_from=self.valid_from.date().toPython(),
            valid_to=None if self.open_ended.isChecked() else self.valid_to.date().toPython(),
            min_quantity=minimum if minimum is not None else Decimal(0),
            unit=str(unit) if unit else None,
            currency=self.currency.text(),
            rule_kind=kind,
            base_kind=base,
            base_policy_id=self.base_policy.currentData() if base is BaseKind.OTHER_RULE else None,
            note=self.note.toPlainText() or None,
            **numbers,
            **guards,
        )


def new_policy_draft(context: RegisterContext, account_id: object, today: date) -> PolicyDraft:
    """A blank fixed-price policy for the current account (for everyone without one)."""
    return PolicyDraft(
        name="",
        scope=PolicyScope.ACCOUNT if account_id is not None else PolicyScope.GLOBAL,
        account_id=account_id,  # type: ignore[arg-type]
        valid_from=today,
        currency=context.currency,
        rule_kind=RuleKind.FIXED,
    )


def copied_policy(draft: PolicyDraft, today: date) -> PolicyDraft:
    """A new policy with ``draft``'s terms, starting today at the earliest (no code)."""
    start = max(draft.valid_from, today)
    end = draft.valid_to if draft.valid_to is not None and draft.valid_to >= start else None
    return replace(draft, code="", valid_from=start, valid_to=end)
