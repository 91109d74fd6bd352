"""Every dock's own filter box (Ctrl+F) reads Chinese names in pinyin, as global search
does: a manager typing the pinyin of a name with the input method off, in full or by its
initials, keeps the same rows as typing the name in characters -- in the contact map, the
policy and rebate registers, the Issues dock (search and responsible boxes), the quote
list, the Alerts dock and Plan vs actual. (The visit calendar's Ctrl+F goes to the account
search, tests/gui/test_pinyin_search.py.)"""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterable

from PySide6.QtCore import QModelIndex
from PySide6.QtTest import QTest
from sqlalchemy import func, select

from acct_desktop.domain.pinyin import syllables
from acct_desktop.gui.docks.alerts import AlertsDock
from acct_desktop.gui.docks.issues import IssuesDock
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.models.plan_tree import NODE_ROLE
from acct_desktop.store import models as m
from tests.gui.test_find_and_save_keys import alerts  # noqa: F401 (a fixture)
from tests.gui.test_issues_dock import dock, workspace  # noqa: F401 (fixtures)
from tests.gui.test_keyboard_habits import _plan_row

HAN_RUN = re.compile("[\u4e00-\u9fff]{2,}")


def first_run(text: str) -> str:
    """The first run of two or more Han characters of ``text``."""
    found = HAN_RUN.search(text)
    assert found, text
    return found.group()


