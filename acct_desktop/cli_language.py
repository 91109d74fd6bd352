"""The command line's language: which one (``--lang``, else View → Language, else the
system's) and its sentences translated from the same compiled catalogues as the GUI's.

The CLI's own sentences are marked ``QT_TRANSLATE_NOOP("cli", "…")`` at the call site
(``pyside6-lupdate`` extracts them; installer/translations.py reads the CLI files) and
shown with ``say(template, *values)``; the services' sentences (context "messages",
``Sentence`` or marked text) with ``message_text`` and ``error_text``.

A day in a sentence is written the language's way (``day_text``: 25-11-2026 in Dutch,
25/11/2026 in Vietnamese, 2026年11月25日 in Chinese, as the documents it prints write it);
English keeps ISO 2026-11-25. ``say`` writes a ``date`` value so, and ``message_text``
the days inside a service's sentence. A month (``Month``) is written in words in every
language (``month_text``: October 2026, oktober 2026, tháng 10/2026, 2026年10月).

The command line's English needs no catalogue (it says no plural message: English's
catalogue holds only those), so an English run imports no Qt at all: the setting and the
system's language are read without Qt (QSettings' own file or registry key), and
``PySide6.QtCore`` is imported only to load a translation. Where the compiled ``.qm`` is
missing (``translations.py build`` not run) the CLI stays English and logs why.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import sys
from collections.abc import Callable, Mapping
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from acct_desktop import APP_NAME, cli_argparse
from acct_desktop.domain.percentages import Percent, format_percent
from acct_desktop.domain.sentences import (
    QT_TRANSLATE_NOOP,
    Figure,
    Month,
    figure,
    file_problem,
    fill_in,
    located_problem,
    more_problems,
    remarked,
    rendered,
)

log = logging.getLogger(__name__)

ENGLISH = "en"
PSEUDO = "pseudo"
TRANSLATED = ("zh_CN", "vi", "nl")
CHOICES = (ENGLISH, *TRANSLATED, PSEUDO)  # acct_desktop.gui.i18n.CHOICES, without Qt
QM_DIR = Path(__file__).resolve().parent / "assets" / "i18n"
SETTING_GROUP, SETTING_KEY = "ui", "language"  # AppSettings.language(): "ui/language"

# (context, English source) -> translation, or "" when the catalogue has none; None: English.
_lookup: Callable[[str, str], str] | None = None
_marks: tuple[str, str] | None = None  # the language's (group separator, decimal point)
_language = ENGLISH  # the language of the sentences (English when no catalogue loaded)


# -- which language -----------------------------------------------------------------------


def choose_language(flag: str | None, saved: str | None, system: str) -> str:
    """The language of this run: ``--lang`` when given, else the one chosen in the GUI,
    else the system's (a saved value we do not know counts as none)."""
    for code in (flag, saved):
        if code and code in CHOICES:
            return code
    return system


def language_flag(argv: list[str]) -> str | None:
    """``--lang X`` (or ``--lang=X``) from the command line, read before the parser is
    built so that its help is already in that language; None when absent."""
    early = argparse.ArgumentParser(add_help=False, allow_abbrev=False, exit_on_error=False)
    early.add_argument("--lang")
    try:
        known, _ = early.parse_known_args(argv)
    except argparse.ArgumentError:  # "--lang" without a value: the real parser says so
        return None
    return None if known.lang is None else language_code(known.lang)


def language_code(text: str) -> str:
    """A ``--lang`` value as our code: the codes themselves in any case, and the tags and
    locale names people type for our languages (``zh``, ``zh-CN``, ``zh-Hans``, ``vi-VN``,
    ``nl_BE``, ``EN``). Anything else comes back unchanged, for the parser to refuse with
    the list of choices — Traditional Chinese (``zh-TW``) among them: we do not print it."""
    text = text.strip()
    if text.lower() == PSEUDO:
        return PSEUDO
    first = text.replace("-", "_").split("_")[0].lower()
    if first not in ("en", "zh", "vi", "nl"):
        return text
    code = language_of_locale(text)
    return code if code != ENGLISH or first == "en" else text


