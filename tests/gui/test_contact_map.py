"""The relationship map: add a person on the map, link two people, drag and keep the
place, coverage said in words, filters, export."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from sqlalchemy import func, select

from acct_desktop.domain.enums import ContactLinkKind, DmuRole
from acct_desktop.gui.docks.contact_map import ContactMapDock
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.store import models as m


def account_with_people(window: MainWindow, at_least: int = 3):  # type: ignore[no-untyped-def]
    with window.workspace.db.session() as session:
        return session.scalar(
            select(m.Contact.account_id)
            .where(m.Contact.archived_at.is_(None))
            .group_by(m.Contact.account_id)
            .having(func.count() >= at_least)
            .order_by(m.Contact.account_id)
            .limit(1)
        )


def dock_of(window: MainWindow) -> ContactMapDock:
    dock = window.docks["contactMapDock"]
    dock.show()
    dock.raise_()
    return dock


def test_add_a_contact_on_the_map_where_it_was_asked(qtbot, window: MainWindow) -> None:
    account_id = account_with_people(window)
    window.current.set(account_id)
    dock = dock_of(window)
    before = len(dock.chart.cards)
    dock.commands.add_contact(QPointF(900, 40))
    form = dock.last_dialog
    form.save()  # no name: refused under the field, the form stays
    assert form.problems["name"].isVisibleTo(form)
    form.name.setText("Phạm Quốc Bảo")
    form.role.setCurrentIndex(form.role.findData(DmuRole.TECHNICAL.value))
    form.email.setText("not-an-email")
    form.save()
    assert "e-mail" in form.problems["email"].text()
    form.email.setText("bao.pham@example.vn")
    form.save()
    assert len(dock.chart.cards) == before + 1
    card = next(c for c in dock.chart.cards.values() if c.person.name == "Phạm Quốc Bảo")
    assert (card.pos().x(), card.pos().y()) == (900, 40)


def test_link_two_people_and_draw_a_reporting_line(qtbot, window: MainWindow) -> None:
    window.current.set(account_with_people(window))
    dock = dock_of(window)
    a, b, *_ = list(dock.chart.cards)
    edges = len(dock.chart.edges)
    dock.commands.add_link(a, b, ContactLinkKind.IN_CONFLICT_WITH)
    assert len(dock.chart.edges) == edges + 1
    assert any(e.kind is ContactLinkKind.IN_CONFLICT_WITH for e in dock.chart.edges)
    dock.commands.complain = lambda message: setattr(dock, "last_problem", message)
    dock.commands.add_link(b, a, ContactLinkKind.IN_CONFLICT_WITH)
    assert "already linked" in dock.last_problem
    # a reporting line that would loop is refused with the names
    dock.commands.set_manager(b, a)
    dock.commands.set_manager(a, b)
    assert "reporting loop" in dock.last_problem


def test_a_dragged_card_keeps_its_place_after_reopening(qtbot, window: MainWindow) -> None:
    account_id = account_with_people(window)
    window.current.set(account_id)
    dock = dock_of(window)
    contact_id, card = next(iter(dock.chart.cards.items()))
    card.setSelected(True)
    card.setPos(card.pos() + QPointF(333, 77))
    expected = (card.pos().x(), card.pos().y())
    dock.chart.cards_moved()  # what dropping the card does
    window.current.set(None)
    window.current.set(account_id)
    moved = dock.chart.cards[contact_id]
    assert (moved.pos().x(), moved.pos().y()) == expected
    dock.commands.relayout()  # back to the org chart
    assert (
        dock.chart.cards[contact_id].pos().x(),
        dock.chart.cards[contact_id].pos().y(),
    ) != expected


def test_coverage_and_filters_say_it_in_words(qtbot, window: MainWindow, tmp_path) -> None:
    window.current.set(account_with_people(window))
    dock = dock_of(window)
    text = dock.coverage.text()
    assert "Coverage" in text and ("Nobody as" in text or "Every role covered" in text)
    first = next(iter(dock.chart.cards.values()))
    role = first.person.dmu_role
    dock.role_filter.setCurrentIndex(dock.role_filter.findData(role.value))
    assert not first.dimmed
    assert all(c.dimmed == (c.person.dmu_role is not role) for c in dock.chart.cards.values())
    dock.role_filter.setCurrentIndex(0)
    assert not any(c.dimmed for c in dock.chart.cards.values())
    for name in ("map.png", "map.pdf"):
        dock.commands.choose_path = lambda _n, name=name: tmp_path / name
        dock.commands.export()
        assert (tmp_path / name).stat().st_size > 1000
    assert (tmp_path / "map.pdf").read_bytes().startswith(b"%PDF")


def test_a_single_contact_account_is_single_threaded(qtbot, window: MainWindow) -> None:
    from acct_desktop.domain.enums import AccountKind, Channel

    with window.workspace.db.session() as session:
        account = m.Account(
            code="NEW-1", name="Garage Nieuw", kind=AccountKind.WORKSHOP, channel=Channel.WORKSHOP
        )
        session.add(account)
        session.flush()
        account_id = account.id
    window.current.set(account_id)
    dock = dock_of(window)
    assert "Nobody is known" in dock.coverage.text()
    dock.commands.add_contact(None)
    form = dock.last_dialog
    form.name.setText("Jan de Vries")
    form.save()
    assert "Single-threaded" in dock.coverage.text()


def test_the_territory_tab_shows_every_located_account_and_hands_a_selection_to_the_planner(
    qtbot, window: MainWindow
) -> None:
    dock = dock_of(window)
    dock.tabs.setCurrentWidget(dock.territory)
    qtbot.waitUntil(lambda: len(dock.territory.canvas.points) > 0, timeout=60_000)
    with window.workspace.db.session() as session:
        located = session.scalar(
            select(func.count())
            .select_from(m.Account)
            .where(m.Account.latitude.is_not(None), m.Account.archived_at.is_(None))
        )
    assert len(dock.territory.canvas.points) == located
    chosen = [p.account_id for p in list(dock.territory.canvas.points)[:3]]
    dock.territory.account_clicked.emit(chosen[0])
    assert window.current.id == chosen[0]
    dock.territory.plan_requested.emit(chosen)
    planner = window.docks["visitCalendarDock"].last_dialog
    assert planner.objectName() == "planDialog" and planner.account_ids == chosen


def test_vcards_in_and_out_and_erasing_a_person(qtbot, window: MainWindow, tmp_path) -> None:
    from pathlib import Path

    window.current.set(account_with_people(window))
    dock = dock_of(window)
    before = len(dock.chart.cards)
    gmail = Path(__file__).parents[1] / "fixtures" / "vcards" / "gmail_30.vcf"
    dock.commands.import_vcards(gmail)
    assert len(dock.chart.cards) > before
    assert "created" in dock.last_problem
    dock.commands.choose_path = lambda name: tmp_path / name
    dock.commands.export_vcards()
    exported = dock.commands.last_saved.read_text("utf-8")
    assert exported.count("BEGIN:VCARD") == len(dock.chart.cards)
    person_id, card = next(iter(dock.chart.cards.items()))
    name = card.person.name
    dock.commands.export_personal_data(person_id)
    assert name in dock.commands.last_saved.read_text("utf-8")
    dock.commands.erase(person_id)
    dialog = dock.last_dialog
    dialog._run()
    assert dialog.problem.isVisibleTo(dialog)  # a reason is required
    dialog.reason.setPlainText("Asked us to forget them (e-mail of 20 Nov)")
    dialog._run()
    assert dock.chart.cards[person_id].person.name.startswith("Erased contact")


def test_a_long_coverage_list_scrolls_instead_of_being_cut_off(qtbot, window: MainWindow) -> None:
    # a head office with its branches lists dozens of people not contacted lately
    window.current.set(account_with_people(window))
    dock = dock_of(window)
    dock.coverage.setText(dock.coverage.text() + "<br>" + "<br>".join(["Nguyễn Văn An"] * 60))
    qtbot.waitUntil(lambda: dock.side_scroll.verticalScrollBar().maximum() > 0)
    label = dock.coverage
    assert label.height() >= label.heightForWidth(label.width())  # whole, not clipped


def test_coverage_lists_roles_with_the_languages_own_list_mark(
    qtbot, chinese, window: MainWindow
) -> None:
    """Chinese lists are joined with 、, not an ASCII comma (the QA saw
    "无人担任：采购, 使用者, 把关者")."""
    window.current.set(account_with_people(window, at_least=1))
    dock = dock_of(window)
    text = dock.coverage.text()
    missing = text.split("无人担任")[1].split("</span>")[0]
    assert "、" in missing and ", " not in missing, text


def test_a_map_of_many_people_gives_its_coverage_in_counts(qtbot, window: MainWindow) -> None:
    """An HQ with 336 accounts below it listed every name in the coverage panel (a wall of
    names): past ``chart.many`` (MANY_PEOPLE) it counts people per role and names the
    accounts where nobody decides instead."""
    window.current.set(account_with_people(window))
    dock = dock_of(window)
    people = dock.shown.people
    dock.chart.many = len(people) - 1
    dock.account_changed(window.current.id)
    text = dock.coverage.text()
    assert f"{len(people)} people at 1 accounts" in text, text
    assert "Decision maker" in text and "Buyer" in text
    assert not any(p.name in text for p in people), text  # counts, not names
    deciders = sum(p.dmu_role is DmuRole.DECISION_MAKER for p in people)
    assert ("No decision maker at 1 accounts" in text) == (deciders == 0)


def hq_with_people_below(window: MainWindow):  # type: ignore[no-untyped-def]
    """An account whose child accounts have people of their own."""
    with window.workspace.db.session() as session:
        return session.scalar(
            select(m.Account.parent_id)
            .join(m.Contact, m.Contact.account_id == m.Account.id)
            .where(m.Account.parent_id.is_not(None), m.Contact.archived_at.is_(None))
            .group_by(m.Account.parent_id)
            .having(func.count(func.distinct(m.Account.id)) >= 2)
            .order_by(m.Account.parent_id)
            .limit(1)
        )


def test_too_many_people_fold_into_one_card_per_account_until_double_clicked(
    qtbot, window: MainWindow
) -> None:
    """Hundreds of unreadable cards for an HQ with its child accounts: past ``chart.many``
    each child account is one card (how many people, deciders, blockers); a double-click
    shows its people."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    hq = hq_with_people_below(window)
    assert hq is not None
    window.current.set(hq)
    dock = dock_of(window)
    dock.children_box.setChecked(True)
    dock.account_changed(hq)
    people = dock.shown.people
    everyone = len(dock.chart.cards)
    assert everyone == len(people)  # few enough: every person drawn
    dock.chart.many = 1
    dock.account_changed(hq)
    own = [p for p in people if p.account_id == hq]
    assert set(dock.chart.cards) == {p.id for p in own}
    below = {p.account_id for p in people} - {hq}
    assert set(dock.chart.groups) == below
    account_id, group = next(iter(dock.chart.groups.items()))
    assert f"People: {len(group.people)}" in group.toolTip()
    dock.chart.fit()
    where = dock.chart.mapFromScene(group.sceneBoundingRect().center())
    QTest.mouseDClick(dock.chart.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert account_id not in dock.chart.groups
    assert {p.id for p in group.people} <= set(dock.chart.cards)
    # a person of a folded account, found (global search): their account unfolds
    folded_id, still = next(iter(dock.chart.groups.items()))
    assert dock.select_contact(still.people[0].id)
    assert folded_id not in dock.chart.groups and dock.chart.cards[still.people[0].id].isSelected()
