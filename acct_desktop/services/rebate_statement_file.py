"""An account's rebate statement made a step at a time, and cancellable (as the price list
is, ``services/price_list_file.py``).

The steps: each active agreement's accrual computed, the PDF made, then its pages drawn
for the GUI's print preview or the file written (``services/document_file.py``).
``progress(done, total)`` hears each; it may raise to stop (the GUI's Cancel). A file is
written through a temporary ``.part`` file beside it (``services/files.writing_atomically``)
and the last step is heard before that file takes the name chosen: stopped at any step,
nothing is left, and a statement that was there before is as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from acct_desktop.reporting.rebate_statement_content import RebateStatementContent
from acct_desktop.services.document_file import Deliver, make_document, written_to
from acct_desktop.services.files import safe_file_stem
from acct_desktop.services.rebate_statement import RebateStatementService

R = TypeVar("R")


def rebate_statement_file_name(code: str, on: date) -> str:
    """The name the statement of the account coded ``code`` is offered under."""
    return f"rebate-statement-{safe_file_stem(code, 'account')}-{on}.pdf"


def agreement_statement_file_name(number: str, on: date) -> str:
    """The name one agreement's statement is written under: by its agreement number, so
    that it never takes the name (and the place) of its account's statement."""
    return f"rebate-statement-{safe_file_stem(number, 'agreement')}-{on}.pdf"


def make_rebate_statement(
    statements: RebateStatementService,
    code: str,
    on: date,
    deliver: Deliver[R],
    progress: Callable[[int, int], None] | None = None,
) -> tuple[RebateStatementContent, R]:
    """Compute and make the rebate statement of the account coded ``code`` on ``on``, then
    ``deliver`` its PDF; the content and what ``deliver`` returned. Raises
    ``StatementNotFound`` (no such account, no active agreement), what the accruals raise,
    what ``deliver`` raises, or what ``progress`` raises."""
    from acct_desktop.reporting.rebate_statement_pdf import build_rebate_statement_pdf

    return make_document(
        lambda step: statements.content_for_account(code, on, step),
        lambda content: build_rebate_statement_pdf(content, chart=True),
        deliver,
        progress,
    )


def write_rebate_statement(
    statements: RebateStatementService,
    code: str,
    on: date,
    path: Path,
    progress: Callable[[int, int], None] | None = None,
) -> RebateStatementContent:
    """Compute, make and write the rebate statement of the account coded ``code`` on ``on``
    to ``path``; the content written. Raises ``StatementNotFound`` (no such account, no
    active agreement), what the accruals raise, ``OSError`` for the file, or what
    ``progress`` raises."""
    return make_rebate_statement(statements, code, on, written_to(path), progress)[0]
