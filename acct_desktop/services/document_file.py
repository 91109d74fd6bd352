"""A document written to a PDF file a step at a time, and cancellable: the price list and
the rebate statement (``services/price_list_file.py``, ``services/rebate_statement_file.py``).

The steps: each item of its content made (a product priced, an agreement's accrual
computed), the PDF made, the file written. ``progress(done, total)`` hears each; it may
raise to stop (the GUI's Cancel). The file is written through a temporary ``.part`` file
beside it (``services/files.writing_atomically``) and the last step is heard before that
file takes the name chosen: stopped at any step, nothing is left, and a file that was
there before is as it was. Never half a PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from acct_desktop.services.files import writing_atomically

C = TypeVar("C")
Progress = Callable[[int, int], None]
AFTER_CONTENT = 2  # steps after the content's items: the PDF made, the file written


def write_document(
    make_content: Callable[[Progress], C],
    make_pdf: Callable[[C], bytes],
    path: Path,
    progress: Progress | None = None,
) -> C:
    """``make_content(step)`` (which reports its items), ``make_pdf(content)``, then the
    file at ``path``, each step heard by ``progress``; the content written."""

    def step(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total)

    items = 0

    def made(done: int, total: int) -> None:
        nonlocal items
        items = total
        step(done, total + AFTER_CONTENT)

    content = make_content(made)
    total = items + AFTER_CONTENT
    pdf = make_pdf(content)
    step(total - 1, total)
    with writing_atomically(path) as out:
        out.write(pdf)
        step(total, total)  # the last moment to stop: the .part file is then removed
    return content
