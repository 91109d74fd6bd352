"""A sales file read without an amount or a quantity column that would replace figures
holding amounts or quantities, or whose column not read holds them.

A month's stock is re-imported from a file whose value column was not read — its header
unknown (before "Waarde" was a synonym), or left out by a remembered layout. The file's
rows have no amount, so the month's stock value (44.092,54) became 0,00, and the only
hint was "Columns not imported: Waarde". A file without its quantity column (an ERP
report of turnover only, or "Aantal (st)" left out) did the same to the quantities. So a
sales file read without one of the two columns is refused when the figures it replaces
hold values of that column: the refusal counts them, gives their total, names the columns
it did not read and says how to read one as that column (``--map amount=Waarde``, or the
dialog's choice), unless the user confirms the file has none (``missing_confirmed``:
``--no-amounts-confirmed`` / ``--no-quantities-confirmed``, the dialog's boxes).

Both columns go through the same steps (``GUARDED``): the query ``sales_writes.values_covered``,
the sentence ``lost_values_problem`` and the key of ``ImportRejected.details`` (``DETAIL``),
which holds the one column not read (or "") for the advice.

A first import has no figures to lose, but a file whose money column has a header the
import does not know (``Value USD``, ``Umsatz``) would book every amount as 0 just the
same, said only as "Columns not imported: Value USD". So the same guard refuses a file read
without one of the two columns when a column it does not read holds numbers
(``numbers_column``: most of its different cells are numbers or amounts of money, and its
header does not name an identifier such as ``Invoice No``), first import or not: the
refusal names that column and the advice says to read it as the missing one, unless the
user confirms the file has none."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from decimal import Decimal

from acct_desktop.domain.sentences import (
    QT_TRANSLATE_NOOP,
    Sentence,
    counted,
    figure,
    listed,
    listed_some,
)
from acct_desktop.services.imports.header_words import names_identifier
from acct_desktop.services.imports.measure_words import distinct_cells
from acct_desktop.services.imports.problems import RECORDS
from acct_desktop.services.imports.sales_values import scaled_numbers

GUARDED = ("amount", "quantity")  # a file lacks at most one of them (it needs one)
DETAIL = {"amount": "no amounts", "quantity": "no quantities"}
# the keyword of ``import_sales`` that confirms the file has none
CONFIRMING = {"amount": "no_amounts_confirmed", "quantity": "no_quantities_confirmed"}
_AMOUNT = QT_TRANSLATE_NOOP("messages", "%1 %2")  # an amount and its currency: 44,092.54 EUR

_TEMPLATES = {  # (with the columns not read, without any)
    "amount": (
        QT_TRANSLATE_NOOP(
            "messages",
            "the file has no amount column, so the amounts of the figures it replaces "
            "would become 0 (%1; in all %2). Columns not read: %3",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "the file has no amount column, so the amounts of the figures it replaces would "
            "become 0 (%1; in all %2)",
        ),
    ),
    "quantity": (
        QT_TRANSLATE_NOOP(
            "messages",
            "the file has no quantity column, so the quantities of the figures it replaces "
            "would become 0 (%1; in all %2). Columns not read: %3",
        ),
        QT_TRANSLATE_NOOP(
            "messages",
            "the file has no quantity column, so the quantities of the figures it replaces "
            "would become 0 (%1; in all %2)",
        ),
    ),
}


# a column not read that holds numbers, the file lacking the amount (quantity) column
_UNREAD_NUMBERS = {
    "amount": QT_TRANSLATE_NOOP(
        "messages",
        'the column "%1" holds numbers (%2), but no column is read as the amount, so every '
        "amount would be 0; map that column to the amount",
    ),
    "quantity": QT_TRANSLATE_NOOP(
        "messages",
        'the column "%1" holds numbers (%2), but no column is read as the quantity, so every '
        "quantity would be 0; map that column to the quantity",
    ),
}
_SAMPLE = 200  # different cells looked at


def missing_guarded(read: Sequence[str]) -> list[str]:
    """The guarded columns (``GUARDED``) not among the fields ``read``."""
    return [field for field in GUARDED if field not in read]


def lost_values_problem(
    field: str, covered: Mapping[str, tuple[int, Decimal]], unread: Sequence[str]
) -> Sentence:
    """The refusal, on the header line: ``covered`` (for amounts: currency → how many
    figures, their total; for quantities one entry, its key "") would lose their ``field``;
    ``unread`` are the file's columns not read."""
    count = sum(n for n, _ in covered.values())
    totals = listed(
        [
            Sentence.of(_AMOUNT, figure(total, 2), key) if key else _quantity(total)
            for key, (_, total) in covered.items()
        ]
    )
    figures = counted(count, *RECORDS["sales facts"])
    with_unread, without = _TEMPLATES[field]
    if unread:
        columns = listed_some([f'"{column}"' for column in unread], 4)
        return Sentence.of(with_unread, figures, totals, columns)
    return Sentence.of(without, figures, totals)


def _quantity(total: Decimal) -> str:
    """A total of quantities with the decimals it has (120, 12.5), never 120.000."""
    return figure(Decimal(total).normalize())


def numbers_column(
    headers: Sequence[str], taken: Sequence[int], column: Callable[[int], Sequence[str]]
) -> tuple[str, list[str]] | None:
    """The first column not read whose cells are numbers — four in five of its first
    different cells are numbers or amounts of money (``1,234.50``, ``€ 12``, ``8万元``) —
    with its first few numbers; a header naming an identifier (``Invoice No``, ``Order #``)
    is passed over. ``column(index)`` gives a column's cells."""
    used = set(taken)
    for index, header in enumerate(headers):
        if index in used or not header or names_identifier(header):
            continue
        cells = [c.strip() for c in distinct_cells(column(index))[:_SAMPLE]]
        cells = [c for c in cells if c]
        if not cells:
            continue
        _, bad = scaled_numbers(cells, 2, myriads=True, units={})
        if len(bad) * 5 <= len(cells):
            return header, [c for c in cells if c not in bad][:3]
    return None


def unread_numbers_problem(field: str, header: str, numbers: Sequence[str]) -> Sentence:
    """The refusal of a file read without ``field`` whose column ``header`` holds
    ``numbers``: every row's ``field`` would be 0."""
    return Sentence.of(_UNREAD_NUMBERS[field], header, listed_some(list(numbers), 3))