def language_of_locale(name: str) -> str:
    """Our code for a locale name (``zh_CN.UTF-8``, ``nl-BE``, ``zh_Hant_TW``), as
    acct_desktop.gui.i18n.language_of maps Qt's locale: Simplified Chinese is zh_CN,
    Traditional Chinese (by script or by Taiwan, Hong Kong, Macao) stays English."""
    base = name.split(".")[0].split("@")[0].replace("-", "_")
    parts = [part.lower() for part in base.split("_") if part]
    if not parts:
        return ENGLISH
    if parts[0] == "zh":
        traditional = "hant" in parts[1:] or any(p in ("tw", "hk", "mo") for p in parts[1:])
        return ENGLISH if traditional else "zh_CN"
    return {"vi": "vi", "nl": "nl"}.get(parts[0], ENGLISH)


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The system's language when it is one of ours, else English (as Qt's
    ``QLocale.system()`` sees it)."""
    if sys.platform == "win32" and environ is None:
        return language_of_locale(_windows_locale_name())
    if sys.platform == "darwin" and environ is None:
        from PySide6.QtCore import QLocale  # macOS keeps it in its preferences

        return language_of_locale(QLocale.system().name())
    return language_of_locale(posix_locale_name(os.environ if environ is None else environ))


def posix_locale_name(environ: Mapping[str, str]) -> str:
    """The locale Qt takes on Linux: LC_ALL, else LC_MESSAGES, else LANG; exactly "C" or
    "POSIX" (or none) is English whatever LANGUAGE says, any other (C.UTF-8 too) gives way
    to LANGUAGE's first language."""
    name = environ.get("LC_ALL") or environ.get("LC_MESSAGES") or environ.get("LANG") or ""
    if name in ("", "C", "POSIX"):
        return "C"
    preferred = environ.get("LANGUAGE", "").split(":")[0]
    return preferred or name


def _windows_locale_name() -> str:
    try:
        import ctypes

        buffer = ctypes.create_unicode_buffer(85)
        ctypes.windll.kernel32.GetUserDefaultLocaleName(buffer, len(buffer))  # type: ignore[attr-defined]
        return buffer.value
    except (OSError, AttributeError):
        return ""


def saved_language() -> str:
    """The language chosen in the GUI (View → Language); "" when none or unreadable."""
    try:
        if sys.platform == "win32":
            return _windows_setting()
        if sys.platform == "darwin":
            from PySide6.QtCore import QSettings

            value = QSettings(APP_NAME, APP_NAME).value(f"{SETTING_GROUP}/{SETTING_KEY}", "")
            return str(value or "")
        return _ini_setting(settings_file())
    except OSError as exc:
        log.info("the GUI's language setting could not be read: %s", exc)
        return ""


def settings_file(environ: Mapping[str, str] | None = None) -> Path:
    """Where QSettings keeps the GUI's settings on Linux: the XDG config folder's
    ``acct-desktop/acct-desktop.conf``."""
    environ = os.environ if environ is None else environ
    config = environ.get("XDG_CONFIG_HOME", "")
    folder = Path(config) if config and Path(config).is_absolute() else Path.home() / ".config"
    return folder / APP_NAME / f"{APP_NAME}.conf"


def _ini_setting(path: Path) -> str:
    import configparser

    parser = configparser.RawConfigParser(strict=False)
    try:
        parser.read(path, encoding="utf-8")
    except configparser.Error as exc:
        log.info("%s could not be read: %s", path, exc)
        return ""
    return parser.get(SETTING_GROUP, SETTING_KEY, fallback="").strip().strip('"')


def _windows_setting() -> str:
    import winreg  # type: ignore[import-not-found]

    key_path = rf"Software\{APP_NAME}\{APP_NAME}\{SETTING_GROUP}"
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, key_path) as key:  # type: ignore[attr-defined]
            value, _ = winreg.QueryValueEx(key, SETTING_KEY)  # type: ignore[attr-defined]
    except FileNotFoundError:
        return ""
    return str(value or "")


