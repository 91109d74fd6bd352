"""Rebate periods that do not start or end on a month's boundary, and periods that are over:
what is counted (monthly figures pro rata, daily ones by their day), how the statement says
it (read back with pdftotext), and that a finished period prints its final figures only."""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from datetime import date
from decimal import Decimal
from fractions import Fraction
from pathlib import Path

import pytest

from acct_desktop.domain.enums import RebateKind
from acct_desktop.domain.money import round_money
from acct_desktop.reporting.rebate_statement_pdf import build_rebate_statement_pdf
from acct_desktop.services.rebate_accruals import RebateAccrualService
from acct_desktop.services.rebate_statement import RebateStatementService
from acct_desktop.services.rebate_volumes import MonthPart, share
from acct_desktop.store.database import open_database
from tests.unit.test_rebate_accruals import Shop

D = Decimal
START, END = date(2026, 3, 15), date(2026, 9, 15)
AFTER = date(2026, 11, 25)
MONTHLY = {  # 2026 sell-in of HQ, one figure per month (an ERP's monthly file)
    date(2026, 2, 1): "20000.00",
    date(2026, 3, 1): "21522.49",
    date(2026, 4, 1): "27486.67",
    date(2026, 5, 1): "27079.96",
    date(2026, 6, 1): "26509.57",
    date(2026, 7, 1): "26613.52",
    date(2026, 8, 1): "23430.85",
    date(2026, 9, 1): "18777.76",
    date(2026, 10, 1): "14477.06",
}
MARCH_PART = round_money(D("21522.49") * 17 / 31, "EUR")  # 15–31 March: 17 of 31 days
SEPTEMBER_PART = round_money(D("18777.76") * 15 / 30, "EUR")  # 1–15 September
WHOLE_MONTHS = sum(D(MONTHLY[date(2026, m, 1)]) for m in range(4, 9))  # April–August
needs_pdftotext = pytest.mark.skipif(not shutil.which("pdftotext"), reason="no pdftotext")


@pytest.fixture(params=["sqlite", "postgresql"])
def shop(request: pytest.FixtureRequest, tmp_path: Path) -> Shop:
    url = tmp_path / "periods.acctdb" if request.param == "sqlite" else None
    db = open_database(url or request.getfixturevalue("pg_url"))
    built = Shop(db)
    for period, amount in MONTHLY.items():
        built.fact("HQ", period, amount, whole_month=True)
        built.fact("HQ", period.replace(year=2025), amount, whole_month=True)
    yield built
    db.close()


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "statement.pdf"
    path.write_bytes(pdf)
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    )
    return done.stdout


# -- what is counted ------------------------------------------------------------------------


def test_monthly_figures_count_pro_rata_to_the_periods_days_never_0_nor_whole(
    shop: Shop,
) -> None:
    agreement = shop.agreement("HQ", RebateKind.BANDED_TIERS, start=START, end=END)
    result = RebateAccrualService(shop.db).accrual(agreement, AFTER)
    months = dict(result.months)
    assert months[date(2026, 3, 1)] == MARCH_PART == D("11802.66")  # not 0,00
    assert months[date(2026, 9, 1)] == SEPTEMBER_PART == D("9388.88")  # not 18.777,76
    assert result.volume_to_date == MARCH_PART + WHOLE_MONTHS + SEPTEMBER_PART
    assert sum(months.values()) == result.volume_to_date
    assert result.figures_through == END  # what the statement says is what is counted
    parts = result.facts.volumes.parts
    assert parts == (
        MonthPart(date(2026, 3, 1), START, date(2026, 3, 31), D("21522.49"), 17, 31),
        MonthPart(date(2026, 9, 1), date(2026, 9, 1), END, D("18777.76"), 15, 30),
    )


def test_daily_figures_are_counted_by_their_day_where_they_exist(shop: Shop) -> None:
    # March in daily figures (a daily file replaces the month's figure): the 10th is
    # before the period, the 20th inside it — no pro rata needed
    shop.fact("HQ", date(2026, 3, 10), "5000")
    shop.fact("HQ", date(2026, 3, 20), "7000")
    with shop.db.session() as session:
        from sqlalchemy import delete

        from acct_desktop.store.models import SalesFact

        session.execute(
            delete(SalesFact).where(
                SalesFact.period == date(2026, 3, 1), SalesFact.whole_month.is_(True)
            )
        )
    agreement = shop.agreement("HQ", RebateKind.FIXED_PERCENT, percent="1", start=START, end=END)
    result = RebateAccrualService(shop.db).accrual(agreement, AFTER)
    assert dict(result.months)[date(2026, 3, 1)] == D("7000.00")
    march = result.facts.volumes.part(date(2026, 3, 1))
    assert march == MonthPart(date(2026, 3, 1), START, date(2026, 3, 31))  # nothing shared


def test_a_month_in_progress_shares_its_figure_so_far_over_its_days_so_far(shop: Shop) -> None:
    # a period from 15 November asked on 24 November: November's figure so far covers
    # 1–24 November, 10 of those days are the period's
    shop.fact("HQ", date(2026, 11, 1), "24000", whole_month=True)
    agreement = shop.agreement(
        "HQ", RebateKind.FIXED_PERCENT, percent="1", start=date(2026, 11, 15), end=END.replace(2027)
    )
    today = date(2026, 11, 24)
    result = RebateAccrualService(shop.db, today=today).accrual(agreement, today)
    assert result.volume_to_date == D("10000.00")
    assert result.figures_through == today and result.covered_days == 10
    # a period that began before the month counts its figure so far whole, as before
    whole = shop.agreement("HQ", RebateKind.FIXED_PERCENT, percent="1", start=START, end=AFTER)
    assert dict(RebateAccrualService(shop.db).accrual(whole, today).months)[date(2026, 11, 1)] == D(
        "24000.00"
    )


