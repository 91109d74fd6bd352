"""What an import reports: problems with line and column, rejection, cancellation, summary."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from acct_desktop.domain.enum_words import WORDS
from acct_desktop.domain.enums import Channel
from acct_desktop.domain.sentences import (
    QT_TRANSLATE_NOOP,
    Sentence,
    counted,
    figure,
    listed,
    located_problem,
)
from acct_desktop.domain.sentences import sentences as in_a_row_sentence

MAX_LISTED_PROBLEMS = 1000
OTHER_LINES_NAMED = 4  # of a problem repeated down a column: its first line and these

ProgressCallback = Callable[[int, int], object]


@dataclass(frozen=True, slots=True, order=True)
class ImportProblem:
    """One thing to fix in the file: its source line, column header (None for the whole
    row or file) and a sentence saying what is wrong."""

    line: int
    column: str | None
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}"
        if self.column:
            where += f', column "{self.column}"'
        return f"{where}: {self.message}"

    @property
    def rows(self) -> int:
        """How many rows have this problem."""
        return 1


@dataclass(frozen=True, slots=True, order=True)
class RepeatedProblem(ImportProblem):
    """One problem on many rows (an unknown account code down 400 rows of an ERP export):
    its first line, a few ``others``, and ``repeats`` — how many more rows in all."""

    others: tuple[int, ...] = ()
    repeats: int = 0

    def __str__(self) -> str:
        return str(located_problem(self.line, self.column, self.message, self.others, self.repeats))

    @property
    def rows(self) -> int:
        return 1 + self.repeats


class ImportRejected(ValueError):
    """The file has problems; nothing was written. ``problems`` lists them by line (at most
    ``MAX_LISTED_PROBLEMS``, a problem repeated down a column once); ``total`` counts the
    problems of every row, ``unlisted`` those not in the list."""

    def __init__(
        self,
        name: str,
        problems: Iterable[ImportProblem],
        total: int | None = None,
        column_order: Mapping[str, int] | None = None,
        missing: Mapping[str, int] | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        """``missing``: how many different codes the file names that the database does not
        have, by what they are ({"accounts": 3}): records to import before this file.
        ``details``: what the advice below the problems needs, by kind (``"measure
        column"``: the header of a column holding measures that is not read as one;
        ``"months"``: see ``sales_months.StrayMonths``; ``"amount column"``: the header of
        the column read as the amount that holds quantities, ``"amount instead"`` the one
        column left whose header names an amount, ``"quantity free"`` no column read as the
        quantity: see ``sales_amounts``; ``"measure word"``: the first word of the file's
        measure column that is no measure, for the advice's example; ``"header row"``: the
        line read as the column names, when the columns could not be mapped)."""
        order = column_order or {}
        self.missing = dict(missing or {})
        self.details = dict(details or {})
        self.problems = sorted(problems, key=lambda p: (p.line, order.get(p.column or "", -1)))
        listed = sum(p.rows for p in self.problems)
        self.total = max(total or 0, listed)
        self.unlisted = self.total - listed
        if self.total == 1:
            template = QT_TRANSLATE_NOOP(
                "messages",
                "%1 was not imported: %2 problem found. Nothing was written; "
                "correct the file and import it again.",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "messages",
                "%1 was not imported: %2 problems found. Nothing was written; "
                "correct the file and import it again.",
            )
        super().__init__(Sentence.of(template, name, figure(self.total)))


def error_sentence(error: BaseException) -> str:
    """The sentence a parser's ``ValueError`` carries, kept a ``Sentence`` when it is one
    (``str(error)`` would turn it into a plain string the GUI cannot translate)."""
    if error.args and isinstance(error.args[0], str) and len(error.args) == 1:
        return error.args[0]
    return str(error)


def database_changed(name: str, detail: str) -> Sentence:
    """The sentence of an ImportConflict: someone's insert of the same key got in first."""
    return Sentence.of(
        QT_TRANSLATE_NOOP(
            "messages",
            "%1 was not imported: the database changed while it was being imported (%2). "
            "Nothing was written; import it again.",
        ),
        name,
        detail,
    )


def database_refused(name: str, detail: str) -> Sentence:
    """The sentence of an ImportConflict: the database refused the changes."""
    return Sentence.of(
        QT_TRANSLATE_NOOP(
            "messages",
            "%1 was not imported: the database refused the changes (%2). Nothing was written.",
        ),
        name,
        detail,
    )


