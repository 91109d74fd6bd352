"""What the language tests share: the catalogue of the .ts files, compiling it, and reading
every text a user can see in a window (labels, buttons, menus, tabs, headers, titles)."""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDockWidget,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabBar,
    QWidget,
)

from acct_desktop.gui.i18n import LANGUAGES, PSEUDO_OPEN
from acct_desktop.gui.keys import without_mnemonic
from acct_desktop.gui.widgets.elided_line import ElidedLine

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "resources" / "translations" / "acct_desktop_zh_CN.ts"

# Texts that are data or names, never translated: language names in their own language
# (View → Language), the product's name, arrows and marks used as icons.
NOT_TRANSLATED = {language.own_name for language in LANGUAGES} | {"acct-desktop"}
_WORDS = re.compile(r"[A-Za-z]{3,}")
_CURRENCY = re.compile(r"\b[A-Z]{3}\b")  # EUR, CNY, VND: ISO codes are written as they are


def translations_command() -> ModuleType:
    """installer/translations.py as a module (installer/ is not a package)."""
    spec = importlib.util.spec_from_file_location(
        "translations_command", ROOT / "installer" / "translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def catalogue(path: Path = TS_FILE) -> set[tuple[str, str]]:
    """Every (context, source) lupdate found in the code."""
    root = ET.parse(path).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def seen_texts(window: QWidget) -> Iterator[tuple[QWidget, str]]:
    """(widget, text) for every text a user sees in ``window`` now."""
    if window.windowTitle():
        yield window, window.windowTitle()
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            yield window.menuBar(), action.text()
            if action.menu() is not None:
                yield from _menu_texts(action.menu())
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or not widget.isVisible():
            continue
        if isinstance(widget, QLabel) and not widget.pixmap().isNull():
            continue
        if isinstance(widget, QLabel | QAbstractButton) and widget.text():
            yield widget, widget.text()
        elif isinstance(widget, QGroupBox) and widget.title():
            yield widget, widget.title()
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                if widget.isTabVisible(index):
                    yield widget, widget.tabText(index)
        elif isinstance(widget, QDockWidget):
            yield widget, widget.windowTitle()
        elif isinstance(widget, QLineEdit) and widget.placeholderText():
            yield widget, widget.placeholderText()
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from _header_texts(widget)


def _menu_texts(menu: QMenu) -> Iterator[tuple[QWidget, str]]:
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        yield menu, action.text()
        if action.menu() is not None:
            yield from _menu_texts(action.menu())


def _header_texts(view: QAbstractItemView) -> Iterator[tuple[QWidget, str]]:
    model = view.model()
    header = getattr(view, "horizontalHeader", getattr(view, "header", None))
    if header is None:
        return
    header_view: QHeaderView = header()
    if header_view.isHidden():
        return
    for section in range(model.columnCount()):
        if header_view.isSectionHidden(section):
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal)
        if isinstance(text, str) and text:
            yield header_view, text


def untranslated(window: QWidget, data: set[str] = frozenset()) -> list[str]:
    """Texts in words that did not come through the translator (no pseudo markers)."""
    missed = []
    for widget, text in seen_texts(window):
        plain = without_mnemonic(re.sub(r"<[^>]*>", "", text))  # "&English": "English"
        if PSEUDO_OPEN in plain or plain in NOT_TRANSLATED or plain in data:
            continue
        for item in sorted(data, key=len, reverse=True):  # "Zwolle 2" before "Zwolle"
            plain = plain.replace(item, "") if item else plain
        if _WORDS.search(_CURRENCY.sub("", plain)):
            missed.append(f"{type(widget).__name__} {widget.objectName()!r}: {text!r}")
    return sorted(set(missed))


def cut_off(window: QWidget) -> list[str]:
    """Labels and buttons narrower than their text where their layout could give room:
    no word wrap, not eliding by design, and a size hint their maximum width allows."""
    cut = []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() or not isinstance(widget, QLabel | QAbstractButton):
            continue
        if isinstance(widget, QLabel) and (widget.wordWrap() or not widget.text()):
            continue
        if isinstance(widget, ElidedLine):
            continue  # ends with "…" by design (the status line, a quote's margin)
        if isinstance(widget, QAbstractButton) and not widget.text():
            continue
        if widget.maximumWidth() < widget.sizeHint().width():
            continue  # sized on purpose (a fixed-width column of buttons, a status tile)
        if widget.width() < widget.sizeHint().width():
            cut.append(
                f"{type(widget).__name__} {widget.objectName()!r} {widget.text()!r}: "
                f"{widget.width()} px of {widget.sizeHint().width()}"
            )
    return sorted(cut)
