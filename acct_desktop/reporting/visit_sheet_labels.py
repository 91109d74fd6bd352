"""Printed words of the day's route sheet and the visit sheets (en, zh_CN, vi, nl).

Kept apart from :mod:`acct_desktop.reporting.document_labels` (its own dataclass and lookup)
so the visit documents' words can grow on their own; issue categories and statuses and
product categories are printed with that module's names. Fields with ``{placeholders}`` are
format strings: ``subject`` takes ``first`` and ``last``; ``stops`` takes ``count`` (a
``Counted``: "1 visit", "2 visits"); ``total_distance`` takes ``km`` and ``time``; ``km``
takes ``km``; ``minutes`` takes ``minutes``, ``hours`` ``hours`` and ``minutes``;
``distance_note`` takes ``factor`` and ``speed``; ``zone`` takes ``name`` and ``offset``,
``zone_names`` map a zone (its IANA key) to its name; ``holiday`` takes ``name``;
``too_far`` takes ``stop``, ``drive`` and ``free``; ``overlap`` takes ``stop`` and ``time``;
``troubles`` takes ``count``; ``stop_of`` takes ``stop`` and ``stops``;
``per_unit`` takes ``unit``; ``as_of`` takes ``date``; ``more`` takes ``count``;
``page_of`` takes ``page`` and ``pages``; ``influence`` takes ``value``. An unknown
language prints in English.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from types import MappingProxyType

from acct_desktop.domain.languages import normalise_language
from acct_desktop.reporting.counted_words import Counted, counted, printed_texts


@dataclass(frozen=True, slots=True)
class VisitSheetLabels:
    """The words printed on a route sheet or a visit sheet in one language."""

    language: str
    colon: str
    route_title: str
    sheet_title: str
    subject: str
    stops: Counted
    total_distance: str
    distance_note: str
    minutes: str
    hours: str
    zone: str
    holiday: str
    too_far: str
    overlap: str
    troubles: str
    odometer_start: str
    odometer_end: str
    manager: str
    col_no: str
    col_time: str
    col_account: str
    col_address: str
    col_contact: str
    col_purpose: str
    col_distance: str
    km: str
    date: str
    time: str
    purpose: str
    stop_of: str
    account_code: str
    tier: str
    phone: str
    address: str
    hierarchy: str
    contacts: str
    col_met: str
    col_name: str
    col_title: str
    col_role: str
    col_influence: str
    influence: str
    no_contacts: str
    last_visit: str
    no_last_visit: str
    summary: str
    stock_seen: str
    sell_through: str
    competitors: str
    needs: str
    follow_ups: str
    price_compliance: str
    display_compliance: str
    promotion: str
    yes: str
    no: str
    open_issues: str
    no_open_issues: str
    col_issue: str
    col_category: str
    col_description: str
    col_responsible: str
    col_deadline: str
    past_deadline: str
    price_floors: str
    col_product: str
    col_floor: str
    col_valid_until: str
    per_unit: str
    per_pack: str
    all_products: str
    rebates: str
    col_agreement: str
    col_volume: str
    col_rate_reached: str
    col_next_tier: str
    col_to_next_tier: str
    top_tier_reached: str
    as_of: str
    quotes_awaiting: str
    col_quote: str
    col_quote_date: str
    col_amount: str
    to_fill: str
    stock: str
    competitor_notes: str
    needs_notes: str
    compliance: str
    customer_signature: str
    manager_signature: str
    name: str
    signature: str
    signed_on: str
    continued: str
    more: str
    page_of: str
    weekdays: tuple[str, ...]
    purposes: Mapping[str, str]
    kinds: Mapping[str, str]
    roles: Mapping[str, str]
    zone_names: Mapping[str, str]

    def page_label(self, page: int, pages: int) -> str:
        """``Page 2 of 5`` in this language."""
        return self.page_of.format(page=page, pages=pages)

    def labelled(self, label: str, value: str) -> str:
        """``label: value`` with this language's colon (``客户编码：CN000012``)."""
        return f"{label}{self.colon}{value}"

    def purpose_name(self, purpose: str) -> str:
        """The printed name of a visit purpose; an unknown one prints as itself."""
        return self.purposes.get(str(purpose), str(purpose))

    def kind_name(self, kind: str) -> str:
        """The printed name of an account kind; an unknown one prints as itself."""
        return self.kinds.get(str(kind), str(kind))

    def zone_name(self, key: str, offset: str) -> str:
        """A time zone as people read it: ``Vietnam time (UTC+7)``; a zone we do not name
        by its IANA key's city (``Bangkok (UTC+7)``)."""
        name = self.zone_names.get(key) or key.rsplit("/", 1)[-1].replace("_", " ")
        return self.zone.format(name=name, offset=offset)

    def role_name(self, role: str) -> str:
        """The printed name of a DMU role; an unknown one prints as itself."""
        return self.roles.get(str(role), str(role))

    def all_text(self) -> str:
        """Every printed word of these labels in one string (for glyph-coverage checks)."""
        parts = printed_texts(getattr(self, f.name) for f in fields(self))
        mappings = (self.purposes, self.kinds, self.roles, self.zone_names)
        return "\n".join([*parts, *self.weekdays, *(v for m in mappings for v in m.values())])


