"""What a form's user typed, kept as it is typed, offered back after a crash, and dropped
once the form is saved or cancelled.

``FormDraft(dialog, drafts, "issue", key)`` watches the dialog's named input widgets (line
and text edits, combo boxes, date edits, spin and check boxes — by ``objectName`` — and any
widget of its own kind that offers ``draft_value()``, ``set_draft_value(value)`` and
``draft_signal()``, such as a table of rebate tiers or a search-and-pick field), keeps
their values through the ``FormDrafts`` service (a row in the database, so an encrypted
database keeps its drafts encrypted; never the settings or a loose file) 0.4 s after the
last change, and ``restore()`` puts them back when the same form for the same record is
opened again. Keeping a draft never raises: it must not stop the form.

A save the database refuses as a whole (a colleague changed or archived the record
meanwhile, it is gone) ``hold``s the draft: from then on, closing the form by any way —
Cancel included — keeps what was typed, so the form opened again over the new version
puts it back (with a note under each field both changed). Only a save drops a held draft.

A form that stays open while its record changes (the profile card, one account after
another) ``attach``es the keeper to each record in turn and passes ``worth_keeping``: what
it shows unchanged from the saved record is no draft, and one kept before is dropped.
Closing the main window ``flush``es every keeper, so the last 0.4 s of typing is kept too.

A form that saves its record itself as it is typed (the visit report) has a
``FormAutosave`` instead: the same pause, and the same ``flush`` on closing the main
window — both are ``FormKeeper``s, the one thing the main window looks for.

A draft keeps, with what was typed, what the form showed of the saved record when the
typing began (its *base*: the values when the keeper was made, or at ``set_base()`` after
the form was filled again). ``restore()`` puts back only the fields the user changed from
that base, so a field someone else saved meanwhile is never overwritten with the old text
the form happened to show. A field both changed keeps the user's text, and a note under
it quotes the other version: nothing is lost silently either way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from acct_desktop.services.form_drafts import FormDrafts

log = logging.getLogger(__name__)
FIELD_TYPES = (QLineEdit, QPlainTextEdit, QComboBox, QDateEdit, QSpinBox, QDoubleSpinBox, QCheckBox)
KEEP_PAUSE_MS = 400  # how long the typing pauses before what is typed is kept
BASE = "__base__"  # the key, in a kept draft, of what the form showed of the saved record
NOTE_STYLE = "color: #8a5a00;"


class FormKeeper(QObject):
    """Keeps what a form's user types; ``flush`` keeps at once what is still waiting for
    its pause (the main window calls it on every keeper as it closes)."""

    def flush(self) -> None:
        raise NotImplementedError


class FormAutosave(FormKeeper):
    """The pause of a form that saves its record itself as it is typed: ``later()`` on
    each change; once the typing pauses for ``interval`` ms — or at once on ``flush``, as
    the form or the main window closes — ``save()`` is called, the form's own method that
    saves what is waiting (and calls ``stop()``)."""

    def __init__(
        self, form: QObject, save: Callable[[], None], interval: int = KEEP_PAUSE_MS
    ) -> None:
        super().__init__(form)
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(interval)
        self._timer.timeout.connect(save)

    def later(self) -> None:
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def isActive(self) -> bool:
        return self._timer.isActive()

    def flush(self) -> None:
        self._save()


class FormDraft(FormKeeper):
    """Keeps ``dialog``'s typed values in a draft file (see the module docstring)."""

    def __init__(
        self,
        dialog: QWidget,
        drafts: FormDrafts | None,
        form: str,
        key: str,
        worth_keeping: Callable[[], bool] | None = None,
        only: Iterable[str] | None = None,
    ) -> None:
        super().__init__(dialog)
        self._drafts, self.form, self.key = drafts, form, key
        self._worth_keeping = worth_keeping
        self._kept = False  # whether a draft of this record is in the database
        self._held = False  # a refused save: closing the form keeps the draft (``hold``)
        # ``only``: the fields a form does not save as they are typed itself (the visit
        # report's half-typed competitor row and next visit; its texts save themselves)
        wanted = None if only is None else set(only)
        self._fields = {
            widget.objectName(): widget
            for widget in dialog.findChildren(QWidget)
            if (isinstance(widget, FIELD_TYPES) or _speaks_drafts(widget))
            and widget.objectName()
            and not widget.objectName().startswith("qt_")
            and not (isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox))
            and (wanted is None or widget.objectName() in wanted)
        }
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(KEEP_PAUSE_MS)
        self._timer.timeout.connect(self.keep)
        for widget in self._fields.values():
            _changed_signal(widget).connect(self._timer.start)
        self._notes: list[QLabel] = []  # "changed by someone else meanwhile" notes shown
        self.conflicts: dict[str, str] = {}  # field name: the other version, as shown
        self.set_base()

    def values(self) -> dict[str, Any]:
        return {name: _value(widget) for name, widget in self._fields.items()}

    def set_base(self, *names: str) -> None:
        """What the form shows now is the saved record: typing is measured against it
        (only fields ``names``, when given: those a form saves itself were just saved)."""
        if not names:
            self._base = self.values()
            return
        for name in names:
            if name in self._fields:
                self._base[name] = _value(self._fields[name])

    def note_conflict(self, name: str, theirs: str) -> None:
        """Someone else saved ``theirs`` in field ``name`` while the user typed there: a
        note under it quotes it, the typed text stays (and stays a conflict when kept)."""
        widget = self._fields.get(name)
        if widget is None or name in self.conflicts:
            return
        self.conflicts[name] = theirs
        self._note(widget, theirs)

    def attach(self, drafts: FormDrafts | None, key: str) -> None:
        """Keep drafts of record ``key`` from now on (``None`` drafts: keep nothing); what
        was typed for the record before is the caller's to ``keep`` first. The caller fills
        the form with the record and calls ``set_base`` before ``restore``."""
        self._timer.stop()
        self._clear_notes()
        self._drafts, self.key, self._kept, self._held = drafts, key, False, False

    def keep(self) -> None:
        """Keep what is typed now (never raises). A form that shows just what is saved
        (``worth_keeping`` says no) has no draft: one kept before is dropped."""
        self._timer.stop()
        if self._drafts is None or not self.key:
            return
        if self._worth_keeping is not None and not self._worth_keeping():
            if self._kept:
                self.drop()
            return
        self._drafts.keep(self.form, self.key, {**self.values(), BASE: self._base})
        self._kept = True

    def flush(self) -> None:
        """Keep now what the typing of the last moment would have kept after its pause."""
        if self._timer.isActive():
            self.keep()

    def restore(self) -> bool:
        """Put back the fields a kept draft changed from its base (every field of a draft
        kept without one); True when there was a draft. A field saved differently meanwhile
        keeps the typed text, with a note under it quoting the saved one (``conflicts``)."""
        values = (
            self._drafts.get(self.form, self.key) if self._drafts is not None and self.key else None
        )
        self._clear_notes()
        if not values:
            return False
        base = values.pop(BASE, None)
        self._kept = True
        self._timer.blockSignals(True)
        for name, value in values.items():
            widget = self._fields.get(name)
            if widget is None:
                continue
            if isinstance(base, dict) and name in base:
                if value == base[name]:
                    continue  # not changed by the user: what is saved now stays
                saved_now = _value(widget)
                if saved_now != base[name] and saved_now != value:
                    self.conflicts[name] = _shown(widget)
                    self._base[name] = base[name]  # still a conflict when kept again
            _set_value(widget, value)
        self._timer.blockSignals(False)
        self._timer.stop()
        for name, theirs in self.conflicts.items():
            self._note(self._fields[name], theirs)
        return True

    def hold(self) -> None:
        """The save was refused as a whole (the record changed or went meanwhile): keep
        what is typed now, and keep it however the form is closed, until a save succeeds."""
        self._held = True
        self._timer.stop()
        if self._drafts is not None and self.key:
            self._drafts.keep(self.form, self.key, {**self.values(), BASE: self._base})
            self._kept = True

    def cancel(self) -> None:
        """The form was cancelled or closed unsaved: forget the draft, unless a refused
        save ``hold``s it — then keep what is typed now, to be offered back."""
        if self._held:
            self.hold()
        else:
            self.drop()

    def drop(self) -> None:
        """The form was saved (or cancelled with nothing held): forget the draft."""
        self._timer.stop()
        self._clear_notes()
        self._kept = self._held = False
        if self._drafts is not None and self.key:
            self._drafts.drop(self.form, self.key)

    def _note(self, widget: QWidget, theirs: str) -> None:
        """Under ``widget``: someone else saved ``theirs`` meanwhile; the typed text stays."""
        if len(theirs) > 120:
            theirs = theirs[:119] + "…"
        note = QLabel(
            QCoreApplication.translate(
                "FormDraft", "Changed by someone else meanwhile: '%1'; your text is kept here."
            ).replace("%1", theirs, 1)
        )
        note.setObjectName("draft_conflict_note")
        note.setWordWrap(True)
        note.setStyleSheet(NOTE_STYLE)
        note.setTextFormat(Qt.TextFormat.PlainText)
        _place_under(widget, note)
        note.setVisible(widget.isVisibleTo(widget.window()))
        self._notes.append(note)

    def _clear_notes(self) -> None:
        self.conflicts = {}
        for note in self._notes:
            note.hide()
            note.deleteLater()
        self._notes = []


