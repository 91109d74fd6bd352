"""The discrepancy view's tree: plan against actual by account hierarchy, territory or
category, from one ``PlanSnapshot`` (no query per expand).

A row's children are made the first time anyone asks about them (``rowCount``,
``hasChildren``, ``index``), silently: they were in the snapshot all along, so to the view
nothing is inserted. The model once announced them with ``fetchMore`` instead, and a view
laying itself out (after a reset, in ``expandAll``) was told of new rows in the middle of
it: QTreeView then showed a DC's warehouses under another DC, and freed memory twice.

Indexes carry a number, not the Python row itself (``createIndex`` with an object keeps no
reference to it): each number is given once, and the rows they stand for are kept in
``_nodes`` until the next reset. An index Qt still holds from before a reset finds no row,
instead of a freed object.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap, QPolygonF

from acct_desktop.domain.enums import DiscrepancyStatus, Measure
from acct_desktop.domain.money import money_figure
from acct_desktop.domain.sales_metrics import (
    BehindBelow,
    Finding,
    PlanFigures,
    Standing,
    Thresholds,
    findings,
    standing,
)
from acct_desktop.domain.sentences import filled_in
from acct_desktop.domain.text_search import TextFilter
from acct_desktop.gui.labels import (
    QT_TRANSLATE_NOOP,
    enum_label,
    format_decimal,
    money_text,
    percent_text,
)
from acct_desktop.gui.models.columns import TONE_COLOURS
from acct_desktop.services.plan_actuals import NO_CATEGORY, PlanSnapshot

Index = QModelIndex | QPersistentModelIndex
NODE_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
BRIEF_ROLE = Qt.ItemDataRole.UserRole + 3  # Against plan without "· 1 behind below"

BY_ACCOUNT, BY_TERRITORY, BY_CATEGORY = "account", "territory", "category"

HEADERS = (  # the columns' full names: the column menu's, Copy's, the heads' tooltips
    QT_TRANSLATE_NOOP("planTree", "Name"),
    QT_TRANSLATE_NOOP("planTree", "Kind"),
    QT_TRANSLATE_NOOP("planTree", "Actual"),
    QT_TRANSLATE_NOOP("planTree", "Target"),
    QT_TRANSLATE_NOOP("planTree", "Variance"),
    QT_TRANSLATE_NOOP("planTree", "Var. %"),
    QT_TRANSLATE_NOOP("planTree", "Against plan"),
    QT_TRANSLATE_NOOP("planTree", "Sell-out / week"),
    QT_TRANSLATE_NOOP("planTree", "Turnover days"),
    QT_TRANSLATE_NOOP("planTree", "Weeks of cover"),
    QT_TRANSLATE_NOOP("planTree", "Form"),
)
(NAME, KIND, ACTUAL, TARGET, VARIANCE, PERCENT, STANDING, VELOCITY, TURNOVER, COVER, FORM) = range(
    len(HEADERS)
)
# Heads of figures a few digits wide, on two lines: "Turnover days" on one line made its
# column four times as wide as "34.8", and with the others pushed the variance and the
# form off a 1366-pixel laptop screen.
SHORT_HEADERS = {
    VELOCITY: QT_TRANSLATE_NOOP("planTree", "Sell-out\nper week"),
    TURNOVER: QT_TRANSLATE_NOOP("planTree", "Turnover\n(days)"),
    COVER: QT_TRANSLATE_NOOP("planTree", "Cover\n(weeks)"),
}
HEADER_TIPS = {
    VARIANCE: QT_TRANSLATE_NOOP("planTree", "Variance: actual − target"),
    PERCENT: QT_TRANSLATE_NOOP("planTree", "Variance %: (actual − target) ÷ target"),
    VELOCITY: QT_TRANSLATE_NOOP(
        "planTree", "Sell-out per week: units sold to end customers ÷ weeks in the period"
    ),
    TURNOVER: QT_TRANSLATE_NOOP(
        "planTree",
        "Turnover days: closing stock ÷ average daily outbound (how many days the stock "
        "lasts at this pace of shipping)",
    ),
    COVER: QT_TRANSLATE_NOOP(
        "planTree",
        "Weeks of cover: closing stock ÷ weekly sell-out (outbound where no sell-out is reported)",
    ),
}
HIDDEN_BY_DEFAULT = (KIND, VELOCITY)  # shown from the column heads' menu
NUMERIC = {ACTUAL, TARGET, VARIANCE, PERCENT, VELOCITY, TURNOVER, COVER}

STANDING_WORDS = {
    Standing.BEHIND: QT_TRANSLATE_NOOP("planTree", "Behind plan"),
    Standing.ON_PLAN: QT_TRANSLATE_NOOP("planTree", "On plan"),
    Standing.AHEAD: QT_TRANSLATE_NOOP("planTree", "Ahead of plan"),
    Standing.NO_TARGET: QT_TRANSLATE_NOOP("planTree", "No target"),
    Standing.NO_FIGURES: QT_TRANSLATE_NOOP("planTree", "No figures yet"),
}
# an account without a target of its own, behind the targets summed from below it (an HQ,
# a regional office, a DC): told apart from the accounts the summary line counts
BEHIND_FROM_BELOW = QT_TRANSLATE_NOOP("planTree", "Behind (from below)")
STANDING_TONES = {
    Standing.BEHIND: "overdue",
    Standing.ON_PLAN: "done",
    Standing.AHEAD: "due_soon",
    Standing.NO_TARGET: "draft",
    Standing.NO_FIGURES: "draft",
}
NOT_IN_YET = "—"  # the actual of a period whose figures have not come in
MEASURE_WORDS = {
    Measure.SELL_IN: QT_TRANSLATE_NOOP("planTree", "Sell-in"),
    Measure.OUTBOUND: QT_TRANSLATE_NOOP("planTree", "Outbound"),
    Measure.SELL_OUT: QT_TRANSLATE_NOOP("planTree", "Sell-out"),
    Measure.STOCK: QT_TRANSLATE_NOOP("planTree", "Stock"),
}
# Stock is a level, not a flow: it has no targets, so in its view the "Against plan" column
# says what the stock thresholds raised instead of "No target" on every row.
STOCK_HEADERS = {
    ACTUAL: QT_TRANSLATE_NOOP("planTree", "Stock on hand"),
    STANDING: QT_TRANSLATE_NOOP("planTree", "Stock check"),
}
STOCK_LOW, STOCK_SLOW, STOCK_IN_RANGE = "low_cover", "slow_stock", "in_range"
STOCK_WORDS = {
    STOCK_LOW: QT_TRANSLATE_NOOP("planTree", "Low cover"),
    STOCK_SLOW: QT_TRANSLATE_NOOP("planTree", "Slow-moving"),
    STOCK_IN_RANGE: QT_TRANSLATE_NOOP("planTree", "In range"),
}
STOCK_TONES = {STOCK_LOW: "overdue", STOCK_SLOW: "due_soon", STOCK_IN_RANGE: "done"}
STOCK_TIPS = {
    ACTUAL: QT_TRANSLATE_NOOP(
        "planTree",
        "Stock on hand: each account's last stock count in the period, with all below it",
    ),
    STANDING: QT_TRANSLATE_NOOP(
        "planTree",
        "Low cover: less stock than the weeks of cover wanted; slow-moving: stock lasting "
        "longer than the turnover days allowed",
    ),
}
FORM_WORDS = {
    DiscrepancyStatus.OPEN: QT_TRANSLATE_NOOP("planTree", "Written"),
    DiscrepancyStatus.ACTION_TAKEN: QT_TRANSLATE_NOOP("planTree", "Action taken"),
    DiscrepancyStatus.CLOSED: QT_TRANSLATE_NOOP("planTree", "Closed"),
}


def _translated(text: str) -> str:
    """A text marked elsewhere with QT_TRANSLATE_NOOP("planTree", ...), translated."""
    return QCoreApplication.translate("planTree", text)


def finding_sentence(finding: Finding, measure: Measure, where: str) -> str:
    """ "Outbound 18.0% below plan at 佛山 DC" (Dutch "18,0 %") and the like."""
    by_percent = finding.kind in ("behind", "ahead")
    value = percent_text(finding.value) if by_percent else format_decimal(finding.value)
    what = _translated(MEASURE_WORDS[measure])
    texts = {
        "behind": QCoreApplication.translate("planTree", "%1 %2 below plan at %3"),
        "ahead": QCoreApplication.translate("planTree", "%1 %2 above plan at %3"),
        "low_cover": QCoreApplication.translate("planTree", "Only %2 weeks of stock cover at %3"),
        "slow_stock": QCoreApplication.translate(
            "planTree", "Stock at %3 lasts %2 days at this pace of shipping"
        ),
    }
    return filled_in(texts[finding.kind], what, value, where)


def behind_below_sentence(below: BehindBelow, worst_name: str) -> str:
    """ "One account below is behind plan: 南宁分仓 -26.3%" and the like."""
    percent = percent_text(below.worst_percent, signed=True)
    if below.count == 1:
        text = QCoreApplication.translate("planTree", "One account below is behind plan: %1 %2")
        return filled_in(text, worst_name, percent)
    text = QCoreApplication.translate(
        "planTree", "%1 accounts below are behind plan; furthest behind: %2 %3"
    )
    return filled_in(text, str(below.count), worst_name, percent)


def behind_below_text(standing_words: str, below: BehindBelow) -> str:
    """The *Against plan* cell of a row with accounts behind plan below it:
    "On plan · 1 behind below"."""
    return filled_in(
        QCoreApplication.translate("planTree", "%1 · %2 behind below"),
        standing_words,
        str(below.count),
    )


_BEHIND_ICON: QIcon | None = None


def behind_below_icon() -> QIcon:
    """A small red ▼: something below this row is behind plan (the text says it too)."""
    global _BEHIND_ICON
    if _BEHIND_ICON is None:
        pixmap = QPixmap(12, 12)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(TONE_COLOURS["overdue"]))
        painter.drawPolygon(QPolygonF([QPointF(1, 2), QPointF(11, 2), QPointF(6, 11)]))
        painter.end()
        _BEHIND_ICON = QIcon(pixmap)
    return _BEHIND_ICON


@dataclass(eq=False)
class PlanNode:
    """One row: an account (and what is below it), a territory or a category."""

    kind: str  # "account", "territory", "category"
    key: Any  # account id, territory id (None: no territory), category name
    label: str
    figures: PlanFigures
    parent: PlanNode | None
    account_id: uuid.UUID | None = None
    category: str | None = None  # an account row under a category
    account_kind: str = ""
    can_expand: bool = False
    children: list[PlanNode] | None = None  # None: not made yet
    row: int = 0
    number: int = 0  # the index's internal id (PlanTreeModel._nodes)
    standing: str = Standing.NO_TARGET
    findings: list[Finding] = field(default_factory=list)
    below: BehindBelow | None = None  # accounts behind plan below this row
    stock: str | None = None  # the stock view: low cover, slow-moving or in range

    def path(self) -> list[str]:
        node: PlanNode | None = self
        names = []
        while node is not None:
            names.append(node.label)
            node = node.parent
        return names[::-1]


class PlanTreeModel(QAbstractItemModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.snapshot: PlanSnapshot | None = None
        self.mode = BY_ACCOUNT
        self.thresholds = Thresholds()
        self.forms: dict[uuid.UUID, DiscrepancyStatus] = {}
        self.behind_only = False
        self._roots: list[PlanNode] = []
        self._keep: Callable[[PlanNode], bool] = lambda _node: True
        self._sort: tuple[int, Qt.SortOrder] = (PERCENT, Qt.SortOrder.AscendingOrder)
        self._behind_accounts: set[uuid.UUID] = set()
        self.text = TextFilter()  # the dock's find box (Ctrl+F): account names
        self._matching: set[uuid.UUID] = set()
        self._below: dict[Any, BehindBelow] = {}
        self._territory_below: dict[Any, BehindBelow] = {}
        self._nodes: dict[int, PlanNode] = {}  # every row made since the reset, by number
        self._numbers = itertools.count(1)  # never reused: 0 is no row

    # -- loading -------------------------------------------------------------------------
    def set_snapshot(
        self,
        snapshot: PlanSnapshot | None,
        mode: str,
        thresholds: Thresholds,
        forms: dict[uuid.UUID, DiscrepancyStatus],
        behind_only: bool,
    ) -> None:
        self.beginResetModel()
        old = self._nodes  # let go only after the view has let go of their indexes
        self._nodes = {}
        self.snapshot, self.mode, self.thresholds = snapshot, mode, thresholds
        self.forms, self.behind_only = forms, behind_only
        self._behind_accounts = self._accounts_behind() if snapshot and behind_only else set()
        self._matching = self._accounts_matching() if snapshot and self.text else set()
        # worked out with the snapshot, off the UI thread: a collapsed row says what is
        # behind below it without its children being read
        self._below = snapshot.behind_below(thresholds) if snapshot else {}
        self._territory_below = snapshot.territory_behind(thresholds) if snapshot else {}
        self._roots = self._numbered(self._sorted(self._top_nodes())) if snapshot else []
        self.endResetModel()
        del old

    def _accounts_behind(self) -> set[uuid.UUID]:
        """Accounts behind plan and every account above one (so the path stays visible)."""
        snap = self.snapshot
        assert snap is not None
        kept: set[uuid.UUID] = set()
        for account_id in snap.accounts:
            if standing(snap.figures(account_id), self.thresholds) != Standing.BEHIND:
                continue
            current: uuid.UUID | None = account_id
            while current is not None and current not in kept:
                kept.add(current)
                current = snap.parents.get(current)
        return kept

    def _accounts_matching(self) -> set[uuid.UUID]:
        """Accounts whose name the find box holds, and every account above one."""
        snap = self.snapshot
        assert snap is not None
        kept: set[uuid.UUID] = set()
        for account_id, account in snap.accounts.items():
            if not self.text.keeps(account.name):
                continue
            current: uuid.UUID | None = account_id
            while current is not None and current not in kept:
                kept.add(current)
                current = snap.parents.get(current)
        return kept

    def _top_nodes(self) -> list[PlanNode]:
        snap = self.snapshot
        assert snap is not None
        if self.mode == BY_TERRITORY:
            nodes = [
                self._node("territory", territory, self._territory_name(territory),
                           snap.territory_figures(territory), None, can_expand=bool(members))
                for territory, members in snap.territory_members().items()
            ]  # fmt: skip
        elif self.mode == BY_CATEGORY:
            no_category = QCoreApplication.translate("planTree", "(no category)")
            nodes = [
                self._node("category", name, name or no_category,
                           snap.category_figures(name), None, can_expand=True)
                for name in snap.categories()
            ]  # fmt: skip
        else:
            nodes = [self._account(a, None) for a in snap.children_of(None) if self._shown(a)]
        return [n for n in nodes if self._wanted(n)]

    def _territory_name(self, territory: uuid.UUID | None) -> str:
        assert self.snapshot is not None
        if territory is None:
            return QCoreApplication.translate("planTree", "(no territory)")
        return self.snapshot.territory_names.get(territory, "?")

    def _shown(self, account_id: uuid.UUID) -> bool:
        """Accounts with figures in this currency (others belong to another currency's view)."""
        snap = self.snapshot
        assert snap is not None
        figures = snap.figures(account_id)
        return bool(figures.actual) or figures.target is not None

    def _wanted(self, node: PlanNode) -> bool:
        return self._found(node) and self._behind_wanted(node)

    def _found(self, node: PlanNode) -> bool:
        if not self.text:
            return True
        if node.kind == "account" and node.category is None:
            return node.key in self._matching
        if node.kind == "territory":
            members = self.snapshot.territory_members().get(node.key, [])
            return any(m in self._matching for m in members)
        return True

    def _behind_wanted(self, node: PlanNode) -> bool:
        if not self.behind_only:
            return True
        if node.kind == "account" and node.category is None:
            return node.key in self._behind_accounts
        if node.standing == Standing.BEHIND:
            return True
        return node.kind == "territory" and any(
            m in self._behind_accounts for m in self.snapshot.territory_members().get(node.key, [])
        )

    def _node(
        self,
        kind: str,
        key: Any,
        label: str,
        figures: PlanFigures,
        parent: PlanNode | None,
        **extra: Any,
    ) -> PlanNode:
        node = PlanNode(kind, key, label, figures, parent, **extra)
        node.standing = standing(figures, self.thresholds)
        node.findings = findings(figures, self.thresholds)
        if kind == "account" and node.category is None:
            node.below = self._below.get(key)
        elif kind == "territory":
            node.below = self._territory_below.get(key)
        if self.is_stock:
            kinds = {f.kind for f in node.findings}
            if STOCK_LOW in kinds:
                node.stock = STOCK_LOW
            elif STOCK_SLOW in kinds:
                node.stock = STOCK_SLOW
            elif figures.weeks_of_cover is not None or figures.turnover_days is not None:
                node.stock = STOCK_IN_RANGE
        return node

    @property
    def is_stock(self) -> bool:
        """The stock view: a level with no targets, judged by cover and turnover."""
        return self.snapshot is not None and self.snapshot.measure is Measure.STOCK

    def _account(
        self, account_id: uuid.UUID, parent: PlanNode | None, category: str | None = None
    ) -> PlanNode:
        snap = self.snapshot
        assert snap is not None
        account = snap.accounts[account_id]
        figures = (
            snap.figures(account_id)
            if category is None
            else snap.category_figures(category, account_id)
        )
        # an arrow to open the row only when this view shows something below it (a
        # warehouse's stores have no outbound, "only behind plan" keeps few)
        below = snap.children_of(account_id) if category is None else []
        return self._node(
            "account", account_id, account.name, figures, parent, account_id=account_id,
            category=category, account_kind=enum_label(account.kind),
            can_expand=any(self._shown(a) and self._account_wanted(a) for a in below),
        )  # fmt: skip

    def _account_wanted(self, account_id: uuid.UUID) -> bool:
        """What ``_wanted`` says of the account's row in the hierarchy, by its id alone."""
        found = not self.text or account_id in self._matching
        return found and (not self.behind_only or account_id in self._behind_accounts)

    def _children(self, node: PlanNode) -> list[PlanNode]:
        """The node's rows, made (and numbered) the first time they are asked for."""
        if node.children is None:
            made = [n for n in self._read_children(node) if self._wanted(n)]
            node.children = self._numbered(self._sorted(made))
        return node.children

    def _numbered(self, nodes: list[PlanNode]) -> list[PlanNode]:
        for node in nodes:
            node.number = next(self._numbers)
            self._nodes[node.number] = node
        return nodes

    def _read_children(self, node: PlanNode) -> list[PlanNode]:
        snap = self.snapshot
        assert snap is not None
        if node.kind == "territory":
            from acct_desktop.domain.sales_metrics import group_roots

            members = snap.territory_members().get(node.key, [])
            return [self._account(a, node) for a in group_roots(members, snap.parents)]
        if node.kind == "category":
            return [self._account(a, node, node.key) for a in snap.category_accounts(node.key)]
        if node.category is not None:
            return []
        return [self._account(a, node) for a in snap.children_of(node.key) if self._shown(a)]

    # -- sorting --------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        nodes = [self._node_at(index) for index in persistent]
        self._sort = (column, order)
        self._roots = self._sorted(self._roots)
        stack = list(self._roots)
        while stack:
            node = stack.pop()
            if node.children is not None:
                node.children = self._sorted(node.children)
                stack.extend(node.children)
        self.changePersistentIndexList(
            persistent,
            [
                self.createIndex(node.row, index.column(), node.number) if node else QModelIndex()
                for node, index in zip(nodes, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    def _sorted(self, nodes: list[PlanNode]) -> list[PlanNode]:
        column, order = self._sort
        descending = order == Qt.SortOrder.DescendingOrder
        present = [n for n in nodes if self._sort_value(n, column) is not None]
        missing = [n for n in nodes if self._sort_value(n, column) is None]
        present.sort(key=lambda n: (self._sort_value(n, column), n.label), reverse=descending)
        missing.sort(key=lambda n: n.label.casefold())
        ordered = present + missing  # rows without a figure last either way
        for row, node in enumerate(ordered):
            node.row = row
        return ordered

    def _sort_value(self, node: PlanNode, column: int) -> Any:
        f = node.figures
        return {
            NAME: node.label.casefold(),
            KIND: node.account_kind,
            ACTUAL: f.actual,
            TARGET: f.target,
            VARIANCE: f.variance,
            PERCENT: f.variance_percent,
            STANDING: (
                (list(STOCK_WORDS).index(node.stock) if node.stock else len(STOCK_WORDS), 0)
                if self.is_stock
                else (list(STANDING_WORDS).index(node.standing), f.variance_percent or 0)
            ),
            VELOCITY: f.velocity_per_week,
            TURNOVER: f.turnover_days,
            COVER: f.weeks_of_cover,
            FORM: self._form_status(node) or "",
        }[column]

    # -- Qt model -------------------------------------------------------------------------
    def _node_at(self, index: Index) -> PlanNode | None:
        """The row of ``index``; None for the root, and for an index from before a reset."""
        if not index.isValid() or index.model() is not self:
            return None
        return self._nodes.get(index.internalId())

    def _list(self, parent: Index) -> list[PlanNode]:
        if not parent.isValid():
            return self._roots
        node = self._node_at(parent)
        return [] if node is None else self._children(node)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column < 0 or column >= len(HEADERS):
            return QModelIndex()
        siblings = self._list(parent)
        if not 0 <= row < len(siblings):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row].number)

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node = self._node_at(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent.number)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._list(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return bool(self._roots)
        node = self._node_at(parent)
        if node is None or parent.column() != 0:
            return False
        # Rows not made yet: whether the snapshot has any below (the view asks this of
        # every row it paints; making them all cost a 10,000-account tree its first paint)
        return node.can_expand if node.children is None else bool(node.children)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if self.is_stock and section in STOCK_HEADERS:
                return _translated(STOCK_HEADERS[section])
            return _translated(SHORT_HEADERS.get(section, HEADERS[section]))
        if role == Qt.ItemDataRole.ToolTipRole:
            if self.is_stock and section in STOCK_TIPS:
                return _translated(STOCK_TIPS[section])
            tip = HEADER_TIPS.get(section)
            return _translated(tip) if tip else _translated(HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self._node_at(index)
        if node is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(node, column)
        if role == NODE_ROLE:
            return node
        if role == SORT_ROLE:
            return self._sort_value(node, column)
        if role == BRIEF_ROLE:  # a narrow column: the ▼ and the tooltip say the rest
            brief = column == STANDING and node.below is not None and not self.is_stock
            return self._standing_words(node) if brief else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.is_stock and column == STANDING:
            return QColor(TONE_COLOURS[STOCK_TONES[node.stock]]) if node.stock else None
        if role == Qt.ItemDataRole.ForegroundRole and column in (STANDING, PERCENT, VARIANCE):
            return QColor(TONE_COLOURS[STANDING_TONES[node.standing]])
        if role == Qt.ItemDataRole.DecorationRole and column == STANDING and node.below:
            return behind_below_icon()
        if role == Qt.ItemDataRole.FontRole and column in NUMERIC:
            font = QFont()
            font.setFeature(QFont.Tag("tnum"), 1)  # tabular figures: digits line up
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(node)
        return None

    def _text(self, node: PlanNode, column: int) -> str:
        f = node.figures

        def number(value: Decimal | None, suffix: str = "") -> str:
            return "" if value is None else format_decimal(value) + suffix

        def money(value: Decimal | None) -> str:
            return "" if value is None else self._money(value)

        if column == NAME:
            return node.label
        if column == KIND:
            return node.account_kind
        if column == ACTUAL:
            return NOT_IN_YET if f.awaiting else money(f.actual)
        if column == TARGET:
            return money(f.target)
        if column == VARIANCE:
            if f.variance is None:
                return ""
            return _signed(money_figure(f.variance, self._currency()), self._money(f.variance))
        if column == PERCENT:
            if f.variance_percent is None:
                return ""
            return percent_text(f.variance_percent, signed=True)
        if column == STANDING:
            if self.is_stock:
                return _translated(STOCK_WORDS[node.stock]) if node.stock else ""
            words = self._standing_words(node)
            return behind_below_text(words, node.below) if node.below else words
        if column == VELOCITY:
            return number(f.velocity_per_week)
        if column == TURNOVER:
            return number(f.turnover_days)
        if column == COVER:
            return number(f.weeks_of_cover)
        if column == FORM:
            status = self._form_status(node)
            return _translated(FORM_WORDS[status]) if status else ""
        return ""

    def _from_below(self, node: PlanNode) -> bool:
        """An account row whose target is summed from the accounts below it."""
        return (
            self.snapshot is not None
            and node.kind == "account"
            and node.category is None
            and node.account_id is not None
            and self.snapshot.target_from_below(node.account_id)
        )

    def _standing_words(self, node: PlanNode) -> str:
        if node.standing == Standing.BEHIND and self._from_below(node):
            return _translated(BEHIND_FROM_BELOW)
        return _translated(STANDING_WORDS[node.standing])

    def _currency(self) -> str:
        return self.snapshot.currency if self.snapshot else "EUR"

    def _money(self, value: Decimal) -> str:
        """Shown to the currency's minor unit (VND has none)."""
        return money_text(value, self._currency())

    def _form_status(self, node: PlanNode) -> DiscrepancyStatus | None:
        if node.kind != "account" or node.category is not None:
            return None
        return self.forms.get(node.key)

    def _tooltip(self, node: PlanNode) -> str:
        lines = [" › ".join(node.path())]
        if self.snapshot is not None:
            where = node.label if node.category is None else f"{node.label} ({node.category})"
            lines += [finding_sentence(f, self.snapshot.measure, where) for f in node.findings]
            if node.standing == Standing.BEHIND and self._from_below(node):
                lines.append(
                    _translated(
                        QT_TRANSLATE_NOOP(
                            "planTree",
                            "No target of its own: its target is the sum of the targets below it.",
                        )
                    )
                )
            if node.below is not None:
                worst = self.snapshot.accounts.get(node.below.worst)  # type: ignore[call-overload]
                lines.append(behind_below_sentence(node.below, worst.name if worst else "?"))
        return "\n".join(lines)

    # -- finding rows ---------------------------------------------------------------------
    def index_of_account(self, account_id: uuid.UUID) -> QModelIndex:
        """The row of an account in the hierarchy (making the rows above it), or invalid."""
        snap = self.snapshot
        if snap is None or self.mode != BY_ACCOUNT or account_id not in snap.accounts:
            return QModelIndex()
        path = []
        current: uuid.UUID | None = account_id
        while current is not None:
            path.append(current)
            current = snap.parents.get(current)
        parent = QModelIndex()
        for key in reversed(path):
            match = next((n for n in self._list(parent) if n.key == key), None)
            if match is None:
                return QModelIndex()
            parent = self.createIndex(match.row, 0, match.number)
        return parent


def _signed(value: Decimal, text: str | None = None) -> str:
    """``value`` (or ``text``, the way it is shown) with a plus sign when above zero."""
    text = format_decimal(value) if text is None else text
    return "+" + text if value > 0 else text


__all__ = [
    "BRIEF_ROLE",
    "BY_ACCOUNT",
    "BY_CATEGORY",
    "BY_TERRITORY",
    "HEADERS",
    "HIDDEN_BY_DEFAULT",
    "MEASURE_WORDS",
    "NODE_ROLE",
    "NO_CATEGORY",
    "STOCK_HEADERS",
    "PlanNode",
    "PlanTreeModel",
    "finding_sentence",
]
