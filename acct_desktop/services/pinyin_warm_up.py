"""Chinese names read in pinyin before anyone types one (``domain/pinyin.py``).

Search and every list filter read a Chinese name in pinyin (``gz`` finds 广州). The library
that reads it loads its dictionaries on first use (about 0.2 s), and each name costs some
10-20 µs to read: paid at a keystroke, the first Chinese hit of a session (or a filter over
a long list of Chinese names) would stall the window. The window calls :func:`warm_up` in
its worker thread once a database is open: when an account's name holds a Han character,
the library is loaded and the accounts' names are read into the filters' cache
(``domain.text_search.filter_name``); a database without Chinese names loads nothing.
"""

from __future__ import annotations

from sqlalchemy import select

from acct_desktop.domain import pinyin
from acct_desktop.domain.text_search import NAMES_KEPT, filter_name
from acct_desktop.store.database import Database
from acct_desktop.store.models.accounts import Account


def warm_up(db: Database) -> int:
    """Load the pinyin library and read the accounts' Chinese names, if there are any (in a
    worker thread: see the module docstring). How many names were read (0: none, and the
    library was not loaded)."""
    with db.session() as session:
        names = session.scalars(
            select(Account.name).where(Account.archived_at.is_(None)),
            execution_options={"yield_per": 2_000},
        )
        chinese = [name for name in names if pinyin.has_han(name)]
    if not chinese:
        return 0
    pinyin.load()
    read = chinese[: NAMES_KEPT // 2]  # room left for the lists' other names
    for name in read:
        filter_name(name)
    return len(read)