def _place_under(widget: QWidget, note: QLabel) -> None:
    """Put ``note`` in the row under ``widget`` (or beside it, where rows are not ours)."""
    host = widget.parentWidget()
    found = _layout_holding(host.layout(), widget) if host is not None else None
    if found is None:
        note.setParent(host)
        note.move(widget.geometry().bottomLeft())
        note.show()
        return
    layout, outer = found
    if isinstance(outer, QFormLayout):  # a row of its own under the field's row
        row, _role = outer.getLayoutPosition(layout) if layout is not outer else (
            outer.getWidgetPosition(widget))  # fmt: skip
        if row >= 0:
            outer.insertRow(row + 1, "", note)
            return
    if isinstance(layout, QBoxLayout):
        layout.insertWidget(layout.indexOf(widget) + 1, note)
    elif isinstance(layout, QGridLayout):
        row, column, _rows, columns = layout.getItemPosition(layout.indexOf(widget))
        layout.addWidget(note, layout.rowCount(), column, 1, columns)
    else:
        layout.addWidget(note)


def _layout_holding(
    layout: QLayout | None, widget: QWidget, outer: QLayout | None = None
) -> tuple[QLayout, QLayout] | None:
    """The layout that holds ``widget``, and the form layout holding that one if any."""
    if layout is None:
        return None
    if layout.indexOf(widget) >= 0:
        return layout, outer if isinstance(outer, QFormLayout) else layout
    for index in range(layout.count()):
        child = layout.itemAt(index).layout()
        if child is not None:
            found = _layout_holding(child, widget, layout)
            if found is not None:
                return found
    return None


