"""Recording a visit: who was met, what was seen, competitors, compliance, follow-ups.

The report is kept on the visit itself and saved field by field as the manager types (the
form saves after a short pause), so a crash loses nothing: an unfinished report is simply
a visit not yet marked done. *Complete* marks it done, records the contacts met as
contacted that day and, when a next visit date is given, plans it — one transaction.

Two managers may have one report open at once (a team database): each field is saved
against the value the form showed (``seen``), so a colleague's text saved meanwhile is
never replaced silently — the save of that field is refused with the sentence every form
says (``changed_since``), while a field the colleague did not touch saves as usual.
"""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy import select

from acct_desktop.domain.enums import VisitPurpose, VisitStatus
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.acting import Actor, ActorName
from acct_desktop.services.audit import record_change
from acct_desktop.services.changed_since import (
    Doing,
    record_label,
    said,
    saving,
    who_changed,
)
from acct_desktop.services.visit_owners import Owner, my_name, owner_name
from acct_desktop.store.database import Database
from acct_desktop.store.models import (
    Account,
    CompetitorObservation,
    Contact,
    CustomerIssue,
    Visit,
    VisitContact,
)
from acct_desktop.store.types import utcnow

TEXT_FIELDS = (
    "summary",
    "stock_note",
    "sell_through_note",
    "competitor_note",
    "needs_note",
    "follow_ups",
)
CHECK_FIELDS = ("price_compliant", "pop_compliant", "promotion_participation")
SURVEY_FIELD = "survey_score"  # "Would they recommend us? (0-10)"; None: not asked


def survey_problem(value: object) -> str | None:
    """Why ``value`` is not a recommendation score (a whole number 0-10, or none)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        return QT_TRANSLATE_NOOP(
            "messages",
            "The recommendation score is a whole number from 0 to 10 (or leave it empty).",
        )
    return None


class ReportRejected(ValueError):
    """Nothing was saved; the message says why and ``field`` names the field it is about
    (``competitor``, ``price``, ``summary``, ``next_visit``, ``survey_score``), if one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class ReportChanged(ReportRejected):
    """A colleague saved ``field`` since the form showed it (``theirs`` is what they
    saved; ``who`` they are, when the audit trail says): nothing was saved."""

    def __init__(
        self,
        sentence: Sentence,
        field: str | None = None,
        theirs: object = None,
        who: str | None = None,
    ) -> None:
        super().__init__(sentence, field)  # type: ignore[arg-type]
        self.theirs = theirs
        self.who = who


def _at_same_moment(sentence: Sentence, who: str | None) -> ReportChanged:
    """Two saves of the visit at the same moment (its version counter): the same sentence."""
    return ReportChanged(sentence, who=who)


def stored(value: object) -> object:
    """``value`` as the report keeps it: a text without its outer blanks, "" as none."""
    if isinstance(value, str):
        return value.strip() or None
    return value


@dataclass(frozen=True, slots=True)
class Observation:
    id: uuid.UUID
    competitor: str
    product: str | None
    price: Decimal | None
    currency: str | None
    promotion: str | None
    note: str | None
    shelf_share_percent: int | None = None  # of the shelf the competitor holds


@dataclass(frozen=True, slots=True)
class VisitReport:
    visit_id: uuid.UUID
    account_id: uuid.UUID
    account_name: str
    currency: str
    start: datetime
    end: datetime
    purpose: VisitPurpose
    status: VisitStatus
    texts: dict[str, str | None]
    checks: dict[str, bool | None]
    people: tuple[tuple[uuid.UUID, str, bool], ...]  # (contact, label, met)
    observations: tuple[Observation, ...]
    issues: tuple[tuple[str, str], ...]  # (number, description) raised at this visit
    survey_score: int | None = None  # would they recommend us, 0-10

    @property
    def done(self) -> bool:
        return self.status is VisitStatus.DONE


