"""Visit cycles: how often, on which days and at which hours an account is visited.

A default per tier (A every 7 days, B 14, C 28 unless changed) and an override per
account. The account's own rule wins whole (it is not merged with its tier's); without
either, every 28 days. Weekdays are 0 = Monday … 6 = Sunday.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import time

from sqlalchemy import select

from acct_desktop.domain.enums import Tier
from acct_desktop.domain.visit_cycles import DEFAULT_INTERVAL_DAYS
from acct_desktop.services.acting import Actor, ActorName
from acct_desktop.services.audit import record_change
from acct_desktop.store.database import Database
from acct_desktop.store.models import Account, VisitCycle

DEFAULT_DURATION = 60


class CycleRejected(ValueError):
    """Nothing was saved; ``problems`` maps a field to a sentence."""

    def __init__(self, problems: dict[str, str]) -> None:
        super().__init__(next(iter(problems.values())))
        self.problems = problems


@dataclass(frozen=True, slots=True)
class CycleRule:
    interval_days: int = DEFAULT_INTERVAL_DAYS
    duration_minutes: int = DEFAULT_DURATION
    preferred_weekdays: frozenset[int] = field(default_factory=frozenset)
    closed_weekdays: frozenset[int] = field(default_factory=frozenset)
    visit_from: time | None = None
    visit_to: time | None = None
    source: str = "default"  # "account", "tier" or "default"

    @property
    def visiting_hours(self) -> tuple[time, time] | None:
        if self.visit_from is None or self.visit_to is None:
            return None
        return self.visit_from, self.visit_to


def _days(text: str | None) -> frozenset[int]:
    if not text:
        return frozenset()
    return frozenset(int(part) for part in text.split(",") if part.strip().isdigit())


def _text(days: Iterable[int]) -> str | None:
    return ",".join(str(d) for d in sorted(days)) or None


def _rule(row: VisitCycle, source: str) -> CycleRule:
    preferred = _days(row.preferred_weekdays)
    if not preferred and row.preferred_weekday is not None:
        preferred = frozenset({row.preferred_weekday})
    return CycleRule(
        interval_days=row.interval_days,
        duration_minutes=row.duration_minutes or DEFAULT_DURATION,
        preferred_weekdays=preferred,
        closed_weekdays=_days(row.closed_weekdays),
        visit_from=row.visit_from,
        visit_to=row.visit_to,
        source=source,
    )


def check_rule(rule: CycleRule) -> dict[str, str]:
    """Field → sentence for an impossible rule (empty when it is fine)."""
    problems: dict[str, str] = {}
    if not 1 <= rule.interval_days <= 365:
        problems["interval_days"] = "Visit every 1 to 365 days."
    if not 15 <= rule.duration_minutes <= 480:
        problems["duration_minutes"] = "A visit lasts 15 minutes to 8 hours."
    if any(not 0 <= d <= 6 for d in rule.preferred_weekdays | rule.closed_weekdays):
        problems["preferred_weekdays"] = "Weekdays are Monday to Sunday."
    if rule.preferred_weekdays & rule.closed_weekdays:
        problems["closed_weekdays"] = "A preferred day cannot also be a closed day."
    if len(rule.closed_weekdays) == 7:
        problems["closed_weekdays"] = "An account closed every day cannot be visited."
    if (rule.visit_from is None) != (rule.visit_to is None):
        problems["visit_from"] = "Give both ends of the visiting hours, or neither."
    elif (
        rule.visit_from is not None
        and rule.visit_to is not None
        and (rule.visit_to <= rule.visit_from)
    ):
        problems["visit_to"] = "The visiting hours must end after they start."
    return problems


class VisitCycleService:
    _actor = ActorName()

    def __init__(self, db: Database, actor: Actor) -> None:
        self._db = db
        self._actor = actor

    def tier_rules(self) -> dict[Tier, CycleRule]:
        with self._db.session() as session:
            rows = session.scalars(select(VisitCycle).where(VisitCycle.tier.is_not(None)))
            found = {row.tier: _rule(row, "tier") for row in rows}
        return {tier: found.get(tier, CycleRule()) for tier in Tier}

    def rules_for(self, account_ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, CycleRule]:
        """Each account's rule (its own, else its tier's, else the default), set-based."""
        wanted = set(account_ids)
        if not wanted:
            return {}
        tiers = self.tier_rules()
        with self._db.session() as session:
            own = {
                row.account_id: _rule(row, "account")
                for row in session.scalars(
                    select(VisitCycle).where(VisitCycle.account_id.in_(wanted))
                )
            }
            account_tiers = dict(
                session.execute(
                    select(Account.id, Account.tier).where(Account.id.in_(wanted))
                ).all()
            )
        return {
            account: own.get(account) or tiers.get(account_tiers.get(account), CycleRule())
            for account in wanted
            if account in account_tiers
        }

    def rule_for(self, account_id: uuid.UUID) -> CycleRule:
        return self.rules_for([account_id]).get(account_id, CycleRule())

    def save_tier(self, tier: Tier, rule: CycleRule) -> None:
        self._save(VisitCycle.tier == tier, {"tier": tier}, rule, f"tier {tier.value}")

    def save_account(self, account_id: uuid.UUID, rule: CycleRule | None) -> None:
        """The account's own rule; ``None`` goes back to its tier's."""
        if rule is None:
            with self._db.session() as session:
                row = session.scalar(select(VisitCycle).where(VisitCycle.account_id == account_id))
                if row is not None:
                    session.delete(row)
                    record_change(
                        session, self._actor, "visit_cycle", account_id, "own cycle", "yes", None
                    )
            return
        self._save(VisitCycle.account_id == account_id, {"account_id": account_id}, rule, "account")

    def _save(self, where, key: dict[str, object], rule: CycleRule, label: str) -> None:  # type: ignore[no-untyped-def]
        problems = check_rule(rule)
        if problems:
            raise CycleRejected(problems)
        values = {
            "interval_days": rule.interval_days,
            "duration_minutes": rule.duration_minutes,
            "preferred_weekdays": _text(rule.preferred_weekdays),
            "preferred_weekday": min(rule.preferred_weekdays) if rule.preferred_weekdays else None,
            "closed_weekdays": _text(rule.closed_weekdays),
            "visit_from": rule.visit_from,
            "visit_to": rule.visit_to,
        }
        with self._db.session() as session:
            row = session.scalar(select(VisitCycle).where(where))
            if row is None:
                row = VisitCycle(**key, **values)
                session.add(row)
                session.flush()
                record_change(session, self._actor, "visit_cycle", row.id, label, None, "created")
                return
            for name, value in values.items():
                old = getattr(row, name)
                if old != value:
                    setattr(row, name, value)
                    record_change(session, self._actor, "visit_cycle", row.id, name, old, value)
