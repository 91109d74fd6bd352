"""The quote being built: header fields, the add-a-line row, the lines, totals, status.

The editor only shows a :class:`QuoteView` and reports what the user changed (signals);
:mod:`acct_desktop.gui.docks.quote_commands` saves it through the services. Text fields
are saved when the user leaves them or pauses typing for a moment, so a crash loses at
most the last second of typing. Problems are shown under the field they concern.
"""

from __future__ import annotations

import uuid
from decimal import Decimal

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.enums import QuoteStatus
from acct_desktop.domain.numbers import NumberFormatError
from acct_desktop.domain.sentences import filled_in
from acct_desktop.gui.dialogs.issue_form import problem_label
from acct_desktop.gui.dialogs.register_fields import SearchChooser, typed_number, typed_text
from acct_desktop.gui.form_drafts import FormAutosave, FormDraft
from acct_desktop.gui.labels import enum_label, money_text, percent_text
from acct_desktop.gui.models.quote_lines import (
    WAITING_TIP,
    LineColumn,
    QuoteLinesModel,
    day_text,
    rails_text,
)
from acct_desktop.gui.sentences import exception_text, user_text
from acct_desktop.gui.widgets.date_field import NO_DATE, DateField
from acct_desktop.gui.widgets.elided_line import ElidedLine
from acct_desktop.gui.widgets.field_columns import FieldColumns
from acct_desktop.gui.widgets.flow_layout import FlowLayout, FlowSentence
from acct_desktop.services.quote_kept import Waiting
from acct_desktop.services.quote_views import QuoteView

SAVE_PAUSE_MS = 800
EXPIRY_WARNING_DAYS = 7
GREEN, AMBER, RED, GREY = "#2e7d32", "#b26a00", "#c62828", "#616161"
ROW_HEIGHT = 24
LINES_KEPT = 3  # the lines the table keeps in sight however short the dock
LINES_OVER_RAILS = 4  # the lines the table keeps in sight before the rails give it their row


class LinesView(QTableView):
    """Enter saves the cell and moves down to the same column of the next line."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.next_cell: tuple[int, int] | None = None
        # Tab leaves the lines (ten Tabs went through their cells); Tab in a cell being
        # typed in still saves it and goes on to the next cell
        self.setTabKeyNavigation(False)

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        current = self.currentIndex()
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache and current.isValid():
            self.next_cell = (current.row() + 1, current.column())
        super().closeEditor(editor, hint)

    def minimumSizeHint(self) -> QSize:
        """Room for ``LINES_KEPT`` lines (fewer in a shorter quote) under the column heads:
        on a laptop at 150 % the rows around took all but one and a half of five lines;
        the dock scrolls to its totals and buttons instead."""
        least = super().minimumSizeHint()
        model = self.model()
        lines = min(model.rowCount() if model is not None else 0, LINES_KEPT)
        head = self.horizontalHeader().sizeHint().height()
        bar = self.horizontalScrollBar().sizeHint().height()
        height = head + max(lines, 1) * ROW_HEIGHT + bar + 2 * self.frameWidth()
        return QSize(least.width(), max(least.height(), height))

    def restore_cell(self, row: int, column: int) -> None:
        model = self.model()
        if model.rowCount() == 0:
            return
        index = model.index(min(row, model.rowCount() - 1), column)
        flags = QItemSelectionModel.SelectionFlag
        self.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)


def _money(value: Decimal, currency: str) -> str:
    return money_text(value, currency, keep_finer=True)


def quote_status_text(status: QuoteStatus, replaced_by: int | None = None) -> str:
    """A quote's status in words; a revision a later one replaced says so ("Replaced by R2"),
    whatever its own status was (a sent R1 is no longer sent once revised)."""
    if replaced_by is not None:
        return QCoreApplication.translate("QuoteEditor", "Replaced by R%1").replace(
            "%1", str(replaced_by)
        )
    return enum_label(status)


class ElidedLabel(QLabel):
    """One line of text cut with "…" to the room it is given (the whole in its tooltip)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def set_full_text(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = max(self.width(), 0)
        self.setText(self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width))


