"""A person's rights over what we keep about them: a copy of it, and its erasure.

:func:`export_personal_data` gathers everything stored about one contact: every column,
their phones, e-mails and addresses, their links to other contacts and who reports to them,
the visits they attended, the quotes addressed to them, the issues raised on visits they
attended, every free text that mentions them (see ``personal_mentions``) and the audit
trail about them, as JSON-ready data.

:func:`erase_contact` removes the person and keeps the history. The name becomes a
placeholder, ``Erased contact 7F3A``: the first four hex digits of the contact's id (a
random UUID, so the token says nothing about the person and is the same every time). Title,
department, phone, e-mail, messenger id, notes and every detail are cleared, the links to
other contacts removed, and ``erased_at`` set. Mentions of their name, e-mails, phone
numbers and messenger handles in visit reports, issues, quote notes and other contacts'
notes are replaced by the placeholder. The row stays (visits attended, quotes and the
reporting line still count); role, attitude and influence stay, as they no longer describe
anyone identifiable. The audit events holding the person's values are redacted (values
and their salt set to NULL, ``redacted_at`` set; shown as ``[erased]``), which keeps the
audit chain valid; the erasure itself is recorded with who, when, the reason and the
contact's id only. Sealed checklists cannot be changed without breaking their seal: they
are left as issued and counted in the summary. Backups taken before the erasure still hold
the data. Erasing an erased contact changes nothing.

On SQLite the erasure runs with ``secure_delete`` on and merges the search index, so the
old name does not linger in freed pages or old index segments.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import inspect, or_, select
from sqlalchemy.orm import Session, selectinload

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, counted, sentences
from acct_desktop.services.audit import record_change
from acct_desktop.services.contact_card_rows import name_key
from acct_desktop.services.personal_mentions import (
    find_mentions,
    identity_of,
    replace_mentions,
    sealed_mentions,
)
from acct_desktop.services.search import refresh_accounts
from acct_desktop.store.database import Database
from acct_desktop.store.models import (
    Account,
    AuditEvent,
    Contact,
    ContactLink,
    CustomerIssue,
    Quote,
    Visit,
    VisitContact,
)
from acct_desktop.store.types import utcnow

EXPORT_FORMAT = "acct-desktop personal data 1"
ERASED_VALUE = "[erased]"
PERSONAL_FIELDS = frozenset(
    {"name", "title", "department", "phone", "email", "messenger_id", "notes", "details"}
)
CLEARED = ("title", "department", "phone", "email", "messenger_id", "notes")


class PrivacyError(ValueError):
    """A request that cannot be carried out; the message is a sentence for the user."""


@dataclass(frozen=True, slots=True)
class ContactChoice:
    """A contact a name or id may mean."""

    id: uuid.UUID
    name: str
    account_code: str


@dataclass(frozen=True)
class ErasureSummary:
    """What an erasure changed (all counts 0 and ``already_erased`` when run again)."""

    contact_id: uuid.UUID
    account_id: uuid.UUID
    placeholder: str
    already_erased: bool
    texts_changed: int
    links_removed: int
    details_removed: int
    audit_values_cleared: int
    sealed_mentions: int

    def describe(self) -> str:
        """One or two sentences for the user."""
        if self.already_erased:
            return Sentence.of(
                QT_TRANSLATE_NOOP("messages", "%1 had already been erased; nothing changed."),
                self.placeholder,
            )
        erased = Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages",
                "The contact's personal data was erased; they are now shown as %1. Changed or "
                "removed: %2 mentioning them, %3, %4, %5.",
            ),
            self.placeholder,
            counted(self.texts_changed, *_TEXTS),
            counted(self.links_removed, *_LINKS),
            counted(self.details_removed, *_DETAILS),
            counted(self.audit_values_cleared, *_AUDIT_VALUES),
        )
        if not self.sealed_mentions:
            return erased
        sealed = Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages",
                "%1 of sealed checklists mention them and were left as issued (a sealed "
                "document cannot be changed).",
            ),
            counted(self.sealed_mentions, *_ITEMS),
        )
        return sentences(erased, sealed)


# "1 text" / "12 texts": the counted things of the erasure summary, one and more.
_TEXTS = (QT_TRANSLATE_NOOP("messages", "%1 text"), QT_TRANSLATE_NOOP("messages", "%1 texts"))
_LINKS = (QT_TRANSLATE_NOOP("messages", "%1 link"), QT_TRANSLATE_NOOP("messages", "%1 links"))
_DETAILS = (
    QT_TRANSLATE_NOOP("messages", "%1 detail"),
    QT_TRANSLATE_NOOP("messages", "%1 details"),
)
_AUDIT_VALUES = (
    QT_TRANSLATE_NOOP("messages", "%1 audit value"),
    QT_TRANSLATE_NOOP("messages", "%1 audit values"),
)
_ITEMS = (QT_TRANSLATE_NOOP("messages", "%1 item"), QT_TRANSLATE_NOOP("messages", "%1 items"))


def placeholder_for(contact_id: uuid.UUID) -> str:
    """The name an erased contact is shown under (stable, holds nothing about the person)."""
    return f"Erased contact {contact_id.hex[:4].upper()}"


def find_contacts(db: Database, name_or_id: str) -> list[ContactChoice]:
    """The contacts ``name_or_id`` may mean: the one with that id, else those with that
    name (ignoring case and spacing), by account code."""
    text = name_or_id.strip()
    query = select(Contact.id, Contact.name, Account.code).join(
        Account, Account.id == Contact.account_id
    )
    with db.session() as session:
        try:
            wanted = uuid.UUID(text)
        except ValueError:
            wanted = None
        if wanted is not None:
            return [
                ContactChoice(*row) for row in session.execute(query.where(Contact.id == wanted))
            ]
        key = name_key(text)
        rows = session.execute(query.where(Contact.erased_at.is_(None)).order_by(Account.code))
        return [ContactChoice(*row) for row in rows if name_key(row[1]) == key]


# -- a copy of everything ---------------------------------------------------------------
def export_personal_data(db: Database, contact_id: uuid.UUID) -> dict[str, Any]:
    """Everything stored about one contact, as JSON-serialisable data."""
    with db.session() as session:
        contact = _contact(session, contact_id)
        account = session.get(Account, contact.account_id)
        boss = session.get(Contact, contact.reports_to_id) if contact.reports_to_id else None
        identity = identity_of(contact)
        visits = session.scalars(
            select(Visit)
            .join(VisitContact, VisitContact.visit_id == Visit.id)
            .where(VisitContact.contact_id == contact.id)
            .order_by(Visit.planned_start)
        ).all()
        issues = session.scalars(
            select(CustomerIssue)
            .join(VisitContact, VisitContact.visit_id == CustomerIssue.visit_id)
            .where(VisitContact.contact_id == contact.id)
            .order_by(CustomerIssue.raised_on, CustomerIssue.number)
        ).all()
        quotes = session.scalars(select(Quote).where(Quote.contact_id == contact.id)).all()
        links = session.scalars(
            select(ContactLink).where(
                or_(
                    ContactLink.from_contact_id == contact.id,
                    ContactLink.to_contact_id == contact.id,
                )
            )
        ).all()
        reports = session.scalars(select(Contact).where(Contact.reports_to_id == contact.id)).all()
        events = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.entity == "contact", AuditEvent.entity_id == contact.id)
            .order_by(AuditEvent.occurred_at, AuditEvent.created_at)
        ).all()
        codes = _account_codes(session, [*visits, *quotes])
        return {
            "format": EXPORT_FORMAT,
            "exported_at": _json(utcnow()),
            "contact": _columns(contact)
            | {
                "account": {"code": account.code, "name": account.name} if account else None,
                "reports_to": {"id": str(boss.id), "name": boss.name} if boss else None,
            },
            "details": [_columns(d) for d in contact.details],
            "links": [_link(link, contact.id, session) for link in links],
            "direct_reports": [{"id": str(c.id), "name": c.name} for c in reports],
            "visits_attended": [
                {"id": str(v.id), "account_code": codes.get(v.account_id)}
                | {
                    k: _json(getattr(v, k))
                    for k in ("planned_start", "planned_end", "purpose", "status")
                }
                for v in visits
            ],
            "issues_raised_on_their_visits": [
                {
                    k: _json(getattr(i, k))
                    for k in ("id", "number", "raised_on", "category", "status", "visit_id")
                }
                for i in issues
            ],
            "quotes_addressed_to_them": [
                {"account_code": codes.get(q.account_id)}
                | {
                    k: _json(getattr(q, k))
                    for k in ("id", "number", "revision", "quote_date", "status")
                }
                for q in quotes
            ],
            "texts_mentioning_them": [
                {"record": m.record, "id": str(m.id), "field": m.field, "text": m.text}
                for _row, m in find_mentions(session, contact, identity)
            ],
            "sealed_checklist_items_mentioning_them": [
                str(i) for i in sealed_mentions(session, identity)
            ],
            "audit_events": [
                {
                    k: _json(getattr(e, k))
                    for k in ("occurred_at", "actor", "field", "old_value", "new_value")
                }
                for e in events
            ],
        }


def _account_codes(session: Session, rows: list[Any]) -> dict[uuid.UUID, str]:
    """The codes of the accounts of ``rows`` (visits, quotes) by account id."""
    codes: dict[uuid.UUID, str] = {}
    for account_id in {row.account_id for row in rows}:
        account = session.get(Account, account_id)
        if account is not None:
            codes[account_id] = account.code
    return codes


def _contact(session: Session, contact_id: uuid.UUID) -> Contact:
    contact = session.get(Contact, contact_id, options=[selectinload(Contact.details)])
    if contact is None:
        raise PrivacyError(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "There is no contact with the id %1."), contact_id
            )
        )
    return contact


def _columns(row: Any) -> dict[str, Any]:
    return {a.key: _json(getattr(row, a.key)) for a in inspect(type(row)).column_attrs}


def _link(link: ContactLink, contact_id: uuid.UUID, session: Session) -> dict[str, Any]:
    outgoing = link.from_contact_id == contact_id
    other = session.get(Contact, link.to_contact_id if outgoing else link.from_contact_id)
    return {
        "id": str(link.id),
        "kind": link.kind.value,
        "direction": "from them" if outgoing else "to them",
        "other_contact": {"id": str(other.id), "name": other.name} if other else None,
        "note": link.note,
    }


def _json(value: Any) -> Any:
    if isinstance(value, uuid.UUID):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Decimal):
        return str(value)
    return value


# -- erasure --------------------------------------------------------------------------------
def erase_contact(db: Database, contact_id: uuid.UUID, actor: str, reason: str) -> ErasureSummary:
    """Erase one contact's personal data, keeping the row and the history (see the
    module's description); one transaction. Running it again changes nothing."""
    if not reason or not reason.strip():
        raise PrivacyError(
            QT_TRANSLATE_NOOP(
                "messages", "Say why the data is erased: the reason is kept in the audit trail."
            )
        )
    with db.session() as session:
        sqlite = session.connection().dialect.name == "sqlite"
        if sqlite:  # freed pages are overwritten with zeros, not left holding the old text
            session.connection().exec_driver_sql("PRAGMA secure_delete = ON")
        try:
            summary = _erase(session, _contact(session, contact_id), actor, reason.strip())
            if sqlite and not summary.already_erased:
                # Merge the search index: deleted entries leave its older segments.
                session.connection().exec_driver_sql(
                    "INSERT INTO account_search (account_search) VALUES ('optimize')"
                )
        finally:
            if sqlite:
                session.connection().exec_driver_sql("PRAGMA secure_delete = OFF")
    return summary


