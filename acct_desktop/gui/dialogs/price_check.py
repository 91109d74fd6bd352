"""What is this customer's price, and why: a product, a quantity and a unit for the current
account, priced from the register with every policy considered listed."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.numbers import NumberFormatError
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, filled_in
from acct_desktop.domain.unit_words import UNITS
from acct_desktop.gui.dialogs.register_fields import SearchChooser, typed_number
from acct_desktop.gui.labels import enum_label, money_text, percent_text
from acct_desktop.gui.models.quote_lines import rails_text, unit_word
from acct_desktop.gui.screen_fit import ScreenFitDialog
from acct_desktop.gui.sentences import exception_text, user_text
from acct_desktop.services.workspace import Workspace


class PriceCheckDialog(ScreenFitDialog):
    def __init__(
        self, workspace: Workspace, account_id: uuid.UUID, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        from acct_desktop.services.catalogue import ProductService

        self.setObjectName("priceCheck")
        self.workspace, self.account_id = workspace, account_id
        products = ProductService(workspace.db)
        profile = workspace.accounts.profile(account_id)
        self.setWindowTitle(self.tr("Price for %1").replace("%1", profile.name))
        self.resize(640, 480)
        self.product = SearchChooser(
            lambda text: [(p.id, p.label) for p in products.search(text)],
            self.tr("Search SKU or product name"),
        )
        self.product.setObjectName("field_product")
        self.quantity = QLineEdit("1")
        self.quantity.setObjectName("field_quantity")
        self.quantity.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.unit = QComboBox()
        for unit in UNITS:
            self.unit.addItem(unit_word(unit), unit)  # the quote builder's words
        form = QFormLayout()
        form.addRow(self.tr("Account"), QLabel(f"{profile.name} ({profile.code})"))
        form.addRow(self.tr("Product"), self.product)
        form.addRow(self.tr("Quantity"), self.quantity)
        form.addRow(self.tr("Unit"), self.unit)
        self.answer = QLabel()
        self.answer.setObjectName("priceAnswer")
        self.answer.setWordWrap(True)
        self.answer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.why = QPlainTextEdit()
        self.why.setObjectName("priceWhy")
        self.why.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.price_button = buttons.addButton(
            self.tr("Price it"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.price_button.setDefault(True)
        self.price_button.clicked.connect(self.price_it)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.answer)
        layout.addWidget(self.why, 1)
        layout.addWidget(buttons)

    def price_it(self) -> None:
        from acct_desktop.services.price_facts import PricingError
        from acct_desktop.services.pricing import PricingService

        product_id = self.product.value()
        if product_id is None:
            self._problem(self.tr("Choose a product from the list first."))
            return
        try:
            quantity = typed_number(self.quantity.text())
        except NumberFormatError as exc:
            self._problem(exception_text(exc))
            return
        if quantity is None or quantity <= 0:
            self._problem(self.tr("Give a quantity above zero."))
            return
        try:
            quote = PricingService(self.workspace.db).price(
                self.account_id, product_id, quantity, self.unit.currentData()
            )
        except PricingError as exc:
            self._problem(exception_text(exc))
            return
        self.answer.setStyleSheet("font-weight: 600;")
        self.answer.setText(
            filled_in(
                self.tr("%1 %2 per %3 · total %4 %2"),
                money_text(quote.price, quote.currency, keep_finer=True),
                quote.currency,
                self.unit.currentText(),
                money_text(quote.total, quote.currency),
            )
            + "\n"
            + (
                filled_in(self.tr("by policy %1 %2"), quote.policy, quote.policy_name or "")
                if quote.policy
                else self.tr("no policy applies: the list price stands")
            )
        )
        self.why.setPlainText(_explain(quote))

    def _problem(self, message: str) -> None:
        self.answer.setStyleSheet("color: #c62828;")
        self.answer.setText(message)
        self.why.clear()


OUTCOME_WORDS = {  # what happened to a policy while pricing
    "fired": QT_TRANSLATE_NOOP("price_check", "fired"),
    "skipped": QT_TRANSLATE_NOOP("price_check", "skipped"),
    "outranked": QT_TRANSLATE_NOOP("price_check", "outranked"),
}


def _explain(quote) -> str:  # type: ignore[no-untyped-def]
    facts = [
        QCoreApplication.translate("price_check", "list %1").replace(
            "%1", money_text(quote.list_price, quote.currency, keep_finer=True)
        ),
        QCoreApplication.translate("price_check", "cost %1").replace(
            "%1", money_text(quote.cost, quote.currency, keep_finer=True)
        ),
    ]
    if quote.discount_percent is not None:
        discount = percent_text(quote.discount_percent)
        facts.append(
            QCoreApplication.translate("price_check", "discount %1").replace("%1", discount)
        )
    if quote.margin_percent is not None:
        margin = percent_text(quote.margin_percent)
        facts.append(QCoreApplication.translate("price_check", "markup %1").replace("%1", margin))
    guide = quote.price if quote.policy else None
    lines = [
        " · ".join(facts),
        QCoreApplication.translate("price_check", "Guard rails: %1").replace(
            "%1", rails_text(guide, quote.guards, quote.currency)
        ),
        "",
        QCoreApplication.translate("price_check", "Policies considered:"),
    ]
    for line in quote.breakdown:
        outcome = QCoreApplication.translate("price_check", OUTCOME_WORDS[line.outcome.value])
        if line.reason == line.outcome.value:  # "fired": nothing more to say
            said = outcome
        elif line.reason.startswith(line.outcome.value):  # a sentence saying it itself
            said = user_text(line.reason)
        else:
            said = filled_in(
                QCoreApplication.translate("price_check", "%1: %2"), outcome, user_text(line.reason)
            )
        lines.append(f"{line.policy}  {said}")
        if line.name:
            lines.append(f"    {line.name}")
    if quote.flags:
        lines += [
            "",
            *(f"⚠ {enum_label(f.kind.value)}: {user_text(f.message)}" for f in quote.flags),
        ]
    return "\n".join(lines)
