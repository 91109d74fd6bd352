"""Writing contacts as vCard 3.0 or 4.0 text (UTF-8, CRLF, lines folded at 75 octets).

vobject builds and serialises the cards (escaping, folding at 75 octets without splitting a
UTF-8 character, CRLF). It has no vCard 4.0 behaviour, so the 4.0 specifics are written
here: ``VERSION:4.0``, ``UID:urn:uuid:…``, lower-case ``TYPE`` values, ``PREF=1`` for the
primary phone and e-mail, ``TEL;VALUE=text`` (numbers stay exactly as typed, as
Thunderbird writes them; a ``tel:`` URI would have to drop spaces), and a basic-format
``REV``.

3.0 is written for Outlook: every ``TEL``, ``EMAIL``, ``ADR`` and ``URL`` carries a TYPE
(Outlook drops a ``TEL`` without one), ``N`` is always present, and properties holding
non-ASCII text say ``CHARSET=UTF-8`` (Outlook otherwise reads them in the Windows code
page). Outlook imports only the first card of a file that holds several: export one file
per contact for it (``split``).

Labels that vCard has no TYPE for (``main``, ``other``, ``wechat`` …) are written the way
Apple does, as an ``itemN.`` group with an ``X-ABLabel``; the primary phone, e-mail and
messenger id (which have no label) are marked preferred, so a card we wrote reads back
exactly. ``FN`` is the name as written (and what we read back); ``N`` holds its parts as
:func:`acct_desktop.domain.person_names.split_name` finds them for the contact's document
language and country — phones and Outlook sort and file by ``N``'s family name:
``de Boer;Jeroen``, ``Nguyễn;An;Văn``, ``欧阳;娜娜``, ``山田;太郎`` (at an account in Japan),
``王;;;;先生`` (a title is the suffix), ``YAMADA;Taro`` (a family name in capitals first);
a name it cannot split is whole in the given name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import vobject

from acct_desktop.domain.person_names import split_name
from acct_desktop.services.vcard_fields import OWN_PRODID, CardContact
from acct_desktop.store.models.contacts import ContactDetailKind

VERSIONS = ("3.0", "4.0")
LINE_OCTETS = 75  # RFC 2426/6350: lines longer than this are folded
UNFOLDED = 1 << 30
_PHONE_TYPES = {
    "work": ("work", "voice"),
    "cell": ("cell", "voice"),
    "home": ("home", "voice"),
    "fax": ("work", "fax"),
    "pager": ("pager",),
}
_PLACE_TYPES = {"work": ("work",), "home": ("home",)}
_SCHEME = re.compile(r"[a-z][a-z0-9+.\-]*")


class _Card:
    """One card being built: adds properties with the version's spelling of parameters."""

    def __init__(self, version: str) -> None:
        self.version = version
        self.component = vobject.vCard()
        self.groups = 0
        self.add("VERSION", version)

    @property
    def v4(self) -> bool:
        return self.version == "4.0"

    def add(self, name: str, content: Any, types: Iterable[str] = (), **params: str) -> Any:
        """Add a property; ``params`` are written upper-case, ``_`` as ``-``."""
        child = self.component.add(name.lower())
        child.value = content
        types = list(types)
        if types:
            child.params["TYPE"] = [t if self.v4 else t.upper() for t in types]
        for key, param in params.items():
            child.params[key.upper().replace("_", "-")] = [param]
        if not self.v4 and _non_ascii(content):
            child.params["CHARSET"] = ["UTF-8"]
        return child

    def add_labelled(
        self,
        name: str,
        content: Any,
        label: str | None,
        known: dict[str, tuple[str, ...]],
        base: tuple[str, ...] = (),
        **params: str,
    ) -> None:
        """A property with a label: as TYPE values when vCard has them, else Apple-style."""
        if label is None or label in known:
            types = (*base, *known.get(label or "", ()))
            self.add(name, content, types, **params)
            return
        self.groups += 1
        group = f"item{self.groups}"
        self.add(name, content, base, **params).group = group
        self.add("X-ABLABEL", label).group = group


