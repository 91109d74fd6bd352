"""``quotes list``, ``print quote`` and ``print order`` in a subprocess on the S demo."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader

from acct_desktop.services.manager_profile import (
    ManagerProfile,
    profile_path,
    save_manager_profile,
)

SELLER = ManagerProfile("李伟", "Acme 润滑油", "+86 20 1234 5678", "li.wei@acme.example")


@pytest.fixture(autouse=True)
def seller(isolated_user: object) -> ManagerProfile:
    """My details are filled in (in the data folder the subprocess inherits)."""
    save_manager_profile(SELLER)
    return SELLER


def cli(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "acct_desktop", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def test_list_print_quote_and_order(demo_db: Path, tmp_path: Path) -> None:
    db = str(demo_db)
    listed = cli("quotes", "list", "--status", "ordered", "--json", "--db", db, cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    assert rows and all(row["status"] == "ordered" for row in rows)
    number = rows[0]["number"]

    quote = cli(
        "print", "quote", number, "--out", str(tmp_path / "q.pdf"), "--db", db, cwd=tmp_path
    )
    assert quote.returncode == 0, quote.stderr
    order = cli("print", "order", number, "--out", str(tmp_path), "--db", db, cwd=tmp_path)
    assert order.returncode == 0, order.stderr
    written = Path(order.stdout.strip())
    assert written.parent == tmp_path and written.name.startswith("OC-")
    text = "".join(page.extract_text() for page in PdfReader(written).pages)
    assert number in text  # the order names the quote it confirms
    quote_text = "".join(page.extract_text() for page in PdfReader(tmp_path / "q.pdf").pages)
    assert number in quote_text


def test_unknown_numbers_and_accounts_are_refused_in_a_sentence(
    demo_db: Path, tmp_path: Path
) -> None:
    db = str(demo_db)
    missing = cli("print", "quote", "Q-2026-ZZZ-99999", "--out", "x.pdf", "--db", db, cwd=tmp_path)
    assert missing.returncode == 2
    assert "No quote has the number" in missing.stderr and "Traceback" not in missing.stderr
    account = cli("quotes", "list", "--account", "NOPE", "--db", db, cwd=tmp_path)
    assert account.returncode == 2 and "No account has the code" in account.stderr
    rows = json.loads(cli("quotes", "list", "--json", "--db", db, cwd=tmp_path).stdout)
    unordered = next(r for r in rows if r["status"] not in ("ordered",))
    no_order = cli(
        "print", "order", unordered["number"], "--out", "o.pdf", "--db", db, cwd=tmp_path
    )
    assert no_order.returncode == 2 and "no order confirmation" in no_order.stderr
    assert not (tmp_path / "o.pdf").exists()


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) missing")
def test_the_printed_total_is_the_listed_quote_plus_tax(demo_db: Path, tmp_path: Path) -> None:
    db = str(demo_db)
    rows = json.loads(cli("quotes", "list", "--json", "--db", db, cwd=tmp_path).stdout)
    row = next(r for r in rows if r["currency"] == "EUR")
    out = tmp_path / "q.pdf"
    assert (
        cli("print", "quote", row["number"], "--out", str(out), "--db", db, cwd=tmp_path).returncode
        == 0
    )
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True
    ).stdout
    subtotal = f"{float(row['net_total']):,.2f}"
    assert subtotal.replace(",", "X").replace(".", ",").replace("X", ".") in text


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) missing")
def test_the_listed_net_total_is_the_net_amount_the_pdf_prints(
    demo_db: Path, tmp_path: Path
) -> None:
    """Issue s18-8: ``quotes list`` gave the lines' sum before the quote's 2 % discount."""
    from decimal import Decimal

    from sqlalchemy import select

    from acct_desktop.store.database import open_database
    from acct_desktop.store.models import Quote

    db = str(demo_db)
    rows = json.loads(cli("quotes", "list", "--json", "--db", db, cwd=tmp_path).stdout)
    row = next(r for r in rows if r["currency"] == "EUR" and r["lines"] and r["revision"] == 1)
    before = Decimal(row["net_total"])
    database = open_database(demo_db)
    with database.session() as session:
        quote = session.scalars(select(Quote).where(Quote.number == row["number"])).one()
        quote.quote_discount_percent = Decimal(2)
    database.close()
    rows = json.loads(cli("quotes", "list", "--json", "--db", db, cwd=tmp_path).stdout)
    net = Decimal(next(r for r in rows if r["number"] == row["number"])["net_total"])
    assert net == before - (before * 2 / 100).quantize(Decimal("0.01"))
    out = tmp_path / "q.pdf"
    printed = cli("print", "quote", row["number"], "--out", str(out), "--db", db, cwd=tmp_path)
    assert printed.returncode == 0, printed.stderr
    text = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True
    ).stdout
    english = f"{net:,.2f}"  # the customer's language writes it (Dutch 1.234,56)
    dutch = english.replace(",", "X").replace(".", ",").replace("X", ".")
    net_line = next(ln for ln in text.splitlines() if english in ln or dutch in ln)
    assert any(word in net_line for word in ("Net amount", "Nettobedrag", "Sau chiết khấu"))


def test_a_quote_is_refused_until_my_details_name_its_seller(demo_db: Path, tmp_path: Path) -> None:
    profile_path().unlink()  # a manager who never filled in My details
    db = str(demo_db)
    number = json.loads(cli("quotes", "list", "--json", "--db", db, cwd=tmp_path).stdout)[0][
        "number"
    ]
    out = tmp_path / "q.pdf"
    refused = cli("print", "quote", number, "--out", str(out), "--db", db, cwd=tmp_path)
    assert refused.returncode == 2 and refused.stdout == ""
    assert "not printed without their seller" in refused.stderr
    assert "acct-desktop manager --name" in refused.stderr  # the command that mends it
    assert "Traceback" not in refused.stderr and not out.exists()

    named = cli("manager", "--name", "李伟", "--organisation", "Acme 润滑油", cwd=tmp_path)
    assert named.returncode == 0, named.stderr
    printed = cli("print", "quote", number, "--out", str(out), "--db", db, cwd=tmp_path)
    assert printed.returncode == 0, printed.stderr
    text = "".join(page.extract_text() for page in PdfReader(out).pages)
    assert "李伟" in text and "Acme 润滑油" in text


def revise_a_sent_quote(db: Path) -> tuple[str, int]:
    """A quote sent and valid into next year (the demo's sent quotes have lapsed by the
    time the tests run) revised into a new revision: its number and that revision."""
    from datetime import date

    from acct_desktop.app import open_workspace
    from acct_desktop.domain.enums import QuoteStatus
    from acct_desktop.store.models import Quote

    workspace = open_workspace(str(db), create=False)
    try:
        with workspace.db.session() as session:
            quote = (
                session.query(Quote)
                .filter(Quote.status == QuoteStatus.EXPIRED, Quote.revision == 1)
                .order_by(Quote.number)
                .first()
            )
            quote.status, quote.valid_until = QuoteStatus.SENT, date(2027, 1, 31)
            quote_id = quote.id
        view = workspace.quote_lifecycle.revise(quote_id)
        return view.number, view.revision
    finally:
        workspace.close()


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) missing")
def test_a_revised_quote_is_listed_and_printed_as_replaced(demo_db: Path, tmp_path: Path) -> None:
    """QA zh: after revising sent Q-…-00002 into R2, ``quotes list --status sent`` still
    listed R1 as sent and its PDF did not say it was replaced."""
    number, latest = revise_a_sent_quote(demo_db)
    db = str(demo_db)
    assert latest == 2
    old = number
    sent = json.loads(cli("quotes", "list", "--status", "sent", "--json", "--db", db,
                          cwd=tmp_path).stdout)  # fmt: skip
    assert number not in {row["number"] for row in sent}  # R1 is no longer sent, R2 a draft
    replaced = json.loads(cli("quotes", "list", "--status", "replaced", "--json", "--db", db,
                              cwd=tmp_path).stdout)  # fmt: skip
    row = next(r for r in replaced if r["number"] == number)
    assert (row["revision"], row["status"], row["replaced_by"]) == (latest - 1, "replaced", latest)
    listed = cli("quotes", "list", "--db", db, cwd=tmp_path).stdout
    assert f"replaced by R{latest}" in next(
        line for line in listed.splitlines() if line.split()[1:2] != ["R2"] and line.startswith(old)
    )
    old = f"{number} R1"  # print quote NUMBER prints the latest revision
    out = tmp_path / "old.pdf"
    printed = cli("print", "quote", old, "--out", str(out), "--db", db, cwd=tmp_path)
    assert printed.returncode == 0, printed.stderr
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                          text=True, check=True).stdout  # fmt: skip
    assert "已被 R2 取代" in text  # the customer's document language: zh
    current = tmp_path / "current.pdf"
    assert cli("print", "quote", number, "--out", str(current), "--db", db,
               cwd=tmp_path).returncode == 0  # fmt: skip
    current_text = subprocess.run(["pdftotext", "-layout", str(current), "-"],
                                  capture_output=True, text=True, check=True).stdout  # fmt: skip
    assert "取代" not in current_text and f"本版替代 {old}" in current_text
    # a Chinese customer's quote: the tax is 增值税, the total in capitals, the note says
    # which figures exclude the tax (QA zh: "以上价格以CNY计，不含税。" under a gross total)
    assert "增值税（税率" in current_text and "人民币（大写）：" in current_text
    assert "合计含增值税" in current_text


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) missing")
def test_a_revision_is_printed_however_it_is_written(demo_db: Path, tmp_path: Path) -> None:
    """QA zh: ``print quote Q-… R1`` (unquoted, as the README writes it) was refused by
    argparse and ``Q-…-R1`` (the file name's form) was not found."""
    number, latest = revise_a_sent_quote(demo_db)
    db = str(demo_db)
    for n, written in enumerate(
        ([number, "R1"], [number, "1"], [f"{number}-R1"], [f"{number} R1"])
    ):
        out = tmp_path / f"r{n}.pdf"
        printed = cli("print", "quote", *written, "--out", str(out), "--db", db, cwd=tmp_path)
        assert printed.returncode == 0, (written, printed.stderr)
        text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True,
                              text=True, check=True).stdout  # fmt: skip
        assert f"已被 R{latest} 取代" in text, written  # R1, not the latest
    latest_out = tmp_path / "latest.pdf"
    printed = cli("print", "quote", f"{number}-R{latest}", "--out", str(latest_out), "--db", db,
                  cwd=tmp_path)  # fmt: skip
    assert printed.returncode == 0 and "取代" not in subprocess.run(
        ["pdftotext", str(latest_out), "-"], capture_output=True, text=True, check=True
    ).stdout.replace(f"本版替代 {number} R1", "")
    refused = cli("print", "quote", number, "RX", "--out", "x.pdf", "--db", db, cwd=tmp_path)
    assert refused.returncode == 2 and "Traceback" not in refused.stderr and "R2" in refused.stderr
