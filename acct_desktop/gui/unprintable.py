"""Print actions say so when a PDF has □ for characters no font on this computer has.

A print action runs its work off the UI thread inside ``missing_characters()``
(:func:`noting_unprintable`); a saved PDF is followed by a warning box
(:func:`warned_after`), a print preview shows the sentence above the pages
(``PdfPreviewDialog(warning=…)``, text from :func:`unprintable_text`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from acct_desktop.gui.sentences import user_text
from acct_desktop.reporting.unprintable import missing_characters
from acct_desktop.services.unprintable import missing_sentence

BOX_NAME = "unprintableCharacters"


def noting_unprintable(work: Callable[..., Any]) -> Callable[..., tuple[Any, frozenset[str]]]:
    """``work`` (run in the worker) returning its result and the characters printed as □."""

    def run(*args: Any, **kwargs: Any) -> tuple[Any, frozenset[str]]:
        with missing_characters() as missing:
            result = work(*args, **kwargs)
        return result, frozenset(missing)

    return run


def warned_after(
    done: Callable[[Any], None], parent: QWidget
) -> Callable[[tuple[Any, frozenset[str]]], None]:
    """The UI-thread half of :func:`noting_unprintable`: ``done(result)`` (save the PDF),
    then the warning box over ``parent`` when characters were printed as □."""

    def finish(outcome: tuple[Any, frozenset[str]]) -> None:
        result, missing = outcome
        done(result)
        if missing:
            warn_unprintable(parent, missing)

    return finish


def unprintable_text(missing: Iterable[str]) -> str:
    """The warning in the GUI's language; "" when nothing is missing."""
    found = frozenset(missing)
    return user_text(missing_sentence(found)) if found else ""


def warn_unprintable(parent: QWidget, missing: Iterable[str]) -> QMessageBox:
    """A warning box (not waited for) naming the characters and what to install."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Unprintable", "Characters missing from the PDF"),
        unprintable_text(missing),
    )
    box.setObjectName(BOX_NAME)
    box.setParent(parent, box.windowFlags())
    box.open()
    return box
