"""Sentences for the user: a service writes English, and the GUI can still translate it."""

from __future__ import annotations

import errno
import pickle
import uuid
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from acct_desktop.domain.enums import IssueCategory, IssueStatus, ResponsibleSide
from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, file_problem
from acct_desktop.services.issue_records import DESCRIPTION_MAX, IssueDraft, issue_problems


def test_marking_a_sentence_leaves_it_as_it_is() -> None:
    assert QT_TRANSLATE_NOOP("messages", "Enter a date.") == "Enter a date."


def test_a_sentence_is_its_english_text_and_keeps_its_template_and_values() -> None:
    sentence = Sentence.of(
        QT_TRANSLATE_NOOP("messages", "Code %1 is already used by another account."), "C-00042"
    )

    assert sentence == "Code C-00042 is already used by another account."
    assert isinstance(sentence, str)
    assert sentence.template == "Code %1 is already used by another account."
    assert sentence.args == ("C-00042",)


def test_values_go_in_by_number_whatever_their_order() -> None:
    sentence = Sentence.of("A %2 cannot sit under %1.", "the top level", "branch")

    assert sentence == "A branch cannot sit under the top level."
    assert sentence.args == ("the top level", "branch")


def test_a_value_that_looks_like_a_placeholder_is_not_filled_in_again() -> None:
    assert Sentence.of("That would make a reporting loop: %1.", "%2 → %1") == (
        "That would make a reporting loop: %2 → %1."
    )


def test_a_refusal_holding_a_sentence_still_reads_as_english() -> None:
    error = ValueError(Sentence.of("At most %1 characters.", "4,000"))

    assert str(error) == "At most 4,000 characters."
    assert error.args[0].template == "At most %1 characters."


def test_a_sentence_survives_pickling_with_its_template() -> None:
    sentence = Sentence.of("At most %1 characters.", 200)

    copy = pickle.loads(pickle.dumps(sentence))

    assert copy == sentence
    assert (copy.template, copy.args) == ("At most %1 characters.", ("200",))


@given(st.text(alphabet=st.characters(blacklist_characters="%"), max_size=30))
def test_any_value_in_any_script_comes_back_unchanged(value: str) -> None:
    sentence = Sentence.of("Code %1 is already used by another account.", value)

    assert sentence == f"Code {value} is already used by another account."
    assert sentence.args == (value,)


def test_a_too_long_issue_description_is_a_sentence_with_the_limit_in_it() -> None:
    draft = IssueDraft(
        account_id=uuid.uuid4(),
        category=IssueCategory.ACCOUNTING,
        description="x" * (DESCRIPTION_MAX + 1),
        responsible="Lê Thị Hoa",
        responsible_side=ResponsibleSide.OURS,
        raised_on=date(2026, 11, 2),
        deadline=date(2026, 11, 16),
        status=IssueStatus.OPEN,
    )

    problem = issue_problems(draft, date(2026, 11, 2))["description"]

    assert problem == f"A description has at most {DESCRIPTION_MAX} characters."
    assert isinstance(problem, Sentence)
    assert problem.template == "A description has at most %1 characters."


def test_a_value_that_is_a_word_for_the_user_stays_a_sentence_to_translate() -> None:
    kind = Sentence.of(QT_TRANSLATE_NOOP("messages", "branch warehouse"))

    sentence = Sentence.of("A %1 cannot sit under a store.", kind)

    assert sentence == "A branch warehouse cannot sit under a store."
    assert isinstance(sentence.args[0], Sentence)
    assert sentence.args[0].template == "branch warehouse"
    assert pickle.loads(pickle.dumps(sentence)).args[0].template == "branch warehouse"


def test_a_number_in_a_sentence_reads_the_english_way_and_keeps_its_value() -> None:
    from decimal import Decimal

    from acct_desktop.domain.sentences import Figure, figure

    sentence = Sentence.of(QT_TRANSLATE_NOOP("messages", "At most %1 characters."), figure(4000))
    amount = figure(Decimal("1234567.5"), 2)

    assert sentence == "At most 4,000 characters."
    assert isinstance(sentence.args[0], Figure) and sentence.args[0].value == 4000
    assert amount == "1,234,567.50"
    assert amount.marked((".", ",")) == "1.234.567,50"  # Vietnamese and Dutch marks
    assert amount.marked((",", ".")) == "1,234,567.50"  # Chinese and English
    assert amount.marked(("\u00a0", ",")) == "1\u00a0234\u00a0567,50"
    assert pickle.loads(pickle.dumps(sentence)).args[0].value == 4000


@given(st.integers(min_value=-(10**15), max_value=10**15))
def test_any_whole_number_reads_back_from_its_marks_in_every_language(value: int) -> None:
    from acct_desktop.domain.sentences import figure

    for group, point in ((",", "."), (".", ",")):
        assert int(figure(value).marked((group, point)).replace(group, "")) == value


