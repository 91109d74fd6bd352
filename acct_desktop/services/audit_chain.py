"""The audit trail's hash chain: how an event's hash is made, and checking the whole chain.

Every audit event has a ``sequence`` (1, 2, 3, … with no gaps), the ``prev_hash`` of the
event before it (64 zeros for the first) and its own ``hash``: the SHA-256, in hex, of the
UTF-8 bytes of its *canonical record*, a JSON object with sorted keys and no spaces::

    {"actor": "an", "entity": "quote", "entity_id": "<uuid>", "field": "status",
     "new_digest": "<hex or null>", "occurred_at": "2026-03-01T09:15:00.000000+00:00",
     "old_digest": "<hex or null>", "prev_hash": "<hex>", "sequence": 1234}

``occurred_at`` is UTC with microseconds; ``entity_id`` a lower-case hyphenated UUID.
The values themselves are not in the record, only their digests: ``sha256(salt + ":" +
value)`` with a random 32-byte ``value_salt`` per event (``null`` when the value is
``None``). Erasing a person's data (``redacted_at``) sets the values *and the salt* to NULL:
the chain still checks, and without the salt the digest of a short value such as a phone
number can no longer be reversed by trying every number.

:func:`verify` walks the chain in sequence order and reports the first event that breaks
it, in a sentence. Limits: the newest events can be cut off or the last one rewritten
without a trace, since nothing after them holds their hash; note the head hash
(``VerifyReport.head_hash``) somewhere else to detect that.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, figure
from acct_desktop.store.database import Database
from acct_desktop.store.models import (
    Account,
    AuditEvent,
    CustomerIssue,
    IssueChecklist,
    PricePolicy,
    Quote,
    RebateAgreement,
)

GENESIS_HASH = "0" * 64
# How far from its place a moved or renumbered event is looked for, to name what happened.
_MOVE_SEARCH = 1_000


def value_digest(salt: str | None, value: str | None) -> str | None:
    """The digest an event keeps of one of its values (None for no value)."""
    if value is None:
        return None
    return hashlib.sha256(f"{salt}:{value}".encode()).hexdigest()


def canonical_record(
    *,
    sequence: int,
    occurred_at: datetime,
    actor: str,
    entity: str,
    entity_id: uuid.UUID,
    field: str | None,
    old_digest: str | None,
    new_digest: str | None,
    prev_hash: str,
) -> bytes:
    """The bytes an event's hash is taken over (see the module's description)."""
    record = {
        "sequence": sequence,
        "occurred_at": occurred_at.astimezone(UTC).isoformat(timespec="microseconds"),
        "actor": actor,
        "entity": entity,
        "entity_id": str(entity_id),
        "field": field,
        "old_digest": old_digest,
        "new_digest": new_digest,
        "prev_hash": prev_hash,
    }
    return json.dumps(record, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def event_hash(event: AuditEvent, sequence: int | None = None) -> str:
    """The hash ``event`` should carry (at ``sequence``, by default its own)."""
    record = canonical_record(
        sequence=event.sequence if sequence is None else sequence,
        occurred_at=event.occurred_at,
        actor=event.actor,
        entity=event.entity,
        entity_id=event.entity_id,
        field=event.field,
        old_digest=event.old_digest,
        new_digest=event.new_digest,
        prev_hash=event.prev_hash,
    )
    return hashlib.sha256(record).hexdigest()


@dataclass(frozen=True)
class VerifyReport:
    """The outcome of checking the chain: valid, or the first event that breaks it."""

    events_checked: int
    head_sequence: int
    head_hash: str
    broken_sequence: int | None = None
    problem: str | None = None

    @property
    def valid(self) -> bool:
        return self.problem is None

    def describe(self) -> str:
        """One sentence for the user."""
        if self.problem is not None:
            return self.problem
        if not self.events_checked:
            return QT_TRANSLATE_NOOP(
                "messages", "The audit trail is empty; there is nothing to check."
            )
        return Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages",
                "The audit trail is intact: %1 events checked, the last is event %2 with hash %3.",
            ),
            figure(self.events_checked),
            figure(self.head_sequence),
            self.head_hash,
        )


def verify(db: Database) -> VerifyReport:
    """Check every event of the audit trail in sequence order (see the module's description)."""
    with db.session() as session:
        return _walk(session)


def _events(session: Session) -> Iterator[AuditEvent]:
    query = select(AuditEvent).order_by(AuditEvent.sequence, AuditEvent.id)
    yield from session.scalars(query.execution_options(yield_per=2_000))


def _walk(session: Session) -> VerifyReport:
    checked, expected, prev_hash = 0, 1, GENESIS_HASH
    previous: AuditEvent | None = None
    for event in _events(session):
        problem = _problem(session, event, expected, prev_hash, previous)
        if problem is not None:
            sequence, sentence = problem
            return VerifyReport(checked, expected - 1, prev_hash, sequence, sentence)
        checked += 1
        expected, prev_hash, previous = event.sequence + 1, event.hash, event
        session.expunge(event)
    return VerifyReport(checked, expected - 1, prev_hash)


def _problem(
    session: Session,
    event: AuditEvent,
    expected: int,
    prev_hash: str,
    previous: AuditEvent | None,
) -> tuple[int, str] | None:
    """(sequence, sentence) of what is wrong at ``event``, or None when it is in place."""
    what = _event(session, event)
    if event.sequence < expected:
        return event.sequence, Sentence.of(
            QT_TRANSLATE_NOOP("messages", "%1 appears twice: a copy was added to the trail."), what
        )
    changed = Sentence.of(
        QT_TRANSLATE_NOOP("messages", "%1 was changed after it was written."), what
    )
    own_hash_holds = event_hash(event) == event.hash
    if not own_hash_holds:
        moved = _written_at(event, expected)
        if moved is not None and moved != event.sequence:
            return event.sequence, Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "%1 was written as event %2: events were deleted, inserted or put in another "
                    "order after they were written.",
                ),
                what,
                figure(moved),
            )
        return event.sequence, changed
    if event.sequence > expected:
        if event.sequence == expected + 1:
            return expected, Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages", "event %1 is missing: it was deleted from before %2."
                ),
                figure(expected),
                what,
            )
        return expected, Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages", "events %1 to %2 are missing: they were deleted from before %3."
            ),
            figure(expected),
            figure(event.sequence - 1),
            what,
        )
    if event.prev_hash != prev_hash:
        if previous is None:
            return event.sequence, changed
        linked = session.scalar(
            select(AuditEvent.sequence).where(AuditEvent.hash == event.prev_hash)
        )
        if linked is not None and linked != previous.sequence:
            return event.sequence, Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "%1 follows event %2 when written, not event %3: events were put in another "
                    "order after they were written.",
                ),
                what,
                figure(linked),
                figure(previous.sequence),
            )
        return previous.sequence, Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages",
                "%1 was changed after it was written: its hash was recomputed, and event %2 was "
                "chained to what it held before.",
            ),
            _event(session, previous),
            figure(event.sequence),
        )
    if event.redacted_at is None:
        for template, value, digest in (
            (
                QT_TRANSLATE_NOOP(
                    "messages",
                    "%1 was changed after it was written: its old value no longer matches the "
                    "digest taken when it was written.",
                ),
                event.old_value,
                event.old_digest,
            ),
            (
                QT_TRANSLATE_NOOP(
                    "messages",
                    "%1 was changed after it was written: its new value no longer matches the "
                    "digest taken when it was written.",
                ),
                event.new_value,
                event.new_digest,
            ),
        ):
            if value_digest(event.value_salt, value) != digest:
                return event.sequence, Sentence.of(template, what)
    elif event.old_value is not None or event.new_value is not None:
        return event.sequence, Sentence.of(
            QT_TRANSLATE_NOOP("messages", "%1 was erased, yet holds a value again."), what
        )
    return None


