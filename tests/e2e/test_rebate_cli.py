"""The what-if rebate calculator from the command line."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "acct_desktop", "rebate", "calc", *args],
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
        (["--kind", "whole", "--tiers", TIERS, "--volume", "lots"], "must be a number"),
    ],
)
def test_bad_input_is_a_sentence_and_exit_2(args: list[str], says: str) -> None:
    result = run(*args)
    assert result.returncode == 2 and says in result.stderr and "Traceback" not in result.stderr
