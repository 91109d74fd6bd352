"""Creating, editing, moving, archiving and restoring accounts: validated, one transaction
each, audited, and returning what changed."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from acct_desktop.domain.enums import AccountKind, Channel, Tier
from acct_desktop.domain.hierarchy import may_sit_under, would_create_cycle
from acct_desktop.domain.kind_words import kind_word
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.account_codes import holder_of
from acct_desktop.services.account_edits import AccountChanged, EditRejected
from acct_desktop.services.acting import Actor, ActorName
from acct_desktop.services.audit import record_change
from acct_desktop.services.changed_since import saving
from acct_desktop.services.search import refresh_accounts
from acct_desktop.services.subtree import subtree_ids
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, AccountTag
from acct_desktop.store.types import utcnow

EDITABLE = (
    "code",
    "name",
    "kind",
    "channel",
    "tier",
    "parent_id",
    "territory_id",
    "street",
    "district",
    "city",
    "postcode",
    "country_code",
    "latitude",
    "longitude",
    "phone",
    "email",
    "currency",
)


@dataclass(frozen=True)
class AccountDraft:
    """The account form's fields."""

    code: str
    name: str
    kind: AccountKind
    channel: Channel
    tier: Tier = Tier.C
    parent_id: uuid.UUID | None = None
    territory_id: uuid.UUID | None = None
    street: str | None = None
    district: str | None = None
    city: str | None = None
    postcode: str | None = None
    country_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    phone: str | None = None
    email: str | None = None
    currency: str = "EUR"
    tags: tuple[str, ...] = field(default_factory=tuple)


class AccountInvalid(EditRejected):
    """Several fields are wrong at once: ``problems`` maps field name → sentence."""

    def __init__(self, problems: dict[str, str]) -> None:
        first_field, first = next(iter(problems.items()))
        super().__init__(first, first_field)
        self.problems = problems


class ActiveBelow(EditRejected):
    """Archiving an account that still has active accounts below it, without saying what
    becomes of them."""

    def __init__(self, name: str, count: int) -> None:
        super().__init__(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "%1 has %2 active accounts below it; archive them with it, or move them first.",
                ),
                name,
                str(count),
            )
        )
        self.name, self.count = name, count


def draft_of(account: Account) -> AccountDraft:
    return AccountDraft(
        **{name: getattr(account, name) for name in EDITABLE},
        tags=tuple(sorted(t.tag for t in account.tags)),
    )


