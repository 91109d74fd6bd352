"""Column heads a dock keeps between sessions — which columns show, their order, their
widths and the sort — and brings back as they started on View → Reset layout.

A dock hands its heads over once it has set them up (default widths, hidden columns, the
first sort): how they are then is their default. Saved under the keys given, so a dock's
settings (``views/<dock>/<key>``) stay where earlier versions put them.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QHeaderView


class SavedHeaders:
    def __init__(self, headers: Mapping[str, QHeaderView]) -> None:
        self._headers = dict(headers)
        self._defaults = {key: header.saveState() for key, header in self._headers.items()}

    def state(self) -> dict[str, QByteArray]:
        """Each head's state, to save with the window."""
        return {key: header.saveState() for key, header in self._headers.items()}

    def restore(self, state: Mapping[str, QByteArray]) -> set[str]:
        """Apply what ``state`` saved in an earlier session; the keys of the heads it
        restored (a missing or unreadable state leaves its head as it is)."""
        restored = set()
        for key, header in self._headers.items():
            saved = state.get(key)
            if isinstance(saved, QByteArray) and header.restoreState(saved):
                restored.add(key)
        return restored

    def reset(self) -> None:
        """Every head as it started: the default columns, in their order, widths and sort."""
        for key, header in self._headers.items():
            header.restoreState(self._defaults[key])
