"""``--db`` is one of the app-wide options the main --help lists: written before the
command it is the command's database, as after it (``acct-desktop --db demo.acctdb info``
said "the following arguments are required: --db")."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.test_cli import run


def test_a_global_db_before_the_command_is_the_commands_database(demo_db: Path) -> None:
    db = str(demo_db)
    before = run("--db", db, "info")
    assert before.returncode == 0, before.stderr
    assert before.stdout == run("info", "--db", db).stdout
    assert "accounts:" in before.stdout

    nested = run("--db", db, "quotes", "list", "--json")  # a command inside a command
    assert nested.returncode == 0, nested.stderr
    assert nested.stdout == run("quotes", "list", "--json", "--db", db).stdout

    with_lang = run("--lang", "zh_CN", f"--db={db}", "info")  # with --lang, as --db=…
    assert with_lang.returncode == 0, with_lang.stderr
    assert with_lang.stdout == before.stdout


def test_the_commands_own_db_wins_and_a_command_without_db_is_refused_as_before(
    demo_db: Path, tmp_path: Path
) -> None:
    missing = tmp_path / "nowhere.acctdb"
    own = run("--db", str(missing), "info", "--db", str(demo_db))
    assert own.returncode == 0, own.stderr

    nothing = run("info")
    assert nothing.returncode == 2
    assert "--db" in nothing.stderr and "Traceback" not in nothing.stderr
