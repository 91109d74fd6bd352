"""The profile card: every tab shows the current account's data; the profile form saves
with validation next to the field, keeps drafts, and refuses to overwrite others' edits."""

from __future__ import annotations

from decimal import Decimal

from acct_desktop.gui.main_window import MainWindow
from acct_desktop.services.account_edits import ProfileEdit, update_profile


def test_every_tab_shows_rows_for_a_busy_account(window: MainWindow, qtbot) -> None:
    card = window.card
    card.current.set(window.workspace.accounts.busiest_account_id())
    for key in ("contacts", "visits", "policies", "quotes", "whitespace"):
        assert card.open_tab(key).shown_row_count() > 0, key
    card.open_tab("sales")
    qtbot.waitUntil(lambda: card.sales.shown_row_count() == 24, timeout=10_000)
    assert card.sales._canvas is not None
    # The table writes its months as the chart beside it does (the locale's way, not ISO).
    from acct_desktop.gui.labels import format_month

    shown = {card.sales.model.index(row, 0).data() for row in range(24)}
    assert shown == {format_month(month.period) for month in card.sales.rows}, shown


def test_tabs_load_only_when_opened(window: MainWindow) -> None:
    card = window.card
    card.open_tab("profile")
    card.current.set(window.workspace.accounts.busiest_account_id())
    assert "quotes" in card._stale
    card.open_tab("quotes")
    assert "quotes" not in card._stale


def test_a_breadcrumb_makes_the_parent_current(window: MainWindow) -> None:
    from sqlalchemy import select

    from acct_desktop.store import models as m

    with window.workspace.db.session() as session:
        store = session.scalars(select(m.Account).where(m.Account.kind == "store")).first()
        parent_id = store.parent_id
    window.current.set(store.id)
    assert str(parent_id) in window.card.header.breadcrumbs.text()
    window.card.header.breadcrumbs.linkActivated.emit(str(parent_id))
    assert window.current.id == parent_id


def test_profile_saves_and_a_bad_credit_limit_is_explained_next_to_the_field(
    window: MainWindow,
) -> None:
    form = window.card.profile_form
    window.card.open_tab("profile")
    account_id = window.current.id
    form.strategy.setPlainText("Grow 润滑油 share in Bắc Ninh workshops")
    form.credit_limit.setText("12,5x")
    assert not form.save()
    assert form.errors["credit_limit"].isVisible() or not form.errors["credit_limit"].isHidden()
    assert "not a number" in form.errors["credit_limit"].text()
    form.credit_limit.setText("1,234,567.89")
    assert form.save()
    profile = window.workspace.accounts.profile(account_id)
    assert profile.strategy == "Grow 润滑油 share in Bắc Ninh workshops"
    assert profile.credit_limit == Decimal("1234567.89")
    assert not form.is_dirty()


def test_a_change_made_elsewhere_is_not_overwritten(window: MainWindow) -> None:
    form = window.card.profile_form
    window.card.open_tab("profile")
    account_id = window.current.id
    profile = window.workspace.accounts.profile(account_id)
    update_profile(
        window.workspace.db,
        account_id,
        profile.version,
        ProfileEdit("theirs", None, None, None, None),
        "colleague",
    )
    form.notes.setPlainText("mine")
    assert not form.save()
    assert "Someone changed this account" in form.errors["form"].text()
    assert form.notes.toPlainText() == "mine"
    assert window.workspace.accounts.profile(account_id).strategy == "theirs"


def test_unsaved_text_survives_switching_accounts(window: MainWindow) -> None:
    form = window.card.profile_form
    window.card.open_tab("profile")
    first = window.current.id
    form.notes.setPlainText("half-written note")
    tree = window.docks["accountTreeDock"]
    other = next(
        tree.model.account_id(tree.model.index(row, 0))
        for row in range(tree.model.rowCount())
        if tree.model.account_id(tree.model.index(row, 0)) != first
    )
    window.current.set(other)
    assert form.notes.toPlainText() != "half-written note"
    window.current.set(first)
    assert form.notes.toPlainText() == "half-written note"
    assert form.is_dirty()


