"""Printing an account's price list and rebate statement from the Account menu."""

from __future__ import annotations

import subprocess
import threading

from PySide6.QtWidgets import QPushButton
from sqlalchemy import select

from acct_desktop.gui.main_window import MainWindow
from acct_desktop.store import models as m


def account_with_deals_and_rebates(window: MainWindow):
    with window.workspace.db.session() as session:
        return session.scalar(
            select(m.RebateAgreement.account_id)
            .where(m.RebateAgreement.status == "active")
            .order_by(m.RebateAgreement.number)
            .limit(1)
        )


def test_price_list_and_rebate_statement_are_saved_as_pdfs(qtbot, window: MainWindow, tmp_path):
    actions = window.print_actions
    actions.open_after_save = False
    actions.choose_path = lambda name: tmp_path / name
    window.current.set(None)
    assert not actions.price_list.isEnabled()
    account_id = account_with_deals_and_rebates(window)
    window.current.set(account_id)
    assert actions.price_list.isEnabled() and actions.rebate_statement.isEnabled()
    code = window.workspace.accounts.profile(account_id).code

    actions.price_list.trigger()
    assert actions.progress is not None  # priced in the worker, behind a progress dialog
    qtbot.waitUntil(lambda: actions.last_saved is not None, timeout=60_000)
    assert actions.progress is None
    price_list = actions.last_saved
    assert price_list.name.startswith(f"price-list-{code}")
    text = subprocess.run(
        ["pdftotext", str(price_list), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert code in text
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]

    actions.last_saved = None
    actions.rebate_statement.trigger()
    assert actions.progress is not None  # computed in the worker, behind a progress dialog
    qtbot.waitUntil(lambda: actions.last_saved is not None, timeout=60_000)
    assert actions.progress is None
    statement = actions.last_saved
    assert statement.name.startswith(f"rebate-statement-{code}")
    text = subprocess.run(
        ["pdftotext", str(statement), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert code in text
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_an_account_without_agreements_gets_a_sentence(qtbot, window: MainWindow, tmp_path):
    actions = window.print_actions
    actions.choose_path = lambda name: tmp_path / name
    with window.workspace.db.session() as session:
        quiet = session.scalar(
            select(m.Account.id)
            .where(~m.Account.id.in_(select(m.RebateAgreement.account_id)))
            .limit(1)
        )
    window.current.set(quiet)
    actions.rebate_statement.trigger()
    qtbot.waitUntil(lambda: actions.last_problem is not None, timeout=60_000)
    assert "Traceback" not in actions.last_problem and actions.last_saved is None


def test_a_price_list_with_a_bigger_quantity_priced_higher_warns_the_manager(
    qtbot, window: MainWindow, tmp_path
) -> None:
    from datetime import date
    from decimal import Decimal

    from acct_desktop.domain.enums import PolicyScope, PolicyStatus
    from acct_desktop.domain.pricing_rules import RuleKind

    actions = window.print_actions
    actions.open_after_save = False
    actions.choose_path = lambda name: tmp_path / name
    today = window.workspace.issues.today()
    with window.workspace.db.session() as session:  # NL000174's channel: 10 % off below 50
        account = session.scalars(select(m.Account).where(m.Account.code == "NL000174")).one()
        product = session.scalars(select(m.Product).where(m.Product.sku == "PEO-002-1L")).one()
        session.add(
            m.PricePolicy(
                code="PP-TEST-50",
                name="from 50 at list",
                scope=PolicyScope.ACCOUNT,
                account_id=account.id,
                product_id=product.id,
                valid_from=date(today.year, 1, 1),
                currency="EUR",
                min_quantity=Decimal(50),
                rule_kind=RuleKind.FIXED,
                guide_price=product.list_price,
                status=PolicyStatus.ACTIVE,
            )
        )
        account_id = account.id
    window.current.set(account_id)
    actions.price_list.trigger()
    qtbot.waitUntil(lambda: actions.last_saved is not None, timeout=60_000)
    warning = actions.last_warning or ""
    assert "NL000174 · PEO-002-1L" in warning and "PP-TEST-50" in warning
    assert "a bigger order pays more" in warning
    text = subprocess.run(
        ["pdftotext", "-layout", str(actions.last_saved), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    row = next(line for line in text.splitlines() if line.startswith("PEO-002-1L"))
    assert "*" in row


def test_the_price_list_shows_its_progress_and_cancel_leaves_no_file(
    qtbot, window: MainWindow, tmp_path
) -> None:
    actions = window.print_actions
    actions.open_after_save = False
    folder = tmp_path / "out"
    folder.mkdir()
    asked: list[str] = []
    actions.choose_path = lambda name: asked.append(name) or folder / name
    account_id = account_with_deals_and_rebates(window)
    window.current.set(account_id)
    profile = window.workspace.accounts.profile(account_id)
    gate = threading.Event()  # the worker busy with something else: the list waits its turn
    window.background.submit(gate.wait, lambda _result: None)
    try:
        actions.price_list.trigger()
        assert asked == [f"price-list-{profile.code}-{window.workspace.issues.today()}.pdf"]
        dialog = actions.progress
        assert dialog is not None
        assert dialog.labelText() == f"Pricing the products for {profile.name}…"
        qtbot.waitUntil(dialog.isVisible, timeout=10_000)  # after half a second
        dialog.findChild(QPushButton).click()  # Cancel
    finally:
        gate.set()
    qtbot.waitUntil(lambda: actions.progress is None, timeout=60_000)
    assert actions.last_cancelled == "Price list cancelled; no file was written."
    assert window.statusBar().currentMessage() == actions.last_cancelled
    assert actions.last_saved is None and actions.last_problem is None
    assert list(folder.iterdir()) == []  # no PDF, whole or half, and no .part file


def test_characters_no_font_has_are_boxed_and_the_manager_is_told_which(
    qtbot, window: MainWindow, tmp_path, monkeypatch
) -> None:
    """A price list for 𠮷野家润滑油总部 (𠮷: CJK Extension B) on a computer whose fonts lack
    𠮷: the PDF is saved with □ in its place and a warning names it and what to install."""
    from PySide6.QtWidgets import QMessageBox

    from acct_desktop.reporting.font_runs import font_chain
    from acct_desktop.reporting.fonts import FALLBACK_ENV

    monkeypatch.setenv(FALLBACK_ENV, str(tmp_path / "no-such-font.ttf"))
    font_chain.cache_clear()
    try:
        actions = window.print_actions
        actions.open_after_save = False
        actions.choose_path = lambda name: tmp_path / name
        account_id = account_with_deals_and_rebates(window)
        with window.workspace.db.session() as session:
            session.get(m.Account, account_id).name = "𠮷野家润滑油总部"
        window.current.set(account_id)
        actions.price_list.trigger()
        qtbot.waitUntil(
            lambda: window.findChild(QMessageBox, "unprintableCharacters") is not None,
            timeout=60_000,
        )
        box = window.findChild(QMessageBox, "unprintableCharacters")
        assert "could not be printed" in box.text() and ": 𠮷." in box.text()
        assert "fonts-hanazono" in box.text() and FALLBACK_ENV in box.text()
        text = subprocess.run(
            ["pdftotext", str(actions.last_saved), "-"], capture_output=True, text=True
        ).stdout
        assert "□野家润滑油总部" in text  # saved all the same, nothing silently left out
    finally:
        font_chain.cache_clear()


def test_a_print_preview_says_which_characters_no_font_has(
    qtbot, window: MainWindow, tmp_path, monkeypatch
) -> None:
    from PySide6.QtWidgets import QLabel

    from acct_desktop.reporting.font_runs import font_chain
    from acct_desktop.reporting.fonts import FALLBACK_ENV
    from tests.gui.test_visit_calendar import dock_on_a_planned_visit

    dock, visit = dock_on_a_planned_visit(window)
    with window.workspace.db.session() as session:
        session.get(m.Account, visit.account_id).name = "佛山鿍记车行"
    for env, warned in ((str(tmp_path / "no-such-font.ttf"), True), (None, False)):
        if env is None:
            monkeypatch.delenv(FALLBACK_ENV)
        else:
            monkeypatch.setenv(FALLBACK_ENV, env)
        font_chain.cache_clear()
        dock.last_dialog = None
        dock.files.print_sheets()
        qtbot.waitUntil(lambda: dock.last_dialog is not None, timeout=60_000)
        said = dock.last_dialog.findChild(QLabel, "previewWarning")
        if warned:
            assert said is not None and ": 鿍." in said.text() and said.isVisible()
        else:
            assert said is None
        dock.last_dialog.close()
    font_chain.cache_clear()


def test_the_rebate_statement_asks_first_shows_its_progress_and_cancel_leaves_no_file(
    qtbot, window: MainWindow, tmp_path
) -> None:
    actions = window.print_actions
    actions.open_after_save = False
    folder = tmp_path / "out"
    folder.mkdir()
    asked: list[str] = []
    actions.choose_path = lambda name: asked.append(name) or folder / name
    account_id = account_with_deals_and_rebates(window)
    window.current.set(account_id)
    profile = window.workspace.accounts.profile(account_id)
    gate = threading.Event()  # the worker busy with something else: the statement waits
    window.background.submit(gate.wait, lambda _result: None)
    try:
        actions.rebate_statement.trigger()
        today = window.workspace.issues.today()
        assert asked == [f"rebate-statement-{profile.code}-{today}.pdf"]  # asked first
        dialog = actions.progress
        assert dialog is not None
        assert dialog.labelText() == f"Computing the rebates of {profile.name}…"
        qtbot.waitUntil(dialog.isVisible, timeout=10_000)  # after half a second
        dialog.findChild(QPushButton).click()  # Cancel
    finally:
        gate.set()
    qtbot.waitUntil(lambda: actions.progress is None, timeout=60_000)
    assert actions.last_cancelled == "Rebate statement cancelled; no file was written."
    assert window.statusBar().currentMessage() == actions.last_cancelled
    assert actions.last_saved is None and actions.last_problem is None
    assert list(folder.iterdir()) == []  # no PDF, whole or half, and no .part file
