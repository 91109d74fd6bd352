"""Import accounts, contacts or sales figures from a spreadsheet: map the columns, look at
the first rows, import off the UI thread with progress and cancel; problems are listed by
line.

The dialog fits the screen it opens on (a 1366 × 768 laptop leaves 728 pixels above the
Windows taskbar): the column choices scroll, the preview, the problems and the buttons
stay in sight."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QSize, Qt, QThread, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressDialog,
    QScrollArea,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.enums import AccountKind, Measure
from acct_desktop.domain.sentences import filled_in
from acct_desktop.gui.dialogs.import_result import ImportResult
from acct_desktop.gui.dialogs.import_source import source_words
from acct_desktop.gui.dialogs.measure_words import MeasureWordsBox, measure_choices
from acct_desktop.gui.dialogs.sales_import_choices import (
    AmountConfirmation,
    MissingColumnConfirmation,
    MonthsConfirmation,
    replace_for_combo,
)
from acct_desktop.gui.dialogs.sales_import_choices import advice as sales_advice
from acct_desktop.gui.import_fields import field_label
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP, enum_label, format_day
from acct_desktop.gui.screen_fit import (
    FRAME_ALLOWANCE,
    ScreenFitDialog,
    available_area,
    bounded_size,
    fit_within,
)
from acct_desktop.gui.sentences import exception_text, more_problems_text, problem_text
from acct_desktop.services.imports import (
    ImportCancelled,
    ImportConflict,
    ImportLayout,
    ImportPreview,
    ImportRejected,
    ImportSummary,
    TabularError,
)
from acct_desktop.services.imports.sales_amounts import names_quantity
from acct_desktop.services.imports.sales_missing_column import CONFIRMING, DETAIL, GUARDED
from acct_desktop.services.imports.sales_scope import ReplaceFor
from acct_desktop.store.database import Database

Importer = Callable[..., ImportSummary]  # import_accounts / import_contacts
NOT_IMPORTED = ""
SAMPLE_COLUMN_WIDTH = 260  # at most, so one long text does not push the others away
PREFERRED_SIZE = QSize(980, 620)  # grown to show every column choice where the screen allows
PREVIEW_WIDTH = 560  # the preview's share of a new dialog's width
PROBLEM_LINES = 5  # the problems' box shows at least this many lines
ROW_CHOICE_CHARS = 60  # of a row's cells shown in the header row's choice
# needed though the file's checks do not require them: the measure (or one given for all)
MARKED_REQUIRED = {"sales": ("measure",)}


ENTITY_WORDS = {
    "accounts": QT_TRANSLATE_NOOP("ImportDialog", "accounts"),
    "contacts": QT_TRANSLATE_NOOP("ImportDialog", "contacts"),
    "sales": QT_TRANSLATE_NOOP("ImportDialog", "sales figures"),
}


def entity_word(entity: str) -> str:
    """What is imported or exported, in the user's words ("accounts", "sales figures")."""
    word = ENTITY_WORDS.get(entity)
    return QCoreApplication.translate("ImportDialog", word) if word else entity


_NUMBER = re.compile(r"[-(]?\d{1,3}(?:[.,'\s\u00a0\u202f]?\d{3})*(?:[.,]\d+)?\)?\s?%?")


def numeric_columns(rows: list[list[str]]) -> set[int]:
    """Columns whose filled cells are all numbers as files write them (1.234,50 · -12 ·
    (12.00) · 15 % · 1 234 567) — shown right-aligned. Dates (2026-03-31, 31.03.2026),
    codes and phone numbers (020 123 4567) stay left."""
    width = max((len(cells) for cells in rows), default=0)
    found = set()
    for column in range(width):
        cells = [r[column].strip() for r in rows if column < len(r) and r[column].strip()]
        if cells and all(_NUMBER.fullmatch(cell) for cell in cells):
            found.add(column)
    return found


