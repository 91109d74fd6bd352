"""The command line's one reading of days, months and ``--out`` (cli_arguments)."""

from __future__ import annotations

import argparse
import os
from datetime import date
from pathlib import Path

import pytest

from acct_desktop import cli_language
from acct_desktop.cli_arguments import (
    ArgumentRefused,
    OutPath,
    OutPathRefused,
    day_argument,
    month_argument,
)


@pytest.fixture(autouse=True)
def english() -> None:
    cli_language.use_language("en")


def refusal(read, *args: str) -> str:  # type: ignore[no-untyped-def]
    with pytest.raises(ArgumentRefused) as refused:
        read(*args)
    return str(refused.value)


def test_a_day_is_read_or_refused_saying_what_is_wrong() -> None:
    assert day_argument("--date", " 2026-11-02 ") == date(2026, 11, 2)
    assert day_argument("--date", "2026-1-5") == date(2026, 1, 5)
    assert day_argument("--date", "2024-02-29") == date(2024, 2, 29)
    assert refusal(day_argument, "--from", "2026-13-01") == (
        "--from 2026-13-01: there is no month 13; months are 1 to 12."
    )
    assert refusal(day_argument, "--to", "2026-02-30") == (
        "--to 2026-02-30: 2026-02 has no day 30; it has 28 days."
    )
    assert refusal(day_argument, "--to", "2026-04-31") == (
        "--to 2026-04-31: 2026-04 has no day 31; it has 30 days."
    )
    assert refusal(day_argument, "--date", "2026-11-00") == (
        "--date 2026-11-00: 2026-11 has no day 0; it has 30 days."
    )
    assert refusal(day_argument, "--date", "02/11/2026") == (
        "--date must be a day like 2026-11-02, not '02/11/2026'."
    )
    assert refusal(day_argument, "--from", "soon", "2026-03-31") == (
        "--from must be a day like 2026-03-31, not 'soon'."
    )


def test_a_month_is_read_or_refused_saying_what_is_wrong() -> None:
    assert month_argument("--month", "2026-10") == date(2026, 10, 1)
    assert month_argument("--month", " 2026-1 ") == date(2026, 1, 1)
    assert refusal(month_argument, "--month", "2026-13") == (
        "--month 2026-13: there is no month 13; months are 1 to 12."
    )
    assert refusal(month_argument, "--month", "0000-10") == "--month 0000-10: there is no year 0."
    for typed in ("2026/10", "oktober", "2026-10-01", "10-2026"):
        assert refusal(month_argument, "--month", typed) == (
            f"--month must be a month like 2026-10, not {typed!r}."
        )


def test_out_names_a_file_or_a_folder_for_the_commands_own_name(tmp_path: Path) -> None:
    named = OutPath(str(tmp_path / "new" / "summary.pdf"))
    assert named.file(lambda: pytest.fail("a file needs no name")) == named.path
    assert named.path.parent.is_dir()  # the folder it goes into is made
    assert named.suffix == ".pdf"

    missing = OutPath(f"{tmp_path / 'r07-out'}{os.sep}")  # not there yet: still a folder
    assert missing.names_folder() and missing.suffix == ""
    assert missing.file("monthly-summary-2026-10.pdf") == (
        tmp_path / "r07-out" / "monthly-summary-2026-10.pdf"
    )
    assert (tmp_path / "r07-out").is_dir()

    existing = OutPath(str(tmp_path / "r07-out"))  # a folder that is there, without the slash
    assert existing.file(lambda: "accounts.xlsx") == tmp_path / "r07-out" / "accounts.xlsx"
    assert OutPath(str(tmp_path / "r07-out.xlsx")).suffix == ".xlsx"


def test_a_file_in_the_way_of_the_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "report").write_text("not a folder")
    with pytest.raises(OutPathRefused) as refused:
        OutPath(f"{tmp_path / 'report'}/").file("summary.pdf")
    assert refused.value.target == tmp_path / "report" / "summary.pdf"
    assert str(refused.value) == (
        f"{tmp_path / 'report' / 'summary.pdf'} cannot be written (a part of the path is not "
        "a folder)."
    )


def test_no_command_has_an_option_that_hides_the_app_wide_lang() -> None:
    """A sub-command's option stored as ``lang`` (the monthly summary's ``--lang`` with its
    default "en", the screenshot's) overwrote ``acct-desktop --lang zh …``'s."""
    from acct_desktop.cli import _parser

    parser = _parser()

    def hiding(command: argparse.ArgumentParser, path: tuple[str, ...]):  # type: ignore[no-untyped-def]
        for action in command._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    yield from hiding(sub, (*path, name))
            elif command is not parser and action.dest == "lang":
                yield " ".join(path)

    assert list(hiding(parser, ())) == []
    for argv in (
        ["print", "monthly-summary", "--month", "2026-10", "--out", "x/", "--db", "y"],
        ["screenshot", "--db", "y", "--out", "shots"],
        ["print", "visit-sheets", "--date", "2026-11-03", "--out", "x/", "--db", "y"],
    ):
        assert parser.parse_args(["--lang", "zh", *argv]).lang == "zh_CN", argv
