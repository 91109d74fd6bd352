"""Tools → Sales targets…: a year's targets as an editable grid (year, quarters, months),
filtered by text or territory; add a target, break a year down again, delete, import a
spreadsheet; every change can be undone (Ctrl+Z) and redone (Ctrl+Y)."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.enums import Measure
from acct_desktop.domain.numbers import NumberFormatError
from acct_desktop.domain.sentences import filled_in
from acct_desktop.domain.target_breakdown import BreakdownMethod
from acct_desktop.gui.background import BackgroundRunner
from acct_desktop.gui.dialogs.issue_form import problem_label
from acct_desktop.gui.dialogs.register_fields import parse_number, typed_amount
from acct_desktop.gui.import_fields import field_label
from acct_desktop.gui.keys import redo_keys
from acct_desktop.gui.labels import money_text
from acct_desktop.gui.models.target_grid import (
    ROW_ROLE,
    TargetGridModel,
    column_of,
    measure_word,
)
from acct_desktop.gui.screen_fit import ScreenFitDialog
from acct_desktop.gui.sentences import exception_text, problem_text, user_text
from acct_desktop.gui.undo import ServiceStep
from acct_desktop.services.changed_since import Doing
from acct_desktop.services.targets import (
    TARGET_MEASURES,
    TargetChange,
    TargetKey,
    TargetRejected,
    TargetRow,
    TargetService,
)

# (path, default method) → a sentence saying what was imported, or raises with the problems
Importer = Callable[[str, BreakdownMethod], str]
SPREADSHEETS = "Spreadsheets (*.csv *.txt *.xlsx);;All files (*)"
_WEIGHT_SEPARATORS = re.compile(r"[;|/\s]+")


def method_combo(parent: QWidget) -> QComboBox:
    combo = QComboBox(parent)
    combo.addItem(QCoreApplication.translate("targets", "evenly"), BreakdownMethod.EVEN)
    combo.addItem(
        QCoreApplication.translate("targets", "like last year's sales"), BreakdownMethod.SEASONALITY
    )
    combo.addItem(QCoreApplication.translate("targets", "by weights"), BreakdownMethod.WEIGHTS)
    return combo


def parse_weights(text: str) -> tuple[Decimal, ...]:
    """``1; 1; 2; 2`` (4 quarters) or 12 month weights, in the locale's number format."""
    return tuple(parse_number(part) for part in _WEIGHT_SEPARATORS.split(text.strip()) if part)


class TargetStep(ServiceStep):
    """One change of a year's targets; undo and redo put a whole year back through the
    service, only while it is as the change (or the last undo) left it. The grid shows the
    one line the service gives back (``show``: the cell being worked on keeps its place,
    which reading the whole grid again, a model reset, would lose); after a refusal (the
    account or territory is gone, someone else changed the year since) it reads again."""

    def __init__(
        self,
        service: TargetService,
        change: TargetChange,
        text: str,
        show: Callable[[TargetChange], None],
        complain: Callable[[str], None],
        reload: Callable[[], None],
    ) -> None:
        key, year = change.key, change.year
        super().__init__(
            text,
            lambda: service.put_back(key, year, change.before, change.after, Doing.REDO),
            lambda: service.put_back(key, year, change.after, change.before, Doing.UNDO),
            refusals=(TargetRejected,),
            complain=complain,
            after=reload,
            shown=show,
        )


