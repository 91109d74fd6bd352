"""Account search on real databases: the S demo on SQLite (FTS5), and PostgreSQL.

Besides examples in Vietnamese, Dutch and Chinese, every query is checked against an
*oracle*: the domain's matching rules applied in Python to every account, in the promised
order (all terms in the name or code first, then the rest, each by folded name).
"""

from __future__ import annotations

import importlib
import shutil
import uuid
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from acct_desktop.domain.enums import AccountKind, Channel
from acct_desktop.domain.text_search import (
    finds_inside,
    matches,
    query_terms,
    search_text,
    sort_key,
    words,
)
from acct_desktop.services import search as search_module
from acct_desktop.services.search import AccountHit, AccountSearch, fts_query
from acct_desktop.services.workspace import Workspace
from acct_desktop.store import models as m
from acct_desktop.store.database import Database, make_engine, open_database, to_url
from acct_desktop.store.migrate import upgrade
from acct_desktop.store.types import utcnow

ALL = 10_000  # a limit above the number of accounts: the whole answer

# Accounts added to the demo (and to the hand-made databases) with known text.
OWN = [
    {
        "code": "ZZ000001",
        "name": "Café 't IJsselhoekje",
        "street": "IJsselkade 12",
        "district": "Binnenstad",
        "city": "Kampen",
        "postcode": "8261 AG",
        "contacts": ["Anouk de Vries"],
        "tags": ["horeca"],
    },
    {
        "code": "ZZ000002",
        "name": "白云汽车服务中心",
        "street": "广州市白云区机场路88号",
        "district": "白云区",
        "city": "广州",
        "postcode": "510000",
        "contacts": ["黄志强"],
        "tags": ["重点客户"],
    },
    {
        "code": "ZZ000003",
        "name": "Gara ô tô Minh Khai",
        "street": "Số 12 Đường Nguyễn Văn Cừ",
        "district": "Phường Suối Hoa",
        "city": "Bắc Ninh",
        "postcode": "790000",
        "contacts": ["Đặng Thị Bích"],
        "tags": ["khách hàng lớn"],
    },
]


def add_account(session: Session, spec: dict) -> uuid.UUID:
    account = m.Account(
        code=spec["code"],
        name=spec["name"],
        kind=AccountKind.WORKSHOP,
        channel=Channel.WORKSHOP,
        street=spec.get("street"),
        district=spec.get("district"),
        city=spec.get("city"),
        postcode=spec.get("postcode"),
    )
    account.tags = [m.AccountTag(tag=tag) for tag in spec.get("tags", ())]
    session.add(account)
    session.flush()
    for name in spec.get("contacts", ()):
        session.add(m.Contact(account_id=account.id, name=name))
    session.flush()
    return account.id


def add_own(session: Session) -> dict[str, uuid.UUID]:
    return {spec["code"]: add_account(session, spec) for spec in OWN}


def load_corpus(db: Database) -> list[tuple[str, uuid.UUID, str, str]]:
    """Per unarchived account: sort key, id, search text of its name and code, and of
    everything searchable (address, contact names, tags)."""
    with db.session() as session:
        accounts = session.execute(
            select(
                m.Account.id,
                m.Account.name,
                m.Account.code,
                m.Account.street,
                m.Account.district,
                m.Account.city,
                m.Account.postcode,
            ).where(m.Account.archived_at.is_(None))
        ).all()
        extra: dict[uuid.UUID, list[str]] = defaultdict(list)
        for account_id, name in session.execute(
            select(m.Contact.account_id, m.Contact.name).where(m.Contact.archived_at.is_(None))
        ):
            extra[account_id].append(name)
        for account_id, tag in session.execute(select(m.AccountTag.account_id, m.AccountTag.tag)):
            extra[account_id].append(tag)
    corpus = []
    for row in accounts:
        parts = [row.name, row.code, row.street, row.district, row.city, row.postcode]
        everything = " ".join(p for p in (*parts, *extra[row.id]) if p)
        corpus.append(
            (
                sort_key(row.name, row.code),
                row.id,
                search_text(f"{row.name} {row.code}", pinyin=True),
                search_text(everything, pinyin=True),
            )
        )
    return corpus


