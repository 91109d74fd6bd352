"""A throwaway PostgreSQL server for tests.

``throwaway_postgres()`` initialises a fresh cluster in a temporary directory, starts it on a
Unix socket only (no TCP), creates the database ``acct_test`` and yields its SQLAlchemy URL.
On exit the server is stopped (``-m immediate``: nothing in it is worth keeping) and the
directory removed.

When no PostgreSQL server binaries exist, ``PostgresUnavailable`` is raised: callers turn it
into ``pytest.skip``. Any other failure (initdb or start failing on a machine that has the
binaries) raises ``PostgresStartError`` with the command output and the server log, so a
broken set-up is reported instead of silently skipped.

``initdb`` refuses to run as root; when the tests run as root every server command goes
through ``runuser -u postgres`` and the temporary directory is handed to that user.
"""

from __future__ import annotations

import contextlib
import glob
import os
import pwd
import re
import shutil
import signal
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.engine import URL, Connection, make_url
from sqlalchemy.pool import NullPool

__all__ = [
    "PostgresStartError",
    "PostgresUnavailable",
    "find_bindir",
    "throwaway_postgres",
    "with_database",
]

SERVER_USER = "postgres"
DATABASE = "acct_test"
COMMAND_TIMEOUT_S = 60
START_TIMEOUT_S = 60
STOP_TIMEOUT_S = 30
BINDIR_ENV = "ACCT_TEST_PG_BINDIR"
_REQUIRED = ("initdb", "pg_ctl", "createdb", "postgres")


class PostgresUnavailable(Exception):
    """No PostgreSQL server can be run here (no binaries, no user to run them as)."""


class PostgresStartError(RuntimeError):
    """The binaries exist but the throwaway server could not be set up."""


def _has_binaries(bindir: Path) -> bool:
    return all(os.access(bindir / name, os.X_OK) for name in _REQUIRED)


def _version_key(bindir: str) -> tuple[int, ...]:
    # /usr/lib/postgresql/<version>/bin; newest first, "9.6" < "10" < "16".
    version = Path(bindir).parent.name
    return tuple(int(part) for part in re.findall(r"\d+", version)) or (-1,)


def find_bindir() -> Path:
    """The directory holding ``initdb``/``pg_ctl``/``postgres``, newest version first.

    Looks at ``$ACCT_TEST_PG_BINDIR``, then ``/usr/lib/postgresql/*/bin``, then
    ``pg_config --bindir``, then wherever ``initdb`` is on ``PATH``.
    """
    candidates: list[Path] = []
    if override := os.environ.get(BINDIR_ENV):
        candidates.append(Path(override))
    candidates.extend(
        Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=_version_key)[::-1]
    )
    if pg_config := shutil.which("pg_config"):
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(
                [pg_config, "--bindir"],
                capture_output=True,
                text=True,
                timeout=10,
                check=True,
            ).stdout.strip()
            if out:
                candidates.append(Path(out))
    if initdb := shutil.which("initdb"):
        candidates.append(Path(initdb).resolve().parent)
    for candidate in candidates:
        if _has_binaries(candidate):
            return candidate
    raise PostgresUnavailable(
        "no PostgreSQL server binaries (initdb, pg_ctl, postgres) found in "
        f"${BINDIR_ENV}, /usr/lib/postgresql/*/bin, pg_config --bindir or PATH"
    )


