"""Scans picked by mistake (a 3 GB video, a pipe, a file that keeps growing) are refused
from their size and first bytes, without reading them into memory."""

from __future__ import annotations

import io
import os
import tracemalloc
import uuid
from pathlib import Path

import pytest

from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.attachments import SCAN_MAX_BYTES, attach_scan, read_scan

PNG = b"\x89PNG\r\n\x1a\n"


class Session:
    """What attach_scan needs of a session: somewhere to add the attachment."""

    def __init__(self) -> None:
        self.added: list[object] = []

    def add(self, row: object) -> None:
        self.added.append(row)

    def flush(self) -> None:
        pass


class EndlessScan(io.RawIOBase):
    """A PDF that never ends (a file still growing), counting what is read of it."""

    def __init__(self) -> None:
        self.served = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:  # type: ignore[no-untyped-def]
        size = len(buffer)
        buffer[:size] = (b"%PDF-1.7\n" + bytes(size))[:size] if self.served == 0 else bytes(size)
        self.served += size
        return size


class OutOfMemory(io.RawIOBase):
    """A JPG whose content cannot be held in the memory left."""

    def __init__(self) -> None:
        self.reads = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        self.reads += 1
        if self.reads > 1:
            raise MemoryError
        return b"\xff\xd8\xff\xe0\x00\x10JF"[:size]  # the first bytes of a JPG


def sparse(path: Path, head: bytes, size: int) -> Path:
    """A file of ``size`` bytes that takes no disk space beyond ``head``."""
    with path.open("wb") as out:
        out.write(head)
        out.truncate(size)
    return path


def test_a_3_gb_file_is_refused_from_its_size_without_being_read(tmp_path: Path) -> None:
    huge = sparse(tmp_path / "scan.pdf", b"%PDF-1.7\n", 3 * 1024**3)
    tracemalloc.start()
    try:
        with pytest.raises(EditRejected, match=r"scan\.pdf is larger than 25 MB"):
            attach_scan(Session(), "issue_checklist", uuid.uuid4(), huge)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024  # not even a megabyte was held, let alone the file


def test_a_scan_at_the_limit_is_attached_whole(tmp_path: Path) -> None:
    scan = sparse(tmp_path / "stamped.png", PNG, SCAN_MAX_BYTES)
    session = Session()
    attachment = attach_scan(session, "issue_checklist", uuid.uuid4(), scan)
    assert session.added == [attachment]
    assert attachment.media_type == "image/png" and len(attachment.content) == SCAN_MAX_BYTES
    sparse(scan, PNG, SCAN_MAX_BYTES + 1)
    with pytest.raises(EditRejected, match="larger than 25 MB"):
        attach_scan(Session(), "issue_checklist", uuid.uuid4(), scan)


def test_a_file_that_keeps_growing_is_read_only_up_to_the_limit() -> None:
    endless = EndlessScan()
    with pytest.raises(EditRejected, match=r"live\.pdf is larger than 25 MB"):
        read_scan(io.BufferedReader(endless), "live.pdf")
    assert endless.served <= SCAN_MAX_BYTES + 1 + 1024 * 1024  # the limit, give or take a read


def test_the_type_is_told_from_the_first_bytes() -> None:
    assert read_scan(io.BytesIO(PNG + b"body"), "a.png") == ("image/png", PNG + b"body")
    with pytest.raises(EditRejected, match=r"notes\.pdf is not a PDF, JPG or PNG file"):
        read_scan(io.BytesIO(b"plain text, named .pdf"), "notes.pdf")
    with pytest.raises(EditRejected, match="is not a PDF, JPG or PNG file"):
        read_scan(io.BytesIO(b""), "empty.pdf")


def test_running_out_of_memory_is_a_sentence_not_a_crash() -> None:
    with pytest.raises(EditRejected, match=r"not enough free memory to read big\.jpg"):
        read_scan(OutOfMemory(), "big.jpg")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    pipe = tmp_path / "scan.pdf"
    os.mkfifo(pipe)  # opening it to read would wait for a writer for ever
    with pytest.raises(EditRejected, match="is not a PDF, JPG or PNG file"):
        attach_scan(Session(), "issue_checklist", uuid.uuid4(), pipe)


def test_a_folder_or_a_missing_file_is_a_sentence(tmp_path: Path) -> None:
    with pytest.raises(EditRejected, match="is not a PDF, JPG or PNG file"):
        attach_scan(Session(), "issue_checklist", uuid.uuid4(), tmp_path)
    with pytest.raises(EditRejected, match=r"gone\.pdf could not be read: no such file or folder"):
        attach_scan(Session(), "issue_checklist", uuid.uuid4(), tmp_path / "gone.pdf")
