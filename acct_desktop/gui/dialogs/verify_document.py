"""Verify document: is this PDF the sealed checklist it claims to be, unaltered?"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.config import seal_key_folder
from acct_desktop.domain.sentences import filled_in
from acct_desktop.gui.background import BackgroundRunner
from acct_desktop.gui.screen_fit import ScreenFitDialog
from acct_desktop.gui.sentences import file_problem_text, user_text
from acct_desktop.services.workspace import Workspace

STATE_STYLE = {  # colour and a word: never colour alone
    "intact": ("#2e7d32", QStyle.StandardPixmap.SP_DialogApplyButton),
    "modified": ("#c62828", QStyle.StandardPixmap.SP_MessageBoxCritical),
    "not_sealed": ("#ef6c00", QStyle.StandardPixmap.SP_MessageBoxWarning),
    "unknown_key": ("#ef6c00", QStyle.StandardPixmap.SP_MessageBoxWarning),
    # authentic, but a later revision replaced it: the sentence says which
    "replaced": ("#ef6c00", QStyle.StandardPixmap.SP_MessageBoxWarning),
    "unreadable": ("#c62828", QStyle.StandardPixmap.SP_MessageBoxCritical),
}


class VerifyDocumentDialog(ScreenFitDialog):
    """Pick a PDF; the seal is checked off the UI thread and the verdict shown in a sentence."""

    def __init__(
        self,
        workspace: Workspace | None,
        background: BackgroundRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("verifyDocument")
        self.setWindowTitle(self.tr("Verify a sealed document"))
        self.resize(560, 320)
        self.workspace, self.background = workspace, background
        self.state: str | None = None
        intro = QLabel(
            self.tr(
                "Choose a sealed checklist PDF. Its digital seal is checked against your own "
                "certificate and the ones you trust."
            )
        )
        intro.setWordWrap(True)
        self.icon = QLabel()
        self.verdict = QLabel()
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit()
        self.details.setReadOnly(True)
        self.details.setMaximumHeight(110)
        self.details.hide()
        self.toggle = QPushButton(self.tr("Details"))
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self.details.setVisible)
        self.toggle.hide()
        choose = QPushButton(self.tr("Choose PDF…"))
        choose.clicked.connect(self._choose)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(choose, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        verdict_row = QHBoxLayout()
        verdict_row.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        verdict_row.addWidget(self.verdict, 1)
        layout.addLayout(verdict_row, 1)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.details)
        layout.addWidget(buttons)

    def _choose(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Verify a sealed document"), "", "PDF (*.pdf);;*"
        )
        if chosen:
            self.verify(Path(chosen))

    def verify(self, path: Path) -> None:
        """Check ``path`` off the UI thread; the verdict appears when done."""
        self.verdict.setStyleSheet("")
        self.verdict.setText(self.tr("Checking %1…").replace("%1", path.name))
        workspace = self.workspace
        unreadable = self.tr("%1 could not be read: %2")

        def work() -> tuple[str, str, str]:
            from acct_desktop.services.seal_keys import SealKeyStore
            from acct_desktop.services.sealing import verify_pdf

            try:
                data = path.read_bytes()
            except OSError as exc:
                said = filled_in(unreadable, path.name, file_problem_text(exc))
                return "unreadable", said, ""
            keys = SealKeyStore(seal_key_folder())
            if workspace is not None:
                result = workspace.checklist_records.verify(data, keys)
                state = "replaced" if result.replaced else result.report.state.value
                return state, user_text(result.message), result.report.detail
            report = verify_pdf(data, keys.trust_roots())
            return report.state.value, user_text(report.message), report.detail

        self.background.submit(work, self._show, self._failed)

    def _show(self, outcome: tuple[str, str, str]) -> None:
        state, message, detail = outcome
        self.state = state
        colour, pixmap = STATE_STYLE.get(state, STATE_STYLE["unreadable"])
        self.icon.setPixmap(self.style().standardIcon(pixmap).pixmap(32, 32))
        self.verdict.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.verdict.setText(message)
        self.details.setPlainText(detail)
        self.toggle.setVisible(bool(detail))

    def _failed(self, message: str) -> None:
        self._show(("unreadable", message, ""))
