"""The Alerts dock on the S demo: the summary, opening an alert, snoozing and dismissing it
through the menu and the dialogs, showing and restoring hidden ones, and the model."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialogButtonBox, QStyleOptionViewItem

from acct_desktop.domain import alerts as domain
from acct_desktop.domain.alerts import AlertKind, AlertSettings, Dismissal
from acct_desktop.gui.background import BackgroundRunner
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.dialogs.alert_dialogs import DismissDialog
from acct_desktop.gui.docks import alerts as dock_module
from acct_desktop.gui.docks.alerts import AlertsDock
from acct_desktop.gui.labels import percent_text
from acct_desktop.gui.models.alert_list import alert_sentence
from acct_desktop.gui.widgets.alert_rows import LINE_SEPARATOR
from acct_desktop.services.workspace import Workspace
from acct_desktop.store.models.alerts import AlertDismissal
from tests.conftest import DEMO_TODAY


@pytest.fixture
def workspace(demo_db):
    ws = Workspace.open(demo_db)  # not open_workspace: it would expire the demo's quotes
    AlertDismissal.__table__.create(ws.db.engine, checkfirst=True)  # type: ignore[attr-defined]
    yield ws
    ws.close()


@pytest.fixture
def dock(qtbot, workspace: Workspace) -> AlertsDock:
    alerts = AlertsDock(CurrentAccount())
    alerts.today = lambda: DEMO_TODAY
    alerts.background = BackgroundRunner(alerts)
    qtbot.addWidget(alerts)
    alerts.resize(360, 600)
    alerts.show()
    with qtbot.waitSignal(alerts.refreshed, timeout=10_000):
        alerts.set_workspace(workspace)
    yield alerts
    alerts.background.wait()
    alerts.set_workspace(None)


def expected(workspace: Workspace, **settings) -> list[domain.Alert]:
    return dock_module.AlertService(workspace.db, "x").alerts(DEMO_TODAY, AlertSettings(**settings))


def select(dock: AlertsDock, row: int) -> domain.Alert:
    dock.view.setCurrentIndex(dock.model.index(row, 0))
    return dock.model.alert(row)


def test_the_dock_lists_every_alert_red_first_with_a_summary_by_kind(dock, workspace) -> None:
    alerts = expected(workspace)
    assert [a.key for a in dock.model.alerts()] == [a.key for a in alerts]
    visits = sum(a.kind is AlertKind.VISIT_OVERDUE for a in alerts)
    booked = sum(a.booked is not None for a in alerts)
    issues = sum(a.kind is AlertKind.ISSUE_OVERDUE for a in alerts)
    summary = dock.summary.text()
    # the demo has overdue accounts with a visit planned: how many still need one, then
    # how many are booked
    assert 0 < booked < visits
    assert f"{visits - booked} visits overdue, not booked" in summary
    assert f"{booked} overdue visits booked" in summary
    assert f"{issues} issues past deadline" in summary
    assert "quotes expire within 7 days" in summary and "●" in summary
    first = dock.model.index(0, 0)
    assert dock.model.data(first).split("\n") == [alert_sentence(alerts[0]), alerts[0].account_name]
    assert "Red: needs you now" in dock.model.data(first, Qt.ItemDataRole.ToolTipRole)


def test_an_overdue_visit_with_one_booked_says_the_day_and_comes_after_the_unbooked(
    dock,
) -> None:
    visits = [a for a in dock.model.alerts() if a.kind is AlertKind.VISIT_OVERDUE]
    booked = [a for a in visits if a.booked is not None]
    assert booked and visits[-len(booked) :] == booked  # the unbooked ones first
    row = dock.model.row_of(booked[0].key)
    assert row is not None
    sentence = dock.model.data(dock.model.index(row, 0)).split("\n")[0]
    weekday = booked[0].booked.strftime("%a")  # English: the C locale's short day name
    assert sentence.startswith(f"Visit {booked[0].days_late} days overdue · visit booked ")
    assert weekday in sentence and str(booked[0].booked.year) not in sentence  # "Fri 04/12"


def painted_lines(dock: AlertsDock, row: int) -> list[str]:
    """Row ``row``'s lines as the list paints them at its width."""
    option = QStyleOptionViewItem()
    dock.view.initViewItemOption(option)
    index = dock.model.index(row, 0)
    option.rect = dock.view.visualRect(index)
    return dock.view.itemDelegate().shown(option, index).text.split(LINE_SEPARATOR)


