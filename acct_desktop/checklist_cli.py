"""Checklist commands: ``print checklist``, ``verify``, ``manager`` and ``seal``."""

from __future__ import annotations

import argparse
from pathlib import Path

from acct_desktop.cli_arguments import OUT_HELP, OutPath, OutPathRefused
from acct_desktop.cli_language import file_problem_text, message_text, print_error, say
from acct_desktop.config import seal_key_folder
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP
from acct_desktop.services.files import write_atomically
from acct_desktop.services.manager_profile import actor_name


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    printing = sub.add_parser(
        "print", help=QT_TRANSLATE_NOOP("cli", "print (and seal) a document as PDF")
    )
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
        "checklist",
        help=QT_TRANSLATE_NOOP(
            "cli", "issue and seal a written checklist of an account's open issues"
        ),
    )
    checklist.add_argument("--account", required=True, metavar="CODE")
    checklist.add_argument(
        "--issues",
        metavar="NUMBER,...",
        help=QT_TRANSLATE_NOOP("cli", "issue numbers to list (default: all open ones)"),
    )
    checklist.add_argument(
        "--with-sub-accounts",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli", "also list the issues of every account below it, each naming its account"
        ),
    )
    again = checklist.add_mutually_exclusive_group()
    again.add_argument(
        "--reissue",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "when a checklist of these issues still waits for the customer's stamp, issue "
            "its next revision instead",
        ),
    )
    again.add_argument(
        "--new",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "issue a new checklist even when one of these issues still waits for the "
            "customer's stamp",
        ),
    )
    checklist.add_argument(
        "--out",
        required=True,
        type=OutPath,
        metavar="FILE.pdf",
        help=OUT_HELP,
    )
    checklist.add_argument("--db", required=True, metavar="PATH_OR_URL")

    verify = sub.add_parser(
        "verify",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "check a sealed PDF: intact (0), modified (3), not sealed (4), unknown key (5), "
            "unreadable (6)",
        ),
    )
    verify.add_argument("file", type=Path, metavar="FILE.pdf")
    verify.add_argument(
        "--db",
        metavar="PATH_OR_URL",
        help=QT_TRANSLATE_NOOP("cli", "also match it to this register"),
    )

    manager = sub.add_parser(
        "manager", help=QT_TRANSLATE_NOOP("cli", "show or set your name and contact on documents")
    )
    manager.add_argument("--name")
    manager.add_argument("--organisation")
    manager.add_argument("--phone")
    manager.add_argument("--email")

    seal = sub.add_parser(
        "seal", help=QT_TRANSLATE_NOOP("cli", "your seal certificate and the ones you trust")
    )
    actions = seal.add_subparsers(dest="seal_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export", help=QT_TRANSLATE_NOOP("cli", "export your certificate for head office")
    )
    export.add_argument("--out", required=True, type=OutPath, metavar="FILE.pem|.cer")
    trust = actions.add_parser(
        "trust", help=QT_TRANSLATE_NOOP("cli", "trust a certificate (e.g. head office's)")
    )
    trust.add_argument("file", type=Path, metavar="FILE")
    actions.add_parser(
        "list", help=QT_TRANSLATE_NOOP("cli", "your certificate and the trusted ones")
    )
    actions.add_parser(
        "new-key",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "make a new seal key, e.g. when the old one can no longer be unlocked (documents "
            "sealed with the old one still verify)",
        ),
    )


def run(args: argparse.Namespace) -> int:
    handlers = {"print": _print, "verify": _verify, "manager": _manager, "seal": _seal}
    return handlers[args.command](args)


def _fail(problem: BaseException | str, code: int = 2) -> int:
    print_error(problem)
    return code


def _keys():  # type: ignore[no-untyped-def]
    from acct_desktop.services.seal_keys import SealKeyStore

    return SealKeyStore(seal_key_folder())


