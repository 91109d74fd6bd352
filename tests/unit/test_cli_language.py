"""The command line's language: chosen from --lang, else the GUI's setting, else the system's;
sentences looked up in the chosen catalogue (a fake one here: no Qt in unit tests)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acct_desktop import cli_language
from acct_desktop.cli_language import (
    CHOICES,
    choose_language,
    error_text,
    language_code,
    language_flag,
    language_of_locale,
    message_text,
    posix_locale_name,
    say,
)
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence

# -- which language -----------------------------------------------------------------------


def test_the_flag_beats_the_gui_setting_which_beats_the_system() -> None:
    assert choose_language("vi", "nl", "zh_CN") == "vi"
    assert choose_language(None, "nl", "zh_CN") == "nl"
    assert choose_language(None, "", "zh_CN") == "zh_CN"


def test_english_on_the_command_line_wins_over_a_chinese_setting() -> None:
    assert choose_language("en", "zh_CN", "zh_CN") == "en"


def test_a_setting_we_do_not_know_counts_as_none() -> None:
    assert choose_language(None, "klingon", "vi") == "vi"


@pytest.mark.parametrize(
    ("argv", "flag"),
    [
        (["--lang", "zh_CN", "rebate", "calc"], "zh_CN"),
        (["--lang=vi", "info", "--db", "x"], "vi"),
        (["screenshot", "--db", "x", "--out", "d", "--lang", "nl"], "nl"),
        (["import", "accounts", "file.csv", "--db", "x"], None),
        ([], None),
        (["--lang"], None),  # the real parser reports the missing value
        (["--lang", "zh", "info"], "zh_CN"),  # as typed by people, read as our code
    ],
)
def test_the_language_flag_is_read_before_the_parser_is_built(
    argv: list[str], flag: str | None
) -> None:
    assert language_flag(argv) == flag


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("zh_CN", "zh_CN"),
        ("zh", "zh_CN"),
        ("ZH-cn", "zh_CN"),
        ("zh-Hans", "zh_CN"),
        (" vi-VN ", "vi"),
        ("VI", "vi"),
        ("nl_BE", "nl"),
        ("en-GB", "en"),
        ("EN", "en"),
        ("Pseudo", "pseudo"),
        # Not ours: unchanged, so the parser refuses them with the list of choices.
        ("zh-TW", "zh-TW"),
        ("zh_Hant", "zh_Hant"),
        ("fr", "fr"),
        ("english", "english"),
        ("", ""),
    ],
)
def test_a_language_is_taken_as_people_type_it(typed: str, code: str) -> None:
    assert language_code(typed) == code


def test_the_command_line_takes_zh_and_refuses_traditional_chinese_with_the_choices(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from acct_desktop.cli import _parser

    parser = _parser()
    assert parser.parse_args(["--lang", "zh", "info", "--db", "x"]).lang == "zh_CN"
    args = ["print", "monthly-summary", "--month", "2026-10", "--out", "x.pdf", "--db", "x"]
    assert parser.parse_args([*args, "--lang", "NL"]).pdf_lang == "nl"
    with pytest.raises(SystemExit):
        parser.parse_args([*args, "--lang", "zh-TW"])
    assert "invalid choice: 'zh-TW'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("locale", "language"),
    [
        ("zh_CN.UTF-8", "zh_CN"),
        ("zh", "zh_CN"),
        ("zh_SG", "zh_CN"),
        ("zh-Hans-CN", "zh_CN"),
        ("zh_TW.UTF-8", "en"),
        ("zh_HK", "en"),
        ("zh_Hant_MO", "en"),
        ("vi_VN", "vi"),
        ("nl_BE.UTF-8@euro", "nl"),
        ("nl-NL", "nl"),
        ("de_DE.UTF-8", "en"),
        ("en_GB", "en"),
        ("C", "en"),
        ("", "en"),
    ],
)
def test_locale_names_map_to_our_languages_as_the_gui_maps_them(locale: str, language: str) -> None:
    assert language_of_locale(locale) == language


@given(st.text())
def test_any_locale_name_gives_one_of_our_languages(name: str) -> None:
    assert language_of_locale(name) in CHOICES


def test_lc_all_beats_lc_messages_beats_lang() -> None:
    environ = {"LC_ALL": "vi_VN", "LC_MESSAGES": "nl_NL", "LANG": "zh_CN"}
    assert posix_locale_name(environ) == "vi_VN"
    assert posix_locale_name({"LC_MESSAGES": "nl_NL", "LANG": "zh_CN"}) == "nl_NL"
    assert posix_locale_name({"LANG": "zh_CN.UTF-8"}) == "zh_CN.UTF-8"


def test_language_list_is_followed_unless_the_locale_is_c() -> None:
    assert posix_locale_name({"LANG": "en_US.UTF-8", "LANGUAGE": "nl:en"}) == "nl"
    assert posix_locale_name({"LANG": "C", "LANGUAGE": "zh_CN"}) == "C"
    assert posix_locale_name({"LANGUAGE": "zh_CN"}) == "C"
    assert posix_locale_name({"LANG": "C.UTF-8", "LANGUAGE": "zh_CN"}) == "zh_CN"  # as Qt does


def test_the_gui_setting_is_read_from_its_settings_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli_language.sys, "platform", "linux")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert cli_language.saved_language() == ""  # never chosen
    conf = tmp_path / "acct-desktop" / "acct-desktop.conf"
    conf.parent.mkdir()
    conf.write_text("[files]\nlast=/data/territory.acctdb\n\n[ui]\nlanguage=vi\n", "utf-8")
    assert cli_language.settings_file() == conf
    assert cli_language.saved_language() == "vi"


def test_the_flag_then_the_setting_then_the_system_decide_the_run(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli_language.sys, "platform", "linux")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "zh_CN.UTF-8")
    assert cli_language.wanted_language(None) == "zh_CN"  # the system's
    conf = tmp_path / "acct-desktop" / "acct-desktop.conf"
    conf.parent.mkdir()
    conf.write_text("[ui]\nlanguage=nl\n", "utf-8")
    assert cli_language.wanted_language(None) == "nl"  # View → Language
    assert cli_language.wanted_language("en") == "en"  # --lang


# -- what is said -------------------------------------------------------------------------

CATALOGUE = {
    ("cli", "error: %1"): "错误：%1",
    ("cli", "rebate: %1 %2"): "返利：%1 %2",
    ("messages", "%1 rows written to %2."): "%1 行已写入 %2。",
    ("messages", "Account %1 is a %2."): "客户 %1 是%2。",
    ("messages", "store"): "门店",
    ("messages", "The name is missing."): "缺少名称。",
    ("messages", "line %1: %2"): "第 %1 行：%2",
}


@pytest.fixture
def chinese(monkeypatch: pytest.MonkeyPatch) -> None:
    """A catalogue as a compiled .qm would give it, without Qt."""
    monkeypatch.setattr(
        cli_language, "_lookup", lambda context, text: CATALOGUE.get((context, text), "")
    )


@pytest.fixture
def english(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(cli_language, "_lookup", None)


def test_english_sentences_come_back_exactly_as_written(english: None) -> None:
    template = QT_TRANSLATE_NOOP("cli", "rebate: %1 %2")
    assert say(template, "1,250.00", "EUR") == "rebate: 1,250.00 EUR"
    assert message_text(Sentence.of("%1 rows written to %2.", "12", "a.csv")) == (
        "12 rows written to a.csv."
    )


@given(st.text(), st.text())
def test_english_say_is_the_template_with_its_values(first: str, second: str) -> None:
    cli_language._lookup = None
    assert say("%1 and %2", first, second) == f"{first} and {second}"


def test_the_cli_sentence_is_translated_with_its_values_in_place(chinese: None) -> None:
    assert say("rebate: %1 %2", "1,250.00", "EUR") == "返利：1,250.00 EUR"


def test_a_sentence_nobody_translated_stays_english(chinese: None) -> None:
    assert say("No quotes match.") == "No quotes match."


def test_a_services_sentence_is_translated_with_its_nested_words(chinese: None) -> None:
    kind = Sentence.of("store")
    sentence = Sentence.of("Account %1 is a %2.", "A-7", kind)
    assert message_text(sentence) == "客户 A-7 是门店。"


def test_a_refusal_is_translated_from_the_sentence_it_carries(chinese: None) -> None:
    refusal = ValueError(Sentence.of("%1 rows written to %2.", "3", "x.csv"))
    assert error_text(refusal) == "3 行已写入 x.csv。"
    assert error_text(ValueError(QT_TRANSLATE_NOOP("messages", "The name is missing."))) == (
        "缺少名称。"
    )


def test_a_refusal_that_says_something_else_than_its_argument_keeps_its_english(
    chinese: None,
) -> None:
    class Odd(Exception):
        def __str__(self) -> str:
            return "odd: " + str(self.args[0])

    assert error_text(Odd(Sentence.of("store"))) == "odd: store"
    assert error_text(KeyError("x")) == "'x'"


def test_import_problems_are_translated_with_their_line(chinese: None) -> None:
    from acct_desktop.services.imports.problems import ImportProblem

    problem = ImportProblem(4, None, QT_TRANSLATE_NOOP("messages", "The name is missing."))
    assert cli_language.problem_text(problem) == "第 4 行：缺少名称。"


def test_missing_catalogue_leaves_the_run_in_english(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli_language, "QM_DIR", tmp_path)
    assert cli_language.use_language("zh_CN") == "en"
    assert say("error: %1", "x") == "error: x"
    assert cli_language.use_language("en") == "en"


def test_option_and_command_helps_are_translated_once_each(chinese: None) -> None:
    import argparse

    CATALOGUE[("cli", "list quotes")] = "列出报价单"
    CATALOGUE[("cli", "machine-readable output")] = "机器可读的输出"
    parser = argparse.ArgumentParser(prog="acct-desktop")
    sub = parser.add_subparsers(dest="command")
    quotes = sub.add_parser("quotes", help=QT_TRANSLATE_NOOP("cli", "list quotes"))
    quotes.add_argument("--json", help=QT_TRANSLATE_NOOP("cli", "machine-readable output"))
    quotes.add_argument("--db", help="not marked")
    cli_language.translate_help(parser)
    assert "列出报价单" in parser.format_help()
    assert "机器可读的输出" in quotes.format_help()
    assert "not marked" in quotes.format_help()


def test_a_vcard_problem_is_translated_with_its_card_number(
    chinese: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from acct_desktop.services.vcard_reading import CardProblem

    catalogue = {**CATALOGUE, ("messages", "card %1 (line %2): %3"): "第 %1 张名片（第 %2 行）：%3"}
    monkeypatch.setattr(
        cli_language, "_lookup", lambda context, text: catalogue.get((context, text), "")
    )
    problem = CardProblem(5, None, QT_TRANSLATE_NOOP("messages", "The name is missing."), card=3)
    assert cli_language.problem_text(problem) == "第 3 张名片（第 5 行）：缺少名称。"
    assert cli_language.problem_lines([problem], 1, 10) == ["第 3 张名片（第 5 行）：缺少名称。"]


# -- argparse's own words ------------------------------------------------------------------

ARGPARSE_DUTCH = {
    "usage: ": "gebruik: ",
    "options": "opties",
    "show this help message and exit": "deze hulptekst tonen en stoppen",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "the following arguments are required: %s": "de volgende argumenten zijn verplicht: %s",
    "expected one argument": "verwacht één argument",
    "argument %(argument_name)s: %(message)s": "argument %(argument_name)s: %(message)s",
}


def _probe_parser():  # type: ignore[no-untyped-def]
    import argparse

    parser = argparse.ArgumentParser(prog="probe")
    parser.add_argument("--db", required=True)
    return parser


def test_argparse_words_come_from_the_catalogue_and_go_back_to_english(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from acct_desktop import cli_argparse

    cli_argparse.speak(lambda context, text: ARGPARSE_DUTCH.get(text, "") * (context == "argparse"))
    try:
        parser = _probe_parser()
        help_text = parser.format_help()
        assert help_text.startswith("gebruik: probe [-h] --db DB")
        assert "opties:" in help_text and "deze hulptekst tonen en stoppen" in help_text
        with pytest.raises(SystemExit):
            parser.parse_args([])
        assert "probe: fout: de volgende argumenten zijn verplicht: --db" in capsys.readouterr().err
        with pytest.raises(SystemExit):
            parser.parse_args(["--db"])
        assert "probe: fout: argument --db: verwacht één argument" in capsys.readouterr().err
    finally:
        cli_argparse.speak(None)
    with pytest.raises(SystemExit):
        _probe_parser().parse_args([])
    assert "probe: error: the following arguments are required: --db" in capsys.readouterr().err


def test_an_argparse_translation_that_loses_a_placeholder_is_not_used() -> None:
    from acct_desktop.cli_argparse import translated

    wrong = {"%(prog)s: error: %(message)s\n": "fout: %(message)s\n", "options": "opties"}

    def lookup(context: str, text: str) -> str:
        return wrong.get(text, "")

    assert translated(lookup, "%(prog)s: error: %(message)s\n") == "%(prog)s: error: %(message)s\n"
    assert translated(lookup, "options") == "opties"
    assert translated(lookup, "positional arguments") == "positional arguments"


def test_the_version_options_help_argparse_writes_itself_is_translated_too(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import argparse

    words = {("argparse", "show program's version number and exit"): "versie tonen en stoppen"}
    monkeypatch.setattr(
        cli_language, "_lookup", lambda context, text: words.get((context, text), "")
    )
    parser = argparse.ArgumentParser(prog="probe")
    parser.add_argument("--version", action="version", version="1")
    cli_language.translate_help(parser)
    assert "versie tonen en stoppen" in parser.format_help()
