"""Printed labels per document language (en, zh_CN, vi, nl) for the PDFs we hand to customers.

A printed document has its own language, chosen per customer, independent of the language
of the user interface; so these labels live here as plain data, not in Qt's translations.
Every label is drawn with the embedded Unicode font, and a test checks the font covers
them all. An unknown language prints in English.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal
from types import MappingProxyType

from acct_desktop.domain.languages import DOCUMENT_LANGUAGES, normalise_language
from acct_desktop.domain.money import format_money
from acct_desktop.domain.number_marks import language_marks
from acct_desktop.reporting.counted_words import Counted, counted, printed_texts

LANGUAGES = DOCUMENT_LANGUAGES

_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTHS_NL = ("jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec")
# A month's name cut short as the language writes it (Dutch "mrt", not "maa"); Chinese and
# Vietnamese write the month's number instead (10月, T10).
SHORT_MONTHS = {"en": _MONTHS_EN, "nl": _MONTHS_NL}
_PDF_LANG = {"en": "en", "zh_CN": "zh-CN", "vi": "vi", "nl": "nl"}


@dataclass(frozen=True, slots=True)
class PriceListLabels:
    """The words of the customer price list in one language.

    Format strings: ``subject`` takes ``account``, ``col_from`` takes ``quantity``, ``note``
    takes ``currency`` and ``date``. ``categories`` names product categories by their code.
    ``dearer_note`` explains the mark (``DEARER_MARK``) on a break price above the price to
    its left. Latin-script notes quote with straight marks: the PDF font draws curly
    quotes full width (the width of a Chinese character).
    """

    title: str
    subject: str
    price_date: str
    currency: str
    col_sku: str
    col_product: str
    col_pack: str
    col_price: str
    col_from: str
    col_unit_price: str
    col_valid_until: str
    note: str
    no_products: str
    categories: Mapping[str, str]
    dearer_note: str = ""

    def all_text(self) -> str:
        """Every printed word of these labels in one string (for glyph-coverage checks)."""
        parts = [getattr(self, f.name) for f in fields(self) if f.name != "categories"]
        return "\n".join([*parts, *self.categories.values()])


@dataclass(frozen=True, slots=True)
class DocumentLabels:
    """The words printed on a document in one language.

    Fields with ``{placeholders}`` are format strings: ``page_of`` takes ``page`` and
    ``pages``, ``replaces`` and ``seal_reason`` take ``reference``, ``subject`` and
    ``covers_sub_accounts`` take ``account``, ``closed_on`` takes ``date``. ``colon``
    separates a label from its value (a full-width colon in Chinese).
    ``seal_reason`` is not printed on the page: it is the reason a PDF reader shows for the
    digital seal.
    """

    language: str
    colon: str
    checklist_title: str
    subject: str
    reference: str
    issue_date: str
    replaces: str
    customer: str
    manager: str
    account_code: str
    address: str
    contact: str
    organisation: str
    phone: str
    email: str
    col_no: str
    col_issue: str
    col_category: str
    col_description: str
    col_responsible: str
    col_deadline: str
    col_status: str
    continued: str
    no_items: str
    overdue: str
    resolution: str
    closed_on: str
    covers_sub_accounts: str
    note: str
    page_of: str
    verification_code: str
    statement: str
    official_seal: str
    financial_seal: str
    customer_representative: str
    our_representative: str
    name: str
    signature: str
    date: str
    seal_reason: str
    categories: Mapping[str, str]
    statuses: Mapping[str, str]
    price_list: PriceListLabels

    def page_label(self, page: int, pages: int) -> str:
        """``Page 2 of 5`` in this language."""
        return self.page_of.format(page=page, pages=pages)

    def labelled(self, label: str, value: str) -> str:
        """``label: value`` with this language's colon (``客户编码：GZ-001``)."""
        return f"{label}{self.colon}{value}"

    def bracketed(self, text: str, detail: str) -> str:
        """``text (detail)`` with this language's brackets: full-width where its colon is
        (``苏州瑞达工业油品有限公司（CN000048）``)."""
        if self.colon == "：":
            return f"{text}（{detail}）"
        return f"{text} ({detail})"

    def all_text(self) -> str:
        """Every printed word of these labels in one string (for glyph-coverage checks)."""
        values = (getattr(self, f.name) for f in fields(self))
        parts = [v for v in values if isinstance(v, str)]
        more = [*self.categories.values(), *self.statuses.values(), self.price_list.all_text()]
        return "\n".join([*parts, *more])


def _labels(
    language: str,
    categories: dict[str, str],
    statuses: dict[str, str],
    price_list: PriceListLabels,
    **text: str,
) -> DocumentLabels:
    return DocumentLabels(
        language=language,
        categories=MappingProxyType(categories),
        statuses=MappingProxyType(statuses),
        price_list=price_list,
        **text,
    )


def _price_list(categories: dict[str, str], **text: str) -> PriceListLabels:
    return PriceListLabels(categories=MappingProxyType(categories), **text)


