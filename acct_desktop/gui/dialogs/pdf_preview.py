"""Print preview of a PDF we made: its pages as images, then Print… or Save as PDF….

The pages are rendered with PDFium (pypdfium2) — the same engine Chrome uses — off the UI
thread by :func:`render_pages`; printing paints those pages at the printer's resolution.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.gui.screen_fit import ScreenFitDialog, available_area, bounded_size

PREVIEW_DPI = 96
PREFERRED_SIZE = QSize(860, 900)  # an A4 page's width at 96 dpi, with room around it
PRINT_DPI = 300


def render_pages(pdf: bytes, dpi: int = PREVIEW_DPI) -> list[QImage]:
    """Every page of ``pdf`` as an image at ``dpi`` (safe to call off the UI thread)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    try:
        images = []
        for index in range(len(document)):
            page = document[index]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True)
            array = bitmap.to_numpy()
            height, width = array.shape[:2]
            channels = array.shape[2] if array.ndim == 3 else 1
            fmt = {
                3: QImage.Format.Format_RGB888,
                4: QImage.Format.Format_RGBA8888,
            }.get(channels, QImage.Format.Format_Grayscale8)
            images.append(QImage(array.data, width, height, array.strides[0], fmt).copy())
            page.close()
        return images
    finally:
        document.close()


class PdfPreviewDialog(ScreenFitDialog):
    """Shows the pages; Print… sends them to a printer, Save as PDF… keeps the file.
    ``warning`` (characters printed as □, ``gui/unprintable.py``) is shown above them."""

    def __init__(
        self,
        title: str,
        pdf: bytes,
        pages: list[QImage],
        save: Callable[[], None],
        parent: QWidget | None = None,
        warning: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("pdfPreviewDialog")
        self.setWindowTitle(title)
        self.pdf = pdf
        self.pages = pages
        column = QWidget()
        column.setObjectName("previewPages")
        stack = QVBoxLayout(column)
        stack.setSpacing(12)
        for image in pages:
            label = QLabel()
            label.setPixmap(_pixmap(image))
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            label.setStyleSheet("background: white; border: 1px solid palette(mid);")
            stack.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
        scroll = QScrollArea()
        scroll.setWidget(column)
        scroll.setWidgetResizable(True)
        scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        count = QLabel(self.tr("%n page(s)", "", len(pages)))
        print_button = QPushButton(self.tr("&Print…"))
        print_button.setObjectName("printButton")
        print_button.clicked.connect(self.print_pages)
        save_button = QPushButton(self.tr("&Save as PDF…"))
        save_button.setObjectName("saveButton")
        save_button.clicked.connect(save)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(count)
        row.addStretch(1)
        for button in (print_button, save_button, close):
            row.addWidget(button)
        layout = QVBoxLayout(self)
        if warning:
            said = QLabel(warning)
            said.setObjectName("previewWarning")
            said.setWordWrap(True)
            said.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            said.setStyleSheet("color: #c62828;")
            layout.addWidget(said)
        layout.addWidget(scroll, 1)
        layout.addLayout(row)
        print_button.setDefault(True)
        area = available_area(self)  # a 1366 × 768 laptop: the buttons stay on the screen
        self.resize(
            PREFERRED_SIZE
            if area is None
            else bounded_size(PREFERRED_SIZE, area, self.minimumSizeHint())
        )

    def print_pages(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            paint_pages(printer, render_pages(self.pdf, PRINT_DPI))


def paint_pages(device, pages: list[QImage]) -> None:  # type: ignore[no-untyped-def]
    """Paint ``pages`` one per sheet of ``device`` (a QPrinter or a QPdfWriter), each
    scaled to fit the printable area, centred."""
    painter = QPainter(device)
    try:
        for number, image in enumerate(pages):
            if number:
                device.newPage()
            area = painter.viewport()
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            x = area.x() + (area.width() - size.width()) // 2
            y = area.y() + (area.height() - size.height()) // 2
            painter.drawImage(QRect(x, y, size.width(), size.height()), image)
    finally:
        painter.end()


def _pixmap(image: QImage):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPixmap

    return QPixmap.fromImage(image)
