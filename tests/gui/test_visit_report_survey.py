"""The visit report's recommendation question: saved as typed, refused next to the field."""

from __future__ import annotations

from sqlalchemy import select

from acct_desktop.gui.dialogs.visit_report import VisitReportDialog
from acct_desktop.services.workspace import Workspace
from acct_desktop.store.models import Visit


def test_the_score_is_saved_as_typed_and_a_wrong_one_is_named_beside_it(qtbot, demo_db) -> None:
    workspace = Workspace.open(demo_db)
    try:
        with workspace.db.session() as session:
            visit_id = session.scalars(select(Visit.id).order_by(Visit.planned_start)).first()
        dialog = VisitReportDialog(workspace, visit_id)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.survey.clear()
        qtbot.keyClicks(dialog.survey, "11")
        assert dialog.survey_problem.isVisible()
        assert "0 to 10" in dialog.survey_problem.text()
        assert workspace.visit_reports.report(visit_id).survey_score in (None, 1)
        dialog.survey.setText("８")  # a full-width digit from a Chinese keyboard
        assert not dialog.survey_problem.isVisible()
        assert workspace.visit_reports.report(visit_id).survey_score == 8
        dialog.survey.clear()
        assert workspace.visit_reports.report(visit_id).survey_score is None
        dialog.close()
    finally:
        workspace.close()
