# ruff: noqa: F811 (the fixtures of the server-down tests, imported below, are parameters)
"""The visit report on a team database, on a real PostgreSQL server of this module's own,
stopped and started under the report (QA s23):

- text typed while the server is down was dropped without a word (the autosave emptied
  what was waiting before it failed): now the report says it is not saved yet, keeps it
  (and as a draft), and writes it when the server answers — or when it is opened again;
- two managers with one report open replaced each other's text silently: now a field a
  colleague saved meanwhile is refused with the sentence every form says, naming them,
  their text is quoted under it and the typed one stays; fields the other did not touch
  save as usual;
- a tick or a contact met that cannot be saved is put back as it is saved, with a sentence.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from sqlalchemy import select

from acct_desktop.domain.enums import VisitStatus
from acct_desktop.gui.dialogs.visit_report import VisitReportDialog
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.services.workspace import Workspace
from acct_desktop.store.models import Visit
from tests.gui.test_team_database_down import (  # noqa: F401 (the fixtures)
    server,
    team_url,
    team_window,
)

pytestmark = [pytest.mark.postgres, pytest.mark.qt_no_exception_capture]

OFFLINE = "Offline getypt: klant wil 20 vaten"
ANNA = "Anna: schap opnieuw ingedeeld"
BRAM = "Bram: bestelt volgende week"


def _done_visit(workspace: Workspace) -> uuid.UUID:
    with workspace.db.session() as session:
        return session.scalars(
            select(Visit.id)
            .where(Visit.status == VisitStatus.DONE, Visit.archived_at.is_(None))
            .order_by(Visit.planned_start.desc())
        ).first()


def _stored(workspace: Workspace, visit_id: uuid.UUID, field: str) -> str | None:
    with workspace.db.session() as session:
        return getattr(session.get(Visit, visit_id), field)


def _notes(dialog: VisitReportDialog) -> list[str]:
    return [
        label.text()
        for label in dialog.findChildren(QLabel, "draft_conflict_note")
        if not label.isHidden()
    ]


@pytest.fixture
def workspaces(team_url: str) -> Iterator[tuple[Workspace, Workspace]]:
    """Anna's and Bram's workspaces over the one team database."""
    anna, bram = Workspace.open(team_url), Workspace.open(team_url)
    anna.visit_reports._actor = "Anna"
    bram.visit_reports._actor = "Bram"
    yield anna, bram
    anna.close()
    bram.close()


def test_a_report_typed_while_the_server_is_down_is_written_when_it_is_back(
    qtbot, team_window: MainWindow, team_url: str
) -> None:
    from tests.pg import start_server, stop_server

    window = team_window
    visit_id = _done_visit(window.workspace)
    report = window.docks["visitCalendarDock"].open_report(visit_id)
    stop_server(team_url)
    report.texts["follow_ups"].setPlainText(OFFLINE)
    report.flush()  # the autosave's pause
    assert report.problem.isVisible()
    assert "Not saved yet — kept" in report.problem.text()
    assert report.texts["follow_ups"].toPlainText() == OFFLINE
    report.done(0)  # closed while the server is down: still kept
    assert window.connection_watch.down
    start_server(team_url)
    window.connection_watch.retry()
    qtbot.waitUntil(lambda: not window.connection_watch.down, timeout=20_000)
    qtbot.waitUntil(lambda: _stored(window.workspace, visit_id, "follow_ups") == OFFLINE)
    again = window.docks["visitCalendarDock"].open_report(visit_id)
    assert again.texts["follow_ups"].toPlainText() == OFFLINE
    assert window.workspace.form_drafts.get("visit_report", str(visit_id)) is None
    again.done(0)


def test_a_report_kept_while_the_server_was_down_is_written_when_opened_again(
    qtbot, workspaces: tuple[Workspace, Workspace], team_url: str
) -> None:
    from tests.pg import start_server, stop_server

    workspace = workspaces[0]
    visit_id = _done_visit(workspace)
    report = VisitReportDialog(workspace, visit_id)
    qtbot.addWidget(report)
    stop_server(team_url)
    report.texts["summary"].setPlainText(OFFLINE)
    report.done(0)  # Close: the autosave fails, what was typed is kept
    assert "Not saved yet" in report.problem.text()
    start_server(team_url)
    workspace.db.engine.dispose()  # as the connection watch's ping does
    assert _stored(workspace, visit_id, "summary") != OFFLINE
    again = VisitReportDialog(workspace, visit_id)
    qtbot.addWidget(again)
    assert again.texts["summary"].toPlainText() == OFFLINE
    assert _stored(workspace, visit_id, "summary") == OFFLINE  # written on opening
    assert "is back, and saved" in again.problem.text()
    again.done(0)
    assert workspace.form_drafts.get("visit_report", str(visit_id)) is None


def test_two_managers_do_not_replace_each_others_report_silently(
    qtbot, workspaces: tuple[Workspace, Workspace], team_url: str
) -> None:
    from tests.pg import start_server, stop_server

    anna_ws, bram_ws = workspaces
    visit_id = _done_visit(anna_ws)
    anna = VisitReportDialog(anna_ws, visit_id)
    bram = VisitReportDialog(bram_ws, visit_id)
    for dialog in (anna, bram):
        qtbot.addWidget(dialog)
        dialog.show()
    anna.texts["summary"].setPlainText(ANNA)
    anna.flush()
    bram.texts["follow_ups"].setPlainText(BRAM)  # a field Anna did not touch: saved
    bram.flush()
    assert _stored(anna_ws, visit_id, "follow_ups") == BRAM
    bram.texts["summary"].setPlainText(BRAM)
    bram.flush()
    assert _stored(anna_ws, visit_id, "summary") == ANNA  # not replaced
    said = bram.errors["summary"].text()
    assert "Anna saved a change to the visit to" in said and "at the same moment" in said
    assert bram.texts["summary"].toPlainText() == BRAM  # what Bram typed stays
    assert any(ANNA in note for note in _notes(bram))  # and Anna's is quoted
    stop_server(team_url)  # the server going away meanwhile: the conflict stays one
    bram.texts["follow_ups"].setPlainText(OFFLINE)
    bram.flush()
    assert "Not saved yet — kept" in bram.problem.text()
    start_server(team_url)
    bram_ws.db.engine.dispose()
    bram.write_held()  # the database is back: the follow-up is written, not the summary
    assert _stored(anna_ws, visit_id, "follow_ups") == OFFLINE
    assert _stored(anna_ws, visit_id, "summary") == ANNA
    assert bram.problem.text() == "What you typed meanwhile is saved."
    anna_ws.db.engine.dispose()
    bram.done(0)  # closed: Bram's text is kept as a draft, Anna's stays saved
    assert _stored(anna_ws, visit_id, "summary") == ANNA
    again = VisitReportDialog(bram_ws, visit_id)
    qtbot.addWidget(again)
    again.show()
    assert again.texts["summary"].toPlainText() == BRAM
    assert any(ANNA in note for note in _notes(again))
    assert _stored(anna_ws, visit_id, "summary") == ANNA  # not written over unseen
    again.complete()  # not with a colleague's text not looked at: said, stays open
    assert again.isVisible() and "Type on in it to save yours" in again.problem.text()
    again.texts["summary"].setPlainText(BRAM + " (na overleg)")  # typed on: over Anna's
    again.flush()
    assert _stored(anna_ws, visit_id, "summary") == BRAM + " (na overleg)"
    again.done(0)
    assert bram_ws.form_drafts.get("visit_report", str(visit_id)) is None
    anna.done(0)
    assert _stored(anna_ws, visit_id, "summary") == BRAM + " (na overleg)"  # Anna's closing


def test_a_tick_or_contact_that_cannot_be_saved_is_put_back_with_a_sentence(
    qtbot, workspaces: tuple[Workspace, Workspace], team_url: str
) -> None:
    from tests.pg import start_server, stop_server

    workspace = workspaces[0]
    visit_id = _done_visit(workspace)
    report = VisitReportDialog(workspace, visit_id)
    qtbot.addWidget(report)
    report.show()
    box = report.checks["price_compliant"]
    before = box.checkState()
    person = report.people.item(0)
    met_before = person.checkState()
    stop_server(team_url)
    try:
        box.setCheckState(
            Qt.CheckState.Checked if before != Qt.CheckState.Checked else Qt.CheckState.Unchecked
        )
        assert box.checkState() == before  # shown as it is saved
        assert "Not saved: the team database cannot be reached" in report.problem.text()
        report.problem.hide()
        person.setCheckState(
            Qt.CheckState.Unchecked
            if met_before == Qt.CheckState.Checked
            else Qt.CheckState.Checked
        )
        assert person.checkState() == met_before
        assert report.problem.isVisible()
        report.competitor.setText("Castrol")
        assert not report.add_observation()  # the row stays as typed, said
        assert report.competitor.text() == "Castrol"
        assert "Not saved: the team database cannot be reached" in report.problem.text()
        report.survey.setText("9")  # typed: kept, and written once it answers
        assert "Not saved yet — kept" in report.problem.text()
    finally:
        start_server(team_url)
        workspace.db.engine.dispose()
    report.write_held()  # what the connection watch's "back" calls
    assert _stored(workspace, visit_id, "survey_score") == 9
    assert report.add_observation()
    report.done(0)
