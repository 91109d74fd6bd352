"""Demo data: the right amounts, a sound hierarchy, native text, deterministic per seed."""

from __future__ import annotations

import hashlib
import re
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from acct_desktop.domain.enums import AccountKind, QuoteStatus, RebateStatus
from acct_desktop.services.demo import SIZES, generate_demo
from acct_desktop.services.demo.generator import DemoTargetExistsError
from acct_desktop.services.demo.reference import COUNTRIES
from acct_desktop.services.demo.settlements import quarter_ends
from acct_desktop.services.rebate_accruals import RebateAccrualService
from acct_desktop.store import models as m
from acct_desktop.store.database import open_database
from tests.conftest import DEMO_TODAY


@pytest.fixture(scope="module")
def demo(demo_s_file: Path):
    db = open_database(demo_s_file)
    with db.session() as session:
        yield session
    db.close()


def count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def test_s_has_the_promised_counts(demo) -> None:
    spec = SIZES["S"]
    assert count(demo, m.Account) == spec.accounts == 200
    assert count(demo, m.Visit) == spec.visits
    assert count(demo, m.SalesFact) == spec.sales_facts
    for model in (m.Contact, m.Product, m.PricePolicy, m.RebateAgreement, m.Quote,
                  m.CustomerIssue, m.Target, m.VisitCycle, m.Territory):  # fmt: skip
        assert count(demo, model) > 0, model.__name__


def test_the_hierarchy_is_acyclic_and_stores_sit_under_a_warehouse_or_hq(demo) -> None:
    rows = demo.execute(select(m.Account.id, m.Account.parent_id, m.Account.kind)).all()
    parent = {r.id: r.parent_id for r in rows}
    kind = {r.id: r.kind for r in rows}
    for account_id in parent:
        seen, current = set(), account_id
        while current is not None:
            assert current not in seen, "cycle in account hierarchy"
            seen.add(current)
            current = parent[current]
    for account_id, account_kind in kind.items():
        if account_kind is AccountKind.STORE:
            up = parent[account_id]
            assert up is not None
            assert kind[up] in (AccountKind.BRANCH_WAREHOUSE, AccountKind.HEADQUARTERS)
    roots = {kind[a] for a, p in parent.items() if p is None}
    assert roots <= {AccountKind.HEADQUARTERS, AccountKind.DISTRIBUTOR, AccountKind.WORKSHOP}


def test_reporting_lines_stay_inside_an_account(demo) -> None:
    rows = demo.execute(select(m.Contact.id, m.Contact.account_id, m.Contact.reports_to_id)).all()
    account_of = {r.id: r.account_id for r in rows}
    for row in rows:
        if row.reports_to_id is not None:
            assert account_of[row.reports_to_id] == row.account_id


