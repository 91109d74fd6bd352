"""Ctrl+P on a dock that shows a list: the list as it is on the screen — its columns in
their order, the rows its filters keep, the texts as shown — in the print preview
(``reporting/list_pdf.py``; Print… or Save as PDF…). A working copy, never sealed: the
sealed issue checklist stays on its own menu entry (Ctrl+Shift+L)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTreeView

from acct_desktop.gui.i18n import gui_language
from acct_desktop.reporting.list_content import ScreenList
from acct_desktop.services.files import safe_file_stem

ROLE = Qt.ItemDataRole


def page_label(page: int, pages: int) -> str:
    said = QCoreApplication.translate("ListPrint", "Page %1 of %2")
    return said.replace("%1", str(page)).replace("%2", str(pages))


def screen_list(view: QAbstractItemView, title: str, about: str) -> ScreenList:
    """What ``view`` shows: every row its model holds (read to the end), the columns not
    hidden, in the order the user dragged them to."""
    model = view.model()
    while model.canFetchMore(view.rootIndex()):
        model.fetchMore(view.rootIndex())
    header: QHeaderView | None = None
    if isinstance(view, QTableView):
        header = view.horizontalHeader()
    elif isinstance(view, QTreeView):
        header = view.header()
    if header is not None:
        columns = [
            header.logicalIndex(visual)
            for visual in range(header.count())
            if not header.isSectionHidden(header.logicalIndex(visual))
        ]
    else:
        columns = [view.modelColumn()] if hasattr(view, "modelColumn") else [0]
    heads = [
        str(model.headerData(c, Qt.Orientation.Horizontal, ROLE.DisplayRole) or "") for c in columns
    ]
    rows = []
    right = [False] * len(columns)
    for row in range(model.rowCount(view.rootIndex())):
        cells = []
        for place, column in enumerate(columns):
            index = model.index(row, column, view.rootIndex())
            cells.append(" ".join(str(index.data(ROLE.DisplayRole) or "").split("\n")))
            align = index.data(ROLE.TextAlignmentRole)
            if align is not None and Qt.AlignmentFlag(int(align)) & Qt.AlignmentFlag.AlignRight:
                right[place] = True
        rows.append(cells)
    if header is None:
        heads = [title]
    return ScreenList(title, about, heads, rows, right, page_label, gui_language())


def list_about(*parts: str, today: date) -> str:
    """The line under the title: what the list holds, the date and the number of rows."""
    return " · ".join([p for p in parts if p] + [today.isoformat()])


def list_file_name(title: str, today: date) -> str:
    return f"{safe_file_stem(title, 'list')}-{today.isoformat()}.pdf"
