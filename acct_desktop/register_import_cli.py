"""``acct-desktop import|export products|price-policies|rebates``: the register's
spreadsheets, all or nothing (cli.py routes these ``what`` values here)."""

from __future__ import annotations

import argparse

from acct_desktop.cli_language import message_text, print_error
from acct_desktop.services.manager_profile import actor_name

IMPORT_CHOICES = ("products", "price-policies", "rebates")
EXPORT_CHOICES = IMPORT_CHOICES
MAX_PROBLEMS_SHOWN = 50


def handles(args: argparse.Namespace) -> bool:
    """True when ``args.what`` is one of this module's entities."""
    return getattr(args, "what", None) in IMPORT_CHOICES


def run_import(args: argparse.Namespace) -> int:
    from acct_desktop.cli import _import_mapping, run_file_import
    from acct_desktop.cli_arguments import header_row_argument
    from acct_desktop.services.imports import (
        import_price_policies,
        import_products,
        import_rebates,
    )

    try:
        mapping = _import_mapping(args.map)
    except ValueError as exc:
        print_error(exc)
        return 2
    run = {
        "products": import_products,
        "price-policies": import_price_policies,
        "rebates": import_rebates,
    }[args.what]
    header_row = header_row_argument(getattr(args, "header_row", None))
    return run_file_import(
        args,
        lambda db, progress: run(
            db, args.file, mapping or None, progress, actor=actor_name(), header_row=header_row
        ),
        may_create=args.what == "products",  # the catalogue needs nothing else in the file
    )


def run_export(args: argparse.Namespace) -> int:
    from acct_desktop.services.exports import ExportError
    from acct_desktop.services.imports import (
        export_price_policies,
        export_products,
        export_rebates,
    )
    from acct_desktop.services.secrets import with_stored_password
    from acct_desktop.store.database import open_database

    fmt = args.fmt or ("xlsx" if args.out.suffix == ".xlsx" else "csv")
    run = {
        "products": export_products,
        "price-policies": export_price_policies,
        "rebates": export_rebates,
    }[args.what]
    db = open_database(with_stored_password(args.db), create=False)
    try:
        summary = run(db, args.out.file(f"{args.what}.{fmt}"), fmt)
    except ExportError as exc:
        print_error(exc)
        return 2
    finally:
        db.close()
    print(message_text(summary.describe()))
    return 0


def run(args: argparse.Namespace) -> int:
    """Run ``import`` or ``export`` for this module's entities."""
    return run_import(args) if args.command == "import" else run_export(args)