def _labels(
    weekdays: tuple[str, ...],
    purposes: dict[str, str],
    kinds: dict[str, str],
    roles: dict[str, str],
    zone_names: dict[str, str],
    **text: str | Counted,
) -> VisitSheetLabels:
    return VisitSheetLabels(
        weekdays=weekdays,
        purposes=MappingProxyType(purposes),
        kinds=MappingProxyType(kinds),
        roles=MappingProxyType(roles),
        zone_names=MappingProxyType(zone_names),
        **text,
    )


_EN = _labels(
    ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    {"service": "Service", "inspection": "Inspection", "guidance": "Guidance"},
    {
        "headquarters": "Headquarters",
        "regional_office": "Regional office",
        "distribution_centre": "Distribution centre",
        "branch_warehouse": "Branch warehouse",
        "store": "Store",
        "workshop": "Workshop",
        "distributor": "Distributor",
    },
    {
        "decision_maker": "Decision maker",
        "influencer": "Influencer",
        "buyer": "Buyer",
        "user": "User",
        "gatekeeper": "Gatekeeper",
        "technical": "Technical",
    },
    {
        "Asia/Shanghai": "China time",
        "Asia/Hong_Kong": "Hong Kong time",
        "Asia/Taipei": "Taiwan time",
        "Asia/Ho_Chi_Minh": "Vietnam time",
        "Europe/Amsterdam": "Netherlands time",
        "Europe/Brussels": "Belgium time",
    },
    language="en",
    colon=": ",
    route_title="Visit route",
    sheet_title="Visit sheet",
    subject="Visit route and visit sheets, {first} – {last}",
    stops=counted("{count} visit", "{count} visits"),
    total_distance="Driving between visits: about {km} km, {time}",
    distance_note=(
        "Road distance and drive time are estimated as the planner does: the straight line "
        "between consecutive visits × {factor}, at {speed} km/h. “—”: no coordinates."
    ),
    minutes="{minutes} min",
    hours="{hours} h {minutes} min",
    zone="{name} (UTC{offset})",
    holiday="Public holiday: {name}",
    too_far="Cannot be reached in time from stop {stop}: {drive} drive, {free} between",
    overlap="Overlaps stop {stop} ({time})",
    troubles="Times to check: {count}",
    odometer_start="Odometer at start",
    odometer_end="Odometer at end",
    manager="Account manager",
    col_no="No.",
    col_time="Time",
    col_account="Customer",
    col_address="Address",
    col_contact="Main contact",
    col_purpose="Purpose",
    col_distance="From previous",
    km="{km} km",
    date="Date",
    time="Time",
    purpose="Purpose",
    stop_of="Visit {stop} of {stops}",
    account_code="Customer code",
    tier="Tier",
    phone="Phone",
    address="Address",
    hierarchy="Organisation",
    contacts="Contacts",
    col_met="Met",
    col_name="Name",
    col_title="Title",
    col_role="Role",
    col_influence="Influence",
    influence="{value} / 5",
    no_contacts="No contacts are known.",
    last_visit="Last visit",
    no_last_visit="No visit has been completed yet.",
    summary="Summary",
    stock_seen="Stock",
    sell_through="Sell-through",
    competitors="Competitors",
    needs="Needs",
    follow_ups="Follow-ups",
    price_compliance="Price compliance",
    display_compliance="Display and POP compliance",
    promotion="Takes part in the promotion",
    yes="Yes",
    no="No",
    open_issues="Open issues",
    no_open_issues="No open issues.",
    col_issue="Issue no.",
    col_category="Category",
    col_description="Description",
    col_responsible="Responsible",
    col_deadline="Deadline",
    past_deadline="past deadline",
    price_floors="Price floors in force",
    col_product="Product",
    col_floor="Floor price",
    col_valid_until="Valid until",
    per_unit="per {unit}",
    per_pack="per pack",
    all_products="All products",
    rebates="Rebate progress",
    col_agreement="Agreement",
    col_volume="Sell-in to date",
    col_rate_reached="Rate reached",
    col_next_tier="Next tier",
    col_to_next_tier="Still needed for the next tier",
    top_tier_reached="Top tier reached",
    as_of="as of {date}",
    quotes_awaiting="Quotes awaiting an answer",
    col_quote="Quote no.",
    col_quote_date="Quote date",
    col_amount="Amount",
    to_fill="To fill in during the visit",
    stock="Stock",
    competitor_notes="Competitors",
    needs_notes="Needs and follow-ups",
    compliance="Display compliance",
    customer_signature="Seen by the customer",
    manager_signature="Account manager",
    name="Name",
    signature="Signature",
    signed_on="Date",
    continued="(continued)",
    more="… and {count} more",
    page_of="Page {page} of {pages}",
)