def _free_port() -> int:
    # The server listens on a Unix socket only, where the port just names the socket file;
    # a port free on TCP as well keeps it from clashing with anything else.
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _clean_env() -> dict[str, str]:
    """The environment without libpq/server variables that could redirect the commands."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    env["LC_ALL"] = env.get("LC_ALL") or "C.UTF-8"
    return env


class _Runner:
    """Runs server commands, as ``postgres`` through ``runuser`` when we are root."""

    def __init__(self, bindir: Path, workdir: Path) -> None:
        self.bindir = bindir
        self.workdir = workdir
        self.env = _clean_env()
        self.prefix: list[str] = []
        self.uid: int | None = None
        self.gid: int | None = None
        if os.geteuid() == 0:
            try:
                entry = pwd.getpwnam(SERVER_USER)
            except KeyError as exc:
                raise PostgresUnavailable(
                    f"running as root and there is no '{SERVER_USER}' user to run the "
                    "server as (initdb refuses root)"
                ) from exc
            runuser = shutil.which("runuser")
            if runuser is None:
                raise PostgresUnavailable(
                    "running as root and 'runuser' is missing (initdb refuses root)"
                )
            self.prefix = [runuser, "-u", SERVER_USER, "--"]
            self.uid, self.gid = entry.pw_uid, entry.pw_gid

    def give(self, path: Path) -> None:
        """Hand a directory we created to the user the server runs as."""
        if self.uid is not None and self.gid is not None:
            os.chown(path, self.uid, self.gid)

    def run(
        self, program: str, args: Sequence[str], *, timeout: float = COMMAND_TIMEOUT_S
    ) -> subprocess.CompletedProcess[str]:
        argv = [*self.prefix, str(self.bindir / program), *args]
        try:
            return subprocess.run(
                argv,
                cwd=self.workdir,  # a directory the server user may enter
                env=self.env,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as exc:
            raise PostgresStartError(
                f"{' '.join(argv)} did not finish within {timeout} s\n"
                f"{_text(exc.stdout)}{_text(exc.stderr)}"
            ) from exc


def _text(value: str | bytes | None) -> str:
    if value is None:
        return ""
    return value.decode(errors="replace") if isinstance(value, bytes) else value


def _output(result: subprocess.CompletedProcess[str]) -> str:
    return f"exit status {result.returncode}\n{result.stdout}{result.stderr}".rstrip()


def _read_log(log: Path) -> str:
    try:
        return log.read_text(errors="replace")[-8000:] or "(empty)"
    except OSError as exc:
        return f"(cannot read {log}: {exc})"


def _initdb(runner: _Runner, datadir: Path) -> None:
    base = ["-D", str(datadir), "-A", "trust", "-U", SERVER_USER, "--no-sync", "-E", "UTF8"]
    failures = []
    for locale in ("C.UTF-8", "C"):
        result = runner.run("initdb", [*base, f"--locale={locale}"])
        if result.returncode == 0:
            return
        failures.append(f"--locale={locale}: {_output(result)}")
        shutil.rmtree(datadir, ignore_errors=True)  # initdb wants an empty directory
    raise PostgresStartError("initdb failed\n" + "\n\n".join(failures))


def _kill_postmaster(datadir: Path) -> None:
    """Last resort when ``pg_ctl stop`` failed: signal the postmaster from its pid file."""
    with contextlib.suppress(OSError, ValueError, IndexError):
        pid = int((datadir / "postmaster.pid").read_text().splitlines()[0])
        os.kill(pid, signal.SIGQUIT)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            os.kill(pid, 0)  # raises once the process is gone
            time.sleep(0.1)
        os.kill(pid, signal.SIGKILL)


def _temp_parent() -> str:
    """Where to make the server's directory: the postgres user must be able to enter it (when
    we run as root) and the socket path must stay under the ~107-byte limit of Unix sockets."""
    parent = tempfile.gettempdir()
    if (os.geteuid() == 0 or len(parent) > 60) and os.path.isdir("/tmp"):
        return "/tmp"
    return parent


@contextlib.contextmanager
def throwaway_postgres() -> Iterator[str]:
    """Start a fresh PostgreSQL server; yield the SQLAlchemy URL of its ``acct_test`` db."""
    bindir = find_bindir()
    base = Path(tempfile.mkdtemp(prefix="acct-pg-", dir=_temp_parent()))
    started = False
    datadir = base / "data"
    try:
        runner = _Runner(bindir, base)
        sockdir = base / "sock"
        sockdir.mkdir()
        log = base / "server.log"
        log.touch()
        for path in (base, sockdir, log):
            runner.give(path)

        _initdb(runner, datadir)

        port = _free_port()
        options = (
            f"-k {sockdir} -c listen_addresses='' -p {port} "
            "-c fsync=off -c full_page_writes=off -c synchronous_commit=off"
        )
        # -l: the server must not inherit our pipes, or capturing pg_ctl's output would
        # wait for the server to exit.
        result = runner.run(
            "pg_ctl",
            [
                "-D",
                str(datadir),
                "-l",
                str(log),
                "-o",
                options,
                "-w",
                "-t",
                str(START_TIMEOUT_S),
                "start",
            ],
            timeout=START_TIMEOUT_S + 15,
        )
        started = True  # it may be half up even when pg_ctl reports failure
        if result.returncode != 0:
            raise PostgresStartError(
                f"pg_ctl start failed ({bindir})\n{_output(result)}\n"
                f"--- server log {log} ---\n{_read_log(log)}"
            )

        result = runner.run(
            "createdb", ["-h", str(sockdir), "-p", str(port), "-U", SERVER_USER, DATABASE]
        )
        if result.returncode != 0:
            raise PostgresStartError(
                f"createdb {DATABASE} failed\n{_output(result)}\n"
                f"--- server log {log} ---\n{_read_log(log)}"
            )

        url = URL.create(
            "postgresql+psycopg",
            username=SERVER_USER,
            database=DATABASE,
            query={"host": str(sockdir), "port": str(port)},
        )
        yield url.render_as_string(hide_password=False)
    finally:
        if started:
            try:
                stop = runner.run(
                    "pg_ctl",
                    [
                        "-D",
                        str(datadir),
                        "-m",
                        "immediate",
                        "-w",
                        "-t",
                        str(STOP_TIMEOUT_S),
                        "stop",
                    ],
                    timeout=STOP_TIMEOUT_S + 15,
                )
                stopped = stop.returncode == 0 or not (datadir / "postmaster.pid").exists()
            except PostgresStartError:
                stopped = False
            if not stopped:
                _kill_postmaster(datadir)
        shutil.rmtree(base, ignore_errors=True)


def _drop(conn: Connection, name: str) -> None:
    # Close whatever a test left connected (DROP ... WITH (FORCE) needs PostgreSQL 13+).
    conn.exec_driver_sql(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
        "WHERE datname = %s AND pid <> pg_backend_pid()",
        (name,),
    )
    conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}"')


@contextlib.contextmanager
def with_database(server_url: str, name: str, template: str = "template0") -> Iterator[str]:
    """Create an empty database ``name`` on the server behind ``server_url`` (or a copy of
    the database ``template``), yield its URL, drop it afterwards (closing any connection a
    test left open)."""
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", name):
        raise ValueError(f"not a plain database name: {name!r}")
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with admin.connect() as conn:
            _drop(conn, name)
            conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{template}" ENCODING UTF8')
        try:
            yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
        finally:
            with admin.connect() as conn:
                _drop(conn, name)
    finally:
        admin.dispose()


def _server_of(url: str) -> tuple[_Runner, Path, str]:
    """The runner, data directory and start options of the throwaway server behind ``url``."""
    query = make_url(url).query
    sockdir = Path(str(query["host"]))
    base = sockdir.parent
    options = (
        f"-k {sockdir} -c listen_addresses='' -p {query['port']} "
        "-c fsync=off -c full_page_writes=off -c synchronous_commit=off"
    )
    return _Runner(find_bindir(), base), base / "data", options


def stop_server(url: str) -> None:
    """Stop the throwaway server behind ``url`` (a server going down under the app)."""
    runner, datadir, _options = _server_of(url)
    runner.run("pg_ctl", ["-D", str(datadir), "-m", "fast", "-w", "stop"])


def start_server(url: str) -> None:
    """Start again the throwaway server behind ``url`` that ``stop_server`` stopped."""
    runner, datadir, options = _server_of(url)
    log = datadir.parent / "server.log"
    result = runner.run(
        "pg_ctl", ["-D", str(datadir), "-l", str(log), "-o", options, "-w", "start"]
    )
    if result.returncode != 0:
        raise PostgresStartError(f"pg_ctl start failed\n{_output(result)}")


def filled_database(request, tmp_path_factory, name: str, fill) -> Iterator:  # type: ignore[no-untyped-def]
    """For a fixture parametrised ``sqlite`` / ``postgresql``: a new database named ``name``
    (a SQLite file in a temporary folder, or a database of its own on the session's
    PostgreSQL server), filled by ``fill(db)``, closed after the tests."""
    from acct_desktop.store.database import open_database

    if request.param == "sqlite":
        db = open_database(tmp_path_factory.mktemp(name) / f"{name}.acctdb")
        fill(db)
        yield db
        db.close()
        return
    with with_database(request.getfixturevalue("pg_server"), f"t_{name}") as url:
        db = open_database(url)
        fill(db)
        yield db
        db.close()


def _server_processes(url: str) -> list[int]:
    """The postmaster behind ``url`` and every process it started."""
    _runner, datadir, _options = _server_of(url)
    postmaster = int((datadir / "postmaster.pid").read_text().splitlines()[0])
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        with contextlib.suppress(OSError, IndexError, ValueError):
            stat = (entry / "stat").read_text()
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = [], [postmaster]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


@contextlib.contextmanager
def paused_server(url: str) -> Iterator[None]:
    """The throwaway server behind ``url`` paused (SIGSTOP: a network black hole — nothing
    refused, nothing answered) inside the block, resumed afterwards whatever happened."""
    paused = _server_processes(url)
    try:
        for pid in paused:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGSTOP)
        yield
    finally:
        for pid in paused:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGCONT)


def password_login(url: str, user: str, password: str) -> str:
    """On the throwaway server behind ``url`` (a database of its own): a login ``user`` that
    owns that database and must give ``password`` (scram-sha-256 over the socket; everyone
    else stays trusted). Returns the database's URL for ``user``, without a password."""
    if not re.fullmatch(r"[a-z_][a-z0-9_]{0,62}", user) or "'" in password:
        raise ValueError("a plain user name and a password without quotes")
    admin = create_engine(url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    database = make_url(url).database
    try:
        with admin.connect() as conn:
            known = conn.exec_driver_sql(
                "SELECT 1 FROM pg_roles WHERE rolname = %s", (user,)
            ).first()
            verb = "ALTER" if known else "CREATE"
            conn.exec_driver_sql(f"{verb} ROLE {user} LOGIN PASSWORD '{password}'")
            conn.exec_driver_sql(f'ALTER DATABASE "{database}" OWNER TO {user}')
    finally:
        admin.dispose()
    runner, datadir, _options = _server_of(url)
    hba = datadir / "pg_hba.conf"
    line = f"local all {user} scram-sha-256\n"
    if line not in hba.read_text():
        hba.write_text(line + hba.read_text())  # first match wins: before "trust"
        result = runner.run("pg_ctl", ["-D", str(datadir), "reload"])
        if result.returncode != 0:
            raise PostgresStartError(f"pg_ctl reload failed\n{_output(result)}")
        time.sleep(1)  # the postmaster reads the file on SIGHUP, a moment later
    return make_url(url).set(username=user).render_as_string(hide_password=False)
