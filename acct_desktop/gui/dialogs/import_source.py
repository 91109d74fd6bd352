"""How the import dialog says what kind of file it read, as a manager reads it: "CSV file,
UTF-8 (with BOM) text, columns separated by semicolons" or "Excel workbook, sheet Oktober"
(not "CSV, utf-8-sig, ';'")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from acct_desktop.domain.sentences import filled_in
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP
from acct_desktop.services.imports import ImportPreview

CONTEXT = "ImportDialog"

ENCODINGS = {  # the names tabular.decode gives, in words
    "utf-8": QT_TRANSLATE_NOOP("ImportDialog", "UTF-8"),
    "utf-8-sig": QT_TRANSLATE_NOOP("ImportDialog", "UTF-8 (with BOM)"),
    "utf-16-le": QT_TRANSLATE_NOOP("ImportDialog", "UTF-16"),
    "utf-16-be": QT_TRANSLATE_NOOP("ImportDialog", "UTF-16"),
    "utf-32-le": QT_TRANSLATE_NOOP("ImportDialog", "UTF-32"),
    "utf-32-be": QT_TRANSLATE_NOOP("ImportDialog", "UTF-32"),
    "gb18030": QT_TRANSLATE_NOOP("ImportDialog", "Chinese (GB18030)"),
    "cp1252": QT_TRANSLATE_NOOP("ImportDialog", "Western European (Windows-1252)"),
    "latin-1": QT_TRANSLATE_NOOP("ImportDialog", "Western European (Latin-1)"),
}

DELIMITERS = {
    ",": QT_TRANSLATE_NOOP("ImportDialog", "columns separated by commas"),
    ";": QT_TRANSLATE_NOOP("ImportDialog", "columns separated by semicolons"),
    "\t": QT_TRANSLATE_NOOP("ImportDialog", "columns separated by tabs"),
    "|": QT_TRANSLATE_NOOP("ImportDialog", "columns separated by vertical bars"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def source_words(preview: ImportPreview) -> str:
    """The kind of file ``preview`` read, in the user's language."""
    if preview.encoding is None:
        if preview.sheet:
            return filled_in(
                QCoreApplication.translate("ImportDialog", "Excel workbook, sheet %1"),
                preview.sheet,
            )
        return QCoreApplication.translate("ImportDialog", "Excel workbook")
    encoding = ENCODINGS.get(preview.encoding)
    # a rarer code page charset-normalizer named: its name is all there is to say
    text = _tr(encoding) if encoding else preview.encoding.upper()
    delimiter = DELIMITERS.get(preview.delimiter or "")
    if delimiter is None:
        return filled_in(QCoreApplication.translate("ImportDialog", "CSV file, %1 text"), text)
    return filled_in(
        QCoreApplication.translate("ImportDialog", "CSV file, %1 text, %2"), text, _tr(delimiter)
    )
