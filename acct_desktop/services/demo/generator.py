"""Writes a whole demo territory into a new database, deterministically for a seed."""

from __future__ import annotations

import os
import random
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from decimal import Decimal
from itertools import islice
from pathlib import Path
from typing import Any

from sqlalchemy import insert
from sqlalchemy.engine import URL, Connection

from acct_desktop.domain.enums import AccountKind
from acct_desktop.services.demo import reference as ref
from acct_desktop.services.demo.accounts import AccountFactory, build_territories
from acct_desktop.services.demo.activity import (
    OBSERVATION_COLUMNS,
    VISIT_COLUMNS,
    build_issues,
    build_quotes,
    iter_visits,
)
from acct_desktop.services.demo.catalogue import (
    EUR_RATE,
    build_cycles,
    build_exchange_rates,
    build_policies,
    build_products,
    build_rebates,
)
from acct_desktop.services.demo.people import build_contacts
from acct_desktop.services.demo.sales import FACT_COLUMNS, build_targets, iter_sales_facts
from acct_desktop.services.demo.settlements import build_settlements
from acct_desktop.services.demo.sizes import SIZES, DemoSize
from acct_desktop.services.search import AccountSearch
from acct_desktop.store import models as m
from acct_desktop.store.bulk import bulk_insert, indexes_deferred
from acct_desktop.store.database import Database, open_database, to_url
from acct_desktop.store.sqlite_backup import mark_new_database

Progress = Callable[[str, int, int], None]
CHUNK = 50_000

__all__ = ["SIZES", "DemoSize", "DemoSummary", "generate_demo"]


@dataclass
class DemoSummary:
    size: str
    seed: int
    today: date
    counts: dict[str, int] = field(default_factory=dict)


class DemoTargetExistsError(Exception):
    pass


def _chunks(rows: Iterable[Any], size: int = CHUNK) -> Iterator[list[Any]]:
    iterator = iter(rows)
    while chunk := list(islice(iterator, size)):
        yield chunk


# Who manages each territory (a country's national manager, then one per region): fixed
# names, so the demo's random draws are the same as without them.
TERRITORY_MANAGERS = {
    "CN": ("赵建国", "王伟", "李娜", "张敏", "刘洋", "陈静"),
    "VN": ("Đỗ Minh Khoa", "Nguyễn Văn An", "Trần Thị Bình", "Lê Hoàng Nam", "Phạm Thu Hà"),
    "NL": ("Willem Smit", "Jan de Vries", "Sanne Jansen", "Pieter Bakker", "Eva Visser"),
}


def territory_manager(code: str) -> str | None:
    """``CN`` → the national manager; ``CN-03`` → the third region's."""
    country, _, number = code.partition("-")
    names = TERRITORY_MANAGERS.get(country)
    if not names:
        return None
    index = int(number) if number.isdigit() else 0
    return names[index % len(names)] if index else names[0]


def generate_demo(
    target: str | Path | URL,
    size: str = "S",
    *,
    seed: int = 1,
    today: date | None = None,
    progress: Progress | None = None,
    replace: bool = False,
) -> DemoSummary:
    """Create a demo database at ``target`` (a path or a PostgreSQL URL, its password in
    it when the server asks for one: ``secrets.with_stored_password``).

    The same ``size``, ``seed`` and ``today`` always give the same rows (ids included). A
    SQLite demo is built in a side file and moved into place when complete, so an
    interrupted run never leaves a half-filled database behind.
    """
    spec = SIZES[size.upper()]
    today = today or date.today()
    report = progress or (lambda _stage, _done, _total: None)
    url = to_url(target)
    summary = DemoSummary(spec.name, seed, today)
    if url.get_backend_name() != "sqlite":
        db = open_database(url)
        try:
            _refuse_non_empty(db, replace_ok=False)
            _fill(db, spec, seed, today, report, summary)
        finally:
            db.close()
        return summary

    final = Path(str(url.database))
    if final.exists() and not replace:
        raise DemoTargetExistsError(
            f"{final} already exists; choose another file or pass --replace to overwrite it."
        )
    building = final.with_name(final.name + ".building")
    _remove_sqlite_files(building)
    db = open_database(building, note_creation=False)  # the finished file is noted below
    try:
        _fill(db, spec, seed, today, report, summary)
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    except BaseException:
        db.close()
        _remove_sqlite_files(building)
        raise
    db.close()
    _remove_sqlite_files(final)
    os.replace(building, final)
    _remove_sqlite_files(building)
    mark_new_database(final)  # a new database: its backups count from now
    return summary


def _remove_sqlite_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


def _refuse_non_empty(db: Database, replace_ok: bool) -> None:
    with db.session() as session:
        if session.query(m.Account.id).first() is not None and not replace_ok:
            raise DemoTargetExistsError(
                f"{db.label} already holds accounts; demo data goes into an empty database."
            )


