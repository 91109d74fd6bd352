"""The GUI in every language: each dock and the main dialogs go through the translator with
nothing cut off, the language switches at run time over the same open database, and the
calendar's week starts where the locale starts it."""

from __future__ import annotations

import csv
import uuid
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QObject
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy import select

from acct_desktop.app import open_workspace
from acct_desktop.domain.enums import IssueCategory
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence
from acct_desktop.gui import i18n
from acct_desktop.gui.dialogs.issue_form import IssueFormDialog
from acct_desktop.gui.docks.visit_calendar import MONTH, WEEK, WORK_WEEK, week_start
from acct_desktop.gui.encryption_actions import RecoveryKeyDialog
from acct_desktop.gui.main_window import MainWindow
from acct_desktop.gui.monthly_summary_actions import open_monthly_summary
from acct_desktop.gui.sentences import exception_text, problem_text, user_text
from acct_desktop.gui.widgets.month_view import MonthView
from acct_desktop.services.account_edits import EditRejected
from acct_desktop.services.imports.problems import ImportProblem
from acct_desktop.services.issue_records import (
    RESPONSIBLE_MAX,
    IssueDraft,
    IssueInvalid,
    issue_problems,
)
from acct_desktop.store.models import Account, Visit
from tests.gui.languages_helpers import (
    catalogue,
    cut_off,
    translations_command,
    untranslated,
)

# -- languages installed for a test, removed after it --------------------------------------


@pytest.fixture
def pseudo(qapp: QApplication, restore_language: None) -> None:
    """Pseudo-translation of exactly the messages lupdate extracted: a text without markers
    was never marked for translation, or is looked up under a context lupdate did not see."""
    known = WithQtsOwn(catalogue())
    i18n.install_translator(qapp, i18n.PseudoTranslator(qapp, known=known))
    QLocale.setDefault(QLocale("nl_NL"))


@pytest.fixture
def window(qtbot, settings, demo_db: Path) -> Iterator[MainWindow]:
    """The main window on the demo database; at the end, the window that holds the database
    then (after language switches, the last one built) closes it."""
    newest: list[MainWindow] = []

    def follow(replacement: MainWindow) -> None:
        newest.append(replacement)
        replacement.window_replaced.connect(follow)

    first = MainWindow(settings, open_workspace)
    follow(first)
    first.resize(1366, 768)
    first.show()
    assert first.open_database(str(demo_db))
    yield first
    last = newest[-1]
    last.set_workspace(None)
    last.close()
    last.deleteLater()


@pytest.fixture
def pseudo_window(pseudo: None, window: MainWindow) -> MainWindow:
    """The main window built while only the catalogue's messages are pseudo-translated."""
    return window


class WithQtsOwn(set):
    """The catalogue plus Qt's own messages (OK, Cancel, Save...), which qtbase_<lang>.qm
    translates."""

    QT_CONTEXTS = frozenset({"QPlatformTheme", "QGnomeTheme", "QDialogButtonBox", "QMessageBox"})

    def __contains__(self, item: object) -> bool:
        in_qt = isinstance(item, tuple) and item[0] in self.QT_CONTEXTS
        return in_qt or super().__contains__(item)


def settle(qapp: QApplication, window: QWidget | None = None) -> None:
    for _ in range(4):
        qapp.processEvents()
    if isinstance(window, MainWindow):
        window.background.wait()
        qapp.processEvents()


# -- what a user sees: docks and dialogs ----------------------------------------------------


def _open_dialog(window: MainWindow, open_it: Callable[[], object]) -> QDialog:
    before = set(QApplication.topLevelWidgets()) | set(window.findChildren(QDialog))
    result = open_it()
    if isinstance(result, QDialog):
        return result
    after = set(QApplication.topLevelWidgets()) | set(window.findChildren(QDialog))
    opened = [w for w in after - before if isinstance(w, QDialog) and w.isVisible()]
    assert opened, "no dialog opened"
    return opened[0]


def _visit_report(window: MainWindow) -> QDialog:
    with window.workspace.db.session() as session:
        visit_id = session.scalars(select(Visit.id).order_by(Visit.planned_start)).first()
    return window.docks["visitCalendarDock"].open_report(visit_id)


