"""Account kinds as words inside a sentence for the user ("a branch warehouse cannot sit
under a store"), each marked for translation, and a list of them joined with "or" — so a
refusal naming kinds reads in the user's language, not with English words in it."""

from __future__ import annotations

from collections.abc import Sequence

from acct_desktop.domain.enums import AccountKind
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence

ACCOUNT_KIND_WORDS: dict[AccountKind, str] = {
    AccountKind.HEADQUARTERS: QT_TRANSLATE_NOOP("messages", "headquarters"),
    AccountKind.REGIONAL_OFFICE: QT_TRANSLATE_NOOP("messages", "regional office"),
    AccountKind.DISTRIBUTION_CENTRE: QT_TRANSLATE_NOOP("messages", "distribution centre"),
    AccountKind.BRANCH_WAREHOUSE: QT_TRANSLATE_NOOP("messages", "branch warehouse"),
    AccountKind.STORE: QT_TRANSLATE_NOOP("messages", "store"),
    AccountKind.WORKSHOP: QT_TRANSLATE_NOOP("messages", "workshop"),
    AccountKind.DISTRIBUTOR: QT_TRANSLATE_NOOP("messages", "distributor"),
}


def kind_word(kind: AccountKind) -> Sentence:
    """``kind`` as a word for a sentence: ``branch warehouse`` in English."""
    return Sentence.of(ACCOUNT_KIND_WORDS[kind])


def one_of(words: Sequence[str]) -> str:
    """``a, b or c`` (one word alone as it is), each joint a translatable sentence so a
    language may write its own list marks (``a、b或c``)."""
    if not words:
        return ""
    if len(words) == 1:
        return words[0]
    if len(words) == 2:
        return Sentence.of(QT_TRANSLATE_NOOP("messages", "%1 or %2"), words[0], words[1])
    return Sentence.of(QT_TRANSLATE_NOOP("messages", "%1, %2"), words[0], one_of(words[1:]))
