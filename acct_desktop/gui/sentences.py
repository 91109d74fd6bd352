"""Showing the services' sentences in the GUI's language.

Services mark their sentences with ``QT_TRANSLATE_NOOP("messages", …)`` or build a
``Sentence`` (acct_desktop/domain/sentences.py); here they go through the translator under
the "messages" context. A text nobody marked comes back as it is (English).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from acct_desktop.domain.sentences import Sentence, fill_in

CONTEXT = "messages"


def user_text(message: object) -> str:
    """``message`` in the GUI's language: a Sentence's template translated with its values
    put back, any other text translated when it is a marked sentence."""
    if isinstance(message, Sentence):
        return fill_in(QCoreApplication.translate(CONTEXT, message.template), message.args)
    text = str(message)
    return QCoreApplication.translate(CONTEXT, text) if text else text


def exception_text(exc: BaseException) -> str:
    """What a refusal (EditRejected and friends) says, in the GUI's language.

    ``str(exc)`` would turn a Sentence back into a plain string, so the first argument is
    translated when there is one.
    """
    return user_text(exc.args[0] if exc.args else str(exc))
