"""A customer's price list written to a PDF file, a step at a time, and cancellable: each
product priced (``PriceListService.build``), the PDF made, the file written
(``services/document_file.py``). Never half a PDF.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from pathlib import Path

from acct_desktop.reporting.price_list_pdf import build_price_list_pdf
from acct_desktop.services.document_file import write_document
from acct_desktop.services.price_list import PriceListContent, PriceListService
from acct_desktop.store.database import Database


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
    return write_document(
        lambda step: PriceListService(db).build(account_id, on, step),
        build_price_list_pdf,
        path,
        progress,
    )
