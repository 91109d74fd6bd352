"""The cross-row checks of an account import, over the file merged with the database:
unique codes, parents that exist, kinds allowed under their parents, no loops; and the
plan of what to insert and update when all is well."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Connection

from acct_desktop.domain.enums import AccountKind, Channel, Tier
from acct_desktop.domain.hierarchy import ALLOWED_PARENT_KINDS, may_sit_under
from acct_desktop.domain.kind_words import kind_word, one_of
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, listed, listed_some
from acct_desktop.services.account_codes import code_key, spellings
from acct_desktop.services.imports.common import ImportInput, ParsedRow, chunked
from acct_desktop.services.imports.graph import find_loops
from acct_desktop.services.imports.territories import TERRITORIES, TerritoryResolver
from acct_desktop.store.models import Account, AccountTag

ACCOUNTS = Account.__table__
TAGS = AccountTag.__table__
# Model columns a file sets directly (the others go through look-ups).
PLAIN_COLUMNS = (
    "name", "street", "district", "city", "postcode", "country_code", "latitude",
    "longitude", "phone", "email", "payment_terms", "credit_limit", "document_language",
    "strategy", "purchasing_policy", "notes",
)  # fmt: skip
KEEP_WHEN_EMPTY = ("kind", "channel", "tier", "currency")  # NOT NULL: empty keeps the value
CURRENCY_BY_COUNTRY = {"CN": "CNY", "VN": "VND", "HK": "HKD", "TW": "TWD", "SG": "SGD",
                       "US": "USD", "GB": "GBP", "JP": "JPY", "TH": "THB"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Node:
    """An account's place in the database's tree (loaded for every account, by code:
    turning 100k ids into UUID objects would cost more than all the checks)."""

    parent: str | None
    kind: AccountKind
    channel: Channel


@dataclass
class Plan:
    """What an accepted file writes, by account code. Targets hold model columns, except
    ``parent_code`` which becomes ``parent_id`` once ids are known."""

    inserts: dict[str, dict[str, Any]] = field(default_factory=dict)
    updates: dict[str, dict[str, Any]] = field(default_factory=dict)
    tags: dict[str, tuple[str, ...]] = field(default_factory=dict)
    unchanged: int = 0
    fields_changed: int = 0  # values the updates change


class AccountCheck:
    """Loads what the file's rows need from the database and checks them together."""

    def __init__(
        self, data: ImportInput, conn: Connection, default_kind: AccountKind | None = None
    ) -> None:
        self.data = data
        self.default_kind = default_kind
        self.parentless = False  # an account refused for having no parent (``_check_kinds``)
        self.kindless = False  # a new account refused for having no kind (``plan``)
        # the advice below a refusal (``ImportRejected.details``): the unread column that
        # may hold the parents' codes (``_parent_column_unread``)
        self.details: dict[str, str] = {}
        # (field, value) → how many new accounts got it by default (``_with_defaults``)
        self.defaults: dict[tuple[str, str], int] = {}
        parent = ACCOUNTS.alias("parent")
        tree = select(ACCOUNTS.c.code, parent.c.code, ACCOUNTS.c.kind, ACCOUNTS.c.channel)
        tree = tree.outerjoin(parent, ACCOUNTS.c.parent_id == parent.c.id)
        self.nodes = {
            code: Node(up, kind, chan) for code, up, kind, chan in conn.execute(tree).all()
        }
        self._codes_as_stored(data)
        self.rows: dict[str, ParsedRow] = {}
        first_of: dict[str, ParsedRow] = {}
        for row in data.rows:
            code = row.values.get("code")
            if code is None:
                continue
            first = first_of.setdefault(code_key(code), row)
            if first is row:
                self.rows[code] = row
            else:
                data.problem(
                    row,
                    "code",
                    Sentence.of(
                        QT_TRANSLATE_NOOP("messages", "the code %1 is already used on line %2"),
                        code,
                        first.line,
                    ),
                )
        mapped = data.columns.index.keys()
        self.current = self._load_current(conn, mapped)
        self.current_tags = self._load_tags(conn) if "tags" in mapped else {}
        self.territories = TerritoryResolver(conn)
        self.kept = 0  # stored values an empty cell left alone (``_keep_stored``)
        for code, row in self.rows.items():
            if code in self.nodes:
                self._keep_stored(code, row)

    def _keep_stored(self, code: str, row: ParsedRow) -> None:
        """An empty cell keeps what an existing account has stored, as if its column were
        not in the file (the one rule of every import: a value is cleared in the app)."""
        current = self.current.get(code, {})
        for name in [n for n, value in row.values.items() if value in (None, "", ())]:
            if name in ("code", "name"):
                continue  # required: refused by ``require`` when empty
            del row.values[name]
            if name == "parent_code":
                stored: Any = self.nodes[code].parent
            elif name == "tags":
                stored = self.current_tags.get(code)
            else:
                stored = current.get(name)
            if stored not in (None, "", ()) and name not in KEEP_WHEN_EMPTY:
                self.kept += 1  # (an empty kind, channel, tier or currency always kept it)

    def _codes_as_stored(self, data: ImportInput) -> None:
        """A code that differs from a stored account's only in case is that account
        (``cn000024`` updates CN000024 rather than creating a second account); a parent
        code may also be written as another line of the file writes it."""
        stored = spellings(self.nodes)
        in_file: dict[str, str] = {}
        for row in data.rows:
            code = row.values.get("code")
            if code and code not in self.nodes:
                row.values["code"] = code = stored.get(code_key(code)) or code
            if code:
                in_file.setdefault(code_key(code), code)
        for row in data.rows:
            code = row.values.get("parent_code")
            if code and code not in self.nodes:
                key = code_key(code)
                row.values["parent_code"] = stored.get(key) or in_file.get(key, code)

    def _load_current(self, conn: Connection, mapped: Iterable[str]) -> dict[str, dict]:
        """The file's accounts as the database has them (only the columns compared)."""
        comparable = {*KEEP_WHEN_EMPTY, *PLAIN_COLUMNS}
        names = ["code", "version", *sorted(n for n in mapped if n in comparable)]
        columns = [ACCOUNTS.c[n] for n in names]
        query = select(*columns)
        if "territory" in mapped:
            names.append("territory")
            query = query.add_columns(TERRITORIES.c.code).outerjoin(
                TERRITORIES, ACCOUNTS.c.territory_id == TERRITORIES.c.id
            )
        codes = [c for c in self.rows if c in self.nodes]
        current: dict[str, dict] = {}
        for chunk in chunked(codes):
            for row in conn.execute(query.where(ACCOUNTS.c.code.in_(chunk))).all():
                current[row[0]] = dict(zip(names, row, strict=True))
        return current

    def _load_tags(self, conn: Connection) -> dict[str, tuple[str, ...]]:
        found: dict[str, list[str]] = {}
        for chunk in chunked([c for c in self.rows if c in self.nodes]):
            query = (
                select(ACCOUNTS.c.code, TAGS.c.tag)
                .join(TAGS, TAGS.c.account_id == ACCOUNTS.c.id)
                .where(ACCOUNTS.c.code.in_(chunk))
            )
            for code, tag in conn.execute(query).all():
                found.setdefault(code, []).append(tag)
        return {code: tuple(sorted(tags)) for code, tags in found.items()}

    # -- the merged hierarchy: the file's value where it has one, else the database's -----
    def parent_of(self, code: str) -> str | None:
        row = self.rows.get(code)
        if row is not None and "parent_code" in row.values:
            return row.values["parent_code"]
        node = self.nodes.get(code)
        return node.parent if node else None

    def kind_of(self, code: str) -> AccountKind | None:
        row = self.rows.get(code)
        if row is not None and row.values.get("kind") is not None:
            return row.values["kind"]
        node = self.nodes.get(code)
        return node.kind if node else None

    def channel_of(self, code: str) -> Channel | None:
        row = self.rows.get(code)
        if row is not None and row.values.get("channel") is not None:
            return row.values["channel"]
        node = self.nodes.get(code)
        return node.channel if node else None

    # -- checks ----------------------------------------------------------------------------
    def plan(self) -> Plan:
        """Check every row; when nothing is wrong, the plan of writes."""
        data = self.data
        for code, row in self.rows.items():
            kind_unreadable = "kind" in self.data.columns.index and "kind" not in row.values
            if code not in self.nodes and row.values.get("kind") is None and not kind_unreadable:
                if self.default_kind is not None:
                    row.values["kind"] = self.default_kind  # the user's "kind when none given"
                else:
                    kinds = listed([kind_word(k) for k in AccountKind])
                    self.kindless = True
                    data.problem(
                        row,
                        "kind",
                        Sentence.of(
                            QT_TRANSLATE_NOOP(
                                "messages", "a new account needs a kind; use one of: %1"
                            ),
                            kinds,
                        ),
                    )
            parent = row.values.get("parent_code")
            if parent == code:
                data.problem(
                    row,
                    "parent_code",
                    QT_TRANSLATE_NOOP("messages", "an account cannot be its own parent"),
                )
            elif parent is not None and parent not in self.rows and parent not in self.nodes:
                message = Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages", "there is no account %1 in the file or the database"
                    ),
                    parent,
                )
                data.problem(row, "parent_code", message)
            if row.values.get("territory") is not None:
                message = self.territories.resolve(row.values["territory"])
                if message:
                    data.problem(row, "territory", message)
        self._check_kinds()
        self._kind_column_unread()
        for code, chain in find_loops(list(self.rows), self.parent_of).items():
            if chain == [code, code]:
                continue  # reported above as its own parent
            shown = " → ".join(chain[:8]) + (" → …" if len(chain) > 8 else "")
            data.problem(
                self.rows[code],
                "parent_code",
                Sentence.of(QT_TRANSLATE_NOOP("messages", "this makes a loop: %1"), shown),
            )
        plan = Plan()
        if not data.problems:
            for code, row in self.rows.items():
                self._plan_row(code, row, plan)
        return plan

    def _check_kinds(self) -> None:
        """Every new or moved account (or one whose parent changes kind) must be allowed
        under its parent; an account changing kind must still fit the accounts under it."""
        changed_kind: dict[str, list[str]] = {}
        for code, row in self.rows.items():
            kind, parent = self.kind_of(code), self.parent_of(code)
            parent_kind = self.kind_of(parent) if parent else None
            if kind is None or (parent and parent_kind is None):
                continue
            node = self.nodes.get(code)
            parent_node = self.nodes.get(parent) if parent else None
            moved = (
                node is None
                or node.kind != kind
                or parent != node.parent
                or (parent_node is not None and parent_node.kind != parent_kind)
            )
            if moved and not may_sit_under(kind, parent_kind):
                self.data.problem(row, "kind", _not_under(kind, parent, parent_kind))
                if parent is None:
                    self.parentless = True
            if node is not None and node.kind != kind:
                changed_kind[code] = []
        self._parent_column_unread()
        if not changed_kind:
            return
        for child, node in self.nodes.items():
            if (
                node.parent in changed_kind
                and child not in self.rows
                and not may_sit_under(node.kind, self.kind_of(node.parent))
            ):
                changed_kind[node.parent].append(child)
        for code, stuck in changed_kind.items():
            if stuck:
                kind = kind_word(self.kind_of(code))
                message = Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "as a %1 it could no longer hold %2 under it"),
                    kind,
                    listed_some(stuck),
                )
                self.data.problem(self.rows[code], "kind", message)

    def _kind_column_unread(self) -> None:
        """New accounts refused for want of a kind, from a file with no column read as the
        kind: the columns not read are named, as for the parent code ("Company Type" or
        "Partner Type" may hold the kinds), with the map that reads one (``--map kind=…``)."""
        self._column_unread(
            self.kindless,
            "kind",
            QT_TRANSLATE_NOOP(
                "messages",
                "no column is read as the kind (columns not read: %1); map the column "
                "that holds the accounts' kinds to the kind, or choose a kind for new "
                "accounts whose row gives none",
            ),
        )

    def _parent_column_unread(self) -> None:
        """Accounts refused for want of a parent, from a file with no column read as the
        parent code: the columns not read are named on the header line, so "Parent
        Customer" (a header the import did not know) is seen to be the cause."""
        self._column_unread(
            self.parentless,
            "parent_code",
            QT_TRANSLATE_NOOP(
                "messages",
                "no column is read as the parent code (columns not read: %1); map the "
                "column that holds the parent accounts' codes to the parent code",
            ),
        )

    def _column_unread(self, refused: bool, field: str, sentence: str) -> None:
        """Rows were refused for want of ``field`` and no column is read as it: say so on
        the header line, naming the columns not read (the first is the advice's map,
        ``details["<field> column"]``)."""
        columns = self.data.columns
        if not refused or field in columns.index or not columns.ignored:
            return
        self.details[f"{field.replace('_code', '')} column"] = columns.ignored[0]
        self.data.problems.add(
            self.data.table.header_line,
            None,
            Sentence.of(sentence, listed_some([f'"{column}"' for column in columns.ignored], 6)),
        )

    def _plan_row(self, code: str, row: ParsedRow, plan: Plan) -> None:
        values = row.values
        target: dict[str, Any] = {c: values[c] for c in PLAIN_COLUMNS if c in values}
        target.update({c: values[c] for c in KEEP_WHEN_EMPTY if values.get(c) is not None})
        if "parent_code" in values:
            target["parent_code"] = values["parent_code"]
        if "territory" in values:
            target["territory_id"] = self.territories.id_for(values["territory"])
        tags = values.get("tags")
        current = self.current.get(code)
        if current is None:
            plan.inserts[code] = self._with_defaults(code, target)
            if tags:
                plan.tags[code] = tags
            return
        territory = values.get("territory")
        changes = sum(
            current[k] != value
            for k, value in target.items()
            if k not in ("parent_code", "territory_id")
        )
        changes += "parent_code" in target and target["parent_code"] != self.nodes[code].parent
        changes += (
            "territory" in values and self.territories.code_for(territory) != current["territory"]
        )
        tags_changed = tags is not None and tags != self.current_tags.get(code, ())
        if tags_changed:
            plan.tags[code] = tags
            changes += 1
        if changes:
            plan.updates[code] = target
            plan.fields_changed += changes
        else:
            plan.unchanged += 1

    def _with_defaults(self, code: str, target: dict[str, Any]) -> dict[str, Any]:
        """A new account's empty channel follows its kind or parent (chain store when
        neither says); tier C; currency by country (EUR when unknown). Each default given
        is counted in ``defaults``, for the summary to say (an account's channel cannot be
        empty: prices are scoped by it)."""
        kind = target["kind"]
        if "channel" not in target:
            parent = self.parent_of(code)
            inherited = self.channel_of(parent) if parent else None
            channel = {
                AccountKind.WORKSHOP: Channel.WORKSHOP,
                AccountKind.DISTRIBUTOR: Channel.DISTRIBUTOR,
            }.get(kind, inherited or Channel.CHAIN_STORE)
            self._default(target, "channel", channel)
        if "tier" not in target:
            self._default(target, "tier", Tier.C)
        if "currency" not in target:
            country = target.get("country_code") or ""
            self._default(target, "currency", CURRENCY_BY_COUNTRY.get(country, "EUR"))
        return target

    def defaults_given(self) -> tuple[tuple[str, str, int], ...]:
        """(field, value, how many accounts) of the defaults given: channel, tier, then
        currency, each the most often given first."""
        order = ("channel", "tier", "currency")
        ranked = sorted(self.defaults.items(), key=lambda i: (order.index(i[0][0]), -i[1]))
        return tuple((field, value, count) for (field, value), count in ranked)

    def _default(self, target: dict[str, Any], field: str, value: Any) -> None:
        target[field] = value
        key = (field, str(value))
        self.defaults[key] = self.defaults.get(key, 0) + 1


def _not_under(kind: AccountKind, parent: str | None, parent_kind: AccountKind | None) -> str:
    allowed = ALLOWED_PARENT_KINDS[kind]
    places = one_of([kind_word(k) for k in AccountKind if k in allowed])
    if parent is None:
        return Sentence.of(
            QT_TRANSLATE_NOOP("messages", "a %1 needs a parent account: a %2"),
            kind_word(kind),
            places,
        )
    if not allowed:
        return Sentence.of(
            QT_TRANSLATE_NOOP("messages", "a %1 sits at the top and cannot be under %2"),
            kind_word(kind),
            parent,
        )
    return Sentence.of(
        QT_TRANSLATE_NOOP("messages", "a %1 cannot sit under %2, a %3; its parent must be a %4"),
        kind_word(kind),
        parent,
        kind_word(parent_kind) if parent_kind else "",
        places,
    )