class _ImportJob(QObject):
    """Runs in a worker thread; the UI thread only sees signals."""

    sig_progress = Signal(int, int)
    sig_done = Signal(object)  # ImportSummary
    sig_failed = Signal(object)  # an exception to explain

    def __init__(
        self,
        importer: Importer,
        db: Database,
        path: str,
        mapping: dict[str, str],
        extra: dict[str, Any],
    ) -> None:
        super().__init__()
        self.importer, self.db, self.path, self.mapping = importer, db, path, mapping
        self.extra = extra
        self.cancelled = False

    def run(self) -> None:
        def progress(done: int, total: int) -> None:
            if self.cancelled:
                raise ImportCancelled()
            self.sig_progress.emit(done, total)

        try:
            summary = self.importer(self.db, self.path, self.mapping, progress, **self.extra)
        except Exception as exc:  # every failure is explained in the dialog, none escapes
            self.sig_failed.emit(exc)
        else:
            self.sig_done.emit(summary)


def row_text(line: int, cells: tuple[str, ...]) -> str:
    """A row of the file, as the header row's choice shows it: "3: 客户编码 · 客户名称 · …"."""
    shown = " · ".join(cell.strip() for cell in cells if cell.strip())
    if len(shown) > ROW_CHOICE_CHARS:
        shown = shown[: ROW_CHOICE_CHARS - 1].rstrip(" ·") + "…"
    return f"{line}: {shown}"