class AccountRecords:
    actor = ActorName()

    def __init__(self, db: Database, actor: Actor = "user") -> None:
        self._db = db
        self.actor = actor

    # -- validation -----------------------------------------------------------------------
    def _problems(
        self, session: Session, draft: AccountDraft, account_id: uuid.UUID | None
    ) -> dict[str, str]:
        problems: dict[str, str] = {}
        code, name = draft.code.strip(), draft.name.strip()
        if not code:
            problems["code"] = QT_TRANSLATE_NOOP("messages", "Every account needs a code.")
        elif len(code) > 40:
            problems["code"] = QT_TRANSLATE_NOOP("messages", "A code has at most 40 characters.")
        elif not code.isprintable():  # pasted with a tab, a no-break space, a zero-width one
            problems["code"] = QT_TRANSLATE_NOOP(
                "messages", "A code cannot hold a tab or an invisible character."
            )
        else:
            holder = holder_of(session, code)
            if holder is not None and holder[0] != account_id:
                problems["code"] = Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "Code %1 is already used by another account."),
                    holder[1],
                )
        if not name:
            problems["name"] = QT_TRANSLATE_NOOP("messages", "Every account needs a name.")
        if draft.latitude is not None and not -90 <= draft.latitude <= 90:
            problems["latitude"] = QT_TRANSLATE_NOOP(
                "messages", "Latitude must be between -90 and 90."
            )
        if draft.longitude is not None and not -180 <= draft.longitude <= 180:
            problems["longitude"] = QT_TRANSLATE_NOOP(
                "messages", "Longitude must be between -180 and 180."
            )
        if (draft.latitude is None) != (draft.longitude is None):
            problems["latitude" if draft.latitude is None else "longitude"] = QT_TRANSLATE_NOOP(
                "messages", "Give both coordinates, or neither."
            )
        if draft.email and "@" not in draft.email:
            problems["email"] = QT_TRANSLATE_NOOP(
                "messages", "That does not look like an e-mail address."
            )
        parent_problem = self._parent_problem(session, draft.kind, draft.parent_id, account_id)
        if parent_problem:
            problems["parent_id"] = parent_problem
        return problems

    def _parent_problem(
        self,
        session: Session,
        kind: AccountKind,
        parent_id: uuid.UUID | None,
        account_id: uuid.UUID | None,
    ) -> str | None:
        parent_kind = None
        if parent_id is not None:
            parent = session.get(Account, parent_id)
            if parent is None:
                return QT_TRANSLATE_NOOP("messages", "The chosen parent account does not exist.")
            if parent.archived_at is not None:
                return Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages", "%1 is archived; restore it first or choose another parent."
                    ),
                    parent.name,
                )
            parent_kind = parent.kind
            if account_id is not None and would_create_cycle(
                account_id,
                parent_id,
                lambda a: session.scalar(select(Account.parent_id).where(Account.id == a)),
            ):
                return Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages", "%1 is this account or sits below it; that would make a loop."
                    ),
                    parent.name,
                )
        if not may_sit_under(kind, parent_kind):
            if parent_kind is None:
                return Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "A %1 cannot be at the top level."),
                    kind_word(kind),
                )
            return Sentence.of(
                QT_TRANSLATE_NOOP("messages", "A %1 cannot sit under a %2."),
                kind_word(kind),
                kind_word(parent_kind),
            )
        return None

    # -- changes --------------------------------------------------------------------------
    def create(self, draft: AccountDraft) -> AccountChanged:
        with self._db.session() as session:
            problems = self._problems(session, draft, None)
            if problems:
                raise AccountInvalid(problems)
            values = {k: v for k, v in asdict(draft).items() if k in EDITABLE}
            account = Account(**_cleaned(values))
            account.tags = [AccountTag(tag=t) for t in _tags(draft.tags)]
            session.add(account)
            session.flush()
            self._audit(session, account.id, "created", None, account.code)
            refresh_accounts(session, [account.id])
            return AccountChanged(account.id, ("created",), account.version)

    def draft(self, account_id: uuid.UUID) -> tuple[AccountDraft, int]:
        """The account as the form shows it, with the version to save against."""
        with self._db.session() as session:
            account = session.get(Account, account_id)
            if account is None:
                raise EditRejected(QT_TRANSLATE_NOOP("messages", "This account no longer exists."))
            return draft_of(account), account.version

    def update(
        self, account_id: uuid.UUID, draft: AccountDraft, expected_version: int | None = None
    ) -> AccountChanged:
        """Save the form; ``expected_version`` None means "whatever is there now" (undo)."""
        with saving(self._db, "account", account_id, self.actor) as session:
            account = session.get(Account, account_id)
            if account is None:
                raise EditRejected(QT_TRANSLATE_NOOP("messages", "This account no longer exists."))
            if expected_version is not None and account.version != expected_version:
                if account.archived_at is not None:
                    raise EditRejected(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "Someone archived this account since you opened it. Your text is "
                            "kept: restore the account (Account → Restore, or Restore on its card) "
                            "and open the form again.",
                        )
                    )
                raise EditRejected(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Someone changed this account since you opened it. Your text is kept: "
                        "close the form and open it again to see their change over yours.",
                    )
                )
            problems = self._problems(session, draft, account_id)
            if problems:
                raise AccountInvalid(problems)
            changed = []
            for name, value in _cleaned({k: getattr(draft, k) for k in EDITABLE}).items():
                old = getattr(account, name)
                if value != old:
                    setattr(account, name, value)
                    changed.append(name)
                    self._audit(session, account_id, name, old, value)
            wanted = set(_tags(draft.tags))
            have = {t.tag for t in account.tags}
            if wanted != have:
                account.tags = [t for t in account.tags if t.tag in wanted] + [
                    AccountTag(tag=t) for t in sorted(wanted - have)
                ]
                changed.append("tags")
            session.flush()
            if changed:
                refresh_accounts(session, [account_id])
            return AccountChanged(account_id, tuple(changed), account.version)

    def move(self, account_id: uuid.UUID, new_parent_id: uuid.UUID | None) -> AccountChanged:
        """Put the account (with everything below it) under another parent."""
        with self._db.session() as session:
            account = session.get(Account, account_id)
            if account is None:
                raise EditRejected(QT_TRANSLATE_NOOP("messages", "This account no longer exists."))
            if account.parent_id == new_parent_id:
                return AccountChanged(account_id, (), account.version)
            problem = self._parent_problem(session, account.kind, new_parent_id, account_id)
            if problem:
                raise AccountInvalid({"parent_id": problem})
            self._audit(session, account_id, "parent_id", account.parent_id, new_parent_id)
            account.parent_id = new_parent_id
            session.flush()
            return AccountChanged(account_id, ("parent_id",), account.version)

    def active_below(self, account_id: uuid.UUID) -> int:
        """How many accounts below ``account_id`` (at any depth) are not archived."""
        with self._db.session() as session:
            return len(_active_below(session, account_id))

    def archive(self, account_id: uuid.UUID, with_below: bool = False) -> AccountChanged:
        """Archive the account. Accounts still active below it are never left hanging under
        an archived parent: without ``with_below`` they refuse (``ActiveBelow``); with it they
        are archived in the same transaction, at the same moment, so a restore brings back
        exactly those."""
        return self._set_archived(account_id, True, with_below)

    def restore(self, account_id: uuid.UUID) -> AccountChanged:
        """Restore the account and the accounts below it that were archived with it."""
        return self._set_archived(account_id, False)

    def archived_with(self, account_id: uuid.UUID) -> list[uuid.UUID]:
        """The accounts below ``account_id`` archived at the same moment as it (by archiving
        it with everything below); a restore brings them back too."""
        with self._db.session() as session:
            return _archived_with(session, account_id)

    def _set_archived(
        self, account_id: uuid.UUID, archived: bool, with_below: bool = False
    ) -> AccountChanged:
        with self._db.session() as session:
            account = session.get(Account, account_id)
            if account is None:
                raise EditRejected(QT_TRANSLATE_NOOP("messages", "This account no longer exists."))
            if archived and account.archived_at is None:
                below = _active_below(session, account_id)
                if below and not with_below:
                    raise ActiveBelow(account.name, len(below))
                moment = utcnow()
                changed = [account, *below]
                for each in changed:
                    each.archived_at = moment
            elif not archived and account.archived_at is not None:
                parent = session.get(Account, account.parent_id) if account.parent_id else None
                if parent is not None and parent.archived_at is not None:
                    raise EditRejected(
                        Sentence.of(
                            QT_TRANSLATE_NOOP(
                                "messages", "%1 is archived; restore it first, then this account."
                            ),
                            parent.name,
                        )
                    )
                together = _archived_with(session, account_id)
                changed = [account, *(session.get(Account, i) for i in together)]
                for each in changed:
                    each.archived_at = None
            else:
                return AccountChanged(account_id, (), account.version)
            for each in changed:
                self._audit(session, each.id, "archived", not archived, archived)
            session.flush()
            refresh_accounts(session, [each.id for each in changed])
            return AccountChanged(account_id, ("archived_at",), account.version)

    def _audit(
        self, session: Session, account_id: uuid.UUID, field_name: str, old: object, new: object
    ) -> None:
        record_change(session, self.actor, "account", account_id, field_name, old, new)


