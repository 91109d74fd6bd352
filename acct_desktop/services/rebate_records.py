"""Entering rebate agreements: validated drafts with their tiers, the approval workflow,
the late-entry rule, the signed scan, and an audit entry for every change. Only a draft
that was never submitted can be deleted (entered by mistake, or twice); it is archived,
and Undo brings it back."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from acct_desktop.domain.enums import RebateKind, RebateStatus
from acct_desktop.domain.numbering import next_number
from acct_desktop.domain.percentages import percent
from acct_desktop.domain.register_workflow import EDITABLE_STATUSES, Transition, status_words
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, rendered
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.acting import Actor, ActorName
from acct_desktop.services.attachments import attach_scan
from acct_desktop.services.audit import record_change
from acct_desktop.services.changed_since import saving
from acct_desktop.services.rebate_overlaps import (
    draft_scope,
    overlap_sentences,
    overlaps_of,
    scope_of,
)
from acct_desktop.services.register_moves import (
    apply_transition,
    approver_needed,
    deletion_refused,
)
from acct_desktop.services.register_moves import delete_draft as _delete
from acct_desktop.services.register_moves import restore_draft as _restore
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, RebateAgreement, RebateTier, RegisterSetting

ENTITY = "rebate_agreement"
LATE_ENTRY_KEY = "rebate_late_entry_days"
DEFAULT_LATE_ENTRY_DAYS = 7
HUNDRED = Decimal(100)
TIERED = (RebateKind.WHOLE_VOLUME_TIERS, RebateKind.BANDED_TIERS, RebateKind.GROWTH)


@dataclass(frozen=True)
class RebateDraft:
    """The agreement form's fields; ``tiers`` are (threshold amount, rebate %) pairs."""

    account_id: uuid.UUID
    kind: RebateKind
    period_start: date
    period_end: date
    currency: str
    signed_on: date | None
    signed_by: str | None = None
    entered_on: date | None = None  # today when None
    number: str = ""
    category: str | None = None
    fixed_percent: Decimal | None = None
    baseline_amount: Decimal | None = None
    tiers: tuple[tuple[Decimal, Decimal], ...] = ()
    note: str | None = None


SCALAR_FIELDS = tuple(f.name for f in fields(RebateDraft) if f.name != "tiers")


@dataclass(frozen=True)
class RebateChanged:
    agreement_id: uuid.UUID
    fields: tuple[str, ...]
    status: RebateStatus
    entered_late: bool


class RebateInvalid(EditRejected):
    def __init__(self, problems: dict[str, str]) -> None:
        first_field, first = next(iter(problems.items()))
        super().__init__(first, first_field)
        self.problems = problems


def rebate_problems(draft: RebateDraft, today: date) -> dict[str, str]:
    """Field → sentence for everything wrong with the draft on its own."""
    problems: dict[str, str] = {}
    if draft.period_end < draft.period_start:
        problems["period_end"] = QT_TRANSLATE_NOOP(
            "messages", "The period cannot end before it starts."
        )
    if len(draft.currency.strip()) != 3 or not draft.currency.strip().isalpha():
        problems["currency"] = QT_TRANSLATE_NOOP(
            "messages", "A currency is a three-letter code such as CNY, VND or EUR."
        )
    entered = draft.entered_on or today
    if draft.signed_on is None:
        problems["signed_on"] = QT_TRANSLATE_NOOP(
            "messages", "Only signed agreements are entered: give the signing date."
        )
    elif draft.signed_on > today:
        problems["signed_on"] = QT_TRANSLATE_NOOP(
            "messages", "An agreement cannot be signed in the future."
        )
    elif draft.signed_on > entered:
        problems["entered_on"] = QT_TRANSLATE_NOOP(
            "messages", "It cannot be entered before it was signed."
        )
    if entered > today:
        problems["entered_on"] = QT_TRANSLATE_NOOP(
            "messages", "It cannot be entered in the future."
        )
    if draft.kind is RebateKind.FIXED_PERCENT:
        if draft.fixed_percent is None or not 0 < draft.fixed_percent <= HUNDRED:
            problems["fixed_percent"] = Sentence.of(
                QT_TRANSLATE_NOOP("messages", "Give the rebate rate, more than 0 and at most %1."),
                percent(HUNDRED),
            )
    elif not draft.tiers:
        problems["tiers"] = QT_TRANSLATE_NOOP(
            "messages", "Give at least one tier (threshold and rate)."
        )
    else:
        problems.update(_tier_problems(draft.tiers))
    if draft.baseline_amount is not None and draft.baseline_amount < 0:
        problems["baseline_amount"] = QT_TRANSLATE_NOOP(
            "messages", "A baseline cannot be negative."
        )
    return problems


