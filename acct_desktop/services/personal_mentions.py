"""Where free text mentions a person: visit reports, customer issues, quote notes and other
contacts' notes; and the pattern that finds (and erases) the mentions.

A mention is the person's full name (any case, any spacing between its words; whole words
for names in spaced scripts, anywhere for names in CJK characters), one of their e-mail
addresses, phone numbers (any separators; an international number also as dialled at home,
with a 0 for the country code) or messenger handles. A first name alone cannot be told
apart from other people's and is not looked for.

Rows are found by a plain ``LIKE`` on each field (rows of the person's own account are
always read), then checked with the pattern in Python, where case folding works for every
script.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from acct_desktop.store.models import Contact, CustomerIssue, IssueChecklistItem, Quote, Visit

# The free-text fields a person may be mentioned in, per record type.
TEXT_FIELDS: dict[str, tuple[Any, tuple[str, ...]]] = {
    "visit": (
        Visit,
        (
            "summary",
            "stock_note",
            "sell_through_note",
            "competitor_note",
            "needs_note",
            "follow_ups",
        ),
    ),
    "customer_issue": (CustomerIssue, ("description", "resolution")),
    "quote": (Quote, ("notes", "decision_note")),
    "contact": (Contact, ("notes",)),
}
MIN_HANDLE = 4  # shorter messenger handles would match ordinary words
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_SEPARATORS = r"[\s.\-()/]*"


@dataclass(frozen=True, slots=True)
class Mention:
    """One field of one record that mentions the person, with its text."""

    record: str  # a key of TEXT_FIELDS
    id: uuid.UUID
    field: str
    text: str


@dataclass(frozen=True)
class Identity:
    """What identifies a person in text."""

    name: str
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    handles: tuple[str, ...] = ()

    def literals(self) -> list[str]:
        """Exact strings to pre-select rows with ``LIKE``."""
        return [s for s in (self.name, *self.emails, *self.phones, *self.handles) if s]

    def pattern(self) -> re.Pattern[str] | None:
        """One pattern finding any of the person's identifiers (None if there is none)."""
        parts = [re.escape(e) for e in sorted(self.emails, key=len, reverse=True)]
        parts += [p for phone in self.phones for p in _phone_patterns(phone)]
        parts += [
            rf"(?<![\w.@]){re.escape(h)}(?![\w@])" for h in self.handles if len(h) >= MIN_HANDLE
        ]
        if len(self.name.strip()) >= 2:
            parts.append(_name_pattern(self.name))
        if not parts:
            return None
        return re.compile("|".join(f"(?:{p})" for p in parts), re.IGNORECASE)


def _name_pattern(name: str) -> str:
    words = unicodedata.normalize("NFC", name).split()
    body = r"\s+".join(re.escape(w) for w in words)
    before = "" if _CJK.match(words[0][0]) else r"(?<!\w)"
    after = "" if _CJK.match(words[-1][-1]) else r"(?!\w)"
    return f"{before}{body}{after}"


def _phone_patterns(phone: str) -> list[str]:
    """The number as written, with any separators; an international number also as it is
    dialled at home (``+84 28 3823 4567`` → ``028 3823 4567``, the country code being 1 to
    3 digits)."""
    digits = re.sub(r"\D", "", phone)
    if len(digits) < 6:
        return []
    forms = [digits]
    written = phone.strip()
    if written.startswith(("+", "00")):
        body = digits[2:] if written.startswith("00") else digits
        forms += ["0" + body[cc:] for cc in (1, 2, 3) if len(body) - cc >= 6]
    return [rf"(?<![\d+])\+?{_SEPARATORS.join(form)}(?!\d)" for form in dict.fromkeys(forms)]


def identity_of(contact: Contact) -> Identity:
    """A contact's identifiers (their details loaded)."""
    emails = [contact.email or ""]
    phones = [contact.phone or ""]
    messenger = contact.messenger_id
    handles = [messenger.partition(":")[2] or messenger] if messenger else []
    for detail in contact.details:
        bucket = {"email": emails, "phone": phones, "messenger": handles}.get(detail.kind.value)
        if bucket is not None:
            bucket.append(detail.value)
    return Identity(
        contact.name,
        tuple(dict.fromkeys(e for e in emails if e)),
        tuple(dict.fromkeys(p for p in phones if p)),
        tuple(dict.fromkeys(h for h in handles if h)),
    )


def find_mentions(
    session: Session, contact: Contact, identity: Identity, records: Iterable[str] = TEXT_FIELDS
) -> Iterator[tuple[Any, Mention]]:
    """(row, mention) for every field of the chosen record types that mentions the person
    (the contact's own notes excluded)."""
    pattern = identity.pattern()
    if pattern is None:
        return
    literals = identity.literals()
    for record in records:
        model, fields = TEXT_FIELDS[record]
        columns = [getattr(model, f) for f in fields]
        like = [column.contains(text, autoescape=True) for column in columns for text in literals]
        query = select(model).where(or_(model.account_id == contact.account_id, *like))
        if model is Contact:
            query = query.where(Contact.id != contact.id)
        for row in session.scalars(query):
            for name in fields:
                text = getattr(row, name)
                if text and pattern.search(unicodedata.normalize("NFC", text)):
                    yield row, Mention(record, row.id, name, text)


def sealed_mentions(session: Session, identity: Identity) -> list[uuid.UUID]:
    """Ids of sealed checklist items whose frozen description mentions the person (a sealed
    document cannot be changed, so erasure leaves them and says so)."""
    pattern = identity.pattern()
    if pattern is None:
        return []
    like = [
        IssueChecklistItem.description.contains(t, autoescape=True) for t in identity.literals()
    ]
    rows = session.execute(
        select(IssueChecklistItem.id, IssueChecklistItem.description).where(or_(*like))
    )
    return [id_ for id_, text in rows if pattern.search(unicodedata.normalize("NFC", text))]


def replace_mentions(text: str, pattern: re.Pattern[str], placeholder: str) -> str:
    """``text`` with every mention replaced by ``placeholder``."""
    return pattern.sub(placeholder, unicodedata.normalize("NFC", text))
