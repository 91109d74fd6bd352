"""Whether a database holds any account: a new one does not (the window then welcomes the
user with the demo, an import or a first account); one whose accounts are all archived
still does."""

from __future__ import annotations

from pathlib import Path

from acct_desktop.domain.enums import AccountKind, Channel
from acct_desktop.services.account_records import AccountDraft, AccountRecords
from acct_desktop.services.workspace import Workspace


def test_a_new_database_has_no_accounts_until_one_is_created(tmp_path: Path) -> None:
    workspace = Workspace.open(tmp_path / "new.acctdb")
    try:
        assert not workspace.accounts.has_accounts()
        records = AccountRecords(workspace.db, "tm")
        changed = records.create(
            AccountDraft(
                code="VN-HQ-1",
                name="Công ty Phúc Lộc",
                kind=AccountKind.HEADQUARTERS,
                channel=Channel.CHAIN_STORE,
            )
        )
        assert workspace.accounts.has_accounts()
        records.archive(changed.account_id)
        assert workspace.accounts.has_accounts()  # archived is not gone
    finally:
        workspace.close()


def test_the_demo_database_has_accounts(demo_db: Path) -> None:
    workspace = Workspace.open(demo_db)
    try:
        assert workspace.accounts.has_accounts()
    finally:
        workspace.close()
