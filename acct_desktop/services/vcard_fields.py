"""What a parsed vCard says about a person, in the terms of our contacts.

* Name: ``FN`` (when ``N`` says otherwise, ``FN`` wins: it is the name as the person is
  shown); without one, composed from ``N`` in the culture's order (family name first,
  without a space, in CJK characters; a Vietnamese family name first; else given first).
* ``ORG``: the organisation, and its units (joined by ", ") as the department. ``TITLE``;
  ``ROLE`` (kept as the title when there is no ``TITLE``). ``NOTE`` (several joined).
* Every ``TEL``, ``EMAIL``, ``ADR``, ``URL``, ``IMPP`` and ``X-WECHAT``-style messenger
  property, with its label: an Apple ``itemN.X-ABLabel`` of its group, else its TYPE
  (work, cell, home, fax, pager, main, other). The primary phone is the most preferred one
  (``PREF=n`` or ``TYPE=pref``), else the first work phone, else the first that is not a
  fax; the primary e-mail the most preferred, else the first. Everything else becomes a
  detail. Addresses are stored formatted: their parts joined by ", ".
* Our own fields: ``X-ACCT-DMU-ROLE``, ``X-ACCT-ATTITUDE``, ``X-ACCT-INFLUENCE``,
  ``X-ACCT-REPORTS-TO`` (the manager's UID), ``X-ACCT-MESSENGER`` and
  ``X-ACCT-LAST-CONTACTED`` (an ISO date). A card with our
  ``PRODID`` is read exactly as we wrote it: only a preferred phone or e-mail is primary.
"""

from __future__ import annotations

import re
import urllib.parse
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from acct_desktop.domain.enums import Attitude, DmuRole
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, figure
from acct_desktop.services.vcard_values import (
    MESSENGER_PROPERTIES,
    CardError,
    Property,
    address_text,
    label_of,
    messenger_of,
    name_of,
    phone_text,
    pick_label,
    pref_rank,
    short,
    text_of,
    text_parts,
    types_of,
    uid_of,
)
from acct_desktop.store.models.contacts import ContactDetailKind

OWN_PRODID = "-//acct-desktop//contact cards//EN"
LIMITS = {
    "name": 200,
    "title": 200,
    "department": 200,
    "phone": 60,
    "email": 200,
    "messenger_id": 120,
    "label": 60,
}
PHONE_LABELS = ("fax", "cell", "pager", "home", "work", "main", "other")
PLACE_LABELS = ("work", "home", "other")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class CardDetail:
    """One phone, e-mail, address, web address or messenger id beyond the primary ones."""

    kind: ContactDetailKind
    label: str | None
    value: str


@dataclass(slots=True)
class CardContact:
    """One person as a card describes them (``number``: the card's place in the file,
    ``line``: where it starts)."""

    number: int
    line: int
    version: str
    name: str
    organisation: str | None = None
    department: str | None = None
    title: str | None = None
    role: str | None = None
    phone: str | None = None
    phone_label: str | None = None  # the main phone's kind: cell, work, home … or None
    email: str | None = None
    messenger_id: str | None = None
    notes: str | None = None
    details: list[CardDetail] = field(default_factory=list)
    uid: str | None = None
    dmu_role: DmuRole | None = None
    attitude: Attitude | None = None
    influence: int | None = None
    reports_to_uid: str | None = None
    last_contacted_on: date | None = None  # X-ACCT-LAST-CONTACTED (an ISO date)
    revised_at: datetime | None = None  # REV, written on export (not read)
    name_language: str | None = None  # the account's document language: how N is split
    name_country: str | None = None  # the account's country (JP: a Japanese name)
    own: bool = False
    skip_reason: str | None = None

    def phones(self) -> list[str]:
        """Every phone number on the card, the primary first."""
        more = [d.value for d in self.details if d.kind is ContactDetailKind.PHONE]
        return [self.phone, *more] if self.phone else more

    def emails(self) -> list[str]:
        """Every e-mail address on the card, the primary first."""
        more = [d.value for d in self.details if d.kind is ContactDetailKind.EMAIL]
        return [self.email, *more] if self.email else more


@dataclass(slots=True)
class _Item:
    value: str
    label: str | None
    types: set[str]
    pref: int | None