def test_names_are_native_chinese_vietnamese_and_dutch(demo) -> None:
    names = " ".join(demo.scalars(select(m.Account.name)))
    contacts = " ".join(demo.scalars(select(m.Contact.name)))
    text = names + contacts
    assert re.search(r"[\u4e00-\u9fff]", text), "Chinese characters"
    assert re.search(r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", text.lower())
    assert "Nguyễn" in text or "Trần" in text or "Lê" in text
    assert re.search(r"\bIJ|ij", text), "Dutch ij"
    countries = set(demo.scalars(select(m.Account.country_code)))
    assert countries == {"CN", "VN", "NL"}


def test_an_account_named_after_a_district_is_in_that_district(demo) -> None:
    """A store "… Cửa hàng Quận Hải An, Hải Phòng 3" is in Quận Hải An, "Arnhem-Malburgen 3"
    in Malburgen, "… 深圳罗湖区店" in 罗湖区 (its street too), not in another district."""
    districts = {
        city.name: city.districts
        for country in COUNTRIES
        for region in country.regions
        for city in region.cities
    }
    named = 0
    for name, city, district, street in demo.execute(
        select(m.Account.name, m.Account.city, m.Account.district, m.Account.street)
    ):
        forms = {d: (f"{city}{d}", f"{d}, {city}", f"{city}-{d}") for d in districts[city]}
        said = [d for d, ways in forms.items() if any(way in name for way in ways)]
        if said:
            named += 1
            assert [district] == said, name
            if re.search(r"[\u4e00-\u9fff]", name):
                assert street.startswith(district), name
    assert named >= 20


def test_every_quote_status_occurs_and_quote_totals_are_exact(demo) -> None:
    statuses = set(demo.scalars(select(m.Quote.status)))
    assert statuses == set(QuoteStatus)
    for line in demo.scalars(select(m.QuoteLine)):
        assert (
            line.line_total == (line.net_price * line.quantity).quantize(line.line_total)
            or line.quantity == 0
        )


def test_some_rebates_were_entered_late_and_some_issues_are_overdue(demo) -> None:
    agreements = demo.scalars(select(m.RebateAgreement)).all()
    assert any((a.entered_on - a.signed_on).days > 7 for a in agreements)
    issues = demo.scalars(select(m.CustomerIssue)).all()
    assert any(i.deadline < DEMO_TODAY and i.closed_on is None for i in issues)


def test_rebates_are_paid_from_what_was_earned_and_the_rest_is_still_owed(
    demo_s_file: Path,
) -> None:
    db = open_database(demo_s_file)
    try:
        results = RebateAccrualService(db).accruals_for_all(DEMO_TODAY)
        with db.session() as session:
            paid_on = session.scalars(select(m.RebateAccrual.period)).all()
    finally:
        db.close()
    # paid quarterly in arrears, on the 20th after each quarter: never more than earned
    assert paid_on and all(day.day == 20 and day.month in (1, 4, 7, 10) for day in paid_on)
    assert all(r.settled <= r.accrued_to_date and r.balance_to_date >= 0 for r in results)
    closed = [r for r in results if r.facts.status is RebateStatus.CLOSED]
    assert closed and all(r.balance_to_date == 0 for r in closed)  # last year: all paid
    # this year's third quarter was paid on 20 October; what it earned since is owed
    assert any(r.balance_to_date > 0 for r in results if r.facts.status is RebateStatus.ACTIVE)


def test_quarters_are_paid_on_the_20th_of_the_month_after_once_that_day_is_past() -> None:
    assert quarter_ends(2026, date(2026, 10, 20)) == [
        (date(2026, 3, 31), date(2026, 4, 20)),
        (date(2026, 6, 30), date(2026, 7, 20)),
    ]
    assert quarter_ends(2025, date(2026, 1, 21))[-1] == (date(2025, 12, 31), date(2026, 1, 20))


def _fingerprint(path: Path) -> str:
    db = open_database(path)
    digest = hashlib.sha256()
    with db.session() as session:
        for model, order in ((m.Account, m.Account.code), (m.Visit, m.Visit.id),
                             (m.Quote, m.Quote.number)):  # fmt: skip
            for row in session.scalars(select(model).order_by(order)):
                digest.update(repr(sorted(
                    (k, v) for k, v in vars(row).items() if not k.startswith("_")
                )).encode())  # fmt: skip
        total = session.scalar(select(func.sum(m.SalesFact.amount)))
        digest.update(str(total).encode())
    db.close()
    return digest.hexdigest()


def test_the_same_seed_gives_the_same_data_and_another_seed_does_not(
    demo_s_file: Path, tmp_path: Path
) -> None:
    again = tmp_path / "again.acctdb"
    other = tmp_path / "other.acctdb"
    generate_demo(again, "S", seed=1, today=DEMO_TODAY)
    generate_demo(other, "S", seed=2, today=DEMO_TODAY)
    assert _fingerprint(again) == _fingerprint(demo_s_file)
    assert _fingerprint(other) != _fingerprint(demo_s_file)


def test_an_existing_file_is_not_overwritten_without_replace(tmp_path: Path) -> None:
    target = tmp_path / "mine.acctdb"
    target.write_bytes(b"precious")
    with pytest.raises(DemoTargetExistsError, match="--replace"):
        generate_demo(target, "S")
    assert target.read_bytes() == b"precious"


def test_an_interrupted_demo_leaves_nothing_behind(tmp_path: Path) -> None:
    target = tmp_path / "cut.acctdb"

    def stop_at_visits(stage: str, _done: int, _total: int) -> None:
        if stage == "visits":
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        generate_demo(target, "S", progress=stop_at_visits)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("size", ["M", "L"])
def test_m_and_l_generators_produce_the_promised_counts(size: str) -> None:
    """The same generators as the database writer, without the database (L's 10M facts are
    counted on M only, to keep the suite fast; the arithmetic is the same)."""
    import random

    from acct_desktop.services.demo.accounts import AccountFactory, build_territories
    from acct_desktop.services.demo.activity import TIER_WEIGHT, allocate
    from acct_desktop.services.demo.catalogue import build_products
    from acct_desktop.services.demo.sales import iter_sales_facts

    spec = SIZES[size]
    rng = random.Random(1)
    accounts = AccountFactory(rng, build_territories(rng)).build(spec.accounts)
    assert len(accounts) == spec.accounts
    assert len({a.code for a in accounts}) == spec.accounts
    visits = allocate(spec.visits, [TIER_WEIGHT[a.tier] for a in accounts])
    assert sum(visits) == spec.visits and min(visits) >= 0
    if size == "M":
        facts = iter_sales_facts(rng, accounts, build_products(rng), spec.sales_facts, DEMO_TODAY)
        assert sum(1 for _ in facts) == spec.sales_facts
