"""Keeping a window on the screen it opens on: sized within the screen's available part (a
1366 × 768 laptop leaves 728 pixels above the Windows taskbar, and at 150 % display
scaling only 911 × 472 logical pixels) and moved inside it. Every dialog of the app is a
``ScreenFitDialog``: what it holds above its buttons scrolls where the screen is too small
for it, and its buttons stay in sight. And a dock's default width as a share of the
window it opens in."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLayoutItem,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

# A window's frame is known only once it is shown; until then, room for a Windows title
# bar and borders (about 31 and 8 pixels at 100 %) is kept free.
FRAME_ALLOWANCE = QSize(16, 40)
PROBLEM_PREFIX = "error_"  # the object names of the sentences under a form's fields


def available_area(widget: QWidget) -> QRect | None:
    """The available part (without taskbar and docked panels) of the screen ``widget``
    opens on: its parent window's screen before it is shown, else the primary one."""
    window = widget.window()
    parent = widget.parentWidget()
    screen = window.screen() if window.isVisible() else None
    if screen is None and parent is not None:
        screen = parent.window().screen()
    screen = screen or QGuiApplication.primaryScreen()
    return None if screen is None else screen.availableGeometry()


def room_in(area: QRect) -> QSize:
    """The most a window's inside may take of ``area`` (its frame kept free)."""
    return area.size() - FRAME_ALLOWANCE


def bounded_size(wanted: QSize, area: QRect, least: QSize | None = None) -> QSize:
    """``wanted`` made no larger than ``area`` less ``FRAME_ALLOWANCE`` (never below
    ``least``, the window's minimum)."""
    width = min(wanted.width(), area.width() - FRAME_ALLOWANCE.width())
    height = min(wanted.height(), area.height() - FRAME_ALLOWANCE.height())
    if least is not None:
        width, height = max(width, least.width()), max(height, least.height())
    return QSize(width, height)


def fit_within(window: QWidget, area: QRect) -> None:
    """Shrink ``window`` (frame included, once the frame is known) into ``area`` where it
    came out bigger, and move it inside."""
    frame, inner = window.frameGeometry(), window.geometry()
    extra_w = max(frame.width() - inner.width(), 0)
    extra_h = max(frame.height() - inner.height(), 0)
    least = window.minimumSizeHint()
    width = max(min(inner.width(), area.width() - extra_w), least.width())
    height = max(min(inner.height(), area.height() - extra_h), least.height())
    if (width, height) != (inner.width(), inner.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    x = min(max(frame.x(), area.x()), area.x() + max(0, area.width() - frame.width()))
    y = min(max(frame.y(), area.y()), area.y() + max(0, area.height() - frame.height()))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)


def share_of(width: int, share: float, least: int, most: int) -> int:
    """``share`` of ``width`` (a window's), no less than ``least`` nor more than ``most``:
    a dock's default width, wider on a wider screen."""
    return max(least, min(most, round(width * share)))


