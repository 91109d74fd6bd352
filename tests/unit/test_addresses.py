"""One address helper: large to small in Chinese, the usual order in Vietnamese, Dutch and
English, a district the street names not written twice."""

from __future__ import annotations

from acct_desktop.domain.addresses import address_line, address_lines, with_detail


def test_chinese_goes_from_large_to_small_without_commas() -> None:
    assert address_line("zh_CN", "白云区天河路263号", "白云区", "510405", "广州") == (
        "广州白云区天河路263号 510405"
    )
    assert address_line("zh_CN", "天河路263号", "白云区", "510405", "广州") == (
        "广州白云区天河路263号 510405"
    )
    assert address_line("zh_CN", "广州市白云区天河路263号", None, None, "广州") == (
        "广州市白云区天河路263号"
    )


def test_vietnamese_dutch_and_english_keep_their_usual_order() -> None:
    assert address_line("vi", "Số 12 Nguyễn Trãi", "Phường Đại Phúc", "220000", "Bắc Ninh") == (
        "Số 12 Nguyễn Trãi, Phường Đại Phúc, Bắc Ninh 220000"
    )
    assert address_line("nl", "Keizersgracht 12", "Centrum", "1015 CX", "Amsterdam") == (
        "Keizersgracht 12, Centrum, 1015 CX Amsterdam"
    )
    assert address_lines("en", "1 High St", None, "SW1A 1AA", "London", "GB") == (
        "1 High St",
        "SW1A 1AA London",
        "GB",
    )


def test_a_person_and_their_title_take_the_languages_brackets() -> None:
    assert with_detail("zh_CN", "马磊", "董事长") == "马磊（董事长）"
    assert with_detail("nl", "Daan Bakker", "inkoper") == "Daan Bakker (inkoper)"
    assert with_detail("vi", "Nguyễn Văn Đức", None) == "Nguyễn Văn Đức"
