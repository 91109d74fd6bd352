"""Who decides inside an account, and where the relationship has gaps (pure rules).

Coverage of a decision-making unit (DMU) is judged on the contacts shown on the map:

* **missing roles** — DMU roles nobody holds (every account needs a decision maker, a
  buyer and a user at least; influencer, gatekeeper and technical are reported too, as
  "no one known");
* **stale contacts** — people not contacted for more than ``stale_days`` (never contacted
  counts as stale);
* **single-threaded** — one contact only: if that person leaves, the account is lost;
* **blockers** — decision makers or influencers who are sceptics or opponents, the people
  a manager must win over first.

Reporting lines may not loop: :func:`reporting_loop` says whether a new "reports to" would
close a loop, naming the people in it.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from acct_desktop.domain.enums import Attitude, DmuRole

K = TypeVar("K", bound=Hashable)

DEFAULT_STALE_DAYS = 90
ESSENTIAL_ROLES = (DmuRole.DECISION_MAKER, DmuRole.BUYER, DmuRole.USER)
BLOCKING = frozenset({Attitude.SCEPTIC, Attitude.OPPONENT})
POWERFUL = frozenset({DmuRole.DECISION_MAKER, DmuRole.INFLUENCER})


@dataclass(frozen=True, slots=True)
class CoveragePerson:
    id: Hashable
    name: str
    dmu_role: DmuRole
    attitude: Attitude
    influence: int
    last_contacted_on: date | None


@dataclass(frozen=True, slots=True)
class Coverage:
    missing_roles: tuple[DmuRole, ...]  # essential roles first, then the others
    stale: tuple[tuple[Hashable, int | None], ...]  # (person, days since contact; None: never)
    single_threaded: bool
    blockers: tuple[Hashable, ...]  # powerful sceptics and opponents, most influential first
    champions: tuple[Hashable, ...]

    @property
    def gaps(self) -> int:
        """How many things the manager should act on."""
        return len(self.missing_roles) + len(self.stale) + int(self.single_threaded)


def coverage(
    people: Sequence[CoveragePerson], today: date, stale_days: int = DEFAULT_STALE_DAYS
) -> Coverage:
    """The coverage of ``people`` on ``today`` (see the module docstring for the rules)."""
    if stale_days < 1:
        raise ValueError("stale_days must be at least 1")
    held = {person.dmu_role for person in people}
    essential = [role for role in ESSENTIAL_ROLES if role not in held]
    others = [role for role in DmuRole if role not in held and role not in ESSENTIAL_ROLES]
    stale: list[tuple[Hashable, int | None]] = []
    for person in people:
        if person.last_contacted_on is None:
            stale.append((person.id, None))
        else:
            days = (today - person.last_contacted_on).days
            if days > stale_days:
                stale.append((person.id, days))
    stale.sort(key=lambda item: (item[1] is not None, -(item[1] or 0)))
    ranked = sorted(people, key=lambda p: (-p.influence, p.name))
    return Coverage(
        missing_roles=(*essential, *others),
        stale=tuple(stale),
        single_threaded=len(people) == 1,
        blockers=tuple(p.id for p in ranked if p.dmu_role in POWERFUL and p.attitude in BLOCKING),
        champions=tuple(p.id for p in ranked if p.attitude is Attitude.CHAMPION),
    )


# more people than this on one map (an HQ with its child accounts) and a list of names
# says nothing: the coverage panel counts instead (``summary``)
MANY_PEOPLE = 60


@dataclass(frozen=True, slots=True)
class CoverageSummary:
    """Coverage of many accounts at once, in counts."""

    people: int
    accounts: int  # the accounts in scope, with people or without
    per_role: tuple[tuple[DmuRole, int], ...]  # every role, in the roles' order
    without_decider: tuple[str, ...]  # the accounts' names, sorted
    blockers: int
    stale: int


def summary(
    people: Sequence[CoveragePerson],
    account_of: Mapping[Hashable, Hashable],
    account_names: Mapping[Hashable, str],
    judged: Coverage,
) -> CoverageSummary:
    """``people`` (each at the account ``account_of`` names) counted per role, and the
    accounts of ``account_names`` where nobody decides (none known there, or nobody as
    decision maker)."""
    per_role = {role: 0 for role in DmuRole}
    deciding: set[Hashable] = set()
    for person in people:
        per_role[person.dmu_role] += 1
        if person.dmu_role is DmuRole.DECISION_MAKER:
            deciding.add(account_of[person.id])
    without = sorted(name for key, name in account_names.items() if key not in deciding)
    return CoverageSummary(
        people=len(people),
        accounts=len(account_names),
        per_role=tuple(per_role.items()),
        without_decider=tuple(without),
        blockers=len(judged.blockers),
        stale=len(judged.stale),
    )


def reporting_loop(reports_to: Mapping[K, K | None], person: K, new_boss: K | None) -> list[K]:
    """The people of the loop that ``person`` reporting to ``new_boss`` would close (from
    ``person`` up to ``person`` again), or ``[]`` when there is none."""
    if new_boss is None:
        return []
    if new_boss == person:
        return [person, person]
    chain = [person, new_boss]
    seen = {person, new_boss}
    current = reports_to.get(new_boss)
    while current is not None:
        chain.append(current)
        if current == person:
            return chain
        if current in seen:
            return []  # an existing loop elsewhere; not closed by this change
        seen.add(current)
        current = reports_to.get(current)
    return []
