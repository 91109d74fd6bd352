"""The command line in Chinese, Vietnamese and Dutch: results and refusals in the language
asked for (--lang, else View → Language, else the system's), exit codes and machine output
unchanged, and --lang en exactly the English the other e2e tests compare."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
QM = ROOT / "acct_desktop" / "assets" / "i18n"

pytestmark = pytest.mark.skipif(
    not all((QM / f"acct_desktop_{code}.qm").is_file() for code in ("zh_CN", "vi", "nl")),
    reason="the compiled catalogues are missing: python installer/translations.py build",
)

REBATE = ("rebate", "calc", "--kind", "fixed", "--percent", "2", "--volume", "125000")


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "acct_desktop", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        timeout=120,
    )


def test_a_result_line_in_chinese_and_in_vietnamese_has_the_value_in_place() -> None:
    chinese = run("--lang", "zh_CN", *REBATE)
    assert chinese.returncode == 0, chinese.stderr
    assert chinese.stdout.splitlines()[-1] == "返利：2,500.00 EUR"
    assert chinese.stdout.splitlines()[0].split()[0] == "固定比例"  # the breakdown's label
    vietnamese = run("--lang", "vi", *REBATE)
    assert vietnamese.returncode == 0, vietnamese.stderr
    assert vietnamese.stdout.splitlines()[-1] == "chiết khấu: 2.500,00 EUR"  # its own marks


def test_english_asked_for_is_the_english_of_the_other_tests_even_on_a_chinese_machine() -> None:
    result = run("--lang", "en", *REBATE, env={"LC_ALL": "zh_CN.UTF-8"})
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == "rebate: 2,500.00 EUR"


def test_machine_output_stays_as_it_is_in_any_language() -> None:
    english = run("--lang", "en", *REBATE, "--json")
    chinese = run("--lang", "zh_CN", *REBATE, "--json")
    assert chinese.stdout == english.stdout
    assert json.loads(chinese.stdout)["rebate"] == "2500.00"


def test_a_refused_import_is_explained_in_chinese_on_stderr_with_the_same_exit_code(
    tmp_path: Path,
) -> None:
    bad = tmp_path / "客户.csv"
    bad.write_text("code,name,kind\nA1,,headquarters\n", encoding="utf-8")
    db = str(tmp_path / "new.acctdb")
    english = run("--lang", "en", "import", "accounts", str(bad), "--db", db)
    chinese = run("--lang", "zh_CN", "import", "accounts", str(bad), "--db", db)
    assert english.returncode == chinese.returncode == 2
    assert english.stderr.startswith("error: 客户.csv was not imported: 1 problem found.")
    first, problem = chinese.stderr.splitlines()[:2]
    assert first.startswith("错误：客户.csv ")
    assert problem.startswith("第 2 行")
    assert chinese.stdout == ""


def test_a_missing_file_is_refused_in_dutch(tmp_path: Path) -> None:
    missing = tmp_path / "weg.csv"
    result = run("--lang", "nl", "import", "accounts", str(missing), "--db", str(tmp_path / "x"))
    assert result.returncode == 2
    assert result.stderr.startswith("fout: ")


def test_without_lang_the_gui_setting_is_followed(tmp_path: Path) -> None:
    conf = tmp_path / "config" / "acct-desktop" / "acct-desktop.conf"
    conf.parent.mkdir(parents=True)
    conf.write_text("[ui]\nlanguage=nl\n", encoding="utf-8")
    result = run(*REBATE, env={"XDG_CONFIG_HOME": str(tmp_path / "config")})
    assert result.stdout.splitlines()[-1] == "bonus: 2.500,00 EUR"


def test_without_lang_or_setting_the_system_language_is_followed() -> None:
    result = run(*REBATE, env={"LC_ALL": "vi_VN.UTF-8"})
    assert result.stdout.splitlines()[-1] == "chiết khấu: 2.500,00 EUR"


def test_an_english_run_loads_no_qt() -> None:
    script = (
        "import sys; from acct_desktop.cli import main; main(sys.argv[1:]); "
        "print('Qt loaded' if 'PySide6.QtCore' in sys.modules else 'no Qt')"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, *REBATE],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        timeout=120,
    )
    assert result.stdout.splitlines()[-1] == "no Qt", result.stderr


def test_the_help_is_in_the_language_asked_for_argparse_words_included() -> None:
    chinese = run("--lang", "zh_CN", "import", "--help")
    assert chinese.returncode == 0
    assert "当列标题无法识别时" in chinese.stdout
    assert chinese.stdout.startswith("用法：acct-desktop import")
    english = run("--lang", "en", "import", "--help")
    assert "which column holds a field" in english.stdout
    assert english.stdout.startswith("usage: acct-desktop import")
    assert "\noptions:\n  -h, --help            show this help message and exit" in english.stdout


def test_argparse_words_of_the_help_are_dutch_under_lang_nl() -> None:
    dutch = run("--lang", "nl", "import", "--help")
    assert dutch.returncode == 0, dutch.stderr
    assert dutch.stdout.startswith("gebruik: acct-desktop import")
    assert "\npositionele argumenten:\n" in dutch.stdout
    assert "\nopties:\n  -h, --help            deze hulptekst tonen en stoppen" in dutch.stdout
    for english in ("usage:", "positional arguments", "options:", "show this help message"):
        assert english not in dutch.stdout


def test_a_mistyped_command_line_is_refused_in_chinese_by_argparse_too() -> None:
    missing = run("--lang", "zh", "import", "accounts")
    assert missing.returncode == 2
    assert missing.stderr.startswith("用法：acct-desktop import")
    assert "acct-desktop import：错误：缺少以下必需的参数：FILE, --db" in missing.stderr
    assert missing.stdout == ""
    wrong = run("--lang", "zh", "import", "acounts", "x.csv", "--db", "x.acctdb")
    assert wrong.returncode == 2
    assert "acct-desktop import：错误：参数 what：无效的选择：'acounts'（可选：" in wrong.stderr
    assert "error" not in wrong.stderr and "invalid choice" not in wrong.stderr


def test_the_sales_report_is_titled_and_punctuated_the_languages_way(demo_db: Path) -> None:
    args = ("report", "sales", "--group-by", "year", "--db", str(demo_db))
    english, vietnamese, dutch = (run("--lang", code, *args) for code in ("en", "vi", "nl"))
    assert english.returncode == vietnamese.returncode == dutch.returncode == 0
    assert english.stdout.splitlines()[0] == "sell_in by year, all dates"
    assert vietnamese.stdout.splitlines()[0] == "nhập hàng theo năm, mọi ngày"
    assert dutch.stdout.splitlines()[0] == "inkoop per jaar, alle datums"
    english_total = english.stdout.splitlines()[-1].split()[-1]  # e.g. 1,234,567.89
    dutch_total = dutch.stdout.splitlines()[-1].split()[-1]
    assert dutch_total == english_total.translate({ord(","): ".", ord("."): ","})
    assert "," in english_total and "." in dutch_total


def test_exported_calendar_events_are_written_in_the_language_asked_for(
    demo_db: Path, tmp_path: Path
) -> None:
    import icalendar

    export = ("export", "visits", "--from", "2026-11-03", "--to", "2026-11-06", "--db")
    english, vietnamese = tmp_path / "en.ics", tmp_path / "vi.ics"
    assert run("--lang", "en", *export, str(demo_db), "--out", str(english)).returncode == 0
    assert run("--lang", "vi", *export, str(demo_db), "--out", str(vietnamese)).returncode == 0

    def events(path: Path) -> list:
        return list(icalendar.Calendar.from_ical(path.read_bytes()).walk("VEVENT"))

    first_en, first_vi = events(english)[0], events(vietnamese)[0]
    assert str(first_en["uid"]) == str(first_vi["uid"])  # the same visit
    assert str(first_en["description"]).startswith("Customer: ")
    assert str(first_vi["description"]).startswith("Khách hàng: ")
    assert "Trạng thái: đã lên lịch" in str(first_vi["description"])
    assert str(first_en["summary"]).split(": ")[0] in ("Service", "Inspection", "Guidance")
    assert str(first_vi["summary"]).split(": ")[0] not in ("Service", "Inspection", "Guidance")
    # Outlook shows the category and the calendar's name as written: in the user's words
    assert str(first_vi.categories[0]) not in ("service", "inspection", "guidance")
    assert [str(c) for c in first_vi.categories] != [str(c) for c in first_en.categories]
    assert str(first_en["x-acct-purpose"]) == str(first_vi["x-acct-purpose"])
    calendar_vi = icalendar.Calendar.from_ical(vietnamese.read_bytes())
    assert str(calendar_vi["x-wr-calname"]) != "acct-desktop visits"
    # and the Vietnamese file reads back to the same purposes
    back = run("--lang", "vi", "import", "visits", str(vietnamese), "--db", str(demo_db))
    assert back.returncode == 0, back.stderr


def test_a_refused_vcard_import_lists_its_cards_problems_in_dutch(
    demo_db: Path, tmp_path: Path
) -> None:
    card = (
        "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna de Vries\r\nEMAIL:anna@example.nl\r\nEND:VCARD\r\n"
    )
    nameless = "BEGIN:VCARD\r\nVERSION:3.0\r\nTEL:1\r\nEND:VCARD\r\n"
    code = _an_account_code(demo_db)
    said = []
    for name, cards in (("dubbel.vcf", card + card), ("naamloos.vcf", card + nameless)):
        (tmp_path / name).write_text(cards, encoding="utf-8")
        args = ("import", "contacts", str(tmp_path / name), "--account", code)
        result = run("--lang", "nl", *args, "--db", str(demo_db))
        assert result.returncode == 2, result.stderr
        first, *problems = result.stderr.splitlines()
        assert first.startswith(f"fout: {name} is niet geïmporteerd: 1 probleem gevonden.")
        said += problems
    assert said == [
        "kaart 2 (regel 6): kaart 1 (regel 1) beschrijft deze contactpersoon al",
        "kaart 2 (regel 6): geen naam (FN of N)",
    ]


def test_a_refused_spreadsheet_import_lists_its_problems_in_dutch(tmp_path: Path) -> None:
    bad = tmp_path / "klanten.csv"
    bad.write_text(
        "Klantnummer;Naam;Soort;Klasse\nK1;Bakkerij;Hoofdkantor;A\nK2;;hoofdkantoor;D\n",
        encoding="cp1252",
    )
    result = run("--lang", "nl", "import", "accounts", str(bad), "--db", str(tmp_path / "x.db"))
    assert result.returncode == 2, result.stderr
    assert result.stderr.splitlines()[1:] == [
        'regel 2, kolom "Soort": "Hoofdkantor" is geen soort klant; gebruik een van: '
        "hoofdkantoor, regiokantoor, distributiecentrum, filiaalmagazijn, winkel, werkplaats, "
        "distributeur",
        'regel 3, kolom "Naam": naam is verplicht',
        'regel 3, kolom "Klasse": "D" is geen klasse; gebruik een van: A, B, C',
    ]


def test_a_dutch_accounts_file_with_the_apps_dutch_kinds_is_imported(tmp_path: Path) -> None:
    accounts = tmp_path / "klanten.csv"
    accounts.write_text(
        "Klantnummer;Naam;Soort;Bovenliggend klantnummer;Klasse\n"
        "K100;Bakkerij Één Hoofdkantoor;Hoofdkantoor;;A\n"
        "K101;Ça Va Regiokantoor;regiokantoor;K100;B\n"
        "K103;Ça Va Filiaalmagazijn;FILIAALMAGAZIJN;K101;C\n"
        "K104;Ça Va Winkel Zoë;Winkel;K103;c\n",
        encoding="cp1252",
    )
    db = str(tmp_path / "x.db")
    result = run("--lang", "nl", "import", "accounts", str(accounts), "--db", db)
    assert result.returncode == 0, result.stderr
    listed = run(
        "--lang", "en", "export", "accounts", "--out", str(tmp_path / "out.csv"), "--db", db
    )
    assert listed.returncode == 0, listed.stderr
    exported = (tmp_path / "out.csv").read_text(encoding="utf-8-sig")
    for code, kind in (
        ("K100", "headquarters"),
        ("K101", "regional_office"),
        ("K103", "branch_warehouse"),
        ("K104", "store"),
    ):
        assert any(line.startswith(code + ",") and kind in line for line in exported.splitlines())


def _an_account_code(db: Path) -> str:
    import sqlite3

    with sqlite3.connect(db) as conn:
        (code,) = conn.execute("SELECT code FROM account ORDER BY code LIMIT 1").fetchone()
    conn.close()
    return code


def test_no_terminal_to_type_the_recovery_key_at_is_said_in_dutch(
    demo_db: Path, tmp_path: Path
) -> None:
    command = ("--lang", "nl", "key", "recover", "--db", str(demo_db))
    result = subprocess.run(
        [sys.executable, "-m", "acct_desktop", *command],
        capture_output=True,
        stdin=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONPATH": str(ROOT), "ACCT_DESKTOP_DATA_DIR": str(tmp_path)},
        start_new_session=True,  # no controlling terminal: getpass cannot use /dev/tty
        timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.startswith("fout: Er is geen terminal om de herstelsleutel in te typen")
