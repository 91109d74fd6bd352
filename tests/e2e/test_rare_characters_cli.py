"""Rare characters of names (𠮷 U+20BB7 in CJK Extension B, 鿍 U+9FCD) on a printed
PDF: drawn in a fallback font the computer has (fonts-hanazono here), embedded as a
subset; with no font for them, a □ in their place and a warning on stderr — never a name
printed short ("野家润滑油总部", "王")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from acct_desktop.domain.enums import VisitStatus
from acct_desktop.services.manager_profile import ManagerProfile, save_manager_profile
from acct_desktop.store import models as m
from acct_desktop.store.database import open_database

FALLBACK_ENV = "ACCT_DESKTOP_PDF_FALLBACK_FONTS"
DAY = "2026-11-03"  # the demo plans visits on the days after its today (2026-11-02)
ACCOUNT, GARAGE, CONTACT, MANAGER = "𠮷野家润滑油总部", "佛山鿍记车行", "王鿍", "黄𠮷"


@pytest.fixture
def rare_names(demo_db: Path, isolated_user: object) -> str:
    """The account of the day's first visit is called 𠮷野家润滑油总部, its contacts 王鿍,
    the manager 黄𠮷 of 佛山鿍记车行; the account's code."""
    save_manager_profile(ManagerProfile(MANAGER, GARAGE, "+86 20 1234 5678"))
    db = open_database(demo_db)
    try:
        with db.session() as session:
            visit = session.scalars(
                select(m.Visit)
                .where(m.Visit.status == VisitStatus.PLANNED)
                .order_by(m.Visit.planned_start)
                .limit(1)
            ).one()
            account = session.get(m.Account, visit.account_id)
            account.name = ACCOUNT
            for contact in session.scalars(
                select(m.Contact).where(m.Contact.account_id == account.id)
            ):
                contact.name = CONTACT
            day = visit.planned_start.date().isoformat()
            code = account.code
    finally:
        db.close()
    assert day == DAY
    return code


def print_sheets(code: str, db: Path, out: Path, **env: str) -> subprocess.CompletedProcess[str]:
    command = ("print", "visit-sheets", "--date", DAY, "--account", code)
    options = ("--route-language", "zh", "--tz", "UTC", "--out", str(out), "--db", str(db))
    return subprocess.run(
        [sys.executable, "-m", "acct_desktop", *command, *options],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, **env},
    )


def squashed_text(pdf: Path) -> str:
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return "".join(text.split())


def test_rare_characters_print_in_a_fallback_font(
    rare_names: str, demo_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "sheets.pdf"
    done = print_sheets(rare_names, demo_db, out)
    assert done.returncode == 0, done.stderr
    assert "warning" not in done.stderr and "□" not in done.stderr
    text = squashed_text(out)
    for name in (ACCOUNT, CONTACT, MANAGER):  # route sheet, visit sheet, footer
        assert name in text, name
    assert "□" not in text
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
    # the fallback is embedded as a subset (emb, sub, uni), as the primary font is
    fallback = [line for line in fonts.splitlines() if "HanaMin" in line]
    assert fallback, f"no fallback font in the PDF (is fonts-hanazono installed?)\n{fonts}"
    assert all(line.split()[-5:-2] == ["yes", "yes", "yes"] for line in fallback), fonts


def test_without_a_font_for_them_a_box_is_printed_and_the_command_warns(
    rare_names: str, demo_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "sheets.pdf"
    done = print_sheets(rare_names, demo_db, out, **{FALLBACK_ENV: str(tmp_path / "no.ttf")})
    assert done.returncode == 0, done.stderr  # the sheets are printed all the same
    assert done.stdout.strip() == str(out)
    warning = done.stderr.strip()
    assert warning.startswith("warning: These characters could not be printed"), warning
    assert ": 鿍 𠮷." in warning and FALLBACK_ENV in warning and "fonts-hanazono" in warning
    assert len(warning.splitlines()) == 1 and "Traceback" not in warning
    text = squashed_text(out)
    assert "□野家润滑油总部" in text and "王□" in text and "黄□" in text  # nothing left out
