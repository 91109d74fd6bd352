"""Undo steps of the contact map: each runs the contact services forward or back, then
redraws the map. The first redo is skipped: the change was made (and checked) before the
step was pushed, as the account tree's and the calendar's steps do."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from acct_desktop.gui.sentences import exception_text
from acct_desktop.services.contact_records import ContactRejected


class MapStep(QUndoCommand):
    def __init__(
        self, text: str, do: Callable[[], object], undo: Callable[[], object], dock: Any
    ) -> None:
        super().__init__(text)
        self._do, self._undo, self._dock = do, undo, dock
        self._done_already = True

    def redo(self) -> None:
        if self._done_already:
            self._done_already = False
            return
        self._run(self._do)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except ContactRejected as exc:
            # Someone (or a later change) stands in the way: say so and drop the step.
            self._dock.commands.complain(exception_text(exc))
            self.setObsolete(True)
        self._dock.contacts_touched()
