"""Entering and approving price policies: validated drafts, the approval workflow, an
audit entry for every changed field and every status change. Only a draft that was never
submitted can be deleted (``register_moves.deletion_refused``); it is archived, and Undo
brings it back."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from acct_desktop.domain.enums import Channel, PolicyScope, PolicyStatus
from acct_desktop.domain.policy_outlook import Outlook
from acct_desktop.domain.pricing_rules import BaseKind, RuleKind
from acct_desktop.domain.register_workflow import EDITABLE_STATUSES, Transition, status_words
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.acting import Actor, ActorName
from acct_desktop.services.audit import record_change
from acct_desktop.services.changed_since import saving
from acct_desktop.services.policy_outlook import NeverFires, policy_outlook
from acct_desktop.services.register_moves import (
    apply_transition,
    approver_needed,
    deletion_refused,
    move,
)
from acct_desktop.services.register_moves import delete_draft as _delete
from acct_desktop.services.register_moves import restore_draft as _restore
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, PricePolicy, Product, Territory

ENTITY = "price_policy"
HUNDRED = Decimal(100)


@dataclass(frozen=True)
class PolicyDraft:
    """The policy form's fields (a code is given by the register when left empty)."""

    name: str
    scope: PolicyScope
    valid_from: date
    currency: str
    code: str = ""
    product_id: uuid.UUID | None = None
    category: str | None = None
    account_id: uuid.UUID | None = None
    channel: Channel | None = None
    territory_id: uuid.UUID | None = None
    valid_to: date | None = None
    min_quantity: Decimal = Decimal(0)
    unit: str | None = None
    rule_kind: RuleKind | None = None
    guide_price: Decimal | None = None
    discount_percent: Decimal | None = None
    base_kind: BaseKind | None = None
    base_policy_id: uuid.UUID | None = None
    round_to: Decimal | None = None
    surcharge: Decimal | None = None
    min_margin_amount: Decimal | None = None
    max_margin_amount: Decimal | None = None
    floor_price: Decimal | None = None
    min_margin_percent: Decimal | None = None
    max_discount_percent: Decimal | None = None
    approval_threshold_percent: Decimal | None = None
    note: str | None = None


FIELDS = tuple(f.name for f in fields(PolicyDraft))


@dataclass(frozen=True)
class PolicyChanged:
    policy_id: uuid.UUID
    fields: tuple[str, ...]
    status: PolicyStatus


class PolicyInvalid(EditRejected):
    """Field → sentence for every problem of a draft."""

    def __init__(self, problems: dict[str, str]) -> None:
        first_field, first = next(iter(problems.items()))
        super().__init__(first, first_field)
        self.problems = problems


