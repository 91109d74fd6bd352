"""A colleague's change standing in the way of the user's, said in one sentence.

Two managers share one database. Undo takes back only the user's own change, and only
while what it would put back still holds what that change left; when a colleague changed
it since, the undo is refused with a sentence naming who (``refusal``: the latest change
of the record by someone else in the audit trail) — never a silent overwrite. Two saves
of one record at the same moment meet its version counter (``Entity.version``): the
second fails with SQLAlchemy's StaleDataError, which ``saving`` turns into the same kind
of sentence. Every service says it through here: one sentence, translated once.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from enum import Enum

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.audit_names import names_of
from acct_desktop.services.refusals import EditRejected
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, AuditEvent, RebateAgreement, Visit


class Doing(Enum):
    """What the user was doing when a colleague's change stood in the way."""

    UNDO = "undo"
    REDO = "redo"
    SAVE = "save"


# (what the user did, whether we know who) → the sentence: %1 who and %2 the record, or
# %1 the record when the trail does not say who
SENTENCES = {
    (Doing.UNDO, True): QT_TRANSLATE_NOOP(
        "messages", "%1 changed %2 since; your change was not undone."
    ),
    (Doing.UNDO, False): QT_TRANSLATE_NOOP(
        "messages", "%1 was changed since; your change was not undone."
    ),
    (Doing.REDO, True): QT_TRANSLATE_NOOP(
        "messages", "%1 changed %2 since; your change was not redone."
    ),
    (Doing.REDO, False): QT_TRANSLATE_NOOP(
        "messages", "%1 was changed since; your change was not redone."
    ),
    (Doing.SAVE, True): QT_TRANSLATE_NOOP(
        "messages",
        "%1 saved a change to %2 at the same moment; your change was not saved. Look at "
        "it again and repeat your change.",
    ),
    (Doing.SAVE, False): QT_TRANSLATE_NOOP(
        "messages",
        "%1 was changed at the same moment; your change was not saved. Look at it again "
        "and repeat your change.",
    ),
}
# a record none of the names below can name
THIS_RECORD = QT_TRANSLATE_NOOP("messages", "this record")
# a visit, by its account's name and its day
THE_VISIT = QT_TRANSLATE_NOOP("messages", "the visit to %1 on %2")


class ChangedSince(EditRejected):
    """A colleague's change stands in the way; nothing was changed. ``who`` changed it
    (None when the trail does not say)."""

    def __init__(self, sentence: Sentence, who: str | None) -> None:
        super().__init__(sentence)
        self.who = who


def said(doing: Doing, who: str | None, label: object) -> Sentence:
    """The sentence for ``doing`` refused by ``who``'s change of the record ``label``."""
    if who is None:
        return Sentence.of(SENTENCES[doing, False], label)
    return Sentence.of(SENTENCES[doing, True], who, label)


def who_changed(
    session: Session,
    entity: str,
    ids: Iterable[uuid.UUID],
    me: str,
    fields: Sequence[str] | None = None,
) -> str | None:
    """Who other than ``me`` last changed the record(s) ``ids`` (in ``fields`` when given,
    and then after ``me`` last changed those fields), by the audit trail; None when nobody."""
    ids = list(ids)
    mine = select(AuditEvent.sequence).where(
        AuditEvent.entity == entity, AuditEvent.entity_id.in_(ids), AuditEvent.actor == me
    )
    others = select(AuditEvent.actor).where(
        AuditEvent.entity == entity, AuditEvent.entity_id.in_(ids), AuditEvent.actor != me
    )
    if fields is not None:
        mine = mine.where(AuditEvent.field.in_(list(fields)))
        others = others.where(AuditEvent.field.in_(list(fields)))
        last_mine = session.scalar(mine.order_by(AuditEvent.sequence.desc()).limit(1))
        if last_mine is not None:
            others = others.where(AuditEvent.sequence > last_mine)
    return session.scalar(others.order_by(AuditEvent.sequence.desc()).limit(1))


def record_label(session: Session, entity: str, record_id: uuid.UUID) -> object:
    """How the forms name the record: an account "name (code)", a quote's number, a policy's
    code and name, an agreement's number, a contact's name, an issue's number."""
    if entity == "rebate_agreement":
        number = session.scalar(
            select(RebateAgreement.number).where(RebateAgreement.id == record_id)
        )
        if number:
            return number
    if entity == "visit":
        found = session.execute(
            select(Account.name, Visit.planned_start)
            .join(Account, Account.id == Visit.account_id)
            .where(Visit.id == record_id)
        ).first()
        if found is not None:
            return Sentence.of(THE_VISIT, found[0], found[1].astimezone().date())
    found = names_of(session, {entity: {record_id}}).get((entity, record_id))
    return found if found is not None else Sentence.of(THIS_RECORD)


def refusal(
    session: Session,
    entity: str,
    record_id: uuid.UUID,
    me: str,
    doing: Doing,
    fields: Sequence[str] | None = None,
    label: object | None = None,
    ids: Iterable[uuid.UUID] | None = None,
) -> Sentence:
    """The sentence refusing ``doing`` on a record someone changed since (see
    ``who_changed``; ``ids`` when the record's trail is kept under other ids)."""
    who = who_changed(session, entity, ids or [record_id], me, fields)
    if label is None:
        label = record_label(session, entity, record_id)
    return said(doing, who, label)


def changed_since(
    db: Database,
    entity: str,
    record_id: uuid.UUID,
    me: str,
    doing: Doing,
    fields: Sequence[str] | None = None,
) -> ChangedSince:
    """``refusal`` as the refusal to raise, read in a session of its own."""
    with db.session() as session:
        who = who_changed(session, entity, [record_id], me, fields)
        return ChangedSince(said(doing, who, record_label(session, entity, record_id)), who)


@contextmanager
def saving(
    db: Database,
    entity: str,
    record_ids: uuid.UUID | Sequence[uuid.UUID],
    me: str,
    refused: Callable[[Sentence, str | None], Exception] = ChangedSince,
) -> Iterator[Session]:
    """``db.session()`` for a save of the record(s) ``record_ids``: a colleague's save of
    one of them at the same moment (the version it was read at is gone:
    StaleDataError) is refused as ``ChangedSince`` (or what ``refused`` makes of the
    sentence and who), naming who, instead of escaping raw."""
    try:
        with db.session() as session:
            yield session
    except StaleDataError:
        ids = [record_ids] if isinstance(record_ids, uuid.UUID) else list(record_ids)
        with db.session() as session:
            who = who_changed(session, entity, ids, me)
            label = (
                record_label(session, entity, ids[0]) if len(ids) == 1 else Sentence.of(THIS_RECORD)
            )
        raise refused(said(Doing.SAVE, who, label), who) from None