_PRICE_LIST_EN = _price_list(
    {
        "passenger_engine_oil": "Passenger car engine oil",
        "hd_diesel_oil": "Heavy-duty diesel engine oil",
        "motorcycle_oil": "Motorcycle oil",
        "gear_oil": "Gear oil",
        "atf": "Automatic transmission fluid",
        "hydraulic_oil": "Hydraulic oil",
        "grease": "Grease",
        "coolant": "Coolant",
        "industrial_oil": "Industrial oil",
        "brake_fluid": "Brake fluid",
    },
    title="Price list",
    subject="Price list for {account}",
    price_date="Prices as of",
    currency="Currency",
    col_sku="Item no.",
    col_product="Product",
    col_pack="Pack",
    col_price="Price",
    col_from="from {quantity}",
    col_unit_price="Per L / kg",
    col_valid_until="Valid until",
    note=(
        'Prices per pack in {currency}, as of {date}. A "from" price applies to an order '
        "line of at least that many packs; an empty cell means the price to its left applies."
    ),
    no_products="No products are listed.",
    dearer_note="* Higher than the price for fewer packs, to its left in the same row.",
)

_PRICE_LIST_ZH_CN = _price_list(
    {
        "passenger_engine_oil": "乘用车发动机油",
        "hd_diesel_oil": "重负荷柴油机油",
        "motorcycle_oil": "摩托车机油",
        "gear_oil": "齿轮油",
        "atf": "自动变速箱油",
        "hydraulic_oil": "液压油",
        "grease": "润滑脂",
        "coolant": "冷却液",
        "industrial_oil": "工业润滑油",
        "brake_fluid": "制动液",
    },
    title="产品价格表",
    subject="{account}产品价格表",
    price_date="价格日期",
    currency="币种",
    col_sku="产品编码",
    col_product="产品名称",
    col_pack="包装规格",
    col_price="单价",
    col_from="{quantity}件起",
    col_unit_price="每升/公斤",
    col_valid_until="有效期至",
    note=(
        "以上价格为每件（包装）价格，币种{currency}，价格日期{date}。“起”列价格适用于"
        "单行订货量达到该件数的订单；空白表示适用其左侧的价格。"
    ),
    no_products="本价格表未列出产品。",
    dearer_note="* 该价格高于同一行左侧较小订货量的价格。",
)

_PRICE_LIST_VI = _price_list(
    {
        "passenger_engine_oil": "Dầu động cơ xe du lịch",
        "hd_diesel_oil": "Dầu động cơ diesel tải nặng",
        "motorcycle_oil": "Dầu nhớt xe máy",
        "gear_oil": "Dầu hộp số",
        "atf": "Dầu hộp số tự động",
        "hydraulic_oil": "Dầu thủy lực",
        "grease": "Mỡ bôi trơn",
        "coolant": "Nước làm mát",
        "industrial_oil": "Dầu công nghiệp",
        "brake_fluid": "Dầu phanh",
    },
    title="Bảng giá sản phẩm",
    subject="Bảng giá sản phẩm cho {account}",
    price_date="Giá áp dụng ngày",
    currency="Tiền tệ",
    col_sku="Mã hàng",
    col_product="Sản phẩm",
    col_pack="Quy cách",
    col_price="Đơn giá",
    col_from="từ {quantity}",
    col_unit_price="Mỗi lít / kg",
    col_valid_until="Hiệu lực đến",
    note=(
        'Giá tính theo đơn vị đóng gói, bằng {currency}, áp dụng ngày {date}. Giá "từ" áp dụng '
        "cho dòng đặt hàng có số lượng từ mức đó trở lên; ô trống nghĩa là áp dụng giá bên trái."
    ),
    no_products="Không có sản phẩm nào được liệt kê.",
    dearer_note="* Cao hơn giá cho số lượng ít hơn, ở bên trái cùng dòng.",
)

_PRICE_LIST_NL = _price_list(
    {
        "passenger_engine_oil": "Motorolie personenauto's",
        "hd_diesel_oil": "Dieselmotorolie zwaar transport",
        "motorcycle_oil": "Motorfietsolie",
        "gear_oil": "Versnellingsbakolie",
        "atf": "Automatische transmissievloeistof",
        "hydraulic_oil": "Hydraulische olie",
        "grease": "Smeervet",
        "coolant": "Koelvloeistof",
        "industrial_oil": "Industriële olie",
        "brake_fluid": "Remvloeistof",
    },
    title="Prijslijst",
    subject="Prijslijst voor {account}",
    price_date="Prijzen per",
    currency="Valuta",
    col_sku="Artikelnr.",
    col_product="Product",
    col_pack="Verpakking",
    col_price="Prijs",
    col_from="vanaf {quantity}",
    col_unit_price="Per L / kg",
    col_valid_until="Geldig tot",
    note=(
        "Prijzen per verpakking in {currency}, per {date}. Een vanaf-prijs geldt voor een "
        "orderregel van ten minste dat aantal verpakkingen; een lege cel betekent dat de prijs "
        "links ervan geldt."
    ),
    no_products="Er zijn geen producten vermeld.",
    dearer_note="* Hoger dan de prijs voor minder verpakkingen, links ervan in dezelfde regel.",
)