def _import_dialog(window: MainWindow, folder: Path) -> QDialog:
    path = folder / "klanten.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["code", "name", "kind"])
        writer.writerow(["NL-001", "Garage De Vries", "workshop"])
    return window.transfers.open_import(str(path), "accounts")


DIALOGS: dict[str, Callable[[MainWindow, Path], object]] = {
    "account form": lambda w, _p: w.docks["accountTreeDock"].commands.new_action.trigger(),
    "issue form": lambda w, _p: w.docks["issuesDock"].commands.new_issue(),
    "contact form": lambda w, _p: w.docks["contactMapDock"].commands.add_contact(None),
    "quote settings": lambda w, _p: w.docks["quoteBuilderDock"].commands.open_settings(),
    "targets": lambda w, _p: w.open_targets(),
    "monthly summary": lambda w, _p: open_monthly_summary(w),
    "plan dialog": lambda w, _p: w.docks["visitCalendarDock"].open_planner(),
    "visit report": lambda w, _p: _visit_report(w),
    "import dialog": _import_dialog,
    "restore": lambda w, _p: w.backup_actions.open_restore(),
    "recovery key": lambda w, _p: RecoveryKeyDialog("ABCD-EFGH-IJKL", w),
    "price check": lambda w, _p: w.open_price_check(),
    "policy form": lambda w, _p: w.docks["policyRegisterDock"].commands.new_record(),
}


# What dialogs show of their input: the recovery key, the imported file's header and rows.
DIALOG_DATA = {
    "recovery key": {"ABCD-EFGH-IJKL"},
    "import dialog": {"code", "name", "kind", "NL-001", "Garage De Vries", "workshop"},
}


def _data_of(window: MainWindow) -> set[str]:
    """Texts that are the database's own: the current account's name, code and address,
    and the file name in the window title."""
    locale = QLocale()
    data = {Path(window.workspace.label).name, "acct-desktop"}
    for month in range(1, 13):  # the locale's own month and day names are Dutch already
        for form in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat):
            data |= {locale.monthName(month, form), locale.standaloneMonthName(month, form)}
            data |= {locale.dayName(month % 7 + 1, form)}
    profile = window.workspace.accounts.profile(window.current.id)
    if profile is not None:
        data |= {profile.name, profile.code, profile.address}
    with window.workspace.db.session() as session:  # breadcrumbs and drill-down paths
        data |= set(session.scalars(select(Account.name)))
    return data


def _docks_and_window(window: MainWindow, qapp: QApplication) -> Iterator[tuple[str, QWidget]]:
    settle(qapp, window)
    yield "main window", window
    for name, dock in window.docks.items():
        dock.raise_()
        settle(qapp, window)
        yield name, dock
    for key in window.card.pages:
        window.card.open_tab(key)
        settle(qapp, window)
        yield f"profile {key}", window.card


def test_every_dock_shows_only_translated_text_in_pseudo(pseudo_window, qapp) -> None:
    window = pseudo_window
    data = _data_of(window)
    missed = {
        name: texts for name, widget in _docks_and_window(window, qapp)
        if (texts := untranslated(widget, data))
    }  # fmt: skip
    assert not missed, _listing(missed)


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_every_dialog_shows_only_translated_text_in_pseudo(
    name, pseudo_window, qapp, tmp_path
) -> None:
    window = pseudo_window
    settle(qapp, window)
    dialog = _open_dialog(window, lambda: DIALOGS[name](window, tmp_path))
    dialog.show()
    settle(qapp, window)
    missed = untranslated(dialog, _data_of(window) | DIALOG_DATA.get(name, set()))
    dialog.reject()
    assert not missed, _listing({name: missed})


@pytest.mark.parametrize("language", ["pseudo", "zh_CN"])
def test_no_label_or_button_is_cut_off(
    language, window, qapp, qtbot, compiled, monkeypatch, tmp_path, restore_language
) -> None:
    monkeypatch.setattr(i18n, "QM_DIR", compiled)
    window = window.choose_language(language)
    cut = {name: texts for name, w in _docks_and_window(window, qapp) if (texts := cut_off(w))}
    for name in sorted(DIALOGS):
        dialog = _open_dialog(window, lambda n=name: DIALOGS[n](window, tmp_path))
        dialog.show()
        settle(qapp, window)
        if texts := cut_off(dialog):
            cut[name] = texts
        dialog.reject()
        settle(qapp, window)
    assert not cut, _listing(cut)


