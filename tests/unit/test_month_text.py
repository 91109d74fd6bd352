"""A month in a sentence is written the user's language's way (October 2026, 2026年10月,
tháng 10/2026, oktober 2026), by one helper for the command line and the GUI; its ISO
text (2026-10) stays for logs, ``--period`` and machine-readable output."""

from __future__ import annotations

import pickle
from collections import Counter
from datetime import date

import pytest

from acct_desktop import cli_language
from acct_desktop.cli_language import message_text
from acct_desktop.domain.sentences import Month, Sentence, rendered
from acct_desktop.reporting.document_labels import format_month
from acct_desktop.services.imports.sales_months import (
    MonthRows,
    months_listing,
    outside_problem,
    period_text,
    stray_problem,
)

OCT, JAN = date(2026, 10, 1), date(2026, 1, 1)


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", "October 2026"),
        ("zh_CN", "2026年10月"),
        ("vi", "tháng 10/2026"),
        ("nl", "oktober 2026"),
        ("nl_BE", "oktober 2026"),
        (None, "October 2026"),
        ("klingon", "October 2026"),
    ],
)
def test_a_month_is_written_as_its_readers_write_it(language: str | None, words: str) -> None:
    assert format_month(language, date(2026, 10, 17)) == words


def test_march_and_may_in_dutch_and_january_in_chinese() -> None:
    assert format_month("nl", date(2026, 3, 1)) == "maart 2026"
    assert format_month("nl", date(2026, 5, 1)) == "mei 2026"
    assert format_month("zh_CN", JAN) == "2026年1月"
    assert format_month("vi", JAN) == "tháng 1/2026"


def test_a_month_in_a_sentence_keeps_its_iso_text_until_it_is_shown() -> None:
    sentence = Sentence.of("this row is in %1", Month(date(2026, 10, 9)))
    assert sentence == "this row is in 2026-10"  # logs, str(): ISO
    assert rendered(sentence, lambda t: t) == "this row is in 2026-10"  # no month format
    words = rendered(sentence, lambda t: t, None, None, lambda m: format_month("nl", m))
    assert words == "this row is in oktober 2026"
    assert pickle.loads(pickle.dumps(sentence)).args[0].value == OCT  # across a worker


@pytest.fixture
def language(monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The command line run in ``code`` (its catalogue left out: English templates)."""

    def use(code: str) -> None:
        monkeypatch.setattr(cli_language, "_language", code)
        monkeypatch.setattr(cli_language, "_lookup", None)

    return use


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("en", "this row is in January 2026, outside the months named for this import "
               "(January 2026, October 2026)"),
        ("vi", "this row is in tháng 1/2026, outside the months named for this import "
               "(tháng 1/2026, tháng 10/2026)"),
        ("zh_CN", "this row is in 2026年1月, outside the months named for this import "
                  "(2026年1月, 2026年10月)"),
        ("nl", "this row is in januari 2026, outside the months named for this import "
               "(januari 2026, oktober 2026)"),
        ("pseudo", "this row is in January 2026, outside the months named for this import "
                   "(January 2026, October 2026)"),
    ],
)  # fmt: skip
def test_the_command_line_writes_an_import_sentences_months_in_its_language(
    language, code: str, expected: str
) -> None:
    language(code)
    assert message_text(outside_problem(JAN, {OCT, JAN})) == expected


def test_the_stray_month_sentences_and_the_listing_name_their_months_in_words(language) -> None:
    language("en")
    counts = Counter({OCT: 29, JAN: 1})
    assert message_text(stray_problem(JAN, counts)) == (
        "this row is in January 2026, which holds only 1 of the file's 30 rows (October 2026 "
        "holds 29): is its date mistyped? Importing it would replace January 2026's figures "
        "of the file's accounts"
    )
    listing = months_listing([MonthRows(OCT, 29), MonthRows(JAN, 1, (13,))])
    assert message_text(listing) == (
        "The file's rows by month: October 2026: 29 rows; January 2026: 1 row (line 13)."
    )
    assert str(listing) == "The file's rows by month: 2026-10: 29 rows; 2026-01: 1 row (line 13)."


def test_period_text_stays_iso_for_the_command_it_is_typed_into() -> None:
    assert period_text(JAN) == "2026-01"
    assert f"--period {period_text(OCT)}" == "--period 2026-10"