def test_a_sales_alert_shows_its_gap_and_the_end_of_a_long_account_name(qtbot, dock) -> None:
    sales = next(a for a in dock.model.alerts() if a.kind is AlertKind.SALES_BELOW_TARGET)
    name = "Công ty TNHH Dầu nhớt Cửu Long Kho chi nhánh Trung tâm phân phối Vinh 2"
    dock.model.set_alerts([replace(sales, account_name=name)])
    dock.resize(300, 600)  # narrower than the default dock
    qtbot.waitUntil(lambda: dock.view.viewport().width() < 300)
    *sentence_lines, account = [line for line in painted_lines(dock, 0) if line.strip()]
    sentence = " ".join(sentence_lines)  # a narrow panel gives the sentence two lines
    assert percent_text(sales.amount) in sentence  # the gap, not only in the tooltip
    assert sentence.split()[0] in {"Sell-in", "Outbound", "Sell-out", "Stock"}
    assert "…" in account and account.startswith("Công ty") and account.endswith("Vinh 2")


def test_the_model_passes_the_model_tester(qtmodeltester, dock) -> None:
    qtmodeltester.check(dock.model)


def test_every_alert_sentence_is_marked_for_translation() -> None:
    from acct_desktop.gui.models import alert_list

    assert alert_list.TITLES == domain.TITLES


def test_double_click_and_enter_ask_to_open_what_the_alert_is_about(qtbot, dock) -> None:
    alert = select(dock, 2)
    rect = dock.view.visualRect(dock.model.index(2, 0))
    viewport, left = dock.view.viewport(), Qt.MouseButton.LeftButton
    opened: list[tuple] = []
    dock.open_requested.connect(lambda *args: opened.append(args))
    qtbot.mouseClick(viewport, left, pos=rect.center())  # a real double-click presses first
    assert opened == []
    qtbot.mouseDClick(viewport, left, pos=rect.center())
    assert opened == [(alert.kind, alert.account_id, alert.object_id, alert.arguments)]
    dock.view.setFocus()
    qtbot.keyClick(dock.view, Qt.Key.Key_Return)
    assert opened[1:] == [(alert.kind, alert.account_id, alert.object_id, alert.arguments)]


def test_snoozing_until_tomorrow_hides_the_alert(qtbot, dock) -> None:
    alert = select(dock, 0)
    tomorrow = next(a for a in dock.snooze_menu.actions() if a.text() == "Until tomorrow")
    with qtbot.waitSignal(dock.refreshed, timeout=10_000):
        tomorrow.trigger()
    assert dock.model.row_of(alert.key) is None
    assert dock.service.dismissals()[alert.key].until == DEMO_TODAY + timedelta(days=1)


def test_snoozing_until_a_picked_date_goes_through_the_dialog(qtbot, dock) -> None:
    alert = select(dock, 1)
    dialog = dock.pick_snooze_date()
    assert dialog.until.minimumDate() == QDate(DEMO_TODAY + timedelta(days=1))
    dialog.until.setDate(QDate(DEMO_TODAY + timedelta(days=10)))
    dialog.note.setText("Chị Lan đi công tác, gọi lại sau")
    with qtbot.waitSignal(dock.refreshed, timeout=10_000):
        qtbot.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )
    assert not dialog.isVisible() and dock.model.row_of(alert.key) is None
    snooze = dock.service.dismissals()[alert.key]
    assert snooze.until == DEMO_TODAY + timedelta(days=10) and snooze.reason.startswith("Chị")


