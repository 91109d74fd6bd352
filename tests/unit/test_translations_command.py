"""installer/translations.py: what `check` refuses and what `update` fills from the JSON."""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def command():
    spec = importlib.util.spec_from_file_location(
        "translations_command", ROOT / "installer" / "translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def ts(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "acct_desktop_nl.ts"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        f'<TS version="2.1" language="nl_NL">{body}</TS>\n',
        encoding="utf-8",
    )
    return path


def context(name: str, *messages: str) -> str:
    return f"<context><name>{name}</name>{''.join(messages)}</context>"


def message(source: str, translation: str | None) -> str:
    if translation is None:
        return f'<message><source>{source}</source><translation type="unfinished"/></message>'
    return f"<message><source>{source}</source><translation>{translation}</translation></message>"


def test_a_complete_catalogue_passes_the_check(command, tmp_path) -> None:
    path = ts(
        tmp_path,
        context(
            "MainWindow", message("&amp;File", "&amp;Bestand"), message("%1 of %2", "%2 van %1")
        ),
    )
    assert command.check_file(path) == []


def test_the_check_names_unfinished_and_empty_messages(command, tmp_path) -> None:
    path = ts(tmp_path, context("MainWindow", message("Quit", None), message("Open", " ")))
    problems = command.check_file(path)
    assert len(problems) == 2
    assert "MainWindow: 'Quit': unfinished" in problems[0]
    assert "'Open': unfinished" in problems[1]


def test_the_check_names_a_lost_or_invented_placeholder(command, tmp_path) -> None:
    path = ts(
        tmp_path,
        context(
            "kpi",
            message("%1 days", "dagen"),
            message("Visit {days} days overdue", "Bezoek {dagen} dagen te laat"),
        ),
    )
    problems = command.check_file(path)
    assert len(problems) == 2
    assert "['%1'] in the source" in problems[0] and "{days}" in problems[1]


def test_the_check_names_a_message_in_no_context(command, tmp_path) -> None:
    path = ts(tmp_path, context("", message("Refresh", "Vernieuwen")))
    assert any("in no context" in problem for problem in command.check_file(path))


def test_a_missing_catalogue_is_named(command, tmp_path) -> None:
    assert "missing" in command.check_file(tmp_path / "acct_desktop_vi.ts")[0]


def test_update_fills_from_the_json_only_where_the_placeholders_match(command, tmp_path) -> None:
    path = ts(
        tmp_path,
        context("kpi", message("%1 days", None), message("Territory %1", None))
        + context("MainWindow", message("Quit", "Stoppen")),
    )
    tree = ET.parse(path)
    stats = command.fill(
        tree, {"%1 days": "%1 dagen", "Territory %1": "Gebied", "Quit": "Afsluiten"}
    )
    command.write_ts(tree, path)
    assert (stats.finished, stats.unfinished, stats.filled) == (2, 1, 2)
    assert "Territory %1" in stats.problems[0]
    problems = command.check_file(path)
    assert len(problems) == 1 and "'Territory %1': unfinished" in problems[0]
    translations = [m.findtext("translation") for _c, m in command.messages(ET.parse(path))]
    assert translations[0] == "%1 dagen" and translations[2] == "Afsluiten"  # the JSON wins


def test_a_plural_message_takes_one_text_or_its_forms(command, tmp_path) -> None:
    body = context(
        "MonthView",
        '<message numerus="yes"><source>+%n more</source><translation type="unfinished">'
        "<numerusform/><numerusform/></translation></message>",
    )
    path = ts(tmp_path, body)
    tree = ET.parse(path)
    command.fill(tree, {"+%n more": ["nog %n", "nog %n"]})
    command.write_ts(tree, path)
    assert command.check_file(path) == []
    forms = [f.text for f in ET.parse(path).getroot().iter("numerusform")]
    assert forms == ["nog %n", "nog %n"]


def test_a_tr_inside_an_f_string_is_named_because_lupdate_cannot_read_it(command, tmp_path) -> None:
    source = tmp_path / "probe.py"
    source.write_text(
        "def f(self, n):\n"
        "    ok = self.tr('Coverage')\n"
        "    return f\"<b>{ok}</b> {self.tr('Show all')} {n}\"\n",
        encoding="utf-8",
    )
    problems = command.unreadable([str(source)])
    assert len(problems) == 1 and ":3:" in problems[0] and "Show all" in problems[0]
    assert command.unreadable() == []  # none left in the code


