"""A field named inside a sentence ("account code is required"), as a word of the user's
language; a field not listed is named as it is."""

from __future__ import annotations

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence

FIELD_WORDS: dict[str, str] = {
    "code": QT_TRANSLATE_NOOP("messages", "code"),
    "name": QT_TRANSLATE_NOOP("messages", "name"),
    "kind": QT_TRANSLATE_NOOP("messages", "kind"),
    "channel": QT_TRANSLATE_NOOP("messages", "channel"),
    "tier": QT_TRANSLATE_NOOP("messages", "tier"),
    "parent_code": QT_TRANSLATE_NOOP("messages", "parent code"),
    "territory": QT_TRANSLATE_NOOP("messages", "territory"),
    "street": QT_TRANSLATE_NOOP("messages", "street"),
    "district": QT_TRANSLATE_NOOP("messages", "district"),
    "city": QT_TRANSLATE_NOOP("messages", "city"),
    "postcode": QT_TRANSLATE_NOOP("messages", "postcode"),
    "country_code": QT_TRANSLATE_NOOP("messages", "country code"),
    "latitude": QT_TRANSLATE_NOOP("messages", "latitude"),
    "longitude": QT_TRANSLATE_NOOP("messages", "longitude"),
    "phone": QT_TRANSLATE_NOOP("messages", "phone"),
    "email": QT_TRANSLATE_NOOP("messages", "email"),
    "payment_terms": QT_TRANSLATE_NOOP("messages", "payment terms"),
    "credit_limit": QT_TRANSLATE_NOOP("messages", "credit limit"),
    "currency": QT_TRANSLATE_NOOP("messages", "currency"),
    "document_language": QT_TRANSLATE_NOOP("messages", "document language"),
    "strategy": QT_TRANSLATE_NOOP("messages", "strategy"),
    "purchasing_policy": QT_TRANSLATE_NOOP("messages", "purchasing policy"),
    "notes": QT_TRANSLATE_NOOP("messages", "notes"),
    "tags": QT_TRANSLATE_NOOP("messages", "tags"),
    "account_code": QT_TRANSLATE_NOOP("messages", "account code"),
    "title": QT_TRANSLATE_NOOP("messages", "title"),
    "department": QT_TRANSLATE_NOOP("messages", "department"),
    "messenger_id": QT_TRANSLATE_NOOP("messages", "messenger id"),
    "dmu_role": QT_TRANSLATE_NOOP("messages", "dmu role"),
    "attitude": QT_TRANSLATE_NOOP("messages", "attitude"),
    "influence": QT_TRANSLATE_NOOP("messages", "influence"),
    "reports_to": QT_TRANSLATE_NOOP("messages", "reports to"),
    "id": QT_TRANSLATE_NOOP("messages", "id"),
    "date": QT_TRANSLATE_NOOP("messages", "date"),
    "period": QT_TRANSLATE_NOOP("messages", "period"),
    "sku": QT_TRANSLATE_NOOP("messages", "sku"),
    "category": QT_TRANSLATE_NOOP("messages", "category"),
    "measure": QT_TRANSLATE_NOOP("messages", "measure"),
    "quantity": QT_TRANSLATE_NOOP("messages", "quantity"),
    "amount": QT_TRANSLATE_NOOP("messages", "amount"),
    "unit": QT_TRANSLATE_NOOP("messages", "unit"),
    "pack_size": QT_TRANSLATE_NOOP("messages", "pack size"),
    "list_price": QT_TRANSLATE_NOOP("messages", "list price"),
    "cost": QT_TRANSLATE_NOOP("messages", "cost"),
}


def field_word(name: str) -> str:
    """Field ``name`` as a word for a sentence: ``account code`` (translatable when known)."""
    known = FIELD_WORDS.get(name)
    return Sentence.of(known) if known is not None else name.replace("_", " ")
