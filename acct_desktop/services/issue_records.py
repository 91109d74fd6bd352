"""Raising, editing and bulk-editing customer issues: validated, one transaction each,
audited, returning what changed."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from acct_desktop.domain.enums import IssueCategory, IssueStatus, ResponsibleSide
from acct_desktop.domain.issues import (
    CLOSED_STATUSES,
    ISSUE_NUMBER_WIDTH,
    ISSUE_PREFIX,
    closed_on_after,
)
from acct_desktop.domain.numbering import next_number
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.acting import Actor, ActorName
from acct_desktop.services.audit import record_change
from acct_desktop.services.changed_since import saving
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, CustomerIssue, Visit
from acct_desktop.store.types import utcnow

DESCRIPTION_MAX = 4000
RESPONSIBLE_MAX = 200


@dataclass(frozen=True)
class IssueDraft:
    """The issue form's fields."""

    account_id: uuid.UUID
    category: IssueCategory
    description: str
    responsible: str
    deadline: date
    responsible_side: ResponsibleSide = ResponsibleSide.OURS
    raised_on: date | None = None  # today when None
    status: IssueStatus = IssueStatus.OPEN
    resolution: str | None = None
    visit_id: uuid.UUID | None = None


@dataclass(frozen=True)
class BulkIssueEdit:
    """Fields to set on every selected issue; None leaves a field as it is."""

    responsible: str | None = None
    responsible_side: ResponsibleSide | None = None
    deadline: date | None = None
    status: IssueStatus | None = None
    resolution: str | None = None


@dataclass(frozen=True)
class IssuesChanged:
    """What changed, so views refresh only what they show."""

    issue_ids: tuple[uuid.UUID, ...]
    account_ids: tuple[uuid.UUID, ...]
    fields: tuple[str, ...]
    created: bool = False


class IssueInvalid(EditRejected):
    """One or more fields are wrong: ``problems`` maps field name → sentence."""

    def __init__(self, problems: dict[str, str]) -> None:
        first_field, first = next(iter(problems.items()))
        super().__init__(first, first_field)
        self.problems = problems


EDITABLE = (
    "category",
    "description",
    "responsible",
    "responsible_side",
    "deadline",
    "status",
    "resolution",
    "visit_id",
)


def issue_problems(draft: IssueDraft, today: date) -> dict[str, str]:
    """Field → sentence for everything wrong with ``draft`` (empty when it can be saved)."""
    problems: dict[str, str] = {}
    if not draft.description.strip():
        problems["description"] = QT_TRANSLATE_NOOP(
            "messages", "Describe the problem in the customer's words."
        )
    elif len(draft.description) > DESCRIPTION_MAX:
        problems["description"] = Sentence.of(
            QT_TRANSLATE_NOOP("messages", "A description has at most %1 characters."),
            DESCRIPTION_MAX,
        )
    if not draft.responsible.strip():
        problems["responsible"] = QT_TRANSLATE_NOOP(
            "messages", "Name the person responsible for resolving it."
        )
    elif len(draft.responsible) > RESPONSIBLE_MAX:
        problems["responsible"] = Sentence.of(
            QT_TRANSLATE_NOOP("messages", "A name has at most %1 characters."), RESPONSIBLE_MAX
        )
    raised = draft.raised_on or today
    if raised > today:
        problems["raised_on"] = QT_TRANSLATE_NOOP(
            "messages", "An issue cannot be raised in the future."
        )
    if draft.deadline < raised:
        problems["deadline"] = QT_TRANSLATE_NOOP(
            "messages", "The deadline cannot be before the day the issue was raised."
        )
    if draft.status in CLOSED_STATUSES and not (draft.resolution or "").strip():
        problems["resolution"] = QT_TRANSLATE_NOOP(
            "messages", "Say how it was resolved before marking it resolved or verified."
        )
    return problems


