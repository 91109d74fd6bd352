"""Sentences for the user that services write in English and the GUI shows translated.

Services and the domain never import Qt, yet their sentences (a form field's problem, a
refusal) must reach a Chinese, Vietnamese or Dutch user in that language. Two pieces do it:

- ``QT_TRANSLATE_NOOP("messages", "…")`` returns its text unchanged; ``pyside6-lupdate``
  extracts every call by that name from any Python file, so marking a static sentence needs
  no Qt. The GUI looks the text up with ``QCoreApplication.translate("messages", text)``.
- ``Sentence`` is for sentences with values in them. It *is* its English text (a ``str``, so
  comparisons, logs, tests and ``EditRejected(...)`` keep working unchanged) and also keeps
  the marked ``template`` (with ``%1``, ``%2``… as Qt writes placeholders) and the ``args``,
  already formatted as text, so the GUI can translate the template and put the values back.
  A value that is itself a word or sentence for the user (an account kind, a status, a
  field's name) is passed as a ``Sentence`` too — ``Sentence.of(QT_TRANSLATE_NOOP("messages",
  "branch warehouse"))`` — and is translated with the sentence around it. A number is passed
  as a ``Figure`` (``figure(4000)``, ``figure(amount, 2)``): English "4,000" and "1,234.50",
  shown with the user's own marks ("4.000", "1.234,50" in Vietnamese and Dutch) — "4,000"
  would read as four in those languages. A percentage is passed as a ``Percent``
  (``percent(gap)``, ``domain.percentages``), "%" and all: English "18.0%", Dutch "18,0 %" —
  a template never writes "%" after a placeholder. A day (a ``date``) and a month
  (``Month(day)``) keep their ISO text ("2026-11-21", "2026-10") for logs and
  machine-readable output and are written the user's way where the sentence is shown
  ("21-11-2026", "oktober 2026").

Every marked sentence uses the one context "messages": the same English sentence gets one
translation wherever a service says it.
"""

from __future__ import annotations

import errno
import re
from collections.abc import Callable, Sequence
from datetime import date, datetime
from decimal import Decimal

from acct_desktop.domain.number_marks import remarked
from acct_desktop.domain.percentages import Percent

PLACEHOLDER = re.compile(r"%(\d{1,2})")
WORDLESS = re.compile(r"(?:%\d{1,2}|\s)*")  # a template of placeholders alone: a join
# Chinese and Japanese put no space after a full-width mark (。，；：！？、 and closing
# brackets): sentences in a row are written 。这… not 。 这…
FULL_WIDTH_MARKS = "。．，、；：！？）」』】〉》"
AFTER_FULL_WIDTH = re.compile(rf"(?<=[{FULL_WIDTH_MARKS}])[ \t]+")
# a translated template written in Chinese: an ideograph or a full-width mark in it
CHINESE = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation under ``context`` and return it unchanged."""
    return text


def fill_in(template: str, args: tuple[str, ...]) -> str:
    """``template`` with ``%1``, ``%2``… replaced by ``args`` (unknown numbers stay)."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        return args[index] if 0 <= index < len(args) else match.group(0)

    return PLACEHOLDER.sub(value, template)


def filled_in(template: str, *values: str) -> str:
    """``template`` with ``%1``, ``%2``… replaced by ``values`` in one pass, as QString.arg
    with several arguments does: a value that itself holds "%2" (a URL's ``%2F``, a file
    name) is never replaced again, as a chain of ``.replace("%1", …).replace("%2", …)``
    would."""
    return fill_in(template, values)


class Figure(str):
    """A number in a sentence, written the English way — grouped by commas, a decimal point
    ("4,000", "1,234.50") — that ``rendered`` writes with the user's marks instead."""

    value: int | Decimal
    places: int | None
    grouped: bool

    def __new__(cls, value: int | Decimal, places: int | None = None, grouped: bool = True):
        plain = "f" if isinstance(value, Decimal) else ""  # 40, never 4E+1
        spec = ("," if grouped else "") + (plain if places is None else f".{places}f")
        number = super().__new__(cls, format(value, spec))
        number.value, number.places, number.grouped = value, places, grouped
        return number

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return (Figure, (self.value, self.places, self.grouped))

    def marked(self, marks: tuple[str, str] | None) -> str:
        """This number with ``marks`` = (group separator, decimal point) of a locale."""
        return remarked(str(self), marks)


