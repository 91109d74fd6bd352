"""The checklist, seal, KPI, monthly summary, sales report and rebate services' refusals and
verdicts reach a Chinese, Vietnamese or Dutch user in their language, values in place."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal as D
from pathlib import Path

import pytest
from sqlalchemy import select

from acct_desktop.domain.enums import RebateKind
from acct_desktop.domain.rebates import parse_tiers
from acct_desktop.gui.background import BackgroundRunner
from acct_desktop.gui.dialogs.targets_dialog import TargetsDialog
from acct_desktop.gui.dialogs.verify_document import VerifyDocumentDialog
from acct_desktop.gui.sentences import exception_text, problem_text, user_text
from acct_desktop.gui.widgets.rebate_preview import RebatePreview
from acct_desktop.services.checklist_records import ChecklistRecords
from acct_desktop.services.checklists import ChecklistIssuer, ChecklistRejected
from acct_desktop.services.imports import ImportRejected, import_targets
from acct_desktop.services.kpis import KpiService
from acct_desktop.services.manager_profile import ManagerProfile
from acct_desktop.services.monthly_commentary import CommentaryRefused, MonthlyCommentaryService
from acct_desktop.services.monthly_summary import (
    MonthlySummaryRefused,
    territory_choice,
)
from acct_desktop.services.rebate_accruals import RebateAccrualService
from acct_desktop.services.sales_report import (
    GroupBy,
    SalesQuery,
    SalesReportRefused,
    resolve_territory,
    sales_report,
)
from acct_desktop.services.seal_keys import CertificateImportError, SealKeyStore
from acct_desktop.services.targets import TargetService
from acct_desktop.store import models as m
from acct_desktop.store.database import Database, open_database
from tests.conftest import DEMO_TODAY

MANAGER = ManagerProfile("Nguyễn Văn Đức", "Acme Lubricants", "+84 28 1234 5678", "duc@acme.vn")


@pytest.fixture
def db(demo_db: Path) -> Iterator[Database]:
    database = open_database(demo_db)
    yield database
    database.close()


def account_without_issues(db: Database) -> tuple[object, str]:
    with db.session() as session:
        row = session.execute(
            select(m.Account.id, m.Account.name)
            .where(~m.Account.id.in_(select(m.CustomerIssue.account_id)))
            .order_by(m.Account.code)
            .limit(1)
        ).one()
    return row[0], row[1]


def account_with_open_issues(db: Database) -> object:
    with db.session() as session:
        return session.scalar(
            select(m.CustomerIssue.account_id)
            .where(m.CustomerIssue.status.in_(("open", "in_progress")))
            .order_by(m.CustomerIssue.number)
            .limit(1)
        )


# -- checklists and seals -----------------------------------------------------------------


def test_a_checklist_for_an_account_without_open_issues_is_refused_in_chinese(
    chinese: None,
    db: Database,
    tmp_path: Path,
) -> None:
    account_id, name = account_without_issues(db)
    issuer = ChecklistIssuer(db, actor="li.wei")
    with pytest.raises(ChecklistRejected) as refused:
        issuer.issue(account_id, None, MANAGER, SealKeyStore(tmp_path / "seal"))
    assert str(refused.value) == f"{name} has no open issues to put on a checklist."
    assert exception_text(refused.value) == f"{name} 没有可列入确认清单的未结问题。"


def test_a_file_that_is_not_a_certificate_is_refused_in_dutch(dutch: None, tmp_path: Path) -> None:
    offered = tmp_path / "Nguyễn-zegel.pem"
    offered.write_text("dit is geen certificaat\n", encoding="utf-8")
    with pytest.raises(CertificateImportError) as refused:
        SealKeyStore(tmp_path / "seal").import_trusted(offered)
    assert exception_text(refused.value) == (
        "Het bestand Nguyễn-zegel.pem is geen certificaat. Vraag de afzender om zijn "
        "zegelcertificaat als .pem-, .crt-, .cer- of .der-bestand."
    )


def test_the_verdict_on_a_sealed_checklist_reads_in_vietnamese_with_its_parts_translated(
    vietnamese: None, db: Database, tmp_path: Path
) -> None:
    keys = SealKeyStore(tmp_path / "seal")
    when = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
    issued = ChecklistIssuer(db, actor="duc", now=lambda: when).issue(
        account_with_open_issues(db), None, MANAGER, keys
    )
    verdict = ChecklistRecords(db).verify(issued.pdf, keys)
    assert verdict.report.signed_at is not None
    local = verdict.report.signed_at.astimezone()  # the seal's own clock, where the user is
    sealed = f"{local:%Y-%m-%d %H:%M}"
    assert str(verdict.message) == (
        f"Sealed and intact: sealed by Nguyễn Văn Đức (Acme Lubricants) on {sealed}. "
        f"It is the copy of {issued.reference} issued from this database."
    )
    # the day as every Vietnamese date in the window and the documents (02/11/2026, not
    # Qt's short format's 2/11/26), then the time
    day = f"{local:%d/%m/%Y}"
    assert user_text(verdict.message) == (
        f"Đã niêm phong và nguyên vẹn: do Nguyễn Văn Đức (Acme Lubricants) niêm phong lúc "
        f"{day} {local:%H:%M}. Đây là bản {issued.reference} được lập từ cơ sở dữ liệu này."
    )


def test_the_verify_dialog_says_why_a_file_is_not_a_readable_pdf_in_chinese(
    chinese: None,
    qtbot,
    qapp,
    tmp_path: Path,
) -> None:
    empty = tmp_path / "空的.pdf"
    empty.write_bytes(b"")
    runner = BackgroundRunner(qapp)  # outlives the dialog, as the window's runner does
    dialog = VerifyDocumentDialog(None, runner)
    qtbot.addWidget(dialog)
    dialog.verify(empty)
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=30_000)
    runner.wait()
    assert dialog.state == "unreadable"
    assert dialog.verdict.text() == "不是可读取的 PDF：文件是空的。"


def test_the_verify_dialog_says_in_chinese_that_a_file_does_not_exist(
    chinese: None,
    qtbot,
    qapp,
    tmp_path: Path,
) -> None:
    """The system's English ("No such file or directory") sat inside the Chinese sentence."""
    runner = BackgroundRunner(qapp)
    dialog = VerifyDocumentDialog(None, runner)
    qtbot.addWidget(dialog)
    dialog.verify(tmp_path / "不存在.pdf")
    qtbot.waitUntil(lambda: dialog.state is not None, timeout=30_000)
    runner.wait()
    assert dialog.state == "unreadable"
    assert dialog.verdict.text() == "无法读取 不存在.pdf：没有这个文件或文件夹"


