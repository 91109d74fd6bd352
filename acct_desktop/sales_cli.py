"""``acct-desktop import sales FILE``: the ERP's sales facts, all or nothing, replacing what
the file covers (cli.py routes ``what == "sales"`` here)."""

from __future__ import annotations

import argparse

from acct_desktop.cli_language import print_error

IMPORT_CHOICES = ("sales",)


def handles(args: argparse.Namespace) -> bool:
    """True when ``args.what`` is this module's entity."""
    return getattr(args, "what", None) in IMPORT_CHOICES


def run_import(args: argparse.Namespace) -> int:
    """Import the sales facts of ``args.file`` into ``args.db``; 2 with the problems by line
    when the file is refused (nothing written)."""
    from acct_desktop.cli import _import_mapping, run_file_import
    from acct_desktop.services.imports import (
        import_sales,
    )
    from acct_desktop.services.imports.sales_values import measure as measure_value

    try:
        mapping = _import_mapping(args.map)
        measure = measure_value(args.measure) if getattr(args, "measure", None) else None
    except ValueError as exc:
        print_error(exc)
        return 2
    return run_file_import(
        args,
        lambda db, progress: import_sales(db, args.file, mapping or None, progress, measure),
    )
