"""English says "1 visit" and "3 visits", not "1 visit(s)": English has a catalogue of its
plural forms alone (``lupdate -pluralonly``), compiled and read like the others — here
without Qt, by ``services/catalogues.py``."""

from __future__ import annotations

import importlib.util
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

from acct_desktop.services import catalogues

ROOT = Path(__file__).resolve().parents[2]
ENGLISH_TS = ROOT / "resources" / "translations" / "acct_desktop_en.ts"


def _translations_command():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "translations_command", ROOT / "installer" / "translations.py"
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """acct_desktop_en.ts compiled (as `translations.py build` does), read by catalogues."""
    out = tmp_path_factory.mktemp("qm")
    _translations_command().build(languages=("en",), out=out)
    before = catalogues.QM_DIR
    catalogues.QM_DIR = out
    catalogues.compiled.cache_clear()
    yield out
    catalogues.QM_DIR = before
    catalogues.compiled.cache_clear()


def english_plurals() -> list[tuple[str, str]]:
    """(context, source) of every message of the English catalogue."""
    root = ET.parse(ENGLISH_TS).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def test_one_visit_two_visits(english: Path) -> None:
    assert catalogues.plural("en", "PlanDialog", "%n visit(s)", 1) == "1 visit"
    assert catalogues.plural("en", "PlanDialog", "%n visit(s)", 2) == "2 visits"
    assert catalogues.plural("en", "PlanDialog", "%n visit(s)", 0) == "0 visits"
    calendar = ("VisitCalendarDock", "%n planned visit(s)")
    assert catalogues.plural("en", *calendar, 1) == "1 planned visit"
    assert catalogues.plural("en", *calendar, 21) == "21 planned visits"


def test_the_english_catalogue_holds_plural_messages_only_each_with_two_forms(
    english: Path,
) -> None:
    root = ET.parse(ENGLISH_TS).getroot()
    assert root.get("language") == "en"
    assert all(message.get("numerus") == "yes" for message in root.iter("message"))
    compiled = catalogues.compiled("en")
    assert set(compiled.forms) == set(english_plurals()) and compiled.forms
    assert all(len(forms) == 2 for forms in compiled.forms.values())


@pytest.mark.parametrize("count", [1, 2, 5])
def test_no_english_plural_says_s_in_brackets(english: Path, count: int) -> None:
    said = [
        catalogues.plural("en", context, source, count) for context, source in english_plurals()
    ]
    assert [text for text in said if "(s)" in text] == []
    assert all(str(count) in text or "chosen account." in text for text in said)


def test_a_message_the_catalogue_lacks_is_its_source_with_the_count(english: Path) -> None:
    assert catalogues.plural("en", "Nowhere", "%n thing(s)", 3) == "3 thing(s)"
    assert catalogues.plural("xx", "PlanDialog", "%n visit(s)", 1) == "1 visit(s)"  # no file


@pytest.mark.parametrize(
    ("rules", "expected"),
    [
        # English and Dutch: one (n == 1), other
        (bytes([0x01, 1]), {0: 1, 1: 0, 2: 1, 11: 1, 101: 1}),
        # Czech: one (1), few (2-4), other
        (bytes([0x01, 1, 0xFF, 0x04, 2, 4]), {1: 0, 2: 1, 4: 1, 5: 2, 0: 2}),
        # Russian-like: one (n % 10 == 1 and n % 100 != 11), few, many
        (
            bytes([0x11, 1, 0xFD, 0x29, 11, 0xFF, 0x14, 2, 4, 0xFD, 0x2C, 12, 14]),
            {1: 0, 21: 0, 11: 2, 2: 1, 22: 1, 12: 2, 5: 2, 111: 2},
        ),
        (b"", {0: 0, 1: 0, 7: 0}),  # Chinese, Vietnamese: one form
        (bytes([0x07, 1]), {1: -1}),  # an operator this reader does not know
    ],
)
def test_the_numerus_rules_choose_the_form(rules: bytes, expected: dict[int, int]) -> None:
    assert {n: catalogues.plural_form(rules, n) for n in expected} == expected
