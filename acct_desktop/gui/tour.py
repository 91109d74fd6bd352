"""A short tour of the docks: the window dimmed, one dock at a time lit, with a callout that
says what it is for and its shortcut; Next, Back, Skip, and Esc ends it.

Shown once, after the first database opens and the welcome page gives way (only where the
window asks for it: the app does, tests, the bench and screenshots do not), and whenever
Help → Tour of the docks is chosen. That it was seen is kept in the settings.

The tour lies over the window as one widget drawn by hand (no dependency): the docks under
it are not changed, except that a tabbed dock is brought forward to be shown.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.gui.keys import without_mnemonic

CALLOUT_WIDTH = 340  # px: two or three lines of a sentence in every language
GAP = 12  # px between the lit dock and the callout


@dataclass(frozen=True)
class TourStep:
    """One dock (or bar) lit, what it is for, and the action whose shortcut is shown."""

    name: str  # a stable name (tests, the step's object name)
    target: Callable[[], QWidget | None]
    title: str
    text: str
    action: Callable[[], QAction | None] = lambda: None


class DockTour(QWidget):
    sig_finished = Signal()

    def __init__(self, window: QMainWindow, steps: list[TourStep]) -> None:
        super().__init__(window)
        self.setObjectName("dockTour")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._main = window
        self.steps = steps
        self.index = 0
        self.callout = QFrame(self)
        self.callout.setObjectName("tourCallout")
        self.callout.setAutoFillBackground(True)
        self.callout.setFrameShape(QFrame.Shape.Box)
        self.callout.setFixedWidth(CALLOUT_WIDTH)
        self.counter = QLabel()
        self.counter.setObjectName("tourCounter")
        self.counter.setStyleSheet("color: palette(placeholder-text);")
        self.title = QLabel()
        self.title.setObjectName("tourTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.text = QLabel()
        self.text.setObjectName("tourText")
        self.text.setWordWrap(True)
        self.shortcut = QLabel()
        self.shortcut.setObjectName("tourShortcut")
        self.shortcut.setWordWrap(True)
        self.skip_button = QPushButton(self.tr("Skip tour"))
        self.skip_button.setObjectName("tourSkip")
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.setObjectName("tourBack")
        self.next_button = QPushButton()
        self.next_button.setObjectName("tourNext")
        self.next_button.setDefault(True)
        self.buttons = (self.skip_button, self.back_button, self.next_button)
        for button in self.buttons:
            button.installEventFilter(self)  # their keys are the tour's (see _button_key)
        self.skip_button.clicked.connect(self.finish)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self.callout)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        layout.addWidget(self.counter)
        layout.addWidget(self.title)
        layout.addWidget(self.text)
        layout.addWidget(self.shortcut)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        self.hide()
        window.installEventFilter(self)

    # -- going through it -----------------------------------------------------------------
    def start(self) -> None:
        self.steps = [s for s in self.steps if _shown(s.target())] or self.steps
        self.index = 0
        self.cover()
        self.show()
        self.raise_()
        self._show_step()

    def next(self) -> None:
        if self.index + 1 >= len(self.steps):
            self.finish()
        else:
            self.index += 1
            self._show_step()

    def back(self) -> None:
        if self.index > 0:
            self.index -= 1
            self._show_step()

    def finish(self) -> None:
        if self.isVisible():
            self.hide()
            self.sig_finished.emit()

    def current_step(self) -> TourStep:
        return self.steps[self.index]

    def _show_step(self) -> None:
        step = self.current_step()
        target = step.target()
        if target is not None and hasattr(target, "raise_"):
            target.raise_()  # a tabbed dock comes forward (and above this: lower it again)
        self.raise_()
        counter = self.tr("%1 of %2").replace("%1", str(self.index + 1))
        self.counter.setText(counter.replace("%2", str(len(self.steps))))
        self.title.setText(step.title)
        self.text.setText(step.text)
        shortcut = _shortcut_text(step.action())
        self.shortcut.setText(shortcut)
        self.shortcut.setVisible(bool(shortcut))
        self.back_button.setEnabled(self.index > 0)
        last = self.index + 1 >= len(self.steps)
        self.next_button.setText(self.tr("Done") if last else self.tr("Next"))
        self.skip_button.setVisible(not last)
        self.callout.setObjectName(f"tourCallout_{step.name}")
        self._place()
        self.next_button.setFocus()

    # -- drawing --------------------------------------------------------------------------
    def target_rect(self) -> QRect:
        """Where the lit dock is, in this widget's coordinates (empty when none)."""
        target = self.current_step().target() if self.steps else None
        if not _shown(target):
            return QRect()
        assert target is not None
        top_left = target.mapTo(self._main, QPoint(0, 0)) - self.pos()
        return QRect(top_left, target.size())

    def _place(self) -> None:
        """The callout beside the lit dock where there is room (right, left, below, above),
        else inside it; always wholly inside the window."""
        layout = self.callout.layout()
        layout.invalidate()  # the texts just changed: measure them again
        height = layout.totalHeightForWidth(CALLOUT_WIDTH)
        if height < 0:
            height = self.callout.sizeHint().height()
        self.callout.setFixedHeight(height)
        area = self.rect()
        lit = self.target_rect()
        w, h = CALLOUT_WIDTH, height
        if lit.isEmpty():
            x, y = area.center().x() - w // 2, area.center().y() - h // 2
        elif lit.right() + GAP + w <= area.right():
            x, y = lit.right() + GAP, lit.top() + GAP
        elif lit.left() - GAP - w >= area.left():
            x, y = lit.left() - GAP - w, lit.top() + GAP
        elif lit.bottom() + GAP + h <= area.bottom():
            x, y = lit.left() + GAP, lit.bottom() + GAP
        elif lit.top() - GAP - h >= area.top():
            x, y = lit.left() + GAP, lit.top() - GAP - h
        else:
            x, y = lit.left() + GAP, lit.top() + GAP
        x = max(area.left(), min(x, area.right() + 1 - w))
        y = max(area.top(), min(y, area.bottom() + 1 - h))
        self.callout.move(x, y)
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        shade = QPainterPath()
        shade.addRect(self.rect().toRectF())
        lit = self.target_rect()
        if not lit.isEmpty():
            hole = QPainterPath()
            hole.addRoundedRect(lit.adjusted(-2, -2, 2, 2).toRectF(), 4, 4)
            shade = shade.subtracted(hole)
        painter.fillPath(shade, QColor(0, 0, 0, 110))
        if not lit.isEmpty():
            pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 3)
            painter.setPen(pen)
            painter.drawRoundedRect(lit.adjusted(-2, -2, 2, 2).toRectF(), 4, 4)

    def cover(self) -> None:
        self.setGeometry(self._main.rect())
        self.raise_()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.finish()
        elif event.key() in (Qt.Key.Key_Right, Qt.Key.Key_PageDown):
            self.next()
        elif event.key() in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
            self.back()
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab go round the tour's buttons; the focus never goes to the
        window behind it (whose keys would then leave the tour stuck on the screen)."""
        stops = [b for b in self.buttons if b.isVisible() and b.isEnabled()]
        if not stops:  # the tour is being hidden: the focus goes on to the window
            return super().focusNextPrevChild(next)
        focus = self.focusWidget()
        at = stops.index(focus) if focus in stops else (-1 if next else 0)
        next_stop = stops[(at + (1 if next else -1)) % len(stops)]
        next_stop.setFocus(
            Qt.FocusReason.TabFocusReason if next else Qt.FocusReason.BacktabFocusReason
        )
        return True

    def _button_key(self, button: QPushButton, event: QKeyEvent) -> bool:
        """A key on one of the tour's buttons: the arrows step (a push button would move
        the focus with them), Enter presses the button, Esc ends the tour."""
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if button.isEnabled():
                button.click()
            return True
        if key in (
            Qt.Key.Key_Escape,
            Qt.Key.Key_Right,
            Qt.Key.Key_Left,
            Qt.Key.Key_PageDown,
            Qt.Key.Key_PageUp,
        ):
            self.keyPressEvent(event)
            return True
        return False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched in self.buttons and event.type() == QEvent.Type.KeyPress:
            assert isinstance(watched, QPushButton) and isinstance(event, QKeyEvent)
            if event.modifiers() in (
                Qt.KeyboardModifier.NoModifier,
                Qt.KeyboardModifier.KeypadModifier,
            ) and self._button_key(watched, event):
                return True
        if watched is self._main and self.isVisible():
            if event.type() in (QEvent.Type.Resize, QEvent.Type.LayoutRequest):
                self.cover()
                self._place()
            elif event.type() == QEvent.Type.ChildAdded:
                self.raise_()
        return super().eventFilter(watched, event)


def _shown(widget: QWidget | None) -> bool:
    return widget is not None and widget.isVisible()


def _shortcut_text(action: QAction | None) -> str:
    """'Shortcut: Ctrl+N (New quote)' for ``action``, '' when it has none."""
    if action is None or action.shortcut().isEmpty():
        return ""
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    what = without_mnemonic(action.text()).rstrip("…. ")
    return (
        QCoreApplication.translate("DockTour", "Shortcut: %1 (%2)")
        .replace("%1", keys)
        .replace("%2", what)
    )


def dock_tour_steps(window) -> list[TourStep]:  # type: ignore[no-untyped-def]
    """The main window's docks, in the order a manager meets them."""
    docks = window.docks

    def dock(name: str) -> Callable[[], QWidget | None]:
        return lambda: docks.get(name)

    tree = docks["accountTreeDock"].commands
    return [
        TourStep(
            "accounts",
            dock("accountTreeDock"),
            docks["accountTreeDock"].windowTitle(),
            QCoreApplication.translate(
                "DockTour",
                "Your customers as head offices, branches and outlets. Choose one and every "
                "other dock follows it.",
            ),
            lambda: tree.new_action,
        ),
        TourStep(
            "profile",
            lambda: window.card,
            QCoreApplication.translate("DockTour", "Profile card"),
            QCoreApplication.translate(
                "DockTour",
                "Everything about the chosen account in tabs: details, contacts, visits, "
                "prices, quotes and issues.",
            ),
            lambda: tree.edit_action,
        ),
        TourStep(
            "alerts",
            dock("alertsDock"),
            docks["alertsDock"].windowTitle(),
            QCoreApplication.translate(
                "DockTour",
                "What needs you now: visits and issues overdue, quotes about to expire, "
                "rebates late. Double-click one to open it; Today on the top bar brings "
                "today forward.",
            ),
            lambda: docks["alertsDock"].dismiss_action,
        ),
        TourStep(
            "calendar",
            dock("visitCalendarDock"),
            docks["visitCalendarDock"].windowTitle(),
            QCoreApplication.translate(
                "DockTour",
                "Your visits by week or month; drag one to move it. Plan visits… suggests "
                "who is due and books the week.",
            ),
            lambda: docks["visitCalendarDock"].print_action,
        ),
        TourStep(
            "contacts",
            dock("contactMapDock"),
            docks["contactMapDock"].windowTitle(),
            QCoreApplication.translate(
                "DockTour",
                "Who decides at the chosen account and who reports to whom; its Territory "
                "tab shows your accounts on a map.",
            ),
            lambda: docks["contactMapDock"].commands.actions["add"],
        ),
        TourStep(
            "quotes",
            dock("quoteBuilderDock"),
            docks["quoteBuilderDock"].windowTitle(),
            QCoreApplication.translate(
                "DockTour",
                "Quotes priced from the account's policies and rebates, saved as a draft as "
                "you type and printed as PDF.",
            ),
            lambda: docks["quoteBuilderDock"].commands.actions["new"],
        ),
        TourStep(
            "register",
            dock("policyRegisterDock"),
            docks["policyRegisterDock"].windowTitle(),
            QCoreApplication.translate(
                "DockTour",
                "The register of price policies and rebate agreements, from draft to "
                "approved, with their signed scans.",
            ),
            lambda: docks["policyRegisterDock"].commands.new_action,
        ),
        TourStep(
            "search",
            lambda: window.search_bar.toolbar,
            QCoreApplication.translate("DockTour", "Search everything"),
            QCoreApplication.translate(
                "DockTour",
                "Accounts, contacts, visits, quotes and issues by any word, from anywhere in "
                "the window. + New beside it adds any of them.",
            ),
            lambda: window.search_bar.focus_action,
        ),
    ]