def _tier_problems(tiers: tuple[tuple[Decimal, Decimal], ...]) -> dict[str, str]:
    thresholds = [threshold for threshold, _rate in tiers]
    if any(t < 0 for t in thresholds):
        return {"tiers": QT_TRANSLATE_NOOP("messages", "Tier thresholds cannot be negative.")}
    if len(set(thresholds)) != len(thresholds):
        return {"tiers": QT_TRANSLATE_NOOP("messages", "Two tiers start at the same threshold.")}
    if any(not 0 <= rate <= HUNDRED for _t, rate in tiers):
        return {
            "tiers": Sentence.of(
                QT_TRANSLATE_NOOP("messages", "A tier's rate lies between 0 and %1."),
                percent(HUNDRED),
            )
        }
    return {}


class RebateRecords:
    actor = ActorName()

    def __init__(
        self, db: Database, actor: Actor = "user", today: Callable[[], date] = date.today
    ) -> None:
        self._db = db
        self.actor = actor
        self._today = today

    # -- the late-entry rule --------------------------------------------------------------
    def late_entry_days(self) -> int:
        """Days after signing within which an agreement must be entered (company rule)."""
        with self._db.session() as session:
            return late_days_setting(session)

    def set_late_entry_days(self, days: int) -> None:
        if not 0 <= days <= 365:
            raise EditRejected(
                QT_TRANSLATE_NOOP("messages", "Give a number of days between 0 and 365."),
                "late_entry_days",
            )
        with self._db.session() as session:
            setting = session.scalar(
                select(RegisterSetting).where(RegisterSetting.key == LATE_ENTRY_KEY)
            )
            old = setting.value if setting else None
            if setting is None:
                session.add(RegisterSetting(key=LATE_ENTRY_KEY, value=str(days)))
            else:
                setting.value = str(days)
            session.flush()
            holder = session.scalar(
                select(RegisterSetting.id).where(RegisterSetting.key == LATE_ENTRY_KEY)
            )
            record_change(
                session, self.actor, "register_setting", holder, LATE_ENTRY_KEY, old, days
            )

    # -- drafts ---------------------------------------------------------------------------
    def overlaps(self, draft: RebateDraft, agreement_id: uuid.UUID | None = None) -> list:
        """Sentences naming each live agreement that counts some of the sales ``draft``
        would count (``agreement_id``: the one being edited, not itself) — empty when none
        does (``domain.rebate_overlaps``)."""
        scope = draft_scope(
            agreement_id, draft.number, draft.account_id, draft.category,
            draft.period_start, draft.period_end,
        )  # fmt: skip
        with self._db.session() as session:
            return overlap_sentences(session, overlaps_of(session, scope))

    def overlaps_of(self, agreement_id: uuid.UUID) -> list:
        """The overlap sentences of the saved agreement (see :meth:`overlaps`)."""
        with self._db.session() as session:
            return overlap_sentences(
                session, overlaps_of(session, scope_of(_get(session, agreement_id)))
            )

    def accept_overlaps(self, agreement_id: uuid.UUID, accepted: Sequence[str]) -> None:
        """Keep in the audit trail that the user saved the agreement knowing ``accepted``
        (the overlap sentences they were shown): stacking meant, who and when."""
        if not accepted:
            return
        said = " ".join(rendered(sentence, str) for sentence in accepted)
        with self._db.session() as session:
            record_change(session, self.actor, ENTITY, agreement_id, "overlap accepted", None, said)

    def create(self, draft: RebateDraft, accepted_overlaps: Sequence[str] = ()) -> RebateChanged:
        """Enter ``draft``; ``accepted_overlaps``: the overlaps the user was warned of and
        saved anyway, recorded in the audit trail ("overlap accepted")."""
        today = self._today()
        with self._db.session() as session:
            problems = rebate_problems(draft, today) | _reference_problems(session, draft, None)
            if problems:
                raise RebateInvalid(problems)
            values = _cleaned(draft, today)
            values["number"] = values["number"] or _next_number(session, draft.period_start.year)
            agreement = RebateAgreement(**values, status=RebateStatus.DRAFT)
            agreement.tiers = [
                RebateTier(threshold_amount=t, rebate_percent=r) for t, r in sorted(draft.tiers)
            ]
            session.add(agreement)
            session.flush()
            record_change(
                session, self.actor, ENTITY, agreement.id, "created", None, values["number"]
            )
            if accepted_overlaps:  # stacking meant: who accepted which, when, kept
                said = " ".join(rendered(sentence, str) for sentence in accepted_overlaps)
                record_change(
                    session, self.actor, ENTITY, agreement.id, "overlap accepted", None, said
                )
            return self._changed(session, agreement, ("created",))

    def draft(self, agreement_id: uuid.UUID) -> tuple[RebateDraft, RebateStatus, int]:
        with self._db.session() as session:
            agreement = _get(session, agreement_id)
            values = {name: getattr(agreement, name) for name in SCALAR_FIELDS}
            tiers = tuple((t.threshold_amount, t.rebate_percent) for t in agreement.tiers)
            return RebateDraft(**values, tiers=tiers), agreement.status, agreement.version

    def update(
        self, agreement_id: uuid.UUID, draft: RebateDraft, expected_version: int | None = None
    ) -> RebateChanged:
        today = self._today()
        with saving(self._db, ENTITY, agreement_id, self.actor) as session:
            agreement = _get(session, agreement_id)
            if agreement.status.value not in EDITABLE_STATUSES:
                raise EditRejected(
                    Sentence.of(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "%1 is %2 and can no longer be edited; terminate it and enter the "
                            "new agreement.",
                        ),
                        agreement.number,
                        status_words(agreement.status.value),
                    )
                )
            if expected_version is not None and agreement.version != expected_version:
                raise EditRejected(
                    Sentence.of(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Someone changed %1 since you opened it. Your text is kept: close "
                            "the form and open it again to see their change over yours.",
                        ),
                        agreement.number,
                    )
                )
            problems = rebate_problems(draft, today) | _reference_problems(
                session, draft, agreement
            )
            if problems:
                raise RebateInvalid(problems)
            changed = []
            for name, value in _cleaned(draft, today).items():
                if name == "number" and not value:
                    continue
                if getattr(agreement, name) != value:
                    old = getattr(agreement, name)
                    record_change(session, self.actor, ENTITY, agreement.id, name, old, value)
                    setattr(agreement, name, value)
                    changed.append(name)
            old_tiers = sorted((t.threshold_amount, t.rebate_percent) for t in agreement.tiers)
            if old_tiers != sorted(draft.tiers):
                record_change(
                    session,
                    self.actor,
                    ENTITY,
                    agreement.id,
                    "tiers",
                    _tier_text(old_tiers),
                    _tier_text(sorted(draft.tiers)),
                )
                agreement.tiers = [
                    RebateTier(threshold_amount=t, rebate_percent=r) for t, r in sorted(draft.tiers)
                ]
                changed.append("tiers")
            if changed and agreement.status is RebateStatus.PENDING_APPROVAL:
                apply_transition(
                    session,
                    self.actor,
                    ENTITY,
                    agreement,
                    agreement.number,
                    Transition.REJECT,
                    "edited while pending",
                )
                changed.append("status")
            session.flush()
            return self._changed(session, agreement, tuple(changed))

    def attach_signed_scan(self, agreement_id: uuid.UUID, path: Path) -> RebateChanged:
        """Keep the scan of the signed agreement (its SHA-256 goes into the audit trail)."""
        with self._db.session() as session:
            agreement = _get(session, agreement_id)
            attachment = attach_scan(session, ENTITY, agreement.id, path)
            record_change(
                session,
                self.actor,
                ENTITY,
                agreement.id,
                "signed_scan",
                None,
                f"{path.name} sha256={attachment.sha256}",
            )
            agreement.signed_scan_id = attachment.id
            session.flush()
            return self._changed(session, agreement, ("signed_scan_id",))

    # -- deleting a draft -----------------------------------------------------------------
    def deletion_problem(self, agreement_id: uuid.UUID) -> Sentence | None:
        """Why the agreement cannot be deleted (a sentence naming it), or None when it can:
        a draft never submitted."""
        with self._db.session() as session:
            agreement = _get(session, agreement_id)
            return deletion_refused(session, ENTITY, agreement, agreement.number)

    def delete_draft(self, agreement_id: uuid.UUID) -> RebateChanged:
        """Take a draft never submitted out of the register (archived: its number stays
        used, Undo brings it back with :meth:`restore_draft`); EditRejected says why not."""
        with self._db.session() as session:
            agreement = _get(session, agreement_id)
            _delete(session, self.actor, ENTITY, agreement, agreement.number)
            return self._changed(session, agreement, ("deleted",))

    def restore_draft(self, agreement_id: uuid.UUID) -> RebateChanged:
        """Bring back a draft deleted by :meth:`delete_draft` (Edit → Undo)."""
        with self._db.session() as session:
            agreement = session.get(RebateAgreement, agreement_id)
            if agreement is None or agreement.archived_at is None:
                raise EditRejected(
                    QT_TRANSLATE_NOOP("messages", "This rebate agreement no longer exists.")
                )
            _restore(session, self.actor, ENTITY, agreement, agreement.number)
            return self._changed(session, agreement, ("restored",))

    # -- workflow -------------------------------------------------------------------------
    def submit(self, agreement_id: uuid.UUID) -> RebateChanged:
        return self._transition(agreement_id, Transition.SUBMIT, None)

    def approve(
        self, agreement_id: uuid.UUID, reason: str, approved_by: str | None = None
    ) -> RebateChanged:
        """Make it active; who approved (``approved_by`` when this user submitted it: an
        approval is someone else's decision), the time and why are recorded."""
        return self._transition(agreement_id, Transition.APPROVE, reason, approved_by)

    def needs_approver(self, agreement_id: uuid.UUID) -> bool:
        """Whether this user submitted the agreement: approving it names who approved."""
        with self._db.session() as session:
            return approver_needed(session, self.actor, ENTITY, _get(session, agreement_id))

    def reject(self, agreement_id: uuid.UUID, reason: str) -> RebateChanged:
        return self._transition(agreement_id, Transition.REJECT, reason)

    def terminate(self, agreement_id: uuid.UUID, reason: str) -> RebateChanged:
        return self._transition(agreement_id, Transition.TERMINATE, reason)

    def _transition(
        self,
        agreement_id: uuid.UUID,
        transition: Transition,
        reason: str | None,
        approved_by: str | None = None,
    ) -> RebateChanged:
        with self._db.session() as session:
            agreement = _get(session, agreement_id)
            apply_transition(
                session, self.actor, ENTITY, agreement, agreement.number, transition, reason,
                approved_by,
            )  # fmt: skip
            return self._changed(session, agreement, ("status",))

    def _changed(
        self, session: Session, agreement: RebateAgreement, names: tuple[str, ...]
    ) -> RebateChanged:
        late = is_late(agreement.signed_on, agreement.entered_on, late_days_setting(session))
        return RebateChanged(agreement.id, names, agreement.status, late)


