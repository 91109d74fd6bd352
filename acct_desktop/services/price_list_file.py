"""A customer's price list written to a PDF file, a step at a time, and cancellable.

The steps: each product priced (``PriceListService.build``), the PDF made, the file
written. ``progress(done, total)`` hears each; it may raise to stop (the GUI's Cancel).
The file is written through a temporary ``.part`` file beside it
(``services/files.writing_atomically``) and the last step is heard before that file takes
the name chosen: stopped at any step, nothing is left, and a file that was there before is
as it was. Never half a PDF.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from acct_desktop.reporting.price_list_pdf import build_price_list_pdf
from acct_desktop.services.files import writing_atomically
from acct_desktop.services.price_list import PriceListContent, PriceListService
from acct_desktop.store.database import Database

AFTER_PRICING = 2  # steps after the products: the PDF made, the file written


def write_price_list(
    db: Database,
    account_id: uuid.UUID,
    on: date,
    path: Path,
    progress: Callable[[int, int], None] | None = None,
) -> PriceListContent:
    """Price, make and write the price list of ``account_id`` on ``on`` to ``path``; the
    content written. Raises what pricing raises (``PricingError``), ``OSError`` for the
    file, or what ``progress`` raises."""

    def step(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total)

    products = 0

    def priced(done: int, total: int) -> None:
        nonlocal products
        products = total
        step(done, total + AFTER_PRICING)

    content = PriceListService(db).build(account_id, on, priced)
    total = products + AFTER_PRICING
    pdf = build_price_list_pdf(content)
    step(total - 1, total)
    with writing_atomically(path) as out:
        out.write(pdf)
        step(total, total)  # the last moment to stop: the .part file is then removed
    return content
