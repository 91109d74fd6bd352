"""The customer issue made from a discrepancy form is filed under the category of the form's
suspected cause (QA session 18: "Out of stock / short delivery" was filed as Other)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from acct_desktop.domain.enums import (
    AccountKind,
    Channel,
    DiscrepancyCause,
    IssueCategory,
    Measure,
)
from acct_desktop.domain.issues import ISSUE_CATEGORY_OF_CAUSE
from acct_desktop.services.discrepancy_forms import DiscrepancyDraft, DiscrepancyForms
from acct_desktop.store import models as m
from acct_desktop.store.database import open_database

OCTOBER = date(2026, 10, 1)

# What a manager looks under in the issues register for each cause of the form.
EXPECTED = {
    DiscrepancyCause.STOCK_OUT: IssueCategory.DELIVERY,
    DiscrepancyCause.OVERSTOCK: IssueCategory.DELIVERY,
    DiscrepancyCause.PRICE: IssueCategory.PRICING,
    DiscrepancyCause.COMPETITOR: IssueCategory.OTHER,
    DiscrepancyCause.PROMOTION: IssueCategory.PROMOTION_EXPENSES,
    DiscrepancyCause.DELIVERY: IssueCategory.DELIVERY,
    DiscrepancyCause.LISTING: IssueCategory.OTHER,
    DiscrepancyCause.SEASONALITY: IssueCategory.OTHER,
    DiscrepancyCause.DATA_ERROR: IssueCategory.ACCOUNTING,
    DiscrepancyCause.OTHER: IssueCategory.OTHER,
}


def test_every_cause_has_its_category() -> None:
    assert set(EXPECTED) == set(DiscrepancyCause)  # a new cause needs its line here
    assert ISSUE_CATEGORY_OF_CAUSE == EXPECTED


@pytest.fixture
def forms_and_account(tmp_path):  # type: ignore[no-untyped-def]
    db = open_database(str(tmp_path / "forms.acctdb"))
    with db.session() as s:
        account = m.Account(
            code="DC-FS", name="佛山 DC", kind=AccountKind.DISTRIBUTION_CENTRE,
            channel=Channel.CHAIN_STORE, currency="CNY",
        )  # fmt: skip
        s.add(account)
        s.flush()
        account_id = account.id
    yield DiscrepancyForms(db, actor="an", today=lambda: date(2026, 11, 3)), account_id, db
    db.close()


@pytest.mark.parametrize("cause", list(DiscrepancyCause), ids=lambda cause: cause.value)
def test_the_issue_made_from_a_form_is_filed_under_its_causes_category(
    forms_and_account, cause: DiscrepancyCause
) -> None:
    forms, account_id, db = forms_and_account
    draft = DiscrepancyDraft(
        account_id=account_id, period=OCTOBER, measure=Measure.OUTBOUND, currency="CNY",
        target_amount=Decimal("20000.00"), actual_amount=Decimal("14760.00"),
        analysis="南宁分仓 出库低于计划 26%", suspected_cause=cause,
        action="补货 · aanvullen", responsible="王伟", deadline=date(2026, 11, 15),
    )  # fmt: skip
    saved = forms.save(draft)
    linked = forms.raise_issue(saved.id)
    with db.session() as s:
        assert s.get(m.CustomerIssue, linked.issue_id).category is EXPECTED[cause]


def test_a_category_chosen_for_the_issue_is_kept(forms_and_account) -> None:
    forms, account_id, db = forms_and_account
    draft = DiscrepancyDraft(
        account_id=account_id, period=OCTOBER, measure=Measure.SELL_IN, currency="CNY",
        target_amount=Decimal("20000.00"), actual_amount=Decimal("16000.00"),
        analysis="Price list sent late", suspected_cause=DiscrepancyCause.STOCK_OUT,
        action="Credit the difference", responsible="Sanne", deadline=date(2026, 11, 30),
    )  # fmt: skip
    saved = forms.save(draft)
    linked = forms.raise_issue(saved.id, IssueCategory.ACCOUNTING)
    with db.session() as s:
        assert s.get(m.CustomerIssue, linked.issue_id).category is IssueCategory.ACCOUNTING