_EN = _labels(
    "en",
    {
        "rebate_cash_back": "Rebate cash-back",
        "defective_replacement": "Defective product replacement",
        "packaging_version": "Packaging version",
        "accounting": "Accounting",
        "promotion_expenses": "Promotion expenses",
        "delivery": "Delivery",
        "pricing": "Pricing",
        "other": "Other",
    },
    {"open": "Open", "in_progress": "In progress", "resolved": "Resolved", "verified": "Verified"},
    _PRICE_LIST_EN,
    colon=": ",
    checklist_title="Customer issue checklist",
    subject="Customer issue checklist for {account}",
    reference="Reference",
    issue_date="Date of issue",
    replaces="Replaces {reference}",
    customer="Customer",
    manager="Account manager",
    account_code="Customer code",
    address="Address",
    contact="Contact",
    organisation="Company",
    phone="Phone",
    email="Email",
    col_no="No.",
    col_issue="Issue no.",
    col_category="Category",
    col_description="Description",
    col_responsible="Responsible",
    col_deadline="Deadline",
    col_status="Status",
    continued="(continued)",
    no_items="No issues are listed.",
    overdue="Overdue",
    resolution="Resolution",
    closed_on="Closed {date}",
    covers_sub_accounts=(
        "This checklist covers the issues of {account} and of every account below it; "
        "each issue names the account it concerns."
    ),
    note="Note",
    page_of="Page {page} of {pages}",
    verification_code="Verification code",
    statement=(
        "The parties confirm the issues listed above and the responsible persons and deadlines."
    ),
    official_seal="Customer's official seal — affix seal here",
    financial_seal="Customer's financial seal — affix seal here",
    customer_representative="Customer representative",
    our_representative="Account manager",
    name="Name",
    signature="Signature",
    date="Date",
    seal_reason="Issue checklist {reference}",
)

_ZH_CN = _labels(
    "zh_CN",
    {
        "rebate_cash_back": "返利兑现",
        "defective_replacement": "不良品更换",
        "packaging_version": "新旧包装版本",
        "accounting": "账务",
        "promotion_expenses": "促销费用",
        "delivery": "配送",
        "pricing": "价格",
        "other": "其他",
    },
    {"open": "待处理", "in_progress": "处理中", "resolved": "已解决", "verified": "已核实"},
    _PRICE_LIST_ZH_CN,
    colon="：",
    checklist_title="客户问题书面确认清单",
    subject="{account}客户问题书面确认清单",
    reference="编号",
    issue_date="出具日期",
    replaces="本版替代 {reference}",
    customer="客户",
    manager="客户经理",
    account_code="客户编码",
    address="地址",
    contact="联系人",
    organisation="单位",
    phone="电话",
    email="邮箱",
    col_no="序号",
    col_issue="问题编号",
    col_category="问题类别",
    col_description="问题描述",
    col_responsible="责任人",
    col_deadline="截止日期",
    col_status="状态",
    continued="（续）",
    no_items="本清单未列出问题。",
    overdue="已逾期",
    resolution="解决情况",
    closed_on="{date}关闭",
    covers_sub_accounts="本清单涵盖{account}及其下属所有客户的问题，每项问题均注明所涉客户。",
    note="备注",
    page_of="第 {page} 页，共 {pages} 页",
    verification_code="验证码",
    statement="双方确认上述问题及各项问题的责任人和截止日期。",
    official_seal="客户公章（盖章处）",
    financial_seal="客户财务专用章（盖章处）",
    customer_representative="客户代表",
    our_representative="客户经理",
    name="姓名",
    signature="签字",
    date="日期",
    seal_reason="出具客户问题书面确认清单 {reference}",
)

_VI = _labels(
    "vi",
    {
        "rebate_cash_back": "Hoàn tiền chiết khấu",
        "defective_replacement": "Đổi hàng lỗi",
        "packaging_version": "Phiên bản bao bì",
        "accounting": "Kế toán, công nợ",
        "promotion_expenses": "Chi phí khuyến mại",
        "delivery": "Giao hàng",
        "pricing": "Giá cả",
        "other": "Khác",
    },
    {
        "open": "Chưa xử lý",
        "in_progress": "Đang xử lý",
        "resolved": "Đã giải quyết",
        "verified": "Đã xác minh",
    },
    _PRICE_LIST_VI,
    colon=": ",
    checklist_title="Danh sách xác nhận vấn đề của khách hàng",
    subject="Danh sách xác nhận vấn đề của khách hàng {account}",
    reference="Số hiệu",
    issue_date="Ngày lập",
    replaces="Thay thế {reference}",
    customer="Khách hàng",
    manager="Quản lý khách hàng",
    account_code="Mã khách hàng",
    address="Địa chỉ",
    contact="Người liên hệ",
    organisation="Công ty",
    phone="Điện thoại",
    email="Email",
    col_no="STT",
    col_issue="Mã vấn đề",
    col_category="Loại vấn đề",
    col_description="Mô tả",
    col_responsible="Người phụ trách",
    col_deadline="Thời hạn",
    col_status="Trạng thái",
    continued="(tiếp theo)",
    no_items="Không có vấn đề nào được liệt kê.",
    overdue="Quá hạn",
    resolution="Cách giải quyết",
    closed_on="Đóng ngày {date}",
    covers_sub_accounts=(
        "Danh sách này gồm các vấn đề của {account} và của mọi khách hàng trực thuộc; "
        "mỗi vấn đề ghi rõ khách hàng liên quan."
    ),
    note="Ghi chú",
    page_of="Trang {page} / {pages}",
    verification_code="Mã xác minh",
    statement=(
        "Hai bên xác nhận các vấn đề nêu trên, người phụ trách và thời hạn giải quyết từng vấn đề."
    ),
    official_seal="Dấu công ty của khách hàng — đóng dấu tại đây",
    financial_seal="Dấu tài chính của khách hàng — đóng dấu tại đây",
    customer_representative="Đại diện khách hàng",
    our_representative="Quản lý khách hàng",
    name="Họ và tên",
    signature="Chữ ký",
    date="Ngày",
    seal_reason="Lập danh sách xác nhận vấn đề của khách hàng {reference}",
)

