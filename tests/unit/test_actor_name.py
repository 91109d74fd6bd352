"""Who is acting, for the audit trail and approvals: the manager's name from My details,
else the OS login (QA s19: approvals were recorded as "root" with a profile set)."""

from __future__ import annotations

from acct_desktop.config import os_user
from acct_desktop.services.manager_profile import ManagerProfile, actor_name, save_manager_profile
from acct_desktop.services.workspace import Workspace


def test_without_my_details_the_os_login_acts(tmp_path) -> None:
    assert actor_name(tmp_path) == os_user()


def test_the_name_in_my_details_is_the_actor_of_every_audited_record(demo_db) -> None:
    save_manager_profile(ManagerProfile(name="李经理", organisation="上海润通"))
    assert actor_name() == "李经理"
    ws = Workspace.open(demo_db)
    try:
        assert ws.policy_records.actor == "李经理"
        assert ws.rebate_records.actor == "李经理"
        assert ws.records.actor == "李经理"
    finally:
        ws.close()
