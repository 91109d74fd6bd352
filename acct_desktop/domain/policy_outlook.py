"""What a policy will actually price, next to the live policies of its slot, in words.

``check_rules`` reports two policies of the same scope, product side, quantity break and
unit whose windows meet as an *overlap*, and the one the other's window covers as *never
fires*: the engine breaks the tie by the policy code, so the older code prices the shared
days. :func:`outlook` says the same about one policy before it is saved, submitted or
approved, naming the policy that wins each shared stretch and what to do about it:

    PP-00039 prices the same customers and products from 2026-12-01 to 2027-06-30 and wins
    (same level, older code): PP-00057 would never price anything. Shorten PP-00039, or make
    PP-00057 more specific.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from acct_desktop.domain.pricing import _covers, _live, _overlaps, _same_slot, _serves_all_of
from acct_desktop.domain.pricing_rules import PriceRule, days_phrase
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence


@dataclass(frozen=True, slots=True)
class Outlook:
    """What ``code`` will price: ``sentences`` about each live policy it shares days with
    (none: it prices all of its window), and whether another wins all of its days."""

    code: str
    sentences: tuple[Sentence, ...] = ()
    never_fires: bool = False

    @property
    def clear(self) -> bool:
        return not self.sentences


def _shared(a: PriceRule, b: PriceRule) -> tuple[date | None, date | None]:
    starts = [d for d in (a.valid_from, b.valid_from) if d is not None]
    ends = [d for d in (a.valid_to, b.valid_to) if d is not None]
    return (max(starts) if starts else None, min(ends) if ends else None)


def _sentence(rule: PriceRule, other: PriceRule) -> tuple[Sentence, bool]:
    """The sentence about ``rule`` and ``other`` (same slot, shared days), and whether
    ``other`` takes every day of ``rule``."""
    days = days_phrase(*_shared(rule, other))
    if other.id < rule.id:  # the older code wins the tie
        if _covers(other, rule) and _serves_all_of(other, rule):
            return Sentence.of(
                QT_TRANSLATE_NOOP(
                    "messages",
                    "%1 prices the same customers and products %2 and wins (same level, "
                    "older code): %3 would never price anything. Shorten %1, or make %3 more "
                    "specific.",
                ),
                other.id,
                days,
                rule.id,
            ), True
        return Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages",
                "%1 prices the same customers and products %2 and wins (same level, older "
                "code): %3 prices only outside those days. Shorten one of them, or make %3 "
                "more specific.",
            ),
            other.id,
            days,
            rule.id,
        ), False
    if _covers(rule, other) and _serves_all_of(rule, other):
        text = QT_TRANSLATE_NOOP(
            "messages",
            "%1 takes over from %3 %2 (same level, older code): %3 would never price "
            "anything again. Shorten one of them.",
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "messages",
            "%1 takes over from %3 %2 (same level, older code): %3 stops pricing on those "
            "days. Shorten one of them.",
        )
    return Sentence.of(text, rule.id, days, other.id), False


def outlook(rule: PriceRule, register: Iterable[PriceRule], today: date) -> Outlook:
    """What ``rule`` will price once approved, against the approved, unexpired policies of
    ``register`` (``rule`` itself, by code, and everything else inactive are left out).

    Only ties are reported: a more specific policy pricing the same sale is the register
    working as meant, and ``check_rules`` says nothing about it either."""
    rule = replace(rule, active=True)
    sentences, never = [], False
    for other in sorted(register, key=lambda r: r.id):
        if other.id == rule.id or not _live(other, today):
            continue
        if not _same_slot(rule, other) or not _overlaps(rule, other):
            continue
        sentence, takes_all = _sentence(rule, other)
        sentences.append(sentence)
        never = never or takes_all
    return Outlook(rule.id, tuple(sentences), never)
