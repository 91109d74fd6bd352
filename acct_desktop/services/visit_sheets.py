"""What the printed route and visit sheets show, gathered for a range of days.

For every day with planned visits: a :class:`RouteSheet` (the stops in the order of their
planned start, with time, customer, address, main contact, purpose and the straight-line
kilometres from the previous stop) and one :class:`VisitSheet` per visit, prefilled with the
account's header and hierarchy, its contacts and their DMU roles, the last completed visit's
findings, open issues (and which are past their deadline on the visit day), the price floors
in force, the progress of its rebate agreements (distance to the next tier) and the quotes
still awaiting the customer's answer.

Times are the clock at the customer: each account's zone comes from its country (China,
Vietnam, the Netherlands, Belgium …) and falls back to the given zone (the user's) for other
countries; a visit belongs to the day it starts on there.

Everything is read in a fixed number of set-based queries whatever the number of visits
(visits, the accounts above them level by level, territories, contacts, last visits,
issues, price floors, quotes, and the rebate accrual service's own batch). Plain frozen
dataclasses out; no Qt.
"""

from __future__ import annotations

import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from acct_desktop.domain.addresses import address_line
from acct_desktop.domain.enums import (
    Channel,
    DmuRole,
    IssueCategory,
    IssueStatus,
    PolicyScope,
    PolicyStatus,
    QuoteStatus,
    RebateKind,
    RebateStatus,
    VisitPurpose,
    VisitStatus,
)
from acct_desktop.domain.issues import is_overdue
from acct_desktop.domain.languages import document_language
from acct_desktop.domain.quote_maths import net_amount
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.domain.visit_legs import Leg, TimedPlace, drives_in_order, leg_troubles
from acct_desktop.services.account_codes import account_id as account_of
from acct_desktop.services.issues import OPEN_STATUSES
from acct_desktop.services.main_contact import contact_rank
from acct_desktop.services.manager_profile import ManagerProfile
from acct_desktop.services.rebate_accruals import IncompleteTerms, RebateAccrualService
from acct_desktop.services.rebate_facts import load_facts
from acct_desktop.services.visit_owners import visit_owner
from acct_desktop.store.database import Database
from acct_desktop.store.models import (
    Account,
    Contact,
    CustomerIssue,
    PricePolicy,
    Product,
    Quote,
    QuoteLine,
    RebateAgreement,
    Territory,
    Visit,
)

if TYPE_CHECKING:
    from acct_desktop.services.planning_preferences import StartPoint

MAX_DAYS = 31
LAST_VISITS_READ = 3  # per account, newest first: enough when a range starts in the past
COUNTRY_ZONES = {
    "CN": "Asia/Shanghai",
    "HK": "Asia/Hong_Kong",
    "TW": "Asia/Taipei",
    "VN": "Asia/Ho_Chi_Minh",
    "NL": "Europe/Amsterdam",
    "BE": "Europe/Brussels",
}
_FINDINGS = ("purpose", "summary", "stock_note", "sell_through_note", "competitor_note")
_FINDINGS += ("needs_note", "follow_ups", "price_compliant", "pop_compliant")
_FINDINGS += ("promotion_participation",)
_ISSUE = ("number", "category", "description", "responsible", "deadline", "status")


class VisitSheetsRefused(ValueError):
    """Nothing to print: bad dates, an unknown account or no planned visits (a sentence)."""


@dataclass(frozen=True, slots=True)
class AccountLevel:
    """One account above the visited one (the hierarchy line, top first)."""

    code: str
    name: str
    kind: str


@dataclass(frozen=True, slots=True)
class SheetContact:
    name: str
    title: str | None
    dmu_role: DmuRole
    influence: int
    phone: str | None
    email: str | None


@dataclass(frozen=True, slots=True)
class LastVisit:
    """What the last completed visit found."""

    day: date
    purpose: VisitPurpose
    summary: str | None
    stock_note: str | None
    sell_through_note: str | None
    competitor_note: str | None
    needs_note: str | None
    follow_ups: str | None
    price_compliant: bool | None
    pop_compliant: bool | None
    promotion_participation: bool | None


