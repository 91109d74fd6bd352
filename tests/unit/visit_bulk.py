"""Visits written in bulk for the big-calendar tests (unit and e2e): a team's two years."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from acct_desktop.domain.enums import VisitPurpose, VisitStatus
from acct_desktop.store.bulk import bulk_insert
from acct_desktop.store.database import Database
from acct_desktop.store.models import Visit

# A long visit report in the three languages the visits are written in (~2.6 KB of UTF-8).
REPORT = (
    "客户对上次的促销活动很满意，库存充足，货架陈列符合要求。竞争对手在本月降价百分之五，"
    "采购经理希望下季度增加返利档位。我们约定十二月初再次拜访，带上新的价格表和样品。"
    "Khách hàng hài lòng với chương trình khuyến mãi lần trước; tồn kho đủ, trưng bày đúng "
    "quy định. Đối thủ giảm giá năm phần trăm trong tháng này. "
    "Klant is tevreden over de vorige actie en wil de samenwerking voortzetten; de "
    "inkoper vraagt om een extra staffel in de bonusregeling voor volgend kwartaal. "
) * 4
FIRST_DAY = date(2025, 1, 6)  # a Monday
PERIOD = (date(2025, 1, 1), date(2027, 12, 31))


def add_visits(db: Database, count: int) -> None:
    """``count`` visits on working-day mornings (24 a day: a team), written in bulk: the even
    ones done with a long report, the odd ones planned."""
    with db.session() as session:
        accounts = list(session.scalars(select(Visit.account_id).distinct()))
        now = datetime(2026, 11, 2, 6, tzinfo=UTC)
        rows = []
        for n in range(count):
            day = FIRST_DAY + timedelta(days=n // 24 + 2 * (n // 120))  # five days a week
            start = datetime(day.year, day.month, day.day, 7 + n % 24 // 4, tzinfo=UTC)
            done = n % 2 == 0
            rows.append(
                (
                    uuid.uuid4(),
                    accounts[n % len(accounts)],
                    start,
                    start + timedelta(minutes=45),
                    VisitPurpose.SERVICE,
                    VisitStatus.DONE if done else VisitStatus.PLANNED,
                    REPORT if done else None,
                    now,
                    now,
                    1,
                )
            )
        columns = ("id", "account_id", "planned_start", "planned_end", "purpose", "status")
        columns += ("summary", "created_at", "updated_at", "version")
        bulk_insert(session.connection(), Visit.__table__, columns, rows)
