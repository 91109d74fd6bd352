"""The values of the closed vocabularies an import reads, as words inside a sentence for
the user ("use one of: chain store, distributor, …"), each marked for translation, so a
refusal lists the values in the user's language. Account kinds are ``kind_words``' own.

``WORDS[enum][value]`` is the English word; ``REFUSALS[enum]`` the sentence refusing a cell
that is none of them (%1 the cell, %2 the list of words)."""

from __future__ import annotations

from enum import StrEnum

from acct_desktop.domain.enums import (
    AccountKind,
    Attitude,
    Channel,
    DmuRole,
    Measure,
    PolicyScope,
    RebateKind,
    Tier,
)
from acct_desktop.domain.kind_words import ACCOUNT_KIND_WORDS
from acct_desktop.domain.pricing_rules import RuleKind
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP
from acct_desktop.domain.target_breakdown import BreakdownMethod

WORDS: dict[type[StrEnum], dict[str, str]] = {
    AccountKind: {kind.value: word for kind, word in ACCOUNT_KIND_WORDS.items()},
    Channel: {
        Channel.CHAIN_STORE: QT_TRANSLATE_NOOP("messages", "chain store"),
        Channel.DISTRIBUTOR: QT_TRANSLATE_NOOP("messages", "distributor"),
        Channel.WORKSHOP: QT_TRANSLATE_NOOP("messages", "workshop"),
        Channel.FLEET: QT_TRANSLATE_NOOP("messages", "fleet"),
        Channel.INDUSTRIAL: QT_TRANSLATE_NOOP("messages", "industrial"),
    },
    Tier: {tier.value: tier.value for tier in Tier},  # A, B, C in every language
    DmuRole: {
        DmuRole.DECISION_MAKER: QT_TRANSLATE_NOOP("messages", "decision maker"),
        DmuRole.INFLUENCER: QT_TRANSLATE_NOOP("messages", "influencer"),
        DmuRole.BUYER: QT_TRANSLATE_NOOP("messages", "buyer"),
        DmuRole.USER: QT_TRANSLATE_NOOP("messages", "user"),
        DmuRole.GATEKEEPER: QT_TRANSLATE_NOOP("messages", "gatekeeper"),
        DmuRole.TECHNICAL: QT_TRANSLATE_NOOP("messages", "technical"),
    },
    Attitude: {
        Attitude.CHAMPION: QT_TRANSLATE_NOOP("messages", "champion"),
        Attitude.SUPPORTER: QT_TRANSLATE_NOOP("messages", "supporter"),
        Attitude.NEUTRAL: QT_TRANSLATE_NOOP("messages", "neutral"),
        Attitude.SCEPTIC: QT_TRANSLATE_NOOP("messages", "sceptic"),
        Attitude.OPPONENT: QT_TRANSLATE_NOOP("messages", "opponent"),
    },
    PolicyScope: {
        PolicyScope.ACCOUNT: QT_TRANSLATE_NOOP("messages", "account"),
        PolicyScope.CHANNEL: QT_TRANSLATE_NOOP("messages", "channel"),
        PolicyScope.TERRITORY: QT_TRANSLATE_NOOP("messages", "territory"),
        PolicyScope.GLOBAL: QT_TRANSLATE_NOOP("messages", "everyone"),
    },
    RuleKind: {
        RuleKind.FIXED: QT_TRANSLATE_NOOP("messages", "fixed price"),
        RuleKind.PERCENT_DISCOUNT: QT_TRANSLATE_NOOP("messages", "percent discount"),
        RuleKind.FORMULA: QT_TRANSLATE_NOOP("messages", "formula"),
    },
    RebateKind: {
        RebateKind.FIXED_PERCENT: QT_TRANSLATE_NOOP("messages", "fixed percentage"),
        RebateKind.WHOLE_VOLUME_TIERS: QT_TRANSLATE_NOOP("messages", "whole-volume tiers"),
        RebateKind.BANDED_TIERS: QT_TRANSLATE_NOOP("messages", "banded tiers"),
        RebateKind.GROWTH: QT_TRANSLATE_NOOP("messages", "growth"),
    },
    Measure: {
        Measure.SELL_IN: QT_TRANSLATE_NOOP("messages", "sell-in"),
        Measure.OUTBOUND: QT_TRANSLATE_NOOP("messages", "outbound"),
        Measure.SELL_OUT: QT_TRANSLATE_NOOP("messages", "sell-out"),
        Measure.STOCK: QT_TRANSLATE_NOOP("messages", "stock"),
    },
    BreakdownMethod: {
        BreakdownMethod.EVEN: QT_TRANSLATE_NOOP("messages", "evenly"),
        BreakdownMethod.SEASONALITY: QT_TRANSLATE_NOOP("messages", "like last year's sales"),
        BreakdownMethod.WEIGHTS: QT_TRANSLATE_NOOP("messages", "by weights"),
    },
}
TRANSLATED_WORDS = frozenset(WORDS) - {Tier}  # tiers are letters, the same everywhere

REFUSALS: dict[type[StrEnum], str] = {
    AccountKind: QT_TRANSLATE_NOOP("messages", '"%1" is not an account kind; use one of: %2'),
    Channel: QT_TRANSLATE_NOOP("messages", '"%1" is not a channel; use one of: %2'),
    Tier: QT_TRANSLATE_NOOP("messages", '"%1" is not a tier; use one of: %2'),
    DmuRole: QT_TRANSLATE_NOOP("messages", '"%1" is not a DMU role; use one of: %2'),
    Attitude: QT_TRANSLATE_NOOP("messages", '"%1" is not an attitude; use one of: %2'),
    PolicyScope: QT_TRANSLATE_NOOP("messages", '"%1" is not a scope; use one of: %2'),
    RuleKind: QT_TRANSLATE_NOOP(
        "messages",
        '"%1" is not a rule kind; use one of: %2 (or leave it empty: the list price stands)',
    ),
    RebateKind: QT_TRANSLATE_NOOP("messages", '"%1" is not a rebate kind; use one of: %2'),
    Measure: QT_TRANSLATE_NOOP("messages", '"%1" is not a measure; use one of: %2'),
    BreakdownMethod: QT_TRANSLATE_NOOP(
        "messages", '"%1" is not a breakdown method; use one of: %2'
    ),
}
AMBIGUOUS = QT_TRANSLATE_NOOP("messages", '"%1" can mean %2; write the one you mean as listed: %3')