def contact_from_card(children: list[Property], number: int, line: int) -> CardContact:
    """Our reading of one card's properties (see the module's rules)."""
    first = {c.name: c for c in reversed(children)}
    kind = (text_of(first["KIND"]) or "").lower() if "KIND" in first else ""
    version = text_of(first["VERSION"]) if "VERSION" in first else None
    prodid = text_of(first["PRODID"]) if "PRODID" in first else None
    contact = CardContact(number, line, version or "3.0", name_of(children))
    contact.own = prodid == OWN_PRODID
    if kind in ("group", "org", "location"):
        contact.skip_reason = Sentence.of(
            QT_TRANSLATE_NOOP("messages", "a card for a %1 (KIND:%1), not for a person"), kind
        )
        return contact
    labels = {c.group: label_of(text_of(c)) for c in children if c.name == "X-ABLABEL" and c.group}
    phones: list[_Item] = []
    emails: list[_Item] = []
    details: list[CardDetail] = []
    messengers: list[tuple[str, str]] = []
    notes: list[str] = []
    for child in children:
        _read_property(contact, child, labels, phones, emails, details, messengers, notes)
    contact.notes = "\n\n".join(notes) or None
    if contact.title is None:
        contact.title = contact.role
    main_phone = _take_primary(phones, contact.own, phone=True)
    if main_phone is not None:
        contact.phone, contact.phone_label = main_phone.value, main_phone.label
    main_email = _take_primary(emails, contact.own, phone=False)
    contact.email = main_email.value if main_email is not None else None
    if not contact.own and messengers and contact.messenger_id is None:
        label, value = messengers.pop(0)
        contact.messenger_id = f"{label}:{value}"
    contact.details = _unique(
        contact,
        [CardDetail(ContactDetailKind.PHONE, i.label, i.value) for i in phones]
        + [CardDetail(ContactDetailKind.EMAIL, i.label, i.value) for i in emails]
        + details
        + [CardDetail(ContactDetailKind.MESSENGER, lbl, val) for lbl, val in messengers],
    )
    _check(contact)
    return contact


def _read_property(
    contact: CardContact,
    child: Property,
    labels: dict[str, str | None],
    phones: list[_Item],
    emails: list[_Item],
    details: list[CardDetail],
    messengers: list[tuple[str, str]],
    notes: list[str],
) -> None:
    name = child.name
    line = child.line
    group_label = labels.get(child.group) if child.group else None
    if name == "ORG":
        parts = text_parts(child)
        if any(parts) and contact.organisation is None and contact.department is None:
            contact.organisation = parts[0]
            contact.department = ", ".join(p for p in parts[1:] if p) or None
    elif name in ("TITLE", "ROLE"):
        attribute = name.lower()
        if getattr(contact, attribute) is None:
            setattr(contact, attribute, text_of(child))
    elif name == "NOTE":
        if note := text_of(child):
            notes.append(note)
    elif name == "TEL":
        if value := phone_text(text_of(child)):
            types = types_of(child)
            label = group_label or pick_label(types, PHONE_LABELS)
            phones.append(_Item(value, label, types, pref_rank(child, types)))
    elif name == "EMAIL":
        _read_email(child, group_label, emails, line)
    elif name in ("ADR", "URL"):
        value = address_text(child) if name == "ADR" else text_of(child)
        if value:
            kind = ContactDetailKind.ADDRESS if name == "ADR" else ContactDetailKind.URL
            details.append(
                CardDetail(kind, group_label or pick_label(types_of(child), PLACE_LABELS), value)
            )
    elif name == "IMPP" or name in MESSENGER_PROPERTIES:
        if found := messenger_of(child):
            messengers.append(found)
    elif name == "UID":
        contact.uid = uid_of(text_of(child))
    elif name.startswith("X-ACCT-"):
        _read_own(contact, name, text_of(child), line)


def _read_email(
    child: Property, group_label: str | None, emails: list[_Item], line: int | None
) -> None:
    value = text_of(child)
    types = types_of(child)
    if not value or "x400" in types:
        return
    if value.lower().startswith("mailto:"):
        value = urllib.parse.unquote(value[7:]).strip()
    if value.lower().startswith("/o="):  # an Exchange-internal address, not an e-mail address
        return
    if not _EMAIL.fullmatch(value):
        raise CardError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", '"%1" is not an e-mail address'), short(value)
            ),
            line,
        )
    emails.append(
        _Item(value, group_label or pick_label(types, PLACE_LABELS), types, pref_rank(child, types))
    )


