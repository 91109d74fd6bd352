"""Column types that behave the same on SQLite and PostgreSQL.

* ``GUID``: native ``uuid`` on PostgreSQL, 16-byte BLOB on SQLite (half the size of
  SQLAlchemy's CHAR(32) default, which matters on tables with millions of rows).
* ``Exact``: ``numeric(p, s)`` on PostgreSQL; on SQLite a *scaled integer* (value × 10^s).
  SQLite has no decimal type: its NUMERIC affinity stores REAL, so ``SUM`` over money would
  be a float sum. A scaled integer keeps every stored value and every ``SUM`` exact, and
  the result processor turns it back into ``Decimal``. Use ``sum``/``min``/``max`` in SQL;
  never ``avg`` (divide the exact sum in Python instead).
* ``UTCDateTime``: always timezone-aware UTC in Python, whatever the backend stores.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, LargeBinary, Numeric, Uuid
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine


class GUID(TypeDecorator[uuid.UUID]):
    impl = Uuid
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(LargeBinary(16))
        return dialect.type_descriptor(Uuid(as_uuid=True))

    def bind_processor(self, dialect: Dialect) -> Any:
        if dialect.name != "sqlite":
            return super().bind_processor(dialect)
        # Hot path of bulk loads: a plain closure, no TypeDecorator indirection.
        convert = self.process_bind_param

        def process(value: Any) -> Any:
            if value.__class__ is uuid.UUID:
                return value.bytes
            return convert(value, dialect)

        return process

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if not isinstance(value, uuid.UUID):
            value = uuid.UUID(str(value))
        return value.bytes if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> uuid.UUID | None:
        if value is None:
            return None
        if isinstance(value, uuid.UUID):
            return value
        if isinstance(value, bytes | bytearray | memoryview):
            return uuid.UUID(bytes=bytes(value))
        return uuid.UUID(str(value))


class Exact(TypeDecorator[Decimal]):
    """An exact decimal with ``scale`` places (money: 2, unit prices: 4, quantities: 3)."""

    impl = Numeric
    cache_ok = True

    def __init__(self, precision: int = 18, scale: int = 2) -> None:
        super().__init__()
        self.precision = precision
        self.scale = scale
        self._unit = Decimal(1).scaleb(-scale)

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(BigInteger())
        return dialect.type_descriptor(Numeric(self.precision, self.scale, asdecimal=True))

    def bind_processor(self, dialect: Dialect) -> Any:
        if dialect.name != "sqlite":
            return super().bind_processor(dialect)
        unit, scale, convert = self._unit, self.scale, self.process_bind_param

        def process(value: Any) -> Any:  # hot path of bulk loads
            if value.__class__ is Decimal and value.is_finite():
                return int(value.quantize(unit, rounding=ROUND_HALF_UP).scaleb(scale))
            return convert(value, dialect)

        return process

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if isinstance(value, float):
            raise TypeError("exact columns take Decimal or int, never float")
        value = Decimal(value).quantize(self._unit, rounding=ROUND_HALF_UP)
        if dialect.name == "sqlite":
            return int(value.scaleb(self.scale))
        return value

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if dialect.name == "sqlite":
            return Decimal(int(value)).scaleb(-self.scale)
        return Decimal(value).quantize(self._unit)

    def __repr__(self) -> str:  # rendered into migrations
        return f"Exact(precision={self.precision}, scale={self.scale})"


def Money() -> Exact:
    """Amounts in a currency's units, two decimals (VND amounts simply end in .00)."""
    return Exact(18, 2)


def UnitPrice() -> Exact:
    """Unit prices and costs keep four decimals; totals are rounded from them."""
    return Exact(18, 4)


def Quantity() -> Exact:
    return Exact(18, 3)


def Percent() -> Exact:
    return Exact(9, 4)


class UTCDateTime(TypeDecorator[datetime]):
    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: store timezone-aware UTC datetimes only")
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def __repr__(self) -> str:
        return "UTCDateTime()"


def utcnow() -> datetime:
    return datetime.now(UTC)