def type_into(box, typed: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``typed`` into the empty ``box``: key by key with the input method off, the
    characters at once as an input method commits them."""
    box.clear()
    if typed.isascii():
        QTest.keyClicks(box, typed)
    else:
        box.insert(typed)


def typed_forms(run: str) -> tuple[str, str, str]:
    """What a manager types for ``run`` with the input method off: its pinyin in full (in
    title case), by its initials (upper case), and its first two syllables."""
    read = syllables(run)
    assert len(read) >= 2, run
    return "".join(read).title(), "".join(s[0] for s in read).upper(), "".join(read[:2])


def same_rows_by_pinyin(
    shown: Callable[[str], set], run: str, wanted: Iterable[object] = ()
) -> set:
    """What the box keeps for ``run`` typed in characters; the same rows are kept for its
    pinyin in full and by its initials, and its first syllables keep at least those. Every
    row of ``wanted`` is among them, and not every row is kept."""
    everything = shown("")
    by_characters = shown(run)
    assert by_characters and set(wanted) <= by_characters
    assert by_characters < everything, "the list holds no other rows to leave out"
    full, initials, start = typed_forms(run)
    assert shown(full) == by_characters, full
    assert shown(initials) == by_characters, initials
    assert shown(start) >= by_characters, start
    return by_characters


# -- contact map -----------------------------------------------------------------------------


def test_the_contact_maps_find_box_reads_a_persons_name_in_pinyin(
    window: MainWindow, qtbot
) -> None:
    from tests.gui.test_contact_map import dock_of

    with window.workspace.db.session() as session:  # a Chinese account with three people
        account_id = session.scalar(
            select(m.Contact.account_id)
            .join(m.Account, m.Account.id == m.Contact.account_id)
            .where(m.Contact.archived_at.is_(None), m.Account.document_language == "zh_CN")
            .group_by(m.Contact.account_id)
            .having(func.count() >= 3)
            .order_by(m.Contact.account_id)
            .limit(1)
        )
    window.current.set(account_id)
    people = dock_of(window)
    qtbot.waitUntil(lambda: len(people.chart.cards) >= 3)

    def shown(typed: str) -> set:
        type_into(people.find_box, typed)
        return {card.person.id for card in people.chart.cards.values() if not card.dimmed}

    person = next(iter(people.chart.cards.values())).person
    same_rows_by_pinyin(shown, first_run(person.name), [person.id])
    chosen = [card.person for card in people.chart.cards.values() if card.isSelected()]
    assert chosen and first_run(person.name) in chosen[0].name  # the first found is chosen


# -- policy and rebate registers --------------------------------------------------------------


def all_rows(model) -> list:  # type: ignore[no-untyped-def]
    """Every row of a paged model, read to its end."""
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    return [model.row_object(r) for r in range(model.rowCount())]


def test_the_registers_search_boxes_read_names_in_pinyin(window: MainWindow, qtbot) -> None:
    register = window.docks["policyRegisterDock"]
    register.show()
    register.raise_()
    register.only_current.setChecked(False)  # every account's: Chinese, Dutch, Vietnamese
    for kind, bar, text_of in (
        ("policy", register.policy_filters, lambda row: f"{row.name} {row.applies_to}"),
        ("rebate", register.rebate_filters, lambda row: row.account_name),
    ):
        register.show_kind(kind)
        model = register.model(kind)
        qtbot.waitUntil(lambda model=model: model.rowCount() > 0)

        def shown(typed: str, bar=bar, model=model) -> set:  # type: ignore[no-untyped-def]
            type_into(bar.search, typed)
            qtbot.waitUntil(lambda: not bar._search_timer.isActive())  # read after the pause
            return {row.id for row in all_rows(model)}

        chinese = [row for row in all_rows(model) if HAN_RUN.search(text_of(row))]
        assert chinese, kind
        run = first_run(text_of(chinese[-1]))
        same_rows_by_pinyin(shown, run, [chinese[-1].id])
        bar.search.clear()


# -- issues ----------------------------------------------------------------------------------


def test_the_issues_search_and_responsible_boxes_read_names_in_pinyin(
    dock: IssuesDock,  # noqa: F811
    workspace,  # noqa: F811
    qtbot,
) -> None:
    issues = workspace.issues

    def rows_for(box, typed: str) -> set:  # type: ignore[no-untyped-def]
        type_into(box, typed)
        qtbot.waitUntil(lambda: not dock._search_timer.isActive())
        assert dock.shown_row_count() == issues.register_count(dock.wanted())
        return {row.id for row in dock.model.rows()}

    rows = list(dock.model.rows())
    by_account = next(row for row in rows if HAN_RUN.search(row.account_name))
    same_rows_by_pinyin(
        lambda typed: rows_for(dock.search, typed), first_run(by_account.account_name),
        [by_account.id],
    )  # fmt: skip
    dock.search.clear()
    by_responsible = next(row for row in rows if HAN_RUN.search(row.responsible or ""))
    same_rows_by_pinyin(
        lambda typed: rows_for(dock.responsible, typed), first_run(by_responsible.responsible),
        [by_responsible.id],
    )  # fmt: skip


# -- quote list ------------------------------------------------------------------------------


def test_the_quote_lists_find_box_reads_the_account_in_pinyin(window: MainWindow, qtbot) -> None:
    from tests.gui.test_quote_builder_dock import dock_of

    with window.workspace.db.session() as session:
        names = dict(
            session.execute(
                select(m.Account.id, m.Account.name)
                .join(m.Quote, m.Quote.account_id == m.Account.id)
                .where(m.Account.document_language == "zh_CN", m.Quote.archived_at.is_(None))
                .order_by(m.Account.code)
            ).all()
        )
    assert len(names) >= 2
    (account_id, name), (_other, other_name) = list(names.items())[:2]
    window.current.set(account_id)
    builder = dock_of(window)
    qtbot.waitUntil(lambda: builder.quotes.rowCount() > 0)
    listed = {builder.quotes.row_object(r).id for r in range(builder.quotes.rowCount())}

    def shown(typed: str) -> set:
        type_into(builder.find_box, typed)
        return {builder.quotes.row_object(r).id for r in range(builder.quotes.rowCount())}

    for typed in typed_forms(first_run(name)):
        assert shown(typed) == listed, typed
    other = "".join(syllables(first_run(other_name)))
    if other not in "".join(syllables(name)):  # another account keeps none of its quotes
        assert shown(other) == set()
        assert "matches the search" in builder.quote_table.empty.text()
    builder.find_box.clear()


# -- alerts ----------------------------------------------------------------------------------


def test_the_alerts_find_box_reads_the_account_in_pinyin(
    alerts: AlertsDock,  # noqa: F811
) -> None:
    def shown(typed: str) -> set:
        type_into(alerts.find_box, typed)
        return {alerts.model.alert(r).key for r in range(alerts.model.rowCount())}

    listed = [alerts.model.alert(r) for r in range(alerts.model.rowCount())]
    chinese = [alert for alert in listed if HAN_RUN.search(alert.account_name)]
    assert chinese
    same_rows_by_pinyin(shown, first_run(chinese[0].account_name), [chinese[0].key])


# -- plan vs actual --------------------------------------------------------------------------


def _account_rows(model, parent: QModelIndex | None = None) -> set[uuid.UUID]:  # type: ignore[no-untyped-def]
    """The accounts of every row of the plan tree, opened all the way down."""
    parent = parent or QModelIndex()
    found: set[uuid.UUID] = set()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        node = index.data(NODE_ROLE)
        if node.kind == "account" and node.account_id is not None:
            found.add(node.account_id)
        found |= _account_rows(model, index)
    return found


def test_plan_vs_actuals_find_box_reads_account_names_in_pinyin(window: MainWindow, qtbot) -> None:
    with window.workspace.db.session() as session:  # figures in yuan: the yuan's view
        window.current.set(
            session.scalar(
                select(m.Account.id)
                .where(m.Account.currency == "CNY", m.Account.parent_id.is_(None))
                .order_by(m.Account.code)
                .limit(1)
            )
        )
    plan = _plan_row(window, qtbot)
    snapshot = plan.model.snapshot
    assert snapshot.currency == "CNY"
    shown_first = _account_rows(plan.model)
    chinese = sorted(
        (i for i in shown_first if HAN_RUN.search(snapshot.accounts[i].name)),
        key=lambda i: snapshot.accounts[i].name,
    )
    assert chinese

    def shown(typed: str) -> set:  # the accounts found, and every account above one
        type_into(plan.find_box, typed)
        plan._find()  # what the find timer does after the pause
        return _account_rows(plan.model)

    same_rows_by_pinyin(shown, first_run(snapshot.accounts[chinese[-1]].name), [chinese[-1]])
