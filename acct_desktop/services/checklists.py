"""Issuing written issue checklists: numbered, frozen, printed and digitally sealed.

Issuing is one transaction: allocate the next number of the year, snapshot the chosen
issues, print the PDF, seal it with the manager's key and store the sealed bytes with
their hashes. If the key cannot be unlocked nothing is stored — an unsealed document is
never passed off as sealed.

A checklist lists the account's own issues, or ``with_sub_accounts`` those of every account
below it too (a head office's branches): each line then names its account, the printed
list says what it covers, and a re-issue covers the same unless told otherwise.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from acct_desktop.domain.addresses import address_line, with_detail
from acct_desktop.domain.checklists import (
    ChecklistContent,
    ChecklistItem,
    ChecklistParty,
    canonical_json,
    content_sha256,
    covers_sub_accounts,
    next_checklist_number,
    revision_label,
    verification_code,
)
from acct_desktop.domain.enums import IssueCategory, IssueStatus
from acct_desktop.domain.issues import OPEN_STATUSES
from acct_desktop.domain.languages import document_language
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.acting import Actor, ActorName
from acct_desktop.services.audit import record_change
from acct_desktop.services.main_contact import main_contact
from acct_desktop.services.manager_profile import ManagerProfile, require_complete
from acct_desktop.services.subtree import subtree_ids
from acct_desktop.store.database import Database
from acct_desktop.store.models import (
    Account,
    CustomerIssue,
    IssueChecklist,
    IssueChecklistItem,
)
from acct_desktop.store.types import utcnow

if TYPE_CHECKING:
    from acct_desktop.services.seal_keys import SealKeyStore

MAX_ITEMS = 500
_NUMBER_RETRIES = 3


class ChecklistRejected(EditRejected):
    """A checklist that cannot be issued (no issues, wrong account …)."""


@dataclass(frozen=True)
class IssuedChecklist:
    id: uuid.UUID
    account_id: uuid.UUID
    number: str
    revision: int
    reference: str
    verification_code: str
    content_sha256: str
    pdf_sha256: str
    pdf: bytes
    item_count: int


class ChecklistIssuer:
    actor = ActorName()

    def __init__(
        self,
        db: Database,
        actor: Actor = "user",
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        self._db = db
        self.actor = actor
        self._now = now

    def issue(
        self,
        account_id: uuid.UUID,
        issue_ids: Sequence[uuid.UUID] | None,
        manager: ManagerProfile,
        keys: SealKeyStore,
        *,
        with_sub_accounts: bool = False,
    ) -> IssuedChecklist:
        """Issue and seal a new checklist of ``issue_ids`` (all open issues when None), of
        the account's own issues or, ``with_sub_accounts``, of its whole subtree's."""
        return self._issue(
            account_id, issue_ids, manager, keys, previous_id=None, subtree=with_sub_accounts
        )

    def reissue(
        self,
        checklist_id: uuid.UUID,
        manager: ManagerProfile,
        keys: SealKeyStore,
        issue_ids: Sequence[uuid.UUID] | None = None,
        *,
        with_sub_accounts: bool | None = None,
    ) -> IssuedChecklist:
        """Issue the next revision of the checklist's number, replacing its latest revision.

        Without ``issue_ids`` it lists the issues of the latest revision as they are now;
        without ``with_sub_accounts`` it covers what the latest revision covered.
        """
        with self._db.session() as session:
            latest = _latest_revision(session, checklist_id)
            if with_sub_accounts is None:
                with_sub_accounts = covers_sub_accounts(latest.content_json)
            if issue_ids is None:
                issue_ids = [
                    item.issue_id
                    for item in latest.items
                    if item.issue_id is not None
                    and (issue := session.get(CustomerIssue, item.issue_id)) is not None
                    and issue.archived_at is None
                ]
            account_id, previous_id = latest.account_id, latest.id
        return self._issue(
            account_id, issue_ids, manager, keys, previous_id=previous_id, subtree=with_sub_accounts
        )

    # -- internals ------------------------------------------------------------------------
    def _issue(
        self,
        account_id: uuid.UUID,
        issue_ids: Sequence[uuid.UUID] | None,
        manager: ManagerProfile,
        keys: SealKeyStore,
        previous_id: uuid.UUID | None,
        subtree: bool,
    ) -> IssuedChecklist:
        from acct_desktop.reporting.checklist_pdf import build_checklist_pdf, seal_reason
        from acct_desktop.services.seal_keys import SealIdentity
        from acct_desktop.services.sealing import seal_pdf

        require_complete(manager)
        keys.ensure(SealIdentity(manager.name, manager.organisation, manager.email))
        signer = keys.signer()  # fails here, before anything is numbered or stored
        for attempt in range(_NUMBER_RETRIES):
            try:
                # One clock reading, in the issuer's local time: the year of the number and
                # the date printed for the customer to seal are the same calendar day.
                issued_at = self._now().astimezone()
                with self._db.session() as session:
                    account, issues = self._chosen(session, account_id, issue_ids, subtree)
                    number, revision, replaces = self._numbering(
                        session, previous_id, issued_at.year
                    )
                    content = self._content(
                        session, account, issues, manager, number, revision, replaces, issued_at
                    )
                    if subtree:
                        content = _naming_accounts(session, content, issues)
                    pdf = seal_pdf(
                        build_checklist_pdf(content),
                        signer,
                        reason=seal_reason(content),
                        location=account.city,
                        contact=manager.email or manager.phone,
                    )
                    return self._store(session, account, content, issues, pdf, previous_id)
            except IntegrityError:
                # Someone else took the number in the meantime (team database): try again.
                if attempt == _NUMBER_RETRIES - 1:
                    raise
        raise AssertionError("unreachable")

    def _chosen(
        self,
        session: Session,
        account_id: uuid.UUID,
        issue_ids: Sequence[uuid.UUID] | None,
        subtree: bool,
    ) -> tuple[Account, list[CustomerIssue]]:
        account = session.get(Account, account_id)
        if account is None:
            raise ChecklistRejected(QT_TRANSLATE_NOOP("messages", "This account no longer exists."))
        whose = (
            CustomerIssue.account_id.in_(subtree_ids(account_id))
            if subtree
            else CustomerIssue.account_id == account_id
        )
        query = select(CustomerIssue).where(whose, CustomerIssue.archived_at.is_(None))
        if issue_ids is None:
            query = query.where(CustomerIssue.status.in_(OPEN_STATUSES))
        else:
            wanted = set(issue_ids)
            query = query.where(CustomerIssue.id.in_(wanted))
        issues = list(session.scalars(query.order_by(CustomerIssue.deadline, CustomerIssue.number)))
        if issue_ids is not None and len(issues) != len(set(issue_ids)):
            raise ChecklistRejected(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Some of the chosen issues belong to another account or were withdrawn.",
                )
            )
        if not issues:
            raise ChecklistRejected(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "%1 and the accounts below it have no open issues to put on a checklist.",
                    )
                    if subtree
                    else QT_TRANSLATE_NOOP(
                        "messages", "%1 has no open issues to put on a checklist."
                    ),
                    account.name,
                )
            )
        if len(issues) > MAX_ITEMS:
            raise ChecklistRejected(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages", "A checklist holds at most %1 issues; choose fewer (%2)."
                    ),
                    MAX_ITEMS,
                    len(issues),
                )
            )
        return account, issues

    def _numbering(
        self, session: Session, previous_id: uuid.UUID | None, year: int
    ) -> tuple[str, int, str | None]:
        if previous_id is not None:
            previous = session.get(IssueChecklist, previous_id)
            assert previous is not None
            latest = session.scalar(
                select(func.max(IssueChecklist.revision)).where(
                    IssueChecklist.number == previous.number
                )
            )
            revision = int(latest or previous.revision) + 1
            replaces = f"{previous.number} {revision_label(previous.revision)}"
            return previous.number, revision, replaces
        existing = session.scalars(
            select(IssueChecklist.number).where(IssueChecklist.number.like(f"CL-{year:04d}-%"))
        )
        return next_checklist_number(year, existing), 1, None

    def _content(
        self,
        session: Session,
        account: Account,
        issues: list[CustomerIssue],
        manager: ManagerProfile,
        number: str,
        revision: int,
        replaces: str | None,
        issued_at: datetime,
    ) -> ChecklistContent:
        language = document_language(
            account.document_language, account.country_code, account.currency
        )
        address = address_line(
            language,
            account.street,
            account.district,
            account.postcode,
            account.city,
            country_code=account.country_code,
        )
        person = main_contact(session, account.id)
        contact_name = None
        if person is not None:
            contact_name = with_detail(language, person.name, person.title)
        return ChecklistContent(
            number=number,
            revision=revision,
            issued_at=issued_at,
            language=language,
            account_code=account.code,
            account_name=account.name,
            customer=ChecklistParty(
                name=contact_name or "",  # the person to speak to, not the company again
                organisation=account.name,
                phone=(person.phone if person else None) or account.phone,
                email=(person.email if person else None) or account.email,
                address=address or None,
            ),
            manager=ChecklistParty(
                name=manager.name,
                organisation=manager.organisation,
                phone=manager.phone,
                email=manager.email,
            ),
            items=tuple(
                ChecklistItem(
                    position=position,
                    issue_number=issue.number,
                    category=issue.category.value,
                    description=issue.description,
                    responsible=issue.responsible,
                    deadline=issue.deadline,
                    status=issue.status.value,
                    **_closed_fields(issue),
                )
                for position, issue in enumerate(issues, start=1)
            ),
            replaces=replaces,
        )

    def _store(
        self,
        session: Session,
        account: Account,
        content: ChecklistContent,
        issues: list[CustomerIssue],
        pdf: bytes,
        previous_id: uuid.UUID | None,
    ) -> IssuedChecklist:
        content_hash = content_sha256(content)
        code = verification_code(content.number, content.revision, content_hash)
        pdf_hash = hashlib.sha256(pdf).hexdigest()
        checklist = IssueChecklist(
            number=content.number,
            revision=content.revision,
            revision_of_id=previous_id,
            account_id=account.id,
            issued_at=content.issued_at,
            issued_by=content.manager.name,
            language=content.language,
            content_json=canonical_json(content),
            content_sha256=content_hash,
            pdf_sha256=pdf_hash,
            signature_subject=f"{content.manager.name} ({content.manager.organisation})",
            verification_code=code,
            sealed_pdf=pdf,
            items=[
                IssueChecklistItem(issue_id=issue.id, **_item_fields(item))
                for item, issue in zip(content.items, issues, strict=True)
            ],
        )
        session.add(checklist)
        session.flush()
        record_change(
            session,
            self.actor,
            "issue_checklist",
            checklist.id,
            "issued",
            None,
            f"{content.reference} sha256={pdf_hash}",
            when=content.issued_at,
        )
        return IssuedChecklist(
            id=checklist.id,
            account_id=checklist.account_id,
            number=content.number,
            revision=content.revision,
            reference=content.reference,
            verification_code=code,
            content_sha256=content_hash,
            pdf_sha256=pdf_hash,
            pdf=pdf,
            item_count=len(content.items),
        )


def _naming_accounts(
    session: Session, content: ChecklistContent, issues: list[CustomerIssue]
) -> ChecklistContent:
    """``content`` covering sub-accounts: each item with the account its issue concerns."""
    ids = {issue.account_id for issue in issues}
    names = {
        row.id: (row.code, row.name)
        for row in session.execute(
            select(Account.id, Account.code, Account.name).where(Account.id.in_(ids))
        )
    }
    items = tuple(
        replace(
            item, account_code=names[issue.account_id][0], account_name=names[issue.account_id][1]
        )
        for item, issue in zip(content.items, issues, strict=True)
    )
    return replace(content, items=items, with_sub_accounts=True)


def _closed_fields(issue: CustomerIssue) -> dict[str, object]:
    """A closed issue's resolution and closing day, as the checklist prints them."""
    if issue.status in OPEN_STATUSES:
        return {}
    return {"resolution": (issue.resolution or "").strip(), "closed_on": issue.closed_on}


def _item_fields(item: ChecklistItem) -> dict[str, object]:
    values = asdict(item)
    # in the frozen content, not the rows
    for later in ("account_code", "account_name", "resolution", "closed_on"):
        values.pop(later)
    values["category"] = IssueCategory(item.category)
    values["status"] = IssueStatus(item.status)
    return values


def _latest_revision(session: Session, checklist_id: uuid.UUID) -> IssueChecklist:
    checklist = session.get(IssueChecklist, checklist_id)
    if checklist is None:
        raise ChecklistRejected(QT_TRANSLATE_NOOP("messages", "This checklist no longer exists."))
    latest = session.scalar(
        select(IssueChecklist)
        .where(IssueChecklist.number == checklist.number)
        .order_by(IssueChecklist.revision.desc())
        .limit(1)
    )
    return latest or checklist


def content_of(checklist_json: str) -> dict[str, object]:
    """The frozen content of an issued checklist, as stored."""
    return json.loads(checklist_json)
