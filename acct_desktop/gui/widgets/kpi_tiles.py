"""KPI tiles: a figure in words with its status as colour *and* text, clickable to its data."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from acct_desktop.domain.sales_metrics import Standing
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP
from acct_desktop.gui.models.columns import TONE_COLOURS
from acct_desktop.gui.models.plan_tree import STANDING_TONES

STATUS_WORDS = {
    "done": QT_TRANSLATE_NOOP("kpi", "● on track"),
    "due_soon": QT_TRANSLATE_NOOP("kpi", "▲ watch"),
    "overdue": QT_TRANSLATE_NOOP("kpi", "▼ behind"),
    # figures against plan say what Plan vs actual says, in its colours
    Standing.BEHIND: QT_TRANSLATE_NOOP("kpi", "▼ behind plan"),
    Standing.ON_PLAN: QT_TRANSLATE_NOOP("kpi", "● on plan"),
    Standing.AHEAD: QT_TRANSLATE_NOOP("kpi", "▲ ahead of plan"),
}
STATUS_TONES = {"done": "done", "due_soon": "due_soon", "overdue": "overdue"} | {
    key: STANDING_TONES[key] for key in (Standing.BEHIND, Standing.ON_PLAN, Standing.AHEAD)
}


class KpiTile(QFrame):
    """One KPI: its name, the figure, a line of detail and its status; a click (or Enter
    when focused) asks for the rows behind it."""

    clicked = Signal(str)

    def __init__(self, key: str, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"kpiTile_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        policy.setHeightForWidth(True)  # a wrapped figure makes its tile taller
        self.setSizePolicy(policy)
        self.title = QLabel(title)
        self.title.setStyleSheet("color: palette(placeholder-text);")
        self.figure = QLabel("–")
        self.figure.setObjectName("figure")
        font = self.figure.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.figure.setFont(font)
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("status")
        for label in (self.title, self.figure):  # money in three currencies wraps, not cuts
            label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(1)
        for label in (self.title, self.figure, self.detail, self.status):
            layout.addWidget(label)
        self.setToolTip(QCoreApplication.translate("kpi", "Click to see the rows behind it"))

    def show_figure(self, figure: str, detail: str = "", tone: str | None = None) -> None:
        """Show ``figure`` (words, never a bare colour) with ``detail`` and its status:
        a tone ("done", "due_soon", "overdue") or where a figure stands against plan
        ("behind", "on_plan", "ahead")."""
        self.figure.setText(figure)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        if tone in STATUS_WORDS:
            self.status.setText(QCoreApplication.translate("kpi", STATUS_WORDS[tone]))
            colour = TONE_COLOURS[STATUS_TONES[tone]]
            self.status.setStyleSheet(f"color: {colour}; font-weight: bold;")
            self.status.show()
        else:
            self.status.hide()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.key)
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit(self.key)
            return
        super().keyPressEvent(event)
