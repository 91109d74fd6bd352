"""A team database that refuses the login: said as such, with the password asked for.

A wrong password, or none stored where the server asks for one, is not "cannot be reached;
check the network" (``store/reachability``): the window says which ("The team database on
db.example.com refused the password for user tm.") and asks for the password, keeps it in
the system keyring (never in the settings) and opens the database with it — the dialog
``acct-desktop password --db URL`` is on the command line. A user the server does not let
in at all is said in a box: only the administrator can change that.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from acct_desktop.gui.sentences import exception_text, user_text
from acct_desktop.services.secrets import settings_safe_target, store_password
from acct_desktop.store.database import DatabaseError, redacted
from acct_desktop.store.reachability import LoginProblem, login_sentence, login_user

log = logging.getLogger(__name__)


def ask_password(parent: QWidget, said: str, user: str) -> str | None:
    """The password of ``user``, asked under ``said`` (None: not given)."""
    password, given = QInputDialog.getText(
        parent,
        QCoreApplication.translate("LoginActions", "Team database password"),
        said
        + "\n\n"
        + QCoreApplication.translate(
            "LoginActions", "Password of %1 (kept in the system keyring):"
        ).replace("%1", user),
        QLineEdit.EchoMode.Password,
    )
    return password if given and password else None


def login_refused(window: Any, target: str, exc: BaseException, problem: LoginProblem) -> bool:
    """The server behind ``target`` refused the login: ask for the password (the window's
    ``ask_password``), keep it and open ``target`` again with it; True when it opened."""
    log.warning("opening %s: the login was refused: %s", redacted(target), exc)
    said = user_text(login_sentence(problem, target))
    title = QCoreApplication.translate("LoginActions", "Cannot open database")
    if problem is LoginProblem.NOT_ALLOWED:
        box = QMessageBox(QMessageBox.Icon.Warning, title, said, parent=window)
        box.setDetailedText(str(getattr(exc, "orig", None) or exc))
        window.last_dialog = box
        box.open()
        return False
    password = window.ask_password(said, login_user(target))
    if password is None:
        return False
    try:
        target = settings_safe_target(target)  # a password typed in the URL gives way
        store_password(target, password)
    except DatabaseError as problem_said:
        QMessageBox.warning(window, title, exception_text(problem_said))
        return False
    return bool(window._open(target))