def test_a_phone_number_and_a_position_read_on_one_line_at_1366(window: MainWindow, qtbot) -> None:
    # on a 1366×768 laptop the facts column is narrow: "+31 6 10498897" was broken after
    # "+31 6" and the coordinates after the comma
    window.card.open_tab("profile")
    form = window.card.profile_form
    window.current.set(window.workspace.accounts.busiest_account_id())
    qtbot.waitUntil(lambda: form.facts["phone"].text() != "")
    form.facts["phone"].setText("+31 6 10498897 ext. 12")
    form.facts["coordinates"].setText("51.98982, 5.78991")
    for key in ("phone", "coordinates", "last_visit"):
        label = form.facts[key]
        advance = label.fontMetrics().horizontalAdvance(label.text())
        qtbot.waitUntil(
            lambda label=label, advance=advance: label.isVisible() and label.width() >= advance
        )
        assert label.height() < 2 * label.fontMetrics().lineSpacing(), key


def test_competitor_prices_show_their_currency_decimals(window: MainWindow) -> None:
    # A competitor's price is stored with four decimals: 25000.0000 VND was shown as
    # "25,000.00" (the dong has no decimals), and the yen likewise.
    from datetime import UTC, datetime

    from PySide6.QtCore import QLocale

    from acct_desktop.gui.profile.card import COMPETITOR_COLUMNS
    from acct_desktop.store import models as m

    account_id = window.workspace.accounts.busiest_account_id()
    seen = [
        ("Đối thủ A", Decimal("25000.0000"), "VND", "25{g}000"),
        ("ライバル", Decimal("1500.0000"), "JPY", "1{g}500"),
        ("Rival EUR", Decimal("12.5000"), "EUR", "12{p}50"),
        ("Rival per ml", Decimal("0.0125"), "EUR", "0{p}0125"),  # finer: never rounded away
    ]
    with window.workspace.db.session() as session:
        for day, (competitor, price, currency, _shown) in enumerate(seen, start=1):
            session.add(
                m.CompetitorObservation(
                    account_id=account_id,
                    observed_at=datetime(2030, 1, day, tzinfo=UTC),  # newest first: on top
                    competitor=competitor,
                    price=price,
                    currency=currency,
                )
            )
    window.current.set(account_id)
    tab = window.card.open_tab("competitors")
    model = tab.models[0]
    names = [c.header for c in COMPETITOR_COLUMNS]
    who, price = names.index("Competitor"), names.index("Price")
    shown = {
        model.index(row, who).data(): model.index(row, price).data()
        for row in range(model.rowCount())
    }
    locale = QLocale()
    for competitor, _price, _currency, text in seen:
        expected = text.format(g=locale.groupSeparator(), p=locale.decimalPoint())
        assert shown[competitor] == expected, competitor


def test_in_a_laptops_card_the_editors_take_the_whole_width(window: MainWindow, qtbot) -> None:
    """At 1366x768 the card is about 570 px wide: the strategy went in a 120 px column
    beside the facts, two words a line (QA nl). Narrow, the editors go under the facts."""
    form = window.card.open_tab("profile")
    form.resize(570, 600)
    qtbot.waitUntil(lambda: form.strategy.width() > 0.6 * 570)  # under the facts
    form.resize(1100, 600)
    qtbot.waitUntil(lambda: form.strategy.width() < 0.6 * 1100)  # beside them


def test_a_tab_of_two_lists_shows_one_at_a_time_chosen_above_it(window: MainWindow, qtbot) -> None:
    """Policies & rebates and whitespace stacked their lists: three rows each on a laptop
    (QA), none at 150 %, and what the account does not buy last, out of sight. One list
    shows at a time, chosen with the buttons above it; the choice stays with the tab."""
    card = window.card
    card.current.set(window.workspace.accounts.busiest_account_id())
    tab = card.open_tab("whitespace")
    buttons = tab.chooser.buttons()
    assert [b.text() for b in buttons] == ["Categories", "Buys", "Does not buy"]
    assert tab.chosen() == 0 and buttons[0].isChecked()
    buttons[2].click()
    assert tab.chosen() == 2 and tab.stack.currentWidget() is tab.tables[2]
    assert not tab.tables[0].isVisible() and not tab.tables[1].isVisible()
    bought = [r.bought for r in tab.models[1].rows()]
    unbought = [r.bought for r in tab.models[2].rows()]
    assert bought and unbought and all(bought) and not any(unbought)
    card.current.set(window.workspace.accounts.first_account_id())  # another account
    assert card.open_tab("whitespace").chosen() == 2
    policies = card.open_tab("policies")
    assert [b.text() for b in policies.chooser.buttons()] == ["Price policies", "Rebates"]
    assert card.open_tab("contacts").chooser.buttons() == []  # one list: nothing to choose


