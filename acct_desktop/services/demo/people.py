"""Contacts (the decision-making unit of each account) and their relationships."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from acct_desktop.domain.enums import AccountKind, Attitude, ContactLinkKind, DmuRole
from acct_desktop.services.demo import reference as ref
from acct_desktop.services.demo.accounts import AccountSeed, new_id

BIG_KINDS = {
    AccountKind.HEADQUARTERS,
    AccountKind.REGIONAL_OFFICE,
    AccountKind.DISTRIBUTION_CENTRE,
    AccountKind.DISTRIBUTOR,
}
SUBORDINATE_ROLES = (
    DmuRole.INFLUENCER,
    DmuRole.BUYER,
    DmuRole.USER,
    DmuRole.GATEKEEPER,
    DmuRole.TECHNICAL,
)
ATTITUDES = tuple(Attitude)


@dataclass(slots=True)
class ContactSeed:
    id: uuid.UUID
    account_id: uuid.UUID
    name: str
    title: str
    department: str
    phone: str
    email: str
    messenger_id: str
    dmu_role: DmuRole
    attitude: Attitude
    influence: int
    reports_to_id: uuid.UUID | None
    last_contacted_on: date


def person_name(rng: random.Random, country: ref.Country) -> tuple[str, str, str]:
    """(display name, family name, given name) in the country's own order."""
    family = rng.choice(country.surnames)
    given = rng.choice(country.given_names)
    if country.name_order == "family_first":
        sep = "" if country.code == "CN" else " "
        return f"{family}{sep}{given}", family, given
    return f"{given} {family}", family, given


def _ascii_handle(text: str, rng: random.Random) -> str:
    letters = "".join(ch for ch in text.lower() if ch.isascii() and ch.isalnum())
    return letters or f"user{rng.randint(100, 999)}"


def build_contacts(
    rng: random.Random, accounts: list[AccountSeed], today: date
) -> tuple[list[ContactSeed], list[tuple[uuid.UUID, uuid.UUID, uuid.UUID, ContactLinkKind]]]:
    contacts: list[ContactSeed] = []
    links: list[tuple[uuid.UUID, uuid.UUID, uuid.UUID, ContactLinkKind]] = []
    for account in accounts:
        country = account.country
        big = account.kind in BIG_KINDS
        count = rng.randint(3, 7) if big else rng.choices((1, 2, 3), weights=(3, 4, 2))[0]
        boss: ContactSeed | None = None
        middle: list[ContactSeed] = []
        made: list[ContactSeed] = []
        for index in range(count):
            role = DmuRole.DECISION_MAKER if index == 0 else rng.choice(SUBORDINATE_ROLES)
            name, family, given = person_name(rng, country)
            if index == 0 or boss is None:
                reports_to = None
            elif middle and rng.random() < 0.5:
                reports_to = rng.choice(middle).id
            else:
                reports_to = boss.id
            handle = f"{_ascii_handle(given, rng)}.{_ascii_handle(family, rng)}"
            seed = ContactSeed(
                id=new_id(rng),
                account_id=account.id,
                name=name,
                title=rng.choice(country.titles[role.value]),
                department=rng.choice(country.departments),
                phone=country.phone_format.format(n=f"{rng.randint(10_000_000, 99_999_999)}"),
                email=f"{handle}@{account.code.lower()}.example.{country.email_domain_tld}",
                messenger_id=f"{handle}{rng.randint(1, 99)}",
                dmu_role=role,
                attitude=rng.choices(ATTITUDES, weights=(2, 4, 5, 2, 1))[0],
                influence=5 if index == 0 else rng.randint(1, 4),
                reports_to_id=reports_to,
                last_contacted_on=today - timedelta(days=rng.randint(0, 120)),
            )
            if index == 0:
                boss = seed
            elif role in (DmuRole.INFLUENCER, DmuRole.BUYER) and reports_to == boss.id:
                middle.append(seed)
            made.append(seed)
        contacts.extend(made)
        if len(made) >= 3 and rng.random() < 0.6:
            a, b = rng.sample(made, 2)
            kind = rng.choice(tuple(ContactLinkKind))
            links.append((new_id(rng), a.id, b.id, kind))
    return contacts, links
