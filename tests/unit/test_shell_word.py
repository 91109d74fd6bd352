"""The command line's advice names columns as one argument each, to paste as it is."""

from __future__ import annotations

import os
import subprocess

import pytest

from acct_desktop.cli_language import shell_word


@pytest.mark.parametrize(
    "word",
    ["measure=Doc Type", "amount=Value USD", "amount=Omzet excl. btw", "quantity=Qty (CS)",
     "amount=Price $USD", 'amount=The "net" value', "amount=It's `total`!", "sku=物料 编码"],
)  # fmt: skip
@pytest.mark.skipif(os.name == "nt", reason="a POSIX shell's reading")
def test_a_word_reads_back_as_one_argument(word: str) -> None:
    """As /bin/sh reads it: nothing expanded ($USD, `total`), one argument."""
    echoed = subprocess.run(
        ["sh", "-c", f"printf '%s|' --map {shell_word(word)}"],
        capture_output=True, text=True, check=True, env={**os.environ, "USD": "x"},
    )  # fmt: skip
    assert echoed.stdout == f"--map|{word}|"


def test_a_plain_word_is_not_quoted_and_a_spaced_one_is_in_double_quotes() -> None:
    assert shell_word("measure=Vorgang") == "measure=Vorgang"
    assert shell_word("measure=Doc Type") == '"measure=Doc Type"'  # cmd.exe, PowerShell too
