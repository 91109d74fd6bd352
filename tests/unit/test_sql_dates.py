"""The month and year buckets read back as dates on SQLite and PostgreSQL alike."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from acct_desktop.domain.enums import Measure
from acct_desktop.store import models as m
from acct_desktop.store.database import open_database
from acct_desktop.store.models import SalesFact
from acct_desktop.store.sql_dates import month_start, year_start


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def db(request, tmp_path):
    url = (
        str(tmp_path / "dates.acctdb")
        if request.param == "sqlite"
        else request.getfixturevalue("pg_url")
    )
    database = open_database(url)
    yield database
    database.close()


def _account(db):
    with db.session() as session:
        account = m.Account(
            code="A1", name="华润万家 佛山 DC", kind="distribution_centre", channel="chain_store"
        )
        session.add(account)
        session.flush()
        return account.id


def _facts(db, account_id):
    with db.session() as session:
        for day in (date(2025, 12, 31), date(2026, 1, 1), date(2026, 1, 17), date(2026, 2, 28)):
            session.add(
                SalesFact(
                    period=day,
                    account_id=account_id,
                    measure=Measure.SELL_IN,
                    quantity=Decimal(1),
                    amount=Decimal("10.05"),
                    currency="EUR",
                )
            )


def _buckets(db):
    with db.session() as session:
        months = session.execute(
            select(month_start(SalesFact.period), func.sum(SalesFact.amount))
            .group_by(month_start(SalesFact.period))
            .order_by(month_start(SalesFact.period))
        ).all()
        years = session.execute(
            select(year_start(SalesFact.period), func.count())
            .group_by(year_start(SalesFact.period))
            .order_by(year_start(SalesFact.period))
        ).all()
    return [tuple(row) for row in months], [tuple(row) for row in years]


def test_days_fall_into_their_month_and_year(db):
    _facts(db, _account(db))
    months, years = _buckets(db)
    assert [m for m, _ in months] == [date(2025, 12, 1), date(2026, 1, 1), date(2026, 2, 1)]
    assert [Decimal(t) for _, t in months] == [Decimal("10.05"), Decimal("20.10"), Decimal("10.05")]
    assert years == [(date(2025, 1, 1), 1), (date(2026, 1, 1), 3)]
