"""How customer issues look in tables: labels, status text, tones and columns, shared by the
profile card's Issues tab and the Issues dock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import Enum

from PySide6.QtCore import QCoreApplication

from acct_desktop.domain.enums import ResponsibleSide
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP, enum_label
from acct_desktop.gui.models.columns import Column, attr
from acct_desktop.services.issues import IssueRow

Today = Callable[[], date]


def issue_label(value: Enum | str | None) -> str:
    """The translated label of an issue status, category or responsible side."""
    return enum_label(value)


def issue_tone(row: IssueRow, today: date) -> str | None:
    """Red while open past its deadline, green once closed."""
    if row.overdue_on(today):
        return "overdue"
    return "done" if row.closed_on else None


def issue_status_text(row: IssueRow, today: date) -> str:
    """The status in words, with "· overdue" so the red is never the only signal."""
    status = issue_label(row.status)
    if row.overdue_on(today):
        return QCoreApplication.translate("issues", "%1 · overdue").replace("%1", status)
    return status


def responsible_text(row: IssueRow) -> str:
    if row.responsible_side == ResponsibleSide.CUSTOMER:
        return QCoreApplication.translate("issues", "%1 (customer)").replace("%1", row.responsible)
    return row.responsible


def one_line(text: str) -> str:
    """A description on one table line (the cell elides the rest; the tooltip has it all)."""
    return " ".join(text.split())


def account_issue_columns(today: Today = date.today) -> tuple[Column, ...]:
    """The columns of one account's issue list (profile card)."""

    def tone(row: IssueRow) -> str | None:
        return issue_tone(row, today())

    return (
        attr("number", QT_TRANSLATE_NOOP("columns", "Issue")),
        Column(
            QT_TRANSLATE_NOOP("columns", "Category"), lambda r: issue_label(r.category), "category"
        ),
        Column(QT_TRANSLATE_NOOP("columns", "Description"), lambda r: one_line(r.description)),
        Column(QT_TRANSLATE_NOOP("columns", "Responsible"), responsible_text),
        attr("deadline", QT_TRANSLATE_NOOP("columns", "Deadline"), tone=tone),
        Column(
            QT_TRANSLATE_NOOP("columns", "Status"),
            lambda r: issue_status_text(r, today()),
            "status",
            tone=tone,
        ),
    )


def register_columns(today: Today = date.today) -> tuple[Column, ...]:
    """The columns of the issue register across accounts (Issues dock): what needs acting on
    first, the long description last. An overdue row is red in its number, deadline, days
    and status; a closed one green in its status."""

    def late_tone(row: IssueRow) -> str | None:
        return "overdue" if row.overdue_on(today()) else None

    def status_tone(row: IssueRow) -> str | None:
        return issue_tone(row, today())

    def days_late(row: IssueRow) -> int | None:
        return row.days_overdue(today()) or None

    return (
        attr("number", QT_TRANSLATE_NOOP("columns", "Issue"), tone=late_tone),
        Column(
            QT_TRANSLATE_NOOP("columns", "Status"),
            lambda r: issue_status_text(r, today()),
            "status",
            tone=status_tone,
        ),
        attr("deadline", QT_TRANSLATE_NOOP("columns", "Deadline"), tone=late_tone),
        Column(QT_TRANSLATE_NOOP("columns", "Days late"), days_late, numeric=True, tone=late_tone),
        attr("account_name", QT_TRANSLATE_NOOP("columns", "Account")),
        Column(
            QT_TRANSLATE_NOOP("columns", "Category"), lambda r: issue_label(r.category), "category"
        ),
        Column(QT_TRANSLATE_NOOP("columns", "Responsible"), responsible_text, "responsible"),
        attr("raised_on", QT_TRANSLATE_NOOP("columns", "Raised")),
        Column(QT_TRANSLATE_NOOP("columns", "Description"), lambda r: one_line(r.description)),
    )


ISSUE_COLUMNS = account_issue_columns()
