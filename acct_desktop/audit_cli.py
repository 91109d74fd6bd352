"""``acct-desktop audit verify --db DB``: check that the audit trail's hash chain is intact;
``acct-desktop audit history --db DB --account CODE | --quote NUMBER | --issue NUMBER
[--json]``: who changed that record, when, which field, from what to what, newest first.

Prints how many events were checked and the hash of the newest (note it somewhere else: the
newest events are the one place a chain cannot vouch for itself). Exit codes: 0 the chain is
intact; 1 it is broken, with a sentence naming the first event that breaks it; 2 the
database cannot be opened.
"""

from __future__ import annotations

import argparse
import json

from acct_desktop.cli_language import field_text, message_text, print_error, say
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, figure


def add_parsers(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add ``audit`` (with ``verify``) to the command's subcommands."""
    audit = sub.add_parser(
        "audit", help=QT_TRANSLATE_NOOP("cli", "the audit trail: check its hash chain")
    )
    audit.set_defaults(audit_handler=run)
    what = audit.add_subparsers(dest="audit_what", metavar="ACTION", required=True)
    verify = what.add_parser(
        "verify",
        help=QT_TRANSLATE_NOOP(
            "cli", "check that no audit event was changed, deleted or reordered"
        ),
    )
    verify.add_argument("--db", required=True, metavar="PATH_OR_URL")
    shown = what.add_parser(
        "history",
        help=QT_TRANSLATE_NOOP(
            "cli", "who changed an account, a quote or an issue: when, which field, old → new"
        ),
    )
    shown.add_argument("--db", required=True, metavar="PATH_OR_URL")
    which = shown.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--account", metavar="CODE", help=QT_TRANSLATE_NOOP("cli", "the account with this code")
    )
    which.add_argument(
        "--quote",
        metavar="NUMBER",
        help=QT_TRANSLATE_NOOP("cli", "the quote with this number (all its revisions)"),
    )
    which.add_argument(
        "--issue", metavar="NUMBER", help=QT_TRANSLATE_NOOP("cli", "the issue with this number")
    )
    shown.add_argument(
        "--json", action="store_true", help=QT_TRANSLATE_NOOP("cli", "machine-readable output")
    )


def run(args: argparse.Namespace) -> int:
    """Run ``audit verify`` (the exit code says whether the chain is intact) or ``audit
    history`` (1 when there is no such record)."""
    from acct_desktop.services.audit_chain import verify
    from acct_desktop.services.secrets import with_stored_password
    from acct_desktop.store.database import open_database

    db = open_database(with_stored_password(args.db), create=False)
    try:
        if args.audit_what == "history":
            return _history(db, args)
        report = verify(db)
    finally:
        db.close()
    if report.valid:
        print(message_text(report.describe()))
        return 0
    print(
        say(
            QT_TRANSLATE_NOOP("cli", "The audit trail is broken: %1"),
            message_text(report.describe()),
        )
    )
    print(
        say(
            QT_TRANSLATE_NOOP("cli", "%1 events before it are intact (up to event %2)."),
            figure(report.events_checked),
            figure(report.head_sequence),
        )
    )
    return 1


def _history(db, args: argparse.Namespace) -> int:  # type: ignore[no-untyped-def]
    from acct_desktop.services.audit_records import find_record, record_history

    kind, key = next((k, v) for k in ("account", "quote", "issue") if (v := getattr(args, k)))
    record = find_record(db, kind, key)
    if record is None:
        print_error(
            say(
                {
                    "account": QT_TRANSLATE_NOOP("cli", "There is no account with code %1."),
                    "quote": QT_TRANSLATE_NOOP("cli", "There is no quote numbered %1."),
                    "issue": QT_TRANSLATE_NOOP("cli", "There is no issue numbered %1."),
                }[kind],
                key,
            )
        )
        return 1
    rows = record_history(db, record)
    if args.json:
        payload = [
            {
                "when": row.occurred_at.isoformat(),
                "who": row.actor,
                "field": row.field,
                "from": _plain(row.old_value),
                "to": _plain(row.new_value),
            }
            for row in rows
        ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print(say(QT_TRANSLATE_NOOP("cli", "No change has been recorded for %1 yet."), key))
        return 0
    for row in rows:
        when = row.occurred_at.astimezone().strftime("%Y-%m-%d %H:%M")
        change = f"{_plain(row.old_value) or '—'} → {_plain(row.new_value) or '—'}"
        print(f"{when}  {row.actor}  {field_text(row.field)}: {change}")
    return 0


def _plain(value: object) -> str | None:
    """A value as the history read it; a record that is gone in this run's language."""
    if value is None or isinstance(value, str):
        return value
    return message_text(value)
