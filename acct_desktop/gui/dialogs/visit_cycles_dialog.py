"""Calendar → Visit cycles…: how often each tier is visited, and the current account's own
cycle (interval, length, preferred and closed weekdays, visiting hours)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.enums import Tier
from acct_desktop.domain.sentences import in_a_row
from acct_desktop.gui.dialogs.issue_form import problem_label
from acct_desktop.gui.screen_fit import ScreenFitDialog
from acct_desktop.services.visit_cycles import CycleRejected, CycleRule, VisitCycleService


class RuleEditor(QWidget):
    """One cycle rule's fields in a row."""

    def __init__(self, rule: CycleRule, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        locale = QLocale()
        self.interval = QSpinBox(minimum=1, maximum=365, value=rule.interval_days)
        self.interval.setSuffix(self.tr(" days"))
        self.duration = QSpinBox(minimum=15, maximum=480, value=rule.duration_minutes)
        self.duration.setSingleStep(15)
        self.duration.setSuffix(self.tr(" min"))
        self.preferred: list[QCheckBox] = []
        self.closed: list[QCheckBox] = []
        days = QGridLayout()
        days.addWidget(QLabel(self.tr("prefers")), 1, 0)
        days.addWidget(QLabel(self.tr("closed")), 2, 0)
        for weekday in range(7):
            days.addWidget(
                QLabel(locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat)), 0, weekday + 1
            )
            preferred = QCheckBox()
            preferred.setChecked(weekday in rule.preferred_weekdays)
            closed = QCheckBox()
            closed.setChecked(weekday in rule.closed_weekdays)
            days.addWidget(preferred, 1, weekday + 1)
            days.addWidget(closed, 2, weekday + 1)
            self.preferred.append(preferred)
            self.closed.append(closed)
        self.hours = QCheckBox(self.tr("visiting hours"))
        self.hours.setChecked(rule.visiting_hours is not None)
        start, end = rule.visiting_hours or (None, None)
        self.visit_from = QTimeEdit(QTime(start.hour, start.minute) if start else QTime(9, 0))
        self.visit_to = QTimeEdit(QTime(end.hour, end.minute) if end else QTime(17, 0))
        for edit in (self.visit_from, self.visit_to):
            edit.setEnabled(self.hours.isChecked())
            self.hours.toggled.connect(edit.setEnabled)
        self.problem = problem_label("cycle")
        # How often and how long above the visiting hours, the weekdays beside them: on one
        # line, the hours after the weekdays' seven columns made the dialog scroll sideways
        # in Vietnamese on a laptop at 150 % ("Thứ 2" … "CN").
        often = QHBoxLayout()
        for widget in (
            QLabel(self.tr("every")),
            self.interval,
            QLabel(self.tr("for")),
            self.duration,
        ):
            often.addWidget(widget)
        often.addStretch(1)
        hours = QHBoxLayout()
        for widget in (self.hours, self.visit_from, QLabel("–"), self.visit_to):
            hours.addWidget(widget)
        hours.addStretch(1)
        times = QVBoxLayout()
        times.addLayout(often)
        times.addLayout(hours)
        times.addStretch(1)
        row = QHBoxLayout()
        row.addLayout(times)
        row.addSpacing(12)
        row.addLayout(days)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        column.addWidget(self.problem)

    def rule(self) -> CycleRule:
        def clock(edit: QTimeEdit):  # type: ignore[no-untyped-def]
            return edit.time().toPython() if self.hours.isChecked() else None

        return CycleRule(
            interval_days=self.interval.value(),
            duration_minutes=self.duration.value(),
            preferred_weekdays=frozenset(
                i for i, box in enumerate(self.preferred) if box.isChecked()
            ),
            closed_weekdays=frozenset(i for i, box in enumerate(self.closed) if box.isChecked()),
            visit_from=clock(self.visit_from),
            visit_to=clock(self.visit_to),
        )

    def show_problem(self, message: str | None) -> None:
        self.problem.setText(message or "")
        self.problem.setVisible(bool(message))


class VisitCyclesDialog(ScreenFitDialog):
    def __init__(
        self,
        service: VisitCycleService,
        account: tuple[uuid.UUID, str] | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitCyclesDialog")
        self.setWindowTitle(self.tr("Visit cycles"))
        self._service, self._account = service, account
        tiers = QGroupBox(self.tr("By tier"))
        tier_grid = QVBoxLayout(tiers)
        self.tier_editors: dict[Tier, RuleEditor] = {}
        for tier, rule in service.tier_rules().items():
            editor = RuleEditor(rule)
            editor.setObjectName(f"tier_{tier.value}")
            row = QHBoxLayout()
            row.addWidget(QLabel(self.tr("Tier %1").replace("%1", tier.value)))
            row.addWidget(editor, 1)
            tier_grid.addLayout(row)
            self.tier_editors[tier] = editor
        layout = QVBoxLayout(self)
        layout.addWidget(tiers)
        self.own: QCheckBox | None = None
        self.account_editor: RuleEditor | None = None
        if account is not None:
            rule = service.rule_for(account[0])
            group = QGroupBox(account[1])
            column = QVBoxLayout(group)
            self.own = QCheckBox(self.tr("This account has its own cycle (instead of its tier's)"))
            self.own.setObjectName("ownCycle")
            self.own.setChecked(rule.source == "account")
            self.account_editor = RuleEditor(rule)
            self.account_editor.setEnabled(self.own.isChecked())
            self.own.toggled.connect(self.account_editor.setEnabled)
            column.addWidget(self.own)
            column.addWidget(self.account_editor)
            layout.addWidget(group)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        ok = True
        for tier, editor in self.tier_editors.items():
            ok = self._save_one(editor, lambda r, t=tier: self._service.save_tier(t, r)) and ok
        if self._account is not None and self.own is not None and self.account_editor is not None:
            account_id = self._account[0]
            if self.own.isChecked():
                ok = (
                    self._save_one(
                        self.account_editor, lambda r: self._service.save_account(account_id, r)
                    )
                    and ok
                )
            else:
                self._service.save_account(account_id, None)
        if ok:
            self.accept()

    @staticmethod
    def _save_one(editor: RuleEditor, save) -> bool:  # type: ignore[no-untyped-def]
        try:
            save(editor.rule())
        except CycleRejected as exc:
            editor.show_problem(in_a_row(*exc.problems.values()))
            return False
        editor.show_problem(None)
        return True
