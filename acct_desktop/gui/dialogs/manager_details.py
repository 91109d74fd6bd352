"""My details: the manager's name and contact as printed on checklists and quotes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.gui.screen_fit import ScreenFitDialog
from acct_desktop.gui.sentences import user_text
from acct_desktop.services.manager_profile import (
    ManagerProfile,
    load_manager_profile,
    save_manager_profile,
)

FIELDS = ("name", "organisation", "phone", "email")


class ManagerDetailsDialog(ScreenFitDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("managerDetails")
        self.setWindowTitle(self.tr("My details"))
        self.profile = load_manager_profile()
        intro = QLabel(
            self.tr(
                "Printed on every checklist and quote you issue, and in your seal "
                "certificate when it is made."
            )
        )
        intro.setWordWrap(True)
        labels = {
            "name": self.tr("Your name"),
            "organisation": self.tr("Company"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
        }
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for name in FIELDS:
            edit = QLineEdit(getattr(self.profile, name) or "")
            edit.setObjectName(f"field_{name}")
            edit.setMinimumWidth(280)
            self.edits[name] = edit
            form.addRow(labels[name], edit)
            error = QLabel()
            error.setObjectName(f"error_{name}")
            error.setStyleSheet("color: #c62828;")
            error.hide()
            self.errors[name] = error
            form.addRow("", error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def entered(self) -> ManagerProfile:
        values = {name: self.edits[name].text().strip() for name in FIELDS}
        return ManagerProfile(
            name=values["name"],
            organisation=values["organisation"],
            phone=values["phone"] or None,
            email=values["email"] or None,
        )

    def save(self) -> None:
        profile = self.entered()
        problems = profile.problems()
        for name, label in self.errors.items():
            label.setVisible(name in problems)
            label.setText(user_text(problems.get(name, "")))
        if problems:
            self.edits[next(iter(problems))].setFocus()
            return
        save_manager_profile(profile)
        self.profile = profile
        self.accept()
