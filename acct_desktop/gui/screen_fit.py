"""Keeping a dialog on the screen it opens on: sized within the screen's available part (a
1366 × 768 laptop leaves 728 pixels above the Windows taskbar) and moved inside it; and a
dock's default width as a share of the window it opens in."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# A window's frame is known only once it is shown; until then, room for a Windows title
# bar and borders (about 31 and 8 pixels at 100 %) is kept free.
FRAME_ALLOWANCE = QSize(16, 40)


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