# -- using it -----------------------------------------------------------------------------


def wanted_language(flag: str | None) -> str:
    """This run's language: ``--lang`` (``flag``), else the GUI's choice, else the system's."""
    if flag in CHOICES:
        return str(flag)
    return choose_language(None, saved_language(), system_language())


def document_language(
    own: str | None, app_wide: str | None, default: Callable[[], str | None] | None = None
) -> str | None:
    """The language of a document a ``print`` command writes for its user (the monthly
    summary, the route sheets), by one rule: the sub-command's own option (``own``: the
    monthly summary's ``--lang``, ``--route-language``), else the app-wide ``--lang``
    before the command (``app_wide``), else ``default()`` — by default this run's language
    as when no ``--lang`` is given (View → Language, else the system's); None leaves it to
    the document (the route sheet: its customers'). A code no document is printed in
    (``pseudo``) counts as none. Documents for a customer (quotes, price lists, rebate
    statements, checklists, visit sheets) are in the customer's language, whatever the
    command line's."""
    from acct_desktop.domain.languages import DOCUMENT_LANGUAGES

    for code in (own, app_wide):
        if code in DOCUMENT_LANGUAGES:
            return code
    chosen = default() if default is not None else wanted_language(None)
    return chosen if chosen in DOCUMENT_LANGUAGES else None


def use_language(code: str) -> str:
    """Load ``code``'s catalogue for say/message_text/error_text. Returns the language in
    use: English when the compiled catalogue is missing (the caller logs that)."""
    language = _use_language(code)
    cli_argparse.speak(_lookup)  # usage:, options, error: … in the same language
    return language


def _use_language(code: str) -> str:
    global _language
    _language = _loaded_language(code)
    return _language


def _loaded_language(code: str) -> str:
    global _lookup, _marks
    _lookup, _marks = None, None
    if code == PSEUDO:
        from acct_desktop.gui.i18n import pseudo_text  # QtCore only

        def pseudo(context: str, text: str) -> str:
            return pseudo_text(text)

        _lookup = pseudo
    elif code in TRANSLATED:
        _lookup = _catalogue(QM_DIR / f"acct_desktop_{code}.qm")
        if _lookup is None:
            return ENGLISH
        from PySide6.QtCore import QLocale

        locale = QLocale(code)
        _marks = (locale.groupSeparator(), locale.decimalPoint())
    else:
        return ENGLISH
    return code


def _catalogue(path: Path) -> Callable[[str, str], str] | None:
    if not path.is_file():
        return None
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(path)):
        return None
    return lambda context, text: translator.translate(context, text) or ""


def _translate(context: str, text: str) -> str:
    if _lookup is None or not text:
        return text
    return _lookup(context, text) or text


def field_text(name: str | None) -> str:
    """An audited field's name as the History window calls it, in this run's language
    (``services.audit_fields``; one not listed there as it is stored)."""
    from acct_desktop.services.audit_fields import FIELD_LABELS

    if not name:
        return ""
    if name in FIELD_LABELS:
        return _translate("AuditTrail", FIELD_LABELS[name])
    return name.replace("_", " ").capitalize()


def day_text(value: date) -> str:
    """A day as this run's language writes it in a sentence: ISO (2026-11-25) in English,
    else as the documents of that language write it (25-11-2026, 25/11/2026,
    2026年11月25日). The one place the command line writes a day for a sentence."""
    if _language in (ENGLISH, PSEUDO):
        return value.isoformat()
    from acct_desktop.reporting.document_labels import format_date

    return format_date(_language, value)


def month_text(value: date) -> str:
    """A month as this run's language writes it in a sentence (October 2026, 2026年10月,
    tháng 10/2026, oktober 2026: ``document_labels.format_month``, as the GUI writes it).
    ``--period`` and ``--json`` keep ISO 2026-10."""
    from acct_desktop.reporting.document_labels import format_month

    return format_month(ENGLISH if _language == PSEUDO else _language, value)


