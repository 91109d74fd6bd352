"""Quote arithmetic, approval binding, the quote's life and pasted lines — no database."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from acct_desktop.domain.enums import QuoteStatus as S
from acct_desktop.domain.numbering import DocumentNumberError, format_number, next_number
from acct_desktop.domain.pricing_rules import FlagKind, Guards
from acct_desktop.domain.quote_maths import (
    ApprovedLine,
    LineInput,
    QuoteFigureError,
    approval_fingerprint,
    late_for_delivery,
    line_figures,
    net_amount,
    price_ends_first,
    quote_totals,
)
from acct_desktop.domain.quote_paste import PasteError, parse_pasted_lines, read_pasted_lines
from acct_desktop.domain.quote_workflow import (
    MoveRefused,
    QuoteMove,
    allowed_moves,
    expires,
    target_status,
)


def line(qty: str = "1", base: str = "10", disc: str = "0", cost: str = "5", **kw) -> LineInput:
    return LineInput(
        quantity=D(qty),
        list_price=D(kw.pop("list_price", base)),
        base_price=D(base),
        discount_percent=D(disc),
        cost=D(cost),
        **kw,
    )


# --- figures and rounding ------------------------------------------------------------------


def test_net_price_and_amount_are_rounded_half_up_at_the_documented_points() -> None:
    figures = line_figures(line(qty="3", base="1.99", disc="3"), D(0), "EUR")
    assert figures.net_price == D("1.93")  # 1.9303 → R1
    assert figures.amount == D("5.79")  # 1.93 × 3 → R2
    half = line_figures(line(qty="1", base="0.10", disc="5"), D(0), "EUR")
    assert half.net_price == D("0.10")  # 0.095 rounds half up


def test_vnd_has_no_decimals() -> None:
    figures = line_figures(line(qty="7", base="125555", disc="2.5", cost="90000"), D(0), "VND")
    assert figures.net_price == D("122416")
    assert figures.amount == D("856912")
    totals = quote_totals([figures], D("1.5"), D("10"), "VND")
    assert totals.discount_amount == D("12854")
    assert totals.tax == D("84406")
    assert totals.gross == totals.net + totals.tax == D("928464")


def test_totals_are_exactly_the_sum_of_the_lines() -> None:
    lines = [line_figures(line(qty="1", base="0.335", cost="0.1"), D(0), "EUR")] * 3
    totals = quote_totals(lines, D(0), D(21), "EUR")
    # each printed line says 0.34, so the total says 1.02 — not round(3 × 0.335) = 1.01
    assert totals.subtotal == D("1.02") == sum(f.amount for f in lines)


money = st.decimals(min_value=D("0.01"), max_value=D("99999"), places=4)
percent = st.decimals(min_value=D(0), max_value=D(60), places=2)
quantity = st.decimals(min_value=D("0.001"), max_value=D("5000"), places=3)
currency = st.sampled_from(["EUR", "VND", "CNY"])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(quantity, money, percent, money), min_size=1, max_size=30),
    percent,
    st.sampled_from([D(0), D(10), D(13), D(21)]),
    currency,
)
def test_printed_totals_always_add_up(lines, quote_disc, tax, cur) -> None:
    figures = [
        line_figures(
            LineInput(quantity=q, list_price=b, base_price=b, discount_percent=d, cost=c),
            quote_disc,
            cur,
        )
        for q, b, d, c in lines
    ]
    totals = quote_totals(figures, quote_disc, tax, cur)
    places = 0 if cur == "VND" else 2
    for value in (totals.subtotal, totals.discount_amount, totals.net, totals.tax, totals.gross):
        assert value == value.quantize(D(1).scaleb(-places))
    for f in figures:
        assert f.amount == f.amount.quantize(D(1).scaleb(-places))
    assert totals.subtotal == sum(f.amount for f in figures)
    assert totals.net == totals.subtotal - totals.discount_amount
    assert totals.gross == totals.net + totals.tax
    assert totals.margin == totals.net - totals.cost


def test_a_quote_discount_can_push_a_line_under_its_floor() -> None:
    guards = Guards(floor_price=D("9"))
    alone = line_figures(line(base="10", guards=guards), D(0), "EUR")
    assert alone.flags == ()
    squeezed = line_figures(line(base="10", guards=guards), D(15), "EUR")
    assert [f.kind for f in squeezed.flags] == [FlagKind.BELOW_FLOOR]
    assert squeezed.effective_price == D("8.5")


def test_discount_over_the_band_and_over_the_approval_threshold_are_flagged() -> None:
    guards = Guards(max_discount_percent=D(10), approval_threshold_percent=D(5))
    figures = line_figures(line(base="100", disc="12", cost="10", guards=guards), D(0), "EUR")
    assert {f.kind for f in figures.flags} == {
        FlagKind.DISCOUNT_OVER_BAND,
        FlagKind.NEEDS_APPROVAL,
    }
    within = line_figures(line(base="100", disc="5", cost="10", guards=guards), D(0), "EUR")
    assert within.flags == ()  # boundaries do not flag


def test_the_policy_price_itself_is_never_judged_by_the_discount_rails() -> None:
    # base 92 is the approved policy's price, 8 % under list 100; threshold 5 %, band 10 %
    guards = Guards(max_discount_percent=D(10), approval_threshold_percent=D(5))
    at_policy = line_figures(line(list_price="100", base="92", guards=guards), D(0), "EUR")
    assert at_policy.flags == ()
    further = line_figures(line(list_price="100", base="92", disc="1", guards=guards), D(0), "EUR")
    assert [f.kind for f in further.flags] == [FlagKind.NEEDS_APPROVAL]  # 8.92 % off list
    quote_wide = line_figures(line(list_price="100", base="92", guards=guards), D(3), "EUR")
    assert {f.kind for f in quote_wide.flags} == {
        FlagKind.DISCOUNT_OVER_BAND,
        FlagKind.NEEDS_APPROVAL,
    }  # 10.76 % off list


def test_selling_below_cost_is_flagged_even_without_a_policy() -> None:
    figures = line_figures(line(base="10", disc="20", cost="9"), D(0), "EUR")
    assert [f.kind for f in figures.flags] == [FlagKind.BELOW_MARGIN]
    assert figures.margin_percent == D("-11.11")


def test_impossible_figures_are_refused_with_a_sentence() -> None:
    with pytest.raises(QuoteFigureError, match="more than 0"):
        line(qty="0")
    with pytest.raises(QuoteFigureError, match="between 0 and 100"):
        line(disc="120")
    with pytest.raises(QuoteFigureError, match="quote discount"):
        line_figures(line(), D(-1), "EUR")
    with pytest.raises(TypeError):
        LineInput(quantity=1.5, list_price=D(1), base_price=D(1), discount_percent=D(0), cost=D(0))  # type: ignore[arg-type]


def test_lead_time_says_the_earliest_day() -> None:
    today = date(2026, 11, 23)
    assert late_for_delivery(date(2026, 11, 25), today, 5) == date(2026, 11, 28)
    assert late_for_delivery(date(2026, 11, 28), today, 5) is None
    assert late_for_delivery(None, today, 5) is None


# --- approval binding ----------------------------------------------------------------------


def approved(**changes) -> ApprovedLine:
    values = dict(
        product="p1",
        quantity=D("10"),
        unit="pack",
        base_price=D("12.5"),
        discount_percent=D("15"),
        net_price=D("10.63"),
        flags=("discount_over_band",),
    )
    values.update(changes)
    return ApprovedLine(**values)


def test_fingerprint_changes_with_any_figure_of_a_flagged_line() -> None:
    base = approval_fingerprint([approved()], D(0), "EUR")
    assert base == approval_fingerprint([approved(quantity=D("10.000"))], D("0.00"), "eur")
    for change in (
        dict(quantity=D(11)),
        dict(unit="L"),
        dict(base_price=D("12.4")),
        dict(discount_percent=D(16)),
        dict(net_price=D("10.62")),
        dict(product="p2"),
        dict(flags=("below_floor",)),
    ):
        assert approval_fingerprint([approved(**change)], D(0), "EUR") != base, change
    assert approval_fingerprint([approved()], D(1), "EUR") != base
    assert approval_fingerprint([approved(), approved(product="p2")], D(0), "EUR") != base


# --- the quote's life ----------------------------------------------------------------------


def test_a_flagged_quote_cannot_be_sent_without_a_valid_approval() -> None:
    with pytest.raises(MoveRefused, match="record an approval"):
        target_status(QuoteMove.SEND, S.DRAFT, flagged=True, approval_valid=False)
    assert target_status(QuoteMove.SEND, S.APPROVED, flagged=True, approval_valid=True) is S.SENT
    assert target_status(QuoteMove.SEND, S.DRAFT, flagged=False) is S.SENT


def test_submitting_needs_something_to_approve_and_lines() -> None:
    with pytest.raises(MoveRefused, match="Nothing on this quote needs approval"):
        target_status(QuoteMove.SUBMIT, S.DRAFT, flagged=False)
    with pytest.raises(MoveRefused, match="at least one line"):
        target_status(QuoteMove.SUBMIT, S.DRAFT, flagged=True, line_count=0)
    assert target_status(QuoteMove.SUBMIT, S.DRAFT, flagged=True) is S.PENDING_APPROVAL


def test_decisions_need_a_reason() -> None:
    for move in (QuoteMove.APPROVE, QuoteMove.DECLINE):
        with pytest.raises(MoveRefused, match="reason is recorded"):
            target_status(move, S.PENDING_APPROVAL, reason="  ")
    assert target_status(QuoteMove.DECLINE, S.PENDING_APPROVAL, reason="too deep") is S.DRAFT
    with pytest.raises(MoveRefused, match="reason"):
        target_status(QuoteMove.REJECT, S.SENT)


def test_sent_quotes_are_revised_not_edited_and_ordered_ones_are_final() -> None:
    with pytest.raises(MoveRefused, match="Revise it"):
        target_status(QuoteMove.SUBMIT, S.SENT, flagged=True)
    assert target_status(QuoteMove.REVISE, S.SENT) is S.DRAFT
    assert allowed_moves(S.ORDERED) == ()
    assert allowed_moves(S.ACCEPTED) == (QuoteMove.ORDER,)
    with pytest.raises(MoveRefused):
        target_status(QuoteMove.REVISE, S.ACCEPTED)


def test_a_quote_past_its_validity_cannot_be_sent_and_expires() -> None:
    today = date(2026, 11, 23)
    with pytest.raises(MoveRefused, match="validity date has passed"):
        target_status(QuoteMove.SEND, S.DRAFT, valid_until=date(2026, 11, 22), today=today)
    assert expires(S.SENT, date(2026, 11, 22), today)
    assert not expires(S.SENT, today, today)
    assert not expires(S.ACCEPTED, date(2026, 1, 1), today)


# --- numbers -------------------------------------------------------------------------------


def test_each_device_numbers_its_own_series() -> None:
    taken = ["Q-2026-7KX-00041", "Q-2026-M4P-00077", "Q-2025-7KX-00300", "Q-2026-00090"]
    assert next_number("Q", 2026, taken, 5, "7KX") == "Q-2026-7KX-00042"
    assert next_number("Q", 2026, taken, 5, "M4P") == "Q-2026-M4P-00078"
    assert next_number("Q", 2027, taken, 5, "7KX") == "Q-2027-7KX-00001"
    assert next_number("Q", 2026, taken, 5) == "Q-2026-00091"
    with pytest.raises(DocumentNumberError):
        format_number("Q", 2026, 1, 5, "x!")


# --- pasted lines --------------------------------------------------------------------------


def test_pasted_spreadsheet_lines_with_a_header() -> None:
    pairs = parse_pasted_lines("SKU\tQty\nHX7-5W30-4L\t12\nGL5 80W90 20L\t2,5\tL\n\n")
    assert [(p.line, p.sku, p.quantity, p.unit) for p in pairs] == [
        (2, "HX7-5W30-4L", D(12), None),
        (3, "GL5 80W90 20L", D("2.5"), "L"),
    ]


def test_pasted_words_and_semicolons_and_grouped_numbers() -> None:
    pairs = parse_pasted_lines("HX7-5W30-4L 1.200,5\nATF-3; 1,234.5 ; kg\nR-1 3 packs")
    assert [(p.sku, p.quantity, p.unit) for p in pairs] == [
        ("HX7-5W30-4L", D("1200.5"), None),
        ("ATF-3", D("1234.5"), "kg"),
        ("R-1", D(3), "pack"),
    ]


EXCEL_NL = "G-026-15kg\t12,500\tkg\nPEO-003-5L\t2,125\nC-029-1L\t0,750\nA-1\t1.250,5"
EXCEL_EN = "G-026-15kg\t12.500\tkg\nPEO-003-5L\t2.125\nC-029-1L\t0.750\nA-1\t1,250.5"


@pytest.mark.parametrize(("text", "point"), [(EXCEL_NL, ","), (EXCEL_EN, ".")])
def test_pasted_quantities_are_read_as_the_users_language_writes_them(text, point) -> None:
    """Issue s18-1: a Dutch Excel's 12,500 kg (12,5) was pasted as 12 500 kg."""
    pairs = parse_pasted_lines(text, point)
    assert [p.quantity for p in pairs] == [D("12.5"), D("2.125"), D("0.75"), D("1250.5")]


