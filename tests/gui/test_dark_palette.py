"""With a dark palette (Fusion follows Windows' dark mode), what the app paints itself stays
readable: the calendar's visit blocks, the month view, the contact map's cards and the
matplotlib charts take their colours from the palette instead of fixed dark ink."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from acct_desktop.domain.enums import Attitude, DmuRole, VisitPurpose, VisitStatus
from acct_desktop.gui.widgets.chart_palette import follow_palette
from acct_desktop.gui.widgets.ink import contrast, luminance
from acct_desktop.gui.widgets.month_view import MonthView
from acct_desktop.gui.widgets.relationship_map import PersonCard
from acct_desktop.gui.widgets.week_view import CalendarBlock, WeekView
from acct_desktop.services.contact_map import MapPerson

DARK = {
    QPalette.ColorRole.Window: "#1e1e1e",
    QPalette.ColorRole.WindowText: "#ffffff",
    QPalette.ColorRole.Base: "#2d2d2d",
    QPalette.ColorRole.AlternateBase: "#353535",
    QPalette.ColorRole.Text: "#ffffff",
    QPalette.ColorRole.Button: "#3c3c3c",
    QPalette.ColorRole.ButtonText: "#ffffff",
    QPalette.ColorRole.Light: "#505050",
    QPalette.ColorRole.Midlight: "#3f3f3f",
    QPalette.ColorRole.Dark: "#141414",
    QPalette.ColorRole.Mid: "#2a2a2a",
    QPalette.ColorRole.PlaceholderText: "#9a9a9a",
}


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    return palette


def _lightest(image: QImage, rect: QRectF) -> float:
    """The highest luminance inside ``rect`` (the text, on a dark block)."""
    best = 0.0
    r = rect.toRect()
    for y in range(r.top(), r.bottom(), 1):
        for x in range(r.left(), r.right(), 1):
            best = max(best, luminance(image.pixelColor(x, y)))
    return best


def _darkest(image: QImage, rect: QRectF) -> float:
    r = rect.toRect()
    return min(
        luminance(image.pixelColor(x, y))
        for y in range(r.top(), r.bottom())
        for x in range(r.left(), r.right())
    )


@pytest.mark.parametrize("dark", [True, False])
def test_planned_visit_blocks_are_readable_on_either_palette(qtbot, dark: bool) -> None:
    view = WeekView()
    qtbot.addWidget(view)
    if dark:
        view.setPalette(dark_palette())
    view.resize(800, 600)
    monday = date(2026, 11, 23)
    view.set_range(monday, 5)
    blocks = [
        CalendarBlock(
            uuid.uuid4(),
            "Autobedrijf IJsselstroom Zwolle",
            datetime.combine(monday + timedelta(days=n), time(9)),
            datetime.combine(monday + timedelta(days=n), time(11)),
            purpose,
            status,
        )
        for n, (purpose, status) in enumerate(
            [
                (VisitPurpose.SERVICE, VisitStatus.PLANNED),
                (VisitPurpose.GUIDANCE, VisitStatus.PLANNED),
                (VisitPurpose.INSPECTION, VisitStatus.CANCELLED),
                (VisitPurpose.INSPECTION, VisitStatus.DONE),
            ]
        )
    ]
    view.set_blocks(blocks)
    image = view.grab().toImage()
    for block in blocks:
        rect = view.block_rect(block)
        assert rect is not None
        inner = rect.adjusted(3, 3, -3, -3)
        # the text is the colour farthest from the block's fill: it must stand out
        fill = image.pixelColor(int(inner.right()) - 2, int(inner.bottom()) - 2)
        ink = _lightest(image, inner) if luminance(fill) < 0.2 else _darkest(image, inner)
        ratio = (max(ink, luminance(fill)) + 0.05) / (min(ink, luminance(fill)) + 0.05)
        # 3:1 at least (the done teal block with white text is 4.4:1 before antialiasing;
        # dark ink on a dark-tinted planned block was 1.3:1)
        assert ratio >= 3.0, (block.purpose, block.status, fill.name(), ratio)


def test_the_month_view_writes_visits_readably_on_a_dark_palette(qtbot) -> None:
    view = MonthView()
    qtbot.addWidget(view)
    view.setPalette(dark_palette())
    view.resize(900, 600)
    view.set_month(date(2026, 11, 1))
    day = date(2026, 11, 18)
    start = datetime.combine(day, time(9))
    view.set_blocks(
        [
            CalendarBlock(
                uuid.uuid4(),
                "Garage Vlietland",
                start,
                start + timedelta(hours=1),
                VisitPurpose.GUIDANCE,
                VisitStatus.PLANNED,
            )
        ]
    )
    image = view.grab().toImage()
    cell = view._cell((day - view.first_shown()).days)
    base = QColor(DARK[QPalette.ColorRole.Base])
    line_h = view.fontMetrics().height()
    visit_line = QRectF(cell.left() + 4, cell.top() + 2 + line_h, cell.width() - 8, line_h)
    assert _lightest(image, visit_line) > 0.2  # not the purple #6a1b9a (0.06) on #2d2d2d
    # and the purpose colour itself was made readable on the dark cell
    from acct_desktop.gui.widgets.ink import status_ink

    assert contrast(status_ink(QColor("#6a1b9a"), base), base) >= 4.5


def test_contact_cards_write_names_in_light_ink_on_a_dark_palette(qtbot) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.setPalette(dark_palette())
    person = MapPerson(
        id=uuid.uuid4(),
        name="Sander van Leeuwen",
        title="Algemeen directeur",
        dmu_role=DmuRole.DECISION_MAKER,
        attitude=Attitude.CHAMPION,
        influence=3,
        reports_to_id=None,
        last_contacted_on=None,
        account_id=uuid.uuid4(),
        account_name="Wegwijs",
    )
    card = PersonCard(person, show_account=False)
    rect = card.card_rect()
    image = QImage(int(rect.width()) + 20, int(rect.height()) + 4, QImage.Format.Format_RGB32)
    image.fill(QColor(DARK[QPalette.ColorRole.Base]))
    painter = QPainter(image)
    card.paint(painter, QStyleOptionGraphicsItem(), holder)
    painter.end()
    name_line = QRectF(8, 6, rect.width() - 30, 16)  # the bold name
    assert _lightest(image, name_line) > 0.6
    title_line = QRectF(8, 40, rect.width() - 30, 14)  # the job title, quieter
    assert _lightest(image, title_line) > 0.3


def test_charts_follow_a_dark_palette_and_keep_the_report_look_on_a_light_one() -> None:
    from matplotlib.figure import Figure

    from acct_desktop.reporting.kpi_charts import compact  # noqa: F401 (matplotlib set up)

    def figure() -> Figure:
        fig = Figure(figsize=(4, 3))
        axes = fig.add_subplot()
        axes.bar([0, 1], [2, 3], color="#1565C0")
        axes.set_title("Sell-in", loc="left", color="#1F2328")
        axes.tick_params(colors="#1F2328")
        axes.grid(axis="y", color="#D0D4DA")
        return fig

    light = figure()
    follow_palette(light, QPalette(QColor("#efefef")))
    assert light.get_facecolor()[:3] == (1.0, 1.0, 1.0)

    dark = figure()
    follow_palette(dark, dark_palette())
    face = QColor.fromRgbF(*dark.get_facecolor()[:3])
    assert luminance(face) < 0.05
    axes = dark.axes[0]
    left = axes._left_title.get_color()
    assert QColor(left).name() == "#ffffff"
    tick = axes.get_xticklabels()[0].get_color()
    assert luminance(QColor(tick if isinstance(tick, str) else "#000000")) > 0.6


def test_the_kpi_dock_draws_its_charts_on_the_dark_palette(qtbot, demo_db) -> None:
    from acct_desktop.gui.background import BackgroundRunner
    from acct_desktop.gui.current_account import CurrentAccount
    from acct_desktop.gui.docks.kpi_dashboard import EVERYTHING, KpiDashboardDock
    from acct_desktop.services.workspace import Workspace
    from tests.conftest import DEMO_TODAY

    workspace = Workspace.open(demo_db)
    board = KpiDashboardDock(CurrentAccount())
    board.today = lambda: DEMO_TODAY
    board.background = BackgroundRunner(board)
    qtbot.addWidget(board)
    board.setPalette(dark_palette())
    board.resize(1100, 700)
    board.show()
    board.scope.setCurrentIndex(board.scope.findData(EVERYTHING))
    try:
        with qtbot.waitSignal(board.refreshed, timeout=20_000):
            board.set_workspace(workspace)
        for key in ("sales", "ranking"):
            figure = board.chart(key).figure
            assert luminance(QColor.fromRgbF(*figure.get_facecolor()[:3])) < 0.05, key
            for axes in figure.axes:
                for label in axes.get_yticklabels():
                    assert luminance(QColor(label.get_color())) > 0.6, label.get_text()
    finally:
        board.background.wait()
        board.set_workspace(None)
        workspace.close()


@pytest.mark.parametrize("dark", [False, True])
def test_links_are_readable_on_either_palette(qapp, dark: bool) -> None:
    """Breadcrumbs in the profile header and the docks' links: at least 4.5:1 on the
    window and on the base colour, light or dark (the fixed dark blue was 2.9:1 on
    #1e1e1e)."""
    from acct_desktop.gui.style import apply_style

    before = qapp.palette()
    qapp.setPalette(dark_palette() if dark else QPalette(QColor("#efefef")))
    try:
        apply_style(qapp)
        palette = qapp.palette()
        link = palette.color(QPalette.ColorRole.Link)
        for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
            ratio = contrast(link, palette.color(role))
            assert ratio >= 4.5, (dark, role, link.name(), ratio)
    finally:
        qapp.setPalette(before)
