"""Discrepancy forms: a manager's written analysis of an account's month off plan.

One form per account, month and measure: what was seen (analysis), the suspected cause,
the action with the KPI that will show it worked, who does it and by when. The figures
are copied in when the form is written, so the form still says what the manager saw after
a later re-import. A form can become a customer issue (the action is then tracked in the
issues register, and the form links to it).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from acct_desktop.domain.enums import (
    DiscrepancyCause,
    DiscrepancyStatus,
    IssueCategory,
    Measure,
)
from acct_desktop.domain.issues import issue_category_of_cause
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, figure
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.acting import Actor, ActorName
from acct_desktop.services.audit import record_change
from acct_desktop.services.issue_records import IssueDraft, IssueRecords, issue_problems
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, CustomerIssue, DiscrepancyForm

TEXT_MAX = 4000
SHORT_MAX = 200


@dataclass(frozen=True)
class DiscrepancyDraft:
    """The form's fields."""

    account_id: uuid.UUID
    period: date  # first of the month
    measure: Measure
    currency: str
    target_amount: Decimal | None
    actual_amount: Decimal | None
    analysis: str = ""
    suspected_cause: DiscrepancyCause = DiscrepancyCause.OTHER
    action: str = ""
    action_kpi: str = ""
    responsible: str = ""
    deadline: date | None = None
    status: DiscrepancyStatus = DiscrepancyStatus.OPEN


@dataclass(frozen=True)
class SavedForm:
    id: uuid.UUID
    version: int
    issue_id: uuid.UUID | None
    issue_number: str | None


@dataclass(frozen=True)
class FormSummary:
    """A form as lists show it."""

    id: uuid.UUID
    account_id: uuid.UUID
    account_name: str
    period: date
    measure: Measure
    suspected_cause: DiscrepancyCause
    action: str
    deadline: date | None
    status: DiscrepancyStatus
    issue_number: str | None


class DiscrepancyInvalid(EditRejected):
    """``problems`` maps field name → sentence."""

    def __init__(self, problems: dict[str, str]) -> None:
        first_field, first = next(iter(problems.items()))
        super().__init__(first, first_field)
        self.problems = problems


def form_problems(draft: DiscrepancyDraft) -> dict[str, str]:
    """Field → sentence for everything wrong with ``draft`` (empty when it can be saved)."""
    problems: dict[str, str] = {}
    if draft.period.day != 1:
        problems["period"] = QT_TRANSLATE_NOOP(
            "messages", "A discrepancy form is about a whole month."
        )
    if not draft.analysis.strip():
        problems["analysis"] = QT_TRANSLATE_NOOP(
            "messages", "Write what the figures and the visit showed."
        )
    for name, limit in (("analysis", TEXT_MAX), ("action", TEXT_MAX)):
        if len(getattr(draft, name)) > limit:
            problems[name] = Sentence.of(
                QT_TRANSLATE_NOOP("messages", "At most %1 characters."), figure(limit)
            )
    for name in ("action_kpi", "responsible"):
        if len(getattr(draft, name)) > SHORT_MAX:
            problems[name] = Sentence.of(
                QT_TRANSLATE_NOOP("messages", "At most %1 characters."), SHORT_MAX
            )
    if draft.action.strip():
        if not draft.responsible.strip():
            problems["responsible"] = QT_TRANSLATE_NOOP("messages", "Name who takes the action.")
        if draft.deadline is None:
            problems["deadline"] = QT_TRANSLATE_NOOP("messages", "Give the action a deadline.")
    if draft.deadline is not None and draft.deadline < draft.period:
        problems["deadline"] = QT_TRANSLATE_NOOP(
            "messages", "The deadline cannot be before the month analysed."
        )
    if draft.status is not DiscrepancyStatus.OPEN and not draft.action.strip():
        problems["action"] = QT_TRANSLATE_NOOP(
            "messages", "Say what action was taken before marking it taken or closed."
        )
    return problems