def test_a_pasted_lone_mark_before_three_digits_is_refused_when_the_language_is_unknown() -> None:
    with pytest.raises(PasteError) as caught:
        parse_pasted_lines(EXCEL_NL)
    assert [str(p) for p in caught.value.problems] == [
        "Line 1: “12,500” can be read two ways; write 12500 for the whole number or 12,5000 "
        "for the decimals.",
        "Line 2: “2,125” can be read two ways; write 2125 for the whole number or 2,1250 "
        "for the decimals.",
    ]  # 0,750 can only be 0.75 and 1.250,5 only 1250.5
    pairs = parse_pasted_lines("A\t1.200\nB\t1.234,5", ",")  # a Vietnamese 1.200: 1200
    assert [p.quantity for p in pairs] == [D(1200), D("1234.5")]


def test_a_dutch_quantity_below_the_kept_decimals_is_told_so_not_about_the_decimal_mark() -> None:
    with pytest.raises(PasteError, match=r"Line 1: The quantity is kept with three decimals"):
        parse_pasted_lines("PEO-003-5L\t0,0004", ",")


def test_a_pasted_range_with_prices_or_descriptions_is_told_to_paste_sku_and_quantity() -> None:
    excel = (
        "Artikel\tOmschrijving\tAantal\tPrijs\n"
        "PEO-001-1L\tSynth Pro 5W-30 1 L\t60\t€ 9,02\n"
        "A-021-4L\t6\t1.234.500 ₫\n"
        "A-021-4L; 60; 953.856 ₫\n"
        "HO-022-20L\t5\tdoos"
    )
    with pytest.raises(PasteError) as caught:
        parse_pasted_lines(excel, ",")
    assert [str(p) for p in caught.value.problems] == [
        "Line 2 has 4 columns: paste only the SKU, the quantity and (optionally) the unit — "
        "no prices or descriptions.",
        "Line 3 has 3 columns: paste only the SKU, the quantity and (optionally) the unit — "
        "no prices or descriptions.",
        "Line 4 has 3 columns: paste only the SKU, the quantity and (optionally) the unit — "
        "no prices or descriptions.",
        "Line 5: “doos” is not a unit (pack, L or kg).",
    ]


