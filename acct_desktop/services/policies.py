"""Reading the price-policy register and the rebate agreements."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from acct_desktop.domain.enums import PolicyScope, PolicyStatus, RebateKind, RebateStatus
from acct_desktop.domain.rebates import RebateBasis
from acct_desktop.services.accounts import AccountService
from acct_desktop.services.paging import PageRequest, apply_page
from acct_desktop.services.rebate_facts import load_facts
from acct_desktop.services.rebate_records import is_late, late_days_setting
from acct_desktop.store.database import Database
from acct_desktop.store.models import (
    Account,
    PricePolicy,
    Product,
    RebateAgreement,
    RebateTier,
    Territory,
)


@dataclass(frozen=True, slots=True)
class PolicyRow:
    id: uuid.UUID
    code: str
    name: str
    scope: PolicyScope
    applies_to: str  # account name, channel code, territory name, or "everyone"
    product: str  # SKU, category code, or "all_products"
    valid_from: date
    valid_to: date | None
    currency: str
    guide_price: Decimal | None
    floor_price: Decimal | None
    min_margin_percent: Decimal | None
    max_discount_percent: Decimal | None
    status: PolicyStatus


@dataclass(frozen=True, slots=True)
class RebateRow:
    id: uuid.UUID
    number: str
    account_name: str
    kind: RebateKind
    period_start: date
    period_end: date
    currency: str
    tier_count: int
    signed_on: date | None
    entered_on: date
    status: RebateStatus
    late_entry_days: int = 7
    # what it has earned on the day the register was read (None: not computable, e.g. a
    # draft without tiers): the rebate so far, the tier's rate, and what must still be
    # bought (money, or units for quantity terms) by ``next_tier_by`` for the next tier
    accrued: Decimal | None = None
    tier_reached_percent: Decimal | None = None
    still_to_buy: Decimal | None = None
    next_tier_by: date | None = None
    by_quantity: bool = False

    @property
    def entered_late(self) -> bool:
        """Entered more than the company's late-entry days after signing."""
        return is_late(self.signed_on, self.entered_on, self.late_entry_days)


