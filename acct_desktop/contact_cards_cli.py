"""Contacts as vCards, and a person's data: the command-line side.

* ``acct-desktop export contacts --format vcf [--vcard-version 3.0|4.0] [--account CODE]
  [--split] --out FILE_OR_DIR`` (``--out x.vcf`` implies ``--format vcf``; CSV stays the
  default format);
* ``acct-desktop import contacts FILE.vcf --account CODE`` (``.vcf``/``.vcard`` files go to
  the vCard importer, CSV and .xlsx to the spreadsheet importer);
* ``acct-desktop contact export-data NAME_OR_ID --out FILE.json``;
* ``acct-desktop contact erase ID --reason TEXT [--yes]``.

Exit codes: 0 done, 2 refused or invalid, with one sentence on stderr (a rejected file also
lists its problems, one per line).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import uuid
from pathlib import Path

from acct_desktop.cli_arguments import OutPath
from acct_desktop.cli_language import (
    file_problem_text,
    message_text,
    print_error,
    print_rejection,
    say,
)
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP
from acct_desktop.services.manager_profile import actor_name

VCARD_SUFFIXES = (".vcf", ".vcard")
MAX_PROBLEMS_SHOWN = 50


class _Refused(Exception):
    """A command refused with one sentence (exit code 2)."""


def add_export_options(export: argparse.ArgumentParser) -> None:
    """The vCard options of ``export`` (its ``--format`` takes ``vcf`` too)."""
    export.add_argument(
        "--vcard-version",
        choices=("3.0", "4.0"),
        help=QT_TRANSLATE_NOOP("cli", "vCard version (default 3.0, for Outlook)"),
    )
    export.add_argument(
        "--account",
        metavar="CODE",
        help=QT_TRANSLATE_NOOP("cli", "only this account's contacts (vcf)"),
    )
    export.add_argument(
        "--split",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli", "one .vcf per contact into the folder --out (Outlook imports one card per file)"
        ),
    )


def add_import_options(imp: argparse.ArgumentParser) -> None:
    """The vCard option of ``import``."""
    imp.add_argument(
        "--account",
        metavar="CODE",
        help=QT_TRANSLATE_NOOP("cli", "the account a vCard file's contacts join"),
    )


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """The ``contact`` command: ``export-data`` and ``erase``."""
    contact = sub.add_parser(
        "contact", help=QT_TRANSLATE_NOOP("cli", "a contact's personal data: a copy, or erasure")
    )
    actions = contact.add_subparsers(dest="contact_action", metavar="ACTION", required=True)
    data = actions.add_parser(
        "export-data", help=QT_TRANSLATE_NOOP("cli", "everything stored about a contact, as JSON")
    )
    data.add_argument("who", metavar="NAME_OR_ID")
    data.add_argument(
        "--out",
        required=True,
        type=OutPath,
        metavar="FILE.json",
        help=QT_TRANSLATE_NOOP("cli", "the file, or a folder for it (contact-<id>.json)"),
    )
    data.add_argument("--db", required=True, metavar="PATH_OR_URL")
    erase = actions.add_parser(
        "erase", help=QT_TRANSLATE_NOOP("cli", "erase a contact's personal data, keeping history")
    )
    erase.add_argument("who", metavar="ID")
    erase.add_argument(
        "--reason", required=True, help=QT_TRANSLATE_NOOP("cli", "why (kept in the audit trail)")
    )
    erase.add_argument(
        "--yes", action="store_true", help=QT_TRANSLATE_NOOP("cli", "do not ask for confirmation")
    )
    erase.add_argument("--db", required=True, metavar="PATH_OR_URL")


def handles_export(args: argparse.Namespace) -> bool:
    """True when ``export`` is asked for vCards (or for vCard-only options)."""
    vcf = args.fmt == "vcf" or (args.fmt is None and args.out.suffix in VCARD_SUFFIXES)
    return vcf or bool(args.vcard_version or args.account or args.split)


def handles_import(args: argparse.Namespace) -> bool:
    """True when ``import`` is given a vCard file (or ``--account``)."""
    return args.file.suffix.lower() in VCARD_SUFFIXES or args.account is not None


def run(args: argparse.Namespace) -> int:
    """Run one of this module's commands; refusals are one sentence and exit code 2."""
    from acct_desktop.services.contact_cards import ContactCardError
    from acct_desktop.services.contact_privacy import PrivacyError
    from acct_desktop.services.imports import ImportConflict

    handler = {"export": _export, "import": _import}.get(args.command)
    if handler is None:
        handler = _export_data if args.contact_action == "export-data" else _erase
    try:
        return handler(args)
    except (_Refused, ContactCardError, PrivacyError, ImportConflict) as exc:
        print_error(exc)
        return 2


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from acct_desktop.services.secrets import with_stored_password
    from acct_desktop.store.database import open_database

    return open_database(with_stored_password(args.db), create=False)


def _export(args: argparse.Namespace) -> int:
    from acct_desktop.services.contact_cards import write_vcards

    if args.what != "contacts":
        raise _Refused(
            say(QT_TRANSLATE_NOOP("cli", "vCard export is for contacts, not %1."), args.what)
        )
    if args.fmt not in (None, "vcf"):
        raise _Refused(
            say(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "--vcard-version, --account and --split are for vCard exports (--format vcf).",
                )
            )
        )
    db = _open(args)
    try:
        summary = write_vcards(
            db,
            args.out.path if args.split else args.out.file(_vcard_file_name(args.account)),
            account_code=args.account,
            version=args.vcard_version or "3.0",
            split=args.split,
        )
    finally:
        db.close()
    print(message_text(summary.describe()))
    return 0


