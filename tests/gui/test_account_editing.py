"""Creating, editing, moving and archiving accounts in the tree, with undo and redo."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QModelIndex
from PySide6.QtWidgets import QMessageBox

from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.models.account_tree import ACCOUNT_MIME, ROW_ROLE


def dock(window: MainWindow):
    return window.docks["accountTreeDock"]


def select_first_with_children(window: MainWindow):
    tree = dock(window)
    model = tree.model
    for row in range(model.rowCount()):
        index = model.index(row, 0)
        if model.data(index, ROW_ROLE).child_count:
            tree.view.setCurrentIndex(index)
            return model.data(index, ROW_ROLE)
    raise AssertionError("no account with children")


def test_a_new_child_account_is_saved_shown_and_undone(window: MainWindow) -> None:
    parent = select_first_with_children(window)
    dialog = dock(window).commands.new_child_account()
    assert dialog.windowTitle() == f"New account under {parent.name}"  # not "New account"
    dialog.edits["code"].setText("ZZ-0001")
    dialog.edits["name"].setText("Cửa hàng Dầu nhớt Đông Á")
    kinds = [dialog.kind.itemData(i) for i in range(dialog.kind.count())]
    allowed = {"headquarters": "regional_office", "distributor": "branch_warehouse"}
    wanted = allowed.get(parent.kind.value, "store")
    dialog.kind.setCurrentIndex(next(i for i, k in enumerate(kinds) if k == wanted))
    dialog.save()
    assert dialog.result_change is not None, [e.text() for e in dialog.errors.values()]
    created = dialog.result_change.account_id
    assert window.current.id == created
    assert window.workspace.accounts.lineage(created)[-2] == parent.id
    window.undo_stack.undo()
    assert window.workspace.accounts.profile(created) is not None  # archived, not deleted
    rows = window.workspace.tree.children(parent.id, 0, 500)
    assert created not in {r.id for r in rows}
    window.undo_stack.redo()
    assert created in {r.id for r in window.workspace.tree.children(parent.id, 0, 500)}


def test_problems_appear_next_to_their_fields_and_the_form_stays_open(window) -> None:
    dialog = dock(window).commands.new_account()
    dialog.edits["name"].setText("")
    dialog.edits["latitude"].setText("95")
    dialog.edits["longitude"].setText("abc")
    dialog.save()
    assert dialog.result_change is None and dialog.isVisible()
    assert "not a number" in dialog.errors["longitude"].text()
    dialog.edits["longitude"].setText("5")
    dialog.save()
    assert "Every account needs a code" in dialog.errors["code"].text()
    assert "between -90 and 90" in dialog.errors["latitude"].text()
    dialog.reject()


def test_an_edit_is_undone_and_redone(window: MainWindow) -> None:
    row = select_first_with_children(window)
    dialog = dock(window).commands.edit_account()
    dialog.edits["name"].setText(row.name + " (renamed)")
    dialog.save()
    assert window.workspace.accounts.profile(row.id).name.endswith("(renamed)")
    assert window.card.header.title.text().endswith("(renamed)")
    window.undo_stack.undo()
    assert window.workspace.accounts.profile(row.id).name == row.name
    window.undo_stack.redo()
    assert window.workspace.accounts.profile(row.id).name.endswith("(renamed)")


def drop(window: MainWindow, moved, target_index: QModelIndex) -> None:
    data = QMimeData()
    data.setData(ACCOUNT_MIME, str(moved).encode())
    from PySide6.QtCore import Qt

    dock(window).model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, target_index)


def test_dragging_a_parent_onto_its_own_child_is_refused(window, monkeypatch) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    tree = dock(window)
    parent = select_first_with_children(window)
    index = tree.view.currentIndex()
    tree.model.fetchMore(index)
    child_index = tree.model.index(0, 0, index)
    drop(window, parent.id, child_index)
    assert said and "loop" in said[0]
    assert window.workspace.accounts.lineage(parent.id)[0] == parent.id
    assert window.undo_stack.count() == 0


def test_a_drag_move_is_undoable(window: MainWindow) -> None:
    from sqlalchemy import select

    from acct_desktop.store import models as m

    with window.workspace.db.session() as session:
        workshop = session.scalars(
            select(m.Account).where(m.Account.kind == "workshop", m.Account.parent_id.is_not(None))
        ).first()
        old_parent = workshop.parent_id
    drop(window, workshop.id, QModelIndex())  # onto the empty area: to the top level
    assert window.workspace.accounts.lineage(workshop.id) == [workshop.id]
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert window.workspace.accounts.lineage(workshop.id)[-2] == old_parent
    window.undo_stack.redo()
    assert window.workspace.accounts.lineage(workshop.id) == [workshop.id]


def test_delete_archives_and_undo_restores(window: MainWindow) -> None:
    row = select_first_with_children(window)
    tree = dock(window)
    tree.view.setFocus()
    tree.model.fetchMore(tree.view.currentIndex())
    leaf_index = tree.model.index(0, 0, tree.view.currentIndex())
    leaf = tree.model.data(leaf_index, ROW_ROLE)
    tree.view.setCurrentIndex(leaf_index)
    tree.commands.archive_action.trigger()
    if leaf.child_count:  # "Archive the accounts below too?"
        tree.commands.last_question.done(QMessageBox.StandardButton.Yes)
    assert leaf.id not in {r.id for r in window.workspace.tree.children(row.id, 0, 500)}
    window.undo_stack.undo()
    assert leaf.id in {r.id for r in window.workspace.tree.children(row.id, 0, 500)}


def test_a_new_account_typed_but_not_saved_is_offered_back_after_a_crash(window, qtbot) -> None:
    dialog = dock(window).commands.new_account()
    assert not dialog.restored
    dialog.edits["code"].setText("VN-NEW-9")
    dialog.edits["code"].textEdited.emit("VN-NEW-9")  # as typing does
    dialog.edits["name"].setText("Gara Ô tô Phúc Lộc Huế")
    dialog.edits["name"].textEdited.emit("Gara Ô tô Phúc Lộc Huế")
    dialog.tier.setCurrentIndex(dialog.tier.findText("A"))
    keeper = dialog.draft_keeper
    qtbot.waitUntil(
        lambda: (
            (window.workspace.form_drafts.get("account", keeper.key) or {}).get("field_name")
            == "Gara Ô tô Phúc Lộc Huế"
        ),
        timeout=5_000,
    )
    dialog.deleteLater()  # gone without Save or Cancel
    again = dock(window).commands.new_account()
    assert again.restored
    assert again.edits["name"].text() == "Gara Ô tô Phúc Lộc Huế"
    assert again.tier.currentText() == "A"
    again.discard()
    assert window.workspace.form_drafts.get("account", keeper.key) is None


def active_children(window: MainWindow, parent_id):
    return {r.id for r in window.workspace.tree.children(parent_id, 0, 500) if not r.archived}


def test_archiving_a_branch_asks_and_one_undo_brings_it_all_back(window: MainWindow) -> None:
    row = select_first_with_children(window)
    tree = dock(window)
    children = active_children(window, row.id)
    assert children
    tree.commands.archive_action.trigger()
    box = tree.commands.last_question
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert row.name in box.text() and str(len(children)) in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.done(QMessageBox.StandardButton.Cancel)
    assert not window.workspace.accounts.profile(row.id).archived
    assert active_children(window, row.id) == children
    assert window.undo_stack.count() == 0

    tree.view.setCurrentIndex(
        next(
            tree.model.index(r, 0)
            for r in range(tree.model.rowCount())
            if tree.model.data(tree.model.index(r, 0), ROW_ROLE).id == row.id
        )
    )
    tree.commands.archive_action.trigger()
    tree.commands.last_question.done(QMessageBox.StandardButton.Yes)
    assert window.workspace.accounts.profile(row.id).archived
    assert active_children(window, row.id) == set()
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()
    assert not window.workspace.accounts.profile(row.id).archived
    assert active_children(window, row.id) == children
    window.undo_stack.redo()
    assert active_children(window, row.id) == set()


def test_an_archived_account_says_so_and_offers_restore(window: MainWindow) -> None:
    row = select_first_with_children(window)
    tree = dock(window)
    child = next(iter(active_children(window, row.id)))
    tree.commands.archive_action.trigger()
    tree.commands.last_question.done(QMessageBox.StandardButton.Yes)
    window.current.set(child)
    header = window.card.header
    assert header.archived_row.isVisible()
    assert header.archived_badge.text() == "Archived"
    assert "(archived)" in header.breadcrumbs.text()
    assert not header.restore_button.isEnabled()  # its parent first
    window.current.set(row.id)
    assert header.restore_button.isEnabled()
    header.restore_button.click()
    assert not window.workspace.accounts.profile(child).archived
    assert not header.archived_row.isVisible()
    window.undo_stack.undo()  # the restore, as one step
    assert window.workspace.accounts.profile(child).archived


def test_an_undo_refused_after_someone_elses_change_says_why_and_shows_what_is_so(
    window: MainWindow, monkeypatch
) -> None:
    from acct_desktop.services.account_records import AccountRecords

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    tree = dock(window)
    parent = select_first_with_children(window)
    parent_index = tree.view.currentIndex()
    tree.model.fetchMore(parent_index)
    child_index = tree.model.index(0, 0, parent_index)
    child = tree.model.data(child_index, ROW_ROLE)
    tree.view.setCurrentIndex(child_index)
    dialog = tree.commands.edit_account()
    dialog.edits["name"].setText(child.name + " (renamed)")
    dialog.save()
    steps = window.undo_stack.count()
    # a colleague archives the parent with everything below it meanwhile
    AccountRecords(window.workspace.db, "colleague").archive(parent.id, with_below=True)
    window.undo_stack.undo()  # the old name would go back under an archived parent: refused
    assert said and parent.name in said[0] and "archived" in said[0]
    assert window.undo_stack.count() == steps - 1 and not window.undo_stack.canRedo()
    roots = {
        tree.model.data(tree.model.index(r, 0), ROW_ROLE).id for r in range(tree.model.rowCount())
    }
    assert parent.id not in roots  # the tree read again: the archived branch is gone


def test_delete_chooses_the_next_row_and_the_card_follows(window: MainWindow, qtbot) -> None:
    """As a file manager does: the row archived with Delete leaves, the next row at its
    level (the one before it, for the last) is chosen, and the profile card shows it, not
    the archived one."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    tree = dock(window)
    model, view = tree.model, tree.view

    def rows(parent: QModelIndex) -> list:  # type: ignore[type-arg]
        model.fetchMore(parent)
        return [model.index(r, 0, parent) for r in range(model.rowCount(parent))]

    def archive_with_delete(index) -> None:  # type: ignore[no-untyped-def]
        account_id = model.account_id(index)
        view.setCurrentIndex(index)
        QTest.keyClick(view, Qt.Key.Key_Delete)
        assert window.workspace.accounts.profile(account_id).archived

    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    top = rows(QModelIndex())
    at = next(r for r, i in enumerate(top) if not model.data(i, ROW_ROLE).child_count)
    following = model.data(top[at + 1], ROW_ROLE)
    archive_with_delete(top[at])
    assert model.account_id(view.currentIndex()) == following.id
    assert window.current.id == following.id
    assert window.card.shown_profile.name == following.name

    # the last row of a branch: the one before it
    branch = next(
        child
        for i in rows(QModelIndex())
        for child in rows(i)
        if model.data(child, ROW_ROLE).child_count >= 2
    )
    view.expand(branch.parent())
    view.expand(branch)
    leaves = rows(branch)
    before = model.data(leaves[-2], ROW_ROLE)
    archive_with_delete(leaves[-1])
    assert model.account_id(view.currentIndex()) == before.id
    assert window.current.id == before.id
