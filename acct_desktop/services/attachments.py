"""Scanned paper kept with a record (a stamped checklist, a signed rebate agreement)."""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, file_problem
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.store.models import Attachment

SCAN_MAX_BYTES = 25 * 1024 * 1024
SCAN_FIELD = "file"  # the field a refusal of the file names (EditRejected.field)
_SCAN_TYPES = (
    (b"%PDF-", "application/pdf"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
)
_MAGIC_BYTES = max(len(magic) for magic, _ in _SCAN_TYPES)
_CHUNK_BYTES = 1024 * 1024


def attach_scan(session: Session, owner_entity: str, owner_id: uuid.UUID, path: Path) -> Attachment:
    """Read a PDF, JPG or PNG scan and add it to the session; EditRejected with a sentence
    for an unreadable, unknown or oversized file. The attachment carries its SHA-256.

    The size and the type are known before the content is read (the file's size, then its
    first bytes), and at most ``SCAN_MAX_BYTES`` + 1 bytes are ever read: a 3 GB video
    picked by mistake is refused at once instead of filling the memory."""
    try:
        size = path.stat().st_size
        if not path.is_file():  # a folder, a pipe or a device: nothing a scanner writes
            raise EditRejected(_not_a_scan(path.name), field=SCAN_FIELD)
        if size > SCAN_MAX_BYTES:
            raise EditRejected(_too_large(path.name), field=SCAN_FIELD)
        with path.open("rb") as stream:
            media_type, data = read_scan(stream, path.name)
    except OSError as exc:
        raise EditRejected(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "%1 could not be read: %2."),
                path.name,
                file_problem(exc),
            ),
            field=SCAN_FIELD,
        ) from exc
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


def read_scan(stream: BinaryIO, name: str) -> tuple[str, bytes]:
    """(media type, content) of the scan ``stream`` (named ``name`` in refusals), reading
    no more than ``SCAN_MAX_BYTES`` + 1 bytes: a file that grows while it is read, or a
    stream with no end, is refused as too large rather than read on."""
    try:
        head = _read_up_to(stream, _MAGIC_BYTES)
        media_type = next((kind for magic, kind in _SCAN_TYPES if head.startswith(magic)), None)
        if media_type is None:
            raise EditRejected(_not_a_scan(name), field=SCAN_FIELD)
        data = head + _read_up_to(stream, SCAN_MAX_BYTES + 1 - len(head))
    except MemoryError:
        raise EditRejected(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "There was not enough free memory to read %1. Close other programs and "
                    "attach it again.",
                ),
                name,
            ),
            field=SCAN_FIELD,
        ) from None
    if len(data) > SCAN_MAX_BYTES:
        raise EditRejected(_too_large(name), field=SCAN_FIELD)
    return media_type, data


def _read_up_to(stream: BinaryIO, limit: int) -> bytes:
    """At most ``limit`` bytes of ``stream``: fewer only at its end (a raw stream may hand
    back less than asked for at a time)."""
    chunks: list[bytes] = []
    while limit > 0:
        chunk = stream.read(min(limit, _CHUNK_BYTES))
        if not chunk:
            break
        chunks.append(chunk)
        limit -= len(chunk)
    return b"".join(chunks)


def _not_a_scan(name: str) -> Sentence:
    return Sentence.of(QT_TRANSLATE_NOOP("messages", "%1 is not a PDF, JPG or PNG file."), name)


def _too_large(name: str) -> Sentence:
    return Sentence.of(
        QT_TRANSLATE_NOOP("messages", "%1 is larger than %2 MB; scan it at a lower resolution."),
        name,
        SCAN_MAX_BYTES // (1024 * 1024),
    )