def oracle(db: Database, query: str, corpus: list | None = None) -> list[uuid.UUID]:
    """Every matching account, in the promised order, by the domain rules alone: word
    starts in the name or code, word starts anywhere, fragments in the name or code,
    fragments anywhere; each group by name."""
    terms = query_terms(query)
    if not terms:
        return []
    groups: list[list[tuple[str, uuid.UUID]]] = [[], [], [], []]
    ways = [(0, False), (1, False)]
    if finds_inside(terms):  # fragments only for a query with a Latin term of 2+ letters
        ways += [(0, True), (1, True)]
    for key, account_id, *texts in corpus or load_corpus(db):
        for group, (column, inside) in enumerate(ways):
            text = texts[column]
            if matches(terms, text, inside=inside):
                groups[group].append((key, account_id))
                break
    return [account_id for group in groups for _, account_id in sorted(group)]


def ids(hits: list[AccountHit]) -> list[uuid.UUID]:
    return [hit.id for hit in hits]


def hit_for(hits: list[AccountHit], account_id: uuid.UUID) -> AccountHit:
    return next(hit for hit in hits if hit.id == account_id)


def integrity_check(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO account_search (account_search, rank) VALUES ('integrity-check', 1)"
        )


def rebuilt_index_triggers(db: Database, table: str = "account_search") -> int:
    """After a migration rebuilt an FTS5 index (SQLite): check the ``{table}_fragment``
    index whole (FTS5's integrity-check raises on a damaged one) and count the triggers
    on its ``{table}_doc`` table that keep it, set aside for the rebuild and back (3)."""
    fts = f"{table}_fragment" if table == "account_search" else table
    with db.engine.begin() as conn:
        conn.exec_driver_sql(f"INSERT INTO {fts} ({fts}, rank) VALUES ('integrity-check', 1)")
        return conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = ?",
            (f"{table}_doc",),
        ).scalar()


# -- fixtures --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def demo(demo_s_file: Path, tmp_path_factory: pytest.TempPathFactory):
    """The S demo plus the OWN accounts (added and indexed by ``refresh``); read-only."""
    path = tmp_path_factory.mktemp("search") / "demo.acctdb"
    shutil.copyfile(demo_s_file, path)
    ws = Workspace.open(path)
    with ws.db.session() as session:
        own = add_own(session)
        ws.search.refresh(session, own.values())
    yield SimpleNamespace(db=ws.db, search=ws.search, own=own)
    ws.close()


@pytest.fixture
def ws(demo_db: Path):
    """A private, writable copy of the S demo."""
    workspace = Workspace.open(demo_db)
    yield workspace
    workspace.close()


# -- the demo is indexed ---------------------------------------------------------------------
def test_the_demo_generator_indexes_every_account(demo_s_file: Path) -> None:
    db = open_database(demo_s_file)
    try:
        with db.engine.connect() as conn:
            docs = conn.exec_driver_sql("SELECT count(*) FROM account_search_doc").scalar()
            accounts = conn.exec_driver_sql(
                "SELECT count(*) FROM account WHERE archived_at IS NULL"
            ).scalar()
        assert docs == accounts > 0
        integrity_check(db)
    finally:
        db.close()


def test_the_workspace_offers_search(demo) -> None:
    assert isinstance(demo.search, AccountSearch)
    assert isinstance(Workspace.over(demo.db).search, AccountSearch)


# -- languages -------------------------------------------------------------------------------
def test_vietnamese_without_diacritics(demo) -> None:
    hits = demo.search.search("nguyen", limit=ALL)
    assert hits and ids(hits) == oracle(demo.db, "nguyen")
    # Found by a contact or a street named Nguyễn, and saying so.
    assert any(hit.matched and "Nguyễn" in hit.matched for hit in hits)
    own = hit_for(demo.search.search("nguyen van cu", limit=ALL), demo.own["ZZ000003"])
    assert (own.matched_field, own.matched) == ("street", "Số 12 Đường Nguyễn Văn Cừ")
    assert demo.own["ZZ000003"] in ids(demo.search.search("nguy", limit=ALL))  # while typing
    assert ids(demo.search.search("Nguyễn", limit=ALL)) == ids(hits)


def test_dang_finds_both_dang_and_da(demo) -> None:
    own = hit_for(demo.search.search("dang", limit=ALL), demo.own["ZZ000003"])
    assert (own.matched_field, own.matched) == ("contact", "Đặng Thị Bích")
    assert ids(demo.search.search("da", limit=ALL)) == oracle(demo.db, "da")
    assert ids(demo.search.search("dang", limit=ALL)) == oracle(demo.db, "dang")


