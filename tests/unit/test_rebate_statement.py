"""The rebate statement's content and PDF, in-process (the CLI is tested in tests/e2e)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from acct_desktop.domain.enums import RebateStatus
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
