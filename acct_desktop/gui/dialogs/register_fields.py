"""Fields shared by the price-policy and rebate forms: exact numbers in the user's locale, a
search-as-you-type chooser, and the read-only look of a record that can no longer change."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.money import minor_unit
from acct_desktop.domain.numbers import (
    NumberFormatError,
    parse_amount,
    parse_decimal,
    parse_typed,
)
from acct_desktop.gui.dialogs.draft_form import DraftFormDialog
from acct_desktop.gui.dialogs.issue_form import (
    PROBLEM_STYLE,
    fit_height,
    problem_label,
    with_problem,
)
from acct_desktop.gui.form_drafts import FIELD_TYPES, FormDraft
from acct_desktop.gui.labels import format_decimal
from acct_desktop.gui.screen_fit import (
    available_area,
    bring_into_view,
    room_in,
    stack_where_narrow,
)
from acct_desktop.gui.sentences import exception_text, user_text
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.form_drafts import FormDrafts

Choices = Callable[[str], Sequence[tuple[Any, str]]]
SEARCH_DELAY_MS = 250
BANNER_STYLE = (
    "background: #fff4e0; color: #6d4c00; border: 1px solid #f0c36d; border-radius: 3px;"
    " padding: 6px 8px;"
)


@dataclass
class RegisterContext:
    """What the register forms offer to choose from (read by the dock's commands)."""

    today: date
    search_accounts: Choices
    search_products: Choices
    account_label: Callable[[uuid.UUID], str]
    product_label: Callable[[uuid.UUID], str]
    categories: Sequence[str] = ()
    territories: Sequence[tuple[uuid.UUID, str]] = ()
    policies: Sequence[tuple[uuid.UUID, str]] = ()  # what a policy may start from
    currency: str = "EUR"  # the current account's, for new records


def territory_paths(choices: Sequence[tuple[uuid.UUID, str, int]]) -> list[tuple[uuid.UUID, str]]:
    """(id, "Parent › Child") from the tree's (id, name, depth), parents first."""
    path: list[str] = []
    named = []
    for territory_id, name, depth in choices:
        path = [*path[:depth], name]
        named.append((territory_id, " › ".join(path)))
    return named


def decimal_text(value: Decimal | None) -> str:
    """A stored number as the user's locale writes it (exactly; empty for None)."""
    return "" if value is None else format_decimal(value, QLocale())


def decimal_edit(name: str, value: Decimal | None, placeholder: str = "") -> QLineEdit:
    """A right-aligned line for an amount or percentage; what is typed stays as typed."""
    edit = QLineEdit(decimal_text(value))
    edit.setObjectName(f"field_{name}")
    edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    edit.setPlaceholderText(placeholder)
    edit.setMaximumWidth(140)
    return edit


def parse_number(text: str) -> Decimal:
    """``text`` as the user's locale writes numbers; NumberFormatError with a sentence."""
    locale = QLocale()
    return parse_decimal(text, locale.decimalPoint(), locale.groupSeparator())


def typed_number(text: str) -> Decimal:
    """A quantity, discount or percentage typed or pasted in the quote builder or the price
    check, read as the user's language writes numbers by the one reader the paste and the
    CLI use (``domain.numbers.parse_typed``): in Dutch ``2,125`` is 2.125 and ``1.250`` is
    refused as ambiguous, never read as 1250."""
    return parse_typed(text, QLocale().decimalPoint())


def typed_amount(text: str, currency: str) -> Decimal:
    """Money typed in ``currency``: ``typed_number``'s rule, and in a currency without
    decimals (VND) ``385,000`` and ``385.000`` are both 385000, never 385
    (``domain.numbers.parse_amount``); a figure needing decimals there is refused."""
    return parse_amount(text, QLocale().decimalPoint(), minor_unit(currency), currency)


def typed_text(value: Decimal) -> str:
    """``value`` for an editor that ``typed_number`` reads back: the locale's decimal mark,
    no thousands marks (``1250``, not the ambiguous ``1.250``)."""
    return format_decimal(value, QLocale()).replace(QLocale().groupSeparator(), "")


def read_decimal(
    edit: QLineEdit, name: str, problems: dict[str, str], currency: str | None = None
) -> Decimal | None:
    """The number in ``edit`` (None when empty); a parse problem goes into ``problems``.
    With ``currency`` it is money typed in that currency (``typed_amount``: 385,000 VND is
    385000 in every language)."""
    text = edit.text().strip()
    if not text:
        return None
    try:
        return parse_number(text) if currency is None else typed_amount(text, currency)
    except NumberFormatError as exc:
        problems[name] = exc.args[0]
        return None


def combo_of(items: Sequence[tuple[Any, str]], current: Any, name: str = "") -> QComboBox:
    """A combo of (value, label) items with ``current`` chosen (the first when absent)."""
    combo = QComboBox()
    if name:
        combo.setObjectName(f"field_{name}")
    for value, label in items:
        combo.addItem(label, value)
        if value == current:
            combo.setCurrentIndex(combo.count() - 1)
    return combo


def banner(text: str) -> QLabel:
    """An amber note across the top of a form (why it is read-only, what saving does)."""
    label = QLabel(text)
    label.setObjectName("formBanner")
    label.setWordWrap(True)
    label.setStyleSheet(BANNER_STYLE)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def make_read_only(root: QWidget) -> None:
    """Show every field of ``root`` but let nothing change (texts stay selectable)."""
    for edit in root.findChildren(QLineEdit):
        edit.setReadOnly(True)
    for text in root.findChildren(QPlainTextEdit):
        text.setReadOnly(True)
    for spin in root.findChildren(QAbstractSpinBox):
        spin.setReadOnly(True)
        if isinstance(spin, QDateEdit):
            spin.setCalendarPopup(False)
        spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons)
    for widget in (*root.findChildren(QComboBox), *root.findChildren(QAbstractButton)):
        if not widget.objectName().startswith("keep_"):
            widget.setEnabled(False)