class TargetForm(ScreenFitDialog):
    """A year's amount with the breakdown method; for a new target also whose it is."""

    def __init__(
        self,
        service: TargetService,
        year: int,
        row: TargetRow | None,
        method: BreakdownMethod,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("targetForm")
        self.service, self.year, self.row = service, year, row
        self.change: TargetChange | None = None
        form = QFormLayout()
        self.owner_search = QLineEdit()
        self.owner = QComboBox()
        self.category = QLineEdit()
        self.measure = QComboBox()
        for measure in TARGET_MEASURES:
            self.measure.addItem(measure_word(measure), measure)
        if row is None:
            self.setWindowTitle(self.tr("Add a target for %1").replace("%1", str(year)))
            self.owner_search.setPlaceholderText(self.tr("Find an account or territory…"))
            self.owner_search.textChanged.connect(self._find_owners)
            form.addRow(self.tr("Account or territory"), self.owner_search)
            form.addRow("", self.owner)
            form.addRow(self.tr("Category (empty: all)"), self.category)
            form.addRow(self.tr("Measure"), self.measure)
            self._find_owners("")
        else:
            self.setWindowTitle(
                filled_in(self.tr("Break down %1 of %2"), str(year), row.owner_code)
            )
        self.amount = QLineEdit()
        self.amount.setObjectName("field_amount")
        self.amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        if row is not None:
            self.amount.setText(money_text(row.targets.year, row.targets.currency, keep_finer=True))
        self.method = method_combo(self)
        self.method.setCurrentIndex(self.method.findData(method))
        self.weights = QLineEdit()
        self.weights.setPlaceholderText(self.tr("4 quarter or 12 month weights, e.g. 1; 1; 2; 2"))
        self.method.currentIndexChanged.connect(self._method_changed)
        form.addRow(self.tr("Year's target"), self.amount)
        form.addRow(self.tr("Break down"), self.method)
        form.addRow(self.tr("Weights"), self.weights)
        self.problem = problem_label("target")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self._method_changed()

    def _find_owners(self, text: str) -> None:
        self.owner.clear()
        for owner in self.service.owners(text):
            self.owner.addItem(f"{owner.code} · {owner.name}", owner.key)

    def _method_changed(self) -> None:
        self.weights.setEnabled(self.method.currentData() == BreakdownMethod.WEIGHTS)

    def save(self) -> None:
        """Save through the service; a problem is shown under the fields, nothing saved."""
        if self.row is not None:
            key = self.row.key
        else:
            chosen = self.owner.currentData()
            if chosen is None:
                return self._complain(self.tr("Choose an account or territory."))
            key = TargetKey(
                chosen.account_id,
                chosen.territory_id,
                self.category.text().strip() or None,
                Measure(self.measure.currentData()),
            )
        try:
            # typed in the target's currency: "385,000" is 385000 VND (it was 385 in Vietnamese)
            currency = self.row.targets.currency if self.row else self.service.currency(key)
            amount = typed_amount(self.amount.text(), currency)
            method = BreakdownMethod(self.method.currentData())
            weights = None
            if method is BreakdownMethod.WEIGHTS:
                weights = parse_weights(self.weights.text())
        except (NumberFormatError, TargetRejected) as exc:
            return self._complain(exception_text(exc))
        try:
            self.change = self.service.set_year(key, self.year, amount, method, weights)
        except TargetRejected as exc:
            return self._complain(exception_text(exc))
        self.accept()

    def _complain(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()


class TargetsDialog(ScreenFitDialog):
    sig_changed = Signal(object)  # TargetChange, or None after an import

    def __init__(
        self,
        service: TargetService,
        importer: Importer | None = None,
        runner: BackgroundRunner | None = None,
        year: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("targetsDialog")
        self.setWindowTitle(self.tr("Sales targets"))
        self.service, self.importer, self.runner = service, importer, runner
        self.undo_stack = QUndoStack(self)
        self.form: TargetForm | None = None
        self.year = QSpinBox(minimum=2000, maximum=2100, value=year or date.today().year)
        self.year.setObjectName("targetYear")
        self.search = QLineEdit()
        self.search.setObjectName("targetSearch")
        self.search.setPlaceholderText(self.tr("Filter by account, territory or category (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.territory = QComboBox()
        self.territory.addItem(self.tr("All territories"), None)
        for owner in service.territories():
            self.territory.addItem(f"{owner.code} · {owner.name}", owner.key.territory_id)
        self.method = method_combo(self)
        self.method.setToolTip(self.tr("How an edited year is broken down into months"))
        self.weights = QLineEdit()
        self.weights.setPlaceholderText(self.tr("weights, e.g. 1; 1; 2; 2"))
        filters = QHBoxLayout()
        for label, widget in (
            (self.tr("Year"), self.year),
            (None, self.search),
            (self.tr("Territory"), self.territory),
            (self.tr("Year edits break down"), self.method),
            (None, self.weights),
        ):
            if label:
                filters.addWidget(QLabel(label))
            filters.addWidget(widget, 2 if widget is self.search else 0)
        self.model = TargetGridModel(self._edit, self._complain, self)
        self.table = QTableView()
        self.table.setObjectName("targetGrid")
        # Tab leaves the table; Tab in a cell being typed in still goes on to the
        # next cell
        self.table.setTabKeyNavigation(False)
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setDefaultSectionSize(23)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setColumnWidth(0, 260)
        # figures fit their widest value once read (VND targets run to 15 digits)
        self.model.modelReset.connect(self._fit_figures)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectItems)
        self.empty = QLabel()
        self.problem = problem_label("grid")
        self.status = QLabel()
        self.status.setObjectName("targetStatus")
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add target…"))
        self.add_button.clicked.connect(self.open_add_form)
        self.break_button = QPushButton(self.tr("&Break down year…"))
        self.break_button.clicked.connect(self.open_break_down_form)
        self.delete_button = QPushButton(self.tr("&Delete target"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.import_button = QPushButton(self.tr("&Import…"))
        self.import_button.clicked.connect(self.ask_import)
        self.import_button.setEnabled(importer is not None)
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts(redo_keys())
        self.addActions([undo, redo])
        for button in (self.add_button, self.break_button, self.delete_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.problem)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.Refresh, self, self.reload)
        self._filter_timer = QTimer(self, singleShot=True, interval=250)
        self._filter_timer.timeout.connect(self.reload)
        self.search.textChanged.connect(lambda _t: self._filter_timer.start())
        self.year.valueChanged.connect(lambda _y: self.reload())
        self.territory.currentIndexChanged.connect(lambda _i: self.reload())
        self.method.currentIndexChanged.connect(self._method_changed)
        self._method_changed()
        self.resize(1300, 560)
        self.reload()

    # -- showing ----------------------------------------------------------------------------
    def _fit_figures(self) -> None:
        header = self.table.horizontalHeader()
        for column in range(1, self.model.columnCount()):
            width = max(self.table.sizeHintForColumn(column), header.sectionSizeHint(column))
            self.table.setColumnWidth(column, min(width + 12, 220))

    def reload(self) -> None:
        self.model.set_rows(
            self.service.grid(self.year.value(), self.search.text(), self.territory.currentData())
        )
        self.empty.setVisible(self.model.rowCount() == 0)
        self.empty.setText(
            self.tr("No targets for %1 — Add target… or Import… a spreadsheet.").replace(
                "%1", str(self.year.value())
            )
        )

    def _show(self, change: TargetChange) -> None:
        """Refresh the one line a change touched (the year shown only)."""
        if change.year == self.year.value():
            template = self._template(change)
            self.model.update_row(change.key, change.after, template)
        self.empty.setVisible(self.model.rowCount() == 0)
        self.sig_changed.emit(change)

    def _template(self, change: TargetChange) -> TargetRow:
        number = self.model.row_of(change.key)
        if number is not None:
            return self.model.rows()[number]
        for row in self.service.grid(change.year):
            if row.key == change.key:
                return row
        return TargetRow(change.key, change.year, "?", "?", change.after)  # type: ignore[arg-type]

    def _complain(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def _method_changed(self) -> None:
        self.weights.setEnabled(self.method.currentData() == BreakdownMethod.WEIGHTS)

    def selected_row(self) -> TargetRow | None:
        index = self.table.currentIndex()
        return self.model.data(index, ROW_ROLE) if index.isValid() else None

    # -- changing ---------------------------------------------------------------------------
    def _edit(self, row: TargetRow, cell: str, amount: Decimal) -> bool:
        self.problem.hide()
        try:
            weights = None
            if cell == "year" and self.method.currentData() == BreakdownMethod.WEIGHTS:
                weights = parse_weights(self.weights.text())
            method = BreakdownMethod(self.method.currentData())
            change = self.service.edit(row.key, row.year, cell, amount, method, weights)
        except (TargetRejected, NumberFormatError) as exc:
            self._complain(exception_text(exc))
            return False
        header = self.model.headerData(column_of(cell), Qt.Orientation.Horizontal)
        self._push(change, filled_in(self.tr("edit %1 %2"), row.owner_code, header))
        return True

    def _push(self, change: TargetChange, text: str) -> None:
        self._show(change)
        self.undo_stack.push(
            TargetStep(self.service, change, text, self._show, self._complain, self.reload)
        )

    def open_add_form(self) -> TargetForm:
        return self._open_form(None)

    def open_break_down_form(self) -> TargetForm | None:
        row = self.selected_row()
        if row is None:
            self._complain(self.tr("Select the target to break down first."))
            return None
        return self._open_form(row)

    def _open_form(self, row: TargetRow | None) -> TargetForm:
        self.problem.hide()
        method = BreakdownMethod(self.method.currentData())
        form = TargetForm(self.service, self.year.value(), row, method, self)
        form.accepted.connect(lambda: self._form_saved(form))
        form.open()
        self.form = form
        return form

    def _form_saved(self, form: TargetForm) -> None:
        if form.change is not None:
            owner = form.row.owner_code if form.row else form.owner.currentText().split(" · ")[0]
            self._push(form.change, self.tr("set the year of %1").replace("%1", owner))

    def delete_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            self._complain(self.tr("Select the target to delete first."))
            return
        try:
            change = self.service.delete(row.key, row.year)
        except TargetRejected as exc:
            self._complain(exception_text(exc))
            return
        self._push(change, self.tr("delete the target of %1").replace("%1", row.owner_code))

    # -- importing --------------------------------------------------------------------------
    def ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import targets"), "", SPREADSHEETS)
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        """Import off the UI thread; the outcome (or every problem) is shown under the grid.
        An import cannot be undone step by step: importing the old file puts it back."""
        if self.importer is None:
            return
        importer = self.importer
        method = (
            BreakdownMethod.SEASONALITY
            if self.method.currentData() == BreakdownMethod.SEASONALITY
            else BreakdownMethod.EVEN
        )
        self.import_button.setEnabled(False)
        self.problem.hide()
        self.status.setText(self.tr("Importing %1…").replace("%1", path))

        def done(result: object) -> None:
            self.import_button.setEnabled(True)
            ok, text = result  # type: ignore[misc]
            if ok:
                self.status.setText(user_text(text))
                self.undo_stack.clear()  # the years changed under the undo steps
                self.reload()
                self.sig_changed.emit(None)
            else:
                self.status.clear()
                self._complain(text)

        def failed(text: str) -> None:
            self.import_button.setEnabled(True)
            self._complain(
                self.tr("The import stopped: %1. Nothing was written.").replace("%1", text)
            )

        def work() -> tuple[bool, str]:
            try:
                return True, importer(path, method)
            except ValueError as exc:  # ImportRejected, ImportConflict, TabularError: sentences
                problems = getattr(exc, "problems", [])
                lines = [exception_text(exc), *(problem_text(p) for p in problems[:50])]
                if column := getattr(exc, "details", {}).get("measure column"):
                    lines.append(
                        filled_in(
                            self.tr(
                                "Rename the column “%1” to “%2” in the file (a heading the import "
                                "reads as the measure), then import it again."
                            ),
                            column,
                            field_label("measure"),
                        )
                    )
                return False, "\n".join(lines)

        if self.runner is None:
            done(work())
        else:
            self.runner.submit(work, done, failed)