def _value_text(value: object) -> str:
    if isinstance(value, Figure):
        return value.marked(_marks)
    if isinstance(value, Percent):
        return value.written(_language, _marks)
    if isinstance(value, Month):
        return month_text(value.value)
    if isinstance(value, date) and not isinstance(value, datetime):
        return day_text(value)
    return str(value)


def say(template: str, *values: object) -> str:
    """One of the CLI's sentences (``template`` marked ``QT_TRANSLATE_NOOP("cli", …)``, with
    ``%1``, ``%2``…) in this run's language, ``values`` put in as they are (a ``Figure``
    with the language's grouping and decimal marks, a ``Percent`` as the language writes
    it, a ``date`` by :func:`day_text`)."""
    return fill_in(_translate("cli", template), tuple(_value_text(value) for value in values))


def typed_number(text: str) -> Decimal:
    """A number typed on the command line, read with this run's language's decimal mark
    (``domain.numbers.parse_typed``: ``2,5`` in Dutch; ``1.250`` refused there as ambiguous);
    ``NumberFormatError`` says what is wrong."""
    from acct_desktop.domain.numbers import parse_typed

    return parse_typed(text.replace("_", ""), _marks[1] if _marks else ".", scripted=True)


def percent_text(value: Decimal, *, signed: bool = False) -> str:
    """A percentage as this run's language writes it (``domain.percentages``: 12.5% in
    English, Chinese and Vietnamese with its marks, 12,5 % in Dutch)."""
    return format_percent(_language, value, signed=signed, marks=_marks)


def number_text(text: str) -> str:
    """A number the CLI wrote the English way (``1,234.50``) with this run's language's
    marks (``1.234,50`` in Vietnamese and Dutch)."""
    return remarked(text, _marks)


def message_text(message: object) -> str:
    """A service's sentence (a ``Sentence`` or a text marked in "messages") in this run's
    language; an unmarked text comes back as it is."""
    return rendered(
        message,
        lambda text: _translate("messages", text),
        _marks,
        day_text,
        month_text,
        _language,
    )


def file_problem_text(exc: OSError) -> str:
    """Why a file could not be read or written, in this run's language (for "%1 could not be
    read: %2"): no such file, access denied, a folder, a full disk … in our words."""
    return message_text(file_problem(exc))


def error_text(exc: BaseException) -> str:
    """What a refusal says, in this run's language: the Sentence it carries when it carries
    one and says just that, else its English text looked up as a marked sentence."""
    if exc.args and isinstance(exc.args[0], str) and str(exc) == exc.args[0]:
        return message_text(exc.args[0])
    return message_text(str(exc))


def problem_lines(problems: list, total: int, shown: int) -> list[str]:  # type: ignore[type-arg]
    """An import's problems (ImportProblem) as lines, at most ``shown`` of ``total``, then
    ``… and N more``, in this run's language."""
    lines = [problem_text(problem) for problem in problems[:shown]]
    more = total - sum(getattr(problem, "rows", 1) for problem in problems[:shown])
    if more > 0:
        lines.append(message_text(more_problems(more)))
    return lines


def problem_text(problem: Any) -> str:
    """One import problem in this run's language, in the shape its ``__str__`` gives in
    English (``line 4, column "Price": …``); a problem that says itself as a sentence (a
    vCard's, by card number: ``card 3 (line 40): …``) through that sentence."""
    said = getattr(problem, "sentence", None)
    if callable(said):
        return message_text(said())
    located = located_problem(
        problem.line,
        getattr(problem, "column", None),
        problem.message,
        getattr(problem, "others", ()),
        getattr(problem, "repeats", 0),
    )
    return message_text(located if str(located) == str(problem) else problem)


def translate_help(parser: argparse.ArgumentParser) -> None:
    """Put ``parser``'s description and every option's and command's help (marked
    ``QT_TRANSLATE_NOOP("cli", …)`` where they are written) into this run's language, its
    subcommands' too. argparse has no hook for this: its action lists are walked
    (``_actions``; ``_choices_actions`` hold the commands' one-line helps). argparse's own
    words (usage:, error:, the option listing's headings) come through gettext, which
    ``use_language`` points at the same catalogue (``cli_argparse``); the helps argparse
    writes without gettext (``--version``'s before Python 3.13) are translated here."""
    if _lookup is None:
        return
    seen: set[int] = set()
    _translate_parser(parser, seen)