def _issue_missing(
    action: str | None, responsible: str | None, deadline: date | None
) -> dict[str, str]:
    """What a form needs before its action can become a customer issue."""
    missing: dict[str, str] = {}
    if not (action or "").strip():
        missing["action"] = QT_TRANSLATE_NOOP(
            "messages",
            "Write the action, who takes it and by when before making it an issue.",
        )
    if not (responsible or "").strip():
        missing["responsible"] = QT_TRANSLATE_NOOP("messages", "Name who takes the action.")
    if deadline is None:
        missing["deadline"] = QT_TRANSLATE_NOOP("messages", "Give the action a deadline.")
    return missing


# the issue's fields are the form's: a problem with one is shown next to the form's field
_ISSUE_FIELD = {"description": "action", "responsible": "responsible", "deadline": "deadline"}


def _issue_of(
    form: DiscrepancyDraft | DiscrepancyForm,
    today: date,
    category: IssueCategory | None = None,
    description: str | None = None,
) -> IssueDraft:
    """The customer issue a form's action becomes (its deadline, when past, today)."""
    assert form.deadline is not None and form.responsible
    text = description or f"{form.action}\n\n{form.analysis or ''}".strip()
    return IssueDraft(
        account_id=form.account_id,
        category=category or issue_category_of_cause(form.suspected_cause),
        description=text[:TEXT_MAX],
        responsible=form.responsible,
        deadline=max(form.deadline, today),
    )


def issue_problems_of(draft: DiscrepancyDraft, today: date) -> dict[str, str]:
    """Field → sentence for everything that stops ``draft`` being saved and made a customer
    issue (the form's own problems, what the issue needs, the issue's own rules): asked
    before anything is saved, so "Make it a customer issue" never saves a form it then
    cannot make an issue of, nor one the Save button would refuse."""
    problems = form_problems(draft)
    for name, message in _issue_missing(draft.action, draft.responsible, draft.deadline).items():
        problems.setdefault(name, message)
    if problems:
        return problems
    for name, message in issue_problems(_issue_of(draft, today), today).items():
        problems.setdefault(_ISSUE_FIELD.get(name, "form"), message)
    return problems


