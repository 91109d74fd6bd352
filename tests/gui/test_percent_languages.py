"""A Dutch and a Chinese window write a percentage as the language does, by the one rule the
PDFs use (domain.percentages): Dutch "18,0 %" with a no-break space, Chinese "18.0%" close.
The GUI wrote " %" (a plain space) in every language: "出库低于目标 18.0 %", "最低成本加成率
15 %"."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from acct_desktop.domain.alerts import AlertKind, gap_percent
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.models.quote_lines import LineColumn
from acct_desktop.services.manager_profile import ManagerProfile, save_manager_profile
from tests.gui.test_quote_guard_rails import guarded_deal

NBSP = "\u00a0"
SIGN_BEFORE = re.compile(r"(.)%")  # what stands just before each "%"


@pytest.fixture(params=["nl", "zh_CN"])
def language(request: pytest.FixtureRequest, speak) -> str:  # type: ignore[no-untyped-def]
    """The window is built in this language (the fixture comes before ``window``)."""
    speak(request.param)
    return request.param


@pytest.fixture(autouse=True)
def seller(isolated_user: object) -> None:
    save_manager_profile(ManagerProfile("Zhu Jing", "Acme Lubricants", "+86 512 1234 5678"))


def written(language: str, number: str) -> str:
    """``number`` (written the English way, 18.0) as a percentage of ``language``."""
    return f"{number.replace('.', ',')}{NBSP}%" if language == "nl" else f"{number}%"


def assert_every_percent_sign_as_the_language_writes_it(language: str, text: str) -> None:
    before = SIGN_BEFORE.findall(text)
    assert before, text
    if language == "nl":
        assert set(before) == {NBSP}, text  # a no-break space, never a plain one or none
    else:
        assert all(sign.isdigit() for sign in before), text  # close: 15%


def test_a_below_target_alert_writes_its_gap_as_the_language_does(
    qtbot, language: str, window: MainWindow
) -> None:
    dock = window.docks["alertsDock"]
    dock.raise_()
    qtbot.waitUntil(lambda: dock.shown_row_count() > 0, timeout=15_000)
    below = [a for a in dock.model.alerts() if a.kind is AlertKind.SALES_BELOW_TARGET]
    gap = gap_percent(below[0].arguments["actual"], below[0].arguments["target"])
    sentence = dock.model.index(dock.model.row_of(below[0].key), 0).data().splitlines()[0]
    assert written(language, f"{gap}") in sentence
    assert_every_percent_sign_as_the_language_writes_it(language, sentence)


def test_the_quote_builder_writes_rails_flags_tax_and_markup_as_the_language_does(
    qtbot, language: str, window: MainWindow
) -> None:
    account_id, guarded, _plain = guarded_deal(window)  # min. markup 15, band 12, approval 5
    window.current.set(account_id)
    dock = window.docks["quoteBuilderDock"]
    dock.show()
    dock.commands.new_quote()
    editor = dock.editor
    editor.product.set_choice(guarded.id, guarded.sku)
    editor.quantity.setText("40")
    editor.add_button.click()
    model = editor.model
    # 70 % off the guide price of 129.17 is some 16 % off the list price of 46.02: more than
    # the band (12) and the approval threshold (5), each flagged with its sentence
    assert model.setData(model.index(0, LineColumn.DISCOUNT), "70", Qt.ItemDataRole.EditRole)
    qtbot.waitUntil(lambda: len(editor.view.lines[0].flags) >= 3, timeout=10_000)

    editor.table.setCurrentIndex(model.index(0, LineColumn.DISCOUNT))
    rails = editor.rails.full_text()
    for limit in ("15", "12", "5"):
        assert written(language, limit) in rails
    assert_every_percent_sign_as_the_language_writes_it(language, rails)
    flags = model.index(0, LineColumn.FLAGS).data(Qt.ItemDataRole.ToolTipRole)
    assert written(language, "12") in flags and written(language, "5") in flags  # "> band 12%"
    assert_every_percent_sign_as_the_language_writes_it(language, flags)
    tax = f"{editor.view.totals.tax_rate_percent.normalize():f}"
    assert written(language, tax) in editor.totals.text()
    assert_every_percent_sign_as_the_language_writes_it(language, editor.totals.text())
    assert_every_percent_sign_as_the_language_writes_it(language, editor.margin.text())