def _translate_parser(parser: argparse.ArgumentParser, seen: set[int]) -> None:
    if id(parser) in seen:
        return
    seen.add(id(parser))
    if parser.description:
        parser.description = say(parser.description)
    for action in parser._actions:
        if action.help and action.help is not argparse.SUPPRESS:
            action.help = _help(action.help)
        if isinstance(action, argparse._SubParsersAction):
            for command in action._choices_actions:
                if command.help:
                    command.help = say(command.help)
            for subparser in action.choices.values():
                _translate_parser(subparser, seen)


def _help(text: str) -> str:
    said = say(text)
    if said != text or _lookup is None:
        return said
    return cli_argparse.translated(_lookup, text)  # one of argparse's own helps


def print_error(problem: BaseException | str) -> None:
    """``error: …`` on stderr in this run's language: a refusal (its Sentence translated)
    or a sentence already in this run's language."""
    text = error_text(problem) if isinstance(problem, BaseException) else problem
    print(say(QT_TRANSLATE_NOOP("cli", "error: %1"), text), file=sys.stderr)


def _month(rows: Any) -> Any:
    return rows.month


def print_rejection(exc: Any, shown: int) -> None:
    """An ImportRejected on stderr: ``error: …`` and its first ``shown`` problems by line."""
    print_error(exc)
    for line in problem_lines(exc.problems, exc.total, shown):
        print(line, file=sys.stderr)
    if header := getattr(exc, "details", {}).get("header row"):
        print(
            say(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "If line %1 does not hold the column names, name the row that does: "
                    "--header-row N. If it does, name the column of each field: --map "
                    "field=Column.",
                ),
                header,
            ),
            file=sys.stderr,
        )
    accounts = getattr(exc, "missing", {}).get("accounts", 0)
    if accounts:
        template = (
            QT_TRANSLATE_NOOP(
                "cli",
                "1 account code of this file is not in the database yet: import that account "
                "first (acct-desktop import accounts FILE), then this file again.",
            )
            if accounts == 1
            else QT_TRANSLATE_NOOP(
                "cli",
                "%1 account codes of this file are not in the database yet: import those "
                "accounts first (acct-desktop import accounts FILE), then this file again.",
            )
        )
        print(say(template, figure(accounts)), file=sys.stderr)
    if getattr(exc, "missing", {}).get("measures"):
        print(
            say(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "For rows that name no measure, give one: --measure sell_in (or outbound, "
                    "sell_out, stock).",
                )
            ),
            file=sys.stderr,
        )
    if months := getattr(exc, "details", {}).get("months"):
        from acct_desktop.services.imports.sales_months import months_listing, period_text

        named = " ".join(f"--period {period_text(m.month)}" for m in sorted(months, key=_month))
        print(message_text(months_listing(months)), file=sys.stderr)
        print(
            say(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "Correct a mistyped date and import the file again; if the dates are right, "
                    "name the months the file holds: %1 (rows outside them are refused).",
                ),
                named,
            ),
            file=sys.stderr,
        )
    if column := getattr(exc, "details", {}).get("measure column"):
        print(
            say(
                QT_TRANSLATE_NOOP(
                    "cli", "Read that column as the measure: --map %1 (then import again)."
                ),
                shell_word(f"measure={column}"),
            ),
            file=sys.stderr,
        )
    if column := getattr(exc, "details", {}).get("parent column"):
        print(
            say(
                QT_TRANSLATE_NOOP(
                    "cli",
                    'If "%1" holds the parent accounts\' codes, read it as the parent code: '
                    "--map %2 (then import again).",
                ),
                column,
                shell_word(f"parent_code={column}"),
            ),
            file=sys.stderr,
        )
    if column := getattr(exc, "details", {}).get("kind column"):
        print(
            say(
                QT_TRANSLATE_NOOP(
                    "cli",
                    'If "%1" holds the accounts\' kinds, read it as the kind: --map %2 (then '
                    "import again); or give new accounts one kind: --default-kind KIND.",
                ),
                column,
                shell_word(f"kind={column}"),
            ),
            file=sys.stderr,
        )
    if amount := getattr(exc, "details", {}).get("amount column"):
        template = (
            QT_TRANSLATE_NOOP(
                "cli",
                'If "%1" holds quantities, read it as the quantity and the amount from its own '
                "column: --map %3 --map %4. If it does hold the amounts, import again with "
                "--amount-confirmed.",
            )
            if exc.details.get("quantity free")
            else QT_TRANSLATE_NOOP(
                "cli",
                'If "%1" holds quantities, read the amount from its own column: --map %4. If '
                "it does hold the amounts, import again with --amount-confirmed.",
            )
        )
        instead = exc.details.get("amount instead") or "COLUMN"
        maps = (shell_word(f"quantity={amount}"), shell_word(f"amount={instead}"))
        print(say(template, amount, instead, *maps), file=sys.stderr)
    from acct_desktop.services.imports.sales_missing_column import DETAIL

    for field, key in DETAIL.items():
        if (unread := getattr(exc, "details", {}).get(key)) is not None:
            named, unnamed = _MISSING_ADVICE[field]
            template = named if unread else unnamed
            print(say(template, unread, shell_word(f"{field}={unread}")), file=sys.stderr)
    if getattr(exc, "missing", {}).get("measure words"):
        word = getattr(exc, "details", {}).get("measure word") or "WORD"
        print(
            say(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "For the file's own words, say what each means: --measure-word %1 (or "
                    "outbound, sell_out, stock; repeatable), or %2 to refuse its rows.",
                ),
                shell_word(f"{word}=sell_in"),
                shell_word(f"{word}={NOT_A_MEASURE}"),
            ),
            file=sys.stderr,
        )


