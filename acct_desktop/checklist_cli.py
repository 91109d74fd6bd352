"""Checklist commands: ``print checklist``, ``verify``, ``manager`` and ``seal``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from acct_desktop.config import os_user, seal_key_folder
from acct_desktop.services.files import write_atomically


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    printing = sub.add_parser("print", help="print (and seal) a document as PDF")
    what = printing.add_subparsers(dest="print_what", metavar="DOCUMENT", required=True)
    from acct_desktop import price_cli

    price_cli.add_print_parser(what)
    from acct_desktop import quote_cli

    quote_cli.add_print_parsers(what)
    from acct_desktop import visit_sheets_cli

    visit_sheets_cli.add_print_parser(what)
    from acct_desktop import monthly_summary_cli

    monthly_summary_cli.add_print_parser(what)
    checklist = what.add_parser(
        "checklist", help="issue and seal a written checklist of an account's open issues"
    )
    checklist.add_argument("--account", required=True, metavar="CODE")
    checklist.add_argument(
        "--issues", metavar="NUMBER,...", help="issue numbers to list (default: all open ones)"
    )
    checklist.add_argument("--out", required=True, type=Path, metavar="FILE.pdf")
    checklist.add_argument("--db", required=True, metavar="PATH_OR_URL")

    verify = sub.add_parser(
        "verify",
        help="check a sealed PDF: intact (0), modified (3), not sealed (4), unknown key (5), "
        "unreadable (6)",
    )
    verify.add_argument("file", type=Path, metavar="FILE.pdf")
    verify.add_argument("--db", metavar="PATH_OR_URL", help="also match it to this register")

    manager = sub.add_parser("manager", help="show or set your name and contact on documents")
    manager.add_argument("--name")
    manager.add_argument("--organisation")
    manager.add_argument("--phone")
    manager.add_argument("--email")

    seal = sub.add_parser("seal", help="your seal certificate and the ones you trust")
    actions = seal.add_subparsers(dest="seal_command", metavar="ACTION", required=True)
    export = actions.add_parser("export", help="export your certificate for head office")
    export.add_argument("--out", required=True, type=Path, metavar="FILE.pem|.cer")
    trust = actions.add_parser("trust", help="trust a certificate (e.g. head office's)")
    trust.add_argument("file", type=Path, metavar="FILE")
    actions.add_parser("list", help="your certificate and the trusted ones")


def run(args: argparse.Namespace) -> int:
    handlers = {"print": _print, "verify": _verify, "manager": _manager, "seal": _seal}
    return handlers[args.command](args)


def _fail(message: str, code: int = 2) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


def _keys():  # type: ignore[no-untyped-def]
    from acct_desktop.services.seal_keys import SealKeyStore

    return SealKeyStore(seal_key_folder())


def _print(args: argparse.Namespace) -> int:
    from acct_desktop.services.account_edits import EditRejected
    from acct_desktop.services.checklists import ChecklistIssuer
    from acct_desktop.services.manager_profile import ManagerProfileMissing, load_manager_profile
    from acct_desktop.services.seal_keys import SealKeyUnavailable
    from acct_desktop.services.secrets import with_stored_password
    from acct_desktop.store.database import open_database

    db = open_database(with_stored_password(args.db))
    try:
        account_id, issue_ids = _resolve(db, args.account, args.issues)
        issuer = ChecklistIssuer(db, actor=os_user())
        issued = issuer.issue(account_id, issue_ids, load_manager_profile(), _keys())
        write_atomically(args.out, issued.pdf)
    except (EditRejected, ManagerProfileMissing, SealKeyUnavailable, LookupError) as exc:
        return _fail(str(exc))
    finally:
        db.close()
    print(
        f"{issued.reference}: {issued.item_count} issue(s), sealed, written to {args.out} "
        f"(verification code {issued.verification_code})"
    )
    return 0


def _resolve(db, account_code: str, issue_numbers: str | None):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from acct_desktop.store.models import Account, CustomerIssue

    with db.session() as session:
        account_id = session.scalar(select(Account.id).where(Account.code == account_code))
        if account_id is None:
            raise LookupError(f"No account has the code {account_code}.")
        if not issue_numbers:
            return account_id, None
        numbers = [n.strip() for n in issue_numbers.split(",") if n.strip()]
        found = dict(
            session.execute(
                select(CustomerIssue.number, CustomerIssue.id).where(
                    CustomerIssue.number.in_(numbers), CustomerIssue.account_id == account_id
                )
            ).all()
        )
    missing = [n for n in numbers if n not in found]
    if missing:
        raise LookupError(f"{account_code} has no issue {', '.join(missing)}.")
    return account_id, [found[n] for n in numbers]


def _verify(args: argparse.Namespace) -> int:
    from acct_desktop.services.sealing import EXIT_CODES, SealState, verify_pdf

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        print(f"error: {args.file} could not be read: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_CODES[SealState.UNREADABLE]
    keys = _keys()
    if args.db:
        from acct_desktop.services.checklist_records import ChecklistRecords
        from acct_desktop.services.secrets import with_stored_password
        from acct_desktop.store.database import open_database

        db = open_database(with_stored_password(args.db))
        try:
            result = ChecklistRecords(db).verify(data, keys)
        finally:
            db.close()
        report, message = result.report, result.message
    else:
        report = verify_pdf(data, keys.trust_roots())
        message = report.message
    print(message)
    return report.exit_code


def _manager(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from acct_desktop.services.manager_profile import load_manager_profile, save_manager_profile

    profile = load_manager_profile()
    changes = {
        key: value
        for key in ("name", "organisation", "phone", "email")
        if (value := getattr(args, key)) is not None
    }
    if changes:
        profile = replace(profile, **{k: v.strip() or None for k, v in changes.items()})
        profile = replace(profile, name=profile.name or "", organisation=profile.organisation or "")
        problems = profile.problems()
        if "email" in problems:
            return _fail(problems["email"])
        save_manager_profile(profile)
    for label, value in (
        ("Name", profile.name),
        ("Organisation", profile.organisation),
        ("Phone", profile.phone),
        ("E-mail", profile.email),
    ):
        print(f"{label + ':':14}{value or '—'}")
    return 0


def _seal(args: argparse.Namespace) -> int:
    from acct_desktop.services.seal_keys import (
        CertificateImportError,
        SealKeyUnavailable,
        grouped_fingerprint,
    )

    keys = _keys()
    try:
        if args.seal_command == "export":
            keys.export_certificate(args.out)
            info = keys.certificate()
            print(f"certificate of {info.subject_name} written to {args.out}")
            print(f"SHA-256 fingerprint: {grouped_fingerprint(info.fingerprint_sha256)}")
        elif args.seal_command == "trust":
            info = keys.import_trusted(args.file)
            print(f"now trusting {info.subject_name} ({info.organisation or '—'})")
            print(f"SHA-256 fingerprint: {grouped_fingerprint(info.fingerprint_sha256)}")
        else:
            own = keys.certificate() if keys.exists() else None
            print("Your seal:", _describe(own) if own else "none yet (made on first checklist)")
            for info in keys.trusted():
                print("Trusted:  ", _describe(info))
    except (SealKeyUnavailable, CertificateImportError) as exc:
        return _fail(str(exc))
    return 0


def _describe(info) -> str:  # type: ignore[no-untyped-def]
    return (
        f"{info.subject_name} ({info.organisation or '—'}), valid to {info.valid_to:%Y-%m-%d}, "
        f"SHA-256 {info.fingerprint_sha256[:16]}…"
    )
