"""Tools → Company and quote settings: the letterhead printed on quotes, the default
validity and the tax rate per country. Kept in the database (shared by a team)."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.numbers import NumberFormatError
from acct_desktop.gui.dialogs.issue_form import problem_label
from acct_desktop.gui.dialogs.register_fields import parse_number
from acct_desktop.gui.labels import format_decimal
from acct_desktop.gui.screen_fit import ScreenFitDialog
from acct_desktop.gui.sentences import exception_text
from acct_desktop.services.quote_settings import (
    CompanyDetails,
    QuoteSettings,
    QuoteSettingsService,
)


class QuoteSettingsDialog(ScreenFitDialog):
    def __init__(self, service: QuoteSettingsService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quoteSettingsDialog")
        self.setWindowTitle(self.tr("Company and quote settings"))
        self._service = service
        settings = service.settings()
        company = settings.company
        self._logo = company.logo_png
        self.name = QLineEdit(company.name)
        self.address = QPlainTextEdit(company.address)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.address.setTabChangesFocus(True)
        self.phone = QLineEdit(company.phone)
        self.email = QLineEdit(company.email)
        self.tax_id = QLineEdit(company.tax_id)
        self.logo = QLabel()
        self.logo.setObjectName("logoPreview")
        self.logo.setFixedHeight(48)
        choose = QPushButton(self.tr("Choose logo (PNG)…"))
        choose.clicked.connect(self._choose_logo)
        clear = QPushButton(self.tr("No logo"))
        clear.clicked.connect(lambda: self._set_logo(None))
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(choose)
        logo_row.addWidget(clear)
        self.validity = QSpinBox()
        self.validity.setRange(1, 365)
        self.validity.setValue(settings.validity_days)
        self.validity.setSuffix(self.tr(" days"))
        rates = ", ".join(
            f"{country} {format_decimal(rate.normalize())}"
            for country, rate in sorted(settings.tax_rates.items())
        )
        self.tax_rates = QLineEdit(rates)
        self.tax_rates.setObjectName("field_tax_rates")
        self.tax_rates.setToolTip(self.tr("Country code and rate in %, e.g. NL 21, VN 10, CN 13"))
        self.problem = problem_label("settings")
        form = QFormLayout()
        form.addRow(self.tr("Company &name:"), self.name)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("&E-mail:"), self.email)
        form.addRow(self.tr("&Tax id:"), self.tax_id)
        form.addRow(self.tr("Logo:"), logo_row)
        form.addRow(self.tr("Quotes are &valid for:"), self.validity)
        form.addRow(self.tr("Ta&x rates:"), self.tax_rates)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._set_logo(self._logo)
        # at least 520 px, and never narrower than the labels need (longer in some languages)
        self.setMinimumWidth(max(520, layout.minimumSize().width()))

    def _choose_logo(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Logo"), "", "PNG (*.png)")
        if chosen:
            self._set_logo(Path(chosen).read_bytes())

    def _set_logo(self, data: bytes | None) -> None:
        self._logo = data
        pixmap = QPixmap()
        if data and pixmap.loadFromData(data):
            self.logo.setPixmap(
                pixmap.scaledToHeight(44, Qt.TransformationMode.SmoothTransformation)
            )
        else:
            self.logo.setText(self.tr("none"))

    def read_rates(self) -> dict[str, Decimal]:
        rates: dict[str, Decimal] = {}
        for part in self.tax_rates.text().replace(";", ",").split(","):
            words = part.split()
            if not words:
                continue
            if len(words) != 2 or len(words[0]) != 2 or not words[0].isalpha():
                raise ValueError(self.tr("Write each rate as a country code and a number: NL 21."))
            try:
                rates[words[0].upper()] = parse_number(words[1].rstrip("%"))
            except NumberFormatError as exc:
                raise ValueError(exception_text(exc)) from None
        return rates

    def save(self) -> None:
        try:
            settings = QuoteSettings(
                validity_days=self.validity.value(),
                tax_rates=self.read_rates(),
                company=CompanyDetails(
                    name=self.name.text(),
                    address=self.address.toPlainText(),
                    phone=self.phone.text(),
                    email=self.email.text(),
                    tax_id=self.tax_id.text(),
                ),
            )
            self._service.save(
                replace(settings, company=replace(settings.company, logo_png=self._logo))
            )
        except ValueError as exc:
            self.problem.setText(exception_text(exc))
            self.problem.show()
            return
        self.accept()