def test_dutch_ij_and_accents(demo) -> None:
    cafe = demo.own["ZZ000001"]
    for query in ("ijssel", "IJSSEL", "cafe", "café", "CAFÉ", "Cafe\u0301", "ijsselhoekje"):
        hits = demo.search.search(query, limit=ALL)
        assert cafe in ids(hits), query
        assert hit_for(hits, cafe).matched is None  # found by its name
        assert ids(hits) == oracle(demo.db, query)
    kade = hit_for(demo.search.search("ijsselkade", limit=ALL), cafe)
    assert (kade.matched_field, kade.matched) == ("street", "IJsselkade 12")


def test_chinese_two_characters_and_one(demo) -> None:
    shop = demo.own["ZZ000002"]
    for query in ("广州", "州", "白云区机场", "区机", "机场路88", "广州 机场", "号"):
        hits = demo.search.search(query, limit=ALL)
        assert shop in ids(hits), query
        assert ids(hits) == oracle(demo.db, query), query
    street = hit_for(demo.search.search("机场路", limit=ALL), shop)
    assert (street.matched_field, street.matched) == ("street", "广州市白云区机场路88号")
    assert hit_for(demo.search.search("汽车服务", limit=ALL), shop).matched is None
    assert shop not in ids(demo.search.search("州广", limit=ALL))
    assert shop not in ids(demo.search.search("机场路99", limit=ALL))


def test_contact_names_and_tags(demo) -> None:
    vn, cn = demo.own["ZZ000003"], demo.own["ZZ000002"]
    contact = hit_for(demo.search.search("dang thi bich", limit=ALL), vn)
    assert (contact.matched_field, contact.matched) == ("contact", "Đặng Thị Bích")
    tag = hit_for(demo.search.search("khach hang lon", limit=ALL), vn)
    assert (tag.matched_field, tag.matched) == ("tag", "khách hàng lớn")
    person = hit_for(demo.search.search("黄志", limit=ALL), cn)
    assert (person.matched_field, person.matched) == ("contact", "黄志强")
    chinese_tag = hit_for(demo.search.search("重点", limit=ALL), cn)
    assert (chinese_tag.matched_field, chinese_tag.matched) == ("tag", "重点客户")
    assert ids(demo.search.search("重点", limit=ALL)) == oracle(demo.db, "重点")


def test_code_prefix(demo) -> None:
    hits = demo.search.search("zz00000")
    assert set(ids(hits)) == set(demo.own.values())
    assert all(hit.matched is None for hit in hits)  # found by their codes
    assert ids(hits) == oracle(demo.db, "zz00000")
    assert ids(demo.search.search("ZZ000002"))[0] == demo.own["ZZ000002"]
    with demo.db.session() as session:
        code = session.scalar(select(m.Account.code).where(m.Account.code.like("VN%")))
    assert code is not None
    prefix_hits = demo.search.search(code[:5], limit=ALL)
    assert prefix_hits and all(h.code.startswith(code[:5]) for h in prefix_hits)


def test_several_words_and_together_in_any_order(demo) -> None:
    gara = demo.own["ZZ000003"]
    first = demo.search.search("bac ninh gara", limit=ALL)
    second = demo.search.search("gara  bac, ninh", limit=ALL)
    assert gara in ids(first)
    assert ids(first) == ids(second) == oracle(demo.db, "bac ninh gara")
    assert hit_for(first, gara).matched == "Bắc Ninh"
    assert gara not in ids(demo.search.search("gara hanoi", limit=ALL))
    assert ids(demo.search.search("kampen horeca anouk", limit=ALL)) == [demo.own["ZZ000001"]]


def test_name_matches_come_first_then_each_group_by_name(demo) -> None:
    hits = demo.search.search("a", limit=ALL)
    in_name = [hit.matched is None for hit in hits]
    assert in_name == sorted(in_name, reverse=True)
    assert ids(hits) == oracle(demo.db, "a")
    first = demo.search.search("a", limit=7)
    assert ids(first) == ids(hits)[:7]


