"""Changing an account's profile: one transaction, optimistic locking, a change summary."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, fields
from decimal import Decimal

from acct_desktop.domain.money import minor_unit, round_to_places
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.acting import Actor, ActorName
from acct_desktop.services.audit import record_change
from acct_desktop.services.changed_since import saving
from acct_desktop.services.refusals import EditRejected
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account

PAYMENT_TERMS_MAX = 120


@dataclass(frozen=True)
class ProfileEdit:
    strategy: str | None
    purchasing_policy: str | None
    payment_terms: str | None
    credit_limit: Decimal | None
    notes: str | None


@dataclass(frozen=True)
class AccountChanged:
    """What changed, so the GUI refreshes only the affected views."""

    account_id: uuid.UUID
    fields: tuple[str, ...]
    version: int


def validate(edit: ProfileEdit) -> None:
    if edit.credit_limit is not None and edit.credit_limit < 0:
        raise EditRejected(
            QT_TRANSLATE_NOOP("messages", "A credit limit cannot be negative."), "credit_limit"
        )
    if edit.payment_terms and len(edit.payment_terms) > PAYMENT_TERMS_MAX:
        raise EditRejected(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "Payment terms are limited to %1 characters."),
                PAYMENT_TERMS_MAX,
            ),
            "payment_terms",
        )


class ArchivedMeanwhile(EditRejected):
    """A colleague archived the account since the card read it: the card shows it archived
    (with Restore) rather than suggesting a reload."""


def update_profile(
    db: Database, account_id: uuid.UUID, expected_version: int, edit: ProfileEdit, actor: str
) -> AccountChanged:
    """Save ``edit`` if nobody changed the account since ``expected_version`` was read."""
    validate(edit)
    with saving(db, "account", account_id, actor) as session:
        account = session.get(Account, account_id)
        if account is None:
            raise EditRejected(QT_TRANSLATE_NOOP("messages", "This account no longer exists."))
        _check_decimals(edit.credit_limit, account.currency)
        if account.version != expected_version:
            if account.archived_at is not None:  # F5 would not help: it stays archived
                raise ArchivedMeanwhile(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Someone archived this account since you opened it; your change was "
                        "not saved. Your text is kept: Restore the account (at the top of this "
                        "card) and Save again, or choose another account to leave it archived.",
                    )
                )
            raise EditRejected(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Someone changed this account since you opened it. Your text is kept: "
                    "reload the account (F5), check your changes over the new version and "
                    "Save again.",
                )
            )
        changed = []
        for spec in fields(edit):
            new = _clean(getattr(edit, spec.name))
            old = getattr(account, spec.name)
            if new != old:
                changed.append(spec.name)
                setattr(account, spec.name, new)
                record_change(
                    session,
                    actor,
                    "account",
                    account_id,
                    spec.name,
                    None if old is None else str(old),
                    None if new is None else str(new),
                )
        session.flush()
        return AccountChanged(account_id, tuple(changed), account.version)


class ProfileRecords:
    """The profile card's fields of an account as a records service (``draft``,
    ``update``), so that a save of the card is undone and redone as a save of the account
    form is (``own_edits.OwnEdit``): only the fields it changed, refused over a colleague's
    change since."""

    actor = ActorName()

    def __init__(self, db: Database, actor: Actor = "user") -> None:
        self._db = db
        self.actor = actor

    def draft(self, account_id: uuid.UUID) -> tuple[ProfileEdit, int]:
        """The card's fields as stored, with the version to save against."""
        with self._db.session() as session:
            account = session.get(Account, account_id)
            if account is None:
                raise EditRejected(QT_TRANSLATE_NOOP("messages", "This account no longer exists."))
            edit = ProfileEdit(
                **{spec.name: getattr(account, spec.name) for spec in fields(ProfileEdit)}
            )
            return edit, account.version

    def update(
        self, account_id: uuid.UUID, edit: ProfileEdit, expected_version: int | None
    ) -> AccountChanged:
        """Save the card's fields (``update_profile``); None: against the version now."""
        if expected_version is None:
            expected_version = self.draft(account_id)[1]
        return update_profile(self._db, account_id, expected_version, edit, self.actor)


def _check_decimals(credit_limit: Decimal | None, currency: str) -> None:
    """A limit finer than the currency's smallest unit is refused, not rounded unseen."""
    if credit_limit is None:
        return
    places = minor_unit(currency)
    if credit_limit != round_to_places(credit_limit, places):
        sentence = (
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "A credit limit in %1 has no decimals."), currency
            )
            if places == 0
            else Sentence.of(
                QT_TRANSLATE_NOOP("messages", "A credit limit in %1 has at most %2 decimals."),
                currency,
                places,
            )
        )
        raise EditRejected(sentence, "credit_limit")


def _clean(value: object) -> object:
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value
