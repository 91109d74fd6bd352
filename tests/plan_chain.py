"""A small hand-made month of a chain, for the "who is behind plan" figures (October 2026,
all in CNY). Every variance below is worked out by hand::

    华南 (T1, manager 王伟)
      驰骏 总部 (HQ) › 华南区域办事处 (RO) › 广州配送中心 (DC, outbound target 650.00)
          ├─ 南宁分仓 (NN, outbound target 300.00, outbound 221.25: −26.25 → −26.3 %)
          │     └─ 南宁青秀区店 (S1: sell-out 10 units, 1 unit in stock: 0.4 weeks of cover)
          └─ 深圳分仓 (SZ, outbound target 350.00, outbound 364.29: +4.08 → +4.1 %)
         DC's own outbound 22.34: with its warehouses 607.88 against 650.00 → −6.5 %
    华东 (T2, no manager: "  ")
      太原晋通 (HQ2) › 杭州分仓 (HZ, outbound target 455.55, outbound 443.90: −2.6 %)
    Ranked (T3, manager Jan de Vries), sell-in against sell-in targets of 1,000.00 each:
      A1 987.00 (−1.3 %), A2 727.27 of 764.00 (−4.8 %), A3 900.00 (−10.0 %),
      A4 899.00 (−10.1 %), A5 1,151.00 (+15.1 %), A6 1,150.00 (+15.0 %)

By the Plan vs actual rule (behind: more than 10 % below; ahead: more than 15 % above) NN
and A4 are behind, A5 ahead, everyone else on plan. NN holds 100 units and ships 10 in the
month's 31 days: its stock lasts 310 days.
"""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal
from pathlib import Path

from acct_desktop.domain import enums as e
from acct_desktop.store import models as m
from acct_desktop.store.database import Database, open_database

D = Decimal
OCTOBER = date(2026, 10, 1)
TODAY = date(2026, 11, 2)
OCT = (date(2026, 10, 1), date(2026, 10, 31))

TERRITORIES = (("T1", "华南", "王伟"), ("T2", "华东", "  "), ("T3", "Ranked", "Jan de Vries"))
ACCOUNTS = (  # code, name, parent, territory, kind
    ("HQ", "驰骏汽车养护连锁 总部", None, "T1", e.AccountKind.HEADQUARTERS),
    ("RO", "驰骏汽车养护连锁 华南区域办事处", "HQ", "T1", e.AccountKind.REGIONAL_OFFICE),
    ("DC", "驰骏汽车养护连锁 广州配送中心", "RO", "T1", e.AccountKind.DISTRIBUTION_CENTRE),
    ("NN", "驰骏汽车养护连锁 南宁分仓", "DC", "T1", e.AccountKind.BRANCH_WAREHOUSE),
    ("S1", "驰骏汽车养护连锁 南宁青秀区店", "NN", "T1", e.AccountKind.STORE),
    ("SZ", "驰骏汽车养护连锁 深圳分仓", "DC", "T1", e.AccountKind.BRANCH_WAREHOUSE),
    ("HQ2", "太原晋通油品有限公司", None, "T2", e.AccountKind.HEADQUARTERS),
    ("HZ", "太原晋通油品有限公司 杭州分仓", "HQ2", "T2", e.AccountKind.BRANCH_WAREHOUSE),
    ("A1", "A1 on plan −1.3", None, "T3", e.AccountKind.WORKSHOP),
    ("A2", "A2 on plan −4.8", None, "T3", e.AccountKind.WORKSHOP),
    ("A3", "A3 on plan −10.0", None, "T3", e.AccountKind.WORKSHOP),
    ("A4", "A4 behind −10.1", None, "T3", e.AccountKind.WORKSHOP),
    ("A5", "A5 ahead +15.1", None, "T3", e.AccountKind.WORKSHOP),
    ("A6", "A6 on plan +15.0", None, "T3", e.AccountKind.WORKSHOP),
)
OUTBOUND = {"NN": ("221.25", 10), "SZ": ("364.29", 12), "DC": ("22.34", 1), "HZ": ("443.90", 9)}
OUTBOUND_TARGETS = {"DC": "650.00", "NN": "300.00", "SZ": "350.00", "HZ": "455.55"}
SELL_IN = {  # account: (sell-in, target)
    "A1": ("987.00", "1000.00"),
    "A2": ("727.27", "764.00"),
    "A3": ("900.00", "1000.00"),
    "A4": ("899.00", "1000.00"),
    "A5": ("1151.00", "1000.00"),
    "A6": ("1150.00", "1000.00"),
}
STOCK = {"NN": ("100", "5000.00"), "S1": ("1", "50.00")}  # units, amount on 31 October


def build(db: Database) -> dict[str, uuid.UUID]:
    """The chain above in ``db``; codes (accounts and territories) → ids."""
    ids: dict[str, uuid.UUID] = {}
    with db.session() as s:
        for code, name, manager in TERRITORIES:
            territory = m.Territory(code=code, name=name, manager_name=manager)
            s.add(territory)
            s.flush()
            ids[code] = territory.id
        for code, name, parent, territory_code, kind in ACCOUNTS:
            account = m.Account(
                code=code,
                name=name,
                kind=kind,
                channel=e.Channel.CHAIN_STORE,
                tier=e.Tier.A,
                parent_id=ids[parent] if parent else None,
                territory_id=ids[territory_code],
                currency="CNY",
            )
            s.add(account)
            s.flush()
            ids[code] = account.id

        def fact(code: str, day: date, measure: e.Measure, amount: str, units: object) -> None:
            s.add(
                m.SalesFact(
                    period=day,
                    account_id=ids[code],
                    measure=measure,
                    quantity=D(str(units)),
                    amount=D(amount),
                    currency="CNY",
                )
            )

        def target(code: str, measure: e.Measure, amount: str) -> None:
            s.add(
                m.Target(
                    period_kind="month",
                    period_start=OCTOBER,
                    account_id=ids[code],
                    measure=measure,
                    amount=D(amount),
                    currency="CNY",
                )
            )

        for code, (amount, units) in OUTBOUND.items():
            fact(code, OCTOBER, e.Measure.OUTBOUND, amount, units)
        for code, amount in OUTBOUND_TARGETS.items():
            target(code, e.Measure.OUTBOUND, amount)
        for code, (amount, planned) in SELL_IN.items():
            fact(code, OCTOBER, e.Measure.SELL_IN, amount, 1)
            target(code, e.Measure.SELL_IN, planned)
        fact("S1", OCTOBER, e.Measure.SELL_OUT, "80.00", 10)
        for code, (units, amount) in STOCK.items():
            fact(code, date(2026, 10, 31), e.Measure.STOCK, amount, units)
    return ids


def open_chain(path: Path) -> tuple[Database, dict[str, uuid.UUID]]:
    db = open_database(path)
    return db, build(db)
