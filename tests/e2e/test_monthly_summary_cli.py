"""``acct-desktop print monthly-summary`` in a subprocess on the S demo, read back with pypdf."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader

from acct_desktop.domain.money import round_money
from acct_desktop.reporting.document_labels import format_number
from acct_desktop.services.monthly_commentary import MonthlyCommentaryService
from acct_desktop.services.sales_report import (
    GroupBy,
    SalesQuery,
    resolve_territory,
    sales_report,
)
from acct_desktop.store.database import open_database

ROOT = Path(__file__).resolve().parents[2]
OCTOBER = date(2026, 10, 1)


def print_summary(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "acct_desktop", "print", "monthly-summary", "--db", str(db), *args],
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
        (("--month", "2026/10"), "The month must look like 2026-10"),
        (("--month", "2026-10", "--territory", "XX"), "No territory has the code XX."),
    ):
        done = print_summary(*args, "--out", str(out), db=demo_db)
        assert done.returncode == 2, done.stderr
        assert words in done.stderr and "Traceback" not in done.stderr
        assert len(done.stderr.strip().splitlines()) == 1
    assert not out.exists()
