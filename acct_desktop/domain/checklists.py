"""The written issue checklist: its numbering, its frozen content and the codes printed on it.

A checklist is the manager's written promise to a customer. Once issued its content is a
snapshot (later edits of the issues do not change it), identified by a number per year
(``CL-2026-0007``) and a revision (R1, R2 …). Two codes tie the paper to that snapshot:

- the *content hash*: SHA-256 of a canonical JSON form of the snapshot (every printed
  fact, nothing else). The QR code carries it with the number, so a scanned paper copy can
  be matched to the record. (The PDF's own hash cannot be printed inside the PDF; the PDF
  is protected by its digital seal instead.)
- the *verification code*: a short, readable digest of number, revision and content hash,
  printed on every page and unique in the register, so a caller can quote it by phone.

A head office's checklist may also list the issues of the accounts below it (its branches,
stores, warehouses): the content then says so (``with_sub_accounts``) and each item names
the account it concerns. Fields added to the content later are left out of the canonical
form while they hold their default, so a checklist of an account's own issues is the same
content, with the same hash, as before they existed.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from datetime import date, datetime

from acct_desktop.domain.numbering import (
    DocumentNumberError,
    format_number,
    next_number,
    parse_number,
)
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP

NUMBER_PREFIX = "CL"
QR_SCHEME = "ACCT-CL"


ChecklistNumberError = DocumentNumberError
NUMBER_WIDTH = 4


def format_checklist_number(year: int, sequence: int) -> str:
    """``CL-2026-0007``: the year it was issued and its place in that year (from 1)."""
    return format_number(NUMBER_PREFIX, year, sequence, NUMBER_WIDTH)


def parse_checklist_number(number: str) -> tuple[int, int]:
    """(year, sequence) of a checklist number; raises ChecklistNumberError if malformed."""
    return parse_number(NUMBER_PREFIX, number, NUMBER_WIDTH)


def next_checklist_number(year: int, existing: Iterable[str]) -> str:
    """The number after the highest of ``year`` among ``existing`` (no gaps, no reuse)."""
    return next_number(NUMBER_PREFIX, year, existing, NUMBER_WIDTH)


def revision_label(revision: int) -> str:
    return f"R{revision}"


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    """One issue as printed on the checklist."""

    position: int
    issue_number: str
    category: str  # IssueCategory value
    description: str
    responsible: str
    deadline: date
    status: str  # IssueStatus value
    # The account the issue concerns, when the checklist covers sub-accounts ("" otherwise).
    account_code: str = ""
    account_name: str = ""
    # How a resolved (or verified) issue was resolved and the day it was closed, printed
    # under it with its box ticked.
    resolution: str = ""
    closed_on: date | None = None

    def overdue_on(self, day: date) -> bool:
        """Still open on ``day`` (the day of issue) and past its deadline."""
        return self.status in ("open", "in_progress") and self.deadline < day


@dataclass(frozen=True, slots=True)
class ChecklistParty:
    """Who stands behind one side of the checklist."""

    name: str
    organisation: str
    phone: str | None = None
    email: str | None = None
    address: str | None = None


@dataclass(frozen=True, slots=True)
class ChecklistContent:
    """Everything the checklist says, frozen at issue."""

    number: str
    revision: int
    # The moment of issue in the issuer's local time, with its UTC offset: the printed
    # issue date is this value's calendar date (the content alone decides the paper, on any
    # machine), and the number's year is the same date's.
    issued_at: datetime
    language: str  # document language: en, zh_CN, vi, nl
    account_code: str
    account_name: str
    customer: ChecklistParty
    manager: ChecklistParty
    items: tuple[ChecklistItem, ...]
    replaces: str | None = None  # "CL-2026-0007 R1" when this is a later revision
    note: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
    # Also the issues of every account below ``account_code`` (each item names its account).
    with_sub_accounts: bool = False

    @property
    def reference(self) -> str:
        """``CL-2026-0007 R2``: number and revision, as printed."""
        return f"{self.number} {revision_label(self.revision)}"


# Fields added after checklists were first issued, with the default they are left out at.
_LATER_CONTENT = {"with_sub_accounts": False}
_LATER_ITEM = {"account_code": "", "account_name": "", "resolution": "", "closed_on": None}


def canonical_json(content: ChecklistContent) -> str:
    """A stable text form of the content: sorted keys, ISO dates, no whitespace; the fields
    added later are left out while they hold their default (see the module docstring)."""

    def default(value: object) -> str:
        if isinstance(value, datetime | date):
            return value.isoformat()
        raise TypeError(f"not serialisable: {type(value).__name__}")

    def without_defaults(values: dict[str, object], later: dict[str, object]) -> dict:
        return {k: v for k, v in values.items() if k not in later or v != later[k]}

    data = without_defaults(asdict(content), _LATER_CONTENT)
    data["items"] = [without_defaults(item, _LATER_ITEM) for item in data["items"]]
    return json.dumps(
        data, default=default, ensure_ascii=False, sort_keys=True, separators=(",", ":")
    )


def covers_sub_accounts(content_json: str | None) -> bool:
    """Whether stored canonical content lists the issues of the accounts below its own."""
    return bool(content_json and json.loads(content_json).get("with_sub_accounts"))


def content_sha256(content: ChecklistContent) -> str:
    """Hex SHA-256 of the canonical content."""
    return hashlib.sha256(canonical_json(content).encode("utf-8")).hexdigest()


def verification_code(number: str, revision: int, content_hash: str) -> str:
    """A 12-character code in three groups (``K7QF-M2XA-9BRT``), from base32 of a digest.

    Base32 letters are A–Z and 2–7 (no 0, 1, 8 or 9), so ``normalise_code`` can read a
    typed 0 as O, 1 as I and 8 as B, and ignores case, spaces and dashes.
    """
    digest = hashlib.sha256(f"{number}|{revision}|{content_hash}".encode()).digest()
    letters = base64.b32encode(digest).decode("ascii")[:12]
    return "-".join(letters[i : i + 4] for i in range(0, 12, 4))


def normalise_code(text: str) -> str:
    """A typed verification code in its printed form (spaces, case and dashes forgiven)."""
    letters = re.sub(r"[^0-9A-Za-z]", "", text).upper().replace("0", "O").replace("1", "I")
    letters = letters.replace("8", "B")
    return "-".join(letters[i : i + 4] for i in range(0, len(letters), 4))


def qr_payload(number: str, revision: int, content_hash: str) -> str:
    """What the QR code on every page encodes: scheme, number, revision, content SHA-256."""
    return f"{QR_SCHEME}|{number}|{revision_label(revision)}|{content_hash}"


def parse_qr_payload(payload: str) -> tuple[str, int, str]:
    """(number, revision, content hash) from a scanned QR payload."""
    parts = payload.strip().split("|")
    if len(parts) != 4 or parts[0] != QR_SCHEME or not parts[2].startswith("R"):
        raise ChecklistNumberError(
            QT_TRANSLATE_NOOP("messages", "This QR code is not from an acct-desktop checklist.")
        )
    parse_checklist_number(parts[1])
    if not re.fullmatch(r"[0-9a-f]{64}", parts[3]):
        raise ChecklistNumberError(
            QT_TRANSLATE_NOOP("messages", "The QR code's document hash is malformed.")
        )
    return parts[1], int(parts[2][1:]), parts[3]


def document_keywords(number: str, revision: int, code: str, content_hash: str) -> str:
    """The PDF's /Keywords entry, read back when a sealed file is verified."""
    return f"checklist={number};revision={revision};code={code};sha256={content_hash}"


def parse_document_keywords(keywords: str | None) -> dict[str, str]:
    """The ``key=value`` pairs of a /Keywords entry written by ``document_keywords``."""
    pairs: dict[str, str] = {}
    for part in (keywords or "").split(";"):
        key, sep, value = part.partition("=")
        if sep and key.strip():
            pairs[key.strip()] = value.strip()
    return pairs
