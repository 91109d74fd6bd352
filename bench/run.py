"""acct-desktop's benchmark harness: each scenario timed against a floor measured alongside.

Usage::

    python bench/run.py [--size M] [--repeat 5] [--out bench/results/latest.json]

The demo dataset of ``--size`` is built once (seed 1, history up to a fixed anchor date)
and cached in ``bench/.cache``. Every scenario is a small function in ``SCENARIOS``: it
times the app doing one thing and a *floor* doing the least any implementation must do
for the same visible result, alternating the two, discarding one warm-up of each. The
reported ``ratio`` (scenario median / floor median) is what to watch: it cancels most of
the machine's speed, so it can be compared across machines and runs.

To add a scenario, write ``def my_scenario(ctx: Context) -> Result`` (usually a ``trial``
and a ``floor_trial`` handed to ``measure``) and append it to ``SCENARIOS``.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import re
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, partial
from pathlib import Path
from typing import Any

from timing import Result, measure, timed, timed_call

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BENCH_DIR.parent
CACHE_DIR = BENCH_DIR / ".cache"
DEFAULT_OUT = BENCH_DIR / "results" / "latest.json"
FLOOR_WINDOW = BENCH_DIR / "floor_window.py"

SEED = 1
ANCHOR = date(2026, 11, 2)  # the demo's "today": a fixed date keeps the cached file valid
VIEW_SIZE = (440, 700)  # the account tree dock's default width, a typical height
PAGE = 200  # rows per page, as AccountTreeModel.PAGE
SUBPROCESS_TIMEOUT_S = 300

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # same platform in-process as in the children


# -- the shared context -------------------------------------------------------------------
@dataclass
class Context:
    """What scenarios share: the dataset, the repeat count, and (lazily) Qt and a workspace."""

    size: str
    db_path: Path
    repeat: int
    _cleanup: list[Callable[[], None]] = field(default_factory=list)

    @cached_property
    def app(self) -> Any:
        """The run's one QApplication, styled as the app styles it."""
        from acct_desktop.app import make_application

        return make_application([sys.argv[0]])

    @cached_property
    def workspace(self) -> Any:
        """The cached dataset opened as the app opens it (not timed)."""
        from acct_desktop.app import open_workspace

        workspace = open_workspace(str(self.db_path))
        self._cleanup.append(workspace.close)
        return workspace

    @cached_property
    def sql(self) -> sqlite3.Connection:
        """A plain sqlite3 connection to the same file, for the floors (read-only)."""
        conn = sqlite3.connect(f"{self.db_path.as_uri()}?mode=ro", uri=True)
        self._cleanup.append(conn.close)
        return conn

    def close(self) -> None:
        for step in reversed(self._cleanup):
            step()
        self._cleanup.clear()


# -- helpers --------------------------------------------------------------------------------
def cached_revision(path: Path) -> str | None:
    """The schema revision of a cached dataset (``None`` when unreadable)."""
    try:
        conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
        try:
            return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        finally:
            conn.close()
    except (sqlite3.Error, TypeError):
        return None


def dataset(size: str) -> Path:
    """The cached demo database for ``size``, built on first use and rebuilt when it was
    made by an older schema (an upgraded old demo lacks the newer demo data, e.g. rates)."""
    from acct_desktop.store.schema import HEAD_REVISION

    path = CACHE_DIR / f"{size}-seed{SEED}-{ANCHOR.isoformat()}.acctdb"
    if path.exists():
        revision = cached_revision(path)
        if revision == HEAD_REVISION:
            return path
        print(f"{path.name} has schema {revision}, this build {HEAD_REVISION}: rebuilding")
    from acct_desktop.services.demo import generate_demo

    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    print(f"building the {size} demo dataset in {path} (once; cached after) …", flush=True)
    started = time.perf_counter()
    generate_demo(path, size, seed=SEED, today=ANCHOR, replace=True)
    print(f"built in {time.perf_counter() - started:.1f} s", flush=True)
    return path


@contextmanager
def isolated_env() -> Iterator[dict[str, str]]:
    """Environment for a child GUI process: offscreen, with its own data and config dirs."""
    with tempfile.TemporaryDirectory(prefix="acct-bench-") as scratch:
        data, config = Path(scratch) / "data", Path(scratch) / "config"
        data.mkdir()
        config.mkdir()
        env = dict(os.environ)
        env.update(
            QT_QPA_PLATFORM="offscreen",
            ACCT_DESKTOP_DATA_DIR=str(data),
            XDG_CONFIG_HOME=str(config),
        )
        yield env


def run_reporting(command: list[str], env: dict[str, str], word: str) -> str:
    """Run ``command`` to its end; its output, which must hold ``word`` (``ready``, ``idle``)."""
    done = subprocess.run(
        command,
        env=env,
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        timeout=SUBPROCESS_TIMEOUT_S,
        check=False,
    )
    if done.returncode != 0 or word not in done.stdout.split():
        raise RuntimeError(
            f"{' '.join(command)} exited {done.returncode} without reporting {word}:\n"
            f"{done.stdout}{done.stderr}"
        )
    return done.stdout


def time_process(command: list[str], env: dict[str, str]) -> float:
    """Wall seconds from launching ``command`` until it exits; it must print ``ready``."""
    return timed(lambda: run_reporting(command, env, "ready"), collect=False)


def longest_stall(command: list[str], env: dict[str, str]) -> float:
    """Run ``command`` (which prints ``idle S open S stall S``); the longer of the two
    gaps it reports, in seconds."""
    words = run_reporting(command, env, "idle").split()
    reported = dict(zip(words[0::2], words[1::2], strict=False))
    return max(float(reported["open"]), float(reported["stall"]))