def test_last_years_window_is_cut_the_same_way_for_a_growth_rebate(shop: Shop) -> None:
    growth = shop.agreement("HQ", RebateKind.GROWTH, "0:2,50000:5", start=START, end=END)
    result = RebateAccrualService(shop.db).accrual(growth, AFTER)
    assert result.last_year_full == result.volume_to_date  # the same figures a year earlier


@pytest.mark.parametrize(
    ("period", "whole", "first", "last", "now", "expected"),
    [
        (date(2026, 3, 1), True, START, END, AFTER, (17, 31)),
        (date(2026, 9, 1), True, START, END, AFTER, (15, 30)),
        (date(2026, 4, 1), True, START, END, AFTER, (1, 1)),
        (date(2026, 2, 1), True, START, END, AFTER, (0, 1)),
        (date(2026, 10, 1), True, START, END, AFTER, (0, 1)),
        (date(2026, 9, 1), True, START, END, date(2026, 9, 10), (1, 1)),  # 1–10 so far
        (date(2026, 9, 1), True, START, END, date(2026, 9, 20), (15, 20)),
        (date(2026, 3, 14), False, START, END, AFTER, (0, 1)),  # a day before the start
        (date(2026, 3, 15), False, START, END, AFTER, (1, 1)),  # its first day
        (date(2026, 9, 15), False, START, END, AFTER, (1, 1)),  # its last day
        (date(2026, 9, 16), False, START, END, AFTER, (0, 1)),
    ],
)
def test_the_share_of_a_figure_in_a_period(period, whole, first, last, now, expected) -> None:
    assert share(period, whole, first, last, now) == Fraction(*expected)


# -- how the statement says it --------------------------------------------------------------


@needs_pdftotext
def test_a_finished_mid_month_period_prints_its_part_months_and_final_figures(
    shop: Shop, tmp_path: Path
) -> None:
    agreement = shop.agreement(
        "HQ", RebateKind.BANDED_TIERS, "0:1,100000:2,150000:3.5", start=START, end=END
    )
    statements = RebateStatementService(shop.db)
    number = statements._accruals.accrual(agreement, AFTER).number
    content = statements.content_for_agreement(number, AFTER)
    content = replace(content, language="nl")
    text = pdf_text(build_rebate_statement_pdf(content, chart=False), tmp_path)
    assert re.search(r"15–31 mrt 2026 \(deel\)\s+11\.802,66", text)
    assert re.search(r"1–15 sep 2026 \(deel\)\s+9\.388,88", text)
    assert "alleen het maandtotaal is bekend (21.522,49)" in text
    assert "17 van de 31 dagen, dus telt 11.802,66 mee" in text
    assert "Verkoopcijfers tot en met 15-09-2026" in text
    assert "De periode is voorbij" in text and "Definitieve bonus" in text
    assert "Bereikte staffel" in text
    # nothing can still be bought for a period that is over, nor projected
    assert "volgende staffel" not in text.lower() and "Verwachte" not in text
    assert "Nog nodig" not in text and "Nog in te kopen" not in text


@needs_pdftotext
def test_a_running_growth_period_says_what_to_buy_by_its_end(shop: Shop, tmp_path: Path) -> None:
    # 2026 to 31 October: 205,897.88 against an agreed 400,000 for the year: growth 0,
    # next tier (1 % from growth 200,000) needs 400,000 + 200,000 − 205,897.88 by 31 Dec
    growth = shop.agreement(
        "HQ", RebateKind.GROWTH, "200000:1,500000:2,1000000:3.5", baseline="400000"
    )
    statements = RebateStatementService(shop.db)
    result = statements._accruals.accrual(growth, AFTER)
    assert result.volume_to_date == D("205897.88")
    assert result.distance_to_next_tier == D("394102.12")
    content = statements.content_for_agreement(result.number, AFTER)
    for language, words in (
        ("nl", r"Nog in te kopen t/m 31-12-2026 voor de\s+394\.102,12\s+volgende staffel"),
        ("en", r"Still to buy by 31 Dec 2026 for the next\s+394,102\.12\s+tier"),
        ("vi", r"Cần nhập thêm đến hết 31/12/2026 để\s+394\.102,12\s+đạt bậc tiếp theo"),
    ):
        localised = replace(content, language=language)
        text = pdf_text(build_rebate_statement_pdf(localised, chart=False), tmp_path)
        assert re.search(words, text), (language, text)


def test_incomplete_terms_are_said_in_a_translatable_sentence() -> None:
    from acct_desktop.services.rebate_facts import IncompleteTerms, terms_of

    with pytest.raises(IncompleteTerms) as refused:
        terms_of(RebateKind.BANDED_TIERS, None, (), "EUR")
    sentence = refused.value.args[0]
    assert sentence.template == "The terms are incomplete: %1."
    assert sentence.args[0].template == "%1 terms need at least one tier"