_NL = _labels(
    "nl",
    {
        "rebate_cash_back": "Uitbetaling bonus",
        "defective_replacement": "Vervanging defecte producten",
        "packaging_version": "Verpakkingsversie",
        "accounting": "Administratie",
        "promotion_expenses": "Promotiekosten",
        "delivery": "Levering",
        "pricing": "Prijzen",
        "other": "Overig",
    },
    {
        "open": "Open",
        "in_progress": "In behandeling",
        "resolved": "Opgelost",
        "verified": "Geverifieerd",
    },
    _PRICE_LIST_NL,
    colon=": ",
    checklist_title="Schriftelijke lijst van klantproblemen",
    subject="Schriftelijke lijst van klantproblemen voor {account}",
    reference="Kenmerk",
    issue_date="Uitgiftedatum",
    replaces="Vervangt {reference}",
    customer="Klant",
    manager="Accountmanager",
    account_code="Klantnummer",
    address="Adres",
    contact="Contactpersoon",
    organisation="Bedrijf",
    phone="Telefoon",
    email="E-mail",
    col_no="Nr.",
    col_issue="Probleemnr.",
    col_category="Categorie",
    col_description="Omschrijving",
    col_responsible="Verantwoordelijke",
    col_deadline="Uiterste datum",
    col_status="Status",
    continued="(vervolg)",
    no_items="Er zijn geen problemen vermeld.",
    overdue="Te laat",
    resolution="Oplossing",
    closed_on="Gesloten op {date}",
    covers_sub_accounts=(
        "Deze lijst omvat de problemen van {account} en van alle klanten daaronder; "
        "bij elk probleem staat om welke klant het gaat."
    ),
    note="Opmerking",
    page_of="Pagina {page} van {pages}",
    verification_code="Verificatiecode",
    statement=(
        "Partijen bevestigen de hierboven vermelde problemen en de verantwoordelijken en "
        "uiterste data daarvan."
    ),
    official_seal="Bedrijfsstempel van de klant — hier stempelen",
    financial_seal="Financieel stempel van de klant — hier stempelen",
    customer_representative="Vertegenwoordiger van de klant",
    our_representative="Accountmanager",
    name="Naam",
    signature="Handtekening",
    date="Datum",
    seal_reason="Uitgifte van de lijst van klantproblemen {reference}",
)

_BY_LANGUAGE = {labels.language: labels for labels in (_EN, _ZH_CN, _VI, _NL)}


def labels_for(language: str | None) -> DocumentLabels:
    """The printed labels of a document language (English when the language is unknown)."""
    return _BY_LANGUAGE[normalise_language(language)]


def pdf_language_tag(language: str | None) -> str:
    """The BCP 47 tag for the PDF's /Lang entry (``zh-CN``, ``vi``, ``nl``, ``en``)."""
    return _PDF_LANG[normalise_language(language)]


def category_label(language: str | None, value: str) -> str:
    """The printed name of an IssueCategory value; an unknown value prints as itself."""
    return labels_for(language).categories.get(str(value), str(value))


def status_label(language: str | None, value: str) -> str:
    """The printed name of an IssueStatus value; an unknown value prints as itself."""
    return labels_for(language).statuses.get(str(value), str(value))


def format_date(language: str | None, day: date) -> str:
    """A date as customers write it: 2026年11月23日 · 23/11/2026 · 23-11-2026 · 23 Nov 2026."""
    match normalise_language(language):
        case "zh_CN":
            return f"{day.year}年{day.month}月{day.day}日"
        case "vi":
            return f"{day.day:02d}/{day.month:02d}/{day.year}"
        case "nl":
            return f"{day.day:02d}-{day.month:02d}-{day.year}"
        case _:
            return f"{day.day} {_MONTHS_EN[day.month - 1]} {day.year}"


_MONTH_NAMES_EN = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip
_MONTH_NAMES_NL = (
    "januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
    "oktober", "november", "december",
)  # fmt: skip


def format_month(language: str | None, month: date) -> str:
    """A month in a sentence, as its readers write it: October 2026 · 2026年10月 ·
    tháng 10/2026 · oktober 2026. The one place a month is put into words for a sentence
    (the command line's and the GUI's alike); ISO ``2026-10`` stays for what machines
    read."""
    match normalise_language(language):
        case "zh_CN":
            return f"{month.year}年{month.month}月"
        case "vi":
            return f"tháng {month.month}/{month.year}"
        case "nl":
            return f"{_MONTH_NAMES_NL[month.month - 1]} {month.year}"
        case _:
            return f"{_MONTH_NAMES_EN[month.month - 1]} {month.year}"


def product_category_label(language: str | None, code: str) -> str:
    """The printed name of a product category; an unknown code prints as ``Some category``."""
    known = labels_for(language).price_list.categories.get(code)
    return known or code.replace("_", " ").strip().capitalize() or code


