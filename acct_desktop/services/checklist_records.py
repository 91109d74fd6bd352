"""Issued checklists: listing them, their sealed PDFs, the customer's stamped copy, and
verifying a PDF someone hands back."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from acct_desktop.domain.checklists import (
    ChecklistNumberError,
    covers_sub_accounts,
    parse_document_keywords,
    parse_qr_payload,
    revision_label,
)
from acct_desktop.domain.issues import OPEN_STATUSES
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, sentences
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.acting import Actor, ActorName
from acct_desktop.services.attachments import attach_scan
from acct_desktop.services.audit import record_change
from acct_desktop.services.scan_codes import read_qr_codes
from acct_desktop.store.database import Database
from acct_desktop.store.models import (
    Account,
    Attachment,
    CustomerIssue,
    IssueChecklist,
    IssueChecklistItem,
)

if TYPE_CHECKING:
    from acct_desktop.services.seal_keys import SealKeyStore
    from acct_desktop.services.sealing import VerificationReport


class ScanOfAnotherChecklist(EditRejected):
    """The scan's QR code names another checklist or revision (or other content): attached
    only when the user says so (``other_checklist_ok``)."""


class StampedCopyKept(EditRejected):
    """The checklist has a stamped copy already: replaced only when the user says so
    (``replace_ok``); the earlier scan stays in the database."""


@dataclass(frozen=True, slots=True)
class ChecklistRow:
    id: uuid.UUID
    number: str
    revision: int
    account_id: uuid.UUID
    account_name: str
    issued_at: datetime
    issued_by: str | None
    language: str
    item_count: int
    verification_code: str | None
    stamped_on: date | None
    scan_file_name: str | None
    replaced_by: int | None  # the next revision, when this one was re-issued
    with_sub_accounts: bool = False  # it also lists the issues of the accounts below
    # Its items tracked to closure: those whose issue is still open or in progress today
    # (one deleted since is no longer open), and those of them past their deadline.
    open_count: int = 0
    overdue_count: int = 0

    @property
    def reference(self) -> str:
        return f"{self.number} {revision_label(self.revision)}"

    @property
    def closure(self) -> Sentence:
        """Its items and how far they are from closure: ``13 · 4 open · 1 overdue``,
        ``13 · 4 open``, ``13 · all closed``."""
        if self.open_count == 0:
            return Sentence.of(QT_TRANSLATE_NOOP("messages", "%1 · all closed"), self.item_count)
        if self.overdue_count == 0:
            return Sentence.of(
                QT_TRANSLATE_NOOP("messages", "%1 · %2 open"), self.item_count, self.open_count
            )
        return Sentence.of(
            QT_TRANSLATE_NOOP("messages", "%1 · %2 open · %3 overdue"),
            self.item_count,
            self.open_count,
            self.overdue_count,
        )


@dataclass(frozen=True)
class ChecklistVerification:
    """A verification report, and what this database knows about the document."""

    report: VerificationReport
    record: ChecklistRow | None  # the checklist the file says it is, if it is in this database
    matches_record: bool | None  # the file is byte-for-byte the copy issued from here
    # For the copy issued from here: the revision that replaced it, if one did.
    replaced_by: ChecklistRow | None = None
    current: ChecklistRow | None = None  # the latest revision, when later than ``replaced_by``

    @property
    def replaced(self) -> bool:
        """The file is a revision that a later one replaced: authentic, but not current."""
        return self.record is not None and self.replaced_by is not None

    @property
    def message(self) -> str:
        message = self.report.message
        if self.record is None:
            return message
        if not self.matches_record:
            return sentences(
                message,
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "This database also holds a checklist %1, but this file is not the "
                        "copy issued from here.",
                    ),
                    self.record.reference,
                ),
            )
        if self.replaced_by is None:
            return sentences(
                message,
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages", "It is the copy of %1 issued from this database."
                    ),
                    self.record.reference,
                ),
            )
        if self.current is None:
            return sentences(
                message,
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "It is the copy of %1 issued from this database, but it is no longer "
                        "current: it was replaced by %2, issued on %3.",
                    ),
                    self.record.reference,
                    self.replaced_by.reference,
                    _local_day(self.replaced_by.issued_at),
                ),
            )
        return sentences(
            message,
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "It is the copy of %1 issued from this database, but it is no longer "
                    "current: it was replaced by %2, issued on %3; the current revision is %4, "
                    "issued on %5.",
                ),
                self.record.reference,
                self.replaced_by.reference,
                _local_day(self.replaced_by.issued_at),
                self.current.reference,
                _local_day(self.current.issued_at),
            ),
        )


def _reference(number: str, revision: int) -> str:
    return f"{number} {revision_label(revision)}"


def _check_scan_names(checklist: IssueChecklist, path: Path) -> None:
    """ScanOfAnotherChecklist when the QR code on the scan ``path`` names another checklist
    or revision, or other content than ``checklist``'s; a scan without a readable code of
    ours passes (nobody can tell)."""
    named = []
    for payload in read_qr_codes(path) or ():
        try:
            named.append(parse_qr_payload(payload))
        except ChecklistNumberError:
            continue
    if not named:
        return
    ours = (checklist.number, checklist.revision)
    for number, revision, content_hash in named:
        if (number, revision) == ours and content_hash == (
            checklist.content_sha256 or content_hash
        ):
            return
    number, revision, _hash = named[0]
    if (number, revision) == ours:
        raise ScanOfAnotherChecklist(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "The QR code on %1 names %2, but with other content than the copy issued "
                    "from here.",
                ),
                path.name,
                _reference(number, revision),
            ),
            field="file",
        )
    raise ScanOfAnotherChecklist(
        Sentence.of(
            QT_TRANSLATE_NOOP("messages", "The QR code on %1 names %2, not %3."),
            path.name,
            _reference(number, revision),
            _reference(*ours),
        ),
        field="file",
    )


def _local_day(moment: datetime) -> date:
    """The calendar day of a stored (UTC) moment where the user is."""
    return moment.astimezone().date()


class ChecklistRecords:
    actor = ActorName()

    def __init__(
        self, db: Database, actor: Actor = "user", today: Callable[[], date] = date.today
    ) -> None:
        self._db = db
        self.actor = actor
        self.today = today  # the user's local day: a stamp cannot be dated after it

    def _rows(self, session: Session, *where: object) -> list[ChecklistRow]:
        items = (
            select(func.count())
            .where(IssueChecklistItem.checklist_id == IssueChecklist.id)
            .scalar_subquery()
        )
        still_open = (
            select(func.count())
            .select_from(IssueChecklistItem)
            .join(CustomerIssue, CustomerIssue.id == IssueChecklistItem.issue_id)
            .where(
                IssueChecklistItem.checklist_id == IssueChecklist.id,
                CustomerIssue.status.in_(OPEN_STATUSES),
                CustomerIssue.archived_at.is_(None),
            )
        )
        overdue = still_open.where(CustomerIssue.deadline < self.today())
        later = aliased(IssueChecklist)
        replaced_by = (
            select(func.min(later.revision))
            .where(later.number == IssueChecklist.number, later.revision > IssueChecklist.revision)
            .scalar_subquery()
        )
        query = (
            select(
                IssueChecklist.id,
                IssueChecklist.number,
                IssueChecklist.revision,
                IssueChecklist.account_id,
                Account.name,
                IssueChecklist.issued_at,
                IssueChecklist.issued_by,
                IssueChecklist.language,
                items,
                IssueChecklist.verification_code,
                IssueChecklist.stamped_on,
                Attachment.file_name,
                replaced_by,
                still_open.scalar_subquery(),
                overdue.scalar_subquery(),
                IssueChecklist.content_json,
            )
            .join(Account, Account.id == IssueChecklist.account_id)
            .outerjoin(Attachment, Attachment.id == IssueChecklist.scanned_copy_id)
            .where(*where)
            .order_by(IssueChecklist.issued_at.desc(), IssueChecklist.revision.desc())
        )
        return [
            ChecklistRow(
                *row[:-3],
                with_sub_accounts=covers_sub_accounts(row[-1]),
                open_count=row[-3],
                overdue_count=row[-2],
            )
            for row in session.execute(query)
        ]

    def for_account(self, account_id: uuid.UUID) -> list[ChecklistRow]:
        """The account's checklists, newest first (every revision)."""
        with self._db.session() as session:
            return self._rows(session, IssueChecklist.account_id == account_id)

    def get(self, checklist_id: uuid.UUID) -> ChecklistRow:
        with self._db.session() as session:
            rows = self._rows(session, IssueChecklist.id == checklist_id)
        if not rows:
            raise EditRejected(QT_TRANSLATE_NOOP("messages", "This checklist no longer exists."))
        return rows[0]

    def find(self, number: str, revision: int) -> ChecklistRow | None:
        with self._db.session() as session:
            rows = self._rows(
                session, IssueChecklist.number == number, IssueChecklist.revision == revision
            )
        return rows[0] if rows else None

    def issue_ids(self, checklist_id: uuid.UUID) -> list[uuid.UUID]:
        """The issues a checklist listed (those not deleted since), in printed order."""
        with self._db.session() as session:
            return list(
                session.scalars(
                    select(IssueChecklistItem.issue_id)
                    .where(
                        IssueChecklistItem.checklist_id == checklist_id,
                        IssueChecklistItem.issue_id.is_not(None),
                    )
                    .order_by(IssueChecklistItem.position)
                )
            )

    def open_duplicate(
        self,
        account_id: uuid.UUID,
        issue_ids: Sequence[uuid.UUID] | None,
        with_sub_accounts: bool = False,
    ) -> ChecklistRow | None:
        """The newest checklist of the account that is still current and waiting for the
        customer's stamp (neither stamped nor replaced) and covers the same — listing any
        of ``issue_ids`` (any at all when None: every open issue) — which a new checklist
        would duplicate: re-issue it instead, or say so."""
        wanted = None if issue_ids is None else set(issue_ids)
        for row in self.for_account(account_id):  # newest first
            if row.replaced_by is not None or row.stamped_on is not None:
                continue
            if row.with_sub_accounts != with_sub_accounts:
                continue
            if wanted is None or wanted & set(self.issue_ids(row.id)):
                return row
        return None

    def sealed_pdf(self, checklist_id: uuid.UUID) -> bytes:
        """The sealed PDF exactly as issued."""
        with self._db.session() as session:
            pdf = session.scalar(
                select(IssueChecklist.sealed_pdf).where(IssueChecklist.id == checklist_id)
            )
        if not pdf:
            raise EditRejected(QT_TRANSLATE_NOOP("messages", "This checklist has no sealed PDF."))
        return pdf

    def attach_stamped_copy(
        self,
        checklist_id: uuid.UUID,
        path: Path,
        stamped_on: date,
        *,
        other_checklist_ok: bool = False,
        replace_ok: bool = False,
    ) -> ChecklistRow:
        """Keep the scanned copy the customer stamped (PDF, JPG or PNG) and mark the
        checklist stamped; the file's SHA-256 is recorded in the audit trail. The stamp's
        day lies between the day the checklist was issued and today (EditRejected with
        ``field="stamped_on"``); a file that is no scan is refused with ``field="file"``.

        The QR code on the scan must name this checklist, revision and content
        (``ScanOfAnotherChecklist`` unless ``other_checklist_ok``: a scan whose code cannot
        be read is taken at its word), and a checklist stamped already keeps its scan
        (``StampedCopyKept`` unless ``replace_ok``: the earlier scan stays in the database,
        the checklist then points at the new one)."""
        with self._db.session() as session:
            checklist = session.get(IssueChecklist, checklist_id)
            if checklist is None:
                raise EditRejected(
                    QT_TRANSLATE_NOOP("messages", "This checklist no longer exists.")
                )
            if stamped_on < checklist.issued_at.astimezone().date():
                raise EditRejected(
                    QT_TRANSLATE_NOOP(
                        "messages", "The customer cannot have stamped it before it was issued."
                    ),
                    field="stamped_on",
                )
            if stamped_on > self.today():
                raise EditRejected(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "The stamp cannot be dated after today; enter the day the customer "
                        "stamped it.",
                    ),
                    field="stamped_on",
                )
            attachment = attach_scan(session, "issue_checklist", checklist.id, path)
            if not other_checklist_ok:
                _check_scan_names(checklist, path)
            if not replace_ok and checklist.scanned_copy_id is not None:
                earlier = session.get(Attachment, checklist.scanned_copy_id)
                raise StampedCopyKept(
                    Sentence.of(
                        QT_TRANSLATE_NOOP(
                            "messages", "%1 already has a stamped copy, %2, stamped on %3."
                        ),
                        _reference(checklist.number, checklist.revision),
                        earlier.file_name if earlier is not None else "",
                        checklist.stamped_on or stamped_on,
                    ),
                    field="file",
                )
            digest = attachment.sha256
            old = checklist.stamped_on
            checklist.scanned_copy_id = attachment.id
            checklist.stamped_on = stamped_on
            record_change(
                session,
                self.actor,
                "issue_checklist",
                checklist.id,
                "stamped_copy",
                None if old is None else str(old),
                f"{stamped_on} {path.name} sha256={digest}",
            )
        return self.get(checklist_id)

    def stamped_copy(self, checklist_id: uuid.UUID) -> tuple[str, bytes] | None:
        """(file name, bytes) of the attached stamped copy, if any."""
        with self._db.session() as session:
            row = session.execute(
                select(Attachment.file_name, Attachment.content)
                .join(IssueChecklist, IssueChecklist.scanned_copy_id == Attachment.id)
                .where(IssueChecklist.id == checklist_id)
            ).first()
        return (row[0], row[1]) if row else None

    def verify(self, data: bytes, keys: SealKeyStore) -> ChecklistVerification:
        """Check a sealed PDF's seal and match it to this database's register."""
        from acct_desktop.services.sealing import SealState, verify_pdf

        report = verify_pdf(data, keys.trust_roots())
        if report.state not in (SealState.INTACT, SealState.UNKNOWN_KEY):
            return ChecklistVerification(report, None, None)
        pairs = parse_document_keywords(report.document_info.get("Keywords"))
        record = None
        if pairs.get("checklist") and pairs.get("revision", "").isdigit():
            record = self.find(pairs["checklist"], int(pairs["revision"]))
        if record is None:
            return ChecklistVerification(report, None, None)
        with self._db.session() as session:
            stored = session.scalar(
                select(IssueChecklist.pdf_sha256).where(IssueChecklist.id == record.id)
            )
            latest = session.scalar(
                select(func.max(IssueChecklist.revision)).where(
                    IssueChecklist.number == record.number
                )
            )
        matches = stored == report.file_sha256
        replaced_by = current = None
        if matches and record.replaced_by is not None:
            replaced_by = self.find(record.number, record.replaced_by)
            if latest is not None and latest != record.replaced_by:
                current = self.find(record.number, latest)
        return ChecklistVerification(report, record, matches, replaced_by, current)
