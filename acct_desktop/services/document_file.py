"""A document made a step at a time, and cancellable: the price list and the rebate
statement (``services/price_list_file.py``, ``services/rebate_statement_file.py``).

The steps: each item of its content made (a product priced, an agreement's accrual
computed), the PDF made, then the PDF delivered: its pages drawn for the GUI's print
preview, or the file written (:func:`write_document`). ``progress(done, total)`` hears
each; it may raise to stop (the GUI's Cancel). A file is written through a temporary
``.part`` file beside it (``services/files.writing_atomically``) and the last step is heard
before that file takes the name chosen: stopped at any step, nothing is left, and a file
that was there before is as it was. Never half a PDF.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from acct_desktop.services.files import writing_atomically

C = TypeVar("C")
R = TypeVar("R")
Progress = Callable[[int, int], None]
# ``deliver(pdf, last)``: the document's last step; it calls ``last()`` at the last moment
# it may be stopped
Deliver = Callable[[bytes, Callable[[], None]], R]
AFTER_CONTENT = 2  # steps after the content's items: the PDF made, the PDF delivered


def make_document(
    make_content: Callable[[Progress], C],
    make_pdf: Callable[[C], bytes],
    deliver: Deliver[R],
    progress: Progress | None = None,
) -> tuple[C, R]:
    """``make_content(step)`` (which reports its items), ``make_pdf(content)``, then
    ``deliver(pdf, last)``, each step heard by ``progress``; the content and what
    ``deliver`` returned."""

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
    delivered = deliver(pdf, lambda: step(total, total))
    return content, delivered


def written_to(path: Path) -> Deliver[Path]:
    """The delivery that writes the PDF to ``path``: the last moment to stop is when the
    whole PDF is in the ``.part`` file (which is then removed)."""

    def write(pdf: bytes, last: Callable[[], None]) -> Path:
        with writing_atomically(path) as out:
            out.write(pdf)
            last()
        return path

    return write


def write_document(
    make_content: Callable[[Progress], C],
    make_pdf: Callable[[C], bytes],
    path: Path,
    progress: Progress | None = None,
) -> C:
    """``make_content(step)``, ``make_pdf(content)``, then the file at ``path``, each step
    heard by ``progress``; the content written."""
    return make_document(make_content, make_pdf, written_to(path), progress)[0]