class Day(str):
    """A date in a sentence, written ISO-style ("2026-11-21") for logs and the command line,
    that ``rendered`` writes the user's way ("21/11/2026", "21-11-2026", "2026/11/21") when
    given a day format. A ``date`` passed to a ``Sentence`` becomes one by itself."""

    value: date

    def __new__(cls, value: date) -> Day:
        day = super().__new__(cls, value.isoformat())
        day.value = value
        return day

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return (Day, (self.value,))


class Month(str):
    """A month in a sentence, written ISO-style ("2026-10") for logs and machine-readable
    output, that ``rendered`` writes the user's way ("October 2026", "2026年10月",
    "tháng 10/2026", "oktober 2026") when given a month format."""

    value: date

    def __new__(cls, value: date) -> Month:
        month = super().__new__(cls, f"{value.year:04d}-{value.month:02d}")
        month.value = value.replace(day=1)
        return month

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return (Month, (self.value,))


class Moment(str):
    """A moment (a day and a time, where the user is) in a sentence, ISO-style
    ("2026-11-25 08:17") for logs, that ``rendered`` writes with the user's day format
    (``day``) and the time ("2026/11/25 08:17", "25/11/2026 08:17"): one date style in a
    sentence that also names days."""

    value: datetime

    def __new__(cls, value: datetime) -> Moment:
        moment = super().__new__(cls, f"{value:%Y-%m-%d %H:%M}")
        moment.value = value
        return moment

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return (Moment, (self.value,))


def in_a_row(*texts: str) -> str:
    """Sentences one after the other as their language writes them: a space between, none
    after a full-width mark (``…签章。这正是…``). The one way sentences are joined."""
    return AFTER_FULL_WIDTH.sub("", " ".join(text for text in texts if text))


def sentences(*parts: str) -> Sentence:
    """``parts`` (sentences, each translated alone: a plain marked text becomes a Sentence
    so that it is looked up in its place) in a row, joined as ``in_a_row`` joins them when
    shown: no template to translate, so no language puts a space where it writes none.
    Empty parts are left out; one part alone is itself."""
    kept = [part if isinstance(part, Sentence) else Sentence(part) for part in parts if part]
    if len(kept) == 1:
        return kept[0]
    return Sentence(" ".join(f"%{number}" for number in range(1, len(kept) + 1)), *kept)


def bracketed(text: object, detail: object) -> Sentence:
    """``text (detail)`` — a name and its organisation or title — with the language's
    brackets (Chinese: ``王经理（安泰润滑油）``)."""
    return Sentence.of(QT_TRANSLATE_NOOP("messages", "%1 (%2)"), text, detail)


def says_code(name: str | None, code: str) -> bool:
    """Whether ``name`` already says ``code`` ("Regio Zuid" says "Zuid", "华南区" says
    "华南"), so "Regio Zuid (Zuid)" need not repeat it."""
    return bool(name) and code.casefold() in (name or "").casefold()


def figure(value: int | Decimal, places: int | None = None, grouped: bool = True) -> Figure:
    """``value`` for a sentence: grouped by thousands (unless ``grouped`` is False: a price
    as ``12.50``), with ``places`` decimals if given."""
    return Figure(value, places, grouped)


class Sentence(str):
    """An English sentence for the user that remembers its marked template and values.

    ``str(sentence)`` (and the sentence itself) is the template with the values in place;
    ``template`` and ``args`` let the GUI translate it. An argument that is a ``Sentence``
    stays one (a translatable word inside the sentence), a ``Figure`` stays one (a number
    to write with the user's marks); any other becomes its ``str``.
    """

    template: str
    args: tuple[str, ...]

    def __new__(cls, template: str, *args: object) -> Sentence:
        texts = tuple(_kept(arg) for arg in args)
        sentence = super().__new__(cls, fill_in(template, texts))
        sentence.template = template
        sentence.args = texts
        return sentence

    @classmethod
    def of(cls, template: str, *args: object) -> Sentence:
        """The sentence ``template`` (marked with QT_TRANSLATE_NOOP) with ``args`` in place."""
        return cls(template, *args)

    def __reduce__(self) -> tuple[object, tuple[object, ...]]:
        return (Sentence, (self.template, *self.args))

    def __repr__(self) -> str:
        return f"Sentence({str.__repr__(self)})"


