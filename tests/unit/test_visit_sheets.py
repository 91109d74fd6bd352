"""Printed route and visit sheets: what they hold, and how they read back in each language."""

from __future__ import annotations

import re
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from sqlalchemy import event
from sqlalchemy.orm import Session

from acct_desktop.domain import enums as e
from acct_desktop.domain.geo import ROAD_WINDING_FACTOR, haversine_km, whole_travel_minutes
from acct_desktop.reporting.document_labels import LANGUAGES
from acct_desktop.reporting.fonts import missing_glyphs
from acct_desktop.reporting.visit_sheet_labels import visit_sheet_labels
from acct_desktop.reporting.visit_sheet_pdf import build_visit_sheets_pdf
from acct_desktop.services.manager_profile import ManagerProfile
from acct_desktop.services.visit_sheets import (
    VisitSheetsContent,
    VisitSheetsRefused,
    gather_visit_sheets,
)
from acct_desktop.store import models as m
from acct_desktop.store.database import Database, open_database

TODAY = date(2026, 11, 2)
TUESDAY, WEDNESDAY, THURSDAY = date(2026, 11, 3), date(2026, 11, 4), date(2026, 11, 5)
MANAGER = ManagerProfile("Lê Thị Thu", "Acme Lubricants", "+84 90 123 4567")
LONG_ADDRESS = "Số 1234 Đường Nguyễn Văn Linh, Khu đô thị mới Phú Mỹ Hưng, Phường Tân Phong"
HANOI = ((21.0285, 105.8542), (21.0368, 105.8345))
STREETS = {"VN": "Số 12 Phố Huế", "CN": "白云区广园中路8号", "NL": "Kruisstraat 236"}
CITIES = {"VN": "Hà Nội", "CN": "广州", "NL": "Eindhoven"}


def local(day: date, hour: int, zone: str) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=ZoneInfo(zone)).astimezone(UTC)


