"""Building a quote in the dock from the keyboard: add, edit, flag, undo, approve, send,
print — the manager's story on the S demo."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal as D

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import select
from sqlalchemy.orm import Session

from acct_desktop.domain.enums import PolicyScope, PolicyStatus, QuoteStatus
from acct_desktop.domain.quote_workflow import QuoteMove
from acct_desktop.gui.docks.quote_builder import QuoteBuilderDock
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.models.quote_lines import LineColumn
from acct_desktop.services.manager_profile import (
    ManagerProfile,
    profile_path,
    save_manager_profile,
)
from acct_desktop.store import models as m

SELLER = ManagerProfile("Nguyễn Văn Đức", "Acme Lubricants", "+84 28 1234 5678")


@pytest.fixture(autouse=True)
def seller(isolated_user: object) -> None:
    """My details are filled in (the quote's seller); one test takes them away."""
    save_manager_profile(SELLER)


def first_vn_account_and_products(session: Session) -> tuple[m.Account, list[m.Product]]:
    """The first account billed in VND and the first three active products, by code."""
    account = session.scalars(
        select(m.Account).where(m.Account.currency == "VND").order_by(m.Account.code)
    ).first()
    products = session.scalars(
        select(m.Product).where(m.Product.active.is_(True)).order_by(m.Product.sku).limit(3)
    ).all()
    return account, list(products)


def vn_account_and_products(window: MainWindow) -> tuple[uuid.UUID, list[m.Product]]:
    with window.workspace.db.session() as session:
        account, products = first_vn_account_and_products(session)
        session.add(  # the first product may be discounted 10 % at most for this account
            m.PricePolicy(
                code="G-TEST",
                name="band",
                scope=PolicyScope.ACCOUNT,
                account_id=account.id,
                product_id=products[0].id,
                valid_from=date(2026, 1, 1),
                valid_to=date(2026, 12, 31),
                currency="VND",
                min_quantity=D(0),
                status=PolicyStatus.ACTIVE,
                max_discount_percent=D(10),
            )
        )
        return account.id, products


def dock_of(window: MainWindow) -> QuoteBuilderDock:
    dock = window.docks["quoteBuilderDock"]
    dock.show()
    dock.raise_()
    return dock


def add(dock: QuoteBuilderDock, product: m.Product, quantity: str) -> None:
    editor = dock.editor
    hits = dict(dock._search_products(product.sku))
    editor.product.set_choice(product.id, hits[product.id])
    editor.quantity.setText(quantity)
    editor.add_button.click()


def test_build_flag_undo_approve_send_and_print(
    qtbot, qtmodeltester, window: MainWindow, tmp_path
) -> None:
    account_id, products = vn_account_and_products(window)
    window.current.set(account_id)
    dock = dock_of(window)
    dock.commands.new_quote()
    view = dock.editor.view
    assert view is not None and view.status is QuoteStatus.DRAFT and view.currency == "VND"
    assert dock.quotes.rowCount() >= 1  # listed at once: saved, not only in memory

    for product, quantity in zip(products, ("10", "4", "2"), strict=True):
        add(dock, product, quantity)
    assert [line.sku for line in dock.editor.view.lines] == [p.sku for p in products]
    assert dock.editor.product.text() == "" and dock.editor.quantity.text() == "1"

    model = dock.editor.model
    qtmodeltester.check(model, force_py=True)
    assert model.setData(model.index(0, LineColumn.DISCOUNT), "12")
    view = dock.editor.view
    assert view.lines[0].discount_percent == D(12) and view.flagged
    assert "⚠" in model.index(0, LineColumn.FLAGS).data()
    assert "approval must be recorded" in dock.editor.banner.text()
    assert dock.commands.move_buttons[QuoteMove.SUBMIT].isVisibleTo(dock)

    # undo the discount, redo it: the service state follows
    window.undo_stack.undo()
    assert dock.editor.view.lines[0].discount_percent == D(0) and not dock.editor.view.flagged
    window.undo_stack.redo()
    assert dock.editor.view.lines[0].discount_percent == D(12)

    # a bad number stays out and says why
    dock.commands.complain = lambda message: setattr(dock, "last_problem", message)
    dock.editor.model._complain = dock.commands.complain
    assert not model.setData(model.index(1, LineColumn.QUANTITY), "abc")
    assert "not a number" in (dock.last_problem or "")

    # sending is refused until an approval is recorded
    assert not dock.commands.move_buttons[QuoteMove.SEND].isEnabled()
    dock.commands.make_move(QuoteMove.SEND)
    assert "record an approval" in (dock.last_problem or "")
    dock.commands.make_move(QuoteMove.SUBMIT)
    assert dock.editor.view.status is QuoteStatus.PENDING_APPROVAL
    dock.commands.make_move(QuoteMove.APPROVE)
    dialog = dock.last_dialog
    dialog.approver.setText("Trần Minh, regional director")
    dialog._run()
    assert dialog.problem.isVisible() and "reason" in dialog.problem.text()  # stays open
    dialog.reason.setPlainText("Season volume commitment")
    dialog._run()
    assert dock.editor.view.status is QuoteStatus.APPROVED and dock.editor.view.approval_valid
    assert dock.commands.move_buttons[QuoteMove.SEND].isEnabled()
    dock.commands.make_move(QuoteMove.SEND)
    assert dock.editor.view.status is QuoteStatus.SENT
    assert not dock.editor.add_button.isEnabled()  # a sent quote is revised, not edited

    dock.commands.open_after_save = False
    dock.commands.choose_path = lambda name: tmp_path / name
    dock.commands.actions["pdf"].trigger()
    qtbot.waitUntil(lambda: dock.commands.last_saved is not None, timeout=60_000)
    saved = dock.commands.last_saved
    assert saved.name.startswith(dock.editor.view.number) and saved.read_bytes()[:5] == b"%PDF-"


def test_an_undo_refused_once_the_quote_was_sent_elsewhere_shows_it_sent(
    qtbot, window: MainWindow
) -> None:
    account_id, products = vn_account_and_products(window)
    window.current.set(account_id)
    dock = dock_of(window)
    dock.commands.new_quote()
    add(dock, products[1], "4")
    add(dock, products[2], "2")
    quote_id, steps = dock.editor.view.id, window.undo_stack.count()
    window.workspace.quote_lifecycle.send(quote_id)  # marked as sent meanwhile
    window.undo_stack.undo()  # a sent quote's lines no longer change: refused
    assert "sent" in (dock.last_problem or "")
    assert window.undo_stack.count() == steps - 1 and not window.undo_stack.canRedo()
    view = dock.editor.view  # read again: the quote as it is now
    assert view.id == quote_id and view.status is QuoteStatus.SENT and len(view.lines) == 2
    assert not dock.editor.add_button.isEnabled()


def test_pasted_lines_and_header_problems_show_in_place(qtbot, window: MainWindow) -> None:
    account_id, products = vn_account_and_products(window)
    window.current.set(account_id)
    dock = dock_of(window)
    dock.commands.new_quote()
    dock.commands.paste_lines()
    dialog = dock.last_dialog
    dialog.text.setPlainText(f"{products[0].sku}\t3\nNOPE-1\t2")
    dialog._run()
    assert dialog.isVisible() or dialog.result() == 0
    assert "Line 2" in dialog.problem.text() and "NOPE-1" in dialog.problem.text()
    assert dock.editor.view.lines == ()
    dialog.text.setPlainText(f"{products[0].sku}\t3\n{products[1].sku} 2.5 L")
    dialog._run()
    assert [ln.sku for ln in dock.editor.view.lines] == [products[0].sku, products[1].sku]

    valid = dock.editor.fields["tax_rate_percent"]
    valid.setText("abc")
    valid.editingFinished.emit()
    assert dock.editor.problems["tax_rate_percent"].isVisibleTo(dock.editor)
    discount = dock.editor.fields["quote_discount_percent"]
    discount.setText("150")
    discount.editingFinished.emit()
    assert "between 0 and 100" in dock.editor.problems["quote_discount_percent"].text()
    notes = dock.editor.fields["notes"]
    notes.setText("Giao hàng trước Tết — 春节前送货")
    notes.textEdited.emit(notes.text())
    dock.editor.flush()  # what the pause timer does
    assert dock.editor.view.notes == "Giao hàng trước Tết — 春节前送货"


def test_a_dutch_paste_and_the_qty_cell_read_three_decimals_alike(
    qtbot, window: MainWindow, dutch: None
) -> None:
    """Issue s18-1: a Dutch Excel's 2,125 and 12,500 (12,5) were pasted as 2125 and 12500."""
    account_id, products = vn_account_and_products(window)
    window.current.set(account_id)
    dock = dock_of(window)
    dock.commands.new_quote()
    dock.commands.paste_lines()
    dialog = dock.last_dialog
    dialog.text.setPlainText(f"{products[0].sku}\t2,125\n{products[2].sku}\t12,500")
    dialog._run()
    assert [ln.quantity for ln in dock.editor.view.lines] == [D("2.125"), D("12.5")]
    dock.commands.paste_lines()
    dialog = dock.last_dialog
    dialog.text.setPlainText(f"{products[0].sku}\t2.5\nNOPE-1\t2")
    dialog._run()
    assert dialog.problem.text().splitlines() == [
        "Regel 1: ‘2.5’ is hier geen getal: ',' scheidt de decimalen.",
        "Regel 2: geen product heeft SKU ‘NOPE-1’.",
    ]
    model = dock.editor.model
    cell = model.index(1, LineColumn.QUANTITY)
    assert model.data(cell) == "12,5"
    model.setData(cell, "1.500,25")
    assert dock.editor.view.lines[1].quantity == D("1500.25")
    cell = model.index(1, LineColumn.QUANTITY)
    assert (model.data(cell), model.data(cell, Qt.ItemDataRole.EditRole)) == ("1.500,25", "1500,25")
    model.setData(cell, model.data(cell, Qt.ItemDataRole.EditRole))  # Enter, unchanged
    model.setData(model.index(0, LineColumn.QUANTITY), "3,125")
    assert [ln.quantity for ln in dock.editor.view.lines] == [D("3.125"), D("1500.25")]


def test_impossible_quantities_are_refused_with_a_sentence_and_nothing_is_lost(
    qtbot, window: MainWindow
) -> None:
    account_id, products = vn_account_and_products(window)
    window.current.set(account_id)
    dock = dock_of(window)
    dock.commands.new_quote()
    problems: list[str] = []
    dock.commands.complain = problems.append
    dock.editor.model._complain = dock.commands.complain
    said = []
    for typed in ("0.0001", "123456789012345678"):
        add(dock, products[0], typed)
        assert dock.editor.view.lines == ()
        assert dock.editor.quantity.text() == typed  # what was typed stays to be corrected
        said.append(dock.editor.add_problem.text())  # under the quantity, not in a box
    assert "three decimals" in said[0] and "at most 1,000,000" in said[1]
    assert problems == []
    add(dock, products[0], "3")
    assert dock.editor.add_problem.isHidden()
    model = dock.editor.model
    for typed in ("0.0001", "123456789012345678"):
        model.setData(model.index(0, LineColumn.QUANTITY), typed)
        assert dock.editor.view.lines[0].quantity == D(3)
    assert len(problems) == 2 and "three decimals" in problems[0]


def test_keyboard_duplicate_and_delete(qtbot, window: MainWindow) -> None:
    account_id, products = vn_account_and_products(window)
    window.current.set(account_id)
    dock = dock_of(window)
    dock.commands.new_quote()
    add(dock, products[1], "5")
    table = dock.editor.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(dock.editor.view.lines) == 2
    table.clearSelection()
    table.selectRow(1)
    assert dock.editor.selected_line_ids() == [dock.editor.view.lines[1].id]
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert len(dock.editor.view.lines) == 1
    QApplication.processEvents()


def test_company_settings_reach_the_printed_quote(qtbot, window: MainWindow) -> None:
    account_id, products = vn_account_and_products(window)
    window.current.set(account_id)
    dock = dock_of(window)
    dock.commands.actions["settings"].trigger()
    dialog = dock.last_dialog
    dialog.name.setText("Dầu nhớt Sao Việt — 星越润滑油")
    dialog.address.setPlainText("12 Lê Lợi\nQuận 1, TP Hồ Chí Minh")
    dialog.tax_rates.setText("VN eight")
    dialog.save()
    assert dialog.problem.isVisibleTo(dialog)  # refused next to the field, nothing saved
    dialog.tax_rates.setText("VN 8, NL 21")
    dialog.validity.setValue(14)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    dock.commands.new_quote()
    add(dock, products[0], "1")
    view = dock.editor.view
    assert view.tax_rate_percent == D(8)
    assert (view.valid_until - view.quote_date).days == 14
    document = window.workspace.quote_documents.document(view.id)
    assert document.letterhead.company_name == "Dầu nhớt Sao Việt — 星越润滑油"
    assert document.letterhead.address_lines == ("12 Lê Lợi", "Quận 1, TP Hồ Chí Minh")


def test_print_preview_shows_every_page_and_prints_them(qtbot, window: MainWindow, tmp_path):
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrinter

    account_id, products = vn_account_and_products(window)
    window.current.set(account_id)
    dock = dock_of(window)
    dock.commands.new_quote()
    dock.commands.edit(
        "add", lambda b, q: b.add_products(q, [(p.id, D(1), None) for p in products] * 20)
    )
    dock.last_dialog = None
    dock.commands.actions["preview"].trigger()
    qtbot.waitUntil(lambda: dock.last_dialog is not None, timeout=60_000)
    preview = dock.last_dialog
    assert len(preview.pages) >= 2  # 60 lines run over pages
    assert preview.pages[0].width() > 600 and not preview.pages[0].isNull()
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    job = preview.print_to(printer)
    qtbot.waitUntil(lambda: job.outcome is not None and preview.progress is None, timeout=60_000)
    assert job.outcome == "done"
    assert len(PdfReader(out).pages) == len(preview.pages)


def test_the_print_preview_and_its_buttons_fit_a_laptop_screen(
    qtbot, window: MainWindow, monkeypatch: pytest.MonkeyPatch, dutch: None
) -> None:
    """Issue s18-2: the preview was 900 pixels tall, Print and Close below a laptop's screen."""
    laptop = QRect(0, 0, 1366, 728)  # 1366 × 768 less a 40-pixel taskbar
    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(laptop))
    account_id, products = vn_account_and_products(window)
    window.current.set(account_id)
    dock = dock_of(window)
    dock.commands.new_quote()
    add(dock, products[0], "2")
    dock.last_dialog = None
    dock.commands.actions["preview"].trigger()
    qtbot.waitUntil(lambda: dock.last_dialog is not None, timeout=60_000)
    preview = dock.last_dialog
    qtbot.waitExposed(preview)
    assert preview.height() + 40 <= laptop.height()  # a title bar above it
    assert laptop.contains(preview.frameGeometry()), preview.frameGeometry()
    buttons = preview.findChildren(QPushButton)
    assert {b.text() for b in buttons} >= {"&Afdrukken…", "Sluiten"}
    for button in buttons:
        corner = button.mapToGlobal(QPoint(0, 0))
        assert laptop.contains(QRect(corner, button.size())), button.text()
    preview.reject()