class ScrollBody(QScrollArea):
    """What a dialog, a dock or the profile card holds, scrolling where the screen leaves
    less room than it needs and otherwise as it was: no frame, no focus of its own, its
    own size hint (QScrollArea's stops at 36 × 24 lines). It scrolls only below the
    least its content can take (wrapped sentences as tall as they are at that width, the
    rest at its minimum), not below its preferred height as QScrollArea's resizable
    widget does. A dialog's fields keep their minimum width while the screen has it and
    may shrink to a few lines; a dock or the card (``small``) may shrink to a few lines
    either way, as the window needs."""

    LEAST_LINES = 6

    def __init__(self, body: QWidget, parent: QWidget | None = None, small: bool = False):
        super().__init__(parent)
        self.small = small
        self.setObjectName("scrollBody")
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(body)  # placed by _place, not resizable: see above

    def bar_width(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def least_height(self, width: int) -> int:
        """The least height the content can take at ``width``."""
        body = self.widget()
        least = body.minimumSizeHint().expandedTo(body.minimumSize()).height()
        layout = body.layout()
        if layout is not None and layout.hasHeightForWidth():
            least = max(least, layout.minimumHeightForWidth(width))
        return least

    def _place(self) -> None:
        """The content as big as the room without scroll bars where it fits there (so
        none shows), else as small as it can be beside the bars it needs."""
        body = self.widget()
        if body is None:
            return
        room, bar = self.maximumViewportSize(), self.bar_width()
        least_width = body.minimumSizeHint().expandedTo(body.minimumSize()).width()
        width, height = room.width(), room.height()
        sideways = least_width > width
        if sideways:
            height -= bar
        if self.least_height(max(width, least_width)) > height:  # a vertical bar
            width -= bar
            if not sideways and least_width > width:
                sideways, height = True, height - bar
        width = max(width, least_width)
        size = QSize(width, max(height, self.least_height(width)))
        if body.size() != size:
            body.resize(size)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return super().viewportEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # its content's needs changed: so do ours
            self._place()
        return super().eventFilter(watched, event)

    def sizeHint(self) -> QSize:
        body = self.widget()
        hint = body.sizeHint()
        if body.hasHeightForWidth():  # wrapped sentences: as tall as they are at that width
            width = self.viewport().width() if self.isVisible() else hint.width()
            hint.setHeight(body.heightForWidth(width))
        return hint.expandedTo(body.minimumSizeHint())

    def minimumSizeHint(self) -> QSize:
        least = self.widget().minimumSizeHint()
        lines = self.fontMetrics().lineSpacing() * self.LEAST_LINES
        height = min(self.least_height(max(least.width(), 1)), lines)
        if self.small:
            return QSize(min(least.width(), lines * 2), height)
        width = least.width()
        if (area := available_area(self)) is not None:
            width = min(width, room_in(area).width() - 2 * self.bar_width())
        # a body taller than the room shows its vertical bar beside it, not over it
        return QSize(max(width, 0) + self.bar_width(), height)


def bring_into_view(widget: QWidget) -> None:
    """Scroll the ``ScrollBody`` holding ``widget`` (a sentence just shown under a form,
    below the fold of a dialog squeezed by a small screen) so that it is in sight."""
    holder = widget.parentWidget()
    while holder is not None and not isinstance(holder, ScrollBody):
        holder = holder.parentWidget()
    if holder is None or holder.widget() is None:
        return
    layout = holder.widget().layout()
    if layout is not None:
        layout.activate()  # the sentence's place, now it shows
    holder._place()
    holder.ensureWidgetVisible(widget, 0, 8)


def fit_height(dialog: QWidget) -> None:
    """Grow ``dialog`` so that the problem sentences just shown under its fields push no
    field out of sight: as tall as its fields now are (wrapped sentences at its width),
    within the screen's room. Top-level windows do not follow their layout's
    height-for-width on their own, and a dialog whose fields sit in a ``ScrollBody`` would
    scroll them in the height it opened with — the stamped copy's date behind its buttons
    after a two-line refusal, with half the screen free. Where the screen has no more
    room, the fields scroll and the first sentence shown is brought into view. The one
    way every form makes room for what it says (``show_problems``)."""
    layout = dialog.layout()
    if layout is None:
        return
    # the sentence just shown has asked for room: let the fields (and their scroll area)
    # lay out again before measuring
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    layout.activate()
    scroll = next(
        (child for child in dialog.findChildren(ScrollBody) if child.parentWidget() is dialog),
        None,
    )
    if scroll is not None and scroll.widget() is not None:
        body = scroll.widget()
        if body.layout() is not None:
            body.layout().activate()
        port = scroll.viewport()
        needed = dialog.height() - port.height() + scroll.least_height(port.width())
    elif layout.hasHeightForWidth():
        needed = layout.heightForWidth(dialog.width())
    else:
        return
    if (area := available_area(dialog)) is not None:
        frame = dialog.frameGeometry().height() - dialog.geometry().height()
        room = area.height() - (frame if dialog.isVisible() else FRAME_ALLOWANCE.height())
        needed = min(needed, room)
    if needed > dialog.height():
        dialog.resize(dialog.width(), needed)
        if dialog.isVisible() and area is not None:
            fit_within(dialog, area)  # grown downwards past the screen's edge: moved up
    if scroll is not None:
        scroll._place()
        shown = [
            label
            for label in scroll.widget().findChildren(QLabel)
            if label.isVisibleTo(dialog) and label.objectName().startswith(PROBLEM_PREFIX)
        ]
        if shown and scroll.verticalScrollBar().maximum() > 0:
            bring_into_view(min(shown, key=lambda label: label.mapTo(dialog, QPoint()).y()))


def _is_footer(item: QLayoutItem) -> bool:
    """A button box, or a row holding one or push buttons (Close, Print…)."""
    widget = item.widget()
    if isinstance(widget, QDialogButtonBox):
        return True
    row = item.layout()
    if not isinstance(row, QBoxLayout) or row.direction() not in (
        QBoxLayout.Direction.LeftToRight,
        QBoxLayout.Direction.RightToLeft,
    ):
        return False
    found = (row.itemAt(i).widget() for i in range(row.count()))
    return any(isinstance(w, QDialogButtonBox | QAbstractButton) for w in found)


def scroll_body(dialog: QDialog) -> ScrollBody | None:
    """Put everything of ``dialog``'s vertical layout above its buttons (a button box or
    a row of buttons at the bottom) into a ``ScrollBody``; the buttons stay below it, in
    sight. Nothing is done to a dialog laid out otherwise (a short form)."""
    layout = dialog.layout()
    if not isinstance(layout, QBoxLayout) or layout.direction() not in (
        QBoxLayout.Direction.TopToBottom,
        QBoxLayout.Direction.BottomToTop,
    ):
        return None
    count = layout.count()
    footers = 0
    while footers < count and _is_footer(layout.itemAt(count - 1 - footers)):
        footers += 1
    left, top, right, bottom = layout.getContentsMargins()
    kept = [layout.takeAt(count - footers) for _ in range(footers)]
    # (made in the dialog's window, its fields keep their place in the focus chain and
    # the focus set on one of them before showing)
    body = QWidget(dialog)
    body.setObjectName("dialogFields")
    body.setLayout(layout)  # takes the layout (and its widgets) from the dialog
    layout.setContentsMargins(left, top, right, layout.spacing() if kept else bottom)
    scroll = ScrollBody(body, dialog)
    outer = QVBoxLayout(dialog)
    outer.setContentsMargins(0, 0, 0, bottom if kept else 0)
    outer.setSpacing(0)
    outer.addWidget(scroll, 1)
    for item in kept:
        row = QVBoxLayout()
        row.setContentsMargins(left, 0, right, 0)
        if item.widget() is not None:
            row.addWidget(item.widget())
        elif item.layout() is not None:
            row.addLayout(item.layout())
        outer.addLayout(row)
    return scroll


def stack_where_narrow(columns: QBoxLayout, room: QSize, around: int = 48) -> None:
    """``columns`` side by side where ``room`` (a screen's, see ``room_in``) has their
    width and ``around`` them (a dialog's margins and a scroll bar), else one above the
    other: a form's two columns on a laptop at 150 %."""
    columns.setDirection(QBoxLayout.Direction.LeftToRight)
    columns.invalidate()
    if columns.minimumSize().width() + around > room.width():
        columns.setDirection(QBoxLayout.Direction.TopToBottom)


class ScreenFitDialog(QDialog):
    """A dialog that opens within the available part of its screen: its fields scroll
    (``scroll_body``) where the screen is smaller than they are, a minimum width set
    for a big screen gives way, and it is moved inside the screen once its frame is
    known. Every dialog of the app derives from it."""

    _scroll: ScrollBody | None = None
    _scrolls_set = False

    def setVisible(self, visible: bool) -> None:
        if visible and not self.isVisible():
            self.fit_before_showing()
        super().setVisible(visible)

    def fit_before_showing(self) -> None:
        if not self._scrolls_set:
            self._scrolls_set = True
            chosen = self.focusWidget()  # moving the fields into the scroll area drops it
            self._scroll = scroll_body(self)
            if chosen is not None and self.focusWidget() is not chosen:
                chosen.setFocus()
        area = available_area(self)
        if area is None:
            return
        room = room_in(area)
        self.arrange_for(room)
        if self.minimumWidth() > room.width():
            self.setMinimumWidth(room.width())
        if self.minimumHeight() > room.height():
            self.setMinimumHeight(room.height())
        if self.layout() is not None:
            self.layout().activate()
        wanted = self.size() if self.testAttribute(Qt.WidgetAttribute.WA_Resized) else None
        if wanted is None:
            wanted = self.sizeHint()
            layout = self.layout()
            if layout is not None and layout.hasHeightForWidth():  # as QWidget.adjustSize
                wanted.setHeight(layout.totalHeightForWidth(wanted.width()))
        least = self.minimumSizeHint().expandedTo(self.minimumSize()).boundedTo(room)
        size = bounded_size(wanted, area, least)
        if self._scroll is not None and size.height() < wanted.height():
            # the fields scroll: their bar takes its width beside them, not from them
            size.setWidth(min(size.width() + self._scroll.bar_width(), room.width()))
        self.resize(size)

    def arrange_for(self, room: QSize) -> None:
        """Lay the fields out for ``room`` before the dialog is sized: a dialog with
        columns side by side stacks them where the screen is narrow."""

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)  # placed over its parent, within the screen
        if (area := available_area(self)) is not None:
            fit_within(self, area)  # its frame is known now: the whole dialog inside