class Territory:
    """A small database: a Vietnamese chain (HQ and three stores in Hanoi, one without
    coordinates), a Chinese distribution centre under its head office with issues, a quote,
    a price floor, a rebate agreement and a last visit, and a Dutch workshop."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.ids: dict[str, uuid.UUID] = {}
        with db.session() as s:
            self.account(s, "VN-HQ", "Chuỗi Chăm sóc Xe Hoàng Gia Trụ sở chính", "VN", None)
            self.account(s, "VN0001", "Cửa hàng Hoàng Gia Hoàn Kiếm", "VN", "VN-HQ", HANOI[0])
            self.account(s, "VN0002", "Cửa hàng Hoàng Gia Ba Đình", "VN", "VN-HQ", HANOI[1])
            self.account(s, "VN0003", "Gara Tâm An", "VN", None)
            s.get(m.Account, self.ids["VN0002"]).street = LONG_ADDRESS  # type: ignore[union-attr]
            self.account(s, "CN-HQ", "华润万家 总部", "CN", None)
            self.account(s, "CN0001", "华润万家 广州配送中心", "CN", "CN-HQ", (23.13, 113.26))
            self.account(s, "NL0001", "Smeerolie Brabant B.V.", "NL", None, (51.44, 5.47))
            s.flush()
            self.people(s)
            self.commerce(s)
            for code, day, hour, zone in (
                ("VN0002", TUESDAY, 11, "Asia/Ho_Chi_Minh"),  # out of order on purpose
                ("VN0001", TUESDAY, 9, "Asia/Ho_Chi_Minh"),
                ("VN0003", TUESDAY, 14, "Asia/Ho_Chi_Minh"),
                ("CN0001", WEDNESDAY, 10, "Asia/Shanghai"),
                ("NL0001", THURSDAY, 10, "Europe/Amsterdam"),
            ):
                self.visit(s, code, local(day, hour, zone), e.VisitStatus.PLANNED)
            done = self.visit(
                s, "CN0001", local(date(2026, 10, 20), 10, "Asia/Shanghai"), e.VisitStatus.DONE
            )
            done.summary, done.stock_note = "库存充足，客户满意。", "5W-30 库存约 40 箱"
            done.competitor_note, done.price_compliant = "竞品在做买五送一促销", True
            # planned but archived, and cancelled: neither is printed
            self.visit(
                s, "NL0001", local(THURSDAY, 14, "Europe/Amsterdam"), e.VisitStatus.PLANNED
            ).archived_at = datetime(2026, 11, 1, tzinfo=UTC)
            self.visit(
                s, "NL0001", local(THURSDAY, 16, "Europe/Amsterdam"), e.VisitStatus.CANCELLED
            )

    def account(
        self,
        s: Session,
        code: str,
        name: str,
        country: str,
        parent: str | None,
        where: tuple[float | None, float | None] = (None, None),
    ) -> None:
        account = m.Account(
            code=code,
            name=name,
            kind=e.AccountKind.HEADQUARTERS if parent is None else e.AccountKind.STORE,
            channel=e.Channel.CHAIN_STORE,
            tier=e.Tier.A,
            parent_id=self.ids.get(parent) if parent else None,
            country_code=country,
            street=STREETS[country],
            city=CITIES[country],
            latitude=where[0],
            longitude=where[1],
            phone="+84 24 3825 1234",
            currency={"VN": "VND", "CN": "CNY", "NL": "EUR"}[country],
        )
        s.add(account)
        s.flush()
        self.ids[code] = account.id

    def people(self, s: Session) -> None:
        for code, name, role, influence, phone in (
            ("CN0001", "张伟", e.DmuRole.BUYER, 4, "+86 138 0000 1111"),
            ("CN0001", "王芳", e.DmuRole.DECISION_MAKER, 4, "+86 138 0000 2222"),
            ("CN0001", "李娜", e.DmuRole.USER, 2, None),
            ("VN0001", "Nguyễn Văn Hùng", e.DmuRole.DECISION_MAKER, 5, "+84 912 345 678"),
            ("NL0001", "Sanne IJzerman", e.DmuRole.BUYER, 3, "+31 6 1234 5678"),
        ):
            s.add(
                m.Contact(
                    account_id=self.ids[code],
                    name=name,
                    dmu_role=role,
                    influence=influence,
                    phone=phone,
                )
            )

    def commerce(self, s: Session) -> None:
        cn = self.ids["CN0001"]
        for number, deadline, text in (
            ("IS-2026-00001", date(2026, 10, 30), "返利未到账"),
            ("IS-2026-00002", date(2026, 11, 30), "新旧包装混放"),
        ):
            s.add(
                m.CustomerIssue(
                    number=number,
                    account_id=cn,
                    description=text,
                    category=e.IssueCategory.REBATE_CASH_BACK,
                    responsible="李伟",
                    raised_on=date(2026, 10, 1),
                    deadline=deadline,
                )
            )
        product = m.Product(
            sku="PE-001-4L",
            name="Turbo 5W-30 4 L",
            category="passenger_engine_oil",
            unit="L",
            pack_size=Decimal(4),
            pack_label="4 L",
            list_price=Decimal("120"),
            cost=Decimal("80"),
            currency="CNY",
        )
        s.add(product)
        s.flush()
        quote = m.Quote(
            number="Q-2026-0042",
            account_id=cn,
            quote_date=date(2026, 10, 25),
            valid_until=date(2026, 11, 24),
            currency="CNY",
            status=e.QuoteStatus.SENT,
        )
        quote.lines = [
            m.QuoteLine(
                position=1,
                product_id=product.id,
                quantity=Decimal(10),
                unit="pack",
                list_price=Decimal(120),
                base_price=Decimal(120),
                net_price=Decimal(110),
                cost=Decimal(80),
                line_total=Decimal("1100.00"),
            )
        ]
        s.add(quote)
        s.add(
            m.PricePolicy(
                code="PP-CN-1",
                name="HQ floor",
                product_id=product.id,
                scope=e.PolicyScope.ACCOUNT,
                account_id=self.ids["CN-HQ"],
                valid_from=date(2026, 1, 1),
                floor_price=Decimal("98.5"),
                currency="CNY",
                status=e.PolicyStatus.ACTIVE,
            )
        )
        agreement = m.RebateAgreement(
            number="R-2026-0001",
            account_id=cn,
            kind=e.RebateKind.WHOLE_VOLUME_TIERS,
            period_start=date(2026, 1, 1),
            period_end=date(2026, 12, 31),
            currency="CNY",
            signed_on=date(2026, 1, 5),
            entered_on=date(2026, 1, 6),
            status=e.RebateStatus.ACTIVE,
        )
        agreement.tiers = [
            m.RebateTier(threshold_amount=Decimal(t), rebate_percent=Decimal(r))
            for t, r in (("0", "1"), ("100000", "2"), ("200000", "3"))
        ]
        s.add(agreement)
        s.add(
            m.SalesFact(
                period=date(2026, 10, 1),
                account_id=cn,
                category="engine_oil",
                measure=e.Measure.SELL_IN,
                quantity=Decimal(1),
                amount=Decimal("150000"),
                currency="CNY",
            )
        )

    def visit(self, s: Session, code: str, start: datetime, status: e.VisitStatus) -> m.Visit:
        visit = m.Visit(
            account_id=self.ids[code],
            planned_start=start,
            planned_end=start + timedelta(hours=1),
            status=status,
            purpose=e.VisitPurpose.INSPECTION,
        )
        s.add(visit)
        return visit


@pytest.fixture(scope="module")
def territory(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Territory]:
    db = open_database(tmp_path_factory.mktemp("sheets") / "sheets.acctdb")
    yield Territory(db)
    db.close()


@pytest.fixture(scope="module")
def content(territory: Territory) -> VisitSheetsContent:
    return gather_visit_sheets(
        territory.db, TUESDAY, THURSDAY, manager=MANAGER, today=TODAY, tz_name="UTC"
    )


@pytest.fixture(scope="module")
def pdf(content: VisitSheetsContent) -> bytes:
    return build_visit_sheets_pdf(content)


def pages_text(data: bytes, tmp_path: Path) -> list[str]:
    path = tmp_path / "sheets.pdf"
    path.write_bytes(data)
    count = len(PdfReader(path).pages)
    return [
        subprocess.run(
            ["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(path), "-"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for n in range(1, count + 1)
    ]


# -- content ----------------------------------------------------------------------------------


def test_each_day_lists_its_stops_in_planned_order_with_the_planners_drives(
    content: VisitSheetsContent,
) -> None:
    assert [d.day for d in content.days] == [TUESDAY, WEDNESDAY, THURSDAY]
    tuesday = content.days[0]
    assert [s.account_code for s in tuesday.stops] == ["VN0001", "VN0002", "VN0003"]
    assert [s.start.hour for s in tuesday.stops] == [9, 11, 14]  # the customer's clock
    first, second, third = tuesday.stops
    assert first.km_from_previous is None
    straight = haversine_km(*HANOI[0], *HANOI[1])
    assert second.km_from_previous == pytest.approx(straight * ROAD_WINDING_FACTOR)  # road km
    assert second.minutes_from_previous == whole_travel_minutes(straight, content.speed_kmh)
    assert third.km_from_previous is None  # Gara Tâm An has no coordinates
    assert third.minutes_from_previous is None
    assert tuesday.total_km == pytest.approx(second.km_from_previous)
    assert tuesday.total_minutes == second.minutes_from_previous
    assert (first.contact_name, first.contact_phone) == ("Nguyễn Văn Hùng", "+84 912 345 678")
    assert tuesday.language == "vi" and [s.language for s in tuesday.sheets] == ["vi"] * 3
    assert LONG_ADDRESS in second.address
    thursday = content.days[2]
    assert len(thursday.stops) == 1  # the archived and the cancelled visit are not printed


def test_a_visit_sheet_holds_hierarchy_contacts_last_visit_issues_floors_rebates_and_quotes(
    content: VisitSheetsContent,
) -> None:
    (sheet,) = content.days[1].sheets
    assert sheet.account_code == "CN0001" and sheet.language == "zh_CN"
    assert [level.code for level in sheet.hierarchy] == ["CN-HQ"]
    assert [c.name for c in sheet.contacts] == ["王芳", "张伟", "李娜"]  # decision maker first
    assert content.days[1].stops[0].contact_name == "王芳"
    assert sheet.last_visit is not None and sheet.last_visit.day == date(2026, 10, 20)
    assert sheet.last_visit.competitor_note == "竞品在做买五送一促销"
    assert [(i.number, i.past_deadline) for i in sheet.issues] == [
        ("IS-2026-00001", True),
        ("IS-2026-00002", False),
    ]
    assert [(f.code, f.floor_price) for f in sheet.price_floors] == [("PP-CN-1", Decimal("98.5"))]
    (rebate,) = sheet.rebates
    assert rebate.volume_to_date == Decimal("150000")
    assert (rebate.rate_reached, rebate.next_threshold) == (Decimal(2), Decimal(200000))
    assert rebate.to_next_tier == Decimal("50000")
    (quote,) = sheet.quotes
    assert (quote.number, quote.net_total) == ("Q-2026-0042", Decimal("1100.00"))
    (dutch,) = content.days[2].sheets
    assert (dutch.rebates, dutch.quotes, dutch.issues, dutch.last_visit) == ((), (), (), None)


def test_sheets_are_read_in_a_fixed_number_of_queries(territory: Territory) -> None:
    counted: list[str] = []

    def count(*args: object) -> None:
        counted.append(str(args[2]))

    event.listen(territory.db.engine, "before_cursor_execute", count)
    try:
        gather_visit_sheets(territory.db, TUESDAY, today=TODAY, tz_name="UTC")
        one_day = len(counted)
        counted.clear()
        gather_visit_sheets(territory.db, TUESDAY, THURSDAY, today=TODAY, tz_name="UTC")
    finally:
        event.remove(territory.db.engine, "before_cursor_execute", count)
    assert len(counted) <= one_day + 8  # rebates add a fixed batch; never one per visit
    assert len(counted) < 25


def test_bad_ranges_unknown_accounts_and_empty_days_are_refused(territory: Territory) -> None:
    with pytest.raises(VisitSheetsRefused, match="before the first day"):
        gather_visit_sheets(territory.db, THURSDAY, TUESDAY)
    with pytest.raises(VisitSheetsRefused, match="No account has the code"):
        gather_visit_sheets(territory.db, TUESDAY, account_code="NOPE")
    with pytest.raises(VisitSheetsRefused, match="no planned visits for NL0001"):
        gather_visit_sheets(territory.db, TUESDAY, account_code="NL0001", tz_name="UTC")
    with pytest.raises(VisitSheetsRefused, match="at most 31 days"):
        gather_visit_sheets(territory.db, TUESDAY, TUESDAY + timedelta(days=40))


def test_the_route_sheet_and_the_planner_reckon_a_drive_by_one_rule(
    territory: Territory,
) -> None:
    """The planner's route between the same two stores and the route sheet's give the same
    road km and minutes at the same speed (the QA saw 190 km in the plan and 146 km of
    straight line on the sheet)."""
    from acct_desktop.domain.routing import DayFrame, RouteStop, schedule_route

    sheets = gather_visit_sheets(territory.db, TUESDAY, today=TODAY, speed_kmh=35)
    second = sheets.days[0].stops[1]
    frame = DayFrame(8 * 60, 18 * 60, speed_kmh=35)
    route = schedule_route([RouteStop(HANOI[0], 60), RouteStop(HANOI[1], 60)], frame, (0, 1))
    leg = route.stops[1]
    assert second.km_from_previous == pytest.approx(leg.travel_km)
    assert second.minutes_from_previous == leg.travel_minutes
    assert sheets.speed_kmh == 35


def test_a_public_holiday_and_the_zones_are_said_on_the_route_sheet(tmp_path: Path) -> None:
    """A day that is a public holiday of the planner's country says so, in the route
    sheet's language; stops on several clocks name each zone the way people read it
    ("giờ Việt Nam (UTC+7)", not "+07" or "CET")."""
    from dataclasses import replace

    from acct_desktop.services.planning_preferences import (
        load_planning_preferences,
        save_planning_preferences,
    )

    db = open_database(tmp_path / "own.acctdb")
    try:
        own = Territory(db)
        holiday = date(2026, 9, 2)  # Quốc khánh, a Wednesday
        with db.session() as s:  # a Dutch visit on Tuesday after the Vietnamese ones
            own.visit(s, "NL0001", local(TUESDAY, 16, "Europe/Amsterdam"), e.VisitStatus.PLANNED)
            own.visit(s, "VN0001", local(holiday, 9, "Asia/Ho_Chi_Minh"), e.VisitStatus.PLANNED)
        save_planning_preferences(replace(load_planning_preferences(), country="VN"))
        sheets = gather_visit_sheets(db, holiday, today=TODAY, route_language="vi")
        assert sheets.days[0].holiday and "Quốc khánh" in sheets.days[0].holiday
        page = " ".join(pages_text(build_visit_sheets_pdf(sheets), tmp_path)[0].split())
        assert "Ngày lễ: Quốc khánh" in page
        mixed = gather_visit_sheets(db, TUESDAY, today=TODAY, route_language="vi")
        assert mixed.days[0].holiday is None
        page = " ".join(pages_text(build_visit_sheets_pdf(mixed), tmp_path)[0].split())
        for words in ("giờ Việt Nam", "(UTC+7)", "giờ Hà Lan", "(UTC+1)"):  # may wrap
            assert words in page
        assert "+07" not in page and "CET" not in page
        assert "phút" in page  # the drive time from the previous stop
    finally:
        db.close()


def test_a_time_on_another_clock_than_this_computers_says_which(tmp_path: Path) -> None:
    """The calendar shows this computer's time; a sheet shows the customer's. A visit to a
    Vietnamese customer printed on a Dutch laptop says "Vietnam time (UTC+7)" under its
    time on the route sheet and the visit sheet (the QA saw 08:30 in the calendar and an
    unexplained 15:30 on the sheet); printed on a Vietnamese laptop, nothing is added."""
    from dataclasses import replace

    db = open_database(tmp_path / "own.acctdb")
    try:
        Territory(db)  # Tuesday: three visits in Hanoi, the first at 09:00 there
        sheets = gather_visit_sheets(db, TUESDAY, today=TODAY, route_language="en")
        assert sheets.home_zone is not None  # this computer's (the default zone)
        on_dutch = replace(sheets, home_zone=ZoneInfo("Europe/Amsterdam"))
        pages = pages_text(build_visit_sheets_pdf(on_dutch), tmp_path)
        route, sheet = (" ".join(page.split()) for page in pages[:2])
        assert route.count("Vietnam time") == route.count("(UTC+7)") == 3
        assert "Giờ 09:00–10:00" in sheet and "giờ Việt Nam (UTC+7)" in sheet
        assert "Driving between visits" in route  # Hanoi: the drives between are known
        on_vietnamese = replace(sheets, home_zone=ZoneInfo("Asia/Bangkok"))  # the same clock
        pages = pages_text(build_visit_sheets_pdf(on_vietnamese), tmp_path)
        assert all("09:00–10:00" in page for page in pages[:2])
        assert not any("UTC+7" in page or "Vietnam time" in page for page in pages)
    finally:
        db.close()


def test_one_account_and_a_chosen_route_language(territory: Territory) -> None:
    only = gather_visit_sheets(
        territory.db, TUESDAY, THURSDAY, account_code="CN0001", route_language="nl", today=TODAY
    )
    assert [(d.day, d.language, len(d.stops)) for d in only.days] == [(WEDNESDAY, "nl", 1)]


# -- the PDF ----------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_label_set_prints_with_the_embedded_font(language: str) -> None:
    assert missing_glyphs(visit_sheet_labels(language).all_text()) == set()


def test_the_pdf_is_deterministic(content: VisitSheetsContent, pdf: bytes) -> None:
    assert build_visit_sheets_pdf(content) == pdf
    assert pdf.startswith(b"%PDF")


needs_pdftotext = pytest.mark.skipif(
    not shutil.which("pdftotext"), reason="poppler-utils (pdftotext) missing"
)
TITLES = ("Phiếu viếng thăm", "拜访记录表", "Bezoekformulier")
CONTINUED = ("(tiếp theo)", "（续）", "(vervolg)")


@needs_pdftotext
def test_each_sheet_reads_back_in_its_customers_language(pdf: bytes, tmp_path: Path) -> None:
    pages = pages_text(pdf, tmp_path)
    total = len(pages)
    route = pages[0]
    assert "Lộ trình viếng thăm" in route and "Thứ Ba 03/11/2026" in route
    assert f"Trang 1 / {total}" in route
    vietnamese = next(p for p in pages if "Cửa hàng Hoàng Gia Ba Đình" in p and "Tồn kho" in p)
    for word in ("Phiếu viếng thăm", "Đối thủ", "Chữ ký", "Lê Thị Thu", "Phú Mỹ Hưng"):
        assert word in vietnamese, word
    chinese = "".join(p for p in pages if "华润万家 广州配送中心" in p)
    for word in ("拜访记录表", "库存", "竞品", "陈列合规", "签字", "已逾期", "Q-2026-0042"):
        assert word in chinese, word
    assert "距下一阶梯还差" in chinese and "50,000" in chinese
    assert re.search(rf"第 \d+ 页，共 {total} 页", chinese)
    dutch = "".join(p for p in pages if "Smeerolie Brabant B.V." in p)
    for word in ("Bezoekformulier", "Voorraad", "Concurrentie", "Handtekening", "Sanne IJzerman"):
        assert word in dutch, word
    assert re.search(rf"Pagina \d+ van {total}", dutch)
    assert "☐" not in "".join(pages)  # tick boxes are drawn squares, not a glyph


@needs_pdftotext
def test_every_visit_sheet_starts_on_a_new_page(pdf: bytes, tmp_path: Path) -> None:
    pages = pages_text(pdf, tmp_path)
    titled = [sum(p.count(title) for title in TITLES) for p in pages]
    assert max(titled) == 1  # never two sheets on one page
    first_pages = [
        p for p, n in zip(pages, titled, strict=True) if n and not any(c in p for c in CONTINUED)
    ]
    assert len(first_pages) == 5
    routes = [p for p in pages if any(t in p for t in ("Lộ trình viếng thăm", "拜访路线"))]
    routes += [p for p in pages if p.lstrip().startswith("Route")]
    assert len(routes) == 3


def test_the_first_stop_is_driven_from_where_plan_visits_starts_the_day(
    territory: Territory,
) -> None:
    """Home, office or an account set in *Plan visits…*: the route sheet counts the first
    drive from it, as the planner's km do (before, the first stop was always 0 km)."""
    from dataclasses import replace

    from acct_desktop.services.planning_preferences import (
        StartPoint,
        load_planning_preferences,
        save_planning_preferences,
    )

    kept = load_planning_preferences()
    home = (21.0031, 105.8201)  # Đống Đa, some km from the first stop
    try:
        save_planning_preferences(replace(kept, start=StartPoint(*home)))
        sheets = gather_visit_sheets(territory.db, TUESDAY, today=TODAY, tz_name="UTC")
        first = sheets.days[0].stops[0]
        straight = haversine_km(*home, *HANOI[0])
        assert first.km_from_previous == pytest.approx(straight * ROAD_WINDING_FACTOR)
        save_planning_preferences(replace(kept, start=StartPoint(account_code="VN0002")))
        from_account = gather_visit_sheets(territory.db, TUESDAY, today=TODAY, tz_name="UTC")
        straight = haversine_km(*HANOI[1], *HANOI[0])
        assert from_account.days[0].stops[0].km_from_previous == pytest.approx(
            straight * ROAD_WINDING_FACTOR
        )
    finally:
        save_planning_preferences(kept)
    assert (
        gather_visit_sheets(territory.db, TUESDAY, today=TODAY, tz_name="UTC")
        .days[0]
        .stops[0]
        .km_from_previous
        is None
    )


