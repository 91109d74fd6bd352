"""The map's lines: each kind drawn its own way (not only its colour), lines between the
same two people side by side, and a legend that draws the lines as the map does."""

from __future__ import annotations

from itertools import pairwise

from acct_desktop.domain.enums import ContactLinkKind
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.widgets.relationship_map import LINK_LOOKS, REPORTS_LOOK
from tests.gui.test_contact_map import account_with_people, dock_of


def test_every_kind_of_line_differs_by_more_than_colour() -> None:
    looks = [REPORTS_LOOK, *LINK_LOOKS.values()]
    assert len({(look.style, look.mark) for look in looks}) == len(looks)


def test_an_influence_from_a_manager_to_their_report_shows_beside_the_reporting_line(
    qtbot, window: MainWindow
) -> None:
    window.current.set(account_with_people(window))
    dock = dock_of(window)
    boss, report, *_ = list(dock.chart.cards)
    dock.commands.set_manager(report, boss)
    dock.commands.add_link(boss, report, ContactLinkKind.INFLUENCES)
    # straight below each other: the two lines would lie on top of each other
    dock.chart.cards[report].setPos(dock.chart.cards[boss].pos().x(), 300)
    between = [e for e in dock.chart.edges if e.pair() == frozenset((boss, report))]
    assert {None, ContactLinkKind.INFLUENCES} <= {e.kind for e in between}
    assert all(e.line().dx() == 0 for e in between)  # all vertical: side by side
    xs = sorted(e.line().x1() for e in between)
    assert all(b - a >= 8 for a, b in pairwise(xs))


def test_the_legend_draws_each_kind_of_line(qtbot, window: MainWindow) -> None:
    dock = dock_of(window)
    samples = [sample.look for sample, _label in dock.legend_lines]
    assert samples == [REPORTS_LOOK, *LINK_LOOKS.values()]
    texts = [label.text() for _sample, label in dock.legend_lines]
    # written alike: "manages" was lower case beside "Influences"
    assert texts == ["Manages", "Influences", "Allied with", "In conflict with", "Knows"]
    images = {sample.grab().toImage().bits().tobytes() for sample, _ in dock.legend_lines}
    assert len(images) == len(samples)  # each drawn differently


def test_a_long_double_surname_fits_on_its_card(qtbot, window: MainWindow) -> None:
    from PySide6.QtGui import QFontMetricsF

    from acct_desktop.gui.widgets.card_fonts import NAME_PX, card_font
    from acct_desktop.gui.widgets.relationship_map import NODE_W

    bold = card_font(NAME_PX, bold=True)  # the font the card writes names in
    assert QFontMetricsF(bold).horizontalAdvance("Anne-Marie de Vries-Jansen") <= NODE_W - 18


def test_the_link_menu_names_both_people_in_every_entry(qtbot, window: MainWindow) -> None:
    """After a Shift+drag only "A manages B" said who acts on whom; "Influences", "Allied
    with", "In conflict with" and "Knows" did not."""
    from acct_desktop.gui.docks.contact_map import ContactMapDock

    window.current.set(account_with_people(window))
    dock: ContactMapDock = window.docks["contactMapDock"]
    dock.show()
    dock.raise_()
    a, b, *_ = list(dock.chart.cards)
    names = {p.id: p.name for p in dock.shown.people}
    dock.commands.link(a, b)
    menu = dock.last_dialog
    texts = [act.text() for act in menu.actions() if not act.isSeparator()]
    menu.close()
    one, two = names[a], names[b]
    assert texts == [
        f"{one} manages {two}",
        f"{one} influences {two}",
        f"{one} is allied with {two}",
        f"{one} is in conflict with {two}",
        f"{one} knows {two}",
    ]
