"""The register's history in words: every audited field of a policy or an agreement has a
label (no English fallback), amounts and percentages in the locale's marks with their
decimals, days the locale's way, and "entered" says when (QA s19, zh: raw field names,
"127.5 → 126.8", a code under "entered")."""

from __future__ import annotations

from dataclasses import fields
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QLocale

from acct_desktop.gui.widgets.audit_trail import FIELD_LABELS, change_text, field_label
from acct_desktop.services.audit import AuditRow
from acct_desktop.services.policy_records import PolicyDraft
from acct_desktop.services.rebate_records import RebateDraft


def row(field: str, old: str | None, new: str | None) -> AuditRow:
    return AuditRow(datetime(2026, 11, 24, 8, 30, tzinfo=UTC), "李经理", field, old, new)


def test_every_field_of_the_audited_forms_has_a_label() -> None:
    audited = {f.name for f in fields(PolicyDraft)} | {f.name for f in fields(RebateDraft)}
    audited |= {"status", "reason", "created", "approved_by", "signed_scan"}
    audited |= {"deleted", "restored"}  # a draft deleted, and brought back with Undo
    assert audited <= set(FIELD_LABELS), audited - set(FIELD_LABELS)
    assert field_label("guide_price") == "Guide price"
    assert field_label("approved_by") == "Approved by"


@pytest.fixture
def dutch():
    previous = QLocale()  # put back as it was: a US default leaked Sunday weeks into others
    QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
    yield
    QLocale.setDefault(previous)


def test_amounts_percentages_and_days_are_written_the_locales_way(dutch) -> None:
    assert change_text(row("guide_price", "127.5", "126.8")) == "127,50 → 126,80"
    assert change_text(row("floor_price", None, "105")) == "— → 105,00"
    # Dutch writes a no-break space before "%" (domain.percentages)
    assert change_text(row("max_discount_percent", "10", "12.5")) == "10\u00a0% → 12,5\u00a0%"
    assert change_text(row("valid_to", "2027-06-30", "2027-03-31")) == "30-06-2027 → 31-03-2027"
    assert change_text(row("created", None, "PP-00057")) == "24-11-2026"
    assert change_text(row("guide_price", "[erased]", "1")) == "[erased] → 1,00"


def test_the_fields_of_accounts_issues_quotes_and_visits_have_labels_too(dutch) -> None:
    # their History (Ctrl+H) named them "Payment terms" but "Planned start" raw (QA s23)
    from acct_desktop.services.account_edits import ProfileEdit
    from acct_desktop.services.account_records import AccountDraft
    from acct_desktop.services.issue_records import IssueDraft
    from acct_desktop.services.quote_undo import HEADER_FIELDS

    audited = {f.name for f in fields(AccountDraft)} | {f.name for f in fields(ProfileEdit)}
    audited |= {f.name for f in fields(IssueDraft)} | set(HEADER_FIELDS)
    audited |= {"planned", "planned_start"}
    assert audited <= set(FIELD_LABELS), audited - set(FIELD_LABELS)
    # a visit's start is stored as UTC ISO text: shown as a moment in local time
    moved = change_text(row("planned_start", "2026-11-25T08:30:00+00:00", None))
    assert "T08:30" not in moved and "+00:00" not in moved
    assert change_text(row("credit_limit", "156000", "25000")) == "156.000,00 → 25.000,00"
    assert change_text(row("deadline", None, "2026-12-01")) == "— → 01-12-2026"


def test_a_quote_lines_change_names_the_line_and_its_field(dutch) -> None:
    assert field_label("line 3 quantity") == "Line 3: Quantity"
    assert field_label("line 12 added") == "Line 12: Added"
    assert change_text(row("line 2 discount_percent", "5", "7.5")) == "5\u00a0% → 7,5\u00a0%"
    assert field_label("declined by") == "Declined by"
