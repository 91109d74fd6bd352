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


def test_a_us_address_puts_the_city_the_state_and_the_zip_code_last() -> None:
    """Before: ``317 Fairchild Dr, 94535 Fairfield``, the Dutch order."""
    assert address_line(
        "en", "317 Fairchild Dr", None, "94535", "Fairfield", country_code="US"
    ) == ("317 Fairchild Dr, Fairfield 94535")
    assert address_line(
        "en", "317 Fairchild Dr", "CA", "94535", "Fairfield", country_code="us"
    ) == ("317 Fairchild Dr, Fairfield, CA 94535")
    # written the American way in a Chinese or Dutch document too
    assert address_line(
        "zh_CN", "317 Fairchild Dr", "CA", "94535", "Fairfield", country_code="US"
    ) == ("317 Fairchild Dr, Fairfield, CA 94535")
    # a district that is no state code stays on its own
    assert address_line("nl", "5 Main St", "Brooklyn", "11201", "New York", country_code="US") == (
        "5 Main St, Brooklyn, New York 11201"
    )


def test_canada_and_australia_put_the_province_or_state_before_the_postcode() -> None:
    assert address_line("en", "24 Sussex Dr", "ON", "K1M 1M4", "Ottawa", country_code="CA") == (
        "24 Sussex Dr, Ottawa, ON K1M 1M4"
    )
    lines = address_lines(
        "en", "1 Macquarie St", "NSW", "2000", "Sydney", "Australia", country_code="AU"
    )
    assert lines == ("1 Macquarie St", "Sydney NSW 2000", "Australia")


def test_the_uk_writes_the_town_then_the_postcode() -> None:
    lines = address_lines(
        "nl", "1 High St", None, "SW1A 1AA", "London", "Verenigd Koninkrijk", country_code="GB"
    )
    assert lines == ("1 High St", "London", "SW1A 1AA", "Verenigd Koninkrijk")
    assert address_line("en", "1 High St", None, "SW1A 1AA", "London", country_code="GB") == (
        "1 High St, London, SW1A 1AA"
    )


def test_the_netherlands_germany_france_and_belgium_put_the_postcode_first() -> None:
    for code, street, postcode, city in [
        ("NL", "Keizersgracht 12", "1015 CX", "Amsterdam"),
        ("DE", "Unter den Linden 5", "10117", "Berlin"),
        ("FR", "12 rue de Rivoli", "75001", "Paris"),
        ("BE", "Wetstraat 16", "1000", "Brussel"),
    ]:
        # in an English (or Chinese) document as at home
        for language in ("en", "zh_CN"):
            assert address_line(language, street, None, postcode, city, country_code=code) == (
                f"{street}, {postcode} {city}"
            )


def test_china_and_vietnam_keep_the_document_languages_order() -> None:
    assert address_line("zh_CN", "天河路263号", "白云区", "510405", "广州", country_code="CN") == (
        "广州白云区天河路263号 510405"
    )
    assert address_line(
        "vi", "Số 12 Nguyễn Trãi", None, "220000", "Bắc Ninh", country_code="VN"
    ) == ("Số 12 Nguyễn Trãi, Bắc Ninh 220000")
