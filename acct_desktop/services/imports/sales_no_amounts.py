"""A re-import without amounts that would replace figures holding amounts.

A month's stock is re-imported from a file whose value column was not read — its header
unknown (before "Waarde" was a synonym), or left out by a remembered layout. The file's
rows have no amount, so the month's stock value (44.092,54) became 0,00, and the only
hint was "Columns not imported: Waarde". So a sales file read without an amount column is
refused when the figures it replaces hold amounts: the refusal counts them, gives their
total, names the columns it did not read and says how to read one as the amount (``--map
amount=Waarde``, or the dialog's choice), unless the user confirms the file has no
amounts (``no_amounts_confirmed``: ``--no-amounts-confirmed``, the dialog's box)."""

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

_AMOUNT = QT_TRANSLATE_NOOP("messages", "%1 %2")  # an amount and its currency: 44,092.54 EUR


def no_amounts_problem(
    covered: Mapping[str, tuple[int, Decimal]], unread: Sequence[str]
) -> Sentence:
    """The refusal, on the header line: ``covered`` (currency → how many figures, their
    total) would lose their amounts; ``unread`` are the file's columns not read."""
    count = sum(n for n, _ in covered.values())
    totals = listed(
        [Sentence.of(_AMOUNT, figure(total, 2), cur) for cur, (_, total) in covered.items()]
    )
    figures = counted(count, *RECORDS["sales facts"])
    if unread:
        return Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages",
                "the file has no amount column, so the amounts of the figures it replaces "
                "would become 0 (%1; in all %2). Columns not read: %3",
            ),
            figures,
            totals,
            listed_some([f'"{column}"' for column in unread], 4),
        )
    return Sentence.of(
        QT_TRANSLATE_NOOP(
            "messages",
            "the file has no amount column, so the amounts of the figures it replaces would "
            "become 0 (%1; in all %2)",
        ),
        figures,
        totals,
    )
