"""Rebate settlements of the demo: paid from what each agreement has earned on its sales.

A rebate is paid quarterly in arrears: on the 20th of the month after a quarter, the
agreement is settled up to what it had earned by the quarter's end (by the accrual engine,
on the demo's own sell-in) less what was paid before. So what is still owed on any day is
the earnings of the quarter in progress (and of one just closed but not yet paid) — never
a negative "still owed" from payments made out of nothing.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

from acct_desktop.services.demo.accounts import new_id
from acct_desktop.services.rebate_accruals import RebateAccrualService
from acct_desktop.store.database import Database

PAY_DAY = 20  # of the month after the quarter
ZERO = Decimal(0)


def quarter_ends(first_year: int, today: date) -> list[tuple[date, date]]:
    """(quarter's last day, day it is paid) from ``first_year`` for payments before
    ``today``, oldest first."""
    out = []
    for year in range(first_year, today.year + 1):
        for month in (3, 6, 9, 12):
            following = date(year + month // 12, month % 12 + 1, 1)
            paid_on = following.replace(day=PAY_DAY)
            if paid_on < today:
                out.append((following - timedelta(days=1), paid_on))
    return out


def build_settlements(db: Database, rng: random.Random, today: date) -> list[dict[str, object]]:
    """Settlement rows (``RebateAccrual``) for every agreement, from the sales already in
    ``db``; written after the sales facts."""
    service = RebateAccrualService(db)
    paid: dict[object, Decimal] = defaultdict(Decimal)
    volume_paid: dict[object, Decimal] = defaultdict(Decimal)
    rows: list[dict[str, object]] = []
    for quarter_end, paid_on in quarter_ends(today.year - 1, today):
        for result in service.accruals_for_all(quarter_end):
            facts = result.facts
            if not facts.period_start <= quarter_end <= facts.period_end:
                continue
            amount = result.accrued_to_date - paid[facts.agreement_id]
            if amount <= ZERO:
                continue  # nothing more earned (a growth deal below last year)
            volume = facts.volumes.to_date
            rows.append(
                {
                    "id": new_id(rng),
                    "agreement_id": facts.agreement_id,
                    "period": paid_on,
                    "qualifying_amount": volume - volume_paid[facts.agreement_id],
                    "accrued_amount": amount,
                    "note": f"Q{(quarter_end.month - 1) // 3 + 1} {quarter_end.year}",
                }
            )
            paid[facts.agreement_id] += amount
            volume_paid[facts.agreement_id] = volume
    return rows