def _listing(found: dict[str, list[str]]) -> str:
    return "\n".join(f"{name}:\n  " + "\n  ".join(texts) for name, texts in found.items())


# -- base-class methods: lupdate and PySide6 agree on the context ---------------------------


class _Base(QObject):
    def label(self) -> str:
        return self.tr("Defined in the base class")


class _Sub(_Base):
    pass


def test_tr_in_a_base_class_method_finds_the_base_class_translation(qapp, restore_language):
    """lupdate files ``self.tr`` under the class that defines the method; PySide6 tries the
    instance's class first, then each base class, so the base-class entry is found."""
    known = {("_Base", "Defined in the base class")}
    i18n.install_translator(qapp, i18n.PseudoTranslator(qapp, known=known))
    assert _Sub().label().startswith(i18n.PSEUDO_OPEN)


# -- switching at run time ---------------------------------------------------------------------


def test_switching_to_chinese_rebuilds_the_window_over_the_same_database(
    window, qapp, qtbot, compiled, monkeypatch, restore_language
) -> None:
    monkeypatch.setattr(i18n, "QM_DIR", compiled)
    if not _translated(compiled, "MainWindow", "&File"):
        pytest.skip("the zh_CN catalogue has no translation of the File menu yet")
    workspace, account = window.workspace, window.current.id
    window.docks["issuesDock"].raise_()
    window.card.open_tab("contacts")
    replaced: list[MainWindow] = []
    window.window_replaced.connect(replaced.append)

    chinese = window.choose_language("zh_CN")
    settle(qapp, chinese)
    titles = [action.text() for action in chinese.menuBar().actions()]
    assert replaced == [chinese] and chinese is not window
    assert titles[0] != "&File" and any("\u4e00" <= ch <= "\u9fff" for ch in "".join(titles))
    assert chinese.workspace is workspace and workspace.accounts.profile(account) is not None
    assert chinese.current.id == account
    assert chinese.card.current_key() == "contacts"
    assert chinese.settings.language() == "zh_CN"
    assert QLocale().name() == "zh_CN"
    checked = [a for a in chinese.language_menu.actions() if a.isChecked()]
    assert [a.data() for a in checked] == ["zh_CN"]

    english = chinese.choose_language("en")
    assert english.menuBar().actions()[0].text() == "&File"
    assert english.workspace is workspace and english.current.id == account


def _translated(folder: Path, context: str, source: str) -> bool:
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    return translator.load(str(folder / "acct_desktop_zh_CN.qm")) and bool(
        translator.translate(context, source)
    )


def test_the_language_setting_follows_the_system_until_chosen(settings, qapp, restore_language):
    assert settings.language() == ""
    assert i18n.resolve("") == i18n.system_language()
    settings.set_language("vi")
    assert settings.language() == "vi"
    assert i18n.apply_language(qapp, settings.language()) == "vi"
    assert QLocale().language() == QLocale.Language.Vietnamese


@pytest.mark.parametrize(
    ("locale", "language"),
    [("zh_CN", "zh_CN"), ("zh_TW", "en"), ("vi_VN", "vi"), ("nl_BE", "nl"), ("de_DE", "en")],
)
def test_a_system_locale_maps_to_one_of_the_four_languages(locale, language) -> None:
    assert i18n.language_of(QLocale(locale)) == language


# -- pseudo-text keeps what the code relies on ---------------------------------------------


def test_pseudo_text_is_longer_and_keeps_placeholders_accelerators_tags_and_breaks() -> None:
    text = i18n.pseudo_text("Print &visit sheets for %1…\n<b>{number}</b> (*.csv)")
    assert text.startswith("⟦") and text.endswith("⟧")
    assert len(text) >= 1.4 * len("Print &visit sheets for %1…\n<b>{number}</b> (*.csv)")
    for kept in ("&v", "%1", "\n", "<b>", "</b>", "{number}", "(*.csv)"):
        assert kept in text
    assert "Print" not in text


def test_pseudo_plural_keeps_the_count(qapp, restore_language) -> None:
    i18n.install_translator(qapp, i18n.PseudoTranslator(qapp))
    text = QCoreApplication.translate("TerritoryMap", "%n account(s) here", None, 3)
    assert "3" in text and text.startswith("⟦")


