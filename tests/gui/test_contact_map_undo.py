"""Every change on the contact map is one step on the window's undo stack (Ctrl+Z)."""

from __future__ import annotations

from PySide6.QtCore import QPointF

from acct_desktop.domain.enums import ContactLinkKind
from acct_desktop.gui.main_window import MainWindow
from tests.gui.test_contact_map import account_with_people, dock_of


def names(dock) -> set[str]:  # type: ignore[no-untyped-def]
    return {c.person.name for c in dock.chart.cards.values()}


def kinds(dock) -> list:  # type: ignore[no-untyped-def]
    return sorted(str(e.kind) for e in dock.chart.edges)


def test_adding_and_editing_a_contact_undo_and_redo(qtbot, window: MainWindow) -> None:
    window.current.set(account_with_people(window))
    dock = dock_of(window)
    stack = dock.undo_stack  # the contact map's own history
    dock.commands.add_contact(QPointF(900, 40))
    form = dock.last_dialog
    form.name.setText("Anne-Marie de Vries-Jansen")
    form.save()
    assert "Anne-Marie de Vries-Jansen" in names(dock)
    assert stack.undoText() == "add contact Anne-Marie de Vries-Jansen"
    stack.undo()
    assert "Anne-Marie de Vries-Jansen" not in names(dock)
    stack.redo()
    assert "Anne-Marie de Vries-Jansen" in names(dock)
    person = next(i for i, c in dock.chart.cards.items() if c.person.name.startswith("Anne"))
    dock.commands.edit_contact(person)
    form = dock.last_dialog
    form.name.setText("Anne-Marie Jansen")
    form.save()
    assert "Anne-Marie Jansen" in names(dock)
    stack.undo()
    assert "Anne-Marie de Vries-Jansen" in names(dock)


def test_links_managers_archive_and_layout_undo(qtbot, window: MainWindow) -> None:
    window.current.set(account_with_people(window))
    dock = dock_of(window)
    stack = dock.undo_stack  # the contact map's own history
    start = stack.count()
    a, b, c, *_ = list(dock.chart.cards)
    edges = kinds(dock)

    dock.commands.add_link(a, b, ContactLinkKind.ALLIED_WITH)
    assert len(kinds(dock)) == len(edges) + 1
    stack.undo()
    assert kinds(dock) == edges
    stack.redo()
    assert len(kinds(dock)) == len(edges) + 1
    link_id = next(e.link_id for e in dock.chart.edges if e.kind is ContactLinkKind.ALLIED_WITH)
    dock.commands.unlink(link_id)
    assert kinds(dock) == edges
    stack.undo()
    assert len(kinds(dock)) == len(edges) + 1
    stack.redo()
    assert kinds(dock) == edges

    boss_before = dock.chart.cards[c].person.reports_to_id
    dock.commands.set_manager(c, a)
    assert dock.chart.cards[c].person.reports_to_id == a
    stack.undo()
    assert dock.chart.cards[c].person.reports_to_id == boss_before

    dock.commands.set_manager(c, a)
    dock.commands.archive(a)  # c reported to a: the line is cut
    assert a not in dock.chart.cards
    assert dock.chart.cards[c].person.reports_to_id is None
    stack.undo()
    assert a in dock.chart.cards
    assert dock.chart.cards[c].person.reports_to_id == a  # drawn again

    card = dock.chart.cards[b]
    was = (card.pos().x(), card.pos().y())
    card.setSelected(True)
    card.setPos(card.pos() + QPointF(333, 77))
    dock.chart.cards_moved()
    stack.undo()
    back = dock.chart.cards[b]
    assert (back.pos().x(), back.pos().y()) == was
    stack.redo()
    dock.commands.relayout()
    stack.undo()  # the dragged place comes back
    moved = dock.chart.cards[b]
    assert (moved.pos().x(), moved.pos().y()) == (was[0] + 333, was[1] + 77)
    assert stack.count() > start