class ImportCancelled(Exception):
    """Raised by a progress callback to stop an import; nothing is written."""


class ImportConflict(ValueError):
    """The database changed under the import (another user's edit); nothing was written."""


class ProblemList:
    """Collects problems: one problem found on many rows (the same message in the same
    column) is kept once with its lines; at most ``MAX_LISTED_PROBLEMS`` different problems
    are kept, the rest counted."""

    def __init__(self) -> None:
        self.total = 0
        self.column_order: dict[str, int] = {}  # headers left to right, for sorting
        # (column, message) → (its first lines, smallest first; [rows in all])
        self._found: dict[tuple[str | None, str], tuple[list[int], list[int]]] = {}

    def add(self, line: int, column: str | None, message: str) -> None:
        self.add_repeated((line,), 1, column, message)

    def add_repeated(
        self, lines: Sequence[int], rows: int, column: str | None, message: str
    ) -> None:
        """One problem on ``rows`` rows, the first of them at ``lines``."""
        self.total += rows
        key = (column, message)
        found = self._found.get(key)
        if found is None:
            if len(self._found) >= MAX_LISTED_PROBLEMS:
                return  # counted, not listed
            self._found[key] = (sorted(lines)[: 1 + OTHER_LINES_NAMED], [rows])
            return
        named, count = found
        named[:] = sorted({*named, *lines})[: 1 + OTHER_LINES_NAMED]
        count[0] += rows

    @property
    def items(self) -> list[ImportProblem]:
        """The different problems, each with its lines."""
        return [
            RepeatedProblem(named[0], column, message, tuple(named[1:]), count[0] - 1)
            if count[0] > 1
            else ImportProblem(named[0], column, message)
            for (column, message), (named, count) in self._found.items()
        ]

    def __bool__(self) -> bool:
        return self.total > 0

    def reject_if_any(
        self,
        name: str,
        missing: Mapping[str, int] | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        """Raise ``ImportRejected`` when anything was collected (``missing``, ``details``:
        see there)."""
        if self.total:
            raise ImportRejected(name, self.items, self.total, self.column_order, missing, details)


class Progress:
    """Reports ``(done, total)`` to the caller's callback; the callback may raise to cancel.

    Each row counts twice: once when it is checked and once when it is written.
    """

    def __init__(self, callback: ProgressCallback | None, rows: int) -> None:
        self.callback = callback
        self.rows = rows
        self.total = 2 * rows

    def checked(self, done: int) -> None:
        if self.callback is not None:
            self.callback(min(done, self.rows), self.total)

    def written(self, done: int) -> None:
        if self.callback is not None:
            self.callback(self.rows + min(done, self.rows), self.total)

    def checking(self, fraction: float) -> None:
        """Checking is ``fraction`` (0 to 1) done."""
        self.checked(round(fraction * self.rows))

    def writing(self, fraction: float) -> None:
        """Writing is ``fraction`` (0 to 1) done."""
        self.written(round(fraction * self.rows))


@dataclass(frozen=True)
class ImportSummary:
    """What an import did (for the status line and for refreshing views)."""

    entity: str  # "accounts" or "contacts"
    rows: int
    created: int
    updated: int
    unchanged: int
    encoding: str | None = None
    delimiter: str | None = None
    ignored_columns: tuple[str, ...] = ()
    territories_created: tuple[str, ...] = ()
    changed_ids: frozenset[uuid.UUID] = field(default_factory=frozenset)
    # (field, value, how many): the defaults new records were given ("channel", "chain_store", 21)
    defaults: tuple[tuple[str, str, int], ...] = ()
    fields_changed: int = 0  # values the updated records changed (an empty cell changes none)
    values_kept: int = 0  # stored values an empty cell of the file left as they were
    backup: str | None = None  # the copy of the database taken before records were updated

    def describe(self) -> str:
        """One sentence for the user (a ``Sentence``; more sentences follow for new
        territories and columns not imported)."""
        records = RECORDS.get(self.entity)
        read = counted(self.rows, *records) if records else f"{figure(self.rows)} {self.entity}"
        first = Sentence.of(
            SUMMARY, read, figure(self.created), figure(self.updated), figure(self.unchanged)
        )
        parts: list[str] = [first]
        if self.updated:
            parts.append(
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "%1 changed."),
                    counted(self.fields_changed, *FIELDS),
                )
            )
        if self.values_kept:
            parts.append(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages", "Empty cells left %1 as stored (edit a record to clear one)."
                    ),
                    counted(self.values_kept, *FIELDS),
                )
            )
        if self.territories_created:
            names = list(self.territories_created)
            more = len(names) - 5
            if more > 0:
                parts.append(
                    Sentence.of(
                        QT_TRANSLATE_NOOP("messages", "New territories: %1 and %2 more."),
                        listed(names[:5]),
                        more,
                    )
                )
            else:
                parts.append(
                    Sentence.of(
                        QT_TRANSLATE_NOOP("messages", "New territories: %1."), listed(names)
                    )
                )
        parts += [default_given(self.entity, *given) for given in self.defaults]
        if self.backup is not None:
            parts.append(kept_as_backup(self.backup))
        if self.ignored_columns:
            parts.append(columns_not_imported(self.ignored_columns))
        return one_after_another(parts)