def _read_own(contact: CardContact, name: str, value: str | None, line: int | None) -> None:
    if value is None:
        return
    if name == "X-ACCT-DMU-ROLE":
        contact.dmu_role = _enum(DmuRole, value, name, line)
    elif name == "X-ACCT-ATTITUDE":
        contact.attitude = _enum(Attitude, value, name, line)
    elif name == "X-ACCT-INFLUENCE":
        if value not in ("1", "2", "3", "4", "5"):
            raise CardError(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", '%1 "%2" is not a whole number from 1 to 5'),
                    name,
                    short(value),
                ),
                line,
            )
        contact.influence = int(value)
    elif name == "X-ACCT-REPORTS-TO":
        contact.reports_to_uid = uid_of(value)
    elif name == "X-ACCT-MESSENGER":
        contact.messenger_id = value
    elif name == "X-ACCT-LAST-CONTACTED":
        try:
            contact.last_contacted_on = date.fromisoformat(value.strip())
        except ValueError:
            raise CardError(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", '%1 "%2" is not a date like 2026-11-02'),
                    name,
                    short(value),
                ),
                line,
            ) from None


def _enum(enum_cls: Any, value: str, name: str, line: int | None) -> Any:
    try:
        return enum_cls(value.lower())
    except ValueError:
        allowed = ", ".join(m.value for m in enum_cls)
        raise CardError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", '%1 "%2" is not one of %3'),
                name,
                short(value),
                allowed,
            ),
            line,
        ) from None


# -- choosing and checking ------------------------------------------------------------------
def _take_primary(items: list[_Item], own: bool, phone: bool) -> _Item | None:
    """Remove and return the primary item (see the module's rules)."""
    ranked = [i for i in items if i.pref is not None]
    chosen: _Item | None = min(ranked, key=lambda i: i.pref or 0) if ranked else None
    if chosen is None and not own and items:
        if phone:
            voice = [i for i in items if "fax" not in i.types and i.label != "fax"]
            work = [i for i in voice if "work" in i.types]
            chosen = (work or voice or items)[0]
        else:
            chosen = items[0]
    if chosen is None:
        return None
    items.remove(chosen)
    return chosen


def _unique(contact: CardContact, details: list[CardDetail]) -> list[CardDetail]:
    """The details without repeats and without copies of the primary values."""
    primary = {
        (ContactDetailKind.PHONE, contact.phone),
        (ContactDetailKind.EMAIL, (contact.email or "").casefold()),
    }
    seen: set[tuple[ContactDetailKind, str]] = set()
    kept: list[CardDetail] = []
    for detail in details:
        key = (
            detail.kind,
            detail.value.casefold() if detail.kind is ContactDetailKind.EMAIL else detail.value,
        )
        messenger = detail.kind is ContactDetailKind.MESSENGER
        if key in seen or key in primary:
            continue
        if messenger and f"{detail.label}:{detail.value}" == contact.messenger_id:
            continue
        seen.add(key)
        kept.append(detail)
    return kept


# "the name is 300 characters long; at most 200 fit": one sentence per field checked.
TOO_LONG = {
    "name": QT_TRANSLATE_NOOP("messages", "the name is %1 characters long; at most %2 fit"),
    "title": QT_TRANSLATE_NOOP("messages", "the title is %1 characters long; at most %2 fit"),
    "department": QT_TRANSLATE_NOOP(
        "messages", "the department is %1 characters long; at most %2 fit"
    ),
    "phone": QT_TRANSLATE_NOOP("messages", "the phone is %1 characters long; at most %2 fit"),
    "email": QT_TRANSLATE_NOOP("messages", "the email is %1 characters long; at most %2 fit"),
    "messenger_id": QT_TRANSLATE_NOOP(
        "messages", "the messenger id is %1 characters long; at most %2 fit"
    ),
}


def _check(contact: CardContact) -> None:
    for attribute in ("name", "title", "department", "phone", "email", "messenger_id"):
        value = getattr(contact, attribute)
        limit = LIMITS[attribute]
        if value is not None and len(value) > limit:
            raise CardError(Sentence.of(TOO_LONG[attribute], figure(len(value)), limit))
    for detail in contact.details:
        if detail.label is not None and len(detail.label) > LIMITS["label"]:
            raise CardError(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", 'the label "%1" is longer than 60 characters'),
                    short(detail.label),
                )
            )
    texts = [
        *(getattr(contact, a) for a in (*LIMITS.keys() - {"label"}, "notes", "organisation")),
        *(d.value for d in contact.details),
        *(d.label for d in contact.details),
    ]
    if any(t and _CONTROL.search(t) for t in texts):
        raise CardError(QT_TRANSLATE_NOOP("messages", "a value holds control characters"))
