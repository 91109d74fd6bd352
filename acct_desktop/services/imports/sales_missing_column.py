"""A re-import without an amount or a quantity column that would replace figures holding
amounts or quantities.

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
which holds the one column not read (or "") for the advice."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from decimal import Decimal

from acct_desktop.domain.sentences import (
    QT_TRANSLATE_NOOP,
    Sentence,
    counted,
    figure,
    listed,
    listed_some,
)
from acct_desktop.services.imports.problems import RECORDS

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
