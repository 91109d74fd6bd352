"""Printing the contact map: the cards' words are sized in the scene, so a 1200-dpi printer
prints the names a card shows on the screen (they came out as "…"), and Ctrl+P shows the
map as a PDF in the app's print preview, beside Print… its Save as PDF…, in every language."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPageLayout
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from acct_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.widgets.card_fonts import NAME_PX, card_font, elided
from acct_desktop.gui.widgets.relationship_map import NODE_W
from acct_desktop.services.contact_records import ContactDraft
from tests.gui.test_contact_map import account_with_people, dock_of

NAMES = ("王建国", "Nguyễn Thị Thùy Dương", "Anne-Marie de Vries-Jansen")


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    ).stdout.decode()


def map_with_names(window: MainWindow, qtbot):  # type: ignore[no-untyped-def]
    """The map of an account with people named in Chinese, Vietnamese and Dutch."""
    account_id = account_with_people(window)
    for name in NAMES:
        window.workspace.contact_records.create(
            ContactDraft(account_id, name, title="Hoofd inkoop en logistiek")
        )
    window.current.set(account_id)
    dock = dock_of(window)
    dock.contacts_touched()
    qtbot.waitUntil(lambda: {*NAMES} <= {c.person.name for c in dock.chart.cards.values()})
    return dock


def test_a_high_resolution_printer_prints_the_names_the_screen_shows(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    dock = map_with_names(window, qtbot)
    names = [card.person.name for card in dock.chart.cards.values()]
    width = NODE_W - 18
    whole = [name for name in names if elided(name, card_font(NAME_PX, True), width) == name]
    assert {*NAMES} <= {*whole}  # whole on the screen …
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    assert printer.resolution() >= 600
    dock.commands.paint_on(printer)
    printed = pdf_text(tmp_path / "printed.pdf")
    for name in whole:  # … and whole on paper
        assert name in printed
    assert "Hoofd inkoop en logistiek" in printed


def test_ctrl_p_on_the_map_previews_a_pdf_to_print_or_save(
    qtbot, window: MainWindow, tmp_path: Path, speak: Callable[[str], None]
) -> None:
    speak("zh_CN")
    dock = map_with_names(window, qtbot)
    dock.chart.setFocus()
    QTest.keyClick(dock.chart, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    preview = dock.last_dialog
    assert isinstance(preview, PdfPreviewDialog) and preview.isVisible()
    assert preview.findChild(QPushButton, "printButton") is not None
    dock.commands.choose_path = lambda name: tmp_path / name
    preview.findChild(QPushButton, "saveButton").click()  # Save as PDF…
    saved = dock.commands.last_saved
    assert saved is not None and saved.suffix == ".pdf"
    text = pdf_text(saved)
    for name in NAMES:
        assert name in text
    assert "决策者" in text or "使用者" in text  # the roles in the language of the GUI
    fonts = subprocess.run(
        ["pdffonts", str(saved)], capture_output=True, check=True
    ).stdout.decode()
    assert "WenQuanYi" in fonts and " yes " in fonts  # embedded: prints anywhere
    preview.reject()
