"""An import reads a closed vocabulary's value as the app itself writes it in any of its
languages — a Dutch ERP's "Filiaalmagazijn", a Vietnamese "trụ sở chính", 总部 — and refuses
anything else with the values listed in the user's language.

The translations come from the compiled catalogues, read without Qt
(``services/catalogues.py``); here the .ts files are compiled afresh and read back both
ways, so a label a translator changes tomorrow is checked against the parser too."""

from __future__ import annotations

import importlib.util
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acct_desktop.domain.enum_labels import ENUM_LABELS
from acct_desktop.domain.enum_words import WORDS
from acct_desktop.domain.enums import AccountKind, Attitude, Tier
from acct_desktop.domain.sentences import Sentence, rendered
from acct_desktop.services import catalogues
from acct_desktop.services.imports import (
    accounts,
    contacts,
    measure_words,
    policies,
    rebates,
    targets,
)
from acct_desktop.services.imports import values as v
from acct_desktop.services.imports.problems import error_sentence

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ("zh_CN", "vi", "nl")

# every enum column of every import, as the import reads it
PARSERS: dict[str, v.EnumParser] = {
    "accounts kind": accounts.PARSERS["kind"],
    "accounts channel": accounts.PARSERS["channel"],
    "accounts tier": accounts.PARSERS["tier"],
    "contacts dmu_role": contacts.PARSERS["dmu_role"],
    "contacts attitude": contacts.PARSERS["attitude"],
    "price policies scope": policies.PARSERS["scope"],
    "price policies channel": policies.PARSERS["channel"],
    "price policies rule": policies.RULE_KIND,
    "rebates kind": rebates.PARSERS["kind"],
    "sales measure": measure_words._measure,
    # the targets' measures are these words less stock (measure_words.target_measure):
    # see test_a_target_measure_refusal_is_wholly_in_the_users_language
    "targets method": targets.PARSERS["method"],
}


def _translations_command():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "translations_command", ROOT / "installer" / "translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The .ts files compiled to .qm (as `translations.py build` does), read by the imports."""
    out = tmp_path_factory.mktemp("qm")
    _translations_command().build(out=out)
    before = catalogues.QM_DIR
    catalogues.QM_DIR = out
    catalogues.catalogue.cache_clear()
    forget_translations()
    yield out
    catalogues.QM_DIR = before
    catalogues.catalogue.cache_clear()
    forget_translations()


def forget_translations() -> None:
    for parser in PARSERS.values():
        parser._translated = None


def ts_messages(language: str) -> dict[tuple[str, str], str]:
    """(context, source) → translation (a plural message's first form), read from the
    committed .ts file."""
    tree = ET.parse(ROOT / "resources" / "translations" / f"acct_desktop_{language}.ts")
    found = {}
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name") or "", message.findtext("source") or "")
            forms = message.findall("translation/numerusform")
            found[key] = (forms[0].text if forms else message.findtext("translation")) or ""
    return found


@pytest.fixture(scope="module")
def ts() -> dict[str, dict[tuple[str, str], str]]:
    return {language: ts_messages(language) for language in LANGUAGES}


def spellings(ts: dict[str, dict[tuple[str, str], str]]) -> list[tuple[str, StrEnum, str, str]]:
    """(import column, value, language, how the app writes it there) for every label and
    every word of every value of every import's enum column."""
    found = []
    for name, parser in PARSERS.items():
        for member in parser.enum_cls:
            sources = [
                ("labels", ENUM_LABELS.get(member.value)),
                ("messages", WORDS[parser.enum_cls][member]),
            ]
            for context, english in sources:
                if not english:
                    continue
                found.append((name, member, "en", english))
                for language in LANGUAGES:
                    translated = ts[language].get((context, english))
                    if translated:
                        found.append((name, member, language, translated))
    return found


def test_the_compiled_catalogue_reads_as_its_ts_file(compiled: Path, ts) -> None:  # type: ignore[no-untyped-def]
    for language in LANGUAGES:
        read = catalogues.read_qm((compiled / f"acct_desktop_{language}.qm").read_bytes())
        assert read == {key: text for key, text in ts[language].items() if text}


