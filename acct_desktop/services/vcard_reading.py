"""Reading vCard files (2.1, 3.0 and 4.0) as real address books export them.

The file is turned into text here, line by line, so that a line's declared ``CHARSET``
decodes its raw bytes (Outlook's ``CHARSET=Windows-1252``), UTF-8 being the default; a
byte order mark (UTF-8, UTF-16, UTF-32) or a UTF-16 file without one is recognised. Cards
are found by their ``BEGIN:VCARD``/``END:VCARD`` lines, so every problem can name the card
and the line where it starts.

Each card's lines are then unfolded and split into properties by ``vcard_lexer`` (linear
time; vobject's own lexer is quadratic on large photos and can backtrack exponentially),
with vobject's ``ContentLine`` building the parameter table (2.1's bare ``TEL;WORK;VOICE``
too) and decoding quoted-printable values with their charset. vobject's value behaviours
are not used: they keep only the text before the first unescaped comma of a ``NOTE`` or
``TITLE`` (which 2.1 files and careless 3.0 exports have), so values are unescaped and
split in ``vcard_values``. vobject 0.9 has no vCard 4.0 behaviour either; ``vcard_fields``
reads 4.0's meaning itself: quoted ``TYPE`` lists (``TYPE="work,voice"``), ``PREF=1``
ranks, ``tel:``/``mailto:`` URI values, ``IMPP`` URIs, the ``LABEL`` parameter of ``ADR``,
``urn:uuid:`` UIDs and ``KIND``.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass, field

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, figure
from acct_desktop.services.imports.problems import ImportProblem, ImportRejected
from acct_desktop.services.vcard_fields import CardContact, contact_from_card
from acct_desktop.services.vcard_lexer import content_line, logical_lines
from acct_desktop.services.vcard_values import CardError, Property

log = logging.getLogger(__name__)

MAX_STRAY_LINES = 20  # lines outside any card reported one by one; the rest are counted

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BYTE_LINE_BREAK = re.compile(rb"\r\n|\r|\n")
_CHARSET = re.compile(rb';\s*CHARSET\s*=\s*"?([^";:,]*)', re.IGNORECASE)
_CHARSET_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.:+\-]{0,39}")


@dataclass(frozen=True, slots=True, order=True)
class CardProblem(ImportProblem):
    """A problem in a vCard file: the card's number (0 for the file as a whole), the line
    where the card starts (or the line at fault), and a sentence."""

    card: int = 0

    def __str__(self) -> str:
        return str(self.sentence())

    def sentence(self) -> Sentence:
        """Where and what, as a Sentence the GUI translates (the message inside too)."""
        message = _said(self.message)
        if self.card:
            return Sentence.of(
                QT_TRANSLATE_NOOP("messages", "card %1 (line %2): %3"),
                self.card,
                self.line,
                message,
            )
        return Sentence.of(QT_TRANSLATE_NOOP("messages", "line %1: %2"), self.line, message)


def _said(text: str) -> str:
    """``text`` as a value inside a sentence: a marked plain text becomes a Sentence, so it
    is translated in its place."""
    return text if isinstance(text, Sentence) else Sentence(text)


class VCardRejected(ImportRejected):
    """A vCard file that cannot be imported: ``problems`` lists each by card and line."""


@dataclass(frozen=True)
class CardFile:
    """The people read from a file, and the cards left out on purpose (with why)."""

    contacts: list[CardContact]
    skipped: tuple[str, ...] = ()


@dataclass
class _RawCard:
    number: int
    line: int
    lines: list[str] = field(default_factory=list)


def read_vcards(data: bytes, name: str = "the file") -> list[CardContact]:
    """The contacts of a vCard file's bytes, in file order.

    Raises ``VCardRejected`` (listing every problem by card and line) when any card cannot
    be read; never anything else for any input.
    """
    return parse_vcards(data, name).contacts


def parse_vcards(data: bytes, name: str = "the file") -> CardFile:
    """As :func:`read_vcards`, also saying which cards were skipped (groups, not people)."""
    problems: list[CardProblem] = []
    lines = _decode(data, problems)
    cards = _split(lines, problems)
    contacts: list[CardContact] = []
    skipped: list[str] = []
    for raw in cards:
        contact = _read_card(raw, problems, skipped)
        if contact is not None:
            contacts.append(contact)
    if problems:
        raise VCardRejected(name, problems)
    return CardFile(contacts, tuple(skipped))


# -- bytes to lines -------------------------------------------------------------------------
def _decode(data: bytes, problems: list[CardProblem]) -> list[str]:
    """The file's physical lines as text."""
    encoding = _whole_file_encoding(data)
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as exc:
            problems.append(
                CardProblem(
                    1,
                    None,
                    Sentence.of(
                        QT_TRANSLATE_NOOP("messages", "the file is not valid %1 (%2)"),
                        encoding,
                        exc.reason,
                    ),
                )
            )
            text = data.decode(encoding, errors="replace")
        return _without_last_empty(_LINE_BREAK.split(text))
    lines: list[str] = []
    charset: str | None = None
    quoted_printable = continues = False
    for number, raw in enumerate(_without_last_empty(_BYTE_LINE_BREAK.split(data)), start=1):
        if not continues and raw[:1] not in (b" ", b"\t"):
            head = raw.split(b":", 1)[0] if b":" in raw else b""
            found = _CHARSET.search(head)
            charset = found.group(1).decode("ascii", "replace").strip() if found else None
            quoted_printable = b"QUOTED-PRINTABLE" in head.upper()
        lines.append(_decode_line(raw, number, charset, quoted_printable, problems))
        continues = quoted_printable and raw.rstrip().endswith(b"=")
    return lines


