"""The visit report: who was met, what was seen, competitors, compliance, problems raised,
follow-ups and the next visit. Everything typed is saved after a short pause (and when the
form closes, and when the main window closes with the form open — ``FormAutosave``, the
pause of the form drafts), so a crash loses at most that pause; *Complete visit* marks it
done.

A text that cannot be saved because the database does not answer (a team database's
server down) is not dropped: the form says it is not saved yet, keeps it (in the form and
as a draft) and writes it when the database answers again (the main window's
``ConnectionWatch.back``), or when the report is opened again. Each text is saved against
what the form showed, so a colleague's text saved meanwhile is not replaced: the refusal
says who, a note quotes their text, and the text typed here stays (a draft) — typing on in
that field saves it over theirs. A tick or a contact met that cannot be saved is put back
as it was, with a sentence."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from acct_desktop.domain.enums import VisitPurpose
from acct_desktop.domain.numbers import NumberFormatError
from acct_desktop.gui.dialogs.issue_form import (
    IssueFormDialog,
    fit_height,
    new_issue_draft,
    problem_label,
    with_problem,
)
from acct_desktop.gui.dialogs.register_fields import typed_amount
from acct_desktop.gui.form_drafts import FormAutosave, FormDraft
from acct_desktop.gui.labels import enum_label, format_value, money_text, percent_text
from acct_desktop.gui.screen_fit import ScreenFitDialog, bring_into_view
from acct_desktop.gui.sentences import exception_text
from acct_desktop.gui.widgets.date_field import NO_DATE, DateField
from acct_desktop.gui.widgets.whole_placeholder import keep_placeholder_whole, placeholder_width
from acct_desktop.gui.widgets.wrapped_list import WrappedList
from acct_desktop.services.visit_reports import (
    CHECK_FIELDS,
    SURVEY_FIELD,
    ReportChanged,
    ReportRejected,
    VisitReport,
)
from acct_desktop.store.reachability import is_server, is_unreachable


class NoteBox(QPlainTextEdit):
    """A text of the report: ``lines`` high at least, and taller where the form has room
    (the room its lists do not need goes to what is typed)."""

    def __init__(self, text: str, lines: int) -> None:
        super().__init__(text)
        self.setTabChangesFocus(True)
        self._least = self.fontMetrics().lineSpacing() * lines + 12
        self.setMinimumHeight(self._least)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:  # not QAbstractScrollArea's 192 pixels
        return QSize(super().sizeHint().width(), self._least)

    def minimumSizeHint(self) -> QSize:
        return QSize(super().minimumSizeHint().width(), self._least)


class VisitReportDialog(ScreenFitDialog):
    def __init__(self, workspace, visit_id: uuid.UUID, parent: QWidget | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self.setObjectName("visitReport")
        self.resize(900, 640)
        self._workspace, self._visit_id = workspace, visit_id
        self._reports = workspace.visit_reports
        report = self._reports.report(visit_id)
        self._currency = report.currency
        self.setWindowTitle(self.tr("Visit report — %1").replace("%1", report.account_name))
        self._pending: set[str] = set()
        # texts not written: the database did not answer, or a colleague's text was saved
        # there meanwhile — kept as a draft until they are
        self._held: set[str] = set()
        self._theirs: set[str] = set()  # of those, the texts a colleague saved meanwhile
        # what the form showed of each saved text: a save is checked against it
        self._saved: dict[str, str] = {}
        self._finished = False  # completed: no draft left behind
        self._timer = FormAutosave(self, self.flush)
        self.texts: dict[str, QPlainTextEdit] = {}
        # Each field's problem right under it, as in the other forms (ReportRejected.field).
        self.errors: dict[str, QLabel] = {
            name: problem_label(name)
            for name in (
                "summary",
                "competitor",
                "product",
                "price",
                "share",
                "promotion",
                "next_visit",
            )
        }
        heading = QLabel(
            f"<b>{report.account_name}</b> · {format_value(report.start)} · "
            f"{enum_label(report.status)}"
        )
        self.purpose = QComboBox()
        for purpose in VisitPurpose:
            self.purpose.addItem(enum_label(purpose), purpose.value)
        self.purpose.setCurrentIndex(self.purpose.findData(report.purpose.value))
        self.purpose.currentIndexChanged.connect(lambda _i: self._purpose_changed())
        # a long job title wraps ("Managementassistent" ran off behind a sideways bar)
        self.people = WrappedList(most_lines=12)
        self.people.setObjectName("contactsMet")
        # as tall as its names (it took the form's spare height: 230 pixels for two names
        # while the summary scrolled after three lines): the text boxes get the room
        self.people.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        for contact_id, label, met in report.people:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, str(contact_id))
            item.setCheckState(Qt.CheckState.Checked if met else Qt.CheckState.Unchecked)
            self.people.addItem(item)
        self.people.itemChanged.connect(self._met_changed)
        left = QFormLayout()
        left.addRow(self.tr("Purpose:"), self.purpose)
        left.addRow(self.tr("Contacts met:"), self.people)
        for name, label, lines in (
            ("summary", self.tr("Summary:"), 3),
            ("stock_note", self.tr("Stock seen:"), 2),
            ("sell_through_note", self.tr("Sell-through:"), 2),
            ("needs_note", self.tr("Shop-floor needs:"), 2),
            ("follow_ups", self.tr("Follow-ups:"), 2),
        ):
            edit = NoteBox(report.texts.get(name) or "", lines)
            self._saved[name] = report.texts.get(name) or ""
            edit.setObjectName(f"field_{name}")
            edit.textChanged.connect(lambda n=name: self._later(n))
            self.texts[name] = edit
            if name in self.errors:
                field = with_problem(edit, self.errors[name])
                # the box grows with the room the form has, its sentence stays under it
                field.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            else:
                field = edit
            left.addRow(label, field)
        self.survey = QLineEdit(
            "" if report.survey_score is None else str(report.survey_score),
            placeholderText=self.tr("not asked"),
        )
        self.survey.setObjectName("field_survey_score")
        # narrow (a number of two digits), yet "niet gevraagd" shows whole
        self.survey.setMaximumWidth(max(80, placeholder_width(self.survey)))
        keep_placeholder_whole(self.survey)
        self.survey.setToolTip(
            self.tr("0 = not at all, 10 = certainly; leave empty when you did not ask")
        )
        self.survey_problem = self.errors["survey_score"] = problem_label("survey_score")
        self.survey.textChanged.connect(self._survey_changed)
        survey_row = QHBoxLayout()
        survey_row.addWidget(self.survey)
        survey_row.addWidget(self.survey_problem, 1)
        left.addRow(self.tr("Would they recommend us? (0–10)"), survey_row)
        self.checks: dict[str, QCheckBox] = {}
        compliance = QGroupBox(self.tr("Compliance (tick yes, leave grey when not checked)"))
        column = QVBoxLayout(compliance)
        for name, label in zip(
            CHECK_FIELDS,
            (
                self.tr("Prices as agreed"),
                self.tr("POP material in place"),
                self.tr("Takes part in the promotion"),
            ),
            strict=True,
        ):
            box = QCheckBox(label)
            box.setObjectName(f"field_{name}")
            box.setTristate(True)
            value = report.checks.get(name)
            box.setCheckState(
                Qt.CheckState.PartiallyChecked
                if value is None
                else (Qt.CheckState.Checked if value else Qt.CheckState.Unchecked)
            )
            box.stateChanged.connect(lambda _s, n=name: self._check_changed(n))
            self.checks[name] = box
            column.addWidget(box)
        competitors = QGroupBox(self.tr("Competitors seen"))
        grid = QGridLayout(competitors)
        self.observations = WrappedList()
        self.observations.setObjectName("observations")
        self.competitor = QLineEdit(placeholderText=self.tr("Competitor"))
        self.competitor.setObjectName("field_competitor")
        self.product = QLineEdit(placeholderText=self.tr("Product"))
        self.product.setObjectName("field_product")
        self.price = QLineEdit(placeholderText=self.tr("Price (%1)").replace("%1", report.currency))
        self.price.setObjectName("field_price")
        self.share = QLineEdit(placeholderText=self.tr("Shelf share %"))
        self.share.setObjectName("field_share")
        self.share.setToolTip(self.tr("The share of the shelf the competitor holds, 0 to 100"))
        self.promotion = QLineEdit(placeholderText=self.tr("Promotion"))
        self.promotion.setObjectName("field_promotion")
        self.observation_fields = {
            "competitor": self.competitor,
            "product": self.product,
            "price": self.price,
            "share": self.share,
            "promotion": self.promotion,
        }
        add = QPushButton(self.tr("Add"))
        add.setObjectName("addObservation")
        add.clicked.connect(self.add_observation)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove_observation)
        grid.addWidget(self.observations, 0, 0, 1, 2)
        grid.setRowStretch(0, 1)  # the room the group gets goes to the list
        # two to a row (the promotion, often a sentence, alone): each wide enough for its
        # placeholder in Chinese and Vietnamese
        for name, row, col, span in (
            ("competitor", 1, 0, 1),
            ("product", 1, 1, 1),
            ("price", 2, 0, 1),
            ("share", 2, 1, 1),
            ("promotion", 3, 0, 2),
        ):
            widget = with_problem(self.observation_fields[name], self.errors[name])
            grid.addWidget(widget, row, col, 1, span, Qt.AlignmentFlag.AlignTop)
        buttons_row = QHBoxLayout()
        buttons_row.addWidget(add)
        buttons_row.addWidget(remove)
        buttons_row.addStretch(1)
        grid.addLayout(buttons_row, 4, 0, 1, 2)
        issues = QGroupBox(self.tr("Problems raised (customer issues)"))
        issue_column = QVBoxLayout(issues)
        self.issue_list = WrappedList()
        self.issue_list.setObjectName("issuesRaised")
        raise_issue = QPushButton(self.tr("Raise an issue…"))
        raise_issue.setObjectName("raiseIssue")
        raise_issue.clicked.connect(self.raise_issue)
        issue_column.addWidget(self.issue_list)
        issue_column.addWidget(raise_issue)
        right = QVBoxLayout()
        right.addWidget(compliance)
        right.addWidget(competitors, 3)  # more to read than the issues: more room
        right.addWidget(issues, 1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(right, 2)
        self.next_visit = DateField(none_text=self.tr("not planned"))
        self.next_visit.setObjectName("field_next_visit")
        self.problem = problem_label("report")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        complete = self.buttons.addButton(
            self.tr("Complete visit"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        complete.setObjectName("completeVisit")
        complete.setEnabled(not report.done)
        self.buttons.accepted.connect(self.complete)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Next visit:")))
        bottom.addWidget(with_problem(self.next_visit, self.errors["next_visit"]))
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(body, 1)
        layout.addWidget(self.problem)
        layout.addLayout(bottom)
        self.next_visit_id: uuid.UUID | None = None
        self._show_lists(report)
        # What the report does not save as it is typed — a competitor row not yet added,
        # the next visit not yet booked — is kept as a draft: back after a crash or Close.
        self.draft_keeper = FormDraft(
            self,
            getattr(workspace, "form_drafts", None),
            "visit_report",
            str(visit_id),
            worth_keeping=self._typed_and_not_saved,
            only=[
                *(f"field_{name}" for name in self.observation_fields),
                "field_next_visit",
                *(f"field_{name}" for name in self.texts),
                "field_survey_score",
            ],
        )
        self._checks_saved = {name: report.checks.get(name) for name in CHECK_FIELDS}
        self._purpose_saved = report.purpose
        self._watch_connection(parent)
        self._restore_draft()

    def _watch_connection(self, parent: QWidget | None) -> None:
        """Tell the main window's connection watch when the database does not answer, and
        write what is held when it answers again."""
        window = parent  # the main window (a floating dock is a window of its own)
        while window is not None and not hasattr(window, "connection_watch"):
            window = window.parentWidget()
        self._watch = getattr(window, "connection_watch", None)
        if self._watch is not None:
            self._watch.back.connect(self.write_held)

    def _let_go(self) -> None:
        """Closed with nothing waiting: no longer listen for the database coming back."""
        if self._watch is not None and not self._held and not self.isVisible():
            self._watch.back.disconnect(self.write_held)
            self._watch = None

    def _restore_draft(self) -> None:
        """A draft kept when this report was open before: its row and next visit back, its
        texts back and written — but a text a colleague saved differently meanwhile is
        shown with a note quoting theirs, and written only once typed on."""
        if not self.draft_keeper.restore():
            return
        restored = {
            name for name, edit in self.texts.items() if edit.toPlainText() != self._saved[name]
        }
        conflicts = {name for name in restored if f"field_{name}" in self.draft_keeper.conflicts}
        self._pending -= conflicts
        self._held |= conflicts
        self._theirs |= conflicts
        self.flush()
        if conflicts:
            self._show_problem(self._theirs_sentence())
        elif restored and not self._held:
            self._show_problem(self.tr("What you typed and had not saved is back, and saved."))
        elif not self._held:
            self._show_problem(self.tr("What you typed and had not added is back."))

    def _theirs_sentence(self) -> str:
        return self.tr(
            "Your text is back over the saved version; someone else saved another "
            "text there meanwhile (quoted under it). Type on in it to save yours."
        )

    # -- saving ----------------------------------------------------------------------------

    def _later(self, name: str) -> None:
        self._pending.add(name)
        self._theirs.discard(name)  # typed on after the colleague's text: saved over it
        self._timer.later()

    def flush(self) -> None:
        """Save what was typed and not yet saved; what cannot be (the database does not
        answer, a colleague saved there meanwhile) is held: kept as typed and as a draft."""
        self._timer.stop()
        for name in [n for n in self.texts if n in self._pending]:
            if not self._save_text(name):
                break  # the database does not answer: the rest waits with it
        self.draft_keeper.keep()  # a draft while anything is held; none once all is saved

    def write_held(self) -> None:
        """The database answers again: write what was held meanwhile (a text a colleague
        saved differently waits for the user to type on in it)."""
        waiting = self._held - self._theirs
        if not waiting:
            return
        drafts = getattr(self._workspace, "form_drafts", None)
        if (
            not self.isVisible()
            and drafts is not None
            and drafts.get("visit_report", str(self._visit_id)) is None
        ):
            self._held.clear()  # the report opened again meanwhile wrote it
            self._let_go()
            return
        self._pending |= waiting & set(self.texts)
        self.flush()
        if SURVEY_FIELD in self._held and not self._waiting_texts():
            self._survey_changed(self.survey.text())
        if not self._held - self._theirs:
            self._show_problem(self.tr("What you typed meanwhile is saved."))
        self._let_go()

    def _waiting_texts(self) -> set[str]:
        """The texts held because the database did not answer."""
        return (self._held - self._theirs) & set(self.texts)

    def _save_text(self, name: str) -> bool:
        """Save one text against what the form showed of it; False when the database does
        not answer (the text is held, the form says so)."""
        text = self.texts[name].toPlainText()
        try:
            self._reports.save(self._visit_id, seen={name: self._saved[name]}, **{name: text})
        except ReportChanged as exc:  # a colleague's text: shown, not replaced
            theirs = str(exc.theirs or "")
            self._pending.discard(name)
            self._held.add(name)
            self._theirs.add(name)
            self._saved[name] = theirs  # typing on saves over it: it has been seen
            self.draft_keeper.note_conflict(f"field_{name}", theirs)
            self._show_problem(exception_text(exc), name)
            bring_into_view(self.errors.get(name, self.problem))
            return True
        except ReportRejected as exc:
            self._pending.discard(name)
            self._show_problem(exception_text(exc), exc.field)
            return True
        except Exception as exc:
            if not is_unreachable(exc):
                raise
            self._held |= self._pending
            self._pending.clear()
            self._not_reached(exc, kept=True)
            return False
        self._pending.discard(name)
        self._held.discard(name)
        self._theirs.discard(name)
        self._saved[name] = text
        self.draft_keeper.set_base(f"field_{name}")
        if name in self.errors and self.errors[name].text() and name not in self._held:
            self.errors[name].hide()
        if not self._held - self._theirs and self.problem.property("unreached"):
            self.problem.setProperty("unreached", False)
            self.problem.hide()
        return True

    def _not_reached(self, exc: BaseException, kept: bool) -> None:
        """The database did not answer: say so in the form (``kept``: what was typed is
        held and written once it answers; else the tick or choice was not saved), and tell
        the main window's watch, which tries again and shows its banner."""
        server = is_server(self._workspace.db.url)
        if kept:
            message = (
                self.tr("Not saved yet — kept, and written when the team database is back.")
                if server
                else self.tr("Not saved yet — kept, and written when the database file is back.")
            )
        else:
            message = (
                self.tr(
                    "Not saved: the team database cannot be reached. Do it again once it is back."
                )
                if server
                else self.tr(
                    "Not saved: the database file cannot be reached. Do it again once it is back."
                )
            )
        news = self.problem.isHidden() or self.problem.text() != message
        self._show_problem(message)
        if news:  # once, not at each pause of the typing: below the fold of a small screen
            bring_into_view(self.problem)
        self.problem.setProperty("unreached", kept)
        if self._watch is not None:
            self._watch.lost(exc)

    def _save(self, **values: object) -> bool:
        """Save a tick or a choice at once; False when it could not be (said)."""
        try:
            self._reports.save(self._visit_id, **values)
        except ReportRejected as exc:
            self._show_problem(exception_text(exc), exc.field)
            return False
        except Exception as exc:
            if not is_unreachable(exc):
                raise
            self._not_reached(exc, kept=False)
            return False
        return True

    def _purpose_changed(self) -> None:
        purpose = VisitPurpose(self.purpose.currentData())
        if self._save(purpose=purpose):
            self._purpose_saved = purpose
            return
        self.purpose.blockSignals(True)  # not saved: shown as it is saved
        self.purpose.setCurrentIndex(self.purpose.findData(self._purpose_saved.value))
        self.purpose.blockSignals(False)

    def _check_changed(self, name: str) -> None:
        state = self.checks[name].checkState()
        value = None if state == Qt.CheckState.PartiallyChecked else state == Qt.CheckState.Checked
        if self._save(**{name: value}):
            self._checks_saved[name] = value
            return
        saved = self._checks_saved[name]  # not saved: shown as it is saved
        box = self.checks[name]
        box.blockSignals(True)
        box.setCheckState(
            Qt.CheckState.PartiallyChecked
            if saved is None
            else (Qt.CheckState.Checked if saved else Qt.CheckState.Unchecked)
        )
        box.blockSignals(False)

    def _survey_changed(self, text: str) -> None:
        """Save the recommendation score as typed; say what is wrong next to the field."""
        text = text.strip()
        value = int(text) if text.isdigit() and len(text) <= 2 else None
        if text and (value is None or value > 10):
            self.survey_problem.setText(self.tr("Type a whole number from 0 to 10."))
            self.survey_problem.show()
            return
        self.survey_problem.hide()
        try:
            self._reports.save(self._visit_id, survey_score=value)
        except ReportRejected as exc:
            self.survey_problem.setText(exception_text(exc))
            self.survey_problem.show()
        except Exception as exc:
            if not is_unreachable(exc):
                raise
            self._held.add(SURVEY_FIELD)  # written with the texts once it answers
            self._not_reached(exc, kept=True)
            self.draft_keeper.keep()
        else:
            self._held.discard(SURVEY_FIELD)

    def _met_changed(self, item: QListWidgetItem) -> None:
        contact_id = uuid.UUID(item.data(Qt.ItemDataRole.UserRole))
        met = item.checkState() == Qt.CheckState.Checked
        try:
            self._reports.set_met(self._visit_id, contact_id, met)
        except Exception as exc:
            if not is_unreachable(exc):
                raise
            self.people.blockSignals(True)  # not saved: shown as it is saved
            item.setCheckState(Qt.CheckState.Unchecked if met else Qt.CheckState.Checked)
            self.people.blockSignals(False)
            self._not_reached(exc, kept=False)

    def _show_problem(self, message: str, field: str | None = None) -> None:
        """``message`` under ``field`` (under the whole report when it names none)."""
        label = self.errors.get(field or "", self.problem)
        if label is self.problem:
            label.setProperty("unreached", False)  # ``_not_reached`` says when it is
        label.setText(message)
        label.setVisible(bool(message))
        if message:
            fit_height(self)

    def _clear_problems(self, *fields: str) -> None:
        for name in fields:
            self.errors[name].hide()
        self.problem.hide()

    # -- lists -----------------------------------------------------------------------------

    def _show_lists(self, report: VisitReport) -> None:
        self.observations.clear()
        for observation in report.observations:
            parts = [observation.competitor, observation.product or ""]
            if observation.price is not None:
                currency = observation.currency or ""
                price = money_text(observation.price, currency, keep_finer=True)
                parts.append(f"{price} {currency}".strip())
            if observation.shelf_share_percent is not None:
                parts.append(
                    self.tr("shelf %1").replace("%1", percent_text(observation.shelf_share_percent))
                )
            if observation.promotion:
                parts.append(observation.promotion)
            item = QListWidgetItem(" · ".join(p for p in parts if p))
            item.setToolTip(item.text())
            item.setData(Qt.ItemDataRole.UserRole, str(observation.id))
            self.observations.addItem(item)
        self.issue_list.clear()
        for number, description in report.issues:
            item = QListWidgetItem(f"{number} · {description}")
            item.setToolTip(item.text())
            self.issue_list.addItem(item)

    def _typed_and_not_saved(self) -> bool:
        """A competitor row typed and not added, a next visit chosen and not booked, or a
        text held (not written: the database did not answer, or a colleague's was there)."""
        if self._finished:
            return False
        return bool(self._held) or self._row_typed() or self.next_visit.date() != NO_DATE

    def _row_typed(self) -> bool:
        return any(field.text().strip() for field in self.observation_fields.values())

    def add_observation(self) -> bool:
        """Save the competitor row typed; False (the problem shown beside its field, the row
        kept as typed) when it cannot be."""
        self._clear_problems(*self.observation_fields)
        share_text = self.share.text().strip().rstrip("%％").strip()
        if share_text and not (share_text.isdigit() and int(share_text) <= 100):
            self._refused(self.tr("Type a whole number from 0 to 100."), "share")
            return False
        try:
            price_text = self.price.text().strip()
            price = typed_amount(price_text, self._currency) if price_text else None
            self._reports.observe(
                self._visit_id,
                self.competitor.text(),
                self.product.text(),
                price,
                self.promotion.text(),
                shelf_share_percent=int(share_text) if share_text else None,
            )
        except NumberFormatError as exc:
            self._refused(exception_text(exc), "price")
            return False
        except ReportRejected as exc:
            self._refused(exception_text(exc), exc.field)
            return False
        except Exception as exc:  # the row stays as typed (and as a draft)
            if not is_unreachable(exc):
                raise
            self._not_reached(exc, kept=False)
            return False
        for field in self.observation_fields.values():
            field.clear()
        self.draft_keeper.keep()  # the row is saved: no longer a draft
        self._show_lists(self._reports.report(self._visit_id))
        self.competitor.setFocus()
        return True

    def _remove_observation(self) -> None:
        item = self.observations.currentItem()
        if item is None:
            return
        try:
            self._reports.forget_observation(uuid.UUID(item.data(Qt.ItemDataRole.UserRole)))
        except Exception as exc:
            if not is_unreachable(exc):
                raise
            self._not_reached(exc, kept=False)
            return
        self._show_lists(self._reports.report(self._visit_id))

    def raise_issue(self) -> IssueFormDialog:
        """The customer-issue form, tied to this visit."""
        workspace = self._workspace
        report = self._reports.report(self._visit_id)
        today = workspace.issues.today()
        # raised on the visit's day (the user's), due two weeks after it; a visit still
        # ahead cannot date an issue in the future: today then
        raised = min(report.start.astimezone().date(), today)
        draft = replace(new_issue_draft(report.account_id, raised), visit_id=self._visit_id)
        dialog = IssueFormDialog(
            draft,
            workspace.issue_records.create,
            report.account_name,
            workspace.issues.responsibles(),  # the names the Issues dock's form completes
            today,
            self,
            title=self.tr("Problem raised at the visit"),
            visits=[(self._visit_id, format_value(report.start))],
            drafts=workspace.form_drafts,
        )
        dialog.finished.connect(lambda _r: self._show_lists(self._reports.report(self._visit_id)))
        self.last_dialog = dialog
        dialog.open()
        return dialog

    # -- closing ---------------------------------------------------------------------------

    def complete(self) -> None:
        """Mark the visit done. A competitor row typed and not added is added with it; one
        that cannot be is refused beside its field and the report stays open (it was closed
        and the row lost)."""
        self.flush()
        if self._held - self._theirs:  # the database does not answer (said): stays open
            return
        if self._theirs:  # a colleague's text waits to be looked at: stays open
            self._show_problem(self._theirs_sentence())
            bring_into_view(self.problem)
            return
        if self._row_typed() and not self.add_observation():
            if self.problem.isHidden():
                self._show_problem(
                    self.tr(
                        "The competitor row you typed is not added yet: correct it and press "
                        "Add, or clear it."
                    )
                )
            return
        day = self.next_visit.date()
        following = None if day == NO_DATE else date(day.year(), day.month(), day.day())
        self._clear_problems("summary", "next_visit")
        try:
            self.next_visit_id = self._reports.complete(self._visit_id, following)
        except ReportRejected as exc:
            self._refused(exception_text(exc), exc.field)
            return
        except Exception as exc:
            if not is_unreachable(exc):
                raise
            self._not_reached(exc, kept=False)
            return
        self._finished = True
        self.draft_keeper.drop()  # the report is complete: nothing is waiting any more
        self.accept()

    def _refused(self, message: str, field: str | None) -> None:
        """Say why next to the field and put the cursor there, with what was typed kept."""
        self._show_problem(message, field)
        widget = {**self.observation_fields, **self.texts, "next_visit": self.next_visit}.get(
            field or ""
        )
        if widget is not None:
            widget.setFocus()

    def done(self, result: int) -> None:  # closing in any way saves what was typed
        self.flush()  # what cannot be written stays a draft (``flush`` keeps it)
        self.draft_keeper.flush()
        super().done(result)
        self._let_go()
