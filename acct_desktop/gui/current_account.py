"""The one current account that drives every dock."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QObject, Signal


class CurrentAccount(QObject):
    """Holds the selected account id; ``changed`` fires only on a real change."""

    changed = Signal(object)  # uuid.UUID | None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._id: uuid.UUID | None = None

    @property
    def id(self) -> uuid.UUID | None:
        return self._id

    def set(self, account_id: uuid.UUID | None) -> None:
        if account_id != self._id:
            self._id = account_id
            self.changed.emit(account_id)
