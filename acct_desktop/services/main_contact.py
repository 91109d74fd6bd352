"""Who a printed document names as the customer's contact: the most influential person of
the account, the one who decides first among equals (the visit sheet's "main contact", a
checklist's "Contact")."""

from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.orm import Session

from acct_desktop.domain.enums import DmuRole
from acct_desktop.store.models import Contact

# Among equally influential people, the one who decides first.
ROLE_ORDER = ("decision_maker", "buyer", "influencer", "technical", "user", "gatekeeper")


def contact_rank(influence: int, role: DmuRole, name: str) -> tuple[int, int, str]:
    """Sort key: the most influential first, then by role (ROLE_ORDER), then by name."""
    return -influence, ROLE_ORDER.index(role.value), name


def main_contact(session: Session, account_id: uuid.UUID) -> Contact | None:
    """The account's main contact among its current (not archived, not erased) people."""
    people = session.scalars(
        select(Contact).where(
            Contact.account_id == account_id,
            Contact.archived_at.is_(None),
            Contact.erased_at.is_(None),
        )
    ).all()
    return min(people, key=lambda c: contact_rank(c.influence, c.dmu_role, c.name), default=None)
