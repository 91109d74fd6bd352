"""The GUI's translations: one command to extract, fill, compile and check them.

    python installer/translations.py update   # lupdate the .ts files, fill them from the
                                              # translators' JSON, print statistics
    python installer/translations.py build    # lrelease each .ts into acct_desktop/assets/i18n
    python installer/translations.py check    # exit 1 naming every unfinished message,
                                              # placeholder mismatch or stale .ts

Files (``<lang>`` is zh_CN, vi, nl and en):

- ``resources/translations/acct_desktop_<lang>.ts``: Qt's catalogue, one message per
  (context, English source) found by ``pyside6-lupdate`` in the GUI code and in the
  services' and domain's sentences marked ``QT_TRANSLATE_NOOP("messages", …)`` (committed).
  English is the source language, so its catalogue holds only the plural messages
  (``lupdate -pluralonly``, Qt's way): "%n visit(s)" is written "%n visit" and "%n visits"
  there, and ``check`` refuses an English plural left unfinished or still saying "(s)".
- ``resources/translations/<lang>.json`` (and ``<lang>.<piece>.json``, merged): the
  translators' work, ``{"English source": "translation"}``; a numerus message (``%n``)
  takes a string or a list of plural forms.
  ``update`` copies an entry into every message with exactly that source, whatever its
  context, when its placeholders match (``%1`` ``%L1`` ``%n`` ``{name}``, and argparse's
  ``%s`` ``%r`` ``%(prog)s``); the JSON wins over an older translation in the .ts.
- ``acct_desktop/assets/i18n/acct_desktop_<lang>.qm``: compiled, git-ignored, shipped in the
  package and the bundle. Qt's own ``qtbase_zh_CN.qm`` / ``qtbase_nl.qm`` (OK, Cancel, Yes,
  No) come from PySide6: the app reads them there, and the PyInstaller spec copies them
  beside ours into the bundle.

Only the standard library and PySide6's tools are used.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS_DIR = ROOT / "resources" / "translations"
QM_DIR = ROOT / "acct_desktop" / "assets" / "i18n"
TRANSLATED = ("zh_CN", "vi", "nl")
ENGLISH = "en"  # the source language: its catalogue holds the plural forms only
LANGUAGES = (*TRANSLATED, ENGLISH)
# What lupdate reads: the GUI (tr / translate / QT_TRANSLATE_NOOP), the Qt-free services
# and domain, whose sentences are marked QT_TRANSLATE_NOOP("messages", ...) (domain/sentences.py),
# and the command line, whose own sentences are marked QT_TRANSLATE_NOOP("cli", ...).
SOURCE_GLOBS = (
    "acct_desktop/gui/*.py",
    "acct_desktop/gui/**/*.py",
    "acct_desktop/app.py",
    "acct_desktop/cli.py",
    "acct_desktop/cli_*.py",  # cli_language.py, and argparse's own words (cli_argparse.py)
    "acct_desktop/*_cli.py",
    "acct_desktop/services/*.py",
    "acct_desktop/services/**/*.py",
    "acct_desktop/domain/*.py",
    "acct_desktop/domain/**/*.py",
    "acct_desktop/store/*.py",  # the sentences of a refused database file (wrong key, newer…)
)
# Qt's (%1, %L1, %n), str.format's ({name}) and, for argparse's own words, Python's
# (%s, %r, %(prog)s): a translation keeps every one, or the text breaks where it is used.
PLACEHOLDER = re.compile(r"%L?\d+|%n|\{[A-Za-z_][A-Za-z_0-9]*\}|%\([A-Za-z_]+\)[sdr]|%[sdr]")
TS_HEADER = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'


@dataclass
class Statistics:
    finished: int = 0
    unfinished: int = 0
    filled: int = 0
    problems: list[str] = field(default_factory=list)


def ts_path(language: str, folder: Path = TS_DIR) -> Path:
    return folder / f"acct_desktop_{language}.ts"


def placeholders(text: str) -> list[str]:
    """The placeholders of ``text``, sorted (a translation may reorder them)."""
    return sorted(PLACEHOLDER.findall(text))


def gui_sources() -> list[str]:
    """The files lupdate reads (``SOURCE_GLOBS``: the GUI package, app.py, the services and
    the domain), as git lists them (new files not yet added included, ignored ones not),
    sorted."""
    try:
        listed = subprocess.run(
            ["git", "ls-files", "--cached", "--others", "--exclude-standard", *SOURCE_GLOBS],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
    except (OSError, subprocess.CalledProcessError):
        listed = []
    if not listed:  # an unpacked source archive: no git
        listed = [
            str(path.relative_to(ROOT))
            for pattern in SOURCE_GLOBS
            for path in ROOT.glob(pattern)
            if "__pycache__" not in path.parts
        ]
    return sorted(set(listed))


def tool(name: str) -> str:
    """A PySide6 tool (pyside6-lupdate / pyside6-lrelease) on the PATH or beside Python."""
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if found is None:
        raise SystemExit(f"{name} was not found: install PySide6 (pip install PySide6).")
    return found


def lupdate(language: str, target: Path) -> None:
    """Extract the messages of ``gui_sources()`` into ``target`` (kept translations stay)."""
    command = [tool("pyside6-lupdate"), "-no-obsolete", "-locations", "none"]
    if language == ENGLISH:
        command.append("-pluralonly")  # English needs a catalogue for its plurals alone
    command += ["-target-language", language, *gui_sources(), "-ts", str(target)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"pyside6-lupdate failed for {language}:\n{result.stderr}")


def read_json(language: str, folder: Path = TS_DIR) -> dict[str, str | list[str]]:
    """The translators' entries for ``language``: ``<lang>.json`` and any ``<lang>.*.json``
    (one file per piece of work, so translators working at once need not share a file)."""
    merged: dict[str, str | list[str]] = {}
    paths = [folder / f"{language}.json", *sorted(folder.glob(f"{language}.*.json"))]
    for path in paths:
        if path.is_file():
            merged.update(read_json_file(path))
    return merged


def read_json_file(path: Path) -> dict[str, str | list[str]]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise SystemExit(f"{path} is not valid JSON (line {exc.lineno}): {exc.msg}") from exc
    if not isinstance(data, dict):
        raise SystemExit(f"{path} must hold one object: English source → translation.")
    return data


def fill(tree: ET.ElementTree, entries: dict[str, str | list[str]]) -> Statistics:
    """Copy the JSON ``entries`` into the messages of ``tree``; count what is finished."""
    stats = Statistics()
    for context, message in messages(tree):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        entry = entries.get(source)
        if entry:
            forms = _forms(message, entry)
            wanted = placeholders(source)
            wrong = [form for form in forms if placeholders(form) != wanted]
            if wrong and not (message.get("numerus") == "yes" and _numerus_ok(source, wrong)):
                stats.problems.append(
                    f"{context}: {source!r}: the JSON translation {wrong[0]!r} has "
                    f"placeholders {placeholders(wrong[0])}, the source {wanted}"
                )
            elif forms != _current_forms(message):
                _set_forms(message, translation, forms)
                stats.filled += 1
        if _finished(message):
            stats.finished += 1
        else:
            stats.unfinished += 1
    return stats


def _numerus_ok(source: str, forms: list[str]) -> bool:
    """A plural form may spell the number out ("one visit") instead of %n."""
    others = [p for p in placeholders(source) if p != "%n"]
    return all([p for p in placeholders(form) if p != "%n"] == others for form in forms)


def _forms(message: ET.Element, entry: str | list[str]) -> list[str]:
    if message.get("numerus") != "yes":
        return [entry if isinstance(entry, str) else entry[0]]
    count = max(1, len(message.findall("translation/numerusform")))
    values = [entry] if isinstance(entry, str) else list(entry)
    return [values[min(i, len(values) - 1)] for i in range(count)]


def _current_forms(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None or translation.get("type") == "unfinished":
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def _set_forms(message: ET.Element, translation: ET.Element, forms: list[str]) -> None:
    translation.attrib.pop("type", None)
    if message.get("numerus") == "yes":
        for child in list(translation):
            translation.remove(child)
        for text in forms:
            ET.SubElement(translation, "numerusform").text = text
    else:
        translation.text = forms[0]


def _finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        return bool(forms) and all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def messages(tree: ET.ElementTree) -> list[tuple[str, ET.Element]]:
    """Every (context name, message element) of a .ts tree, in file order."""
    return [
        (context.findtext("name") or "", message)
        for context in tree.getroot().iter("context")
        for message in context.iter("message")
    ]


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(TS_HEADER + body + "\n", encoding="utf-8")


def check_file(path: Path) -> list[str]:
    """Every problem of one .ts: unfinished or empty messages, placeholder mismatches,
    messages in no context. An empty list means the catalogue is complete."""
    if not path.is_file():
        return [f"{path.name}: missing (run `python installer/translations.py update`)"]
    problems: list[str] = []
    tree = ET.parse(path)
    english = is_english(tree)
    for context, message in messages(tree):
        source = message.findtext("source") or ""
        where = f"{path.name}: {context or '(no context)'}: {source!r}"
        if not context:
            problems.append(f"{where}: in no context (lupdate could not tell the class)")
        if not _finished(message):
            problems.append(f"{where}: unfinished")
            continue
        forms = _current_forms(message)
        if english and any(UNDECIDED_PLURAL.search(form) for form in forms):
            problems.append(f"{where}: an English plural form still says (s): write each form")
        dutch = tree.getroot().get("language", "").startswith("nl")
        if (
            dutch
            and message.get("numerus") == "yes"
            and any(UNDECIDED_DUTCH_PLURAL.search(form) for form in forms)
        ):
            problems.append(f"{where}: a Dutch plural form still says (en)/(s): write each form")
        wanted = placeholders(source)
        wrong = [form for form in forms if placeholders(form) != wanted]
        if wrong and not (message.get("numerus") == "yes" and _numerus_ok(source, wrong)):
            problems.append(
                f"{where}: placeholders {placeholders(wrong[0])} in the translation, "
                f"{wanted} in the source"
            )
    return problems


# "visit(s)", "day(s)", "account(s)": what a plural form is there to replace
UNDECIDED_PLURAL = re.compile(r"\w\(e?s\)")
# "klant(en)", "regel(s)", "pagina('s)": the same in Dutch's two plural forms
UNDECIDED_DUTCH_PLURAL = re.compile(r"\w\((e?n|'?s)\)")


def is_english(tree: ET.ElementTree) -> bool:
    """Whether ``tree`` is the English catalogue (its plural forms only)."""
    return tree.getroot().get("language", "").replace("-", "_").split("_")[0] == ENGLISH


def stale(path: Path, language: str) -> list[str]:
    """Messages the code has and ``path`` lacks, or the other way round (update not run)."""
    with tempfile.TemporaryDirectory() as scratch:
        fresh = Path(scratch) / path.name
        lupdate(language, fresh)
        wanted = {(c, m.findtext("source")) for c, m in messages(ET.parse(fresh))}
    have = (
        {(c, m.findtext("source")) for c, m in messages(ET.parse(path))}
        if path.is_file()
        else set()
    )
    problems = [f"{path.name}: {c}: {s!r}: in the code, not in the .ts" for c, s in wanted - have]
    problems += [
        f"{path.name}: {c}: {s!r}: in the .ts, gone from the code" for c, s in have - wanted
    ]
    return sorted(problems)


TRANSLATING_CALLS = frozenset({"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"})


def unreadable(sources: list[str] | None = None) -> list[str]:
    """Messages lupdate cannot see: a ``tr()`` (or ``translate``/``QT_TRANSLATE_NOOP``)
    call inside an f-string is skipped by pyside6-lupdate, so the text stays English in
    every language. Each is named by file and line."""
    problems = []
    for name in sources if sources is not None else gui_sources():
        path = ROOT / name
        if path.suffix != ".py" or not path.is_file():
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=name)
        for node in ast.walk(tree):
            if not isinstance(node, ast.JoinedStr):
                continue
            for call in ast.walk(node):
                if not isinstance(call, ast.Call):
                    continue
                func = call.func
                called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
                if called in TRANSLATING_CALLS:
                    problems.append(
                        f"{name}:{call.lineno}: {ast.unparse(call)[:60]} inside an f-string: "
                        "lupdate cannot read it (take the tr() out of the f-string)"
                    )
        problems += _through_aliases(tree, name)
    return problems


def _through_aliases(tree: ast.Module, name: str) -> list[str]:
    """Texts written into a module's own shorthand for ``translate`` (``def _tr(text):
    return QCoreApplication.translate(CONTEXT, text)``): lupdate reads only the calls it
    knows, so ``_tr("Import")`` never reaches the catalogue and stays English."""
    aliases = set()
    for function in tree.body:
        if not isinstance(function, ast.FunctionDef):
            continue
        parameters = {argument.arg for argument in function.args.args}
        for call in ast.walk(function):
            func = call.func if isinstance(call, ast.Call) else None
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in TRANSLATING_CALLS and any(
                isinstance(argument, ast.Name) and argument.id in parameters
                for argument in call.args  # type: ignore[union-attr]
            ):
                aliases.add(function.name)
    return [
        f"{name}:{call.lineno}: {ast.unparse(call)[:60]}: lupdate cannot read a text given "
        f'to {call.func.id}() (write QCoreApplication.translate("Context", "…") or self.tr())'
        for call in ast.walk(tree)
        if isinstance(call, ast.Call)
        and isinstance(call.func, ast.Name)
        and call.func.id in aliases
        and call.args
        and isinstance(call.args[0], ast.Constant)
        and isinstance(call.args[0].value, str)
    ]


# -- the commands -------------------------------------------------------------------------


def update(languages: tuple[str, ...] = LANGUAGES) -> int:
    with exclusive(TS_DIR / ".update.lock"):  # two translators updating at once wait in turn
        return _update(languages)


@contextmanager
def exclusive(lock: Path) -> Iterator[None]:
    """Hold an exclusive lock on ``lock`` (where the OS has ``fcntl``; else no lock)."""
    try:
        import fcntl
    except ImportError:  # Windows: one translator at a time
        yield
        return
    with lock.open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _update(languages: tuple[str, ...]) -> int:
    for language in languages:
        path = ts_path(language)
        path.parent.mkdir(parents=True, exist_ok=True)
        lupdate(language, path)
        tree = ET.parse(path)
        stats = fill(tree, read_json(language))
        write_ts(tree, path)
        lupdate(language, path)  # back in lupdate's own layout: small, stable diffs
        total = stats.finished + stats.unfinished
        share = 100 * stats.finished / total if total else 100.0
        print(
            f"{language}: {stats.finished} finished, {stats.unfinished} unfinished of {total} "
            f"({share:.1f} %); {stats.filled} filled from {language}(.*).json"
        )
        for problem in stats.problems:
            print(f"  not filled: {problem}")
    return 0


def build(languages: tuple[str, ...] = LANGUAGES, out: Path = QM_DIR) -> int:
    out.mkdir(parents=True, exist_ok=True)
    for language in languages:
        target = out / f"acct_desktop_{language}.qm"
        command = [tool("pyside6-lrelease"), "-silent", str(ts_path(language)), "-qm", str(target)]
        result = subprocess.run(command, capture_output=True, text=True)
        if result.returncode != 0 or not target.is_file():
            raise SystemExit(f"pyside6-lrelease failed for {language}:\n{result.stderr}")
        print(target.relative_to(ROOT) if target.is_relative_to(ROOT) else target)
    return 0


def check(languages: tuple[str, ...] = LANGUAGES) -> int:
    problems: list[str] = unreadable()
    for language in languages:
        problems += stale(ts_path(language), language)
        problems += check_file(ts_path(language))
    for problem in problems:
        print(problem)
    if problems:
        print(f"{len(problems)} problems; fix the JSON or the code, then run update.")
        return 1
    print("All translations complete: " + ", ".join(languages))
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("update", "build", "check"))
    parser.add_argument(
        "--lang", action="append", choices=LANGUAGES, help="only this language (repeatable)"
    )
    args = parser.parse_args(argv)
    languages = tuple(args.lang) if args.lang else LANGUAGES
    return {"update": update, "build": build, "check": check}[args.command](languages)


if __name__ == "__main__":
    sys.exit(main())