def test_on_a_laptop_the_header_folds_away_while_the_lines_need_the_room(
    qtbot, window: MainWindow
) -> None:
    """Lower in issue s18: a 12-line quote showed 5 lines in the dock at 1366 × 768."""
    from acct_desktop.gui.widgets.quote_editor import ROW_HEIGHT

    account_id, products = vn_account_and_products(window)
    window.current.set(account_id)
    dock = dock_of(window)
    dock.commands.new_quote()
    editor = dock.editor
    add(dock, products[0], "1")
    qtbot.waitUntil(lambda: editor.table.viewport().height() > 0)
    assert editor.header_box.isVisible() and not editor.summary.isVisible()
    with window.workspace.db.session() as session:
        more = list(session.scalars(select(m.Product).order_by(m.Product.sku).limit(14)))[3:14]
    dock.commands.edit("add", lambda b, q: b.add_products(q, [(p.id, D(1), None) for p in more]))
    QApplication.processEvents()
    view = editor.view
    assert len(view.lines) == 12 and not editor.header_box.isVisible()
    assert editor.summary.isVisible() and view.currency in editor.summary.full_text()
    folded = editor.table.viewport().height()

    editor.header_toggle.click()  # the manager's choice holds
    QApplication.processEvents()
    assert editor.header_box.isVisible() and not editor.summary.isVisible()
    opened = editor.table.viewport().height()
    assert folded - opened >= 2 * ROW_HEIGHT  # folded: more lines
    assert opened >= 3 * ROW_HEIGHT  # opened: three lines kept, the dock scrolls for the rest
    dock.commands.edit("qty", lambda b, q: b.update_line(view.lines[0].id, quantity=D(2)))
    assert editor.header_box.isVisible()
    editor.header_toggle.click()
    assert not editor.header_box.isVisible()
    tax = editor.fields["tax_rate_percent"]
    tax.setText("abc")
    tax.editingFinished.emit()  # a problem is said under its field: the header opens
    assert editor.header_box.isVisible() and editor.problems["tax_rate_percent"].isVisible()


