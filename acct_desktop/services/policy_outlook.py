"""What a policy being saved, submitted or approved will actually price, read from the
register: the approved, unexpired policies of its scope that share its days and win them
(see :mod:`acct_desktop.domain.policy_outlook`). One query for the policy's scope."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from acct_desktop.domain.policy_outlook import Outlook, outlook
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, sentences
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.price_rules import PRICING_STATUSES, load_register, rule_from_policy
from acct_desktop.store.models import PricePolicy

NEVER_FIRES_CONFIRM = QT_TRANSLATE_NOOP(
    "messages", "Approve it anyway: I know it will never price anything"
)


def policy_outlook(session: Session, policy: PricePolicy, today: date) -> Outlook:
    """The outlook of ``policy`` (saved or not; its status is ignored: judged as if it were
    approved) against the approved policies of its scope in ``session``."""
    codes = dict(session.execute(select(PricePolicy.id, PricePolicy.code)).all())
    try:
        rule = rule_from_policy(policy, codes)  # outlook() judges it as active
    except ValueError:
        return Outlook(policy.code)  # too incomplete to price: its form says why
    same_scope = (PricePolicy.scope == policy.scope) & PricePolicy.status.in_(PRICING_STATUSES)
    entries = load_register(session, same_scope)
    return outlook(rule, (e.rule for e in entries), today)


class NeverFires(EditRejected):
    """Approving a policy another one wins on every day of its window: refused unless the
    approver confirms (``confirm`` is the words of that confirmation)."""

    def __init__(self, found: Outlook) -> None:
        super().__init__(sentences(*found.sentences), "valid_from")
        self.outlook = found
        self.confirm = Sentence.of(NEVER_FIRES_CONFIRM)
