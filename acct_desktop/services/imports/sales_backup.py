"""A copy of the database before a sales import replaces figures it may not mean to.

A re-import replaces the figures of the months it covers; a wrong file (a mistyped date the
user confirmed, a scope widened to every account, a file that takes away more than it
brings) would otherwise take the old figures with it for good. So before such an import
replaces anything (``sales.import_sales`` decides), a SQLite database is backed up in the
usual backup folder as kind ``pre-import`` (the newest ``KEEP`` are kept), and the import's
summary names the copy: File → Restore from a backup… (or ``acct-desktop restore``) brings
the figures back. A month's plain re-import (one month, the file's own accounts, about as
many figures written as replaced) is not backed up: the verified copy costs about 18 s per
GB of database (0.55 s for 30 MB here), and its summary says what it replaced. A server
database is the server's to back up; a database without a file (in memory) has nothing to
copy. When the copy cannot be made, nothing is imported.
"""

from __future__ import annotations

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.backup import BackupError, BackupStore
from acct_desktop.services.imports.problems import ImportConflict
from acct_desktop.store.database import Database

KEEP = 10


def backup_before_import(db: Database, name: str) -> str | None:
    """Back ``db`` up as ``pre-import``; returns the copy's path (None when there is no
    file to copy). Raises ``ImportConflict`` when the copy fails."""
    url = db.url
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    try:
        store = BackupStore.for_database(db)
        info = store.take(db, "pre-import")
        store.trim("pre-import", KEEP)
    except (BackupError, OSError) as exc:
        raise ImportConflict(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "%1 was not imported: the backup to take before replacing figures could "
                    "not be made (%2). Nothing was written.",
                ),
                name,
                exc,
            )
        ) from exc
    return str(info.path)
