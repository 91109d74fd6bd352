"""A chart's right-click menu: *Copy chart* (an image for a mail or a slide) and *Save
chart as…* (PNG, or SVG that stays sharp at any size in a report).

The image is drawn again from the matplotlib figure at print-like resolution, not grabbed
from the screen, so a chart pasted into a slide is as sharp as the dock is small."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QImage
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from acct_desktop.gui.sentences import file_problem_text
from acct_desktop.services.files import safe_file_stem

COPY_DPI = 150  # about twice the screen's: sharp when pasted and enlarged
FORMATS = {".png": "png", ".svg": "svg"}


def file_name(stem: str) -> str:
    """``stem`` without what Windows refuses in a file name (an account code "A/B 1")."""
    return safe_file_stem(stem, "chart")


def chart_image(figure: Any, dpi: int = COPY_DPI) -> QImage:
    """``figure`` drawn as an image at ``dpi``."""
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=dpi)
    return QImage.fromData(buffer.getvalue(), "PNG")


def save_chart(figure: Any, path: Path) -> None:
    """``figure`` written to ``path``: SVG for .svg, PNG otherwise."""
    figure.savefig(str(path), format=FORMATS.get(path.suffix.lower(), "png"), dpi=COPY_DPI)


class ChartMenu(QObject):
    """The Copy chart / Save chart as… actions of one chart canvas (kept as its child)."""

    def __init__(self, canvas: QWidget, file_stem: Callable[[], str]) -> None:
        super().__init__(canvas)
        translate = QCoreApplication.translate
        self.canvas, self.file_stem = canvas, file_stem
        self.copy_action = QAction(translate("chartMenu", "Copy chart"), canvas)
        self.copy_action.triggered.connect(self.copy)
        self.save_action = QAction(translate("chartMenu", "Save chart as…"), canvas)
        self.save_action.triggered.connect(self.ask_save)
        canvas.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        canvas.addActions([self.copy_action, self.save_action])

    def copy(self) -> None:
        QGuiApplication.clipboard().setImage(chart_image(self.canvas.figure))  # type: ignore[attr-defined]

    def ask_save(self) -> Path | None:
        translate = QCoreApplication.translate
        chosen, _filter = QFileDialog.getSaveFileName(
            self.canvas,
            translate("chartMenu", "Save chart as"),
            str(Path.home() / f"{file_name(self.file_stem())}.png"),
            translate("chartMenu", "PNG image") + " (*.png);;"
            + translate("chartMenu", "SVG drawing") + " (*.svg)",
        )  # fmt: skip
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() not in FORMATS:
            path = path.with_suffix(".svg" if "svg" in _filter.lower() else ".png")
        try:
            save_chart(self.canvas.figure, path)  # type: ignore[attr-defined]
        except OSError as exc:
            QMessageBox.warning(
                self.canvas,
                translate("chartMenu", "Save chart as"),
                translate("chartMenu", "The chart could not be saved: %1").replace(
                    "%1", file_problem_text(exc)
                ),
            )
            return None
        return path


def add_chart_menu(canvas: QWidget, file_stem: Callable[[], str]) -> ChartMenu:
    """Give a chart canvas its right-click menu; ``file_stem`` names the saved file."""
    return ChartMenu(canvas, file_stem)