def test_every_label_of_every_value_in_every_language_is_read_as_that_value(
    compiled: Path, ts
) -> None:  # type: ignore[no-untyped-def]
    cases = spellings(ts)
    languages = {(name, language) for name, _m, language, _t in cases}
    assert len(languages) == len(PARSERS) * 4 - 3  # tiers are A, B and C in every language
    for name, member, language, text in cases:
        parser = PARSERS[name]
        loose = v.unaccented(text).replace(" ", "")
        for written in (text, text.upper(), text.lower(), f"  {text} ", v.unaccented(text), loose):
            assert parser(written) == member, (name, language, written)


@given(st.data())
def test_any_case_separator_or_missing_accent_still_reads_the_value(
    compiled: Path, ts, data
) -> None:  # type: ignore[no-untyped-def]
    name, member, _language, text = data.draw(st.sampled_from(spellings(ts)))
    upper = data.draw(st.lists(st.booleans(), min_size=len(text), max_size=len(text)))
    cased = "".join(c.upper() if up else c.lower() for c, up in zip(text, upper, strict=True))
    if data.draw(st.booleans()):
        cased = v.unaccented(cased.casefold())
    if data.draw(st.booleans()):
        cased = unicodedata.normalize("NFD", cased)  # as typed on a Mac
    spaced = cased.replace(" ", data.draw(st.sampled_from([" ", "_", "-", "  ", ""])))
    assert PARSERS[name](spaced) == member


def test_no_two_values_of_a_column_share_a_spelling_in_any_language(compiled: Path) -> None:
    """Else a translator's word would make a cell refused as ambiguous: name the clash."""
    for name, parser in PARSERS.items():
        clashes = {k: m for k, m in parser.translated().items() if len(m) > 1}
        clashes |= {k: m for k, m in parser._loose.items() if len(m) > 1}
        assert not clashes, (name, clashes)


def test_a_refusal_lists_the_values_in_the_users_language(compiled: Path) -> None:
    said = refusal(accounts.PARSERS["kind"], "Hoofdkantor")
    assert said == (
        '"Hoofdkantor" is not an account kind; use one of: headquarters, regional office, '
        "distribution centre, branch warehouse, store, workshop, distributor"
    )
    assert in_language(said, "nl") == (
        '"Hoofdkantor" is geen soort klant; gebruik een van: hoofdkantoor, regiokantoor, '
        "distributiecentrum, filiaalmagazijn, winkel, werkplaats, distributeur"
    )
    assert in_language(said, "zh_CN") == (
        "“Hoofdkantor”不是客户类型；请使用以下之一：总部、区域办事处、配送中心、分仓、门店、修理厂、经销商"
    )


@pytest.mark.parametrize("name", sorted(PARSERS))
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_refusal_is_wholly_in_the_users_language(
    compiled: Path, name: str, language: str
) -> None:
    parser = PARSERS[name]
    said = refusal(parser, "Zzyzx")
    text = in_language(said, language)
    english = [WORDS[parser.enum_cls][m] for m in parser.enum_cls]
    english += ["is not", "use one of"]
    if parser.enum_cls is not Tier:
        assert not [w for w in english if re.search(rf"\b{re.escape(w)}\b", text)], text
    assert text.startswith(('"Zzyzx"', "“Zzyzx”")), text


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_target_measure_refusal_is_wholly_in_the_users_language(
    compiled: Path, language: str
) -> None:
    from acct_desktop.domain.enums import Measure

    said = refusal(targets.PARSERS["measure"], "Zzyzx")
    text = in_language(said, language)
    english = [WORDS[Measure][m] for m in Measure] + ["is not", "use one of"]
    assert not [w for w in english if re.search(rf"\b{re.escape(w)}\b", text)], text
    assert text.startswith(('"Zzyzx"', "“Zzyzx”")), text
    stock = in_language(refusal(targets.PARSERS["measure"], "stock"), language)
    assert "stock" not in stock.split() and stock != text