def test_a_text_given_to_a_modules_own_translate_shorthand_is_named(command, tmp_path) -> None:
    """lupdate reads tr(), translate() and QT_TRANSLATE_NOOP() only: the import dialog's
    "The dates are right: …" went through a module's _tr() and stayed English."""
    source = tmp_path / "probe.py"
    source.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        "CONTEXT = 'ImportDialog'\n"
        "def _tr(text):\n"
        "    return QCoreApplication.translate(CONTEXT, text)\n"
        "WORDS = QT_TRANSLATE_NOOP('ImportDialog', 'Only the file')\n"
        "def label(word):\n"
        "    return _tr(word) + _tr('The dates are right')\n",
        encoding="utf-8",
    )
    problems = command.unreadable([str(source)])
    assert len(problems) == 1 and ":7:" in problems[0] and "The dates are right" in problems[0]


def english_ts(tmp_path: Path, *forms: str | None) -> Path:
    """The English catalogue with one plural message: unfinished (None) or these forms."""
    translation = (
        '<translation type="unfinished"><numerusform/><numerusform/></translation>'
        if forms == (None,)
        else "<translation>"
        + "".join(f"<numerusform>{form}</numerusform>" for form in forms)
        + "</translation>"
    )
    path = tmp_path / "acct_desktop_en.ts"
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en">'
        + context(
            "VisitCalendarDock",
            f'<message numerus="yes"><source>%n planned visit(s)</source>{translation}</message>',
        )
        + "</TS>\n",
        encoding="utf-8",
    )
    return path


def test_english_is_one_of_the_catalogues_built_and_checked(command) -> None:
    assert "en" in command.LANGUAGES and "en" not in command.TRANSLATED


def test_an_english_plural_written_out_passes_the_check(command, tmp_path) -> None:
    assert command.check_file(english_ts(tmp_path, "%n planned visit", "%n planned visits")) == []


def test_the_check_names_an_english_plural_left_unfinished(command, tmp_path) -> None:
    problems = command.check_file(english_ts(tmp_path, None))
    assert len(problems) == 1
    assert "acct_desktop_en.ts: VisitCalendarDock: '%n planned visit(s)': unfinished" in problems[0]


def test_the_check_names_an_english_plural_that_still_says_s(command, tmp_path) -> None:
    problems = command.check_file(english_ts(tmp_path, "%n planned visit(s)", "%n planned visits"))
    assert len(problems) == 1 and "still says (s)" in problems[0]


@pytest.mark.parametrize(
    ("forms", "refused"),
    [
        (("%n geplande bezoek(en)", "%n geplande bezoek(en)"), True),
        (("%n regel(s)", "%n regel(s)"), True),
        (("%n pagina('s)", "%n pagina('s)"), True),
        (("%n gepland bezoek", "%n geplande bezoeken"), False),
    ],
)
def test_the_check_names_a_dutch_plural_that_still_says_en_or_s(
    command, tmp_path, forms: tuple[str, str], refused: bool
) -> None:
    """Dutch has two plural forms: "1 geplande bezoek(en)" was both of them."""
    translation = "".join(f"<numerusform>{form}</numerusform>" for form in forms)
    body = context(
        "VisitCalendarDock",
        '<message numerus="yes"><source>%n planned visit(s)</source>'
        f"<translation>{translation}</translation></message>",
    )
    problems = command.check_file(ts(tmp_path, body))
    assert bool(problems) is refused
    assert all("still says (en)/(s)" in problem for problem in problems)


def test_a_python_placeholder_lost_in_argparse_words_is_named(command, tmp_path) -> None:
    path = ts(
        tmp_path,
        context(
            "argparse",
            message("the following arguments are required: %s", "verplichte argumenten"),
            message("%(prog)s: error: %(message)s", "%(prog)s: fout: %(message)s"),
        ),
    )
    problems = command.check_file(path)
    assert len(problems) == 1 and "['%s'] in the source" in problems[0]