def dock_like_view(model: Any) -> Any:
    """A QTreeView over ``model`` configured as AccountTreeDock configures its view."""
    from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView

    from acct_desktop.gui.docks.account_tree import HIDDEN_BY_DEFAULT

    view = QTreeView()
    view.setModel(model)
    view.setUniformRowHeights(True)
    view.setAlternatingRowColors(True)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.header().setStretchLastSection(False)
    view.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
    view.setColumnWidth(0, 260)
    for column in (1, 2, 3, 4):
        view.setColumnWidth(column, 90)
    view.setColumnWidth(3, 40)
    for column in HIDDEN_BY_DEFAULT:  # as the dock starts: a shown YTD column reads figures
        if column < model.columnCount():
            view.setColumnHidden(column, True)
    view.resize(*VIEW_SIZE)
    view.show()
    return view


def paint(view: Any) -> None:
    """Force a full paint of the view's rows (grab renders the viewport synchronously)."""
    view.viewport().grab()


def dispose(app: Any, *objects: Any) -> None:
    """Delete Qt objects now (not at some later event-loop turn) so trials stay independent."""
    from PySide6.QtCore import QEvent

    for obj in objects:
        if hasattr(obj, "hide"):
            obj.hide()
        obj.deleteLater()
    app.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    app.processEvents()
    gc.collect()


def standard_items(rows: list[tuple[bytes, str]]) -> list[Any]:
    """One QStandardItem per (id, name) row: the name shown, the id kept as user data."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStandardItem

    items = []
    for account_id, name in rows:
        item = QStandardItem(name)
        item.setData(account_id, Qt.ItemDataRole.UserRole)
        item.setEditable(False)
        items.append(item)
    return items


def timed_paint(app: Any, make_model: Callable[[], Any], what: str) -> float:
    """Seconds to build a model (``make_model``), show it in a dock-like view and paint it."""

    def shown() -> tuple[Any, Any]:
        model = make_model()
        view = dock_like_view(model)
        paint(view)
        return model, view

    elapsed, (model, view) = timed_call(shown)
    if model.rowCount() == 0:
        raise RuntimeError(f"{what} painted no rows")
    dispose(app, view, model)
    return elapsed


def timed_standard_paint(app: Any, fetch_rows: Callable[[], list[tuple[bytes, str]]]) -> float:
    """The floor of ``timed_paint``: raw rows into a QStandardItemModel, shown and painted."""
    from PySide6.QtGui import QStandardItemModel

    def shown() -> tuple[Any, Any]:
        model = QStandardItemModel()
        model.invisibleRootItem().appendRows(standard_items(fetch_rows()))
        view = dock_like_view(model)
        paint(view)
        return model, view

    elapsed, (model, view) = timed_call(shown)
    dispose(app, view, model)
    return elapsed


ROOTS_SQL = (
    "SELECT id, name FROM account WHERE parent_id IS NULL AND archived_at IS NULL "
    f"ORDER BY name LIMIT {PAGE}"
)
CHILDREN_SQL = (
    "SELECT id, name FROM account WHERE parent_id = ? AND archived_at IS NULL "
    f"ORDER BY name LIMIT {PAGE}"
)
LARGEST_ROOT_SQL = """
    SELECT p.id, count(c.id) AS n FROM account AS p
    JOIN account AS c ON c.parent_id = p.id AND c.archived_at IS NULL
    WHERE p.parent_id IS NULL AND p.archived_at IS NULL
    GROUP BY p.id ORDER BY n DESC, p.name LIMIT 1
