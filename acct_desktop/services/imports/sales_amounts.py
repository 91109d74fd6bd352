"""A sales file's amount column that holds quantities.

An ERP export has a quantity and an amount column. Mapped the wrong way round (``--map
amount=Aantal``, a layout remembered from another file, a choice in the import dialog),
the quantities are booked as money: 12 cases become 12.00 of sell-in, and every figure
against plan is wrong without anything looking wrong. So the import refuses a file whose
column read as the amount

* is headed as a quantity is (``Qty``, ``数量``, ``Số lượng``, ``Aantal (st)``: the
  quantity's own headers of the sales and the targets import, ``columns``, compared as
  every header is, ``header_key`` and ``header_words.core_key``) — refused before a row is
  read; or
* holds on every row the same number as the quantity column, some row not zero (checked in
  the pass that already reads both columns, ``SameAsQuantity``),

unless the user confirms that the column does hold the amounts (``amount_confirmed``: the
command line's ``--amount-confirmed``, the import dialog's box next to the mapping). The
refusal names the column on the header line and says what to do: map the amount column
(``--map amount=Column``), or confirm.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.services.imports.columns import SALES_SYNONYMS, TARGET_SYNONYMS, header_key
from acct_desktop.services.imports.header_words import core_key

QUANTITY_HEADERS: tuple[str, ...] = (
    "quantity",
    *SALES_SYNONYMS["quantity"],
    *TARGET_SYNONYMS["quantity"],
)
_KEYS = frozenset(header_key(h) for h in QUANTITY_HEADERS)
_CORES = frozenset(key for h in QUANTITY_HEADERS if (key := core_key(h)))
AMOUNT_HEADERS: tuple[str, ...] = ("amount", *SALES_SYNONYMS["amount"])
_AMOUNT_KEYS = frozenset(header_key(h) for h in AMOUNT_HEADERS)
_AMOUNT_CORES = frozenset(key for h in AMOUNT_HEADERS if (key := core_key(h)))

HEADED_AS_QUANTITY = QT_TRANSLATE_NOOP(
    "messages",
    "this column is read as the amount, but its header names a quantity: its numbers would "
    "be booked as money",
)
SAME_AS_QUANTITY = QT_TRANSLATE_NOOP(
    "messages",
    "this column is read as the amount, but on every row it holds the same number as the "
    'quantity (column "%1"): is a quantity read as the amount?',
)


def names_quantity(header: str | None) -> bool:
    """Whether ``header`` is one a quantity column goes by (``Qty``, ``数量``, ``Aantal
    (st)``, ``Số lượng``)."""
    if not header:
        return False
    return header_key(header) in _KEYS or core_key(header) in _CORES


def amount_instead(headers: Sequence[str], taken: Sequence[int]) -> str | None:
    """The one column not read as any field whose header names an amount (``Omzet``,
    ``金额``), to suggest in the refusal; None when there is none or more than one."""
    found = [
        header
        for index, header in enumerate(headers)
        if index not in taken
        and header
        and (header_key(header) in _AMOUNT_KEYS or core_key(header) in _AMOUNT_CORES)
    ]
    return found[0] if len(found) == 1 else None


class SameAsQuantity:
    """Whether every row's amount is its quantity, followed a slice at a time in the pass
    that reads both columns (amounts in hundredths, quantities in thousandths): once a row
    differs, nothing more is computed."""

    def __init__(self) -> None:
        self.same = True
        self.some = False  # a row that is not zero

    def add(self, np: Any, quantities: Any, amounts: Any) -> None:
        """One slice of both columns (numpy int64 arrays of the same length)."""
        if not self.same:
            return
        tenths, rest = np.divmod(quantities, 10)  # no overflow where amount × 10 would
        self.same = bool(np.array_equal(tenths, amounts)) and not rest.any()
        self.some = self.some or bool(amounts.any())

    @property
    def found(self) -> bool:
        return self.same and self.some


def same_as_quantity(quantity_header: str) -> Sentence:
    """The problem of an amount column that repeats the quantity column ``quantity_header``."""
    return Sentence.of(SAME_AS_QUANTITY, quantity_header)
