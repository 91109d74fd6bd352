"""Undo steps of the contact map: each runs the contact services forward or back, then
redraws the map. The first redo is skipped: the change was made (and checked) before the
step was pushed, as the account tree's and the calendar's steps do."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from acct_desktop.gui.undo import ServiceStep
from acct_desktop.services.contact_records import ContactRejected
from acct_desktop.services.refusals import EditRejected


class MapStep(ServiceStep):
    """A step of the contact map: a refusal (a contact's own, or a colleague's change since
    standing in the way of an undo) is said by the map's commands, and the map (and the
    card's counts) read again either way."""

    def __init__(
        self, text: str, do: Callable[[], object], undo: Callable[[], object], dock: Any
    ) -> None:
        super().__init__(
            text,
            do,
            undo,
            refusals=(ContactRejected, EditRejected),
            complain=lambda message: dock.commands.complain(message),
            after=lambda: dock.contacts_touched(),
        )
