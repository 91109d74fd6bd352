"""The one rule for writing a percentage (domain.percentages): the GUI, the services'
sentences, the command line and the PDFs all write it so."""

from __future__ import annotations

import pickle
from decimal import Decimal as D

import pytest

from acct_desktop.domain.percentages import Percent, format_percent, percent
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, figure, rendered

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("language", "written"),
    [
        ("en", "1,234.5%"),
        ("zh_CN", "1,234.5%"),
        ("vi", "1.234,5%"),
        ("nl", f"1.234,5{NBSP}%"),
    ],
)
def test_each_language_writes_its_own_marks_and_space(language: str, written: str) -> None:
    assert format_percent(language, D("1234.5")) == written


@pytest.mark.parametrize(
    ("language", "gain", "loss", "zero"),
    [
        ("en", "+2.4%", "-18.0%", "0%"),
        ("zh_CN", "+2.4%", "-18.0%", "0%"),
        ("vi", "+2,4%", "-18,0%", "0%"),
        ("nl", f"+2,4{NBSP}%", f"-18,0{NBSP}%", f"0{NBSP}%"),
    ],
)
def test_signed_gives_a_gain_its_plus_and_nothing_to_zero(
    language: str, gain: str, loss: str, zero: str
) -> None:
    assert format_percent(language, D("2.4"), signed=True) == gain
    assert format_percent(language, D("-18.0"), signed=True) == loss
    assert format_percent(language, D("0"), signed=True) == zero
    assert format_percent(language, D("2.4")) == gain.removeprefix("+")  # unsigned: no "+"
    assert format_percent(language, D("-18.0")) == loss  # a loss keeps its "-"


def test_the_number_keeps_the_decimals_it_is_given() -> None:
    # whoever shows a percentage rounds it first; the rule neither rounds nor trims
    assert format_percent("en", D("12.50")) == "12.50%"
    assert format_percent("nl", D("12.345")) == f"12,345{NBSP}%"
    assert format_percent("vi", 7) == "7%"  # a whole number, never 7.000000
    assert format_percent("en", D("100")) == "100%"


def test_language_tags_and_unknown_languages() -> None:
    assert format_percent("nl-BE", D("3.5")) == f"3,5{NBSP}%"
    assert format_percent("zh", D("3.5")) == "3.5%"
    assert format_percent("vi_VN", D("3.5")) == "3,5%"
    assert format_percent(None, D("3.5")) == "3.5%"
    assert format_percent("fr", D("3.5")) == "3.5%"  # an unknown language: English


def test_a_locale_s_marks_replace_the_language_s() -> None:
    """The GUI writes with its locale's marks; the space stays the language's."""
    assert format_percent("nl", D("1234.5"), marks=("\u202f", ",")) == f"1\u202f234,5{NBSP}%"
    assert format_percent("en", D("1234.5"), marks=(".", ",")) == "1.234,5%"


def test_a_percent_in_a_sentence_is_english_until_shown_and_then_the_reader_s() -> None:
    gap = percent(D("18.04"), 1)
    sentence = Sentence.of(QT_TRANSLATE_NOOP("messages", "%1 below target"), gap)
    assert sentence == "18.0% below target"  # logs and English

    def shown(language: str, marks: tuple[str, str]) -> str:
        return rendered(sentence, lambda text: text, marks, language=language)

    assert shown("nl", (".", ",")) == f"18,0{NBSP}% below target"
    assert shown("vi", (".", ",")) == "18,0% below target"
    assert shown("zh_CN", (",", ".")) == "18.0% below target"


def test_places_round_as_a_figure_does() -> None:
    for value in (D("12.345"), D("12.355"), D("-0.05"), D("99.995")):
        assert Percent(value, 2).removesuffix("%") == figure(value, 2, grouped=False)
    assert percent(D("2.45"), 1, signed=True) == "+2.4%"  # half to even, as format() rounds
    assert percent(D("-3"), signed=True) == "-3%"


def test_a_percent_survives_pickling_as_itself() -> None:
    """Sentences cross into worker processes (pickle): a Percent stays one."""
    back = pickle.loads(pickle.dumps(percent(D("2.5"), signed=True)))
    assert isinstance(back, Percent) and back.written("nl") == f"+2,5{NBSP}%"
