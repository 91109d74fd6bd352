"""The pinyin library is loaded, and the accounts' Chinese names read, in the window's
worker thread once a database is open (``services/pinyin_warm_up.py``): the first Chinese
keystroke of a session then waits for nothing. A database without Chinese names loads
nothing; a thread reading pinyin while the library loads gets the same reading."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

from acct_desktop.domain import pinyin
from acct_desktop.domain.text_search import TextFilter
from acct_desktop.services.pinyin_warm_up import warm_up
from acct_desktop.store import models as m
from acct_desktop.store.database import open_database
from tests.unit.test_search import add_account

NAMES = [
    "华润万家超市 预热店",
    "广州白云预热汽车服务中心",
    "Bouwmarkt Zwolle",
    "Gara Nguyễn Văn Cừ",
]


def _database(path: Path, names: list[str], archived: list[str] = ()) -> Path:  # type: ignore[assignment]
    db = open_database(path)
    try:
        with db.session() as session:
            for number, name in enumerate([*names, *archived]):
                made = add_account(session, {"code": f"W{number:05d}", "name": name})
                if name in archived:
                    session.get(m.Account, made).archived_at = datetime.now(UTC)  # type: ignore[union-attr]
    finally:
        db.close()
    return path


def _run(script: str) -> None:
    subprocess.run([sys.executable, "-c", textwrap.dedent(script)], check=True, timeout=120)


def test_the_chinese_names_are_read_once_the_database_is_open(tmp_path: Path) -> None:
    path = _database(tmp_path / "w.acctdb", NAMES, archived=["已归档预热公司"])
    db = open_database(path, create=False)
    try:
        assert warm_up(db) == 2  # the two unarchived Chinese names
    finally:
        db.close()
    reads = pinyin.syllables.cache_info()
    assert TextFilter.of("hrwj").keeps(NAMES[0]) and TextFilter.of("gzby").keeps(NAMES[1])
    assert pinyin.syllables.cache_info() == reads  # read already: not at the keystroke


def test_a_database_without_chinese_names_loads_nothing(tmp_path: Path) -> None:
    path = _database(tmp_path / "w.acctdb", NAMES[2:], archived=["已归档预热公司"])
    _run(f"""
        import sys
        from acct_desktop.services.pinyin_warm_up import warm_up
        from acct_desktop.store.database import open_database

        db = open_database({str(path)!r}, create=False)
        assert warm_up(db) == 0
        db.close()
        assert "pypinyin" not in sys.modules, "loaded for nothing"
    """)


def test_loading_in_a_thread_while_another_reads_gives_one_load_and_one_reading(
    tmp_path: Path,
) -> None:
    path = _database(tmp_path / "w.acctdb", NAMES)
    _run(f"""
        import sys, threading

        loads = []  # (module, thread) of each import of the library's dictionaries
        sys.addaudithook(
            lambda event, args: event == "import" and args[0] == "pypinyin.phrases_dict"
            and loads.append(threading.current_thread().name)
        )
        from acct_desktop.domain.pinyin import syllables
        from acct_desktop.services.pinyin_warm_up import warm_up
        from acct_desktop.store.database import open_database

        db = open_database({str(path)!r}, create=False)
        counted = []
        worker = threading.Thread(target=lambda: counted.append(warm_up(db)), name="worker")
        worker.start()
        read = syllables("重庆长沙")  # the UI thread, at the same time
        worker.join()
        db.close()
        assert read == ("chong", "qing", "chang", "sha"), read
        assert counted == [2], counted
        assert len(loads) == 1, loads
    """)
