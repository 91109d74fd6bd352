"""The command line reads the GUI's language setting and the system's language without Qt
(so an English run imports none); here Qt itself checks that it reads them as Qt does.
Each case runs in a fresh process: Qt reads the locale and the settings path once."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

QT_VERSUS_CLI = """
import sys
from acct_desktop.cli_language import saved_language, system_language
from acct_desktop.gui.i18n import system_language as qt_system_language
if sys.argv[1:] == ["write"]:
    from PySide6.QtCore import QCoreApplication
    from acct_desktop.gui.settings import AppSettings
    app = QCoreApplication([])
    app.setOrganizationName("acct-desktop")
    app.setApplicationName("acct-desktop")
    settings = AppSettings()
    settings.set_language("vi")
    settings.sync()
print(system_language(), qt_system_language(), saved_language() or "-")
"""


def run(tmp_path: Path, locale: dict[str, str], *args: str) -> list[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES", "LANG")}
    env.pop("LANGUAGE", None)
    env.update(locale, XDG_CONFIG_HOME=str(tmp_path), PYTHONPATH=str(ROOT))
    result = subprocess.run(
        [sys.executable, "-c", QT_VERSUS_CLI, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.split()


@pytest.mark.skipif(sys.platform != "linux", reason="the Linux reading of the locale")
@pytest.mark.parametrize(
    "locale",
    [
        {"LANG": "nl_NL.UTF-8"},
        {"LANG": "en_US.UTF-8", "LANGUAGE": "zh_CN:en"},
        {"LANG": "C.UTF-8", "LANGUAGE": "zh_CN"},
        {"LANG": "nl_NL.UTF-8", "LC_MESSAGES": "vi_VN"},
        {"LANG": "zh_CN.UTF-8", "LC_ALL": "C"},
        {"LC_ALL": "zh_TW.UTF-8"},
        {"LANG": "sr_RS@latin", "LANGUAGE": "nl"},
        {"LANGUAGE": "vi"},
        {"LC_ALL": "C.UTF-8"},
    ],
)
def test_the_system_language_is_the_one_qt_sees(tmp_path: Path, locale: dict[str, str]) -> None:
    ours, qts, _ = run(tmp_path, locale)
    assert ours == qts


@pytest.mark.skipif(sys.platform != "linux", reason="QSettings' Linux file")
def test_the_language_chosen_in_the_gui_is_the_one_the_cli_reads(tmp_path: Path) -> None:
    *_, saved = run(tmp_path, {"LANG": "C.UTF-8"})
    assert saved == "-"
    *_, saved = run(tmp_path, {"LANG": "C.UTF-8"}, "write")
    assert saved == "vi"


def test_the_command_line_writes_numbers_with_the_languages_marks() -> None:
    from acct_desktop import cli_language
    from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, figure

    too_long = Sentence.of(
        QT_TRANSLATE_NOOP("messages", "A name has at most %1 characters."), figure(4000)
    )
    try:
        assert cli_language.use_language("vi") == "vi"
        assert "4.000" in cli_language.message_text(too_long)
        assert cli_language.say("%1/%2", figure(12345), figure(6)) == "12.345/6"
        cli_language.use_language("zh_CN")
        assert "4,000" in cli_language.message_text(too_long)
    finally:
        cli_language.use_language("en")
    assert cli_language.message_text(too_long) == "A name has at most 4,000 characters."
