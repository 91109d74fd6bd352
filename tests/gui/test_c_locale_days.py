"""Under a C/POSIX locale (LANG=C.UTF-8) Qt's short date pattern is "d MM yyyy": the
English GUI wrote days as "3 10 2026" and "25 11 2026" (the import result, the tree's next
visit, the issues list, the deadline fields; QA, session 22). Such a pattern gives way to
an ISO day, 2026-10-03."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QLocale

from acct_desktop.gui.labels import day_pattern, format_day, format_value
from acct_desktop.gui.widgets.date_field import DateField
from acct_desktop.gui.widgets.week_view import day_label


@pytest.mark.parametrize("locale", [QLocale.c(), QLocale("C"), QLocale("POSIX")])
def test_the_c_locale_writes_a_readable_day(locale: QLocale) -> None:
    assert day_pattern(locale) == "yyyy-MM-dd"
    assert format_day(date(2026, 10, 3), locale) == "2026-10-03"


@pytest.mark.parametrize(
    ("name", "written"),
    [("en_GB", "03/10/2026"), ("en_US", "10/3/2026"), ("nl_NL", "03-10-2026"),
     ("zh_CN", "2026/10/3"), ("vi_VN", "03/10/2026")],
)  # fmt: skip
def test_a_real_locale_keeps_its_own_pattern(name: str, written: str) -> None:
    assert format_day(date(2026, 10, 3), QLocale(name)) == written


def test_under_the_c_locale_cells_fields_and_the_week_say_an_iso_day(
    qtbot, restore_language
) -> None:
    QLocale.setDefault(QLocale.c())
    assert format_value(date(2026, 11, 25)) == "2026-11-25"
    field = DateField()
    qtbot.addWidget(field)
    field.setDate(QDate(2026, 11, 25))
    assert field.text() == "2026-11-25"
    assert day_label(date(2026, 11, 25)) == "Wed 11-25"
