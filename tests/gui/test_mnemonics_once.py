"""No Alt+letter is held twice in one dialog: the contact form's "&Role in the decision"
and "&Reports to" both held Alt+R, so Alt+R only moved between the two. Every dialog of
the app is opened (tests/gui/small_screen_probe.py) in English and in the translations
that give their own letters (Dutch, Vietnamese; Chinese writes "(&R)" after the words)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.gui.small_screen_probe import mnemonics_twice
from tests.gui.test_fits_a_scaled_laptop import dialog_classes, probe


@pytest.mark.parametrize("language", ["en", "nl", "vi", "zh_CN"])
def test_no_dialog_holds_an_alt_letter_twice(
    tmp_path: Path, demo_s_file: Path, compiled: Path, language: str
) -> None:
    demo_db = tmp_path / "demo.acctdb"
    shutil.copyfile(demo_s_file, demo_db)
    dialogs = probe(tmp_path, demo_db, language, compiled)["dialogs"]
    assert dialog_classes() <= set(dialogs), dialog_classes() - set(dialogs)
    twice = {n: d["mnemonics_twice"] for n, d in dialogs.items() if d.get("mnemonics_twice")}
    assert twice == {}, "\n".join(f"{n}: {t}" for n, t in twice.items())


def test_the_guard_sees_a_letter_held_twice(qtbot) -> None:
    from PySide6.QtWidgets import QCheckBox, QDialog, QFormLayout, QLabel, QLineEdit

    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    form.addRow("&Role in the decision:", QLineEdit())
    form.addRow("&Reports to:", QLineEdit())
    form.addRow(QCheckBox("Rock && &roll"))
    plain = QLabel("R&D, no buddy")
    form.addRow(plain)
    assert mnemonics_twice(dialog) == [
        "Alt+R: &Role in the decision: / &Reports to: / Rock && &roll"
    ]
