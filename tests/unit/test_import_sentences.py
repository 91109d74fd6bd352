"""The importers' problems are translatable sentences that still read, in English, exactly
as they always did (the GUI translates them; logs, the CLI and tests see the English)."""

from __future__ import annotations

import pytest

from acct_desktop.domain.sentences import Sentence
from acct_desktop.services.imports import values as v
from acct_desktop.services.imports.problems import (
    ImportProblem,
    ImportRejected,
    ProblemList,
    error_sentence,
)
from acct_desktop.services.imports.sales_values import sales_period


def refusal(parse: v.Parser, raw: str) -> str:
    with pytest.raises(ValueError) as caught:
        parse(raw)
    return error_sentence(caught.value)


def test_a_bad_country_is_a_sentence_that_reads_as_before() -> None:
    said = refusal(v.country_code, "Xứ Sở")

    assert isinstance(said, Sentence)
    assert said == '"Xứ Sở" is not a two-letter country code such as CN, VN or NL'
    assert said.template == '"%1" is not a two-letter country code such as CN, VN or NL'
    assert said.args == ("Xứ Sở",)


def test_a_coordinate_out_of_range_names_latitude_or_longitude_in_a_whole_sentence() -> None:
    assert refusal(v.coordinate(90, "latitude"), "91") == (
        "91 is not a latitude; it must be between -90 and 90"
    )
    assert refusal(v.coordinate(180, "longitude"), "-200") == (
        "-200 is not a longitude; it must be between -180 and 180"
    )


def test_a_long_value_keeps_its_thousands_separators() -> None:
    said = refusal(v.text_of(3), "x" * 1200)

    assert said == "the value is 1,200 characters long; at most 3 fit"
    assert said.args == ("1,200", "3")


def test_a_problem_keeps_its_sentence_so_the_gui_can_translate_it() -> None:
    problems = ProblemList()
    problems.add(4, "Land", refusal(v.country_code, "X1"))

    problem = problems.items[0]
    assert isinstance(problem.message, Sentence)
    assert (
        str(problem)
        == 'line 4, column "Land": "X1" is not a two-letter country code such as CN, VN or NL'
    )


@pytest.mark.parametrize(
    ("total", "expected"),
    [
        (
            1,
            "a.csv was not imported: 1 problem found. Nothing was written; correct the file "
            "and import it again.",
        ),
        (
            1234,
            "a.csv was not imported: 1,234 problems found. Nothing was written; correct the "
            "file and import it again.",
        ),
    ],
)
def test_the_rejection_summary_reads_as_before_singular_and_plural(total, expected) -> None:
    rejected = ImportRejected("a.csv", [ImportProblem(2, None, "x")], total)

    assert str(rejected) == expected
    assert isinstance(rejected.args[0], Sentence)


def test_a_sales_month_outside_the_calendar_is_a_sentence_that_reads_as_before() -> None:
    said = refusal(sales_period, "2026-13")

    assert isinstance(said, Sentence)
    assert said == '"2026-13" is not a month in the calendar'
    assert said.template == '"%1" is not a month in the calendar'


# -- one problem down many rows ---------------------------------------------------------------


def test_a_problem_repeated_down_a_column_is_listed_once_with_its_lines() -> None:
    from acct_desktop.services.imports.problems import RepeatedProblem

    unknown = Sentence.of("there is no account %1 in the database", "NL-X1")
    many = RepeatedProblem(2, "Klantcode", unknown, (6, 10, 14, 18), 749)
    assert str(many) == (
        'lines 2, 6, 10, 14, 18 and 745 more, column "Klantcode": '
        "there is no account NL-X1 in the database"
    )
    assert many.rows == 750
    assert str(RepeatedProblem(2, "Soort", "x", (3,), 1)) == 'lines 2, 3, column "Soort": x'
    assert str(RepeatedProblem(7, None, "x", (9,), 1)) == "lines 7, 9: x"
    assert str(RepeatedProblem(7, None, "x", (9,), 3_000)) == "lines 7, 9 and 2,999 more: x"
    assert str(RepeatedProblem(7, None, "x")) == str(ImportProblem(7, None, "x")) == "line 7: x"


def test_a_list_of_problems_counts_every_row_and_lists_a_repeated_one_once() -> None:
    problems = ProblemList()
    problems.add(101, "Aantal", '"abc" is not a number')
    problems.add_repeated([2, 6, 10, 14, 18, 22], 750, "Klantcode", "no account NL-X1")
    problems.add_repeated([3], 1, "Klantcode", "no account NL-X2")  # once: a plain problem
    rejected = ImportRejected("erp.csv", problems.items, problems.total)
    assert [p.line for p in rejected.problems] == [2, 3, 101]
    assert [p.rows for p in rejected.problems] == [750, 1, 1]
    assert rejected.problems[0].others == (6, 10, 14, 18)  # the first few lines, not all
    assert (rejected.total, rejected.unlisted) == (752, 0)
    assert str(rejected).startswith("erp.csv was not imported: 752 problems found.")


def test_problems_beyond_the_listed_ones_are_counted_as_unlisted(monkeypatch) -> None:
    from acct_desktop.services.imports import problems as module

    monkeypatch.setattr(module, "MAX_LISTED_PROBLEMS", 2)
    problems = ProblemList()
    problems.add_repeated([2, 3], 40, "a", "x")
    problems.add(5, "b", "y")
    problems.add_repeated([7, 8], 10, "c", "z")  # counted, not listed
    problems.add(9, "d", "w")
    rejected = ImportRejected("f.csv", problems.items, problems.total)
    assert len(rejected.problems) == 2
    assert (rejected.total, rejected.unlisted) == (52, 11)


def test_the_same_problem_added_row_by_row_is_merged_with_its_smallest_lines() -> None:
    """Every import reports row by row; the same message in the same column is one problem
    (an unknown parent on 40 rows of an accounts file), whatever order the rows came in."""
    problems = ProblemList()
    for line in (9, 4, 30, 2, 7, 5, 12):
        problems.add(line, "parent_code", "there is no account NOPE-HQ")
    problems.add(3, "country_code", "there is no account NOPE-HQ")  # another column
    problems.add(3, "parent_code", "there is no account OTHER")
    problems.add_repeated([40, 41], 5, "parent_code", "there is no account NOPE-HQ")
    rejected = ImportRejected("acc.csv", problems.items, problems.total)
    assert [str(p) for p in rejected.problems] == [
        'lines 2, 4, 5, 7, 9 and 7 more, column "parent_code": there is no account NOPE-HQ',
        'line 3, column "country_code": there is no account NOPE-HQ',
        'line 3, column "parent_code": there is no account OTHER',
    ]
    assert (rejected.total, rejected.unlisted) == (14, 0)