def test_many_queries_from_the_data_agree_with_the_oracle(demo) -> None:
    with demo.db.session() as session:
        texts = list(session.scalars(select(m.Account.name).limit(60)))
        texts += list(session.scalars(select(m.Contact.name).limit(60)))
        texts += list(session.scalars(select(m.Account.street).limit(40)))
        texts += list(session.scalars(select(m.AccountTag.tag).distinct()))
    queries: set[str] = set()
    for text in texts:
        for word in words(text or ""):
            queries.add(word[:1])
            queries.add(word[:3])
            queries.add(word[:2] if len(word) > 1 else word)
        found = words(text or "")
        if len(found) >= 2:
            queries.add(f"{found[-1][:3]} {found[0][:2]}")
    assert len(queries) > 100
    for query in sorted(queries):
        assert ids(demo.search.search(query, limit=ALL)) == oracle(demo.db, query), query


# -- hostile and empty queries ---------------------------------------------------------------
@pytest.mark.parametrize(
    "query",
    [
        '"',
        '""',
        "AND OR (",
        "*",
        "NOT",
        "a NOT b",
        "NEAR(a b)",
        "head : x",
        "{head rest} : x",
        "x:y",
        "^x",
        "-x",
        "+",
        "'; DROP TABLE account; --",
        "a" * 10_000,
        "\x00",
        "🙂",
        "\u0301",
        "\ud800",
        "%",
        "_",
        "\\",
    ],
)
def test_hostile_queries_do_not_raise(demo, query: str) -> None:
    hits = demo.search.search(query)
    assert isinstance(hits, list) and len(hits) <= 50
    assert ids(demo.search.search(query, limit=ALL)) == oracle(demo.db, query)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(query=st.text(max_size=30))
def test_no_typed_text_makes_search_raise(demo, query: str) -> None:
    assert len(demo.search.search(query, limit=20)) <= 20


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_typed_fragments_of_the_data_agree_with_the_oracle(demo, data) -> None:
    if not hasattr(demo, "corpus"):
        demo.corpus = load_corpus(demo.db)
        with demo.db.session() as session:
            names = session.scalars(select(m.Account.name).limit(80)).all()
            names += session.scalars(select(m.Contact.name).limit(80)).all()
        demo.alphabet = sorted(set("".join(names)) | set(' ,-"*'))
    query = data.draw(st.text(alphabet=st.sampled_from(demo.alphabet), max_size=6))
    assert ids(demo.search.search(query, limit=ALL)) == oracle(demo.db, query, demo.corpus)


@pytest.mark.parametrize("query", ["", " ", "\t\n", "  ,  "])
def test_an_empty_query_finds_nothing(demo, query: str) -> None:
    assert demo.search.search(query) == []


def test_a_zero_limit_finds_nothing(demo) -> None:
    assert demo.search.search("a", limit=0) == []


def test_fts_query_quotes_every_term() -> None:
    query = fts_query(query_terms('vy 广州 州 "x'))
    assert query == '"vij"* AND "广州" AND "州"* AND "x"*'
    # y is read as ij; a word that reads as pinyin (n + gu + ij, n + gui + j) is also
    # looked for as those syllables of a Chinese name (behind their mark: pinyin_typing)
    m = "\ue000"
    assert fts_query(query_terms("nguy")) == (
        f'("nguij"* OR "{m}n"* + "{m}gu" + "{m}ij"* OR "{m}n"* + "{m}gui" + "{m}j"*)'
    )


# -- keeping the index current ---------------------------------------------------------------
def test_refresh_after_renaming_an_account(ws) -> None:
    with ws.db.session() as session:
        account = session.scalars(
            select(m.Account).where(m.Account.country_code == "NL").order_by(m.Account.code)
        ).first()
        old_name = account.name
        account.name = "Zyxwv Olie Đông Hà"
        ws.search.refresh(session, [account.id])
    hits = ws.search.search("zyxwv")
    assert ids(hits) == [account.id] and hits[0].name == "Zyxwv Olie Đông Hà"
    assert account.id in ids(ws.search.search("dong ha", limit=ALL))
    for query in (old_name, "a", "o", "zy"):
        assert ids(ws.search.search(query, limit=ALL)) == oracle(ws.db, query), query
    integrity_check(ws.db)


def test_refresh_rolls_back_with_its_transaction(ws) -> None:
    before = ids(ws.search.search("zz", limit=ALL))
    with pytest.raises(RuntimeError), ws.db.session() as session:
        new_ids = add_own(session)
        ws.search.refresh(session, new_ids.values())
        assert ids(ws.search.search("zz", limit=ALL)) == before  # not committed: not seen
        raise RuntimeError("cancelled")
    assert ids(ws.search.search("zz", limit=ALL)) == before
    integrity_check(ws.db)