def draft_problems(draft: PolicyDraft) -> dict[str, str]:
    """What is wrong with the draft on its own (references are checked by the service)."""
    problems: dict[str, str] = {}
    if not draft.name.strip():
        problems["name"] = QT_TRANSLATE_NOOP(
            "messages", "Give the policy a name the team will recognise."
        )
    if len(draft.currency.strip()) != 3 or not draft.currency.strip().isalpha():
        problems["currency"] = QT_TRANSLATE_NOOP(
            "messages", "A currency is a three-letter code such as CNY, VND or EUR."
        )
    if draft.valid_to is not None and draft.valid_to < draft.valid_from:
        problems["valid_to"] = QT_TRANSLATE_NOOP(
            "messages", "The policy cannot end before it starts."
        )
    if draft.product_id is not None and draft.category:
        problems["category"] = QT_TRANSLATE_NOOP(
            "messages", "Choose a product or a category, not both."
        )
    needs = {
        PolicyScope.ACCOUNT: (
            "account_id",
            QT_TRANSLATE_NOOP("messages", "Choose the account this policy is for."),
        ),
        PolicyScope.CHANNEL: (
            "channel",
            QT_TRANSLATE_NOOP("messages", "Choose the channel this policy is for."),
        ),
        PolicyScope.TERRITORY: (
            "territory_id",
            QT_TRANSLATE_NOOP("messages", "Choose the territory this policy is for."),
        ),
    }
    if draft.scope in needs and getattr(draft, needs[draft.scope][0]) is None:
        problems[needs[draft.scope][0]] = needs[draft.scope][1]
    if draft.min_quantity < 0:
        problems["min_quantity"] = QT_TRANSLATE_NOOP(
            "messages", "A minimum quantity cannot be negative."
        )
    for name in (
        "discount_percent",
        "min_margin_percent",
        "max_discount_percent",
        "approval_threshold_percent",
    ):
        value = getattr(draft, name)
        if value is not None and not 0 <= value <= HUNDRED:
            problems[name] = QT_TRANSLATE_NOOP("messages", "A percentage lies between 0 and 100.")
    for name in (
        "guide_price",
        "floor_price",
        "round_to",
        "surcharge",
        "min_margin_amount",
        "max_margin_amount",
    ):
        value = getattr(draft, name)
        if value is not None and value < 0:
            problems[name] = QT_TRANSLATE_NOOP("messages", "An amount cannot be negative.")
    if draft.round_to is not None and draft.round_to == 0:
        problems["round_to"] = QT_TRANSLATE_NOOP(
            "messages", "Round to a positive step, or leave it empty."
        )
    problems.update(_rule_problems(draft))
    return problems


def _rule_problems(draft: PolicyDraft) -> dict[str, str]:
    problems: dict[str, str] = {}
    kind = draft.rule_kind
    if kind is RuleKind.FIXED and draft.guide_price is None:
        problems["guide_price"] = QT_TRANSLATE_NOOP(
            "messages", "A fixed-price policy needs its price."
        )
    if kind in (RuleKind.PERCENT_DISCOUNT, RuleKind.FORMULA):
        if kind is RuleKind.PERCENT_DISCOUNT and draft.discount_percent is None:
            problems["discount_percent"] = QT_TRANSLATE_NOOP(
                "messages", "Give the discount in percent."
            )
        if draft.base_kind is None:
            problems["base_kind"] = QT_TRANSLATE_NOOP(
                "messages", "Say what the price starts from: list price, cost or a policy."
            )
        elif (draft.base_kind is BaseKind.OTHER_RULE) != (draft.base_policy_id is not None):
            problems["base_policy_id"] = QT_TRANSLATE_NOOP(
                "messages", "Choose the policy whose price this one starts from."
            )
    lo, hi = draft.min_margin_amount, draft.max_margin_amount
    if lo is not None and hi is not None and hi < lo:
        problems["max_margin_amount"] = QT_TRANSLATE_NOOP(
            "messages", "The maximum margin is below the minimum margin."
        )
    if (
        draft.floor_price is not None
        and draft.guide_price is not None
        and draft.guide_price < draft.floor_price
    ):
        problems["guide_price"] = QT_TRANSLATE_NOOP(
            "messages", "The guide price is below the floor price."
        )
    return problems