# -- week start -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("locale", "first"), [("zh_CN", 0), ("vi_VN", 0), ("nl_NL", 0), ("en_US", 6)]
)
def test_week_and_month_start_on_the_locales_first_day(
    locale, first, window, qapp, restore_language
) -> None:
    QLocale.setDefault(QLocale(locale))
    calendar = window.docks["visitCalendarDock"]
    calendar.day = date(2026, 11, 4)  # a Wednesday
    calendar.scope.setCurrentIndex(WEEK)
    shown, days = calendar._period()
    assert (shown.weekday(), days) == (first, 7) and shown <= calendar.day
    calendar.scope.setCurrentIndex(WORK_WEEK)
    assert calendar._period()[0] == date(2026, 11, 2)  # Monday to Friday everywhere
    calendar.scope.setCurrentIndex(MONTH)
    month_view = calendar.findChild(MonthView)
    assert month_view.first_shown().weekday() == first
    assert calendar._period()[0] == month_view.first_shown()
    assert week_start(date(2026, 11, 1)).weekday() == first  # a Sunday


def test_every_language_is_complete_and_matches_the_code() -> None:
    """`python installer/translations.py check`: 100 % translated, placeholders kept, and
    the .ts files extracted from the code as it is now."""
    command = translations_command()
    problems = command.unreadable() + [
        problem
        for language in command.LANGUAGES
        for problem in (
            command.stale(command.ts_path(language), language)
            + command.check_file(command.ts_path(language))
        )
    ]
    assert problems == [], "\n".join(problems[:50])


# -- the services' sentences ----------------------------------------------------------------


def _issue_form(submit: Callable[[IssueDraft], object]) -> IssueFormDialog:
    today = date(2026, 11, 2)
    draft = IssueDraft(
        account_id=uuid.uuid4(),
        category=IssueCategory.ACCOUNTING,
        description="",
        responsible="Nguyễn Văn An",
        deadline=date(2026, 11, 16),
        raised_on=today,
    )
    return IssueFormDialog(draft, submit, "上海华联", ["Nguyễn Văn An"], today)  # type: ignore[arg-type]


def test_saving_an_issue_without_a_description_says_so_in_chinese(qtbot, chinese) -> None:
    def submit(draft: IssueDraft) -> object:
        raise IssueInvalid(issue_problems(draft, date(2026, 11, 2)))

    form = _issue_form(submit)
    qtbot.addWidget(form)

    form.save()

    assert form.errors["description"].text() == "请用客户的原话描述问题。"
    assert form.result() != QDialog.DialogCode.Accepted


def test_a_refusal_with_a_number_in_it_is_translated_with_the_number_in_place(
    qtbot, chinese
) -> None:
    def submit(draft: IssueDraft) -> object:
        too_long = QT_TRANSLATE_NOOP("messages", "A name has at most %1 characters.")
        raise EditRejected(Sentence.of(too_long, RESPONSIBLE_MAX), "responsible")

    form = _issue_form(submit)
    qtbot.addWidget(form)

    form.save()

    assert form.errors["responsible"].text() == f"名称最多 {RESPONSIBLE_MAX} 个字符。"


def test_a_sentence_nobody_marked_stays_english(qapp, chinese) -> None:
    assert user_text("Nobody marked this sentence.") == "Nobody marked this sentence."
    assert exception_text(EditRejected("This issue no longer exists.")) == "此问题已不存在。"


def test_a_value_that_is_itself_a_sentence_is_translated_inside_its_sentence(qapp, chinese) -> None:
    inner = Sentence.of(QT_TRANSLATE_NOOP("messages", "This issue no longer exists."))
    outer = Sentence.of(QT_TRANSLATE_NOOP("messages", "A name has at most %1 characters."), inner)

    # no space after a value that ends in a full-width mark (。）), as Chinese writes it
    assert user_text(outer) == "名称最多 此问题已不存在。个字符。"


def test_a_number_in_a_refusal_is_written_with_the_languages_marks(qapp, restore_language):
    from acct_desktop.domain.sentences import figure

    too_long = Sentence.of(
        QT_TRANSLATE_NOOP("messages", "A name has at most %1 characters."), figure(4000)
    )
    i18n.apply_language(qapp, "vi")
    vietnamese = user_text(too_long)
    i18n.apply_language(qapp, "nl")
    dutch = user_text(too_long)
    i18n.apply_language(qapp, "zh_CN")
    chinese = user_text(too_long)

    assert "4.000" in vietnamese and "4,000" not in vietnamese
    assert "4.000" in dutch
    assert "4,000" in chinese
    assert str(too_long) == "A name has at most 4,000 characters."


