"""Typing in the tree's search box finds accounts in any of the languages and reveals them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.models.search_hits import HIT_ROLE


def dock(window: MainWindow):
    return window.docks["accountTreeDock"]


def type_query(qtbot, window: MainWindow, text: str) -> None:
    tree = dock(window)
    tree.search_box.clear()
    if text.isascii():
        qtbot.keyClicks(tree.search_box, text)
    else:  # QTest cannot synthesise key events for CJK: an input method inserts the text
        tree.search_box.insert(text)
    tree.run_search()  # what the type-ahead timer does


def first_hit(window: MainWindow):
    tree = dock(window)
    return tree.hits.data(tree.hits.index(0), HIT_ROLE)


def a_name(window: MainWindow, script: str) -> str:
    import re

    from sqlalchemy import select

    from acct_desktop.store import models as m

    pattern = {"zh": r"[\u4e00-\u9fff]{2}", "vi": r"[ĐđƯưƠơẠ-ỹ]", "nl": r"IJ|ij"}[script]
    with window.workspace.db.session() as session:
        for name in session.scalars(select(m.Account.name).order_by(m.Account.code)):
            if re.search(pattern, name):
                return name
    raise AssertionError(script)


def test_a_chinese_fragment_finds_the_account_and_reveals_it(qtbot, window) -> None:
    name = a_name(window, "zh")
    fragment = next(
        name[i : i + 2] for i in range(len(name) - 1) if "\u4e00" <= name[i] <= "\u9fff"
    )
    type_query(qtbot, window, fragment)
    tree = dock(window)
    assert tree.hit_view.isVisible() or not tree.hit_view.isHidden()
    names = [tree.hits.data(tree.hits.index(r), HIT_ROLE).name for r in range(tree.hits.rowCount())]
    assert any(fragment in n for n in names)
    qtbot.keyClick(tree.search_box, Qt.Key.Key_Return)
    hit = first_hit(window)
    assert window.current.id == hit.id
    assert tree.model.account_id(tree.view.currentIndex()) == hit.id


def test_vietnamese_without_accents_finds_accented_names(qtbot, window) -> None:
    from acct_desktop.domain.text_search import fold

    name = a_name(window, "vi")
    word = next(w for w in name.split() if fold(w) != w.lower() and len(w) > 2)
    type_query(qtbot, window, fold(word))
    tree = dock(window)
    names = [tree.hits.data(tree.hits.index(r), HIT_ROLE).name for r in range(tree.hits.rowCount())]
    assert any(word in n for n in names), (fold(word), names[:5])


def test_dutch_ij_is_found_in_lower_case(qtbot, window) -> None:
    name = a_name(window, "nl")
    word = next(w for w in name.split() if "ij" in w.lower())
    type_query(qtbot, window, word.lower()[:5])
    assert dock(window).hits.rowCount() > 0


def test_nothing_found_says_so_and_clearing_hides_the_list(qtbot, window) -> None:
    type_query(qtbot, window, "qqqzzzxxx")
    tree = dock(window)
    assert "No account matches" in tree.no_hits.text() and not tree.no_hits.isHidden()
    tree.search_box.clear()
    tree.run_search()
    assert tree.hit_view.isHidden() and tree.no_hits.isHidden()


def test_ctrl_f_focuses_the_search_box(qtbot, window) -> None:
    tree = dock(window)
    tree.view.setFocus()
    tree.focus_search()
    assert tree.search_box.hasFocus() or window.focusWidget() is tree.search_box


def test_the_middle_of_a_name_or_a_code_finds_the_account(qtbot, window) -> None:
    # Only word starts were found: "kantoor" missed "Hoofdkantoor", "0064" missed NL000064.
    tree = dock(window)
    type_query(qtbot, window, "kantoor")
    names = [tree.hits.data(tree.hits.index(r), HIT_ROLE).name for r in range(tree.hits.rowCount())]
    assert any("Hoofdkantoor" in name for name in names)
    type_query(qtbot, window, "0064")
    codes = [tree.hits.data(tree.hits.index(r), HIT_ROLE).code for r in range(tree.hits.rowCount())]
    assert "NL000064" in codes
    qtbot.keyClick(tree.search_box, Qt.Key.Key_Return)
    assert window.current.id == first_hit(window).id
