"""Benchmark of the KPI dashboard's refresh on the M demo (10k accounts, 1M sales facts).

Usage::

    python bench/kpi_dashboard_bench.py [--size M] [--repeat 5] [--out FILE.json]

The demo database is ``bench/run.py``'s cached ``dataset(size)`` (built once). Each scenario
is one full ``KpiService.dashboard`` (every KPI with the rows behind it, as the dock reads
it off the UI thread) and is timed against a *floor* measured in the same run: one raw
``sqlite3`` aggregate over the same facts — sell-in summed by month and currency for the
dashboard's 12 trend months — the least any dashboard must read. Medians over ``--repeat``
runs after one discarded warm-up of each, alternating; the ratio is what to watch.
"""

from __future__ import annotations

import argparse
import json
import platform
import sqlite3
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH_DIR.parent))
sys.path.insert(0, str(BENCH_DIR))

import timing  # noqa: E402  (bench/, put on the path above)

FLOOR_SQL = """
SELECT date(period, 'start of month') AS month, currency, sum(amount)
FROM sales_fact
WHERE measure = 'sell_in' AND period >= ? AND period <= ?
GROUP BY month, currency
"""


def measure(
    name: str, trial: Callable[[], object], floor: Callable[[], object], repeat: int
) -> dict[str, float | str]:
    """``trial`` against ``floor``, alternating, in milliseconds (``timing.measure``)."""
    result = timing.measure(
        name,
        lambda: timing.timed(trial, collect=False),
        lambda: timing.timed(floor, collect=False),
        repeat,
    )
    return result.in_ms(ms_places=1, ratio_places=2)


def scenarios(path: Path, today: date, repeat: int) -> list[dict[str, float | str]]:
    from sqlalchemy import func, select

    from acct_desktop.domain.kpis import PeriodChoice, month_end, period_bounds, trend_months
    from acct_desktop.services.kpis import KpiScope, KpiService
    from acct_desktop.store.database import open_database
    from acct_desktop.store.models import Account

    database = open_database(path, create=False)
    raw = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    service = KpiService(database, today=lambda: today)
    with database.session() as session:  # the account with the most below it: a chain HQ
        biggest = session.scalar(
            select(Account.parent_id)
            .where(Account.parent_id.is_not(None))
            .group_by(Account.parent_id)
            .order_by(func.count().desc())
            .limit(1)
        )
    results = []
    try:
        for choice, scope, label in (
            (PeriodChoice.LAST_MONTH, KpiScope.everything(), "last month, everything"),
            (PeriodChoice.LAST_12_MONTHS, KpiScope.everything(), "last 12 months, everything"),
            (PeriodChoice.LAST_12_MONTHS, KpiScope.account(biggest), "last 12 months, a chain"),
        ):
            start, end = period_bounds(choice, today)
            months = trend_months(end)
            bounds = (months[0].isoformat(), month_end(months[-1]).isoformat())
            results.append(
                measure(
                    f"dashboard ({label})",
                    lambda start=start, end=end, scope=scope: service.dashboard(start, end, scope),
                    lambda bounds=bounds: raw.execute(FLOOR_SQL, bounds).fetchall(),
                    repeat,
                )
            )
    finally:
        raw.close()
        database.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="M", choices=("S", "M", "L"))
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path, default=BENCH_DIR / "results" / "kpi_dashboard.json")
    args = parser.parse_args(argv)
    from run import ANCHOR, dataset

    path = dataset(args.size)
    results = scenarios(path, ANCHOR, args.repeat)
    print(timing.ms_table(results))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(
        json.dumps(
            {
                "size": args.size,
                "repeat": args.repeat,
                "python": platform.python_version(),
                "machine": platform.machine(),
                "results": results,
            },
            indent=2,
        )
        + "\n",
        encoding="utf-8",
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