class PolicyRecords:
    actor = ActorName()

    def __init__(
        self, db: Database, actor: Actor = "user", today: Callable[[], date] = date.today
    ) -> None:
        self._db = db
        self.actor = actor
        self._today = today

    # -- drafts ---------------------------------------------------------------------------
    def create(self, draft: PolicyDraft) -> PolicyChanged:
        """A new policy, as a draft (it prices nothing until approved)."""
        with self._db.session() as session:
            problems = draft_problems(draft) | self._reference_problems(session, draft, None)
            if problems:
                raise PolicyInvalid(problems)
            values = _cleaned(draft)
            values["code"] = values["code"] or self._next_code(session)
            policy = PricePolicy(**values, status=PolicyStatus.DRAFT)
            session.add(policy)
            session.flush()
            record_change(session, self.actor, ENTITY, policy.id, "created", None, policy.code)
            return PolicyChanged(policy.id, ("created",), policy.status)

    def draft(self, policy_id: uuid.UUID) -> tuple[PolicyDraft, PolicyStatus, int]:
        """The policy as the form shows it, its status and the version to save against."""
        with self._db.session() as session:
            policy = self._get(session, policy_id)
            draft = PolicyDraft(**{name: getattr(policy, name) for name in FIELDS})
            return draft, policy.status, policy.version

    def update(
        self, policy_id: uuid.UUID, draft: PolicyDraft, expected_version: int | None = None
    ) -> PolicyChanged:
        """Save a draft (a pending policy that is edited goes back to draft)."""
        with saving(self._db, ENTITY, policy_id, self.actor) as session:
            policy = self._get(session, policy_id)
            if policy.status.value not in EDITABLE_STATUSES:
                raise EditRejected(
                    Sentence.of(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "%1 is %2 and can no longer be edited. Terminate it and enter a new "
                            "policy (Copy as new).",
                        ),
                        policy.code,
                        status_words(policy.status.value),
                    )
                )
            if expected_version is not None and policy.version != expected_version:
                raise EditRejected(
                    Sentence.of(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Someone changed %1 since you opened it. Your text is kept: close "
                            "the form and open it again to see their change over yours.",
                        ),
                        policy.code,
                    )
                )
            problems = draft_problems(draft) | self._reference_problems(session, draft, policy)
            if problems:
                raise PolicyInvalid(problems)
            changed = []
            for name, value in _cleaned(draft).items():
                if name == "code" and not value:
                    continue
                if getattr(policy, name) != value:
                    record_change(
                        session, self.actor, ENTITY, policy.id, name, getattr(policy, name), value
                    )
                    setattr(policy, name, value)
                    changed.append(name)
            if changed and policy.status is PolicyStatus.PENDING_APPROVAL:
                self._move(session, policy, PolicyStatus.DRAFT, "edited while pending")
                changed.append("status")
            session.flush()
            return PolicyChanged(policy.id, tuple(changed), policy.status)

    # -- deleting a draft -----------------------------------------------------------------
    def deletion_problem(self, policy_id: uuid.UUID) -> Sentence | None:
        """Why the policy cannot be deleted (a sentence naming it), or None when it can: a
        draft never submitted that no other policy starts from."""
        with self._db.session() as session:
            policy = self._get(session, policy_id)
            return self._deletion_problem(session, policy)

    def delete_draft(self, policy_id: uuid.UUID) -> PolicyChanged:
        """Take a draft never submitted out of the register (archived: its code stays used,
        Undo brings it back with :meth:`restore_draft`); EditRejected says why not."""
        with self._db.session() as session:
            policy = self._get(session, policy_id)
            refused = self._deletion_problem(session, policy)
            if refused is not None:
                raise EditRejected(refused, "status")
            _delete(session, self.actor, ENTITY, policy, policy.code)
            return PolicyChanged(policy.id, ("deleted",), policy.status)

    def restore_draft(self, policy_id: uuid.UUID) -> PolicyChanged:
        """Bring back a draft deleted by :meth:`delete_draft` (Edit → Undo)."""
        with self._db.session() as session:
            policy = session.get(PricePolicy, policy_id)
            if policy is None or policy.archived_at is None:
                raise EditRejected(QT_TRANSLATE_NOOP("messages", "This policy no longer exists."))
            _restore(session, self.actor, ENTITY, policy, policy.code)
            return PolicyChanged(policy.id, ("restored",), policy.status)

    def _deletion_problem(self, session: Session, policy: PricePolicy) -> Sentence | None:
        refused = deletion_refused(session, ENTITY, policy, policy.code)
        if refused is not None:
            return refused
        based = session.scalars(
            select(PricePolicy.code)
            .where(PricePolicy.base_policy_id == policy.id, PricePolicy.archived_at.is_(None))
            .order_by(PricePolicy.code)
        ).all()
        if based:
            return Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "%1 cannot be deleted: %2 starts from its price. Change that first.",
                ),
                policy.code,
                ", ".join(based),
            )
        return None

    # -- workflow -------------------------------------------------------------------------
    def submit(self, policy_id: uuid.UUID) -> PolicyChanged:
        return self._transition(policy_id, Transition.SUBMIT, None)

    def approve(
        self,
        policy_id: uuid.UUID,
        reason: str,
        never_fires_ok: bool = False,
        approved_by: str | None = None,
    ) -> PolicyChanged:
        """Make the policy active; the approver (this user), time and reason are recorded.

        Refused with :class:`NeverFires` (the sentences of its outlook) when another
        approved policy wins every day of its window, unless ``never_fires_ok``; with
        ``ApproverNeeded`` when this user submitted it and ``approved_by`` names no one
        else (``register_moves.apply_transition``)."""
        if not never_fires_ok:
            found = self.outlook_of(policy_id)
            if found.never_fires:
                raise NeverFires(found)
        return self._transition(policy_id, Transition.APPROVE, reason, approved_by)

    def needs_approver(self, policy_id: uuid.UUID) -> bool:
        """Whether this user submitted the policy: approving it names who approved."""
        with self._db.session() as session:
            return approver_needed(session, self.actor, ENTITY, self._get(session, policy_id))

    # -- what it will price ---------------------------------------------------------------
    def outlook(self, draft: PolicyDraft, policy_id: uuid.UUID | None = None) -> Outlook:
        """What ``draft`` would price once approved: the approved policies of its scope
        that share its days and win them, in sentences (see ``services.policy_outlook``)."""
        with self._db.session() as session:
            code = draft.code.strip()
            if not code and policy_id is not None:
                code = session.scalar(select(PricePolicy.code).where(PricePolicy.id == policy_id))
            values = _cleaned(draft)
            for name, kind in (
                ("scope", PolicyScope),
                ("channel", Channel),
                ("rule_kind", RuleKind),
                ("base_kind", BaseKind),
            ):  # a form may hand over the plain value
                if values[name] is not None:
                    values[name] = kind(values[name])
            policy = PricePolicy(**values, status=PolicyStatus.DRAFT)
            policy.code = code or self._next_code(session)
            return policy_outlook(session, policy, self._today())

    def id_of(self, code: str) -> uuid.UUID | None:
        """The id of the policy with ``code`` (None when there is none, or it was deleted)."""
        with self._db.session() as session:
            return session.scalar(
                select(PricePolicy.id).where(
                    PricePolicy.code == code, PricePolicy.archived_at.is_(None)
                )
            )

    def outlook_of(self, policy_id: uuid.UUID) -> Outlook:
        """What the saved policy would price once approved (see :meth:`outlook`)."""
        with self._db.session() as session:
            return policy_outlook(session, self._get(session, policy_id), self._today())

    def reject(self, policy_id: uuid.UUID, reason: str) -> PolicyChanged:
        return self._transition(policy_id, Transition.REJECT, reason)

    def terminate(self, policy_id: uuid.UUID, reason: str) -> PolicyChanged:
        return self._transition(policy_id, Transition.TERMINATE, reason)

    def expire_due(self) -> list[uuid.UUID]:
        """Mark active policies whose validity ended before today as expired (audited)."""
        today = self._today()
        with self._db.session() as session:
            due = list(
                session.scalars(
                    select(PricePolicy).where(
                        PricePolicy.status == PolicyStatus.ACTIVE,
                        PricePolicy.valid_to < today,
                    )
                )
            )
            for policy in due:
                self._move(
                    session, policy, PolicyStatus.EXPIRED, f"validity ended {policy.valid_to}"
                )
            return [p.id for p in due]

    def _transition(
        self,
        policy_id: uuid.UUID,
        transition: Transition,
        reason: str | None,
        approved_by: str | None = None,
    ) -> PolicyChanged:
        with self._db.session() as session:
            policy = self._get(session, policy_id)
            ended = policy.valid_to is not None and policy.valid_to < self._today()
            if transition is Transition.APPROVE and ended:
                raise EditRejected(
                    Sentence.of(
                        QT_TRANSLATE_NOOP("messages", "%1's validity has already ended."),
                        policy.code,
                    ),
                    "valid_to",
                )
            target = apply_transition(
                session, self.actor, ENTITY, policy, policy.code, transition, reason, approved_by
            )
            return PolicyChanged(policy.id, ("status",), PolicyStatus(target))

    def _move(
        self, session: Session, policy: PricePolicy, target: PolicyStatus, reason: str | None
    ) -> None:
        move(session, self.actor, ENTITY, policy, target, reason)

    # -- helpers --------------------------------------------------------------------------
    @staticmethod
    def _get(session: Session, policy_id: uuid.UUID) -> PricePolicy:
        policy = session.get(PricePolicy, policy_id)
        if policy is None or policy.archived_at is not None:  # a deleted draft: gone
            raise EditRejected(QT_TRANSLATE_NOOP("messages", "This policy no longer exists."))
        return policy

    @staticmethod
    def _next_code(session: Session) -> str:
        codes = session.scalars(select(PricePolicy.code).where(PricePolicy.code.like("PP-%")))
        highest = max((int(c[3:]) for c in codes if c[3:].isdigit()), default=0)
        return f"PP-{highest + 1:05d}"

    @staticmethod
    def _reference_problems(
        session: Session, draft: PolicyDraft, policy: PricePolicy | None
    ) -> dict[str, str]:
        problems: dict[str, str] = {}
        code = draft.code.strip()
        if code:
            holder = session.scalar(select(PricePolicy.id).where(PricePolicy.code == code))
            if holder is not None and (policy is None or holder != policy.id):
                problems["code"] = Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "Code %1 is already used by another policy."),
                    code,
                )
        for name, model, gone in (
            (
                "account_id",
                Account,
                QT_TRANSLATE_NOOP("messages", "The chosen account no longer exists."),
            ),
            (
                "territory_id",
                Territory,
                QT_TRANSLATE_NOOP("messages", "The chosen territory no longer exists."),
            ),
            (
                "product_id",
                Product,
                QT_TRANSLATE_NOOP("messages", "The chosen product no longer exists."),
            ),
            (
                "base_policy_id",
                PricePolicy,
                QT_TRANSLATE_NOOP("messages", "The chosen base policy no longer exists."),
            ),
        ):
            ref = getattr(draft, name)
            if ref is not None and session.get(model, ref) is None:
                problems[name] = gone
        loop = _base_loop(session, draft.base_policy_id, policy.id if policy else None)
        if loop:
            problems["base_policy_id"] = Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages", "That would make policies start from each other in a loop: %1."
                ),
                " → ".join(loop),
            )
        return problems


def _base_loop(
    session: Session, base_id: uuid.UUID | None, policy_id: uuid.UUID | None
) -> list[str]:
    """Codes along the base chain when following it from ``base_id`` returns to the policy
    being saved (or to any policy already on the chain); empty when there is no loop."""
    seen: list[uuid.UUID] = []
    current = base_id
    while current is not None:
        if current == policy_id or current in seen:
            seen.append(current)
            codes = dict(
                session.execute(
                    select(PricePolicy.id, PricePolicy.code).where(PricePolicy.id.in_(seen))
                ).all()
            )
            return [codes.get(i, "this policy") for i in seen]
        seen.append(current)
        current = session.scalar(
            select(PricePolicy.base_policy_id).where(PricePolicy.id == current)
        )
    return []


def _cleaned(draft: PolicyDraft) -> dict[str, object]:
    values: dict[str, object] = {}
    for name in FIELDS:
        value = getattr(draft, name)
        if isinstance(value, str):
            value = value.strip() or None
        values[name] = value
    values["code"] = values["code"] or ""
    values["currency"] = str(values["currency"] or "").upper()
    values["category"] = values["category"] or None
    return values
