"""What the command line asks the user to type: a database's recovery key (``key
recover``) and a server database's password (``password``), typed at the terminal without
echo, or read from the first line of standard input with ``--stdin``.

Without a terminal (a script, a service, ``</dev/null``) getpass would read standard input
with echo, or end in EOFError; here that is refused with ``NothingTyped`` and a sentence
saying what to do instead, as is an empty answer or an empty standard input. The caller
prints it as ``error: …`` and exits 2; nothing is changed.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass

from acct_desktop.cli_language import say
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP


class NothingTyped(Exception):
    """No answer to read; the message, in this run's language, says why and what to do."""


@dataclass(frozen=True)
class Question:
    prompt: str
    no_terminal: str
    not_typed: str
    not_piped: str


RECOVERY_KEY = Question(
    QT_TRANSLATE_NOOP("cli", "Recovery key: "),
    QT_TRANSLATE_NOOP(
        "cli",
        "There is no terminal to type the recovery key at: run the command in a terminal, "
        "or pipe the key in with --stdin.",
    ),
    QT_TRANSLATE_NOOP("cli", "No recovery key was typed; nothing was changed."),
    QT_TRANSLATE_NOOP(
        "cli",
        "Standard input held no recovery key (--stdin reads its first line); nothing was changed.",
    ),
)
PASSWORD = Question(
    QT_TRANSLATE_NOOP("cli", "Password: "),
    QT_TRANSLATE_NOOP(
        "cli",
        "There is no terminal to type the password at: run the command in a terminal, or "
        "pipe the password in with --stdin.",
    ),
    QT_TRANSLATE_NOOP("cli", "No password was typed; nothing was stored."),
    QT_TRANSLATE_NOOP(
        "cli",
        "Standard input held no password (--stdin reads its first line); nothing was stored.",
    ),
)


def answer(question: Question, *, from_stdin: bool) -> str:
    """The answer typed at the terminal (``from_stdin``: standard input's first line, its
    line break removed); ``NothingTyped`` when there is none."""
    if from_stdin:
        text = _first_line()
        if not text:
            raise NothingTyped(say(question.not_piped))
        return text
    text = _typed(question)
    if not text:
        raise NothingTyped(say(question.not_typed))
    return text


def _first_line() -> str:
    if sys.stdin is None:  # closed (<&-), or the windowed program: nothing to read
        return ""
    try:
        return sys.stdin.readline().rstrip("\r\n")
    except (OSError, ValueError):  # ValueError: a closed file
        return ""


def _typed(question: Question) -> str:
    import getpass
    import warnings

    with warnings.catch_warnings():
        # getpass warns, then reads standard input with echo, when there is no terminal
        warnings.simplefilter("error", getpass.GetPassWarning)
        try:
            return getpass.getpass(say(question.prompt))
        except getpass.GetPassWarning:
            raise NothingTyped(say(question.no_terminal)) from None
        except EOFError:  # Ctrl+D (Ctrl+Z on Windows), or the terminal went away
            if sys.stderr is not None:
                print(file=sys.stderr)  # the refusal on a line of its own, not after the prompt
            return ""
