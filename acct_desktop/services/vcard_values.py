"""Turning vCard property values into plain text: names, TYPE lists and preference ranks,
Apple labels, ``tel:`` URIs, addresses, messenger URIs and UIDs (vCard 2.1, 3.0 and 4.0)."""

from __future__ import annotations

import re
import unicodedata
import urllib.parse
from dataclasses import dataclass

from acct_desktop.domain.person_names import name_from_card_parts
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP


class CardError(ValueError):
    """A card that cannot be imported; ``line`` is the line within the card (1 = BEGIN)."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


@dataclass(frozen=True, slots=True)
class Property:
    """One content line of a card as vobject's lexer gives it: folding undone,
    quoted-printable decoded with its charset, the value still escaped. ``line`` counts from
    the card's ``BEGIN`` line (1)."""

    name: str
    group: str | None
    params: dict[str, list[str]]
    singletonparams: list[str]
    value: str
    line: int


def split_escaped(value: str, separator: str = ";") -> list[str]:
    """``value`` split at each ``separator`` not escaped by a backslash (escapes kept)."""
    parts, current, escaped = [], [], False
    for char in value:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            current.append(char)
            escaped = True
        elif char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


_ESCAPES = {"n": "\n", "N": "\n", ",": ",", ";": ";", ":": ":", "\\": "\\"}


def unescape(value: str) -> str:
    """vCard text escapes undone (``\\n`` newline, ``\\,`` ``\\;`` ``\\\\``; Gmail's ``\\:``);
    a backslash before anything else is kept."""
    if "\\" not in value:
        return value
    out, index = [], 0
    while index < len(value):
        char = value[index]
        following = value[index + 1] if index + 1 < len(value) else ""
        if char == "\\" and following in _ESCAPES:
            out.append(_ESCAPES[following])
            index += 2
        else:
            out.append(char)
            index += 1
    return "".join(out)


def text_of(prop: Property) -> str | None:
    """A single-valued property as clean text (an unescaped comma is text, not a list)."""
    return clean_text(unescape(prop.value))


LABEL_ALIASES = {
    "mobile": "cell",
    "iphone": "cell",
    "homefax": "fax",
    "workfax": "fax",
    "otherfax": "fax",
    "homepage": "home",
}
MESSENGER_PROPERTIES = {
    "X-WECHAT": "wechat",
    "X-ZALO": "zalo",
    "X-SKYPE": "skype",
    "X-SKYPE-USERNAME": "skype",
    "X-WHATSAPP": "whatsapp",
    "X-LINE": "line",
    "X-TELEGRAM": "telegram",
    "X-QQ": "qq",
    "X-VIBER": "viber",
    "X-JABBER": "xmpp",
    "X-AIM": "aim",
    "X-ICQ": "icq",
    "X-MSN": "msn",
    "X-YAHOO": "yahoo",
    "X-GOOGLE-TALK": "gtalk",
    "X-GADUGADU": "gadugadu",
}
_UUID = re.compile(r"(?:urn:uuid:)?([0-9a-fA-F-]{32,36})")
_SPACES = re.compile(r"\s+")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.\-]*):(.*)", re.DOTALL)


def clean_text(value: str | None) -> str | None:
    """Unescaped text made clean: NFC, stripped, line breaks as \\n; None if empty."""
    if value is None:
        return None
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", value).strip() or None


def text_parts(prop: Property) -> list[str | None]:
    """The components of a structured value (``ORG``, ``N``, ``ADR``) as clean text; a
    component's comma-separated list stays one text (as written, unescaped)."""
    return [clean_text(unescape(part)) for part in split_escaped(prop.value)]


def name_of(props: list[Property]) -> str:
    """The card's name: ``FN``, else composed from ``N`` in the culture's order (family
    name first, without a space, in CJK characters; a Vietnamese family name first; else
    given name first: see :func:`name_from_card_parts`)."""
    for prop in props:
        if prop.name == "FN" and (text := text_of(prop)):
            return one_line_name(text)
    for prop in props:
        if prop.name != "N":
            continue
        parts = [_name_part(p) for p in split_escaped(prop.value)][:5]
        family, given, additional, prefix, suffix = parts + [None] * (5 - len(parts))
        if text := name_from_card_parts(family, given, additional, prefix, suffix):
            return text
    raise CardError(QT_TRANSLATE_NOOP("messages", "no name (FN or N)"))


