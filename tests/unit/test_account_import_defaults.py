"""A new user's first accounts file gave no channel, tier or currency: every account
became a chain store of tier C (in EUR without a country), and the summary said nothing
(QA, session 22). The summary now says which defaults went to how many accounts."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from acct_desktop.domain.enums import Channel, Tier
from acct_desktop.services.imports import import_accounts
from acct_desktop.store.database import open_database
from acct_desktop.store.models import Account
from tests.unit.test_sales_import import write_csv


def test_the_summary_says_which_defaults_new_accounts_were_given(tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "accounts.csv",
        [["Customer No.", "Customer Name", "Account Type", "Parent Customer", "Country",
          "Tier"],
         ["HQ", "Holding", "headquarters", "", "VN", "A"],
         ["RO", "North", "regional_office", "HQ", "", ""],
         ["WS", "Garage Noord", "workshop", "HQ", "", ""]],
    )  # fmt: skip
    database = open_database(tmp_path / "a.acctdb")
    try:
        summary = import_accounts(database, path)
        assert str(summary.describe()) == (
            "3 accounts read: 3 created, 0 updated, 0 unchanged. 2 accounts without a "
            "channel were set to chain store. 1 account without a channel was set to "
            "workshop. 2 accounts without a tier were set to tier C. 2 accounts without a "
            "currency were set to EUR. 1 account without a currency was set to VND."
        )
        with database.session() as session:
            rows = session.execute(
                select(Account.code, Account.channel, Account.tier, Account.currency)
            ).all()
        assert sorted(tuple(row) for row in rows) == [
            ("HQ", Channel.CHAIN_STORE, Tier.A, "VND"),
            ("RO", Channel.CHAIN_STORE, Tier.C, "EUR"),
            ("WS", Channel.WORKSHOP, Tier.C, "EUR"),
        ]
        again = import_accounts(database, path)  # nothing new: no defaults given
        assert str(again.describe()) == "3 accounts read: 0 created, 0 updated, 3 unchanged."
    finally:
        database.close()