def format_amount(
    language: str | None, amount: Decimal, currency: str, *, keep_finer: bool = False
) -> str:
    """An amount of ``currency`` with its decimals (25.000 VND, 1.234,50 EUR in Dutch), as
    ``domain.money.format_money`` writes it, grouped as customers of ``language`` write it."""
    group, point = language_marks(language)
    return format_money(
        amount, currency, decimal_point=point, group_separator=group, keep_finer=keep_finer
    )


# -- rebate statement ------------------------------------------------------------------------
# Kept apart from DocumentLabels (its own dataclass and lookup) so that other documents'
# labels can grow independently.


@dataclass(frozen=True, slots=True)
class RebateStatementLabels:
    """The words of the rebate statement in one language.

    Format strings: ``subject`` takes ``account``; ``elapsed`` takes ``elapsed`` and
    ``total`` (a ``Counted``, agreeing with ``total``); ``figures_through`` and
    ``distance_to_next_tier`` take ``date``;
    ``amounts_note`` takes ``currency``; ``part_note`` takes ``month``, ``figure``,
    ``counted``, ``covered`` and ``amount``.
    ``kinds``/``kind_notes``/``statuses`` are keyed by the enum values.
    ``months`` are the short month names, January first (empty for zh_CN, which writes
    2026年3月). A rate is written by ``domain.percentages.format_percent``.
    """

    language: str
    title: str
    subject: str
    agreement: str
    statement_date: str
    period: str
    kind: str
    scope: str
    all_products: str
    currency: str
    status: str
    tiers: str
    col_tier: str
    col_threshold: str
    col_rate: str
    reached: str
    fixed_rate: str
    by_month: str
    col_month: str
    col_volume: str
    col_cumulative: str
    figures: str
    volume_to_date: str
    last_year_to_date: str
    agreed_baseline: str
    agreed_baseline_to_date: str
    growth_baseline_note: str
    growth_to_date: str
    accrued_to_date: str
    settled: str
    balance: str
    projected_volume: str
    projected_rebate: str
    projected_final: str
    next_tier: str
    distance_to_next_tier: str
    top_tier_reached: str
    figures_final: str
    volume_period: str
    final_tier: str
    no_tier_reached: str
    final_rebate: str
    balance_final: str
    period_over: str
    part: str
    part_note: str
    signed_on: str
    signed_by: str
    entered_on: str
    # under the scope: another agreement counting some of the same sales ("{number}",
    # "{account}" the lower account, "{start}", "{end}")
    # under the title of an agreement not agreed yet (draft, pending approval)
    not_agreed: str
    also_counted: str
    not_signed: str
    unconverted: str
    elapsed: Counted
    figures_through: str
    no_figures: str
    no_figures_yet: str
    chart_cumulative: str
    chart_projected: str
    chart_threshold: str
    amounts_note: str
    kinds: Mapping[str, str]
    kind_notes: Mapping[str, str]
    statuses: Mapping[str, str]
    months: tuple[str, ...]

    def month(self, day: date) -> str:
        """A month as customers write it: Mar 2026 · 2026年3月 · 03/2026 · mrt 2026."""
        if self.language == "zh_CN":
            return f"{day.year}年{day.month}月"
        if self.language == "vi":
            return f"{day.month:02d}/{day.year}"
        return f"{self.months[day.month - 1]} {day.year}"

    def month_part(self, first: date, last: date) -> str:
        """The days of a month a period covers: 15–31 Mar 2026 (part) · 2026年3月15–31日
        （部分） · 15–31/03/2026 (một phần) · 15–31 mrt 2026 (deel)."""
        if self.language == "zh_CN":
            return f"{first.year}年{first.month}月{first.day}–{last.day}日（{self.part}）"
        if self.language == "vi":
            return f"{first.day}–{last.day}/{first.month:02d}/{first.year} ({self.part})"
        month = self.months[first.month - 1]
        return f"{first.day}–{last.day} {month} {first.year} ({self.part})"

    def all_text(self) -> str:
        """Every printed word of these labels in one string (for glyph-coverage checks)."""
        texts = printed_texts(getattr(self, f.name) for f in fields(self))
        mappings = (self.kinds, self.kind_notes, self.statuses)
        return "\n".join([*texts, *(v for m in mappings for v in m.values()), *self.months])


def _rebate_labels(
    kinds: dict[str, str],
    kind_notes: dict[str, str],
    statuses: dict[str, str],
    months: tuple[str, ...],
    **text: object,
) -> RebateStatementLabels:
    return RebateStatementLabels(
        kinds=MappingProxyType(kinds),
        kind_notes=MappingProxyType(kind_notes),
        statuses=MappingProxyType(statuses),
        months=months,
        **text,  # type: ignore[arg-type]
    )


