"""Showing the services' sentences in the GUI's language.

Services mark their sentences with ``QT_TRANSLATE_NOOP("messages", …)`` or build a
``Sentence`` (acct_desktop/domain/sentences.py); here they go through the translator under
the "messages" context. A text nobody marked comes back as it is (English).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, fill_in
from acct_desktop.services.imports.problems import ImportProblem

CONTEXT = "messages"

# The frames of an import problem (ImportProblem.__str__ in English), marked for lupdate.
QT_TRANSLATE_NOOP("messages", 'line %1, column "%2": %3')
QT_TRANSLATE_NOOP("messages", "line %1: %2")
QT_TRANSLATE_NOOP("messages", "… and %1 more")


def user_text(message: object) -> str:
    """``message`` in the GUI's language: a Sentence's template translated with its values
    put back (values that are Sentences translated too), any other text translated when it
    is a marked sentence."""
    if isinstance(message, Sentence):
        values = tuple(user_text(arg) if isinstance(arg, Sentence) else arg for arg in message.args)
        return fill_in(QCoreApplication.translate(CONTEXT, message.template), values)
    text = str(message)
    return QCoreApplication.translate(CONTEXT, text) if text else text


def exception_text(exc: BaseException) -> str:
    """What a refusal (EditRejected and friends) says, in the GUI's language.

    ``str(exc)`` would turn a Sentence back into a plain string, so the first argument is
    translated when there is one.
    """
    return user_text(exc.args[0] if exc.args else str(exc))


def problem_text(problem: ImportProblem) -> str:
    """One import problem in the GUI's language: where it is (line, column header as in the
    file) and what is wrong, in the shapes of ``ImportProblem.__str__``."""
    message = user_text(problem.message)
    if problem.column:
        template = QCoreApplication.translate(CONTEXT, 'line %1, column "%2": %3')
        return fill_in(template, (str(problem.line), problem.column, message))
    template = QCoreApplication.translate(CONTEXT, "line %1: %2")
    return fill_in(template, (str(problem.line), message))


def more_problems_text(count: int) -> str:
    """``… and 12 more`` below a list of problems cut short, in the GUI's language."""
    return fill_in(QCoreApplication.translate(CONTEXT, "… and %1 more"), (f"{count:,}",))
