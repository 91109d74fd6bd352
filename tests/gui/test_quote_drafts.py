"""What is typed in a quote's header and refused (or a currency not applied yet) is kept
as a draft per quote: a crash or another account loses nothing, it comes back with its
problem under the field, and after a restart the builder opens the quote being edited."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtTest import QTest
from sqlalchemy import select

from acct_desktop.app import open_workspace
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.settings import AppSettings
from acct_desktop.store import models as m


def _window(qtbot, settings: AppSettings, database: Path) -> MainWindow:
    window = MainWindow(settings, open_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_database(str(database))
    return window


def _accounts(window: MainWindow, currency: str = "VND") -> list:  # type: ignore[type-arg]
    with window.workspace.db.session() as session:
        return list(
            session.scalars(
                select(m.Account.id).where(m.Account.currency == currency).order_by(m.Account.code)
            )
        )[:2]


def _dock(window: MainWindow):  # type: ignore[no-untyped-def]
    dock = window.docks["quoteBuilderDock"]
    dock.show()
    dock.raise_()
    return dock


def _type(field, text: str) -> None:  # type: ignore[no-untyped-def]
    field.setFocus()
    field.selectAll()
    QTest.keyClicks(field, text)


def test_refused_header_input_comes_back_after_a_crash_in_the_quote_being_edited(
    qtbot, settings: AppSettings, demo_db: Path
) -> None:
    first = _window(qtbot, settings, demo_db)
    account = _accounts(first)[0]
    first.current.set(account)
    dock = _dock(first)
    dock.commands.new_quote()
    editor = dock.editor
    quote = editor.view.id
    _type(editor.fields["quote_discount_percent"], "150")
    _type(editor.fields["tax_rate_percent"], "7,5x")
    editor.fields["notes"].setFocus()  # leaving the field: both are refused
    qtbot.waitUntil(
        lambda: (
            (first.workspace.form_drafts.get("quote", str(quote)) or {}).get(
                "field_tax_rate_percent"
            )
            == "7,5x"
        ),
        timeout=5_000,
    )

    # The crash: the first window never closes. A new one opens the same account.
    second = _window(qtbot, settings, demo_db)
    second.current.set(account)
    again = _dock(second).editor
    assert again.view.id == quote  # the quote being edited, not the account's first
    assert again.fields["quote_discount_percent"].text() == "150"
    assert again.fields["tax_rate_percent"].text() == "7,5x"
    assert not again.problems["tax_rate_percent"].isHidden()
    assert "7,5x" in again.problems["tax_rate_percent"].text()
    assert not again.problems["quote_discount_percent"].isHidden()
    assert again.view.quote_discount_percent == 0  # refused, not saved


def test_a_currency_not_applied_survives_switching_accounts(
    qtbot, settings: AppSettings, demo_db: Path
) -> None:
    window = _window(qtbot, settings, demo_db)
    one, other = _accounts(window)
    window.current.set(one)
    dock = _dock(window)
    dock.commands.new_quote()
    editor = dock.editor
    quote = editor.view.id
    _type(editor.fields["currency"], "usd")  # saved only on Enter or leaving the field
    window.current.set(other)  # at once, without a pause
    window.current.set(one)
    assert editor.view.id == quote
    assert editor.fields["currency"].text() == "usd"
    assert not editor.problems["currency"].isHidden()
    assert editor.view.currency == "VND"