def test_a_new_account_without_a_kind_is_told_the_kinds_in_the_users_language(
    compiled: Path, tmp_path: Path
) -> None:
    from acct_desktop.services.imports import ImportRejected, import_accounts
    from acct_desktop.store.database import open_database

    path = tmp_path / "k.csv"
    path.write_text("code,name\nK1,Bakkerij\n", encoding="utf-8")
    db = open_database(str(tmp_path / "k.db"))
    try:
        with pytest.raises(ImportRejected) as rejected:
            import_accounts(db, path)
    finally:
        db.close()
    message = rejected.value.problems[0].message
    assert in_language(message, "nl") == (
        "een nieuwe klant heeft een soort nodig; gebruik een van: hoofdkantoor, regiokantoor, "
        "distributiecentrum, filiaalmagazijn, winkel, werkplaats, distributeur"
    )


# -- ambiguity, with a catalogue made for it ----------------------------------------------


@pytest.fixture
def fan_words(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dutch calls a supporter "Fan", Vietnamese a champion "fan"; Vietnamese writes
    "ủng hộ" for a supporter and (here) "ủng hồ" for neutral."""
    made = {
        ("messages", "supporter"): {"nl": "Fan", "vi": "ủng hộ"},
        ("messages", "champion"): {"vi": "fan"},
        ("messages", "neutral"): {"vi": "ủng hồ"},
        ("messages", "opponent"): {"nl": "champion"},  # an English code: English wins
    }
    monkeypatch.setattr(v, "translations", lambda context, text: made.get((context, text), {}))


def test_a_spelling_of_two_values_is_refused_naming_both(fan_words: None) -> None:
    parser = v.enum_value(Attitude)
    said = refusal(parser, "FAN")
    assert said == (
        '"FAN" can mean champion or supporter; write the one you mean as listed: champion, '
        "supporter, neutral, sceptic, opponent"
    )
    assert said.template == '"%1" can mean %2; write the one you mean as listed: %3'


def test_a_dutch_compound_written_in_two_words_is_read(compiled: Path) -> None:
    assert accounts.PARSERS["kind"]("regio kantoor") == AccountKind.REGIONAL_OFFICE
    assert accounts.PARSERS["kind"]("BranchWarehouse") == AccountKind.BRANCH_WAREHOUSE


def test_without_accents_a_spelling_of_two_values_is_refused_with_them_one_is_read(
    fan_words: None,
) -> None:
    parser = v.enum_value(Attitude)
    assert parser("ủng hộ") == Attitude.SUPPORTER
    assert parser("Ủng Hồ") == Attitude.NEUTRAL
    assert "can mean supporter or neutral" in refusal(parser, "ung ho")


def test_codes_english_words_and_aliases_win_over_a_translation(fan_words: None) -> None:
    parser = v.enum_value(Attitude, {"skeptic": Attitude.SCEPTIC})
    assert parser("champion") == Attitude.CHAMPION
    assert parser("Skeptic") == Attitude.SCEPTIC


def test_an_empty_cell_is_no_value_and_no_catalogue_leaves_english(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(catalogues, "QM_DIR", tmp_path)
    catalogues.catalogue.cache_clear()
    try:
        parser = v.enum_value(AccountKind)
        assert parser("  ") is None
        assert parser("Branch-Warehouse") == AccountKind.BRANCH_WAREHOUSE
        assert "is not an account kind" in refusal(parser, "Filiaalmagazijn")
    finally:
        catalogues.catalogue.cache_clear()


def test_a_file_that_is_not_a_catalogue_is_refused() -> None:
    with pytest.raises(catalogues.CatalogueError):
        catalogues.read_qm(b"not a catalogue at all")


def refusal(parser: v.Parser, raw: str) -> Sentence:
    with pytest.raises(ValueError) as caught:
        parser(raw)
    said = error_sentence(caught.value)
    assert isinstance(said, Sentence)
    return said


def in_language(message: object, language: str) -> str:
    """``message`` as the GUI or the command line shows it in ``language``."""
    table = catalogues.catalogue(language)
    return rendered(message, lambda text: table.get(("messages", text)) or text)
