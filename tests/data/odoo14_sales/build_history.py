"""Build ``sales_history.csv`` from the Odoo 14 demo orders in ``odoo/`` (LGPL-3, see README).

Every demo sale order with a customer becomes sell-in facts, one per order line, on its
``date_order`` — written in Odoo as an expression relative to the day the demo is installed
(``datetime.now() - relativedelta(days=7)``). The history replays the demo as if installed on
three days (``INSTALLS``) so that orders fall into 2024, 2025 and 2026, some across a new
year. Amounts are quantity × unit price, exactly. Run from the repository root::

    python tests/data/odoo14_sales/build_history.py
"""

from __future__ import annotations

import csv
import re
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
INSTALLS = (date(2025, 1, 15), date(2026, 1, 10), date(2026, 11, 2))
_AGO = re.compile(r"(months|days|hours)=(\d+)")


def read(name: str) -> list[dict[str, str]]:
    with (HERE / "odoo" / f"{name}.csv").open(encoding="utf-8", newline="") as source:
        return list(csv.DictReader(source))


def order_day(expression: str, installed: date) -> date:
    """The day an Odoo ``date_order`` expression means when the demo is installed at noon."""
    day = installed
    for unit, amount in _AGO.findall(expression):
        if unit == "days":
            day -= timedelta(days=int(amount))
        elif unit == "months":
            month = day.month - int(amount)
            year = day.year + (month - 1) // 12
            day = day.replace(year=year, month=(month - 1) % 12 + 1)
        # hours=N (N ≤ 2) stays on the same day when installed at noon
    return day


def sku_of(product_ref: str, products: dict[str, dict[str, str]]) -> str:
    xml_id = product_ref.removeprefix("ref:").split(".")[-1]
    product = products.get(xml_id, {})
    return product.get("default_code") or xml_id.upper()


def main() -> None:
    orders = {o["xml_id"]: o for o in read("sale.order") if o["partner_id"]}
    products = {p["xml_id"]: p for p in read("product.product")}
    rows = []
    for installed in INSTALLS:
        for line in read("sale.order.line"):
            order = orders.get(line["order_id"].removeprefix("ref:"))
            if order is None:
                continue
            quantity, price = Decimal(line["product_uom_qty"]), Decimal(line["price_unit"])
            rows.append(
                [
                    order_day(order["date_order"], installed).isoformat(),
                    order["partner_id"].removeprefix("ref:").split(".")[-1],
                    sku_of(line["product_id"], products),
                    f"{quantity:f}",
                    f"{(quantity * price).quantize(Decimal('0.01')):f}",
                    f"{order['xml_id']}@{installed.isoformat()}",
                    line["xml_id"],
                ]
            )
    rows.sort()
    with (HERE / "sales_history.csv").open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out)
        writer.writerow(["Order date", "Customer", "Product code", "Qty", "Amount", "Order",
                         "Order line"])  # fmt: skip
        writer.writerows(rows)


if __name__ == "__main__":
    main()
