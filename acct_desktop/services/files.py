"""A user's files: written safely, through a temporary file, so a crash or a full disk
never leaves half a PDF where the user expects a whole one; and named safely, so a name
made from a code or a name ("Noord/Oost: Zwolle") is one file Windows accepts."""

from __future__ import annotations

import re
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

# What Windows refuses in a file name (and control characters); a run of them, or of
# whitespace, becomes one "-". Letters of every script stay: 广州 and Hà Nội are fine.
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')
_UNSAFE_OR_SPACE = re.compile(r'[<>:"/\\|?*\x00-\x1f\s]+')
_SPACES = re.compile(r"\s+")
# Names Windows reserves for devices, with or without an extension.
RESERVED_NAMES = frozenset(
    {"con", "prn", "aux", "nul"} | {f"com{n}" for n in range(10)} | {f"lpt{n}" for n in range(10)}
)
LONGEST_STEM = 100


def safe_file_stem(text: str, fallback: str, joint: str = "-", spaces: bool = False) -> str:
    """``text`` as (part of) a file name on any system: a run of characters Windows refuses
    becomes ``joint``, and so does a run of whitespace (one space with ``spaces``, for a
    person's name); no dot or space at either end, no device name (CON, LPT1…), at most
    LONGEST_STEM characters; ``fallback`` when nothing is left."""
    if spaces:
        stem = _SPACES.sub(" ", _UNSAFE.sub(joint, text))
    else:
        stem = _UNSAFE_OR_SPACE.sub(joint, text)
    stem = stem.strip(f". {joint}")[:LONGEST_STEM].rstrip(f". {joint}")
    if not stem:
        return fallback
    device, dot, rest = stem.partition(".")
    if device.casefold() in RESERVED_NAMES:  # "LPT1.txt" is the printer too
        stem = f"{device}_{dot}{rest}"
    return stem


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder, then replace."""
    with writing_atomically(path) as out:
        out.write(data)


@contextmanager
def writing_atomically(path: Path) -> Iterator[BinaryIO]:
    """A file to write ``path``'s bytes to, a piece at a time: a temporary file in the same
    folder that replaces ``path`` when the block ends, and is removed when it raises."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}.part")
    try:
        with temp.open("wb") as out:
            yield out
        temp.replace(path)
    finally:
        temp.unlink(missing_ok=True)
