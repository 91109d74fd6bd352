"""What was seen of competitors at an account (recorded with visits)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select

from acct_desktop.services.paging import PageRequest, apply_page
from acct_desktop.store.database import Database
from acct_desktop.store.models import CompetitorObservation


@dataclass(frozen=True, slots=True)
class ObservationRow:
    id: uuid.UUID
    observed_at: datetime
    competitor: str
    product: str | None
    price: Decimal | None
    currency: str | None
    promotion: str | None
    shelf_share_percent: int | None
    note: str | None


class CompetitorService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def for_account(self, account_id: uuid.UUID, page: PageRequest) -> list[ObservationRow]:
        """Observations at the account, newest first."""
        o = CompetitorObservation
        query = select(
            o.id,
            o.observed_at,
            o.competitor,
            o.product,
            o.price,
            o.currency,
            o.promotion,
            o.shelf_share_percent,
            o.note,
        ).where(o.account_id == account_id)
        sortable = {"observed_at": o.observed_at, "competitor": o.competitor, "price": o.price}
        query = apply_page(query, page, sortable, (o.observed_at.desc(),), o.id)
        with self._db.session() as session:
            return [ObservationRow(*row) for row in session.execute(query)]
