"""How big each demo dataset is."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoSize:
    name: str
    accounts: int
    visits: int
    sales_facts: int


SIZES: dict[str, DemoSize] = {
    "S": DemoSize("S", accounts=200, visits=2_000, sales_facts=20_000),
    "M": DemoSize("M", accounts=10_000, visits=100_000, sales_facts=1_000_000),
    "L": DemoSize("L", accounts=100_000, visits=1_000_000, sales_facts=10_000_000),
}
