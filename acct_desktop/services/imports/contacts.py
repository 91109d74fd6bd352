"""Importing contacts: the people of accounts, matched by id (as exported), else by account
and e-mail, else by account and name; all rows checked first, then one transaction.

``reports_to`` names another contact of the same account by e-mail, name or id; it may be
a row of the same file (in any order) or a contact already in the database. Reporting
loops are refused. As for accounts, a value in the file is the truth for the contacts it
lists, an empty cell or an absent column keeps what is stored, updating existing contacts
first takes a copy of the database, and re-importing the same file changes nothing.
"""

from __future__ import annotations

import unicodedata
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from acct_desktop.domain.enums import Attitude, DmuRole
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.account_codes import accounts_by_code
from acct_desktop.services.imports import values as v
from acct_desktop.services.imports.columns import (
    CONTACT_FIELDS,
    CONTACT_REQUIRED,
    CONTACT_SYNONYMS,
)
from acct_desktop.services.imports.common import (
    EntitySpec,
    ImportInput,
    ParsedRow,
    chunked,
    insert_rows,
    read_input,
    require,
    transaction,
    update_rows,
)
from acct_desktop.services.imports.graph import find_loops, parents_first
from acct_desktop.services.imports.problems import ImportSummary, ProgressCallback
from acct_desktop.services.imports.sales_backup import backup_before_import
from acct_desktop.services.search import reindex
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, Contact
from acct_desktop.store.types import utcnow

CONTACTS = Contact.__table__
ACCOUNTS = Account.__table__
PLAIN_COLUMNS = ("name", "title", "department", "phone", "email", "messenger_id", "notes")
KEEP_WHEN_EMPTY = ("dmu_role", "attitude", "influence")
DEFAULTS = {"dmu_role": DmuRole.USER, "attitude": Attitude.NEUTRAL, "influence": 3}
INSERT_COLUMNS = (
    "id", "created_at", "updated_at", "version", "account_id", "reports_to_id",
    *KEEP_WHEN_EMPTY, *PLAIN_COLUMNS,
)  # fmt: skip
ROLE_ALIASES = {"decider": DmuRole.DECISION_MAKER, "dm": DmuRole.DECISION_MAKER,
                "purchaser": DmuRole.BUYER, "tech": DmuRole.TECHNICAL}  # fmt: skip


def _length(column: str) -> int | None:
    return getattr(CONTACTS.c[column].type, "length", None)


_ACCOUNT_NAME_LENGTH = getattr(ACCOUNTS.c.name.type, "length", None)
_CODE_LENGTH = getattr(ACCOUNTS.c.code.type, "length", None)


PARSERS: dict[str, v.Parser] = {
    name: v.text_of(_length(name)) for name in PLAIN_COLUMNS if name != "email"
} | {
    "account_code": v.text_of(_ACCOUNT_NAME_LENGTH),  # a code, or an account's exact name
    "email": v.limited(v.email, _length("email")),
    "dmu_role": v.enum_value(DmuRole, ROLE_ALIASES),
    "attitude": v.enum_value(Attitude, {"skeptic": Attitude.SCEPTIC}),
    "influence": v.whole_number(1, 5),
    "reports_to": v.text_of(200),
    "id": v.record_id,
}
SPEC = EntitySpec("contacts", CONTACT_FIELDS, CONTACT_REQUIRED, CONTACT_SYNONYMS, PARSERS)


def person_key(value: str) -> str:
    """Names and e-mails match ignoring case (and Unicode composition)."""
    return unicodedata.normalize("NFC", value).casefold()


@dataclass
class Plan:
    """The writes an accepted file turns into."""

    inserts: dict[uuid.UUID, dict[str, Any]] = field(default_factory=dict)
    updates: list[tuple[uuid.UUID, int, dict[str, Any]]] = field(default_factory=list)
    unchanged: int = 0
    fields_changed: int = 0
    kept: int = 0  # stored values an empty cell left alone


