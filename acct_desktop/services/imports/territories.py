"""Finding an account's territory by code or name, creating the ones a file introduces."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.engine import Connection

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.imports.common import insert_rows
from acct_desktop.store.models import Territory

TERRITORIES = Territory.__table__
CODE_LENGTH = TERRITORIES.c.code.type.length


class TerritoryResolver:
    """Territories by code (exact, then ignoring case) or by name (ignoring case).

    A value that names no territory creates one with that value as code and name: an
    export of one database imports into an empty one. The summary lists the new ones.
    """

    def __init__(self, conn: Connection) -> None:
        self.by_code: dict[str, uuid.UUID] = {}
        self.code_of: dict[uuid.UUID, str] = {}
        self.by_key: dict[str, list[uuid.UUID]] = {}
        for id_, code, name in conn.execute(
            select(TERRITORIES.c.id, TERRITORIES.c.code, TERRITORIES.c.name)
        ):
            self.by_code[code] = id_
            self.code_of[id_] = code
            for key in {code.casefold(), name.casefold()}:
                self.by_key.setdefault(key, []).append(id_)
        self.new: dict[str, tuple[uuid.UUID, str]] = {}

    def resolve(self, value: str) -> str | None:
        """None when ``value`` names a territory (or a new one can be made), else why not."""
        if value in self.by_code:
            return None
        found = set(self.by_key.get(value.casefold(), ()))
        if len(found) > 1:
            return Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages", '%1 territories are called "%2"; use the territory code'
                ),
                len(found),
                value,
            )
        if found or value.casefold() in self.new:
            return None
        if len(value) > CODE_LENGTH:
            return Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    'there is no territory "%1…"; a new territory needs a code of at most %2 '
                    "characters",
                ),
                value[:40],
                CODE_LENGTH,
            )
        self.new[value.casefold()] = (uuid.uuid4(), value)
        return None

    def id_for(self, value: str | None) -> uuid.UUID | None:
        """The id for a value ``resolve`` accepted."""
        if value is None:
            return None
        if value in self.by_code:
            return self.by_code[value]
        found = self.by_key.get(value.casefold())
        return found[0] if found else self.new[value.casefold()][0]

    def code_for(self, value: str | None) -> str | None:
        """The code of the territory a value names (for comparing with the current one)."""
        if value is None:
            return None
        if value in self.by_code:
            return value
        found = self.by_key.get(value.casefold())
        if found:
            return self.code_of[found[0]]
        return self.new[value.casefold()][1]

    def write(self, conn: Connection, now: datetime) -> tuple[str, ...]:
        """Insert the new territories; returns their codes."""
        rows = [(id_, now, now, 1, code, code) for id_, code in self.new.values()]
        columns = ("id", "created_at", "updated_at", "version", "code", "name")
        insert_rows(conn, TERRITORIES, columns, rows)
        return tuple(code for _, code in self.new.values())
