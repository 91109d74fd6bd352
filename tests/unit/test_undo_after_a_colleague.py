"""Two managers on one database: undo takes back only the user's own change, and refuses
with a sentence naming who when a colleague changed it since; two saves at the same moment
are refused the same way, never a raw StaleDataError.

李伟 and Anna Smith each have their own connection (their own ``Database``) to one real
SQLite file, and to one real PostgreSQL server (a copy of one demo database per test).
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import timedelta
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import event, select

from acct_desktop.domain.enums import RebateStatus, VisitStatus
from acct_desktop.services.account_records import AccountRecords
from acct_desktop.services.audit import history
from acct_desktop.services.changed_since import ChangedSince, Doing
from acct_desktop.services.contact_records import ContactRecords
from acct_desktop.services.issue_records import IssueRecords
from acct_desktop.services.own_edits import OwnEdit
from acct_desktop.services.policy_records import PolicyRecords
from acct_desktop.services.pricing import PricingService
from acct_desktop.services.quote_builder import QuoteBuilder, QuoteEditRejected
from acct_desktop.services.rebate_records import RebateRecords
from acct_desktop.services.targets import TargetKey, TargetRejected, TargetService
from acct_desktop.services.visit_records import VisitRecords, VisitRejected
from acct_desktop.services.workspace import Workspace
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, Contact, CustomerIssue, Product, Visit
from tests.conftest import DEMO_TODAY
from tests.unit.test_policy_records import deal
from tests.unit.test_rebate_records import tiered

ME, COLLEAGUE = "李伟", "Anna Smith"
_numbers = itertools.count(1)


@pytest.fixture(scope="module")
def pg_demo(request: pytest.FixtureRequest) -> Iterator[str]:
    """A demo database on the throwaway server, copied for each test (name of the copy's
    template; the server's URL is ``pg_server``)."""
    from acct_desktop.services.demo import generate_demo
    from tests.pg import with_database

    with with_database(request.getfixturevalue("pg_server"), "t_undo_template") as url:
        generate_demo(url, "S", seed=2, today=DEMO_TODAY)
        yield "t_undo_template"


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def url(request: pytest.FixtureRequest, demo_db: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield str(demo_db)
        return
    from tests.pg import with_database

    template = request.getfixturevalue("pg_demo")
    server = request.getfixturevalue("pg_server")
    with with_database(server, f"t_undo_{next(_numbers)}", template) as copy:
        yield copy


class Manager:
    """One manager's own connection to the shared database and the services they use."""

    def __init__(self, url: str, name: str) -> None:
        self.workspace = Workspace.open(url)
        self.db: Database = self.workspace.db
        today = lambda: DEMO_TODAY  # noqa: E731
        self.accounts = AccountRecords(self.db, name)
        self.rebates = RebateRecords(self.db, actor=name, today=today)
        self.policies = PolicyRecords(self.db, actor=name, today=today)
        self.issues = IssueRecords(self.db, actor=name, today=today)
        self.contacts = ContactRecords(self.db, name)
        self.visits = VisitRecords(self.db, name)
        self.quotes = QuoteBuilder(
            self.db, PricingService(self.db), lambda: name, lambda: "7KX", today
        )


Team = tuple[Manager, Manager]


@pytest.fixture
def team(url: str) -> Iterator[Team]:
    me, colleague = Manager(url, ME), Manager(url, COLLEAGUE)
    yield me, colleague
    me.workspace.close()
    colleague.workspace.close()


def first(db: Database, query):  # type: ignore[no-untyped-def]
    with db.session() as session:
        return session.scalars(query.limit(1)).first()


def undone_sentence(label: str) -> str:
    return f"{COLLEAGUE} changed {label} since; your change was not undone."


# -- quotes --------------------------------------------------------------------------------


def a_quote(me: Manager) -> tuple[uuid.UUID, list[Product]]:
    """A draft for a VND account with lines of 10 and 3; the products of 4 lines."""
    account = first(me.db, select(Account).where(Account.currency == "VND").order_by(Account.code))
    with me.db.session() as session:
        products = list(
            session.scalars(
                select(Product).where(Product.active.is_(True)).order_by(Product.sku).limit(4)
            )
        )
    quote = me.quotes.create(account.id)
    me.quotes.add_products(quote.id, [(products[0].id, D(10), None), (products[1].id, D(3), None)])
    return quote.id, products


def test_undoing_a_quantity_keeps_the_line_a_colleague_added(team: Team) -> None:
    me, colleague = team
    quote_id, products = a_quote(me)
    line = me.quotes.view(quote_id).lines[0]
    before = me.quotes.snapshot(quote_id)
    me.quotes.update_line(line.id, quantity=D(12))
    after = me.quotes.snapshot(quote_id)
    colleague.quotes.add_products(quote_id, [(products[2].id, D(7), None)])

    undone = me.quotes.put_back(quote_id, after, before, Doing.UNDO)
    assert [(ln.sku, ln.quantity) for ln in undone.lines] == [
        (products[0].sku, D(10)),
        (products[1].sku, D(3)),
        (products[2].sku, D(7)),  # Anna's line stays
    ]
    last = history(me.db, "quote", quote_id)[-1]  # what was undone, old → new
    assert (last.actor, last.field, last.old_value, last.new_value) == (
        ME,
        "line 1 quantity",
        "12",
        "10",
    )

    redone = me.quotes.put_back(quote_id, before, after, Doing.REDO)
    assert [ln.quantity for ln in redone.lines] == [D(12), D(3), D(7)]


def test_undoing_a_line_a_colleague_changed_since_is_refused_naming_them(team: Team) -> None:
    me, colleague = team
    quote_id, _products = a_quote(me)
    line = me.quotes.view(quote_id).lines[0]
    before = me.quotes.snapshot(quote_id)
    me.quotes.update_line(line.id, quantity=D(12))
    after = me.quotes.snapshot(quote_id)
    colleague.quotes.update_line(line.id, quantity=D(15))

    with pytest.raises(QuoteEditRejected) as refused:
        me.quotes.put_back(quote_id, after, before, Doing.UNDO)
    number = me.quotes.view(quote_id).number
    assert str(refused.value) == undone_sentence(number)
    assert [ln.quantity for ln in me.quotes.view(quote_id).lines] == [D(15), D(3)]


def test_undoing_a_move_keeps_a_colleagues_line_where_it_is(team: Team) -> None:
    me, colleague = team
    quote_id, products = a_quote(me)
    second = me.quotes.view(quote_id).lines[1]
    before = me.quotes.snapshot(quote_id)
    me.quotes.move_line(second.id, 1)
    after = me.quotes.snapshot(quote_id)
    colleague.quotes.add_products(quote_id, [(products[3].id, D(1), None)])

    undone = me.quotes.put_back(quote_id, after, before, Doing.UNDO)
    kept = (products[0], products[1], products[3])  # Anna's line stays last
    assert [ln.sku for ln in undone.lines] == [p.sku for p in kept]


def test_undoing_a_header_field_leaves_a_colleagues_other_field(team: Team) -> None:
    me, colleague = team
    quote_id, _products = a_quote(me)
    before = me.quotes.snapshot(quote_id)
    me.quotes.set_header(quote_id, quote_discount_percent=D(5))
    after = me.quotes.snapshot(quote_id)
    colleague.quotes.set_header(quote_id, notes="Delivery to the back gate")
    undone = me.quotes.put_back(quote_id, after, before, Doing.UNDO)
    assert undone.quote_discount_percent == D(0)
    assert undone.notes == "Delivery to the back gate"


# -- forms: accounts, agreements, issues, contacts ----------------------------------------


def test_undoing_an_account_edit_keeps_a_colleagues_later_save(team: Team) -> None:
    me, colleague = team
    account_id = first(me.db, select(Account.id).order_by(Account.code))
    before, version = me.accounts.draft(account_id)
    changed = me.accounts.update(account_id, replace(before, city="Breda 市"), version)
    edit = OwnEdit.saved(me.db, me.accounts, "account", account_id, before, changed.fields)
    theirs, version = colleague.accounts.draft(account_id)
    colleague.accounts.update(account_id, replace(theirs, phone="+31 6 99999999"), version)

    edit.undo()
    now, _version = me.accounts.draft(account_id)
    assert (now.city, now.phone) == (before.city, "+31 6 99999999")
    trail = history(me.db, "account", account_id)
    assert (trail[-1].actor, trail[-1].field) == (ME, "city")
    assert (trail[-1].old_value, trail[-1].new_value) == ("Breda 市", before.city)
    edit.redo()
    assert me.accounts.draft(account_id)[0].city == "Breda 市"


def test_an_account_undo_a_colleague_stands_in_the_way_of_is_refused(team: Team) -> None:
    me, colleague = team
    account = first(me.db, select(Account).order_by(Account.code))
    before, version = me.accounts.draft(account.id)
    changed = me.accounts.update(account.id, replace(before, city="Breda 市"), version)
    edit = OwnEdit.saved(me.db, me.accounts, "account", account.id, before, changed.fields)
    theirs, version = colleague.accounts.draft(account.id)
    colleague.accounts.update(account.id, replace(theirs, city="Tilburg"), version)

    with pytest.raises(ChangedSince) as refused:
        edit.undo()
    assert str(refused.value) == undone_sentence(f"{account.name} ({account.code})")
    assert refused.value.who == COLLEAGUE
    assert me.accounts.draft(account.id)[0].city == "Tilburg"


def test_undoing_an_agreement_note_keeps_a_colleagues_signature_until_they_submit(
    team: Team,
) -> None:
    me, colleague = team
    agreement_id = me.rebates.create(tiered(me.workspace)).agreement_id
    before, _status, version = me.rebates.draft(agreement_id)
    changed = me.rebates.update(agreement_id, replace(before, note="第二档改为 150000"), version)
    edit = OwnEdit.saved(
        me.db, me.rebates, "rebate_agreement", agreement_id, before, changed.fields
    )
    theirs, _status, version = colleague.rebates.draft(agreement_id)
    colleague.rebates.update(agreement_id, replace(theirs, signed_by="Mr Wang"), version)

    edit.undo()
    now = me.rebates.draft(agreement_id)[0]
    assert (now.note, now.signed_by) == (None, "Mr Wang")
    edit.redo()
    colleague.rebates.submit(agreement_id)  # undoing now would send it back to draft
    with pytest.raises(ChangedSince) as refused:
        edit.undo()
    assert str(refused.value) == undone_sentence(now.number)
    note, status, _version = me.rebates.draft(agreement_id)
    assert (note.note, status) == ("第二档改为 150000", RebateStatus.PENDING_APPROVAL)


def test_undoing_an_issue_edit_keeps_a_colleagues_resolution_owner(team: Team) -> None:
    me, colleague = team
    issue = first(me.db, select(CustomerIssue).where(CustomerIssue.archived_at.is_(None)))
    before, version = me.issues.draft(issue.id)
    changed = me.issues.update(issue.id, replace(before, description="Leaking drums"), version)
    edit = OwnEdit.saved(me.db, me.issues, "customer_issue", issue.id, before, changed.fields)
    theirs, version = colleague.issues.draft(issue.id)
    colleague.issues.update(issue.id, replace(theirs, responsible="Trần Minh"), version)
    edit.undo()
    now = me.issues.draft(issue.id)[0]
    assert (now.description, now.responsible) == (before.description, "Trần Minh")


def test_undoing_a_contact_edit_keeps_a_colleagues_phone_and_refuses_over_their_title(
    team: Team,
) -> None:
    me, colleague = team
    contact = first(me.db, select(Contact).where(Contact.archived_at.is_(None)))
    before = me.contacts.draft_of(contact.id)
    me.contacts.update(contact.id, replace(before, title="采购经理"))
    edit = OwnEdit.saved(me.db, me.contacts, "contact", contact.id, before, ("title",))
    colleague.contacts.update(
        contact.id, replace(colleague.contacts.draft_of(contact.id), phone="+84 90 111 2222")
    )
    edit.undo()
    now = me.contacts.draft_of(contact.id)
    assert (now.title, now.phone) == (before.title, "+84 90 111 2222")
    edit.redo()
    colleague.contacts.update(
        contact.id, replace(colleague.contacts.draft_of(contact.id), title="Director")
    )
    with pytest.raises(ChangedSince) as refused:
        edit.undo()
    assert str(refused.value) == undone_sentence(contact.name)


def test_undoing_a_visit_move_a_colleague_moved_again_is_refused(team: Team) -> None:
    me, colleague = team
    visit = first(
        me.db,
        select(Visit)
        .where(Visit.status == VisitStatus.PLANNED, Visit.archived_at.is_(None))
        .order_by(Visit.planned_start),
    )
    old = me.visits.times(visit.id)
    moved = me.visits.move(visit.id, old.start + timedelta(hours=1), old.end + timedelta(hours=1))
    assert moved == old
    colleague.visits.move(visit.id, old.start + timedelta(hours=3), old.end + timedelta(hours=3))
    mine = me.visits.times(visit.id)
    with pytest.raises(VisitRejected) as refused:
        me.visits.move(
            visit.id,
            old.start,
            old.end,
            replace(old, start=old.start + timedelta(hours=1), end=old.end + timedelta(hours=1)),
        )
    assert str(refused.value).startswith(f"{COLLEAGUE} changed the visit to ")
    assert str(refused.value).endswith(" since; your change was not undone.")
    assert me.visits.times(visit.id) == mine  # the colleague's time stands


def test_two_stops_trading_places_move_together_and_undo_together_or_not_at_all(
    team: Team,
) -> None:
    me, colleague = team
    with me.db.session() as session:
        one, two = session.scalars(
            select(Visit.id)
            .where(Visit.status == VisitStatus.PLANNED, Visit.archived_at.is_(None))
            .order_by(Visit.planned_start)
            .limit(2)
        ).all()
    a, b = me.visits.times(one), me.visits.times(two)
    hour = timedelta(hours=1)
    moves = {one: replace(a, start=a.start + hour, end=a.end + hour), two: b}
    old = me.visits.move_together(moves)
    assert old == {one: a, two: b}
    assert me.visits.times(one).start == a.start + hour
    colleague.visits.move(two, b.start + 3 * hour, b.end + 3 * hour)
    with pytest.raises(VisitRejected):  # undo: the colleague moved the second since
        me.visits.move_together(old, moves)
    assert me.visits.times(one).start == a.start + hour  # neither was undone


def test_undoing_a_visit_status_a_colleague_changed_again_is_refused(team: Team) -> None:
    me, colleague = team
    visit = first(
        me.db,
        select(Visit)
        .where(Visit.status == VisitStatus.PLANNED, Visit.archived_at.is_(None))
        .order_by(Visit.planned_start),
    )
    old = me.visits.set_status(visit.id, VisitStatus.CANCELLED)
    me.visits.set_status(visit.id, old, VisitStatus.CANCELLED)  # undone: nobody changed it
    me.visits.set_status(visit.id, VisitStatus.CANCELLED, old, Doing.REDO)
    colleague.visits.set_status(visit.id, VisitStatus.MISSED)
    with pytest.raises(VisitRejected) as refused:
        me.visits.set_status(visit.id, old, VisitStatus.CANCELLED)
    assert str(refused.value).startswith(f"{COLLEAGUE} changed the visit to ")


def test_undoing_a_month_target_a_colleague_changed_since_is_refused(team: Team) -> None:
    me, colleague = team
    account = first(me.db, select(Account).order_by(Account.code))
    mine, theirs = TargetService(me.db, ME), TargetService(colleague.db, COLLEAGUE)
    key = TargetKey(account.id, None)
    mine.set_year(key, 2027, D("12000"))
    change = mine.edit(key, 2027, "m2", D("3000"))
    undone = mine.put_back(key, 2027, change.after, change.before, Doing.UNDO)
    assert undone.after == change.before
    mine.put_back(key, 2027, change.before, change.after, Doing.REDO)
    theirs.edit(key, 2027, "m5", D("2500"))
    with pytest.raises(TargetRejected) as refused:
        mine.put_back(key, 2027, change.after, change.before, Doing.UNDO)
    assert str(refused.value) == undone_sentence(
        f"the targets of {account.name} ({account.code}) for 2027"
    )


# -- two saves at the same moment -----------------------------------------------------------


@contextmanager
def colleague_saves_meanwhile(me: Manager, save: Callable[[], object]) -> Iterator[None]:
    """My next save reads the record, then the colleague's whole save runs and commits,
    then mine goes on to write: two saves at the same moment, in a set order."""
    done: list[bool] = []

    def loaded(_session, _instance) -> None:  # type: ignore[no-untyped-def]
        if not done:
            done.append(True)
            save()

    event.listen(me.db.sessions, "loaded_as_persistent", loaded)
    try:
        yield
    finally:
        event.remove(me.db.sessions, "loaded_as_persistent", loaded)


def same_moment_cases(me: Manager, colleague: Manager):  # type: ignore[no-untyped-def]
    """(label, my save, their save) for each records service with a form."""
    account = first(me.db, select(Account).order_by(Account.code))
    a_draft, a_version = me.accounts.draft(account.id)
    yield (
        f"{account.name} ({account.code})",
        lambda: me.accounts.update(account.id, replace(a_draft, city="Breda"), a_version),
        lambda: colleague.accounts.update(account.id, replace(a_draft, phone="+31"), a_version),
    )
    agreement_id = me.rebates.create(tiered(me.workspace)).agreement_id
    r_draft, _status, r_version = me.rebates.draft(agreement_id)
    yield (
        r_draft.number,
        lambda: me.rebates.update(agreement_id, replace(r_draft, note="mine"), r_version),
        lambda: colleague.rebates.update(agreement_id, replace(r_draft, note="hers"), r_version),
    )
    policy_id = me.policies.create(deal(me.workspace)).policy_id
    p_draft, _status, p_version = me.policies.draft(policy_id)
    yield (
        f"{p_draft.code} · Hers",  # named as it is now
        lambda: me.policies.update(policy_id, replace(p_draft, name="Mine"), p_version),
        lambda: colleague.policies.update(policy_id, replace(p_draft, name="Hers"), p_version),
    )
    issue = first(me.db, select(CustomerIssue).where(CustomerIssue.archived_at.is_(None)))
    i_draft, i_version = me.issues.draft(issue.id)
    yield (
        issue.number,
        lambda: me.issues.update(issue.id, replace(i_draft, responsible="Lan"), i_version),
        lambda: colleague.issues.update(issue.id, replace(i_draft, responsible="An"), i_version),
    )


def test_two_saves_at_the_same_moment_are_refused_naming_who_saved(team: Team) -> None:
    me, colleague = team
    for label, mine, theirs in same_moment_cases(me, colleague):
        with colleague_saves_meanwhile(me, theirs), pytest.raises(ChangedSince) as refused:
            mine()
        assert str(refused.value) == (
            f"{COLLEAGUE} saved a change to {label} at the same moment; your change was not "
            "saved. Look at it again and repeat your change."
        )
