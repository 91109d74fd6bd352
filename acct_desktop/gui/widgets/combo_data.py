"""Finding a combo box item by its data as Python compares it.

``QComboBox.findData`` compares Python objects that Qt stores as opaque values (dates,
UUIDs) by identity, not by value: after the items are filled again from a fresh read,
``findData(date(2026, 7, 1))`` finds nothing, and the user's choice silently falls back to
the first item. Strings, numbers and enums' values compare by value either way."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox


def find_data(combo: QComboBox, value: Any) -> int:
    """The index of the first item whose data equals ``value`` (-1: none)."""
    for index in range(combo.count()):
        if combo.itemData(index) == value:
            return index
    return -1