def _vcard_file_name(account_code: str | None) -> str:
    """The file of a vCard export into a folder, as the GUI names it."""
    from acct_desktop.services.files import safe_file_stem

    return (
        f"contacts-{safe_file_stem(account_code, 'account')}.vcf"
        if account_code
        else "contacts.vcf"
    )


def _import(args: argparse.Namespace) -> int:
    from acct_desktop.services.contact_cards import VCardRejected, import_vcards

    if args.what != "contacts":
        raise _Refused(
            say(QT_TRANSLATE_NOOP("cli", "vCard files hold contacts, not %1."), args.what)
        )
    if args.file.suffix.lower() not in VCARD_SUFFIXES:
        raise _Refused(
            say(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "--account is for vCard files (.vcf); a spreadsheet names its accounts.",
                )
            )
        )
    if not args.account:
        raise _Refused(
            say(
                QT_TRANSLATE_NOOP(
                    "cli",
                    "A vCard file does not say which account its contacts belong to: "
                    "add --account CODE.",
                )
            )
        )
    if args.map or args.default_kind:
        raise _Refused(
            say(
                QT_TRANSLATE_NOOP(
                    "cli", "--map and --default-kind are for spreadsheets, not vCard files."
                )
            )
        )
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise _Refused(
            say(
                QT_TRANSLATE_NOOP("cli", "%1 cannot be read (%2)."),
                args.file,
                file_problem_text(exc),
            )
        ) from None
    db = _open(args)
    try:
        summary = import_vcards(
            db, data, args.account, actor=actor_name(), file_name=args.file.name
        )
    except VCardRejected as exc:
        print_rejection(exc, MAX_PROBLEMS_SHOWN)
        return 2
    finally:
        db.close()
    print(say(QT_TRANSLATE_NOOP("cli", "%1: %2"), args.file.name, message_text(summary.describe())))
    for note in summary.notes:
        print(message_text(note))
    return 0


def _export_data(args: argparse.Namespace) -> int:
    from acct_desktop.services.contact_privacy import export_personal_data, find_contacts

    db = _open(args)
    try:
        choices = find_contacts(db, args.who)
        if not choices:
            raise _Refused(
                say(QT_TRANSLATE_NOOP("cli", 'No contact has the name or id "%1".'), args.who)
            )
        if len(choices) > 1:
            shown = "; ".join(f"{c.id} ({c.account_code})" for c in choices[:10])
            raise _Refused(
                say(
                    QT_TRANSLATE_NOOP(
                        "cli", '%1 contacts are called "%2": %3. Give the id instead.'
                    ),
                    len(choices),
                    args.who,
                    shown,
                )
            )
        data = export_personal_data(db, choices[0].id)
    finally:
        db.close()
    out = args.out.file(f"contact-{choices[0].id.hex[:8]}.json")  # as the GUI names it
    _write_json(out, data)
    print(
        say(
            QT_TRANSLATE_NOOP("cli", "everything stored about %1 (%2) written to %3"),
            choices[0].name,
            choices[0].account_code,
            out,
        )
    )
    return 0


def _erase(args: argparse.Namespace) -> int:
    from acct_desktop.services.contact_privacy import erase_contact, find_contacts

    try:
        contact_id = uuid.UUID(args.who.strip())
    except ValueError:
        raise _Refused(
            say(
                QT_TRANSLATE_NOOP(
                    "cli",
                    '"%1" is not a contact id; erasure takes the id (contact export-data NAME '
                    "shows it).",
                ),
                args.who,
            )
        ) from None
    db = _open(args)
    try:
        choices = find_contacts(db, str(contact_id))
        if not choices:
            raise _Refused(
                say(QT_TRANSLATE_NOOP("cli", "There is no contact with the id %1."), contact_id)
            )
        if not args.yes and not _confirmed(choices[0].name, choices[0].account_code):
            raise _Refused(
                say(
                    QT_TRANSLATE_NOOP(
                        "cli", "Nothing was erased: the erasure was not confirmed (or add --yes)."
                    )
                )
            )
        summary = erase_contact(db, contact_id, actor_name(), args.reason)
    finally:
        db.close()
    print(message_text(summary.describe()))
    return 0


def _confirmed(name: str, account_code: str) -> bool:
    print(
        say(
            QT_TRANSLATE_NOOP(
                "cli",
                'Erase the personal data of %1 (%2)? This cannot be undone. Type "yes" to go on: ',
            ),
            name,
            account_code,
        ),
        end="",
        file=sys.stderr,
        flush=True,
    )
    answer = sys.stdin.readline() if sys.stdin is not None else ""
    if not answer.endswith("\n") or not sys.stdin.isatty():  # the answer was not echoed
        print(file=sys.stderr)
    return answer.strip().lower() == "yes"


def _write_json(path: Path, data: object) -> None:
    temporary = path.with_name(f".{path.name}.{os.getpid()}.part")
    try:
        temporary.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", "utf-8")
        os.replace(temporary, path)
    except OSError as exc:
        raise _Refused(
            say(
                QT_TRANSLATE_NOOP("cli", "%1 could not be written (%2)."),
                path,
                file_problem_text(exc),
            )
        ) from None
    finally:
        temporary.unlink(missing_ok=True)