def _kept(arg: object) -> str:
    """An argument as a Sentence keeps it: words, numbers and days keep what they are."""
    if isinstance(arg, Sentence | Figure | Percent | Day | Month | Moment):
        return arg
    if isinstance(arg, date) and not isinstance(arg, datetime):
        return Day(arg)
    return str(arg)


def rendered(
    message: object,
    translate: Callable[[str], str],
    marks: tuple[str, str] | None = None,
    day: Callable[[date], str] | None = None,
    month: Callable[[date], str] | None = None,
    language: str | None = None,
) -> str:
    """``message`` through ``translate`` (a lookup in the "messages" context): a Sentence's
    template translated with its values put back (values that are Sentences rendered too,
    Figures written with ``marks`` — the locale's group separator and decimal point —,
    Percents as ``language`` writes them (``domain.percentages``) with those marks, Days
    by ``day``, Months by ``month`` and Moments by ``day`` and the time), sentences in a
    row joined as ``in_a_row`` joins them, any other text translated as it is (an
    unmarked text comes back unchanged).

    The one place this recursion lives: the GUI passes Qt's translator, the command line
    its own."""
    if isinstance(message, Sentence):
        values = tuple(_value(arg, translate, marks, day, month, language) for arg in message.args)
        template = message.template
        if WORDLESS.fullmatch(template):  # sentences in a row are never reordered
            return AFTER_FULL_WIDTH.sub("", fill_in(template, values))
        translated = translate(template)
        if CHINESE.search(translated):  # 由 %1 于: no space after a value's closing ）
            return _chinese_fill_in(translated, values)
        return fill_in(translated, values)
    text = str(message)
    return translate(text) if text else text


