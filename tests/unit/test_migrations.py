"""Upgrading a user's database keeps every row, including ones that point at rebuilt tables."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import text

from acct_desktop.store.database import make_engine, open_database, to_url
from acct_desktop.store.migrate import upgrade
from acct_desktop.store.schema import HEAD_REVISION


def _blob(value: uuid.UUID) -> bytes:
    return value.bytes


def test_upgrading_to_0004_keeps_checklist_items_of_the_rebuilt_checklist_table(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.acctdb"
    engine = make_engine(to_url(str(path)))
    upgrade(engine, "0003_account_name_index")
    account, checklist, item = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()
    stamp = datetime(2026, 1, 5, 9, 0, tzinfo=UTC).isoformat()
    common = {"created_at": stamp, "updated_at": stamp, "version": 1}
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO account (id, code, name, kind, channel, tier, currency, "
                "created_at, updated_at, version) VALUES (:id, 'A1', '华润万家', "
                "'headquarters', 'chain_store', 'A', 'CNY', :created_at, :updated_at, :version)"
            ),
            {"id": _blob(account), **common},
        )
        connection.execute(
            text(
                "INSERT INTO issue_checklist (id, number, revision, account_id, issued_at, "
                "language, created_at, updated_at, version) VALUES (:id, 'CL-2026-0001', 1, "
                ":account, :created_at, 'zh_CN', :created_at, :updated_at, :version)"
            ),
            {"id": _blob(checklist), "account": _blob(account), **common},
        )
        connection.execute(
            text(
                "INSERT INTO issue_checklist_item (id, checklist_id, position, issue_number, "
                "category, description, responsible, deadline, status, created_at, "
                "updated_at, version) VALUES (:id, :checklist, 1, 'IS-2026-00001', "
                "'delivery', '配送延迟', 'Logistics', :deadline, 'open', :created_at, "
                ":updated_at, :version)"
            ),
            {
                "id": _blob(item),
                "checklist": _blob(checklist),
                "deadline": date(2026, 2, 1).isoformat(),
                **common,
            },
        )
    engine.dispose()

    db = open_database(str(path))
    try:
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            items = connection.exec_driver_sql("SELECT description FROM issue_checklist_item")
            assert [row[0] for row in items] == ["配送延迟"]
            revision = connection.exec_driver_sql("SELECT version_num FROM alembic_version")
            assert revision.scalar() == HEAD_REVISION
    finally:
        db.close()


def test_upgrading_to_0005_keeps_rebate_tiers_and_makes_guide_prices_fixed_rules(
    tmp_path: Path,
) -> None:
    path = tmp_path / "old.acctdb"
    engine = make_engine(to_url(str(path)))
    upgrade(engine, "0004_issue_checklists")
    account, agreement, tier, policy = (uuid.uuid4() for _ in range(4))
    stamp = datetime(2026, 1, 5, 9, 0, tzinfo=UTC).isoformat()
    common = {"created_at": stamp, "updated_at": stamp, "version": 1}
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO account (id, code, name, kind, channel, tier, currency, "
                "created_at, updated_at, version) VALUES (:id, 'A1', 'Vinmart HQ', "
                "'headquarters', 'chain_store', 'A', 'VND', :created_at, :updated_at, :version)"
            ),
            {"id": _blob(account), **common},
        )
        connection.execute(
            text(
                "INSERT INTO rebate_agreement (id, number, account_id, kind, period_start, "
                "period_end, currency, entered_on, status, created_at, updated_at, version) "
                "VALUES (:id, 'R-1', :account, 'whole_volume_tiers', '2026-01-01', "
                "'2026-12-31', 'VND', '2026-01-10', 'active', :created_at, :updated_at, :version)"
            ),
            {"id": _blob(agreement), "account": _blob(account), **common},
        )
        connection.execute(
            text(
                "INSERT INTO rebate_tier (id, agreement_id, threshold_amount, rebate_percent, "
                "created_at, updated_at, version) VALUES (:id, :agreement, 100000000, 20000, "
                ":created_at, :updated_at, :version)"
            ),
            {"id": _blob(tier), "agreement": _blob(agreement), **common},
        )
        connection.execute(
            text(
                "INSERT INTO price_policy (id, code, name, scope, account_id, valid_from, "
                "currency, min_quantity, guide_price, status, created_at, updated_at, version) "
                "VALUES (:id, 'PP-1', 'deal', 'account', :account, '2026-01-01', 'VND', 0, "
                "1250000000, 'active', :created_at, :updated_at, :version)"
            ),
            {"id": _blob(policy), "account": _blob(account), **common},
        )
    engine.dispose()

    db = open_database(str(path))
    try:
        with db.engine.connect() as connection:
            tiers = connection.exec_driver_sql("SELECT count(*) FROM rebate_tier").scalar()
            kind = connection.exec_driver_sql("SELECT rule_kind FROM price_policy").scalar()
        assert (tiers, kind) == (1, "fixed")
    finally:
        db.close()


def test_upgrading_to_0014_marks_the_1sts_that_are_monthly_figures(tmp_path: Path) -> None:
    """A fact dated the 1st is a monthly figure unless its account has other days of that
    month for that measure; the 1st of a month of daily figures stays a day."""
    path = tmp_path / "old.acctdb"
    engine = make_engine(to_url(str(path)))
    upgrade(engine, "0013_form_drafts")
    account = uuid.uuid4()
    stamp = datetime(2026, 1, 5, 9, 0, tzinfo=UTC).isoformat()
    facts = [  # (day, measure)
        ("2026-01-01", "sell_in"),  # alone in January: monthly
        ("2026-01-01", "outbound"),  # January has daily outbound: a day
        ("2026-01-17", "outbound"),
        ("2026-02-01", "outbound"),  # February's outbound: monthly
        ("2026-02-14", "sell_in"),  # not the 1st: a day
    ]
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO account (id, code, name, kind, channel, tier, currency, "
                "created_at, updated_at, version) VALUES (:id, 'A1', 'Van den Berg', "
                "'headquarters', 'chain_store', 'A', 'EUR', :stamp, :stamp, 1)"
            ),
            {"id": _blob(account), "stamp": stamp},
        )
        for day, measure in facts:
            connection.execute(
                text(
                    "INSERT INTO sales_fact (period, account_id, measure, quantity, amount, "
                    "currency) VALUES (:day, :account, :measure, 1000, 100, 'EUR')"
                ),
                {"day": day, "account": _blob(account), "measure": measure},
            )
    engine.dispose()

    db = open_database(str(path))
    try:
        with db.engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT period, measure, whole_month FROM sales_fact ORDER BY id"
            ).all()
    finally:
        db.close()
    assert [(day, measure, bool(flag)) for day, measure, flag in rows] == [
        ("2026-01-01", "sell_in", True),
        ("2026-01-01", "outbound", False),
        ("2026-01-17", "outbound", False),
        ("2026-02-01", "outbound", True),
        ("2026-02-14", "sell_in", False),
    ]
