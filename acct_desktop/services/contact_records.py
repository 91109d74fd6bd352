"""Changing contacts and their relationships, as the relationship map does.

Each change is one transaction, validated field by field (a sentence per field), and
audited field by field — contacts hold personal data, so who changed what and when is
kept. Reporting lines may not loop; typed relationships join two different people of the
same account family (an HQ buyer can influence a DC manager).
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from acct_desktop.domain.dmu_coverage import reporting_loop
from acct_desktop.domain.enums import Attitude, ContactLinkKind, DmuRole
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.acting import Actor, ActorName
from acct_desktop.services.audit import record_change
from acct_desktop.services.changed_since import Doing, refusal, saving
from acct_desktop.services.search import refresh_accounts
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, Contact, ContactLink
from acct_desktop.store.types import utcnow

EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")


class ContactRejected(ValueError):
    """Nothing was saved; ``problems`` maps each field to a sentence. ``whole``: the save
    was refused as a whole (a colleague saved the contact since it was read, or removed
    it), not for a field — the form keeps what was typed for when it is opened again."""

    def __init__(self, problems: dict[str, str], whole: bool = False) -> None:
        super().__init__(next(iter(problems.values())))
        self.problems = problems
        self.whole = whole


@dataclass(frozen=True, slots=True)
class ContactDraft:
    account_id: uuid.UUID
    name: str
    title: str | None = None
    department: str | None = None
    phone: str | None = None
    email: str | None = None
    messenger_id: str | None = None
    dmu_role: DmuRole = DmuRole.USER
    attitude: Attitude = Attitude.NEUTRAL
    influence: int = 3
    reports_to_id: uuid.UUID | None = None
    last_contacted_on: date | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class LinkRow:
    id: uuid.UUID
    from_contact_id: uuid.UUID
    to_contact_id: uuid.UUID
    kind: ContactLinkKind
    note: str | None


def _family(session: Session, account_id: uuid.UUID) -> set[uuid.UUID]:
    """The account, its ancestors and its descendants (people may report across them)."""
    family = {account_id}
    current = session.scalar(select(Account.parent_id).where(Account.id == account_id))
    while current is not None and current not in family:
        family.add(current)
        current = session.scalar(select(Account.parent_id).where(Account.id == current))
    frontier = [account_id]
    while frontier:
        children = session.scalars(select(Account.id).where(Account.parent_id.in_(frontier)))
        frontier = [child for child in children if child not in family]
        family.update(frontier)
    return family


class ContactRecords:
    _actor = ActorName()

    def __init__(self, db: Database, actor: Actor) -> None:
        self._db = db
        self._actor = actor

    @property
    def actor(self) -> str:
        """Who is acting, by the name the audit trail keeps."""
        return self._actor

    def draft_of(self, contact_id: uuid.UUID) -> ContactDraft:
        return self.draft(contact_id)[0]

    def draft(self, contact_id: uuid.UUID) -> tuple[ContactDraft, int]:
        """The contact as the form shows it, with the version to save against."""
        with self._db.session() as session:
            contact = self._get(session, contact_id)
            values = {f.name: getattr(contact, f.name) for f in fields(ContactDraft)}
            return ContactDraft(**values), contact.version

    def create(self, draft: ContactDraft) -> uuid.UUID:
        """A new contact; ContactRejected with a sentence per field otherwise."""
        with self._db.session() as session:
            self._check(session, draft, None)
            contact = Contact(**_values(draft))
            session.add(contact)
            session.flush()
            record_change(session, self._actor, "contact", contact.id, "created", None, draft.name)
            refresh_accounts(session, [contact.account_id])  # contact names are searchable
            return contact.id

    def update(
        self, contact_id: uuid.UUID, draft: ContactDraft, expected_version: int | None = None
    ) -> None:
        """Save ``draft`` over the contact (only the fields that changed are audited); with
        ``expected_version``, only if nobody saved it since that version was read."""
        with saving(self._db, "contact", contact_id, self._actor, _refused) as session:
            contact = self._get(session, contact_id)
            if expected_version is not None and contact.version != expected_version:
                said = refusal(session, "contact", contact_id, self._actor, Doing.SAVE)
                raise ContactRejected({"form": said}, whole=True)
            self._check(session, draft, contact)
            accounts = {contact.account_id, draft.account_id}
            for name, value in _values(draft).items():
                old = getattr(contact, name)
                if old != value:
                    setattr(contact, name, value)
                    record_change(session, self._actor, "contact", contact.id, name, old, value)
            session.flush()
            refresh_accounts(session, accounts)

    def set_reports_to(self, contact_id: uuid.UUID, boss_id: uuid.UUID | None) -> None:
        """Draw (or remove, with None) a reporting line; refused when it would loop."""
        draft = self.draft_of(contact_id)
        fields_ = {f.name: getattr(draft, f.name) for f in fields(ContactDraft)}
        self.update(contact_id, ContactDraft(**{**fields_, "reports_to_id": boss_id}))

    def archive(self, contact_id: uuid.UUID) -> list[uuid.UUID]:
        """Take the contact off the map (kept for history; their reports report to nobody).
        Returns the reports whose line to them was cut (an undo draws those again)."""
        with self._db.session() as session:
            contact = self._get(session, contact_id)
            contact.archived_at = utcnow()
            cut: list[uuid.UUID] = []
            for report in session.scalars(
                select(Contact).where(Contact.reports_to_id == contact_id)
            ):
                cut.append(report.id)
                record_change(
                    session, self._actor, "contact", report.id, "reports_to_id", contact_id, None
                )
                report.reports_to_id = None
            record_change(session, self._actor, "contact", contact.id, "archived", None, None)
            session.flush()
            refresh_accounts(session, [contact.account_id])
            return cut

    def restore(self, contact_id: uuid.UUID) -> None:
        with self._db.session() as session:
            contact = session.get(Contact, contact_id)
            if contact is None:
                raise ContactRejected(
                    {"name": QT_TRANSLATE_NOOP("messages", "This contact no longer exists.")}
                )
            contact.archived_at = None
            record_change(session, self._actor, "contact", contact.id, "restored", None, None)
            session.flush()
            refresh_accounts(session, [contact.account_id])

    # -- typed relationships ---------------------------------------------------------------

    def link(
        self,
        from_id: uuid.UUID,
        to_id: uuid.UUID,
        kind: ContactLinkKind,
        note: str | None = None,
    ) -> uuid.UUID:
        """Record that one person influences / is allied with / in conflict with / knows
        another; the same relationship twice is refused."""
        if from_id == to_id:
            raise ContactRejected(
                {
                    "to_contact_id": QT_TRANSLATE_NOOP(
                        "messages", "A person cannot be linked to themselves."
                    )
                }
            )
        with self._db.session() as session:
            source, target = self._get(session, from_id), self._get(session, to_id)
            if target.account_id not in _family(session, source.account_id):
                raise ContactRejected(
                    {
                        "to_contact_id": QT_TRANSLATE_NOOP(
                            "messages", "Link people of the same customer (or its group)."
                        )
                    }
                )
            symmetric = kind is not ContactLinkKind.INFLUENCES
            pairs = [(from_id, to_id)] + ([(to_id, from_id)] if symmetric else [])
            existing = session.scalar(
                select(ContactLink.id).where(
                    ContactLink.kind == kind,
                    or_(
                        *[
                            (ContactLink.from_contact_id == a) & (ContactLink.to_contact_id == b)
                            for a, b in pairs
                        ]
                    ),
                )
            )
            if existing is not None:
                raise ContactRejected(
                    {
                        "kind": QT_TRANSLATE_NOOP(
                            "messages", "These two are already linked this way."
                        )
                    }
                )
            link = ContactLink(
                from_contact_id=from_id,
                to_contact_id=to_id,
                kind=kind,
                note=(note or "").strip() or None,
            )
            session.add(link)
            session.flush()
            record_change(
                session, self._actor, "contact", from_id, f"link {kind.value}", None, str(to_id)
            )
            return link.id

    def unlink(self, link_id: uuid.UUID) -> LinkRow | None:
        """Remove a relationship; returns what it was (an undo records it again)."""
        with self._db.session() as session:
            link = session.get(ContactLink, link_id)
            if link is None:
                return None
            removed = LinkRow(
                link.id, link.from_contact_id, link.to_contact_id, link.kind, link.note
            )
            record_change(
                session,
                self._actor,
                "contact",
                link.from_contact_id,
                f"link {link.kind.value}",
                str(link.to_contact_id),
                None,
            )
            session.delete(link)
            return removed

    def links(self, contact_ids: set[uuid.UUID]) -> list[LinkRow]:
        """Relationships between any two of ``contact_ids``."""
        if not contact_ids:
            return []
        query = select(
            ContactLink.id,
            ContactLink.from_contact_id,
            ContactLink.to_contact_id,
            ContactLink.kind,
            ContactLink.note,
        ).where(
            ContactLink.from_contact_id.in_(contact_ids),
            ContactLink.to_contact_id.in_(contact_ids),
        )
        with self._db.session() as session:
            return [LinkRow(*row) for row in session.execute(query.order_by(ContactLink.id))]

    # -- machinery -------------------------------------------------------------------------

    def _get(self, session: Session, contact_id: uuid.UUID) -> Contact:
        contact = session.get(Contact, contact_id)
        if contact is None or contact.archived_at is not None:
            raise ContactRejected(
                {"form": QT_TRANSLATE_NOOP("messages", "This contact no longer exists.")},
                whole=True,
            )
        return contact

    def _check(self, session: Session, draft: ContactDraft, contact: Contact | None) -> None:
        problems: dict[str, str] = {}
        if not draft.name.strip():
            problems["name"] = QT_TRANSLATE_NOOP("messages", "Every contact needs a name.")
        elif len(draft.name) > 200:
            problems["name"] = QT_TRANSLATE_NOOP("messages", "Keep the name under 200 characters.")
        if draft.email and not EMAIL.fullmatch(draft.email.strip()):
            problems["email"] = QT_TRANSLATE_NOOP(
                "messages", "That does not look like an e-mail address (name@company.com)."
            )
        if not 1 <= draft.influence <= 5:
            problems["influence"] = QT_TRANSLATE_NOOP(
                "messages", "Influence is 1 (little) to 5 (decisive)."
            )
        if draft.last_contacted_on is not None and draft.last_contacted_on > date.today():
            problems["last_contacted_on"] = QT_TRANSLATE_NOOP(
                "messages", "The last contact cannot be in the future."
            )
        account = session.get(Account, draft.account_id)
        if account is None or account.archived_at is not None:
            problems["account_id"] = QT_TRANSLATE_NOOP("messages", "The account no longer exists.")
        if draft.reports_to_id is not None:
            problems.update(self._boss_problems(session, draft, contact))
        if problems:
            raise ContactRejected(problems)

    def _boss_problems(
        self, session: Session, draft: ContactDraft, contact: Contact | None
    ) -> dict[str, str]:
        boss = session.get(Contact, draft.reports_to_id)
        if boss is None or boss.archived_at is not None:
            return {
                "reports_to_id": QT_TRANSLATE_NOOP(
                    "messages", "That person is no longer a contact."
                )
            }
        if boss.account_id not in _family(session, draft.account_id):
            return {
                "reports_to_id": QT_TRANSLATE_NOOP(
                    "messages", "Choose a manager at this customer (or its group)."
                )
            }
        if contact is None:
            return {}
        family = _family(session, draft.account_id)
        query = select(Contact.id, Contact.reports_to_id).where(
            Contact.archived_at.is_(None), Contact.account_id.in_(family)
        )
        lines = {person: manager for person, manager in session.execute(query)}
        loop = reporting_loop(lines, contact.id, draft.reports_to_id)
        if loop:
            query = select(Contact.id, Contact.name).where(Contact.id.in_(loop))
            names = {person: name for person, name in session.execute(query)}
            chain = " → ".join(names.get(person, "?") for person in loop)
            return {
                "reports_to_id": Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "That would make a reporting loop: %1."), chain
                )
            }
        return {}


def _refused(sentence: Sentence, _who: str | None) -> ContactRejected:
    """A colleague saved the contact at the same moment: said as the form's refusals are."""
    return ContactRejected({"form": sentence}, whole=True)


def _values(draft: ContactDraft) -> dict[str, object]:
    values = {f.name: getattr(draft, f.name) for f in fields(ContactDraft)}
    for name, value in values.items():
        if isinstance(value, str):
            values[name] = value.strip() or None
    values["name"] = draft.name.strip()
    return values