def _chinese_fill_in(template: str, values: tuple[str, ...]) -> str:
    """``template`` (Chinese) filled in, without the space the translator put after a
    placeholder where its value ends in a full-width mark: ``由 %1 于`` with 王丽华（华润）
    is 由 王丽华（华润）于, not 由 王丽华（华润） 于. A value's own text stays as typed."""

    def value(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        if not 0 <= index < len(values):
            return match.group(0)
        text = values[index]
        return text if text[-1:] in FULL_WIDTH_MARKS else text + match.group(2)

    return re.sub(r"%(\d{1,2})([ \t]*)", value, template)


def _value(
    arg: str,
    translate: Callable[[str], str],
    marks: tuple[str, str] | None,
    day: Callable[[date], str] | None,
    month: Callable[[date], str] | None,
    language: str | None,
) -> str:
    if isinstance(arg, Sentence):
        return rendered(arg, translate, marks, day, month, language)
    if isinstance(arg, Figure):
        return arg.marked(marks)
    if isinstance(arg, Percent):
        return arg.written(language, marks)
    if isinstance(arg, Day) and day is not None:
        return day(arg.value)
    if isinstance(arg, Month) and month is not None:
        return month(arg.value)
    if isinstance(arg, Moment) and day is not None:
        return f"{day(arg.value.date())} {arg.value:%H:%M}"
    return arg


def located_problem(
    line: int,
    column: str | None,
    message: str,
    others: Sequence[int] = (),
    repeats: int = 0,
) -> Sentence:
    """An import problem with where it is, as ``ImportProblem.__str__`` writes it in English:
    ``line 4, column "Price": …`` or ``line 4: …``; ``message`` (a Sentence or a marked
    text) is translated inside it. A problem on ``repeats`` more rows, ``others`` of them
    named, reads ``lines 4, 9, 12 and 310 more, column "Price": …``."""
    if not isinstance(message, Sentence):
        message = Sentence.of(message)  # a marked static text: looked up too
    if repeats <= 0:
        if column:
            return Sentence.of(
                QT_TRANSLATE_NOOP("messages", 'line %1, column "%2": %3'), line, column, message
            )
        return Sentence.of(QT_TRANSLATE_NOOP("messages", "line %1: %2"), line, message)
    lines = listed([str(number) for number in (line, *others)])
    hidden = repeats - len(others)
    if column and hidden > 0:
        return Sentence.of(
            QT_TRANSLATE_NOOP("messages", 'lines %1 and %2 more, column "%3": %4'),
            lines, figure(hidden), column, message,
        )  # fmt: skip
    if column:
        return Sentence.of(
            QT_TRANSLATE_NOOP("messages", 'lines %1, column "%2": %3'), lines, column, message
        )
    if hidden > 0:
        return Sentence.of(
            QT_TRANSLATE_NOOP("messages", "lines %1 and %2 more: %3"),
            lines, figure(hidden), message,
        )  # fmt: skip
    return Sentence.of(QT_TRANSLATE_NOOP("messages", "lines %1: %2"), lines, message)


def counted(number: int, one: str, many: str) -> Sentence:
    """``number`` things as words that agree with it: ``one`` (marked, %1 the number) for 1,
    else ``many`` ("1 account", "12 accounts"), for a sentence that counts them."""
    return Sentence.of(one if number == 1 else many, figure(number))


def duration_text(minutes: int) -> Sentence:
    """How long, the way people say it: ``45 min``, ``2 h``, ``2 h 15 min``; from a day on,
    days and hours (``1 day 5 h``, ``3 days``; the minutes no longer matter)."""
    minutes = max(0, minutes)
    if minutes < 60:
        return Sentence.of(QT_TRANSLATE_NOOP("messages", "%1 min"), figure(minutes))
    hours, rest = divmod(minutes, 60)
    if hours < 24:
        if rest == 0:
            return Sentence.of(QT_TRANSLATE_NOOP("messages", "%1 h"), figure(hours))
        return Sentence.of(
            QT_TRANSLATE_NOOP("messages", "%1 h %2 min"), figure(hours), figure(rest)
        )
    days, hours = divmod(hours, 24)
    if hours == 0:
        return counted(
            days,
            QT_TRANSLATE_NOOP("messages", "%1 day"),
            QT_TRANSLATE_NOOP("messages", "%1 days"),
        )
    return Sentence.of(
        QT_TRANSLATE_NOOP("messages", "%1 day %2 h")
        if days == 1
        else QT_TRANSLATE_NOOP("messages", "%1 days %2 h"),
        figure(days),
        figure(hours),
    )


def listed(items: Sequence[object]) -> str:
    """``a, b, c`` for a sentence, each joint the translatable ``%1, %2`` so that a language
    writes its own list mark (Chinese: ``a、b、c``); one item alone is itself."""
    if not items:
        return ""
    if len(items) == 1:
        return _kept(items[0])
    return Sentence.of(QT_TRANSLATE_NOOP("messages", "%1, %2"), items[0], listed(items[1:]))


def listed_some(items: Sequence[object], shown: int = 5) -> str:
    """``a, b, c and 4 more`` (the first ``shown`` items listed) for a sentence."""
    more = len(items) - shown
    if more <= 0:
        return listed(items)
    return Sentence.of(
        QT_TRANSLATE_NOOP("messages", "%1 and %2 more"), listed(items[:shown]), figure(more)
    )


def more_problems(count: int) -> Sentence:
    """``… and 12 more`` below a list of problems cut short."""
    return Sentence.of(QT_TRANSLATE_NOOP("messages", "… and %1 more"), figure(count))


def file_problem(exc: OSError) -> str:
    """Why a file or folder could not be read or written, as words for a sentence
    ("%1 could not be read: %2"): the common kinds in a Sentence to translate, any other in
    the system's own words (``strerror`` is English, or the system's language on Windows)."""
    if isinstance(exc, FileNotFoundError):
        return Sentence.of(QT_TRANSLATE_NOOP("messages", "no such file or folder"))
    if isinstance(exc, IsADirectoryError):
        return Sentence.of(QT_TRANSLATE_NOOP("messages", "it is a folder, not a file"))
    if isinstance(exc, NotADirectoryError):
        return Sentence.of(QT_TRANSLATE_NOOP("messages", "a part of the path is not a folder"))
    if isinstance(exc, PermissionError):  # on Windows also a file open in another program
        return Sentence.of(QT_TRANSLATE_NOOP("messages", "access is denied"))
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return Sentence.of(QT_TRANSLATE_NOOP("messages", "the disk is full"))
    if exc.errno == errno.EROFS:
        return Sentence.of(QT_TRANSLATE_NOOP("messages", "the disk is read-only"))
    return exc.strerror or str(exc)