class PolicyService:
    def __init__(self, db: Database, accounts: AccountService) -> None:
        self._db = db
        self._accounts = accounts

    def price_policies(self, account_id: uuid.UUID | None, page: PageRequest) -> list[PolicyRow]:
        """Policies that can apply to ``account_id`` (all of them for None)."""
        query = (
            select(
                PricePolicy.id,
                PricePolicy.code,
                PricePolicy.name,
                PricePolicy.scope,
                Account.name,
                PricePolicy.channel,
                Territory.name,
                Product.sku,
                PricePolicy.category,
                PricePolicy.valid_from,
                PricePolicy.valid_to,
                PricePolicy.currency,
                PricePolicy.guide_price,
                PricePolicy.floor_price,
                PricePolicy.min_margin_percent,
                PricePolicy.max_discount_percent,
                PricePolicy.status,
            )
            .outerjoin(Account, Account.id == PricePolicy.account_id)
            .outerjoin(Territory, Territory.id == PricePolicy.territory_id)
            .outerjoin(Product, Product.id == PricePolicy.product_id)
            .where(PricePolicy.archived_at.is_(None))
        )
        if account_id is not None:
            query = query.where(self._applicable_to(account_id))
        sortable = {
            "code": PricePolicy.code,
            "name": PricePolicy.name,
            "scope": PricePolicy.scope,
            "valid_from": PricePolicy.valid_from,
            "valid_to": PricePolicy.valid_to,
            "status": PricePolicy.status,
            "guide_price": PricePolicy.guide_price,
        }
        query = apply_page(query, page, sortable, (PricePolicy.code,), PricePolicy.id)
        with self._db.session() as session:
            return [_policy_row(row) for row in session.execute(query)]

    def _applicable_to(self, account_id: uuid.UUID):  # type: ignore[no-untyped-def]
        lineage = self._accounts.lineage(account_id)
        with self._db.session() as session:
            account = session.get(Account, account_id)
            channel = account.channel if account else None
            territories: list[uuid.UUID] = []
            current = account.territory_id if account else None
            while current is not None and current not in territories:
                territories.append(current)
                current = session.scalar(select(Territory.parent_id).where(Territory.id == current))
        return or_(
            PricePolicy.scope == PolicyScope.GLOBAL,
            and_(PricePolicy.scope == PolicyScope.ACCOUNT, PricePolicy.account_id.in_(lineage)),
            and_(PricePolicy.scope == PolicyScope.CHANNEL, PricePolicy.channel == channel),
            and_(
                PricePolicy.scope == PolicyScope.TERRITORY,
                PricePolicy.territory_id.in_(territories),
            ),
        )

    def rebate_agreements(
        self, account_id: uuid.UUID | None, page: PageRequest, on: date | None = None
    ) -> list[RebateRow]:
        """Agreements of the account and of the groups above it (all for None), with what
        each has accrued on ``on`` (today) and what is still to buy for its next tier:
        worked out for the page's agreements at once (``rebate_facts.load_facts``: a few
        grouped queries), not per row."""
        tier_count = (
            select(func.count())
            .where(RebateTier.agreement_id == RebateAgreement.id)
            .correlate(RebateAgreement)
            .scalar_subquery()
        )
        query = (
            select(
                RebateAgreement.id,
                RebateAgreement.number,
                Account.name,
                RebateAgreement.kind,
                RebateAgreement.period_start,
                RebateAgreement.period_end,
                RebateAgreement.currency,
                tier_count,
                RebateAgreement.signed_on,
                RebateAgreement.entered_on,
                RebateAgreement.status,
            )
            .join(Account, Account.id == RebateAgreement.account_id)
            .where(RebateAgreement.archived_at.is_(None))
        )
        if account_id is not None:
            query = query.where(RebateAgreement.account_id.in_(self._accounts.lineage(account_id)))
        sortable = {
            "number": RebateAgreement.number,
            "account_name": Account.name,
            "kind": RebateAgreement.kind,
            "period_start": RebateAgreement.period_start,
            "entered_on": RebateAgreement.entered_on,
            "status": RebateAgreement.status,
        }
        query = apply_page(
            query,
            page,
            sortable,
            (RebateAgreement.period_start.desc(), RebateAgreement.number),
            RebateAgreement.id,
        )
        with self._db.session() as session:
            late_days = late_days_setting(session)
            rows = [RebateRow(*row, late_days) for row in session.execute(query)]
            return with_accruals(session, rows, on or date.today())


def with_accruals(session: Session, rows: list[RebateRow], on: date) -> list[RebateRow]:
    """``rows`` with their accrual on ``on`` (rows whose terms cannot be computed as
    they are)."""
    if not rows:
        return rows
    from acct_desktop.services.rebate_accruals import RebateAccrualService  # no cycle

    found = {}
    for facts in load_facts(session, [row.id for row in rows], on):
        if facts.terms is None:
            continue
        try:
            found[facts.agreement_id] = RebateAccrualService.accrue(facts)
        except ValueError:
            continue
    kept = []
    for row in rows:
        accrual = found.get(row.id)
        if accrual is None:
            kept.append(row)
            continue
        still = accrual.distance_to_next_tier if accrual.next_tier is not None else None
        tier = accrual.tier_reached
        kept.append(
            replace(
                row,
                accrued=accrual.accrued_to_date,
                tier_reached_percent=tier.rate_percent if tier is not None else None,
                still_to_buy=still,
                next_tier_by=row.period_end if still is not None else None,
                by_quantity=accrual.terms.basis is RebateBasis.QUANTITY,
            )
        )
    return kept


def _policy_row(row) -> PolicyRow:  # type: ignore[no-untyped-def]
    (
        pid,
        code,
        name,
        scope,
        account_name,
        channel,
        territory_name,
        sku,
        category,
        valid_from,
        valid_to,
        currency,
        guide,
        floor,
        margin,
        discount,
        status,
    ) = row
    applies_to = {
        PolicyScope.ACCOUNT: account_name,
        PolicyScope.CHANNEL: channel.value if channel else None,
        PolicyScope.TERRITORY: territory_name,
    }.get(scope) or "everyone"
    product = sku or category or "all_products"
    return PolicyRow(
        pid,
        code,
        name,
        scope,
        applies_to,
        product,
        valid_from,
        valid_to,
        currency,
        guide,
        floor,
        margin,
        discount,
        status,
    )
