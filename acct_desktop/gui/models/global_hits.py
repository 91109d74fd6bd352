"""Global search hits as a list model.

While typing (the overview): a heading row per kind, its first hits (two lines: what it is
called, then its account, status, date or description), and, when the kind has more, a
"Show all" row (with how many, once counted). Showing all of one kind: a row back to the
overview, the kind's heading with its count, then its hits, read a page at a time as the
list scrolls (``canFetchMore``/``fetchMore``), never all at once."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont, QIcon, QPalette
from PySide6.QtWidgets import QApplication

from acct_desktop.gui.labels import QT_TRANSLATE_NOOP, enum_label, format_day
from acct_desktop.services.global_search import GlobalHit, HitPage, KindHits
from acct_desktop.services.record_search import HitKind
from acct_desktop.services.search_pages import PageMark

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[PageMark], HitPage]

KIND_HEADINGS = {
    HitKind.ACCOUNT: QT_TRANSLATE_NOOP("globalSearch", "Accounts"),
    HitKind.CONTACT: QT_TRANSLATE_NOOP("globalSearch", "Contacts"),
    HitKind.QUOTE: QT_TRANSLATE_NOOP("globalSearch", "Quotes"),
    HitKind.ISSUE: QT_TRANSLATE_NOOP("globalSearch", "Issues"),
    HitKind.CHECKLIST: QT_TRANSLATE_NOOP("globalSearch", "Checklists"),
}


def heading(kind: HitKind) -> str:
    return QCoreApplication.translate("globalSearch", KIND_HEADINGS[kind])


def detail_line(hit: GlobalHit) -> str:
    """The second line: the account (for anything but an account), then what tells this
    one apart (status, date, job title, description; an account's code and city)."""
    parts: list[str] = []
    if hit.kind is not HitKind.ACCOUNT:
        parts.append(hit.account_name)
    if hit.status is not None:
        parts.append(enum_label(hit.status))
    if hit.when is not None:
        parts.append(format_day(hit.when))
    if hit.detail:
        parts.append(hit.detail)
    return " · ".join(part for part in parts if part)


@dataclass(frozen=True, slots=True)
class MoreRow:
    """The row under a kind's first hits that shows all of them."""

    kind: HitKind


class BackRow:
    """The row above one kind's hits that goes back to the first hits of every kind."""


BACK = BackRow()
Row = GlobalHit | HitKind | MoreRow | BackRow


class GlobalHitsModel(QAbstractListModel):
    """Rows: the overview (for each kind found, its heading (not selectable), its hits in
    order, and a "Show all" row when it has more), or all of one kind (:meth:`show_kind`)."""

    def __init__(self, icon_for: Callable[[HitKind], QIcon], parent: QObject | None = None):
        super().__init__(parent)
        self._icon_for = icon_for
        self._rows: list[Row] = []
        self._counts: dict[HitKind, int] = {}  # how many hits a kind has, once counted
        self.kind_shown: HitKind | None = None  # all of one kind, or None: the overview
        self._fetch: Fetch | None = None
        self._next: PageMark | None = None

    # -- filling ------------------------------------------------------------------------------
    def set_overview(self, groups: list[KindHits], counts: dict[HitKind, int] | None = None):
        """Each kind's first hits, then a "Show all" row if it has more."""
        rows: list[Row] = []
        for group in groups:
            rows.append(group.kind)
            rows.extend(group.hits)
            if group.more:
                rows.append(MoreRow(group.kind))
        self._reset(rows, None, None, None, counts)

    def set_hits(self, hits: list[GlobalHit], per_kind: int | None = None) -> None:
        """``hits`` grouped by kind; with ``per_kind``, a kind with more hits than that
        shows that many, then its "Show all" row."""
        groups: list[KindHits] = []
        for hit in hits:
            if not groups or groups[-1].kind is not hit.kind:
                groups.append(KindHits(hit.kind, [], False))
            groups[-1].hits.append(hit)
        if per_kind is not None:
            groups = [KindHits(g.kind, g.hits[:per_kind], len(g.hits) > per_kind) for g in groups]
        self.set_overview(groups)

    def show_kind(self, kind: HitKind, first: HitPage, fetch: Fetch) -> None:
        """All of ``kind``: ``first`` now, then ``fetch(mark)`` a page at a time as the
        view asks for more."""
        self._reset([BACK, kind, *first.hits], kind, fetch, first.next, self._counts)

    def _reset(
        self,
        rows: list[Row],
        kind: HitKind | None,
        fetch: Fetch | None,
        after: PageMark | None,
        counts: dict[HitKind, int] | None,
    ) -> None:
        self.beginResetModel()
        self._rows = rows
        self.kind_shown, self._fetch, self._next = kind, fetch, after
        self._counts = dict(counts or {})
        self.endResetModel()

    def set_count(self, kind: HitKind, count: int) -> None:
        """How many hits ``kind`` has: said in its "Show all" row, or its heading."""
        self._counts[kind] = count
        for row, item in enumerate(self._rows):
            if item == MoreRow(kind) or (item is kind and self.kind_shown is kind):
                index = self.index(row, 0)
                self.dataChanged.emit(index, index)

    def count(self, kind: HitKind) -> int | None:
        return self._counts.get(kind)

    def counts(self) -> dict[HitKind, int]:
        return dict(self._counts)

    # -- lazily, a page at a time -------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetch is not None and self._next is not None

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._fetch is not None and self._next is not None
        after, self._next = self._next, None  # nothing more meanwhile: the rows come in order
        page = self._fetch(after)  # (a view or tester may ask again while they are inserted)
        if page.hits:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.hits) - 1)
            self._rows.extend(page.hits)
            self.endInsertRows()
        self._next = page.next

    # -- reading ------------------------------------------------------------------------------
    def hit(self, row: int) -> GlobalHit | None:
        item = self._item(row)
        return item if isinstance(item, GlobalHit) else None

    def more_kind(self, row: int) -> HitKind | None:
        """The kind whose "Show all" row ``row`` is."""
        item = self._item(row)
        return item.kind if isinstance(item, MoreRow) else None

    def is_back(self, row: int) -> bool:
        return isinstance(self._item(row), BackRow)

    def more_row(self, kind: HitKind) -> int | None:
        rows = [row for row, item in enumerate(self._rows) if item == MoreRow(kind)]
        return rows[0] if rows else None

    def hit_rows(self) -> list[int]:
        return [row for row, item in enumerate(self._rows) if isinstance(item, GlobalHit)]

    def stops(self) -> list[int]:
        """The rows Up and Down walk: hits, "Show all" rows and the way back."""
        return [row for row, item in enumerate(self._rows) if not isinstance(item, HitKind)]

    def _item(self, row: int) -> Row | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid() or isinstance(self._item(index.row()), HitKind):
            return Qt.ItemFlag.NoItemFlags  # a heading: not chosen by arrows nor clicks
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item = self._item(index.row()) if index.isValid() else None
        if item is None:
            return None
        if isinstance(item, HitKind):
            return self._heading_data(item, role)
        if isinstance(item, MoreRow | BackRow):
            return self._command_data(item, role)
        if role == Qt.ItemDataRole.DisplayRole:
            second = detail_line(item)
            return f"{item.title}\n{second}" if second else item.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{heading(item.kind)}: {item.title}\n{detail_line(item)}"
        if role == Qt.ItemDataRole.DecorationRole:
            return self._icon_for(item.kind)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{heading(item.kind)}: {item.title}, {detail_line(item)}"
        if role == HIT_ROLE:
            return item
        return None

    def _heading_data(self, kind: HitKind, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            count = self._counts.get(kind)
            if self.kind_shown is kind and count is not None:
                return self.tr("%1 — %Ln found", "", count).replace("%1", heading(kind))
            return heading(kind)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _command_data(self, item: MoreRow | BackRow, role: int) -> Any:
        if isinstance(item, BackRow):
            text = self.tr("All results")
            tip = self.tr("Back to the first hits of every kind (Esc)")
        else:
            count = self._counts.get(item.kind)
            text = self.tr("Show all…") if count is None else self.tr("Show all %Ln", "", count)
            tip = self.tr("Every hit of this kind, in a list that reads more as you scroll")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return tip
        if role == Qt.ItemDataRole.ForegroundRole:
            return QApplication.palette().brush(QPalette.ColorRole.Link)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._command_icon(item)
        return None

    def _command_icon(self, item: MoreRow | BackRow) -> QIcon:
        style = QApplication.style()
        if isinstance(item, BackRow):
            return QIcon.fromTheme(
                QIcon.ThemeIcon.GoPrevious,
                style.standardIcon(style.StandardPixmap.SP_ArrowBack),
            )
        return QIcon.fromTheme(
            QIcon.ThemeIcon.GoNext, style.standardIcon(style.StandardPixmap.SP_ArrowForward)
        )
