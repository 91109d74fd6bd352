"""The ``acct-desktop`` command: the GUI by default, headless subcommands otherwise."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path
from typing import Any

from acct_desktop import __version__, cli_language
from acct_desktop.cli_arguments import (
    ArgumentRefused,
    OutPath,
    day_argument,
    header_row_argument,
)
from acct_desktop.cli_global_options import command_reads_global_db
from acct_desktop.cli_language import (
    CHOICES as LANGUAGE_CHOICES,
)
from acct_desktop.cli_language import (
    language_code,
    message_text,
    print_error,
    print_rejection,
    say,
)
from acct_desktop.config import log_dir
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP

log = logging.getLogger("acct_desktop")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="acct-desktop",
        description=QT_TRANSLATE_NOOP(
            "cli", "Accounts, contacts, visits, price policies, rebates and quotes, offline."
        ),
    )
    parser.add_argument("--version", action="version", version=f"acct-desktop {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=QT_TRANSLATE_NOOP(
            "cli", "database file, or postgresql://user@host/db (password from the OS keyring)"
        ),
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli", "open the demo database in your data folder (created on first use)"
        ),
    )
    parser.add_argument("--quit-when-ready", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--quit-when-idle", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument(
        "--lang",
        choices=LANGUAGE_CHOICES,
        type=language_code,
        help=QT_TRANSLATE_NOOP(
            "cli",
            "language of the GUI and of this command's messages, this time only "
            "(default: View → Language, else the system's)",
        ),
    )
    parser.add_argument(
        "--selftest",
        nargs="?",
        const="",
        metavar="REPORT_FILE",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "check this installation and exit 0 (ok) or 1; the summary also goes to REPORT_FILE",
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", help=QT_TRANSLATE_NOOP("cli", "create a demo database"))
    demo.add_argument("--size", choices=("S", "M", "L", "s", "m", "l"), default="S")
    demo.add_argument("--db", required=True, metavar="PATH_OR_URL")
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument(
        "--today",
        metavar="YYYY-MM-DD",
        help=QT_TRANSLATE_NOOP("cli", "the date the demo's history leads up to (default: today)"),
    )
    demo.add_argument(
        "--replace",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "overwrite an existing file"),
    )
    demo.add_argument(
        "--quiet", action="store_true", help=QT_TRANSLATE_NOOP("cli", "no progress bar")
    )

    shot = sub.add_parser(
        "screenshot", help=QT_TRANSLATE_NOOP("cli", "render the window and each dock to PNG files")
    )
    shot.add_argument("--db", required=True, metavar="PATH_OR_URL")
    shot.add_argument("--out", required=True, type=Path, metavar="DIR")
    shot.add_argument("--size", default="1366x768", metavar="WxH")
    shot.add_argument(
        "--lang",
        dest="shot_lang",  # not "lang": its default would hide the app-wide --lang
        choices=LANGUAGE_CHOICES,
        type=language_code,
        help=QT_TRANSLATE_NOOP("cli", "GUI language (default: English)"),
    )

    info = sub.add_parser(
        "info", help=QT_TRANSLATE_NOOP("cli", "schema version and row counts of a database")
    )
    info.add_argument("--db", required=True, metavar="PATH_OR_URL")

    from acct_desktop import rebate_cli

    rebate_cli.add_parser(sub)

    from acct_desktop import price_cli

    price_cli.add_parser(sub)
    price_cli.add_check_parser(sub)

    from acct_desktop import checklist_cli

    checklist_cli.add_parsers(sub)
    from acct_desktop import quote_cli

    quote_cli.add_parsers(sub)

    from acct_desktop import backup_cli

    backup_cli.add_parsers(sub)
    from acct_desktop import sales_report_cli

    sales_report_cli.add_parsers(sub)
    from acct_desktop import audit_cli

    audit_cli.add_parsers(sub)
    from acct_desktop import encryption_cli

    encryption_cli.add_parsers(sub)
    from acct_desktop import plan_cli

    plan_cli.add_parser(sub)

    password = sub.add_parser(
        "password",
        help=QT_TRANSLATE_NOOP("cli", "store a server database's password in the keyring"),
    )
    password.add_argument("--db", required=True, metavar="URL")
    password.add_argument(
        "--stdin",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "read the password from stdin"),
    )

    # -- import / export (services.imports, services.exports) ----------------------------
    imp = sub.add_parser(
        "import",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "import accounts, contacts, products, price policies, rebates, targets or sales "
            "figures (CSV or .xlsx), contacts (.vcf) or visits (.ics)",
        ),
    )
    from acct_desktop import register_import_cli, sales_cli, targets_cli, visit_calendar_cli

    imp.add_argument(
        "what",
        choices=(
            "accounts",
            "contacts",
            *register_import_cli.IMPORT_CHOICES,
            *visit_calendar_cli.IMPORT_CHOICES,
            *targets_cli.IMPORT_CHOICES,
            *sales_cli.IMPORT_CHOICES,
        ),
    )
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="field=Column,...",
        help=QT_TRANSLATE_NOOP(
            "cli", "which column holds a field when its header is not recognised (repeatable)"
        ),
    )
    imp.add_argument(
        "--default-kind",
        metavar="KIND",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "kind of new accounts whose row gives none, as a cell would write it: headquarters, "
            "hoofdkantoor, 总部… (accounts only)",
        ),
    )
    imp.add_argument(
        "--measure",
        metavar="MEASURE",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "sell_in, outbound, sell_out or stock for every row of a file without a measure "
            "column (sales only)",
        ),
    )
    imp.add_argument(
        "--measure-word",
        metavar="WORD=MEASURE",
        action="append",
        default=[],
        help=QT_TRANSLATE_NOOP(
            "cli",
            "what a word of the file's measure column means, e.g. Verkoop=sell_in, or "
            "ZF9=none to refuse its rows (repeatable; sales only)",
        ),
    )
    imp.add_argument(
        "--breakdown",
        choices=targets_cli.BREAKDOWN_CHOICES,
        help=QT_TRANSLATE_NOOP(
            "cli", "how annual amounts become months: even or by last year's sales (targets only)"
        ),
    )
    imp.add_argument(
        "--header-row",
        metavar="N",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "the row of the file that holds the column names, when a title or a row of "
            "group names above it is taken for them (CSV and .xlsx)",
        ),
    )
    imp.add_argument("--db", required=True, metavar="PATH_OR_URL")
    exp = sub.add_parser(
        "export",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "export accounts, contacts, products, price policies or rebates (CSV or .xlsx), "
            "contacts (.vcf) or visits (.ics)",
        ),
    )
    exp.add_argument(
        "what",
        choices=(
            "accounts",
            "contacts",
            *register_import_cli.EXPORT_CHOICES,
            *visit_calendar_cli.EXPORT_CHOICES,
        ),
    )
    exp.add_argument(
        "--format",
        dest="fmt",
        choices=("csv", "xlsx", "vcf"),
        help=QT_TRANSLATE_NOOP("cli", "default: from --out's suffix"),
    )
    exp.add_argument(
        "--out",
        required=True,
        type=OutPath,
        metavar="FILE",
        help=QT_TRANSLATE_NOOP(
            "cli", "the file, or a folder for it (named after what is exported)"
        ),
    )
    exp.add_argument("--db", required=True, metavar="PATH_OR_URL")
    from acct_desktop import contact_cards_cli  # vCards (contacts) and a contact's own data

    contact_cards_cli.add_import_options(imp)
    sales_cli.add_import_options(imp)  # sales: --period, --replace-for, --…-confirmed
    contact_cards_cli.add_export_options(exp)
    visit_calendar_cli.add_import_options(imp)  # visits (.ics): --tz
    visit_calendar_cli.add_export_options(exp)  # visits (.ics): --from, --to, --tz
    contact_cards_cli.add_parsers(sub)
    # -- end import / export -------------------------------------------------------------
    cli_language.translate_help(parser)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    wanted = cli_language.wanted_language(cli_language.language_flag(argv))
    language = cli_language.use_language(wanted)  # before the parser: its help is translated
    parser = _parser()
    args = parser.parse_args(command_reads_global_db(parser, argv))
    _setup_logging()
    if language != wanted:
        log.info("no compiled translation for %s in %s; English", wanted, cli_language.QM_DIR)
    try:
        from acct_desktop.services.database_keys import install_key_lookup

        install_key_lookup()  # encrypted database files open with the keyring's key
        if args.selftest is not None:
            from acct_desktop.selftest import run_selftest

            return run_selftest(Path(args.selftest) if args.selftest else None)
        if args.command is None:
            from acct_desktop.app import run_gui

            return run_gui(
                args.db,
                demo=args.demo,
                quit_when_ready=args.quit_when_ready,
                quit_when_idle=args.quit_when_idle,
                language=args.lang,
            )
        command = {
            "demo": _demo,
            "screenshot": _screenshot,
            "info": _info,
            "password": _password,
            "rebate": _rebate,
            "import": _import,
            "export": _export,
            "contact": _contact_cards,
            "backup": _backup,
            "restore": _backup,
            "backups": _backup,
            "price": _price,
            "check-register": _price,
            "print": _checklists,
            "verify": _checklists,
            "manager": _checklists,
            "seal": _checklists,
            "quotes": _quotes,
            "report": lambda a: a.report_handler(a),  # set by sales_report_cli.add_parsers
            "audit": lambda a: a.audit_handler(a),  # set by audit_cli.add_parsers
            "encrypt": lambda a: a.encryption_handler(a),  # set by encryption_cli.add_parsers
            "decrypt": lambda a: a.encryption_handler(a),
            "key": lambda a: a.encryption_handler(a),
            "plan": lambda a: a.plan_handler(a),  # set by plan_cli.add_parser
        }[args.command]
        from acct_desktop.reporting.unprintable import missing_characters

        with missing_characters() as unprintable:  # a rare 𠮷 no PDF font here has: □
            code = command(args)
        if code == 0 and unprintable:
            _warn_unprintable(unprintable)
        return code
    except KeyboardInterrupt:
        print(
            say(QT_TRANSLATE_NOOP("cli", "Interrupted; nothing was left half-written.")),
            file=sys.stderr,
        )
        return 130
    except BrokenPipeError:  # the output was piped into `head` or similar, which stopped
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        return _report(exc, getattr(args, "db", None))


def _warn_unprintable(characters: set[str]) -> None:
    """The PDF was written, but with □ for ``characters``: say which, and what to install."""
    from acct_desktop.services.unprintable import missing_sentence

    said = message_text(missing_sentence(characters))
    print(say(QT_TRANSLATE_NOOP("cli", "warning: %1"), said), file=sys.stderr)


def _report(exc: Exception, target: str | None = None) -> int:
    from acct_desktop.services.demo.generator import DemoTargetExistsError
    from acct_desktop.store.database import DatabaseError
    from acct_desktop.store.reachability import (
        LoginProblem,
        is_unreachable,
        login_problem,
        login_sentence,
        unreachable_sentence,
    )

    if isinstance(exc, DatabaseError | DemoTargetExistsError | ArgumentRefused):
        print_error(exc)
        return 2
    problem = login_problem(exc)
    if problem is not None:  # the server answered and refused the login: not the network
        from acct_desktop.store.database import typed_url

        log.warning("login refused: %s", exc, extra=LOG_FILE_ONLY)
        said = message_text(login_sentence(problem, target or ""))
        if problem is not LoginProblem.NOT_ALLOWED:
            said += " " + say(
                QT_TRANSLATE_NOOP("cli", "Set it with: acct-desktop password --db %1"),
                typed_url(target or ""),
            )
        print_error(said)
        return 2
    if is_unreachable(exc):  # the server is down, the share is gone: one line, our words
        log.warning("database unreachable: %s", exc, extra=LOG_FILE_ONLY)
        print_error(message_text(unreachable_sentence(target or "")))
        return 2
    log.exception("unexpected error", extra=LOG_FILE_ONLY)  # the error line names the file
    print(
        say(
            QT_TRANSLATE_NOOP(
                "cli",
                "error: an unexpected problem stopped the command (%1: %2). Details are in %3.",
            ),
            type(exc).__name__,
            exc,
            log_dir() / "acct-desktop.log",
        ),
        file=sys.stderr,
    )
    return 1


LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
LOG_FILE_ONLY = {"log_file_only": True}  # a record the `error:` line already tells the user


def _setup_logging() -> None:
    handlers: list[logging.Handler] = []
    try:
        log_dir().mkdir(parents=True, exist_ok=True)
        handlers.append(logging.FileHandler(log_dir() / "acct-desktop.log", encoding="utf-8"))
    except OSError:
        pass
    stderr = logging.StreamHandler()
    stderr.setLevel(logging.WARNING)
    stderr.addFilter(lambda record: not getattr(record, "log_file_only", False))
    if handlers:  # the traceback goes to the log file, which the error line names
        stderr.setFormatter(_WithoutTraceback(LOG_FORMAT))
    handlers.append(stderr)
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT, handlers=handlers, force=True)


class _WithoutTraceback(logging.Formatter):
    """A record in one line, without the traceback it may carry: that is for the log file,
    not for the user (an unexpected error ends with "error: … Details are in <log>")."""

    def format(self, record: logging.LogRecord) -> str:
        kept = record.exc_info, record.exc_text, record.stack_info
        record.exc_info, record.exc_text, record.stack_info = None, None, None
        try:
            return super().format(record)
        finally:
            record.exc_info, record.exc_text, record.stack_info = kept


class _ProgressBar:
    def __init__(self, quiet: bool) -> None:
        # --quiet: nothing at all. No console (the windowed Windows exe) means no stderr;
        # stderr to a file or pipe gets one line per stage instead of a redrawn bar.
        self.silent = quiet or sys.stderr is None
        self.quiet = self.silent or not sys.stderr.isatty()
        self.stage = ""

    def __call__(self, stage: str, done: int, total: int) -> None:
        if self.silent:
            return
        if self.quiet:
            if stage != self.stage:
                self.stage = stage
                print(f"… {message_text(stage)}", file=sys.stderr, flush=True)
            return
        width = 30
        filled = width * done // max(total, 1)
        stage = message_text(stage)
        sys.stderr.write(
            f"\r{stage:<15} [{'#' * filled}{'.' * (width - filled)}] {done:>10,}/{total:,}"
        )
        if done >= total:
            sys.stderr.write("\n")
        sys.stderr.flush()


def _demo(args: argparse.Namespace) -> int:
    import time

    from acct_desktop.services.demo import generate_demo
    from acct_desktop.services.secrets import with_stored_password

    started = time.perf_counter()
    summary = generate_demo(
        with_stored_password(args.db),  # a team database's password from the keyring
        args.size,
        seed=args.seed,
        today=day_argument("--today", args.today) if args.today else None,
        replace=args.replace,
        progress=_ProgressBar(args.quiet),
    )
    counts = ", ".join(f"{k} {v:,}" for k, v in summary.counts.items() if v)
    print(
        say(
            QT_TRANSLATE_NOOP("cli", "demo %1 (seed %2) written to %3 in %4 s: %5"),
            summary.size,
            summary.seed,
            args.db,
            f"{time.perf_counter() - started:.1f}",
            counts,
        )
    )
    return 0


def _screenshot(args: argparse.Namespace) -> int:
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        width, height = (int(v) for v in args.size.lower().split("x"))
    except ValueError:
        print_error(
            say(QT_TRANSLATE_NOOP("cli", "--size must look like 1366x768, not %1"), repr(args.size))
        )
        return 2
    from acct_desktop.app import make_application, open_workspace
    from acct_desktop.gui.i18n import apply_language
    from acct_desktop.gui.main_window import MainWindow
    from acct_desktop.gui.screenshot import isolated_settings, render_screenshots
    from acct_desktop.gui.settings import AppSettings

    workspace = open_workspace(args.db, create=False)  # pictures of a database, not a new one
    app = make_application()
    # the same pictures on every machine unless asked: here, else by the app-wide --lang
    apply_language(app, args.shot_lang or args.lang or "en")
    with tempfile.TemporaryDirectory() as scratch:
        window = MainWindow(AppSettings(isolated_settings(Path(scratch))), open_workspace)
        window.set_workspace(workspace)
        window.current.set(workspace.accounts.busiest_account_id())
        paths = render_screenshots(app, window, args.out, (width, height))
        window.set_workspace(None)
        window.close()
    for path in paths:
        print(path)
    return 0


def _info(args: argparse.Namespace) -> int:
    from acct_desktop.services.secrets import with_stored_password
    from acct_desktop.services.workspace import Workspace
    from acct_desktop.store.database import (
        open_database,
        read_schema_revision,
        shown_name,
        to_url,
    )

    target = with_stored_password(args.db)
    revision = read_schema_revision(target if not isinstance(target, str) else to_url(target))
    workspace = Workspace.over(open_database(target, create=False))
    try:
        counts = workspace.stats.counts()
    finally:
        workspace.close()
    print(f"database: {shown_name(args.db)}")  # as the window names it: no URL, no ***
    print(f"schema:   {revision}")
    for name, count in counts.items():
        print(f"{name + ':':<10}{count:,}")
    return 0


def _rebate(args: argparse.Namespace) -> int:
    from acct_desktop import rebate_cli

    return rebate_cli.run(args)


def _backup(args: argparse.Namespace) -> int:
    from acct_desktop import backup_cli

    return backup_cli.run(args)


def _price(args: argparse.Namespace) -> int:
    from acct_desktop import price_cli

    return price_cli.run(args)


def _contact_cards(args: argparse.Namespace) -> int:
    from acct_desktop import contact_cards_cli

    return contact_cards_cli.run(args)


def _quotes(args: argparse.Namespace) -> int:
    from acct_desktop import quote_cli

    return quote_cli.run(args)


def _checklists(args: argparse.Namespace) -> int:
    if getattr(args, "print_what", None) == "price-list":
        return _price(args)
    if getattr(args, "print_what", None) in ("quote", "order"):
        return _quotes(args)
    if getattr(args, "print_what", None) == "visit-sheets":
        from acct_desktop import visit_sheets_cli

        return visit_sheets_cli.run(args)
    if getattr(args, "print_what", None) == "monthly-summary":
        from acct_desktop import monthly_summary_cli

        return monthly_summary_cli.run(args)
    from acct_desktop import checklist_cli

    return checklist_cli.run(args)


def _password(args: argparse.Namespace) -> int:
    from acct_desktop.cli_prompts import PASSWORD, NothingTyped, answer
    from acct_desktop.services.secrets import store_password

    try:
        secret = answer(PASSWORD, from_stdin=args.stdin)
    except NothingTyped as exc:  # no terminal to type it at, or nothing typed: none stored
        print_error(str(exc))
        return 2
    key = store_password(args.db, secret)
    print(say(QT_TRANSLATE_NOOP("cli", "password for %1 stored in the system keyring"), key))
    return 0


# -- import / export ----------------------------------------------------------------------

IMPORT_PROGRESS_FROM_ROWS = 5000  # smaller files finish before a progress line helps
MAX_PROBLEMS_SHOWN = 50


def _import(args: argparse.Namespace) -> int:
    from acct_desktop import sales_cli

    if sales_cli.handles(args):  # import sales FILE [--measure]
        return sales_cli.run_import(args)
    from acct_desktop import targets_cli

    if targets_cli.handles(args):  # import targets FILE [--breakdown]
        return targets_cli.run_import(args)
    from acct_desktop import register_import_cli, visit_calendar_cli

    if visit_calendar_cli.handles(args):  # import visits FILE.ics
        return visit_calendar_cli.run(args)

    if register_import_cli.handles(args):
        return register_import_cli.run(args)
    from acct_desktop import contact_cards_cli

    if contact_cards_cli.handles_import(args):  # a .vcf file
        return contact_cards_cli.run(args)
    from acct_desktop.services.imports import import_accounts, import_contacts
    from acct_desktop.services.imports.accounts import PARSERS as ACCOUNT_CELLS

    extra: dict[str, Any] = {}
    try:
        mapping = _import_mapping(args.map)
        if args.what == "accounts" and args.default_kind:  # read as a kind cell is
            extra["default_kind"] = ACCOUNT_CELLS["kind"](args.default_kind)
    except ValueError as exc:
        print_error(exc)
        return 2
    run = import_accounts if args.what == "accounts" else import_contacts
    extra["header_row"] = header_row_argument(args.header_row)  # refused before any work
    return run_file_import(
        args,
        lambda db, progress: run(db, args.file, mapping or None, progress, **extra),
        may_create=args.what == "accounts",  # a territory starts from its accounts
    )


def run_file_import(args: argparse.Namespace, do_import: Any, *, may_create: bool = False) -> int:
    """Open ``args.db``, run ``do_import(db, progress)`` and report like every import: the
    summary on stdout, or exit 2 with the refusal and its first problems by line.

    Only an import of records that need nothing else in the database (``may_create``:
    accounts, products) makes a database that does not exist yet, and says so on stderr;
    when that import is refused, the new file is removed again. The others refuse a
    missing database, so a mistyped ``--db`` never leaves an empty file behind."""
    from acct_desktop.services.imports import (
        ImportCancelled,
        ImportConflict,
        ImportRejected,
        TabularError,
    )
    from acct_desktop.services.secrets import with_stored_password
    from acct_desktop.store.database import open_database

    made = may_create and _is_missing_file(args.db)
    db = open_database(with_stored_password(args.db), create=may_create)
    kept = False
    try:
        summary = do_import(db, _import_progress())
        kept = True
    except ImportRejected as exc:
        print_rejection(exc, MAX_PROBLEMS_SHOWN)
        return 2
    except (TabularError, ImportConflict, ImportCancelled) as exc:
        print_error(exc)
        return 2
    finally:
        db.close()
        if made and not kept:  # nothing was imported: the new file goes again
            _remove_database_file(Path(args.db).expanduser())
    if made:
        print(
            say(
                QT_TRANSLATE_NOOP(
                    "cli", "%1 did not exist: a new database was made for this import."
                ),
                args.db,
            ),
            file=sys.stderr,
        )
    print(say(QT_TRANSLATE_NOOP("cli", "%1: %2"), args.file.name, message_text(summary.describe())))
    return 0


def _is_missing_file(target: str) -> bool:
    """True when ``target`` names a database file that is not there (or is empty)."""
    if "://" in target:
        return False
    path = Path(target).expanduser()
    return not path.is_file() or path.stat().st_size == 0


def _remove_database_file(path: Path) -> None:
    """Remove the SQLite file ``path`` this run made, with its side files."""
    for part in (path, *(path.with_name(path.name + end) for end in ("-wal", "-shm", "-journal"))):
        part.unlink(missing_ok=True)


def _import_mapping(values: list[str]) -> dict[str, str]:
    """``--map code=Klant,name=Naam`` (repeatable); a part without ``=`` continues the
    previous column name, which had a comma in it."""
    mapping: dict[str, str] = {}
    for value in values:
        field = None
        for part in value.split(","):
            if "=" in part:
                field, _, column = part.partition("=")
                field = field.strip()
                mapping[field] = column.strip()
            elif field is not None:
                mapping[field] += "," + part.rstrip()
            else:
                raise ValueError(
                    say(QT_TRANSLATE_NOOP("cli", '--map takes field=Column pairs, not "%1"'), part)
                )
    return mapping


def _import_progress():  # type: ignore[no-untyped-def]
    """A progress line on stderr for large files: checking, then writing."""
    bar = _ProgressBar(quiet=False)
    checking = say(QT_TRANSLATE_NOOP("cli", "checking rows"))
    writing = say(QT_TRANSLATE_NOOP("cli", "writing rows"))

    def report(done: int, total: int) -> None:
        rows = total // 2
        if rows < IMPORT_PROGRESS_FROM_ROWS:
            return
        if done <= rows and bar.stage != writing:
            bar(checking, done, rows)
        else:
            bar(writing, done - rows, rows)

    return report


def _export(args: argparse.Namespace) -> int:
    from acct_desktop import contact_cards_cli, register_import_cli, visit_calendar_cli

    if visit_calendar_cli.handles(args):  # export visits --out FILE.ics
        return visit_calendar_cli.run(args)

    if contact_cards_cli.handles_export(args):  # --format vcf
        return contact_cards_cli.run(args)
    if register_import_cli.handles(args):
        return register_import_cli.run(args)
    from acct_desktop.services.exports import ExportError, export_accounts, export_contacts
    from acct_desktop.services.secrets import with_stored_password
    from acct_desktop.store.database import open_database

    fmt = args.fmt or ("xlsx" if args.out.suffix == ".xlsx" else "csv")
    run = export_accounts if args.what == "accounts" else export_contacts
    db = open_database(with_stored_password(args.db), create=False)
    try:
        summary = run(db, args.out.file(f"{args.what}.{fmt}"), fmt)
    except ExportError as exc:
        print_error(exc)
        return 2
    finally:
        db.close()
    print(message_text(summary.describe()))
    return 0
