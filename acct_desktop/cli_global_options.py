"""The app-wide ``--db`` written before the command (``acct-desktop --db demo.acctdb info``,
``acct-desktop --db g5.acctdb quotes list``) is the command's own ``--db``.

argparse reads a command's options with the command's parser alone: the ``--db`` it needs
(``required``) is not seen when it stands before the command's name, and a command's
``--db`` default would hide it anyway. ``command_reads_global_db`` hands it on: the
command line with ``--db PATH`` repeated just after the command's name (the innermost one,
``quotes list``), when that command takes ``--db`` and was not given one of its own. Its
own, written after its name, wins.
"""

from __future__ import annotations

import argparse

# the app-wide options written before a command that take a value
_VALUED = ("--db", "--lang")


def command_reads_global_db(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """``argv`` with the app-wide ``--db`` handed on to the command (see the module
    docstring); ``argv`` unchanged when there is none, no command, or the command does not
    take ``--db``."""
    db, at = None, 0
    while at < len(argv):
        word = argv[at]
        if word == "--":
            return argv
        if word in _VALUED:
            if word == "--db" and at + 1 < len(argv):
                db = argv[at + 1]
            at += 2
            continue
        if word.startswith("--db="):
            db = word.split("=", 1)[1]
        elif not word.startswith("-"):
            break
        at += 1
    if db is None or at >= len(argv):
        return argv
    command, end = _command(parser, argv, at)
    if command is None or "--db" not in command._option_string_actions:
        return argv
    rest = argv[end:]
    if any(word == "--db" or word.startswith("--db=") for word in rest):
        return argv  # its own --db wins
    return [*argv[:end], "--db", db, *rest]


def _command(
    parser: argparse.ArgumentParser, argv: list[str], at: int
) -> tuple[argparse.ArgumentParser | None, int]:
    """The innermost command's parser named from ``argv[at]`` on, and where its own words
    begin; None when ``argv[at]`` names no command."""
    found, end = None, at
    current = parser
    while end < len(argv):
        choices = _commands(current)
        if not choices or argv[end] not in choices:
            break
        current = found = choices[argv[end]]
        end += 1
    return found, end


def _commands(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}
