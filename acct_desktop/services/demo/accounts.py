"""Territories and account hierarchies of the demo territory."""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass, field

from acct_desktop.domain.enums import AccountKind, Channel, Tier
from acct_desktop.services.demo import reference as ref


def new_id(rng: random.Random) -> uuid.UUID:
    return uuid.UUID(int=rng.getrandbits(128), version=4)


@dataclass(slots=True)
class TerritorySeed:
    id: uuid.UUID
    parent_id: uuid.UUID | None
    code: str
    name: str
    country: ref.Country


@dataclass(slots=True)
class AccountSeed:
    id: uuid.UUID
    parent_id: uuid.UUID | None
    territory_id: uuid.UUID
    code: str
    name: str
    kind: AccountKind
    channel: Channel
    tier: Tier
    country: ref.Country
    city: ref.City
    district: str
    street: str
    latitude: float
    longitude: float
    group: int
    tags: list[str] = field(default_factory=list)


@dataclass
class Territories:
    rows: list[TerritorySeed]
    by_region: dict[tuple[str, str], TerritorySeed]  # (country code, region name)


def build_territories(rng: random.Random) -> Territories:
    rows: list[TerritorySeed] = []
    by_region: dict[tuple[str, str], TerritorySeed] = {}
    for country in ref.COUNTRIES:
        top = TerritorySeed(new_id(rng), None, country.code, country.name, country)
        rows.append(top)
        for number, region in enumerate(country.regions, start=1):
            seed = TerritorySeed(
                new_id(rng), top.id, f"{country.code}-{number:02d}", region.name, country
            )
            rows.append(seed)
            by_region[(country.code, region.name)] = seed
    return Territories(rows, by_region)