class SearchChooser(QLineEdit):
    """Type a fragment, pick from what ``search`` finds; ``value()`` is the picked id, or
    None when the text was changed after picking (the form then says what is missing)."""

    chosen = Signal(object)

    def __init__(self, search: Choices, placeholder: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._search = search
        self._value: Any = None
        self._label = ""
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self._hits = QStandardItemModel(self)
        completer = QCompleter(self._hits, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setMaxVisibleItems(12)
        completer.activated[QModelIndex].connect(self._picked)
        self.setCompleter(completer)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.textEdited.connect(lambda _t: self._timer.start())

    def set_choice(self, value: Any, label: str) -> None:
        """Show ``value`` as chosen (e.g. the current account of a new record)."""
        self._value, self._label = value, label
        self.setText(label)
        self.setCursorPosition(0)
        self.chosen.emit(value)

    def value(self) -> Any:
        return self._value if self._value is not None and self.text() == self._label else None

    def run_search(self) -> list[tuple[Any, str]]:
        """Look up what is typed now and offer it in the popup."""
        self._timer.stop()
        hits = list(self._search(self.text())) if self.text().strip() else []
        self._hits.clear()
        for value, label in hits:
            item = QStandardItem(label)
            item.setData(value, Qt.ItemDataRole.UserRole)
            self._hits.appendRow(item)
        if hits and self.hasFocus():
            self.completer().complete()
        return hits

    # -- kept as a draft while typed (gui/form_drafts) --------------------------------------
    def draft_value(self) -> dict[str, str | None]:
        """What is typed, and the record picked for it (an id as text) when still picked."""
        picked = self.value()
        return {"text": self.text(), "id": None if picked is None else str(picked)}

    def set_draft_value(self, value: dict[str, str | None]) -> None:
        """Put a kept choice back (the id as the search gives it), or just the typed text."""
        picked, text = value.get("id"), str(value.get("text") or "")
        if picked:
            self.set_choice(uuid.UUID(picked), text)
        else:
            self._value, self._label = None, ""
            self.setText(text)

    def draft_signal(self) -> Any:
        return self.textChanged

    def _picked(self, index: QModelIndex) -> None:
        # The popup's index belongs to the completer's proxy; its text and data are ours.
        self.set_choice(index.data(Qt.ItemDataRole.UserRole), index.data())


def account_chooser(context: Any, account_id: Any) -> SearchChooser:
    """The account field of a register form, showing ``account_id`` when there is one."""
    chooser = SearchChooser(
        context.search_accounts,
        QCoreApplication.translate("register", "Search accounts by name or code"),
    )
    chooser.setObjectName("field_account_id")
    if account_id is not None:
        chooser.set_choice(account_id, context.account_label(account_id))
    return chooser


class RegisterForm(DraftFormDialog):
    """Two columns of fields, each with its problem sentence under it; an amber banner when
    the record is read-only (``locked`` says why) or saving has a consequence (``notice``);
    Save and Cancel, or Close alone when locked. Subclasses give ``draft()``; ``submit``
    saves it (raising the service's EditRejected, with ``problems`` per field) and returns
    what changed, or None to stay open (the user did not confirm)."""

    def __init__(self, submit: Callable[[Any], Any], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._submit = submit
        self.result_change: Any = None
        self.errors: dict[str, QLabel] = {}
        self.cells: dict[str, QWidget] = {}
        self._forms: dict[str, QFormLayout] = {}
        self.form_error = problem_label("form")
        self.buttons = QDialogButtonBox()
        self.draft_keeper: FormDraft | None = None
        self.restored = False

    @staticmethod
    def form_layout(parent: QWidget) -> QFormLayout:
        form = QFormLayout(parent)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        return form

    @staticmethod
    def inline(*widgets: QWidget | str) -> QHBoxLayout:
        """Widgets (and words between them) on one line, left-aligned."""
        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        for widget in widgets:
            line.addWidget(QLabel(widget) if isinstance(widget, str) else widget)
        line.addStretch(1)
        return line

    def add_row(self, form: QFormLayout, name: str, label: str, field: QWidget | QLayout) -> None:
        self.errors[name] = problem_label(name)
        self.cells[name] = with_problem(field, self.errors[name])  # type: ignore[arg-type]
        self._forms[name] = form
        form.addRow(label, self.cells[name])

    def show_row(self, name: str, shown: bool) -> None:
        self._forms[name].setRowVisible(self.cells[name], shown)

    def arrange(self, left: QWidget, right: QLayout, locked: str, notice: str) -> QWidget:
        """Lay the columns, banners and buttons out; returns the fields' body."""
        body = QWidget()
        self.columns = columns = QBoxLayout(QBoxLayout.Direction.LeftToRight, body)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(left, 1, Qt.AlignmentFlag.AlignTop)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        for text in (locked, notice):
            if text:
                layout.addWidget(banner(text))
        layout.addWidget(body, 1)
        layout.addWidget(self.form_error)
        layout.addWidget(self.buttons)
        standard = QDialogButtonBox.StandardButton
        if locked:
            make_read_only(body)
            self.buttons.addButton(standard.Close).setFocus()
        else:
            self.buttons.addButton(standard.Save)
            self.buttons.addButton(standard.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.discard)  # Cancel forgets; Esc keeps
        self.setMinimumWidth(900)
        return body

    def keep_drafts(self, drafts: FormDrafts | None, form: str, key: str) -> None:
        """Keep what is typed as a draft (gui/form_drafts) and put back one kept before the
        app closed, saying so; dropped on Save or Cancel, kept on Esc (``DraftFormDialog``).
        Call after the fields are laid out (a read-only form keeps nothing)."""
        if drafts is None:
            return
        for name, cell in self.cells.items():
            inputs = [
                widget
                for widget in cell.findChildren(QWidget)
                if not widget.objectName() and isinstance(widget, FIELD_TYPES)
                and not isinstance(widget.parent(), QComboBox)
                and not getattr(widget, "isReadOnly", bool)()  # set by the register
            ]  # fmt: skip
            for number, widget in enumerate(inputs):
                widget.setObjectName(f"field_{name}" if number == 0 else f"field_{name}_{number}")
        self.draft_keeper = FormDraft(self, drafts, form, key)
        self.restored = self.draft_keeper.restore()
        if self.restored:  # typed before the app closed, not saved yet
            self.form_error.setText(self.tr("Restored what you typed last time (not saved yet)."))
            self.form_error.setStyleSheet("color: palette(placeholder-text);")
            self.form_error.show()

    def showEvent(self, event: QShowEvent) -> None:
        self.fit_width()
        super().showEvent(event)

    def arrange_for(self, room: QSize) -> None:
        """The two columns one above the other where the screen is narrower than they
        are side by side (a laptop at 150 %: the Vietnamese policy form is 947 wide)."""
        if hasattr(self, "columns"):
            stack_where_narrow(self.columns, room)

    def fit_width(self) -> None:
        """Never narrower than the shown rows' labels need (longer in some languages): on
        showing, and again when a choice shows other rows (an open form grows to them
        rather than cutting its texts off; where the screen has not the room, the columns
        stack, and what is still wider scrolls)."""
        layout = self.layout()
        if layout is None:
            return
        area = available_area(self)
        if area is not None:
            self.arrange_for(room_in(area))
        layout.activate()
        needed = max(900, layout.minimumSize().width())
        if area is not None:
            needed = min(needed, room_in(area).width())
        self.setMinimumWidth(needed)
        if self.isVisible() and self.width() < needed:
            self.resize(needed, self.height())

    def show_problems(self, problems: dict[str, str]) -> None:
        """Each sentence under its field (under the form when that field is hidden), and
        the cursor in the first field named."""
        self.form_error.setStyleSheet(PROBLEM_STYLE)  # a problem again, not the restored note
        for label in (*self.errors.values(), self.form_error):
            label.hide()
        for name, message in problems.items():
            label = self.errors.get(name)
            if label is None or label.parentWidget().isHidden():
                label = self.form_error
            label.setText(user_text(message))
            label.show()
        fit_height(self)
        if not self.form_error.isHidden():
            bring_into_view(self.form_error)
        for name in problems:
            cell = self.cells.get(name)
            if cell is not None and not cell.isHidden():
                widgets = cell.findChildren(QWidget)
                typed = [w for w in widgets if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
                if typed:
                    typed[0].setFocus()
                    return

    def draft(self) -> Any:
        raise NotImplementedError

    def save(self) -> None:
        try:
            self.result_change = self._submit(self.draft())
        except EditRejected as exc:
            refused_whole = exc.field is None and not getattr(exc, "problems", None)
            if refused_whole and self.draft_keeper is not None:
                self.draft_keeper.hold()  # closing the form now keeps what was typed
            problems = getattr(exc, "problems", None) or {exc.field or "form": exception_text(exc)}
            self.show_problems(problems)
            return
        if self.result_change is not None:
            if self.draft_keeper is not None:
                self.draft_keeper.drop()
            self.accept()
