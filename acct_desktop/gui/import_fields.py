"""The import dialog's names for the fields a file's columns go into (accounts, contacts,
sales), translatable; the field's own name, which a file's header may use, is the tooltip."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from acct_desktop.gui.labels import QT_TRANSLATE_NOOP

FIELD_LABELS: dict[str, str] = {
    "code": QT_TRANSLATE_NOOP("importFields", "Code"),
    "name": QT_TRANSLATE_NOOP("importFields", "Name"),
    "kind": QT_TRANSLATE_NOOP("importFields", "Kind"),
    "channel": QT_TRANSLATE_NOOP("importFields", "Channel"),
    "tier": QT_TRANSLATE_NOOP("importFields", "Tier"),
    "parent_code": QT_TRANSLATE_NOOP("importFields", "Parent account code"),
    "territory": QT_TRANSLATE_NOOP("importFields", "Territory"),
    "street": QT_TRANSLATE_NOOP("importFields", "Street"),
    "district": QT_TRANSLATE_NOOP("importFields", "District"),
    "city": QT_TRANSLATE_NOOP("importFields", "City"),
    "postcode": QT_TRANSLATE_NOOP("importFields", "Postcode"),
    "country_code": QT_TRANSLATE_NOOP("importFields", "Country code"),
    "latitude": QT_TRANSLATE_NOOP("importFields", "Latitude"),
    "longitude": QT_TRANSLATE_NOOP("importFields", "Longitude"),
    "phone": QT_TRANSLATE_NOOP("importFields", "Phone"),
    "email": QT_TRANSLATE_NOOP("importFields", "Email"),
    "payment_terms": QT_TRANSLATE_NOOP("importFields", "Payment terms"),
    "credit_limit": QT_TRANSLATE_NOOP("importFields", "Credit limit"),
    "currency": QT_TRANSLATE_NOOP("importFields", "Currency"),
    "document_language": QT_TRANSLATE_NOOP("importFields", "Document language"),
    "strategy": QT_TRANSLATE_NOOP("importFields", "Strategy"),
    "purchasing_policy": QT_TRANSLATE_NOOP("importFields", "Purchasing policy"),
    "notes": QT_TRANSLATE_NOOP("importFields", "Notes"),
    "tags": QT_TRANSLATE_NOOP("importFields", "Tags"),
    "account_code": QT_TRANSLATE_NOOP("importFields", "Account code"),
    "title": QT_TRANSLATE_NOOP("importFields", "Job title"),
    "department": QT_TRANSLATE_NOOP("importFields", "Department"),
    "messenger_id": QT_TRANSLATE_NOOP("importFields", "Messenger ID"),
    "dmu_role": QT_TRANSLATE_NOOP("importFields", "Role in the decision"),
    "attitude": QT_TRANSLATE_NOOP("importFields", "Attitude"),
    "influence": QT_TRANSLATE_NOOP("importFields", "Influence"),
    "reports_to": QT_TRANSLATE_NOOP("importFields", "Reports to"),
    "id": QT_TRANSLATE_NOOP("importFields", "ID"),
    "date": QT_TRANSLATE_NOOP("importFields", "Date"),
    "period": QT_TRANSLATE_NOOP("importFields", "Period"),
    "sku": QT_TRANSLATE_NOOP("importFields", "SKU"),
    "category": QT_TRANSLATE_NOOP("importFields", "Category"),
    "measure": QT_TRANSLATE_NOOP("importFields", "Measure"),
    "quantity": QT_TRANSLATE_NOOP("importFields", "Quantity"),
    "amount": QT_TRANSLATE_NOOP("importFields", "Amount"),
}


def field_label(field: str) -> str:
    """The translated name of import field ``field`` (its own name when none is known)."""
    known = FIELD_LABELS.get(field)
    if known is None:
        return field.replace("_", " ")
    return QCoreApplication.translate("importFields", known)