def import_contacts(
    db: Database,
    path: str | Path,
    mapping: Mapping[str, str] | None = None,
    progress: ProgressCallback | None = None,
    *,
    header_row: int | None = None,
) -> ImportSummary:
    """Import contacts from a CSV or .xlsx file at ``path`` into ``db``, all or nothing.

    Arguments, progress, cancelling and errors as for ``import_accounts``.
    """
    data = read_input(path, SPEC, mapping, progress, header_row)
    require(data, ("account_code", "name"))
    with transaction(db, data.name) as conn:
        check = _Check(data, conn)
        plan = check.plan()
        data.problems.reject_if_any(data.name)
        backup = backup_before_import(db, data.name) if plan.updates else None
        now = utcnow()
        order = parents_first(
            plan.inserts, lambda n: p if (p := check.reports_of(n)) in plan.inserts else None
        )
        stamps = {"created_at": now, "updated_at": now, "version": 1}
        rows = [tuple((plan.inserts[n] | stamps)[c] for c in INSERT_COLUMNS) for n in order]
        done = insert_rows(conn, CONTACTS, INSERT_COLUMNS, rows, data.progress)
        columns = sorted({k for _, _, target in plan.updates for k in target})
        uniform = [
            (id_, version, {c: target.get(c, check.current[id_][c]) for c in columns})
            for id_, version, target in plan.updates
        ]
        done = update_rows(conn, CONTACTS, columns, uniform, now, data.progress, done)
        touched = {contact["account_id"] for contact in plan.inserts.values()}
        touched |= {check.current[id_]["account_id"] for id_, _version, _target in plan.updates}
        reindex(conn, touched)  # contact names are searchable
        data.progress.written(done)
    return data.summary(
        "contacts",
        created=len(plan.inserts),
        updated=len(plan.updates),
        unchanged=plan.unchanged,
        changed_ids=frozenset(plan.inserts) | {u[0] for u in plan.updates},
        fields_changed=plan.fields_changed,
        values_kept=plan.kept,
        backup=backup,
    )