def _whole_file_encoding(data: bytes) -> str | None:
    """The encoding a byte order mark (or UTF-16 without one) gives the whole file."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    start = data[:10].upper()  # a file of cards starts with BEGIN
    if start == "BEGIN".encode("utf-16-le"):
        return "utf-16-le"
    if start == "BEGIN".encode("utf-16-be"):
        return "utf-16-be"
    return None


def _decode_line(
    raw: bytes,
    number: int,
    charset: str | None,
    quoted_printable: bool,
    problems: list[CardProblem],
) -> str:
    """One line: its property's declared charset for raw text, else UTF-8 (quoted-printable
    text is ASCII; vobject decodes it with the declared charset)."""
    if charset is not None and not quoted_printable:
        try:
            if not _CHARSET_NAME.fullmatch(charset):
                raise LookupError(charset)
            return raw.decode(charset)
        except LookupError:
            shown = re.sub(r"[\x00-\x1f\x7f]", "?", charset)[:40]
            problems.append(
                CardProblem(
                    number,
                    None,
                    Sentence.of(QT_TRANSLATE_NOOP("messages", 'unknown character set "%1"'), shown),
                )
            )
        except UnicodeDecodeError:
            problems.append(
                CardProblem(
                    number,
                    None,
                    Sentence.of(QT_TRANSLATE_NOOP("messages", "the text is not valid %1"), charset),
                )
            )
        return raw.decode("utf-8", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        problems.append(
            CardProblem(
                number,
                None,
                QT_TRANSLATE_NOOP(
                    "messages",
                    "the text is not UTF-8 and the line does not say its CHARSET; save the file "
                    "as UTF-8 and import it again",
                ),
            )
        )
        return raw.decode("utf-8", errors="replace")


def _without_last_empty(lines: list[bytes] | list[str]) -> list:  # type: ignore[type-arg]
    return lines[:-1] if lines and not lines[-1] else lines


# -- lines to cards -------------------------------------------------------------------------
def _key(line: str) -> str:
    return "".join(line.split()).upper()


def _split(lines: list[str], problems: list[CardProblem]) -> list[_RawCard]:
    """The cards, each with its lines (nested cards, such as 2.1 AGENTs, stay inside)."""
    cards: list[_RawCard] = []
    stray: list[int] = []
    current: _RawCard | None = None
    depth = 0
    for number, line in enumerate(lines, start=1):
        key = _key(line)
        if current is None:
            if key == "BEGIN:VCARD":
                current = _RawCard(len(cards) + 1, number, [line])
                depth = 1
            elif key:
                stray.append(number)
            continue
        current.lines.append(line)
        if key == "BEGIN:VCARD":
            depth += 1
        elif key == "END:VCARD":
            depth -= 1
            if depth == 0:
                cards.append(current)
                current = None
    if current is not None:
        problems.append(
            CardProblem(
                current.line,
                None,
                QT_TRANSLATE_NOOP("messages", "the card has no END:VCARD line"),
                current.number,
            )
        )
        cards.append(current)
    if not cards:
        first = next((n for n, line in enumerate(lines, start=1) if line.strip()), 1)
        shown = lines[first - 1].strip()[:40] if lines else ""
        problems.append(
            CardProblem(
                first,
                None,
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        'this is not a vCard file (its first line is "%1"; cards start with '
                        "BEGIN:VCARD)",
                    ),
                    shown,
                )
                if shown
                else QT_TRANSLATE_NOOP(
                    "messages",
                    "this is not a vCard file (it is empty; cards start with BEGIN:VCARD)",
                ),
            )
        )
        return []
    _report_stray(stray, problems)
    return cards


def _report_stray(stray: list[int], problems: list[CardProblem]) -> None:
    for number in stray[:MAX_STRAY_LINES]:
        problems.append(
            CardProblem(
                number,
                None,
                QT_TRANSLATE_NOOP("messages", "text outside any card (BEGIN:VCARD … END:VCARD)"),
            )
        )
    if len(stray) > MAX_STRAY_LINES:
        more = len(stray) - MAX_STRAY_LINES
        problems.append(
            CardProblem(
                stray[MAX_STRAY_LINES],
                None,
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "and %1 more lines outside any card"),
                    figure(more),
                ),
            )
        )


# -- a card ---------------------------------------------------------------------------------
def _read_card(
    raw: _RawCard, problems: list[CardProblem], skipped: list[str]
) -> CardContact | None:
    def problem(message: str) -> None:
        problems.append(CardProblem(raw.line, None, message, raw.number))

    try:
        properties = _properties(raw)
        contact = contact_from_card(properties, raw.number, raw.line)
    except CardError as exc:
        said = _said(exc.args[0]) if exc.args and isinstance(exc.args[0], str) else str(exc)
        problem(
            said
            if exc.line is None
            else Sentence.of(
                QT_TRANSLATE_NOOP("messages", "line %1: %2"), raw.line + exc.line - 1, said
            )
        )
        return None
    except Exception as exc:  # a safety net: the card is refused with a sentence, never a crash
        log.debug("card %s could not be read", raw.number, exc_info=True)
        problem(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "the card cannot be read (%1)"), _error_text(exc)
            )
        )
        return None
    if contact.skip_reason:
        skipped.append(
            Sentence.of(
                QT_TRANSLATE_NOOP("messages", "card %1 (line %2): %3; skipped"),
                raw.number,
                raw.line,
                _said(contact.skip_reason),
            )
        )
        return None
    return contact


def _properties(raw: _RawCard) -> list[Property]:
    """The card's own properties (those of nested cards, such as 2.1 AGENTs, left out),
    unfolded, quoted-printable decoded with its charset, the values still escaped."""
    properties: list[Property] = []
    depth = 0
    for text, number in logical_lines(raw.lines):
        prop = content_line(text, number)
        if prop.name in ("BEGIN", "END"):
            depth += 1 if prop.name == "BEGIN" else -1
        elif depth == 1:
            properties.append(prop)
    return properties


def _first_words(message: object, limit: int = 80) -> str:
    text = " ".join(str(message).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return Sentence.of(QT_TRANSLATE_NOOP("messages", "its text is not valid %1"), exc.encoding)
    if isinstance(exc, LookupError):
        return Sentence.of(
            QT_TRANSLATE_NOOP("messages", "unknown character set or encoding: %1"),
            _first_words(exc),
        )
    return _first_words(f"{type(exc).__name__}: {exc}")