_ZH_CN = _labels(
    ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"),
    {"service": "客户服务", "inspection": "巡店检查", "guidance": "经营指导"},
    {
        "headquarters": "总部",
        "regional_office": "区域办事处",
        "distribution_centre": "配送中心",
        "branch_warehouse": "分仓",
        "store": "门店",
        "workshop": "修理厂",
        "distributor": "经销商",
    },
    {
        "decision_maker": "决策者",
        "influencer": "影响者",
        "buyer": "采购",
        "user": "使用者",
        "gatekeeper": "把关者",
        "technical": "技术把关",
    },
    {
        "Asia/Shanghai": "北京时间",
        "Asia/Hong_Kong": "香港时间",
        "Asia/Taipei": "台湾时间",
        "Asia/Ho_Chi_Minh": "越南时间",
        "Europe/Amsterdam": "荷兰时间",
        "Europe/Brussels": "比利时时间",
    },
    language="zh_CN",
    colon="：",
    route_title="拜访路线",
    sheet_title="拜访记录表",
    subject="拜访路线及拜访记录表（{first}至{last}）",
    stops=counted("共 {count} 个拜访点"),
    total_distance="拜访点间车程约 {km} 公里，{time}",
    distance_note=(
        "路程和车程按排程的算法估算：相邻拜访点间直线距离 × {factor}，"
        "时速 {speed} 公里；“—”表示缺少坐标。"
    ),
    minutes="{minutes} 分钟",
    hours="{hours} 小时 {minutes} 分钟",
    zone="{name}（UTC{offset}）",
    holiday="公共假日：{name}",
    too_far="从第 {stop} 站赶不及：车程 {drive}，间隔仅 {free}",
    overlap="与第 {stop} 站时间重叠（{time}）",
    troubles="需核对时间：{count} 处",
    odometer_start="出发里程表读数",
    odometer_end="返回里程表读数",
    manager="客户经理",
    col_no="序号",
    col_time="时间",
    col_account="客户",
    col_address="地址",
    col_contact="主要联系人",
    col_purpose="拜访目的",
    col_distance="距上一站",
    km="{km} 公里",
    date="日期",
    time="时间",
    purpose="拜访目的",
    stop_of="第 {stop} 站，共 {stops} 站",
    account_code="客户编码",
    tier="客户等级",
    phone="电话",
    address="地址",
    hierarchy="组织层级",
    contacts="联系人",
    col_met="已见",
    col_name="姓名",
    col_title="职务",
    col_role="决策角色",
    col_influence="影响力",
    influence="{value} / 5",
    no_contacts="尚未登记联系人。",
    last_visit="上次拜访",
    no_last_visit="尚无已完成的拜访记录。",
    summary="纪要",
    stock_seen="库存",
    sell_through="动销",
    competitors="竞品",
    needs="客户需求",
    follow_ups="跟进事项",
    price_compliance="价格合规",
    display_compliance="陈列及POP合规",
    promotion="参与促销",
    yes="是",
    no="否",
    open_issues="未结问题",
    no_open_issues="无未结问题。",
    col_issue="问题编号",
    col_category="类别",
    col_description="问题描述",
    col_responsible="责任人",
    col_deadline="截止日期",
    past_deadline="已逾期",
    price_floors="有效限价（最低价）",
    col_product="产品",
    col_floor="最低价",
    col_valid_until="有效期至",
    per_unit="每{unit}",
    per_pack="每件",
    all_products="全部产品",
    rebates="返利进度",
    col_agreement="协议编号",
    col_volume="累计进货额",
    col_rate_reached="已达返利率",
    col_next_tier="下一阶梯",
    col_to_next_tier="距下一阶梯还差",
    top_tier_reached="已达最高阶梯",
    as_of="截至{date}",
    quotes_awaiting="待客户答复的报价",
    col_quote="报价单号",
    col_quote_date="报价日期",
    col_amount="金额",
    to_fill="拜访现场填写",
    stock="库存",
    competitor_notes="竞品",
    needs_notes="客户需求及跟进事项",
    compliance="陈列合规",
    customer_signature="客户确认",
    manager_signature="客户经理",
    name="姓名",
    signature="签字",
    signed_on="日期",
    continued="（续）",
    more="另有 {count} 项",
    page_of="第 {page} 页，共 {pages} 页",
)

