"""Pinyin in search, on real databases: account search (the account tree's Ctrl+F) and
global search (Ctrl+K) find 广州 by ``gz``, ``guangzhou`` and ``Guangzhou``, 华润万家 by
``huarun`` and ``hrwj``, a contact 张伟 by ``zhangwei`` and ``zw`` (SQLite's FTS5 indexes and
PostgreSQL's folded texts); a name typed as a mix of whole syllables and initials
(``huarwj``, ``hrunwj``) and ``ü`` typed as ``u`` or ``v`` (吕 by ``lu``, ``lv``, ``lü``);
and schemas 0019 and 0022 index an older database's Chinese names again (and take the
pinyin, or its marked syllables, out going down).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from acct_desktop.domain.enums import QuoteStatus
from acct_desktop.domain.text_search import index_text
from acct_desktop.services.global_search import GlobalSearch
from acct_desktop.services.record_search import HitKind
from acct_desktop.services.search import AccountSearch
from acct_desktop.store import models as m
from acct_desktop.store.database import Database, make_engine, open_database, to_url
from acct_desktop.store.migrate import alembic_config
from tests.pg import filled_database
from tests.unit.test_search import ALL, add_account, integrity_check, rebuilt_index_triggers

ACCOUNTS = [
    {"code": "CN200001", "name": "广州白云汽车服务中心", "city": "广州"},
    {"code": "CN200002", "name": "华润万家超市 天河店", "district": "天河区", "city": "广州"},
    {"code": "CN200003", "name": "重庆长安汽修厂", "city": "重庆", "contacts": ["张伟", "吕娜"]},
    {"code": "CN200004", "name": "驰骏汽车养护连锁 总部", "city": "深圳", "tags": ["重点客户"]},
    {"code": "NL200001", "name": "Bouwmarkt Zwolle", "city": "Zwolle", "contacts": ["Anna Bos"]},
    {"code": "VN200001", "name": "Gara Nguyễn Văn Cừ", "city": "Hà Nội"},
    {"code": "CN200007", "name": "吕梁女装店", "city": "吕梁"},
    {"code": "NL200002", "name": "APK Brabant Rotterdam", "city": "Rotterdam"},
]

# Typed as a manager types: whole syllables and initials mixed, ü as v, u or ü (schema 0022).
MIXED = [
    ("huarwj", ["CN200002"]),  # hua + r + w + j
    ("hrunwj", ["CN200002"]),
    ("HuaRWJ", ["CN200002"]),
    ("huarwanj", ["CN200002"]),
    ("gzhbaiyun", ["CN200001"]),  # zh, the initial of zhou
    ("chongqcaq", ["CN200003"]),
    ("hurwj", []),  # hu is neither hua nor its initial
    ("lvliang", ["CN200007"]),
    ("luliang", ["CN200007"]),
    ("lüliang", ["CN200007"]),
    ("Lǚliang", ["CN200007"]),
    ("lul", ["CN200007"]),
    ("nuzhuang", ["CN200007"]),
    ("lu", ["CN200007", "CN200003"]),  # 吕梁 by its name, then 吕娜, a contact
    ("lü", ["CN200007", "CN200003"]),
    ("lv", ["CN200007", "CN200003"]),
    ("bro", []),  # b + ro reads as pinyin, but Brabant Rotterdam is no Chinese name
    ("brab", ["NL200002"]),
]

EXPECTED = [
    # 广州: the first by its name, the second by its city
    ("gz", ["CN200001", "CN200002"]),
    ("guangzhou", ["CN200001", "CN200002"]),
    ("Guangzhou", ["CN200001", "CN200002"]),
    ("guang zhou", ["CN200001", "CN200002"]),
    ("huarun", ["CN200002"]),
    ("hrwj", ["CN200002"]),
    ("HRWJ", ["CN200002"]),
    ("chongqing", ["CN200003"]),  # 重 read as chong in 重庆 (not zhong)
    ("cq", ["CN200003"]),
    ("zhangwei", ["CN200003"]),  # a contact
    ("zw", ["NL200001", "CN200003"]),  # Zwolle by its name first, then 张伟
    ("zdkh", ["CN200004"]),  # a tag: 重点客户
    ("shenzhen", ["CN200004"]),
    ("tianhe", ["CN200002"]),  # the district, and the shop's name
    # as before: Chinese characters, Dutch and Vietnamese
    ("广州", ["CN200001", "CN200002"]),
    ("华润", ["CN200002"]),
    ("zwolle", ["NL200001"]),
    ("nguyen", ["VN200001"]),
]


def _fill(db: Database) -> dict[str, uuid.UUID]:
    with db.session() as session:
        made = {spec["code"]: add_account(session, spec) for spec in ACCOUNTS}
        for number, code in (("Q-2026-00021", "CN200002"), ("Q-2026-00022", "NL200001")):
            session.add(
                m.Quote(
                    number=number,
                    revision=1,
                    account_id=made[code],
                    quote_date=date(2026, 11, 2),
                    valid_until=date(2026, 12, 31),
                    status=QuoteStatus.SENT,
                )
            )
        session.flush()
        AccountSearch(db).refresh(session, made.values())
    return made


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def chinese(request, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    yield from filled_database(request, tmp_path_factory, "search_pinyin", _fill)


def codes(db: Database, query: str) -> list[str]:
    return [hit.code for hit in AccountSearch(db).search(query, limit=ALL)]


def found(db: Database, query: str, kind: HitKind) -> list[str]:
    return [hit.title for hit in GlobalSearch(db).search(query) if hit.kind is kind]


@pytest.mark.parametrize(("query", "expected"), EXPECTED)
def test_account_search_finds_chinese_names_by_their_pinyin(chinese, query, expected) -> None:
    assert codes(chinese, query) == expected


@pytest.mark.parametrize(("query", "expected"), MIXED)
def test_account_search_finds_pinyin_typed_in_any_mix(chinese, query, expected) -> None:
    assert codes(chinese, query) == expected
    assert AccountSearch(chinese).count(query) == len(expected)


def test_global_search_finds_pinyin_typed_in_any_mix(chinese) -> None:
    for query in ("luna", "lüna", "lvna", "Lǚ Na", "lun"):
        assert found(chinese, query, HitKind.CONTACT) == ["吕娜"], query
    assert found(chinese, "zhangw", HitKind.CONTACT) == ["张伟"]
    assert found(chinese, "zhw", HitKind.CONTACT) == ["张伟"]  # zh + w
    assert found(chinese, "huarwj", HitKind.QUOTE) == ["Q-2026-00021"]  # by its account
    accounts = [
        hit.title for hit in GlobalSearch(chinese).search("lu") if hit.kind is HitKind.ACCOUNT
    ]
    assert accounts == ["吕梁女装店"]  # (重庆长安汽修厂 is shown by its contact 吕娜)


def test_a_chain_after_its_city_is_found_by_a_piece_of_its_pinyin(chinese) -> None:
    with chinese.session() as session:
        made = add_account(session, {"code": "CN200005", "name": "佛山华润万家"})
        AccountSearch(chinese).refresh(session, [made])
    try:
        # word starts first (华润万家超市), then pieces inside the joined syllables/initials
        assert codes(chinese, "hrwj") == ["CN200002", "CN200005"]
        assert codes(chinese, "huarun") == ["CN200002", "CN200005"]
        assert codes(chinese, "fshr") == ["CN200005"]
    finally:
        with chinese.session() as session:
            session.delete(session.get(m.Account, made))


def test_an_account_found_by_a_pinyin_says_what_matched(chinese) -> None:
    hits = AccountSearch(chinese).search("zhangwei")
    assert [(hit.matched_field, hit.matched) for hit in hits] == [("contact", "张伟")]
    hits = AccountSearch(chinese).search("gz")
    assert [(hit.code, hit.matched) for hit in hits] == [("CN200001", None), ("CN200002", "广州")]


def test_global_search_finds_contacts_and_quotes_by_pinyin(chinese) -> None:
    for query in ("zhangwei", "zw", "Zhang Wei", "zhang"):
        assert found(chinese, query, HitKind.CONTACT) == ["张伟"], query
    assert found(chinese, "hrwj", HitKind.QUOTE) == ["Q-2026-00021"]  # by its account
    hits = GlobalSearch(chinese).search("gz")
    accounts = [hit for hit in hits if hit.kind is HitKind.ACCOUNT]
    assert [(hit.title, hit.strength) for hit in accounts] == [
        ("广州白云汽车服务中心", 0),  # by its name: the best kind of hit
        ("华润万家超市 天河店", 1),  # by its city
    ]


def test_free_text_is_not_spelled(chinese) -> None:
    with chinese.session() as session:
        contact = session.scalars(select(m.Contact).where(m.Contact.name == "张伟")).one()
        contact.title = "采购经理"
        AccountSearch(chinese).refresh(session, [contact.account_id])
    assert found(chinese, "采购", HitKind.CONTACT) == ["张伟"]
    assert found(chinese, "caigou", HitKind.CONTACT) == []


def test_an_account_renamed_is_found_by_the_pinyin_of_its_new_name(chinese) -> None:
    with chinese.session() as session:
        account = session.scalars(select(m.Account).where(m.Account.code == "CN200004")).one()
        account.name = "飞轮摩配店"
        AccountSearch(chinese).refresh(session, [account.id])
    try:
        assert codes(chinese, "feilun") == ["CN200004"]
        assert codes(chinese, "flmpd") == ["CN200004"]
        assert codes(chinese, "chijun") == []
    finally:
        with chinese.session() as session:
            account = session.scalars(select(m.Account).where(m.Account.code == "CN200004")).one()
            account.name = "驰骏汽车养护连锁 总部"
            AccountSearch(chinese).refresh(session, [account.id])


# -- schema 0019: a database indexed before it ------------------------------------------------
def _downgrade(engine, revision: str) -> None:  # type: ignore[no-untyped-def]
    config = alembic_config(engine)
    with engine.connect() as connection, connection.begin():
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def _at_0018(target: str, revision: str = "0018_search_y_as_ij") -> None:
    """A database at schema 0018 whose search texts are as 0018's code indexed them (no
    pinyin), or at ``revision``: made at head, then taken down."""
    db = open_database(target)
    try:
        _fill(db)
        GlobalSearch(db).catch_up()
        _downgrade(db.engine, revision)
    finally:
        db.close()


def _as_it_is(target: str) -> Database:
    """The database at ``target`` opened without upgrading it (``open_database`` would)."""
    url = to_url(target)
    engine = make_engine(url)
    return Database(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))


def _stale(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(
            conn.exec_driver_sql(
                "SELECT a.code FROM record_search_stale AS s "
                "JOIN account AS a ON a.id = s.account_id"
            ).scalars()
        )


def test_0019_indexes_the_chinese_names_of_an_older_database_again(tmp_path: Path) -> None:
    path = tmp_path / "before-0019.acctdb"
    _at_0018(str(path))
    old = _as_it_is(str(path))
    try:
        with old.engine.connect() as conn:
            revision = conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            heads = dict(
                conn.exec_driver_sql(
                    "SELECT a.code, d.head FROM account_search_doc AS d "
                    "JOIN account AS a ON a.id = d.account_id"
                ).all()
            )
        assert revision == "0018_search_y_as_ij"
        assert heads["CN200001"] == index_text("广州白云汽车服务中心 CN200001")  # as 0018's code
        # what this code would miss, were the texts not indexed again
        assert codes(old, "gz") == []
        assert found(old, "zw", HitKind.CONTACT) == []
        assert found(old, "hrwj", HitKind.QUOTE) == []
        assert codes(old, "广州") == ["CN200001", "CN200002"]
        integrity_check(old)
    finally:
        old.close()

    db = open_database(path)  # upgrades
    try:
        for query, expected in EXPECTED:
            assert codes(db, query) == expected, query
        integrity_check(db)
        triggers = rebuilt_index_triggers(db)
        record_triggers = rebuilt_index_triggers(db, "record_search")
        assert triggers == record_triggers == 3  # set aside for the rebuilds, and back
        # the records: indexed again by the migration itself (nothing left to catch up)
        assert _stale(db) == set()
        assert found(db, "zw", HitKind.CONTACT) == ["张伟"]
        assert found(db, "hrwj", HitKind.QUOTE) == ["Q-2026-00021"]
        assert found(db, "anna", HitKind.CONTACT) == ["Anna Bos"]
        with db.session() as session:  # the triggers keep the index: a new account is found
            new = add_account(session, {"code": "CN200006", "name": "厦门鑫源汽车服务中心"})
            AccountSearch(db).refresh(session, [new])
        assert codes(db, "xiamen") == ["CN200006"]
    finally:
        db.close()


def _search_docs(db: Database) -> list[list[tuple]]:
    """The content tables of account search and global search, row by row."""
    with db.engine.connect() as conn:
        return [
            [tuple(row) for row in conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY id")]
            for table in ("account_search_doc", "record_search_doc")
        ]


@pytest.mark.parametrize("revision", ["0018_search_y_as_ij", "0021_order_line_delivery"])
def test_0019_and_0022_leave_a_database_without_chinese_names_as_it_was(
    tmp_path: Path, revision: str
) -> None:
    path = tmp_path / "dutch.acctdb"
    db = open_database(path)
    try:
        with db.session() as session:
            made = [add_account(session, spec) for spec in ACCOUNTS if spec["code"][:2] != "CN"]
            AccountSearch(db).refresh(session, made)
        assert found(db, "anna", HitKind.CONTACT) == ["Anna Bos"]  # (its records indexed)
        _downgrade(db.engine, revision)
        before = _search_docs(db)
    finally:
        db.close()
    db = open_database(path)
    try:
        assert _search_docs(db) == before
        assert _stale(db) == set()
        assert codes(db, "zwolle") == ["NL200001"]
    finally:
        db.close()


@pytest.mark.postgres
def test_0019_on_postgresql_indexes_again_and_back(pg_url: str) -> None:
    _at_0018(pg_url)
    old = _as_it_is(pg_url)
    try:
        assert codes(old, "gz") == []  # indexed by 0018's rules
        assert _stale(old) == {"CN200002", "CN200003"}
    finally:
        old.close()
    db = open_database(pg_url)
    try:
        for query, expected in EXPECTED:
            assert codes(db, query) == expected, query
        assert found(db, "zhangwei", HitKind.CONTACT) == ["张伟"]
        _downgrade(db.engine, "0018_search_y_as_ij")
        assert codes(db, "gz") == []
        assert codes(db, "广州") == ["CN200001", "CN200002"]
    finally:
        db.close()


# -- schema 0022: the syllables behind a mark, for pinyin typed in any mix --------------------
def test_0022_indexes_the_chinese_names_of_an_older_database_again(tmp_path: Path) -> None:
    path = tmp_path / "before-0022.acctdb"
    _at_0018(str(path), "0021_order_line_delivery")
    old = _as_it_is(str(path))
    try:
        with old.engine.connect() as conn:
            head = conn.exec_driver_sql(
                "SELECT d.head FROM account_search_doc AS d "
                "JOIN account AS a ON a.id = d.account_id WHERE a.code = 'CN200007'"
            ).scalar()
        assert head == index_text("吕梁女装店 CN200007", pinyin=True, marked=False)  # as 0019's
        # what this code would miss, were the texts not indexed again
        assert codes(old, "huarwj") == []
        assert codes(old, "luliang") == []
        assert found(old, "luna", HitKind.CONTACT) == []
        assert codes(old, "gz") == ["CN200001", "CN200002"]  # 0019's pinyin is there
        integrity_check(old)
    finally:
        old.close()

    db = open_database(path)  # upgrades
    try:
        for query, expected in [*EXPECTED, *MIXED]:
            assert codes(db, query) == expected, query
        integrity_check(db)
        assert rebuilt_index_triggers(db) == rebuilt_index_triggers(db, "record_search") == 3
        assert _stale(db) == set()
        assert found(db, "luna", HitKind.CONTACT) == ["吕娜"]
        assert found(db, "huarwj", HitKind.QUOTE) == ["Q-2026-00021"]
        with db.session() as session:  # the triggers keep the index: a new account is found
            new = add_account(session, {"code": "CN200006", "name": "厦门鑫源汽车服务中心"})
            AccountSearch(db).refresh(session, [new])
        assert codes(db, "xiamxinyqc") == ["CN200006"]
    finally:
        db.close()


@pytest.mark.postgres
def test_0022_on_postgresql_indexes_again_and_back(pg_url: str) -> None:
    _at_0018(pg_url, "0021_order_line_delivery")
    old = _as_it_is(pg_url)
    try:
        assert codes(old, "huarwj") == []  # indexed by 0019's rules
        assert codes(old, "gz") == ["CN200001", "CN200002"]
    finally:
        old.close()
    db = open_database(pg_url)
    try:
        for query, expected in [*EXPECTED, *MIXED]:
            assert codes(db, query) == expected, query
        assert found(db, "luna", HitKind.CONTACT) == ["吕娜"]
        _downgrade(db.engine, "0021_order_line_delivery")
        assert codes(db, "huarwj") == []
        assert codes(db, "hrwj") == ["CN200002"]
    finally:
        db.close()