class ImportDialog(ScreenFitDialog):
    sig_imported = Signal(object)  # ImportSummary
    # the user chose another row as the column names: the file is to be read again so
    sig_header_row = Signal(int)

    def __init__(
        self,
        path: str | Path,
        preview: ImportPreview,
        db: Database,
        importer: Importer,
        parent: QWidget | None = None,
        layout: ImportLayout | None = None,
        header_recalled: bool = False,
    ) -> None:
        """``layout``: the choices the user made for the last file with these headers;
        ``header_recalled``: the file was read from the row holding those headers, which is
        not the row found to hold the column names (``layouts.kept_header_row``)."""
        super().__init__(parent)
        self._source_path = Path(path)
        self.setObjectName("importDialog")
        what = entity_word(preview.entity)
        self.setWindowTitle(filled_in(self.tr("Import %1 from %2"), what, preview.file_name))
        self.preview, self.db, self.importer = preview, db, importer
        self.summary: ImportSummary | None = None
        self._thread: QThread | None = None
        self._job: _ImportJob | None = None
        info = QLabel(
            filled_in(self.tr("%Ln row(s) · %1", "", preview.rows), source_words(preview))
        )
        info.setObjectName("importSource")
        self.header_row = self._header_row_choice()
        self.combos: dict[str, QComboBox] = {}
        self.missing: dict[str, QLabel] = {}  # "Choose the column…" under a required field
        mapping = QFormLayout()
        required = (*preview.required, *MARKED_REQUIRED.get(preview.entity, ()))
        # a sales file's amount column that looks like a quantity: warned about below it
        self.amount_check = AmountConfirmation()
        for field in preview.fields:
            combo = QComboBox()
            combo.addItem(self.tr("(not imported)"), NOT_IMPORTED)
            for header in preview.headers:
                combo.addItem(header, header)
            guessed = preview.guessed.get(field)
            if guessed is not None:
                combo.setCurrentIndex(combo.findData(guessed))
            self.combos[field] = combo
            label = QLabel(field_label(field) + (" *" if field in required else ""))
            label.setToolTip(field)  # the name a file's header may use
            mapping.addRow(label, combo)
            if field in preview.required:  # said next to the mapping, before any import
                missing = QLabel()
                missing.setObjectName(f"importMissing_{field}")
                missing.setWordWrap(True)
                missing.setStyleSheet("color: #c62828;")
                missing.hide()
                mapping.addRow(missing)
                self.missing[field] = missing
                combo.currentIndexChanged.connect(lambda _i, m=missing: m.hide())
            if field == "amount" and preview.entity == "sales":
                mapping.addRow(self.amount_check)
                combo.currentIndexChanged.connect(
                    lambda _i, c=combo: self.amount_check.follow(c.currentData() or None)
                )
        self.default_kind: QComboBox | None = None
        if preview.entity == "accounts":
            self.default_kind = QComboBox()
            self.default_kind.addItem(self.tr("(refuse the row)"), None)
            for kind in AccountKind:
                self.default_kind.addItem(enum_label(kind), kind.value)
            mapping.addRow(self.tr("Kind when the file gives none"), self.default_kind)
        self.default_measure: QComboBox | None = None
        if preview.entity == "sales":
            self.default_measure = QComboBox()
            self.default_measure.setObjectName("defaultMeasure")
            self.default_measure.addItem(self.tr("(refuse the row)"), None)
            for measure, text in measure_choices():
                self.default_measure.addItem(text, measure.value)
            mapping.addRow(self.tr("Measure when the file gives none"), self.default_measure)
        self.replace_for: QComboBox | None = None
        if preview.entity == "sales":
            self.replace_for = replace_for_combo()
            replaced = QLabel(self.tr("Figures replaced in the file's months"))
            replaced.setToolTip(self.replace_for.toolTip())
            mapping.addRow(replaced, self.replace_for)
        mapping_box = QWidget()
        mapping_column = QVBoxLayout(mapping_box)
        mapping_column.setContentsMargins(0, 0, 0, 0)
        mapping_column.addLayout(mapping)
        self.measure_words = MeasureWordsBox()
        self.remembered = self._recall(layout, header_recalled)
        if preview.entity == "sales":
            measure_column = self.combos["measure"]
            measure_column.currentIndexChanged.connect(
                lambda _i: self.measure_words.show_values(
                    preview.few_values.get(measure_column.currentData())
                )
            )
            self.measure_words.show_values(preview.few_values.get(measure_column.currentData()))
        if (amount := self.combos.get("amount")) is not None and preview.entity == "sales":
            self.amount_check.follow(amount.currentData() or None)  # guessed or remembered
        mapping_column.addWidget(self.measure_words)
        mapping_column.addStretch(1)
        # 24 rows for accounts: taller than a laptop's screen, so they scroll
        self.mapping_area = QScrollArea()
        self.mapping_area.setObjectName("importMapping")
        self.mapping_area.setWidget(mapping_box)
        self.mapping_area.setWidgetResizable(True)
        self.mapping_area.setFrameShape(QFrame.Shape.NoFrame)
        self.mapping_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scrollbar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        # Wide enough for the longest label of the user's language (Vietnamese runs long).
        self.mapping_area.setMinimumWidth(max(320, mapping_box.sizeHint().width() + scrollbar))
        self.sample = QTableView()
        self.sample.setObjectName("importPreview")
        self.sample.setTabKeyNavigation(False)  # Tab leaves the preview
        self.sample.setModel(self._sample_model())
        self.sample.verticalHeader().setDefaultSectionSize(22)
        self.sample.resizeColumnsToContents()  # the first rows only: cheap, nothing cut off
        header = self.sample.horizontalHeader()
        for column in range(header.count()):
            header.resizeSection(column, min(header.sectionSize(column), SAMPLE_COLUMN_WIDTH))
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.mapping_area)
        splitter.addWidget(self.sample)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([self.mapping_area.minimumWidth(), PREVIEW_WIDTH])
        self.problems = QPlainTextEdit()
        self.problems.setObjectName("importProblems")
        self.problems.setReadOnly(True)
        self.problems.setMinimumHeight(
            self.problems.fontMetrics().lineSpacing() * PROBLEM_LINES
            + 2 * self.problems.frameWidth()
            + 8
        )
        self.problems.hide()
        # the problems take room from the columns and the preview, never from the buttons
        self.body = QSplitter(Qt.Orientation.Vertical)
        self.body.addWidget(splitter)
        self.body.addWidget(self.problems)
        self.body.setChildrenCollapsible(False)
        self.body.setStretchFactor(0, 1)
        self.confirm_months = MonthsConfirmation()
        self.result = ImportResult()  # the page shown once the file is in, until closed
        self.result.hide()
        # a file without its amount (quantity) column replacing figures that hold them
        self.confirm_missing = {field: MissingColumnConfirmation(field) for field in GUARDED}
        self.confirm_no_amounts = self.confirm_missing["amount"]
        self.confirm_no_quantities = self.confirm_missing["quantity"]
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        column = QVBoxLayout(self)
        self.info = info
        top = QHBoxLayout()
        top.addWidget(info)
        top.addStretch(1)
        header_label = self.header_label = QLabel(self.tr("Column names in row"))
        header_label.setBuddy(self.header_row)
        top.addWidget(header_label)
        top.addWidget(self.header_row)
        column.addLayout(top)
        column.addWidget(self.remembered)
        column.addWidget(self.body, 1)
        column.addWidget(self.result, 1)
        column.addWidget(self.confirm_months)
        for confirmation in self.confirm_missing.values():
            column.addWidget(confirmation)
        column.addWidget(self.buttons)
        self.resize(self._first_size(mapping_box))
        # a refusal speaks of the choices it was given: another choice makes it old news
        for chooser in (*self.combos.values(), self.default_kind, self.default_measure,
                        self.replace_for):  # fmt: skip
            if chooser is not None:
                chooser.currentIndexChanged.connect(self._choices_changed)
        self.measure_words.changed.connect(self._choices_changed)

    def _header_row_choice(self) -> QComboBox:
        """The row holding the column names: the one found (below a title or a row of
        group names over merged cells), or another of the file's first rows the user
        chooses, which reads the file again (``sig_header_row``)."""
        combo = QComboBox()
        combo.setObjectName("headerRow")
        combo.setToolTip(
            self.tr(
                "The row of the file that holds the column names. Rows above it (a title, "
                "group names over merged cells) are not imported."
            )
        )
        rows = list(self.preview.leading) or [(self.preview.header_line, ())]
        for line, cells in rows:
            combo.addItem(row_text(line, cells), line)
        combo.setCurrentIndex(max(combo.findData(self.preview.header_line), 0))
        combo.setMaximumWidth(420)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(24)
        combo.activated.connect(self._header_row_chosen)
        return combo

    def _header_row_chosen(self, _index: int) -> None:
        line = self.header_row.currentData()
        if line != self.preview.header_line and self._thread is None:
            self.sig_header_row.emit(line)

    def _choices_changed(self) -> None:
        """Hide a refusal that was about other choices (and the months it asked about)."""
        if self._thread is None:
            self.problems.hide()
            self.confirm_months.withdraw()
            for confirmation in self.confirm_missing.values():
                confirmation.withdraw()

    def _first_size(self, mapping_box: QWidget) -> QSize:
        """Every column choice in sight where the screen has room, else as much as fits:
        never more than the available part of the screen the dialog opens on."""
        self.layout().activate()
        around = self.layout().sizeHint().height() - self.body.sizeHint().height()
        wanted = QSize(
            max(PREFERRED_SIZE.width(), self.mapping_area.minimumWidth() + PREVIEW_WIDTH),
            max(PREFERRED_SIZE.height(), around + mapping_box.sizeHint().height() + 12),
        )
        area = available_area(self)
        if area is None:
            return wanted
        return bounded_size(wanted, area, self.minimumSizeHint())

    def _recall(self, layout: ImportLayout | None, header_recalled: bool = False) -> QLabel:
        """Choose the columns as the user did for the last file with these headers, and say
        so — and, when the file was read from the row with these headers rather than the
        row found, that too (the label is hidden when there was no such file)."""
        note = QLabel()
        note.setObjectName("rememberedLayout")
        note.setWordWrap(True)
        note.hide()
        if layout is None:
            return note
        for name, header in layout.mapping_for(self.preview.headers).items():
            if (combo := self.combos.get(name)) is not None:
                combo.setCurrentIndex(max(combo.findData(header), 0))
        for chooser in (self.default_kind, self.default_measure):
            if chooser is not None and (found := chooser.findData(layout.default)) >= 0:
                chooser.setCurrentIndex(found)
        self.measure_words.remembered = dict(layout.measure_words)
        day = format_day(layout.saved_on, long=True)
        text = self.tr(
            "Columns chosen as for your last import of a file with these headers (%1). "
            "Check them before importing."
        ).replace("%1", day)
        if header_recalled:
            row = QLocale().toString(self.preview.header_line)
            text += " " + self.tr(
                "The column names are read from row %1, the row with these headers."
            ).replace("%1", row)
        note.setText(text)
        note.show()
        return note

    def chosen_layout(self, today: date) -> ImportLayout:
        """The user's choices, to remember for the next file with these headers."""
        default = None
        for chooser in (self.default_kind, self.default_measure):
            if chooser is not None:
                default = chooser.currentData()
        return ImportLayout(
            mapping=self.mapping(),
            saved_on=today,
            measure_words=self.measure_words.kept_words(),
            default=default,
            header_row=self.preview.header_line,
        )

    def _sample_model(self) -> QStandardItemModel:
        """The file's first rows as they are written; columns of numbers right-aligned."""
        model = QStandardItemModel(self)
        model.setHorizontalHeaderLabels(self.preview.headers)
        numeric = numeric_columns([cells for _line, cells in self.preview.sample])
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for line, cells in self.preview.sample:
            items = [QStandardItem(cell) for cell in cells]
            for column in numeric:
                if column < len(items):
                    items[column].setTextAlignment(right)
            model.appendRow(items)
            model.setHeaderData(model.rowCount() - 1, Qt.Orientation.Vertical, str(line))
        return model

    def mapping(self) -> dict[str, str]:
        """The user's choice for every field ("" leaves a field out)."""
        return {field: combo.currentData() for field, combo in self.combos.items()}

    # -- importing ------------------------------------------------------------------------
    def unmapped_required(self) -> list[str]:
        """Required fields left "(not imported)": each says so under its choice, in words
        (no line number: the file is not wrong, the choice is)."""
        unmapped = [
            field
            for field, label in self.missing.items()
            if self.combos[field].currentData() == NOT_IMPORTED
        ]
        for field, label in self.missing.items():
            if field in unmapped:
                label.setText(
                    self.tr("Choose the column that holds “%1”: it is required.").replace(
                        "%1", field_label(field)
                    )
                )
            label.setVisible(field in unmapped)
        if unmapped:
            self.combos[unmapped[0]].setFocus()
        return unmapped

    def start_import(self) -> None:
        if self.unmapped_required():
            return
        self.problems.hide()
        self.import_button.setEnabled(False)
        extra: dict[str, Any] = {}
        if self.default_kind is not None and self.default_kind.currentData():
            extra["default_kind"] = AccountKind(self.default_kind.currentData())
        if self.default_measure is not None and self.default_measure.currentData():
            extra["measure"] = Measure(self.default_measure.currentData())
        if words := self.measure_words.words():
            extra["measure_words"] = words
        if (periods := self.confirm_months.periods()) is not None:
            extra["periods"] = periods
        if self.amount_check.confirmed():
            extra["amount_confirmed"] = True
        for field, confirmation in self.confirm_missing.items():
            if confirmation.confirmed():
                extra[CONFIRMING[field]] = True
        if self.replace_for is not None and self.replace_for.currentData() != ReplaceFor.FILE:
            extra["replace_for"] = ReplaceFor(self.replace_for.currentData())
        extra["header_row"] = self.preview.header_line  # the header the user sees
        self._job = _ImportJob(self.importer, self.db, self._path(), self.mapping(), extra)
        self._thread = QThread(self)
        self._job.moveToThread(self._thread)
        self._thread.started.connect(self._job.run)
        self._progress = QProgressDialog(
            self.tr("Checking and importing…"), self.tr("Cancel"), 0, 100, self
        )
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(300)
        self._progress.canceled.connect(self._cancel)
        self._job.sig_progress.connect(self._on_progress)
        self._job.sig_done.connect(self._on_done)
        self._job.sig_failed.connect(self._on_failed)
        self._thread.start()

    def _path(self) -> str:
        return str(self._source_path)

    def _cancel(self) -> None:
        if self._job is not None:
            self._job.cancelled = True

    def _on_progress(self, done: int, total: int) -> None:
        self._progress.setMaximum(max(total, 1))
        self._progress.setValue(done)

    def _finish_thread(self) -> None:
        self._progress.reset()
        if self._thread is not None:
            self._thread.quit()
            self._thread.wait()
        self._thread, self._job = None, None
        self.import_button.setEnabled(True)

    def _on_done(self, summary: ImportSummary) -> None:
        self._finish_thread()
        self.summary = summary
        self.sig_imported.emit(summary)
        self._show_result(summary)

    def _show_result(self, summary: ImportSummary) -> None:
        """Turn to the result page: what was imported stays in sight until the user closes
        the dialog (the choices are done with; a second import would import twice)."""
        for done_with in (
            self.info,
            self.header_row,
            self.header_label,
            self.remembered,
            self.body,
            self.confirm_months,
            *self.confirm_missing.values(),
        ):
            done_with.hide()
        self.result.show_summary(summary, self.preview.file_name)
        self.result.show()
        self.import_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setDefault(True)
        self.close_button.setFocus()

    def _on_failed(self, error: Any) -> None:
        self._finish_thread()
        if isinstance(error, ImportCancelled):
            text = self.tr("Import cancelled. Nothing was written.")
        elif isinstance(error, ImportRejected):
            lines = [exception_text(error), ""] + [problem_text(p) for p in error.problems]
            if error.unlisted > 0:
                lines.append(more_problems_text(error.unlisted))
            if accounts := error.missing.get("accounts", 0):
                lines += ["", self._accounts_first(accounts)]
            if header := error.details.get("header row"):
                lines += [
                    "",
                    self.tr(
                        "If line %1 does not hold the column names, choose the row that does "
                        "under “Column names in row”."
                    ).replace("%1", QLocale().toString(header)),
                ]
            if self.preview.entity == "sales":
                lines += sales_advice(error)
                if amount := error.details.get("amount column"):
                    self.amount_check.refused(amount, names_quantity(amount))
                    self.mapping_area.ensureWidgetVisible(self.amount_check)
                if error.details.get("months"):
                    self.confirm_months.offer(error.details["months"])
                elif self.confirm_months.periods() is None:
                    self.confirm_months.withdraw()
                for field, key in DETAIL.items():
                    if key in error.details:
                        self.confirm_missing[field].offer()
            if error.missing.get("measures") and self.default_measure is not None:
                lines += [
                    "",
                    self.tr(
                        "For the rows that name no measure, choose one under “Measure when "
                        "the file gives none”, then import again."
                    ),
                ]
            text = "\n".join(lines)
        elif isinstance(error, ImportConflict | TabularError):
            text = exception_text(error)
        else:
            text = self.tr(
                "The import stopped on an unexpected problem (%1). Nothing was written."
            ).replace("%1", f"{type(error).__name__}: {error}")
        self._show_problems(text)

    def _show_problems(self, text: str) -> None:
        """The problems below the columns, as tall as their text (at most 2/5 of the room):
        the dialog first grows into the free height of the screen, so the column choices
        and the words of the measure column keep their room."""
        self.problems.setPlainText(text)
        if not self.problems.isHidden():
            return
        if (area := available_area(self)) is not None:
            free = area.height() - FRAME_ALLOWANCE.height() - self.height()
            if free > 0:
                self.resize(self.width(), self.height() + min(free, self._problems_height(text)))
                if self.isVisible():
                    fit_within(self, area)  # moved up where it grew past the screen
        self.problems.show()
        self.layout().activate()
        room = sum(self.body.sizes()) or self.body.height()
        wanted = max(self.problems.minimumHeight(), self._problems_height(text))
        shown = min(wanted, room * 2 // 5)
        self.body.setSizes([room - shown, shown])

    def _problems_height(self, text: str) -> int:
        """The height the problems' box needs to show ``text`` without scrolling."""
        width = max(self.body.width(), self.width() - 40) - 2 * self.problems.frameWidth() - 12
        metrics = self.problems.fontMetrics()
        flags = int(Qt.TextFlag.TextWordWrap)
        lines = sum(
            max(1, metrics.boundingRect(0, 0, width, 100_000, flags, part).height())
            for part in text.split("\n")
        )
        return lines + 2 * self.problems.frameWidth() + 12

    def _accounts_first(self, count: int) -> str:
        """What to do when the file names accounts the database does not have yet (a new
        user's first ERP export): import them first."""
        if count == 1:
            return self.tr(
                "1 account code of this file is not in the database yet: import that account "
                "first (File → Import accounts…), then this file again."
            )
        return self.tr(
            "%1 account codes of this file are not in the database yet: import those "
            "accounts first (File → Import accounts…), then this file again."
        ).replace("%1", QLocale().toString(count))

    def wait(self) -> None:
        """Block until a running import has finished (tests)."""
        if self._thread is not None:
            self._thread.wait()
