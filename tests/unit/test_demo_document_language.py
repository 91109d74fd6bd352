"""The demo's customer-facing texts: in each account's document language, and never at odds
with the figures the documents print."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from acct_desktop.domain.money import round_money
from acct_desktop.services.demo import reference as ref
from acct_desktop.store import models as m
from acct_desktop.store.database import open_database

LANGUAGES = ("zh_CN", "vi", "nl")
# A quote note that speaks of tax restates (or, as "prices include VAT" did, contradicts)
# what the printed quote already says under its lines and in its tax line.
TAX_WORDS = re.compile(r"\b(?:VAT|tax|btw|GTGT|thuế)\b|增值税|含税|不含税", re.IGNORECASE)


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, tuple):
        for item in value:
            yield from _strings(item)


def _seed_texts(language: str) -> Iterator[str]:
    """Every text of the seed lists in ``language`` (lists keyed by language, issue
    descriptions by category then language, product names)."""
    for name in ref.__all__:
        value = getattr(ref, name)
        if not isinstance(value, dict):
            continue
        if language in value:
            yield from _strings(value[language])
        else:  # keyed by something else first (issue categories, product categories)
            for inner in value.values():
                if isinstance(inner, dict) and language in inner:
                    yield from _strings(inner[language])
    for product in ref.PRODUCTS:
        yield {"en": product.name, "zh_CN": product.name_zh, "vi": product.name_vi,
               "nl": product.name_nl}[language]  # fmt: skip


def _words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[^\W\d_]+", text)}


def english_words_for(language: str) -> set[str]:
    """Words of the English seed lists that the ``language`` lists never use."""
    english = {w for text in _seed_texts("en") for w in _words(text) if len(w) >= 3}
    own = {w for text in _seed_texts(language) for w in _words(text)}
    return english - own


def customer_facing_texts(path: Path) -> Iterator[tuple[str, str, str]]:
    """(document language, where, text) of everything the demo puts on a document printed
    for the customer: quote and order terms, notes and line names; issue texts; the rebate
    signatory; the account's payment terms (which new quotes copy)."""
    db = open_database(path)
    try:
        with db.session() as s:
            language = dict(s.execute(select(m.Account.id, m.Account.document_language)).all())
            products = dict(s.execute(select(m.Product.id, m.Product.name)).all())
            for q in s.scalars(select(m.Quote)):
                for field in ("payment_terms", "delivery_terms", "notes"):
                    yield language[q.account_id], f"{q.number} {field}", getattr(q, field) or ""
            quote_account = dict(s.execute(select(m.Quote.id, m.Quote.account_id)).all())
            for line in s.scalars(select(m.QuoteLine)):
                printed = line.description or products[line.product_id]
                yield language[quote_account[line.quote_id]], "quote line", printed
            for issue in s.scalars(select(m.CustomerIssue)):
                for field in ("description", "responsible", "resolution"):
                    text = getattr(issue, field) or ""
                    yield language[issue.account_id], f"{issue.number} {field}", text
            for agreement in s.scalars(select(m.RebateAgreement)):
                text = agreement.signed_by or ""
                yield language[agreement.account_id], f"{agreement.number} signed by", text
            for account in s.scalars(select(m.Account)):
                text = account.payment_terms or ""
                yield account.document_language, f"{account.code} payment terms", text
    finally:
        db.close()


def english_in_documents(path: Path) -> list[str]:
    """Customer-facing demo texts of zh_CN / vi / nl accounts with English seed words."""
    english = {lang: english_words_for(lang) for lang in LANGUAGES}
    found = []
    for lang, where, text in customer_facing_texts(path):
        if lang in english and (_words(text) & english[lang]):
            found.append(f"{lang} {where}: {text!r}")
    return found


def test_every_language_has_the_same_number_of_choices_as_english() -> None:
    """The generator draws an index: same lengths keep every language's demo alike."""
    for name in ("QUOTE_NOTES", "PAYMENT_TERMS", "DELIVERY_TERMS", "ISSUE_RESPONSIBLES"):
        lists = getattr(ref, name)
        assert {len(lists[lang]) for lang in (*LANGUAGES, "en")} == {len(lists["en"])}, name


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_english_seed_words_are_found_where_they_would_be(language: str) -> None:
    # the check below would pass vacuously if the vocabulary were empty
    assert {"territory", "manager", "days", "delivery", "purchasing"} <= english_words_for(language)


def test_quotes_and_checklists_read_in_the_accounts_document_language(
    demo_s_file: Path,
) -> None:
    languages = {lang for lang, _where, _text in customer_facing_texts(demo_s_file)}
    assert set(LANGUAGES) <= languages
    assert english_in_documents(demo_s_file) == []


