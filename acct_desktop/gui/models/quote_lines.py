"""The quote builder's lines as a table: figures from the service, edits sent back to it.

The model holds the :class:`QuoteView` lines it was given; ``setData`` never changes them
itself — it hands the parsed value to ``edit`` (the dock, which saves through the service
and an undo step) and the dock sets the refreshed view. Money is shown exactly, in the
locale's format; flags say what is wrong in words, with the reason as a tooltip.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QLocale, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from acct_desktop.domain.money import unit_price_figure
from acct_desktop.domain.numbers import NumberFormatError
from acct_desktop.domain.pricing_rules import Guards
from acct_desktop.domain.quote_maths import PackBasis
from acct_desktop.domain.sentences import filled_in
from acct_desktop.domain.unit_words import UNITS, unit_source
from acct_desktop.gui.dialogs.register_fields import typed_number, typed_text
from acct_desktop.gui.labels import (
    QT_TRANSLATE_NOOP,
    enum_label,
    format_day,
    format_decimal,
    money_text,
    percent_text,
)
from acct_desktop.gui.sentences import exception_text, user_text
from acct_desktop.services.quote_kept import Waiting
from acct_desktop.services.quote_views import QuoteLineView

Edit = Callable[[uuid.UUID, str, Any], None]
Complain = Callable[[str], None]

OVERDUE_RED = QColor("#c62828")
AMBER = QColor("#b26a00")
WAITING_GREY = QColor("#616161")


class LineColumn(IntEnum):
    POSITION = 0
    SKU = 1
    DESCRIPTION = 2
    QUANTITY = 3
    UNIT = 4
    LIST_PRICE = 5
    PRICE = 6
    DISCOUNT = 7
    NET_PRICE = 8
    AMOUNT = 9
    COST = 10
    MARGIN = 11
    FLAGS = 12


HEADERS = {
    LineColumn.POSITION: QT_TRANSLATE_NOOP("quoteLines", "#"),
    LineColumn.SKU: QT_TRANSLATE_NOOP("quoteLines", "SKU"),
    LineColumn.DESCRIPTION: QT_TRANSLATE_NOOP("quoteLines", "Description"),
    LineColumn.QUANTITY: QT_TRANSLATE_NOOP("quoteLines", "Qty"),
    LineColumn.UNIT: QT_TRANSLATE_NOOP("quoteLines", "Unit"),
    LineColumn.LIST_PRICE: QT_TRANSLATE_NOOP("quoteLines", "List price"),
    LineColumn.PRICE: QT_TRANSLATE_NOOP("quoteLines", "Policy price"),
    LineColumn.DISCOUNT: QT_TRANSLATE_NOOP("quoteLines", "Disc. %"),
    LineColumn.NET_PRICE: QT_TRANSLATE_NOOP("quoteLines", "Net price"),
    LineColumn.AMOUNT: QT_TRANSLATE_NOOP("quoteLines", "Amount"),
    LineColumn.COST: QT_TRANSLATE_NOOP("quoteLines", "Cost"),
    LineColumn.MARGIN: QT_TRANSLATE_NOOP("quoteLines", "Markup %"),
    LineColumn.FLAGS: QT_TRANSLATE_NOOP("quoteLines", "Policy check"),
}
TIPS = {
    LineColumn.PRICE: QT_TRANSLATE_NOOP(
        "quoteLines", "The price the price-policy register gives this account (Ctrl+B: why)"
    ),
    LineColumn.COST: QT_TRANSLATE_NOOP("quoteLines", "Your cost per unit — never printed"),
    LineColumn.MARGIN: QT_TRANSLATE_NOOP(
        "quoteLines",
        "Markup over cost, (net price − cost) / cost, after all discounts — never printed",
    ),
}
EDITABLE = {
    LineColumn.DESCRIPTION: "description",
    LineColumn.QUANTITY: "quantity",
    LineColumn.UNIT: "unit",
    LineColumn.DISCOUNT: "discount_percent",
}
NUMERIC = {
    LineColumn.POSITION,
    LineColumn.QUANTITY,
    LineColumn.LIST_PRICE,
    LineColumn.PRICE,
    LineColumn.DISCOUNT,
    LineColumn.NET_PRICE,
    LineColumn.AMOUNT,
    LineColumn.COST,
    LineColumn.MARGIN,
}
LINE_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# A line's figures a kept change waits to work out again (an added line: all of them).
FIGURES = (
    LineColumn.LIST_PRICE,
    LineColumn.PRICE,
    LineColumn.NET_PRICE,
    LineColumn.AMOUNT,
    LineColumn.COST,
    LineColumn.MARGIN,
)
STALE_AFTER = {
    "unit": FIGURES,  # priced per unit again
    "quantity": (LineColumn.PRICE, LineColumn.NET_PRICE, LineColumn.AMOUNT, LineColumn.MARGIN),
    "discount_percent": (LineColumn.NET_PRICE, LineColumn.AMOUNT, LineColumn.MARGIN),
}
NOT_WORKED_OUT = "…"
WAITING_TIP = QT_TRANSLATE_NOOP(
    "quoteLines",
    "Not saved yet: the database cannot be reached. It is saved as soon as the database answers.",
)


def field_caption(field: str) -> str:
    """The column heading of an editable line field ("quantity": "Qty"), translated."""
    column = next((c for c, name in EDITABLE.items() if name == field), None)
    return _tr(HEADERS[column]) if column is not None else field


def _tr(text: str) -> str:
    return QCoreApplication.translate("quoteLines", text)


def unit_word(unit: str) -> str:
    """``unit`` in the user's language: the one table of unit words (domain.unit_words)."""
    return user_text(unit_source(unit))


