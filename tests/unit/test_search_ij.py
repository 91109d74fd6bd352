"""The Dutch IJ and y in search, on real databases: account search and global search find
"Rijswijk" by ``ryswyk`` and "Yssel" by ``ijssel`` (SQLite's FTS5 indexes and PostgreSQL's
folded texts), Vietnamese and Chinese still as before; and schema 0018 folds the texts of a
database indexed before it again (and back, going down).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

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
    {"code": "NL100001", "name": "Bouwmarkt Rijswijk", "city": "Rijswijk"},
    {"code": "NL100002", "name": "Garage Ryswyk", "street": "Haagweg 4"},
    {
        "code": "NL100003",
        "name": "IJsselhoeve Banden",
        "city": "Kampen",
        "contacts": ["Marijke van Dijk"],
    },
    {"code": "NL100004", "name": "Yssel Autoservice", "city": "Zwolle"},
    {"code": "NL100005", "name": "De Bijenkorf Wasstraat", "tags": ["horeca"]},
    {"code": "NL100006", "name": "\u0132sbaan Garage"},  # the IJ ligature
    {"code": "NL100007", "name": "Autobedrijf Rivierenland", "city": "Tiel"},
    {
        "code": "VN100001",
        "name": "Gara Nguyễn Văn Cừ",
        "city": "Yên Bái",
        "contacts": ["Đặng Thị Thủy"],
    },
    {"code": "CN100001", "name": "广州白云汽车服务中心", "city": "广州"},
]

EXPECTED = [
    ("rijswijk", ["NL100001", "NL100002"]),
    ("ryswyk", ["NL100001", "NL100002"]),
    ("RYSWIJK", ["NL100001", "NL100002"]),
    # typing "rij": Ryswyk all along (and Marijke, a contact, as a piece of a word)
    ("ri", ["NL100007", "NL100001", "NL100002", "NL100003"]),
    ("ijssel", ["NL100003", "NL100004"]),
    ("yssel", ["NL100003", "NL100004"]),
    # one letter: word starts (IJsbaan sorts among the Is; 云 is yun in pinyin; Yên Bái is
    # the city)
    ("IJ", ["NL100006", "NL100003", "NL100004", "CN100001", "VN100001"]),
    ("\u0133sbaan", ["NL100006"]),
    ("ysbaan", ["NL100006"]),
    ("byenkorf", ["NL100005"]),
    ("van dyk", ["NL100003"]),  # a contact's name
    ("wyk", ["NL100001", "NL100002"]),  # inside a word
    ("nguyen", ["VN100001"]),
    ("nguy", ["VN100001"]),
    ("Nguyễn văn", ["VN100001"]),
    ("yen bai", ["VN100001"]),
    ("thuy", ["VN100001"]),
    ("广州", ["CN100001"]),
    ("白云", ["CN100001"]),
    ("州", ["CN100001"]),
]


def _fill(db: Database) -> dict[str, uuid.UUID]:
    with db.session() as session:
        made = {spec["code"]: add_account(session, spec) for spec in ACCOUNTS}
        AccountSearch(db).refresh(session, made.values())
    return made


@pytest.fixture(
    scope="module", params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]
)
def spelled(request, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    yield from filled_database(request, tmp_path_factory, "search_ij", _fill)


def codes(db: Database, query: str) -> list[str]:
    return [hit.code for hit in AccountSearch(db).search(query, limit=ALL)]


@pytest.mark.parametrize(("query", "expected"), EXPECTED)
def test_account_search_finds_either_spelling_of_the_ij(spelled, query, expected) -> None:
    assert codes(spelled, query) == expected


def test_global_search_finds_a_contact_by_either_spelling(spelled) -> None:
    for query in ("van dyk", "maryke", "van dijk"):
        hits = GlobalSearch(spelled).search(query)
        contacts = [hit.title for hit in hits if hit.kind is HitKind.CONTACT]
        assert contacts == ["Marijke van Dijk"], query


def test_an_account_renamed_is_found_by_either_spelling_of_its_new_name(spelled) -> None:
    with spelled.session() as session:
        account = session.scalars(select(m.Account).where(m.Account.code == "NL100007")).one()
        account.name = "Autobedrijf Nijmegen"
        AccountSearch(spelled).refresh(session, [account.id])
    try:
        assert codes(spelled, "nymegen") == ["NL100007"]
        assert "NL100007" not in codes(spelled, "rivierenland")
    finally:
        with spelled.session() as session:
            account = session.scalars(select(m.Account).where(m.Account.code == "NL100007")).one()
            account.name = "Autobedrijf Rivierenland"
            AccountSearch(spelled).refresh(session, [account.id])


# -- schema 0018: a database indexed before it ------------------------------------------------
def _downgrade(engine, revision: str) -> None:  # type: ignore[no-untyped-def]
    config = alembic_config(engine)
    with engine.connect() as connection, connection.begin():
        config.attributes["connection"] = connection
        command.downgrade(config, revision)


def _at_0017(target: str) -> None:
    """A database at schema 0017 whose search texts are folded as the code of 0017 folded
    them (y kept as y): made at head, then taken down."""
    db = open_database(target)
    try:
        _fill(db)
        GlobalSearch(db).catch_up()
        _downgrade(db.engine, "0017_contact_phone_label")
    finally:
        db.close()


def _as_it_is(target: str) -> Database:
    """The database at ``target`` opened without upgrading it (``open_database`` would)."""
    url = to_url(target)
    engine = make_engine(url)
    return Database(url=url, engine=engine, sessions=sessionmaker(engine, expire_on_commit=False))


def test_0018_folds_the_texts_of_an_older_database_again(tmp_path: Path) -> None:
    path = tmp_path / "before-0018.acctdb"
    _at_0017(str(path))
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
        assert revision == "0017_contact_phone_label"
        assert heads["NL100002"] == index_text("Garage Ryswyk NL100002", y_as_ij=False)
        assert heads["NL100002"] == " garage ryswyk nl100002  "  # as 0017's code wrote it
        # What this code would miss in such a database, were its texts not folded again:
        assert codes(old, "ryswyk") == ["NL100001"]  # not Garage Ryswyk
        assert codes(old, "nguy") == []
        integrity_check(old)
    finally:
        old.close()

    db = open_database(path)  # upgrades
    try:
        for query, expected in EXPECTED:
            assert codes(db, query) == expected, query
        integrity_check(db)
        assert rebuilt_index_triggers(db) == 3  # set aside for the rebuild, and back
        hits = GlobalSearch(db).search("van dyk")  # the records: caught up at the first search
        assert [h.title for h in hits if h.kind is HitKind.CONTACT] == ["Marijke van Dijk"]
        with db.session() as session:  # the triggers keep the index: a new account is found
            add_account(session, {"code": "NL100008", "name": "Tankstation Yerseke"})
            new = session.scalars(select(m.Account.id).where(m.Account.code == "NL100008")).one()
            AccountSearch(db).refresh(session, [new])
        assert codes(db, "ijerseke") == ["NL100008"]
    finally:
        db.close()


@pytest.mark.postgres
def test_0018_on_postgresql_folds_again_and_back(pg_url: str) -> None:
    _at_0017(pg_url)
    old = _as_it_is(pg_url)
    try:
        assert codes(old, "nguy") == []  # folded by 0017's rules
        with old.engine.connect() as conn:
            stale = conn.exec_driver_sql("SELECT count(*) FROM record_search_stale").scalar()
        assert stale == 2  # the accounts with contacts: re-indexed at the next global search
    finally:
        old.close()
    db = open_database(pg_url)
    try:
        for query, expected in EXPECTED:
            assert codes(db, query) == expected, query
        hits = GlobalSearch(db).search("maryke")
        assert [h.title for h in hits if h.kind is HitKind.CONTACT] == ["Marijke van Dijk"]
    finally:
        db.close()
