"""*Plan visits…* → *Public holidays of*: every country is named as itself — in the GUI's
language where Qt has that name, else in English — never as another country (Qt's
``QLocale(AnyLanguage, Antarctica)`` is the United States' locale: "AQ — United States"),
and only countries with public holidays are offered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from acct_desktop.gui.dialogs.plan_settings_form import country_label
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.services.public_holidays import countries_with_holidays

LANGUAGES = ("en", "vi", "nl", "zh_CN")


def names_of(territory: QLocale.Country, language: str) -> set[str]:
    """The names the territory may go by in ``language``: its English one, and that of a
    locale of that language and territory."""
    wanted = QLocale(language)
    local = QLocale(wanted.language(), wanted.script(), territory)
    names = {QLocale.territoryToString(territory)}
    if local.territory() == territory and local.language() == wanted.language():
        names.add(local.nativeTerritoryName())
    return names


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_country_offered_is_named_as_itself(language) -> None:
    for code in countries_with_holidays():
        label = country_label(code, language)
        territory = QLocale.codeToTerritory(code)
        if territory == QLocale.Country.AnyTerritory:
            assert label == code
            continue
        prefix, name = label.split(" — ", 1)
        assert prefix == code
        assert name in names_of(territory, language), (code, label)


def test_the_names_the_qa_saw_wrong() -> None:
    assert country_label("AQ", "vi") == "AQ — Antarctica"
    assert country_label("TF", "nl") == "TF — French Southern Territories"
    assert country_label("HM", "en") == "HM — Heard & McDonald Islands"
    # in the GUI's language where Qt has it, else in English — not in the country's own
    assert country_label("NL", "vi") == "NL — Netherlands"
    assert country_label("DE", "nl") == "DE — Germany"
    assert country_label("NL", "nl") == "NL — Nederland"
    assert country_label("BE", "nl") == "BE — België"
    assert country_label("VN", "vi") == "VN — Việt Nam"
    assert country_label("CN", "zh_CN") == "CN — 中国"
    assert country_label("TW", "zh_CN") == "TW — Taiwan"  # not in traditional script
    assert country_label("CN", "en") == "CN — China"


def test_the_dialogs_list_in_vietnamese(qtbot, window: MainWindow, speak) -> None:
    speak("vi")
    dialog = window.docks["visitCalendarDock"].open_planner()
    combo = dialog.form.country
    shown = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert not {"BV", "HM", "IO"} & set(shown)
    assert shown["AQ"] == "AQ — Antarctica"
    assert shown["VN"] == "VN — Việt Nam"
    assert shown["NL"] == "NL — Netherlands"
    dialog.reject()
