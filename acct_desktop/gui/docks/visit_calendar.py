"""Visit calendar dock: day, work week, week and month of everyone's visits, and the
current account's visit list.

Drag a visit to move it, drag its bottom edge to change its length, drag on empty time to
plan a visit for the current account; right-click to mark it done, cancelled or missed.
Every change is saved at once and can be undone (Ctrl+Z). Overlaps, visits outside
working hours and on days off are marked ⚠ and said in words. An official working weekend
day (China's 调休, when the planner's settings take it as a working day) is a working day
here too: the work week runs to it and a visit on it is not "on a day off".

In a team's shared database (visits of more than one manager: their owners, else their
territories' managers) a choice between *My visits* and *Everyone's visits* appears beside
the view (remembered), and a colleague's visit says whose it is. A database of one
manager's visits shows neither.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta

from PySide6.QtCore import QByteArray, QLocale, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from PySide6.QtWidgets import QHBoxLayout as Row

from acct_desktop.domain.enums import VisitPurpose, VisitStatus
from acct_desktop.domain.visit_conflicts import CalendarEntry, WorkingTime, conflicts
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.dialogs.plan_settings_form import saved_preferences
from acct_desktop.gui.docks.base import FeatureDock
from acct_desktop.gui.docks.visit_calendar_files import CalendarFiles
from acct_desktop.gui.docks.visit_calendar_keys import add_calendar_keys
from acct_desktop.gui.docks.visit_calendar_moves import can_move_stop, move_stop, nudge_visit
from acct_desktop.gui.docks.visit_calendar_problems import problem_words
from acct_desktop.gui.labels import (
    QT_TRANSLATE_NOOP,
    enum_label,
    format_day,
    format_month,
    format_value,
)
from acct_desktop.gui.models.columns import attr
from acct_desktop.gui.models.paged_table import PagedTableModel
from acct_desktop.gui.nothing_here import say_why
from acct_desktop.gui.sentences import exception_text
from acct_desktop.gui.undo import ServiceStep
from acct_desktop.gui.widgets.audit_trail import AuditTrailDialog, open_history
from acct_desktop.gui.widgets.data_table import DataTable
from acct_desktop.gui.widgets.flow_layout import FlowLayout
from acct_desktop.gui.widgets.month_view import MonthView
from acct_desktop.gui.widgets.week_header import WeekScroll
from acct_desktop.gui.widgets.week_view import GRID_TOP, CalendarBlock, WeekView
from acct_desktop.services.audit_records import VISIT
from acct_desktop.services.changed_since import Doing
from acct_desktop.services.paging import PageRequest
from acct_desktop.services.visit_owners import my_name
from acct_desktop.services.visit_records import VisitRejected, VisitTimes

COLUMNS = (
    attr("start", QT_TRANSLATE_NOOP("columns", "When")),
    attr("account_name", QT_TRANSLATE_NOOP("columns", "Account")),
    attr("purpose", QT_TRANSLATE_NOOP("columns", "Purpose")),
    attr("status", QT_TRANSLATE_NOOP("columns", "Status")),
    attr("summary", QT_TRANSLATE_NOOP("columns", "Report"), sortable=False),
)
DAY, WORK_WEEK, WEEK, MONTH, ACCOUNT_LIST = range(5)
EVERYONE, MINE = range(2)  # whose visits, in a team's calendar
MAX_SHOWN = 5000


def first_weekday() -> int:
    """The locale's first day of the week as ``date.weekday()`` counts (0 Monday, 6 Sunday):
    Monday in China, Vietnam and the Netherlands, Sunday in the United States."""
    return QLocale().firstDayOfWeek().value - 1


def week_start(day: date, first: int | None = None) -> date:
    """The first day of ``day``'s week, the week starting on ``first`` (default: the
    locale's first day)."""
    first = first_weekday() if first is None else first
    return day - timedelta(days=(day.weekday() - first) % 7)


def _local(moment: datetime) -> datetime:
    return moment.astimezone().replace(tzinfo=None)