class IssueRecords:
    actor = ActorName()

    def __init__(
        self, db: Database, actor: Actor = "user", today: Callable[[], date] = date.today
    ) -> None:
        self._db = db
        self.actor = actor
        self._today = today

    def create(self, draft: IssueDraft) -> IssuesChanged:
        today = self._today()
        problems = issue_problems(draft, today)
        with self._db.session() as session:
            problems.update(self._reference_problems(session, draft, draft.raised_on or today))
            if problems:
                raise IssueInvalid(problems)
            raised = draft.raised_on or today
            issue = CustomerIssue(
                number=self._next_number(session, raised.year),
                account_id=draft.account_id,
                raised_on=raised,
                closed_on=today if draft.status in CLOSED_STATUSES else None,
                first_action_on=None if draft.status == IssueStatus.OPEN else today,
                **{name: _clean(getattr(draft, name)) for name in EDITABLE},
            )
            session.add(issue)
            session.flush()
            self._audit(session, issue.id, "created", None, issue.number)
            return IssuesChanged((issue.id,), (issue.account_id,), ("created",), created=True)

    def draft(self, issue_id: uuid.UUID) -> tuple[IssueDraft, int]:
        """The issue as the form shows it, with the version to save against."""
        with self._db.session() as session:
            issue = self._get(session, issue_id)
            values = {f.name: getattr(issue, f.name) for f in fields(IssueDraft)}
            return IssueDraft(**values), issue.version

    def update(
        self, issue_id: uuid.UUID, draft: IssueDraft, expected_version: int | None = None
    ) -> IssuesChanged:
        """Save the form; ``expected_version`` None means "whatever is there now" (undo)."""
        today = self._today()
        with saving(self._db, "customer_issue", issue_id, self.actor) as session:
            issue = self._get(session, issue_id)
            if expected_version is not None and issue.version != expected_version:
                raise EditRejected(
                    Sentence.of(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Someone changed issue %1 since you opened it. Your text is kept: "
                            "close the form and open it again to see their change over yours.",
                        ),
                        issue.number,
                    )
                )
            if draft.raised_on is None:
                draft = replace(draft, raised_on=issue.raised_on)
            problems = issue_problems(draft, today)
            kept = draft.raised_on == issue.raised_on and draft.visit_id == issue.visit_id
            if draft.raised_on == issue.raised_on:
                problems.pop("raised_on", None)
            problems.update(
                self._reference_problems(session, draft, None if kept else draft.raised_on)
            )
            if problems:
                raise IssueInvalid(problems)
            changed = self._apply(session, issue, {n: getattr(draft, n) for n in EDITABLE}, today)
            if draft.raised_on != issue.raised_on:
                self._audit(session, issue.id, "raised_on", issue.raised_on, draft.raised_on)
                issue.raised_on = draft.raised_on
                changed.append("raised_on")
            session.flush()
            return IssuesChanged((issue.id,), (issue.account_id,), tuple(changed))

    def bulk_update(self, issue_ids: Sequence[uuid.UUID], edit: BulkIssueEdit) -> IssuesChanged:
        """Apply ``edit`` to every issue in one transaction: all of them or none."""
        today = self._today()
        wanted = {f.name: getattr(edit, f.name) for f in fields(edit)}
        wanted = {name: value for name, value in wanted.items() if value is not None}
        if not wanted or not issue_ids:
            return IssuesChanged((), (), ())
        with saving(self._db, "customer_issue", issue_ids, self.actor) as session:
            issues = [self._get(session, issue_id) for issue_id in issue_ids]
            problems: dict[str, str] = {}
            for issue in issues:
                merged = {n: getattr(issue, n) for n in EDITABLE} | wanted
                draft = IssueDraft(account_id=issue.account_id, raised_on=issue.raised_on, **merged)
                for name, sentence in issue_problems(draft, today).items():
                    problems.setdefault(name, f"{issue.number}: {sentence}")
            if problems:
                raise IssueInvalid(problems)
            changed: set[str] = set()
            for issue in issues:
                changed.update(self._apply(session, issue, wanted, today))
            session.flush()
            return IssuesChanged(
                tuple(i.id for i in issues),
                tuple(dict.fromkeys(i.account_id for i in issues)),
                tuple(sorted(changed)),
            )

    def archive(self, issue_id: uuid.UUID) -> IssuesChanged:
        """Withdraw an issue raised by mistake (kept, and shown again by ``restore``)."""
        return self._set_archived(issue_id, True)

    def restore(self, issue_id: uuid.UUID) -> IssuesChanged:
        return self._set_archived(issue_id, False)

    # -- internals ------------------------------------------------------------------------
    def _set_archived(self, issue_id: uuid.UUID, archived: bool) -> IssuesChanged:
        with self._db.session() as session:
            issue = self._get(session, issue_id)
            if (issue.archived_at is not None) == archived:
                return IssuesChanged((issue.id,), (issue.account_id,), ())
            issue.archived_at = utcnow() if archived else None
            self._audit(session, issue.id, "archived", not archived, archived)
            return IssuesChanged((issue.id,), (issue.account_id,), ("archived_at",))

    def _apply(
        self, session: Session, issue: CustomerIssue, values: dict[str, object], today: date
    ) -> list[str]:
        changed = []
        old_status = issue.status
        for name, value in values.items():
            value = _clean(value)
            old = getattr(issue, name)
            if value != old:
                setattr(issue, name, value)
                changed.append(name)
                self._audit(session, issue.id, name, old, value)
        left_open = old_status == IssueStatus.OPEN and issue.status != IssueStatus.OPEN
        if left_open and issue.first_action_on is None:
            # the first day it left "open": what the response-time KPI measures
            self._audit(session, issue.id, "first_action_on", None, today)
            issue.first_action_on = today  # audited, but no view shows it: not in "changed"
        closed_on = closed_on_after(old_status, issue.status, issue.closed_on, today)
        if closed_on != issue.closed_on:
            self._audit(session, issue.id, "closed_on", issue.closed_on, closed_on)
            issue.closed_on = closed_on
            changed.append("closed_on")
        return changed

    @staticmethod
    def _get(session: Session, issue_id: uuid.UUID) -> CustomerIssue:
        issue = session.get(CustomerIssue, issue_id)
        if issue is None:
            raise EditRejected(QT_TRANSLATE_NOOP("messages", "This issue no longer exists."))
        return issue

    @staticmethod
    def _reference_problems(
        session: Session, draft: IssueDraft, raised: date | None
    ) -> dict[str, str]:
        """What the draft's account and visit say against it; an issue raised at a visit
        (``raised``, None: not checked — a saved issue whose day and visit stay) cannot be
        dated before the visit, whose day is said next to the field."""
        problems: dict[str, str] = {}
        account = session.get(Account, draft.account_id)
        if account is None:
            problems["account_id"] = QT_TRANSLATE_NOOP("messages", "The account no longer exists.")
        elif account.archived_at is not None:
            problems["account_id"] = Sentence.of(
                QT_TRANSLATE_NOOP("messages", "%1 is archived; restore it first."), account.name
            )
        if draft.visit_id is not None:
            visit = session.get(Visit, draft.visit_id)
            if visit is None or visit.account_id != draft.account_id:
                problems["visit_id"] = QT_TRANSLATE_NOOP(
                    "messages", "That visit does not belong to this account."
                )
            elif raised is not None and raised < (
                visit_day := visit.planned_start.astimezone().date()
            ):
                problems["raised_on"] = Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "An issue raised at a visit cannot be dated before the visit (%1).",
                    ),
                    visit_day,
                )
        return problems

    @staticmethod
    def _next_number(session: Session, year: int) -> str:
        like = f"{ISSUE_PREFIX}-{year:04d}-%"
        existing = session.scalars(
            select(CustomerIssue.number).where(CustomerIssue.number.like(like))
        )
        return next_number(ISSUE_PREFIX, year, existing, ISSUE_NUMBER_WIDTH)

    def _audit(
        self, session: Session, issue_id: uuid.UUID, field_name: str, old: object, new: object
    ) -> None:
        record_change(session, self.actor, "customer_issue", issue_id, field_name, old, new)


def _clean(value: object) -> object:
    return (value.strip() or None) if isinstance(value, str) else value
