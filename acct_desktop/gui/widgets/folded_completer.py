"""A completer for a list of names that matches the way every finder does: accents and case
ignored, each word typed anywhere in the name (``nguyen`` offers "Nguyễn Văn An", ``ha noi``
offers "Nhóm Hà Nội", ``ijssel`` offers "IJsselstein"), by ``domain.text_search.TextFilter``.

Qt's own completer filtering compares the characters as they are, so "Nguyễn" never matches
``nguyen``; this one keeps the matching names in a model of its own, shown unfiltered.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from acct_desktop.domain.text_search import TextFilter


class FoldedCompleter(QCompleter):
    """Offers the names of ``names`` (kept current by its owner) that hold every word typed
    into the line edit it is attached to, in their order."""

    def __init__(self, names: QStringListModel | Sequence[str], parent: QObject) -> None:
        self._offered = QStringListModel(parent)
        super().__init__(self._offered, parent)
        self._names = (
            names if isinstance(names, QStringListModel) else QStringListModel(list(names), self)
        )
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def attach(self, edit: QLineEdit) -> FoldedCompleter:
        """Complete ``edit``: what is typed picks the names offered (before Qt shows them)."""
        edit.setCompleter(self)
        edit.textEdited.connect(self.offer)
        return self

    def offer(self, text: str) -> list[str]:
        """Put the names matching ``text`` in the popup's list (none for a blank text)."""
        wanted = TextFilter.of(text)
        offered = [name for name in self._names.stringList() if wanted and wanted.keeps(name)]
        self._offered.setStringList(offered)
        return offered

    def offered(self) -> list[str]:
        return self._offered.stringList()
