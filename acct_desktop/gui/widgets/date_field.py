"""The one date field of every form: a single Tab stop, in the user's date format with a
four-digit year and a calendar (Alt+↓ or F4).

Qt's date field moves from day to month to year on Tab, so a form with two dates took six
Tabs to cross them; and while it shows its "none" text ("never", "not planned", "not set")
it swallowed every Tab: the focus never left it. Here Tab and Shift+Tab always leave the
field; ← and → move between its parts, and typing a part moves on to the next."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from acct_desktop.gui.labels import day_pattern

NO_DATE = QDate(2000, 1, 1)  # shown as the field's "none" text, where a date may be left out

Key, Mod = Qt.Key, Qt.KeyboardModifier


class DateField(QDateEdit):
    """A date field one Tab stop wide. ``none_text``: the date may be left out, and then
    shows these words (it is kept as NO_DATE, the earliest date the field takes)."""

    def __init__(
        self,
        value: date | QDate | None = None,
        parent: QWidget | None = None,
        *,
        none_text: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat(day_pattern())
        if none_text is not None:
            self.setMinimumDate(NO_DATE)
            self.setSpecialValueText(none_text)
        if value is not None:
            self.setDate(QDate(value))
        elif none_text is not None:
            self.setDate(NO_DATE)

    def focusNextPrevChild(self, next: bool) -> bool:
        # the window's next field, never the field's next part
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        if key in (Key.Key_Tab, Key.Key_Backtab) and not (
            modifiers & (Mod.ControlModifier | Mod.AltModifier)
        ):
            forward = key == Key.Key_Tab and not modifiers & Mod.ShiftModifier
            QWidget.focusNextPrevChild(self, forward)
            event.accept()
            return
        super().keyPressEvent(event)
