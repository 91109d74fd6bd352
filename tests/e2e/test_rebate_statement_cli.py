"""``acct-desktop rebate statement`` in a subprocess, the PDF read back with pdftotext."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from acct_desktop.domain.enums import AccountKind, RebateKind, RebateStatus
from acct_desktop.domain.money import minor_unit
from acct_desktop.services.rebate_accruals import AgreementAccrual, RebateAccrualService
from acct_desktop.store.database import open_database
from acct_desktop.store.models import Account, RebateAgreement, RebateTier
from tests.conftest import DEMO_TODAY

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler")


def run(*args: str, data: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "ACCT_DESKTOP_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "acct_desktop", "rebate", "statement", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=ROOT,
    )


def pdf_text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return done.stdout.decode("utf-8")


def printed(value: Decimal, currency: str, decimal_comma: bool) -> str:
    """How the statement prints an amount (half-up to the minor unit, grouped)."""
    text = f"{value.quantize(Decimal(1).scaleb(-minor_unit(currency)), ROUND_HALF_UP):,f}"
    return text.replace(",", " ").replace(".", ",").replace(" ", ".") if decimal_comma else text


def demo_accruals(db_path: Path) -> dict[str, tuple[AgreementAccrual, str, str]]:
    """Active demo agreements by number: (accrual, account's language, account's name)."""
    db = open_database(db_path, create=False)
    try:
        results = RebateAccrualService(db).accruals_for_all(DEMO_TODAY, [RebateStatus.ACTIVE])
        with db.session() as session:
            accounts = {
                a.id: (a.document_language, a.name) for a in session.scalars(select(Account))
            }
    finally:
        db.close()
    return {r.number: (r, *accounts[r.facts.account_id]) for r in results}


def pick(accruals: dict, language: str) -> AgreementAccrual:
    return next(r for r, lang, _ in accruals.values() if lang == language)


def test_chinese_and_vietnamese_statements_print_names_and_amounts(
    demo_db: Path, tmp_path: Path
) -> None:
    accruals = demo_accruals(demo_db)
    for language, title, decimal_comma in (
        ("zh_CN", "返利对账单", False),
        ("vi", "chiết khấu", True),
    ):
        result = pick(accruals, language)
        out = tmp_path / f"{language}.pdf"
        done = run(
            "--agreement", result.number, "--out", str(out), "--date", "2026-11-02",
            "--db", str(demo_db), data=tmp_path / "data",
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert result.number in done.stdout and str(out) in done.stdout
        text = pdf_text(out)
        name = accruals[result.number][2]
        assert title in text and result.number in text
        assert name in text.replace("\n", " ") or name[:12] in text
        currency = result.terms.currency
        for amount in (
            result.volume_to_date,
            result.accrued_to_date,
            result.settled,
            result.balance_to_date,
            result.projected_rebate,
        ):
            assert printed(amount, currency, decimal_comma) in text, (language, amount)
        if result.distance_to_next_tier is not None:
            assert printed(result.distance_to_next_tier, currency, decimal_comma) in text
        if result.tier_reached is not None:
            assert ("已达到" if language == "zh_CN" else "đã đạt") in text
        # the late-entry rule is the company's own: the app shows it, the customer's
        # statement does not
        assert "逾期录入" not in text and "Nhập trễ" not in text


def test_a_statement_dated_back_into_a_month_leaves_out_that_months_whole_figure(
    demo_db: Path, tmp_path: Path
) -> None:
    # the demo's October figures came in as whole months; a statement dated 10 October,
    # printed after October is over, counts the figures to 30 September
    on = date(2026, 10, 10)
    result = pick(demo_accruals(demo_db), "zh_CN")
    db = open_database(demo_db, create=False)
    try:
        back = RebateAccrualService(db, today=date.today()).accrual(result.facts.agreement_id, on)
        naive = RebateAccrualService(db).accrual(result.facts.agreement_id, on)
    finally:
        db.close()
    assert back.figures_through == date(2026, 9, 30)
    assert back.volume_to_date < naive.volume_to_date
    out = tmp_path / "back.pdf"
    done = run(
        "--agreement", result.number, "--out", str(out), "--date", on.isoformat(),
        "--db", str(demo_db), data=tmp_path / "data",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    currency = result.terms.currency
    assert printed(back.volume_to_date, currency, False) in text
    assert printed(naive.volume_to_date, currency, False) not in text
    assert "2026-09-30" in text or "2026年9月30日" in text, text


def add_active_agreement(demo_db: Path, first, number: str, entered_on: date) -> str:  # type: ignore[no-untyped-def]
    """A second active agreement (1 % from the first unit, July to June) for the account of
    ``first``'s agreement; the account's code."""
    db = open_database(demo_db, create=False)
    try:
        with db.session() as session:
            code = session.get(Account, first.facts.account_id).code
            extra = RebateAgreement(
                number=number,
                account_id=first.facts.account_id,
                kind=RebateKind.WHOLE_VOLUME_TIERS,
                period_start=date(2026, 7, 1),
                period_end=date(2027, 6, 30),
                currency=first.terms.currency,
                category=None,
                signed_on=date(2026, 6, 1),
                entered_on=entered_on,
                status=RebateStatus.ACTIVE,
            )
            extra.tiers = [RebateTier(threshold_amount=Decimal(0), rebate_percent=Decimal(1))]
            session.add(extra)
    finally:
        db.close()
    return code


def test_an_accounts_statement_has_a_page_per_active_agreement(
    demo_db: Path, tmp_path: Path
) -> None:
    accruals = demo_accruals(demo_db)
    first = pick(accruals, "vi")
    account_code = add_active_agreement(demo_db, first, "R-2026-9001", date(2026, 6, 30))
    out = tmp_path / "account.pdf"
    done = run(
        "--account", account_code, "--out", str(out), "--date", "2026-11-02", "--no-chart",
        "--db", str(demo_db), data=tmp_path / "data",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    text = pdf_text(out)
    assert first.number in text and "R-2026-9001" in text
    assert "Trang 2 / 2" in text
    assert "Nhập trễ" not in text  # entered 29 days after signing: flagged in the app only


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (["--agreement", "R-1999-0001"], "no rebate agreement numbered R-1999-0001"),
        (["--account", "NO-SUCH-CODE"], "No account has the code NO-SUCH-CODE"),
        (["--account", "{store}"], "has no active rebate agreement"),
    ],
)
def test_unknown_agreement_or_account_is_a_sentence_and_exit_2(
    demo_db: Path, tmp_path: Path, args: list[str], says: str
) -> None:
    if "{store}" in args:
        db = open_database(demo_db, create=False)
        try:
            with db.session() as session:
                store = session.scalar(
                    select(Account.code)
                    .where(Account.kind == AccountKind.STORE)
                    .order_by(Account.code)
                )
        finally:
            db.close()
        args = [a.replace("{store}", store) for a in args]
    out = tmp_path / "never.pdf"
    done = run(*args, "--out", str(out), "--db", str(demo_db), data=tmp_path / "data")
    assert done.returncode == 2, done.stderr
    assert says in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()


def test_a_missing_database_is_exit_2(tmp_path: Path) -> None:
    missing = tmp_path / "missing.acctdb"
    done = run(
        "--agreement", "R-2026-0001", "--out", str(tmp_path / "x.pdf"), "--db", str(missing),
        data=tmp_path / "data",
    )  # fmt: skip
    assert done.returncode == 2 and "does not exist" in done.stderr
    assert not missing.exists()


def run_in(language: str, *args: str, data: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "ACCT_DESKTOP_DATA_DIR": str(data), "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "acct_desktop", "--lang", language, "rebate", "statement", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=ROOT,
    )


def test_refusals_and_the_done_line_speak_dutch_with_dutch_dates(
    demo_db: Path, tmp_path: Path
) -> None:
    data, out = tmp_path / "data", tmp_path / "nl.pdf"
    for args, says in (
        (["--agreement", "R-2099-0001"], "Er is geen bonusovereenkomst met nummer R-2099-0001."),
        (["--account", "NL999999"], "Geen klant heeft de code NL999999."),
    ):
        refused = run_in("nl", *args, "--out", str(out), "--db", str(demo_db), data=data)
        assert refused.returncode == 2 and says in refused.stderr, refused.stderr
    dutch = next(r for r, lang, _ in demo_accruals(demo_db).values() if lang == "nl")
    done = run_in(
        "nl", "--agreement", dutch.number, "--date", "2026-11-02", "--out", str(out),
        "--db", str(demo_db), data=data,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "bonusoverzicht op 02-11-2026" in done.stdout and "2026-11-02" not in done.stdout


def test_an_account_without_active_agreements_is_refused_in_a_sentence(demo_db: Path) -> None:
    from acct_desktop.services.rebate_statement import RebateStatementService, StatementNotFound

    db = open_database(demo_db, create=False)
    try:
        with db.session() as session:
            code = session.scalar(
                select(Account.code)
                .where(~Account.id.in_(select(RebateAgreement.account_id)))
                .order_by(Account.code)
            )
        with pytest.raises(StatementNotFound) as refused:
            RebateStatementService(db).content_for_account(code, DEMO_TODAY)
    finally:
        db.close()
    sentence = refused.value.args[0]
    assert sentence.template == "The account %1 has no active rebate agreement."
    assert sentence.args == (code,)


def test_an_agreements_statement_is_named_by_its_number_and_leaves_the_accounts_alone(
    demo_db: Path, tmp_path: Path
) -> None:
    """Both used to be rebate-statement-<account>-<day>.pdf: the second overwrote the first."""
    accrual = pick(demo_accruals(demo_db), "vi")
    db = open_database(demo_db, create=False)
    try:
        with db.session() as session:
            code = session.get(Account, accrual.facts.account_id).code
    finally:
        db.close()
    folder, day = tmp_path / "stmt", "2026-11-02"
    common = ("--out", f"{folder}{os.sep}", "--date", day, "--no-chart", "--db", str(demo_db))
    one = run("--agreement", accrual.number, *common, data=tmp_path / "data")
    assert one.returncode == 0, one.stderr
    mine = folder / f"rebate-statement-{accrual.number}-{day}.pdf"
    assert str(mine) in one.stdout
    written = mine.read_bytes()
    every = run("--account", code, *common, data=tmp_path / "data")
    assert every.returncode == 0, every.stderr
    assert (folder / f"rebate-statement-{code}-{day}.pdf").is_file()
    assert mine.read_bytes() == written


def test_a_chinese_statement_lists_and_brackets_the_chinese_way(
    demo_db: Path, tmp_path: Path
) -> None:
    """ "（R-2026-0004, R-2026-0015）" and the footer's "(CN000048)" were Latin marks in
    Chinese text: 、 between the numbers, full-width brackets around the code."""
    first = pick(demo_accruals(demo_db), "zh_CN")
    code = add_active_agreement(demo_db, first, "R-2026-9002", date(2026, 6, 3))
    out = tmp_path / "zh.pdf"
    done = run_in(
        "zh", "--account", code, "--date", "2026-11-02", "--no-chart", "--out", str(out),
        "--db", str(demo_db), data=tmp_path / "data",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "R-2026-9002" in done.stdout and "、" in done.stdout
    assert ", R-" not in done.stdout and "R-2026-9002, " not in done.stdout
    text = pdf_text(out)
    assert f"（{code}）" in text and f"({code})" not in text
