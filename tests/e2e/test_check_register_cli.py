"""`acct-desktop check-register` finds policies that overlap (and says when all is well)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from decimal import Decimal

from sqlalchemy import select

from acct_desktop.domain.enums import PolicyScope
from acct_desktop.domain.pricing_rules import RuleKind
from acct_desktop.services.policy_records import PolicyDraft, PolicyRecords
from acct_desktop.services.workspace import Workspace
from acct_desktop.store import models as m
from tests.conftest import DEMO_TODAY


def check(db) -> subprocess.CompletedProcess:
    return subprocess.run(
        [
            sys.executable,
            "-m",
            "acct_desktop",
            "check-register",
            "--date",
            DEMO_TODAY.isoformat(),
            "--db",
            str(db),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ},
    )


def test_two_active_policies_for_the_same_slot_are_reported(demo_db) -> None:
    clean = check(demo_db)
    assert clean.returncode == 0 and "consistent" in clean.stdout
    ws = Workspace.open(demo_db)
    try:
        records = PolicyRecords(ws.db, today=lambda: DEMO_TODAY)
        with ws.db.session() as session:
            product = session.scalars(select(m.Product).order_by(m.Product.sku)).first()
            product_id, sku = product.id, product.sku
        account = ws.tree.children(None, 0, 1)[0]
        account_id, account_code = account.id, account.code
        codes = []
        for price in ("10", "11"):
            draft = PolicyDraft(
                name=f"deal {price}",
                scope=PolicyScope.ACCOUNT,
                account_id=account_id,
                product_id=product_id,
                valid_from=DEMO_TODAY - timedelta(days=1),
                currency="EUR",
                rule_kind=RuleKind.FIXED,
                guide_price=Decimal(price),
            )
            policy_id = records.create(draft).policy_id
            records.submit(policy_id)
            records.approve(policy_id, "test", bool(codes), "Sales director")  # the 2nd never does
            codes.append(records.draft(policy_id)[0].code)
    finally:
        ws.close()
    found = check(demo_db)
    assert found.returncode == 1, found.stdout + found.stderr
    assert "[overlap]" in found.stdout and all(code in found.stdout for code in codes)
    assert "[never prices]" in found.stdout and "never_fires" not in found.stdout
    # QA s19: in Chinese the kinds were the codes and the windows ISO ranges "a..b"
    zh = acct("--lang", "zh", "check-register", "--date", DEMO_TODAY.isoformat(),
              "--db", str(demo_db))  # fmt: skip
    assert zh.returncode == 1, zh.stderr
    day = DEMO_TODAY - timedelta(days=1)
    assert f"{day.year}年{day.month}月{day.day}日" in zh.stdout
    assert ".." not in zh.stdout and "never_fires" not in zh.stdout
    assert not any(line.startswith("  overlap") for line in zh.stdout.splitlines())
    price = acct("--lang", "zh", "price", "--account", account_code, "--product", sku,
                 "--qty", "1", "--date", DEMO_TODAY.isoformat(), "--db", str(demo_db))  # fmt: skip
    assert price.returncode == 0, price.stderr
    outranked = [line for line in price.stdout.splitlines() if "被优先级更高的政策取代" in line]
    assert outranked and all("取代：" in line and "取代:" not in line for line in outranked)


def acct(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "acct_desktop", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ},
    )


def a_from_50_deal_above_the_channel_price(db) -> tuple[str, str, str]:
    """NL000174 (distributor channel: 10 % off list below 50) gets a "from 50" contract
    at the full list price: 50 packs would cost more each than 49. (account, SKU, code)"""
    ws = Workspace.open(db)
    try:
        with ws.db.session() as session:
            account = session.scalars(select(m.Account).where(m.Account.code == "NL000174")).one()
            product = session.scalars(select(m.Product).where(m.Product.sku == "PEO-002-1L")).one()
            account_id, product_id, price = account.id, product.id, product.list_price
        records = PolicyRecords(ws.db, today=lambda: DEMO_TODAY)
        draft = PolicyDraft(
            name="from 50 at list",
            scope=PolicyScope.ACCOUNT,
            account_id=account_id,
            product_id=product_id,
            valid_from=DEMO_TODAY - timedelta(days=1),
            currency="EUR",
            min_quantity=Decimal(50),
            rule_kind=RuleKind.FIXED,
            guide_price=price,
        )
        policy_id = records.create(draft).policy_id
        records.submit(policy_id)
        records.approve(policy_id, "test", approved_by="Sales director")
        return "NL000174", "PEO-002-1L", records.draft(policy_id)[0].code
    finally:
        ws.close()


def test_a_bigger_quantity_priced_higher_is_reported_with_both_policies(demo_db, tmp_path):
    account, sku, code = a_from_50_deal_above_the_channel_price(demo_db)
    with Workspace.open(demo_db).db.session() as session:
        band = session.scalar(
            select(m.PricePolicy.code).where(
                m.PricePolicy.scope == PolicyScope.CHANNEL, m.PricePolicy.channel == "distributor"
            )
        )
    found = check(demo_db)
    assert found.returncode == 1, found.stdout + found.stderr
    [line] = [line for line in found.stdout.splitlines() if "[more for more]" in line]
    assert f"{account} · {sku}:" in line and f"from 50 on ({code})" in line
    assert f"below 50 ({band})" in line and "a bigger order pays more" in line
    # the customer's price list prints the price a quote charges, marked, with a footnote;
    # the manager is told which policies do it
    out = tmp_path / "list.pdf"
    printed = acct("print", "price-list", "--account", account, "--date", "2026-11-02",
                   "--out", str(out), "--db", str(demo_db))  # fmt: skip
    assert printed.returncode == 0, printed.stderr
    assert f"warning: {account} · {sku}:" in printed.stderr and code in printed.stderr
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    row = next(line for line in text.splitlines() if line.startswith(sku))
    assert "*" in row  # marked, not printed silently
    assert "* Hoger dan de prijs voor minder verpakkingen" in text


def test_the_register_check_says_its_day_the_languages_way(demo_db) -> None:
    for language, day in (("nl", "02-11-2026"), ("vi", "02/11/2026"), ("en", "2026-11-02")):
        said = acct("--lang", language, "check-register", "--date", "2026-11-02",
                    "--db", str(demo_db))  # fmt: skip
        assert said.returncode == 0, said.stderr
        assert day in said.stdout and (language == "en" or "2026-11-02" not in said.stdout)
