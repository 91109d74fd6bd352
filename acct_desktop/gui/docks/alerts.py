"""The Alerts dock: what needs the manager today, red first; open, snooze or dismiss each."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import (
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QStyle,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.config import os_user
from acct_desktop.domain.alerts import (
    Alert,
    AlertKind,
    AlertSettings,
    Severity,
    next_monday,
)
from acct_desktop.domain.text_search import TextFilter
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.dialogs.alert_dialogs import DismissDialog, SnoozeDialog, link_label
from acct_desktop.gui.docks.base import FeatureDock
from acct_desktop.gui.keys import find_key
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP
from acct_desktop.gui.list_print import list_about, screen_list
from acct_desktop.gui.models.alert_list import (
    COLOURS,
    AlertListModel,
    alert_sentence,
    booking_words,
    count_words,
)
from acct_desktop.gui.models.columns import TONE_COLOURS
from acct_desktop.gui.sentences import exception_text
from acct_desktop.gui.undo import ServiceStep
from acct_desktop.gui.widgets.alert_rows import AlertRowDelegate
from acct_desktop.reporting.list_content import ScreenList
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.alerts import AlertsChanged, AlertService
from acct_desktop.services.workspace import Workspace


class AlertsDock(FeatureDock):
    """The alert list: a summary line by kind, then every alert, red first and the latest
    first. Reading runs off the UI thread; snoozes and dismissals are the user's own."""

    NAME = "alertsDock"
    TITLE = QT_TRANSLATE_NOOP("docks", "Alerts")
    AREA = Qt.DockWidgetArea.RightDockWidgetArea

    open_action: QAction
    dismiss_action: QAction
    restore_action: QAction
    refresh_action: QAction

    # AlertKind, account id, object id, the alert's arguments (a sales alert's month,
    # measure and currency: Plan vs actual shows those figures)
    open_requested = Signal(object, object, object, object)
    alerts_changed = Signal(object)  # AlertsChanged, after a snooze, dismissal or restore
    refreshed = Signal()  # a fresh list is shown

    def __init__(self, current: CurrentAccount, parent: QWidget | None = None) -> None:
        super().__init__(current, parent)
        self.today: Callable[[], date] = date.today
        self.settings = AlertSettings()
        self.service: AlertService | None = None
        self.kind_filter: AlertKind | None = None
        self._all: list[Alert] | None = None  # None: not read yet
        self._generation = 0
        self.model = AlertListModel(self)
        self.view = QListView()
        self.view.setObjectName("alertList")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setUniformItemSizes(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setItemDelegate(AlertRowDelegate(self.view))
        # (a narrow panel — a laptop at 150 % — puts the sentence on two lines first)
        # rows fit the panel's width: the sentence on its line (cut at its end), the
        # account on the next (cut in its middle: a branch's name ends with where it is),
        # each with "…" where it is longer (whole in the tooltip). Not wrapped: every
        # row is as tall as the last (uniform sizes), and a Dutch sentence wrapping onto
        # the second line pushed the account out of the row.
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setWordWrap(False)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.activated.connect(lambda _index: self.open_selected())
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._row_menu)
        self.summary = link_label(self._filter_kind)
        self.empty = link_label(lambda _link: self.show_dismissed.setChecked(True))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self._stack = QStackedWidget()
        self._stack.addWidget(self.view)
        self._stack.addWidget(self.empty)
        self._build_actions()
        # Ctrl+F: the alerts by account or by what they say, accents and case aside
        self.find_box = QLineEdit()
        self.find_box.setObjectName("alertFind")
        self.find_box.setPlaceholderText(self.tr("Find an alert: account or text (Ctrl+F)"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.textChanged.connect(lambda _t: self._show_list())
        self.find_box.returnPressed.connect(lambda: self.view.setFocus())
        find_key(self, self.find_box, self.tr("Find an alert"))
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 2, 4, 4)
        layout.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self.toolbar, 1)
        top.addWidget(self.refresh_button)
        layout.addLayout(top)
        layout.addWidget(self.find_box)
        layout.addWidget(self.summary)
        layout.addWidget(self._stack, 1)
        layout.addWidget(self.show_dismissed_box)
        self.setWidget(body)
        body.setFocusProxy(self.view)  # keyboard users land on the list: Enter, Delete
        self.setFocusProxy(self.view)
        self.view.selectionModel().selectionChanged.connect(lambda *_: self._update_actions())
        self.model.modelReset.connect(self._update_actions)
        self._show_list()

    # -- actions ----------------------------------------------------------------------------
    def _build_actions(self) -> None:
        specs = (  # name, text, tooltip, slot, theme icon, fallback icon
            ("open_action", self.tr("Open"), self.tr("Open what the alert is about (Enter)"),
             self.open_selected, "GoNext", "SP_ArrowForward"),
            ("dismiss_action", self.tr("Dismiss…"),
             self.tr("Hide the alert, with a reason, until what it is about changes (Delete)"),
             self.dismiss_selected, "EditDelete", "SP_DialogDiscardButton"),
            ("restore_action", self.tr("Restore"),
             self.tr("Show a snoozed or dismissed alert again"),
             self.restore_selected, "EditUndo", "SP_ArrowBack"),
            ("refresh_action", self.tr("Refresh"), self.tr("Read the alerts again (F5)"),
             self.reload, "ViewRefresh", "SP_BrowserReload"),
        )  # fmt: skip
        for name, text, tip, slot, theme, fallback in specs:
            action = QAction(self._icon(theme, fallback), text, self)
            action.setToolTip(tip)
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            setattr(self, name, action)
        self.snooze_menu = QMenu(self.tr("Snooze"), self)
        for text, until in (
            (self.tr("Until tomorrow"), lambda: self.today() + timedelta(days=1)),
            (self.tr("Until next Monday"), lambda: next_monday(self.today())),
            (self.tr("For a week"), lambda: self.today() + timedelta(days=7)),
        ):
            self.snooze_menu.addAction(text, lambda until=until: self.snooze_selected(until()))
        self.snooze_menu.addSeparator()
        self.snooze_menu.addAction(self.tr("Until a date…"), self.pick_snooze_date)
        self.snooze_action = self.snooze_menu.menuAction()
        self.snooze_action.setIcon(self._icon("AppointmentSoon", "SP_BrowserStop"))
        self.snooze_action.setToolTip(self.tr("Hide the alert until a day you choose"))
        self.show_dismissed = QAction(self.tr("Show dismissed"), self)
        self.show_dismissed.setCheckable(True)
        self.show_dismissed.setToolTip(self.tr("Also list the alerts you snoozed or dismissed"))
        self.show_dismissed.toggled.connect(self._dismissed_toggled)
        self.show_dismissed_box = QCheckBox(self.show_dismissed.text())
        self.show_dismissed_box.setToolTip(self.show_dismissed.toolTip())
        self.show_dismissed_box.toggled.connect(self.show_dismissed.setChecked)
        self.dismiss_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.dismiss_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.view.addAction(self.dismiss_action)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("alertsToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.setIconSize(self.toolbar.iconSize() * 0.75)
        self.toolbar.addActions([self.open_action, self.snooze_action, self.dismiss_action])
        self.toolbar.addAction(self.restore_action)
        self.restore_action.setVisible(False)
        opener = self.toolbar.widgetForAction(self.open_action)
        if isinstance(opener, QToolButton):  # double-click and Enter open too; room for Restore
            opener.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        snooze = self.toolbar.widgetForAction(self.snooze_action)
        if isinstance(snooze, QToolButton):
            snooze.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.refresh_button = QToolButton()
        self.refresh_button.setDefaultAction(self.refresh_action)
        self.refresh_button.setAutoRaise(True)
        self.refresh_button.setIconSize(self.toolbar.iconSize())

    def _dismissed_toggled(self, on: bool) -> None:
        """Restore only makes sense while the hidden alerts are listed."""
        self.show_dismissed_box.setChecked(on)
        self.restore_action.setVisible(on)
        self._show_list()

    def _icon(self, theme: str, fallback: str) -> QIcon:
        return QIcon.fromTheme(
            getattr(QIcon.ThemeIcon, theme),
            self.style().standardIcon(getattr(QStyle.StandardPixmap, fallback)),
        )

    def _row_menu(self, position: QPoint) -> None:
        if self.service is None or self.selected_alert() is None:
            return
        menu = QMenu(self)
        menu.addAction(self.open_action)
        menu.addMenu(self.snooze_menu)
        menu.addActions([self.dismiss_action, self.restore_action])
        menu.addSeparator()
        menu.addActions([self.show_dismissed, self.refresh_action])
        menu.exec(self.view.viewport().mapToGlobal(position))

    def screen_list(self) -> ScreenList:
        """The alerts as listed now (the kind chosen, the words found), for Ctrl+P."""
        found = self.find_box.text().strip()
        about = list_about(f"“{found}”" if found else "", today=date.today())
        return screen_list(self.view, self.windowTitle(), about)

    def _update_actions(self) -> None:
        alert = self.selected_alert()
        for action in (self.open_action, self.snooze_action, self.dismiss_action):
            action.setEnabled(alert is not None)
        self.restore_action.setEnabled(alert is not None and alert.hidden)
        self.refresh_action.setEnabled(self.service is not None)

    # -- reading ----------------------------------------------------------------------------
    def set_workspace(self, workspace: Workspace | None) -> None:
        self.service = (
            # whose snoozes and dismissals (kept per login, as form drafts are), not an
            # audited act: a name filled in under My details later must not bring them back
            AlertService(workspace.db, os_user(), today=lambda: self.today())
            if workspace is not None
            else None
        )
        self._all = None
        self.kind_filter = None
        super().set_workspace(workspace)

    def account_changed(self, account_id: uuid.UUID | None) -> None:
        """Alerts cover the whole territory: the current account changes nothing here."""

    def reload(self) -> None:
        """Read the alerts again off the UI thread (F5, a new database, a change)."""
        self._generation += 1
        generation, service = self._generation, self.service
        if service is None:
            self._all = None
            self._show_list()
            return
        today, settings = self.today(), self.settings

        def work() -> list[Alert]:
            return service.alerts(today, settings, include_hidden=True)

        def done(alerts: list[Alert]) -> None:
            if generation == self._generation:
                self._all = alerts
                self._show_list()
                self.refreshed.emit()

        def failed(message: str) -> None:
            if generation == self._generation:
                text = self.tr("The alerts could not be read (%1). Press F5 to try again.")
                self.summary.setText(text.replace("%1", message))
                self.summary.show()

        if self.background is None:
            done(work())
        else:
            self.background.submit(work, done, failed, replaces="alerts")

    def _show_list(self) -> None:
        selected = self.selected_alert()
        old_row = self.view.currentIndex().row()
        found = TextFilter.of(self.find_box.text())
        wanted = sorted(  # the hidden ones (when shown) after the rest
            (
                alert
                for alert in self._all or ()
                if (self.show_dismissed.isChecked() or not alert.hidden)
                and (self.kind_filter is None or alert.kind is self.kind_filter)
                and found.keeps(alert.account_name, free=(alert_sentence(alert),))
            ),
            key=lambda alert: alert.hidden,
        )
        self.model.set_alerts(wanted)
        if selected is not None and self.model.row_of(selected.key) is not None:
            self.select_key(selected.key)
        elif selected is not None and wanted:  # it went away: on to the next one
            self.view.setCurrentIndex(self.model.index(min(old_row, len(wanted) - 1), 0))
        self._show_summary()
        self._stack.setCurrentWidget(self.view if wanted else self.empty)

    def _show_summary(self) -> None:
        if self.service is None or self._all is None:
            self.summary.hide()
            self.empty.setText(
                self.tr("Open a database to see what needs you today.")
                if self.service is None
                else self.tr("Reading alerts…")
            )
            return
        shown = [alert for alert in self._all if not alert.hidden]
        counts = Counter(alert.kind for alert in shown)
        worst = {alert.kind: alert.severity for alert in reversed(shown)}  # red sorts first
        text_colour = self.palette().color(QPalette.ColorRole.WindowText).name()

        def part(kind: AlertKind, severity: Severity, words: str) -> str:
            return (
                f'<a href="{kind.value}" style="text-decoration:none;color:{text_colour};'
                f'font-weight:{600 if kind is self.kind_filter else 400}">'
                f'<span style="color:{COLOURS[severity]}">●</span>&nbsp;{words}</a>'
            )

        booked = sum(1 for alert in shown if alert.booked is not None)
        parts = []
        for kind in AlertKind:
            if not counts[kind]:
                continue
            if kind is AlertKind.VISIT_OVERDUE and booked:
                # how many still need a visit, then how many have one booked
                to_book = counts[kind] - booked
                if to_book:
                    parts.append(part(kind, Severity.RED, booking_words(False, to_book)))
                parts.append(part(kind, Severity.AMBER, booking_words(True, booked)))
                continue
            words = count_words(kind, counts[kind], self.settings.quote_days)
            parts.append(part(kind, worst[kind], words))
        if self.kind_filter is not None:
            parts.append('<a href="all">' + self.tr("Show all") + "</a>")
        self.summary.setText(" · ".join(parts))
        self.summary.setVisible(bool(parts))
        empty = f'<span style="color:{TONE_COLOURS["done"]}">✓</span> ' + self.tr(
            "Nothing needs you today."
        )
        hidden = len(self._all) - len(shown)
        if hidden and not self.show_dismissed.isChecked():
            more = self.tr("%1 snoozed or dismissed: show them").replace("%1", str(hidden))
            empty += f'<br><a href="dismissed">{more}</a>'
        if self.find_box.text().strip() and shown:
            empty = self.tr("No alert matches the search. Clear it to see them all.")
        self.empty.setText(empty)

    def _filter_kind(self, link: str) -> None:
        self.kind_filter = None if link == "all" else AlertKind(link)
        self._show_list()

    # -- the selected alert -----------------------------------------------------------------
    def selected_alert(self) -> Alert | None:
        rows = self.view.selectionModel().selectedRows() if self.view.selectionModel() else []
        return self.model.alert(rows[0].row()) if rows else None

    def select_key(self, key: str) -> None:
        row = self.model.row_of(key)
        if row is not None:
            index = self.model.index(row, 0)
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def shown_row_count(self) -> int:
        return self.model.rowCount()

    def open_selected(self) -> None:
        alert = self.selected_alert()
        if alert is not None:
            self.open_requested.emit(alert.kind, alert.account_id, alert.object_id, alert.arguments)

    def snooze_selected(self, until: date, note: str = "") -> None:
        alert, service = self.selected_alert(), self.service
        if alert is not None and service is not None:
            self._change(
                alert,
                self.tr("snooze the alert “%1”"),
                lambda: service.snooze(alert.key, until, note),
            )

    def pick_snooze_date(self) -> SnoozeDialog | None:
        """Ask for the day (and a note) to snooze the selected alert until."""
        alert = self.selected_alert()
        if alert is None or self.service is None:
            return None
        service = self.service
        dialog = SnoozeDialog(
            f"{alert_sentence(alert)}\n{alert.account_name}",
            self.today(),
            lambda until, note: self._record(
                alert,
                self.tr("snooze the alert “%1”"),
                lambda: service.snooze(alert.key, until, note),
            ),
            self,
        )
        dialog.open()
        return dialog

    def dismiss_selected(self) -> DismissDialog | None:
        """Ask why the selected alert is dismissed (required), then hide it."""
        alert = self.selected_alert()
        if alert is None or self.service is None:
            return None
        service = self.service
        dialog = DismissDialog(
            f"{alert_sentence(alert)}\n{alert.account_name}",
            lambda reason: self._record(
                alert,
                self.tr("dismiss the alert “%1”"),
                lambda: service.dismiss(alert.key, reason, alert.fingerprint),
            ),
            self,
        )
        dialog.open()
        return dialog

    def restore_selected(self) -> None:
        alert, service = self.selected_alert(), self.service
        if alert is not None and alert.hidden and service is not None:
            self._change(
                alert, self.tr("show the alert “%1” again"), lambda: service.restore(alert.key)
            )

    def _change(self, alert: Alert, text: str, change: Callable[[], AlertsChanged]) -> None:
        try:
            self._record(alert, text, change)
        except EditRejected as exc:
            self._complain(exception_text(exc))

    def _complain(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Alerts"), message)

    def _record(self, alert: Alert, text: str, change: Callable[[], AlertsChanged]) -> None:
        """Make ``change`` (a refusal raises, for the dialog to show under its form) and
        keep it as one undo step (``text``: its name, %1 the alert): undo puts the alert
        back as it was — shown, or its earlier snooze or dismissal — and redo makes the
        change again."""
        service = self.service
        if service is None:
            return
        before = service.dismissals().get(alert.key)
        changed = change()
        if self.undo_stack is not None:
            self.undo_stack.push(
                ServiceStep(
                    text.replace("%1", alert_sentence(alert)),
                    change,
                    lambda: service.put_back(alert.key, before),
                    refusals=(EditRejected,),
                    complain=self._complain,
                    after=self.reload,
                    shown=lambda again: self._apply(alert, again),
                )
            )
        self._apply(alert, changed)

    def _apply(self, alert: Alert, changed: AlertsChanged) -> None:
        """Show the change at once, then read the list again to be sure."""
        if self.service is not None and self._all is not None:
            dismissal = self.service.dismissals().get(alert.key) if changed.hidden else None
            self._all = [
                replace(a, dismissal=dismissal) if a.key in changed.keys else a for a in self._all
            ]
            self._show_list()
        self.alerts_changed.emit(changed)
        self.reload()
