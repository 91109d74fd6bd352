"""Customer issues and the written (sealed) issue checklists."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import Date, ForeignKey, Index, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from acct_desktop.domain.enums import IssueCategory, IssueStatus, ResponsibleSide
from acct_desktop.store.base import Archivable, Entity, enum_column
from acct_desktop.store.models.accounts import Account
from acct_desktop.store.models.audit import Attachment
from acct_desktop.store.types import GUID, UTCDateTime


class CustomerIssue(Entity, Archivable):
    __tablename__ = "customer_issue"
    __table_args__ = (
        Index("ix_customer_issue_account_status", "account_id", "status"),
        Index("ix_customer_issue_deadline", "status", "deadline"),
    )

    number: Mapped[str] = mapped_column(String(40), unique=True)
    account_id: Mapped[uuid.UUID] = mapped_column(
        GUID(), ForeignKey("account.id", ondelete="CASCADE")
    )
    visit_id: Mapped[uuid.UUID | None] = mapped_column(
        GUID(), ForeignKey("visit.id", ondelete="SET NULL")
    )
    category: Mapped[IssueCategory] = enum_column(IssueCategory)
    description: Mapped[str] = mapped_column(Text)
    raised_on: Mapped[date] = mapped_column(Date)
    responsible: Mapped[str] = mapped_column(String(200))
    responsible_side: Mapped[ResponsibleSide] = enum_column(
        ResponsibleSide, default=ResponsibleSide.OURS, server_default=ResponsibleSide.OURS.value
    )
    deadline: Mapped[date] = mapped_column(Date)
    status: Mapped[IssueStatus] = enum_column(IssueStatus, default=IssueStatus.OPEN)
    resolution: Mapped[str | None] = mapped_column(Text)
    closed_on: Mapped[date | None] = mapped_column(Date)
    first_action_on: Mapped[date | None] = mapped_column(Date)  # when it first left 'open'

    account: Mapped[Account] = relationship()


class IssueChecklist(Entity):
    """A written checklist as issued: frozen content, the sealed PDF and its stamped copy."""

    __tablename__ = "issue_checklist"
    __table_args__ = (
        Index("uq_issue_checklist_number_revision", "number", "revision", unique=True),
    )

    number: Mapped[str] = mapped_column(String(40))
    revision: Mapped[int] = mapped_column(Integer, default=1)
    revision_of_id: Mapped[uuid.UUID | None] = mapped_column(
        GUID(), ForeignKey("issue_checklist.id", ondelete="SET NULL")
    )
    account_id: Mapped[uuid.UUID] = mapped_column(
        GUID(), ForeignKey("account.id", ondelete="RESTRICT"), index=True
    )
    issued_at: Mapped[datetime] = mapped_column(UTCDateTime())
    issued_by: Mapped[str | None] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(10), default="en")
    content_json: Mapped[str | None] = mapped_column(Text)
    content_sha256: Mapped[str | None] = mapped_column(String(64))
    pdf_sha256: Mapped[str | None] = mapped_column(String(64))
    signature_subject: Mapped[str | None] = mapped_column(String(300))
    verification_code: Mapped[str | None] = mapped_column(String(40), unique=True)
    sealed_pdf: Mapped[bytes | None] = mapped_column(LargeBinary)
    scanned_copy_id: Mapped[uuid.UUID | None] = mapped_column(
        GUID(), ForeignKey("attachment.id", ondelete="SET NULL")
    )
    stamped_on: Mapped[date | None] = mapped_column(Date)

    account: Mapped[Account] = relationship()
    scanned_copy: Mapped[Attachment | None] = relationship()
    items: Mapped[list[IssueChecklistItem]] = relationship(
        cascade="all, delete-orphan", order_by="IssueChecklistItem.position"
    )


class IssueChecklistItem(Entity):
    """A snapshot of one issue as printed: later edits of the issue do not alter it."""

    __tablename__ = "issue_checklist_item"

    checklist_id: Mapped[uuid.UUID] = mapped_column(
        GUID(), ForeignKey("issue_checklist.id", ondelete="CASCADE"), index=True
    )
    issue_id: Mapped[uuid.UUID | None] = mapped_column(
        GUID(), ForeignKey("customer_issue.id", ondelete="SET NULL"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    issue_number: Mapped[str] = mapped_column(String(40))
    category: Mapped[IssueCategory] = enum_column(IssueCategory)
    description: Mapped[str] = mapped_column(Text)
    responsible: Mapped[str] = mapped_column(String(200))
    deadline: Mapped[date] = mapped_column(Date)
    status: Mapped[IssueStatus] = enum_column(IssueStatus)
