"""What the window calls a value, in the user's language, is what an import reads as that
value: a file written from the screen (or typed by someone reading it) imports."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWidget

from acct_desktop.gui.dialogs.measure_words import measure_choices
from acct_desktop.gui.dialogs.targets_dialog import method_combo
from acct_desktop.gui.labels import enum_label
from acct_desktop.services import catalogues
from acct_desktop.services.imports import accounts, contacts, policies, rebates, targets
from acct_desktop.services.imports.sales_values import measure

COLUMNS = {
    "account kind": accounts.PARSERS["kind"],
    "channel": accounts.PARSERS["channel"],
    "DMU role": contacts.PARSERS["dmu_role"],
    "attitude": contacts.PARSERS["attitude"],
    "policy scope": policies.PARSERS["scope"],
    "rule kind": policies.RULE_KIND,
    "rebate kind": rebates.PARSERS["kind"],
}


@pytest.fixture
def catalogues_compiled(compiled, monkeypatch: pytest.MonkeyPatch):  # type: ignore[no-untyped-def]
    """The imports read the catalogues the GUI test compiled."""
    monkeypatch.setattr(catalogues, "QM_DIR", compiled)
    catalogues.catalogue.cache_clear()
    parsers = [*COLUMNS.values(), targets.PARSERS["method"]]
    for parser in parsers:
        parser._translated = None
    yield
    catalogues.catalogue.cache_clear()
    for parser in parsers:
        parser._translated = None


@pytest.mark.parametrize("language", ["en", "zh_CN", "vi", "nl"])
def test_every_label_the_window_shows_is_read_by_the_import(
    qapp, speak: Callable[[str], None], catalogues_compiled: None, language: str
) -> None:
    if language != "en":
        speak(language)
    for column, parser in COLUMNS.items():
        for member in parser.enum_cls:
            assert parser(enum_label(member)) == member, (language, column, enum_label(member))
    for member, label in measure_choices():  # the import dialog's words for the measures
        assert measure(label) == member, (language, label)
    holder = QWidget()
    combo = method_combo(holder)  # the targets dialog's breakdown methods
    for index in range(combo.count()):
        text = combo.itemText(index)
        assert targets.PARSERS["method"](text) == combo.itemData(index), (language, text)
