"""The History of an account, a quote or an issue found by the code or number a user knows
it by, newest first, naming who made each change (QA s23: two managers on a team database
could not see who changed a record; only the register had a History)."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from sqlalchemy import select

from acct_desktop.services.account_records import AccountRecords
from acct_desktop.services.audit import history, record_change
from acct_desktop.services.audit_records import ACCOUNT, QUOTE, find_record, record_history
from acct_desktop.services.workspace import Workspace
from acct_desktop.store import models as m


@pytest.fixture
def workspace(demo_db):
    ws = Workspace.open(demo_db)
    yield ws
    ws.close()


def first(workspace: Workspace, model, column):  # type: ignore[no-untyped-def]
    with workspace.db.session() as session:
        return session.execute(select(model.id, column).order_by(column).limit(1)).one()


def test_an_account_is_found_by_its_code_and_its_changes_read_newest_first(workspace) -> None:
    account_id, code = first(workspace, m.Account, m.Account.code)
    for actor, city in (("Anna de Vries", "Breda"), ("Trần Minh", "Hà Nội")):
        records = AccountRecords(workspace.db, actor)
        draft, _version = records.draft(account_id)
        records.update(account_id, replace(draft, city=city))

    record = find_record(workspace.db, "account", f" {code} ")
    assert record is not None and record.entity == ACCOUNT and record.ids == (account_id,)
    rows = record_history(workspace.db, record)
    cities = [(r.actor, r.old_value, r.new_value) for r in rows if r.field == "city"]
    assert cities[0][0] == "Trần Minh" and cities[0][2] == "Hà Nội"
    assert cities[1][0] == "Anna de Vries" and cities[1][2] == "Breda"
    assert cities[0][1] == "Breda"  # from what the other manager had typed
    assert [r.occurred_at for r in rows] == sorted((r.occurred_at for r in rows), reverse=True)


def test_a_quote_number_finds_every_revision_of_it(workspace) -> None:
    quote_id, number = first(workspace, m.Quote, m.Quote.number)
    other = uuid.uuid4()
    with workspace.db.session() as session:
        revision = session.get(m.Quote, quote_id)
        copy = m.Quote(
            number=number,
            revision=revision.revision + 1,
            account_id=revision.account_id,
            quote_date=revision.quote_date,
            valid_until=revision.valid_until,
            currency=revision.currency,
            status=revision.status,
        )
        session.add(copy)
        session.flush()
        when = datetime(2026, 11, 20, 9, 0).astimezone()
        record_change(session, "Anna", QUOTE, quote_id, "status", "draft", "sent", when)
        later = when + timedelta(hours=1)
        record_change(session, "Minh", QUOTE, copy.id, "created", None, number, later)
        record_change(session, "Someone", QUOTE, other, "status", "draft", "sent", later)
        copy_id = copy.id

    record = find_record(workspace.db, "quote", number)
    assert record is not None and set(record.ids) == {quote_id, copy_id}
    actors = [r.actor for r in record_history(workspace.db, record)]
    assert actors[:2] == ["Minh", "Anna"] and "Someone" not in actors


def test_an_issue_by_its_number_and_nothing_for_an_unknown_one(workspace) -> None:
    issue_id, number = first(workspace, m.CustomerIssue, m.CustomerIssue.number)
    record = find_record(workspace.db, "issue", number)
    assert record is not None and record.ids == (issue_id,)
    assert find_record(workspace.db, "issue", "IS-1999-99999") is None
    assert find_record(workspace.db, "account", "NO-SUCH-CODE") is None
    assert find_record(workspace.db, "quote", "") is None


def test_history_reads_oldest_first_unless_asked_for_newest_first(workspace) -> None:
    record_id = uuid.uuid4()
    start = datetime(2026, 11, 1, 8, 0).astimezone()
    with workspace.db.session() as session:
        for step in range(3):
            record_change(
                session, f"m{step}", "visit", record_id, "status", step, step + 1,
                start + timedelta(minutes=step),
            )  # fmt: skip
    assert [r.actor for r in history(workspace.db, "visit", record_id)] == ["m0", "m1", "m2"]
    newest = history(workspace.db, "visit", record_id, newest_first=True)
    assert [r.actor for r in newest] == ["m2", "m1", "m0"]
