"""Quote builder dock: the current account's quotes on the left, the open quote on the right.

Keyboard first: Ctrl+N starts a quote, the product field finds by SKU, name or category
(any of our four languages, accents ignored), Enter moves from product to quantity to the
next line, Ctrl+D duplicates a line, Delete removes it, Ctrl+Z/Ctrl+Y undo and redo. Every
edit is saved at once (drafts survive a crash); lines outside the price policy say why,
and the quote cannot be sent before an approval is recorded.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.quote_workflow import QuoteMove
from acct_desktop.domain.text_search import TextFilter
from acct_desktop.gui.current_account import CurrentAccount
from acct_desktop.gui.docks.base import FeatureDock
from acct_desktop.gui.docks.quote_commands import QuoteCommands
from acct_desktop.gui.docks.quote_list_keys import add_quote_list_keys
from acct_desktop.gui.docks.register_filters import FilteredSource
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP
from acct_desktop.gui.models.columns import Column, attr, money_attr
from acct_desktop.gui.models.paged_table import PagedTableModel
from acct_desktop.gui.nothing_here import set_enabled
from acct_desktop.gui.screen_fit import share_of
from acct_desktop.gui.sentences import exception_text
from acct_desktop.gui.widgets.data_table import DataTable
from acct_desktop.gui.widgets.flow_layout import FlowSentence
from acct_desktop.gui.widgets.quote_editor import QuoteEditor, quote_status_text
from acct_desktop.services.manager_profile import load_manager_profile
from acct_desktop.services.quote_kept import Waiting
from acct_desktop.services.quote_views import QuoteView
from acct_desktop.services.quotes import QuoteRow

# The quote last shown per account, kept per person with the form drafts (a small row in
# the database): after a restart the builder opens the quote being edited, not the first.
LAST_QUOTE = "quote_builder_last"

# What a manager looks for first comes first, so a laptop's narrow list (about 340 pixels
# at 1366x768) shows it: the quote (R2 in its reference), its status, its net total and
# the account (cut with "…"); the dates, currency and lines follow when there is room.
QUOTE_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("columns", "Quote"), lambda row: row.reference, sort_key="number"),
    Column(
        QT_TRANSLATE_NOOP("columns", "Status"),
        lambda row: quote_status_text(row.status, row.replaced_by),
        sort_key="status",
        tone=lambda row: "draft" if row.replaced else None,
    ),
    money_attr("net_total", QT_TRANSLATE_NOOP("columns", "Net total")),
    attr("account_name", QT_TRANSLATE_NOOP("columns", "Account")),
    attr("quote_date", QT_TRANSLATE_NOOP("columns", "Date")),
    attr("valid_until", QT_TRANSLATE_NOOP("columns", "Valid until")),
    attr("currency", QT_TRANSLATE_NOOP("columns", "Cur."), sortable=False),
    attr("line_count", QT_TRANSLATE_NOOP("columns", "Lines"), sortable=False, numeric=True),
)
# The widest each of the first columns is fitted to (a long header or account is cut with
# "…"), so quote, status and net total fit the list's share of a 1366-pixel window.
COLUMN_CAPS = {0: 150, 1: 95, 2: 100, 3: 110}
LIST_WIDTH = 360
# the quote list's share of a narrower dock (a laptop at 150 %: 270 of 911 pixels), so that
# the editor's rows — the add-a-line row, the totals — stay one line each over the lines
LIST_SHARE, LIST_LEAST = 0.3, 220


class QuoteBuilderDock(FeatureDock):
    NAME = "quoteBuilderDock"
    TITLE = QT_TRANSLATE_NOOP("docks", "Quote builder")
    AREA = Qt.DockWidgetArea.BottomDockWidgetArea
    # a quote changed in the database (an edit, a move, a discard, their undo): the alerts
    # (a quote expiring, an order due) are read again
    quotes_changed = Signal()

    def __init__(self, current: CurrentAccount, parent: QWidget | None = None) -> None:
        super().__init__(current, parent)
        self.last_problem: str | None = None
        self.last_dialog: QWidget | None = None
        self.quotes = PagedTableModel(QUOTE_COLUMNS, self)
        self.quote_table = DataTable(self.quotes, self.tr("Select an account to see its quotes."))
        self.quote_table.column_caps = dict(COLUMN_CAPS)
        self.quote_table.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.quote_table.view.selectionModel().selectionChanged.connect(self._quote_selected)
        self.editor = QuoteEditor(self._search_products, self)
        self.commands = QuoteCommands(self)
        self.editor.header_edited.connect(self.commands.set_header)
        self.editor.add_requested.connect(self.commands.add_product)
        self.editor.line_edited.connect(self.commands.edit_line)
        self.editor.problem.connect(self.commands.complain)
        self._build_rows()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        new = QPushButton(self.tr("New quote (Ctrl+N)"))
        new.setObjectName("newQuote")
        new.clicked.connect(self.commands.new_quote)
        # Ctrl+F: the account's quotes by reference, status or account, accents and case aside
        self.find_box = QLineEdit()
        self.find_box.setObjectName("quoteFind")
        self.find_box.setPlaceholderText(self.tr("Find a quote (Ctrl+F)"))
        self.find_box.setClearButtonEnabled(True)
        self.find_box.textChanged.connect(lambda _t: self._find_changed())
        self.find_box.returnPressed.connect(lambda: self.quote_table.view.setFocus())
        column.addWidget(new)
        column.addWidget(self.find_box)
        column.addWidget(self.quote_table, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setStretchFactor(0, 0)  # the list keeps its width; the editor takes the rest
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([LIST_WIDTH, 1366 - LIST_WIDTH])
        self.splitter = splitter
        # neither side folds away: a narrow dock (a tab not yet shown) left the editor at 0
        # pixels, and a folded side stays folded when the dock grows again
        splitter.setCollapsible(0, False)
        splitter.setCollapsible(1, False)
        splitter.installEventFilter(self)
        self._list_width_chosen = False  # the manager moved the divider: kept as it is
        splitter.splitterMoved.connect(lambda _pos, _index: self._list_width_moved())
        self.setWidget(splitter)
        self._shown_id: uuid.UUID | None = None
        self._remembered: uuid.UUID | None = None
        self._saved: QuoteView | None = None  # the quote shown, as saved
        self._contact_choices: list[tuple[uuid.UUID, str]] = []
        self.waiting: Waiting | None = None  # the kept edits shown over it
        # No quote yet: no workflow buttons. All of them showing (before any database was
        # open) made the window 1565 pixels wide in Dutch, under the welcome page.
        self.show_quote(None)
        add_quote_list_keys(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # the splitter's own resize (the dock's comes before its layout has passed the new
        # width on): the list's share is worked out of the width the two sides now share
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            width = event.size().width()  # type: ignore[attr-defined]
            self.fit_list_width(width - self.splitter.handleWidth())
        return super().eventFilter(watched, event)

    def reset_view(self) -> None:
        super().reset_view()
        self._list_width_chosen = False
        self.fit_list_width()

    def _list_width_moved(self) -> None:
        if not self._fitting:
            self._list_width_chosen = True

    _fitting = False

    def fit_list_width(self, total: int | None = None) -> None:
        """The quote list ``LIST_WIDTH`` wide, or ``LIST_SHARE`` of a narrower dock (the two
        sides sharing ``total`` pixels), until the manager moves the divider (View → Reset
        layout: again)."""
        if self._list_width_chosen:
            return
        if total is None:
            total = sum(self.splitter.sizes())
        if total <= 0:
            return
        width = share_of(total, LIST_SHARE, LIST_LEAST, LIST_WIDTH)
        if self.splitter.sizes()[0] != width:
            self._fitting = True
            self.splitter.setSizes([width, total - width])
            self._fitting = False

    def _build_rows(self) -> None:
        actions = self.commands.actions
        tools = self.editor.tool_row
        for name in ("paste", "copy_last"):
            button = QToolButton()
            button.setDefaultAction(actions[name])
            tools.addWidget(button)
        # a push button: its size hint counts the menu arrow, which a tool button's did not
        # (zh "从模板添加" was cut at 1366x768)
        template = QPushButton(self.tr("From template"))
        template.setObjectName("fromTemplate")
        template.setMenu(self.commands.templates_menu)
        tools.addWidget(template)
        self.template_button = template
        more = QToolButton()
        more.setText(self.tr("More"))
        more.setObjectName("quoteMore")
        more.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(more)
        for name in (
            "duplicate",
            "remove",
            "up",
            "down",
            "reprice",
            "template",
            "order_pdf",
            "discard",
        ):
            menu.addAction(actions[name])
        more.setMenu(menu)
        row = self.editor.action_row  # wraps where the dock is narrow (a FlowLayout)
        for button in self.commands.move_buttons.values():
            row.addWidget(button)
        # next to the print buttons while My details lack the seller (the print refuses)
        self.seller_missing = FlowSentence(self.tr("Printing needs your name and company:"))
        self.seller_missing.setObjectName("quoteSellerMissing")
        self.seller_missing.setStyleSheet("color: #c62828;")
        self.seller_missing.setToolTip(
            self.tr(
                "A quote is printed with your name and company as its seller; without them "
                "it is not printed. Fill them in under My details (Tools menu)."
            )
        )
        self.seller_button = QToolButton()
        self.seller_button.setObjectName("quoteMyDetails")
        self.seller_button.setText(self.tr("My details…"))
        self.seller_button.clicked.connect(self.commands.edit_my_details)
        # On one line beside the buttons where it fits, else on a line of its own, wrapped
        # only where even that is too narrow: squeezed beside the buttons, a Dutch or
        # Vietnamese sentence took five lines and lost the last ones at 125 %.
        self.seller_missing.setWordWrap(True)
        self.seller_missing.setAlignment(
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        )
        self.seller_missing.hide()
        self.seller_button.hide()
        printing: list[QWidget] = [self.seller_missing, self.seller_button]
        for name in ("preview", "pdf"):
            button = QToolButton()
            button.setDefaultAction(actions[name])
            printing.append(button)
        printing.append(more)
        for widget in printing:  # the first one shown goes to the right end of its line
            row.addWidget(widget)
            row.setAlignment(widget, Qt.AlignmentFlag.AlignRight)
        self.editor.table.addActions([actions[n] for n in ("duplicate", "remove", "up", "down")])
        self.editor.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _search_products(self, text: str) -> list[tuple[uuid.UUID, str]]:
        from acct_desktop.services.catalogue import ProductService

        if self.workspace is None:
            return []
        return [(p.id, p.label) for p in ProductService(self.workspace.db).search(text)]

    # -- showing ---------------------------------------------------------------------------

    def account_changed(self, account_id: uuid.UUID | None) -> None:
        self.editor.flush()
        workspace = self.workspace
        self.show_quote(None)
        if workspace is None or account_id is None:
            self.quotes.set_source(None)
            return
        self._list_account(account_id)
        if self.quotes.rowCount():
            self.quote_table.view.selectRow(self._last_row(account_id))

    def _find_changed(self) -> None:
        self._list_account(self.current.id)
        if self._shown_id is not None:
            self._reselect(self._shown_id)  # the quote open stays chosen when still listed

    def _list_account(self, account_id: uuid.UUID | None) -> None:
        """List ``account_id``'s quotes, only those the find box keeps when it holds text."""
        workspace = self.workspace
        if workspace is None or account_id is None:
            return
        found = TextFilter.of(self.find_box.text())
        if found:
            self.quote_table.set_empty_text(
                self.tr("No quote of this account matches the search. Clear it to see all.")
            )
        else:
            self.quote_table.set_empty_text(
                self.tr("No quotes for this account yet — New quote (Ctrl+N).")
            )
        self.quote_table.set_unreadable_text(
            self.tr(
                "Quotes cannot be read while the team database is away — they come back "
                "when it answers."
            )
        )

        def keeps(row: QuoteRow) -> bool:
            status = quote_status_text(row.status, row.replaced_by)
            return found.keeps(row.reference, row.account_name, row.currency, free=(status,))

        self.quotes.set_source(
            FilteredSource(
                lambda page: workspace.quotes.quotes(account_id, page),
                keeps if found else None,
            )
        )

    def _quote_selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        workspace = self.workspace
        indexes = selected.indexes()
        if workspace is None or not indexes:
            return
        row: QuoteRow = self.quotes.row_object(indexes[0].row())
        if row.id == self._shown_id:
            return
        self.editor.flush()
        try:
            self.show_quote(workspace.quote_builder.view(row.id))
        except (LookupError, ValueError) as exc:
            self.commands.complain(exception_text(exc))

    def _last_row(self, account_id: uuid.UUID) -> int:
        """The row of the quote last shown for ``account_id`` (kept per person in the
        database, so it is the one being edited after a restart too), else the first."""
        drafts = getattr(self.workspace, "form_drafts", None)
        last = drafts.get(LAST_QUOTE, str(account_id)) if drafts is not None else None
        wanted = (last or {}).get("quote")
        for row in range(self.quotes.rowCount()):
            if str(self.quotes.row_object(row).id) == wanted:
                return row
        return 0

    def _remember(self, view: QuoteView) -> None:
        drafts = getattr(self.workspace, "form_drafts", None)
        if drafts is not None and view.id != self._remembered:
            self._remembered = view.id
            drafts.keep(LAST_QUOTE, str(view.account_id), {"quote": str(view.id)})

    def show_quote(self, view: QuoteView | None) -> None:
        """Show ``view`` in the editor (the result of every edit) and the move buttons it
        allows, with the edits kept while the database could not be reached over it; the
        list row is refreshed in place. The database answered: a "not done, try again
        once it is back" under the product goes."""
        self._shown_id = view.id if view is not None else None
        self.editor.show_add_problem(None)
        self.editor.drafts = getattr(self.workspace, "form_drafts", None)
        if view is not None:
            self._remember(view)
        contacts: list[tuple[uuid.UUID, str]] = []
        if view is not None and self.workspace is not None:
            contacts = self._contacts(view.account_id)
        self._saved, self._contact_choices = view, contacts
        self.show_kept()
        moves = view.moves if view is not None else ()
        blocked = view is not None and view.flagged and not view.approval_valid
        for move, button in self.commands.move_buttons.items():
            button.setVisible(move in moves and not (move is QuoteMove.SUBMIT and not blocked))
        send = self.commands.move_buttons[QuoteMove.SEND]
        send.setEnabled(not blocked)
        send.setToolTip(
            self.tr("Lines outside the price policy need a recorded approval first.")
            if blocked
            else ""
        )
        editable = view is not None and view.editable
        for name in ("paste", "copy_last", "duplicate", "remove", "up", "down", "reprice"):
            self.commands.actions[name].setEnabled(editable)
        self.template_button.setEnabled(editable)  # adds lines: not to a sent or locked quote
        self.commands.templates_menu.setEnabled(editable)
        self.commands.actions["discard"].setEnabled(
            view is not None and view.status.value == "draft"
        )
        self.commands.actions["save"].setEnabled(view is not None)
        for name in ("pdf", "preview"):
            set_enabled(
                self.commands.actions[name],
                view is not None and bool(view.lines),
                self.tr("Add a line first: an empty quote has nothing to print.")
                if view is not None
                else self.tr("Choose a quote first, or make one with New quote (Ctrl+N)."),
            )
        self.commands.actions["order_pdf"].setEnabled(view is not None and view.order is not None)
        self.show_seller()
        if view is not None and self.quotes.rowCount():
            self.quotes.refresh()  # the list's status and total follow the edit
            self._reselect(view.id)

    def show_kept(self) -> None:
        """Show the quote shown last as saved with the edits kept while the database could
        not be reached over it, as not saved yet; nothing is read."""
        view = self._saved
        self.waiting = self.commands.kept.over(view) if view is not None else None
        shown = self.waiting.view if self.waiting is not None else None
        self.editor.show_view(shown, self._contact_choices, self.waiting)

    def show_seller(self) -> None:
        """The red line beside Print preview and Save as PDF while My details lack the name
        or company printed as the seller (read again from the data folder each time)."""
        missing = self._shown_id is not None and not load_manager_profile().complete
        self.seller_missing.setVisible(missing)
        self.seller_button.setVisible(missing)

    def _reselect(self, quote_id: uuid.UUID) -> None:
        for row in range(self.quotes.rowCount()):
            if self.quotes.row_object(row).id == quote_id:
                self.quote_table.view.selectRow(row)
                return

    def _contacts(self, account_id: uuid.UUID) -> list[tuple[uuid.UUID, str]]:
        assert self.workspace is not None
        rows = self.workspace.contacts.for_account(account_id)
        return [(row.id, f"{row.name} · {row.title}" if row.title else row.name) for row in rows]

    def quote_created(self, view: QuoteView) -> None:
        """A new quote or revision (or a move): list it and open it."""
        self.quotes_changed.emit()
        self._list_account(self.current.id)
        self.show_quote(view)
        self._reselect(view.id)
        self.editor.product.setFocus()

    def shown_row_count(self) -> int:
        return self.quotes.rowCount()
