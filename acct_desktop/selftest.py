"""``acct-desktop --selftest``: is this installation (a checkout, a wheel or the Windows
bundle) complete and working?

It builds a throw-away S demo database in a temporary folder, opens the main window without
showing it, renders every dock and every tab of the profile card to an in-memory image and
checks none is blank, prints and verifies one PDF of each kind the app makes, tries the
keyring, and checks that the package data (migrations, PDF font, translations, icon, the
pinyin dictionaries search reads Chinese names with) is where the code looks for it. Each
check runs on its own, so one failure never hides another. The result is ONE line on
stdout (and in ``report`` when given: a windowed Windows executable has no stdout)::

    selftest ok: 6 docks, 10 tabs, 1 PDF kind, keyring WinVaultKeyring, font wqy-microhei.ttc,
        schema 0005, 5.3 s                                                  (one line)
    selftest FAILED: font (...); gui (...) — 6 of 8 checks passed, details in <log file>

A new kind of PDF is one line in ``PDF_KINDS``.

Exit status 0 when every check passed, 1 otherwise. Tracebacks go to the log, never to
the user. Nothing touches the user's data folder, settings or database: data and settings
live in the temporary folder for the duration of the test.

The keyring: where the operating system always has one (Windows Credential Manager,
macOS Keychain) a keyring that refuses secrets is a failure (the bundle lost its backends).
Elsewhere (a headless Linux box has none) the summary says "keyring unavailable (…)" and
the seal is tested with an in-memory keyring that exists only inside this self-test.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from acct_desktop.config import DATA_DIR_ENV, log_dir

if TYPE_CHECKING:
    from acct_desktop.services.seal_keys import SealKeyStore
    from acct_desktop.store.database import Database

log = logging.getLogger(__name__)

PACKAGE_DIR = Path(__file__).resolve().parent
TRANSLATIONS_DIR = PACKAGE_DIR / "assets" / "i18n"  # where acct_desktop.gui.i18n loads them
ICON_FILE = PACKAGE_DIR / "assets" / "icons" / "acct-desktop.png"
# Glyphs every PDF needs: Chinese, Vietnamese (stacked diacritics) and Dutch.
FONT_PROBE_TEXT = (
    "广州白云区润滑油 检查清单 Tiếng Việt Đặng Nguyễn Hồ Chí Minh ữằẫ Zeeuwse Vlaanderen ë €"
)
# Where the operating system always provides a keyring, not having one is a fault.
KEYRING_REQUIRED = sys.platform in ("win32", "darwin")
WINDOW_SIZE = (1366, 768)
# An image counts as blank when (nearly) every pixel has one colour.
MIN_COLOURS = 3
MIN_DETAIL = 0.0005  # share of pixels that differ from the most common colour
# (one line of placeholder text in an empty list is ~0.003)
SUMMARY_PROBLEM_LENGTH = 160


class CheckFailed(Exception):
    """A check found a problem; the message names it in a few words."""


@dataclass
class CheckResult:
    name: str
    ok: bool
    summary: str = ""  # fragment for the one-line summary when it passed
    problem: str = ""  # what went wrong, when it did not


@dataclass
class Context:
    """What the checks share: the temporary folder, the demo database, the keyring state."""

    folder: Path
    database_path: Path | None = None
    account_id: uuid.UUID | None = None
    keyring_usable: bool = False
    keyring_note: str = ""
    results: list[CheckResult] = field(default_factory=list)


# -- PDF kinds: one line per kind of document the app prints ------------------------------


@dataclass(frozen=True)
class PdfContext:
    db: Database
    account_id: uuid.UUID
    keys: SealKeyStore
    folder: Path


@dataclass(frozen=True)
class PdfKind:
    name: str
    make: Callable[[PdfContext], bytes]
    sealed: bool = False  # verified with services.sealing.verify_pdf: must be INTACT


def _sealed_checklist(ctx: PdfContext) -> bytes:
    from acct_desktop.services.checklists import ChecklistIssuer
    from acct_desktop.services.manager_profile import ManagerProfile

    manager = ManagerProfile(
        name="Selftest", organisation="acct-desktop", email="selftest@example.invalid"
    )
    issued = ChecklistIssuer(ctx.db, actor="selftest").issue(
        ctx.account_id, None, manager, ctx.keys
    )
    return issued.pdf


def _price_list(ctx: PdfContext) -> bytes:
    from datetime import date

    from acct_desktop.reporting.price_list_pdf import build_price_list_pdf
    from acct_desktop.services.price_list import PriceListService

    return build_price_list_pdf(PriceListService(ctx.db).build(ctx.account_id, date.today()))


def _rebate_statement(ctx: PdfContext) -> bytes:
    from datetime import date

    from sqlalchemy import select

    from acct_desktop.services.rebate_statement import RebateStatementService
    from acct_desktop.store.models import RebateAgreement

    with ctx.db.session() as session:
        number = session.scalar(
            select(RebateAgreement.number)
            .where(RebateAgreement.status == "active")
            .order_by(RebateAgreement.number)
            .limit(1)
        )
    if number is None:
        raise CheckFailed("the demo has no active rebate agreement")
    return RebateStatementService(ctx.db).for_agreement(number, date.today()).pdf


def _quote(ctx: PdfContext) -> bytes:
    from sqlalchemy import select

    from acct_desktop.reporting.quote_pdf import build_quote_pdf
    from acct_desktop.services.manager_profile import ManagerProfile
    from acct_desktop.services.pricing import PricingService
    from acct_desktop.services.quote_builder import QuoteBuilder
    from acct_desktop.services.quote_documents import QuoteDocuments
    from acct_desktop.store.models import Product

    pricing = PricingService(ctx.db)
    builder = QuoteBuilder(ctx.db, pricing, lambda: "selftest", lambda: "ST")
    with ctx.db.session() as session:
        products = session.scalars(select(Product.id).order_by(Product.sku).limit(3)).all()
    quote = builder.create(ctx.account_id)
    builder.add_products(quote.id, [(product, Decimal(2), None) for product in products])
    profile = ManagerProfile(name="Selftest", organisation="acct-desktop")
    return build_quote_pdf(QuoteDocuments(ctx.db, pricing, lambda: profile).document(quote.id))


PDF_KINDS: tuple[PdfKind, ...] = (
    PdfKind("sealed issue checklist", _sealed_checklist, sealed=True),
    PdfKind("price list", _price_list),
    PdfKind("rebate statement", _rebate_statement),
    PdfKind("quote", _quote),
)


# -- the run ------------------------------------------------------------------------------


def run_selftest(report: Path | None = None) -> int:
    """Run every check; print (and write to ``report``) one summary line; 0 when all pass."""
    started = time.perf_counter()
    log_file = log_dir() / "acct-desktop.log"
    _choose_qt_platform()
    with (
        _quiet_terminal(),
        tempfile.TemporaryDirectory(prefix="acct-selftest-", ignore_cleanup_errors=True) as tmp,
        _isolated_user_data(Path(tmp) / "user-data"),
    ):
        ctx = Context(folder=Path(tmp))
        _run(ctx, "migrations", _check_migrations)
        _run(ctx, "font", _check_font)
        _run(ctx, "translations", _check_translations)
        _run(ctx, "icon", _check_icon)
        _run(ctx, "keyring", _check_keyring)
        _run(ctx, "database", _make_database)
        _run(ctx, "pinyin", _check_pinyin)
        _run(ctx, "encryption", _check_encryption)
        with _keyring_for_seals(ctx):
            for kind in PDF_KINDS:
                _run(ctx, f"pdf {kind.name}", lambda c, k=kind: _check_pdf(c, k))
        _run(ctx, "gui", _check_gui)
    line = _summary(ctx, time.perf_counter() - started, log_file)
    log.info("%s", line)
    _print(line)
    if report is not None:
        try:
            report.parent.mkdir(parents=True, exist_ok=True)
            report.write_text(line + "\n", encoding="utf-8")
        except OSError as exc:
            log.error("could not write the self-test report to %s: %s", report, exc)
    return 0 if all(result.ok for result in ctx.results) else 1


def _print(line: str) -> None:
    """Print the summary even to a console that cannot encode it (e.g. cp1252 on a
    Windows pipe); a no-op in a windowed Windows executable, hence ``report``."""
    try:
        print(line, flush=True)
    except UnicodeEncodeError:
        encoding = getattr(sys.stdout, "encoding", None) or "ascii"
        print(line.encode(encoding, "replace").decode(encoding), flush=True)


def _run(ctx: Context, name: str, check: Callable[[Context], str]) -> None:
    """Run one check; any exception (or an error logged by the app meanwhile) fails it."""
    errors = _ErrorCollector()
    logging.getLogger("acct_desktop").addHandler(errors)
    began = time.perf_counter()
    try:
        summary = check(ctx)
        if errors.messages:
            raise CheckFailed(f"the app logged an error: {errors.messages[0]}")
    except CheckFailed as exc:
        log.info("selftest %s FAILED: %s", name, exc)
        ctx.results.append(CheckResult(name, ok=False, problem=str(exc)))
    except Exception as exc:
        log.info("selftest %s FAILED", name, exc_info=True)
        ctx.results.append(CheckResult(name, ok=False, problem=_describe(exc)))
    else:
        log.info("selftest %s ok (%.2f s): %s", name, time.perf_counter() - began, summary)
        ctx.results.append(CheckResult(name, ok=True, summary=summary))
    finally:
        logging.getLogger("acct_desktop").removeHandler(errors)


def _summary(ctx: Context, seconds: float, log_file: Path) -> str:
    failed = [r for r in ctx.results if not r.ok]
    if failed:
        problems = "; ".join(f"{r.name} ({_shorten(r.problem)})" for r in failed)
        passed = len(ctx.results) - len(failed)
        return (
            f"selftest FAILED: {problems} — {passed} of {len(ctx.results)} checks passed, "
            f"details in {log_file}"
        )
    by_name = {r.name: r.summary for r in ctx.results}
    kinds = len(PDF_KINDS)
    pdfs = f"{kinds} PDF kind{'s' if kinds != 1 else ''}"
    if not ctx.keyring_usable:
        pdfs += " (sealed with the self-test's in-memory keyring)"
    parts = [by_name["gui"], pdfs, by_name["keyring"], by_name["font"], by_name["migrations"]]
    if by_name["translations"]:
        parts.append(by_name["translations"])
    return f"selftest ok: {', '.join(parts)}, {seconds:.1f} s"


# -- package data -------------------------------------------------------------------------


def _check_migrations(_ctx: Context) -> str:
    from alembic.script import ScriptDirectory

    from acct_desktop.store.migrate import MIGRATIONS_DIR, alembic_config
    from acct_desktop.store.schema import HEAD_REVISION, SCHEMA_REVISIONS

    for needed in ("env.py", "script.py.mako", "versions"):
        if not (MIGRATIONS_DIR / needed).exists():
            raise CheckFailed(f"{needed} is missing from {MIGRATIONS_DIR}")
    scripts = ScriptDirectory.from_config(alembic_config())
    found = {script.revision for script in scripts.walk_revisions()}
    missing = [revision for revision in SCHEMA_REVISIONS if revision not in found]
    if missing:
        raise CheckFailed(f"migration {', '.join(missing)} not found in {MIGRATIONS_DIR}")
    head = scripts.get_current_head()
    if head != HEAD_REVISION:
        raise CheckFailed(f"the migrations end at {head}, this build expects {HEAD_REVISION}")
    return f"schema {HEAD_REVISION.split('_', 1)[0]}"


def _check_font(_ctx: Context) -> str:
    from reportlab.pdfbase.ttfonts import TTFont

    from acct_desktop.reporting.fonts import FONT_ENV, fallback_font_files, find_font_file

    override = os.environ.get(FONT_ENV)
    if override and not Path(override).is_file():
        raise CheckFailed(f"{FONT_ENV} points at {override}, which is not a file")
    path = find_font_file()  # FontNotFoundError says what to install
    font = TTFont("AcctSelftestProbe", str(path), subfontIndex=0)
    widths = font.face.charWidths
    missing = sorted({ch for ch in FONT_PROBE_TEXT if not ch.isspace() and ord(ch) not in widths})
    if missing:
        raise CheckFailed(f"{path.name} has no glyphs for {''.join(missing)}")
    log.info("PDF font: %s", path)
    # the fonts a rare character (𠮷, 鿍) is drawn in: on Windows SimSun-ExtB and friends
    fallbacks = fallback_font_files(path)
    log.info("PDF fallback fonts: %s", ", ".join(map(str, fallbacks)) or "none")
    return f"font {path.name}"


def _check_translations(_ctx: Context) -> str:
    """Every language's compiled catalogue (English's plural forms too) is there and loads.
    A checkout where ``translations.py build`` never ran has none, and passes; the bundle
    must have them all, and so must a checkout that has some (built before a language
    was added)."""
    from PySide6.QtCore import QTranslator

    from acct_desktop.gui.i18n import LANGUAGES

    wanted = [TRANSLATIONS_DIR / f"acct_desktop_{language.code}.qm" for language in LANGUAGES]
    present = [path for path in wanted if path.is_file()]
    if not present and not getattr(sys, "frozen", False):
        log.info("no compiled translations in %s (translations.py build)", TRANSLATIONS_DIR)
        return ""
    missing = [path.name for path in wanted if path not in present]
    if missing:
        raise CheckFailed(f"{', '.join(missing)} missing in {TRANSLATIONS_DIR}")
    broken = [path.name for path in present if not QTranslator().load(str(path))]
    if broken:
        raise CheckFailed(f"{', '.join(broken)} cannot be loaded")
    return f"{len(present)} translations"


def _check_icon(_ctx: Context) -> str:
    from PySide6.QtGui import QImage

    if QImage(str(ICON_FILE)).isNull():
        raise CheckFailed(f"the app icon {ICON_FILE} is missing or unreadable")
    return "icon"


# -- keyring ------------------------------------------------------------------------------


def _check_keyring(ctx: Context) -> str:
    """Store, read back and delete a probe secret with the keyring the app would use."""
    import keyring

    backend = keyring.get_keyring()
    name = _backend_name(backend)
    service, username = "acct-desktop", f"selftest-probe:{uuid.uuid4().hex}"
    secret = uuid.uuid4().hex
    try:
        keyring.set_password(service, username, secret)
        kept = keyring.get_password(service, username) == secret
    except Exception as exc:  # any backend failure: absent, locked, D-Bus errors ...
        log.info("keyring %s refused the probe secret", name, exc_info=True)
        reason = f"{name}: {_first_sentence(exc)}"
    else:
        reason = "" if kept else f"{name} did not keep the probe secret"
    finally:
        with contextlib.suppress(Exception):
            keyring.delete_password(service, username)
    if not reason:
        ctx.keyring_usable = True
        return f"keyring {name}"
    if KEYRING_REQUIRED:
        raise CheckFailed(f"unavailable ({reason})")
    ctx.keyring_note = reason
    return f"keyring unavailable ({reason})"


@contextlib.contextmanager
def _keyring_for_seals(ctx: Context) -> Iterator[None]:
    """The real keyring when it works; otherwise, for this self-test only, an in-memory one
    (the summary says so), so the seal can still be checked end to end."""
    if ctx.keyring_usable:
        yield
        return
    import keyring

    previous = keyring.get_keyring()
    keyring.set_keyring(_memory_keyring())
    log.info("selftest: sealing with an in-memory keyring (%s)", ctx.keyring_note)
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def _memory_keyring() -> Any:
    from acct_desktop.services.memory_keyring import MemoryKeyring

    return MemoryKeyring()


def _backend_name(backend: Any) -> str:
    name = type(backend).__name__
    if name == "ChainerBackend":
        inner = ", ".join(_backend_name(b) for b in getattr(backend, "backends", ()))
        return f"ChainerBackend({inner})"
    if name == "Keyring":  # fail.Keyring, SecretService.Keyring ...: say which
        return f"{type(backend).__module__.rsplit('.', 1)[-1]}.{name}"
    return name


# -- database and PDFs --------------------------------------------------------------------


def _make_database(ctx: Context) -> str:
    from sqlalchemy import func, select

    from acct_desktop.domain.issues import OPEN_STATUSES
    from acct_desktop.services.demo import generate_demo
    from acct_desktop.store.database import open_database
    from acct_desktop.store.models import Account, CustomerIssue

    path = ctx.folder / "selftest.acctdb"
    generate_demo(path, "S", seed=1)
    db = open_database(path, create=False)
    try:
        with db.session() as session:
            open_issues = func.count(CustomerIssue.id)
            # An account with open issues, preferably a Chinese one (CJK in the PDF).
            ctx.account_id = session.scalar(
                select(Account.id)
                .join(CustomerIssue, CustomerIssue.account_id == Account.id)
                .where(CustomerIssue.status.in_(OPEN_STATUSES), CustomerIssue.archived_at.is_(None))
                .group_by(Account.id)
                .order_by((Account.document_language == "zh_CN").desc(), open_issues.desc())
                .limit(1)
            )
    finally:
        db.close()
    if ctx.account_id is None:
        raise CheckFailed("the demo database has no account with open issues")
    ctx.database_path = path
    return "demo S"


def _check_pinyin(ctx: Context) -> str:
    """Search reads Chinese names in pinyin: the library and its dictionaries (data files
    the bundle must carry) are there, phrases included (重庆 is chong qing, not zhong qing),
    and a demo account of 广州 is found by ``gz``."""
    from acct_desktop.domain.pinyin import syllables
    from acct_desktop.services.search import AccountSearch
    from acct_desktop.store.database import open_database

    read = " ".join(syllables("重庆广州"))
    if read != "chong qing guang zhou":
        raise CheckFailed(f"pinyin reads 重庆广州 as {read or 'nothing'}")
    if ctx.database_path is None:
        raise CheckFailed("no demo database to search")
    db = open_database(ctx.database_path, create=False)
    try:
        hits = AccountSearch(db).search("gz", limit=5)
    finally:
        db.close()
    if not any("广州" in f"{hit.name} {hit.city}" for hit in hits):
        raise CheckFailed("searching gz finds no account of 广州 in the demo database")
    return "pinyin"


def _check_encryption(ctx: Context) -> str:
    """SQLCipher is bundled and works: an encrypted copy of the demo database (a throwaway
    key, never the user's) holds the same rows, and plain SQLite cannot read it."""
    import secrets
    import sqlite3

    from acct_desktop.store.encryption import export_copy, file_fingerprints

    if ctx.database_path is None:
        raise CheckFailed("no demo database to encrypt")
    key = secrets.token_bytes(32)
    encrypted = ctx.folder / "selftest-encrypted.acctdb"
    export_copy(ctx.database_path, encrypted, None, key)  # verified table by table
    try:
        with contextlib.closing(sqlite3.connect(encrypted)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        pass
    else:
        raise CheckFailed("the encrypted copy is readable without its key")
    tables = len(file_fingerprints(encrypted, key))
    encrypted.unlink()
    return f"encrypted copy, {tables} tables"


def _check_pdf(ctx: Context, kind: PdfKind) -> str:
    from acct_desktop.services.seal_keys import KEYRING_SERVICE, SealKeyStore, keyring_username
    from acct_desktop.services.sealing import SealState, verify_pdf
    from acct_desktop.store.database import open_database

    if ctx.database_path is None or ctx.account_id is None:
        raise CheckFailed("not run: no database")
    keys = SealKeyStore(ctx.folder / "seal")
    db = open_database(ctx.database_path, create=False)
    try:
        pdf = kind.make(PdfContext(db, ctx.account_id, keys, ctx.folder))
    finally:
        db.close()
        _forget_seal_passphrase(keys, KEYRING_SERVICE, keyring_username)
    if not pdf.startswith(b"%PDF-") or b"%%EOF" not in pdf[-1024:]:
        raise CheckFailed("the output is not a complete PDF")
    if kind.sealed:
        report = verify_pdf(pdf, keys.trust_roots())
        if report.state is not SealState.INTACT:
            raise CheckFailed(f"the seal does not verify: {report.state.value}")
    pages = _preview_pages(pdf)
    if kind.make is _sealed_checklist:
        _read_own_qr_code(pdf, ctx.folder)
    return f"{len(pdf):,} bytes, {pages} page(s) previewed" + (
        ", seal intact" if kind.sealed else ""
    )


def _read_own_qr_code(pdf: bytes, folder: Path) -> None:
    """The checklist's QR code reads back as a scan of it would (zxing-cpp and PDFium in
    the bundle): without them a scan of another revision would be attached unchecked."""
    from acct_desktop.services.scan_codes import read_qr_codes

    path = folder / "selftest-checklist.pdf"
    path.write_bytes(pdf)
    codes = read_qr_codes(path)
    if not codes or not any(code.startswith("ACCT-CL|") for code in codes):
        raise CheckFailed("the checklist's QR code does not read back")


def _preview_pages(pdf: bytes) -> int:
    """Render the first page as the print preview does (PDFium), with Qt's printing
    module at hand: proves the bundle has both."""
    import pypdfium2 as pdfium
    from PySide6 import QtPrintSupport  # noqa: F401  (Print… in the preview)

    document = pdfium.PdfDocument(pdf)
    try:
        bitmap = document[0].render(scale=0.5)
        if bitmap.width < 100:
            raise CheckFailed("the preview of the first page is empty")
        return len(document)
    finally:
        document.close()


def _forget_seal_passphrase(keys: SealKeyStore, service: str, username: Callable) -> None:
    """The temporary seal key is deleted with the folder; so is its passphrase, so that a
    real keyring does not keep an entry for a key that no longer exists."""
    import keyring

    with contextlib.suppress(Exception):
        keyring.delete_password(service, username(keys.certificate().fingerprint_sha256))


# -- the window ---------------------------------------------------------------------------


def _choose_qt_platform() -> None:
    """Offscreen where there is no display (set before the QApplication exists)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _check_gui(ctx: Context) -> str:
    from PySide6.QtCore import QSettings, Qt, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from acct_desktop.app import make_application, open_workspace
    from acct_desktop.gui.docks import DOCKS
    from acct_desktop.gui.main_window import MainWindow
    from acct_desktop.gui.settings import AppSettings

    if ctx.database_path is None:
        raise CheckFailed("not run: no database")
    if QApplication.instance() is None:
        _require_platform_plugin()  # Qt aborts the process when it cannot load one
    # Settings in the temporary folder, also for code that makes its own QSettings().
    settings_dir = ctx.folder / "settings"
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(settings_dir))
    previous_format = QSettings.defaultFormat()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    app = make_application()
    slot_errors: list[str] = []
    previous_hook = sys.excepthook

    def hook(kind: type[BaseException], error: BaseException, tb: Any) -> None:
        log.error("error in a Qt callback", exc_info=(kind, error, tb))
        slot_errors.append(_describe(error))

    sys.excepthook = hook
    # Qt's own warnings (e.g. the offscreen plugin's) go to the log, not to the terminal.
    previous_handler = qInstallMessageHandler(
        lambda _mode, _context, message: log.info("qt: %s", message)
    )
    window = MainWindow(
        AppSettings(QSettings(str(settings_dir / "window.ini"), QSettings.Format.IniFormat)),
        open_workspace,
    )
    blank: list[str] = []
    try:
        if QApplication.platformName() != "offscreen":  # a real screen: do not show it
            window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        window.resize(*WINDOW_SIZE)
        window.reset_layout()
        window.show()
        window.set_workspace(open_workspace(str(ctx.database_path)))
        window.current.set(ctx.account_id)
        _settle(app, window)
        missing = [dock.NAME for dock in DOCKS if dock.NAME not in window.docks]
        if missing:
            raise CheckFailed(f"docks not in the window: {', '.join(missing)}")
        for dock in window.docks.values():
            dock.raise_()
            _settle(app, window)
            reason = _blank_reason(dock.widget().grab().toImage())
            log.info("dock %s: %s rows, %s", dock.NAME, dock.shown_row_count(), reason or "ok")
            if reason:
                blank.append(f"{dock.NAME} {reason}")
        for key, page in window.card.pages.items():
            window.card.open_tab(key)
            _settle(app, window)
            reason = _blank_reason(page.grab().toImage())
            log.info("profile tab %s: %s", key, reason or "ok")
            if reason:
                blank.append(f"tab {key} {reason}")
    finally:
        window.background.wait()
        window.set_workspace(None)
        window.background.wait()
        window.close()
        window.deleteLater()
        app.processEvents()
        sys.excepthook = previous_hook
        qInstallMessageHandler(previous_handler)
        QSettings.setDefaultFormat(previous_format)
    if slot_errors:
        raise CheckFailed(f"error while rendering: {slot_errors[0]}")
    if blank:
        raise CheckFailed(", ".join(blank))
    return f"{len(window.docks)} docks, {len(window.card.pages)} tabs"


def _require_platform_plugin() -> None:
    from PySide6.QtCore import QCoreApplication

    default = {"win32": "windows", "darwin": "cocoa"}.get(sys.platform, "xcb")
    wanted = os.environ.get("QT_QPA_PLATFORM") or default
    name = wanted.split(";")[0].split(":")[0].strip()
    folders = [Path(path) / "platforms" for path in QCoreApplication.libraryPaths()]
    for folder in folders:
        if any(folder.glob(f"*q{name}.*")):
            return
    where = ", ".join(str(folder) for folder in folders) or "no Qt plugin folder"
    raise CheckFailed(f"the Qt platform plugin '{name}' is not in {where}")


def _settle(app: Any, window: Any, rounds: int = 5) -> None:
    """Let background jobs finish and their results arrive on the UI thread."""
    for _ in range(rounds):
        window.background.wait()
        app.processEvents()


def _blank_reason(image: Any) -> str | None:
    """None when the image shows something; else why it looks blank."""
    import numpy as np
    from PySide6.QtGui import QImage

    if image.isNull() or image.width() < 8 or image.height() < 8:
        return f"has no size ({image.width()}×{image.height()})"
    rgb = image.convertToFormat(QImage.Format.Format_RGB32)
    pixels = np.frombuffer(rgb.constBits(), dtype=np.uint32)
    _values, counts = np.unique(pixels, return_counts=True)
    detail = 1.0 - counts.max() / pixels.size
    if len(counts) < MIN_COLOURS or detail < MIN_DETAIL:
        return f"looks blank ({len(counts)} colours, {detail:.2%} detail)"
    return None


# -- helpers ------------------------------------------------------------------------------


@contextlib.contextmanager
def _quiet_terminal() -> Iterator[None]:
    """The user sees one line: while the checks run, log records (warnings and errors
    included, with their tracebacks) go only to the log file, not to the terminal."""
    quietened = [
        (handler, handler.level)
        for handler in logging.getLogger().handlers
        if type(handler) is logging.StreamHandler
    ]
    for handler, _level in quietened:
        handler.setLevel(logging.CRITICAL + 1)
    try:
        yield
    finally:
        for handler, level in quietened:
            handler.setLevel(level)


@contextlib.contextmanager
def _isolated_user_data(folder: Path) -> Iterator[None]:
    """The data folder (manager details, seal key) points into the temporary folder."""
    previous = os.environ.get(DATA_DIR_ENV)
    os.environ[DATA_DIR_ENV] = str(folder)
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(DATA_DIR_ENV, None)
        else:
            os.environ[DATA_DIR_ENV] = previous


class _ErrorCollector(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if not record.name.startswith(__name__):
            self.messages.append(record.getMessage())


def _describe(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__


def _first_sentence(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text.split(". ", 1)[0].rstrip(".")


def _shorten(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= SUMMARY_PROBLEM_LENGTH:
        return text
    return text[: SUMMARY_PROBLEM_LENGTH - 1] + "…"
