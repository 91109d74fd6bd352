"""The profile card: the current account's header and its tabs, each loaded when shown."""

from __future__ import annotations

import uuid

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QFrame,
    QScrollArea,
    QStyle,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.gui.background import BackgroundRunner
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.docks.contact_map import COLUMNS as CONTACT_COLUMNS
from acct_desktop.gui.docks.policy_register import POLICY_COLUMNS, REBATE_COLUMNS
from acct_desktop.gui.docks.quote_builder import QUOTE_COLUMNS
from acct_desktop.gui.docks.visit_calendar import COLUMNS as VISIT_COLUMNS
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP, enum_label
from acct_desktop.gui.models.columns import Column, attr, money_attr
from acct_desktop.gui.profile.charts import SalesTab
from acct_desktop.gui.profile.checklists_tab import ChecklistsTab
from acct_desktop.gui.profile.header import ProfileHeader
from acct_desktop.gui.profile.issues_tab import IssuesTab
from acct_desktop.gui.profile.profile_form import ProfileForm
from acct_desktop.gui.profile.tabs import ProfileTab, TableTab
from acct_desktop.gui.widgets.empty_state import EmptyState
from acct_desktop.services.accounts import AccountProfile
from acct_desktop.services.whitespace import CategoryPurchase, ProductPurchase
from acct_desktop.services.workspace import Workspace

# The lines of a tab the card keeps in sight under its header (else the header is compact)
PAGE_LINES = 4

# The Visits tab shows one account's visits: its name on every row says nothing.
ACCOUNT_VISIT_COLUMNS = tuple(c for c in VISIT_COLUMNS if c.header != "Account")

COMPETITOR_COLUMNS = (
    attr("observed_at", QT_TRANSLATE_NOOP("columns", "Seen")),
    attr("competitor", QT_TRANSLATE_NOOP("columns", "Competitor")),
    attr("product", QT_TRANSLATE_NOOP("columns", "Product"), sortable=False),
    money_attr("price", QT_TRANSLATE_NOOP("columns", "Price")),
    attr("currency", QT_TRANSLATE_NOOP("columns", "Cur."), sortable=False),
    attr("promotion", QT_TRANSLATE_NOOP("columns", "Promotion"), sortable=False),
    attr(
        "shelf_share_percent", QT_TRANSLATE_NOOP("columns", "Shelf %"), sortable=False, numeric=True
    ),
    attr("note", QT_TRANSLATE_NOOP("columns", "Note"), sortable=False),
)


def _in_order(columns: tuple[Column, ...], *heads: str) -> tuple[Column, ...]:
    """``columns`` with those headed ``heads`` first, in that order, the rest after."""
    first = [next(c for c in columns if c.header == head) for head in heads]
    return (*first, *(c for c in columns if c not in first))


# In the card the register's columns put what the account pays first (a laptop's card
# shows ~550 pixels: the prices were past its right edge, behind the code and the scope);
# its rebates are this account's, so no Account column.
CARD_POLICY_COLUMNS = _in_order(
    POLICY_COLUMNS, "Name", "Products", "Guide price", "Floor price", "Cur.", "Min. markup %",
    "Max discount %", "Valid to", "Status",
)  # fmt: skip
CARD_REBATE_COLUMNS = _in_order(
    tuple(c for c in REBATE_COLUMNS if c.header != "Account"),
    "Kind", "Status", "Accrued so far", "Tier reached", "Still to buy", "Next tier by", "To",
)  # fmt: skip


def _gap_tone(row: CategoryPurchase | ProductPurchase) -> str | None:
    bought = row.bought if isinstance(row, ProductPurchase) else not row.is_gap
    return None if bought else "due_soon"


