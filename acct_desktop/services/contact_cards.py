"""Contacts in and out as vCards (3.0 and 4.0; 2.1 read too).

Reading is ``vcard_reading`` (bytes, charsets, cards, line numbers) and ``vcard_fields``
(what a card means for a contact); writing is ``vcard_writing``. This module does the
database side.

**Import** (:func:`import_vcards`) puts every card of a file into one account, all or
nothing: every card is read and matched first; any problem (listed by card number and the
line where the card starts) means nothing is written. A card updates an existing contact of
the account instead of adding a second one when

1. its ``UID`` is that contact's id (a card we exported, imported back), or
2. it has the same name (ignoring case and Unicode composition) **and** shares an e-mail
   address (ignoring case) or a phone number (its last 9 digits, so ``+84 90 123 4567``
   and ``0901234567`` match) with the contact, primary or not; when neither the card nor
   the contact has any e-mail or phone, the same name is enough.

Archived and erased contacts are never matched. A card matching two contacts, or a contact
another card already matched, is a problem. An update takes every value the card has and
keeps what it lacks; phones, e-mails, addresses and messenger ids the contact has and the
card does not are kept as details (a card adds, it never removes). A new contact keeps the
card's UID as its id when that is a UUID no contact has yet, so ``X-ACCT-REPORTS-TO`` links
between exported cards survive an import into another database. Every created or changed
contact gets audit events; the account's search index is refreshed.

**Export** (:func:`export_vcards`, :func:`write_vcards`) writes the active (not archived,
not erased) contacts chosen by id or by account, by account code and name.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.exc import StaleDataError

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, figure
from acct_desktop.services.contact_card_export import (
    CardExportSummary,
    ContactCardError,
    export_vcards,
    write_vcards,
)
from acct_desktop.services.contact_card_rows import (
    apply_card,
    details_of,
    name_key,
    phone_key,
)
from acct_desktop.services.imports.graph import find_loops, parents_first
from acct_desktop.services.imports.problems import (
    ImportConflict,
    ImportSummary,
    database_changed,
    database_refused,
    one_after_another,
)
from acct_desktop.services.manager_profile import actor_name
from acct_desktop.services.search import refresh_accounts
from acct_desktop.services.vcard_fields import CardContact
from acct_desktop.services.vcard_reading import (
    CardProblem,
    VCardRejected,
    parse_vcards,
    read_vcards,
)
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, Contact

__all__ = [
    "CardContact",
    "CardExportSummary",
    "CardImportSummary",
    "ContactCardError",
    "VCardRejected",
    "export_vcards",
    "import_vcards",
    "read_vcards",
    "write_vcards",
]


@dataclass(frozen=True)
class CardImportSummary(ImportSummary):
    """What a vCard import did; ``notes`` says what was left out and why."""

    notes: tuple[str, ...] = ()

    def describe(self) -> str:
        """One sentence for the user (the notes follow it, one per line, when asked for)."""
        counts = (
            figure(self.rows),
            figure(self.created),
            figure(self.updated),
            figure(self.unchanged),
        )
        read = Sentence.of(
            QT_TRANSLATE_NOOP("messages", "%1 card read: %2 created, %3 updated, %4 unchanged.")
            if self.rows == 1
            else QT_TRANSLATE_NOOP(
                "messages", "%1 cards read: %2 created, %3 updated, %4 unchanged."
            ),
            *counts,
        )
        if not self.notes:
            return read
        remarks = Sentence.of(
            QT_TRANSLATE_NOOP("messages", "%1 remarks follow."), figure(len(self.notes))
        )
        return one_after_another([read, remarks])


# -- import ---------------------------------------------------------------------------------
def import_vcards(
    db: Database,
    data: bytes,
    account_code: str,
    *,
    actor: str | None = None,
    file_name: str = "the file",
) -> CardImportSummary:
    """Import the cards in ``data`` as contacts of the account ``account_code``, all or
    nothing (see the module's rules for matching and merging).

    Raises ``VCardRejected`` listing every problem by card and line, ``ContactCardError``
    when there is no such account, ``ImportConflict`` when the database refused the writes;
    in each case nothing is written.
    """
    parsed = parse_vcards(data, file_name)
    actor = actor or actor_name()  # who the audit trail names when the caller does not say
    with _import_session(db, file_name) as session:
        account = session.scalar(select(Account).where(Account.code == account_code.strip()))
        if account is None:
            raise ContactCardError(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages", "There is no account %1 in the database; nothing was imported."
                    ),
                    account_code,
                )
            )
        plan = _Matcher(session, account.id, parsed.contacts).plan()
        if plan.problems:
            raise VCardRejected(file_name, plan.problems)
        created = updated = 0
        changed: set[uuid.UUID] = set()
        for card, target in plan.managers_first():
            contact = target or Contact(id=plan.ids[card.number], account_id=account.id)
            if target is None:
                session.add(contact)
            boss = plan.bosses.get(card.number, contact.reports_to_id)
            if apply_card(session, contact, card, boss, actor, file_name, is_new=target is None):
                created += target is None
                updated += target is not None
                changed.add(contact.id)
                session.flush()  # a manager's row exists before the rows that point at it
        refresh_accounts(session, [account.id])  # contact names are searchable
    return CardImportSummary(
        entity="contacts",
        rows=len(parsed.contacts),
        created=created,
        updated=updated,
        unchanged=len(parsed.contacts) - created - updated,
        changed_ids=frozenset(changed),
        notes=parsed.skipped + plan.notes,
    )


@contextmanager
def _import_session(db: Database, name: str) -> Iterator[Session]:
    """One transaction; a database refusal becomes an ``ImportConflict`` sentence."""
    try:
        with db.session() as session:
            yield session
    except (IntegrityError, StaleDataError) as exc:
        raise ImportConflict(database_changed(name, _first_line(exc))) from exc
    except DBAPIError as exc:
        raise ImportConflict(database_refused(name, _first_line(exc))) from exc


def _first_line(exc: BaseException) -> str:
    error = getattr(exc, "orig", None) or exc
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


def _keys(emails: Iterable[str], phones: Iterable[str]) -> set[str]:
    keys = {f"@{e.casefold()}" for e in emails}
    return keys | {f"#{k}" for p in phones if (k := phone_key(p))}


@dataclass
class _Plan:
    targets: list[tuple[CardContact, Contact | None]]
    ids: dict[int, uuid.UUID]  # card number → the contact it writes
    bosses: dict[int, uuid.UUID | None]  # card number → resolved X-ACCT-REPORTS-TO
    problems: list[CardProblem]
    notes: tuple[str, ...]

    def managers_first(self) -> list[tuple[CardContact, Contact | None]]:
        """The cards ordered so that a card's manager (in the file) comes before it."""
        number_of = {contact_id: number for number, contact_id in self.ids.items()}
        targets = {card.number: (card, target) for card, target in self.targets}

        def manager(number: int) -> int | None:
            boss = self.bosses.get(number)
            return number_of.get(boss) if boss is not None else None

        return [targets[n] for n in parents_first(list(targets), manager)]


class _Matcher:
    """Matching cards to the account's contacts and resolving reporting lines."""

    def __init__(self, session: Session, account_id: uuid.UUID, cards: list[CardContact]):
        self.session = session
        self.cards = cards
        self.problems: list[CardProblem] = []
        self.notes: list[str] = []
        query = (
            select(Contact)
            .where(Contact.account_id == account_id)
            .options(selectinload(Contact.details))
        )
        everyone = list(session.scalars(query))
        self.all_ids = {c.id for c in everyone}
        self.active = {c.id: c for c in everyone if c.archived_at is None and c.erased_at is None}
        self.by_name: dict[str, list[Contact]] = {}
        self.new_cards: dict[str, list[CardContact]] = {}  # by name: cards matching no contact
        for contact in self.active.values():
            self.by_name.setdefault(name_key(contact.name), []).append(contact)

    def problem(self, card: CardContact, message: str) -> None:
        self.problems.append(CardProblem(card.line, None, message, card.number))

    def plan(self) -> _Plan:
        targets: list[tuple[CardContact, Contact | None]] = []
        ids: dict[int, uuid.UUID] = {}
        claimed: dict[uuid.UUID, CardContact] = {}
        for card in self.cards:
            target = self._match(card)
            first = claimed.get(target.id) if target is not None else self._same_as(card)
            if first is not None:
                self.problem(
                    card,
                    Sentence.of(
                        QT_TRANSLATE_NOOP(
                            "messages", "card %1 (line %2) already describes this contact"
                        ),
                        first.number,
                        first.line,
                    ),
                )
                continue
            if target is not None:
                claimed[target.id] = card
            ids[card.number] = target.id if target is not None else self._new_id(card, ids)
            targets.append((card, target))
        bosses = self._bosses(ids) if not self.problems else {}
        return _Plan(targets, ids, bosses, self.problems, tuple(self.notes))

    def _same_as(self, card: CardContact) -> CardContact | None:
        """An earlier new card of the file that describes the same person (same rule)."""
        uid = _as_uuid(card.uid)
        keys = _keys(card.emails(), card.phones())
        for other in self.new_cards.get(name_key(card.name), []):
            other_keys = _keys(other.emails(), other.phones())
            if (
                (uid is not None and uid == _as_uuid(other.uid))
                or (keys & other_keys)
                or (not keys and not other_keys)
            ):
                return other
        self.new_cards.setdefault(name_key(card.name), []).append(card)
        return None

    def _match(self, card: CardContact) -> Contact | None:
        by_uid = self.active.get(_as_uuid(card.uid))  # type: ignore[arg-type]
        if by_uid is not None:
            return by_uid
        same_name = self.by_name.get(name_key(card.name), [])
        wanted = _keys(card.emails(), card.phones())
        found = []
        for contact in same_name:
            details = details_of(contact)
            emails = [contact.email or "", *(v for k, _, v in details if k == "email")]
            phones = [contact.phone or "", *(v for k, _, v in details if k == "phone")]
            have = _keys([e for e in emails if e], [p for p in phones if p])
            if (wanted & have) or (not wanted and not have):
                found.append(contact)
        if len(found) > 1:
            self.problem(
                card,
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        '%1 contacts called "%2" match this card; give it the e-mail or phone of '
                        "only one of them",
                    ),
                    len(found),
                    card.name,
                ),
            )
            return None
        return found[0] if found else None

    def _new_id(self, card: CardContact, ids: dict[int, uuid.UUID]) -> uuid.UUID:
        """The card's UID when it is a UUID no contact has yet, else a new one."""
        wanted = _as_uuid(card.uid)
        if wanted is None or wanted in self.all_ids or wanted in ids.values():
            return uuid.uuid4()
        if self.session.get(Contact, wanted) is not None:  # a contact of another account
            return uuid.uuid4()
        return wanted

    def _bosses(self, ids: dict[int, uuid.UUID]) -> dict[int, uuid.UUID | None]:
        """X-ACCT-REPORTS-TO resolved to contact ids: a card of the file (by UID) or a
        contact of the account; otherwise left empty, with a note."""
        by_uid = {card.uid: ids[card.number] for card in self.cards if card.uid}
        bosses: dict[int, uuid.UUID | None] = {}
        for card in self.cards:
            if card.reports_to_uid is None:
                continue
            boss = by_uid.get(card.reports_to_uid)
            if boss is None and (known := _as_uuid(card.reports_to_uid)) in self.all_ids:
                boss = known
            if boss is None:
                self.notes.append(
                    Sentence.of(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "card %1 (line %2): the manager it names (X-ACCT-REPORTS-TO %3) is "
                            "neither in the file nor in the account; the reporting line was left "
                            "empty",
                        ),
                        card.number,
                        card.line,
                        card.reports_to_uid,
                    )
                )
            elif boss == ids[card.number]:
                self.problem(
                    card, QT_TRANSLATE_NOOP("messages", "X-ACCT-REPORTS-TO names the card itself")
                )
                continue
            bosses[card.number] = boss
        self._refuse_loops(ids, bosses)
        return bosses

    def _refuse_loops(self, ids: dict[int, uuid.UUID], bosses: dict[int, uuid.UUID | None]) -> None:
        number_of = {contact_id: number for number, contact_id in ids.items()}
        current = {c.id: c.reports_to_id for c in self.active.values()}

        def parent(node: uuid.UUID) -> uuid.UUID | None:
            number = number_of.get(node)
            if number is not None and number in bosses:
                return bosses[number]
            return current.get(node)

        cards = {card.number: card for card in self.cards}
        for node in find_loops(list(number_of), parent):
            self.problem(
                cards[number_of[node]],
                QT_TRANSLATE_NOOP("messages", "X-ACCT-REPORTS-TO makes a reporting loop"),
            )


def _as_uuid(value: str | None) -> uuid.UUID | None:
    if not value:
        return None
    try:
        return uuid.UUID(value)
    except ValueError:
        return None