@needs_pdftotext
@pytest.mark.parametrize(
    ("language", "one", "three"),
    [
        ("en", "1 visit", "3 visits"),
        ("nl", "1 bezoek", "3 bezoeken"),
        ("vi", "1 điểm viếng thăm", "3 điểm viếng thăm"),
        ("zh_CN", "共 1 个拜访点", "共 3 个拜访点"),
    ],
)
def test_the_route_sheet_counts_its_visits_in_the_form_that_agrees(
    territory: Territory, tmp_path: Path, language: str, one: str, three: str
) -> None:
    """Tuesday has three visits, Wednesday one: "1 visit", "1 bezoek", never "1 bezoeken"."""
    content = gather_visit_sheets(
        territory.db, TUESDAY, WEDNESDAY, manager=MANAGER, today=TODAY, route_language=language
    )
    title = visit_sheet_labels(language).route_title
    pages = pages_text(build_visit_sheets_pdf(content), tmp_path)
    tuesday, wednesday = (" ".join(p.split()) for p in pages if title in p and "Route en" not in p)
    assert three in tuesday
    assert re.search(rf"{re.escape(one)}(?![a-zà-ỹ])", wednesday), wednesday
    # one stop and no start place: no drive is known, so none is printed (not "0.0 km")
    driving = visit_sheet_labels(language).total_distance.split("{")[0].strip()
    assert driving in tuesday and driving not in wednesday
