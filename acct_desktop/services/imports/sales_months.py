"""The months a sales file holds, and the few rows of a month far from the rest.

A re-import replaces what the file covers (see ``sales``): in each month that holds rows
of the file, the days from the file's first to its last. A month without rows is never
touched, but one mistyped date (2026/01/09 in an October export) still puts January among
the file's months, and importing it would replace January's figures of every account and
measure in the file. So a month holding only a few rows next to the file's largest month
(fewer than 1 in ``STRAY_SHARE``), in a file concentrated on one month or far from the
file's other months, is a *stray*: the file is refused, naming the lines of those rows and
the rows of each month, until the user corrects the dates or names the months the file
holds (``periods``: the command line's ``--period``, the import dialog's confirmation).
With ``periods`` named, rows outside them are refused by line instead.

In sentences a month is a ``Month``: written the user's language's way where it is shown
(October 2026, 2026年10月, tháng 10/2026, oktober 2026), ISO ``2026-10`` in logs;
``period_text`` writes it as ``--period`` takes it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Month, Sentence, figure, listed
from acct_desktop.services.imports.sales_values import month_end
from acct_desktop.services.imports.sliced import slices

STRAY_SHARE = 20  # a month with fewer rows than 1/20 of the largest month's may be a stray
CONCENTRATED = 0.75  # a file with this share of its rows in one month is that month's


def period_text(month: date) -> str:
    """``2026-10``: a month as ``--period`` takes it, the same in every language."""
    return f"{month.year:04d}-{month.month:02d}"


@dataclass(frozen=True)
class MonthRows:
    """How many of a file's rows fall in ``month``; ``lines``: the first of them (kept for
    strays, to name)."""

    month: date
    rows: int
    lines: tuple[int, ...] = ()

    def describe(self) -> Sentence:
        """``October 2026: 426 rows`` or ``January 2026: 1 row (line 40)``."""
        if not self.lines:
            template = (
                QT_TRANSLATE_NOOP("messages", "%1: %2 row")
                if self.rows == 1
                else QT_TRANSLATE_NOOP("messages", "%1: %2 rows")
            )
            return Sentence.of(template, Month(self.month), figure(self.rows))
        if len(self.lines) == 1:
            template = (
                QT_TRANSLATE_NOOP("messages", "%1: %2 row (line %3)")
                if self.rows == 1
                else QT_TRANSLATE_NOOP("messages", "%1: %2 rows (line %3)")
            )
        else:
            template = QT_TRANSLATE_NOOP("messages", "%1: %2 rows (lines %3)")
        shown = ", ".join(str(line) for line in self.lines)
        if self.rows > len(self.lines):
            shown += ", …"
        return Sentence.of(template, Month(self.month), figure(self.rows), shown)


def month_counts(cells: Sequence[str], values: dict[str, date | None]) -> Counter[date]:
    """Rows per month of a coded date column (``cells`` and each cell's day or month)."""
    per_cell: Counter[str] = Counter()
    for part in slices(cells):
        per_cell.update(part)
    months: Counter[date] = Counter()
    for cell, rows in per_cell.items():
        day = values.get(cell)
        if day is not None:
            months[day.replace(day=1)] += rows
    return months


def stray_months(counts: Counter[date]) -> list[date]:
    """The months holding fewer than 1 in ``STRAY_SHARE`` of the largest month's rows that
    are either far from the rest (no rows in the month before or after) or in a file
    concentrated on one month (``CONCENTRATED`` of its rows in the largest). A history of
    many months whose first month has a single order is not refused for that."""
    if len(counts) < 2:
        return []
    largest = max(counts.values())
    concentrated = largest >= CONCENTRATED * sum(counts.values())

    def alone(month: date) -> bool:
        return _next(month) not in counts and _previous(month) not in counts

    return sorted(
        month
        for month, rows in counts.items()
        if rows * STRAY_SHARE < largest and (concentrated or alone(month))
    )


def _next(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


def _previous(month: date) -> date:
    return date(month.year - (month.month == 1), (month.month - 2) % 12 + 1, 1)


def rows_in(
    cells: Sequence[str], values: dict[str, date | None], months: Collection[date]
) -> list[int]:
    """The rows (0-based) whose day or month falls in one of ``months``."""
    wanted = {
        cell for cell, day in values.items() if day is not None and day.replace(day=1) in months
    }
    return [row for row, cell in enumerate(cells) if cell in wanted]


def stray_problem(month: date, counts: Counter[date]) -> Sentence:
    """What is wrong with the rows of a stray month (listed on their lines)."""
    main, main_rows = max(counts.items(), key=lambda item: (item[1], item[0]))
    return Sentence.of(
        QT_TRANSLATE_NOOP(
            "messages",
            "this row is in %1, which holds only %2 of the file's %3 rows (%4 holds %5): "
            "is its date mistyped? Importing it would replace %1's figures of the file's "
            "accounts",
        ),
        Month(month),
        figure(counts[month]),
        figure(sum(counts.values())),
        Month(main),
        figure(main_rows),
    )


def outside_problem(month: date, periods: Collection[date]) -> Sentence:
    """What is wrong with a row outside the months named for the import."""
    return Sentence.of(
        QT_TRANSLATE_NOOP(
            "messages", "this row is in %1, outside the months named for this import (%2)"
        ),
        Month(month),
        listed([Month(m) for m in sorted(periods)]),
    )


def covered_spans(months: Sequence[date], first: date, last: date) -> list[tuple[date, date]]:
    """The days a file covers: in each of its ``months``, from its first day to its last."""
    return [(max(first, month), min(last, month_end(month))) for month in sorted(months)]


def months_listing(months: Sequence[MonthRows]) -> Sentence:
    """``The file's rows by month: October 2026: 426 rows; January 2026: 1 row (line 40).``"""
    parts = [m.describe() for m in months]
    joined: str = parts[-1]
    for part in reversed(parts[:-1]):
        joined = Sentence.of(QT_TRANSLATE_NOOP("messages", "%1; %2"), part, joined)
    return Sentence.of(QT_TRANSLATE_NOOP("messages", "The file's rows by month: %1."), joined)
