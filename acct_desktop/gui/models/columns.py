"""Column declarations for table models: header, value getter, alignment, sort key."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from acct_desktop.gui.labels import money_text


@dataclass(frozen=True)
class Column:
    header: str  # untranslated; marked with QT_TRANSLATE_NOOP("columns", ...)
    value: Callable[[Any], Any]
    sort_key: str | None = None  # the service's whitelisted sort key, None = not sortable
    numeric: bool = False
    # A status tone for the row ("overdue", "due_soon", "done", "draft" or None): shown as a
    # colour next to text that already says it (never colour alone).
    tone: Callable[[Any], str | None] | None = None
    # The cell's tooltip, for a column that may be cut short (by default only a long text
    # has one, itself).
    tip: Callable[[Any], str | None] | None = None

    def title(self) -> str:
        return QCoreApplication.translate("columns", self.header)

    def alignment(self) -> Qt.AlignmentFlag:
        if self.numeric:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def attr(
    name: str,
    header: str,
    *,
    sortable: bool = True,
    numeric: bool | None = None,
    tone: Callable[[Any], str | None] | None = None,
) -> Column:
    """A column showing attribute ``name`` of the row, sortable by the same key."""

    def getter(row: Any) -> Any:
        return getattr(row, name)

    return Column(
        header=header,
        value=getter,
        sort_key=name if sortable else None,
        numeric=bool(numeric),
        tone=tone,
    )


def money_attr(
    name: str, header: str, *, currency: str = "currency", sortable: bool = True
) -> Column:
    """A right-aligned column showing amount ``name`` of the row with the decimals of the
    row's ``currency`` attribute (25,000 VND, 12.50 EUR), sortable by the amount's key."""

    def getter(row: Any) -> str | None:
        amount, code = getattr(row, name), getattr(row, currency)
        if amount is None:
            return None
        return money_text(amount, code or "", keep_finer=True)

    return Column(header=header, value=getter, sort_key=name if sortable else None, numeric=True)


def is_number(value: Any) -> bool:
    return isinstance(value, int | Decimal) and not isinstance(value, bool)


TONE_COLOURS = {
    "overdue": "#c62828",
    "due_soon": "#b26a00",
    "done": "#2e7d32",
    "draft": "#757575",
}