def test_a_paste_names_the_sku_of_every_line_good_or_bad() -> None:
    reading = read_pasted_lines(
        "SKU\tAantal\nPEO-001-1L\t12\nXX-999-1L\t4\nPEO-005-5L\ttwaalf", ","
    )
    assert reading.skus == ((2, "PEO-001-1L"), (3, "XX-999-1L"), (4, "PEO-005-5L"))
    assert [line for line, _problem in reading.problems] == [4]


def test_every_bad_pasted_line_is_reported_and_nothing_is_taken() -> None:
    with pytest.raises(PasteError) as caught:
        parse_pasted_lines("A 1\nB zero\nC\nD -2\nE 3 crates")
    assert [p.split(":")[0] for p in caught.value.problems] == [
        "Line 2",
        "Line 3",
        "Line 4",
        "Line 5",
    ]
    with pytest.raises(PasteError, match="Nothing to add"):
        parse_pasted_lines("\n  \n")


@given(st.text(max_size=200))
def test_pasting_anything_gives_pairs_or_a_paste_error(text: str) -> None:
    try:
        pairs = parse_pasted_lines(text)
    except PasteError as exc:
        assert exc.problems
    else:
        assert all(p.quantity > 0 and p.sku for p in pairs)


@pytest.mark.parametrize(
    ("policy_end", "valid_until", "expected"),
    [(date(2026, 12, 10), date(2026, 12, 25), date(2026, 12, 10)),
     (date(2026, 12, 25), date(2026, 12, 25), None), (None, date(2026, 12, 25), None),
     (date(2027, 1, 31), date(2026, 12, 25), None)],
)  # fmt: skip
def test_a_policy_price_ending_before_the_quote_is_named_by_its_last_day(
    policy_end, valid_until, expected
) -> None:
    assert price_ends_first(policy_end, valid_until) == expected


