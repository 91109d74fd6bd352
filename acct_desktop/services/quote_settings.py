"""Company rules and details quotes use: validity, tax rates per country, the letterhead.

Kept in the database's register settings (shared by a team on a server), never secrets.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from acct_desktop.domain.percentages import percent
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.store.database import Database
from acct_desktop.store.models import RegisterSetting

VALIDITY_KEY = "quote_validity_days"
TAX_PREFIX = "tax_rate."  # tax_rate.NL = 21
COMPANY_PREFIX = "company."
COMPANY_FIELDS = ("name", "address", "phone", "email", "tax_id", "logo_png")
DEFAULT_VALIDITY_DAYS = 30
# Standard VAT rates of the countries our demo territories are in; editable per company.
DEFAULT_TAX_RATES = {"CN": Decimal(13), "VN": Decimal(10), "NL": Decimal(21)}
MAX_LOGO_BYTES = 512 * 1024


@dataclass(frozen=True, slots=True)
class CompanyDetails:
    name: str = ""
    address: str = ""  # several lines
    phone: str = ""
    email: str = ""
    tax_id: str = ""
    logo_png: bytes | None = None


@dataclass(frozen=True, slots=True)
class QuoteSettings:
    validity_days: int = DEFAULT_VALIDITY_DAYS
    tax_rates: dict[str, Decimal] = field(default_factory=lambda: dict(DEFAULT_TAX_RATES))
    company: CompanyDetails = CompanyDetails()

    def tax_rate(self, country_code: str | None) -> Decimal:
        """The tax rate for a customer in ``country_code`` (0 when unknown)."""
        return self.tax_rates.get((country_code or "").upper(), Decimal(0))


def _values(session: Session) -> dict[str, str]:
    rows = session.execute(select(RegisterSetting.key, RegisterSetting.value))
    return {key: value for key, value in rows}


def read_quote_settings(session: Session) -> QuoteSettings:
    """The settings as stored, defaults for anything missing or unreadable."""
    values = _values(session)
    validity = values.get(VALIDITY_KEY, "")
    rates = dict(DEFAULT_TAX_RATES)
    for key, value in values.items():
        if key.startswith(TAX_PREFIX):
            try:
                rates[key[len(TAX_PREFIX) :].upper()] = Decimal(value)
            except InvalidOperation:
                continue
    company = {f: values.get(COMPANY_PREFIX + f, "") for f in COMPANY_FIELDS}
    logo = None
    if company["logo_png"]:
        try:
            logo = base64.b64decode(company["logo_png"], validate=True)
        except (binascii.Error, ValueError):
            logo = None
    return QuoteSettings(
        validity_days=int(validity) if validity.isdigit() and int(validity) > 0 else 30,
        tax_rates=rates,
        company=CompanyDetails(**{**company, "logo_png": logo}),
    )


def _put(session: Session, key: str, value: str) -> None:
    row = session.scalar(select(RegisterSetting).where(RegisterSetting.key == key))
    if row is None:
        session.add(RegisterSetting(key=key, value=value))
    elif row.value != value:
        row.value = value


class QuoteSettingsService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def settings(self) -> QuoteSettings:
        with self._db.session() as session:
            return read_quote_settings(session)

    def save(self, settings: QuoteSettings) -> None:
        """Store ``settings``; ValueError with a sentence for impossible values."""
        if not 1 <= settings.validity_days <= 365:
            raise ValueError(QT_TRANSLATE_NOOP("messages", "A quote is valid for 1 to 365 days."))
        for country, rate in settings.tax_rates.items():
            if len(country) != 2 or not Decimal(0) <= rate <= Decimal(100):
                raise ValueError(
                    Sentence.of(
                        QT_TRANSLATE_NOOP(
                            "messages", "The tax rate for %1 must be between 0 and %2."
                        ),
                        country,
                        percent(100),
                    )
                )
        logo = settings.company.logo_png
        if logo is not None and (len(logo) > MAX_LOGO_BYTES or not logo.startswith(b"\x89PNG")):
            raise ValueError(
                QT_TRANSLATE_NOOP("messages", "The logo must be a PNG image of at most 512 KB.")
            )
        with self._db.session() as session:
            _put(session, VALIDITY_KEY, str(settings.validity_days))
            for country, rate in settings.tax_rates.items():
                _put(session, TAX_PREFIX + country.upper(), format(rate.normalize(), "f"))
            company = settings.company
            for name in COMPANY_FIELDS[:-1]:
                _put(session, COMPANY_PREFIX + name, getattr(company, name).strip())
            encoded = base64.b64encode(logo).decode("ascii") if logo else ""
            _put(session, COMPANY_PREFIX + "logo_png", encoded)
