"""Check register: the price-policy register's overlaps, loops, policies that never price,
stale bases and bigger orders priced higher — the CLI's ``check-register`` — worked out in
the background and listed; activating a problem opens the first policy it names."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.pricing_rules import RuleProblem, problem_kind_word
from acct_desktop.gui.background import BackgroundRunner
from acct_desktop.gui.labels import format_value
from acct_desktop.gui.screen_fit import ScreenFitDialog
from acct_desktop.gui.sentences import user_text

Check = Callable[[], list[RuleProblem]]
OpenPolicy = Callable[[str], None]


class RegisterCheckDialog(ScreenFitDialog):
    """Runs ``check`` off the UI thread (``background``; here when None) and lists what it
    finds, each line "kind — sentence"; Enter or a double click opens the policy."""

    def __init__(
        self,
        check: Check,
        on: date,
        open_policy: OpenPolicy,
        background: BackgroundRunner | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("registerCheckDialog")
        self.setWindowTitle(self.tr("Check the price-policy register"))
        self.resize(900, 420)
        self._on = on
        self._open_policy = open_policy
        self.summary = QLabel(self.tr("Checking the register…"))
        self.summary.setObjectName("registerCheckSummary")
        self.summary.setWordWrap(True)
        self.problems = QListWidget()
        self.problems.setObjectName("registerCheckProblems")
        self.problems.setWordWrap(True)
        self.problems.setAlternatingRowColors(True)
        self.problems.itemActivated.connect(self.open_item)
        hint = QLabel(self.tr("Double-click a problem (or press Enter) to open its policy."))
        hint.setStyleSheet("color: palette(placeholder-text);")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        if background is None:
            self.show_problems(check())
        else:
            background.submit(check, self.show_problems, self.show_failure)

    def show_problems(self, problems: list[RuleProblem]) -> None:
        self.problems.clear()
        day = format_value(self._on)
        if not problems:
            self.summary.setText(
                self.tr("The price-policy register is consistent on %1.").replace("%1", day)
            )
            return
        text = self.tr("%n problem(s) in the price-policy register on %1:", "", len(problems))
        self.summary.setText(text.replace("%1", day))
        for problem in problems:
            kind = user_text(problem_kind_word(problem.kind))
            item = QListWidgetItem(
                self.tr("%1 — %2").replace("%1", kind).replace("%2", user_text(problem.message))
            )
            item.setData(Qt.ItemDataRole.UserRole, problem.rules[0] if problem.rules else "")
            item.setToolTip(user_text(problem.message))
            self.problems.addItem(item)
        self.problems.setCurrentRow(0)

    def show_failure(self, sentence: str) -> None:
        self.summary.setText(sentence)

    def open_item(self, item: QListWidgetItem) -> None:
        code = item.data(Qt.ItemDataRole.UserRole)
        if code:
            self._open_policy(code)
