"""Visit history and plans, quotes in every status, customer issues."""

from __future__ import annotations

import random
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from acct_desktop.domain.enums import (
    AccountKind,
    ApprovalDecision,
    IssueCategory,
    IssueStatus,
    QuoteStatus,
    Tier,
    VisitPurpose,
    VisitStatus,
)
from acct_desktop.domain.money import round_money
from acct_desktop.services.account_zones import customer_zone
from acct_desktop.services.demo import reference as ref
from acct_desktop.services.demo.accounts import AccountSeed, new_id
from acct_desktop.services.demo.catalogue import TIER_INTERVAL_DAYS, ProductSeed, to_currency
from acct_desktop.services.demo.diary import Diary
from acct_desktop.services.demo.people import ContactSeed

TIER_WEIGHT = {Tier.A: 4, Tier.B: 2, Tier.C: 1}
VISIT_COLUMNS = (
    "id",
    "account_id",
    "planned_start",
    "planned_end",
    "purpose",
    "status",
    "summary",
    "stock_note",
    "sell_through_note",
    "competitor_note",
    "needs_note",
    "price_compliant",
    "pop_compliant",
    "promotion_participation",
    "follow_ups",
    "survey_score",
    "created_at",
    "updated_at",
    "version",
)
# Recommendation answers at done visits (0-10), mostly friendly; about one visit in three
# asked. Drawn from the visit's id, not the generator, so the rest of the demo is unchanged.
SURVEY_SCORES = (10, 10, 9, 9, 9, 9, 8, 8, 8, 7, 7, 6, 5, 4, 2)


