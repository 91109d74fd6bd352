"""Showing the services' sentences in the GUI's language.

Services mark their sentences with ``QT_TRANSLATE_NOOP("messages", …)`` or build a
``Sentence`` (acct_desktop/domain/sentences.py); here they go through the translator under
the "messages" context. A text nobody marked comes back as it is (English).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale

from acct_desktop.domain.sentences import (
    file_problem,
    listed,
    located_problem,
    more_problems,
    rendered,
)
from acct_desktop.gui.i18n import language_of
from acct_desktop.gui.labels import format_day, locale_marks
from acct_desktop.reporting.document_labels import format_month
from acct_desktop.services.imports.problems import ImportProblem

CONTEXT = "messages"


def listed_text(items: Iterable[object]) -> str:
    """``a, b, c`` in the GUI's language: its own list mark (Chinese ``a、b、c``)."""
    return user_text(listed(list(items)))


def user_text(message: object) -> str:
    """``message`` in the GUI's language: a Sentence's template translated with its values
    put back (values that are Sentences translated too, numbers with the locale's grouping
    and decimal marks, percentages as the language writes them), any other text translated
    when it is a marked sentence."""
    locale = QLocale()
    return rendered(
        message,
        _translate,
        locale_marks(locale),
        lambda day: format_day(day, locale),  # as every cell
        month_words,
        language_of(locale),  # a percentage as the language writes it (12,5 % in Dutch)
    )


def month_words(month: date) -> str:
    """A month in the GUI's language as a sentence writes it (October 2026, 2026年10月,
    tháng 10/2026, oktober 2026), as the command line writes it."""
    return format_month(language_of(QLocale()), month)


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def file_problem_text(exc: OSError) -> str:
    """Why a file could not be read or written, in the GUI's language: no such file, access
    denied, a folder, a full disk … in our words; any other as the system says it."""
    return user_text(file_problem(exc))


def exception_text(exc: BaseException) -> str:
    """What a refusal (EditRejected and friends) says, in the GUI's language.

    ``str(exc)`` would turn a Sentence back into a plain string, so the first argument is
    translated when there is one.
    """
    return user_text(exc.args[0] if exc.args else str(exc))


def problem_text(problem: ImportProblem) -> str:
    """One import problem in the GUI's language: where it is (line, column header as in the
    file) and what is wrong, in the shapes of ``ImportProblem.__str__``; a problem that says
    itself as a sentence (a vCard's, by card number) through that sentence."""
    said = getattr(problem, "sentence", None)
    if callable(said):
        return user_text(said())
    return user_text(
        located_problem(
            problem.line,
            problem.column,
            problem.message,
            getattr(problem, "others", ()),
            getattr(problem, "repeats", 0),
        )
    )


def more_problems_text(count: int) -> str:
    """``… and 12 more`` below a list of problems cut short, in the GUI's language."""
    return user_text(more_problems(count))
