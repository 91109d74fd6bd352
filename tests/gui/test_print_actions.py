"""Printing an account's price list and rebate statement from the Account menu: made behind a
progress dialog with Cancel, then shown in the app's print preview (Print…, Save as PDF…)."""

from __future__ import annotations

import subprocess
import tempfile
import threading

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QPushButton
from sqlalchemy import select

from acct_desktop.gui.dialogs.pdf_preview import PdfPreviewDialog
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.page_column import PageColumn
from acct_desktop.store import models as m


def account_with_deals_and_rebates(window: MainWindow):
    with window.workspace.db.session() as session:
        return session.scalar(
            select(m.RebateAgreement.account_id)
            .where(m.RebateAgreement.status == "active")
            .order_by(m.RebateAgreement.number)
            .limit(1)
        )


def pdf_text(pdf: bytes, *options: str) -> str:
    return subprocess.run(
        ["pdftotext", *options, "-", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()


def pdf_pages(pdf: bytes) -> int:
    info = subprocess.run(
        ["pdfinfo", "-"], input=pdf, capture_output=True, check=True
    ).stdout.decode()
    return int(next(line for line in info.splitlines() if line.startswith("Pages:")).split()[1])


def opened_preview(qtbot, actions) -> PdfPreviewDialog:  # type: ignore[no-untyped-def]
    """The preview the action opens once its work is done (its progress dialog gone)."""
    assert actions.progress is not None  # made in the worker, behind a progress dialog
    qtbot.waitUntil(lambda: actions.last_preview is not None, timeout=60_000)
    assert actions.progress is None
    preview = actions.last_preview
    assert isinstance(preview, PdfPreviewDialog) and preview.isVisible()
    return preview


def first_page(qtbot, preview: PdfPreviewDialog) -> QImage:  # type: ignore[no-untyped-def]
    """The first page as the preview shows it, once drawn (the others as they come in view)."""
    column = preview.findChild(PageColumn, "previewPages")
    qtbot.waitUntil(lambda: 0 in column.shown(), timeout=30_000)
    return column.grab(column.page_rect(0)).toImage()


@pytest.mark.parametrize("document", ["price list", "rebate statement"])
def test_the_document_opens_in_the_print_preview_and_is_saved_only_when_asked(
    qtbot, window: MainWindow, tmp_path, monkeypatch, document: str
) -> None:
    """Ctrl+P's documents as quotes and visit sheets: made behind the progress dialog, then
    the app's print preview with the PDF's own pages; no file until Save as PDF…."""
    scratch = tmp_path / "scratch"  # where a temporary file would go
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    actions = window.print_actions
    folder = tmp_path / "out"
    folder.mkdir()
    asked: list[str] = []
    actions.choose_path = lambda name: asked.append(name) or folder / name
    window.current.set(None)
    assert not actions.price_list.isEnabled()
    account_id = account_with_deals_and_rebates(window)
    window.current.set(account_id)
    assert actions.price_list.isEnabled() and actions.rebate_statement.isEnabled()
    code = window.workspace.accounts.profile(account_id).code
    today = window.workspace.issues.today()
    action, name = {
        "price list": (actions.price_list, f"price-list-{code}-{today}.pdf"),
        "rebate statement": (actions.rebate_statement, f"rebate-statement-{code}-{today}.pdf"),
    }[document]

    action.trigger()
    assert asked == []  # nothing asked before the preview
    preview = opened_preview(qtbot, actions)
    assert preview.windowTitle() == name
    assert code in pdf_text(preview.pdf)
    assert len(preview.pages) == pdf_pages(preview.pdf)  # every page of it
    page = first_page(qtbot, preview)
    assert page.width() < page.height()  # an A4 page standing, drawn from the PDF
    top = [(x, y) for y in range(page.height() // 6) for x in range(0, page.width(), 3)]
    assert any(page.pixelColor(x, y).value() < 128 for x, y in top)  # its title, drawn
    assert list(folder.iterdir()) == [] and list(scratch.iterdir()) == []  # nothing written

    preview.findChild(QPushButton, "saveButton").click()  # Save as PDF…
    assert asked == [name]
    assert actions.last_saved == folder / name
    assert (folder / name).read_bytes() == preview.pdf
    assert sorted(p.name for p in folder.iterdir()) == [name]  # no .part left
    assert list(scratch.iterdir()) == []
    preview.close()


def test_an_account_without_agreements_is_told_so_and_asked_nothing(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    """No active agreement: said at once, in a sentence; no file dialog, no work."""
    asked: list[str] = []

    def ask(*args, **_kwargs):  # type: ignore[no-untyped-def]
        asked.append(args[2])
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    actions = window.print_actions
    with window.workspace.db.session() as session:
        quiet = session.scalars(
            select(m.Account)
            .where(~m.Account.id.in_(select(m.RebateAgreement.account_id)))
            .order_by(m.Account.code)
            .limit(1)
        ).one()
        quiet_id, quiet_name = quiet.id, quiet.name
    window.current.set(quiet_id)
    actions.rebate_statement.trigger()
    assert actions.progress is None  # nothing computed
    box = window.findChild(QMessageBox, "nothingToPrint")
    assert box is not None and box.isVisible()
    said = f"{quiet_name} has no active rebate agreement, so there is no rebate statement to print."
    assert box.text() == said == actions.last_refusal
    box.accept()
    window.background.wait()
    assert asked == [] and actions.last_preview is None and actions.last_problem is None


def test_a_catalogue_without_products_has_no_price_list_to_print(
    qtbot, window: MainWindow, monkeypatch
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **_kw: asked.append(args[2]) or ("", "")
    )
    actions = window.print_actions
    with window.workspace.db.session() as session:
        for product in session.scalars(select(m.Product)):
            product.active = False
    account_id = account_with_deals_and_rebates(window)
    window.current.set(account_id)
    name = window.workspace.accounts.profile(account_id).name
    actions.price_list.trigger()
    assert actions.progress is None
    box = window.findChild(QMessageBox, "nothingToPrint")
    assert box is not None and box.isVisible()
    assert box.text().startswith(f"There is no active product, so {name} has no price list")
    box.accept()
    window.background.wait()
    assert asked == [] and actions.last_preview is None


def test_a_price_list_with_a_bigger_quantity_priced_higher_warns_the_manager(
    qtbot, window: MainWindow, tmp_path
) -> None:
    from datetime import date
    from decimal import Decimal

    from acct_desktop.domain.enums import PolicyScope, PolicyStatus
    from acct_desktop.domain.pricing_rules import RuleKind

    actions = window.print_actions
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
    preview = opened_preview(qtbot, actions)
    warning = actions.last_warning or ""
    assert "NL000174 · PEO-002-1L" in warning and "PP-TEST-50" in warning
    assert "a bigger order pays more" in warning
    box = preview.findChild(QMessageBox, "dearerPrices")  # over the preview
    assert box is not None and box.isVisible() and box.text() == warning
    text = pdf_text(preview.pdf, "-layout")
    row = next(line for line in text.splitlines() if line.startswith("PEO-002-1L"))
    assert "*" in row


@pytest.mark.parametrize("document", ["price list", "rebate statement"])
def test_the_progress_shows_and_cancel_leaves_nothing(
    qtbot, window: MainWindow, tmp_path, monkeypatch, document: str
) -> None:
    scratch = tmp_path / "scratch"  # where a temporary file would go
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args, **_kw: asked.append(args[2]) or ("", "")
    )
    actions = window.print_actions
    account_id = account_with_deals_and_rebates(window)
    window.current.set(account_id)
    profile = window.workspace.accounts.profile(account_id)
    action, label, cancelled = {
        "price list": (
            actions.price_list,
            f"Pricing the products for {profile.name}…",
            "Price list cancelled; nothing was printed or saved.",
        ),
        "rebate statement": (
            actions.rebate_statement,
            f"Computing the rebates of {profile.name}…",
            "Rebate statement cancelled; nothing was printed or saved.",
        ),
    }[document]
    gate = threading.Event()  # the worker busy with something else: the document waits
    window.background.submit(gate.wait, lambda _result: None)
    try:
        action.trigger()
        dialog = actions.progress
        assert dialog is not None
        assert dialog.labelText() == label
        qtbot.waitUntil(dialog.isVisible, timeout=10_000)  # after half a second
        dialog.findChild(QPushButton).click()  # Cancel
    finally:
        gate.set()
    qtbot.waitUntil(lambda: actions.progress is None, timeout=60_000)
    assert actions.last_cancelled == cancelled
    assert window.statusBar().currentMessage() == cancelled
    assert actions.last_preview is None and actions.last_problem is None
    assert asked == [] and actions.last_saved is None
    assert list(scratch.iterdir()) == []  # no file, whole or half, anywhere


def test_characters_no_font_has_are_boxed_and_the_preview_says_which(
    qtbot, window: MainWindow, tmp_path, monkeypatch
) -> None:
    """A price list for 𠮷野家润滑油总部 (𠮷: CJK Extension B) on a computer whose fonts lack
    𠮷: the PDF has □ in its place and the preview names it and what to install."""
    from acct_desktop.reporting.font_runs import font_chain
    from acct_desktop.reporting.fonts import FALLBACK_ENV

    monkeypatch.setenv(FALLBACK_ENV, str(tmp_path / "no-such-font.ttf"))
    font_chain.cache_clear()
    try:
        actions = window.print_actions
        account_id = account_with_deals_and_rebates(window)
        with window.workspace.db.session() as session:
            session.get(m.Account, account_id).name = "𠮷野家润滑油总部"
        window.current.set(account_id)
        actions.price_list.trigger()
        preview = opened_preview(qtbot, actions)
        said = preview.findChild(QLabel, "previewWarning")
        assert said is not None and said.isVisible()
        assert "could not be printed" in said.text() and ": 𠮷." in said.text()
        assert "fonts-hanazono" in said.text() and FALLBACK_ENV in said.text()
        assert "□野家润滑油总部" in pdf_text(preview.pdf)  # nothing silently left out
        preview.close()
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