def test_account_kinds_inside_a_refusal_are_words_of_the_language(qapp, chinese) -> None:
    from acct_desktop.domain.enums import AccountKind
    from acct_desktop.services.imports.account_checks import _not_under

    refusal = _not_under(AccountKind.STORE, "HQ1", AccountKind.STORE)

    assert str(refusal) == (
        "a store cannot sit under HQ1, a store; its parent must be a headquarters, "
        "regional office, distribution centre or branch warehouse"
    )
    chinese_text = user_text(refusal)
    assert "门店" in chinese_text and "总部、区域办事处、配送中心或分仓" in chinese_text
    assert "store" not in chinese_text and "warehouse" not in chinese_text


def test_a_day_inside_a_planners_reason_is_written_the_languages_way(qapp, chinese) -> None:
    from acct_desktop.domain.visit_plan_model import short_date

    due = Sentence.of(
        QT_TRANSLATE_NOOP("messages", "issue %1 due %2"),
        "IS-2026-00041",
        short_date(date(2026, 11, 27)),
    )

    assert due == "issue IS-2026-00041 due Fri 27 Nov"
    assert "周五 11月27日" in user_text(due)


def test_a_required_fields_name_is_a_word_of_the_language(qapp, chinese) -> None:
    from acct_desktop.services.imports.common import field_word

    required = Sentence.of(
        QT_TRANSLATE_NOOP("messages", "%1 is required"), field_word("account_code")
    )
    unknown = Sentence.of(QT_TRANSLATE_NOOP("messages", "%1 is required"), field_word("xyz_field"))

    assert required == "account code is required" and unknown == "xyz field is required"
    assert "客户编码" in user_text(required) and "account" not in user_text(required)


def test_a_bad_accounts_file_is_refused_in_chinese_by_line_and_column(
    qtbot, chinese, window: MainWindow, tmp_path: Path
) -> None:
    path = tmp_path / "客户.csv"
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(["Klantcode", "Naam", "Soort", "Land"])
        writer.writerow(["VN-IMP-1", "Gara Ô tô Phúc Lộc", "workshop", "VN"])
        writer.writerow(["VN-IMP-2", "Gara Hồng Hà", "workshop", "Xứ Sở"])
    dialog = window.transfers.open_import(str(path), "accounts")
    dialog.combos["code"].setCurrentIndex(dialog.combos["code"].findData("Klantcode"))
    dialog.combos["kind"].setCurrentIndex(dialog.combos["kind"].findData("Soort"))

    dialog.start_import()
    qtbot.waitUntil(lambda: not dialog.problems.isHidden(), timeout=20_000)

    lines = dialog.problems.toPlainText().splitlines()
    assert lines[0] == "客户.csv 未导入：发现 1 个问题。未写入任何内容；请更正文件后重新导入。"
    assert lines[2] == "第 3 行，“Land”列：“Xứ Sở”不是两位字母的国家代码，例如 CN、VN 或 NL"


def test_a_problem_down_many_rows_is_one_line_in_any_language(qapp, speak) -> None:
    from acct_desktop.services.imports.problems import RepeatedProblem

    unknown = Sentence.of(
        QT_TRANSLATE_NOOP("messages", "there is no account %1 in the database"), "NL-X1"
    )
    problem = RepeatedProblem(2, "Klantcode", unknown, (6, 10), 749)
    speak("zh_CN")
    assert problem_text(problem) == (
        "第 2、6、10 行等（另有 747 行），“Klantcode”列：数据库中没有客户 NL-X1"
    )
    speak("nl")
    assert problem_text(problem) == (
        'regels 2, 6, 10 en nog 747, kolom "Klantcode": er is geen klant NL-X1 in de database'
    )


def test_a_whole_row_problem_has_no_column_in_any_language(qapp, chinese) -> None:
    missing = Sentence.of(QT_TRANSLATE_NOOP("messages", "%1 is required"), "code")

    assert problem_text(ImportProblem(7, None, missing)) == "第 7 行：code 为必填项"
    assert (
        problem_text(ImportProblem(7, None, "Nobody marked this."))
        == "第 7 行：Nobody marked this."
    )
