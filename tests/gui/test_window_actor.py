"""The window's writes name the manager from My details, filled in while the database is
open — the account profile form and Tools → Sales targets recorded the operating-system
login (QA s20), whatever My details said."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from sqlalchemy import select

from acct_desktop.config import os_user
from acct_desktop.gui.dialogs.targets_dialog import TargetsDialog
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.models.target_grid import column_of
from acct_desktop.services.manager_profile import ManagerProfile, save_manager_profile
from acct_desktop.store.models import AuditEvent

MANAGER = "Nguyễn Thị Lan"


def actors(window: MainWindow, entity: str) -> set[str]:
    with window.workspace.db.session() as session:
        return set(session.scalars(select(AuditEvent.actor).where(AuditEvent.entity == entity)))


def test_a_profile_saved_after_my_details_names_the_manager(window: MainWindow) -> None:
    assert os_user() != MANAGER
    save_manager_profile(ManagerProfile(name=MANAGER, organisation="Dầu nhớt Bắc Ninh"))
    form = window.card.profile_form
    window.card.open_tab("profile")
    form.strategy.setPlainText("Grow share in Bắc Ninh workshops")
    assert form.save()
    assert actors(window, "account") == {MANAGER}


def test_a_target_typed_in_the_grid_names_the_manager(window: MainWindow) -> None:
    save_manager_profile(ManagerProfile(name=MANAGER, organisation="Dầu nhớt Bắc Ninh"))
    tools = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Tools")
    next(a for a in tools.actions() if a.text() == "&Sales targets…").trigger()
    dialog = window.findChild(TargetsDialog)
    assert dialog is not None
    figure = QLocale().toString(12345.67, "f", 2)
    assert dialog.model.setData(dialog.model.index(0, column_of("m3")), figure)
    dialog.close()
    assert actors(window, "target") == {MANAGER}
