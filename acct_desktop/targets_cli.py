"""``acct-desktop import targets FILE [--breakdown even|seasonality]``: a year of sales
targets per account or territory, all or nothing (cli.py routes ``what == "targets"``)."""

from __future__ import annotations

import argparse
import getpass
import sys

IMPORT_CHOICES = ("targets",)
BREAKDOWN_CHOICES = ("even", "seasonality")
MAX_PROBLEMS_SHOWN = 50


def handles(args: argparse.Namespace) -> bool:
    """True when ``args.what`` is one of this module's entities."""
    return getattr(args, "what", None) in IMPORT_CHOICES


def _actor() -> str:
    try:
        return f"{getpass.getuser()} (import)"
    except Exception:
        return "import"


def run_import(args: argparse.Namespace) -> int:
    """Import the targets file; exit 2 with line-numbered problems when it is refused."""
    from acct_desktop.cli import _import_mapping, _import_progress
    from acct_desktop.domain.target_breakdown import BreakdownMethod
    from acct_desktop.services.imports import (
        ImportCancelled,
        ImportConflict,
        ImportRejected,
        TabularError,
        import_targets,
    )
    from acct_desktop.services.secrets import with_stored_password
    from acct_desktop.store.database import open_database

    try:
        mapping = _import_mapping(args.map)
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    method = BreakdownMethod(getattr(args, "breakdown", None) or "even")
    db = open_database(with_stored_password(args.db))
    try:
        summary = import_targets(
            db,
            args.file,
            mapping or None,
            _import_progress(),
            actor=_actor(),
            default_method=method,
        )
    except ImportRejected as exc:
        print(f"error: {exc}", file=sys.stderr)
        for problem in exc.problems[:MAX_PROBLEMS_SHOWN]:
            print(problem, file=sys.stderr)
        if exc.total > MAX_PROBLEMS_SHOWN:
            print(f"… and {exc.total - MAX_PROBLEMS_SHOWN:,} more", file=sys.stderr)
        return 2
    except (TabularError, ImportConflict, ImportCancelled) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    finally:
        db.close()
    print(f"{args.file.name}: {summary.describe()}")
    return 0
