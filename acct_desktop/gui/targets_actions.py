"""Tools → Sales targets…: opens the targets grid over the open database."""

from __future__ import annotations

from typing import TYPE_CHECKING

from acct_desktop.domain.target_breakdown import BreakdownMethod
from acct_desktop.gui.dialogs.targets_dialog import TargetsDialog
from acct_desktop.services.imports import import_targets
from acct_desktop.services.manager_profile import actor_name
from acct_desktop.services.targets import TargetService

if TYPE_CHECKING:
    from acct_desktop.gui.main_window import MainWindow


def open_targets(window: MainWindow) -> TargetsDialog | None:
    """Show the targets dialog for the window's database (None when none is open)."""
    workspace = window.workspace
    if workspace is None:
        return None
    db = workspace.db

    def importer(path: str, method: BreakdownMethod) -> str:
        return import_targets(db, path, actor=actor_name(), default_method=method).describe()

    dialog = TargetsDialog(
        TargetService(db, actor_name), importer, window.background, parent=window
    )
    # An edit touches one account's figures (the card's Sales tab); an import many.
    dialog.sig_changed.connect(
        lambda change: (
            window.refresh() if change is None else window.card.show_account(window.current.id)
        )
    )
    dialog.open()
    return dialog