def _fill(
    db: Database, spec: DemoSize, seed: int, today: date, report: Progress, summary: DemoSummary
) -> None:
    rng = random.Random(f"acct-desktop-demo:{spec.name}:{seed}")
    stamp = datetime.combine(today, time(6, 0), tzinfo=UTC)
    counts = summary.counts
    sqlite = db.is_sqlite

    def write_dicts(conn: Connection, table: Any, rows: list[dict[str, Any]], stage: str) -> None:
        done = 0
        for chunk in _chunks(rows):
            conn.execute(insert(table), chunk)
            done += len(chunk)
            report(stage, done, len(rows))
        counts[table.name] = counts.get(table.name, 0) + len(rows)

    def write_tuples(
        conn: Connection,
        table: Any,
        columns: tuple[str, ...],
        rows: Iterable[Any],
        stage: str,
        total: int,
    ) -> None:
        done = 0
        for chunk in _chunks(rows):
            done += bulk_insert(conn, table, columns, chunk)
            if sqlite:
                # The side file is moved into place only when complete, so committing each
                # chunk loses no atomicity and lets SQLite checkpoint instead of growing the
                # WAL by gigabytes for the 10M-fact table.
                conn.commit()
            report(stage, done, total)
        counts[table.name] = counts.get(table.name, 0) + done

    with db.engine.connect() as conn:
        if sqlite:
            conn.exec_driver_sql("PRAGMA synchronous=OFF")
            conn.commit()

        # Territories, accounts, tags.
        territories = build_territories(rng)
        accounts = AccountFactory(rng, territories).build(spec.accounts)
        write_dicts(
            conn,
            m.Territory.__table__,
            [
                {
                    "id": t.id,
                    "parent_id": t.parent_id,
                    "code": t.code,
                    "name": t.name,
                    "country_code": t.country.code,
                    "manager_name": territory_manager(t.code),
                    "created_at": stamp,
                    "updated_at": stamp,
                    "version": 1,
                }
                for t in territories.rows
            ],
            "territories",
        )
        account_columns = (
            "id",
            "parent_id",
            "territory_id",
            "code",
            "name",
            "kind",
            "channel",
            "tier",
            "street",
            "district",
            "city",
            "postcode",
            "country_code",
            "latitude",
            "longitude",
            "phone",
            "currency",
            "document_language",
            "payment_terms",
            "credit_limit",
            "strategy",
            "purchasing_policy",
            "notes",
            "created_at",
            "updated_at",
            "version",
        )
        write_tuples(
            conn,
            m.Account.__table__,
            account_columns,
            (
                (
                    a.id,
                    a.parent_id,
                    a.territory_id,
                    a.code,
                    a.name,
                    a.kind,
                    a.channel,
                    a.tier,
                    a.street,
                    a.district,
                    a.city.name,
                    a.city.postcode,
                    a.country.code,
                    a.latitude,
                    a.longitude,
                    a.country.phone_format.format(n=f"{10_000_000 + i * 7919 % 89_999_999}"),
                    a.country.currency,
                    a.country.language,
                    ref.PAYMENT_TERMS[a.country.language][ref.ACCOUNT_PAYMENT_TERMS],
                    _credit_limit(a.kind, a.country.currency),
                    *_profile_texts(i, a.kind, a.country.language),
                    stamp,
                    stamp,
                    1,
                )
                for i, a in enumerate(accounts)
            ),
            "accounts",
            len(accounts),
        )
        write_tuples(
            conn,
            m.AccountTag.__table__,
            ("account_id", "tag"),
            ((a.id, tag) for a in accounts for tag in a.tags),
            "tags",
            sum(len(a.tags) for a in accounts),
        )
        conn.commit()

        # Contacts and their links.
        contacts, links = build_contacts(rng, accounts, today)
        contact_columns = (
            "id",
            "account_id",
            "name",
            "title",
            "department",
            "phone",
            "email",
            "messenger_id",
            "dmu_role",
            "attitude",
            "influence",
            "reports_to_id",
            "last_contacted_on",
            "created_at",
            "updated_at",
            "version",
        )
        write_tuples(
            conn,
            m.Contact.__table__,
            contact_columns,
            (
                (
                    c.id,
                    c.account_id,
                    c.name,
                    c.title,
                    c.department,
                    c.phone,
                    c.email,
                    c.messenger_id,
                    c.dmu_role,
                    c.attitude,
                    c.influence,
                    c.reports_to_id,
                    c.last_contacted_on,
                    stamp,
                    stamp,
                    1,
                )
                for c in contacts
            ),
            "contacts",
            len(contacts),
        )
        write_tuples(
            conn,
            m.ContactLink.__table__,
            (
                "id",
                "from_contact_id",
                "to_contact_id",
                "kind",
                "created_at",
                "updated_at",
                "version",
            ),
            ((*link, stamp, stamp, 1) for link in links),
            "contacts",
            len(links),
        )
        conn.commit()

        # Catalogue, register, cycles.
        products = build_products(rng)
        write_dicts(
            conn,
            m.Product.__table__,
            [
                {
                    "id": p.id,
                    "sku": p.sku,
                    "name": p.name,
                    "category": p.category,
                    "unit": p.unit,
                    "pack_size": p.pack_size,
                    "pack_label": p.pack_label,
                    "list_price": p.list_price,
                    "cost": p.cost,
                    "currency": "EUR",
                    "lead_time_days": p.lead_time_days,
                    "active": True,
                    "created_at": stamp,
                    "updated_at": stamp,
                    "version": 1,
                }
                for p in products
            ],
            "products",
        )
        policies = build_policies(rng, products, territories.rows, accounts, today)
        write_dicts(conn, m.PricePolicy.__table__, _stamped(policies, stamp), "price policies")
        rates = build_exchange_rates(today)
        write_dicts(conn, m.ExchangeRate.__table__, _stamped(rates, stamp), "price policies")
        agreements, tiers = build_rebates(rng, accounts, today)
        write_dicts(conn, m.RebateAgreement.__table__, _stamped(agreements, stamp), "rebates")
        write_dicts(conn, m.RebateTier.__table__, _stamped(tiers, stamp), "rebates")
        write_dicts(
            conn,
            m.VisitCycle.__table__,
            _stamped(build_cycles(rng, accounts), stamp),
            "visit cycles",
        )
        conn.commit()

        # Visits (and who was met).
        by_account: dict[uuid.UUID, list[Any]] = defaultdict(list)
        for contact in contacts:
            by_account[contact.account_id].append(contact)
        met: list[tuple[uuid.UUID, uuid.UUID]] = []
        observations: list[tuple[object, ...]] = []
        visits = iter_visits(
            rng, accounts, spec.visits, today, stamp, by_account, met, observations
        )
        write_tuples(conn, m.Visit.__table__, VISIT_COLUMNS, visits, "visits", spec.visits)
        write_tuples(
            conn, m.VisitContact.__table__, ("visit_id", "contact_id"), met, "visits", len(met)
        )
        write_tuples(
            conn,
            m.CompetitorObservation.__table__,
            OBSERVATION_COLUMNS,
            observations,
            "visits",
            len(observations),
        )
        conn.commit()

        # Quotes, issues.
        quote_tables = build_quotes(
            rng, accounts, products, by_account, max(30, spec.accounts // 20), today, stamp
        )
        for name, rows in quote_tables.items():
            write_dicts(conn, m.Base.metadata.tables[name], rows, "quotes")
        issues = build_issues(rng, accounts, max(80, spec.accounts // 8), today, stamp)
        write_dicts(conn, m.CustomerIssue.__table__, issues, "issues")
        conn.commit()

        # Sales facts and targets.
        sell_in_by_group: dict[tuple[int, date], Decimal] = {}
        outbound_by_account: dict[tuple[uuid.UUID, date], Decimal] = {}
        facts = iter_sales_facts(
            rng, accounts, products, spec.sales_facts, today, sell_in_by_group, outbound_by_account
        )
        with indexes_deferred(conn, m.SalesFact.__table__):
            write_tuples(
                conn, m.SalesFact.__table__, FACT_COLUMNS, facts, "sales facts", spec.sales_facts
            )
        report("indexes", 1, 1)
        write_dicts(
            conn,
            m.Target.__table__,
            build_targets(rng, accounts, today, stamp, sell_in_by_group, outbound_by_account),
            "targets",
        )
        conn.commit()

        # Rebates paid so far: from what the agreements earned on the sales just written.
        settlements = build_settlements(db, rng, today)
        write_dicts(conn, m.RebateAccrual.__table__, _stamped(settlements, stamp), "rebates")
        conn.commit()

        # Added for account search: index everything written above (services/search.py).
        AccountSearch(db).rebuild(conn)
        conn.commit()


def _stamped(rows: list[dict[str, Any]], stamp: datetime) -> list[dict[str, Any]]:
    for row in rows:
        row.setdefault("created_at", stamp)
        row.setdefault("updated_at", stamp)
        row.setdefault("version", 1)
    return rows


_PROFILED_KINDS = (
    AccountKind.HEADQUARTERS,
    AccountKind.DISTRIBUTOR,
    AccountKind.REGIONAL_OFFICE,
    AccountKind.DISTRIBUTION_CENTRE,
)


def _profile_texts(index: int, kind: AccountKind, language: str) -> tuple[str | None, ...]:
    """Strategy, purchasing policy and notes of the ``index``-th account: filled in for the
    accounts that decide (in their language), empty for the branches and shops."""
    profiles = ref.ACCOUNT_PROFILES.get(language)
    if kind not in _PROFILED_KINDS or not profiles:
        return (None, None, None)
    level = 0 if kind in _PROFILED_KINDS[:2] else 1 if kind is AccountKind.REGIONAL_OFFICE else 2
    strategy, policy, note = profiles[level]
    return (strategy, policy, note if index % 2 == 0 else None)


def _credit_limit(kind: AccountKind, currency: str) -> Decimal | None:
    """The credit limit of an account of ``kind`` in its ``currency``: the same weight in
    every country (2,000,000 EUR is 54,000,000,000 VND, never 2,000,000 VND)."""
    euros = ref.CREDIT_LIMITS_EUR.get(kind.value)
    return None if euros is None else Decimal(euros) * EUR_RATE[currency]