def _unit_from(text: str) -> str:
    wanted = text.strip().casefold()
    for code in UNITS:
        if wanted in (code.casefold(), unit_word(code).casefold()):
            return code
    raise NumberFormatError(QCoreApplication.translate("quoteLines", "The unit is pack, L or kg."))


class QuoteLinesModel(QAbstractTableModel):
    def __init__(self, edit: Edit, complain: Complain, parent: Any = None) -> None:
        super().__init__(parent)
        self._lines: tuple[QuoteLineView, ...] = ()
        self._edit = edit
        self._complain = complain
        self._editable = False
        self._currency = "EUR"
        self._valid_until: date | None = None
        self._waiting: Waiting | None = None

    def set_lines(
        self,
        lines: tuple[QuoteLineView, ...],
        editable: bool,
        currency: str = "EUR",
        valid_until: date | None = None,
        waiting: Waiting | None = None,
    ) -> None:
        """Show ``lines``; ``waiting``: edits kept while the database cannot be reached,
        shown in italics as not saved yet (a removed line struck through)."""
        self.beginResetModel()
        self._lines, self._editable = lines, editable
        self._currency = currency
        self._valid_until = valid_until
        self._waiting = waiting if waiting is not None and waiting.count else None
        self.endResetModel()

    def waits(self, line: QuoteLineView, column: LineColumn | None = None) -> bool:
        """Whether a kept change of ``line`` (in ``column`` when given) waits."""
        waiting = self._waiting
        if waiting is None:
            return False
        if line.id in waiting.added or line.id in waiting.removed:
            return True
        if column is None:
            return any(line_id == line.id for line_id, _f in waiting.cells)
        return (line.id, EDITABLE.get(column)) in waiting.cells or self._stale(line, column)

    def _stale(self, line: QuoteLineView, column: LineColumn) -> bool:
        """Whether the figure in ``column`` waits for a kept change of ``line``."""
        waiting = self._waiting
        if waiting is None or line.id in waiting.removed:
            return False
        if line.id in waiting.added:
            return column in FIGURES
        return any(
            (line.id, field) in waiting.cells and column in columns
            for field, columns in STALE_AFTER.items()
        )

    def line(self, row: int) -> QuoteLineView:
        return self._lines[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(LineColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(LineColumn):
            return None
        column = LineColumn(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[column])
        if role == Qt.ItemDataRole.ToolTipRole and column in TIPS:
            return _tr(TIPS[column])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        removed = self._waiting is not None and self._lines[index.row()].id in self._waiting.removed
        if self._editable and LineColumn(index.column()) in EDITABLE and not removed:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._lines):
            return None
        line, column = self._lines[index.row()], LineColumn(index.column())
        if self.waits(line):
            shown = self._waiting_data(line, column, role)
            if shown is not None:
                return shown
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(line, column, role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in (LineColumn.FLAGS, LineColumn.NET_PRICE) and line.flags:
                return OVERDUE_RED
            if column == LineColumn.FLAGS and (line.earliest_delivery or line.price_ends):
                return AMBER
            if column == LineColumn.MARGIN and line.margin_percent is not None:
                return OVERDUE_RED if line.margin_percent < 0 else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(line, column)
        if role == LINE_ID_ROLE:
            return line.id
        return None

    def _waiting_data(self, line: QuoteLineView, column: LineColumn, role: int) -> Any:
        """How a line with a kept change shows (None: as any line): the changed cells and
        its figures in italics, the figures not worked out yet ("…"), the policy check
        saying it is not saved yet; a removed line struck through."""
        waiting = self._waiting
        assert waiting is not None
        removed = line.id in waiting.removed
        cell = removed or self.waits(line, column) or column == LineColumn.FLAGS
        if role == Qt.ItemDataRole.FontRole and cell:
            font = QFont()
            font.setItalic(True)
            font.setStrikeOut(removed)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and cell:
            return WAITING_GREY
        if role == Qt.ItemDataRole.ToolTipRole:
            return _tr(WAITING_TIP)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == LineColumn.FLAGS:
            if removed:
                return QCoreApplication.translate("quoteLines", "✎ removal not saved yet")
            return QCoreApplication.translate("quoteLines", "✎ not saved yet")
        if self._stale(line, column):
            return NOT_WORKED_OUT
        return None

    def _text(self, line: QuoteLineView, column: LineColumn, editing: bool) -> str:
        locale = QLocale()
        shown = line.shown(self._currency)  # per litre (kg): exact, not rounded to cents
        money = {
            LineColumn.LIST_PRICE: line.list_price,
            LineColumn.PRICE: shown.unit_price,
            LineColumn.NET_PRICE: shown.net_price,
            LineColumn.AMOUNT: line.amount,
            LineColumn.COST: line.cost,
        }
        if column in money:
            return money_text(money[column], self._currency, locale, keep_finer=True)
        if column == LineColumn.POSITION:
            return str(line.position)
        if column == LineColumn.SKU:
            return line.sku
        if column == LineColumn.DESCRIPTION:
            return line.description or ("" if editing else line.product_name)
        if column == LineColumn.QUANTITY:
            return (
                typed_text(_plain(line.quantity))
                if editing
                else format_decimal(_plain(line.quantity), locale)
            )
        if column == LineColumn.UNIT:
            return unit_word(line.unit)
        if column == LineColumn.DISCOUNT:
            if editing:
                return typed_text(_plain(line.discount_percent))
            return (
                format_decimal(_plain(line.discount_percent), locale)
                if line.discount_percent
                else ""
            )
        if column == LineColumn.MARGIN:
            return (
                "" if line.margin_percent is None else format_decimal(line.margin_percent, locale)
            )
        words = [f"⚠ {enum_label(flag.kind)}" for flag in line.flags]
        if line.price_ends is not None:
            day = day_text(line.price_ends)
            words.append(
                QCoreApplication.translate("quoteLines", "◷ price ends %1").replace("%1", day)
            )
        if line.earliest_delivery is not None:
            day = day_text(line.earliest_delivery)
            words.append(
                QCoreApplication.translate("quoteLines", "→ earliest %1").replace("%1", day)
            )
        return (
            " · ".join(words)
            if words
            else QCoreApplication.translate("quoteLines", "✓ within policy")
        )

    def _tip(self, line: QuoteLineView, column: LineColumn) -> str | None:
        if column == LineColumn.FLAGS:
            parts = [user_text(flag.message) for flag in line.flags]
            valid_until = self._valid_until
            if line.price_ends is not None and valid_until is not None:
                parts.append(
                    filled_in(
                        QCoreApplication.translate(
                            "quoteLines", "Policy %1's price ends %2; the quote is valid to %3."
                        ),
                        line.policy_code or "",
                        day_text(line.price_ends),
                        day_text(valid_until),
                    )
                )
            if line.earliest_delivery is not None:
                parts.append(
                    QCoreApplication.translate(
                        "quoteLines",
                        "Lead time %1 days: cannot be delivered by the requested date.",
                    ).replace("%1", str(line.lead_time_days))
                )
            if line.flags:
                parts.append(
                    QCoreApplication.translate(
                        "quoteLines", "Needs a recorded approval before the quote can be sent."
                    )
                )
            return "\n".join(parts) or None
        if column == LineColumn.PRICE:
            if not line.policy_code:
                return QCoreApplication.translate(
                    "quoteLines", "No policy applies: the list price stands."
                )
            if line.policy_valid_to is None:
                policy = QCoreApplication.translate("quoteLines", "Policy %1").replace(
                    "%1", line.policy_code
                )
            else:
                policy = filled_in(
                    QCoreApplication.translate("quoteLines", "Policy %1, valid to %2"),
                    line.policy_code,
                    day_text(line.policy_valid_to),
                )
            rails = rails_text(line.base_price, line.guards, self._currency)
            return f"{policy}\n{rails}"
        if column in (LineColumn.DISCOUNT, LineColumn.NET_PRICE):
            rails = rails_text(line.base_price, line.guards, self._currency)
            basis = line.shown(self._currency).basis
            if basis is None:
                return rails
            said = pack_basis_text(basis, line.unit, self._currency)
            return f"{said}\n{rails}" if rails else said
        if column == LineColumn.DESCRIPTION:
            return line.product_name
        return None

    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        column = LineColumn(index.column())
        field = EDITABLE.get(column)
        if field is None or not self._editable:
            return False
        line = self._lines[index.row()]
        text = str(value)
        try:
            if field == "description":
                parsed: Any = text
            elif field == "unit":
                parsed = _unit_from(text)
            else:
                parsed = typed_number(text) if text.strip() else Decimal(0)
        except NumberFormatError as exc:
            self._complain(exception_text(exc))
            return False
        self._edit(line.id, field, parsed)
        return True


def unit_price_text(price: Decimal, currency: str) -> str:
    """A unit price as the price columns show it (the currency's decimals, up to four)."""
    return money_text(unit_price_figure(price, currency), currency, keep_finer=True)


def _percent(value: Decimal) -> str:
    return percent_text(_plain(value))


def pack_basis_text(basis: PackBasis, unit: str, currency: str) -> str:
    """``Priced per 20 L pack: 688.90 (net 585.57)`` — what a line in litres (kg) whose net
    price is not exact in four decimals is reckoned from, as its documents print it."""
    locale = QLocale()
    size = f"{format_decimal(_plain(basis.units_per_pack), locale)} {unit_word(unit)}"
    price = money_text(basis.pack_price, currency, locale)
    if basis.net_pack_price == basis.pack_price:
        return filled_in(
            QCoreApplication.translate("quoteLines", "Priced per %1 pack: %2"), size, price
        )
    return filled_in(
        QCoreApplication.translate("quoteLines", "Priced per %1 pack: %2 (net %3)"),
        size,
        price,
        money_text(basis.net_pack_price, currency, locale),
    )


def rails_parts(guide: Decimal | None, guards: Guards | None, currency: str) -> list[str]:
    """The guard rails of a price, each in a few words: "guide 129.17", "floor 110.07",
    "min. markup 15%", "discount band 0–12% off list", "approval over 5% off list" (Dutch
    "15 %")."""
    parts = []
    if guide is not None:
        parts.append(
            QCoreApplication.translate("quoteLines", "guide %1").replace(
                "%1", unit_price_text(guide, currency)
            )
        )
    if guards is None:
        guards = Guards()
    if guards.floor_price is not None:
        parts.append(
            QCoreApplication.translate("quoteLines", "floor %1").replace(
                "%1", unit_price_text(guards.floor_price, currency)
            )
        )
    if guards.min_margin_percent is not None:
        parts.append(
            QCoreApplication.translate("quoteLines", "min. markup %1").replace(
                "%1", _percent(guards.min_margin_percent)
            )
        )
    if guards.max_discount_percent is not None:
        parts.append(
            QCoreApplication.translate("quoteLines", "discount band 0–%1 off list").replace(
                "%1", _percent(guards.max_discount_percent)
            )
        )
    if guards.approval_threshold_percent is not None:
        parts.append(
            QCoreApplication.translate("quoteLines", "approval over %1 off list").replace(
                "%1", _percent(guards.approval_threshold_percent)
            )
        )
    return parts


def rails_text(guide: Decimal | None, guards: Guards | None, currency: str) -> str:
    """The guard rails of a line's price in one line; "no guard rails" when no policy sets
    any (selling below cost is flagged all the same)."""
    parts = rails_parts(guide, guards, currency)
    if len(parts) <= (guide is not None):
        parts.append(
            QCoreApplication.translate("quoteLines", "no guard rails (below cost is flagged)")
        )
    return " · ".join(parts)


def day_text(day: date) -> str:
    """``day`` in the locale's short date format with a four-digit year (10-12-2026)."""
    return format_day(day)


def _plain(value: Decimal) -> Decimal:
    """10.000 → 10, 2.500 → 2.5 (never exponent notation)."""
    normal = value.normalize()
    return normal.quantize(Decimal(1)) if normal.as_tuple().exponent > 0 else normal