CATEGORY_COLUMNS = (
    Column(
        QT_TRANSLATE_NOOP("columns", "Category"),
        lambda r: enum_label(r.category),
        tone=_gap_tone,
        tip=lambda r: enum_label(r.category),  # cut with "…" in a laptop's card
    ),
    money_attr("revenue", QT_TRANSLATE_NOOP("columns", "Revenue (12 m)"), sortable=False),
    money_attr("margin", QT_TRANSLATE_NOOP("columns", "Margin"), sortable=False),
    attr("margin_percent", QT_TRANSLATE_NOOP("columns", "Margin %"), sortable=False, numeric=True),
    Column(
        QT_TRANSLATE_NOOP("columns", "Products bought"),
        lambda r: f"{r.products_bought} / {r.products_total}",
        numeric=True,
        tone=_gap_tone,
    ),
)
_SKU = attr("sku", QT_TRANSLATE_NOOP("columns", "SKU"), sortable=False)
_PRODUCT = Column(QT_TRANSLATE_NOOP("columns", "Product"), lambda r: r.name, tip=lambda r: r.name)
_LIST_MARGIN = attr(
    "margin_percent", QT_TRANSLATE_NOOP("columns", "List margin %"), sortable=False, numeric=True
)
# Whitespace shows what the account buys and what it does not as two lists of their own
# (one chosen at a time): the products it does not buy, last in one list by revenue, were
# out of sight. A list of one kind needs no "Bought?" column; unbought, no revenue either.
BOUGHT_COLUMNS = (
    _SKU,
    _PRODUCT,
    money_attr("revenue", QT_TRANSLATE_NOOP("columns", "Revenue (12 m)"), sortable=False),
    _LIST_MARGIN,
)
NOT_BOUGHT_COLUMNS = (_SKU, _PRODUCT, _LIST_MARGIN)


def _products(bought: bool):  # type: ignore[no-untyped-def]
    """A FetchFor: the account's products it buys (``bought``), or those it does not."""

    def fetch_for(ws: Workspace, account_id: uuid.UUID):  # type: ignore[no-untyped-def]
        rows = [r for r in ws.whitespace.products(account_id) if r.bought == bought]
        return lambda page: rows[page.offset : page.offset + page.limit]

    return fetch_for


def _paged(method):  # type: ignore[no-untyped-def]
    """A FetchFor from a service method taking (account_id, page)."""
    return lambda ws, account_id: lambda page: method(ws)(account_id, page)


def _listed(method):  # type: ignore[no-untyped-def]
    """A FetchFor from a service method returning a whole (small) list."""

    def fetch_for(ws: Workspace, account_id: uuid.UUID):  # type: ignore[no-untyped-def]
        rows: list | None = None  # read with the first page: a list that cannot be read
        # says so (the table's model), never keeps the account shown before

        def page_of(page):  # type: ignore[no-untyped-def]
            nonlocal rows
            if rows is None:
                rows = list(method(ws)(account_id))
            return rows[page.offset : page.offset + page.limit]

        return page_of

    return fetch_for


