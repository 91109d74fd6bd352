"""Printing, sealing and verifying checklists from the command line, as a user would."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from acct_desktop.services.checklists import ChecklistIssuer
from acct_desktop.services.manager_profile import ManagerProfile
from acct_desktop.services.seal_keys import SealKeyStore
from acct_desktop.services.sealing import verify_pdf
from acct_desktop.store.database import open_database
from acct_desktop.store.models import IssueChecklist

ROOT = Path(__file__).resolve().parents[2]


def run(
    *args: str,
    data: Path,
    keyring_file: Path | None = None,
    extra_env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        **(extra_env or {}),
        "ACCT_DESKTOP_DATA_DIR": str(data),
        "PYTHONPATH": str(ROOT),
        "PYTHON_KEYRING_BACKEND": "tests.e2e.file_keyring.FileKeyring",
        "ACCT_TEST_KEYRING_FILE": str(keyring_file or data.parent / f"{data.name}-keyring.json"),
    }
    return subprocess.run(
        [sys.executable, "-m", "acct_desktop", *args],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
        cwd=ROOT,
    )


def chinese_account(db: Path) -> tuple[str, list[str]]:
    with sqlite3.connect(db) as connection:
        code = connection.execute(
            "SELECT a.code FROM account a JOIN customer_issue i ON i.account_id = a.id "
            "WHERE a.document_language = 'zh_CN' AND i.status IN ('open', 'in_progress') "
            "GROUP BY a.code ORDER BY count(*) DESC, a.code LIMIT 1"
        ).fetchone()[0]
        numbers = [
            row[0]
            for row in connection.execute(
                "SELECT i.number FROM customer_issue i JOIN account a ON a.id = i.account_id "
                "WHERE a.code = ? AND i.status IN ('open', 'in_progress') ORDER BY i.number",
                (code,),
            )
        ]
    return code, numbers


@pytest.fixture
def manager(tmp_path: Path) -> Path:
    data = tmp_path / "li-wei"
    result = run(
        "manager",
        "--name",
        "李伟",
        "--organisation",
        "Acme 润滑油",
        "--email",
        "li@acme.cn",
        data=data,
    )
    assert result.returncode == 0, result.stderr
    assert "李伟" in result.stdout
    return data


def test_print_checklist_seals_it_and_verify_says_intact(demo_db, manager, tmp_path) -> None:
    code, numbers = chinese_account(demo_db)
    out = tmp_path / "out" / "checklist.pdf"
    printed = run(
        "print",
        "checklist",
        "--account",
        code,
        "--out",
        str(out),
        "--db",
        str(demo_db),
        data=manager,
    )
    assert printed.returncode == 0, printed.stderr
    assert "CL-" in printed.stdout and "sealed" in printed.stdout
    assert out.read_bytes().startswith(b"%PDF-")
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert all(number in text for number in numbers)

    verified = run("verify", str(out), "--db", str(demo_db), data=manager)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "Sealed and intact" in verified.stdout and "李伟" in verified.stdout
    assert "issued from this database" in verified.stdout

    tampered = tmp_path / "tampered.pdf"
    data = bytearray(out.read_bytes())
    data[len(data) // 2] ^= 0x20
    tampered.write_bytes(bytes(data))
    changed = run("verify", str(tampered), data=manager)
    assert changed.returncode == 3 and "Modified after sealing" in changed.stdout

    appended = tmp_path / "appended.pdf"
    appended.write_bytes(out.read_bytes() + b"\n% a line added later\n")
    assert run("verify", str(appended), data=manager).returncode == 3


def test_only_the_chosen_issues_are_listed(demo_db, manager, tmp_path) -> None:
    code, numbers = chinese_account(demo_db)
    out = tmp_path / "two.pdf"
    chosen = ",".join(numbers[:2])
    result = run(
        "print",
        "checklist",
        "--account",
        code,
        "--issues",
        chosen,
        "--out",
        str(out),
        "--db",
        str(demo_db),
        data=manager,
    )
    assert result.returncode == 0, result.stderr
    assert "2 issue(s)" in result.stdout
    missing = run(
        "print",
        "checklist",
        "--account",
        code,
        "--issues",
        "IS-1999-00001",
        "--out",
        str(out),
        "--db",
        str(demo_db),
        data=manager,
    )
    assert missing.returncode == 2 and "IS-1999-00001" in missing.stderr


def test_someone_elses_seal_is_unknown_until_their_certificate_is_trusted(
    demo_db, manager, tmp_path
) -> None:
    code, _ = chinese_account(demo_db)
    out = tmp_path / "checklist.pdf"
    run(
        "print",
        "checklist",
        "--account",
        code,
        "--out",
        str(out),
        "--db",
        str(demo_db),
        data=manager,
    )
    head_office = tmp_path / "head-office"
    unknown = run("verify", str(out), data=head_office)
    assert unknown.returncode == 5 and "unknown key" in unknown.stdout
    certificate = tmp_path / "li-wei.pem"
    exported = run("seal", "export", "--out", str(certificate), data=manager)
    assert exported.returncode == 0 and "fingerprint" in exported.stdout.lower()
    trusted = run("seal", "trust", str(certificate), data=head_office)
    assert trusted.returncode == 0 and "李伟" in trusted.stdout
    assert run("verify", str(out), data=head_office).returncode == 0
    listed = run("seal", "list", data=head_office)
    assert "Trusted:" in listed.stdout and "李伟" in listed.stdout


def test_verify_names_unsealed_and_unreadable_files(tmp_path) -> None:
    data = tmp_path / "user"
    plain = tmp_path / "plain.pdf"
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(plain))
    canvas.drawString(72, 720, "not sealed")
    canvas.save()
    unsealed = run("verify", str(plain), data=data)
    assert unsealed.returncode == 4 and "Not sealed" in unsealed.stdout
    picture = tmp_path / "scan.jpg"
    picture.write_bytes(b"\xff\xd8\xff\xe0 not a pdf")
    unreadable = run("verify", str(picture), data=data)
    assert unreadable.returncode == 6 and "Traceback" not in unreadable.stderr
    gone = run("verify", str(tmp_path / "missing.pdf"), data=data)
    assert gone.returncode == 6 and "could not be read" in gone.stderr


def test_without_a_keyring_nothing_is_issued_and_the_user_is_told_why(
    demo_db, manager, tmp_path
) -> None:
    code, _ = chinese_account(demo_db)
    out = tmp_path / "never.pdf"
    env_backend = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "acct_desktop",
            "print",
            "checklist",
            "--account",
            code,
            "--out",
            str(out),
            "--db",
            str(demo_db),
        ],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=ROOT,
        env={**os.environ, "ACCT_DESKTOP_DATA_DIR": str(manager), **env_backend},
    )
    assert result.returncode == 2, result.stdout + result.stderr
    assert "keyring" in result.stderr.lower() and "Traceback" not in result.stderr
    assert not out.exists()
    with sqlite3.connect(demo_db) as connection:
        assert connection.execute("SELECT count(*) FROM issue_checklist").fetchone()[0] == 0


def test_without_my_details_the_command_says_how_to_set_them(demo_db, tmp_path) -> None:
    code, _ = chinese_account(demo_db)
    result = run(
        "print",
        "checklist",
        "--account",
        code,
        "--out",
        str(tmp_path / "x.pdf"),
        "--db",
        str(demo_db),
        data=tmp_path / "nobody",
    )
    assert result.returncode == 2 and "acct-desktop manager" in result.stderr


def test_verifying_a_replaced_revision_says_it_was_replaced_and_still_exits_intact(
    demo_db, manager, tmp_path
) -> None:
    code, _ = chinese_account(demo_db)
    out = tmp_path / "r1.pdf"
    printed = run(
        "print", "checklist", "--account", code, "--out", str(out), "--db", str(demo_db),
        data=manager,
    )  # fmt: skip
    assert printed.returncode == 0, printed.stderr
    db = open_database(str(demo_db))
    try:
        issuer = ChecklistIssuer(db)
        with db.session() as session:
            r1 = session.scalar(select(IssueChecklist.id))
        r2 = issuer.reissue(
            r1,
            ManagerProfile("李伟", "Acme 润滑油", email="li@acme.cn"),
            SealKeyStore(tmp_path / "k"),
        )
    finally:
        db.close()
    verified = run("--lang", "en", "verify", str(out), "--db", str(demo_db), data=manager)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "Sealed and intact" in verified.stdout
    assert f"no longer current: it was replaced by {r2.reference}, issued on" in verified.stdout


def test_when_the_keyring_lost_the_passphrase_seal_new_key_lets_you_print_again(
    demo_db, manager, tmp_path
) -> None:
    """The refusal said "Create a new seal key", but no command or menu item did that."""
    code, _ = chinese_account(demo_db)
    old, new = tmp_path / "old.pdf", tmp_path / "new.pdf"
    printing = ["print", "checklist", "--account", code, "--db", str(demo_db), "--out"]
    assert run(*printing, str(old), data=manager).returncode == 0
    empty_keyring = tmp_path / "another-session-keyring.json"  # the passphrase is gone

    printing.insert(2, "--new")  # a second checklist of the same issues, as meant
    refused = run(*printing, str(new), data=manager, keyring_file=empty_keyring)
    assert refused.returncode == 2 and not new.exists()
    assert "acct-desktop seal new-key" in refused.stderr, refused.stderr

    made = run("seal", "new-key", data=manager, keyring_file=empty_keyring)
    assert made.returncode == 0, made.stdout + made.stderr
    assert "New seal key made for 李伟 (Acme 润滑油)." in made.stdout
    assert "previous certificate" in made.stdout and "seal export" in made.stdout
    assert run(*printing, str(new), data=manager, keyring_file=empty_keyring).returncode == 0

    for document in (old, new):
        verified = run("verify", str(document), "--db", str(demo_db), data=manager)
        assert verified.returncode == 0, verified.stdout + verified.stderr
        assert "Sealed and intact" in verified.stdout
        assert "issued from this database" in verified.stdout
    listed = run("seal", "list", data=manager).stdout
    assert listed.count("Trusted:") == 1  # the old certificate, kept


def test_in_chinese_verify_says_why_a_file_cannot_be_read_and_the_local_time_of_sealing(
    demo_db, manager, tmp_path
) -> None:
    """ "无法读取 nonexistent.pdf：No such file or directory。" and "02:49（UTC）" in Shanghai."""
    gone = run("--lang", "zh_CN", "verify", str(tmp_path / "nonexistent.pdf"), data=manager)
    assert gone.returncode == 6
    assert "没有这个文件或文件夹" in gone.stderr and "No such file" not in gone.stderr
    folder = run("--lang", "zh_CN", "verify", str(tmp_path), data=manager)
    assert folder.returncode == 6 and "是文件夹" in folder.stderr, folder.stderr

    code, _ = chinese_account(demo_db)
    out = tmp_path / "清单.pdf"
    printing = ["print", "checklist", "--account", code, "--db", str(demo_db), "--out"]
    assert run(*printing, str(out), data=manager).returncode == 0
    shanghai = {"TZ": "Asia/Shanghai"}
    verified = run("--lang", "zh_CN", "verify", str(out), data=manager, extra_env=shanghai)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    signed_at = verify_pdf(out.read_bytes(), []).signed_at
    local = signed_at.astimezone(ZoneInfo("Asia/Shanghai"))
    # the day as Chinese documents write it, as every day in the command line's sentences
    day = f"{local.year}年{local.month}月{local.day}日"
    assert f"{day} {local:%H:%M}" in verified.stdout and "UTC" not in verified.stdout


def test_a_checklist_that_cannot_be_written_is_still_issued_and_the_user_told_where_it_is(
    demo_db, manager, tmp_path
) -> None:
    code, _ = chinese_account(demo_db)
    printing = ["print", "checklist", "--account", code, "--db", str(demo_db), "--out"]
    blocker = tmp_path / "checklists"
    blocker.write_text("a file where the folder should be")
    result = run("--lang", "zh_CN", *printing, f"{blocker}/", data=manager)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert "CL-2026-0001 R1" in result.stderr, result.stderr
    assert "路径中有一部分不是文件夹" in result.stderr and "File exists" not in result.stderr
    assert blocker.read_text() == "a file where the folder should be"
    # a folder is no longer a file that cannot be written: the checklist goes into it
    done = run(*printing[:2], "--new", *printing[2:], str(tmp_path), data=manager)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "CL-2026-0002-R1.pdf").read_bytes().startswith(b"%PDF")


def test_a_head_office_checklist_with_sub_accounts_from_the_command_line(
    demo_db, manager, tmp_path
) -> None:
    """VN000025 has no open issue of its own: refused as before; --with-sub-accounts lists
    its branches' and the PDF says it covers them."""
    out = tmp_path / "chain.pdf"
    args = ("print", "checklist", "--account", "VN000025", "--out", str(out), "--db")
    alone = run(*args, str(demo_db), data=manager)
    assert alone.returncode != 0 and "no open issues" in alone.stderr
    chain = run(*args, str(demo_db), "--with-sub-accounts", data=manager)
    assert chain.returncode == 0, chain.stderr
    text = " ".join(
        subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout.split()
    )
    assert "Chuỗi Chăm sóc Xe Hoàng Gia Trụ sở chính và của mọi khách hàng trực thuộc" in text


def test_a_second_checklist_of_issues_still_waiting_for_a_stamp_is_refused_unless_told(
    demo_db, manager, tmp_path
) -> None:
    """It silently made CL-2026-0002 R1 of the same four issues."""
    code, _ = chinese_account(demo_db)
    printing = ["print", "checklist", "--account", code, "--db", str(demo_db), "--out"]
    assert run(*printing, str(tmp_path), data=manager).returncode == 0
    again = run(*printing, str(tmp_path), data=manager)
    assert again.returncode == 2 and "Traceback" not in again.stderr
    assert f"CL-2026-0001 R1 of {code} still waits for the customer's stamp" in again.stderr
    assert "--reissue" in again.stderr and "--new" in again.stderr
    assert not (tmp_path / "CL-2026-0002-R1.pdf").exists()
    reissued = run(*printing[:2], "--reissue", *printing[2:], str(tmp_path), data=manager)
    assert reissued.returncode == 0, reissued.stderr
    assert (tmp_path / "CL-2026-0001-R2.pdf").exists()
    new = run(*printing[:2], "--new", *printing[2:], str(tmp_path), data=manager)
    assert new.returncode == 0, new.stderr
    assert (tmp_path / "CL-2026-0002-R1.pdf").exists()
