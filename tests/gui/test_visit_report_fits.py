"""The visit report's texts read whole on a 1366 × 768 laptop and at 125 % display scaling
(1093 × 566 logical pixels above the taskbar: a dialog's inside gets 1077 × 526 of it),
in Dutch and Vietnamese: the problems raised, the competitors seen and the contacts met
are listed without a row cut behind a scroll bar, and the recommendation field shows its
placeholder in full."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit, QListWidget, QStyle, QStyleOptionFrame
from sqlalchemy import select

from acct_desktop.domain.enums import IssueCategory, VisitStatus
from acct_desktop.gui.dialogs.issue_form import new_issue_draft
from acct_desktop.gui.dialogs.visit_report import VisitReportDialog
from acct_desktop.services.workspace import Workspace
from acct_desktop.store.models import Contact, Visit

# the QA walk's report: two problems of two lines, a long promotion, long job titles
WORDS = {
    "nl": (
        "Bonus Q3 nog niet uitbetaald: € 1.250,50 cash-back ontbreekt op de creditnota.",
        "Twee dozen met beschadigde verpakking (oude versie) vervangen; klant wil nieuwe versie.",
        "2e fles halve prijs t/m 31 december",
        ("Managementassistent", "Wagenparkbeheerder", "Managementassistent"),
    ),
    "vi": (
        "Chưa nhận được tiền chiết khấu quý 3: thiếu 12.500.000 ₫ trên phiếu ghi có.",
        "Đổi hai thùng hàng bị móp bao bì (mẫu cũ); khách muốn mẫu bao bì mới.",
        "Mua 2 tặng 1 đến hết tháng 12",
        ("Trưởng phòng kinh doanh khu vực", "Tổng giám đốc", "Thư ký"),
    ),
}
ON_THE_LAPTOP = {"100 %": (900, 640), "125 %": (900, 526)}


@pytest.fixture
def workspace(demo_db) -> Iterator[Workspace]:
    opened = Workspace.open(demo_db)
    yield opened
    opened.close()


def filled_visit(workspace: Workspace, language: str) -> uuid.UUID:
    """A visit that took place, with the QA walk's problems, competitor and contacts."""
    first, second, promotion, titles = WORDS[language]
    with workspace.db.session() as session:
        visit = session.scalars(
            select(Visit)
            .where(Visit.status == VisitStatus.PLANNED, Visit.planned_start < datetime.now(UTC))
            .order_by(Visit.planned_start)
        ).first()
        assert visit is not None
        visit_id, account_id = visit.id, visit.account_id
        for number, title in enumerate(titles):
            session.add(
                Contact(account_id=account_id, name=f"Marieke Kuijpers {number}", title=title)
            )
    workspace.visit_reports.observe(
        visit_id, "Shell", "Helix Ultra 5W-40 5 L", Decimal("42.95"), promotion,
        shelf_share_percent=35,
    )  # fmt: skip
    today = workspace.issues.today()
    for description, category in ((first, IssueCategory.OTHER), (second, IssueCategory.OTHER)):
        draft = new_issue_draft(account_id, today)
        workspace.issue_records.create(
            replace(
                draft,
                description=description,
                responsible="Jan de Vries",
                category=category,
                visit_id=visit_id,
            )
        )
    return visit_id


def settle() -> None:
    """The posted layouts done: the dialog's, then the lists' rows at their widths."""
    for _ in range(5):
        QApplication.processEvents()


def cut_rows(view: QListWidget) -> list[str]:
    """What of the list does not show whole: sideways or below its viewport."""
    cut = []
    if view.horizontalScrollBar().maximum() > 0:
        cut.append("runs off sideways")
    if view.count():
        last = view.visualRect(view.model().index(view.count() - 1, 0))
        bottom = last.bottom() + 1 + view.verticalOffset()
        if bottom > view.viewport().height() or view.verticalScrollBar().maximum() > 0:
            cut.append(f"{bottom} pixels of rows in {view.viewport().height()}")
    return cut


@pytest.mark.parametrize("screen", ON_THE_LAPTOP)
@pytest.mark.parametrize("language", ["nl", "vi"])
def test_the_problems_competitors_and_contacts_read_whole(
    qtbot, workspace: Workspace, speak: Callable[[str], None], language: str, screen: str
) -> None:
    """Before: in Dutch the two problems had 48 pixels for 70 (the second cut through a
    line behind a scroll bar) and "Managementassistent" ran off behind a sideways bar."""
    speak(language)
    visit_id = filled_visit(workspace, language)
    dialog = VisitReportDialog(workspace, visit_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(*ON_THE_LAPTOP[screen])
    settle()  # the lists lay their rows out at their size
    assert dialog.issue_list.count() == 2 and dialog.observations.count() == 1
    cut = {
        view.objectName(): cut_rows(view)
        for view in (dialog.people, dialog.observations, dialog.issue_list)
    }
    assert cut == {"contactsMet": [], "observations": [], "issuesRaised": []}
    dialog.close()


def text_room(edit: QLineEdit) -> int:
    """The width QLineEdit draws its text (and elides its placeholder) in: its contents
    less its text margins and the two pixels it keeps either side."""
    frame = QStyleOptionFrame()
    edit.initStyleOption(frame)
    inside = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, frame, edit)
    return inside.marginsRemoved(edit.textMargins()).width() - 2 * 2


@pytest.mark.parametrize("language", ["en", "nl", "vi", "zh_CN"])
def test_the_recommendation_field_shows_its_placeholder_whole(
    qtbot, workspace: Workspace, speak: Callable[[str], None], language: str
) -> None:
    """Before: 80 pixels wide, "niet gevraagd" showed as "niet gevra…"."""
    if language != "en":
        speak(language)
    visit_id = filled_visit(workspace, "nl")
    dialog = VisitReportDialog(workspace, visit_id)
    qtbot.addWidget(dialog)
    dialog.show()
    survey = dialog.survey
    assert survey.text() == ""
    needed = survey.fontMetrics().horizontalAdvance(survey.placeholderText())
    assert needed <= text_room(survey), (survey.placeholderText(), needed, text_room(survey))
    dialog.close()
