"""This laptop's short series code, part of every quote and order number it makes.

Managers quote offline on their own laptops and later share one team database; a number
made on one laptop must never collide with one made on another. Each installation draws a
random three-character code once (``7KX``: digits and capitals without look-alikes such as
0/O and 1/I/L) and keeps it in the per-user data folder, so numbers read
``Q-2026-7KX-00042``. With 29³ ≈ 24,000 codes two laptops of one team rarely draw the same
one; if they do, the database's unique index refuses the second number and the user is
told to change the code (Tools → My details), never silently renumbered.
"""

from __future__ import annotations

import json
import secrets
from pathlib import Path

from acct_desktop.config import data_dir
from acct_desktop.domain.numbering import SERIES_PATTERN
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP
from acct_desktop.services.files import write_atomically

FILE_NAME = "device.json"
ALPHABET = "23456789ABCDEFGHJKMNPQRSTVWXYZ"
LENGTH = 3


def _path(folder: Path | None) -> Path:
    return (folder or data_dir()) / FILE_NAME


def device_code(folder: Path | None = None) -> str:
    """The saved code, drawing and saving a new one the first time (or if the file is
    damaged)."""
    path = _path(folder)
    try:
        code = json.loads(path.read_text(encoding="utf-8")).get("code", "")
        if isinstance(code, str) and SERIES_PATTERN.fullmatch(code):
            return code
    except (OSError, ValueError, AttributeError):
        pass
    code = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    set_device_code(code, folder)
    return code


def set_device_code(code: str, folder: Path | None = None) -> None:
    """Save ``code`` (2–6 capitals or digits); ValueError with a sentence otherwise."""
    code = code.strip().upper()
    if not SERIES_PATTERN.fullmatch(code):
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "messages", "The device code is 2 to 6 capital letters or digits, such as 7KX."
            )
        )
    path = _path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, json.dumps({"code": code}).encode("utf-8"))