_VI = _labels(
    ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"),
    {
        "service": "Chăm sóc khách hàng",
        "inspection": "Kiểm tra cửa hàng",
        "guidance": "Hướng dẫn kinh doanh",
    },
    {
        "headquarters": "Trụ sở chính",
        "regional_office": "Văn phòng khu vực",
        "distribution_centre": "Trung tâm phân phối",
        "branch_warehouse": "Kho chi nhánh",
        "store": "Cửa hàng",
        "workshop": "Xưởng sửa chữa",
        "distributor": "Nhà phân phối",
    },
    {
        "decision_maker": "Người quyết định",
        "influencer": "Người ảnh hưởng",
        "buyer": "Người mua hàng",
        "user": "Người sử dụng",
        "gatekeeper": "Người gác cổng",
        "technical": "Chuyên môn kỹ thuật",
    },
    {
        "Asia/Shanghai": "giờ Trung Quốc",
        "Asia/Hong_Kong": "giờ Hồng Kông",
        "Asia/Taipei": "giờ Đài Loan",
        "Asia/Ho_Chi_Minh": "giờ Việt Nam",
        "Europe/Amsterdam": "giờ Hà Lan",
        "Europe/Brussels": "giờ Bỉ",
    },
    language="vi",
    colon=": ",
    route_title="Lộ trình viếng thăm",
    sheet_title="Phiếu viếng thăm",
    subject="Lộ trình và phiếu viếng thăm, {first} – {last}",
    stops=counted("{count} điểm viếng thăm"),
    total_distance="Lái xe giữa các điểm: khoảng {km} km, {time}",
    distance_note=(
        "Quãng đường và thời gian lái xe được ước tính như khi lập kế hoạch: đường thẳng giữa "
        "hai điểm liên tiếp × {factor}, với tốc độ {speed} km/h. “—”: chưa có tọa độ."
    ),
    minutes="{minutes} phút",
    hours="{hours} giờ {minutes} phút",
    zone="{name} (UTC{offset})",
    holiday="Ngày lễ: {name}",
    too_far="Không kịp đến từ điểm {stop}: lái xe {drive}, chỉ có {free}",
    overlap="Trùng giờ với điểm {stop} ({time})",
    troubles="Cần xem lại giờ: {count} điểm",
    odometer_start="Số km lúc xuất phát",
    odometer_end="Số km lúc về",
    manager="Quản lý khách hàng",
    col_no="STT",
    col_time="Giờ",
    col_account="Khách hàng",
    col_address="Địa chỉ",
    col_contact="Người liên hệ chính",
    col_purpose="Mục đích",
    col_distance="Cách điểm trước",
    km="{km} km",
    date="Ngày",
    time="Giờ",
    purpose="Mục đích",
    stop_of="Điểm {stop}/{stops}",
    account_code="Mã khách hàng",
    tier="Hạng",
    phone="Điện thoại",
    address="Địa chỉ",
    hierarchy="Cơ cấu tổ chức",
    contacts="Người liên hệ",
    col_met="Đã gặp",
    col_name="Họ và tên",
    col_title="Chức vụ",
    col_role="Vai trò",
    col_influence="Ảnh hưởng",
    influence="{value} / 5",
    no_contacts="Chưa có người liên hệ.",
    last_visit="Lần viếng thăm trước",
    no_last_visit="Chưa có lần viếng thăm nào hoàn tất.",
    summary="Tóm tắt",
    stock_seen="Tồn kho",
    sell_through="Bán ra",
    competitors="Đối thủ",
    needs="Nhu cầu",
    follow_ups="Việc cần theo dõi",
    price_compliance="Tuân thủ giá",
    display_compliance="Tuân thủ trưng bày và POP",
    promotion="Tham gia khuyến mại",
    yes="Có",
    no="Không",
    open_issues="Vấn đề chưa giải quyết",
    no_open_issues="Không có vấn đề tồn đọng.",
    col_issue="Mã vấn đề",
    col_category="Loại",
    col_description="Mô tả",
    col_responsible="Người phụ trách",
    col_deadline="Thời hạn",
    past_deadline="quá hạn",
    price_floors="Giá sàn đang áp dụng",
    col_product="Sản phẩm",
    col_floor="Giá sàn",
    col_valid_until="Hiệu lực đến",
    per_unit="mỗi {unit}",
    per_pack="mỗi kiện",
    all_products="Tất cả sản phẩm",
    rebates="Tiến độ chiết khấu",
    col_agreement="Thỏa thuận",
    col_volume="Doanh số lũy kế",
    col_rate_reached="Tỷ lệ đã đạt",
    col_next_tier="Bậc tiếp theo",
    col_to_next_tier="Còn thiếu để lên bậc",
    top_tier_reached="Đã đạt bậc cao nhất",
    as_of="tính đến {date}",
    quotes_awaiting="Báo giá chờ khách hàng phản hồi",
    col_quote="Số báo giá",
    col_quote_date="Ngày báo giá",
    col_amount="Thành tiền",
    to_fill="Ghi chép tại buổi viếng thăm",
    stock="Tồn kho",
    competitor_notes="Đối thủ",
    needs_notes="Nhu cầu và việc cần theo dõi",
    compliance="Tuân thủ trưng bày",
    customer_signature="Xác nhận của khách hàng",
    manager_signature="Quản lý khách hàng",
    name="Họ và tên",
    signature="Chữ ký",
    signed_on="Ngày",
    continued="(tiếp theo)",
    more="… và {count} mục khác",
    page_of="Trang {page} / {pages}",
)