def _print(args: argparse.Namespace) -> int:
    from acct_desktop.services.account_edits import EditRejected
    from acct_desktop.services.checklist_records import ChecklistRecords
    from acct_desktop.services.checklists import ChecklistIssuer
    from acct_desktop.services.manager_profile import ManagerProfileMissing, load_manager_profile
    from acct_desktop.services.seal_keys import SealKeyUnavailable
    from acct_desktop.services.secrets import with_stored_password
    from acct_desktop.store.database import open_database

    db = open_database(with_stored_password(args.db), create=False)
    try:
        subtree = args.with_sub_accounts
        account_id, issue_ids = _resolve(db, args.account, args.issues, subtree)
        issuer = ChecklistIssuer(db, actor=actor_name())
        waiting = None
        if not args.new:
            waiting = ChecklistRecords(db).open_duplicate(account_id, issue_ids, subtree)
        if waiting is not None and not args.reissue:
            return _fail(
                say(
                    QT_TRANSLATE_NOOP(
                        "cli",
                        "%1 of %2 still waits for the customer's stamp and lists the same "
                        "issues. Re-issue it as R%3 with --reissue, or issue a new checklist "
                        "with --new.",
                    ),
                    waiting.reference,
                    args.account,
                    waiting.revision + 1,
                )
            )
        if waiting is not None:
            issued = issuer.reissue(
                waiting.id, load_manager_profile(), _keys(), issue_ids, with_sub_accounts=subtree
            )
        else:
            issued = issuer.issue(
                account_id, issue_ids, load_manager_profile(), _keys(), with_sub_accounts=subtree
            )
    except (EditRejected, ManagerProfileMissing, SealKeyUnavailable, LookupError) as exc:
        return _fail(exc)
    finally:
        db.close()
    try:  # named as the GUI names it when --out is a folder
        out = args.out.file(f"{issued.number}-R{issued.revision}.pdf")
        write_atomically(out, issued.pdf)
    except (OSError, OutPathRefused) as exc:  # issued and stored all the same: say where
        target, reason = (
            (exc.target, exc.reason)
            if isinstance(exc, OutPathRefused)
            else (out, file_problem_text(exc))
        )
        return _fail(
            say(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "%1 was issued, sealed and kept in the database, but %2 could not be "
                    "written: %3. Save it from the account's Checklists tab.",
                ),
                issued.reference,
                target,
                reason,
            )
        )
    print(
        say(
            QT_TRANSLATE_NOOP(
                "cli", "%1: %2 issue(s), sealed, written to %3 (verification code %4)"
            ),
            issued.reference,
            issued.item_count,
            out,
            issued.verification_code,
        )
    )
    return 0


def _resolve(db, account_code: str, issue_numbers: str | None, subtree: bool = False):  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from acct_desktop.services.subtree import subtree_ids
    from acct_desktop.store.models import Account, CustomerIssue

    with db.session() as session:
        account_id = session.scalar(select(Account.id).where(Account.code == account_code))
        if account_id is None:
            raise LookupError(
                say(QT_TRANSLATE_NOOP("cli", "No account has the code %1."), account_code)
            )
        if not issue_numbers:
            return account_id, None
        numbers = [n.strip() for n in issue_numbers.split(",") if n.strip()]
        found = dict(
            session.execute(
                select(CustomerIssue.number, CustomerIssue.id).where(
                    CustomerIssue.number.in_(numbers),
                    CustomerIssue.account_id.in_(subtree_ids(account_id))
                    if subtree
                    else CustomerIssue.account_id == account_id,
                )
            ).all()
        )
    missing = [n for n in numbers if n not in found]
    if missing:
        raise LookupError(
            say(QT_TRANSLATE_NOOP("cli", "%1 has no issue %2."), account_code, ", ".join(missing))
        )
    return account_id, [found[n] for n in numbers]


def _verify(args: argparse.Namespace) -> int:
    from acct_desktop.services.sealing import EXIT_CODES, SealState, verify_pdf

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        print_error(
            say(
                QT_TRANSLATE_NOOP("cli", "%1 could not be read: %2"),
                args.file,
                file_problem_text(exc),
            )
        )
        return EXIT_CODES[SealState.UNREADABLE]
    keys = _keys()
    if args.db:
        from acct_desktop.services.checklist_records import ChecklistRecords
        from acct_desktop.services.secrets import with_stored_password
        from acct_desktop.store.database import open_database

        db = open_database(with_stored_password(args.db), create=False)
        try:
            result = ChecklistRecords(db).verify(data, keys)
        finally:
            db.close()
        report, message = result.report, result.message
    else:
        report = verify_pdf(data, keys.trust_roots())
        message = report.message
    print(message_text(message))
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
            return _fail(message_text(problems["email"]))
        save_manager_profile(profile)
    for label, value in (
        (QT_TRANSLATE_NOOP("cli", "Name:"), profile.name),
        (QT_TRANSLATE_NOOP("cli", "Organisation:"), profile.organisation),
        (QT_TRANSLATE_NOOP("cli", "Phone:"), profile.phone),
        (QT_TRANSLATE_NOOP("cli", "E-mail:"), profile.email),
    ):
        print(f"{say(label):14}{value or '—'}")
    return 0