def test_dismissing_needs_a_reason_then_show_dismissed_and_restore(qtbot, dock) -> None:
    following = dock.model.alert(1)
    alert = select(dock, 0)
    dock.view.setFocus()
    qtbot.keyClick(dock.view, Qt.Key.Key_Delete)
    dialog = next(d for d in dock.findChildren(DismissDialog) if d.isVisible())
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "Say why" in dialog.error.text()
    dialog.reason.setPlainText("客户已电话确认新的截止日期")
    with qtbot.waitSignal(dock.refreshed, timeout=10_000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and dock.model.row_of(alert.key) is None
    assert dock.selected_alert() == following  # on to the next one
    assert not dock.restore_action.isVisible()

    dock.show_dismissed_box.setChecked(True)
    row = dock.model.row_of(alert.key)
    assert row == dock.model.rowCount() - 1  # hidden ones come last
    assert "Dismissed: 客户已电话确认新的截止日期" in dock.model.data(dock.model.index(row, 0))
    select(dock, row)
    assert dock.restore_action.isVisible() and dock.restore_action.isEnabled()
    with qtbot.waitSignal(dock.refreshed, timeout=10_000):
        dock.restore_action.trigger()
    assert dock.model.row_of(alert.key) == 0 and not dock.model.alert(0).hidden


def test_a_summary_link_shows_one_kind_and_show_all_brings_back_the_rest(dock) -> None:
    total = dock.model.rowCount()
    dock.summary.linkActivated.emit("issue_overdue")
    assert {a.kind for a in dock.model.alerts()} == {AlertKind.ISSUE_OVERDUE}
    assert "Show all" in dock.summary.text()
    dock.summary.linkActivated.emit("all")
    assert dock.model.rowCount() == total


def test_with_nothing_to_do_the_dock_says_so(qtbot, dock) -> None:
    dock.settings = AlertSettings(kinds=frozenset())
    with qtbot.waitSignal(dock.refreshed, timeout=10_000):
        dock.reload()
    assert dock.shown_row_count() == 0 and not dock.empty.isHidden()
    assert "Nothing needs you today." in dock.empty.text() and dock.summary.isHidden()


def test_a_sales_alert_says_its_amounts_in_the_accounts_currency(qtbot) -> None:
    """Actual against target with the currency and its decimals: 18,000,000 VND, not
    18000000.00 with no unit (QA)."""
    import uuid
    from datetime import date
    from decimal import Decimal

    from acct_desktop.domain.enums import Measure
    from acct_desktop.gui.models.alert_list import AlertListModel

    alert = domain.sales_alert(
        uuid.uuid4(),
        "Gara Tâm An",
        Measure.OUTBOUND,
        date(2026, 10, 1),
        Decimal("18000000.00"),
        Decimal("25000000.00"),
        AlertSettings(),
        "VND",
    )
    assert alert is not None
    tip = AlertListModel._tooltip(alert)
    assert "18,000,000 VND against a target of 25,000,000 VND" in tip
    assert ".00" not in tip


def first_row(qtbot, dock: AlertsDock, alerts: list[domain.Alert]) -> QImage:
    """The first row as the list paints it, none selected."""
    dock.model.set_alerts(alerts)
    qtbot.waitUntil(lambda: dock.view.visualRect(dock.model.index(0, 0)).height() > 0)
    return dock.view.viewport().grab(dock.view.visualRect(dock.model.index(0, 0))).toImage()


@pytest.mark.parametrize("language", ["en", "nl", "vi", "zh_CN"])
def test_every_row_shows_its_account_whatever_the_language(
    qtbot, dock, speak, language: str
) -> None:
    """Before: in Dutch "Probleem IS-2026-00006 144 dagen over de uiterste datum" wrapped
    onto the row's second line and the account ("安驰汽车养护中心 深圳") was cut away (every
    row is as tall as the last, a short one): two alerts about different accounts looked
    the same. The sentence ends in "…" on its line, the account is on the next; the
    tooltip has both whole."""
    if language != "en":
        speak(language)
    dock.resize(300, 600)
    alerts = dock.model.alerts()
    issue = next(a for a in alerts if a.kind is AlertKind.ISSUE_OVERDUE)
    visit = next(a for a in alerts if a.kind is AlertKind.VISIT_OVERDUE)
    short = replace(visit, account_name="Gara Tâm An")  # a line each
    issue = replace(issue, account_name="安驰汽车养护中心 深圳")
    other = replace(issue, account_name="Wegwijs Tankstations Magazijn Arnhem 2")
    assert first_row(qtbot, dock, [issue, short]) != first_row(qtbot, dock, [other, short])
    reason = "De klant belde: de nieuwe termijn is eind januari, na de inventaris. " * 2
    dismissed = Dismissal(issue.key, None, reason, "x", datetime(2026, 11, 2, 9, 0), None)
    issue, other = replace(issue, dismissal=dismissed), replace(other, dismissal=dismissed)
    assert first_row(qtbot, dock, [issue, short]) != first_row(qtbot, dock, [other, short]), (
        "a dismissed alert shows its account before the reason"
    )
    tip = dock.model.data(dock.model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert alert_sentence(issue) in tip and "Wegwijs Tankstations Magazijn Arnhem 2" in tip


def test_in_a_narrow_panel_the_sentence_takes_two_lines_before_it_is_cut(qtbot, dock) -> None:
    """At 150 % the panel is about 190 pixels wide: a row read "问题 IS-202…" over
    "安驰汽车养…". There the sentence wraps onto a second line, the account below it;
    a wide panel keeps the sentence and the account on one line each."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from acct_desktop.gui.widgets.alert_rows import LINE, two_lines

    view = dock.view
    index = dock.model.index(0, 0)
    sentence, account = index.data().split("\n")

    def shown(width: int) -> list[str]:
        dock.resize(width, 500)
        qtbot.wait(10)
        option = QStyleOptionViewItem()
        option.initFrom(view.viewport())
        view.itemDelegate().initStyleOption(option, index)
        return option.text.replace("\n", LINE).split(LINE)

    assert shown(900) == [sentence, account]
    narrow = shown(200)
    assert len(narrow) == 3 and narrow[2] == account
    assert "…" not in narrow[0] and (narrow[0] + " " + narrow[1]).strip().startswith(sentence[:8])
    assert view.sizeHintForRow(0) > 2 * view.fontMetrics().lineSpacing()
    metrics = view.fontMetrics()
    first, second = two_lines("问题 IS-2026-00006 已逾期 144 天", metrics, 10_000)
    assert (first, second) == ("问题 IS-2026-00006 已逾期 144 天", "")
    width = metrics.horizontalAdvance("问题 IS-2026-00006 已逾期")
    assert two_lines("问题 IS-2026-00006 已逾期 144 天", metrics, width + 2) == (
        "问题 IS-2026-00006 已逾期",
        "144 天",
    )