def survey_answer(visit_id: uuid.UUID) -> int | None:
    """A done visit's recommendation score (``None``: not asked), fixed by its id."""
    bits = visit_id.int >> 64
    if bits % 3:
        return None
    return SURVEY_SCORES[(bits // 3) % len(SURVEY_SCORES)]


def first_action(issue_id: uuid.UUID, raised: date, closed: date | None, today: date) -> date:
    """The day a non-open issue was first acted on: 0-9 days after it was raised, never
    after it closed or after today; fixed by the issue's id."""
    day = raised + timedelta(days=(issue_id.int >> 70) % 10)
    return min(day, closed or today, today)


def allocate(total: int, weights: list[int]) -> list[int]:
    """Split ``total`` into integers proportional to ``weights`` (largest remainder)."""
    weight_sum = sum(weights)
    exact = [total * w / weight_sum for w in weights]
    counts = [int(x) for x in exact]
    order = sorted(range(len(weights)), key=lambda i: exact[i] - counts[i], reverse=True)
    for i in order[: total - sum(counts)]:
        counts[i] += 1
    return counts


OBSERVATION_WINDOW_DAYS = 180
OBSERVATION_COLUMNS = (
    "id",
    "account_id",
    "visit_id",
    "observed_at",
    "competitor",
    "product",
    "price",
    "currency",
    "promotion",
    "shelf_share_percent",
    "note",
    "created_at",
    "updated_at",
    "version",
)
PROMOTIONS = {
    "zh_CN": ("买四送一", "满1000减80", "送机滤一个", None),
    "vi": ("Mua 4 tặng 1", "Giảm 8% cho đơn trên 2 thùng", "Tặng lọc dầu", None),
    "nl": ("4 halen, 3 betalen", "8% korting vanaf 2 dozen", "Gratis oliefilter", None),
}
GRADES = ("5W-30 4 L", "10W-40 4 L", "15W-40 18 L", "0W-20 1 L", "EP 80W-90 20 L")
PRICE_EUR = {
    "5W-30 4 L": 28,
    "10W-40 4 L": 21,
    "15W-40 18 L": 74,
    "0W-20 1 L": 9,
    "EP 80W-90 20 L": 88,
}


def _observation(
    rng: random.Random,
    account: AccountSeed,
    visit_id: uuid.UUID,
    seen: datetime,
    competitor: str,
    note: str,
    stamp: datetime,
) -> tuple[object, ...]:
    grade = rng.choice(GRADES)
    currency = account.country.currency
    price = to_currency(Decimal(PRICE_EUR[grade]) * Decimal(str(rng.uniform(0.8, 1.1))), currency)
    return (
        new_id(rng),
        account.id,
        visit_id,
        seen,
        competitor,
        f"{competitor} {grade}",
        price,
        currency,
        rng.choice(PROMOTIONS[account.country.language]),
        rng.randint(5, 45),
        note,
        stamp,
        stamp,
        1,
    )


def own_territory(accounts: list[AccountSeed]) -> uuid.UUID | None:
    """The region whose manager the demo's user is: the one with the most accounts (the
    first of them in the accounts' order on a tie). Only this manager has visits booked
    ahead, so *Plan visits…* plans around one person's diary."""
    counts: dict[uuid.UUID, int] = {}
    for account in accounts:
        counts[account.territory_id] = counts.get(account.territory_id, 0) + 1
    return max(counts, key=lambda t: counts[t], default=None)


def _utc(day: date, minute: int, account: AccountSeed) -> datetime:
    """``minute`` after midnight on ``day`` on the customer's clock, in UTC."""
    zone = ZoneInfo(customer_zone(account.country.code) or "UTC")
    local = datetime.combine(day, time(minute // 60, minute % 60), tzinfo=zone)
    return local.astimezone(UTC)


def _report(
    rng: random.Random,
    account: AccountSeed,
    visit_id: uuid.UUID,
    start: datetime,
    recent: bool,
    stamp: datetime,
    people: list[ContactSeed] | tuple[()],
    met: list[tuple[uuid.UUID, uuid.UUID]],
    observations: list[tuple[object, ...]] | None,
) -> tuple[object, ...]:
    """A done visit's report, drawn from ``rng``; records who was met and what was seen."""
    lang = account.country.language
    competitor = rng.choice(ref.COMPETITORS)
    competitor_note = (
        rng.choice(ref.COMPETITOR_NOTES[lang]).replace("{competitor}", competitor)
        if rng.random() < 0.4
        else None
    )
    if competitor_note and observations is not None and recent:
        observations.append(
            _observation(rng, account, visit_id, start, competitor, competitor_note, stamp)
        )
    report = (
        rng.choice(ref.VISIT_SUMMARIES[lang]),
        rng.choice(ref.STOCK_NOTES[lang]),
        None,
        competitor_note,
        rng.choice(ref.NEEDS_NOTES[lang]) if rng.random() < 0.3 else None,
        rng.random() < 0.85,
        rng.random() < 0.7,
        rng.random() < 0.4,
        rng.choice(ref.FOLLOW_UPS[lang]) if rng.random() < 0.3 else None,
        survey_answer(visit_id),
    )
    if people:
        met.append((visit_id, rng.choice(people).id))
    return report


def iter_visits(
    rng: random.Random,
    accounts: list[AccountSeed],
    total: int,
    today: date,
    stamp: datetime,
    contacts_by_account: dict[uuid.UUID, list[ContactSeed]],
    met: list[tuple[uuid.UUID, uuid.UUID]],
    observations: list[tuple[object, ...]] | None = None,
) -> Iterator[tuple[object, ...]]:
    """Yield visit rows (``VISIT_COLUMNS`` order); records who was met into ``met`` and,
    for recent visits that noted a competitor, an observation into ``observations``.

    Each visit is made by its account's territory manager and booked in that manager's
    diary (:mod:`acct_desktop.services.demo.diary`: one town a day, the customer's working
    hours, time to drive between visits). Only the demo user's own region
    (:func:`own_territory`) has visits booked ahead; another region's account gets that
    visit in its history instead, its report drawn from the visit's id (so the generator's
    draws, and the rest of the demo, are as they were)."""
    recent = today - timedelta(days=OBSERVATION_WINDOW_DAYS)
    counts = allocate(total, [TIER_WEIGHT[a.tier] for a in accounts])
    purposes = tuple(VisitPurpose)
    own = own_territory(accounts)
    diary = Diary()
    yesterday, last_booked = today - timedelta(days=1), today + timedelta(days=21)
    for account, count in zip(accounts, counts, strict=True):
        if not count:
            continue
        interval = TIER_INTERVAL_DAYS[account.tier]
        people = contacts_by_account.get(account.id, ())
        planned_ahead = 1 if count >= 2 and rng.random() < 0.5 else 0
        # Last done visit: most are within their cycle, some are overdue.
        day = today - timedelta(days=rng.randint(1, int(interval * 1.6)))
        days: list[tuple[date, bool, bool]] = []  # day, booked ahead, moved to the history
        for _ in range(count - planned_ahead):
            days.append((day, False, False))
            day -= timedelta(days=max(1, int(interval * rng.uniform(0.7, 1.3))))
        for _ in range(planned_ahead):
            ahead = today + timedelta(days=rng.randint(1, 14))
            days.append((ahead, True, False) if account.territory_id == own else (day, False, True))
        town = (account.country.code, account.city.name)
        place = (account.latitude, account.longitude)
        for visit_day, future, moved in days:
            while visit_day.weekday() >= 5:
                visit_day -= timedelta(days=1) if not future else timedelta(days=-1)
            wanted = rng.randint(8, 16) * 60 + rng.choice((0, 15, 30, 45))
            minutes = rng.choice((30, 45, 60, 90))
            visit_id = new_id(rng)
            booked = diary.book(
                account.territory_id,
                town,
                place,
                visit_day,
                wanted,
                minutes,
                today + timedelta(days=1) if future else date.min,
                last_booked if future else yesterday,
            )
            when, at = booked if booked is not None else (visit_day, wanted)
            start = _utc(when, at, account)
            end = start + timedelta(minutes=minutes)
            # A visit of another region that was drawn as booked ahead is in the history
            # instead, with its status and report drawn from its id, not the generator.
            draw = random.Random(visit_id.int) if moved else rng
            if future:
                status = VisitStatus.PLANNED
            else:
                status = draw.choices(
                    (VisitStatus.DONE, VisitStatus.MISSED, VisitStatus.CANCELLED),
                    weights=(85, 5, 10),
                )[0]
            report: tuple[object, ...] = (None,) * 10
            if status is VisitStatus.DONE:
                report = _report(
                    draw,
                    account,
                    visit_id,
                    start,
                    visit_day >= recent,
                    stamp,
                    people,
                    met,
                    observations,
                )
            yield (
                visit_id,
                account.id,
                start,
                end,
                rng.choice(purposes),
                status,
                *report,
                stamp,
                stamp,
                1,
            )


QUOTE_STATUS_CYCLE = (
    QuoteStatus.DRAFT,
    QuoteStatus.PENDING_APPROVAL,
    QuoteStatus.APPROVED,
    QuoteStatus.SENT,
    QuoteStatus.ACCEPTED,
    QuoteStatus.REJECTED,
    QuoteStatus.EXPIRED,
    QuoteStatus.ORDERED,
    QuoteStatus.SENT,
    QuoteStatus.DRAFT,
)


def build_quotes(
    rng: random.Random,
    accounts: list[AccountSeed],
    products: list[ProductSeed],
    contacts_by_account: dict[uuid.UUID, list[ContactSeed]],
    count: int,
    today: date,
    stamp: datetime,
) -> dict[str, list[dict[str, object]]]:
    buyers = [a for a in accounts if a.kind is not AccountKind.STORE] or accounts
    quotes: list[dict[str, object]] = []
    lines: list[dict[str, object]] = []
    approvals: list[dict[str, object]] = []
    orders: list[dict[str, object]] = []
    for index in range(count):
        account = rng.choice(buyers)
        status = QUOTE_STATUS_CYCLE[index % len(QUOTE_STATUS_CYCLE)]
        open_status = status in (
            QuoteStatus.DRAFT,
            QuoteStatus.PENDING_APPROVAL,
            QuoteStatus.APPROVED,
            QuoteStatus.SENT,
        )
        if open_status:
            quote_date = today - timedelta(days=rng.randint(0, 25))
            valid_until = today + timedelta(days=rng.randint(1, 30))
        elif status is QuoteStatus.EXPIRED:
            quote_date = today - timedelta(days=rng.randint(40, 200))
            valid_until = quote_date + timedelta(days=30)
        else:
            quote_date = today - timedelta(days=rng.randint(30, 700))
            valid_until = quote_date + timedelta(days=30)
        currency = account.country.currency
        lang = account.country.language
        tax = {"CN": Decimal("13"), "VN": Decimal("10"), "NL": Decimal("21")}[account.country.code]
        quote_id = new_id(rng)
        people = contacts_by_account.get(account.id, [])
        flagged = False
        total = Decimal(0)
        for position, product in enumerate(rng.sample(products, k=rng.randint(1, 6)), start=1):
            list_price = to_currency(product.list_price, currency)
            cost = to_currency(product.cost, currency)
            discount = Decimal(rng.choice((0, 0, 3, 5, 8, 10, 15)))
            net = round_money(list_price * (100 - discount) / 100, currency)
            quantity = Decimal(rng.choice((4, 10, 12, 24, 48, 100)))
            line_total = round_money(net * quantity, currency)
            margin = ((net - cost) / net * 100).quantize(Decimal("0.01")) if net else None
            flags = []
            if discount > 12:
                flags.append("discount_over_band")
            if margin is not None and margin < 18:
                flags.append("below_margin")
            flagged = flagged or bool(flags)
            total += line_total
            lines.append(
                {
                    "id": new_id(rng),
                    "quote_id": quote_id,
                    "position": position,
                    "product_id": product.id,
                    "quantity": quantity,
                    "unit": "pack",
                    "list_price": list_price,
                    "policy_id": None,
                    "discount_percent": discount,
                    "base_price": list_price,
                    # the customer reads the product in its own language (the catalogue's
                    # names are the brand's, one per product)
                    "description": product.local_names.get(lang),
                    "net_price": net,
                    "cost": cost,
                    "line_total": line_total,
                    "margin_percent": margin,
                    "flags": ",".join(flags),
                    "created_at": stamp,
                    "updated_at": stamp,
                    "version": 1,
                }
            )
        quotes.append(
            {
                "id": quote_id,
                "number": f"Q-{quote_date.year}-{index + 1:05d}",
                "revision": 1,
                "account_id": account.id,
                "contact_id": people[0].id if people else None,
                "quote_date": quote_date,
                "valid_until": valid_until,
                "requested_delivery": quote_date + timedelta(days=14),
                "currency": currency,
                "tax_rate_percent": tax,
                "quote_discount_percent": Decimal(0),
                "payment_terms": rng.choice(ref.PAYMENT_TERMS[lang]),
                "delivery_terms": rng.choice(ref.DELIVERY_TERMS[lang]),
                "status": status,
                "notes": rng.choice(ref.QUOTE_NOTES[lang]),
                "sent_at": _sent_at(quote_id, quote_date, status, today),
                "decision_note": _rejection(quote_id, status, lang),
                "requested_on": quote_date - timedelta(days=quote_id.int % 6),
                "created_at": stamp,
                "updated_at": stamp,
                "version": 1,
            }
        )
        if flagged and status not in (QuoteStatus.DRAFT, QuoteStatus.PENDING_APPROVAL):
            decided = datetime.combine(quote_date, time(10), tzinfo=UTC)
            approvals.append(
                {
                    "id": new_id(rng),
                    "quote_id": quote_id,
                    "approver": ref.APPROVERS[lang]["key_account"],
                    "decision": ApprovalDecision.APPROVED,
                    "reason": ref.QUOTE_APPROVAL_REASONS[lang],
                    "decided_at": decided,
                    "invalidated_at": None,
                    "created_at": stamp,
                    "updated_at": stamp,
                    "version": 1,
                }
            )
        if status is QuoteStatus.ORDERED:
            orders.append(
                {
                    "id": new_id(rng),
                    "quote_id": quote_id,
                    "number": f"OC-{index + 1:05d}",
                    "confirmed_on": quote_date + timedelta(days=rng.randint(1, 20)),
                    "customer_reference": f"PO{rng.randint(100000, 999999)}",
                    # what the order service stores: the gross total, tax added on the net
                    "total_amount": total + round_money(total * tax / 100, currency),
                    "created_at": stamp,
                    "updated_at": stamp,
                    "version": 1,
                }
            )
    return {
        "quote": quotes,
        "quote_line": lines,
        "approval": approvals,
        "order_confirmation": orders,
    }


ESCALATED_ISSUES = 16  # issues at each country's escalated key account


def _escalated_accounts(accounts: list[AccountSeed]) -> list[AccountSeed]:
    """The first tier-A account below a headquarters in each country, in a stable order."""
    chosen: dict[str, AccountSeed] = {}
    for account in accounts:
        key = account.country.code
        if key not in chosen and account.tier == Tier.A and account.parent_id is not None:
            chosen[key] = account
    return [chosen[key] for key in sorted(chosen)]


def build_issues(
    rng: random.Random, accounts: list[AccountSeed], count: int, today: date, stamp: datetime
) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = []
    categories = tuple(IssueCategory)
    escalated = _escalated_accounts(accounts)
    for index in range(count):
        # Problems pile up at a few key accounts (one per country has a dozen open ones,
        # enough for a two-page written checklist); the rest are spread thinly.
        cluster = index < ESCALATED_ISSUES * len(escalated)
        account = escalated[index // ESCALATED_ISSUES] if cluster else rng.choice(accounts)
        category = rng.choice(categories)
        raised = today - timedelta(days=rng.randint(0, 150))
        deadline = raised + timedelta(days=rng.choice((7, 14, 30, 45)))
        weights = (6, 5, 1, 1) if cluster else (4, 3, 2, 2)
        status = rng.choices(tuple(IssueStatus), weights=weights)[0]
        closed = status in (IssueStatus.RESOLVED, IssueStatus.VERIFIED)
        lang = account.country.language
        row: dict[str, object] = {
            "id": new_id(rng),
            "number": f"IS-{raised.year}-{index + 1:05d}",
            "account_id": account.id,
            "visit_id": None,
            "category": category,
            "description": rng.choice(ref.ISSUE_DESCRIPTIONS[category.value][lang]),
            "raised_on": raised,
            "responsible": rng.choice(ref.ISSUE_RESPONSIBLES[lang]),
            "deadline": deadline,
            "status": status,
            "resolution": ref.ISSUE_RESOLUTIONS[lang] if closed else None,
            "closed_on": min(today, deadline + timedelta(days=rng.randint(-5, 5)))
            if closed
            else None,
            "created_at": stamp,
            "updated_at": stamp,
            "version": 1,
        }
        # after the row, so the generator's draws (and the rest of the demo) are unchanged
        issue_id, closed_on = row["id"], row["closed_on"]
        row["first_action_on"] = (
            None if status is IssueStatus.OPEN else first_action(issue_id, raised, closed_on, today)  # type: ignore[arg-type]
        )
        rows.append(row)
    return rows


_SENT = (
    QuoteStatus.SENT,
    QuoteStatus.ACCEPTED,
    QuoteStatus.REJECTED,
    QuoteStatus.EXPIRED,
    QuoteStatus.ORDERED,
)


def _rejection(quote_id: uuid.UUID, status: QuoteStatus, lang: str) -> str | None:
    """Why the customer said no to a rejected quote, from its id (no random draw)."""
    if status is not QuoteStatus.REJECTED:
        return None
    reasons = ref.QUOTE_REJECTIONS[lang]
    return reasons[quote_id.int % len(reasons)]


def _sent_at(
    quote_id: uuid.UUID, quote_date: date, status: QuoteStatus, today: date
) -> datetime | None:
    """When a quote past "approved" went out: 0–2 days after its date, from its id (no
    random draw, so the rest of the demo stays as it was)."""
    if status not in _SENT:
        return None
    day = min(quote_date + timedelta(days=quote_id.int % 3), today)
    return datetime.combine(day, time(9 + quote_id.int % 8), tzinfo=UTC)