def test_sentences_in_a_row_are_never_reordered_by_a_translation() -> None:
    from acct_desktop.domain.sentences import rendered

    catalogue = {"%1 %2 %3": "%3%2%1", "Saved.": "已保存。", "%1, %2": "%1、%2"}

    def translate(text: str) -> str:
        return catalogue.get(text, text)

    row = Sentence("%1 %2 %3", Sentence.of("Saved."), Sentence.of("Saved."), "x")
    listing = Sentence.of("%1, %2", "a", "b")

    # the join has no words to translate, and no space after a full-width stop
    assert rendered(row, translate) == "已保存。已保存。x"
    assert rendered(listing, translate) == "a、b"  # a comma is a word of its own


def test_a_date_in_a_sentence_reads_iso_and_is_written_the_users_way() -> None:
    from datetime import datetime

    from acct_desktop.domain.sentences import Day, rendered

    sentence = Sentence.of("Covering %1 to %2 (%3).", date(2026, 11, 2), date(2026, 11, 21), "x")
    assert sentence == "Covering 2026-11-02 to 2026-11-21 (x)."  # logs and the command line
    assert isinstance(sentence.args[0], Day)
    dutch = rendered(sentence, lambda t: t, None, lambda d: f"{d.day}-{d.month}-{d.year}")
    assert dutch == "Covering 2-11-2026 to 21-11-2026 (x)."
    assert rendered(sentence, lambda t: t) == str(sentence)  # no day format: ISO
    copy = pickle.loads(pickle.dumps(sentence))
    assert isinstance(copy.args[1], Day) and copy.args[1].value == date(2026, 11, 21)
    moment = Sentence.of("At %1.", datetime(2026, 11, 2, 9, 30))
    assert not isinstance(moment.args[0], Day)  # a moment is not a day
    inner = Sentence.of("Because %1.", Sentence.of("due %1", date(2026, 12, 1)))
    assert rendered(inner, lambda t: t, None, lambda d: "1/12") == "Because due 1/12."


# -- lists inside sentences -------------------------------------------------------------------


@given(st.lists(st.text(alphabet="abc号Đ ", min_size=1, max_size=6), max_size=8))
def test_a_list_reads_as_commas_in_english_and_with_the_languages_own_mark(items) -> None:
    from acct_desktop.domain.sentences import listed, rendered

    said = listed(items)
    assert said == ", ".join(items)
    chinese = {"%1, %2": "%1、%2"}
    assert rendered(said, lambda t: chinese.get(t, t)) == "、".join(items)


def test_a_long_list_names_the_first_five_and_counts_the_rest_in_a_sentence() -> None:
    from acct_desktop.domain.sentences import listed_some, rendered

    codes = [f"T{n}" for n in range(1, 8)]
    said = listed_some(codes)
    assert said == "T1, T2, T3, T4, T5 and 2 more"
    dutch = {"%1 and %2 more": "%1 en nog %2"}
    assert rendered(said, lambda t: dutch.get(t, t)) == "T1, T2, T3, T4, T5 en nog 2"
    assert listed_some(codes[:5]) == "T1, T2, T3, T4, T5"
    assert listed_some(codes, shown=7) == ", ".join(codes)


def test_common_file_problems_are_our_own_words_to_translate() -> None:
    """ "无法读取 nonexistent.pdf：No such file or directory。": the system's English was put
    into the Chinese sentence."""
    said = {
        FileNotFoundError(errno.ENOENT, "No such file or directory"): "no such file or folder",
        PermissionError(errno.EACCES, "Permission denied"): "access is denied",
        IsADirectoryError(errno.EISDIR, "Is a directory"): "it is a folder, not a file",
        NotADirectoryError(errno.ENOTDIR, "Not a directory"): "a part of the path is not a folder",
        OSError(errno.ENOSPC, "No space left on device"): "the disk is full",
        OSError(errno.EROFS, "Read-only file system"): "the disk is read-only",
    }
    for exc, words in said.items():
        problem = file_problem(exc)
        assert problem == words and isinstance(problem, Sentence)
        assert problem.template == words  # marked, so it is looked up in every language


def test_an_uncommon_file_problem_is_said_in_the_systems_words() -> None:
    assert file_problem(OSError(errno.EIO, "Input/output error")) == "Input/output error"
    assert not isinstance(file_problem(OSError(errno.EIO, "Input/output error")), Sentence)
    assert file_problem(OSError("no errno at all")) == "no errno at all"


# -- sentences in a row, moments and brackets in the user's language ------------------------

ZH = {  # what the Chinese catalogue says for these templates
    "Sealed and intact: sealed by %1 on %2.": "已签章且完整无改动：由 %1 于 %2 签章。",
    "It is the copy of %1 issued from this database, but it is no longer current: it was "
    "replaced by %2, issued on %3.": "这正是本数据库出具的 %1，但它已不是现行版本：已被 %3 "
    "出具的 %2 替代。",
    "%1 (%2)": "%1（%2）",
}


