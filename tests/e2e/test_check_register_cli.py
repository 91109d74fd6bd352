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
            product_id = session.scalars(select(m.Product.id).order_by(m.Product.sku)).first()
        account_id = ws.tree.children(None, 0, 1)[0].id
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
            records.approve(policy_id, "test")
            codes.append(records.draft(policy_id)[0].code)
    finally:
        ws.close()
    found = check(demo_db)
    assert found.returncode == 1, found.stdout + found.stderr
    assert "overlap" in found.stdout and all(code in found.stdout for code in codes)
