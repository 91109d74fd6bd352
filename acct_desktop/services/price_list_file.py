"""A customer's price list made a step at a time, and cancellable: each product priced
(``PriceListService.build``), the PDF made, then its pages drawn for the GUI's print
preview or the file written (``services/document_file.py``). Never half a PDF.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from acct_desktop.reporting.price_list_pdf import build_price_list_pdf
from acct_desktop.services.document_file import Deliver, make_document, written_to
from acct_desktop.services.price_list import PriceListContent, PriceListService
from acct_desktop.store.database import Database

R = TypeVar("R")


def make_price_list(
    db: Database,
    account_id: uuid.UUID,
    on: date,
    deliver: Deliver[R],
    progress: Callable[[int, int], None] | None = None,
) -> tuple[PriceListContent, R]:
    """Price and make the price list of ``account_id`` on ``on``, then ``deliver`` its
    PDF; the content and what ``deliver`` returned. Raises what pricing raises
    (``PricingError``), what ``deliver`` raises, or what ``progress`` raises."""
    return make_document(
        lambda step: PriceListService(db).build(account_id, on, step),
        build_price_list_pdf,
        deliver,
        progress,
    )


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
    return make_price_list(db, account_id, on, written_to(path), progress)[0]
