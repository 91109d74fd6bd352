"""The import dialog says what file it read in words, and keeps what the import did in
sight until the user closes it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QLabel

from acct_desktop.gui.main_window import MainWindow
from tests.gui.test_import_dialog import HEADERS, ROWS, write


def _imported(qtbot, window: MainWindow, path: Path):  # type: ignore[no-untyped-def]
    dialog = window.transfers.open_import(str(path), "accounts")
    dialog.combos["code"].setCurrentIndex(dialog.combos["code"].findData("Klantcode"))
    dialog.combos["kind"].setCurrentIndex(dialog.combos["kind"].findData("Soort"))
    dialog.combos["channel"].setCurrentIndex(dialog.combos["channel"].findData("Kanaal"))
    dialog.start_import()
    qtbot.waitUntil(
        lambda: dialog.summary is not None or not dialog.problems.isHidden(), timeout=20_000
    )
    assert dialog.summary is not None, dialog.problems.toPlainText()
    return dialog


def _info(dialog) -> str:  # type: ignore[no-untyped-def]
    """The line over the columns: the rows and the kind of file."""
    return next(label.text() for label in dialog.findChildren(QLabel) if " · " in label.text())


def test_the_result_stays_in_the_dialog_until_closed(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    rows = [[*row, "12,50"] for row in ROWS]
    dialog = _imported(qtbot, window, write(tmp_path / "klanten.csv", rows, [*HEADERS, "Waarde"]))
    qtbot.wait(50)  # whatever follows the import on the event loop
    assert dialog.isVisible()  # not closed under the manager's eyes
    assert dialog.result.isVisible() and not dialog.body.isVisible()
    lines = dialog.result.text.toPlainText().split("\n\n")
    assert lines[0] == "2 accounts read: 2 created, 0 updated, 0 unchanged."
    # the defaults the rows did not give are said (the currency followed the country)
    assert lines[1:4] == [
        "2 accounts without a tier were set to tier C.",
        "1 account without a currency was set to EUR.",
        "1 account without a currency was set to VND.",
    ]
    assert "Columns not imported: Waarde." in lines
    assert "klanten.csv" in dialog.result.heading.text()
    assert not dialog.import_button.isVisible()  # the same file is not imported twice
    close = dialog.buttons.button(QDialogButtonBox.StandardButton.Close)
    assert close is not None and close.isVisible()
    close.click()
    assert not dialog.isVisible()


def test_the_file_is_described_in_words_not_codes(
    window: MainWindow, tmp_path: Path, speak: Callable[[str], None]
) -> None:
    speak("en")  # English counts in its own forms ("2 rows", "1 row"), as the app installs
    dialog = window.transfers.open_import(str(write(tmp_path / "klanten.csv", ROWS)), "accounts")
    assert _info(dialog) == (
        "2 rows · CSV file, UTF-8 (with BOM) text, columns separated by semicolons"
    )


def test_in_dutch_the_file_is_described_in_words(
    window: MainWindow, tmp_path: Path, dutch: None
) -> None:
    from openpyxl import Workbook

    dialog = window.transfers.open_import(str(write(tmp_path / "klanten.csv", ROWS)), "accounts")
    text = _info(dialog)
    assert text.startswith("2 rijen · ")
    assert "utf-8-sig" not in text and "';'" not in text and "CSV," not in text
    book = Workbook()
    sheet = book.active
    sheet.title = "Oktober"
    sheet.append(HEADERS)
    for row in ROWS:
        sheet.append(row)
    book.save(tmp_path / "klanten.xlsx")
    dialog = window.transfers.open_import(str(tmp_path / "klanten.xlsx"), "accounts")
    text = _info(dialog)
    assert text.startswith("2 rijen · ") and text.endswith("Oktober")
    assert "xlsx" not in text