class AccountFactory:
    """Builds whole account groups (a chain, a distributor, a lone workshop) to a count."""

    def __init__(self, rng: random.Random, territories: Territories) -> None:
        self.rng = rng
        self.territories = territories
        self.accounts: list[AccountSeed] = []
        self._group = 0
        self._used_names: set[str] = set()
        self._name_pools: dict[tuple[str, str], list[str]] = {}
        self._issued: dict[tuple[str, str], int] = {}

    # -- helpers -------------------------------------------------------------------------
    def _add(
        self,
        *,
        parent: AccountSeed | None,
        name: str,
        kind: AccountKind,
        channel: Channel,
        tier: Tier,
        country: ref.Country,
        region: ref.Region,
        city: ref.City,
        district: str | None = None,
    ) -> AccountSeed:
        """An account; its address is in ``district`` when its name says which one (the
        district is drawn all the same, so the generator's draws stay as they were)."""
        rng = self.rng
        base = name
        suffix = 2
        while name in self._used_names:
            name = f"{base} {suffix}"
            suffix += 1
        self._used_names.add(name)
        territory = self.territories.by_region[(country.code, region.name)]
        drawn = rng.choice(city.districts)
        district = district or drawn
        number = rng.randint(1, 388)
        street_name = rng.choice(city.streets)
        if country.code == "CN":
            street = f"{district}{street_name}{number}号"
        elif country.code == "VN":
            street = f"Số {number} {street_name}"
        else:
            street = f"{street_name} {number}"
        seed = AccountSeed(
            id=new_id(rng),
            parent_id=parent.id if parent else None,
            territory_id=territory.id,
            code=f"{country.code}{len(self.accounts) + 1:06d}",
            name=name,
            kind=kind,
            channel=channel,
            tier=tier,
            country=country,
            city=city,
            district=district,
            street=street,
            latitude=round(city.latitude + rng.gauss(0, 0.04), 5),
            longitude=round(city.longitude + rng.gauss(0, 0.05), 5),
            group=self._group,
        )
        if rng.random() < 0.35:
            seed.tags = ref.tags_in(country.language, rng.sample(ref.TAGS, k=rng.randint(1, 3)))
        self.accounts.append(seed)
        return seed

    def _group_name(self, country: ref.Country, kind: str, region: ref.Region) -> str:
        """A chain or distributor name, each used once per country before any repeats
        (a repeat carries its region: the same brand run by another regional company)."""
        names = country.chain_names if kind == "chain" else country.distributor_names
        key = (country.code, kind)
        if key not in self._name_pools:
            self._name_pools[key] = self.rng.sample(names, k=len(names))
        issued = self._issued.get(key, 0)
        self._issued[key] = issued + 1
        name = self._name_pools[key][issued % len(names)]
        return name if issued < len(names) else f"{name} {region.name}"

    def _workshop_name(self, country: ref.Country, city: ref.City) -> tuple[str, str | None]:
        """A workshop named after its town, then its district when the town has one already
        (and that district, where its address is)."""
        base = self.rng.choice(country.workshop_names)
        name = f"{base} {city.name}"
        if name in self._used_names:
            district = self.rng.choice(city.districts)
            name = f"{base} {city.name}{district}" if country.code == "CN" else f"{name}-{district}"
            return name, district
        return name, None

    def _tier(self, weights: tuple[int, int, int]) -> Tier:
        return self.rng.choices((Tier.A, Tier.B, Tier.C), weights=weights)[0]

    # -- groups --------------------------------------------------------------------------
    def build(self, total: int) -> list[AccountSeed]:
        rng = self.rng
        # Small datasets get smaller groups so that they still hold a variety of them.
        chain_max = max(24, min(400, total // 6))
        distributor_max = max(10, min(60, total // 12))
        while len(self.accounts) < total:
            remaining = total - len(self.accounts)
            self._group += 1
            country = rng.choice(ref.COUNTRIES)
            roll = rng.random()
            if remaining < 8 or roll < 0.25:
                self._lone_workshop(country)
            elif roll < 0.6:
                self._distributor(country, min(remaining, rng.randint(8, distributor_max)))
            else:
                self._chain(country, min(remaining, rng.randint(20, chain_max)))
        return self.accounts

    def _lone_workshop(self, country: ref.Country) -> None:
        rng = self.rng
        region = rng.choice(country.regions)
        city = rng.choice(region.cities)
        channel = rng.choices(
            (Channel.WORKSHOP, Channel.FLEET, Channel.INDUSTRIAL), weights=(6, 2, 1)
        )[0]
        name, district = self._workshop_name(country, city)
        self._add(
            parent=None,
            name=name,
            kind=AccountKind.WORKSHOP,
            channel=channel,
            tier=self._tier((1, 3, 6)),
            country=country,
            region=region,
            city=city,
            district=district,
        )

    def _distributor(self, country: ref.Country, size: int) -> None:
        rng = self.rng
        region = rng.choice(country.regions)
        city = region.cities[0]
        head = self._add(
            parent=None,
            name=self._group_name(country, "distributor", region),
            kind=AccountKind.DISTRIBUTOR,
            channel=Channel.DISTRIBUTOR,
            tier=self._tier((5, 4, 1)),
            country=country,
            region=region,
            city=city,
        )
        warehouses = []
        for wh_city in rng.sample(region.cities, k=min(len(region.cities), max(1, size // 15))):
            warehouses.append(
                self._add(
                    parent=head,
                    name=f"{head.name} {country.warehouse_suffix.format(city=wh_city.name)}",
                    kind=AccountKind.BRANCH_WAREHOUSE,
                    channel=Channel.DISTRIBUTOR,
                    tier=self._tier((3, 5, 2)),
                    country=country,
                    region=region,
                    city=wh_city,
                )
            )
        for i in range(size - 1 - len(warehouses)):
            warehouse = warehouses[i % len(warehouses)]
            name, district = self._workshop_name(country, warehouse.city)
            self._add(
                parent=warehouse,
                name=name,
                kind=AccountKind.WORKSHOP,
                channel=Channel.WORKSHOP,
                tier=self._tier((1, 3, 6)),
                country=country,
                region=region,
                city=warehouse.city,
                district=district,
            )

    def _chain(self, country: ref.Country, size: int) -> None:
        rng = self.rng
        regions = rng.sample(country.regions, k=min(len(country.regions), max(1, size // 80)))
        chain = self._group_name(country, "chain", regions[0])
        head = self._add(
            parent=None,
            name=f"{chain} {country.hq_suffix}",
            kind=AccountKind.HEADQUARTERS,
            channel=Channel.CHAIN_STORE,
            tier=Tier.A,
            country=country,
            region=regions[0],
            city=regions[0].cities[0],
        )
        warehouses: list[AccountSeed] = []
        budget = size - 1
        for region in regions:
            if budget <= 2:
                break
            office = self._add(
                parent=head,
                name=f"{chain} {country.regional_office_suffix.format(region=region.name)}",
                kind=AccountKind.REGIONAL_OFFICE,
                channel=Channel.CHAIN_STORE,
                tier=self._tier((4, 5, 1)),
                country=country,
                region=region,
                city=region.cities[0],
            )
            budget -= 1
            for dc_city in region.cities[: max(1, min(len(region.cities), size // 100))]:
                if budget <= 2:
                    break
                dc = self._add(
                    parent=office,
                    name=f"{chain} {country.dc_suffix.format(city=dc_city.name)}",
                    kind=AccountKind.DISTRIBUTION_CENTRE,
                    channel=Channel.CHAIN_STORE,
                    tier=self._tier((5, 4, 1)),
                    country=country,
                    region=region,
                    city=dc_city,
                )
                budget -= 1
                for _ in range(rng.randint(1, 2)):
                    if budget <= 1:
                        break
                    wh_city = rng.choice(region.cities)
                    warehouses.append(
                        self._add(
                            parent=dc,
                            name=f"{chain} {country.warehouse_suffix.format(city=wh_city.name)}",
                            kind=AccountKind.BRANCH_WAREHOUSE,
                            channel=Channel.CHAIN_STORE,
                            tier=self._tier((3, 5, 2)),
                            country=country,
                            region=region,
                            city=wh_city,
                        )
                    )
                    budget -= 1
        for i in range(budget):
            parent = warehouses[i % len(warehouses)] if warehouses else head
            region = next(r for r in country.regions if parent.city in r.cities)
            district = rng.choice(parent.city.districts)
            store_name = country.store_suffix.format(city=parent.city.name, district=district)
            self._add(
                parent=parent,
                name=f"{chain} {store_name}",
                kind=AccountKind.STORE,
                channel=Channel.CHAIN_STORE,
                tier=self._tier((1, 3, 6)),
                country=country,
                region=region,
                city=parent.city,
                district=district,
            )