class QuoteEditor(QWidget):
    header_edited = Signal(str, object)  # field, parsed value
    add_requested = Signal(object, object)  # product id, quantity
    line_edited = Signal(object, str, object)  # line id, field, value
    problem = Signal(str)

    def __init__(self, search_products, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("quoteEditor")
        self.view: QuoteView | None = None
        self.waiting: Waiting | None = None  # edits kept while the database is away
        # cut with "…" where the dock is narrow (the whole in its tooltip): a long account
        # name in the title scrolled the builder sideways on a laptop at 150 %
        self.title = ElidedLine()
        self.title.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.title.setObjectName("quoteTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.title.setFont(font)
        self.banner = QLabel()
        self.banner.setObjectName("quoteBanner")
        self.banner.setWordWrap(True)
        self.cap_validity = QPushButton()  # offered when a policy price ends before validity
        self.cap_validity.setObjectName("capValidity")
        self.cap_validity.setToolTip(
            self.tr("Make the quote valid only while every price on it is given by its policy.")
        )
        self.cap_validity.clicked.connect(self._cap_validity)
        self.cap_validity.hide()
        self.problems: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {}
        header = self._header_grid()
        self.product = SearchChooser(
            search_products, self.tr("Add a product: SKU, name or category…")
        )
        self.product.setObjectName("field_product")
        # wide enough to read what is typed; the tools go to the next line before it shrinks
        self.product.setMinimumWidth(self.product.fontMetrics().averageCharWidth() * 24)
        self.quantity = QLineEdit("1")
        self.quantity.setObjectName("field_add_quantity")
        self.quantity.setMaximumWidth(80)
        self.quantity.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.add_button = QPushButton(self.tr("&Add line"))
        self.add_button.setObjectName("addLine")
        self.add_button.clicked.connect(self._add)
        self.quantity.returnPressed.connect(self._add)
        self.product.chosen.connect(lambda _v: self.quantity.setFocus())
        # what stops a line being added, said under the product and quantity (not in a box)
        self.add_problem = problem_label("add_line")
        self.product.textEdited.connect(lambda _t: self.show_add_problem(None))
        self.quantity.textEdited.connect(lambda _t: self.show_add_problem(None))
        # The product, quantity and Add line on one line, the dock's tools (paste, copy the
        # last quote, templates) beside them, or on the next line where the dock is narrow.
        entry = QWidget()
        entry.setObjectName("addLineEntry")
        entry_row = QHBoxLayout(entry)
        entry_row.setContentsMargins(0, 0, 0, 0)
        entry_row.addWidget(self.product, 1)
        entry_row.addWidget(QLabel(self.tr("Qty")))
        entry_row.addWidget(self.quantity)
        entry_row.addWidget(self.add_button)
        self.tool_row = FlowLayout()
        self.tool_row.addWidget(entry)
        self.tool_row.grow(entry)
        self.model = QuoteLinesModel(self._line_edit, self.problem.emit, self)
        self.table = LinesView(self)
        self.table.setObjectName("quoteLines")
        self.table.setModel(self.model)
        for changed in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            changed.connect(lambda *_a: self.table.updateGeometry())  # its least height
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.setWordWrap(False)
        head = self.table.horizontalHeader()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # ≤ 500 lines
        head.setSectionResizeMode(LineColumn.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(LineColumn.FLAGS, QHeaderView.ResizeMode.Interactive)
        head.resizeSection(LineColumn.FLAGS, 210)  # the full reasons are in the tooltip
        head.setMinimumSectionSize(36)
        self.rails = ElidedLabel()  # the selected line's guard rails, under the table
        self.rails.setObjectName("lineRails")
        self.rails.setStyleSheet(f"color: {GREY};")
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_rails())
        self.totals = QLabel()
        self.totals.setObjectName("quoteTotals")
        self.totals.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # beside the totals where the line has room for both, else on a line of its own
        # above them (a large VND quote on a laptop at 150 % cut it to "Gi…"), wrapped where
        # even that is too narrow: never cut
        self.margin = FlowSentence()
        self.margin.setObjectName("quoteMargin")
        self.margin.setToolTip(
            self.tr("Only you see cost, gross profit and markup; they are never printed.")
        )
        # the workflow's buttons, then (to the right) printing: on two lines where narrow
        self.action_row = FlowLayout()
        self.action_row.setSpacing(6)
        self.header_box = header
        self.summary = ElidedLabel()  # the header in one line while it is folded
        self.summary.setObjectName("quoteSummary")
        self.summary.hide()
        self.header_toggle = QToolButton()
        self.header_toggle.setObjectName("headerToggle")
        self.header_toggle.setCheckable(True)
        self.header_toggle.setChecked(True)
        self.header_toggle.setText(self.tr("Details"))
        self.header_toggle.setToolTip(self.tr("Show or fold the quote's contact, dates and terms"))
        self.header_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header_toggle.setArrowType(Qt.ArrowType.UpArrow)
        self.header_toggle.clicked.connect(self._header_chosen)
        self._header_choice: bool | None = None  # the manager's; None: shown while it fits
        top = QHBoxLayout()
        top.addWidget(self.title)
        top.addWidget(self.summary, 1)
        top.addWidget(self.header_toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        layout.addLayout(top)
        status_row = QHBoxLayout()
        status_row.addWidget(self.banner, 1)
        status_row.addWidget(self.cap_validity)
        layout.addLayout(status_row)
        layout.addWidget(self.header_box)
        layout.addLayout(self.tool_row)
        layout.addWidget(self.add_problem)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.rails)
        totals_row = FlowLayout()
        totals_row.setSpacing(12)
        totals_row.addWidget(self.margin)
        totals_row.addWidget(self.totals)
        totals_row.setAlignment(self.totals, Qt.AlignmentFlag.AlignRight)  # at the line's end
        layout.addLayout(totals_row)
        layout.addLayout(self.action_row)
        self._pending: set[str] = set()
        self._refused: set[str] = set()  # fields holding typed text the quote refused
        self._timer = FormAutosave(self, self.flush, SAVE_PAUSE_MS)
        self._loading = False
        # What is typed in the header and not saved yet (refused, or a currency not applied
        # with Enter) is kept as a draft per quote, like any form's (gui/form_drafts.py): a
        # crash or another account loses nothing, and it comes back with its problem.
        self.drafts = None  # the workspace's FormDrafts, set by the dock
        self.draft_keeper = FormDraft(
            self.header_box, None, "quote", "", worth_keeping=self._header_unsaved
        )
        self.setEnabled(False)

    # -- header ----------------------------------------------------------------------------

    def _header_grid(self) -> FieldColumns:
        grid = FieldColumns(3)
        grid.setObjectName("quoteHeader")  # folded away when the lines need the room
        contact = QComboBox()
        contact.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        contact.setMinimumContentsLength(18)
        contact.activated.connect(lambda _i: self._emit("contact_id"))
        valid = self._date_field(allow_none=False)
        valid.editingFinished.connect(lambda: self._emit("valid_until"))
        delivery = self._date_field(allow_none=True)
        delivery.editingFinished.connect(lambda: self._emit("requested_delivery"))
        entries = [
            ("contact_id", self.tr("Contact"), contact),
            ("valid_until", self.tr("Valid until"), valid),
            ("requested_delivery", self.tr("Delivery wanted"), delivery),
            ("currency", self.tr("Currency"), self._text_field(3)),
            ("tax_rate_percent", self.tr("Tax %"), self._text_field(8)),
            ("quote_discount_percent", self.tr("Quote disc. %"), self._text_field(8)),
            ("payment_terms", self.tr("Payment"), self._text_field(200)),
            ("delivery_terms", self.tr("Delivery terms"), self._text_field(200)),
            ("notes", self.tr("Notes"), self._text_field(2000)),
        ]
        for name, label, field in entries:
            field.setObjectName(f"field_{name}")
            self.fields[name] = field
            problem = problem_label(name)
            self.problems[name] = problem
            caption = QLabel(label)
            caption.setBuddy(field)
            grid.add(caption, field, problem)
            if isinstance(field, QLineEdit):
                field.editingFinished.connect(lambda n=name: self._emit(n))
                if name != "currency":  # a currency reprices the quote: on Enter or leaving
                    field.textEdited.connect(lambda _t, n=name: self._later(n))
        return grid

    # -- folding the header -----------------------------------------------------------------

    def _header_chosen(self, shown: bool) -> None:
        self._header_choice = shown
        self._show_header(shown)

    def _show_header(self, shown: bool) -> None:
        self.header_box.setVisible(shown)
        self.summary.setVisible(not shown and self.view is not None)
        self.header_toggle.setChecked(shown)
        self.header_toggle.setArrowType(Qt.ArrowType.UpArrow if shown else Qt.ArrowType.DownArrow)

    def fit_header(self) -> None:
        """Unless the manager chose, show the header while every line still fits under it
        (a laptop's bottom dock shows five lines under it, nine without)."""
        if self._header_choice is not None:
            self._show_header(self._header_choice)
            return
        lines = self.model.rowCount()
        if not lines or not self.table.isVisible():
            self._show_header(True)
            return
        room = self.table.viewport().height()
        if not self.header_box.isVisible():
            room -= self.header_box.sizeHint().height() + self.layout().spacing()
        self._show_header(room >= lines * ROW_HEIGHT)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_header()
        self.fit_rails()
        self._hold_lines()

    def fit_rails(self) -> None:
        """The selected line's guard rails under the table while the table keeps room for
        its lines (``LINES_OVER_RAILS`` of a longer quote) beside them; in a shorter dock
        (a laptop at 150 %, where the lines had one and a half rows) the lines take that
        row too — the rails are in the price, discount and net price cells' tooltips."""
        if not self.rails.full_text():
            self.rails.hide()
            return
        row = self.rails.sizeHint().height() + self.layout().spacing()
        # measured as laid out now: with the rails' row taken when they show
        room = self.table.viewport().height() - (row if self.rails.isHidden() else 0)
        wanted = min(self.model.rowCount(), LINES_OVER_RAILS) * ROW_HEIGHT
        self.rails.setVisible(room >= wanted)

    def event(self, event: QEvent) -> bool:
        done = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a row shown, hidden or rewrapped
            self._hold_lines()
        return done

    def _hold_lines(self) -> None:
        """Never shorter than its rows need at this width: rows that wrap (the tools, the
        buttons, the header's fields in fewer columns) on a laptop at 125 or 150 % took
        their second line from the lines' table. The dock scrolls where it is shorter."""
        layout = self.layout()
        if layout is not None and self.width() > 0:
            self.setMinimumHeight(layout.minimumHeightForWidth(self.width()))

    def _summary_text(self, view: QuoteView) -> str:
        parts = [
            view.contact_name or self.tr("— no contact —"),
            self.tr("valid until %1").replace("%1", day_text(view.valid_until)),
            view.currency,
            self.tr("tax %1").replace("%1", percent_text(view.tax_rate_percent.normalize())),
        ]
        if view.quote_discount_percent:
            parts.append(
                self.tr("quote discount %1").replace(
                    "%1", percent_text(view.quote_discount_percent.normalize())
                )
            )
        return "· " + " · ".join(parts)

    def _text_field(self, length: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setMaxLength(length)
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        return edit

    def _date_field(self, allow_none: bool) -> QDateEdit:
        # NO_DATE shows as "not set" where a date may be left out, and blank where it is
        # required (no quote open: the disabled form said "Valid until 01/01/2000")
        return DateField(none_text=self.tr("not set") if allow_none else " ")

    def _cap_validity(self) -> None:
        """Valid until the first day a policy price on the quote ends (one undo step)."""
        if self.view is not None and self.view.editable and self.view.price_ends is not None:
            self.header_edited.emit("valid_until", self.view.price_ends)

    def _later(self, name: str) -> None:
        self._pending.add(name)
        self._timer.later()

    def flush(self) -> None:
        """Save the text fields typed in but not yet saved (on pause, leave, or close)."""
        self._timer.stop()
        for name in sorted(self._pending):
            self._emit(name)

    def save_now(self) -> bool:
        """Ctrl+S: a line cell being typed in gives its value (as Enter would), and the
        header fields typed in are saved now; False while one shows text the quote refused
        (its problem is under it)."""
        focus = QApplication.focusWidget()
        if focus is not None and self.table.viewport().isAncestorOf(focus):
            self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)  # the cell's editor closes
        self.flush()
        return not self._header_unsaved()

    def _emit(self, name: str) -> None:
        self._pending.discard(name)
        if self._loading or self.view is None or not self.view.editable:
            return
        value = self._read(name)
        if value is _INVALID:
            return
        if value != getattr(self.view, name):
            self.header_edited.emit(name, value)

    def _read(self, name: str) -> object:
        field = self.fields[name]
        self.show_problem(name, None)
        if isinstance(field, QComboBox):
            data = field.currentData()
            return uuid.UUID(data) if data else None
        if isinstance(field, QDateEdit):
            day = field.date()
            return None if day == NO_DATE else day.toPython()
        assert isinstance(field, QLineEdit)
        text = field.text().strip()
        if name in ("tax_rate_percent", "quote_discount_percent"):
            try:
                return typed_number(text) if text else Decimal(0)
            except NumberFormatError as exc:
                self.show_problem(name, exc.args[0])
                return _INVALID
        if name == "currency":
            return text.upper()
        return text or None

    def restore_field(self, name: str) -> None:
        """Put the quote's own value back in text field ``name`` (a refused change), leaving
        the problem shown under it."""
        field = self.fields.get(name)
        if self.view is None or not isinstance(field, QLineEdit):
            return
        self._pending.discard(name)
        field.setText(str(getattr(self.view, name) or ""))
        field.setCursorPosition(0)

    def show_problem(self, name: str, message: str | None) -> None:
        label = self.problems.get(name)
        text = user_text(message) if message else ""
        if text and label is not None and not self.header_box.isVisible():
            self._show_header(True)  # the problem is said under its field
        if label is None:
            if text:
                self.problem.emit(text)
            return
        label.setText(text)
        label.setVisible(bool(text))
        if text and isinstance(self.fields.get(name), QLineEdit):
            self._refused.add(name)
        else:
            self._refused.discard(name)

    def show_problems(self, problems: dict[str, str], fallback: str) -> None:
        shown = False
        for name, message in problems.items():
            if name in self.problems:
                self.show_problem(name, message)
                shown = True
        if not shown:
            self.problem.emit(fallback)

    # -- lines -----------------------------------------------------------------------------

    def _add(self) -> None:
        product = self.product.value()
        if product is None:
            self.show_add_problem(self.tr("Choose a product from the list first."))
            self.product.setFocus()
            return
        try:
            quantity = typed_number(self.quantity.text())
        except NumberFormatError as exc:
            self.show_add_problem(exception_text(exc))
            self.quantity.setFocus()
            return
        self.show_add_problem(None)
        self.add_requested.emit(product, quantity)

    def show_add_problem(self, message: str | None) -> None:
        """Why the line was not added, under the product and quantity (None: nothing)."""
        self.add_problem.setText(user_text(message) if message else "")
        self.add_problem.setVisible(bool(message))

    def added(self) -> None:
        """A line was added: ready for the next product."""
        self.show_add_problem(None)
        self.product.clear()
        self.quantity.setText("1")
        self.product.setFocus()

    def _line_edit(self, line_id: uuid.UUID, field: str, value: object) -> None:
        self.line_edited.emit(line_id, field, value)

    def selected_line_ids(self) -> list[uuid.UUID]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [self.model.line(r).id for r in rows if r < self.model.rowCount()]

    # -- showing ---------------------------------------------------------------------------

    def show_view(
        self,
        view: QuoteView | None,
        contacts: list[tuple[uuid.UUID, str]],
        waiting: Waiting | None = None,
    ) -> None:
        """Show ``view``; ``waiting``: the edits kept while the database cannot be reached
        (``view`` is then the quote with them over it), shown as not saved yet."""
        self.waiting = waiting if waiting is not None and waiting.count else None
        another = view is None or self.view is None or view.id != self.view.id
        if another:  # what was typed for the quote shown so far is kept first
            if self.view is not None:
                self.draft_keeper.keep()
            self._refused.clear()
            self.draft_keeper.attach(
                self.drafts if view is not None and view.editable else None,
                str(view.id) if view is not None else "",
            )
        keep = self.table.next_cell or (
            (self.table.currentIndex().row(), self.table.currentIndex().column())
            if self.table.currentIndex().isValid()
            else None
        )
        self.table.next_cell = None
        self.view = view
        self._loading = True
        try:
            self._fill(view, contacts)
        finally:
            self._loading = False
        if keep is not None and view is not None:
            self.table.restore_cell(*keep)
        if view is not None:
            self.draft_keeper.set_base()
            if another:
                self._restore_draft()
        self._show_rails()

    def _header_texts(self, view: QuoteView) -> dict[str, str]:
        """The header's text fields as the quote ``view`` fills them."""
        return {
            "currency": view.currency,
            "tax_rate_percent": typed_text(view.tax_rate_percent.normalize()),
            "quote_discount_percent": typed_text(view.quote_discount_percent.normalize())
            if view.quote_discount_percent
            else "",
            "payment_terms": view.payment_terms or "",
            "delivery_terms": view.delivery_terms or "",
            "notes": view.notes or "",
        }

    def _header_unsaved(self) -> bool:
        """Whether a header field shows text the quote has not taken (yet)."""
        view = self.view
        if view is None or not view.editable:
            return False
        return any(
            self.fields[name].text().strip() != text.strip()  # type: ignore[attr-defined]
            for name, text in self._header_texts(view).items()
        )

    def _restore_draft(self) -> None:
        """Put back what was typed in this quote's header and not saved, each field with
        its problem again: a refused number is refused again, a currency not applied says
        so; text the quote takes is saved, as typing it would have been."""
        if not self.draft_keeper.restore():
            return
        if not self._header_unsaved():
            self.draft_keeper.drop()
            return
        assert self.view is not None
        for name, text in self._header_texts(self.view).items():
            field = self.fields[name]
            assert isinstance(field, QLineEdit)
            if field.text().strip() == text.strip():
                continue
            if name == "currency":
                self.show_problem(
                    name,
                    self.tr("Restored what you typed (not applied yet): press Enter to apply it."),
                )
            else:
                self._emit(name)

    def rails_row(self) -> int | None:
        """The line the guard-rail strip speaks of: the current one, else the first flagged
        line, else the first; ``None`` without lines."""
        count = self.model.rowCount()
        if not count:
            return None
        current = self.table.currentIndex()
        if current.isValid() and current.row() < count:
            return current.row()
        flagged = [row for row in range(count) if self.model.line(row).flags]
        return flagged[0] if flagged else 0

    def _show_rails(self) -> None:
        row = self.rails_row()
        if row is None or self.view is None:
            self.rails.set_full_text("")
            self.fit_rails()
            return
        line = self.model.line(row)
        if self.waiting is not None and self.waiting.priced_stale(line.id):
            self.rails.set_full_text(QCoreApplication.translate("quoteLines", WAITING_TIP))
            self.fit_rails()
            return
        self.rails.set_full_text(
            filled_in(
                self.tr("Line %1 (%2): %3"),
                str(line.position),
                line.sku,
                rails_text(line.base_price, line.guards, self.view.currency),
            )
        )
        self.fit_rails()

    def _fill(self, view: QuoteView | None, contacts: list[tuple[uuid.UUID, str]]) -> None:
        self.setEnabled(view is not None)
        for name, label in self.problems.items():
            if name not in self._refused:  # a refused typing keeps its problem under it
                label.hide()
        if view is None:
            self.title.setText(self.tr("No quote open"))
            self.banner.setText(
                self.tr("Choose a quote on the left, or start one with New quote (Ctrl+N).")
            )
            self.model.set_lines((), False)
            self.cap_validity.hide()
            self._show_header(True)
            # blank: no quote, no header (kept drafts were kept before); a greyed header of
            # the quote shown before read as this account's (QA s23, server down)
            for field in self.fields.values():
                if isinstance(field, QDateEdit):
                    field.setDate(NO_DATE)
                elif isinstance(field, QLineEdit | QComboBox):
                    field.clear()
            self.totals.clear()
            self.margin.clear()
            return
        status = quote_status_text(view.status, view.latest_revision if view.superseded else None)
        self.title.setText(f"{view.reference} · {view.account_name} · {status}")
        self._fill_header(view, contacts)
        self.model.set_lines(
            view.lines, view.editable, view.currency, view.valid_until, self.waiting
        )
        waits = self.waiting.header if self.waiting is not None else frozenset()
        for name, field in self.fields.items():
            field.setEnabled(view.editable)
            font = field.font()  # typed while the database was away: italic, not saved yet
            font.setItalic(name in waits)
            field.setFont(font)
            field.setToolTip(
                QCoreApplication.translate("quoteLines", WAITING_TIP) if name in waits else ""
            )
        for widget in (self.product, self.quantity, self.add_button):
            widget.setEnabled(view.editable)
        totals, currency = view.totals, view.currency
        parts = [self.tr("Subtotal %1").replace("%1", _money(totals.subtotal, currency))]
        if totals.discount_amount:
            discount = _money(totals.discount_amount, currency)
            parts.append(self.tr("discount −%1").replace("%1", discount))
        parts.append(
            self.tr("tax %1").replace("%1", percent_text(totals.tax_rate_percent.normalize()))
            + f" {_money(totals.tax, currency)}"
        )
        total = self.tr("Total")  # outside the f-string, where lupdate finds it
        self.totals.setText(
            " · ".join(parts) + f"   <b>{total} {_money(totals.gross, currency)} {currency}</b>"
        )
        margin_pct = "—" if totals.margin_percent is None else percent_text(totals.margin_percent)
        self.margin.setText(
            filled_in(
                self.tr("Cost %1 · gross profit %2 (markup %3)"),
                _money(totals.cost, currency),
                _money(totals.margin, currency),
                margin_pct,
            )
        )
        self.summary.set_full_text(self._summary_text(view))
        self.fit_header()
        colour, text = self._status_sentence(view)
        self.banner.setText(text)
        self.banner.setStyleSheet(f"color: {colour};")
        cap = view.price_ends if view.editable else None
        if cap is not None:
            self.cap_validity.setText(self.tr("Valid until %1").replace("%1", day_text(cap)))
        self.cap_validity.setVisible(cap is not None)

    def _fill_header(self, view: QuoteView, contacts: list[tuple[uuid.UUID, str]]) -> None:
        combo = self.fields["contact_id"]
        assert isinstance(combo, QComboBox)
        combo.clear()
        combo.addItem(self.tr("— no contact —"), "")
        for contact_id, name in contacts:
            combo.addItem(name, str(contact_id))  # strings: QVariant compares them by value
        wanted = str(view.contact_id) if view.contact_id else ""
        if wanted and combo.findData(wanted) < 0 and view.contact_name:
            combo.addItem(view.contact_name, wanted)  # a head-office contact
        combo.setCurrentIndex(max(0, combo.findData(wanted)))
        for name in ("valid_until", "requested_delivery"):
            edit = self.fields[name]
            assert isinstance(edit, QDateEdit)
            value = getattr(view, name)
            edit.setDate(QDate(value) if value else NO_DATE)
        for name, text in self._header_texts(view).items():
            edit = self.fields[name]
            assert isinstance(edit, QLineEdit)
            # typed and not saved yet, or refused: the typing stays, with its problem
            if edit.text() != text and name not in self._pending and name not in self._refused:
                edit.setText(text)
                edit.setCursorPosition(0)

    def _status_sentence(self, view: QuoteView) -> tuple[str, str]:
        """The status line: what the quote needs next, the most pressing first. A decided
        quote says how it ended (a rejection with the customer's reason), a sent one when it
        expires; an approval is news only while the quote is still being prepared."""
        flagged = sum(1 for line in view.lines if line.flags)
        if self.waiting is not None:
            return AMBER, self.tr(
                "● %n change(s) not saved yet: the database cannot be reached. They are saved "
                "as soon as it answers, and the totals worked out again.",
                "",
                self.waiting.count,
            )
        if view.superseded:
            return GREY, self.tr("Replaced by revision R%1 — read only.").replace(
                "%1", str(view.latest_revision)
            )
        if view.order is not None:
            return GREEN, filled_in(
                self.tr("✓ Ordered: %1 of %2."),
                view.order.number,
                day_text(view.order.confirmed_on),
            )
        if view.pricing_problems:
            return RED, "● " + view.pricing_problems[0]
        if not view.editable:
            return self._decided_sentence(view)
        if not view.lines:
            return GREY, self.tr(
                "Add lines: search a product above, or paste SKU and quantity pairs (Ctrl+Shift+V)."
            )
        if flagged and not view.approval_valid:
            return RED, self.tr(
                "● %n line(s) outside the price policy: an approval must be recorded before "
                "sending.",
                "",
                flagged,
            )
        if view.price_ends is not None:
            ending = sum(1 for line in view.lines if line.price_ends)
            return AMBER, (
                filled_in(
                    self.tr(
                        "● %n line(s) priced by a policy that ends %1, before the quote's "
                        "validity ends (%2).",
                        "",
                        ending,
                    ),
                    day_text(view.price_ends),
                    day_text(view.valid_until),
                )
            )
        if view.approval_valid and view.approval is not None:
            return GREEN, filled_in(
                self.tr("✓ Approved by %1: %2"), view.approval.approver, view.approval.reason
            )
        return GREEN, self.tr("✓ Within policy — ready to send.")

    def _decided_sentence(self, view: QuoteView) -> tuple[str, str]:
        """A sent, accepted, rejected or expired quote's status line."""
        if view.status is QuoteStatus.SENT:
            left = (view.valid_until - view.today).days
            day = day_text(view.valid_until)
            if left <= EXPIRY_WARNING_DAYS:
                return AMBER, self.tr(
                    "● Sent — expires %1 (%n day(s) left): follow up.", "", left
                ).replace("%1", day)
            return GREY, self.tr("Sent — awaiting the customer's answer until %1.").replace(
                "%1", day
            )
        if view.status is QuoteStatus.REJECTED:
            if view.decision_note:
                return GREY, self.tr("✗ Rejected by the customer: %1").replace(
                    "%1", view.decision_note
                )
            return GREY, self.tr("✗ Rejected by the customer (no reason recorded).")
        if view.status is QuoteStatus.EXPIRED:
            return GREY, self.tr("✗ Expired: not accepted by %1.").replace(
                "%1", day_text(view.valid_until)
            )
        return GREY, enum_label(view.status)

    def current_index(self) -> QModelIndex:
        return self.table.currentIndex()


class _Invalid:
    pass


_INVALID = _Invalid()
