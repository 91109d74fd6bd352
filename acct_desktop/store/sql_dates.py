"""Portable SQL date buckets: the month or year a ``Date`` column falls in.

Sales facts keep the day the ERP gave (or the first of the month for monthly figures), so
every monthly view groups by ``month_start(SalesFact.period)``. SQLite stores dates as ISO
text and PostgreSQL as ``date``; each gets its own cheap expression, and both return a
``Date`` the ORM reads back as ``datetime.date``.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Date
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import FunctionElement


class month_start(FunctionElement[Any]):
    """The first day of the month of a date column."""

    type = Date()
    inherit_cache = True
    name = "month_start"


class year_start(FunctionElement[Any]):
    """1 January of the year of a date column."""

    type = Date()
    inherit_cache = True
    name = "year_start"


@compiles(month_start)
def _month_start_default(element: month_start, compiler: Any, **kw: Any) -> str:
    return f"CAST(date_trunc('month', {compiler.process(element.clauses, **kw)}) AS DATE)"


@compiles(month_start, "sqlite")
def _month_start_sqlite(element: month_start, compiler: Any, **kw: Any) -> str:
    return f"date({compiler.process(element.clauses, **kw)}, 'start of month')"


@compiles(year_start)
def _year_start_default(element: year_start, compiler: Any, **kw: Any) -> str:
    return f"CAST(date_trunc('year', {compiler.process(element.clauses, **kw)}) AS DATE)"


@compiles(year_start, "sqlite")
def _year_start_sqlite(element: year_start, compiler: Any, **kw: Any) -> str:
    return f"date({compiler.process(element.clauses, **kw)}, 'start of year')"
