"""The measure column of the sales and the targets import: one list of its headers and one
list of the words in it, so a file the sales import reads is read the same way as targets.

``MEASURE_HEADERS`` are the headers a measure column goes by (``类型``, ``业务类型``,
``指标``, ``Type``, ``Measure``, ``Soort``, ``Loại``…); ``MEASURE_ALIASES`` the words ERPs
and spreadsheets write in it (``进货``, ``分仓出库``, ``tồn kho``, ``uitlevering``…), besides
the app's own words in its four languages. ``holds_measures`` tells a column that holds
measures although its header was not recognised (the import then says to map it, rather
than taking one measure for the whole file)."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence

from acct_desktop.domain.enum_words import AMBIGUOUS, REFUSALS, WORDS
from acct_desktop.domain.enums import Measure
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, listed, listed_some
from acct_desktop.services.imports import values as v
from acct_desktop.services.imports.header_words import core_key
from acct_desktop.services.imports.sliced import slices

MEASURE_HEADERS: tuple[str, ...] = (
    # English
    "type", "measure type", "flow", "figure", "kpi", "metric", "target type",
    "business type", "transaction type",
    # Chinese
    "类型", "业务类型", "指标", "指标类型", "数据类型", "业务",
    # Vietnamese
    "chỉ tiêu", "loại", "loại chỉ tiêu", "loại nghiệp vụ", "nghiệp vụ",
    # Dutch
    "soort", "meetsoort", "meetwaarde", "maatstaf", "soort doel",
)  # fmt: skip

# Headers that name a measure column only when its cells are measures: an ERP's "Doc Type"
# holds Sell-in/Stock in one report and F2/RE (invoice, return) in another, so such a
# column is read as the measure when it holds measures (``holds_measures``), and is
# otherwise left alone (no refusal for words that were never measures).
DOCUMENT_TYPE_HEADERS: tuple[str, ...] = (
    "doc type", "document type", "voucher type", "单据类型", "凭证类型", "loại chứng từ",
    "documentsoort", "boekingssoort",
)  # fmt: skip

MEASURE_ALIASES: dict[str, Measure] = {
    # English
    "sell in": Measure.SELL_IN, "sellin": Measure.SELL_IN, "purchases": Measure.SELL_IN,
    "outbound": Measure.OUTBOUND, "out": Measure.OUTBOUND, "shipments": Measure.OUTBOUND,
    "deliveries": Measure.OUTBOUND, "sell out": Measure.SELL_OUT, "sellout": Measure.SELL_OUT,
    "consumer sales": Measure.SELL_OUT, "sales": Measure.SELL_OUT, "stock": Measure.STOCK,
    "inventory": Measure.STOCK, "on hand": Measure.STOCK,
    "branch warehouse outbound": Measure.OUTBOUND, "terminal sell out": Measure.SELL_OUT,
    "stock on hand": Measure.STOCK,
    # Chinese
    "进货": Measure.SELL_IN, "进货额": Measure.SELL_IN, "采购": Measure.SELL_IN,
    "销售入库": Measure.SELL_IN, "采购入库": Measure.SELL_IN,
    "出库": Measure.OUTBOUND, "分仓出库": Measure.OUTBOUND, "出货": Measure.OUTBOUND,
    "发货": Measure.OUTBOUND,
    "终端销售": Measure.SELL_OUT, "动销": Measure.SELL_OUT, "零售": Measure.SELL_OUT,
    "销售": Measure.SELL_OUT,
    "库存": Measure.STOCK, "现有库存": Measure.STOCK,
    # Vietnamese
    "nhập hàng": Measure.SELL_IN, "mua vào": Measure.SELL_IN, "bán vào": Measure.SELL_IN,
    "xuất kho": Measure.OUTBOUND, "xuất hàng": Measure.OUTBOUND,
    "xuất kho chi nhánh": Measure.OUTBOUND, "bán ra": Measure.SELL_OUT,
    "bán lẻ": Measure.SELL_OUT, "bán ra tại điểm bán": Measure.SELL_OUT,
    "tồn kho": Measure.STOCK, "tồn": Measure.STOCK, "tồn kho hiện có": Measure.STOCK,
    # Dutch
    "inkoop": Measure.SELL_IN, "inkopen": Measure.SELL_IN, "uitlevering": Measure.OUTBOUND,
    "uitleveringen": Measure.OUTBOUND, "uitlevering filiaalmagazijn": Measure.OUTBOUND,
    "verkoop": Measure.SELL_OUT, "verkopen": Measure.SELL_OUT,
    "eindverkoop": Measure.SELL_OUT, "doorverkoop": Measure.SELL_OUT,
    "voorraad": Measure.STOCK, "actuele voorraad": Measure.STOCK,
}  # fmt: skip
_measure = v.enum_value(Measure, MEASURE_ALIASES)

TARGET_MEASURES = (Measure.SELL_IN, Measure.OUTBOUND, Measure.SELL_OUT)
NO_STOCK_TARGETS = QT_TRANSLATE_NOOP(
    "messages",
    "Targets are set for sell-in, outbound or sell-out; stock is a level, not a flow.",
)


def measure(raw: str) -> Measure | None:
    """sell_in, outbound, sell_out or stock, by name or a synonym in English, Chinese,
    Vietnamese or Dutch (``进货``, ``分仓出库``, ``tồn kho``, ``uitlevering``)."""
    return _measure(unicodedata.normalize("NFC", raw))


def target_measure(raw: str) -> Measure | None:
    """A measure a target can have: read as ``measure`` reads it; stock (a level) and a
    word that is no measure are refused naming only sell-in, outbound and sell-out."""
    try:
        found = measure(raw)
    except ValueError as exc:
        if getattr(exc.args[0], "template", None) == AMBIGUOUS:
            raise  # two languages' words for different measures: that sentence says so
        words = listed([Sentence.of(WORDS[Measure][m]) for m in TARGET_MEASURES])
        raise ValueError(Sentence.of(REFUSALS[Measure], raw.strip(), words)) from None
    if found is Measure.STOCK:
        raise ValueError(Sentence.of(NO_STOCK_TARGETS))
    return found


FEW_WORDS = 30  # a column with more different values is not a column of measures


def holds_measures(cells: Iterable[str]) -> bool:
    """Whether a column's cells are measures: few different values, and at least half of
    them (one at least) words the imports read as a measure."""
    different = {cell.strip() for cell in cells} - {""}
    if not different or len(different) > FEW_WORDS:
        return False
    known = sum(1 for word in different if _is_measure(word))
    return known * 2 >= len(different)


def _is_measure(word: str) -> bool:
    try:
        return measure(word) is not None
    except ValueError:
        return False


def measure_words_of(cells: Iterable[str]) -> list[str]:
    """The different words of a column that read as measures, in the order first met."""
    found = dict.fromkeys(cell.strip() for cell in cells)
    return [word for word in found if word and _is_measure(word)]


def unmapped_measure_column(
    headers: Sequence[str], taken: Iterable[int], column: Callable[[int], Sequence[str]]
) -> tuple[str, list[str]] | None:
    """The first column not imported whose cells are measures (``holds_measures``), with
    its measure words; ``column(index)`` gives a column's cells."""
    used = set(taken)
    for index, header in enumerate(headers):
        if index in used or not header:
            continue
        different = distinct_cells(column(index))
        if holds_measures(different):
            return header, measure_words_of(different)
    return None


def distinct_cells(cells: Sequence[str]) -> list[str]:
    """A column's different cells, in the order first met (a slice at a time, see
    ``sliced``: a million cells never hold the interpreter at once)."""
    found: dict[str, None] = {}
    for part in slices(cells):
        found.update(dict.fromkeys(part))
    return list(found)


def unmapped_measure_problem(header: str, words: Sequence[str]) -> Sentence:
    """The refusal of a file whose measures are in a column not read as the measure."""
    shown = listed_some(list(words), 4)
    return Sentence.of(
        QT_TRANSLATE_NOOP(
            "messages",
            'the column "%1" holds measures (%2), but no column is read as the measure; '
            "map that column to the measure (one measure for the whole file would book "
            "every row as that measure)",
        ),
        header,
        shown,
    )


def names_document_type(header: str) -> bool:
    """Whether ``header`` is a document type's (``Doc Type``, ``单据类型``): a measure
    column when its cells are measures (``DOCUMENT_TYPE_HEADERS``)."""
    return core_key(header) in _DOCUMENT_TYPE_KEYS


_DOCUMENT_TYPE_KEYS = frozenset(core_key(header) for header in DOCUMENT_TYPE_HEADERS)