def _aware(moment: datetime) -> datetime:
    return moment.astimezone()  # a naive local time, as the local zone's aware time


class _VisitStep(ServiceStep):
    """A step of the calendar: a refusal is said by the calendar, which reads again either
    way."""

    def __init__(
        self,
        text: str,
        do: Callable[[], object],
        undo: Callable[[], object],
        dock: VisitCalendarDock,
    ) -> None:
        super().__init__(
            text,
            do,
            undo,
            refusals=(VisitRejected,),
            complain=lambda message: dock.complain(message),
            after=lambda: dock.reload(),
        )


class VisitCalendarDock(FeatureDock):
    route_requested = Signal(object)  # list of (account id, "09:30 name") in visiting order
    NAME = "visitCalendarDock"
    TITLE = QT_TRANSLATE_NOOP("docks", "Visit calendar")
    AREA = Qt.DockWidgetArea.BottomDockWidgetArea

    def __init__(self, current: CurrentAccount, parent: QWidget | None = None) -> None:
        super().__init__(current, parent)
        self.day = date.today()
        self.working = WorkingTime()
        self.speed_kmh = 50.0  # the planner's travel speed, read with the working time
        self.last_problem: str | None = None
        self.scope = QComboBox()
        self.scope.setObjectName("calendarView")
        self.scope.addItems(
            [
                self.tr("Day"),
                self.tr("Work week"),
                self.tr("Week"),
                self.tr("Month"),
                self.tr("This account's visits"),
            ]
        )
        # As wide as a short choice, not "This account's visits" in Vietnamese: the row
        # must fit a 1366-pixel laptop in every language (the list still shows it whole).
        self.scope.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.scope.setMinimumContentsLength(10)
        self.scope.setCurrentIndex(WORK_WEEK)
        self.scope.currentIndexChanged.connect(lambda _i: self.reload())
        # Whose visits: offered only when the calendar holds more than one manager's.
        self.me: str | None = None  # My details' name, read at each reload
        self.team = False
        self.whose = QComboBox()
        self.whose.setObjectName("calendarWhose")
        self.whose.addItems([self.tr("Everyone's visits"), self.tr("My visits")])
        self.whose.setToolTip(
            self.tr("A shared database: show every manager's visits, or only yours")
        )
        self.prefer_mine = False  # the choice remembered (the dock's view state)
        self.whose.setVisible(False)
        self.whose.currentIndexChanged.connect(self._whose_chosen)
        self.previous_week = QToolButton(text="◀", toolTip=self.tr("Previous"))
        self.next_week = QToolButton(text="▶", toolTip=self.tr("Next"))
        self.this_week = QToolButton(text=self.tr("Today"))
        self.previous_week.clicked.connect(lambda: self._step(-1))
        self.next_week.clicked.connect(lambda: self._step(1))
        self.this_week.clicked.connect(self._today)
        self.week_label = QLabel()
        self.week_label.setObjectName("calendarRange")
        self.week_label.setWordWrap(True)  # two lines rather than a window wider than the screen
        self.problems = QLabel()
        self.problems.setObjectName("calendarProblems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #c62828;")
        self.model = PagedTableModel(COLUMNS, self)
        self.table = DataTable(self.model, "")
        self.week_view = WeekView(self)
        self.month_view = MonthView(self)
        self.week_scroll = WeekScroll(self.week_view)  # the day header stays on top
        self.stack = QStackedWidget()
        for widget in (self.week_scroll, self.month_view, self.table):
            self.stack.addWidget(widget)
        self.week_view.moved.connect(self.move_visit)
        self.week_view.nudged.connect(self.nudge_visit)
        self.week_view.reorder_requested.connect(self.move_stop)
        self.week_view.created.connect(self.plan_visit)
        self.week_view.day_chosen.connect(self.show_day)
        self.week_view.context_requested.connect(self._context_menu)
        self.week_view.empty_context_requested.connect(self._empty_slot_menu)
        self.week_view.open_requested.connect(self.open_report)
        self.week_view.visit_selected.connect(
            lambda _id, rect: self.week_scroll.ensureVisible(
                rect.center().x(), rect.top(), 0, max(rect.height() // 2, 40)
            )
        )
        self.month_view.day_chosen.connect(self.show_day)
        # One line where the dock has room; on a laptop at 125 % or 150 % the buttons go
        # to a second line (the period and the conflicts then keep theirs, not four).
        bar = FlowLayout()
        bar.setContentsMargins(4, 4, 4, 0)
        navigation = QWidget()
        steps = Row(navigation)
        steps.setContentsMargins(0, 0, 0, 0)
        for widget in (
            self.scope,
            self.whose,
            self.previous_week,
            self.this_week,
            self.next_week,
        ):
            steps.addWidget(widget)
        bar.addWidget(navigation)
        bar.addWidget(self.week_label)
        bar.addWidget(self.problems)
        self.plan_button = QToolButton(text=self.tr("Plan visits…"))
        self.plan_button.setObjectName("planVisits")
        self.plan_button.setToolTip(
            self.tr("Propose visits for a period: overdue and urgent accounts first, by area")
        )
        self.plan_button.clicked.connect(lambda: self.open_planner(None))
        self.route_button = QToolButton(text=self.tr("Route on map"))
        self.route_button.setObjectName("routeOnMap")
        self.route_button.setToolTip(
            self.tr("Draw this day's visits on the territory map, in order")
        )
        self.route_button.clicked.connect(self._route_requested)
        self.files = CalendarFiles(self)
        more = QToolButton(text=self.tr("Print && Outlook"))
        more.setObjectName("calendarFiles")
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        files_menu = QMenu(more)
        # Ctrl+P while the calendar has focus (the quote builder's and the contact map's
        # Ctrl+P are scoped to their own docks the same way)
        self.print_action = QAction(self.tr("Print visit sheets…"), self)
        self.print_action.setObjectName("calendar_print")
        self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.print_action.triggered.connect(lambda _checked=False: self.files.print_sheets())
        self.addAction(self.print_action)
        files_menu.addAction(self.print_action)
        files_menu.addAction(self.tr("Send to Outlook (.ics)…"), self.files.export_ics)
        files_menu.addAction(self.tr("Read an Outlook calendar (.ics)…"), self.files.import_ics)
        files_menu.addSeparator()
        files_menu.addAction(self.tr("Visit cycles…"), self.open_cycles)
        # who changed the chosen visit, when and what (Ctrl+H, as in every list)
        self.history_action = QAction(self.tr("History of the visit"), self)
        self.history_action.setObjectName("calendar_history")
        self.history_action.setShortcut(QKeySequence("Ctrl+H"))
        self.history_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.history_action.triggered.connect(lambda _checked=False: self.show_history())
        self.addAction(self.history_action)
        files_menu.addSeparator()
        files_menu.addAction(self.history_action)
        more.setMenu(files_menu)
        actions = QWidget()
        buttons = Row(actions)
        buttons.setContentsMargins(0, 0, 0, 0)
        for widget in (self.plan_button, self.route_button, more):
            buttons.addWidget(widget)
        bar.addWidget(actions)
        bar.setAlignment(actions, Qt.AlignmentFlag.AlignRight)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.setWidget(body)
        self.blocks: list[CalendarBlock] = []
        self._week_read = False  # the period's visits are shown (cleared by reload)
        add_calendar_keys(self)

    # -- navigation ------------------------------------------------------------------------

    def _period(self) -> tuple[date, int]:
        view = self.scope.currentIndex()
        if view == DAY:
            return self.day, 1
        if view == WORK_WEEK:  # Monday to Friday wherever the calendar week starts
            monday = week_start(self.day, 0)
            weekend = self.working_weekend_days(
                monday + timedelta(days=5), monday + timedelta(days=6)
            )
            return monday, 5 + (max(weekend).weekday() - 4 if weekend else 0)
        if view == WEEK:
            return week_start(self.day), 7
        return week_start(self.day.replace(day=1)), 42

    def shown_period(self) -> tuple[date, int]:
        """First day and number of days shown (the month's own days in the month view)."""
        if self.scope.currentIndex() == MONTH:
            first = self.day.replace(day=1)
            following = (first + timedelta(days=32)).replace(day=1)
            return first, (following - first).days
        if self.scope.currentIndex() == ACCOUNT_LIST:
            return week_start(self.day), 7
        return self._period()

    def working_weekend_days(self, first: date, last: date) -> frozenset[date]:
        """The official working weekend days (China's 调休) from ``first`` to ``last`` when
        the planner's settings take them as working days (its country, its tick box)."""
        return saved_preferences().working_weekend_days(first, last)

    def _step(self, direction: int) -> None:
        view = self.scope.currentIndex()
        if view == MONTH:
            month = self.day.replace(day=1) + timedelta(
                days=32 * direction if direction > 0 else -1
            )
            self.day = month.replace(day=1)
        else:
            self.day += timedelta(days=direction * (1 if view == DAY else 7))
        self.reload()

    def _today(self) -> None:
        self.day = date.today()
        self.reload()

    def go_to_today(self) -> None:
        """The period shown moves to today (the Today button of the window's top bar)."""
        self._today()

    def show_day(self, day: date) -> None:
        self.day = day
        self.scope.setCurrentIndex(DAY)  # reloads
        self.reload()

    def show_account_visits(self) -> None:
        """The current account's visits, newest first: what an overdue-visit alert leads
        to (when it was last seen, what was planned and not done)."""
        if self.scope.currentIndex() == ACCOUNT_LIST:
            self.reload()
        else:
            self.scope.setCurrentIndex(ACCOUNT_LIST)  # reloads

    # -- showing ---------------------------------------------------------------------------

    def _whose_chosen(self, index: int) -> None:
        self.prefer_mine = index == MINE
        self.reload()

    def view_state(self) -> dict[str, QByteArray]:
        whose = b"mine" if self.prefer_mine else b"everyone"
        return {**super().view_state(), "whose": QByteArray(whose)}

    def restore_view_state(self, state: dict[str, QByteArray]) -> None:
        super().restore_view_state(state)
        whose = state.get("whose")
        self.prefer_mine = whose is not None and bytes(whose.data()) == b"mine"

    def shows_mine(self) -> bool:
        """Only my visits are shown (a team's calendar, My visits chosen, my name known)."""
        return self.team and self.me is not None and self.whose.currentIndex() == MINE

    def _read_whose(self) -> None:
        """Whether the calendar is a team's (visits of more than one manager) and who I am;
        the choice shown only then. Without my name (My details) "My visits" cannot be
        told: it is greyed, and everyone's visits are shown."""
        workspace = self.workspace
        self.me = my_name()
        self.team = workspace is not None and len(workspace.visits.owners(limit=2)) > 1
        self.whose.setVisible(self.team)
        item = self.whose.model().item(MINE)  # type: ignore[attr-defined]
        item.setEnabled(self.me is not None)
        item.setToolTip(
            "" if self.me else self.tr("Fill in your name under Tools → My details first.")
        )
        wanted = MINE if self.me is not None and self.prefer_mine else EVERYONE
        if self.whose.currentIndex() != wanted:  # as remembered, or everyone's without a name
            self.whose.blockSignals(True)
            self.whose.setCurrentIndex(wanted)
            self.whose.blockSignals(False)

    def account_changed(self, account_id: uuid.UUID | None) -> None:
        workspace = self.workspace
        view = self.scope.currentIndex()
        calendar = view != ACCOUNT_LIST
        for button in (self.previous_week, self.next_week, self.this_week):
            button.setEnabled(calendar)
        if workspace is None:
            self.model.set_source(None)
            self.blocks = []
            self._week_read = False
            return
        if not calendar:
            self._week_read = False
            self.whose.setVisible(False)  # an account's visits: everyone's, as its history
            self.stack.setCurrentWidget(self.table)
            self.week_label.setText("")
            self.problems.clear()
            if account_id is None:
                self.table.set_empty_text(self.tr("Select an account to see its visits."))
                self.model.set_source(None)
            else:
                self.table.set_empty_text(self.tr("No visits recorded for this account yet."))
                self.model.set_source(lambda page: workspace.visits.for_account(account_id, page))
            return
        if self._week_read:  # the period shown does not change with the account
            self._mark(account_id)
            return
        self._read_whose()
        first, days = self._period()
        preferences = saved_preferences()
        self.working = preferences.working_time(first, first + timedelta(days=days - 1))
        self.speed_kmh = preferences.speed_kmh
        start = datetime.combine(first, time()).astimezone().astimezone(UTC)
        end = start + timedelta(days=days)
        rows = workspace.visits.between(
            start, end, PageRequest(0, MAX_SHOWN), self.me if self.shows_mine() else None
        )
        self.blocks = self._blocks(rows)
        self._label(first, days)
        if view == MONTH:
            self.stack.setCurrentWidget(self.month_view)
            self.month_view.set_month(self.day, first_weekday())
            self.month_view.set_blocks(self.blocks)
        else:
            self.stack.setCurrentWidget(self.week_scroll)
            self.week_view.set_range(first, days)
            self.week_view.set_blocks(self.blocks)
            self._scroll_to_working_day()
        self._week_read = True
        self._mark(account_id)

    def reload(self) -> None:
        """Read the period shown again (a change, another period, view or whose visits).
        Choosing another account does not: it only marks that account's visits."""
        self._week_read = False
        super().reload()

    def _mark(self, account_id: uuid.UUID | None) -> None:
        """The current account's visits stand out (outlined; bold in the month), from the
        visits read already: choosing an account does not read the period again (a
        team's week of 1,000 visits took ~2 s, on every click in the tree)."""
        self.week_view.set_marked(account_id)
        self.month_view.set_marked(account_id)

    def _blocks(self, rows) -> list[CalendarBlock]:  # type: ignore[no-untyped-def]
        rules = (
            self.workspace.visit_cycles.rules_for({r.account_id for r in rows})
            if self.workspace is not None
            else {}
        )
        entries = []
        for r in rows:
            rule = rules.get(r.account_id)
            entries.append(
                CalendarEntry(
                    r.id,
                    _local(r.start),
                    _local(r.end),
                    r.status is VisitStatus.CANCELLED,
                    rule.closed_weekdays if rule else frozenset(),
                    rule.visiting_hours if rule else None,
                    None
                    if r.latitude is None or r.longitude is None
                    else (r.latitude, r.longitude),
                    (r.manager or "").strip() or None,
                )
            )
        found = problem_words(
            conflicts(entries, self.working, self.speed_kmh),
            {r.id: r.account_name for r in rows},
        )
        clashing = sum(1 for r in rows if r.id in found)
        self.problems.setText(
            self.tr("⚠ %n visit(s) with a conflict", "", clashing) if clashing else ""
        )
        return [
            CalendarBlock(
                r.id,
                r.account_name,
                _local(r.start),
                _local(r.end),
                r.purpose,
                r.status,
                tuple(found.get(r.id, ())),
                self._colleague(r.manager),
                r.account_id,
            )
            for r in rows
        ]

    def _colleague(self, manager: str | None) -> str | None:
        """Whose visit, when a team's calendar shows one of a colleague's (None: mine, or
        one manager's calendar)."""
        return manager if self.team and manager and manager != self.me else None

    def _scroll_to_working_day(self) -> None:
        """Show the working day first (earlier visits are a scroll away; the day header
        stays above, outside the scrolling area)."""
        view = self.week_view
        hours = self.working.day_start.hour - view.first_hour
        hour_px = (view.minimumHeight() - GRID_TOP) / max(1, view.last_hour - view.first_hour)
        self.week_scroll.verticalScrollBar().setValue(max(0, int(hours * hour_px)))

    def _label(self, first: date, days: int) -> None:
        locale = QLocale()
        if days == 42:
            text = format_month(self.day, long=True, locale=locale)
        elif days == 1:
            text = format_day(first, locale, long=True)
        else:
            last = first + timedelta(days=days - 1)
            text = f"{format_day(first, locale)} – {format_day(last, locale)}"
        planned = sum(1 for b in self.blocks if b.status is VisitStatus.PLANNED)
        self.week_label.setText(
            text + "  ·  " + self.tr("%n planned visit(s)", "", planned)
            if self.blocks
            else text
            + "  ·  "
            + self.tr(
                "No visits — drag or double-click on the calendar to plan one, or use Plan visits…"
            )
        )

    # -- changes ---------------------------------------------------------------------------

    def complain(self, message: str) -> None:
        self.last_problem = message
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Visit calendar"), message)
        box.setParent(self, box.windowFlags())
        box.open()

    def nothing_to_do(self, why: str) -> None:
        """A command with nothing to do here says ``why`` in the status bar, as every dock
        says it (``nothing_here``): no box to click away."""
        self.last_problem = why
        say_why(self, why)

    def _push(self, step: ServiceStep) -> None:
        if self.undo_stack is not None:
            self.undo_stack.push(step)

    push_step = _push

    def refused(self, exc: VisitRejected) -> None:
        """Say why a move was refused and show the calendar as it is."""
        self.complain(exception_text(exc))
        self.reload()

    def nudge_visit(self, visit_id: uuid.UUID, start: datetime, end: datetime) -> None:
        """Alt+Up / Alt+Down: 15 minutes, a run of them one undo step."""
        nudge_visit(self, visit_id, start, end)
        self._follow(start)

    def move_stop(self, visit_id: uuid.UUID, step: int) -> None:
        """Before the previous stop of the day (-1) or after the next one (+1)."""
        move_stop(self, visit_id, step)

    def _follow(self, start: datetime) -> None:
        first, days = self._period()
        if not first <= start.date() < first + timedelta(days=days):
            self.day = start.date()  # moved a day on by keyboard: the calendar follows it

    def move_visit(self, visit_id: uuid.UUID, start: datetime, end: datetime) -> None:
        records = self.workspace.visit_records if self.workspace else None
        if records is None:
            return
        try:
            old = records.move(visit_id, _aware(start), _aware(end))
        except VisitRejected as exc:
            self.complain(exception_text(exc))
            self.reload()
            return
        new_start, new_end = _aware(start), _aware(end)
        self._follow(start)
        moved = VisitTimes(new_start, new_end)  # undo and redo only from where it left it
        self._push(
            _VisitStep(
                self.tr("Move visit"),
                lambda: records.move(visit_id, new_start, new_end, old, Doing.REDO),
                lambda: records.move(visit_id, old.start, old.end, moved, Doing.UNDO),
                self,
            )
        )
        self.reload()

    def plan_visit(self, start: datetime, end: datetime) -> None:
        workspace, account_id = self.workspace, self.current.id
        if workspace is None:
            return
        if account_id is None:
            self.nothing_to_do(
                self.tr("Choose an account first: the new visit is for the current account.")
            )
            return
        records = workspace.visit_records
        try:
            visit_id = records.plan(account_id, _aware(start), _aware(end), VisitPurpose.SERVICE)
        except VisitRejected as exc:
            self.complain(exception_text(exc))
            return
        self._push(
            _VisitStep(
                self.tr("Plan visit"),
                lambda: records.restore(visit_id),
                lambda: records.archive(visit_id),
                self,
            )
        )
        self.reload()

    def set_status(self, visit_id: uuid.UUID, status: VisitStatus) -> None:
        records = self.workspace.visit_records if self.workspace else None
        if records is None:
            return
        try:
            old = records.set_status(visit_id, status)
        except VisitRejected as exc:
            self.complain(exception_text(exc))
            return
        self._push(
            _VisitStep(
                self.tr("Mark visit %1").replace("%1", enum_label(status).lower()),
                lambda: records.set_status(visit_id, status, old, Doing.REDO),
                lambda: records.set_status(visit_id, old, status, Doing.UNDO),
                self,
            )
        )
        self.reload()

    def _context_menu(self, visit_id: uuid.UUID, where) -> None:  # type: ignore[no-untyped-def]
        menu = QMenu(self)
        menu.addAction(self.tr("Visit report…"), lambda: self.open_report(visit_id))
        menu.addSeparator()
        for status in VisitStatus:
            action = menu.addAction(self.tr("Mark %1").replace("%1", enum_label(status).lower()))
            action.triggered.connect(lambda _c=False, s=status: self.set_status(visit_id, s))
        block = next((b for b in self.blocks if b.id == visit_id), None)
        if block is not None and block.status is VisitStatus.PLANNED:
            menu.addSeparator()
            for step, text, keys in (
                (-1, self.tr("Move before the previous stop"), "Alt+Shift+Up"),
                (1, self.tr("Move after the next stop"), "Alt+Shift+Down"),
            ):
                action = menu.addAction(
                    f"{text}\t{QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)}"
                )
                action.setEnabled(can_move_stop(self, visit_id, step))
                action.triggered.connect(lambda _c=False, s=step: self.move_stop(visit_id, s))
        if block is not None:
            menu.addSeparator()
            menu.addAction(self.tr("Open the account"), lambda: self._open_account(visit_id))
        menu.addSeparator()
        keys = QKeySequence("Ctrl+H").toString(QKeySequence.SequenceFormat.NativeText)
        history = menu.addAction(self.tr("History") + "\t" + keys)
        history.triggered.connect(lambda _c=False: self.show_history(visit_id))
        self.last_menu = menu
        menu.popup(where)

    def chosen_visit(self) -> tuple[uuid.UUID, str] | None:
        """The visit History acts on, with its account's name: the one chosen in the week,
        or the current row of an account's visit list."""
        if self.stack.currentWidget() is self.table:
            index = self.table.view.currentIndex()
            if not index.isValid():
                return None
            row = self.model.row_object(index.row())
            return row.id, f"{row.account_name} · {format_value(row.start)}"
        chosen = next((b for b in self.blocks if b.id == self.week_view.selected), None)
        if chosen is None:
            return None
        return chosen.id, f"{chosen.account_name} · {format_value(chosen.start)}"

    def show_history(self, visit_id: uuid.UUID | None = None) -> AuditTrailDialog | None:
        """Show who changed the visit (the chosen one unless named), when and what."""
        workspace, chosen = self.workspace, self.chosen_visit()
        if workspace is None:
            return None
        if visit_id is not None and (chosen is None or chosen[0] != visit_id):
            block = next((b for b in self.blocks if b.id == visit_id), None)
            name = f"{block.account_name} · {format_value(block.start)}" if block else ""
            chosen = (visit_id, name)
        if chosen is None:
            self.nothing_to_do(self.tr("Choose a visit first: History shows who changed it."))
            return None
        dialog = open_history(self, workspace.db, VISIT, chosen[0], chosen[1])
        self.last_dialog = dialog
        return dialog

    def _empty_slot_menu(self, start: datetime, where) -> None:  # type: ignore[no-untyped-def]
        """Right-click on an empty slot: plan a visit there (an hour, as a double-click)."""
        menu = QMenu(self)
        menu.addAction(
            self.tr("New visit here"), lambda: self.plan_visit(start, start + timedelta(hours=1))
        )
        self.last_menu = menu
        menu.popup(where)

    def open_cycles(self):  # type: ignore[no-untyped-def]
        """How often tiers and the current account are visited, on which days and hours."""
        workspace = self.workspace
        if workspace is None:
            return None
        from acct_desktop.gui.dialogs.visit_cycles_dialog import VisitCyclesDialog

        account = None
        if self.current.id is not None:
            profile = workspace.accounts.profile(self.current.id)
            account = (self.current.id, profile.name) if profile else None
        dialog = VisitCyclesDialog(workspace.visit_cycles, account, self)
        dialog.accepted.connect(self.reload)
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def open_report(self, visit_id: uuid.UUID):  # type: ignore[no-untyped-def]
        """The visit's report form (saved as it is typed)."""
        workspace = self.workspace
        if workspace is None:
            return None
        from acct_desktop.gui.dialogs.visit_report import VisitReportDialog

        dialog = VisitReportDialog(workspace, visit_id, self)
        dialog.finished.connect(lambda _r: self.reload())
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def _open_account(self, visit_id: uuid.UUID) -> None:
        from acct_desktop.store.models import Visit

        workspace = self.workspace
        if workspace is None:
            return
        with workspace.db.session() as session:
            visit = session.get(Visit, visit_id)
            account_id = visit.account_id if visit else None
        if account_id is not None:
            self.current.set(account_id)

    def day_route(self) -> list[tuple[uuid.UUID, str]]:
        """The shown day's visits that are not cancelled, in time order, for the map; in a
        team's calendar, your route (your visits and nobody's) when your name is known."""
        workspace = self.workspace
        if workspace is None:
            return []
        start = datetime.combine(self.day, time()).astimezone().astimezone(UTC)
        whose = self.me if self.team else None
        rows = workspace.visits.between(
            start, start + timedelta(days=1), PageRequest(0, 500), whose
        )
        return [
            (row.account_id, f"{_local(row.start):%H:%M} {row.account_name}")
            for row in rows
            if row.status is not VisitStatus.CANCELLED
        ]

    def _route_requested(self) -> None:
        stops = self.day_route()
        if not stops:
            self.nothing_to_do(self.tr("No visits on this day to draw."))
            return
        self.route_requested.emit(stops)

    def open_planner(self, account_ids=None):  # type: ignore[no-untyped-def]
        """The plan dialog, for every account or for ``account_ids`` (map or tree choice)."""
        workspace = self.workspace
        if workspace is None or self.background is None:
            return None
        from acct_desktop.gui.dialogs.plan_dialog import PlanDialog

        dialog = PlanDialog(
            workspace, self.background, self._plan_accepted, account_ids, self, self.preview_plan
        )
        self.last_dialog = dialog
        dialog.open()
        return dialog

    def preview_plan(self, plan, names) -> None:  # type: ignore[no-untyped-def]
        """Show a proposed plan's new visits dashed in the calendar (None: stop showing)."""
        if plan is None:
            self.week_view.set_proposed([])
            return
        proposed = [
            CalendarBlock(
                uuid.uuid4(),
                names.get(v.account_id, "?"),
                v.start,
                v.end,
                VisitPurpose.SERVICE,
                VisitStatus.PLANNED,
            )
            for v in plan.visits
            if not v.fixed
        ]
        if proposed and self.scope.currentIndex() in (MONTH, ACCOUNT_LIST):
            self.scope.setCurrentIndex(WORK_WEEK)
        if proposed:
            self.day = proposed[0].start.date()
            self.reload()
        self.week_view.set_proposed(proposed)

    def _plan_accepted(self, created: list[uuid.UUID]) -> None:
        records = self.workspace.visit_records if self.workspace else None
        if records is None or not created:
            return

        def restore_all() -> None:
            for visit_id in created:
                records.restore(visit_id)

        def archive_all() -> None:
            for visit_id in created:
                records.archive(visit_id)

        self._push(_VisitStep(self.tr("Accept plan"), restore_all, archive_all, self))
        self.reload()

    def focus_target(self) -> QWidget | None:
        """The visits as shown: the week's, the month's, or the list."""
        page = self.stack.currentWidget()
        if page is self.week_scroll:
            return self.week_view
        return self.table.view if page is self.table else page

    def shown_row_count(self) -> int:
        if self.scope.currentIndex() == ACCOUNT_LIST:
            return self.model.rowCount()
        return len(self.blocks)