def zh_day(day: date) -> str:
    return f"{day.year}/{day.month}/{day.day}"  # as QLocale("zh_CN") writes a short date


def test_a_verdict_in_chinese_writes_one_date_style_full_width_brackets_and_no_stray_space() -> (
    None
):
    from datetime import datetime

    from acct_desktop.domain.sentences import Moment, bracketed, rendered, sentences

    verdict = sentences(
        Sentence.of(
            QT_TRANSLATE_NOOP("messages", "Sealed and intact: sealed by %1 on %2."),
            bracketed("王经理", "安泰润滑油（广州）有限公司"),
            Moment(datetime(2026, 11, 25, 8, 17)),
        ),
        Sentence.of(
            QT_TRANSLATE_NOOP(
                "messages",
                "It is the copy of %1 issued from this database, but it is no longer "
                "current: it was replaced by %2, issued on %3.",
            ),
            "CL-2026-0001 R1",
            "CL-2026-0001 R2",
            date(2026, 11, 25),
        ),
    )
    assert str(verdict) == (
        "Sealed and intact: sealed by 王经理 (安泰润滑油（广州）有限公司) on 2026-11-25 08:17. "
        "It is the copy of CL-2026-0001 R1 issued from this database, but it is no longer "
        "current: it was replaced by CL-2026-0001 R2, issued on 2026-11-25."
    )
    assert rendered(verdict, lambda text: ZH.get(text, text), None, zh_day) == (
        "已签章且完整无改动：由 王经理（安泰润滑油（广州）有限公司）于 2026/11/25 08:17 签章。"
        "这正是本数据库出具的 CL-2026-0001 R1，但它已不是现行版本：已被 2026/11/25 出具的 "
        "CL-2026-0001 R2 替代。"
    )


def test_sentences_in_a_row_keep_a_space_after_a_latin_stop_and_none_after_a_full_width_one() -> (
    None
):
    from acct_desktop.domain.sentences import in_a_row

    assert in_a_row("Saved.", "It is sealed.") == "Saved. It is sealed."
    assert in_a_row("已签章。", "已保存到 D:\\清单.pdf。") == "已签章。已保存到 D:\\清单.pdf。"
    assert in_a_row("（验证码 Y6BW）", "", "好") == "（验证码 Y6BW）好"


def test_a_name_that_already_says_its_code_does_not_repeat_it() -> None:
    """The monthly summary was headed "Regio Zuid (Zuid)"."""
    from acct_desktop.domain.sentences import says_code

    assert says_code("Regio Zuid", "Zuid") and says_code("华南区", "华南")
    assert says_code("Regio ZUID", "zuid")
    assert not says_code("Nederland", "NL") and not says_code("Việt Nam", "VN")
    assert not says_code(None, "NL") and not says_code("", "NL")


def test_a_chinese_sentence_puts_no_space_after_a_value_that_ends_in_a_full_width_bracket() -> None:
    """``verify`` without --db said 由 王丽华（华润润滑油有限公司） 于 …, with --db (two
    sentences in a row) 由 王丽华（华润润滑油有限公司）于 … — one verdict, one spacing."""
    from datetime import datetime

    from acct_desktop.domain.sentences import Moment, bracketed, rendered

    verdict = Sentence.of(
        QT_TRANSLATE_NOOP("messages", "Sealed and intact: sealed by %1 on %2."),
        bracketed("王丽华", "华润润滑油有限公司"),
        Moment(datetime(2026, 11, 25, 21, 3)),
    )
    assert rendered(verdict, lambda text: ZH.get(text, text), None, zh_day) == (
        "已签章且完整无改动：由 王丽华（华润润滑油有限公司）于 2026/11/25 21:03 签章。"
    )
    plain = Sentence.of(
        QT_TRANSLATE_NOOP("messages", "Sealed and intact: sealed by %1 on %2."),
        "王丽华",
        Moment(datetime(2026, 11, 25, 21, 3)),
    )
    assert rendered(plain, lambda text: ZH.get(text, text), None, zh_day) == (
        "已签章且完整无改动：由 王丽华 于 2026/11/25 21:03 签章。"  # a space around a plain name
    )
    # English, Dutch, Vietnamese keep their space after a Chinese name's bracket
    assert rendered(verdict, lambda text: text, None, zh_day) == (
        "Sealed and intact: sealed by 王丽华 (华润润滑油有限公司) on 2026/11/25 21:03."
    )
    nl = {"Sealed and intact: sealed by %1 on %2.": "Verzegeld en intact: verzegeld door %1 op %2."}
    odd = Sentence.of(
        QT_TRANSLATE_NOOP("messages", "Sealed and intact: sealed by %1 on %2."),
        "王丽华（华润）",
        Moment(datetime(2026, 11, 25, 21, 3)),
    )
    assert rendered(odd, lambda text: nl.get(text, text), None, zh_day) == (
        "Verzegeld en intact: verzegeld door 王丽华（华润） op 2026/11/25 21:03."
    )