def _shown(widget: QWidget) -> str:
    """How ``widget`` shows its value to the user, for a note quoting it."""
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, QLineEdit | QDateEdit | QSpinBox | QDoubleSpinBox):
        return widget.text()
    if isinstance(widget, QCheckBox):
        return (
            QCoreApplication.translate("FormDraft", "ticked")
            if widget.isChecked()
            else QCoreApplication.translate("FormDraft", "not ticked")
        )
    shown = getattr(widget, "draft_text", None)
    return str(shown()) if callable(shown) else str(_value(widget))


def _speaks_drafts(widget: QWidget) -> bool:
    """Whether ``widget`` keeps its own draft value (a table, a search-and-pick field)."""
    return callable(getattr(widget, "draft_value", None))


def _changed_signal(widget: QWidget) -> Any:
    if _speaks_drafts(widget):
        return widget.draft_signal()  # type: ignore[attr-defined]
    if isinstance(widget, QLineEdit):
        return widget.textEdited
    if isinstance(widget, QPlainTextEdit):
        return widget.textChanged
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QDateEdit):
        return widget.dateChanged
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.valueChanged
    return widget.toggled  # QCheckBox


def _value(widget: QWidget) -> Any:
    if _speaks_drafts(widget):
        return widget.draft_value()  # type: ignore[attr-defined]
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QComboBox):
        data = widget.currentData()
        return {"data": data if isinstance(data, str | int | float | bool) else None,
                "index": widget.currentIndex()}  # fmt: skip
    if isinstance(widget, QDateEdit):
        return widget.date().toString("yyyy-MM-dd")
    if isinstance(widget, QSpinBox | QDoubleSpinBox):
        return widget.value()
    return widget.isChecked()  # type: ignore[attr-defined]


def _set_value(widget: QWidget, value: Any) -> None:
    try:
        if _speaks_drafts(widget):
            widget.set_draft_value(value)  # type: ignore[attr-defined]
        elif isinstance(widget, QLineEdit):
            widget.setText(str(value))
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(str(value))
        elif isinstance(widget, QComboBox) and isinstance(value, dict):
            found = widget.findData(value.get("data")) if value.get("data") is not None else -1
            widget.setCurrentIndex(found if found >= 0 else int(value.get("index", 0)))
        elif isinstance(widget, QDateEdit):
            day = QDate.fromString(str(value), "yyyy-MM-dd")
            if day.isValid():
                widget.setDate(day)
        elif isinstance(widget, QSpinBox):
            widget.setValue(int(value))
        elif isinstance(widget, QDoubleSpinBox):
            widget.setValue(float(value))
        elif isinstance(widget, QCheckBox):
            widget.setChecked(bool(value))
    except (TypeError, ValueError, KeyError, AttributeError):  # from an older form: skip it
        log.info("skipped a draft field that no longer fits the form")