@dataclass(frozen=True, slots=True)
class OpenIssue:
    number: str
    category: IssueCategory
    description: str
    responsible: str
    deadline: date
    status: IssueStatus
    past_deadline: bool  # on the visit day


@dataclass(frozen=True, slots=True)
class PriceFloor:
    """An active policy's floor price; ``sku``/``product_name`` for a product policy,
    ``category`` for a category policy, neither for all products."""

    code: str
    sku: str | None
    product_name: str | None
    category: str | None
    floor_price: Decimal
    currency: str
    unit: str | None  # None: per pack
    valid_to: date | None


@dataclass(frozen=True, slots=True)
class RebateProgress:
    """An active agreement's accrual as of ``VisitSheetsContent.as_of``."""

    number: str
    kind: RebateKind
    currency: str
    period_end: date
    volume_to_date: Decimal
    accrued_to_date: Decimal
    rate_reached: Decimal | None
    next_threshold: Decimal | None
    next_rate: Decimal | None
    to_next_tier: Decimal | None  # sell-in still needed; None at the top tier


@dataclass(frozen=True, slots=True)
class AwaitingQuote:
    number: str
    revision: int
    quote_date: date
    valid_until: date
    currency: str
    net_total: Decimal  # its net amount: after the quote discount, before tax


@dataclass(frozen=True, slots=True)
class VisitSheet:
    visit_id: uuid.UUID
    language: str
    start: datetime  # the customer's local time
    end: datetime
    purpose: VisitPurpose
    stop: int
    stops: int
    account_code: str
    account_name: str
    account_kind: str
    tier: str
    address: str
    phone: str | None
    hierarchy: tuple[AccountLevel, ...]
    contacts: tuple[SheetContact, ...]
    last_visit: LastVisit | None
    issues: tuple[OpenIssue, ...]
    price_floors: tuple[PriceFloor, ...]
    rebates: tuple[RebateProgress, ...]
    quotes: tuple[AwaitingQuote, ...]
    manager: str | None = None  # whose visit: its owner, else its territory's manager


@dataclass(frozen=True, slots=True)
class RouteStop:
    visit_id: uuid.UUID
    start: datetime
    end: datetime
    account_code: str
    account_name: str
    address: str
    contact_name: str | None
    contact_phone: str | None
    purpose: VisitPurpose
    # the estimated drive from the previous stop (road km, minutes: domain.geo.estimated_drive,
    # the planner's rule); None for the first stop or without coordinates
    km_from_previous: float | None
    minutes_from_previous: int | None = None
    # what keeps the manager from this stop as printed: it overlaps a stop under way, or the
    # drive from the stop before takes longer than the time between (domain.visit_legs, the
    # planner's rule); ``trouble.before`` is that stop's index in the day
    trouble: Leg | None = None


@dataclass(frozen=True, slots=True)
class RouteSheet:
    """One day: its stops in order, printed in ``language``, then its visit sheets."""

    day: date
    language: str
    stops: tuple[RouteStop, ...]
    sheets: tuple[VisitSheet, ...]
    holiday: str | None = None  # the public holiday's name (the planner's country)
    manager: str | None = None  # whose route: the owner of its visits (a team: one each)

    @property
    def total_km(self) -> float:
        """The sum of the known road distances between stops."""
        return sum(s.km_from_previous or 0.0 for s in self.stops)

    @property
    def total_minutes(self) -> int:
        """The sum of the known drive times between stops."""
        return sum(s.minutes_from_previous or 0 for s in self.stops)

    @property
    def troubled(self) -> int:
        """How many stops cannot be kept as printed (overlap, or not reached in time)."""
        return sum(1 for s in self.stops if s.trouble is not None)


@dataclass(frozen=True, slots=True)
class VisitSheetsContent:
    first_day: date
    last_day: date
    as_of: date
    manager: ManagerProfile
    days: tuple[RouteSheet, ...]
    speed_kmh: float = 50.0  # the planner's average road speed the drive times assume
    # this computer's clock: a time printed on another (a customer in another zone) says
    # which clock it is on, so the sheet and the calendar (which shows this computer's
    # time) do not seem to disagree; ``None``: nothing said
    home_zone: ZoneInfo | None = None

    @property
    def visit_count(self) -> int:
        return sum(len(day.stops) for day in self.days)