def test_new_archived_and_deleted_accounts(ws) -> None:
    with ws.db.session() as session:
        own = add_own(session)
        ws.search.refresh(session, own.values())
    vn = own["ZZ000003"]
    assert vn in ids(ws.search.search("dang thi bich"))

    with ws.db.session() as session:  # a contact renamed
        contact = session.scalars(select(m.Contact).where(m.Contact.account_id == vn)).one()
        contact.name = "Trịnh Công Sơn"
        ws.search.refresh(session, [vn])
    assert vn not in ids(ws.search.search("dang thi bich"))
    assert hit_for(ws.search.search("trinh cong"), vn).matched == "Trịnh Công Sơn"

    with ws.db.session() as session:  # archived
        session.get(m.Account, vn).archived_at = utcnow()
        ws.search.refresh(session, [vn])
    assert vn not in ids(ws.search.search("gara minh khai", limit=ALL))

    cafe = own["ZZ000001"]
    with ws.db.session() as session:  # archived without a refresh: still never shown
        session.get(m.Account, cafe).archived_at = utcnow()
    assert cafe not in ids(ws.search.search("ijsselhoekje", limit=ALL))

    shop = own["ZZ000002"]
    with ws.db.session() as session:  # deleted: the cascade takes it out of the index
        session.execute(delete(m.Account).where(m.Account.id == shop))
    assert shop not in ids(ws.search.search("机场路", limit=ALL))
    with ws.db.engine.connect() as conn:
        left = conn.exec_driver_sql(
            "SELECT count(*) FROM account_search_doc WHERE account_id = ?", (shop.bytes,)
        ).scalar()
    assert left == 0
    integrity_check(ws.db)
    for query in ("zz", "a", "州", "nguyen"):
        assert ids(ws.search.search(query, limit=ALL)) == oracle(ws.db, query), query


def test_renumbering_when_names_crowd_into_one_gap(ws) -> None:
    # Each name sorts just before the previous one, into the same gap: the midpoint keys
    # run out after ~32 halvings, and the index is renumbered.
    names = [f"Aaaa {i:03d}" for i in reversed(range(40))]
    for number, name in enumerate(names):
        with ws.db.session() as session:
            account_id = add_account(session, {"code": f"ZQ{number:06d}", "name": name})
            ws.search.refresh(session, [account_id])
    hits = ws.search.search("aaaa", limit=ALL)
    assert [h.name for h in hits] == sorted(names)
    assert ids(hits) == oracle(ws.db, "aaaa")
    integrity_check(ws.db)


def test_a_rebuild_gives_the_same_index_as_refreshes(ws) -> None:
    with ws.db.session() as session:
        own = add_own(session)
        ws.search.refresh(session, own.values())
        renamed = session.get(m.Account, own["ZZ000001"])
        renamed.name = "Bakkerij Ĳsselmonde"
        ws.search.refresh(session, [renamed.id])

    def snapshot() -> tuple[dict[bytes, tuple[str, str]], list[bytes]]:
        with ws.db.engine.connect() as conn:
            rows = conn.exec_driver_sql(
                "SELECT account_id, head, rest FROM account_search_doc ORDER BY id"
            ).all()
        return {r[0]: (r[1], r[2]) for r in rows}, [r[0] for r in rows]

    before = snapshot()
    assert ws.search.rebuild() == len(before[1])
    assert snapshot() == before
    integrity_check(ws.db)
    assert ids(ws.search.search("ijssel", limit=ALL)) == oracle(ws.db, "ijssel")


def test_position_gap_is_the_migrations() -> None:
    migration = importlib.import_module(
        "acct_desktop.store.migrations.versions.0002_account_search"
    )
    assert migration.POSITION_GAP == search_module.POSITION_GAP


# -- upgrading a database that already holds accounts ----------------------------------------
def _zero_zero_zero_one_database(target: str) -> None:
    """A database at schema 0001 holding the OWN accounts."""
    engine = make_engine(to_url(target))
    try:
        upgrade(engine, "0001_initial")
        with Session(engine) as session, session.begin():
            add_own(session)
    finally:
        engine.dispose()