"""


# -- scenarios ----------------------------------------------------------------------------
def startup(ctx: Context) -> Result:
    """Launch to exit of ``acct-desktop --db <dataset> --quit-when-ready``.

    Floor: ``bench/floor_window.py``, a bare main window with five empty docks. Each series
    has its own isolated data and config folders, shared by its runs, so every timed run is
    a returning user's start (the discarded warm-up is the first-ever start).
    """
    return measure_app_against_floor(ctx, "startup", "--quit-when-ready", [], time_process)


def open_stall(ctx: Context) -> Result:
    """How long the window stops answering when it opens the dataset: the longest gap
    between event-loop turns, from just before the open until every background read
    (alerts, plan vs actual, the status line's counts…) has reported.

    ``acct-desktop --db <dataset> --quit-when-idle`` prints it (``gui.stall_watch``: a 5 ms
    timer, as painting and clicks need the loop); a sample is the larger of the open itself
    and the longest stall after it. Floor: ``bench/floor_window.py --watch 3``, the same
    watch over a bare window with nothing to do (the timer's jitter). Budget (UX.md): ~0.1 s.
    """
    return measure_app_against_floor(
        ctx, "open_stall", "--quit-when-idle", ["--watch", "3"], longest_stall
    )


def measure_app_against_floor(
    ctx: Context,
    name: str,
    app_flag: str,
    floor_args: list[str],
    sample: Callable[[list[str], dict[str, str]], float],
) -> Result:
    """``acct-desktop --db <dataset> <app_flag>`` against ``floor_window.py <floor_args>``,
    each series in its own isolated data and config folders (shared by its runs)."""
    app_command = [sys.executable, "-m", "acct_desktop", "--db", str(ctx.db_path), app_flag]
    floor_command = [sys.executable, str(FLOOR_WINDOW), *floor_args]
    with isolated_env() as app_env, isolated_env() as floor_env:
        return measure(
            name,
            lambda: sample(app_command, app_env),
            lambda: sample(floor_command, floor_env),
            ctx.repeat,
        )


def tree_first_paint(ctx: Context) -> Result:
    """Build the account tree's model and view over an open workspace until first painted.

    Floor: the raw sqlite3 query for the same first page of root accounts, filled into a
    QStandardItemModel shown in an identical view, painted.
    """
    from acct_desktop.gui.models.account_tree import AccountTreeModel
    from acct_desktop.gui.models.tree_sources import HierarchySource

    app = ctx.app  # Qt up before any widget
    tree = ctx.workspace.tree

    def trial() -> float:
        return timed_paint(app, lambda: AccountTreeModel(HierarchySource(tree)), "the tree")

    def floor_trial() -> float:
        return timed_standard_paint(app, lambda: ctx.sql.execute(ROOTS_SQL).fetchall())

    return measure("tree_first_paint", trial, floor_trial, ctx.repeat)


def tree_expand(ctx: Context) -> Result:
    """Expand the root account with the most children: fetch its first page and paint it.

    The tree is built, painted and scrolled so that account is the top row before the
    clock starts. Floor: the raw sqlite3 query for the same page of children, appended
    under the same row of a QStandardItemModel tree, expanded and painted.
    """
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QAbstractItemView

    from acct_desktop.gui.models.account_tree import AccountTreeModel
    from acct_desktop.gui.models.tree_sources import HierarchySource

    app = ctx.app  # Qt up before any widget
    tree = ctx.workspace.tree
    found = ctx.sql.execute(LARGEST_ROOT_SQL).fetchone()
    if found is None:
        raise RuntimeError(f"{ctx.db_path} has no root account with children")
    raw_id: bytes = found[0]
    account_id = uuid.UUID(bytes=raw_id)
    print(f"  expanding root {account_id} ({found[1]} children)", file=sys.stderr)
    top = QAbstractItemView.ScrollHint.PositionAtTop

    def trial() -> float:
        model = AccountTreeModel(HierarchySource(tree))
        view = dock_like_view(model)
        index = model.index_of([account_id])
        if not index.isValid() or index.parent().isValid():
            raise RuntimeError(f"account {account_id} is not a root row of the tree")
        view.scrollTo(index, top)
        paint(view)

        def expanded() -> None:
            model.fetchMore(index)
            view.expand(index)
            paint(view)

        elapsed = timed(expanded)
        if model.rowCount(index) == 0:
            raise RuntimeError(f"expanding account {account_id} showed no children")
        dispose(app, view, model)
        return elapsed

    def floor_trial() -> float:
        model = QStandardItemModel()
        roots = ctx.sql.execute(ROOTS_SQL).fetchall()
        model.invisibleRootItem().appendRows(standard_items(roots))
        view = dock_like_view(model)
        row = next((i for i, (root_id, _name) in enumerate(roots) if root_id == raw_id), None)
        if row is None:
            raise RuntimeError(f"account {account_id} is not in the first page of roots")
        index = model.index(row, 0)
        item = model.itemFromIndex(index)
        view.scrollTo(index, top)
        paint(view)

        def expanded() -> None:
            item.appendRows(standard_items(ctx.sql.execute(CHILDREN_SQL, (raw_id,)).fetchall()))
            view.expand(index)
            paint(view)

        elapsed = timed(expanded)
        dispose(app, view, model)
        return elapsed

    return measure("tree_expand", trial, floor_trial, ctx.repeat)


SEARCH_FRAGMENT_SQL = (
    "SELECT name FROM account WHERE country_code = ? AND archived_at IS NULL "
    "ORDER BY code LIMIT 1 OFFSET 7"
)
SEARCH_FLOOR_SQL = "SELECT id FROM account WHERE name LIKE ? LIMIT 50"
SEARCH_TYPED_CHARS = 10  # characters of each name typed, one keystroke at a time


def p95(samples: list[float]) -> float:
    """The 95th percentile (nearest rank) of ``samples``."""
    ordered = sorted(samples)
    return ordered[max(0, -(-len(ordered) * 95 // 100) - 1)]


def search_as_you_type(ctx: Context) -> Result:
    """Type the start of a Dutch, a Vietnamese and a Chinese account name one character at
    a time into ``workspace.search.search`` (first 50 hits each); a sample is the p95 of
    the per-keystroke times of one run through all of them.

    Floor: per keystroke, the raw sqlite3 prefix query ``SELECT id FROM account WHERE name
    LIKE ? LIMIT 50`` (``'<typed>%'``), the p95 likewise.
    """
    search = ctx.workspace.search
    fragments = []
    for country in ("NL", "VN", "CN"):
        row = ctx.sql.execute(SEARCH_FRAGMENT_SQL, (country,)).fetchone()
        if row is not None:
            fragments.append(row[0][:SEARCH_TYPED_CHARS].rstrip())
    if not fragments:
        raise RuntimeError(f"{ctx.db_path} has no accounts to search for")
    keystrokes = [f[:i] for f in fragments for i in range(1, len(f) + 1)]
    print(f"  typing {fragments} ({len(keystrokes)} keystrokes)", file=sys.stderr)
    for fragment in fragments:
        if not search.search(fragment):
            raise RuntimeError(f"search finds no account for {fragment!r}")

    def trial() -> float:
        return _keystrokes_p95(keystrokes, lambda typed: search.search(typed, limit=50))

    def floor_trial() -> float:
        return _keystrokes_p95(
            keystrokes, lambda typed: ctx.sql.execute(SEARCH_FLOOR_SQL, (f"{typed}%",)).fetchall()
        )

    return measure("search_as_you_type", trial, floor_trial, ctx.repeat)


def _keystrokes_p95(keystrokes: list[str], look_up: Callable[[str], object]) -> float:
    """The p95 of ``look_up``'s time per keystroke, over one run through ``keystrokes``."""
    return p95([timed(partial(look_up, typed), collect=False) for typed in keystrokes])


def _middle_piece(name: str) -> str:
    """What a user remembers of a name: from its second word on (Dutch compounds and
    Chinese names from the third character), ``SEARCH_TYPED_CHARS`` long, without
    accents (typed on a keyboard without Vietnamese input)."""
    import unicodedata

    parts = name.split(maxsplit=1)
    rest = parts[1] if len(parts) > 1 else name[2:]
    plain = (
        "".join(c for c in unicodedata.normalize("NFKD", rest) if not unicodedata.combining(c))
        .replace("đ", "d")
        .replace("Đ", "D")
    )
    return plain[:SEARCH_TYPED_CHARS].strip()


def search_fragments(ctx: Context) -> Result:
    """Type fragments from the middle of names, as people remember them, one character at
    a time into ``workspace.search.search`` (first 50 hits each): the second word on of a
    Dutch and of a Vietnamese name (the latter without accents), the third character on of
    a Chinese name, and a code's digits after its first three characters. A sample is the
    p95 of the per-keystroke times of one run through all of them, on a new search object
    each run (nothing remembered from the run before).

    Floor: per keystroke, the raw sqlite3 substring query ``SELECT id FROM account WHERE
    name LIKE ? LIMIT 50`` (``'%<typed>%'``), the p95 likewise. (It finds names only, and
    scans the table when few names match.)
    """
    from acct_desktop.services.search import AccountSearch

    pieces = []
    for country in ("NL", "VN", "CN"):
        row = ctx.sql.execute(SEARCH_FRAGMENT_SQL, (country,)).fetchone()
        if row is not None:
            pieces.append(_middle_piece(row[0]))
    code = ctx.sql.execute("SELECT code FROM account ORDER BY code LIMIT 1 OFFSET 7").fetchone()
    if code is not None:
        pieces.append(code[0][3:])
    if not pieces:
        raise RuntimeError(f"{ctx.db_path} has no accounts to search for")
    keystrokes = [p[:i] for p in pieces for i in range(1, len(p) + 1)]
    print(f"  typing {pieces} ({len(keystrokes)} keystrokes)", file=sys.stderr)
    for piece in pieces:
        if not ctx.workspace.search.search(piece):
            raise RuntimeError(f"search finds no account for {piece!r}")

    def trial() -> float:
        search = AccountSearch(ctx.workspace.db)
        return _keystrokes_p95(keystrokes, lambda typed: search.search(typed, limit=50))

    def floor_trial() -> float:
        return _keystrokes_p95(
            keystrokes,
            lambda typed: ctx.sql.execute(SEARCH_FLOOR_SQL, (f"%{typed}%",)).fetchall(),
        )

    return measure("search_fragments", trial, floor_trial, ctx.repeat)


GLOBAL_CONTACT_SQL = (
    "SELECT c.name FROM contact AS c JOIN account AS a ON a.id = c.account_id "
    "WHERE a.country_code = ? AND c.archived_at IS NULL AND a.archived_at IS NULL "
    "ORDER BY c.name LIMIT 1 OFFSET 7"
)


def global_search(ctx: Context) -> Result:
    """Type into ``workspace.global_search.search`` (Ctrl+K: accounts, contacts, quotes,
    issues, checklists; 5 of each per keystroke) one character at a time: a Dutch and a
    Vietnamese contact's name (the latter without accents), a quote number, the last digits
    of an issue number, and a Chinese account name. A sample is the p95 per keystroke.

    Floor: per keystroke, the raw sqlite3 substring queries over the same tables a naive
    search box would run (``LIKE '%<typed>%'`` on account and contact names and on quote and
    issue numbers, 5 rows each); the p95 likewise. They scan the tables when few rows
    match, so on large data the ratio can fall below 1.
    """
    typed = []
    for country in ("NL", "VN"):
        row = ctx.sql.execute(GLOBAL_CONTACT_SQL, (country,)).fetchone()
        if row is not None:
            typed.append(_middle_piece(f"x {row[0]}") if country == "VN" else row[0])
    for sql, cut in (
        ("SELECT number FROM quote ORDER BY number DESC LIMIT 1 OFFSET 3", 0),
        ("SELECT number FROM customer_issue ORDER BY number LIMIT 1 OFFSET 16", -5),
    ):
        row = ctx.sql.execute(sql).fetchone()
        if row is not None:
            typed.append(row[0][cut:])
    row = ctx.sql.execute(SEARCH_FRAGMENT_SQL, ("CN",)).fetchone()
    if row is not None:
        typed.append(row[0][:SEARCH_TYPED_CHARS])
    typed = [text[:14].strip() for text in typed if text]
    if not typed:
        raise RuntimeError(f"{ctx.db_path} has nothing to search for")
    keystrokes = [t[:i] for t in typed for i in range(1, len(t) + 1)]
    print(f"  typing {typed} ({len(keystrokes)} keystrokes)", file=sys.stderr)
    search = ctx.workspace.global_search
    search.catch_up()  # (a dataset cached before migration 0016: indexed once, untimed)
    for text in typed:
        if not search.search(text):
            raise RuntimeError(f"global search finds nothing for {text!r}")
    floors = (
        "SELECT id FROM account WHERE name LIKE ? LIMIT 5",
        "SELECT id FROM contact WHERE name LIKE ? LIMIT 5",
        "SELECT id FROM quote WHERE number LIKE ? LIMIT 5",
        "SELECT id FROM customer_issue WHERE number LIKE ? LIMIT 5",
    )

    def trial() -> float:
        return _keystrokes_p95(keystrokes, lambda typed: search.search(typed))

    def floor_trial() -> float:
        return _keystrokes_p95(
            keystrokes,
            lambda typed: [ctx.sql.execute(sql, (f"%{typed}%",)).fetchall() for sql in floors],
        )

    return measure("global_search", trial, floor_trial, ctx.repeat)


GLOBAL_PAGES_READ = 2_000  # hits of one kind scrolled through, 50 at a time


def global_search_pages(ctx: Context) -> Result:
    """Scroll through "Show all" in the Ctrl+K list: for a two-letter piece of names
    ("an"), a word ("van") and a piece of a number ("0017"), the kind with the most hits,
    read by ``workspace.global_search.page`` 50 at a time (as the list reads them while it
    scrolls) up to the first 2,000 hits. A sample is the **p95 per page**. (The count, made
    in the background worker, is printed, not timed.)

    Floor: per page, the raw sqlite3 query a naive list would run,
    ``SELECT id FROM contact WHERE name LIKE '%<piece>%' ORDER BY name LIMIT 50 OFFSET ?``,
    the same number of pages; the p95 likewise.
    """
    from acct_desktop.services.global_search import PAGE
    from acct_desktop.services.record_search import HitKind

    search = ctx.workspace.global_search
    search.catch_up()
    plans: list[tuple[str, HitKind, int]] = []
    for typed in ("an", "van", "0017"):
        counts = {kind: search.count(typed, kind) for kind in HitKind}
        kind = max(counts, key=lambda k: counts[k])
        pages = -(-min(counts[kind], GLOBAL_PAGES_READ) // PAGE)
        plans.append((typed, kind, pages))
        print(f"  {typed!r}: {counts[kind]} {kind.value} hits, {pages} pages", file=sys.stderr)
    floor_sql = "SELECT id FROM contact WHERE name LIKE ? ORDER BY name LIMIT ? OFFSET ?"

    def trial() -> float:
        times = []
        for typed, kind, pages in plans:
            mark = None
            for _ in range(pages):
                started = time.perf_counter()
                page = search.page(typed, kind, mark, PAGE)
                times.append(time.perf_counter() - started)
                mark = page.next
        return p95(times)

    def floor_trial() -> float:
        times = []
        for typed, _kind, pages in plans:
            for n in range(pages):
                started = time.perf_counter()
                ctx.sql.execute(floor_sql, (f"%{typed}%", PAGE, n * PAGE)).fetchall()
                times.append(time.perf_counter() - started)
        return p95(times)

    return measure("global_search_pages", trial, floor_trial, ctx.repeat)


Scenario = Callable[[Context], Result]


def tree_expand_all_top(ctx: Context) -> Result:
    """Expand every account of the first page of top-level rows and paint.

    Floor: the raw sqlite3 children query for each of those roots, appended under them in a
    QStandardItemModel tree, expanded and painted.
    """
    from PySide6.QtCore import QModelIndex
    from PySide6.QtGui import QStandardItemModel

    from acct_desktop.gui.models.account_tree import AccountTreeModel
    from acct_desktop.gui.models.tree_sources import HierarchySource

    app = ctx.app
    tree = ctx.workspace.tree

    def expanded() -> tuple[Any, Any]:
        model = AccountTreeModel(HierarchySource(tree))
        model.fetchMore(QModelIndex())
        view = dock_like_view(model)
        for row in range(model.rowCount()):
            index = model.index(row, 0)
            if model.canFetchMore(index):
                model.fetchMore(index)
                view.expand(index)
        paint(view)
        return model, view

    def floor_expanded() -> tuple[Any, Any]:
        model = QStandardItemModel()
        roots = ctx.sql.execute(ROOTS_SQL).fetchall()
        items = standard_items(roots)
        model.invisibleRootItem().appendRows(items)
        view = dock_like_view(model)
        for item, (root_id, _name) in zip(items, roots, strict=True):
            children = ctx.sql.execute(CHILDREN_SQL, (root_id,)).fetchall()
            if children:
                item.appendRows(standard_items(children))
                view.expand(item.index())
        paint(view)
        return model, view

    def trial() -> float:
        elapsed, (model, view) = timed_call(expanded)
        dispose(app, view, model)
        return elapsed

    def floor_trial() -> float:
        elapsed, (model, view) = timed_call(floor_expanded)
        dispose(app, view, model)
        return elapsed

    return measure("tree_expand_all_top", trial, floor_trial, ctx.repeat)


def filter_change(ctx: Context) -> Result:
    """Switch the tree to the "tier A" filter: first page of matches, painted.

    Floor: the same page by a raw sqlite3 query (tier A, not archived, by name) filled into
    a QStandardItemModel and painted.
    """
    from acct_desktop.domain.enums import Tier
    from acct_desktop.gui.models.account_tree import AccountTreeModel
    from acct_desktop.gui.models.tree_sources import FilterSource
    from acct_desktop.services.account_tree import AccountFilter

    app = ctx.app
    tree = ctx.workspace.tree
    wanted = AccountFilter(tiers=frozenset({Tier.A}))
    floor_sql = (
        "SELECT id, name FROM account WHERE tier = 'A' AND archived_at IS NULL "
        f"ORDER BY name LIMIT {PAGE}"
    )

    def trial() -> float:
        return timed_paint(app, lambda: AccountTreeModel(FilterSource(tree, wanted)), "tier A")

    def floor_trial() -> float:
        return timed_standard_paint(app, lambda: ctx.sql.execute(floor_sql).fetchall())

    return measure("filter_change", trial, floor_trial, ctx.repeat)


def checklist_200(ctx: Context) -> Result:
    """Print and seal a 200-item Chinese checklist (layout with the embedded CJK font, QR
    and page furniture, then a PAdES seal with the manager's RSA key).

    Floor: a bare reportlab document of the same 200 rows — a plain Helvetica table with
    no embedded font, no page furniture and no seal.
    """
    import io
    import tempfile
    from datetime import UTC, datetime

    import keyring
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    from acct_desktop.domain.checklists import ChecklistContent, ChecklistItem, ChecklistParty
    from acct_desktop.reporting.checklist_pdf import build_checklist_pdf
    from acct_desktop.services.memory_keyring import MemoryKeyring
    from acct_desktop.services.seal_keys import SealIdentity, SealKeyStore
    from acct_desktop.services.sealing import seal_pdf

    keyring.set_keyring(MemoryKeyring())
    keys = SealKeyStore(Path(tempfile.mkdtemp(prefix="bench-seal-")))
    keys.create(SealIdentity("李伟", "Acme 润滑油"))
    signer = keys.signer()
    description = "配送中心对各门店的补货周期由三天改为两天，需确认新的订单截止时间和车辆安排。"
    items = tuple(
        ChecklistItem(
            n,
            f"IS-2026-{n:05d}",
            "delivery",
            description,
            "陈晓东",
            datetime(2026, 12, 1, tzinfo=UTC).date(),
            "open",
        )
        for n in range(1, 201)
    )
    content = ChecklistContent(
        number="CL-2026-0200",
        revision=1,
        issued_at=datetime(2026, 11, 23, 9, tzinfo=UTC),
        language="zh_CN",
        account_code="CN000001",
        account_name="华润万家广州配送中心",
        customer=ChecklistParty("华润万家广州配送中心", "华润万家"),
        manager=ChecklistParty("李伟", "Acme 润滑油", "+86 20 1234 5678"),
        items=items,
    )
    rows = [[i.issue_number, i.category, i.description[:30], i.responsible] for i in items]

    def trial() -> float:
        return timed(
            lambda: seal_pdf(build_checklist_pdf(content), signer, reason="bench"), collect=False
        )

    def floor_trial() -> float:
        return timed(
            lambda: SimpleDocTemplate(io.BytesIO(), pagesize=A4).build([Table(rows, repeatRows=0)]),
            collect=False,
        )

    return measure("checklist_200", trial, floor_trial, ctx.repeat)


PRICE_REQUESTS = 10_000
PRICE_FLOOR_SQL = "SELECT list_price FROM product WHERE id = ?"


def price_10k(ctx: Context) -> Result:
    """Price 10,000 (account, product, quantity) requests with ``PricingService.price_many``:
    one snapshot of the accounts (and their parents), products, register and exchange rates,
    then the engine for each request, with its breakdown and guard flags, in each account's
    currency on the dataset's anchor day.

    The requests are a fixed sample (seed 1) of accounts × active products, quantities drawn
    from 1, 5, 10, 40, 50 and 120 packs. Floor: 10,000 primary-key lookups of the product's
    list price with raw sqlite3 (``SELECT list_price FROM product WHERE id = ?``), the least
    any implementation must read per request.
    """
    import random
    from decimal import Decimal

    from acct_desktop.services.pricing import PriceAsk, PricingService

    rng = random.Random(SEED)
    accounts = [r[0] for r in ctx.sql.execute("SELECT id FROM account WHERE archived_at IS NULL")]
    products = [r[0] for r in ctx.sql.execute("SELECT id FROM product WHERE active = 1")]
    pairs = [(rng.choice(accounts), rng.choice(products)) for _ in range(PRICE_REQUESTS)]
    quantities = [Decimal(rng.choice((1, 5, 10, 40, 50, 120))) for _ in range(PRICE_REQUESTS)]
    asks = [
        PriceAsk(uuid.UUID(bytes=a), uuid.UUID(bytes=p), q, on=ANCHOR)
        for (a, p), q in zip(pairs, quantities, strict=True)
    ]
    service = PricingService(ctx.workspace.db)
    quotes = service.price_many(asks)
    fired = sum(1 for q in quotes if q.policy)
    print(f"  {len(quotes)} prices, {fired} by a policy, the rest at list", file=sys.stderr)

    def trial() -> float:
        elapsed, priced = timed_call(lambda: service.price_many(asks))
        if len(priced) != PRICE_REQUESTS:
            raise RuntimeError(f"priced {len(priced)} of {PRICE_REQUESTS} requests")
        return elapsed

    def read_prices() -> None:
        for _account, product in pairs:
            ctx.sql.execute(PRICE_FLOOR_SQL, (product,)).fetchone()

    def floor_trial() -> float:
        return timed(read_prices)

    return measure("price_10k", trial, floor_trial, ctx.repeat)


CHECK_REGISTER_FLOOR_SQL = (
    "SELECT * FROM price_policy WHERE archived_at IS NULL",
    "SELECT id, category, list_price, currency, active FROM product",
    "SELECT parent_id, channel, territory_id, currency FROM account",
)


def check_register(ctx: Context) -> Result:
    """``PricingService.check_register`` on the anchor day, as ``acct-desktop
    check-register`` runs it: the engine's checks over the register (overlaps, loops,
    policies that never fire) and every price inversion: one account of each kind (same
    policies, same currency; one recursive query over the account tree) priced at every
    quantity break of each product a breaking policy covers.

    Floor: the rows any implementation must read, by raw sqlite3: the non-archived policies
    (every column), the products (id, category, list price, currency, active) and every
    account's parent, channel, territory and currency: no grouping and no pricing.
    """
    from acct_desktop.services.pricing import PricingService

    service = PricingService(ctx.workspace.db)
    count = len(service.check_register(ANCHOR))
    print(f"  {count} problem(s) in the register on {ANCHOR}", file=sys.stderr)

    def trial() -> float:
        elapsed, found = timed_call(lambda: service.check_register(ANCHOR))
        if len(found) != count:
            raise RuntimeError(f"{len(found)} problems, expected {count}")
        return elapsed

    def floor_trial() -> float:
        return timed(lambda: [ctx.sql.execute(sql).fetchall() for sql in CHECK_REGISTER_FLOOR_SQL])

    return measure("check_register", trial, floor_trial, ctx.repeat)


REBATE_FLOOR_SQL = (
    "SELECT account_id, sum(amount) FROM sales_fact "
    "WHERE measure = 'sell_in' AND period BETWEEN ? AND ? GROUP BY account_id"
)


def rebate_accruals_all(ctx: Context) -> Result:
    """Accruals of every rebate agreement on the anchor day with
    ``RebateAccrualService.accruals_for_all``: sell-in rolled up each agreement's account
    subtree (one recursive-CTE query for all), last year for growth, the engine's accrual,
    projection and distance to the next tier, settlements deducted.

    Floor: one raw sqlite3 ``SELECT account_id, sum(amount) FROM sales_fact WHERE
    measure = 'sell_in' AND period BETWEEN ? AND ? GROUP BY account_id`` over the span of
    all agreements' periods up to the anchor day — the sums any implementation must read,
    without the roll-up, the windows per agreement or the rebate maths.
    """
    from acct_desktop.services.rebate_accruals import RebateAccrualService

    start, end = ctx.sql.execute(
        "SELECT min(period_start), max(period_end) FROM rebate_agreement"
    ).fetchone()
    span = (start, min(end, ANCHOR.isoformat()))
    service = RebateAccrualService(ctx.workspace.db)
    count = len(service.accruals_for_all(ANCHOR))
    print(f"  {count} agreements, sell-in from {span[0]} to {span[1]}", file=sys.stderr)

    def trial() -> float:
        elapsed, done = timed_call(lambda: service.accruals_for_all(ANCHOR))
        if len(done) != count:
            raise RuntimeError(f"{len(done)} accruals, expected {count}")
        return elapsed

    def floor_trial() -> float:
        return timed(lambda: ctx.sql.execute(REBATE_FLOOR_SQL, span).fetchall())

    return measure("rebate_accruals_all", trial, floor_trial, ctx.repeat)


PLAN_ACCOUNTS = 2000
PLAN_FLOOR_SQL = (
    "SELECT a.id, a.latitude, a.longitude, a.tier, max(v.planned_start) FROM account a "
    "LEFT JOIN visit v ON v.account_id = a.id AND v.status = 'done' "
    "WHERE a.id IN (SELECT id FROM account WHERE latitude IS NOT NULL AND archived_at IS NULL "
    "ORDER BY code LIMIT ?) GROUP BY a.id"
)


def plan_13_weeks(ctx: Context) -> Result:
    """Propose a 13-week plan (5 working days, 6 visits a day) for 2,000 accounts with
    ``VisitPlanner.propose``: cycles, last visits, issues and quotes read, priorities,
    days grouped by area and every day routed.

    Floor: one raw sqlite3 query of what any planner must read — the 2,000 accounts'
    coordinates, tiers and last visit done — with no planning at all.
    """
    from datetime import timedelta

    from acct_desktop.domain.visit_planning import PlanSettings
    from acct_desktop.services.visit_plans import VisitPlanner

    ids = [
        uuid.UUID(bytes=row[0]) if isinstance(row[0], bytes) else uuid.UUID(str(row[0]))
        for row in ctx.sql.execute(
            "SELECT id FROM account WHERE latitude IS NOT NULL AND archived_at IS NULL "
            "ORDER BY code LIMIT ?",
            (PLAN_ACCOUNTS,),
        )
    ]
    monday = ANCHOR + timedelta(days=(7 - ANCHOR.weekday()) % 7 or 7)
    settings = PlanSettings(first_day=monday, last_day=monday + timedelta(weeks=13, days=-3))
    planner = VisitPlanner(ctx.workspace.db, "bench")
    plan, _names = planner.propose(settings, ids, today=ANCHOR)
    print(f"  {len(ids)} accounts, {plan.proposed_count} visits proposed", file=sys.stderr)

    def trial() -> float:
        return timed(lambda: planner.propose(settings, ids, today=ANCHOR))

    def floor_trial() -> float:
        return timed(
            lambda: ctx.sql.execute(PLAN_FLOOR_SQL, (PLAN_ACCOUNTS,)).fetchall(), collect=False
        )

    return measure("plan_13_weeks", trial, floor_trial, ctx.repeat)


def month_view(ctx: Context) -> Result:
    """Show a month of everyone's visits in the calendar's month view: the visits read
    through ``VisitService.between``, conflicts found, the view painted (grab).

    Floor: the raw sqlite3 query of that month's visits with their account names.
    """
    from datetime import UTC, datetime, timedelta
    from datetime import time as clock

    from acct_desktop.gui.current_account import CurrentAccount
    from acct_desktop.gui.docks.visit_calendar import MONTH, VisitCalendarDock

    app = ctx.app
    dock = VisitCalendarDock(CurrentAccount())
    dock.resize(1200, 700)
    dock.set_workspace(ctx.workspace)
    dock.day = ANCHOR
    first = ANCHOR.replace(day=1)
    start = datetime.combine(first, clock(), tzinfo=UTC)
    end = start + timedelta(days=31)
    count = ctx.sql.execute(
        "SELECT count(*) FROM visit WHERE planned_start >= ? AND planned_start < ?",
        (start.isoformat(sep=" "), end.isoformat(sep=" ")),
    ).fetchone()[0]
    total = ctx.sql.execute("SELECT count(*) FROM visit").fetchone()[0]
    print(f"  {total:,} visits in the database, about {count:,} in the month", file=sys.stderr)

    def month_shown() -> None:
        dock.scope.setCurrentIndex(MONTH)
        dock.reload()
        dock.month_view.grab()
        app.processEvents()

    def trial() -> float:
        elapsed = timed(month_shown)
        dock.scope.setCurrentIndex(0)
        return elapsed

    def floor_trial() -> float:
        return timed(
            lambda: ctx.sql.execute(
                "SELECT v.id, v.planned_start, v.planned_end, a.name FROM visit v "
                "JOIN account a ON a.id = v.account_id "
                "WHERE v.planned_start >= ? AND v.planned_start < ? AND v.archived_at IS NULL",
                (start.isoformat(sep=" "), end.isoformat(sep=" ")),
            ).fetchall(),
            collect=False,
        )

    try:
        return measure("month_view", trial, floor_trial, ctx.repeat)
    finally:
        dispose(app, dock)


CALENDAR_UID = re.compile(rb"^UID:([0-9a-f-]{36})@acct-desktop\r?$", re.MULTILINE)


def calendar_import(ctx: Context) -> Result:
    """Read back our own .ics export of the month before the anchor (every visit of the
    dataset in it, as Outlook would send them back unchanged) with ``import_ics``: the file
    read a line at a time, each event parsed by icalendar, matched to its visit by UID and
    compared, in chunks of 500, in one transaction that changes nothing.

    Floor: the file read and each event's UID found by one regular expression over its
    bytes, and those visits' times and status read by raw sqlite3, 500 ids at a time.
    """
    from datetime import timedelta

    from acct_desktop.services.visit_calendar_export import export_ics_file
    from acct_desktop.services.visit_calendar_import import import_ics

    folder = Path(tempfile.mkdtemp(prefix="bench-ics-"))
    path = folder / "month.ics"
    first = ANCHOR - timedelta(days=30)
    count = export_ics_file(ctx.workspace.db, path, first, ANCHOR, "Europe/Amsterdam")
    ctx._cleanup.append(lambda: (path.unlink(missing_ok=True), folder.rmdir()))
    size = path.stat().st_size
    print(f"  {count:,} visits, {size / 1e6:.1f} MB", file=sys.stderr)

    def trial() -> float:
        elapsed, summary = timed_call(
            lambda: import_ics(ctx.workspace.db, path, "bench", tz_name="Europe/Amsterdam")
        )
        if summary.unchanged + len(summary.skipped) != count:
            raise RuntimeError(f"{summary.unchanged} unchanged, expected {count}")
        return elapsed

    def read_raw() -> None:
        ids = [uuid.UUID(m.decode()).bytes for m in CALENDAR_UID.findall(path.read_bytes())]
        for at in range(0, len(ids), 500):
            chunk = ids[at : at + 500]
            marks = ",".join("?" * len(chunk))
            ctx.sql.execute(
                f"SELECT id, planned_start, planned_end, status FROM visit WHERE id IN ({marks})",
                chunk,
            ).fetchall()

    def floor_trial() -> float:
        return timed(read_raw, collect=False)

    return measure("calendar_import", trial, floor_trial, ctx.repeat)


SCENARIOS: list[Scenario] = [
    startup,
    open_stall,
    tree_first_paint,
    tree_expand,
    tree_expand_all_top,
    filter_change,
    search_as_you_type,
    search_fragments,
    global_search,
    global_search_pages,
    checklist_200,
    price_10k,
    check_register,
    rebate_accruals_all,
    plan_13_weeks,
    month_view,
    calendar_import,
]


# -- reporting ----------------------------------------------------------------------------
def table(results: list[Result], repeat: int) -> str:
    """The results as a fixed-width text table."""
    header = f"{'scenario':<20} {'median s':>10} {'floor median s':>15} {'ratio':>8} {'repeats':>8}"
    lines = [header, "-" * len(header)]
    for r in results:
        lines.append(
            f"{r.name:<20} {r.median_s:>10.4f} {r.floor_median_s:>15.4f} "
            f"{r.ratio:>8.2f} {repeat:>8}"
        )
    return "\n".join(lines)


def report(size: str, db_path: Path, results: list[Result]) -> dict[str, Any]:
    """The JSON document written to ``--out``."""
    try:
        from PySide6 import __version__ as pyside_version
    except ImportError:  # pragma: no cover
        pyside_version = None
    try:
        dataset_name = str(db_path.relative_to(PROJECT_DIR))
    except ValueError:
        dataset_name = str(db_path)
    return {
        "size": size,
        "dataset": dataset_name,
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "platform": platform.platform(),
            "pyside6": pyside_version,
        },
        "scenarios": [r.as_json() for r in results],
    }


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--size", default="M", type=str.upper, choices=("S", "M", "L"), help="demo dataset size"
    )
    parser.add_argument(
        "--repeat", default=5, type=int, help="timed runs per scenario and floor (default 5)"
    )
    parser.add_argument(
        "--out", default=DEFAULT_OUT, type=Path, help=f"JSON results file (default {DEFAULT_OUT})"
    )
    parser.add_argument(
        "--only", nargs="+", metavar="SCENARIO", help="run just these scenarios (by name)"
    )
    args = parser.parse_args(argv)
    if args.repeat < 1:
        parser.error("--repeat must be at least 1")
    known = {s.__name__ for s in SCENARIOS}
    unknown = set(args.only or ()) - known
    if unknown:
        parser.error(f"unknown scenario(s) {sorted(unknown)}; known: {sorted(known)}")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    db_path = dataset(args.size)
    chosen = [s for s in SCENARIOS if not args.only or s.__name__ in args.only]
    ctx = Context(size=args.size, db_path=db_path, repeat=args.repeat)
    results: list[Result] = []
    try:
        for scenario in chosen:
            print(f"… {scenario.__name__}", file=sys.stderr, flush=True)
            results.append(scenario(ctx))
    finally:
        ctx.close()
    print(f"size {args.size}, dataset {db_path.name}, {args.repeat} repeats (+1 warm-up)")
    print(table(results, args.repeat))
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report(args.size, db_path, results), indent=2) + "\n")
    print(f"written to {args.out}")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # Skip interpreter finalisation: tearing down Qt objects during garbage collection at
    # exit can abort PySide6 ("none_dealloc") after the results are already written.
    os._exit(code)