_REBATE_EN = _rebate_labels(
    {
        "fixed_percent": "Fixed percentage",
        "whole_volume_tiers": "Whole-volume tiers",
        "banded_tiers": "Banded tiers",
        "growth": "Growth rebate",
    },
    {
        "fixed_percent": "A fixed percentage of the whole sell-in.",
        "whole_volume_tiers": "The rate of the highest tier reached applies to the whole sell-in.",
        "banded_tiers": "Each band earns its own rate on the part of the sell-in inside it.",
        "growth": (
            "Only the growth over the same period last year earns; the thresholds apply to "
            "the growth."
        ),
    },
    {
        "draft": "Draft",
        "pending_approval": "Pending approval",
        "active": "Active",
        "closed": "Closed",
        "cancelled": "Cancelled",
        "terminated": "Terminated",
    },
    _MONTHS_EN,
    language="en",
    title="Rebate statement",
    subject="Rebate statement for {account}",
    agreement="Agreement",
    statement_date="Statement date",
    period="Period",
    kind="Rebate kind",
    scope="Products",
    all_products="All products",
    currency="Currency",
    status="Status",
    tiers="Tiers",
    col_tier="Tier",
    col_threshold="From",
    col_rate="Rate",
    reached="reached",
    fixed_rate="Fixed rate",
    by_month="Sell-in by month",
    col_month="Month",
    col_volume="Sell-in",
    col_cumulative="Cumulative",
    figures="Rebate to date",
    volume_to_date="Sell-in to date",
    last_year_to_date="Same period last year",
    agreed_baseline="Agreed baseline for the period",
    agreed_baseline_to_date="Agreed baseline, pro rata to date",
    growth_baseline_note=(
        "Only the growth over the agreed baseline earns (the baseline pro rata to the "
        "days the sales figures cover); the thresholds apply to the growth."
    ),
    growth_to_date="Growth",
    accrued_to_date="Rebate accrued to date",
    settled="Settlements paid",
    balance="Balance to date",
    projected_volume="Projected sell-in at period end",
    projected_rebate="Projected rebate at period end",
    projected_final="Projected final settlement",
    next_tier="Next tier",
    distance_to_next_tier="Still to buy by {date} for the next tier",
    top_tier_reached="Top tier reached",
    figures_final="Rebate for the period",
    volume_period="Sell-in in the period",
    final_tier="Final tier reached",
    no_tier_reached="None (below the first tier)",
    final_rebate="Final rebate",
    balance_final="Still to settle",
    period_over="The period is over: these figures are final",
    part="part",
    part_note=(
        "{month}: only the month's total is known ({figure}); the period has {counted} of "
        "its {covered} days, so {amount} counts."
    ),
    signed_on="Signed on",
    signed_by="Signed by",
    entered_on="Entered on",
    not_signed="Not signed",
    not_agreed=(
        "Draft — not agreed: the figures are what it would pay once approved, nothing is owed "
        "on it yet."
    ),
    also_counted=(
        "{number} also counts the sales of {account} and the accounts under it from "
        "{start} to {end}"
    ),
    unconverted="Not counted (no exchange rate)",
    elapsed=counted(
        "{elapsed} of {total} day elapsed", "{elapsed} of {total} days elapsed", by="total"
    ),
    figures_through="Sales figures up to {date}",
    no_figures="No sales figures for this period yet",
    no_figures_yet="no figures yet",
    chart_cumulative="Cumulative sell-in",
    chart_projected="Projected at period end",
    chart_threshold="Tier threshold",
    amounts_note="Amounts in {currency}; rebates rounded half-up to the currency's smallest unit.",
)

_REBATE_ZH_CN = _rebate_labels(
    {
        "fixed_percent": "固定比例返利",
        "whole_volume_tiers": "全量阶梯返利",
        "banded_tiers": "分段累进返利",
        "growth": "增长返利",
    },
    {
        "fixed_percent": "按固定比例对全部进货额计算返利。",
        "whole_volume_tiers": "达到的最高阶梯返利率适用于全部进货额。",
        "banded_tiers": "各段进货额分别按所在段的返利率计算。",
        "growth": "仅对超过去年同期的增长额计算返利，阶梯门槛按增长额计算。",
    },
    {
        "draft": "草稿",
        "pending_approval": "待审批",
        "active": "生效",
        "closed": "已结算",
        "cancelled": "已取消",
        "terminated": "已终止",
    },
    (),
    language="zh_CN",
    title="返利对账单",
    subject="{account}返利对账单",
    agreement="协议编号",
    statement_date="对账日期",
    period="协议期间",
    kind="返利类型",
    scope="产品范围",
    all_products="全部产品",
    currency="币种",
    status="状态",
    tiers="返利阶梯",
    col_tier="阶梯",
    col_threshold="起点金额",
    col_rate="返利率",
    reached="已达到",
    fixed_rate="固定返利率",
    by_month="月度进货额",
    col_month="月份",
    col_volume="进货额",
    col_cumulative="累计",
    figures="返利核算",
    volume_to_date="累计进货额",
    last_year_to_date="去年同期进货额",
    agreed_baseline="约定全期基数",
    agreed_baseline_to_date="约定基数（按比例折算至今）",
    growth_baseline_note=(
        "仅对超过约定基数的增长额计算返利（基数按销售数据覆盖的天数折算），阶梯门槛按增长额计算。"
    ),
    growth_to_date="同比增长额",
    accrued_to_date="截至对账日应计返利",
    settled="已兑付返利",
    balance="当前应付余额",
    projected_volume="预计期末进货额",
    projected_rebate="预计期末返利",
    projected_final="预计期末结算金额",
    next_tier="下一阶梯",
    distance_to_next_tier="{date}前还需进货（达到下一阶梯）",
    top_tier_reached="已达到最高阶梯",
    figures_final="本期返利结算",
    volume_period="期间进货额",
    final_tier="最终达到阶梯",
    no_tier_reached="未达到（低于第一阶梯）",
    final_rebate="最终返利",
    balance_final="尚待结算",
    period_over="协议期间已结束：以下为最终数据",
    part="部分",
    part_note=(
        "{month}：仅有整月数据（{figure}）；协议期间含其中 {counted}/{covered} 天，"
        "按比例计入 {amount}。"
    ),
    signed_on="签订日期",
    signed_by="签订人",
    entered_on="录入日期",
    not_signed="未签订",
    not_agreed="草稿——尚未生效：以下为批准后将支付的金额，目前不构成应付款项。",
    also_counted="{number} 同样计入 {account} 及其下属客户 {start} 至 {end} 的进货额",
    unconverted="未计入（无汇率）",
    elapsed=counted("已过 {elapsed} 天，共 {total} 天", by="total"),
    figures_through="销售数据截至 {date}",
    no_figures="本期尚无销售数据",
    no_figures_yet="暂无数据",
    chart_cumulative="累计进货额",
    chart_projected="预计期末",
    chart_threshold="阶梯门槛",
    amounts_note="金额单位：{currency}；返利按四舍五入保留到最小货币单位。",
)