def card_text(contact: CardContact, version: str = "3.0") -> str:
    """One contact as a vCard (CRLF line ends, folded)."""
    if version not in VERSIONS:
        raise ValueError(f"vCard version {version} cannot be written; use 3.0 or 4.0")
    card = _Card(version)
    v4 = card.v4
    card.add("PRODID", OWN_PRODID)
    if contact.uid:
        card.add("UID", f"urn:uuid:{contact.uid}" if v4 else contact.uid)
    parts = split_name(contact.name, contact.name_language, contact.name_country)
    name = vobject.vcard.Name(
        family=parts.family,
        given=parts.given,
        additional=parts.additional,
        prefix=parts.prefix,
        suffix=parts.suffix,
    )
    card.add("N", name)
    card.add("FN", contact.name)
    if contact.organisation or contact.department:
        card.add(
            "ORG",
            [contact.organisation or "", *([contact.department] if contact.department else [])],
        )
    if contact.title:
        card.add("TITLE", contact.title)
    _add_phones(card, contact)
    _add_emails(card, contact)
    for detail in contact.details:
        if detail.kind is ContactDetailKind.ADDRESS:
            address = vobject.vcard.Address(street=detail.value)
            card.add_labelled("ADR", address, detail.label, _PLACE_TYPES)
        elif detail.kind is ContactDetailKind.URL:
            card.add_labelled("URL", detail.value, detail.label, _PLACE_TYPES)
    _add_messengers(card, contact)
    if contact.notes:
        card.add("NOTE", contact.notes)
    if contact.revised_at is not None:
        stamp = contact.revised_at.strftime("%Y%m%dT%H%M%SZ" if v4 else "%Y-%m-%dT%H:%M:%SZ")
        card.add("REV", stamp)
    own = {
        "X-ACCT-DMU-ROLE": contact.dmu_role.value if contact.dmu_role else None,
        "X-ACCT-ATTITUDE": contact.attitude.value if contact.attitude else None,
        "X-ACCT-INFLUENCE": str(contact.influence) if contact.influence is not None else None,
        "X-ACCT-REPORTS-TO": contact.reports_to_uid,
        "X-ACCT-MESSENGER": contact.messenger_id,
        "X-ACCT-LAST-CONTACTED": (
            contact.last_contacted_on.isoformat() if contact.last_contacted_on else None
        ),
    }
    for name, value in own.items():
        if value is not None:
            card.add(name, value)
    # vobject folds by characters when a line has fewer than 75 (a short Vietnamese or
    # Chinese line can still exceed 75 octets): it writes whole lines, we fold them.
    text = str(card.component.serialize(lineLength=UNFOLDED))
    return "".join(fold(line) + "\r\n" for line in text.split("\r\n")[:-1])


def cards_text(contacts: Iterable[CardContact], version: str = "3.0") -> str:
    """Several contacts as one vCard file's text."""
    return "".join(card_text(contact, version) for contact in contacts)


def _add_phones(card: _Card, contact: CardContact) -> None:
    text = {"value": "text"} if card.v4 else {}
    label = contact.phone_label
    if contact.phone and label is None:  # kind not known: a work number, as always
        if card.v4:
            card.add("TEL", contact.phone, ("work", "voice"), pref="1", **text)
        else:
            card.add("TEL", contact.phone, ("work", "voice", "pref"))
    elif contact.phone:  # the kind it was read with (a mobile stays TYPE=CELL)
        base = () if label in _PHONE_TYPES else ("voice",)
        if card.v4:
            card.add_labelled("TEL", contact.phone, label, _PHONE_TYPES, base, pref="1", **text)
        else:
            card.add_labelled("TEL", contact.phone, label, _PHONE_TYPES, ("pref", *base))
    for detail in contact.details:
        if detail.kind is ContactDetailKind.PHONE:
            base = () if detail.label in _PHONE_TYPES else ("voice",)
            card.add_labelled("TEL", detail.value, detail.label, _PHONE_TYPES, base, **text)


def _add_emails(card: _Card, contact: CardContact) -> None:
    internet = () if card.v4 else ("internet",)
    if contact.email:
        if card.v4:
            card.add("EMAIL", contact.email, ("work",), pref="1")
        else:
            card.add("EMAIL", contact.email, ("internet", "pref"))
    for detail in contact.details:
        if detail.kind is ContactDetailKind.EMAIL:
            card.add_labelled("EMAIL", detail.value, detail.label, _PLACE_TYPES, internet)


def _add_messengers(card: _Card, contact: CardContact) -> None:
    """IMPP for other programs (when the id names its network), X-ACCT-MESSENGER for us."""
    primary = contact.messenger_id
    found = _SCHEME.fullmatch(primary.split(":", 1)[0]) if primary and ":" in primary else None
    if primary and found:
        network, handle = primary.split(":", 1)
        card.add("IMPP", f"{network}:{handle}", x_service_type=network)
    for detail in contact.details:
        if detail.kind is ContactDetailKind.MESSENGER:
            network = detail.label or "im"
            scheme = network if _SCHEME.fullmatch(network) else "x-apple"
            card.add("IMPP", f"{scheme}:{detail.value}", x_service_type=network)


def fold(line: str, limit: int = LINE_OCTETS) -> str:
    """``line`` folded into lines of at most ``limit`` octets of UTF-8 (a continuation
    starts with a space), never inside a character."""
    if len(line) * 4 <= limit or len(line.encode("utf-8")) <= limit:
        return line
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > limit:
            pieces.append("".join(current))
            current, size = [" "], 1
        current.append(char)
        size += octets
    pieces.append("".join(current))
    return "\r\n".join(pieces)


def _non_ascii(value: Any) -> bool:
    if isinstance(value, str):
        return not value.isascii()
    if isinstance(value, list):
        return any(_non_ascii(v) for v in value)
    return any(_non_ascii(v) for v in getattr(value, "__dict__", {}).values())
