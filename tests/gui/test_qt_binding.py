"""The Qt binding must not leak or drop references: PySide6 6.12.0 took one reference off
``None`` per call of a Qt method returning void, and the app aborted ("deallocating None")
after a few thousand paints. This fails fast on such a binding."""

from __future__ import annotations

import sys

from PySide6.QtGui import QColor, QImage, QPainter


def test_void_qt_calls_keep_none_alive() -> None:
    colour = QColor("red")
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    before = sys.getrefcount(None)
    painter = QPainter(image)
    for _ in range(2000):
        colour.setAlphaF(0.5)
        painter.setPen(colour)
        painter.drawPoint(1, 1)
    painter.end()
    assert sys.getrefcount(None) >= before - 10
