"""Texts the manager needs whole on a 1366 × 768 laptop at 125 % display scaling (1093 ×
582 logical pixels above the taskbar), in Vietnamese: the account's name in the card's
header, the find boxes' hints, the quote list's heads, the quote editor's red note."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame, QToolButton
from sqlalchemy import func, select

from acct_desktop.app import open_workspace
from acct_desktop.domain.enums import QuoteStatus
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.settings import AppSettings
from acct_desktop.store.models import Account, Quote

AT_125 = QRect(0, 0, 1093, 582)


@pytest.fixture
def laptop(
    qtbot, settings: AppSettings, demo_db: Path, speak: Callable[[str], None]
) -> Iterator[MainWindow]:
    """The window in Vietnamese on the laptop at 125 %, as a first run lays it out."""
    speak("vi")
    win = MainWindow(settings, open_workspace)
    qtbot.addWidget(win)
    win.resize(AT_125.size())
    win.reset_layout()
    win.show()
    assert win.open_database(str(demo_db))
    win.background.wait()
    # once the docks have read, the window is fitted to the test's own (smaller) screen:
    # after that, laid out on the laptop again (else it could shrink under the test)
    qtbot.waitUntil(lambda: win.width() < AT_125.width())
    win.resize(AT_125.size())
    win.reset_layout()
    win.fit_within(AT_125)
    qtbot.wait(20)
    yield win
    win.set_workspace(None)


def text_room(edit: QLineEdit) -> int:
    """The width a line edit draws its text or hint in: inside its frame, its margins and
    its clear button (as QLineEdit paints)."""
    option = QStyleOptionFrame()
    option.initFrom(edit)
    option.lineWidth = edit.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
    inside = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, edit)
    margins = edit.textMargins()
    room = inside.width() - margins.left() - margins.right() - 2 * 2  # Qt's 2-pixel margin
    clear = edit.findChild(QToolButton)  # shown once something is typed
    if clear is not None and clear.isVisibleTo(edit):
        room -= clear.width() + 2
    return room


def test_a_long_account_name_in_the_card_header_is_not_cut(laptop: MainWindow, qtbot) -> None:
    """ "Wegwijs Tankstations Magazijn Arnhem 2" on two lines lost the lower half of the
    second: the card, squeezed, squeezed its header. At 125 % the card is now too short
    for the whole header and its tabs, and the header is compact: the name on one line,
    cut in the middle, whole in its tooltip. Where the card has the room (a taller
    window), the whole header is shown, never shorter than its wrapped lines."""
    with laptop.workspace.db.session() as session:
        longest = session.scalars(
            select(Account.id).order_by(func.length(Account.name).desc())
        ).first()
    laptop.current.set(longest)
    qtbot.wait(20)
    header = laptop.card.header
    assert header.compact
    brief = header.brief_title
    assert brief.isVisible() and brief.text() == laptop.card.shown_profile.name
    assert brief.cut()  # "…" in the middle on screen; the whole name in the tooltip
    assert brief.geometry().bottom() < header.height()
    laptop.resize(AT_125.width(), 900)  # room for the whole header and the tabs
    laptop.reset_layout()
    qtbot.waitUntil(lambda: laptop.card.room().height() > 300)  # the window laid out anew
    qtbot.wait(20)
    assert not header.compact
    title = header.title
    lines = QFontMetrics(title.font()).boundingRect(
        QRect(0, 0, title.contentsRect().width(), 10_000),
        int(Qt.TextFlag.TextWordWrap),
        title.text(),
    )
    assert lines.height() > QFontMetrics(title.font()).height()  # it wraps: the case at hand
    assert title.contentsRect().height() >= lines.height(), (title.height(), lines.height())
    assert title.geometry().bottom() < laptop.card.header.height()


@pytest.mark.parametrize(
    ("dock", "box"),
    [("contactMapDock", "contactFind"), ("issuesDock", "responsibleFilter")],
)
def test_a_find_box_shows_its_hint_whole(laptop: MainWindow, qtbot, dock: str, box: str) -> None:
    """The contact map's "Tìm một người" showed as "Tì…" (28 to 60 pixels wide), the
    issues' "Người phụ trách" as "Người phụ tr…"."""
    laptop.docks[dock].raise_()
    qtbot.wait(20)
    edit = laptop.docks[dock].findChild(QLineEdit, box)
    assert edit.isVisible()
    hint = edit.placeholderText()
    assert QFontMetrics(edit.font()).horizontalAdvance(hint) <= text_room(edit), (
        hint,
        edit.width(),
    )


def test_a_cut_head_of_the_quote_list_ends_with_an_ellipsis_and_is_whole_in_its_tooltip(
    laptop: MainWindow, qtbot
) -> None:
    """The list's "Giá trị sau chiết khấu", right-aligned in a column capped at 100
    pixels, lost its first letters ("ị sau chiết khấu") instead."""
    quotes = laptop.docks["quoteBuilderDock"]
    quotes.raise_()
    qtbot.wait(20)
    view = quotes.quote_table.view
    header, model = view.horizontalHeader(), view.model()
    qtbot.waitUntil(lambda: model.rowCount() > 0, timeout=10_000)
    metrics = QFontMetrics(header.font())
    cut = [
        column
        for column in range(header.count())
        if not header.isSectionHidden(column)
        and metrics.horizontalAdvance(model.headerData(column, Qt.Orientation.Horizontal))
        > header.sectionSize(column)
    ]
    assert cut, "no head is cut: the case at hand is gone"
    assert header.textElideMode() != Qt.TextElideMode.ElideNone
    for column in cut:
        title = model.headerData(column, Qt.Orientation.Horizontal)
        assert (
            model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
            == title
        )


def test_the_quote_editors_red_note_reads_whole(laptop: MainWindow, qtbot) -> None:
    """ "Cần tên và công ty của bạn để in:" (printing needs your name and company), squeezed
    beside a quote's workflow and print buttons, wrapped into five lines of a word or two
    and lost the last ones. It now has its line (or the buttons move to the next)."""
    with laptop.workspace.db.session() as session:
        quote_id, account_id = session.execute(
            select(Quote.id, Quote.account_id).where(Quote.status == QuoteStatus.PENDING_APPROVAL)
        ).first()
    laptop.current.set(account_id)
    qtbot.wait(20)
    laptop.open_quote(quote_id)
    qtbot.wait(20)
    dock = laptop.docks["quoteBuilderDock"]
    note, editor = dock.seller_missing, dock.editor
    assert note.isVisible()  # no seller in My details: the case at hand
    metrics = QFontMetrics(note.font())
    lines = metrics.boundingRect(
        QRect(0, 0, note.contentsRect().width(), 10_000),
        int(Qt.TextFlag.TextWordWrap),
        note.text(),
    )
    assert note.contentsRect().height() >= lines.height(), (note.size(), lines.size())
    assert lines.height() <= 2 * metrics.lineSpacing(), lines.height()  # a line or two
    assert editor.rect().contains(note.geometry()), (editor.size(), note.geometry())
    for button in dock.commands.move_buttons.values():  # beside or above, never over it
        if button.isVisible():
            assert not button.geometry().intersects(note.geometry())