def is_late(signed_on: date | None, entered_on: date, late_days: int) -> bool:
    """Entered more than ``late_days`` days after it was signed."""
    return signed_on is not None and (entered_on - signed_on).days > late_days


def late_days_setting(session: Session) -> int:
    """The company's late-entry days (RegisterSetting), 7 unless set."""
    value = session.scalar(
        select(RegisterSetting.value).where(RegisterSetting.key == LATE_ENTRY_KEY)
    )
    return int(value) if value and value.isdigit() else DEFAULT_LATE_ENTRY_DAYS


def _get(session: Session, agreement_id: uuid.UUID) -> RebateAgreement:
    agreement = session.get(RebateAgreement, agreement_id)
    if agreement is None or agreement.archived_at is not None:  # a deleted draft: gone
        raise EditRejected(QT_TRANSLATE_NOOP("messages", "This rebate agreement no longer exists."))
    return agreement


def _reference_problems(
    session: Session, draft: RebateDraft, agreement: RebateAgreement | None
) -> dict[str, str]:
    problems: dict[str, str] = {}
    account = session.get(Account, draft.account_id)
    if account is None:
        problems["account_id"] = QT_TRANSLATE_NOOP("messages", "The account no longer exists.")
    number = draft.number.strip()
    if number:
        holder = session.scalar(select(RebateAgreement.id).where(RebateAgreement.number == number))
        if holder is not None and (agreement is None or holder != agreement.id):
            problems["number"] = Sentence.of(
                QT_TRANSLATE_NOOP("messages", "Number %1 is already used by another agreement."),
                number,
            )
    return problems


def _next_number(session: Session, year: int) -> str:
    existing = session.scalars(
        select(RebateAgreement.number).where(RebateAgreement.number.like(f"R-{year:04d}-%"))
    )
    return next_number("R", year, existing, 4)


def _cleaned(draft: RebateDraft, today: date) -> dict[str, object]:
    values: dict[str, object] = {}
    for name in SCALAR_FIELDS:
        value = getattr(draft, name)
        if isinstance(value, str):
            value = value.strip() or None
        values[name] = value
    values["number"] = values["number"] or ""
    values["currency"] = str(values["currency"] or "").upper()
    values["entered_on"] = values["entered_on"] or today
    return values


def _tier_text(tiers: list[tuple[Decimal, Decimal]]) -> str:
    return ",".join(f"{t.normalize():f}:{r.normalize():f}" for t, r in tiers)