_NL = _labels(
    ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    {"service": "Service", "inspection": "Controle", "guidance": "Begeleiding"},
    {
        "headquarters": "Hoofdkantoor",
        "regional_office": "Regiokantoor",
        "distribution_centre": "Distributiecentrum",
        "branch_warehouse": "Filiaalmagazijn",
        "store": "Winkel",
        "workshop": "Werkplaats",
        "distributor": "Distributeur",
    },
    {
        "decision_maker": "Beslisser",
        "influencer": "Beïnvloeder",
        "buyer": "Inkoper",
        "user": "Gebruiker",
        "gatekeeper": "Poortwachter",
        "technical": "Technisch adviseur",
    },
    {
        "Asia/Shanghai": "Chinese tijd",
        "Asia/Hong_Kong": "Hongkongse tijd",
        "Asia/Taipei": "Taiwanese tijd",
        "Asia/Ho_Chi_Minh": "Vietnamese tijd",
        "Europe/Amsterdam": "Nederlandse tijd",
        "Europe/Brussels": "Belgische tijd",
    },
    language="nl",
    colon=": ",
    route_title="Route",
    sheet_title="Bezoekformulier",
    subject="Route en bezoekformulieren, {first} – {last}",
    stops=counted("{count} bezoek", "{count} bezoeken"),
    total_distance="Rijden tussen de bezoeken: ongeveer {km} km, {time}",
    distance_note=(
        "Afstand over de weg en rijtijd geschat zoals de planner rekent: hemelsbreed tussen "
        "opeenvolgende bezoeken × {factor}, bij {speed} km/u. „—”: geen coördinaten."
    ),
    minutes="{minutes} min",
    hours="{hours} u {minutes} min",
    zone="{name} (UTC{offset})",
    holiday="Feestdag: {name}",
    too_far="Niet op tijd te halen vanaf stop {stop}: {drive} rijden, {free} ertussen",
    overlap="Overlapt met stop {stop} ({time})",
    troubles="Tijden nakijken: {count}",
    odometer_start="Kilometerstand vertrek",
    odometer_end="Kilometerstand aankomst",
    manager="Accountmanager",
    col_no="Nr.",
    col_time="Tijd",
    col_account="Klant",
    col_address="Adres",
    col_contact="Contactpersoon",
    col_purpose="Doel",
    col_distance="Vanaf vorige",
    km="{km} km",
    date="Datum",
    time="Tijd",
    purpose="Doel",
    stop_of="Bezoek {stop} van {stops}",
    account_code="Klantnummer",
    tier="Klasse",
    phone="Telefoon",
    address="Adres",
    hierarchy="Organisatie",
    contacts="Contactpersonen",
    col_met="Gesproken",
    col_name="Naam",
    col_title="Functie",
    col_role="Rol",
    col_influence="Invloed",
    influence="{value} / 5",
    no_contacts="Geen contactpersonen bekend.",
    last_visit="Vorig bezoek",
    no_last_visit="Nog geen afgerond bezoek.",
    summary="Samenvatting",
    stock_seen="Voorraad",
    sell_through="Doorverkoop",
    competitors="Concurrentie",
    needs="Behoeften",
    follow_ups="Vervolgacties",
    price_compliance="Prijsnaleving",
    display_compliance="Schap- en POS-naleving",
    promotion="Doet mee aan de promotie",
    yes="Ja",
    no="Nee",
    open_issues="Openstaande problemen",
    no_open_issues="Geen openstaande problemen.",
    col_issue="Probleemnr.",
    col_category="Categorie",
    col_description="Omschrijving",
    col_responsible="Verantwoordelijke",
    col_deadline="Uiterste datum",
    past_deadline="verlopen",
    price_floors="Geldende minimumprijzen",
    col_product="Product",
    col_floor="Minimumprijs",
    col_valid_until="Geldig tot",
    per_unit="per {unit}",
    per_pack="per verpakking",
    all_products="Alle producten",
    rebates="Bonusvoortgang",
    col_agreement="Overeenkomst",
    col_volume="Inkoop tot nu toe",
    col_rate_reached="Bereikt percentage",
    col_next_tier="Volgende staffel",
    col_to_next_tier="Nog nodig voor de volgende staffel",
    top_tier_reached="Hoogste staffel bereikt",
    as_of="per {date}",
    quotes_awaiting="Offertes in afwachting van antwoord",
    col_quote="Offertenr.",
    col_quote_date="Offertedatum",
    col_amount="Bedrag",
    to_fill="In te vullen tijdens het bezoek",
    stock="Voorraad",
    competitor_notes="Concurrentie",
    needs_notes="Behoeften en vervolgacties",
    compliance="Schapnaleving",
    customer_signature="Voor gezien namens de klant",
    manager_signature="Accountmanager",
    name="Naam",
    signature="Handtekening",
    signed_on="Datum",
    continued="(vervolg)",
    more="… en nog {count}",
    page_of="Pagina {page} van {pages}",
)

_BY_LANGUAGE = {labels.language: labels for labels in (_EN, _ZH_CN, _VI, _NL)}


def visit_sheet_labels(language: str | None) -> VisitSheetLabels:
    """The route and visit sheets' words in a document language (English when unknown)."""
    return _BY_LANGUAGE[normalise_language(language)]