# what to do when a sales file lacks its amount or quantity column (``sales_missing_column``):
# (a column not read is named, none is)
_MISSING_ADVICE = {
    "amount": (
        QT_TRANSLATE_NOOP(
            "cli",
            'If "%1" holds the amounts, read it as the amount: --map %2. If the file has '
            "no amounts, import again with --no-amounts-confirmed.",
        ),
        QT_TRANSLATE_NOOP(
            "cli",
            "If a column holds the amounts, read it as the amount: --map amount=COLUMN. "
            "If the file has no amounts, import again with --no-amounts-confirmed.",
        ),
    ),
    "quantity": (
        QT_TRANSLATE_NOOP(
            "cli",
            'If "%1" holds the quantities, read it as the quantity: --map %2. If the file '
            "has no quantities, import again with --no-quantities-confirmed.",
        ),
        QT_TRANSLATE_NOOP(
            "cli",
            "If a column holds the quantities, read it as the quantity: --map "
            "quantity=COLUMN. If the file has no quantities, import again with "
            "--no-quantities-confirmed.",
        ),
    ),
}

NOT_A_MEASURE = "none"  # --measure-word ZF9=none: the word's rows are refused
_SHELL_SAFE = re.compile(r"[\w.,:=+@/-]+")
_POSIX_EXPANDS = re.compile(r"[$`\\!\"]")  # inside double quotes of a POSIX shell


def shell_word(text: str) -> str:
    """``text`` as one argument to type in a shell: as it is, or in double quotes when it
    holds a space or a shell's special character (double quotes work in cmd.exe,
    PowerShell and POSIX shells alike; single quotes do not in cmd.exe). On a POSIX system
    a word holding ``$``, a backquote, a backslash, ``!`` or ``"`` goes in single quotes, which
    expand nothing."""
    if _SHELL_SAFE.fullmatch(text):
        return text
    if os.name != "nt" and _POSIX_EXPANDS.search(text):  # "$USD" would be expanded
        return "'" + text.replace("'", "'\"'\"'") + "'"
    return '"' + text.replace('"', '\\"') + '"'