FIELDS = (QT_TRANSLATE_NOOP("messages", "%1 value"), QT_TRANSLATE_NOOP("messages", "%1 values"))


def kept_as_backup(path: str) -> Sentence:
    """The sentence naming the copy taken before an import changed stored records."""
    return Sentence.of(
        QT_TRANSLATE_NOOP(
            "messages", "The database as it was before this import is kept as a backup (%1)."
        ),
        path,
    )


# what a new account got for a field its row left empty (one form, many forms)
_DEFAULTS = {
    "channel": (
        QT_TRANSLATE_NOOP("messages", "%1 without a channel was set to %2."),
        QT_TRANSLATE_NOOP("messages", "%1 without a channel were set to %2."),
    ),
    "tier": (
        QT_TRANSLATE_NOOP("messages", "%1 without a tier was set to tier %2."),
        QT_TRANSLATE_NOOP("messages", "%1 without a tier were set to tier %2."),
    ),
    "currency": (
        QT_TRANSLATE_NOOP("messages", "%1 without a currency was set to %2."),
        QT_TRANSLATE_NOOP("messages", "%1 without a currency were set to %2."),
    ),
}


def default_given(entity: str, field: str, value: str, count: int) -> Sentence:
    """``21 accounts without a channel were set to chain store.``"""
    one, many = _DEFAULTS[field]
    shown: str = value
    if field == "channel":
        shown = Sentence.of(WORDS[Channel][Channel(value)])
    return Sentence.of(one if count == 1 else many, counted(count, *RECORDS[entity]), shown)


# "12 accounts read: …": the records counted in words that agree with the number.
SUMMARY = QT_TRANSLATE_NOOP("messages", "%1 read: %2 created, %3 updated, %4 unchanged.")
RECORDS = {
    "accounts": (
        QT_TRANSLATE_NOOP("messages", "%1 account"),
        QT_TRANSLATE_NOOP("messages", "%1 accounts"),
    ),
    "contacts": (
        QT_TRANSLATE_NOOP("messages", "%1 contact"),
        QT_TRANSLATE_NOOP("messages", "%1 contacts"),
    ),
    "products": (
        QT_TRANSLATE_NOOP("messages", "%1 product"),
        QT_TRANSLATE_NOOP("messages", "%1 products"),
    ),
    "price policies": (
        QT_TRANSLATE_NOOP("messages", "%1 price policy"),
        QT_TRANSLATE_NOOP("messages", "%1 price policies"),
    ),
    "rebate agreements": (
        QT_TRANSLATE_NOOP("messages", "%1 rebate agreement"),
        QT_TRANSLATE_NOOP("messages", "%1 rebate agreements"),
    ),
    "sales facts": (
        QT_TRANSLATE_NOOP("messages", "%1 sales fact"),
        QT_TRANSLATE_NOOP("messages", "%1 sales facts"),
    ),
}


def columns_not_imported(columns: Iterable[str]) -> Sentence:
    """``Columns not imported: Fax, Remark.`` after an import's summary."""
    return Sentence.of(
        QT_TRANSLATE_NOOP("messages", "Columns not imported: %1."), listed(list(columns))
    )


def is_row(text: str) -> bool:
    """Whether ``text`` is sentences in a row made by ``one_after_another`` (to add more)."""
    return (
        isinstance(text, Sentence)
        and len(text.args) > 1
        and text.template == " ".join(f"%{n}" for n in range(1, len(text.args) + 1))
    )


def one_after_another(sentences: list[str]) -> str:
    """Sentences in a row (``domain.sentences.sentences``), each still translatable on its
    own."""
    if len(sentences) == 1:
        return sentences[0]
    return in_a_row_sentence(*sentences)
