"""The Alerts dock's list: each alert as a sentence with its coloured dot, and the
words that summarise them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from acct_desktop.domain.alerts import (
    Alert,
    AlertKind,
    Dismissal,
    Severity,
)
from acct_desktop.domain.percentages import Percent
from acct_desktop.domain.sentences import filled_in
from acct_desktop.gui.labels import (
    NEAR_DAYS,
    QT_TRANSLATE_NOOP,
    format_day_with_weekday,
    format_decimal,
    format_month,
    format_value,
    money_text,
    percent_text,
)
from acct_desktop.gui.models.columns import TONE_COLOURS

ALERT_ROLE = Qt.ItemDataRole.UserRole + 1  # the Alert itself
Index = QModelIndex | QPersistentModelIndex
COLOURS = {
    Severity.RED: TONE_COLOURS["overdue"],
    Severity.AMBER: TONE_COLOURS["due_soon"],
    None: TONE_COLOURS["draft"],  # snoozed or dismissed
}
# The sentences of ``domain.alerts.TITLES``, marked for translation (a test keeps them equal).
TITLES = (
    QT_TRANSLATE_NOOP("alerts", "Visit 1 day overdue"),
    QT_TRANSLATE_NOOP("alerts", "Visit {days} days overdue"),
    QT_TRANSLATE_NOOP("alerts", "{number} expires today"),
    QT_TRANSLATE_NOOP("alerts", "{number} expires tomorrow"),
    QT_TRANSLATE_NOOP("alerts", "{number} expires in {days} days"),
    QT_TRANSLATE_NOOP(
        "alerts", "Rebate {number} entered late: {delay} days after signing (limit {limit})"
    ),
    QT_TRANSLATE_NOOP("alerts", "Rebate {number} signed {signed}, still a draft"),
    QT_TRANSLATE_NOOP("alerts", "Rebate {number} signed {signed}, still awaiting approval"),
    QT_TRANSLATE_NOOP("alerts", "Issue {number} 1 day past deadline"),
    QT_TRANSLATE_NOOP("alerts", "Issue {number} {days} days past deadline"),
    QT_TRANSLATE_NOOP("alerts", "Sell-in {gap} below target · {month}"),
    QT_TRANSLATE_NOOP("alerts", "Outbound {gap} below target · {month}"),
    QT_TRANSLATE_NOOP("alerts", "Sell-out {gap} below target · {month}"),
    QT_TRANSLATE_NOOP("alerts", "Stock {gap} below target · {month}"),
    QT_TRANSLATE_NOOP("alerts", "Visit 1 day overdue · visit booked {booked}"),
    QT_TRANSLATE_NOOP("alerts", "Visit {days} days overdue · visit booked {booked}"),
)

# The summary's words per kind: (one, several); %1 is the count, %2 the quote days.
COUNT_WORDS = {
    AlertKind.VISIT_OVERDUE: (
        QT_TRANSLATE_NOOP("alerts", "1 visit overdue"),
        QT_TRANSLATE_NOOP("alerts", "%1 visits overdue"),
    ),
    AlertKind.QUOTE_EXPIRING: (
        QT_TRANSLATE_NOOP("alerts", "1 quote expires within %2 days"),
        QT_TRANSLATE_NOOP("alerts", "%1 quotes expire within %2 days"),
    ),
    AlertKind.REBATE_LATE: (
        QT_TRANSLATE_NOOP("alerts", "1 rebate entered late"),
        QT_TRANSLATE_NOOP("alerts", "%1 rebates entered late"),
    ),
    AlertKind.REBATE_NOT_ACTIVE: (
        QT_TRANSLATE_NOOP("alerts", "1 rebate not yet active"),
        QT_TRANSLATE_NOOP("alerts", "%1 rebates not yet active"),
    ),
    AlertKind.ISSUE_OVERDUE: (
        QT_TRANSLATE_NOOP("alerts", "1 issue past deadline"),
        QT_TRANSLATE_NOOP("alerts", "%1 issues past deadline"),
    ),
    AlertKind.SALES_BELOW_TARGET: (
        QT_TRANSLATE_NOOP("alerts", "1 account below target"),
        QT_TRANSLATE_NOOP("alerts", "%1 accounts below target"),
    ),
}


# An overdue visit's summary when some of them have a visit booked: those still to book
# (red), then those booked (amber).
BOOKING_WORDS = (
    (
        QT_TRANSLATE_NOOP("alerts", "1 visit overdue, not booked"),
        QT_TRANSLATE_NOOP("alerts", "%1 visits overdue, not booked"),
    ),
    (
        QT_TRANSLATE_NOOP("alerts", "1 overdue visit booked"),
        QT_TRANSLATE_NOOP("alerts", "%1 overdue visits booked"),
    ),
)


def booking_words(booked: bool, count: int) -> str:
    """ "87 visits overdue, not booked" / "24 overdue visits booked"."""
    words = QCoreApplication.translate("alerts", BOOKING_WORDS[booked][count != 1])
    return words.replace("%1", QLocale().toString(count))


def count_words(kind: AlertKind, count: int, quote_days: int) -> str:
    """ "7 visits overdue", "1 quote expires within 7 days" … in the user's language."""
    words = QCoreApplication.translate("alerts", COUNT_WORDS[kind][count != 1])
    return filled_in(words, QLocale().toString(count), str(quote_days))