class ProfileCard(QWidget):
    """Header and tabs for the current account. Tabs load lazily: only the visible tab
    reads the database when the account changes; the others when they are opened."""

    def __init__(
        self, current: CurrentAccount, runner: BackgroundRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("profileCard")
        self.current = current
        self.workspace: Workspace | None = None
        self.shown_profile: AccountProfile | None = None
        self.header = ProfileHeader(self)
        self.header.sig_account_clicked.connect(current.set)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.profile_form = ProfileForm()
        self.profile_form.sig_archived.connect(self._archived_meanwhile)
        self.sales = SalesTab(runner)
        translate = QCoreApplication.translate
        no_products = translate(
            "profile",
            "No products in the catalogue yet. Load the price list (acct-desktop import "
            "products FILE) to see what this account buys and what not.",
        )
        self.pages: dict[str, ProfileTab] = {
            "profile": self.profile_form,
            "contacts": TableTab(
                [
                    (
                        CONTACT_COLUMNS,
                        _paged(lambda ws: ws.contacts.for_account),
                        translate(
                            "profile",
                            "No contacts yet. Add one on the contact map (Ctrl+N there), or "
                            "drop a .vcf file on the window.",
                        ),
                    )
                ]
            ),
            "visits": TableTab(
                [
                    (
                        ACCOUNT_VISIT_COLUMNS,
                        _paged(lambda ws: ws.visits.for_account),
                        translate(
                            "profile",
                            "No visits yet. Plan one in the visit calendar: double-click a "
                            "free time.",
                        ),
                    )
                ]
            ),
            "policies": TableTab(
                [
                    (
                        CARD_POLICY_COLUMNS,
                        _paged(lambda ws: ws.policies.price_policies),
                        translate(
                            "profile",
                            "No price policy applies to this account. Enter one under Price "
                            "policies and rebates (New, Ctrl+N).",
                        ),
                    ),
                    (
                        CARD_REBATE_COLUMNS,
                        _paged(lambda ws: ws.policies.rebate_agreements),
                        translate(
                            "profile",
                            "No rebate agreement for this account. Enter one under Price "
                            "policies and rebates (New, Ctrl+N).",
                        ),
                    ),
                ],
                titles=(self.tr("Price policies"), self.tr("Rebates")),
                squeeze={0: ((1, 90), (0, 160))},  # the products, the name: not the prices
            ),
            "quotes": TableTab(
                [
                    (
                        QUOTE_COLUMNS,
                        _paged(lambda ws: ws.quotes.quotes),
                        translate(
                            "profile",
                            "No quotes for this account yet. Start one in the quote builder "
                            "(New quote, Ctrl+N).",
                        ),
                    )
                ]
            ),
            "issues": IssuesTab(lambda: self.shown_profile.name if self.shown_profile else ""),
            "checklists": ChecklistsTab(runner),
            "sales": self.sales,
            "whitespace": TableTab(
                [
                    (
                        CATEGORY_COLUMNS,
                        _listed(lambda ws: ws.whitespace.categories),
                        no_products,
                    ),
                    (BOUGHT_COLUMNS, _products(bought=True), no_products),
                    (
                        NOT_BOUGHT_COLUMNS,
                        _products(bought=False),
                        translate("profile", "The account buys every product in the catalogue."),
                    ),
                ],
                titles=(self.tr("Categories"), self.tr("Buys"), self.tr("Does not buy")),
                squeeze={0: ((0, 90),), 1: ((1, 120), (0, 80)), 2: ((1, 120),)},  # not figures
            ),
            "competitors": TableTab(
                [
                    (
                        COMPETITOR_COLUMNS,
                        _paged(lambda ws: ws.competitors.for_account),
                        translate(
                            "profile",
                            "No competitor observations at this account yet. Note them in a "
                            "visit report, under Competitors seen.",
                        ),
                    ),
                ]
            ),
        }
        titles = {
            "profile": self.tr("Profile"),
            "contacts": self.tr("Contacts"),
            "visits": self.tr("Visits"),
            "policies": self.tr("Policies && rebates"),
            "quotes": self.tr("Quotes"),
            "issues": self.tr("Issues"),
            "checklists": self.tr("Checklists"),
            "sales": self.tr("Sales"),
            "whitespace": self.tr("Whitespace"),
            "competitors": self.tr("Competitors"),
        }
        for key, page in self.pages.items():
            page.setObjectName(f"profileTab_{key}")
            self.tabs.addTab(_scrolling(page), titles[key])
        self._stale: set[str] = set(self.pages)
        self.tabs.currentChanged.connect(lambda _i: self._load_visible())
        self.no_accounts = EmptyState(
            self.tr(
                "The account you choose in the account tree shows here: its profile, "
                "contacts, visits, quotes and issues."
            )
        )
        self.no_accounts.setObjectName("cardNoAccounts")  # its buttons: set by the window
        self.no_accounts.hide()
        self._no_accounts = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.no_accounts, 1)
        current.changed.connect(self.show_account)

    # -- the header gives way to the tabs ---------------------------------------------------
    # Where the card has less room than the whole header and a few lines of its tabs (a
    # 1366 × 768 laptop at 125 or 150 % display scaling: 182 or 138 pixels), the header
    # is compact: the name and the facts in a line each. At 150 % the whole header took
    # 140 pixels and the tabs were below, out of sight until one scrolled.
    def room(self) -> QSize:
        """The room the card is shown in: its scroll area's (less a vertical bar, which
        comes and goes with the header's form), else its own."""
        parent = self.parentWidget()
        area = parent.parentWidget() if parent is not None else None
        if isinstance(area, QAbstractScrollArea):
            bar = area.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, area)
            return area.maximumViewportSize() - QSize(bar, 0)
        return self.size()

    def fit_header(self) -> None:
        room = self.room()
        if room.width() <= 0:
            return
        tabs = self.tabs.tabBar().sizeHint().height() + PAGE_LINES * self.fontMetrics().height()
        wanted = self.header.full_height(room.width()) + self.layout().spacing() + tabs
        self.header.set_compact(self.tabs.isVisible() and room.height() < wanted)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ParentChange and self.parentWidget() is not None:
            self.parentWidget().installEventFilter(self)  # the room: a scroll area's
        return super().event(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.fit_header()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_header()

    def set_workspace(self, workspace: Workspace | None) -> None:
        self.workspace = workspace
        self.show_account(self.current.id)

    def show_no_accounts(self, empty: bool) -> None:
        """The open database has no account at all: "No accounts yet" and what to do, in
        place of the tabs of an account there is none to choose."""
        self._no_accounts = empty
        self.tabs.setVisible(not empty)
        self.no_accounts.setVisible(empty)
        if self.current.id is None:
            self.header.show_profile(None, no_accounts=empty)

    def show_account(self, account_id: uuid.UUID | None) -> None:
        self.profile_form.keep_draft()
        profile = (
            self.workspace.accounts.profile(account_id)
            if self.workspace is not None and account_id is not None
            else None
        )
        self.shown_profile = profile
        self.header.show_profile(profile, no_accounts=self._no_accounts)
        self.fit_header()  # a longer name or path may need more room
        self._stale = set(self.pages)
        if profile is None:
            for page in self.pages.values():
                page.clear()
            return
        self._load_visible()

    def _archived_meanwhile(self, account_id: uuid.UUID) -> None:
        """A colleague archived the account shown: the header says so and offers Restore;
        the form keeps what was typed, with the refusal under it."""
        if self.workspace is None or account_id != self.current.id:
            return
        self.shown_profile = self.workspace.accounts.profile(account_id)
        self.header.show_profile(self.shown_profile, no_accounts=self._no_accounts)
        self.fit_header()

    def _load_visible(self) -> None:
        key = self.current_key()
        if key is None or key not in self._stale:
            return
        if self.workspace is None or self.current.id is None:
            return
        self._stale.discard(key)
        self.pages[key].load(self.workspace, self.current.id)

    def refresh_tab(self, key: str) -> None:
        """Re-read tab ``key`` now if it is showing, else when it is next opened."""
        self._stale.add(key)
        self._load_visible()

    def current_key(self) -> str | None:
        """The key of the tab showing ("profile", "contacts"...)."""
        index = self.tabs.currentIndex()
        return list(self.pages)[index] if 0 <= index < len(self.pages) else None

    def open_tab(self, key: str) -> ProfileTab:
        """Show (and load) tab ``key``; returns it."""
        self.tabs.setCurrentIndex(list(self.pages).index(key))
        self._load_visible()
        return self.pages[key]


def _scrolling(page: ProfileTab) -> QScrollArea:
    """``page`` in a scroll area: the card's tabs are as tall as the tallest page asks
    (QStackedWidget), and that height is the window's — the sales chart's 220 pixels made
    the window 800 pixels tall on a 768-pixel laptop. A page shorter than it needs scrolls."""
    scroll = QScrollArea()
    scroll.setObjectName(f"{page.objectName()}Scroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: the page's
    scroll.setWidget(page)
    # as short as two lines (QScrollArea's least is 70 pixels): on a laptop at 150 % the
    # card keeps its header's two lines, its tab bar and two lines of the tab in 138; a
    # page that is one list or form shrinks with it and scrolls on its own (not twice)
    least = 2 * scroll.fontMetrics().lineSpacing()
    scroll.setMinimumHeight(least)
    if page.scrolls_itself():
        page.setMinimumHeight(least)
    return scroll
