"""All the hits of one kind (global search's "Show all"), a page at a time and counted, on
SQLite and PostgreSQL: the pages follow each other in the order the first few are shown,
through the four groups (word starts in the name, word starts elsewhere, fragments in the
name, fragments elsewhere), with nothing twice and nothing left out; the count agrees."""

from __future__ import annotations

import uuid

import pytest

from acct_desktop.services import record_search
from acct_desktop.services.global_search import GlobalSearch
from acct_desktop.services.record_search import HitKind
from acct_desktop.services.search import AccountSearch
from acct_desktop.store import models as m
from acct_desktop.store.database import Database
from tests.unit.test_global_search import territory  # noqa: F401  (the fixture)

# One contact in each group for "lux", each on NL000017 (Autopunt Nederland Hoofdkantoor).
LUX = [  # name, title, e-mail: the group it is found in
    ("Jan Bos", None, "jan@influx.example.nl"),  # 3: a piece of the e-mail
    ("Van Fluxen", None, None),  # 2: a piece of the name
    ("Piet Smit", "Lux dealer", None),  # 1: a word of the job title
    ("Luxor Bakker", None, None),  # 0: a word of the name
]


def _add_contacts(db: Database, account_id: uuid.UUID, contacts) -> None:  # type: ignore[no-untyped-def]
    with db.session() as session:
        for name, title, email in contacts:
            session.add(m.Contact(account_id=account_id, name=name, title=title, email=email))


def _all_pages(search: GlobalSearch, query: str, kind: HitKind, size: int) -> list:  # type: ignore[type-arg]
    hits, mark = [], None
    for _ in range(1000):
        page = search.page(query, kind, mark, size)
        hits.extend(page.hits)
        mark = page.next
        if mark is None:
            return hits
    raise AssertionError("the pages never end")


@pytest.fixture(params=["index", "scan"])
def lux(request, territory, monkeypatch):  # noqa: F811
    """The territory with the four "lux" contacts; their fragments found through the
    trigram index, or (a kind with few records) by reading its rows."""
    db, made = territory
    if request.param == "index":
        monkeypatch.setattr(record_search, "SCAN_BELOW", 0)
    _add_contacts(db, made["NL000017"], LUX)
    return db, made


def test_a_page_at_a_time_through_the_four_groups(lux) -> None:
    db, _made = lux
    search = GlobalSearch(db)
    expected = ["Luxor Bakker", "Piet Smit", "Van Fluxen", "Jan Bos"]
    whole = search.page("lux", HitKind.CONTACT, None, 50)
    assert [hit.title for hit in whole.hits] == expected and whole.next is None
    assert [hit.strength for hit in whole.hits] == [0, 1, 2, 3]
    for size in (1, 2, 3):
        assert _all_pages(search, "lux", HitKind.CONTACT, size) == whole.hits
    assert search.count("lux", HitKind.CONTACT) == 4


def test_the_overview_shows_a_few_and_says_there_are_more(lux) -> None:
    db, _made = lux
    search = GlobalSearch(db)
    contacts = next(g for g in search.overview("lux", per_kind=2) if g.kind is HitKind.CONTACT)
    assert [hit.title for hit in contacts.hits] == ["Luxor Bakker", "Piet Smit"]
    assert contacts.more
    first = search.page("lux", HitKind.CONTACT, None, 2)
    assert first.hits == contacts.hits and first.next is not None
    rest = search.page("lux", HitKind.CONTACT, first.next, 2)
    assert [hit.title for hit in rest.hits] == ["Van Fluxen", "Jan Bos"]
    everything = next(g for g in search.overview("lux", per_kind=4) if g.kind is HitKind.CONTACT)
    assert not everything.more and len(everything.hits) == 4


def test_many_contacts_paged_and_counted(territory) -> None:  # noqa: F811
    db, made = territory
    names = [f"Jansen {n:03d}" for n in range(120)]
    _add_contacts(db, made["VN000002"], [(name, None, None) for name in names])
    search = GlobalSearch(db)
    paged = _all_pages(search, "jansen", HitKind.CONTACT, 50)
    titles = [hit.title for hit in paged]
    assert titles == [*names, "Pieter Jansen"]  # word starts in the name first, by name
    assert len({hit.id for hit in paged}) == len(paged)
    assert search.count("jansen", HitKind.CONTACT) == 121
    assert search.count("ansen", HitKind.CONTACT) == 121  # a fragment of each
    assert [h.title for h in _all_pages(search, "ansen", HitKind.CONTACT, 7)] == titles


def test_accounts_paged_and_counted_as_account_search_finds_them(territory) -> None:  # noqa: F811
    db, made = territory
    search = GlobalSearch(db)
    accounts = AccountSearch(db)
    for query in ("a", "ga", "nl 0", "00017", "gara o to", "白云"):
        expected = [hit.id for hit in accounts.search(query, limit=500)]
        paged = _all_pages(search, query, HitKind.ACCOUNT, 1)
        assert [hit.id for hit in paged] == expected, query
        assert search.count(query, HitKind.ACCOUNT) == len(expected), query
        assert accounts.count(query) == len(expected), query
    # an account is found by the name of one of its contacts, also in the whole list
    assert [hit.id for hit in _all_pages(search, "zoe", HitKind.ACCOUNT, 5)] == [made["NL000017"]]


def test_quotes_issues_and_checklists_paged_and_counted(territory) -> None:  # noqa: F811
    db, _made = territory
    search = GlobalSearch(db)
    for query, kind, titles in (
        ("0017", HitKind.QUOTE, ["Q-2026-00170", "Q-2026-00017 R2", "Q-2026-00017"]),
        ("IS-2026", HitKind.ISSUE, ["IS-2026-00017", "IS-2026-00002", "IS-2026-00001"]),
        ("cl", HitKind.CHECKLIST, ["CL-2026-00003"]),
    ):
        assert [hit.title for hit in _all_pages(search, query, kind, 1)] == titles
        assert search.count(query, kind) == len(titles)


@pytest.mark.parametrize("query", ["", "  ", "%", "zzqqxx"])
def test_nothing_typed_or_found_is_an_empty_page_and_zero(territory, query: str) -> None:  # noqa: F811
    db, _made = territory
    search = GlobalSearch(db)
    for kind in HitKind:
        page = search.page(query, kind)
        assert (page.hits, page.next, search.count(query, kind)) == ([], None, 0)
