"""Copy a table's or tree's rows for a spreadsheet or an e-mail: Ctrl+C and the context
menu's *Copy* / *Copy table*.

Qt's item views copy only the current cell's text. Managers paste figures into Excel and
into mails to their boss, so the rows go to the clipboard whole, with the column heads:
as tab-separated text (Excel, LibreOffice, Numbers put each value in its own cell) and as
an HTML table (Outlook and Word paste a table, figures right-aligned as on screen). The
text is what the view shows, in the columns' on-screen order, hidden columns left out; a
tree's rows are the expanded ones, indented by level. Numbers keep the window's locale
marks, which the user's spreadsheet, set to the same locale, reads as numbers."""

from __future__ import annotations

import html
from collections.abc import Iterator

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QTreeView

Index = QModelIndex | QPersistentModelIndex
_INDENT = "    "  # a level of a tree, in the first column


def _header(view: QAbstractItemView) -> QHeaderView:
    if isinstance(view, QTreeView):
        return view.header()
    assert isinstance(view, QTableView)
    return view.horizontalHeader()


def shown_columns(view: QAbstractItemView) -> list[int]:
    """The model columns the view shows, left to right as on screen."""
    header = _header(view)
    logical = (header.logicalIndex(visual) for visual in range(header.count()))
    return [column for column in logical if not header.isSectionHidden(column)]


def shown_rows(view: QAbstractItemView) -> Iterator[QModelIndex]:
    """Every row the view shows (a tree's expanded ones), top to bottom, as its first
    column's index."""
    model = view.model()
    if model is None:
        return

    def walk(parent: QModelIndex) -> Iterator[QModelIndex]:
        for row in range(model.rowCount(parent)):
            if isinstance(view, QTreeView):
                if view.isRowHidden(row, parent):
                    continue
            elif isinstance(view, QTableView) and view.isRowHidden(row):
                continue
            index = model.index(row, 0, parent)
            yield index
            if isinstance(view, QTreeView) and view.isExpanded(index):
                yield from walk(index)

    yield from walk(QModelIndex())


def chosen_rows(view: QAbstractItemView) -> list[QModelIndex]:
    """The selected rows in the order shown; the current row when none is selected; every
    row when there is neither, or when the view has no selection."""
    if view.selectionMode() == QAbstractItemView.SelectionMode.NoSelection:
        return list(shown_rows(view))
    selection = view.selectionModel()
    chosen = set()
    if selection is not None:
        chosen = {(i.row(), QPersistentModelIndex(i.parent())) for i in selection.selectedIndexes()}
    if not chosen and view.currentIndex().isValid():
        current = view.currentIndex()
        chosen = {(current.row(), QPersistentModelIndex(current.parent()))}
    rows = list(shown_rows(view))
    if not chosen:
        return rows
    return [i for i in rows if (i.row(), QPersistentModelIndex(i.parent())) in chosen]


def _depth(index: QModelIndex) -> int:
    depth, parent = 0, index.parent()
    while parent.isValid():
        depth, parent = depth + 1, parent.parent()
    return depth


def _text(value: object) -> str:
    text = "" if value is None else str(value)
    return " ".join(text.split()) if any(c in text for c in "\t\r\n") else text


def rows_mime(view: QAbstractItemView, rows: list[QModelIndex]) -> QMimeData:
    """``rows`` of ``view`` with the column heads, as tab-separated text and an HTML table."""
    model = view.model()
    columns = shown_columns(view)
    horizontal = Qt.Orientation.Horizontal
    heads = [_text(model.headerData(c, horizontal, Qt.ItemDataRole.DisplayRole)) for c in columns]
    tree = isinstance(view, QTreeView)
    lines = ["\t".join(heads)]
    cells_html = ["<tr>" + "".join(f"<th>{html.escape(h)}</th>" for h in heads) + "</tr>"]
    for index in rows:
        texts, cells = [], []
        for position, column in enumerate(columns):
            cell = index.siblingAtColumn(column)
            text = _text(cell.data(Qt.ItemDataRole.DisplayRole))
            if tree and position == 0:
                text = _INDENT * _depth(index) + text
            texts.append(text)
            alignment = cell.data(Qt.ItemDataRole.TextAlignmentRole)
            right = alignment is not None and bool(
                Qt.AlignmentFlag(int(alignment)) & Qt.AlignmentFlag.AlignRight
            )
            style = ' style="text-align:right"' if right else ""
            shown = html.escape(text).replace(_INDENT, "&nbsp;" * 4)
            cells.append(f"<td{style}>{shown}</td>")
        lines.append("\t".join(texts))
        cells_html.append("<tr>" + "".join(cells) + "</tr>")
    data = QMimeData()
    data.setText("\n".join(lines) + "\n")
    data.setHtml("<table>" + "".join(cells_html) + "</table>")
    return data


class RowCopier(QObject):
    """Ctrl+C on ``view`` copies its chosen rows; ``actions`` go into its context menu."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self.view = view
        translate = QCoreApplication.translate
        self.copy_action = QAction(translate("copyRows", "Copy"), view)
        self.copy_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Copy))
        self.copy_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.copy_action.triggered.connect(self.copy_chosen)
        self.copy_all_action = QAction(translate("copyRows", "Copy table"), view)
        self.copy_all_action.triggered.connect(self.copy_all)
        view.installEventFilter(self)
        if view.contextMenuPolicy() == Qt.ContextMenuPolicy.DefaultContextMenu:
            view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
            view.addActions([self.copy_action, self.copy_all_action])

    def add_to(self, menu: QMenu) -> None:
        """Put Copy and Copy table at the end of a view's own context menu."""
        if not menu.isEmpty():
            menu.addSeparator()
        menu.addActions([self.copy_action, self.copy_all_action])

    def copy_chosen(self) -> None:
        self._copy(chosen_rows(self.view))

    def copy_all(self) -> None:
        self._copy(list(shown_rows(self.view)))

    def _copy(self, rows: list[QModelIndex]) -> None:
        if self.view.model() is not None and rows:
            QGuiApplication.clipboard().setMimeData(rows_mime(self.view, rows))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The view would copy only its current cell's text: its rows are copied instead.
        if watched is self.view and event.type() in (
            QEvent.Type.ShortcutOverride,
            QEvent.Type.KeyPress,
        ):
            assert isinstance(event, QKeyEvent)
            if event.matches(QKeySequence.StandardKey.Copy):
                event.accept()
                if event.type() == QEvent.Type.KeyPress:
                    self.copy_chosen()
                return True
        return super().eventFilter(watched, event)


def copy_rows(view: QAbstractItemView) -> RowCopier:
    """Let the user copy ``view``'s rows (see the module docstring)."""
    return RowCopier(view)


def copier_of(view: QAbstractItemView) -> RowCopier | None:
    """The copier ``copy_rows`` gave ``view``, for a context menu of its own."""
    return view.findChild(RowCopier)
