"""Search finds fragments: the middle of a code, of a Dutch compound, of a Vietnamese name
typed without accents, of a Chinese name; on SQLite (FTS5 trigrams) and PostgreSQL (LIKE),
with the same answers in the same order."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from acct_desktop.services.search import AccountSearch
from acct_desktop.store import models as m
from acct_desktop.store.database import Database, make_engine, open_database, to_url
from acct_desktop.store.migrate import upgrade
from tests.pg import filled_database
from tests.unit.test_search import ALL, add_account, ids, integrity_check, oracle

# A small territory whose words and codes were chosen for the queries below.
HAND_MADE = [
    {
        "code": "NL000001",
        "name": "Autopunt Nederland Hoofdkantoor",
        "street": "Stationsplein 1",
        "city": "Utrecht",
        "contacts": ["Pieter de Jong"],
    },
    {"code": "NL000002", "name": "Autopunt Regiokantoor Zuid", "city": "Eindhoven"},
    {
        "code": "NL000064",
        "name": "Wegwijs Tankstations Magazijn Arnhem",
        "city": "Arnhem",
        "postcode": "6811 AB",
    },
    {"code": "NL000100", "name": "Garage De Hoek", "street": "Kantoorweg 12", "city": "Zwolle"},
    {
        "code": "VN000025",
        "name": "Chuỗi Chăm sóc Xe Hoàng Gia Trụ sở chính",
        "city": "Hà Nội",
        "contacts": ["Nguyễn Thị Hương"],
    },
    {
        "code": "VN000030",
        "name": "Gara ô tô Thành Công",
        "street": "Số 5 Đường Lê Duẩn",
        "city": "Đà Nẵng",
        "contacts": ["Trần Quốc Tuấn"],
    },
    {"code": "CN000090", "name": "驰骏汽车养护连锁总部", "city": "广州", "contacts": ["黄志强"]},
    {
        "code": "CN000091",
        "name": "华润万家广州配送中心",
        "street": "白云区机场路88号",
        "city": "广州",
    },
]

# query → the codes found, in order: word starts in the name or code, word starts anywhere,
# fragments in the name or code, fragments anywhere; each group by name.
EXPECTED = [
    ("0064", ["NL000064"]),
    ("64", ["NL000064"]),
    ("L000064", ["NL000064"]),
    ("nl00006", ["NL000064"]),
    ("kantoor", ["NL000100", "NL000001", "NL000002"]),  # Kantoorweg starts a word
    ("stations", ["NL000001", "NL000064"]),  # Stationsplein starts a word
    ("kantoor zuid", ["NL000002"]),
    ("hoofd kantoor", ["NL000001"]),
    ("ntoo", ["NL000001", "NL000002", "NL000100"]),
    ("gara", ["VN000030", "NL000100"]),
    # Arnhem, then Gara and Garage, and 华润 inside the pinyin of 华润万家 (huarunwanjia)
    ("ar", ["NL000064", "VN000030", "NL000100", "CN000091"]),
    ("nguyen", ["VN000025"]),
    ("guyen", ["VN000025"]),
    ("Nguyễn", ["VN000025"]),
    ("hoang gia", ["VN000025"]),
    ("oang gi", ["VN000025"]),
    ("a tru", ["VN000025"]),  # "Gi-a Trụ": a word's last letter
    ("tru so", ["VN000025"]),
    ("anh cong", ["VN000030"]),
    ("da nang", ["VN000030"]),
    ("nang", ["VN000030"]),
    ("duan", ["VN000030"]),
    ("汽车养护", ["CN000090"]),
    ("养护", ["CN000090"]),
    ("车养", ["CN000090"]),
    ("州配", ["CN000091"]),
    ("广州", ["CN000091", "CN000090"]),
    ("机场", ["CN000091"]),
    ("黄志", ["CN000090"]),
    ("a", ["NL000001", "NL000002", "NL000064"]),  # one letter: word starts only
    ("州广", []),
    ("xyz", []),
    ("qz", []),
]


def _fill(db: Database) -> dict[str, uuid.UUID]:
    with db.session() as session:
        made = {spec["code"]: add_account(session, spec) for spec in HAND_MADE}
        AccountSearch(db).refresh(session, made.values())
    return made


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def territory(request, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """The hand-made accounts on SQLite, or on a PostgreSQL database of their own."""
    yield from filled_database(request, tmp_path_factory, "fragments", _fill)


def codes(db: Database, query: str) -> list[str]:
    return [hit.code for hit in AccountSearch(db).search(query, limit=ALL)]


@pytest.mark.parametrize(("query", "expected"), EXPECTED)
def test_queries_find_these_accounts_in_this_order(territory, query: str, expected) -> None:
    assert codes(territory, query) == expected
    assert ids(AccountSearch(territory).search(query, limit=ALL)) == oracle(territory, query)


def test_a_fragment_found_outside_the_name_says_where(territory) -> None:
    search = AccountSearch(territory)
    hits = {hit.code: hit for hit in search.search("ntoo", limit=ALL)}
    assert (hits["NL000100"].matched_field, hits["NL000100"].matched) == (
        "street",
        "Kantoorweg 12",
    )
    assert hits["NL000001"].matched is None  # found by its name
    guyen = search.search("guyen")[0]
    assert (guyen.matched_field, guyen.matched) == ("contact", "Nguyễn Thị Hương")


def test_a_short_limit_takes_the_first_of_the_groups_in_order(territory) -> None:
    search = AccountSearch(territory)
    everything = codes(territory, "kantoor")
    for limit in range(1, len(everything) + 1):
        assert [hit.code for hit in search.search("kantoor", limit=limit)] == everything[:limit]


@settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_any_piece_of_three_characters_or_more_of_a_name_finds_it(territory, data) -> None:
    spec = data.draw(st.sampled_from(HAND_MADE))
    name = spec["name"]
    start = data.draw(st.integers(0, len(name) - 3))
    end = data.draw(st.integers(start + 3, len(name)))
    assert spec["code"] in codes(territory, name[start:end]), name[start:end]


# -- SQLite: keeping the trigram index, and doing without one --------------------------------
@pytest.fixture
def sqlite_territory(tmp_path: Path) -> Iterator[Database]:
    db = open_database(tmp_path / "hand-made.acctdb")
    _fill(db)
    yield db
    db.close()


def test_a_new_account_is_found_by_a_piece_searched_for_before(sqlite_territory) -> None:
    db = sqlite_territory
    search = AccountSearch(db)
    assert search.search("qz") == [] and search.search("wq") == []  # remembered: no trigram
    with db.session() as session:
        made = add_account(session, {"code": "NL000200", "name": "Aqzwq Tuning"})
        search.refresh(session, [made])
    assert [hit.code for hit in search.search("qz")] == ["NL000200"]
    assert [hit.code for hit in search.search("wq")] == ["NL000200"]
    with db.session() as session:
        session.get(m.Account, made).name = "Tuning Zuid"
        search.refresh(session, [made])
    assert search.search("qz") == []
    integrity_check(db)
    fragment_integrity_check(db)


def test_a_rebuild_forgets_the_pieces_remembered(sqlite_territory) -> None:
    db = sqlite_territory
    search = AccountSearch(db)
    assert search.search("qz") == []
    with db.session() as session:  # not indexed until the rebuild
        add_account(session, {"code": "NL000300", "name": "Qzora Banden"})
    assert search.search("qz") == []
    search.rebuild()
    assert [hit.code for hit in search.search("qz")] == ["NL000300"]


def fragment_integrity_check(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO account_search_fragment (account_search_fragment, rank) "
            "VALUES ('integrity-check', 1)"
        )


def test_a_rebuild_keeps_the_trigram_index(sqlite_territory) -> None:
    search = AccountSearch(sqlite_territory)
    before = [codes(sqlite_territory, query) for query, _ in EXPECTED]
    assert search.rebuild() == len(HAND_MADE)
    fragment_integrity_check(sqlite_territory)
    assert [codes(sqlite_territory, query) for query, _ in EXPECTED] == before


def test_without_a_trigram_tokenizer_fragments_are_found_by_reading(sqlite_territory) -> None:
    """SQLite before 3.34 has no trigram tokenizer: the migration leaves the fragment index
    out, and search reads the stored texts instead, with the same answers."""
    from importlib import import_module

    migration = import_module("acct_desktop.store.migrations.versions.0015_search_fragments")
    with sqlite_territory.engine.begin() as conn:
        for name in migration.TRIGGER_NAMES:
            conn.exec_driver_sql(f"DROP TRIGGER {name}")
        conn.exec_driver_sql("DROP TABLE account_search_fragment_vocab")
        conn.exec_driver_sql("DROP TABLE account_search_fragment")
        for statement in migration.WORD_TRIGGERS:
            conn.exec_driver_sql(statement)
    for query, expected in EXPECTED:
        assert codes(sqlite_territory, query) == expected, query
    search = AccountSearch(sqlite_territory)
    with sqlite_territory.session() as session:
        made = add_account(session, {"code": "NL000200", "name": "Aqzwq Tuning"})
        search.refresh(session, [made])
    assert [hit.code for hit in search.search("zwq")] == ["NL000200"]
    assert search.rebuild() == len(HAND_MADE) + 1
    integrity_check(sqlite_territory)


def test_the_migration_without_a_trigram_tokenizer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from acct_desktop.store import database

    monkeypatch.setattr(database, "has_trigram_tokenizer", lambda _connection: False)
    db = open_database(tmp_path / "old-sqlite.acctdb")
    try:
        _fill(db)
        with db.engine.connect() as conn:
            tables = conn.exec_driver_sql(
                "SELECT count(*) FROM sqlite_master WHERE name LIKE 'account_search_fragment%'"
            ).scalar()
        assert tables == 0
        assert codes(db, "kantoor") == ["NL000100", "NL000001", "NL000002"]
        assert codes(db, "64") == ["NL000064"]
        integrity_check(db)
    finally:
        db.close()


# -- upgrading a database made before fragments ----------------------------------------------
def _database_at_0014(target: str) -> None:
    """A database at schema 0014 (word starts only) holding the hand-made accounts."""
    engine = make_engine(to_url(target))
    try:
        upgrade(engine, "0001_initial")
        with Session(engine) as session, session.begin():
            for spec in HAND_MADE:
                add_account(session, spec)
        upgrade(engine, "0014_whole_month_facts")  # 0002 indexes them
    finally:
        engine.dispose()


def test_upgrading_a_0014_database_indexes_its_accounts_for_fragments(tmp_path: Path) -> None:
    path = tmp_path / "before-fragments.acctdb"
    _database_at_0014(str(path))
    engine = make_engine(to_url(path))
    with engine.connect() as conn:
        docs = conn.exec_driver_sql("SELECT head FROM account_search_doc").scalars().all()
        fragment_tables = conn.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE name = 'account_search_fragment'"
        ).scalar()
    engine.dispose()
    assert len(docs) == len(HAND_MADE) and fragment_tables == 0
    assert "nl000064" in docs[0] or any("nl000064" in doc for doc in docs)

    db = open_database(path)
    try:
        for query, expected in EXPECTED:
            assert codes(db, query) == expected, query
        integrity_check(db)
        fragment_integrity_check(db)
        with db.engine.connect() as conn:
            heads = conn.exec_driver_sql("SELECT head FROM account_search_doc").scalars().all()
        assert all(head.startswith(" ") and head.endswith("  ") for head in heads)
        # The replaced triggers keep both indexes: a renamed account is found by its new name.
        search = AccountSearch(db)
        with db.session() as session:
            account = session.scalars(select(m.Account).where(m.Account.code == "NL000002")).one()
            account.name = "Autopunt Servicepunt Zuid"
            search.refresh(session, [account.id])
        assert codes(db, "vicepu") == ["NL000002"]
        assert "NL000002" not in codes(db, "kantoor")
        fragment_integrity_check(db)
    finally:
        db.close()


@pytest.mark.postgres
def test_upgrading_a_0014_postgresql_database(pg_url: str) -> None:
    _database_at_0014(pg_url)
    db = open_database(pg_url)
    try:
        for query, expected in EXPECTED:
            assert codes(db, query) == expected, query
    finally:
        db.close()
