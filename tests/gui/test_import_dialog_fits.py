"""The import dialog fits a 1366 × 768 laptop (728 pixels above the Windows taskbar) for
every kind of file it imports and in every language: the column choices scroll, the preview
and the Import and Cancel buttons stay in sight, before and after a refusal."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget

from acct_desktop.gui.main_window import MainWindow

LAPTOP = QRect(0, 0, 1366, 728)  # 1366 × 768 less a 40-pixel taskbar
TITLE_BAR = 40  # Windows draws one above the dialog: its height is the dialog's too

FILES = {
    "accounts": (
        ["Klantnummer", "Naam", "Soort", "Bovenliggend klantnummer", "Plaats", "Postcode",
         "Telefoon", "Breedtegraad", "Lengtegraad", "Klasse"],
        [["K100", "Bakkerij Één B.V.", "Hoofdkantor", "", "Utrecht", "3511 AA",
          "+31 30 1234567", "52,0907", "5,1214", "A"]],
    ),
    "contacts": (
        ["Klantnummer", "Naam", "Functie", "Afdeling", "Telefoon", "E-mail", "Rol", "Houding"],
        [["K100", "Anna de Vries", "Inkoper", "Inkoop", "+31 6 1234", "a@b.nl", "Inkoper",
          "Neutraal"]],
    ),
    "sales": (
        ["Datum", "Klantnummer", "Artikel", "Soort", "Aantal", "Bedrag"],
        [["2026-10-03", "NOPE", "X-1", "Verkoop", "12", "1.234,50"]],
    ),
}  # fmt: skip


def write(folder: Path, entity: str) -> Path:
    headers, rows = FILES[entity]
    path = folder / f"{entity}.csv"
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(headers)
        writer.writerows(rows)
    return path


def inside(widget: QWidget, area: QRect) -> bool:
    """``widget`` is shown and all of it lies in ``area`` (screen coordinates)."""
    corner = widget.mapToGlobal(QPoint(0, 0))
    return widget.isVisible() and area.contains(QRect(corner, widget.size()))


@pytest.fixture
def laptop(monkeypatch: pytest.MonkeyPatch) -> QRect:
    """Every screen offers what a 1366 × 768 laptop leaves above the taskbar."""
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(LAPTOP))
    return LAPTOP


@pytest.mark.parametrize("entity", ["accounts", "contacts", "sales"])
@pytest.mark.parametrize("language", ["en", "nl", "vi"])
def test_the_import_dialog_and_its_buttons_fit_a_laptop_screen(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    speak: Callable[[str], None],
    laptop: QRect,
    entity: str,
    language: str,
) -> None:
    if language != "en":
        speak(language)
    dialog = window.transfers.open_import(str(write(tmp_path, entity)), entity)
    qtbot.waitExposed(dialog)
    assert dialog.minimumSizeHint().height() + TITLE_BAR <= laptop.height()
    assert dialog.height() + TITLE_BAR <= laptop.height()
    assert laptop.contains(dialog.frameGeometry()), dialog.frameGeometry()
    for button in (dialog.import_button, *dialog.buttons.buttons()):
        assert inside(button, laptop), (button.text(), dialog.frameGeometry())
    assert inside(dialog.sample, laptop) and dialog.sample.height() >= 120
    last = list(dialog.combos.values())[-1]  # every column choice can be scrolled to
    dialog.mapping_area.ensureWidgetVisible(last)
    assert last.visibleRegion().boundingRect().height() == last.height()

    dialog.start_import()  # refused: the problems come in, the buttons stay in sight
    qtbot.waitUntil(lambda: not dialog.problems.isHidden(), timeout=20_000)
    assert inside(dialog.problems, laptop) and dialog.problems.height() >= 80
    assert inside(dialog.import_button, laptop) and dialog.import_button.isEnabled()
    assert laptop.contains(dialog.frameGeometry())
    dialog.reject()


def test_a_big_screen_shows_every_column_choice_without_scrolling(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 1920, 1040))
    dialog = window.transfers.open_import(str(write(tmp_path, "accounts")), "accounts")
    qtbot.waitExposed(dialog)
    assert dialog.mapping_area.verticalScrollBar().maximum() == 0
    assert dialog.height() + TITLE_BAR <= 1040
    dialog.reject()
