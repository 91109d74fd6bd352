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
from types import MappingProxyType

DEFAULT_LANGUAGE = "en"
LANGUAGES = ("en", "zh_CN", "vi", "nl")

_ALIASES = {
    "en": "en",
    "zh": "zh_CN",
    "zh_cn": "zh_CN",
    "zh_hans": "zh_CN",
    "zh_hans_cn": "zh_CN",
    "zh_sg": "zh_CN",
    "vi": "vi",
    "vi_vn": "vi",
    "nl": "nl",
    "nl_nl": "nl",
    "nl_be": "nl",
}
_MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_PDF_LANG = {"en": "en", "zh_CN": "zh-CN", "vi": "vi", "nl": "nl"}


@dataclass(frozen=True, slots=True)
class DocumentLabels:
    """The words printed on a document in one language.

    Fields with ``{placeholders}`` are format strings: ``page_of`` takes ``page`` and
    ``pages``, ``replaces`` takes ``reference``, ``subject`` takes ``account``. ``colon``
    separates a label from its value (a full-width colon in Chinese).
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
    categories: Mapping[str, str]
    statuses: Mapping[str, str]

    def page_label(self, page: int, pages: int) -> str:
        """``Page 2 of 5`` in this language."""
        return self.page_of.format(page=page, pages=pages)

    def labelled(self, label: str, value: str) -> str:
        """``label: value`` with this language's colon (``客户编码：GZ-001``)."""
        return f"{label}{self.colon}{value}"

    def all_text(self) -> str:
        """Every printed word of these labels in one string (for glyph-coverage checks)."""
        values = (getattr(self, f.name) for f in fields(self))
        parts = [v for v in values if isinstance(v, str)]
        return "\n".join([*parts, *self.categories.values(), *self.statuses.values()])


def _labels(language: str, categories: dict[str, str], statuses: dict[str, str], **text: str):
    return DocumentLabels(
        language=language,
        categories=MappingProxyType(categories),
        statuses=MappingProxyType(statuses),
        **text,
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
)

_BY_LANGUAGE = {labels.language: labels for labels in (_EN, _ZH_CN, _VI, _NL)}


def normalise_language(language: str | None) -> str:
    """One of ``LANGUAGES`` for a language tag (``zh-CN``, ``vi_VN``, ``nl-BE`` …); else ``en``."""
    key = (language or "").strip().replace("-", "_").lower()
    return _ALIASES.get(key, DEFAULT_LANGUAGE)


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
