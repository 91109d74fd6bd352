"""A find box never narrower than its grey hint: in a crowded row on a laptop at 125 %
the contact map's "Tìm một người" came out as "Tì…" and the issues' "Người phụ trách"
as "Người phụ tr…"."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit


def placeholder_width(edit: QLineEdit) -> int:
    """The width ``edit`` needs to show its placeholder whole: its frame, margins and clear
    button as QLineEdit measures them for its size hint (17 "x"), with the placeholder in
    place of those letters."""
    metrics = edit.fontMetrics()
    some = metrics.horizontalAdvance("x") * 17
    return edit.sizeHint().width() - some + metrics.horizontalAdvance(edit.placeholderText()) + 2


def keep_placeholder_whole(edit: QLineEdit) -> QLineEdit:
    """``edit`` at least as wide as its placeholder (up to its maximum width)."""
    edit.setMinimumWidth(min(placeholder_width(edit), edit.maximumWidth()))
    return edit
