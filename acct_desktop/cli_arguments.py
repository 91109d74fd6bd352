"""Values typed on the command line that every command reads the same way: a day
(``--date``, ``--from``, ``--to``, ``--today``), a month (``--month``), a number
(``--qty``, ``--volume``, ``--percent``, ``--last-year``) and the file an ``--out`` names.

A number is read the way this run's language writes it (``cli_language.typed_number``:
``2,125`` is 2.125 with ``--lang nl``, and 2125 in English); a script's ``2.5`` is read in
every language, and what could be read two ways (``1.250`` in Dutch) is refused, never
guessed: ``--qty: “1.250” can be read two ways; write 1250 for the whole number or 1,250
for the decimals.``

A day or month that cannot be read is refused in one sentence naming the option and what
is wrong with it: ``--month 2026-13: there is no month 13; months are 1 to 12.``,
``--to 2026-02-30: 2026-02 has no day 30; it has 28 days.``, else ``--date must be a day
like 2026-11-02, not 'soon'.`` (``ArgumentRefused``; ``cli.main`` prints it as
``error: …`` with exit code 2).

``--out`` names a file. Where it names a folder instead — one that exists, or any path
ending in a separator (``--out reports/``) — the file goes into that folder under the name
the command gives it (the one the GUI proposes when saving: ``monthly-summary-2026-10.pdf``,
``accounts.csv``). A missing folder is made, as for a file in a folder that does not exist
yet. Never a file named like the folder.
"""

from __future__ import annotations

import calendar
import errno
import os
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from acct_desktop.cli_language import error_text, file_problem_text, say, typed_number
from acct_desktop.domain.numbers import NumberFormatError
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP

DAY_EXAMPLE = "2026-11-02"
MONTH_EXAMPLE = "2026-10"
_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
SEPARATORS = tuple({"/", os.sep, os.altsep or "/"})


# --out's help for the printed documents (a folder gets the document's own file name)
OUT_HELP = QT_TRANSLATE_NOOP("cli", "the file, or a folder for it (named after the document)")


class ArgumentRefused(ValueError):
    """A value on the command line that cannot be used; the message is one sentence in
    this run's language."""


def header_row_argument(text: str | None) -> int | None:
    """``--header-row 3``: the line of an imported file that holds its column names (None
    when not given), or ``ArgumentRefused``."""
    if text is None:
        return None
    if text.strip().isdigit() and int(text) >= 1:
        return int(text)
    raise ArgumentRefused(
        say(
            QT_TRANSLATE_NOOP(
                "cli",
                "--header-row takes the number of the row that holds the column names, such "
                'as 3, not "%1".',
            ),
            text,
        )
    )


# -- days and months ------------------------------------------------------------------------


def day_argument(flag: str, text: str, example: str = DAY_EXAMPLE) -> date:
    """The day ``text`` names (``2026-11-02``; ISO's other spellings too), or
    ``ArgumentRefused`` saying what is wrong with it: no month 13, no 30 February, or not
    a day at all."""
    typed = text.strip()
    try:
        return date.fromisoformat(typed)
    except ValueError:
        pass
    shaped = _DAY.fullmatch(typed)
    if shaped:
        year, month, day = (int(part) for part in shaped.groups())
        _check_month(flag, typed, year, month)
        last = calendar.monthrange(year, month)[1]
        if 1 <= day <= last:  # 2026-1-5: a day all the same
            return date(year, month, day)
        raise ArgumentRefused(
            say(
                QT_TRANSLATE_NOOP("cli", "%1 %2: %3 has no day %4; it has %5 days."),
                flag,
                typed,
                f"{year:04d}-{month:02d}",
                day,
                last,
            )
        )
    raise ArgumentRefused(
        say(
            QT_TRANSLATE_NOOP("cli", "%1 must be a day like %2, not %3."), flag, example, repr(text)
        )
    )


def month_argument(flag: str, text: str) -> date:
    """The first day of the month ``text`` names (``2026-10``), or ``ArgumentRefused``
    saying what is wrong with it (no month 13, or not a month at all)."""
    typed = text.strip()
    shaped = _MONTH.fullmatch(typed)
    if shaped:
        year, month = (int(part) for part in shaped.groups())
        _check_month(flag, typed, year, month)
        return date(year, month, 1)
    raise ArgumentRefused(
        say(
            QT_TRANSLATE_NOOP("cli", "%1 must be a month like %2, not %3."),
            flag,
            MONTH_EXAMPLE,
            repr(text),
        )
    )


def _check_month(flag: str, typed: str, year: int, month: int) -> None:
    if not 1 <= month <= 12:
        raise ArgumentRefused(
            say(
                QT_TRANSLATE_NOOP("cli", "%1 %2: there is no month %3; months are 1 to 12."),
                flag,
                typed,
                month,
            )
        )
    if year < 1:
        raise ArgumentRefused(
            say(QT_TRANSLATE_NOOP("cli", "%1 %2: there is no year 0."), flag, typed)
        )


# -- numbers --------------------------------------------------------------------------------


def number_argument(flag: str, text: str) -> Decimal:
    """The number ``text`` is in this run's language (see the module docstring), or
    ``ArgumentRefused`` naming ``flag`` and saying what is wrong with it
    (``--qty: “many” is not a number.``)."""
    try:
        return typed_number(text)
    except NumberFormatError as exc:
        raise ArgumentRefused(
            say(QT_TRANSLATE_NOOP("cli", "%1: %2"), flag, error_text(exc))
        ) from None


# -- --out ----------------------------------------------------------------------------------


class OutPath:
    """What ``--out`` was given (``type=OutPath``): a file, or a folder for the file to go
    into under the command's own name for it (``file``)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.path = Path(text).expanduser()

    def __repr__(self) -> str:
        return f"OutPath({self.text!r})"

    def __str__(self) -> str:
        return self.text

    def names_folder(self) -> bool:
        """An existing folder, or a path ending in a separator (a folder, whether or not
        it exists yet)."""
        return self.text.endswith(SEPARATORS) or self.path.is_dir()

    @property
    def suffix(self) -> str:
        """The file's suffix in lower case (``.xlsx``); "" for a folder."""
        return "" if self.names_folder() else self.path.suffix.lower()

    def file(self, name: str | Callable[[], str]) -> Path:
        """The file to write: ``--out`` itself, or ``name`` in the folder it names. The
        folder it goes into is made when missing; ``ArgumentRefused`` when it cannot be
        (a file of that name is in the way, no permission)."""
        if self.names_folder():
            folder = self.path
            target = folder / (name() if callable(name) else name)
        else:
            folder, target = self.path.parent, self.path
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except FileExistsError:  # a file stands where the folder should be
            problem = NotADirectoryError(errno.ENOTDIR, os.strerror(errno.ENOTDIR))
            raise OutPathRefused(target, file_problem_text(problem)) from None
        except OSError as exc:
            raise OutPathRefused(target, file_problem_text(exc)) from None
        return target


class OutPathRefused(ArgumentRefused):
    """The folder ``--out``'s file goes into cannot be made: ``target`` and ``reason`` (in
    this run's language) for a command that says more around them."""

    def __init__(self, target: Path, reason: str) -> None:
        super().__init__(
            say(QT_TRANSLATE_NOOP("cli", "%1 cannot be written (%2)."), target, reason)
        )
        self.target, self.reason = target, reason