def test_quote_notes_leave_the_tax_to_the_printed_totals(demo_s_file: Path) -> None:
    assert not [n for lang in ref.QUOTE_NOTES for n in ref.QUOTE_NOTES[lang] if TAX_WORDS.search(n)]
    db = open_database(demo_s_file)
    try:
        with db.session() as s:
            notes = s.scalars(select(m.Quote.notes)).all()
    finally:
        db.close()
    assert notes and not [n for n in notes if n and TAX_WORDS.search(n)]


def test_an_order_confirmation_holds_its_quotes_total_with_tax(demo_s_file: Path) -> None:
    """As the order service stores it: net of the lines plus tax on it (R4)."""
    db = open_database(demo_s_file)
    try:
        with db.session() as s:
            orders = s.scalars(select(m.OrderConfirmation)).all()
            assert orders
            for order in orders:
                quote = s.get(m.Quote, order.quote_id)
                assert quote is not None and quote.quote_discount_percent == 0
                lines = s.scalars(select(m.QuoteLine).where(m.QuoteLine.quote_id == quote.id))
                net = sum(line.line_total for line in lines)
                tax = round_money(net * quote.tax_rate_percent / 100, quote.currency)
                assert order.total_amount == net + tax, order.number
    finally:
        db.close()


CURRENCY_LANGUAGE = {"CNY": "zh_CN", "VND": "vi", "EUR": "nl"}


def test_approvals_and_price_policies_speak_the_countrys_teams_language(
    demo_s_file: Path,
) -> None:
    """Who approved a quote discount or a price policy, and why, and the territory and
    channel policies' names, in the language of the country's team (a Vietnamese quote read
    "Regional sales director: Volume commitment for the season")."""
    english = {lang: english_words_for(lang) for lang in LANGUAGES}
    found: list[str] = []
    db = open_database(demo_s_file)
    try:
        with db.session() as s:
            language = dict(s.execute(select(m.Account.id, m.Account.document_language)).all())
            quote_account = dict(s.execute(select(m.Quote.id, m.Quote.account_id)).all())
            approvals = s.scalars(select(m.Approval)).all()
            assert approvals
            for approval in approvals:
                lang = language[quote_account[approval.quote_id]]
                for text in (approval.approver, approval.reason):
                    if _words(text) & english[lang]:
                        found.append(f"{lang} approval: {text!r}")
            for policy in s.scalars(select(m.PricePolicy)):
                if policy.account_id is not None:  # named after the account and product
                    lang, texts = language[policy.account_id], [policy.approved_by or ""]
                else:
                    lang = CURRENCY_LANGUAGE[policy.currency]
                    texts = [policy.name, policy.approved_by or ""]
                found += [
                    f"{lang} policy {policy.code}: {text!r}"
                    for text in texts
                    if _words(text) & english[lang]
                ]
    finally:
        db.close()
    assert found == []


def test_credit_limits_weigh_the_same_in_every_currency(demo_s_file: Path) -> None:
    from acct_desktop.services.demo.catalogue import EUR_RATE

    db = open_database(demo_s_file)
    try:
        with db.session() as s:
            rows = s.execute(
                select(m.Account.kind, m.Account.currency, m.Account.credit_limit).where(
                    m.Account.credit_limit.is_not(None)
                )
            ).all()
    finally:
        db.close()
    in_euros: dict[str, set] = {}
    for kind, currency, limit in rows:
        in_euros.setdefault(kind.value, set()).add(limit / EUR_RATE[currency])
    assert {kind: len(values) for kind, values in in_euros.items()} == {
        kind: 1 for kind in in_euros
    }
    vnd_hq = [limit for kind, cur, limit in rows if kind.value == "headquarters" and cur == "VND"]
    assert vnd_hq and min(vnd_hq) >= 10_000_000_000  # billions of dong, not 2,000,000


def test_an_account_without_a_country_prints_in_its_currencys_language() -> None:
    """A Chinese ERP export has no country column: its accounts' visit sheets came out in
    English although every one of them is in CNY."""
    from acct_desktop.domain.languages import document_language

    assert document_language(None, None, "CNY") == "zh_CN"
    assert document_language(None, None, "VND") == "vi"
    assert document_language(None, None, "EUR") == "en"  # euros say nothing of the language
    assert document_language(None, "NL", "CNY") == "nl"  # the country, when given, decides
    assert document_language("en", None, "CNY") == "en"  # and the account's choice first
    assert document_language(None, "US", "CNY") == "en"
