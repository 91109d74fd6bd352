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


def test_my_details_filled_in_with_a_database_open_count_from_the_next_change(demo_db) -> None:
    """The window opens the database before the manager fills in My details (the first
    checklist asks for them): the changes after that are theirs, without reopening."""
    from sqlalchemy import select

    from acct_desktop.store.models import Account, AuditEvent

    ws = Workspace.open(demo_db)
    try:
        assert ws.records.actor == os_user()
        save_manager_profile(ManagerProfile(name="Anna de Vries", organisation="Smeerolie BV"))
        acting = [
            ws.records.actor,
            ws.contact_records._actor,
            ws.visit_records._actor,
            ws.visit_planner._actor,
            ws.visit_cycles._actor,
            ws.visit_reports._actor,
            ws.issue_records.actor,
            ws.checklists.actor,
            ws.checklist_records.actor,
            ws.policy_records.actor,
            ws.rebate_records.actor,
            ws.discrepancy_forms.actor,
        ]
        assert set(acting) == {"Anna de Vries"}
        with ws.db.session() as session:
            leaf = session.scalars(
                select(Account.id).where(
                    Account.archived_at.is_(None),
                    ~Account.id.in_(
                        select(Account.parent_id).where(Account.parent_id.is_not(None))
                    ),
                )
            ).first()
        ws.records.archive(leaf)
        with ws.db.session() as session:
            assert session.scalars(select(AuditEvent.actor)).all() == ["Anna de Vries"]
    finally:
        ws.close()