def zone_for_country(country_code: str | None, default: ZoneInfo) -> ZoneInfo:
    """The time zone of a customer in ``country_code``; ``default`` for other countries."""
    name = COUNTRY_ZONES.get((country_code or "").upper())
    return ZoneInfo(name) if name else default


def gather_visit_sheets(
    db: Database,
    first_day: date,
    last_day: date | None = None,
    *,
    account_code: str | None = None,
    manager: ManagerProfile | None = None,
    today: date | None = None,
    tz_name: str | None = None,
    route_language: str | None = None,
    speed_kmh: float | None = None,
    owner: str | None = None,
) -> VisitSheetsContent:
    """The route and visit sheets of the planned visits from ``first_day`` to ``last_day``
    (inclusive; one day when omitted), of one account when ``account_code`` is given.

    ``today`` is the "as of" day of rebate figures (default: today). ``tz_name`` is the zone
    of customers in countries without a known zone (default: this computer's). The route
    sheet is printed in ``route_language`` when given, else in the language most of that
    day's customers read (ties: the earliest stop's). Drives between stops are estimated as
    the planner does (``domain.geo.estimated_drive``) at ``speed_kmh`` (default: the speed
    saved in *Plan visits…*). With ``owner``, only that manager's visits (and those of
    nobody: no owner, no territory manager); a day of several managers' visits has a route
    of each, each naming its manager (a visit's owner, else its territory's manager).
    ``VisitSheetsRefused`` (a sentence) for a bad range, an unknown account or no planned
    visits."""
    last_day = last_day or first_day
    if last_day < first_day:
        raise VisitSheetsRefused(
            QT_TRANSLATE_NOOP("messages", "The last day is before the first day.")
        )
    if (last_day - first_day).days >= MAX_DAYS:
        raise VisitSheetsRefused(
            Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages", "Visit sheets are printed for at most %1 days at once."
                ),
                MAX_DAYS,
            )
        )
    default_zone = _zone(tz_name)
    as_of = today or date.today()
    with db.session() as session:
        loader = _Loader(session, default_zone)
        visits = loader.planned_visits(first_day, last_day, account_code, owner)
        if not visits:
            days = (first_day, last_day)
            raise VisitSheetsRefused(
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages", "There are no planned visits for %1 from %2 to %3."
                    ),
                    account_code,
                    *days,
                )
                if account_code
                else Sentence.of(
                    QT_TRANSLATE_NOOP("messages", "There are no planned visits from %1 to %2."),
                    *days,
                )
            )
        loader.load_related([v.account_id for v in visits], first_day, last_day, as_of)
        from acct_desktop.services.planning_preferences import load_planning_preferences

        preferences = load_planning_preferences()
        start = _start_place(session, preferences.start)
    if speed_kmh is None:
        speed_kmh = preferences.speed_kmh
    days = tuple(
        _route_sheet(day, group, loader, route_language, speed_kmh, start)
        for (day, _whose), group in _by_day(visits).items()
    )
    if preferences.country:
        days = _with_holidays(days, preferences.country, preferences.region)
    home_zone = default_zone if tz_name is None else _zone(None)
    return VisitSheetsContent(
        first_day, last_day, as_of, manager or ManagerProfile(), days, speed_kmh, home_zone
    )


def _zone(tz_name: str | None) -> ZoneInfo:
    if tz_name is None:
        from acct_desktop.services.visit_calendar_zones import local_zone_name

        tz_name = local_zone_name()
    try:
        return ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError):
        raise VisitSheetsRefused(
            Sentence.of(QT_TRANSLATE_NOOP("messages", "“%1” is not a time zone name."), tz_name)
        ) from None


@dataclass(frozen=True, slots=True)
class _Visit:
    id: uuid.UUID
    account_id: uuid.UUID
    start: datetime  # local
    end: datetime
    purpose: VisitPurpose
    owner: str | None = None  # its owner, else its territory's manager


def _by_day(visits: list[_Visit]) -> dict[tuple[date, str], list[_Visit]]:
    """The visits of each day and manager (one route each), in time order."""
    days: dict[tuple[date, str], list[_Visit]] = defaultdict(list)
    for visit in sorted(visits, key=lambda v: (v.start.date(), v.start, v.id)):
        days[(visit.start.date(), visit.owner or "")].append(visit)
    return dict(sorted(days.items()))