# -- KPIs, the monthly summary and the sales report ---------------------------------------


def test_a_kpi_period_that_ends_before_it_starts_is_refused_in_chinese(
    chinese: None,
    db: Database,
) -> None:
    with pytest.raises(ValueError) as refused:
        KpiService(db, today=lambda: DEMO_TODAY).dashboard(date(2026, 10, 31), date(2026, 10, 1))
    assert exception_text(refused.value) == "期间的结束日期早于开始日期；请重新选择日期。"


def test_a_too_long_commentary_is_refused_in_dutch_and_nothing_is_kept(
    dutch: None, db: Database
) -> None:
    commentary = MonthlyCommentaryService(db)
    with pytest.raises(CommentaryRefused) as refused:
        commentary.save_commentary(date(2026, 10, 1), None, "overview", "Ja. " * 6_000)
    assert exception_text(refused.value) == (
        "De toelichting bij een onderdeel mag hoogstens 20.000 tekens bevatten; maak hem "
        "korter of zet de details in een bijlage."
    )
    assert commentary.read(date(2026, 10, 1), None)["overview"] == ""


def test_an_unknown_territory_is_refused_in_vietnamese(vietnamese: None, db: Database) -> None:
    with pytest.raises(MonthlySummaryRefused) as territory:
        territory_choice(db, "ZZ-9")
    assert exception_text(territory.value) == "Không có khu vực nào có mã ZZ-9."


def test_a_sales_report_range_turned_round_is_refused_in_chinese_with_both_dates(
    chinese: None,
    db: Database,
) -> None:
    query = SalesQuery(GroupBy.MONTH, first=date(2026, 10, 31), last=date(2026, 10, 1))
    with pytest.raises(SalesReportRefused) as refused:
        sales_report(db, query)
    assert exception_text(refused.value) == (
        # the dates written the Chinese way
        "时间范围的结束日期（2026/10/1）早于开始日期（2026/10/31）；请对调这两个日期。"
    )
    with pytest.raises(SalesReportRefused) as unknown:
        resolve_territory(db, "华南-X")
    assert exception_text(unknown.value) == "没有代码为 华南-X 的区域。"


# -- rebates ------------------------------------------------------------------------------


def test_the_rebate_preview_refuses_a_negative_volume_in_dutch(
    dutch: None, qtbot, db: Database
) -> None:
    preview = RebatePreview(RebateAccrualService(db), None)
    qtbot.addWidget(preview)
    preview.volume.setText("-5000")
    tiers = [(D("0"), D("1")), (D("100000"), D("2"))]
    preview.show_terms(RebateKind.WHOLE_VOLUME_TIERS, tiers, None, "EUR", None)
    assert preview.result is None
    assert preview.at_volume.text() == "volume mag niet negatief zijn, niet -5000"


def test_tiers_typed_wrongly_are_refused_in_chinese_with_the_tier_in_place(
    chinese: None,
) -> None:
    with pytest.raises(ValueError) as refused:
        parse_tiers("0:1, 100000:二")
    assert str(refused.value) == "tier 2 '100000:二': rate '二' is not a number ≥ 0"
    assert exception_text(refused.value) == "第 2 个阶梯“100000:二”：返利率“二”不是 ≥ 0 的数字"


# -- the targets import passes the targets service's refusal on as a sentence ------------


def test_a_stock_target_in_an_import_is_refused_in_chinese_inside_the_line_frame(
    chinese: None,
    db: Database,
    tmp_path: Path,
) -> None:
    path = tmp_path / "目标.csv"
    path.write_text(
        "year,account_code,measure,amount\n2027,NL000001,sell_in,1200\n2027,NL000198,stock,1\n",
        encoding="utf-8",
    )
    with pytest.raises(ImportRejected) as rejected:
        import_targets(db, path)
    [problem] = rejected.value.problems
    assert str(problem) == (
        'line 3, column "measure": Targets are set for sell-in, outbound or sell-out; '
        "stock is a level, not a flow."
    )
    assert problem_text(problem) == (
        "第 3 行，“measure”列：目标只能针对进货、出库或终端销售设定；库存是存量，不是流量。"
    )


def test_the_target_form_says_in_dutch_why_a_target_is_refused(
    dutch: None, qtbot, db: Database
) -> None:
    shown = TargetsDialog(TargetService(db, "tester"), lambda _p, _m: "", None, year=2027)
    qtbot.addWidget(shown)
    form = shown.open_add_form()
    form.owner_search.setText("NL000001")
    form.category.setText("Smeermiddelen voor de scheepvaart, binnenvaart en zware industrie")
    form.amount.setText("1000")
    form.save()
    assert form.problem.text() == "Een categorie heeft hoogstens 60 tekens."
    assert shown.model.rowCount() == 0
