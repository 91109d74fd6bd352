"""Where the user's files live (per-user folders from platformdirs; no Qt)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_dir, user_log_dir

from acct_desktop import APP_NAME

DATA_DIR_ENV = "ACCT_DESKTOP_DATA_DIR"  # tests and portable installs point this elsewhere


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) / "logs" if override else Path(user_log_dir(APP_NAME, appauthor=False))


def default_database_path() -> Path:
    return data_dir() / "territory.acctdb"


def demo_database_path() -> Path:
    return data_dir() / "demo.acctdb"


def seal_key_folder() -> Path:
    """The manager's signing key, certificate and trusted certificates (not the passphrase,
    which lives in the OS keyring)."""
    return data_dir() / "seal"


def os_user() -> str:
    """Who is making changes (for the audit trail): the operating-system user."""
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):
        return "unknown"
