"""The lubricant catalogue, price policies, rebate agreements and visit cycles."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from acct_desktop.domain.enums import (
    AccountKind,
    Channel,
    PolicyScope,
    PolicyStatus,
    RebateKind,
    RebateStatus,
    Tier,
)
from acct_desktop.domain.money import round_to_places
from acct_desktop.domain.pricing_rules import BaseKind, RuleKind
from acct_desktop.services.demo import reference as ref
from acct_desktop.services.demo.accounts import AccountSeed, TerritorySeed, new_id

# Demo exchange rates from the catalogue's EUR list prices to each country's currency.
EUR_RATE = {"EUR": Decimal("1"), "CNY": Decimal("7.8"), "VND": Decimal("27000")}
# An account deal's price as a share of list, by the packs it needs: a bigger commitment
# gets a deeper price, below the distributor channel's 10 % off list, so no deal prices a
# bigger order above a smaller one (check-register reports that as a price inversion).
DEAL_SHARE_OF_LIST = {0: Decimal("0.92"), 10: Decimal("0.89"), 50: Decimal("0.87")}


@dataclass(slots=True)
class ProductSeed:
    id: uuid.UUID
    sku: str
    name: str
    category: str
    unit: str
    pack_size: Decimal
    pack_label: str
    list_price: Decimal
    cost: Decimal
    lead_time_days: int
    local_names: dict[str, str]  # document language -> the product's name in it


def build_products(rng: random.Random) -> list[ProductSeed]:
    products: list[ProductSeed] = []
    for number, template in enumerate(ref.PRODUCTS, start=1):
        prefix = "".join(word[0] for word in template.category.split("_")).upper()
        for label, size, unit in template.packs:
            list_price = round_to_places(template.list_price_per_unit * size, 2)
            cost = round_to_places(list_price * template.cost_ratio, 2)
            products.append(
                ProductSeed(
                    id=new_id(rng),
                    sku=f"{prefix}-{number:03d}-{label.replace(' ', '')}",
                    name=f"{template.name} {label}",
                    category=template.category,
                    unit=unit,
                    pack_size=size,
                    pack_label=label,
                    list_price=list_price,
                    cost=cost,
                    lead_time_days=template.lead_time_days,
                    local_names=_local_names(template, label),
                )
            )
    return products


def _local_names(template: ref.ProductTemplate, pack_label: str) -> dict[str, str]:
    """The product's name with its pack in each document language ("0,4 kg" where the
    decimal mark is a comma)."""
    comma = pack_label.replace(".", ",")
    return {
        "zh_CN": f"{template.name_zh} {pack_label}",
        "vi": f"{template.name_vi} {comma}",
        "nl": f"{template.name_nl} {comma}",
    }


def to_currency(amount_eur: Decimal, currency: str) -> Decimal:
    return round_to_places(amount_eur * EUR_RATE[currency], 2 if currency != "VND" else 0)


def build_policies(
    rng: random.Random,
    products: list[ProductSeed],
    territories: list[TerritorySeed],
    accounts: list[AccountSeed],
    today: date,
) -> list[dict[str, object]]:
    """Country price lists per category, channel floors, and account-specific deals."""
    rows: list[dict[str, object]] = []
    year_start = date(today.year, 1, 1)

    def add(**values: object) -> None:
        # Every row has every key: a bulk insert takes its columns from the first row.
        rule = {"rule_kind": None, "discount_percent": None, "base_kind": None}
        rows.append({"id": new_id(rng), "code": f"PP-{len(rows) + 1:05d}", **rule, **values})

    categories = sorted({p.category for p in products})
    for territory in (t for t in territories if t.parent_id is None):
        currency = territory.country.currency
        for category in categories:
            language = territory.country.language
            add(
                name=f"{territory.name} · {ref.CATEGORIES[category][language]}",
                product_id=None,
                category=category,
                scope=PolicyScope.TERRITORY,
                account_id=None,
                channel=None,
                territory_id=territory.id,
                valid_from=year_start,
                valid_to=date(today.year, 12, 31),
                currency=currency,
                min_quantity=Decimal(0),
                guide_price=None,
                floor_price=None,
                min_margin_percent=Decimal("18"),
                max_discount_percent=Decimal("12"),
                approval_threshold_percent=Decimal("8"),
                status=PolicyStatus.ACTIVE,
                approved_by=ref.APPROVERS[language]["regional"],
            )
    for channel, discount, band in ((Channel.DISTRIBUTOR, "10", "22"), (Channel.FLEET, "5", "15")):
        add(
            name=ref.CHANNEL_BAND_NAMES[ref.CHANNEL_BAND_LANGUAGE][channel.value],
            rule_kind=RuleKind.PERCENT_DISCOUNT,
            discount_percent=Decimal(discount),
            base_kind=BaseKind.LIST,
            product_id=None,
            category=None,
            scope=PolicyScope.CHANNEL,
            account_id=None,
            channel=channel,
            territory_id=None,
            valid_from=year_start,
            valid_to=None,
            currency="EUR",
            min_quantity=Decimal(0),
            guide_price=None,
            floor_price=None,
            min_margin_percent=Decimal("12"),
            max_discount_percent=Decimal(band),
            approval_threshold_percent=Decimal("10"),
            status=PolicyStatus.ACTIVE,
            approved_by=ref.APPROVERS[ref.CHANNEL_BAND_LANGUAGE]["sales"],
        )
    key_accounts = [
        a
        for a in accounts
        if a.tier is Tier.A and a.kind in (AccountKind.HEADQUARTERS, AccountKind.DISTRIBUTOR)
    ]
    for account in key_accounts:
        currency = account.country.currency
        for product in rng.sample(products, k=3):
            floor = to_currency(product.cost * Decimal("1.12"), currency)
            expired = rng.random() < 0.15
            start = today - timedelta(days=rng.randint(30, 500))
            from_packs = rng.choice((0, 10, 50))
            guide = to_currency(product.list_price * DEAL_SHARE_OF_LIST[from_packs], currency)
            add(
                name=f"{account.name} · {product.name}",
                product_id=product.id,
                category=None,
                scope=PolicyScope.ACCOUNT,
                account_id=account.id,
                channel=None,
                territory_id=None,
                valid_from=start,
                valid_to=(today - timedelta(days=5)) if expired else start + timedelta(days=540),
                currency=currency,
                min_quantity=Decimal(from_packs),
                rule_kind=RuleKind.FIXED,
                guide_price=guide,
                floor_price=floor,
                min_margin_percent=Decimal("15"),
                max_discount_percent=Decimal("8"),
                approval_threshold_percent=Decimal("5"),
                status=PolicyStatus.EXPIRED
                if expired
                else rng.choice((PolicyStatus.ACTIVE, PolicyStatus.ACTIVE, PolicyStatus.DRAFT)),
                approved_by=None
                if rng.random() < 0.2
                else ref.APPROVERS[account.country.language]["key_account"],
            )
    return rows


def build_exchange_rates(today: date) -> list[dict[str, object]]:
    """The demo's EUR rates, valid from two years back (list prices and costs are in EUR)."""
    start = date(today.year - 2, 1, 1)
    return [
        {
            "id": uuid.uuid5(uuid.NAMESPACE_URL, f"acct-desktop-demo-rate-{currency}"),
            "base_currency": "EUR",
            "currency": currency,
            "rate": rate,
            "valid_from": start,
        }
        for currency, rate in sorted(EUR_RATE.items())
        if currency != "EUR"
    ]


