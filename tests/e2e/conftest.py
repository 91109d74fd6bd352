"""The command line in a subprocess speaks the language its environment asks for: every
e2e test runs it in an English (C.UTF-8) locale, so a developer whose machine is set to
nl_NL or zh_CN still gets the English sentences the tests compare (the GUI's saved choice
is already out of the way: tests/conftest.py points the settings at tmp_path)."""

from __future__ import annotations

import pytest

LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE")


@pytest.fixture(autouse=True)
def english_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    """No language from the machine: LC_ALL=C.UTF-8, no LANGUAGE list."""
    for name in LOCALE_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
