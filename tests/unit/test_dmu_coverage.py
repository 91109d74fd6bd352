"""A map of many people (an HQ with its child accounts) is judged in counts: people per
role and the accounts where nobody decides, not a list of every name."""

from __future__ import annotations

from datetime import date

from acct_desktop.domain.dmu_coverage import CoveragePerson, coverage, summary
from acct_desktop.domain.enums import Attitude, DmuRole

TODAY = date(2026, 11, 24)


def person(pid: str, role: DmuRole, attitude: Attitude = Attitude.NEUTRAL) -> CoveragePerson:
    return CoveragePerson(pid, pid, role, attitude, 3, TODAY)


def test_many_people_are_counted_per_role_with_the_accounts_nobody_decides_at() -> None:
    people = [
        person("a1", DmuRole.DECISION_MAKER, Attitude.OPPONENT),
        person("a2", DmuRole.BUYER),
        person("b1", DmuRole.BUYER),
        person("b2", DmuRole.USER),
    ]
    at = {"a1": "A", "a2": "A", "b1": "B", "b2": "B"}
    names = {"A": "Store Almere", "B": "Store Breda", "C": "DC Tilburg"}  # C: nobody known
    counted = summary(people, at, names, coverage(people, TODAY))
    assert counted.people == 4 and counted.accounts == 3
    assert dict(counted.per_role) == {
        DmuRole.DECISION_MAKER: 1,
        DmuRole.INFLUENCER: 0,
        DmuRole.BUYER: 2,
        DmuRole.USER: 1,
        DmuRole.GATEKEEPER: 0,
        DmuRole.TECHNICAL: 0,
    }
    assert [role for role, _n in counted.per_role] == list(DmuRole)
    assert counted.without_decider == ("DC Tilburg", "Store Breda")
    assert counted.blockers == 1 and counted.stale == 0
