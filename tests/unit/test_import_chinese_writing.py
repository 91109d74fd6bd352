"""Files as a Chinese manager writes them: codes and numbers typed in full width by the
input method (ＧＤ０１０６, １２３，４５６．００), amounts in 万, years as 2027年, and the
everyday word for a repair shop (汽修厂) as the account's kind and channel."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import func, insert, select

from acct_desktop.domain.enums import AccountKind, Channel
from acct_desktop.services.account_codes import accounts_by_code
from acct_desktop.services.imports import (
    ImportRejected,
    import_accounts,
    import_contacts,
    import_sales,
    import_targets,
)
from acct_desktop.services.imports.accounts import PARSERS as ACCOUNT_PARSERS
from acct_desktop.services.imports.sales_values import scaled_numbers
from acct_desktop.services.imports.values import (
    amount_of_money,
    code_of,
    money,
    parse_decimal,
    whole_number,
    year,
)
from acct_desktop.store.database import open_database
from acct_desktop.store.models import Account, Contact, SalesFact

FULL_WIDTH = str.maketrans(
    "0123456789,.-ABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "０１２３４５６７８９，．－ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ",
)


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as out:
        csv.writer(out).writerows(rows)
    return path


@pytest.fixture
def db(tmp_path: Path):
    database = open_database(tmp_path / "zh.acctdb")
    with database.session() as session:
        session.connection().execute(
            insert(Account),
            [
                dict(code="GD0106", name="深圳半角编码", kind=AccountKind.STORE,
                     channel=Channel.CHAIN_STORE, currency="CNY"),
            ],
        )  # fmt: skip
    yield database
    database.close()


def problems(rejected: pytest.ExceptionInfo[ImportRejected]) -> list[str]:
    return [str(p) for p in rejected.value.problems]


# -- numbers --------------------------------------------------------------------------------

amounts = st.decimals(min_value=Decimal("-1e12"), max_value=Decimal("1e12"), places=2)


@settings(max_examples=300)
@given(amounts, st.booleans())
def test_full_width_digits_commas_and_points_read_as_their_ascii_forms(
    amount: Decimal, grouped: bool
) -> None:
    written = f"{amount:,.2f}" if grouped else f"{amount:.2f}"
    assert parse_decimal(written.translate(FULL_WIDTH)) == amount
    assert amount_of_money()(written.translate(FULL_WIDTH)) == amount


@settings(max_examples=300)
@given(
    st.decimals(min_value=Decimal("-1e8"), max_value=Decimal("1e8"), places=6),
    st.sampled_from([("万", 10_000), ("亿", 100_000_000), ("萬", 10_000)]),
)
def test_an_amount_in_wan_or_yi_is_that_many_ten_thousands_exactly(
    number: Decimal, unit: tuple[str, int]
) -> None:
    word, size = unit
    whole = number * size
    written = format(number, "f") + word
    if whole != whole.quantize(Decimal("0.01")) or abs(whole) >= Decimal("1e16"):
        with pytest.raises(ValueError, match=r"decimals|too large"):
            amount_of_money()(written)
        return
    assert amount_of_money()(written) == whole  # never through a float
    assert amount_of_money()(written.translate(FULL_WIDTH)) == whole


def test_wan_is_refused_where_it_is_not_money_saying_the_number_to_write() -> None:
    for parse in (money(places=3), whole_number(1, 10**9), parse_decimal):
        with pytest.raises(ValueError) as refused:
            parse("12.5万")
        assert (
            str(refused.value) == '"12.5万" is not a number this column takes; write it as 125000'
        )
        assert refused.value.args[0].template.endswith("write it as %2")  # translated


def test_the_full_width_yuan_sign_is_a_currency_sign_like_the_yen_sign() -> None:
    for written in ("￥50,000.00", "¥50,000.00", "50000元", "12.5万元", "人民币50000"):
        with pytest.raises(ValueError, match="carries a currency sign; write the number alone"):
            amount_of_money()(written)


def test_a_whole_sales_column_of_chinese_numbers_is_read_exactly() -> None:
    cells = ["１２３，４５６.００", "１２３４５６．００", "12.5万", "3.5万", "100"]
    values, bad = scaled_numbers(cells, 2, myriads=True)
    assert bad == {}
    assert values == [12345600, 12345600, 12500000, 3500000, 10000]
    quantities, refused = scaled_numbers(cells, 3)
    assert set(refused) == {"12.5万", "3.5万"}
    assert quantities[:2] == [123456000, 123456000]


def test_a_year_written_as_2027nian_is_the_year() -> None:
    parse = year(1900, 2199)
    assert [parse(y) for y in ("2027", "2027年", "２０２７年", " 2027 年度 ")] == [2027] * 4
    with pytest.raises(ValueError, match='"1800" must be a whole number from 1900 to 2199'):
        parse("1800年")


# -- codes ----------------------------------------------------------------------------------


def test_a_full_width_code_is_its_half_width_form() -> None:
    parse = code_of(10)
    assert parse("ＧＤ０１０６") == "GD0106"
    assert parse(" ｇｄ０１０６ ") == "gd0106"
    with pytest.raises(ValueError, match="cannot be a code"):
        parse("GD\u00a00106")  # a no-break space is still refused, not folded into a space
    with pytest.raises(ValueError, match="at most 10"):
        parse("ＧＤ０１０６０１０６０")


def test_a_full_width_code_updates_the_account_rather_than_adding_a_second_one(
    db, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "acc_fwcode.csv",
        [["客户编码", "客户名称", "类型", "渠道", "信用额度"],
         ["ＧＤ０１０６", "深圳全角编码", "门店", "连锁门店", "１２３４５６.７８"],
         ["ＧＤ０１０７", "深圳新客户", "经销商", "经销商", "12.5万"]],
    )  # fmt: skip
    summary = import_accounts(db, path)
    assert (summary.created, summary.updated) == (1, 1)
    with db.session() as session:
        rows = session.execute(select(Account.code, Account.name, Account.credit_limit)).all()
    assert sorted(rows) == [
        ("GD0106", "深圳全角编码", Decimal("123456.78")),
        ("GD0107", "深圳新客户", Decimal("125000.00")),  # stored half-width
    ]


def test_one_code_in_both_widths_in_one_file_is_a_duplicate(db, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "dup.csv",
        [
            ["客户编码", "客户名称", "类型"],
            ["ＧＤ０２００", "一", "经销商"],
            ["GD0200", "二", "经销商"],
        ],
    )
    with pytest.raises(ImportRejected) as rejected:
        import_accounts(db, path)
    assert problems(rejected) == [
        'line 3, column "客户编码": the code GD0200 is already used on line 2'
    ]


def test_a_stored_full_width_code_is_found_by_its_half_width_form(db) -> None:
    with db.session() as session:
        session.add(
            Account(code="ＧＤ０９００", name="旧数据", kind=AccountKind.STORE,
                    channel=Channel.CHAIN_STORE, currency="CNY")
        )  # fmt: skip
    with db.session() as session:
        found = accounts_by_code(session, ["GD0900", "ｇｄ０１０６"], Account.code)
    assert found == {"GD0900": ("ＧＤ０９００",), "ｇｄ０１０６": ("GD0106",)}


def test_contacts_sales_and_targets_find_the_account_of_a_full_width_code(
    db, tmp_path: Path
) -> None:
    contacts = write_csv(tmp_path / "con.csv", [["客户编码", "姓名"], ["ＧＤ０１０６", "王鿍"]])
    import_contacts(db, contacts)
    sales = write_csv(
        tmp_path / "sales.csv",
        [["日期", "客户编码", "业务类型", "数量", "金额"],
         ["2026-11-03", "ＧＤ０１０６", "进货", "120", "１２３，４５６.００"],
         ["2026-11-04", "gd0106", "进货", "1", "3.5万"]],
    )  # fmt: skip
    import_sales(db, sales)
    targets = write_csv(
        tmp_path / "targets.csv",
        [["年度", "客户编码", "指标", "全年目标"], ["2027年", "ＧＤ０１０６", "进货", "120万"]],
    )
    assert import_targets(db, targets).created == 1
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 1
        amounts = session.scalars(select(SalesFact.amount).order_by(SalesFact.period)).all()
        assert session.scalar(select(func.count()).select_from(Account)) == 1
    assert amounts == [Decimal("123456.00"), Decimal("35000.00")]


# -- kinds and channels ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "kind", "channel"),
    [
        ("汽修厂", AccountKind.WORKSHOP, Channel.WORKSHOP),
        ("汽车修理厂", AccountKind.WORKSHOP, Channel.WORKSHOP),
        ("维修厂", AccountKind.WORKSHOP, Channel.WORKSHOP),
        ("gara", AccountKind.WORKSHOP, Channel.WORKSHOP),
        ("Garage", AccountKind.WORKSHOP, Channel.WORKSHOP),
        ("代理商", AccountKind.DISTRIBUTOR, Channel.DISTRIBUTOR),
        ("đại lý", AccountKind.DISTRIBUTOR, Channel.DISTRIBUTOR),
        ("groothandel", AccountKind.DISTRIBUTOR, Channel.DISTRIBUTOR),
    ],
)
def test_everyday_words_for_a_repair_shop_or_a_wholesaler(
    word: str, kind: AccountKind, channel: Channel
) -> None:
    assert ACCOUNT_PARSERS["kind"](word) is kind
    assert ACCOUNT_PARSERS["channel"](word) is channel


@pytest.mark.parametrize(
    ("word", "kind"),
    [("总公司", AccountKind.HEADQUARTERS), ("办事处", AccountKind.REGIONAL_OFFICE),
     ("仓库", AccountKind.BRANCH_WAREHOUSE), ("kho", AccountKind.BRANCH_WAREHOUSE),
     ("magazijn", AccountKind.BRANCH_WAREHOUSE), ("商店", AccountKind.STORE),
     ("物流中心", AccountKind.DISTRIBUTION_CENTRE)],
)  # fmt: skip
def test_other_common_words_for_an_accounts_kind(word: str, kind: AccountKind) -> None:
    assert ACCOUNT_PARSERS["kind"](word) is kind


def test_an_account_list_calling_its_repair_shops_qixiuchang_imports(db, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "acc.csv",
        [["客户编码", "客户名称", "类型", "渠道"], ["GD0003", "佛山鿍记车行", "汽修厂", "汽修厂"]],
    )
    assert import_accounts(db, path).created == 1
    with db.session() as session:
        account = session.scalars(select(Account).where(Account.code == "GD0003")).one()
        assert (account.kind, account.channel) == (AccountKind.WORKSHOP, Channel.WORKSHOP)


def test_targets_refuse_wan_in_a_quantity_saying_the_number(db, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "t.csv",
        [["年度", "客户编码", "指标", "数量"], ["2027", "GD0106", "进货", "3万"]],
    )
    with pytest.raises(ImportRejected) as rejected:
        import_targets(db, path)
    assert any("write it as 30000" in p for p in problems(rejected))
