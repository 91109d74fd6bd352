"""The print preview's pages, one under the other, each drawn only once it comes into view.

One widget paints every page: a white sheet of the page's size at once, its picture when
the page thread has drawn it. Only the pages being painted (those in view) and the one
before and after them are asked for, the latest ask first, so a 300-page price list opens
as fast as a one-page quote and scrolling to page 200 draws page 200, not the 199 before it.
A few dozen pictures are kept; pages scrolled far away are drawn again when they come back.
"""

from __future__ import annotations

import bisect
import threading
from collections import OrderedDict

from PySide6.QtCore import QObject, QRect, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter, QPaintEvent, QPalette, QPixmap
from PySide6.QtWidgets import QWidget

from acct_desktop.gui.pdf_pages import POINTS_PER_INCH, PREVIEW_DPI, PdfPages

GAP = 12  # pixels around and between the pages
KEPT = 24  # pictures kept (at 96 dpi an A4 page is 3 MB)
AHEAD = 1  # pages asked for beyond those in view, before and after


class PageThread(QObject):
    """Draws the pages asked for, one at a time, in its own thread; ``drawn`` brings each
    to the UI thread. A new ask replaces the pages still waiting."""

    drawn = Signal(int, float, QImage)  # page, dpi, picture

    def __init__(self, pages: PdfPages, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pages = pages
        self._wanted: list[tuple[int, float]] = []
        self._drawing: tuple[int, float] | None = None
        self._stopped = False
        self._turn = threading.Condition()
        self._thread = threading.Thread(target=self._run, name="preview-pages", daemon=True)
        self._thread.start()

    def want(self, wanted: list[tuple[int, float]]) -> None:
        with self._turn:  # the page being drawn is not drawn twice
            self._wanted = [page for page in wanted if page != self._drawing]
            self._turn.notify()

    def idle(self) -> bool:
        """Whether every page asked for has been drawn (and sent)."""
        with self._turn:
            return not self._wanted and self._drawing is None

    def stop(self) -> None:
        """No page drawn or sent after this returns (the preview is closing)."""
        with self._turn:
            self._stopped = True
            self._wanted = []
            self._turn.notify()

    def _run(self) -> None:
        while True:
            with self._turn:
                while not self._wanted and not self._stopped:
                    self._turn.wait()
                if self._stopped:
                    return
                index, dpi = self._drawing = self._wanted.pop(0)
            image = self._pages.image(index, dpi)
            with self._turn:  # stop() waits for a send under way, so none reaches a dead page
                self._drawing = None
                if self._stopped:
                    return
                if not image.isNull():
                    try:
                        self.drawn.emit(index, dpi, image)
                    except RuntimeError:  # the preview was deleted without being closed
                        return


class PageColumn(QWidget):
    """The pages of ``pages`` at ``zoom`` (1 = actual size on a 96 dpi screen)."""

    def __init__(self, pages: PdfPages, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pages = pages
        self.zoom = 1.0
        self._pictures: OrderedDict[int, QPixmap] = OrderedDict()
        self._tops: list[int] = []
        self._sizes: list[QSize] = []
        self._content = QSize()
        self._thread = thread = PageThread(pages, self)
        thread.drawn.connect(self._drawn)
        self.destroyed.connect(lambda: thread.stop())  # deleted unclosed: the thread ends
        self._place()

    # -- where the pages go ---------------------------------------------------------------
    def _place(self) -> None:
        scale = PREVIEW_DPI * self.zoom / POINTS_PER_INCH
        self._tops, self._sizes = [], []
        top, widest = GAP, 0
        for index in range(len(self.pages)):
            points = self.pages.size(index)
            size = QSize(round(points.width() * scale), round(points.height() * scale))
            self._tops.append(top)
            self._sizes.append(size)
            top += size.height() + GAP
            widest = max(widest, size.width())
        self._content = QSize(widest + 2 * GAP, top)
        self.setMinimumSize(self._content)
        self.updateGeometry()

    def sizeHint(self) -> QSize:
        return self._content

    def page_rect(self, index: int) -> QRect:
        size = self._sizes[index]
        return QRect(
            (self.width() - size.width()) // 2, self._tops[index], size.width(), size.height()
        )

    def pages_in(self, rect: QRect) -> range:
        """The pages that ``rect`` (in this widget) shows part of."""
        if not self._tops:
            return range(0)
        first = max(bisect.bisect_right(self._tops, rect.top()) - 1, 0)
        if self._tops[first] + self._sizes[first].height() < rect.top():
            first += 1
        last = max(bisect.bisect_right(self._tops, rect.bottom()) - 1, first - 1)
        return range(first, last + 1)

    def page_at(self, y: int) -> int:
        """The page at height ``y`` (or the one just above it, between two pages)."""
        return max(bisect.bisect_right(self._tops, y) - 1, 0)

    def top_of(self, index: int) -> int:
        return self._tops[index] - GAP // 2

    def dpi(self) -> float:
        """The resolution the pictures are drawn at: the zoom's, on this screen's pixels."""
        return PREVIEW_DPI * self.zoom * self.devicePixelRatioF()

    def set_zoom(self, zoom: float) -> None:
        if zoom == self.zoom:
            return
        self.zoom = zoom
        self._pictures.clear()
        self._place()
        self.update()

    def drawing(self) -> bool:
        """Whether pages asked for are still being drawn."""
        return not self._thread.idle()

    def shown(self) -> list[int]:
        """The pages whose picture is kept (drawn, in or near view)."""
        return sorted(self._pictures)

    # -- painting -------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        border = self.palette().color(QPalette.ColorRole.Mid)
        faint = self.palette().color(QPalette.ColorRole.PlaceholderText)
        dpi = self.dpi()
        in_view = self.pages_in(event.rect())
        missing: list[int] = []
        for index in in_view:
            rect = self.page_rect(index)
            painter.fillRect(rect, Qt.GlobalColor.white)
            picture = self._picture(index, dpi)
            if picture is None:
                missing.append(index)
                painter.setPen(faint)  # the page's number until its picture comes
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(index + 1))
            else:
                painter.drawPixmap(rect, picture)
            painter.setPen(border)
            painter.drawRect(rect.adjusted(-1, -1, 0, 0))
        painter.end()
        if in_view:
            around = [in_view.start - n for n in range(1, AHEAD + 1)]
            around += [in_view.stop - 1 + n for n in range(1, AHEAD + 1)]
            missing += [
                index
                for index in around
                if 0 <= index < len(self.pages)
                and index not in self._pictures
                and self.pages.ready(index, dpi) is None
            ]
        if missing:
            self._thread.want([(index, dpi) for index in missing])

    def _picture(self, index: int, dpi: float) -> QPixmap | None:
        picture = self._pictures.get(index)
        if picture is None:
            ready = self.pages.ready(index, dpi)  # drawn with the document
            if ready is None:
                return None
            picture = self._keep(index, ready)
        self._pictures.move_to_end(index)
        return picture

    def _keep(self, index: int, image: QImage) -> QPixmap:
        picture = QPixmap.fromImage(image)
        picture.setDevicePixelRatio(self.devicePixelRatioF())
        self._pictures[index] = picture
        while len(self._pictures) > KEPT:
            self._pictures.popitem(last=False)
        return picture

    def _drawn(self, index: int, dpi: float, image: QImage) -> None:
        if dpi != self.dpi() or index >= len(self._tops):
            return  # drawn for a zoom no longer shown
        self._keep(index, image)
        self.update(self.page_rect(index))

    def stop(self) -> None:
        """The preview is closing: its page thread draws nothing more."""
        self._thread.stop()