def _written_at(event: AuditEvent, expected: int) -> int | None:
    """The sequence ``event``'s hash was made for, looked for near where it should be."""
    for distance in range(_MOVE_SEARCH + 1):
        for sequence in {expected + distance, expected - distance}:
            if sequence >= 1 and event_hash(event, sequence) == event.hash:
                return sequence
    return None


_LABELS = {
    "quote": (
        Quote,
        lambda q: Sentence.of(QT_TRANSLATE_NOOP("messages", "quote %1 R%2"), q.number, q.revision),
    ),
    "price_policy": (
        PricePolicy,
        lambda p: Sentence.of(QT_TRANSLATE_NOOP("messages", "price policy %1"), p.code),
    ),
    "rebate_agreement": (
        RebateAgreement,
        lambda r: Sentence.of(QT_TRANSLATE_NOOP("messages", "rebate agreement %1"), r.number),
    ),
    "issue_checklist": (
        IssueChecklist,
        lambda c: Sentence.of(
            QT_TRANSLATE_NOOP("messages", "checklist %1 R%2"), c.number, c.revision
        ),
    ),
    "customer_issue": (
        CustomerIssue,
        lambda i: Sentence.of(QT_TRANSLATE_NOOP("messages", "issue %1"), i.number),
    ),
    "account": (
        Account,
        lambda a: Sentence.of(QT_TRANSLATE_NOOP("messages", "account %1"), a.code),
    ),
}


def _event(session: Session, event: AuditEvent) -> Sentence:
    """``event 42 (quote Q-2026-0042 R1 status, 2026-03-01 by an)`` in a sentence."""
    return Sentence.of(
        QT_TRANSLATE_NOOP("messages", "event %1 (%2)"),
        figure(event.sequence),
        _describe(session, event),
    )


def _describe(session: Session, event: AuditEvent) -> str:
    """What an event is about, e.g. "quote Q-2026-0042 R1 status, 2026-03-01 by an"; a
    contact is named by its id only, never by name."""
    label: str = f"{event.entity.replace('_', ' ')} {event.entity_id.hex[:8]}"
    model, name = _LABELS.get(event.entity, (None, None))
    if model is not None and name is not None:
        record = session.get(model, event.entity_id)
        if record is not None:
            label = name(record)
    day = event.occurred_at.astimezone(UTC).date().isoformat()
    if event.field:  # the field's name as stored (status, price…)
        return Sentence.of(
            QT_TRANSLATE_NOOP("messages", "%1 %2, %3 by %4"), label, event.field, day, event.actor
        )
    return Sentence.of(QT_TRANSLATE_NOOP("messages", "%1, %2 by %3"), label, day, event.actor)
