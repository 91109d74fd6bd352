"""The quote, price and register services' sentences keep their English words and their
translatable pieces."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acct_desktop.domain.enums import QuoteStatus
from acct_desktop.domain.quote_paste import PasteError, one_per_line, parse_pasted_lines
from acct_desktop.domain.quote_workflow import MoveRefused, QuoteMove, target_status
from acct_desktop.domain.sentences import Sentence


def pieces(sentence: Sentence) -> list[str]:
    """The innermost marked templates of a sentence, in order: what the translator looks up
    word by word (a frame that only joins lines has no words of its own)."""
    inner = [arg for arg in sentence.args if isinstance(arg, Sentence)]
    if not inner:
        return [sentence.template]
    return [piece for arg in inner for piece in pieces(arg)]


@given(st.lists(st.text(alphabet="Dòng 行 Regel%1\n", min_size=1), min_size=1, max_size=40))
def test_sentences_one_per_line_read_as_the_lines_joined(lines: list[str]) -> None:
    joined = one_per_line(lines)

    assert joined == "\n".join(lines)
    assert pieces(joined) == lines


def test_every_bad_pasted_line_stays_its_own_translatable_sentence() -> None:
    with pytest.raises(PasteError) as refused:
        parse_pasted_lines("SKU-1\t0\nSKU-2 2 crates\n\nalone")

    message = refused.value.args[0]
    assert str(message) == (
        "Line 1: “0” is not a quantity above 0.\n"
        "Line 2: “crates” is not a unit (pack, L or kg).\n"
        "Line 4: “alone” needs a SKU and a quantity."
    )
    assert [line.template for line in message.args] == [
        "Line %1: %2",
        "Line %1: “%2” is not a unit (pack, L or kg).",
        "Line %1: “%2” needs a SKU and a quantity.",
    ]
    assert pieces(message) == [
        "“%1” is not a quantity above 0.",
        "Line %1: “%2” is not a unit (pack, L or kg).",
        "Line %1: “%2” needs a SKU and a quantity.",
    ]


def test_a_refused_move_names_the_status_as_a_word_of_its_own() -> None:
    with pytest.raises(MoveRefused) as refused:
        target_status(QuoteMove.APPROVE, QuoteStatus.DRAFT)

    message = refused.value.args[0]
    assert message == "A quote that is draft cannot be approved."
    assert message.template == "A quote that is %1 cannot be approved."
    assert message.args[0].template == "draft"