def one_line_name(text: str) -> str:
    """``text`` on one line: each run of white space one space — the ideographic space
    (U+3000) kept where it stands alone, as in a Japanese 山田　太郎, so a name comes back
    as it was written."""
    return _SPACES.sub(lambda run: run.group()[0] if run.group() == "\u3000" else " ", text.strip())


def _name_part(component: str) -> str | None:
    """One component of ``N``; its comma-separated list (``Philip,Paul``) joined by spaces."""
    words = (clean_text(unescape(p)) for p in split_escaped(component, ","))
    return " ".join(w for w in words if w) or None


def types_of(child: Property) -> set[str]:
    """TYPE values, however written: TYPE=a,b / TYPE="a,b" / TYPE=a;TYPE=b / 2.1's bare ;A;B."""
    raw = [*child.params.get("TYPE", []), *getattr(child, "singletonparams", [])]
    return {p.strip().strip('"').lower() for v in raw for p in str(v).split(",") if p.strip()}


def pref_rank(child: Property, types: set[str]) -> int | None:
    """The preference rank: 4.0's PREF=1..100 (1 most preferred), or 1 for TYPE=pref."""
    if "PREF" in child.params:
        values = child.params["PREF"]
        text = str(values[0]).strip() if values else ""
        return int(text) if text.isdigit() else 1
    return 1 if "pref" in types else None


def label_of(text: str | None) -> str | None:
    """An Apple label (``_$!<Mobile>!$_`` or a label the user typed) in our words."""
    if not text:
        return None
    match = re.fullmatch(r"_\$!<(.*)>!\$_", text)
    label = (match.group(1) if match else text).replace('"', "").strip().lower()
    return LABEL_ALIASES.get(label, label) or None


def pick_label(types: set[str], order: tuple[str, ...]) -> str | None:
    """The first label of ``order`` the TYPE values name (mobile and iPhone are cell)."""
    for label in order:
        if label in types or (label == "cell" and types & {"mobile", "iphone"}):
            return label
    return None


def phone_text(value: str | None) -> str | None:
    """A phone number as text; a ``tel:`` URI made readable (``;ext=12`` → `` ext. 12``)."""
    if value is None or not value.lower().startswith("tel:"):
        return value
    number, *params = urllib.parse.unquote(value[4:]).split(";")
    extension = next((p[4:] for p in params if p.lower().startswith("ext=")), None)
    number = number.strip()
    return f"{number} ext. {extension}" if extension and number else number or None


def address_text(prop: Property) -> str | None:
    """An ``ADR`` formatted on one line: its parts joined by ", " (4.0's ``LABEL``
    parameter when the parts are empty)."""
    lines = [p.replace("\n", ", ") for p in text_parts(prop) if p]
    if not lines and prop.params.get("LABEL"):  # 4.0: the formatted address as a parameter
        label = str(prop.params["LABEL"][0]).replace("^n", "\n").replace("^'", '"')
        lines = [p for p in (clean_text(label.replace("^^", "^")) or "").split("\n") if p.strip()]
    return ", ".join(line.strip() for line in lines) or None


def messenger_of(child: Property) -> tuple[str, str] | None:
    """(network, handle) of an IMPP URI or an ``X-WECHAT``-style property."""
    value = text_of(child)
    if not value:
        return None
    if child.name != "IMPP":
        return MESSENGER_PROPERTIES[child.name], value
    service = child.params.get("X-SERVICE-TYPE")
    match = _SCHEME.fullmatch(value)
    scheme, handle = (match.group(1).lower(), match.group(2)) if match else ("im", value)
    handle = urllib.parse.unquote(handle).strip()
    label = label_of(str(service[0])) if service else (None if scheme == "x-apple" else scheme)
    return (label or "im", handle) if handle else None


def uid_of(value: str | None) -> str | None:
    """A UID as we compare it: a UUID (``urn:uuid:`` or not) in lower case, else as is."""
    if value is None:
        return None
    match = _UUID.fullmatch(value)
    return match.group(1).lower() if match else value


def short(value: str, limit: int = 60) -> str:
    """``value`` cut to ``limit`` characters for a message."""
    return value if len(value) <= limit else value[: limit - 1] + "…"