def _active_below(session: Session, account_id: uuid.UUID) -> list[Account]:
    return list(
        session.scalars(
            select(Account).where(
                Account.id.in_(subtree_ids(account_id)),
                Account.id != account_id,
                Account.archived_at.is_(None),
            )
        )
    )


def _archived_with(session: Session, account_id: uuid.UUID) -> list[uuid.UUID]:
    moment = session.scalar(select(Account.archived_at).where(Account.id == account_id))
    if moment is None:
        return []
    return list(
        session.scalars(
            select(Account.id).where(
                Account.id.in_(subtree_ids(account_id)),
                Account.id != account_id,
                Account.archived_at == moment,
            )
        )
    )


def _cleaned(values: dict[str, object]) -> dict[str, object]:
    cleaned: dict[str, object] = {}
    for key, value in values.items():
        if isinstance(value, str):
            value = value.strip() or None
        cleaned[key] = value
    if cleaned.get("country_code"):
        cleaned["country_code"] = str(cleaned["country_code"]).upper()
    if cleaned.get("currency"):
        cleaned["currency"] = str(cleaned["currency"]).upper()
    else:
        cleaned["currency"] = "EUR"
    return cleaned


def _tags(tags: tuple[str, ...]) -> list[str]:
    return sorted({t.strip() for t in tags if t.strip()})