def _start_place(session: Session, start: StartPoint) -> tuple[float, float] | None:
    """Where each day starts as *Plan visits…* has it (home or office, or an account's
    place), so the first stop's drive is counted as the planner counts it; None when the
    day starts at its first visit (or the account has no place)."""
    if start.account_code:
        account = session.scalars(select(Account).where(Account.code == start.account_code)).first()
        return _place(account)
    return start.place


def _route_sheet(
    day: date,
    visits: list[_Visit],
    loader: _Loader,
    language: str | None,
    speed_kmh: float,
    start: tuple[float, float] | None = None,
) -> RouteSheet:
    accounts = [loader.accounts[v.account_id] for v in visits]
    if language is None:
        counts = Counter(_language(a) for a in accounts)
        top = max(counts.values())
        language = next(_language(a) for a in accounts if counts[_language(a)] == top)
    stops = []
    places = [_place(a) for a in accounts]
    legs = leg_troubles(
        [TimedPlace(v.start, v.end, p) for v, p in zip(visits, places, strict=True)],
        speed_kmh,
    )
    # the first stop's drive is from where the day starts
    drives = drives_in_order(places, speed_kmh, start)
    for visit, account, trouble, leg in zip(visits, accounts, legs, drives, strict=True):
        contact = loader.main_contact(account.id)
        stops.append(
            RouteStop(
                visit_id=visit.id,
                start=visit.start,
                end=visit.end,
                account_code=account.code,
                account_name=account.name,
                address=account_address(account),
                contact_name=contact.name if contact else None,
                contact_phone=contact.phone if contact else None,
                purpose=visit.purpose,
                km_from_previous=leg.km if leg else None,
                minutes_from_previous=leg.minutes if leg else None,
                trouble=trouble,
            )
        )
    count = len(visits)
    sheets = tuple(loader.sheet(v, n, count) for n, v in enumerate(visits, start=1))
    return RouteSheet(day, language, tuple(stops), sheets, manager=visits[0].owner)


def _with_holidays(
    days: tuple[RouteSheet, ...], country: str, region: str | None
) -> tuple[RouteSheet, ...]:
    """Each day's public holiday (of the country chosen in *Plan visits…*), named in the
    route sheet's language, so a visit booked on a holiday is not a surprise."""
    from acct_desktop.services.public_holidays import UnknownCountry, holiday_names

    named: dict[str, dict[date, str]] = {}
    try:
        for language in {day.language for day in days}:
            first, last = days[0].day, days[-1].day
            named[language] = holiday_names(country, region, first, last, language)
    except UnknownCountry:
        return days
    return tuple(replace(day, holiday=named[day.language].get(day.day)) for day in days)


def _place(account: Account | None) -> tuple[float, float] | None:
    if account is None or account.latitude is None or account.longitude is None:
        return None
    return float(account.latitude), float(account.longitude)


def _language(account: Account) -> str:
    return document_language(account.document_language, account.country_code, account.currency)


def account_address(account: Account) -> str:
    """One line as the account's documents write it (``domain.addresses``): large to small
    in Chinese (``深圳福田区滨海大道222号 518040``), ``Street 1, District, 1234 AB City``
    elsewhere (a district already in the street is not repeated)."""
    return address_line(
        document_language(account.document_language, account.country_code, account.currency),
        account.street,
        account.district,
        account.postcode,
        account.city,
        country_code=account.country_code,
    )


