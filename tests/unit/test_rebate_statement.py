"""The rebate statement's content and PDF, in-process (the CLI is tested in tests/e2e)."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from acct_desktop.domain.enums import RebateStatus
from acct_desktop.domain.money import round_money
from acct_desktop.domain.sentences import rendered
from acct_desktop.reporting.document_labels import LANGUAGES, rebate_statement_labels
from acct_desktop.reporting.fonts import missing_glyphs
from acct_desktop.reporting.rebate_statement_pdf import build_rebate_statement_pdf
from acct_desktop.services.rebate_accruals import RebateAccrualService
from acct_desktop.services.rebate_statement import RebateStatementService, statement_of
from acct_desktop.store.database import open_database
from tests.conftest import DEMO_TODAY


@pytest.fixture
def db(demo_db: Path):
    database = open_database(demo_db, create=False)
    yield database
    database.close()


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_font_covers_every_label(language: str) -> None:
    labels = rebate_statement_labels(language)
    assert missing_glyphs(labels.all_text()) == set()
    assert labels.language == language


def test_only_the_tier_reached_is_marked_and_figures_are_the_accruals(db) -> None:
    for result in RebateAccrualService(db).accruals_for_all(DEMO_TODAY):
        statement = statement_of(result)
        reached = [t for t in statement.tiers if t.reached]
        assert len(reached) == (0 if result.tier_reached is None else 1)
        assert statement.accrued_to_date == result.accrued_to_date
        assert statement.balance_to_date == result.accrued_to_date - result.settled
        assert sum(v for _, v in statement.months) == statement.volume_to_date


def test_a_dutch_statement_writes_decimal_commas_and_keeps_late_entry_internal(db) -> None:
    accruals = RebateAccrualService(db).accruals_for_all(DEMO_TODAY, [RebateStatus.ACTIVE])
    late = next(r for r in accruals if r.entered_late and r.facts.account_code.startswith("NL"))
    document = RebateStatementService(db).for_agreement(late.number, DEMO_TODAY, chart=False)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(document.pdf)).pages)
    assert "Bonusoverzicht" in text and late.number in text
    # entered late is the company's compliance rule: the app flags it, the customer's
    # statement never says it
    assert "Te laat" not in text and f"{late.entry_delay_days} dagen na" not in text
    whole, cents = f"{late.accrued_to_date:,.2f}".split(".")
    assert f"{whole.replace(',', '.')},{cents}" in text


def test_the_same_content_gives_the_same_bytes(db) -> None:
    number = RebateAccrualService(db).accruals_for_all(DEMO_TODAY)[-1].number
    content = RebateStatementService(db).content_for_agreement(number, DEMO_TODAY)
    assert build_rebate_statement_pdf(content) == build_rebate_statement_pdf(content)


def statement_text(pdf: bytes) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)


def test_months_after_the_figures_say_so_and_the_statement_says_what_they_cover(db) -> None:
    # the demo's figures run to October; on 2 November, November has none yet
    accruals = RebateAccrualService(db).accruals_for_all(DEMO_TODAY, [RebateStatus.ACTIVE])
    dutch = next(r for r in accruals if r.facts.account_code.startswith("NL"))
    document = RebateStatementService(db).for_agreement(dutch.number, DEMO_TODAY, chart=False)
    agreement = document.content.agreements[0]
    assert agreement.figures_through == date(2026, 10, 31)
    assert agreement.covered_days == 304 and agreement.elapsed_days == 306
    text = statement_text(document.pdf)
    assert "Verkoopcijfers tot en met 31-10-2026" in text
    assert re.search(r"nov 2026\s+nog geen cijfers", text)  # not 0,00
    assert re.search(r"okt 2026\s+[0-9.]+,[0-9]{2}", text)
    assert text.count("nog geen cijfers") == 1


def test_the_chart_draws_only_the_months_with_figures(db, monkeypatch) -> None:
    from acct_desktop.reporting import rebate_chart

    drawn = []
    original = rebate_chart.rebate_progress_figure

    def spy(months, *args, **kwargs):  # type: ignore[no-untyped-def]
        drawn.append([month for month, _ in months])
        return original(months, *args, **kwargs)

    monkeypatch.setattr(rebate_chart, "rebate_progress_figure", spy)
    number = RebateAccrualService(db).accruals_for_all(DEMO_TODAY)[-1].number
    RebateStatementService(db).for_agreement(number, DEMO_TODAY)
    assert drawn and drawn[0][-1] == date(2026, 10, 1)


def test_an_agreed_growth_baseline_is_called_so_never_last_years_sales(db) -> None:
    accruals = RebateAccrualService(db).accruals_for_all(DEMO_TODAY, [RebateStatus.ACTIVE])
    growth = next(
        r
        for r in accruals
        if r.facts.baseline_amount is not None and r.facts.account_code.startswith("NL")
    )
    content = RebateStatementService(db).content_for_agreement(growth.number, DEMO_TODAY)
    agreement = content.agreements[0]
    assert agreement.baseline_agreed and agreement.last_year_full == growth.facts.baseline_amount
    # pro rata to the days the figures cover (1 Jan – 31 Oct: 304 of 365)
    assert agreement.last_year_to_date == round_money(
        growth.facts.baseline_amount * 304 / 365, "EUR"
    )
    text = statement_text(build_rebate_statement_pdf(content, chart=False))
    assert "Zelfde periode vorig jaar" not in text and "vorig jaar telt" not in text
    assert re.search(r"Afgesproken basis voor de periode\s+400.000,00", text)
    assert "Afgesproken basis, naar rato tot nu toe" in text
    assert "groei boven de afgesproken basis" in text
    # growth against last year's own sales keeps its words
    against_sales = replace(
        content, agreements=(replace(agreement, baseline_agreed=False, last_year_full=None),)
    )
    text = statement_text(build_rebate_statement_pdf(against_sales, chart=False))
    assert "Zelfde periode vorig jaar" in text and "Afgesproken basis" not in text


@pytest.mark.parametrize(("language", "prefix"), [("vi", "VN"), ("zh_CN", "CN")])
def test_rates_are_written_one_way_and_labels_keep_to_one_line(db, language, prefix) -> None:
    accruals = RebateAccrualService(db).accruals_for_all(DEMO_TODAY, [RebateStatus.ACTIVE])
    tiered = next(
        r
        for r in accruals
        if r.facts.account_code.startswith(prefix) and r.terms.tiers and r.tier_reached
    )
    document = RebateStatementService(db).for_agreement(tiered.number, DEMO_TODAY, chart=False)
    text = statement_text(document.pdf)
    assert not re.search(r"\d %", text), "a rate written '3,5 %' beside '1%'"
    rates = re.findall(r"\d+(?:[.,]\d+)?%", text)
    assert rates and len(rates) >= len(tiered.terms.tiers)
    comma = language == "vi"
    for tier in tiered.terms.tiers:
        shown = f"{tier.rate_percent.normalize():f}"
        assert (shown.replace(".", ",") if comma else shown) + "%" in rates
    if language == "vi":
        assert "Ngày nhập hệ thống" in text  # its label column is wide enough: one line


def test_an_account_has_a_statement_only_with_an_active_agreement(db) -> None:
    """Asked before anything is computed: the same agreements the statement shows."""
    from sqlalchemy import select

    from acct_desktop.services.rebate_statement import StatementNotFound
    from acct_desktop.store.models import Account, RebateAgreement

    service = RebateStatementService(db)
    with db.session() as session:
        active = session.scalars(
            select(RebateAgreement).where(RebateAgreement.status == RebateStatus.ACTIVE)
        ).first()
        account_id = active.account_id
        code = session.get(Account, account_id).code
    assert service.has_active_agreement(account_id)
    assert service.content_for_account(code, DEMO_TODAY).agreements
    with db.session() as session:
        for agreement in session.scalars(
            select(RebateAgreement).where(RebateAgreement.account_id == account_id)
        ):
            agreement.status = RebateStatus.CLOSED
    assert not service.has_active_agreement(account_id)
    with pytest.raises(StatementNotFound):
        service.content_for_account(code, DEMO_TODAY)


def test_a_long_chinese_label_breaks_before_its_brackets_not_inside_a_word(db) -> None:
    """ "…前还需进货（达到下一阶" / "梯）": Chinese wraps between any two characters, so the
    label is broken before its bracketed part instead."""
    accruals = RebateAccrualService(db).accruals_for_all(DEMO_TODAY, [RebateStatus.ACTIVE])
    waiting = next(
        r
        for r in accruals
        if r.facts.account_code.startswith("CN") and r.distance_to_next_tier is not None
    )
    document = RebateStatementService(db).for_agreement(waiting.number, DEMO_TODAY, chart=False)
    lines = statement_text(document.pdf).splitlines()
    assert any(line.strip().endswith("前还需进货") for line in lines), lines
    assert any("（达到下一阶梯）" in line for line in lines), lines


@pytest.mark.parametrize(
    ("language", "one", "many"),
    [
        ("en", "0 of 1 day elapsed", "1 of 2 days elapsed"),
        ("nl", "0 van 1 dag verstreken", "1 van 2 dagen verstreken"),
        ("vi", "Đã qua 0/1 ngày", "Đã qua 1/2 ngày"),
        ("zh_CN", "已过 0 天，共 1 天", "已过 1 天，共 2 天"),
    ],
)
def test_the_days_elapsed_agree_with_the_length_of_the_period(
    language: str, one: str, many: str
) -> None:
    elapsed = rebate_statement_labels(language).elapsed
    assert elapsed.format(elapsed=0, total=1) == one
    assert elapsed.format(elapsed=1, total=2) == many


def test_a_draft_agreement_carries_the_draft_watermark_an_active_one_none(db) -> None:
    """QA zh: the statement of a draft (R-2026-0015, 草稿) printed its balance payable and
    expected settlement as if agreed: its pages carry the DRAFT watermark quotes carry, and
    only its pages when the statement holds agreed ones too."""
    from dataclasses import replace

    number = RebateAccrualService(db).accruals_for_all(DEMO_TODAY, [RebateStatus.ACTIVE])[0].number
    content = RebateStatementService(db).content_for_agreement(number, DEMO_TODAY)
    content = replace(content, language="en")
    active = content.agreements[0]
    draft = replace(active, status="draft")
    assert "DRAFT" not in statement_text(build_rebate_statement_pdf(content, chart=False))
    both = replace(content, agreements=(active, draft))
    pages = [
        p.extract_text() for p in PdfReader(io.BytesIO(build_rebate_statement_pdf(both))).pages
    ]
    marked = ["DRAFT" in page for page in pages]
    assert marked[0] is False and marked[-1] is True
    pending = replace(content, agreements=(replace(active, status="pending_approval"),))
    text = statement_text(build_rebate_statement_pdf(pending, chart=False))
    assert "DRAFT" in text and "Draft — not agreed" in " ".join(text.split())
    assert "not agreed" not in statement_text(build_rebate_statement_pdf(content, chart=False))


def test_the_statements_of_two_agreements_counting_the_same_sales_name_each_other(db) -> None:
    """QA zh: R-2026-0015 on CN000051 accrued on sales its head office's R-2026-0004 counts
    too, and neither statement said so."""
    from dataclasses import replace

    from sqlalchemy import select

    from acct_desktop.services.rebate_records import RebateDraft, RebateRecords
    from acct_desktop.store.models import Account, RebateAgreement

    with db.session() as session:
        head, branch = next(
            (agreement, child)
            for agreement in session.scalars(
                select(RebateAgreement).where(
                    RebateAgreement.status == RebateStatus.ACTIVE,
                    RebateAgreement.category.is_(None),
                )
            )
            for child in session.scalars(
                select(Account).where(Account.parent_id == agreement.account_id)
            )
        )
        head_number, start, end = head.number, head.period_start, head.period_end
        branch_id, branch_code = branch.id, branch.code
        kind = head.kind
    records = RebateRecords(db, actor="tester", today=lambda: DEMO_TODAY)
    draft = RebateDraft(
        account_id=branch_id, kind=kind, period_start=start, period_end=end,
        currency="CNY", signed_on=DEMO_TODAY, tiers=((Decimal(0), Decimal(1)),),
        fixed_percent=Decimal(1),
    )  # fmt: skip
    said = records.overlaps(draft)
    assert said and head_number in rendered(said[0], str)
    created = records.create(draft, tuple(said))
    with db.session() as session:
        number = session.get(RebateAgreement, created.agreement_id).number
    service = RebateStatementService(db)
    new = service.content_for_agreement(number, DEMO_TODAY)
    (other,) = new.agreements[0].also_counted
    assert other.number == head_number and other.account.startswith(branch_code)
    assert (other.start, other.end) == (start, end)
    parent = service.content_for_agreement(head_number, DEMO_TODAY)
    assert number in [o.number for o in parent.agreements[0].also_counted]
    text = statement_text(build_rebate_statement_pdf(replace(new, language="en"), chart=False))
    squashed = " ".join(text.split())
    assert f"{head_number} also counts the sales of {branch_code}" in squashed
    assert "DRAFT" in text  # and it is a draft
