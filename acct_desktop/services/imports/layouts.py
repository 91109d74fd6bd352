"""The choices a user made for a file's columns, kept for the next file with the same
headers: next month's export from the same ERP opens chosen the same way.

A layout is known by the kind of import and the set of its headers (trimmed, case and
Unicode form ignored, order ignored), so a re-ordered export still matches and a file with
one more or one fewer column does not. It keeps the field → header choices (including a
field the user left out on purpose), the words of the measure column the user read
otherwise, and the measure or kind for rows whose file gives none. Stored as JSON text by
whoever keeps it (the GUI's settings); text that cannot be read is no layout."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from acct_desktop.domain.enums import Measure

LAYOUT_VERSION = 1


def header_key(header: str) -> str:
    """A header as layouts compare it: trimmed, NFC, case folded."""
    return unicodedata.normalize("NFC", header).strip().casefold()


def layout_key(entity: str, headers: Sequence[str]) -> str:
    """The name a layout is kept under: the import's kind and a digest of its headers."""
    keys = sorted({header_key(h) for h in headers if header_key(h)})
    digest = hashlib.sha256("\x1f".join(keys).encode("utf-8")).hexdigest()[:20]
    return f"{entity}-{digest}"


@dataclass(frozen=True)
class ImportLayout:
    mapping: dict[str, str]  # field → header, "" for a field left out
    saved_on: date
    measure_words: dict[str, Measure | None] = field(default_factory=dict)  # None: refused
    default: str | None = None  # the measure (sales) or kind (accounts) when none is given

    def mapping_for(self, headers: Sequence[str]) -> dict[str, str]:
        """The kept choices as headers of this file (each field whose header it has, or
        that was left out)."""
        by_key = {header_key(h): h for h in headers}
        chosen = {}
        for name, header in self.mapping.items():
            if not header:
                chosen[name] = ""
            elif (found := by_key.get(header_key(header))) is not None:
                chosen[name] = found
        return chosen

    def to_text(self) -> str:
        return json.dumps(
            {
                "version": LAYOUT_VERSION,
                "mapping": self.mapping,
                "measure_words": {
                    word: None if meant is None else meant.value
                    for word, meant in self.measure_words.items()
                },
                "default": self.default,
                "saved_on": self.saved_on.isoformat(),
            },
            ensure_ascii=False,
            sort_keys=True,
        )

    @classmethod
    def from_text(cls, text: Any) -> ImportLayout | None:
        """The layout ``text`` holds; None when it is not one (damaged, or of another
        version): the dialog then guesses as for a new file."""
        try:
            data = json.loads(text)
            if data["version"] != LAYOUT_VERSION:
                return None
            words = _of_text(data["measure_words"], allow_none=True)
            default = data["default"]
            if default is not None and not isinstance(default, str):
                return None
            return cls(
                mapping=_of_text(data["mapping"]),
                saved_on=date.fromisoformat(data["saved_on"]),
                measure_words={w: None if m is None else Measure(m) for w, m in words.items()},
                default=default,
            )
        except (TypeError, ValueError, KeyError, AttributeError):
            return None


def _of_text(value: Any, allow_none: bool = False) -> dict[str, Any]:
    """``value`` when it is a JSON object of text (or null, when allowed) by text."""
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and (isinstance(v, str) or (allow_none and v is None))
        for k, v in value.items()
    ):
        raise ValueError("an object of text")
    return value