def _seal(args: argparse.Namespace) -> int:
    from acct_desktop.services.manager_profile import ManagerProfileMissing
    from acct_desktop.services.seal_keys import (
        CertificateImportError,
        SealKeyUnavailable,
        grouped_fingerprint,
    )

    keys = _keys()
    try:
        if args.seal_command == "new-key":
            _new_key(keys)
        elif args.seal_command == "export":
            out = args.out.file("my-seal.pem")  # as the GUI names it
            keys.export_certificate(out)
            info = keys.certificate()
            print(
                say(
                    QT_TRANSLATE_NOOP("cli", "certificate of %1 written to %2"),
                    info.subject_name,
                    out,
                )
            )
            print(_fingerprint(grouped_fingerprint(info.fingerprint_sha256)))
        elif args.seal_command == "trust":
            info = keys.import_trusted(args.file)
            print(
                say(
                    QT_TRANSLATE_NOOP("cli", "now trusting %1 (%2)"),
                    info.subject_name,
                    info.organisation or "—",
                )
            )
            print(_fingerprint(grouped_fingerprint(info.fingerprint_sha256)))
        else:
            own = keys.certificate() if keys.exists() else None
            none = say(QT_TRANSLATE_NOOP("cli", "none yet (made on first checklist)"))
            print(say(QT_TRANSLATE_NOOP("cli", "Your seal: %1"), _describe(own) if own else none))
            for info in keys.trusted():
                print(say(QT_TRANSLATE_NOOP("cli", "Trusted:   %1"), _describe(info)))
    # ValueError: a name a certificate cannot carry, a kind of file it cannot be saved as
    except (SealKeyUnavailable, CertificateImportError, ManagerProfileMissing, ValueError) as exc:
        return _fail(exc)
    return 0


def _new_key(keys) -> None:  # type: ignore[no-untyped-def]
    """``seal new-key``: a new key for the name in My details; the old certificate stays
    trusted, so what it sealed still verifies."""
    from acct_desktop.services.manager_profile import load_manager_profile, require_complete
    from acct_desktop.services.seal_keys import SealIdentity, grouped_fingerprint

    manager = require_complete(load_manager_profile())
    made = keys.replace_key(SealIdentity(manager.name, manager.organisation, manager.email))
    print(
        say(
            QT_TRANSLATE_NOOP("cli", "New seal key made for %1 (%2)."),
            made.certificate.subject_name,
            made.certificate.organisation or "—",
        )
    )
    print(_fingerprint(grouped_fingerprint(made.certificate.fingerprint_sha256)))
    if made.previous is not None:
        print(
            say(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "The previous certificate (SHA-256 %1…) stays trusted on this computer, so "
                    "documents sealed with it still verify as intact.",
                ),
                made.previous.fingerprint_sha256[:16],
            )
        )
    print(
        say(
            QT_TRANSLATE_NOOP(
                "cli",
                "Whoever checks your seals elsewhere (head office) needs the new certificate: "
                "acct-desktop seal export --out FILE.pem",
            )
        )
    )


def _fingerprint(grouped: str) -> str:
    return say(QT_TRANSLATE_NOOP("cli", "SHA-256 fingerprint: %1"), grouped)


def _describe(info) -> str:  # type: ignore[no-untyped-def]
    return say(
        QT_TRANSLATE_NOOP("cli", "%1 (%2), valid to %3, SHA-256 %4…"),
        info.subject_name,
        info.organisation or "—",
        info.valid_to.astimezone().date(),  # as the language writes a day
        info.fingerprint_sha256[:16],
    )
