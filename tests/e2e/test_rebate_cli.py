"""The what-if rebate calculator from the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def run(*args: str, lang: str = "en") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "acct_desktop", "--lang", lang, "rebate", "calc", *args],
        capture_output=True,
        text=True,
        timeout=60,
        env=dict(os.environ),
    )


TIERS = "0:1,100000:2,250000:3"


@pytest.mark.parametrize(
    ("kind", "extra", "expected"),
    [
        ("whole", [], "9000.00"),
        ("banded", [], "5500.00"),
        ("growth", ["--last-year", "200000"], None),
    ],
)
def test_hand_computed_rebates(kind: str, extra: list[str], expected: str | None) -> None:
    result = run("--kind", kind, "--tiers", TIERS, "--volume", "300000", "--json", *extra)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    if expected is not None:
        assert data["rebate"] == expected
    else:  # growth of 100,000 reaches the 100,000 tier: 2 % of the growth
        assert data["base"] == "100000" and data["rebate"] == "2000.00"


def test_distance_to_the_next_tier_is_reported() -> None:
    result = run("--kind", "whole", "--tiers", TIERS, "--volume", "200000", "--json")
    assert json.loads(result.stdout)["distance_to_next_tier"] == "50000"


def test_the_distance_to_the_next_tier_is_money_in_the_currency() -> None:
    """Written as the register and the statement write it: the currency's decimals, the
    language's punctuation and the currency code."""
    args = ["--kind", "whole", "--tiers", "0:1,50000:2,100000:3", "--volume", "40000"]
    result = run(*args, "--currency", "CNY", lang="zh")
    assert result.returncode == 0, result.stderr
    assert "10,000.00 CNY" in result.stdout
    result = run(*args, "--currency", "EUR", lang="nl")
    assert "10.000,00 EUR" in result.stdout, result.stdout


def test_fixed_percent_and_text_output() -> None:
    result = run(
        "--kind", "fixed", "--percent", "2.5", "--volume", "1,000,000", "--currency", "CNY"
    )
    assert result.returncode == 0 and "rebate: 25,000.00 CNY" in result.stdout


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--kind", "banded", "--tiers", "0:1,100-20", "--volume", "5"], "THRESHOLD:RATE"),
        (["--kind", "growth", "--tiers", "0:2", "--volume", "5"], "last year"),
        (["--kind", "whole", "--tiers", TIERS, "--volume", "lots"], "“lots” is not a number"),
        (["--kind", "fixed", "--percent", "2", "--volume", "1250,50"], "'.' separates"),
        (["--kind", "fixed", "--percent", "2", "--volume", "9" * 32], "--volume is too big"),
        (["--kind", "banded", "--tiers", "0:150", "--volume", "5"], "must be 0 to 100%, not 150%"),
        (["--kind", "fixed", "--percent", "120", "--volume", "5"], "--percent must be 0 to 100"),
        (["--kind", "fixed", "--percent", "2", "--volume", "5", "--currency", "EURO"], "EURO"),
    ],
)
def test_bad_input_is_a_sentence_and_exit_2(args: list[str], says: str) -> None:
    result = run(*args)
    assert result.returncode == 2 and says in result.stderr and "Traceback" not in result.stderr


def test_a_dutch_user_types_decimal_commas_and_is_never_read_a_thousand_times_off() -> None:
    """``1250,50`` was read as 125,050 (the comma dropped); ``1.250`` is 1.25 to a script
    and 1250 to a Dutch reader, so it is refused rather than guessed."""
    result = run("--kind", "fixed", "--percent", "2,5", "--volume", "1250,50", "--json", lang="nl")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["rebate"] == "31.26"
    scripted = run(
        "--kind", "fixed", "--percent", "2.5", "--volume", "1250.50", "--json", lang="nl"
    )
    assert json.loads(scripted.stdout)["rebate"] == "31.26"
    ambiguous = run("--kind", "fixed", "--percent", "2", "--volume", "1.250", lang="nl")
    assert ambiguous.returncode == 2
    assert "“1.250” kan op twee manieren gelezen worden" in ambiguous.stderr
    english = run("--kind", "fixed", "--percent", "2", "--volume", "1.250", "--json")
    assert json.loads(english.stdout)["rebate"] == "0.03"  # 2 % of 1.25


@pytest.mark.parametrize(
    ("volume", "lang", "lines"),
    [
        # QA zh: "区间 300000–600000  260,971.005" — raw thresholds, the volume as typed
        (
            "560971.005",
            "en",
            ["band 0.00–300,000.00 300,000.00 × 1% = 3,000.00",
             "band 300,000.00–600,000.00 260,971.01 × 2% = 5,219.42"],
        ),
        (
            "560971",
            "en",
            ["band 300,000.00–600,000.00 260,971.00 × 2% = 5,219.42"],
        ),
        (
            "560971",
            "nl",
            ["schijf 300.000,00–600.000,00 260.971,00 × 2 % = 5.219,42"],
        ),
    ],
)  # fmt: skip
def test_a_banded_breakdown_writes_every_figure_as_money_of_the_currency(
    volume: str, lang: str, lines: list[str]
) -> None:
    args = ["--kind", "banded", "--tiers", "0:1,300000:2,600000:3", "--volume", volume]
    result = run(*args, "--currency", "CNY", lang=lang)
    assert result.returncode == 0, result.stderr
    said = [" ".join(line.split()) for line in result.stdout.splitlines()]
    for line in lines:
        assert line in said, result.stdout
