"""The choices a user made for a file's columns, kept for the next file with the same
headers: next month's export from the same ERP opens chosen the same way.

A layout is known by the kind of import and the set of its headers (trimmed, case and
Unicode form ignored, order ignored), so a re-ordered export still matches and a file with
one more or one fewer column does not. It keeps the field → header choices (including a
field the user left out on purpose), the words of the measure column the user read
otherwise, the measure or kind for rows whose file gives none, and the line the headers
were on. Stored as JSON text by whoever keeps it (the GUI's settings); text that cannot be
read is no layout. A layout kept before the line was (no ``header_row``) is read as one
without it: nothing to migrate.

The row of column names is found in each file (``tabular.header_index``); where it finds
another row than the user chose last month (ERP abbreviations under a row of group names
that name fields: "Klant | | Artikel"), ``kept_header_row`` finds the row whose headers
are a kept layout's, so next month's file is read from it again; a file none of whose
first rows has a kept layout's headers keeps the row found."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from acct_desktop.domain.enums import Measure
from acct_desktop.services.tabular import HEADER_SEARCH_ROWS

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
    header_row: int | None = None  # the line of the file's column names (None: not kept)

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
                "header_row": self.header_row,
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
            row = data.get("header_row")  # not in a layout kept before it was
            if row is not None and (type(row) is not int or row < 1):
                return None
            return cls(
                mapping=_of_text(data["mapping"]),
                saved_on=date.fromisoformat(data["saved_on"]),
                measure_words={w: None if m is None else Measure(m) for w, m in words.items()},
                default=default,
                header_row=row,
            )
        except (TypeError, ValueError, KeyError, AttributeError):
            return None


def kept_header_row(
    entities: Sequence[str],
    found: int,
    rows: Sequence[tuple[int, Sequence[str]]],
    kept: Callable[[str], ImportLayout | None],
) -> tuple[str, int] | None:
    """(kind of import, line) of the row among a file's first ``rows`` ((line, cells), as
    ``Table.leading``) whose headers are a layout ``kept`` (by its ``layout_key``) for one
    of ``entities`` (the first preferred), when that is not the row ``found`` (the line the
    header was found on); None when the row found has a kept layout's headers, or no row
    has. Of several rows, the one on the line its layout was kept with wins, else the
    first. The file's last row is never taken: it would leave nothing to import (a file
    whose one row of figures matched a kept layout's headers read as "0 accounts")."""
    by_line = dict(rows)
    if found in by_line and any(kept(layout_key(e, by_line[found])) for e in entities):
        return None
    last = rows[-1][0] if rows and len(rows) < HEADER_SEARCH_ROWS else None
    first: tuple[str, int] | None = None
    for line, cells in rows:
        if line in (found, last) or not any(cell.strip() for cell in cells):
            continue
        for entity in entities:
            layout = kept(layout_key(entity, cells))
            if layout is None:
                continue
            if layout.header_row == line:
                return entity, line
            first = first or (entity, line)
    return first


def _of_text(value: Any, allow_none: bool = False) -> dict[str, Any]:
    """``value`` when it is a JSON object of text (or null, when allowed) by text."""
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and (isinstance(v, str) or (allow_none and v is None))
        for k, v in value.items()
    ):
        raise ValueError("an object of text")
    return value