class _Check:
    """Matching rows to contacts, resolving ``reports_to`` and refusing loops."""

    def __init__(self, data: ImportInput, conn: Connection) -> None:
        self.data = data
        given = sorted(
            {r.values["account_code"] for r in data.rows if r.values.get("account_code")}
        )
        self.account_ids: dict[str, uuid.UUID] = {}
        # the account named by an exact name (Odoo's "Related Company") when no code fits;
        # a name that several accounts have is refused (``named_twice``)
        self.named_twice: dict[str, int] = {}
        self._accounts_of(conn, given)
        self.current: dict[uuid.UUID, Any] = {}
        self._load(conn, CONTACTS.c.account_id, list(self.account_ids.values()))
        wanted = {r.values.get("id") for r in data.rows} | {
            _as_id(r.values.get("reports_to")) for r in data.rows
        }
        self._load(conn, CONTACTS.c.id, [i for i in wanted if i and i not in self.current])
        self.node: dict[int, uuid.UUID] = {}  # row line → contact id (matched or new)
        self.claimed: dict[uuid.UUID, ParsedRow] = {}
        self.boss: dict[uuid.UUID, uuid.UUID | None] = {}  # resolved reports_to per file node
        self._by_key: tuple[dict[Any, list[uuid.UUID]], dict[Any, list[uuid.UUID]]] | None = None

    def _accounts_of(self, conn: Connection, given: list[str]) -> None:
        as_codes: dict[str, str] = {}
        for value in given:
            try:
                as_codes[value] = v.code_of(_CODE_LENGTH)(value) or value
            except ValueError:
                continue  # cannot be a code (a tab, too long): maybe a name
        found = accounts_by_code(conn, sorted(set(as_codes.values())), ACCOUNTS.c.id)
        for value, code in as_codes.items():
            if code in found:
                self.account_ids[value] = found[code][0]
        names = [value for value in given if value not in self.account_ids]
        by_name: dict[str, list[uuid.UUID]] = {}
        for chunk in chunked(names):
            query = select(ACCOUNTS.c.name, ACCOUNTS.c.id).where(ACCOUNTS.c.name.in_(chunk))
            for name, id_ in conn.execute(query).all():
                by_name.setdefault(name, []).append(id_)
        for name, ids in by_name.items():
            if len(ids) == 1:
                self.account_ids[name] = ids[0]
            else:
                self.named_twice[name] = len(ids)

    def _load(self, conn: Connection, column: Any, keys: list[uuid.UUID]) -> None:
        """Contacts as the database has them (only the columns compared or matched on)."""
        names = ["id", "version", "account_id", "reports_to_id", *KEEP_WHEN_EMPTY, *PLAIN_COLUMNS]
        query = select(*(CONTACTS.c[name] for name in names))
        for chunk in chunked(keys):
            for row in conn.execute(query.where(column.in_(chunk))).all():
                self.current[row[0]] = dict(zip(names, row, strict=True))

    def reports_of(self, node: uuid.UUID) -> uuid.UUID | None:
        """The merged reporting line: the file's value, else the database's."""
        if node in self.boss:
            return self.boss[node]
        row = self.current.get(node)
        return row["reports_to_id"] if row is not None else None

    def plan(self) -> Plan:
        data = self.data
        rows = [r for r in data.rows if r.ok]
        for row in rows:
            code = row.values["account_code"]
            if code in self.named_twice:
                message = Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages", '%1 accounts are called "%2"; write the account\'s code'
                    ),
                    self.named_twice[code],
                    code,
                )
                data.problem(row, "account_code", message)
            elif code not in self.account_ids:
                data.problem(
                    row,
                    "account_code",
                    Sentence.of(
                        QT_TRANSLATE_NOOP(
                            "messages", "there is no account with the code or name %1"
                        ),
                        code,
                    ),
                )
        rows = [r for r in rows if r.ok]
        self._match([r for r in rows if r.values.get("id") is not None])
        self._match_by_key([r for r in rows if r.values.get("id") is None])
        rows = [r for r in rows if r.ok]
        if "reports_to" in data.columns.index:
            self._resolve_bosses(rows)
        by_node = {self.node[r.line]: r for r in rows if r.ok}
        for node, chain in find_loops(list(by_node), self.reports_of).items():
            names = [self._name(n, by_node) for n in chain[:8]]
            shown = " → ".join(names) + (" → …" if len(chain) > 8 else "")
            data.problem(
                by_node[node],
                "reports_to",
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "this makes a reporting loop: %1"), shown
                ),
            )
        plan = Plan()
        if not data.problems:
            for node, row in by_node.items():
                self._plan_row(node, row, plan)
        return plan

    def _match(self, rows: list[ParsedRow]) -> None:
        seen: dict[uuid.UUID, ParsedRow] = {}
        for row in rows:
            id_ = row.values["id"]
            if id_ in seen:
                self.data.problem(
                    row,
                    "id",
                    Sentence.of(
                        QT_TRANSLATE_NOOP("messages", "this id is already used on line %1"),
                        seen[id_].line,
                    ),
                )
                continue
            seen[id_] = row
            if id_ in self.current:
                self._claim(id_, row)
            else:  # an id from another database: match as a row without one, keeping it if new
                self._match_by_key([row], new_id=id_)

    def _match_by_key(self, rows: list[ParsedRow], new_id: uuid.UUID | None = None) -> None:
        by_email, by_name = self._indexes()
        seen: dict[tuple[str, str], ParsedRow] = {}
        for row in rows:
            account = self.account_ids[row.values["account_code"]]
            email = row.values.get("email")
            key = (
                ("email", person_key(email)) if email else ("name", person_key(row.values["name"]))
            )
            if new_id is None:
                first = seen.setdefault((row.values["account_code"], *key), row)
                if first is not row:
                    self.data.problem(
                        row,
                        None,
                        Sentence.of(
                            QT_TRANSLATE_NOOP(
                                "messages", "line %1 already describes this contact (%2)"
                            ),
                            first.line,
                            key[0],
                        ),
                    )
                    continue
            found = by_email.get((account, key[1]), []) if email else []
            if email and not found:  # an e-mail added to a contact known by name
                named = by_name.get((account, person_key(row.values["name"])), [])
                found = [c for c in named if not self.current[c]["email"]]
            if not email:
                found = by_name.get((account, key[1]), [])
            free = [c for c in found if c not in self.claimed]
            if len(free) == 1:
                self._claim(free[0], row)
            elif len(free) > 1:
                self.data.problem(
                    row,
                    "email" if email else "name",
                    Sentence.of(
                        QT_TRANSLATE_NOOP(
                            "messages",
                            "%1 contacts of %2 match this row; add the id column of an export "
                            "to say which one it is",
                        ),
                        len(free),
                        row.values["account_code"],
                    ),
                )
            elif found:
                self.data.problem(
                    row,
                    None,
                    QT_TRANSLATE_NOOP(
                        "messages", "another line of the file already updates this contact"
                    ),
                )
            else:
                self.node[row.line] = new_id or uuid.uuid4()

    def _indexes(self) -> tuple[dict[Any, list[uuid.UUID]], dict[Any, list[uuid.UUID]]]:
        """Contacts in the database by (account, e-mail) and by (account, name)."""
        if self._by_key is None:
            by_email: dict[Any, list[uuid.UUID]] = {}
            by_name: dict[Any, list[uuid.UUID]] = {}
            for id_, contact in self.current.items():
                account = contact["account_id"]
                if contact["email"]:
                    by_email.setdefault((account, person_key(contact["email"])), []).append(id_)
                by_name.setdefault((account, person_key(contact["name"])), []).append(id_)
            self._by_key = (by_email, by_name)
        return self._by_key

    def _claim(self, contact: uuid.UUID, row: ParsedRow) -> None:
        if contact in self.claimed:
            first = self.claimed[contact].line
            self.data.problem(
                row,
                None,
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "line %1 already updates this contact"), first
                ),
            )
            return
        self.claimed[contact] = row
        self.node[row.line] = contact

    def _resolve_bosses(self, rows: list[ParsedRow]) -> None:
        members: dict[tuple[uuid.UUID, str, str], list[uuid.UUID]] = {}

        def add(account: uuid.UUID, node: uuid.UUID, name: str, email: str | None) -> None:
            members.setdefault((account, "name", person_key(name)), []).append(node)
            if email:
                members.setdefault((account, "email", person_key(email)), []).append(node)

        for row in rows:
            node = self.node[row.line]
            account = self.account_ids[row.values["account_code"]]
            add(
                account, node, row.values["name"], row.values.get("email", self._old(node, "email"))
            )
        for id_, contact in self.current.items():
            if id_ not in self.claimed:
                add(contact["account_id"], id_, contact["name"], contact["email"])
        known = set(self.current) | {self.node[r.line] for r in rows}
        for row in rows:
            node = self.node[row.line]
            value = row.values["reports_to"]
            if value is None and node in self.claimed:
                continue  # an empty cell keeps the stored reporting line
            boss: uuid.UUID | None = None
            if value is not None:
                account = self.account_ids[row.values["account_code"]]
                boss = _as_id(value)
                if boss is None or boss not in known:
                    how = "email" if "@" in value else "name"
                    found = members.get((account, how, person_key(value)), [])
                    if len(found) != 1:
                        code = row.values["account_code"]
                        if not found:
                            problem = Sentence.of(
                                QT_TRANSLATE_NOOP(
                                    "messages",
                                    '%1 has no contact "%2" (in the file or the database)',
                                ),
                                code,
                                value,
                            )
                        else:
                            problem = Sentence.of(
                                QT_TRANSLATE_NOOP(
                                    "messages",
                                    '%1 has %2 contacts called "%3"; use an e-mail or id',
                                ),
                                code,
                                len(found),
                                value,
                            )
                        self.data.problem(row, "reports_to", problem)
                        continue
                    boss = found[0]
                if boss == node:
                    self.data.problem(
                        row,
                        "reports_to",
                        QT_TRANSLATE_NOOP("messages", "a contact cannot report to themselves"),
                    )
                    continue
            self.boss[node] = boss

    def _old(self, node: uuid.UUID, column: str) -> Any:
        row = self.current.get(node)
        return row[column] if row is not None else None

    def _name(self, node: uuid.UUID, by_node: dict[uuid.UUID, ParsedRow]) -> str:
        row = by_node.get(node)
        return row.values["name"] if row is not None else self._old(node, "name") or str(node)

    def _plan_row(self, node: uuid.UUID, row: ParsedRow, plan: Plan) -> None:
        values = row.values
        current = self.current.get(node) if node in self.claimed else None
        target = {c: values[c] for c in PLAIN_COLUMNS if c in values}
        if current is not None:  # an empty cell keeps the stored value
            empty = [c for c, value in target.items() if value in (None, "")]
            plan.kept += sum(current[c] not in (None, "") for c in empty)
            if "reports_to" in values and values["reports_to"] is None:
                plan.kept += current["reports_to_id"] is not None
            target = {c: value for c, value in target.items() if c not in empty}
        target.update({c: values[c] for c in KEEP_WHEN_EMPTY if values.get(c) is not None})
        target["account_id"] = self.account_ids[values["account_code"]]
        if node in self.boss:
            target["reports_to_id"] = self.boss[node]
        if current is None:
            blank = dict.fromkeys(INSERT_COLUMNS)
            plan.inserts[node] = blank | DEFAULTS | target | {"id": node}
        elif changes := sum(current[k] != value for k, value in target.items()):
            plan.updates.append((node, current["version"], target))
            plan.fields_changed += changes
        else:
            plan.unchanged += 1


def _as_id(value: str | None) -> uuid.UUID | None:
    if not value or len(value) != 36:
        return None
    try:
        return uuid.UUID(value)
    except ValueError:
        return None
