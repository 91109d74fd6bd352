"""The settings part of *Plan visits…*: the period and the manager's working pattern —
hours, lunch break, working days, where each day starts (the first visit, home or office
typed as latitude, longitude, or an account) and whether it ends back there, visits per
day, speed, whose public holidays (and whether that country's official working weekend
days, China's 调休, are planned as working days: shown only for a country that has them)
and the manager's own days off — each problem shown under its field.

Two columns, so the dialog keeps most of a 1366×768 screen's height for the plan itself.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, time

from PySide6.QtCore import QLocale, QTime
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTimeEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.visit_plan_model import short_date
from acct_desktop.gui.dialogs.days_off_dialog import DaysOffDialog
from acct_desktop.gui.dialogs.issue_form import date_edit, problem_label, with_problem
from acct_desktop.gui.dialogs.register_fields import SearchChooser
from acct_desktop.gui.i18n import gui_language
from acct_desktop.gui.sentences import exception_text, listed_text, user_text
from acct_desktop.services.planning_preferences import (
    SPEED_KMH,
    START_ACCOUNT,
    START_FIRST_VISIT,
    START_PLACE,
    VISITS_PER_DAY,
    DaysOff,
    PlanningPreferences,
    StartPoint,
    country_of_locale,
    load_planning_preferences,
    parse_start_place,
    start_place_text,
)
from acct_desktop.services.public_holidays import (
    countries,
    countries_with_holidays,
    region_names,
    working_weekend_days,
)

FIELDS = (
    "period",
    "hours",
    "lunch",
    "weekdays",
    "start",
    "per_day",
    "speed",
    "country",
    "days_off",
)
START_EXAMPLE = "10.7769, 106.7009"


@dataclass(frozen=True)
class StartAccounts:
    """The accounts to start from: ``search`` (typed text → (code, label) hits) and
    ``label`` (code → "Name (CODE)", or "" when there is no such account)."""

    search: Callable[[str], Sequence[tuple[str, str]]]
    label: Callable[[str], str]


NO_ACCOUNTS = StartAccounts(lambda _text: [], lambda _code: "")


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _clock(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


def saved_preferences() -> PlanningPreferences:
    """The planner's settings as last used; a country never chosen is the system locale's
    (NL for nl_NL)."""
    return load_planning_preferences(default_country=country_of_locale(QLocale.system().name()))


def country_label(code: str, language: str | None = None) -> str:
    """``NL — Nederland`` in Dutch, ``NL — Netherlands`` in Vietnamese: the code, and the
    country's name in the GUI's language (``language``, e.g. "vi"; default: the GUI's) where
    Qt has it — a country where that language is spoken (Dutch names Belgium and Suriname,
    Chinese Singapore) — else its English name. Never another country's name: a territory
    without a locale of its own (Antarctica) is not the "United States" Qt falls back to."""
    territory = QLocale.codeToTerritory(code)
    if territory == QLocale.Country.AnyTerritory:
        return code
    wanted = QLocale(language or gui_language())
    local = QLocale(wanted.language(), wanted.script(), territory)
    name = ""
    if (
        wanted.language() != QLocale.Language.English
        and local.language() == wanted.language()
        and local.script() == wanted.script()
        and local.territory() == territory
    ):
        name = local.nativeTerritoryName()
    return f"{code} — {name or QLocale.territoryToString(territory)}"


class PlanSettingsForm(QWidget):
    """The period and working pattern; ``preferences()`` and ``period()`` read them,
    ``check()`` shows what is wrong next to each field."""

    def __init__(
        self,
        prefs: PlanningPreferences,
        period: tuple[date, date],
        parent: QWidget | None = None,
        accounts: StartAccounts = NO_ACCOUNTS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planSettings")
        self._days_off: tuple[DaysOff, ...] = prefs.days_off
        self.problems = {name: problem_label(name) for name in FIELDS}

        self.first, self.last = date_edit(period[0]), date_edit(period[1])
        self.day_start, self.day_end = (
            QTimeEdit(_qtime(prefs.day_start)),
            QTimeEdit(_qtime(prefs.day_end)),
        )
        lunch = prefs.lunch_break or (time(12, 30), time(13, 15))
        self.lunch = QCheckBox()
        self.lunch.setObjectName("lunchBreak")
        self.lunch.setToolTip(self.tr("No visits during the lunch break"))
        self.lunch.setChecked(prefs.lunch_break is not None)
        self.lunch_from, self.lunch_to = QTimeEdit(_qtime(lunch[0])), QTimeEdit(_qtime(lunch[1]))
        for edit in (self.lunch_from, self.lunch_to):
            edit.setEnabled(self.lunch.isChecked())
            self.lunch.toggled.connect(edit.setEnabled)
        self.weekdays: list[QToolButton] = []
        locale = QLocale()
        for weekday in range(7):
            button = QToolButton()
            button.setObjectName(f"workingDay{weekday}")
            button.setText(locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat))
            button.setToolTip(locale.dayName(weekday + 1, QLocale.FormatType.LongFormat))
            button.setCheckable(True)
            button.setChecked(weekday in prefs.working_weekdays)
            self.weekdays.append(button)
        self.per_day = QSpinBox()
        self.per_day.setRange(*VISITS_PER_DAY)
        self.per_day.setValue(prefs.visits_per_day)
        self.speed = QDoubleSpinBox()
        self.speed.setRange(*SPEED_KMH)
        self.speed.setValue(prefs.speed_kmh)
        self.speed.setSuffix(" km/h")
        self.country = QComboBox()
        self.country.setObjectName("holidayCountry")
        self.country.addItem(self.tr("None"), None)
        for code in countries_with_holidays():
            self.country.addItem(country_label(code), code)
        self.region = QComboBox()
        self.region.setObjectName("holidayRegion")
        self.country.setCurrentIndex(max(0, self.country.findData(prefs.country)))
        self._fill_regions(prefs.region)
        self.country.currentIndexChanged.connect(lambda _i: self._fill_regions(None))
        self.working_weekends = QCheckBox(self.tr("Plan visits on official working weekend days"))
        self.working_weekends.setObjectName("workingWeekends")
        self.working_weekends.setToolTip(
            self.tr(
                "A Saturday or Sunday the government made a working day, in exchange for a "
                "day off next to a public holiday (调休 in China)"
            )
        )
        self.working_weekends.setChecked(prefs.official_working_weekends)
        self.working_weekend_days = QLabel()
        self.working_weekend_days.setObjectName("workingWeekendDays")
        self.working_weekend_days.setWordWrap(True)
        self.working_weekend_days.setIndent(22)  # under the tick box's text
        self.working_weekends.toggled.connect(self.working_weekend_days.setEnabled)
        self._start_widgets(prefs, accounts)
        self.days_off_button = QPushButton()
        self.days_off_button.setObjectName("daysOff")
        self.days_off_button.clicked.connect(self.edit_days_off)
        self._show_days_off()

        left, right = QFormLayout(), QFormLayout()
        left.addRow(self.tr("Period:"), self._cell("period", self.first, "–", self.last))
        left.addRow(
            self.tr("Working hours:"), self._cell("hours", self.day_start, "–", self.day_end)
        )
        left.addRow(
            self.tr("Lunch break:"),
            self._cell("lunch", self.lunch, self.lunch_from, "–", self.lunch_to),
        )
        left.addRow(self.tr("Working days:"), self._cell("weekdays", *self.weekdays))
        left.addRow(self.tr("Start from:"), self._start_cell())
        right.addRow(self.tr("Visits per day, at most:"), self._cell("per_day", self.per_day))
        right.addRow(self.tr("Average travel speed:"), self._cell("speed", self.speed))
        right.addRow(
            self.tr("Public holidays of:"), self._cell("country", self.country, self.region)
        )
        # The days under the tick box, wrapped: a long period in Vietnamese stays in its column.
        self.working_weekends_row = QWidget()
        row = QVBoxLayout(self.working_weekends_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.working_weekends)
        row.addWidget(self.working_weekend_days)
        right.addRow("", self.working_weekends_row)
        right.addRow(self.tr("Days off:"), self._cell("days_off", self.days_off_button))
        # side by side, or one above the other on a narrow screen (PlanDialog.arrange_for)
        self.columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addLayout(left, 1)
        columns.addSpacing(12)
        columns.addLayout(right, 1)
        for signal in (
            self.first.dateChanged,
            self.last.dateChanged,
            self.country.currentIndexChanged,
            self.region.currentIndexChanged,
        ):
            signal.connect(lambda *_a: self._show_working_weekends())
        self._show_working_weekends()

    def _cell(self, name: str, *parts: QWidget | str) -> QWidget:
        row = QHBoxLayout()
        row.setSpacing(4)
        for part in parts:
            row.addWidget(QLabel(part) if isinstance(part, str) else part)
        row.addStretch(1)
        return with_problem(row, self.problems[name])

    # -- where the day starts ----------------------------------------------------------

    def _start_widgets(self, prefs: PlanningPreferences, accounts: StartAccounts) -> None:
        self.start_kind = QComboBox()
        self.start_kind.setObjectName("startKind")
        self.start_kind.addItem(self.tr("The first visit"), START_FIRST_VISIT)
        self.start_kind.addItem(self.tr("Home or office"), START_PLACE)
        self.start_kind.addItem(self.tr("An account"), START_ACCOUNT)
        self.start_kind.setToolTip(
            self.tr("Where each working day starts: the first leg and the order count from there")
        )
        self.start_place = QLineEdit()
        self.start_place.setObjectName("startPlace")
        self.start_place.setPlaceholderText(START_EXAMPLE)
        self.start_place.setToolTip(
            self.tr("Latitude, longitude, as a map gives them: %1").replace("%1", START_EXAMPLE)
        )
        self.start_account = SearchChooser(
            accounts.search, self.tr("Search accounts by name or code")
        )
        self.start_account.setObjectName("startAccount")
        for edit in (self.start_place, self.start_account):
            edit.setMinimumWidth(170)
        self.return_to_start = QCheckBox(self.tr("Return at the end of the day"))
        self.return_to_start.setObjectName("returnToStart")
        self.return_to_start.setChecked(prefs.return_to_start)
        start = prefs.start
        if start.place is not None:
            self.start_place.setText(start_place_text(start.place))
        if start.account_code:
            label = accounts.label(start.account_code)
            self.start_account.set_choice(start.account_code, label or start.account_code)
        self.start_kind.setCurrentIndex(max(0, self.start_kind.findData(start.kind)))
        self.start_kind.currentIndexChanged.connect(lambda _i: self._show_start())
        self._show_start()

    def _start_cell(self) -> QWidget:
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(self.start_kind)
        row.addWidget(self.start_place, 1)
        row.addWidget(self.start_account, 1)
        column.addLayout(row)
        column.addWidget(self.return_to_start)
        return with_problem(column, self.problems["start"])  # type: ignore[arg-type]

    def _show_start(self) -> None:
        kind = self.start_kind.currentData()
        self.start_place.setVisible(kind == START_PLACE)
        self.start_account.setVisible(kind == START_ACCOUNT)
        self.return_to_start.setEnabled(kind != START_FIRST_VISIT)

    def start_point(self) -> StartPoint:
        """The start as chosen; ValueError (a sentence) for a place that cannot be read or
        no account picked."""
        kind = self.start_kind.currentData()
        if kind == START_PLACE:
            return StartPoint(*parse_start_place(self.start_place.text()))
        if kind == START_ACCOUNT:
            code = self.start_account.value()
            if not code:
                raise ValueError(self.tr("Choose the account the day starts from."))
            return StartPoint(account_code=code)
        return StartPoint()

    def show_problem(self, name: str, text: str) -> None:
        """Show ``text`` under the field ``name`` (a problem found when planning)."""
        self.problems[name].setText(text)
        self.problems[name].setVisible(bool(text))

    def _fill_regions(self, chosen: str | None) -> None:
        self.region.clear()
        code = self.country.currentData()
        regions = countries().get(code, ()) if code else ()
        self.region.addItem(self.tr("Whole country"), None)
        names = region_names(code) if regions else {}
        for region in regions:
            name = names.get(region)
            self.region.addItem(f"{region} — {name}" if name else region, region)
        self.region.setCurrentIndex(max(0, self.region.findData(chosen)))
        self.region.setVisible(bool(regions))

    # -- official working weekend days ---------------------------------------------------

    def _show_working_weekends(self) -> None:
        """The tick box for a country that has official working weekend days in the
        period's years or the year before, and those in the period: "in this period:
        Sun 28 Sep" ("none known for 2027" when that year has none)."""
        code = self.country.currentData()
        first, last = self.period()
        if code is None or last < first:
            self.working_weekends_row.hide()
            return
        region = self.region.currentData()
        year = working_weekend_days(code, region, date(first.year, 1, 1), date(last.year, 12, 31))
        before = (
            ()
            if year
            else working_weekend_days(
                code, region, date(first.year - 1, 1, 1), date(first.year - 1, 12, 31)
            )
        )
        self.working_weekends_row.setVisible(bool(year or before))
        shown = [d for d in year if first <= d <= last]
        if shown:
            text = self.tr("in this period: %1").replace(
                "%1", listed_text(short_date(d) for d in shown)
            )
        elif year:
            text = self.tr("none in this period")
        else:  # none this year (China's notice is out in November: maybe not in our data)
            text = self.tr("none known for %1").replace("%1", str(first.year))
        self.working_weekend_days.setText(text)

    # -- days off ----------------------------------------------------------------------

    @property
    def days_off(self) -> tuple[DaysOff, ...]:
        return self._days_off

    def edit_days_off(self) -> None:
        dialog = DaysOffDialog(self._days_off, self.first.date().toPython(), self)
        dialog.accepted.connect(lambda: self.set_days_off(dialog.days_off()))
        self.last_dialog = dialog  # for tests
        dialog.open()

    def set_days_off(self, days_off: tuple[DaysOff, ...]) -> None:
        self._days_off = tuple(days_off)
        self._show_days_off()

    def _show_days_off(self) -> None:
        count = len(self._days_off)
        self.days_off_button.setText(
            self.tr("Days off… (%n)", "", count) if count else self.tr("Days off…")
        )

    # -- reading it --------------------------------------------------------------------

    def period(self) -> tuple[date, date]:
        return self.first.date().toPython(), self.last.date().toPython()

    def preferences(self) -> PlanningPreferences:
        """The settings as shown (a start that cannot be read: the first visit; ``check``
        says what is wrong with it)."""
        try:
            start = self.start_point()
        except ValueError:
            start = StartPoint()
        return PlanningPreferences(
            country=self.country.currentData(),
            region=self.region.currentData(),
            days_off=self._days_off,
            working_weekdays=frozenset(i for i, b in enumerate(self.weekdays) if b.isChecked()),
            day_start=_clock(self.day_start),
            day_end=_clock(self.day_end),
            lunch_break=(
                (_clock(self.lunch_from), _clock(self.lunch_to)) if self.lunch.isChecked() else None
            ),
            visits_per_day=self.per_day.value(),
            speed_kmh=self.speed.value(),
            official_working_weekends=self.working_weekends.isChecked(),
            start=start,
            return_to_start=self.return_to_start.isChecked(),
        )

    def check(self) -> bool:
        """Show each problem under its field (and clear the others); True when none."""
        found = dict(self.preferences().problems())
        first, last = self.period()
        if last < first:
            found["period"] = self.tr("The period must end on or after its first day.")
        try:
            self.start_point()
        except ValueError as exc:
            found["start"] = exception_text(exc)
        for name, label in self.problems.items():
            label.setText(user_text(found[name]) if name in found else "")
            label.setVisible(name in found)
        return not found