def _assert_own_accounts_are_found(db: Database) -> None:
    search = AccountSearch(db)
    assert [h.code for h in search.search("nguyen")] == ["ZZ000003"]
    assert [h.code for h in search.search("dang")] == ["ZZ000003"]
    assert [h.code for h in search.search("ijssel")] == ["ZZ000001"]
    assert [h.code for h in search.search("cafe")] == ["ZZ000001"]
    assert [h.code for h in search.search("广州")] == ["ZZ000002"]
    assert [h.code for h in search.search("州")] == ["ZZ000002"]
    assert [h.code for h in search.search("bac ninh gara")] == ["ZZ000003"]
    assert [h.code for h in search.search("zz")] == ["ZZ000001", "ZZ000003", "ZZ000002"]
    tag = search.search("khach hang")[0]
    assert (tag.matched_field, tag.matched) == ("tag", "khách hàng lớn")
    for query in ('"', "AND OR (", "*", "%", "_"):
        assert search.search(query) == []


def test_upgrading_a_0001_database_with_accounts_fills_the_index(tmp_path: Path) -> None:
    path = tmp_path / "old.acctdb"
    _zero_zero_zero_one_database(str(path))
    db = open_database(path)
    try:
        _assert_own_accounts_are_found(db)
        integrity_check(db)
        with db.engine.connect() as conn:
            triggers = conn.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master "
                "WHERE type = 'trigger' AND tbl_name = 'account_search_doc'"
            ).scalar()
        assert triggers == 3  # insert, update, delete keep the search index
    finally:
        db.close()


def test_a_failed_upgrade_leaves_the_0001_database_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from acct_desktop.domain import text_search
    from acct_desktop.store.database import read_schema_revision

    path = tmp_path / "old.acctdb"
    _zero_zero_zero_one_database(str(path))

    def broken(_text: str) -> str:
        raise RuntimeError("indexing failed")

    monkeypatch.setattr(text_search, "index_terms", broken)  # read when the migration loads
    with pytest.raises(RuntimeError, match="indexing failed"):
        open_database(path)
    assert read_schema_revision(to_url(path)) == "0001_initial"
    engine = make_engine(to_url(path))
    try:
        with engine.connect() as conn:
            left = conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE name LIKE 'account_search%'"
            ).all()
    finally:
        engine.dispose()
    assert left == []

    monkeypatch.undo()
    db = open_database(path)
    try:
        _assert_own_accounts_are_found(db)
    finally:
        db.close()


# -- PostgreSQL ------------------------------------------------------------------------------
@pytest.mark.postgres
def test_search_on_postgresql(pg_url: str) -> None:
    db = open_database(pg_url)
    try:
        with db.session() as session:
            own = add_own(session)
            AccountSearch(db).refresh(session, own.values())
        _assert_own_accounts_are_found(db)
        search = AccountSearch(db)
        for query in ("nguyen van cu", "Đặng", "IJSSEL", "café", "白云区机场", "区机", "号",
                      "重点", "黄志", "a", "o", "zz0000", "gara bac ninh"):  # fmt: skip
            assert ids(search.search(query, limit=ALL)) == oracle(db, query), query
        street = search.search("机场路")[0]
        assert (street.matched_field, street.matched) == ("street", "广州市白云区机场路88号")
        assert search.search("州广") == []

        with db.session() as session:
            session.get(m.Account, own["ZZ000001"]).name = "Bakkerij Ĳsselmonde"
            search.refresh(session, [own["ZZ000001"]])
        assert [h.name for h in search.search("ijsselm")] == ["Bakkerij Ĳsselmonde"]
        assert search.rebuild() == 3
        assert [h.name for h in search.search("ijsselm")] == ["Bakkerij Ĳsselmonde"]

        with db.session() as session:
            session.execute(delete(m.Account).where(m.Account.id == own["ZZ000002"]))
        assert search.search("广州") == []
        with db.engine.connect() as conn:
            trgm = conn.exec_driver_sql(
                "SELECT count(*) FROM pg_available_extensions WHERE name = 'pg_trgm'"
            ).scalar()
            index = conn.exec_driver_sql(
                "SELECT count(*) FROM pg_indexes WHERE indexname = 'ix_account_search_terms_trgm'"
            ).scalar()
        assert index == trgm  # the trigram index exactly where the extension exists
    finally:
        db.close()


@pytest.mark.postgres
def test_upgrading_a_0001_postgresql_database_fills_the_index(pg_url: str) -> None:
    _zero_zero_zero_one_database(pg_url)
    db = open_database(pg_url)
    try:
        _assert_own_accounts_are_found(db)
    finally:
        db.close()
