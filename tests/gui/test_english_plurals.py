"""The English window counts in English — "1 planned visit", "3 planned visits" — from the
English catalogue of plural forms, and the catalogues read without Qt
(services/catalogues.py) choose each count's form exactly as Qt does."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from sqlalchemy import select

from acct_desktop.gui.docks.visit_calendar import DAY, WORK_WEEK
from acct_desktop.gui.i18n import LANGUAGES
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.services import catalogues
from acct_desktop.store.models import Account

MONDAY = date(2031, 3, 3)  # long after the demo's visits: only the ones planned here


def plan(window: MainWindow, day: date, hour: int) -> None:
    with window.workspace.db.session() as session:
        account_id = session.scalars(select(Account.id).limit(1)).one()
    start = datetime.combine(day, time(hour)).astimezone()
    window.workspace.visit_records.plan(account_id, start, start + timedelta(hours=1))


def test_the_english_calendar_says_1_planned_visit_and_3_planned_visits(
    qtbot, window: MainWindow, speak: Callable[[str], None]
) -> None:
    speak("en")
    plan(window, MONDAY, 9)
    plan(window, MONDAY + timedelta(days=1), 10)
    plan(window, MONDAY + timedelta(days=2), 11)
    dock = window.docks["visitCalendarDock"]
    dock.show()
    dock.day = MONDAY
    dock.scope.setCurrentIndex(DAY)
    dock.reload()
    assert dock.week_label.text().endswith("  ·  1 planned visit")
    dock.scope.setCurrentIndex(WORK_WEEK)
    dock.reload()
    assert dock.week_label.text().endswith("  ·  3 planned visits")


@pytest.mark.parametrize("language", [language.code for language in LANGUAGES])
def test_the_catalogues_read_without_qt_choose_the_plural_form_qt_chooses(
    compiled: Path, monkeypatch: pytest.MonkeyPatch, language: str
) -> None:
    monkeypatch.setattr(catalogues, "QM_DIR", compiled)
    catalogues.compiled.cache_clear()
    try:
        read = catalogues.compiled(language)
        qt = QTranslator()
        assert qt.load(str(compiled / f"acct_desktop_{language}.qm"))
        plurals = [key for key, forms in read.forms.items() if "%n" in key[1] or len(forms) > 1]
        assert plurals
        for context, source in plurals:
            for count in (*range(0, 30), 100, 101, 111, 1000, 1001):
                said = read.plural(context, source, count) or ""  # "": none, as Qt says it
                assert said == qt.translate(context, source, None, count), (source, count)
    finally:
        catalogues.compiled.cache_clear()


def test_the_selftest_wants_the_english_catalogue_beside_the_others(
    compiled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build made before English had its catalogue ships "1 visit(s)": the self-test (the
    bundle's too) says which file is missing."""
    import shutil

    from acct_desktop import selftest

    for code in ("zh_CN", "vi", "nl"):
        shutil.copy(compiled / f"acct_desktop_{code}.qm", tmp_path)
    monkeypatch.setattr(selftest, "TRANSLATIONS_DIR", tmp_path)
    with pytest.raises(selftest.CheckFailed, match=r"^acct_desktop_en\.qm missing in "):
        selftest._check_translations(None)  # type: ignore[arg-type]
    shutil.copy(compiled / "acct_desktop_en.qm", tmp_path)
    assert selftest._check_translations(None) == "4 translations"  # type: ignore[arg-type]
