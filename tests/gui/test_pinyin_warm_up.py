"""The window loads the pinyin library in its worker thread once it shows a database with
Chinese names, so that the first Chinese keystroke (Ctrl+K, a dock's Ctrl+F) of a session
does not load it on the UI thread; a dock's filter then reads no name's pinyin at a
keystroke. Run in a fresh interpreter: this one has loaded the library long ago."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

SCRIPT = """
    import sys, threading
    from pathlib import Path

    loads = []  # the thread that imported the library's dictionaries
    sys.addaudithook(
        lambda event, args: event == "import" and args[0] == "pypinyin.phrases_dict"
        and loads.append(threading.current_thread() is threading.main_thread())
    )
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from acct_desktop.app import open_workspace
    from acct_desktop.domain import pinyin
    from acct_desktop.domain.text_search import TextFilter
    from acct_desktop.gui.main_window import MainWindow
    from acct_desktop.gui.settings import AppSettings

    app = QApplication([])
    folder = Path(sys.argv[2])
    window = MainWindow(
        AppSettings(QSettings(str(folder / "s.ini"), QSettings.Format.IniFormat)), open_workspace
    )
    window.resize(1366, 768)
    window.show()
    assert window.open_database(sys.argv[1])
    window.background.wait()
    app.processEvents()
    assert loads == [False], f"loaded on the UI thread or not at all: {loads}"
    # the accounts' Chinese names are read already: filtering them reads no pinyin
    with window.workspace.db.session() as session:
        from sqlalchemy import select
        from acct_desktop.store.models import Account

        names = session.scalars(select(Account.name)).all()
    reads = pinyin.syllables.cache_info()
    kept = [name for name in names if TextFilter.of("gz").keeps(name)]
    assert any("广州" in name for name in kept), kept
    assert pinyin.syllables.cache_info() == reads
    window.set_workspace(None)
    print("ok")
"""


def test_the_window_loads_pinyin_off_the_ui_thread(demo_db: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(SCRIPT), str(demo_db), str(tmp_path)],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().endswith("ok")