_REBATE_VI = _rebate_labels(
    {
        "fixed_percent": "Chiết khấu tỷ lệ cố định",
        "whole_volume_tiers": "Chiết khấu bậc toàn phần",
        "banded_tiers": "Chiết khấu lũy tiến từng phần",
        "growth": "Chiết khấu tăng trưởng",
    },
    {
        "fixed_percent": "Tỷ lệ cố định áp dụng cho toàn bộ doanh số nhập hàng.",
        "whole_volume_tiers": (
            "Tỷ lệ của bậc cao nhất đạt được áp dụng cho toàn bộ doanh số nhập hàng."
        ),
        "banded_tiers": "Mỗi khoảng doanh số được tính theo tỷ lệ riêng của khoảng đó.",
        "growth": (
            "Chỉ tính trên phần tăng trưởng so với cùng kỳ năm trước; ngưỡng bậc tính theo "
            "mức tăng trưởng."
        ),
    },
    {
        "draft": "Bản nháp",
        "pending_approval": "Chờ phê duyệt",
        "active": "Đang hiệu lực",
        "closed": "Đã quyết toán",
        "cancelled": "Đã hủy",
        "terminated": "Đã chấm dứt",
    },
    (),
    language="vi",
    title="Bảng đối chiếu chiết khấu thương mại",
    subject="Bảng đối chiếu chiết khấu thương mại của {account}",
    agreement="Số thỏa thuận",
    statement_date="Ngày đối chiếu",
    period="Thời hạn",
    kind="Loại chiết khấu",
    scope="Phạm vi sản phẩm",
    all_products="Tất cả sản phẩm",
    currency="Tiền tệ",
    status="Trạng thái",
    tiers="Bậc chiết khấu",
    col_tier="Bậc",
    col_threshold="Doanh số từ",
    col_rate="Tỷ lệ",
    reached="đã đạt",
    fixed_rate="Tỷ lệ cố định",
    by_month="Doanh số nhập hàng theo tháng",
    col_month="Tháng",
    col_volume="Doanh số",
    col_cumulative="Lũy kế",
    figures="Chiết khấu đến nay",
    volume_to_date="Doanh số lũy kế đến nay",
    last_year_to_date="Cùng kỳ năm trước",
    agreed_baseline="Mức cơ sở thỏa thuận cả kỳ",
    agreed_baseline_to_date="Mức cơ sở thỏa thuận, theo tỷ lệ đến nay",
    growth_baseline_note=(
        "Chỉ tính trên phần tăng trưởng vượt mức cơ sở thỏa thuận (mức cơ sở tính theo tỷ "
        "lệ số ngày có số liệu doanh số); ngưỡng bậc tính theo mức tăng trưởng."
    ),
    growth_to_date="Mức tăng trưởng",
    accrued_to_date="Chiết khấu tích lũy đến nay",
    settled="Đã thanh toán",
    balance="Số dư đến nay",
    projected_volume="Doanh số dự kiến cuối kỳ",
    projected_rebate="Chiết khấu dự kiến cuối kỳ",
    projected_final="Dự kiến quyết toán cuối kỳ",
    next_tier="Bậc tiếp theo",
    distance_to_next_tier="Cần nhập thêm đến hết {date} để đạt bậc tiếp theo",
    top_tier_reached="Đã đạt bậc cao nhất",
    figures_final="Chiết khấu cả kỳ",
    volume_period="Doanh số cả kỳ",
    final_tier="Bậc đạt được cuối kỳ",
    no_tier_reached="Chưa đạt (dưới bậc đầu tiên)",
    final_rebate="Chiết khấu quyết toán",
    balance_final="Còn phải quyết toán",
    period_over="Kỳ đã kết thúc: số liệu chính thức",
    part="một phần",
    part_note=(
        "{month}: chỉ có số liệu cả tháng ({figure}); kỳ thỏa thuận gồm {counted}/{covered} "
        "ngày của tháng nên tính {amount}."
    ),
    signed_on="Ngày ký",
    signed_by="Người ký",
    entered_on="Ngày nhập hệ thống",
    not_signed="Chưa ký",
    not_agreed=(
        "Bản nháp — chưa được duyệt: các số liệu là khoản sẽ trả khi được duyệt, hiện chưa "
        "phát sinh khoản phải trả."
    ),
    also_counted=(
        "{number} cũng tính doanh số của {account} và các khách hàng trực thuộc từ {start} "
        "đến {end}"
    ),
    unconverted="Chưa tính (không có tỷ giá)",
    elapsed=counted("Đã qua {elapsed}/{total} ngày", by="total"),
    figures_through="Số liệu doanh số đến ngày {date}",
    no_figures="Kỳ này chưa có số liệu doanh số",
    no_figures_yet="chưa có số liệu",
    chart_cumulative="Doanh số lũy kế",
    chart_projected="Dự kiến cuối kỳ",
    chart_threshold="Ngưỡng bậc",
    amounts_note=(
        "Số tiền tính bằng {currency}; chiết khấu được làm tròn đến đơn vị tiền tệ nhỏ nhất."
    ),
)

