"""``acct-desktop audit verify --db DB``: check that the audit trail's hash chain is intact.

Prints how many events were checked and the hash of the newest (note it somewhere else: the
newest events are the one place a chain cannot vouch for itself). Exit codes: 0 the chain is
intact; 1 it is broken, with a sentence naming the first event that breaks it; 2 the
database cannot be opened.
"""

from __future__ import annotations

import argparse

from acct_desktop.cli_language import message_text, say
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


def run(args: argparse.Namespace) -> int:
    """Run ``audit verify``; the exit code says whether the chain is intact."""
    from acct_desktop.services.audit_chain import verify
    from acct_desktop.services.secrets import with_stored_password
    from acct_desktop.store.database import open_database

    db = open_database(with_stored_password(args.db), create=False)
    try:
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