@given(
    st.decimals(min_value=0, max_value=10**9, places=2),
    st.decimals(min_value=0, max_value=100, places=2),
    st.sampled_from(["EUR", "CNY", "VND"]),
)
def test_the_net_amount_is_what_the_totals_call_net(subtotal, percent, currency) -> None:
    totals = quote_totals(
        [line_figures(line(qty="1", base=str(subtotal), cost="0"), percent, currency)],
        percent,
        D(0),
        currency,
    )
    assert net_amount(totals.subtotal, percent, currency) == totals.net


# -- prices in the guard-rail messages (QA zh: "价格 108.500000 ‹ 限价 110.0700") -----------------


def test_the_floor_flag_writes_prices_as_the_price_column_does():
    guards = Guards(floor_price=D("110.0700"))
    figures = line_figures(line(base="129.17", disc="16", cost="98.28", guards=guards), D(0), "CNY")
    assert figures.net_price == D("108.50")
    (flag,) = [f for f in figures.flags if f.kind is FlagKind.BELOW_FLOOR]
    assert str(flag.message) == "price 108.50 < floor 110.07"


def test_the_floor_flag_keeps_a_finer_unit_price_up_to_four_decimals():
    guards = Guards(floor_price=D("0.0450"))
    figures = line_figures(line(base="0.04", cost="0.01", guards=guards), D(0), "EUR")
    (flag,) = [f for f in figures.flags if f.kind is FlagKind.BELOW_FLOOR]
    assert str(flag.message) == "price 0.04 < floor 0.045"
    engine_floor = Guards(floor_price=D("0.04123456"))
    figures = line_figures(line(base="0.04", cost="0.01", guards=engine_floor), D(0), "EUR")
    assert "< floor 0.0412" in str(figures.flags[0].message)