_REBATE_NL = _rebate_labels(
    {
        "fixed_percent": "Vast percentage",
        "whole_volume_tiers": "Staffel over de hele inkoop",
        "banded_tiers": "Schijvenstaffel",
        "growth": "Groeibonus",
    },
    {
        "fixed_percent": "Een vast percentage over de hele inkoop.",
        "whole_volume_tiers": (
            "Het percentage van de hoogste bereikte staffel geldt voor de hele inkoop."
        ),
        "banded_tiers": (
            "Elke schijf krijgt haar eigen percentage over de inkoop binnen die schijf."
        ),
        "growth": (
            "Alleen de groei ten opzichte van dezelfde periode vorig jaar telt; de "
            "staffelgrenzen gelden voor de groei."
        ),
    },
    {
        "draft": "Concept",
        "pending_approval": "Wacht op goedkeuring",
        "active": "Actief",
        "closed": "Afgesloten",
        "cancelled": "Geannuleerd",
        "terminated": "Beëindigd",
    },
    _MONTHS_NL,
    language="nl",
    title="Bonusoverzicht",
    subject="Bonusoverzicht voor {account}",
    agreement="Overeenkomst",
    statement_date="Datum overzicht",
    period="Periode",
    kind="Soort bonus",
    scope="Producten",
    all_products="Alle producten",
    currency="Valuta",
    status="Status",
    tiers="Staffel",
    col_tier="Staffel",
    col_threshold="Vanaf",
    col_rate="Percentage",
    reached="bereikt",
    fixed_rate="Vast percentage",
    by_month="Inkoop per maand",
    col_month="Maand",
    col_volume="Inkoop",
    col_cumulative="Cumulatief",
    figures="Bonus tot nu toe",
    volume_to_date="Inkoop tot nu toe",
    last_year_to_date="Zelfde periode vorig jaar",
    agreed_baseline="Afgesproken basis voor de periode",
    agreed_baseline_to_date="Afgesproken basis, naar rato tot nu toe",
    growth_baseline_note=(
        "Alleen de groei boven de afgesproken basis telt (de basis naar rato van de dagen "
        "met verkoopcijfers); de staffelgrenzen gelden voor de groei."
    ),
    growth_to_date="Groei",
    accrued_to_date="Opgebouwde bonus tot nu toe",
    settled="Reeds uitbetaald",
    balance="Saldo tot nu toe",
    projected_volume="Verwachte inkoop einde periode",
    projected_rebate="Verwachte bonus einde periode",
    projected_final="Verwachte eindafrekening",
    next_tier="Volgende staffel",
    distance_to_next_tier="Nog in te kopen t/m {date} voor de volgende staffel",
    top_tier_reached="Hoogste staffel bereikt",
    figures_final="Bonus over de periode",
    volume_period="Inkoop in de periode",
    final_tier="Bereikte staffel",
    no_tier_reached="Geen (onder de eerste staffel)",
    final_rebate="Definitieve bonus",
    balance_final="Nog af te rekenen",
    period_over="De periode is voorbij: deze cijfers zijn definitief",
    part="deel",
    part_note=(
        "{month}: alleen het maandtotaal is bekend ({figure}); de periode omvat {counted} "
        "van de {covered} dagen, dus telt {amount} mee."
    ),
    signed_on="Ondertekend op",
    signed_by="Ondertekend door",
    entered_on="Ingevoerd op",
    not_signed="Niet ondertekend",
    not_agreed=(
        "Concept — niet overeengekomen: de bedragen zijn wat het na goedkeuring zou "
        "uitbetalen, er is nog niets verschuldigd."
    ),
    also_counted=(
        "{number} telt ook de inkoop van {account} en de klanten eronder van {start} "
        "tot en met {end}"
    ),
    unconverted="Niet meegeteld (geen wisselkoers)",
    elapsed=counted(
        "{elapsed} van {total} dag verstreken", "{elapsed} van {total} dagen verstreken", by="total"
    ),
    figures_through="Verkoopcijfers tot en met {date}",
    no_figures="Nog geen verkoopcijfers voor deze periode",
    no_figures_yet="nog geen cijfers",
    chart_cumulative="Cumulatieve inkoop",
    chart_projected="Verwacht einde periode",
    chart_threshold="Staffelgrens",
    amounts_note=(
        "Bedragen in {currency}; bonussen rekenkundig afgerond op de kleinste munteenheid."
    ),
)

_REBATE_BY_LANGUAGE = {
    labels.language: labels for labels in (_REBATE_EN, _REBATE_ZH_CN, _REBATE_VI, _REBATE_NL)
}


def rebate_statement_labels(language: str | None) -> RebateStatementLabels:
    """The rebate statement's labels in a document language (English when unknown)."""
    return _REBATE_BY_LANGUAGE[normalise_language(language)]