class DiscrepancyForms:
    actor = ActorName()

    def __init__(
        self, db: Database, actor: Actor = "user", today: Callable[[], date] = date.today
    ) -> None:
        self._db = db
        self.actor = actor
        self._today = today

    def find(
        self, account_id: uuid.UUID, period: date, measure: Measure
    ) -> tuple[DiscrepancyDraft, SavedForm] | None:
        """The saved form for the account, month and measure, or None."""
        with self._db.session() as session:
            form = session.scalar(
                select(DiscrepancyForm).where(
                    DiscrepancyForm.account_id == account_id,
                    DiscrepancyForm.period == period,
                    DiscrepancyForm.measure == measure,
                )
            )
            if form is None:
                return None
            values = {f.name: getattr(form, f.name) for f in fields(DiscrepancyDraft)}
            for name in ("analysis", "action", "action_kpi", "responsible"):
                values[name] = values[name] or ""
            number = (
                session.scalar(
                    select(CustomerIssue.number).where(CustomerIssue.id == form.issue_id)
                )
                if form.issue_id
                else None
            )
            return DiscrepancyDraft(**values), SavedForm(
                form.id, form.version, form.issue_id, number
            )

    def issue_problems(self, draft: DiscrepancyDraft) -> dict[str, str]:
        """What stops ``draft`` being saved and made a customer issue (``issue_problems_of``)."""
        return issue_problems_of(draft, self._today())

    def save(self, draft: DiscrepancyDraft, expected_version: int | None = None) -> SavedForm:
        """Write the form (new or changed) in one transaction; refuses a stale edit."""
        problems = form_problems(draft)
        if problems:
            raise DiscrepancyInvalid(problems)
        with self._db.session() as session:
            if session.get(Account, draft.account_id) is None:
                raise EditRejected(QT_TRANSLATE_NOOP("messages", "That account no longer exists."))
            form = session.scalar(
                select(DiscrepancyForm).where(
                    DiscrepancyForm.account_id == draft.account_id,
                    DiscrepancyForm.period == draft.period,
                    DiscrepancyForm.measure == draft.measure,
                )
            )
            if form is None:
                form = DiscrepancyForm(written_by=self.actor)
                session.add(form)
                old_status = None
            else:
                if expected_version is not None and form.version != expected_version:
                    raise EditRejected(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Someone changed this discrepancy form since you opened it. Your "
                            "text is kept: close the form and open it again to see their "
                            "change over yours.",
                        )
                    )
                old_status = form.status
            for f in fields(DiscrepancyDraft):
                value = getattr(draft, f.name)
                setattr(form, f.name, value.strip() or None if isinstance(value, str) else value)
            form.currency = draft.currency
            if draft.status is DiscrepancyStatus.CLOSED and old_status is not draft.status:
                form.closed_on = self._today()
            elif draft.status is not DiscrepancyStatus.CLOSED:
                form.closed_on = None
            session.flush()
            if old_status is not draft.status:
                record_change(
                    session, self.actor, "discrepancy_form", form.id, "status", old_status,
                    draft.status,
                )  # fmt: skip
            return SavedForm(form.id, form.version, form.issue_id, None)

    def raise_issue(
        self,
        form_id: uuid.UUID,
        category: IssueCategory | None = None,
        description: str | None = None,
    ) -> SavedForm:
        """Turn the form's action into a customer issue (responsible and deadline from the
        form; the category ``category``, else the one of the form's suspected cause:
        ``domain.issues.ISSUE_CATEGORY_OF_CAUSE``) and link them; a form already linked
        keeps its issue."""
        with self._db.session() as session:
            form = session.get(DiscrepancyForm, form_id)
            if form is None:
                raise EditRejected(
                    QT_TRANSLATE_NOOP("messages", "That discrepancy form no longer exists.")
                )
            if form.issue_id is not None:
                number = session.scalar(
                    select(CustomerIssue.number).where(CustomerIssue.id == form.issue_id)
                )
                return SavedForm(form.id, form.version, form.issue_id, number)
            missing = _issue_missing(form.action, form.responsible, form.deadline)
            if missing:
                raise DiscrepancyInvalid(missing)  # each next to its field
            draft = _issue_of(form, self._today(), category, description)
        created = IssueRecords(self._db, self.actor, self._today).create(draft)
        issue_id = created.issue_ids[0]
        with self._db.session() as session:
            form = session.get(DiscrepancyForm, form_id)
            assert form is not None
            form.issue_id = issue_id
            session.flush()
            record_change(session, self.actor, "discrepancy_form", form.id, "issue", None, issue_id)
            number = session.scalar(
                select(CustomerIssue.number).where(CustomerIssue.id == issue_id)
            )
            return SavedForm(form.id, form.version, issue_id, number)

    def for_month(self, period: date, measure: Measure | None = None) -> list[FormSummary]:
        """The month's forms, most urgent deadline first."""
        with self._db.session() as session:
            query = (
                select(DiscrepancyForm, Account.name, CustomerIssue.number)
                .join(Account, Account.id == DiscrepancyForm.account_id)
                .outerjoin(CustomerIssue, CustomerIssue.id == DiscrepancyForm.issue_id)
                .where(DiscrepancyForm.period == period)
            )
            if measure is not None:
                query = query.where(DiscrepancyForm.measure == measure)
            rows = session.execute(query).all()
            out = [
                FormSummary(
                    form.id,
                    form.account_id,
                    name,
                    form.period,
                    form.measure,
                    form.suspected_cause,
                    form.action or "",
                    form.deadline,
                    form.status,
                    number,
                )
                for form, name, number in rows
            ]
        return sorted(out, key=lambda f: (f.deadline or date.max, f.account_name.casefold()))

    def statuses(self, period: date, measure: Measure) -> dict[uuid.UUID, DiscrepancyStatus]:
        """Account → its form's status for the month (for the view's marker column)."""
        with self._db.session() as session:
            return dict(
                session.execute(
                    select(DiscrepancyForm.account_id, DiscrepancyForm.status).where(
                        DiscrepancyForm.period == period, DiscrepancyForm.measure == measure
                    )
                ).all()
            )
