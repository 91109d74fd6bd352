"""``acct-desktop import sales FILE``: the ERP's sales facts, all or nothing, replacing what
the file covers (cli.py routes ``what == "sales"`` here)."""

from __future__ import annotations

import argparse
import sys

IMPORT_CHOICES = ("sales",)
MAX_PROBLEMS_SHOWN = 50


def handles(args: argparse.Namespace) -> bool:
    """True when ``args.what`` is this module's entity."""
    return getattr(args, "what", None) in IMPORT_CHOICES


def run_import(args: argparse.Namespace) -> int:
    """Import the sales facts of ``args.file`` into ``args.db``; 2 with the problems by line
    when the file is refused (nothing written)."""
    from acct_desktop.cli import _import_mapping, _import_progress
    from acct_desktop.services.imports import (
        ImportCancelled,
        ImportConflict,
        ImportRejected,
        TabularError,
        import_sales,
    )
    from acct_desktop.services.imports.sales_values import measure as measure_value
    from acct_desktop.services.secrets import with_stored_password
    from acct_desktop.store.database import open_database

    try:
        mapping = _import_mapping(args.map)
        measure = measure_value(args.measure) if getattr(args, "measure", None) else None
    except ValueError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    db = open_database(with_stored_password(args.db))
    try:
        summary = import_sales(db, args.file, mapping or None, _import_progress(), measure)
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
