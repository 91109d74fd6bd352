"""Scanned paper kept with a record (a stamped checklist, a signed rebate agreement)."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path

from sqlalchemy.orm import Session

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.store.models import Attachment

SCAN_MAX_BYTES = 25 * 1024 * 1024
_SCAN_TYPES = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
)


def attach_scan(session: Session, owner_entity: str, owner_id: uuid.UUID, path: Path) -> Attachment:
    """Read a PDF, JPG or PNG scan and add it to the session; EditRejected with a sentence
    for an unreadable, unknown or oversized file. The attachment carries its SHA-256."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise EditRejected(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "%1 could not be read: %2."),
                path.name,
                exc.strerror or exc,
            )
        ) from exc
    media_type = next((kind for magic, kind in _SCAN_TYPES if data.startswith(magic)), None)
    if media_type is None:
        raise EditRejected(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "%1 is not a PDF, JPG or PNG file."), path.name
            )
        )
    if len(data) > SCAN_MAX_BYTES:
        raise EditRejected(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages", "%1 is larger than %2 MB; scan it at a lower resolution."
                ),
                path.name,
                SCAN_MAX_BYTES // (1024 * 1024),
            )
        )
    attachment = Attachment(
        owner_entity=owner_entity,
        owner_id=owner_id,
        file_name=path.name,
        media_type=media_type,
        sha256=hashlib.sha256(data).hexdigest(),
        content=data,
    )
    session.add(attachment)
    session.flush()
    return attachment