def test_without_my_details_the_dock_says_so_beside_print_and_refuses_until_filled(
    qtbot, window: MainWindow, tmp_path
) -> None:
    profile_path().unlink()
    account_id, products = vn_account_and_products(window)
    window.current.set(account_id)
    dock = dock_of(window)
    dock.commands.new_quote()
    add(dock, products[0], "2")
    assert dock.seller_missing.isVisible() and dock.seller_button.isVisible()
    assert "name and company" in dock.seller_missing.text()
    dock.commands.open_after_save = False
    dock.commands.choose_path = lambda name: tmp_path / name
    asked: list[bool] = []
    dock.commands.edit_details = lambda: asked.append(True)  # My details closed unfilled
    dock.commands.actions["pdf"].trigger()
    dock.commands.actions["preview"].trigger()
    assert asked == [True, True]  # My details opened first, as for a checklist
    assert "Not printed" in (dock.last_problem or "") and "My details" in dock.last_problem
    assert dock.commands.last_saved is None and not list(tmp_path.glob("*.pdf"))
    assert dock.seller_missing.isVisible()

    dock.commands.edit_details = lambda: save_manager_profile(SELLER)  # filled in this time
    dock.commands.actions["pdf"].trigger()
    qtbot.waitUntil(lambda: dock.commands.last_saved is not None, timeout=60_000)
    assert not dock.seller_missing.isVisible() and not dock.seller_button.isVisible()
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(dock.commands.last_saved).pages)
    assert "Nguyễn Văn Đức" in text and "Acme Lubricants" in text


