"""Running a test in a given local time zone (the process's TZ, as the user's machine has it)."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def local_zone(name: str) -> Iterator[None]:
    """Make ``name`` (an IANA zone such as ``Asia/Shanghai``) the local zone inside the block:
    ``datetime.astimezone()`` and ``time.localtime`` follow it. POSIX only (``time.tzset``)."""
    previous = os.environ.get("TZ")
    os.environ["TZ"] = name
    time.tzset()
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop("TZ", None)
        else:
            os.environ["TZ"] = previous
        time.tzset()