def _erase(session: Session, contact: Contact, actor: str, reason: str) -> ErasureSummary:
    placeholder = placeholder_for(contact.id)
    identity = identity_of(contact)
    pattern = identity.pattern()
    already = contact.erased_at is not None
    texts = 0
    changed_records: set[uuid.UUID] = {contact.id}
    for row, mention in list(find_mentions(session, contact, identity)) if pattern else []:
        new_text = replace_mentions(mention.text, pattern, placeholder)  # type: ignore[arg-type]
        if new_text != mention.text:
            setattr(row, mention.field, new_text)
            texts += 1
            changed_records.add(row.id)
            record_change(
                session,
                actor,
                mention.record,
                row.id,
                mention.field,
                None,
                f"mentions of erased contact {contact.id} replaced",
            )
    links = session.scalars(
        select(ContactLink).where(
            or_(ContactLink.from_contact_id == contact.id, ContactLink.to_contact_id == contact.id)
        )
    ).all()
    for link in links:
        session.delete(link)
    details = len(contact.details)
    contact.details = []
    personal = [contact.name, *(getattr(contact, name) for name in CLEARED)]
    contact.name = placeholder
    for name in CLEARED:
        setattr(contact, name, None)
    cleared = _scrub_audit(session, contact.id, changed_records, pattern, placeholder)
    if already and not (texts or links or details or cleared or any(personal[1:])):
        return ErasureSummary(contact.id, contact.account_id, placeholder, True, 0, 0, 0, 0, 0)
    contact.erased_at = contact.erased_at or utcnow()
    why = replace_mentions(reason, pattern, placeholder) if pattern else reason
    record_change(session, actor, "contact", contact.id, "erased", None, why)
    refresh_accounts(session, [contact.account_id])  # the old name leaves the search index
    sealed = len(sealed_mentions(session, identity))
    return ErasureSummary(
        contact.id,
        contact.account_id,
        placeholder,
        False,
        texts,
        len(links),
        details,
        cleared,
        sealed,
    )


def _scrub_audit(
    session: Session,
    contact_id: uuid.UUID,
    records: set[uuid.UUID],
    pattern: Any,
    placeholder: str,
) -> int:
    """Redact the audit events that hold the person's data: their personal fields, and any
    event of the records whose texts changed that mentions them. Redaction blanks both
    values and their salt, keeping the digests, so the audit chain stays valid (see
    ``services/audit_chain.py``). Returns how many values were blanked."""
    changed = 0
    now = utcnow()
    events = session.scalars(
        select(AuditEvent).where(
            AuditEvent.entity_id.in_(records), AuditEvent.redacted_at.is_(None)
        )
    ).all()
    for event in events:
        values = [v for v in (event.old_value, event.new_value) if v is not None]
        about_them = event.entity == "contact" and event.entity_id == contact_id
        personal = about_them and event.field in PERSONAL_FIELDS
        mentions = pattern is not None and any(
            replace_mentions(v, pattern, placeholder) != v for v in values
        )
        if values and (personal or mentions):
            event.old_value = event.new_value = event.value_salt = None
            event.redacted_at = now
            changed += len(values)
    return changed
