"""What an import did, shown in the import dialog until the user closes it: the counts,
then each note on its own line ("Columns not imported: Waarde."). A result in the status
bar for a few seconds is gone for a manager who looked away during a long import."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from acct_desktop.gui.sentences import user_text
from acct_desktop.services.imports import ImportSummary
from acct_desktop.services.imports.problems import is_row


def summary_lines(summary: ImportSummary) -> list[str]:
    """The summary's sentences in the user's language, one per line."""
    described = summary.describe()
    parts = list(described.args) if is_row(described) else [described]
    return [user_text(part) for part in parts]


class ImportResult(QWidget):
    """The page the import dialog turns to once the file is in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importResult")
        self.heading = QLabel()
        self.heading.setObjectName("importResultHeading")
        font = QFont(self.heading.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.text = QPlainTextEdit()  # selectable, copyable, scrolls when long
        self.text.setObjectName("importResultText")
        self.text.setReadOnly(True)
        self.text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.heading)
        column.addWidget(self.text, 1)

    def show_summary(self, summary: ImportSummary, file_name: str) -> None:
        self.heading.setText(
            QCoreApplication.translate("ImportDialog", "%1 imported").replace("%1", file_name)
        )
        self.text.setPlainText("\n\n".join(summary_lines(summary)))