def _shown(name: str, value: object) -> str:
    locale = QLocale()
    if isinstance(value, int):
        return locale.toString(value)
    if isinstance(value, Decimal):
        return format_decimal(value, locale)
    if isinstance(value, Percent):  # "18.0%" · "18,0 %"
        return percent_text(value.value, signed=value.signed, locale=locale)
    if isinstance(value, date) and name == "month":  # "Oct 2026" · "10/2026": a short end
        return format_month(value, locale=locale)
    if isinstance(value, date) and name == "booked":  # "Fri 04/12" (a year on: 04/12/2027)
        near = (value - date.today()).days < NEAR_DAYS
        return format_day_with_weekday(value, locale, year=not near)
    return format_value(value)


def _amount(value: object, currency: object) -> str:
    """A sales figure with its currency and the currency's decimals (25,000,000 VND, not
    25000000.00)."""
    if isinstance(value, Decimal) and isinstance(currency, str) and currency:
        return f"{money_text(value, currency)} {currency}"
    return _shown("amount", value)


def alert_sentence(alert: Alert) -> str:
    """The alert's sentence in the user's language, numbers and dates the locale's way."""
    template = QCoreApplication.translate("alerts", alert.title)
    return template.format(**{name: _shown(name, value) for name, value in alert.params})


def hidden_note(dismissal: Dismissal) -> str:
    """Why a hidden alert is hidden: snoozed until a day, or dismissed with a reason."""
    if dismissal.until is not None:
        text = QCoreApplication.translate("alerts", "Snoozed until %1")
        return text.replace("%1", format_value(dismissal.until))
    text = QCoreApplication.translate("alerts", "Dismissed: %1")
    return text.replace("%1", dismissal.reason)


def _dot(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(colour))
    painter.drawEllipse(2, 2, size - 4, size - 4)
    painter.end()
    return QIcon(pixmap)


class AlertListModel(QAbstractListModel):
    """The alerts as two-line rows: the sentence, then the account (and why it is hidden)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._alerts: list[Alert] = []
        self._icons: dict[str, QIcon] = {}

    def set_alerts(self, alerts: list[Alert]) -> None:
        self.beginResetModel()
        self._alerts = list(alerts)
        self.endResetModel()

    def alert(self, row: int) -> Alert:
        return self._alerts[row]

    def alerts(self) -> list[Alert]:
        return list(self._alerts)

    def row_of(self, key: str) -> int | None:
        return next((row for row, a in enumerate(self._alerts) if a.key == key), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._alerts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._alerts):
            return None
        alert = self._alerts[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{alert_sentence(alert)}\n{self._second_line(alert)}"
        if role == Qt.ItemDataRole.DecorationRole:
            colour = COLOURS[None if alert.hidden else alert.severity]
            if colour not in self._icons:
                self._icons[colour] = _dot(colour)
            return self._icons[colour]
        if role == Qt.ItemDataRole.ForegroundRole and alert.hidden:
            return QColor(COLOURS[None])
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._tooltip(alert)
        if role == ALERT_ROLE:
            return alert
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    @staticmethod
    def _second_line(alert: Alert) -> str:
        """The account, then why the alert is hidden (a long reason ends in "…", not the
        account)."""
        if alert.dismissal is None:
            return alert.account_name
        return f"{alert.account_name} · {hidden_note(alert.dismissal)}"

    @staticmethod
    def _tooltip(alert: Alert) -> str:
        severity = (
            QCoreApplication.translate("alerts", "Red: needs you now")
            if alert.severity is Severity.RED
            else (QCoreApplication.translate("alerts", "Amber: needs a look soon"))
        )
        lines = [alert_sentence(alert), alert.account_name, severity]
        if alert.kind is AlertKind.SALES_BELOW_TARGET:
            args = alert.arguments
            lines.append(
                filled_in(
                    QCoreApplication.translate("alerts", "%1 against a target of %2"),
                    _amount(args["actual"], args.get("currency")),
                    _amount(args["target"], args.get("currency")),
                )
            )
        if alert.dismissal is not None:
            lines.append(hidden_note(alert.dismissal))
        lines.append(
            QCoreApplication.translate("alerts", "Double-click or press Enter to open it.")
        )
        return "\n".join(lines)
