"""Between contact rows and cards: a contact as a card, and a card merged into a contact.

Merging (an import's update): the card's values win, values it lacks are kept; the
contact's phones, e-mails and messenger ids that the card lacks stay as details, after the
card's own details (a card adds, it never removes). Phone numbers are the same when their
last digits are (see :func:`phone_key`), e-mails ignoring case.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from typing import Any

from sqlalchemy.orm import Session

from acct_desktop.domain.enums import Attitude, DmuRole
from acct_desktop.services.audit import record_change
from acct_desktop.services.vcard_fields import CardContact, CardDetail
from acct_desktop.store.models import Contact, ContactDetail
from acct_desktop.store.models.contacts import ContactDetailKind

ENTITY = "contact"
PHONE_DIGITS = 9  # a phone number matches on its last 9 digits (country or trunk prefix aside)
PLAIN = ("name", "title", "department", "phone", "email", "messenger_id", "notes")
RANKS = ("dmu_role", "attitude", "influence")
LAST = "last_contacted_on"
PHONE_LABEL = "phone_label"
DEFAULTS: dict[str, Any] = {"dmu_role": DmuRole.USER, "attitude": Attitude.NEUTRAL, "influence": 3}
_NOT_DIGIT = re.compile(r"\D")

Detail = tuple[ContactDetailKind, str | None, str]


def name_key(name: str) -> str:
    """Names match ignoring case, Unicode composition and spacing."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def phone_key(phone: str) -> str | None:
    """The last ``PHONE_DIGITS`` digits of a number (None when it has fewer than 5)."""
    digits = _NOT_DIGIT.sub("", phone)
    return digits[-PHONE_DIGITS:] if len(digits) >= 5 else None


def value_key(kind: ContactDetailKind, value: str) -> tuple[ContactDetailKind, str]:
    """When two values of a kind are the same phone, e-mail, address …"""
    if kind is ContactDetailKind.PHONE:
        return kind, phone_key(value) or value
    if kind is ContactDetailKind.EMAIL:
        return kind, value.casefold()
    return kind, value


def details_of(contact: Contact) -> list[Detail]:
    """The contact's details as (kind, label, value), in order."""
    return [(d.kind, d.label, d.value) for d in contact.details]


def card_of(
    contact: Contact,
    account_name: str | None,
    language: str | None = None,
    country: str | None = None,
) -> CardContact:
    """A contact (its details loaded) as the card we export; ``language`` and ``country``
    (the account's document language and country) tell how the name is split into ``N``'s
    parts."""
    return CardContact(
        number=0,
        line=0,
        version="",
        name=contact.name,
        organisation=account_name,
        department=contact.department,
        title=contact.title,
        phone=contact.phone,
        phone_label=contact.phone_label,
        email=contact.email,
        messenger_id=contact.messenger_id,
        notes=contact.notes,
        details=[CardDetail(kind, label, value) for kind, label, value in details_of(contact)],
        uid=str(contact.id),
        dmu_role=contact.dmu_role,
        attitude=contact.attitude,
        influence=contact.influence,
        reports_to_uid=str(contact.reports_to_id) if contact.reports_to_id else None,
        last_contacted_on=contact.last_contacted_on,
        revised_at=contact.updated_at,
        name_language=language,
        name_country=country,
    )


def apply_card(
    session: Session,
    contact: Contact,
    card: CardContact,
    boss: uuid.UUID | None,
    actor: str,
    file_name: str,
    *,
    is_new: bool,
) -> bool:
    """Merge ``card`` into ``contact`` (a new one when ``is_new``), with audit events;
    returns whether anything changed."""
    old = {name: None if is_new else getattr(contact, name) for name in (*PLAIN, *RANKS, LAST)}
    new = {name: _first(getattr(card, name), old[name]) for name in PLAIN}
    new["name"] = card.name
    for name in RANKS:
        new[name] = _first(getattr(card, name), old[name], DEFAULTS[name])
    # the later contact wins: an old card never takes back a call made since
    new[LAST] = max((d for d in (card.last_contacted_on, old[LAST]) if d), default=None)
    # the main phone's kind goes with the number: the card's when it gives a number
    old[PHONE_LABEL] = None if is_new else contact.phone_label
    new[PHONE_LABEL] = card.phone_label if card.phone is not None else old[PHONE_LABEL]
    if card.own and card.phone == old["phone"] and old[PHONE_LABEL] is None:
        new[PHONE_LABEL] = None  # our export writes a number of unknown kind as work
    old_details = [] if is_new else details_of(contact)
    details = _merged_details(card, new, old, old_details)
    old_boss = None if is_new else contact.reports_to_id
    changed = {name: (old[name], value) for name, value in new.items() if value != old[name]}
    if boss != old_boss:
        changed["reports_to_id"] = (old_boss, boss)
    details_changed = details != old_details
    if not is_new and not changed and not details_changed:
        return False
    for name, (_before, value) in changed.items():
        setattr(contact, name, value)
    if details_changed:
        contact.details = [
            ContactDetail(kind=kind, label=label, value=value, position=position)
            for position, (kind, label, value) in enumerate(details)
        ]
    if is_new:
        record_change(session, actor, ENTITY, contact.id, "created", None, file_name)
        return True
    for name, (before, value) in changed.items():
        record_change(session, actor, ENTITY, contact.id, name, before, value)
    if details_changed:
        record_change(
            session,
            actor,
            ENTITY,
            contact.id,
            "details",
            _describe(old_details),
            _describe(details),
        )
    record_change(session, actor, ENTITY, contact.id, "imported", None, file_name)
    return True


def _first(*values: Any) -> Any:
    return next((v for v in values if v is not None), None)


def _merged_details(
    card: CardContact, new: dict[str, Any], old: dict[str, Any], old_details: list[Detail]
) -> list[Detail]:
    """The card's details, then the contact's old details and old primary values that are
    neither among them nor the new primary values."""
    primary = {
        value_key(ContactDetailKind.PHONE, new["phone"]) if new["phone"] else None,
        value_key(ContactDetailKind.EMAIL, new["email"]) if new["email"] else None,
    }
    demoted: list[Detail] = []
    if old["phone"]:
        demoted.append((ContactDetailKind.PHONE, old.get(PHONE_LABEL), old["phone"]))
    if old["email"]:
        demoted.append((ContactDetailKind.EMAIL, None, old["email"]))
    if old["messenger_id"] and old["messenger_id"] != new["messenger_id"]:
        network, colon, handle = old["messenger_id"].partition(":")
        demoted.append(
            (ContactDetailKind.MESSENGER, network, handle)
            if colon and handle
            else (ContactDetailKind.MESSENGER, "im", old["messenger_id"])
        )
    if new["messenger_id"]:
        primary.add((ContactDetailKind.MESSENGER, new["messenger_id"]))
    merged: list[Detail] = []
    seen = set(primary)
    for detail in [(d.kind, d.label, d.value) for d in card.details] + old_details + demoted:
        key = _key(detail)
        if key not in seen:
            seen.add(key)
            merged.append(detail)
    return merged


def _key(detail: Detail) -> tuple[ContactDetailKind, str]:
    kind, label, value = detail
    if kind is ContactDetailKind.MESSENGER:
        return kind, f"{label or 'im'}:{value}"
    return value_key(kind, value)


def _describe(details: list[Detail]) -> str:
    return "; ".join(f"{kind.value} {label or '-'}: {value}" for kind, label, value in details)