def test_each_list_of_the_card_has_the_tabs_height_on_a_laptop(window: MainWindow, qtbot) -> None:
    """At 1366 × 768 the card's two-list tabs showed three rows of each (QA): the list
    chosen now takes the tab's height, room for four rows or more (a single-list tab's), and
    the columns that say what the account pays or buys are in sight: "Products bo…" and
    "List m…" were cut while the category took 175 pixels."""
    from acct_desktop.gui.widgets.data_table import ROW_HEIGHT

    window.resize(1366, 728)
    window.reset_layout()
    window.show()
    qtbot.wait(50)
    card = window.card
    card.current.set(window.workspace.accounts.busiest_account_id())
    for key in ("policies", "whitespace", "contacts", "visits", "quotes", "competitors"):
        tab = card.open_tab(key)
        for index, table in enumerate(tab.tables):
            tab.choose(index)
            qtbot.wait(10)
            room = table.view.viewport().height() // ROW_HEIGHT
            assert room >= 4, (key, index, room)
            header, width = table.view.horizontalHeader(), table.view.viewport().width()
            if key == "whitespace":  # every column in sight, the category/product cut
                assert header.length() <= width, (index, header.length(), width)
            if key == "policies" and index == 0:  # the prices before the code and scope
                price = header.sectionViewportPosition(3)  # the floor price
                assert price > 0 and price + header.sectionSize(3) <= width, (price, width)


def test_a_vnd_credit_limit_typed_with_thousands_marks_is_whole_in_vietnamese(
    window: MainWindow,
) -> None:
    """'50,000,000' for a VND account was refused in Vietnamese and '50,000' saved as 50
    (the comma is its decimal mark): the dong has no decimals, the marks group thousands."""
    from PySide6.QtCore import QLocale
    from sqlalchemy import select

    from acct_desktop.store import models as m

    with window.workspace.db.session() as session:
        account_id = session.scalars(
            select(m.Account.id).where(m.Account.currency == "VND")
        ).first()
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    try:
        window.current.set(account_id)
        form = window.card.profile_form
        window.card.open_tab("profile")
        for typed, saved in (("50,000,000", 50_000_000), ("75.000", 75_000)):
            form.credit_limit.setText(typed)
            assert form.save(), form.errors["credit_limit"].text()
            assert window.workspace.accounts.profile(account_id).credit_limit == Decimal(saved)
        form.credit_limit.setText("12,5")
        assert not form.save()
        assert "VND" in form.errors["credit_limit"].text()
        form.credit_limit.clear()
    finally:
        QLocale.setDefault(previous)


def test_a_column_narrowed_in_a_narrow_card_is_whole_again_in_a_wide_one(
    window: MainWindow, qtbot
) -> None:
    """The products a list was loaded with in a narrow (hidden) page kept their "…" at
    1920 × 1080 with half the card empty: narrowed columns get their width back."""
    card = window.card
    card.current.set(window.workspace.accounts.busiest_account_id())
    tab = card.open_tab("whitespace")
    tab.choose(0)
    header = tab.tables[0].view.horizontalHeader()
    port = tab.tables[0].view.viewport()
    window.show()
    window.resize(1900, 1000)
    qtbot.waitUntil(lambda: port.width() > 700)
    fitted = header.sectionSize(0)
    window.resize(1000, 700)
    qtbot.waitUntil(lambda: port.width() < 400)
    assert header.sectionSize(0) < fitted
    window.resize(1900, 1000)
    qtbot.waitUntil(lambda: header.sectionSize(0) == fitted)
