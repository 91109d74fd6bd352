"""acct-desktop: an offline workbench for territory and key-account managers."""

__version__ = "0.1.0"
APP_NAME = "acct-desktop"