class VisitReports:
    _actor = ActorName()

    def __init__(self, db: Database, actor: Actor, owner: Owner = my_name) -> None:
        self._db = db
        self._actor = actor
        self._owner = owner  # whose a next visit planned from a report is

    def report(self, visit_id: uuid.UUID) -> VisitReport:
        with self._db.session() as session:
            visit = self._get(session, visit_id)
            account = session.get(Account, visit.account_id)
            assert account is not None
            met = {vc.contact_id for vc in visit.contacts_met}
            people = tuple(
                (c.id, f"{c.name} · {c.title}" if c.title else c.name, c.id in met)
                for c in session.scalars(
                    select(Contact)
                    .where(Contact.account_id == visit.account_id, Contact.archived_at.is_(None))
                    .order_by(Contact.influence.desc(), Contact.name)
                )
            )
            observations = tuple(
                Observation(
                    o.id,
                    o.competitor,
                    o.product,
                    o.price,
                    o.currency,
                    o.promotion,
                    o.note,
                    o.shelf_share_percent,
                )
                for o in session.scalars(
                    select(CompetitorObservation)
                    .where(CompetitorObservation.visit_id == visit_id)
                    .order_by(CompetitorObservation.observed_at, CompetitorObservation.id)
                )
            )
            query = (
                select(CustomerIssue.number, CustomerIssue.description)
                .where(CustomerIssue.visit_id == visit_id)
                .order_by(CustomerIssue.number)
            )
            issues = tuple((number, text) for number, text in session.execute(query))
            return VisitReport(
                visit_id=visit.id,
                account_id=account.id,
                account_name=account.name,
                currency=account.currency,
                start=visit.planned_start,
                end=visit.planned_end,
                purpose=visit.purpose,
                status=visit.status,
                texts={name: getattr(visit, name) for name in TEXT_FIELDS},
                checks={name: getattr(visit, name) for name in CHECK_FIELDS},
                people=people,
                observations=observations,
                issues=issues,
                survey_score=visit.survey_score,
            )

    def save(
        self, visit_id: uuid.UUID, seen: Mapping[str, object] | None = None, **values: object
    ) -> None:
        """Save report fields (text, compliance ticks, purpose, the 0-10 recommendation
        score) as typed; audited. A score out of range is refused in a sentence. ``seen``:
        what the form showed of a field when the typing began — when a colleague saved
        something else there since, nothing is saved (``ReportChanged``, naming who)."""
        allowed = set(TEXT_FIELDS) | set(CHECK_FIELDS) | {"purpose", SURVEY_FIELD}
        unknown = set(values) - allowed
        if unknown:
            raise ValueError(f"not report fields: {sorted(unknown)}")
        problem = survey_problem(values.get(SURVEY_FIELD))
        if problem:
            raise ReportRejected(problem, field=SURVEY_FIELD)
        me = self._actor
        with saving(self._db, "visit", visit_id, me, _at_same_moment) as session:
            visit = self._get(session, visit_id)
            for name, value in values.items():
                now = getattr(visit, name)
                if (
                    seen is not None
                    and name in seen
                    and now
                    not in (
                        stored(seen[name]),
                        stored(value),
                    )
                ):
                    who = who_changed(session, "visit", [visit_id], me, [name])
                    label = record_label(session, "visit", visit_id)
                    raise ReportChanged(said(Doing.SAVE, who, label), name, now, who)
            for name, value in values.items():
                value = stored(value)
                old = getattr(visit, name)
                if old != value:
                    setattr(visit, name, value)
                    record_change(session, self._actor, "visit", visit.id, name, old, value)

    def set_met(self, visit_id: uuid.UUID, contact_id: uuid.UUID, met: bool) -> None:
        with self._db.session() as session:
            visit = self._get(session, visit_id)
            existing = next((vc for vc in visit.contacts_met if vc.contact_id == contact_id), None)
            if met and existing is None:
                visit.contacts_met.append(VisitContact(visit_id=visit_id, contact_id=contact_id))
            elif not met and existing is not None:
                visit.contacts_met.remove(existing)

    def observe(
        self,
        visit_id: uuid.UUID,
        competitor: str,
        product: str | None = None,
        price: Decimal | None = None,
        promotion: str | None = None,
        note: str | None = None,
        shelf_share_percent: int | None = None,
    ) -> uuid.UUID:
        """A competitor seen at the visit (name required; price in the account's currency;
        the share of the shelf it holds, a whole percentage)."""
        if not competitor.strip():
            raise ReportRejected(
                QT_TRANSLATE_NOOP("messages", "Name the competitor (brand or company)."),
                field="competitor",
            )
        if price is not None and (not price.is_finite() or price < 0):
            raise ReportRejected(
                QT_TRANSLATE_NOOP("messages", "A price is a number of 0 or more."), field="price"
            )
        if shelf_share_percent is not None and not 0 <= shelf_share_percent <= 100:
            raise ReportRejected(
                QT_TRANSLATE_NOOP("messages", "A shelf share is a whole number from 0 to 100."),
                field="share",
            )
        with self._db.session() as session:
            visit = self._get(session, visit_id)
            account = session.get(Account, visit.account_id)
            row = CompetitorObservation(
                account_id=visit.account_id,
                visit_id=visit_id,
                observed_at=visit.planned_start,
                competitor=competitor.strip(),
                product=(product or "").strip() or None,
                price=price,
                currency=account.currency if price is not None and account else None,
                promotion=(promotion or "").strip() or None,
                note=(note or "").strip() or None,
                shelf_share_percent=shelf_share_percent,
            )
            session.add(row)
            session.flush()
            return row.id

    def forget_observation(self, observation_id: uuid.UUID) -> None:
        with self._db.session() as session:
            row = session.get(CompetitorObservation, observation_id)
            if row is not None:
                session.delete(row)

    def complete(self, visit_id: uuid.UUID, next_visit: date | None = None) -> uuid.UUID | None:
        """Mark the visit done, record the contacts met as contacted that day, and plan the
        next visit (same time of day and length) when a date is given; returns its id."""
        with self._db.session() as session:
            visit = self._get(session, visit_id)
            if visit.planned_start > utcnow() + timedelta(hours=1):
                raise ReportRejected(
                    QT_TRANSLATE_NOOP("messages", "A visit in the future cannot be completed yet.")
                )
            if not (visit.summary or "").strip():
                raise ReportRejected(
                    QT_TRANSLATE_NOOP(
                        "messages", "Write a short summary of the visit before completing it."
                    ),
                    field="summary",
                )
            if next_visit is not None and next_visit <= visit.planned_start.date():
                raise ReportRejected(
                    QT_TRANSLATE_NOOP("messages", "The next visit must be after this one."),
                    field="next_visit",
                )
            old = visit.status
            visit.status = VisitStatus.DONE
            record_change(session, self._actor, "visit", visit.id, "status", old, visit.status)
            day = visit.planned_start.astimezone().date()
            for met in visit.contacts_met:
                contact = session.get(Contact, met.contact_id)
                if contact is not None and (
                    contact.last_contacted_on is None or contact.last_contacted_on < day
                ):
                    contact.last_contacted_on = day
            if next_visit is None:
                return None
            local_start = visit.planned_start.astimezone()
            start = datetime.combine(next_visit, local_start.time(), local_start.tzinfo)
            following = Visit(
                account_id=visit.account_id,
                planned_start=start.astimezone(UTC),
                planned_end=start.astimezone(UTC) + (visit.planned_end - visit.planned_start),
                purpose=visit.purpose,
                status=VisitStatus.PLANNED,
                # whoever reports the visit plans the next one (else the visit's owner)
                owner=owner_name(self._owner) or visit.owner,
            )
            session.add(following)
            session.flush()
            record_change(
                session,
                self._actor,
                "visit",
                following.id,
                "planned",
                None,
                f"next visit after {visit.id}",
            )
            return following.id

    def _get(self, session, visit_id: uuid.UUID) -> Visit:  # type: ignore[no-untyped-def]
        visit = session.get(Visit, visit_id)
        if visit is None or visit.archived_at is not None:
            raise ReportRejected(QT_TRANSLATE_NOOP("messages", "This visit no longer exists."))
        return visit
