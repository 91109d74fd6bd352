"""``acct-desktop import targets FILE [--breakdown even|seasonality]``: a year of sales
targets per account or territory, all or nothing (cli.py routes ``what == "targets"``)."""

from __future__ import annotations

import argparse

from acct_desktop.cli_language import print_error
from acct_desktop.services.manager_profile import actor_name

IMPORT_CHOICES = ("targets",)
BREAKDOWN_CHOICES = ("even", "seasonality")


def handles(args: argparse.Namespace) -> bool:
    """True when ``args.what`` is one of this module's entities."""
    return getattr(args, "what", None) in IMPORT_CHOICES


def run_import(args: argparse.Namespace) -> int:
    """Import the targets file; exit 2 with line-numbered problems when it is refused."""
    from acct_desktop.cli import _import_mapping, run_file_import
    from acct_desktop.cli_arguments import header_row_argument
    from acct_desktop.domain.target_breakdown import BreakdownMethod
    from acct_desktop.services.imports import (
        import_targets,
    )

    try:
        mapping = _import_mapping(args.map)
    except ValueError as exc:
        print_error(exc)
        return 2
    method = BreakdownMethod(getattr(args, "breakdown", None) or "even")
    header_row = header_row_argument(getattr(args, "header_row", None))
    return run_file_import(
        args,
        lambda db, progress: import_targets(
            db,
            args.file,
            mapping or None,
            progress,
            actor=actor_name(),
            default_method=method,
            header_row=header_row,
        ),
    )