def build_rebates(
    rng: random.Random, accounts: list[AccountSeed], today: date
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """Rebate agreements (and tiers) for heads of groups; some were entered late on
    purpose, one of them lately (``recent_late_agreement``). Their settlements follow the
    sales (``demo.settlements``)."""
    agreements: list[dict[str, object]] = []
    tiers: list[dict[str, object]] = []
    heads = [a for a in accounts if a.parent_id is None and a.kind is not AccountKind.WORKSHOP]
    for account in heads:
        for year in (today.year - 1, today.year):
            if rng.random() < 0.3:
                continue
            kind = rng.choice(tuple(RebateKind))
            signed = date(year, 1, 1) + timedelta(days=rng.randint(0, 40))
            late = rng.random() < 0.15
            entered = signed + timedelta(days=rng.randint(10, 45) if late else rng.randint(0, 3))
            currency = account.country.currency
            scale = EUR_RATE[currency]
            agreement_id = new_id(rng)
            status = RebateStatus.CLOSED if year < today.year else RebateStatus.ACTIVE
            agreements.append(
                {
                    "id": agreement_id,
                    "number": f"R-{year}-{len(agreements) + 1:04d}",
                    "account_id": account.id,
                    "kind": kind,
                    "period_start": date(year, 1, 1),
                    "period_end": date(year, 12, 31),
                    "currency": currency,
                    "category": None,
                    "fixed_percent": Decimal("2.5") if kind is RebateKind.FIXED_PERCENT else None,
                    "baseline_amount": (Decimal(400_000) * scale)
                    if kind is RebateKind.GROWTH
                    else None,
                    "signed_on": signed,
                    "signed_by": ref.REBATE_SIGNATORIES[account.country.language],
                    "entered_on": entered,
                    "status": status,
                }
            )
            if kind in (RebateKind.WHOLE_VOLUME_TIERS, RebateKind.BANDED_TIERS, RebateKind.GROWTH):
                for threshold, percent in ((200_000, "1"), (500_000, "2"), (1_000_000, "3.5")):
                    tiers.append(
                        {
                            "id": new_id(rng),
                            "agreement_id": agreement_id,
                            "threshold_amount": Decimal(threshold) * scale,
                            "rebate_percent": Decimal(percent),
                        }
                    )
    late = recent_late_agreement(heads, agreements, today)
    if late is not None:
        agreements.append(late)
    return agreements, tiers


# The agreement entered late lately: signed three weeks before "today", entered five days
# before it (a fortnight past the 7 days the register allows), so the alert list's
# "entered late" (news for 30 days) has a case whatever day the demo is made for.
RECENT_LATE_SIGNED_DAYS_AGO = 21
RECENT_LATE_ENTERED_DAYS_AGO = 5


def recent_late_agreement(
    heads: list[AccountSeed], agreements: list[dict[str, object]], today: date
) -> dict[str, object] | None:
    """A fixed-percent agreement for twelve months from the month it was signed, with the
    first head of a group that has none this year (else the first head). Its id is derived
    from the date, not drawn: the rest of the demo stays as the seed makes it."""
    if not heads:
        return None
    this_year = {a["account_id"] for a in agreements if a["period_end"] >= today}
    account = next((h for h in heads if h.id not in this_year), heads[0])
    signed = today - timedelta(days=RECENT_LATE_SIGNED_DAYS_AGO)
    start = signed.replace(day=1)
    end = start.replace(year=start.year + 1) - timedelta(days=1)
    return {
        "id": uuid.uuid5(uuid.NAMESPACE_URL, f"acct-desktop-demo-late-rebate-{today}"),
        "number": f"R-{signed.year}-{len(agreements) + 1:04d}",
        "account_id": account.id,
        "kind": RebateKind.FIXED_PERCENT,
        "period_start": start,
        "period_end": end,
        "currency": account.country.currency,
        "category": None,
        "fixed_percent": Decimal("1.5"),
        "baseline_amount": None,
        "signed_on": signed,
        "signed_by": ref.REBATE_SIGNATORIES[account.country.language],
        "entered_on": today - timedelta(days=RECENT_LATE_ENTERED_DAYS_AGO),
        "status": RebateStatus.ACTIVE,
    }


TIER_INTERVAL_DAYS = {Tier.A: 7, Tier.B: 14, Tier.C: 28}


def build_cycles(rng: random.Random, accounts: list[AccountSeed]) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = [
        {
            "id": new_id(rng),
            "tier": tier,
            "account_id": None,
            "interval_days": days,
            "preferred_weekday": None,
            "duration_minutes": 60,
        }
        for tier, days in TIER_INTERVAL_DAYS.items()
    ]
    for account in accounts:
        if rng.random() < 0.05:
            rows.append(
                {
                    "id": new_id(rng),
                    "tier": None,
                    "account_id": account.id,
                    "interval_days": rng.choice((10, 21, 42)),
                    "preferred_weekday": rng.randint(0, 4),
                    "duration_minutes": rng.choice((45, 90)),
                }
            )
    return rows
