"""A team's calendar: My visits or everyone's (remembered), a colleague's visit says whose;
one manager's calendar shows neither."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QSettings
from sqlalchemy import select

from acct_desktop.app import open_workspace
from acct_desktop.domain.enums import AccountKind, Channel, Tier, VisitStatus
from acct_desktop.gui.docks.visit_calendar import DAY, EVERYONE, MINE, VisitCalendarDock
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.settings import AppSettings
from acct_desktop.gui.widgets.week_view import _tooltip
from acct_desktop.services.manager_profile import ManagerProfile, save_manager_profile
from acct_desktop.services.paging import PageRequest
from acct_desktop.store import models as m
from acct_desktop.store.database import open_database


def calendar(window: MainWindow) -> VisitCalendarDock:
    dock = window.docks["visitCalendarDock"]
    dock.show()
    dock.raise_()
    dock.resize(1200, 700)
    return dock


def busiest_day_of_two_managers(window: MainWindow):  # type: ignore[no-untyped-def]
    """A day whose visits are of two managers or more, and one of those managers."""
    visits = window.workspace.visits
    with window.workspace.db.session() as session:
        starts = session.scalars(
            select(m.Visit.planned_start).where(m.Visit.status == VisitStatus.DONE)
        ).all()
    for start in sorted(starts)[::7]:
        day = start.astimezone().date()
        first = datetime.combine(day, datetime.min.time()).astimezone().astimezone(UTC)
        rows = visits.between(first, first + timedelta(days=1), PageRequest(0, 500))
        managers = sorted({r.manager for r in rows if r.manager})
        if len(managers) > 1:
            return day, managers[0], rows
    raise AssertionError("the demo has no day with two managers' visits")


def test_a_teams_calendar_offers_my_visits_and_names_a_colleagues_visits(
    qtbot, window: MainWindow
) -> None:
    dock = calendar(window)
    day, me, rows = busiest_day_of_two_managers(window)
    save_manager_profile(ManagerProfile(name=me, organisation="Acme"))
    dock.day = day
    dock.scope.setCurrentIndex(DAY)  # reloads
    assert dock.whose.isVisibleTo(dock)
    assert dock.whose.currentText() == "Everyone's visits"  # as before, until chosen
    assert len(dock.blocks) == len(rows)
    theirs = [b for b in dock.blocks if b.owner is not None]
    mine = [b for b in dock.blocks if b.owner is None]
    assert theirs and mine
    assert all(b.owner != me for b in theirs)
    assert f"Manager: {theirs[0].owner}" in _tooltip(theirs[0])

    # the route on the map is yours even while everyone's visits are shown
    assert [stop for stop, _label in dock.day_route()] == [
        r.account_id for r in rows if r.manager in (me, None) and r.status.value != "cancelled"
    ]

    dock.whose.setCurrentIndex(MINE)  # reloads
    assert {b.id for b in dock.blocks} == {b.id for b in mine}
    assert dock.view_state()["whose"].data() == b"mine"

    # remembered: a new window restores the choice from its settings
    window.save_layout()
    again = MainWindow(window.settings, open_workspace)
    qtbot.addWidget(again)
    again.restore_layout()
    other = again.docks["visitCalendarDock"]
    assert other.prefer_mine
    again.set_workspace(None)

    dock.whose.setCurrentIndex(EVERYONE)
    assert len(dock.blocks) == len(rows)


def test_without_my_name_my_visits_cannot_be_chosen(qtbot, window: MainWindow) -> None:
    dock = calendar(window)
    day, _me, rows = busiest_day_of_two_managers(window)
    dock.prefer_mine = True  # chosen once, but My details hold no name (yet)
    dock.day = day
    dock.scope.setCurrentIndex(DAY)
    assert dock.whose.isVisibleTo(dock)
    assert not dock.whose.model().item(MINE).isEnabled()
    assert dock.whose.currentIndex() == EVERYONE
    assert len(dock.blocks) == len(rows)
    assert all(b.owner for b in dock.blocks if b.id in {r.id for r in rows if r.manager})


def test_one_managers_calendar_looks_as_before(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "mine.acctdb"
    db = open_database(path)
    start = datetime(2026, 12, 7, 9, tzinfo=UTC)
    with db.session() as session:
        north = m.Territory(code="N", name="North", manager_name="Anne de Vries")
        session.add(north)
        session.flush()
        for code in ("N1", "N2"):
            account = m.Account(
                code=code,
                name=f"Winkel {code}",
                kind=AccountKind.STORE,
                channel=Channel.CHAIN_STORE,
                tier=Tier.B,
                territory_id=north.id,
                currency="EUR",
            )
            session.add(account)
            session.flush()
            for owner in (None, "Anne de Vries"):  # from before owners, and since
                session.add(
                    m.Visit(
                        account_id=account.id,
                        planned_start=start,
                        planned_end=start + timedelta(hours=1),
                        owner=owner,
                    )
                )
                start += timedelta(hours=2)
    db.close()
    settings = AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings, open_workspace)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.open_database(str(path))
    try:
        dock = calendar(window)
        dock.day = start.date()
        dock.scope.setCurrentIndex(DAY)
        assert len(dock.blocks) == 4
        assert not dock.whose.isVisibleTo(dock)
        assert all(b.owner is None for b in dock.blocks)
        assert "Manager:" not in _tooltip(dock.blocks[0])
    finally:
        window.set_workspace(None)
