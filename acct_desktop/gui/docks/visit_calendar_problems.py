"""What the visit calendar says about each visit's conflicts (the ⚠ on a block, the words
in its tooltip and, in the day view, under its name): overlaps, hours, days off, closed days
— and a visit that cannot be reached in time from the one before it ("cannot be reached in
time from Vestiging Arnhem-Centrum: 1 h 44 min drive, 1 h between"), by the planner's own
travel rule (domain.visit_legs)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication

from acct_desktop.domain.sentences import Sentence, duration_text
from acct_desktop.domain.visit_conflicts import Conflict, ConflictKind
from acct_desktop.gui.labels import QT_TRANSLATE_NOOP
from acct_desktop.gui.sentences import user_text

PROBLEM_WORDS = {
    ConflictKind.OVERLAP: QT_TRANSLATE_NOOP("calendar", "overlaps another visit"),
    ConflictKind.OUTSIDE_HOURS: QT_TRANSLATE_NOOP("calendar", "outside working hours"),
    ConflictKind.DAY_OFF: QT_TRANSLATE_NOOP("calendar", "on a day off"),
    ConflictKind.CLOSED_DAY: QT_TRANSLATE_NOOP("calendar", "the customer is closed that day"),
    ConflictKind.OUTSIDE_VISITING_HOURS: QT_TRANSLATE_NOOP(
        "calendar", "outside the customer's visiting hours"
    ),
}
TOO_FAR = QT_TRANSLATE_NOOP("messages", "cannot be reached in time from %1: %2 drive, %3 between")


def problem_words(
    found: Iterable[Conflict], names: Mapping[uuid.UUID, str]
) -> dict[uuid.UUID, list[str]]:
    """Each visit's conflicts in the GUI's language, once each (``names``: the visits'
    account names, for the visit a leg comes from)."""
    said: dict[uuid.UUID, list[str]] = {}
    for conflict in found:
        if conflict.kind is ConflictKind.TOO_FAR:
            words = user_text(
                Sentence.of(
                    TOO_FAR,
                    names.get(conflict.other, "?"),  # type: ignore[arg-type]
                    duration_text(conflict.drive_minutes or 0),
                    duration_text(max(0, conflict.free_minutes or 0)),
                )
            )
        else:
            words = QCoreApplication.translate("calendar", PROBLEM_WORDS[conflict.kind])
        listed = said.setdefault(conflict.visit, [])  # type: ignore[arg-type]
        if words not in listed:
            listed.append(words)
    return said
