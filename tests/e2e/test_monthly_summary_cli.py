"""``acct-desktop print monthly-summary`` in a subprocess on the S demo, read back with pypdf."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from acct_desktop.domain.money import round_money
from acct_desktop.domain.number_marks import format_number
from acct_desktop.reporting.document_labels import format_month
from acct_desktop.services.monthly_commentary import MonthlyCommentaryService
from acct_desktop.services.sales_report import (
    GroupBy,
    SalesQuery,
    resolve_territory,
    sales_report,
)
from acct_desktop.store.database import open_database
from acct_desktop.store.models import SalesFact

ROOT = Path(__file__).resolve().parents[2]
OCTOBER = date(2026, 10, 1)
PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(not PDFTOTEXT, reason="poppler-utils (pdftotext) missing")


def pdftotext(pdf: Path) -> str:
    """The PDF's text as poppler reads it, whitespace runs made one space."""
    done = subprocess.run(
        [str(PDFTOTEXT), "-enc", "UTF-8", str(pdf), "-"],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return " ".join(done.stdout.decode("utf-8").split())


def print_summary(
    *args: str, db: Path, app_wide: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    """``acct-desktop [app_wide] print monthly-summary --db DB [args]``."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    command = [*app_wide, "print", "monthly-summary", "--db", str(db), *args]
    return subprocess.run(
        [sys.executable, "-m", "acct_desktop", *command],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=180,
        env=env,
        cwd=ROOT,
    )


def october_sell_in(db_path: Path, territory: str) -> Decimal:
    db = open_database(db_path, create=False)
    try:
        query = SalesQuery(
            GroupBy.MONTH,
            first=OCTOBER,
            last=date(2026, 10, 31),
            territory_id=resolve_territory(db, territory),
        )
        (row,) = sales_report(db, query).rows
        MonthlyCommentaryService(db).save_commentary(
            OCTOBER,
            resolve_territory(db, territory),
            "overview",
            "Tháng 10: đạt kế hoạch — 超额完成",
        )
        return row.amount
    finally:
        db.close()


def test_a_territorys_month_prints_in_vietnamese_with_exact_figures(
    demo_db: Path, tmp_path: Path
) -> None:
    sell_in = october_sell_in(demo_db, "VN-01")
    done = print_summary(
        "--month",
        "2026-10",
        "--territory",
        "VN-01",
        "--lang",
        "vi",
        "--out",
        str(tmp_path),
        db=demo_db,
    )
    assert done.returncode == 0, done.stderr
    out = Path(done.stdout.strip())
    assert out.name == "monthly-summary-2026-10-VN-01.pdf"
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert format_number("vi", round_money(sell_in, "VND")) in text  # 91.523.940.876-style
    for words in ("Báo cáo tổng kết tháng", "Tháng 10/2026", "Miền Bắc", "Trang 1/"):
        assert words in text
    assert "Tháng 10: đạt kế hoạch — 超额完成" in text
    for page in reader.pages:  # the charts are drawn, not pasted in as pictures
        xobjects = page["/Resources"].get("/XObject")
        assert not xobjects or not any(
            x.get_object().get("/Subtype") == "/Image" for x in xobjects.get_object().values()
        )


def test_bad_month_or_territory_is_refused_in_one_sentence(demo_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "summary.pdf"
    for args, words in (
        (("--month", "2026/10"), "--month must be a month like 2026-10, not '2026/10'."),
        (("--month", "2026-13"), "--month 2026-13: there is no month 13; months are 1 to 12."),
        (("--month", "2026-00"), "--month 2026-00: there is no month 0; months are 1 to 12."),
        (("--month", "2026-10", "--territory", "XX"), "No territory has the code XX."),
    ):
        done = print_summary(*args, "--out", str(out), db=demo_db)
        assert done.returncode == 2, done.stderr
        assert words in done.stderr and "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
    assert not out.exists()


def test_a_month_that_has_not_begun_is_refused_and_nothing_is_written(
    demo_db: Path, tmp_path: Path
) -> None:
    """A year typed wrong (2027-10 for 2026-10) wrote a 3-page summary of nothing, exit 0."""
    this_month = date.today().replace(day=1)
    next_month = (this_month + timedelta(days=31)).replace(day=1)
    next_year = this_month.replace(year=this_month.year + 1)
    for month in (next_month, next_year):
        out = tmp_path / f"{month:%Y-%m}.pdf"
        done = print_summary("--month", f"{month:%Y-%m}", "--out", str(out), db=demo_db)
        assert done.returncode == 2, done.stderr
        named = format_month("en", month)  # "December 2026"
        assert f"error: {named} has not begun yet (today is {date.today()})" in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
        assert not out.exists()


@needs_pdftotext
def test_this_month_prints_to_date(demo_db: Path, tmp_path: Path) -> None:
    month = f"{date.today():%Y-%m}"
    done = print_summary("--month", month, "--out", str(tmp_path), db=demo_db)
    assert done.returncode == 0, done.stderr
    text = pdftotext(Path(done.stdout.strip()))
    assert "targets to date" in text or "no figures yet (month in progress)" in text


@needs_pdftotext
def test_the_app_wide_lang_reaches_the_pdf_and_the_commands_own_lang_wins(
    demo_db: Path, tmp_path: Path
) -> None:
    """``acct-desktop --lang zh print monthly-summary`` spoke Chinese and printed English."""
    common = ("--month", "2026-10", "--territory", "CN-01")
    chinese = print_summary(
        *common, "--out", str(tmp_path / "zh.pdf"), db=demo_db, app_wide=("--lang", "zh")
    )
    assert chinese.returncode == 0, chinese.stderr
    text = pdftotext(tmp_path / "zh.pdf")
    assert "月度总结" in text and "2026年10月" in text and "Monthly summary" not in text
    dutch = print_summary(
        *common,
        "--lang",
        "nl",
        "--out",
        str(tmp_path / "nl.pdf"),
        db=demo_db,
        app_wide=("--lang", "zh"),
    )
    assert dutch.returncode == 0, dutch.stderr
    assert "Maandrapportage" in pdftotext(tmp_path / "nl.pdf")
    english = print_summary(*common, "--out", str(tmp_path / "en.pdf"), db=demo_db)
    assert english.returncode == 0, english.stderr  # no --lang, a C locale: English
    assert "Monthly summary" in pdftotext(tmp_path / "en.pdf")


def test_out_ending_in_a_separator_is_a_folder_even_before_it_exists(
    demo_db: Path, tmp_path: Path
) -> None:
    """``--out r07-out/`` wrote a PDF file named r07-out."""
    folder = tmp_path / "r07-out"
    done = print_summary(
        "--month", "2026-10", "--territory", "CN-01", "--out", f"{folder}{os.sep}", db=demo_db
    )
    assert done.returncode == 0, done.stderr
    assert folder.is_dir()
    written = folder / "monthly-summary-2026-10-CN-01.pdf"
    assert Path(done.stdout.strip()) == written
    assert written.read_bytes().startswith(b"%PDF")


def test_a_month_without_figures_is_refused_naming_where_figures_are(
    demo_db: Path, tmp_path: Path
) -> None:
    """The demo's figures start in November 2024: its May printed a plausible summary of
    nothing, exit 0. Refused in one sentence, for everything and for one territory."""
    out = tmp_path / "may.pdf"
    for args, where in (((), "May 2024"), (("--territory", "CN-01"), "May 2024 in territory ")):
        done = print_summary("--month", "2024-05", *args, "--out", str(out), db=demo_db)
        assert done.returncode == 2, done.stderr
        assert done.stderr.startswith(f"error: No sales figures were imported for {where}")
        assert "the nearest month with figures is November 2024." in done.stderr
        assert (
            "Import the month first (acct-desktop import sales FILE --db DB), or pass "
            "--allow-empty to print it anyway." in done.stderr
        )
        assert len(done.stderr.strip().splitlines()) == 1 and "Traceback" not in done.stderr
        assert not out.exists() and done.stdout == ""
    dutch = print_summary(
        "--month", "2024-05", "--out", str(out), db=demo_db, app_wide=("--lang", "nl")
    )
    assert dutch.returncode == 2 and "mei 2024" in dutch.stderr and "november 2024" in dutch.stderr


@needs_pdftotext
def test_allow_empty_prints_the_month_saying_on_page_one_that_nothing_was_imported(
    demo_db: Path, tmp_path: Path
) -> None:
    """A month between months with figures (May 2026's taken out), its targets still there:
    printed only with --allow-empty, and then page 1 says no figures were imported — not
    zero actuals against the plan."""
    db = open_database(demo_db, create=False)
    try:
        with db.session() as session:
            session.query(SalesFact).filter(
                SalesFact.period >= date(2026, 5, 1), SalesFact.period < date(2026, 6, 1)
            ).delete()
    finally:
        db.close()
    out = tmp_path / "may.pdf"
    refused = print_summary("--month", "2026-05", "--out", str(out), db=demo_db)
    assert refused.returncode == 2 and not out.exists()
    assert "the nearest months with figures are April 2026 and June 2026." in refused.stderr
    done = print_summary("--month", "2026-05", "--allow-empty", "--out", str(out), db=demo_db)
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()) == out
    first_page = " ".join(
        subprocess.run(
            [str(PDFTOTEXT), "-enc", "UTF-8", "-f", "1", "-l", "1", str(out), "-"],
            capture_output=True,
            check=True,
            timeout=60,
        )
        .stdout.decode("utf-8")
        .split()
    )
    assert "No sales figures were imported for May 2026." in first_page
    assert "not imported" in first_page  # where the actuals stand, not 0.00
    assert "0.0%" not in first_page  # no month at 0 % of its target
    vietnamese = print_summary(
        "--month", "2026-05", "--allow-empty", "--lang", "vi", "--out", str(tmp_path / "vi.pdf"),
        db=demo_db,
    )  # fmt: skip
    assert vietnamese.returncode == 0, vietnamese.stderr
    assert "Chưa nhập số liệu bán hàng nào cho tháng 5/2026." in pdftotext(tmp_path / "vi.pdf")