class _Loader:
    """The set-based reads behind the sheets, kept in memory for building them."""

    def __init__(self, session: Session, default_zone: ZoneInfo) -> None:
        self.session = session
        self.default_zone = default_zone
        # Rows read here are used after the session ends (expire_on_commit is off):
        # only their columns are read, never a relationship.
        self.accounts: dict[uuid.UUID, Account] = {}
        self.territory_parents: dict[uuid.UUID, uuid.UUID | None] = {}
        self.contacts: dict[uuid.UUID, list[SheetContact]] = defaultdict(list)
        self.last_visits: dict[uuid.UUID, list[tuple[datetime, LastVisit]]] = defaultdict(list)
        self.issues: dict[uuid.UUID, list[CustomerIssue]] = defaultdict(list)
        self.floors: list[tuple[PricePolicy, Product | None]] = []
        self.rebates: list[tuple[uuid.UUID, date, date, RebateProgress]] = []
        self.quotes: dict[uuid.UUID, list[AwaitingQuote]] = defaultdict(list)

    def _remember(self, rows: Iterable[Account]) -> None:
        self.accounts.update((account.id, account) for account in rows)

    def planned_visits(
        self, first: date, last: date, account_code: str | None, owner: str | None = None
    ) -> list[_Visit]:
        # A day anywhere on Earth lies within 14 hours of the same UTC day.
        since = datetime.combine(first, time(), UTC) - timedelta(hours=14)
        until = datetime.combine(last + timedelta(days=1), time(), UTC) + timedelta(hours=14)
        whose = visit_owner()
        query = (
            select(Visit, Account, whose)
            .join(Account, Account.id == Visit.account_id)
            .outerjoin(Territory, Territory.id == Account.territory_id)
            .where(
                Visit.status == VisitStatus.PLANNED,
                Visit.archived_at.is_(None),
                Visit.planned_start >= since,
                Visit.planned_start < until,
                Account.archived_at.is_(None),
            )
        )
        if account_code:
            found = account_of(self.session, account_code)
            if found is None:
                raise VisitSheetsRefused(
                    Sentence.of(
                        QT_TRANSLATE_NOOP("messages", "No account has the code “%1”."), account_code
                    )
                )
            query = query.where(Visit.account_id == found)
        if owner is not None:
            query = query.where(or_(whose == owner.strip(), whose.is_(None)))
        visits = []
        rows = self.session.execute(query).all()
        self._remember(account for _visit, account, _whose in rows)
        for visit, account, manager in rows:
            zone = zone_for_country(account.country_code, self.default_zone)
            start, end = visit.planned_start.astimezone(zone), visit.planned_end.astimezone(zone)
            if first <= start.date() <= last:
                visits.append(_Visit(visit.id, account.id, start, end, visit.purpose, manager))
        return visits

    def load_related(self, visited: list[uuid.UUID], first: date, last: date, as_of: date) -> None:
        """Everything the sheets show besides the visits: a fixed number of queries."""
        ids = sorted(set(visited))
        self._load_ancestors()
        territories = self.session.execute(select(Territory.id, Territory.parent_id))
        self.territory_parents = {row.id: row.parent_id for row in territories}
        self._load_contacts(ids)
        self._load_last_visits(ids, last)
        self._load_issues(ids)
        self._load_floors(ids, first, last)
        self._load_rebates(ids, first, last, as_of)
        self._load_quotes(ids)

    def lineage(self, account_id: uuid.UUID) -> list[uuid.UUID]:
        """The account and the ones above it, nearest first."""
        chain: list[uuid.UUID] = []
        current: uuid.UUID | None = account_id
        while current is not None and current in self.accounts and current not in chain:
            chain.append(current)
            current = self.accounts[current].parent_id
        return chain

    def _load_ancestors(self) -> None:
        wanted = {a.parent_id for a in self.accounts.values() if a.parent_id} - set(self.accounts)
        while wanted:
            rows = self.session.scalars(select(Account).where(Account.id.in_(wanted))).all()
            self._remember(rows)
            wanted = {a.parent_id for a in rows if a.parent_id} - set(self.accounts)
            if not rows:
                break

    def _territories(self, account_id: uuid.UUID) -> list[uuid.UUID]:
        """The territory of the account (or of the nearest account above it) and the
        territories above that one."""
        start = next(
            (
                self.accounts[a].territory_id
                for a in self.lineage(account_id)
                if self.accounts[a].territory_id
            ),
            None,
        )
        chain: list[uuid.UUID] = []
        while start is not None and start not in chain:
            chain.append(start)
            start = self.territory_parents.get(start)
        return chain

    def _load_contacts(self, ids: list[uuid.UUID]) -> None:
        query = (
            select(Contact)
            .where(
                Contact.account_id.in_(ids),
                Contact.archived_at.is_(None),
                Contact.erased_at.is_(None),
            )
            .order_by(Contact.influence.desc(), Contact.name)
        )
        for c in self.session.scalars(query):
            self.contacts[c.account_id].append(
                SheetContact(c.name, c.title, c.dmu_role, c.influence, c.phone, c.email)
            )
        for people in self.contacts.values():
            people.sort(key=lambda c: contact_rank(c.influence, c.dmu_role, c.name))

    def main_contact(self, account_id: uuid.UUID) -> SheetContact | None:
        """The most influential person (the decision maker among equals)."""
        people = self.contacts.get(account_id)
        return people[0] if people else None

    def _load_last_visits(self, ids: list[uuid.UUID], last: date) -> None:
        rank = (
            func.row_number()
            .over(partition_by=Visit.account_id, order_by=Visit.planned_start.desc())
            .label("rank")
        )
        until = datetime.combine(last + timedelta(days=1), time(), UTC) + timedelta(hours=14)
        ranked = (
            select(Visit.id, rank)
            .where(
                Visit.account_id.in_(ids),
                Visit.status == VisitStatus.DONE,
                Visit.archived_at.is_(None),
                Visit.planned_start < until,
            )
            .subquery()
        )
        query = (
            select(Visit, Account.country_code)
            .join(ranked, and_(ranked.c.id == Visit.id, ranked.c.rank <= LAST_VISITS_READ))
            .join(Account, Account.id == Visit.account_id)
            .order_by(Visit.planned_start.desc())
        )
        for v, country in self.session.execute(query):
            day = v.planned_start.astimezone(zone_for_country(country, self.default_zone)).date()
            findings = (getattr(v, name) for name in _FINDINGS)
            self.last_visits[v.account_id].append((v.planned_start, LastVisit(day, *findings)))

    def _load_issues(self, ids: list[uuid.UUID]) -> None:
        query = (
            select(CustomerIssue)
            .where(
                CustomerIssue.account_id.in_(ids),
                CustomerIssue.status.in_(OPEN_STATUSES),
                CustomerIssue.archived_at.is_(None),
            )
            .order_by(CustomerIssue.deadline, CustomerIssue.number)
        )
        for issue in self.session.scalars(query):
            self.issues[issue.account_id].append(issue)

    def _load_floors(self, ids: list[uuid.UUID], first: date, last: date) -> None:
        lineages = {a for i in ids for a in self.lineage(i)}
        territories = {t for i in ids for t in self._territories(i)}
        channels = {self.accounts[i].channel for i in ids}
        p = PricePolicy
        query = (
            select(p, Product)
            .outerjoin(Product, Product.id == p.product_id)
            .where(
                p.status == PolicyStatus.ACTIVE,
                p.archived_at.is_(None),
                p.floor_price.is_not(None),
                p.valid_from <= last,
                or_(p.valid_to.is_(None), p.valid_to >= first),
                or_(
                    p.scope == PolicyScope.GLOBAL,
                    and_(p.scope == PolicyScope.ACCOUNT, p.account_id.in_(lineages)),
                    and_(p.scope == PolicyScope.CHANNEL, p.channel.in_(channels)),
                    and_(p.scope == PolicyScope.TERRITORY, p.territory_id.in_(territories)),
                ),
            )
            .order_by(p.code)
        )
        self.floors = [(policy, product) for policy, product in self.session.execute(query)]

    def _load_rebates(self, ids: list[uuid.UUID], first: date, last: date, as_of: date) -> None:
        lineages = {a for i in ids for a in self.lineage(i)}
        g = RebateAgreement
        found = self.session.execute(
            select(g.id, g.account_id, g.period_start, g.period_end).where(
                g.account_id.in_(lineages),
                g.status == RebateStatus.ACTIVE,
                g.archived_at.is_(None),
                g.period_start <= last,
                g.period_end >= first,
            )
        ).all()
        if not found:
            return
        periods = {row.id: row for row in found}
        for facts in load_facts(self.session, list(periods), as_of):
            try:
                accrual = RebateAccrualService.accrue(facts)
            except IncompleteTerms:
                continue  # a register problem; the register itself names it
            row = periods[facts.agreement_id]
            reached, following = accrual.tier_reached, accrual.next_tier
            progress = RebateProgress(
                number=facts.number,
                kind=accrual.terms.kind,
                currency=facts.currency,
                period_end=facts.period_end,
                volume_to_date=accrual.volume_to_date,
                accrued_to_date=accrual.accrued_to_date,
                rate_reached=reached.rate_percent if reached else accrual.terms.fixed_percent,
                next_threshold=following.threshold if following else None,
                next_rate=following.rate_percent if following else None,
                to_next_tier=accrual.distance_to_next_tier,
            )
            self.rebates.append((row.account_id, row.period_start, row.period_end, progress))

    def _load_quotes(self, ids: list[uuid.UUID]) -> None:
        totals = (
            select(QuoteLine.quote_id, func.sum(QuoteLine.line_total).label("total"))
            .group_by(QuoteLine.quote_id)
            .subquery()
        )
        columns = (Quote.number, Quote.revision, Quote.quote_date, Quote.valid_until)
        query = (
            select(
                Quote.account_id,
                *columns,
                Quote.currency,
                totals.c.total,
                Quote.quote_discount_percent,
            )
            .outerjoin(totals, totals.c.quote_id == Quote.id)
            .where(
                Quote.account_id.in_(ids),
                Quote.status == QuoteStatus.SENT,
                Quote.archived_at.is_(None),
            )
            .order_by(Quote.valid_until, Quote.number, Quote.revision)
        )
        for account_id, *fields, total, discount in self.session.execute(query):
            net = net_amount(total or Decimal(0), discount, fields[-1])
            self.quotes[account_id].append(AwaitingQuote(*fields, net))

    def sheet(self, visit: _Visit, stop: int, stops: int) -> VisitSheet:
        """The visit sheet of one visit from what was loaded."""
        account = self.accounts[visit.account_id]
        lineage = self.lineage(account.id)
        day = visit.start.date()
        above = tuple(
            AccountLevel(self.accounts[a].code, self.accounts[a].name, self.accounts[a].kind.value)
            for a in reversed(lineage[1:])
        )
        earlier = (
            done for when, done in self.last_visits.get(account.id, ()) if when < visit.start
        )
        issues = tuple(
            OpenIssue(*(getattr(i, f) for f in _ISSUE), is_overdue(i.status, i.deadline, day))
            for i in self.issues.get(account.id, ())
        )
        territories = set(self._territories(account.id))
        floors = tuple(
            _floor(policy, product)
            for policy, product in self.floors
            if _applies(policy, lineage, account.channel, territories, day)
        )
        rebates = tuple(
            progress
            for owner, start, end, progress in self.rebates
            if owner in lineage and start <= day <= end
        )
        return VisitSheet(
            visit_id=visit.id,
            language=_language(account),
            start=visit.start,
            end=visit.end,
            purpose=visit.purpose,
            stop=stop,
            stops=stops,
            account_code=account.code,
            account_name=account.name,
            account_kind=account.kind.value,
            tier=account.tier.value,
            address=account_address(account),
            phone=account.phone,
            hierarchy=above,
            contacts=tuple(self.contacts.get(account.id, ())),
            last_visit=next(earlier, None),
            issues=issues,
            price_floors=floors,
            rebates=rebates,
            quotes=tuple(self.quotes.get(account.id, ())),
            manager=visit.owner,
        )


def _floor(policy: PricePolicy, product: Product | None) -> PriceFloor:
    assert policy.floor_price is not None  # the query asks for floors only
    sku, name = (product.sku, product.name) if product else (None, None)
    price, currency, unit = policy.floor_price, policy.currency, policy.unit
    return PriceFloor(
        policy.code, sku, name, policy.category, price, currency, unit, policy.valid_to
    )


def _applies(
    policy: PricePolicy,
    lineage: list[uuid.UUID],
    channel: Channel,
    territories: set[uuid.UUID],
    day: date,
) -> bool:
    """Whether ``policy`` binds this account on ``day`` (scope and validity)."""
    if policy.valid_from > day or (policy.valid_to is not None and policy.valid_to < day):
        return False
    match policy.scope:
        case PolicyScope.GLOBAL:
            return True
        case PolicyScope.ACCOUNT:
            return policy.account_id in lineage
        case PolicyScope.CHANNEL:
            return policy.channel == channel
        case PolicyScope.TERRITORY:
            return policy.territory_id in territories
    return False