def test_the_floor_flag_of_a_vnd_price_has_no_decimals():
    guards = Guards(floor_price=D("25500.0000"))
    figures = line_figures(line(base="25000", cost="20000", guards=guards), D("3"), "VND")
    (flag,) = [f for f in figures.flags if f.kind is FlagKind.BELOW_FLOOR]
    assert str(flag.message) == "price 24250 < floor 25500"


def test_below_cost_writes_prices_as_the_price_column_does():
    figures = line_figures(line(base="90.00", cost="98.2800"), D(0), "CNY")
    assert [str(f.message) for f in figures.flags] == ["price 90.00 is below cost 98.28"]


# -- one meaning: the percentage over cost is a markup, and is called so ----------------------


def test_the_percentage_over_cost_is_a_markup_and_its_flag_says_markup():
    guards = Guards(min_margin_percent=D("35"))
    figures = line_figures(line(base="129.17", cost="98.28", guards=guards), D(0), "CNY")
    assert figures.margin_percent == D("31.43")  # (129.17 − 98.28) / 98.28, not 23.91 on sales
    assert [str(f.message) for f in figures.flags] == ["markup 31.43% < minimum 35%"]


@settings(max_examples=300, deadline=None)
@given(
    pack_size=st.decimals(min_value=D("0.1"), max_value=D(1000), places=3),
    pack_price=st.decimals(min_value=D("0.01"), max_value=D(100000), places=2),
    packs=st.integers(min_value=1, max_value=10000),
    disc=st.decimals(min_value=D(0), max_value=D(100), places=2),
    cur=st.sampled_from(["CNY", "EUR", "VND"]),
)
def test_whole_packs_cost_the_same_typed_in_packs_or_in_litres(
    pack_size, pack_price, packs, disc, cur
) -> None:
    """Whatever the pack size, n packs and n × size litres have the same amount: the litres
    are priced at quantity × pack price ÷ pack size, rounded once (QA zh: 240 L of a 20 L
    pack cost 6,064.80, 12 packs 6,065.28)."""
    per_litre = pack_price / pack_size  # the engine's price per litre, rounded for show
    in_packs = line_figures(
        LineInput(
            quantity=D(packs),
            list_price=pack_price,
            base_price=pack_price,
            discount_percent=disc,
            cost=D(0),
        ),
        D(0),
        cur,
    )
    in_litres = line_figures(
        LineInput(
            quantity=D(packs) * pack_size,
            list_price=per_litre,
            base_price=per_litre.quantize(D("0.01")),
            discount_percent=disc,
            cost=D(0),
            pack_price=pack_price,
            units_per_pack=pack_size,
        ),
        D(0),
        cur,
    )
    assert in_litres.amount == in_packs.amount