def test_the_totals_line_is_in_the_language_of_the_gui(qtbot, window: MainWindow, speak) -> None:
    speak("nl")
    account_id, products = vn_account_and_products(window)
    window.current.set(account_id)
    dock = dock_of(window)
    dock.commands.new_quote()
    add(dock, products[1], "2")
    text = dock.editor.totals.text()
    assert "Subtotaal" in text and "<b>Totaal " in text and "Total " not in text


def test_quote_changes_refresh_the_alerts_without_f5(qtbot, window: MainWindow) -> None:
    """Validity cut to 3 days: the quote's expiry alert appears; once accepted it goes."""
    from datetime import timedelta

    from acct_desktop.domain.alerts import AlertKind

    account_id, products = vn_account_and_products(window)
    window.current.set(account_id)
    dock = dock_of(window)
    alerts = window.docks["alertsDock"]
    dock.commands.new_quote()
    add(dock, products[1], "1")
    quote_id = dock.editor.view.id

    def expiring() -> bool:
        return any(
            a.kind is AlertKind.QUOTE_EXPIRING and a.object_id == quote_id
            for a in alerts._all or ()
        )

    qtbot.waitUntil(lambda: alerts._all is not None, timeout=60_000)
    assert not expiring()
    today = alerts.today()
    dock.commands.set_header("valid_until", today + timedelta(days=3))
    assert dock.editor.view.valid_until == today + timedelta(days=3)
    qtbot.waitUntil(expiring, timeout=60_000)
    for move in (QuoteMove.SEND, QuoteMove.ACCEPT):
        dock.commands.make_move(move)
    assert dock.editor.view.status is QuoteStatus.ACCEPTED, dock.last_problem
    qtbot.waitUntil(lambda: not expiring(), timeout=60_000)
