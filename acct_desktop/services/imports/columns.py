"""Which column of the file holds which field: by header name, synonyms, or the user's map.

The canonical field names are the export's headers, so an exported file maps by itself.
Headers match ignoring case, spaces, ``_``, ``-`` and ``.`` (``Parent code``,
``parent_code`` and ``PARENT-CODE`` are one); a few common synonyms in English, Chinese,
Vietnamese and Dutch are accepted too. A user's map (``{"code": "Klantnummer"}``) wins over
both; mapping a field to ``""`` leaves it out.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from acct_desktop.domain.sentences import QT_TRANSLATE_NOOP, Sentence, listed
from acct_desktop.services.imports.field_words import field_word
from acct_desktop.services.imports.header_words import core_key
from acct_desktop.services.imports.measure_words import MEASURE_HEADERS
from acct_desktop.services.imports.problems import ProblemList
from acct_desktop.services.tabular import Table

ACCOUNT_FIELDS: tuple[str, ...] = (
    "code", "name", "kind", "channel", "tier", "parent_code", "territory", "street",
    "district", "city", "postcode", "country_code", "latitude", "longitude", "phone", "email",
    "payment_terms", "credit_limit", "currency", "document_language", "strategy",
    "purchasing_policy", "notes", "tags",
)  # fmt: skip
ACCOUNT_REQUIRED = ("code", "name")

CONTACT_FIELDS: tuple[str, ...] = (
    "account_code", "name", "title", "department", "phone", "email", "messenger_id",
    "dmu_role", "attitude", "influence", "reports_to", "notes", "id",
)  # fmt: skip
CONTACT_REQUIRED = ("account_code", "name")

# A sales territory as exports head it: "Rayon" and "verkoopgebied" are the Dutch sales
# words, "销售区域" and "địa bàn" the Chinese and Vietnamese ones.
_TERRITORY = ("region", "area", "sales territory", "区域", "片区", "销售区域", "khu vực",
              "địa bàn", "regio", "gebied", "rayon", "verkoopgebied")  # fmt: skip

ACCOUNT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": ("account code", "customer code", "customer no", "customer number", "account no",
             "account number", "customer id", "account id", "client id", "partner id",
             "customer ref", "customer reference", "客户编码", "客户代码", "客户编号",
             "客户id", "客户号", "mã khách hàng", "id khách hàng", "mã số khách hàng",
             "mã kh", "klantcode", "klantnummer", "klant-id",
             "relatienummer", "debiteurnummer", "nummer", "编码", "mã",
             # what Odoo and other ERPs export as a record's key
             "external id", "xml id", "外部id", "外部编号", "id bên ngoài", "externe id"),
    "name": ("account name", "customer name", "customer", "company", "company name",
             "客户名称", "名称", "tên khách hàng", "tên", "klantnaam", "naam", "bedrijfsnaam"),
    "kind": ("type", "account type", "company type", "customer type", "partner type", "类型",
             "客户类型", "公司类型", "loại", "loại khách hàng", "loại công ty", "soort",
             "klanttype", "bedrijfstype"),
    "channel": ("渠道", "kênh", "kanaal"),
    "tier": ("class", "grade", "等级", "hạng", "klasse"),
    # "Parent Customer No." and "上级客户编号" meet these by their core words (header_words)
    "parent_code": ("parent", "parent account", "parent account code", "parent customer",
                    "parent company", "related company", "higher-level customer",
                    "higher level account", "上级编码", "上级客户", "上级客户编码", "上级单位",
                    "上级公司", "母公司", "所属公司", "mã cấp trên", "khách hàng cấp trên",
                    "mã khách hàng cấp trên", "công ty mẹ", "moedercode",
                    "nummer bovenliggende klant", "bovenliggende klant",
                    "bovenliggend klantnummer", "moederbedrijf", "moedermaatschappij",
                    "hoofdklant"),
    "territory": _TERRITORY,
    "street": ("address", "street address", "地址", "街道", "địa chỉ", "đường", "adres",
               "straat"),
    "district": ("区县", "区", "quận", "quận huyện", "wijk", "stadsdeel"),
    "city": ("town", "城市", "thành phố", "plaats", "stad", "woonplaats"),
    "postcode": ("zip", "zip code", "postal code", "邮编", "邮政编码", "mã bưu chính"),
    "country_code": ("country", "国家", "quốc gia", "land"),
    "latitude": ("lat", "纬度", "vĩ độ", "breedtegraad"),
    "longitude": ("lng", "lon", "long", "经度", "kinh độ", "lengtegraad"),
    "phone": ("telephone", "tel", "phone number", "电话", "điện thoại", "telefoon"),
    "email": ("e-mail address", "email address", "mail", "邮箱", "电子邮件", "e-mailadres"),
    "payment_terms": ("payment term", "terms", "付款条件", "điều khoản thanh toán",
                      "điều kiện thanh toán", "betalingsvoorwaarden"),
    "credit_limit": ("credit line", "信用额度", "hạn mức tín dụng", "kredietlimiet"),
    "currency": ("币种", "货币", "tiền tệ", "valuta", "munteenheid"),
    "document_language": ("language", "语言", "单据语言", "ngôn ngữ", "ngôn ngữ chứng từ",
                          "taal", "documenttaal"),
    "strategy": ("策略", "chiến lược", "strategie"),
    "purchasing_policy": ("purchasing", "采购政策", "chính sách mua hàng", "inkoopbeleid"),
    "notes": ("note", "remarks", "comments", "备注", "ghi chú", "opmerkingen", "notities"),
    "tags": ("tag", "labels", "标签", "nhãn", "thẻ"),
}  # fmt: skip

CONTACT_SYNONYMS: dict[str, tuple[str, ...]] = {
    # the account by code or by its exact name (Odoo's "Related Company")
    "account_code": ("account", "account code", "customer code", "customer", "company",
                     "related company", "company name", "organization", "organisation",
                     "客户编码", "客户代码", "客户", "公司", "公司名称", "所属公司",
                     "mã khách hàng", "khách hàng", "công ty", "tên công ty", "klantcode",
                     "klantnummer", "klant", "bedrijf", "bedrijfsnaam", "organisatie"),
    "name": ("contact", "contact name", "full name", "person", "姓名", "联系人", "名称",
             "họ tên", "tên", "naam", "contactpersoon"),
    "title": ("job title", "job position", "position", "function", "job", "职位", "职务",
              "岗位", "chức vụ", "chức danh", "vị trí", "functie", "functietitel"),
    "department": ("dept", "部门", "phòng ban", "afdeling"),
    "phone": ("mobile", "telephone", "tel", "电话", "手机", "điện thoại", "telefoon"),
    "email": ("e-mail address", "email address", "mail", "邮箱", "电子邮件", "e-mailadres"),
    "messenger_id": ("messenger", "wechat", "微信", "即时通讯账号", "zalo", "whatsapp",
                     "id nhắn tin"),
    "dmu_role": ("role", "dmu", "role in the decision", "角色", "决策角色", "vai trò",
                 "vai trò trong quyết định", "rol", "rol in de beslissing"),
    "attitude": ("态度", "thái độ", "houding"),
    "influence": ("影响力", "ảnh hưởng", "invloed"),
    "reports_to": ("manager", "boss", "上级", "汇报对象", "cấp trên", "báo cáo cho",
                   "leidinggevende", "rapporteert aan"),
    "notes": ("note", "remarks", "comments", "备注", "ghi chú", "opmerkingen", "notities"),
    "id": ("contact id",),
}  # fmt: skip

# what ERPs call a product's SKU, qualified or not ("Product SKU", "product_sku", 商品编码)
_SKU_WORDS = (
    "product sku", "item sku", "sku code", "article sku", "物料编码", "产品编码", "商品编码",
    "产品编号", "商品编号", "货号", "产品sku", "商品sku", "mã hàng", "mã sản phẩm",
    "mã hàng hóa", "mã sp", "sku sản phẩm", "artikelnummer", "artikelcode", "productcode",
    "product-sku", "artikel sku",
)  # fmt: skip

_IGNORED_IN_HEADERS = re.compile(r"[\s_\-.]+")


def header_key(header: str) -> str:
    """Headers compare without case, spaces, ``_``, ``-``, ``.`` (full-width forms folded)."""
    return _IGNORED_IN_HEADERS.sub("", unicodedata.normalize("NFKC", header).casefold())


@dataclass(frozen=True)
class ColumnMap:
    """The column index of each mapped field, and the file's columns left unused."""

    index: dict[str, int]
    headers: list[str]
    ignored: tuple[str, ...]

    def header(self, field: str) -> str | None:
        """The header of the column holding ``field`` (for problem reports)."""
        index = self.index.get(field)
        return self.headers[index] if index is not None else None


def map_columns(
    table: Table,
    fields: Sequence[str],
    required: Sequence[str],
    synonyms: Mapping[str, Sequence[str]],
    overrides: Mapping[str, str] | None,
    problems: ProblemList,
    entity: str,
) -> ColumnMap:
    """Decide which column holds which field; problems go on the header's line."""
    line = table.header_line
    headers = table.headers
    by_key: dict[str, list[int]] = {}
    for index, header in enumerate(headers):
        by_key.setdefault(header_key(header), []).append(index)
    index_of: dict[str, int] = {}
    skipped: set[str] = set()
    taken: set[int] = set()
    for field, header in (overrides or {}).items():
        if field not in fields:
            problems.add(
                line,
                None,
                Sentence.of(
                    QT_TRANSLATE_NOOP("messages", '%1 have no field "%2"; the fields are: %3'),
                    entity,
                    field,
                    listed(list(fields)),
                ),
            )
            continue
        if not header:
            skipped.add(field)
            continue
        exact = [i for i, h in enumerate(headers) if h == header.strip()]
        matches = exact or by_key.get(header_key(header), [])
        if len(matches) != 1:
            if not matches:
                template = QT_TRANSLATE_NOOP(
                    "messages", 'the file has no column named "%1" (for %2)'
                )
            else:
                template = QT_TRANSLATE_NOOP(
                    "messages", 'the file has more than one column named "%1" (for %2)'
                )
            problems.add(line, None, Sentence.of(template, header, field_word(field)))
            skipped.add(field)  # reported already: not "missing" as well
            continue
        index_of[field] = matches[0]
        taken.add(matches[0])
    lookup = _lookup(fields, synonyms)
    named = {header_key(field): field for field in fields}
    by_name = {i: named.get(header_key(h)) for i, h in enumerate(headers)}
    # a header that is a field's own name ("name") first: it beats any synonym ("description")
    for index in sorted(range(len(headers)), key=lambda i: by_name[i] is None):
        header = headers[index]
        field = lookup.get(header_key(header))
        if index in taken or field is None or field in skipped:
            continue
        if field in index_of:
            if (overrides or {}).get(field) or by_name[index_of[field]] == field:
                continue  # the user's map, or the field's own name, chose another column
            problems.add(
                line,
                header,
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages",
                        'both "%1" and "%2" look like %3; map one of them explicitly',
                    ),
                    headers[index_of[field]],
                    header,
                    field_word(field),
                ),
            )
            continue
        index_of[field] = index
        taken.add(index)
    _match_loosely(headers, fields, synonyms, index_of, taken, skipped)
    for field in required:
        if field not in index_of and field not in skipped:
            problems.add(
                line,
                None,
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages", "the file has no column for %1, which is required"
                    ),
                    field_word(field),
                ),
            )
        elif field in skipped and not (overrides or {}).get(field):
            problems.add(
                line,
                None,
                Sentence.of(
                    QT_TRANSLATE_NOOP(
                        "messages", "choose the column that holds %1: it is required"
                    ),
                    field_word(field),
                ),
            )
    ignored = tuple(h for i, h in enumerate(headers) if i not in taken and h)
    return ColumnMap(index_of, headers, ignored)


def _match_loosely(
    headers: Sequence[str],
    fields: Sequence[str],
    synonyms: Mapping[str, Sequence[str]],
    index_of: dict[str, int],
    taken: set[int],
    skipped: set[str],
) -> None:
    """Give a field still without a column the one header left whose core words are a
    synonym's (``Artikelnr.`` → sku, ``Omzet excl. btw`` → amount). Two such headers for
    one field (``Omzet excl. btw`` and ``Omzet incl. btw``) are not guessed between: the
    user maps one."""
    by_core: dict[str, set[str]] = {}
    for field in fields:
        for name in (field, *synonyms.get(field, ())):
            if key := core_key(name):
                by_core.setdefault(key, set()).add(field)
    candidates: dict[str, list[int]] = {}
    for index, header in enumerate(headers):
        owners = by_core.get(core_key(header), set()) if index not in taken else set()
        if len(owners) == 1:
            candidates.setdefault(next(iter(owners)), []).append(index)
    for field, indexes in candidates.items():
        if field not in index_of and field not in skipped and len(indexes) == 1:
            index_of[field] = indexes[0]
            taken.add(indexes[0])


def header_score(
    fields: Sequence[str], synonyms: Mapping[str, Sequence[str]]
) -> Callable[[Sequence[str]], int]:
    """How many different cells of a row name one of ``fields`` (by name, synonym or core
    words, as ``map_columns`` matches them): the row of column names scores, a title or a
    row of group names above it ("基本信息 | 联系方式 | 财务") scores nothing
    (``tabular.header_index``)."""
    keys = set(_lookup(fields, synonyms))
    cores = {
        key
        for field in fields
        for name in (field, *synonyms.get(field, ()))
        if (key := core_key(name))
    }

    def score(cells: Sequence[str]) -> int:
        named = {cell.strip() for cell in cells if cell.strip()}
        return sum(1 for cell in named if header_key(cell) in keys or core_key(cell) in cores)

    return score


def _lookup(fields: Sequence[str], synonyms: Mapping[str, Sequence[str]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for field in fields:
        for name in synonyms.get(field, ()):
            table[header_key(name)] = field
    for field in fields:  # a canonical name beats a synonym that happens to equal it
        table[header_key(field)] = field
    return table


PRODUCT_FIELDS: tuple[str, ...] = (
    "sku", "name", "category", "unit", "pack_size", "pack_label", "list_price", "cost",
    "currency", "lead_time_days", "active",
)  # fmt: skip
PRODUCT_REQUIRED = ("sku",)

POLICY_FIELDS: tuple[str, ...] = (
    "code", "name", "scope", "account_code", "channel", "territory", "product_sku",
    "category", "valid_from", "valid_to", "currency", "min_quantity", "unit", "rule_kind",
    "guide_price", "discount_percent", "base", "round_to", "surcharge", "min_margin_amount",
    "max_margin_amount", "floor_price", "min_margin_percent", "max_discount_percent",
    "approval_threshold_percent", "note",
)  # fmt: skip
POLICY_REQUIRED = ("name", "valid_from")

REBATE_FIELDS: tuple[str, ...] = (
    "number", "account_code", "kind", "period_start", "period_end", "currency", "category",
    "fixed_percent", "baseline_amount", "signed_on", "signed_by", "entered_on", "tiers", "note",
)  # fmt: skip
REBATE_REQUIRED = ("account_code", "kind", "period_start", "period_end")

_CURRENCY = ("币种", "货币", "tiền tệ", "valuta", "munteenheid")
_CATEGORY = ("product category", "categ id", "category id", "产品类别", "类别", "品类",
             "danh mục", "nhóm hàng", "categorie", "productgroep")  # fmt: skip
_NOTE = ("notes", "remarks", "comments", "备注", "ghi chú", "opmerking", "opmerkingen")
_ACCOUNT = ("account", "customer", "customer code", "客户编码", "客户代码", "mã khách hàng",
            "klantcode", "klantnummer")  # fmt: skip

PRODUCT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "sku": ("article", "article number", "item", "item code", "product code", "part number",
            "default code", "internal reference", *_SKU_WORDS),
    "name": ("product", "product name", "description", "产品名称", "品名", "名称",
             "tên sản phẩm", "tên hàng", "omschrijving", "productnaam", "naam"),
    "category": _CATEGORY,
    "unit": ("uom", "unit of measure", "单位", "đơn vị", "eenheid"),
    "pack_size": ("pack", "content", "size", "规格", "包装规格", "quy cách", "inhoud"),
    "pack_label": ("packaging", "包装", "bao bì", "verpakking"),
    "list_price": ("price", "list", "catalogue price", "目录价", "标价", "价格", "giá niêm yết",
                   "giá", "prijs", "catalogusprijs", "brutoprijs"),
    "cost": ("cost price", "purchase price", "standard price", "成本", "成本价", "giá vốn",
             "kostprijs", "inkoopprijs"),
    "currency": _CURRENCY,
    "lead_time_days": ("lead time", "delivery days", "交货期", "交期", "thời gian giao hàng",
                       "levertijd"),
    "active": ("enabled", "status", "启用", "有效", "đang bán", "actief"),
}  # fmt: skip

POLICY_SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": ("policy code", "policy", "政策编码", "政策编号", "mã chính sách", "beleidscode"),
    "name": ("policy name", "description", "政策名称", "名称", "tên chính sách", "naam",
             "omschrijving"),
    "scope": ("applies to", "适用范围", "范围", "phạm vi", "bereik"),
    "account_code": _ACCOUNT,
    "channel": ("渠道", "kênh", "kanaal"),
    "territory": _TERRITORY,
    "product_sku": ("sku", "product", "product code", "article number", "物料编码", "产品编码",
                    "货号", "mã hàng", "artikelnummer"),
    "category": _CATEGORY,
    "valid_from": ("from", "start", "start date", "effective from", "生效日期", "开始日期",
                   "từ ngày", "geldig vanaf", "ingangsdatum"),
    "valid_to": ("to", "until", "end", "end date", "expiry", "失效日期", "结束日期",
                 "đến ngày", "geldig tot", "einddatum"),
    "currency": _CURRENCY,
    "min_quantity": ("min qty", "minimum quantity", "quantity", "起订量", "最小数量",
                     "số lượng tối thiểu", "minimum aantal", "staffel"),
    "unit": ("uom", "单位", "đơn vị", "eenheid"),
    "rule_kind": ("rule", "kind", "type", "price rule", "规则", "类型", "loại", "soort"),
    "guide_price": ("price", "fixed price", "指导价", "价格", "giá", "prijs", "richtprijs"),
    "discount_percent": ("discount", "discount %", "折扣", "折扣率", "chiết khấu", "korting"),
    "base": ("based on", "base price", "基准", "基价", "giá gốc", "basis"),
    "round_to": ("rounding", "round", "取整", "làm tròn", "afronding"),
    "surcharge": ("extra", "加价", "phụ phí", "toeslag"),
    "min_margin_amount": ("min margin", "最低加价", "lãi tối thiểu", "minimale marge"),
    "max_margin_amount": ("max margin", "最高加价", "lãi tối đa", "maximale marge"),
    "floor_price": ("floor", "limit price", "minimum price", "限价", "最低价", "giá sàn",
                    "bodemprijs", "minimumprijs"),
    "min_margin_percent": ("margin line", "min margin %", "min markup %", "毛利线", "最低毛利率",
                           "最低成本加成率", "biên lãi tối thiểu", "minimale marge %",
                           "min. opslag %"),
    "max_discount_percent": ("max discount", "最大折扣", "chiết khấu tối đa",
                             "maximale korting"),
    "approval_threshold_percent": ("approval threshold", "审批阈值", "ngưỡng phê duyệt",
                                   "goedkeuringsdrempel"),
    "note": _NOTE,
}  # fmt: skip

REBATE_SYNONYMS: dict[str, tuple[str, ...]] = {
    "number": ("agreement", "agreement number", "contract", "contract number", "协议编号",
               "合同编号", "số hợp đồng", "contractnummer", "overeenkomst"),
    "account_code": _ACCOUNT,
    "kind": ("type", "rebate kind", "rebate type", "返利类型", "类型", "loại", "soort"),
    "period_start": ("start", "from", "start date", "开始日期", "từ ngày", "begindatum",
                     "periode van"),
    "period_end": ("end", "to", "end date", "结束日期", "đến ngày", "einddatum",
                   "periode tot"),
    "currency": _CURRENCY,
    "category": _CATEGORY,
    "fixed_percent": ("rate", "rebate %", "rebate percent", "返利比例", "返点",
                      "tỷ lệ chiết khấu", "percentage"),
    "baseline_amount": ("baseline", "last year", "基数", "去年销售额", "doanh số gốc",
                        "basisbedrag"),
    "signed_on": ("signed", "signing date", "date signed", "签订日期", "签约日期",
                  "ngày ký", "getekend op", "ondertekend op"),
    "signed_by": ("signatory", "签订人", "签约人", "người ký", "getekend door"),
    "entered_on": ("entered", "entry date", "录入日期", "ngày nhập", "ingevoerd op"),
    "tiers": ("tier", "steps", "阶梯", "档位", "bậc", "staffels", "staffel"),
    "note": _NOTE,
}  # fmt: skip

# -- sales targets (imports/targets.py) -----------------------------------------------------
MONTH_FIELDS: tuple[str, ...] = (
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
)  # fmt: skip
QUARTER_FIELDS: tuple[str, ...] = ("q1", "q2", "q3", "q4")
TARGET_FIELDS: tuple[str, ...] = (
    "year", "account_code", "territory", "category", "measure", "currency", "method",
    "weights", "amount", "quantity", *QUARTER_FIELDS, *MONTH_FIELDS,
)  # fmt: skip
TARGET_REQUIRED = ("year",)

_MONTH_NAMES = (
    ("january", "januari", "一月", "m1", "01"), ("february", "februari", "二月", "m2", "02"),
    ("march", "maart", "mrt", "三月", "m3", "03"), ("april", "四月", "m4", "04"),
    ("mei", "五月", "m5", "05"), ("june", "juni", "六月", "m6", "06"),
    ("july", "juli", "七月", "m7", "07"), ("august", "augustus", "八月", "m8", "08"),
    ("september", "sept", "九月", "m9", "09"), ("october", "oktober", "okt", "十月", "m10"),
    ("november", "十一月", "m11"), ("december", "十二月", "m12"),
)  # fmt: skip
_QUARTER_NAMES = ("一季度", "二季度", "三季度", "四季度")
_QUARTER_ORDINALS = ("第一季度", "第二季度", "第三季度", "第四季度")

TARGET_SYNONYMS: dict[str, tuple[str, ...]] = {
    "year": ("fiscal year", "target year", "年", "年度", "年份", "năm", "jaar", "boekjaar"),
    "account_code": _ACCOUNT,
    "territory": ("territory code", *_TERRITORY),
    "category": _CATEGORY,
    "measure": MEASURE_HEADERS,  # the same as the sales import's
    "currency": _CURRENCY,
    "method": ("breakdown", "split", "phasing", "分解方式", "分解", "cách phân bổ", "phân bổ",
               "verdeling", "fasering"),
    "weights": ("weighting", "split weights", "权重", "比重", "tỷ trọng", "gewichten"),
    "amount": ("annual amount", "annual target", "target", "target amount", "year amount",
               "年度目标", "目标", "目标金额", "全年目标", "chỉ tiêu năm", "mục tiêu",
               "doel", "jaardoel", "bedrag", "targetbedrag"),
    "quantity": ("annual quantity", "target quantity", "qty", "volume", "目标数量", "数量",
                 "sản lượng", "số lượng", "aantal", "volume doel"),
    **{
        f"q{q}": (f"quarter {q}", f"qtr {q}", f"{q}q", f"{q}季度", _QUARTER_NAMES[q - 1],
                  _QUARTER_ORDINALS[q - 1], f"quý {q}", f"kwartaal {q}", f"k{q}")
        for q in range(1, 5)
    },
    **{
        field: (f"{m}月", f"tháng {m}", f"thang {m}", f"t{m}", *_MONTH_NAMES[m - 1])
        for m, field in enumerate(MONTH_FIELDS, start=1)
    },
}  # fmt: skip

SALES_FIELDS: tuple[str, ...] = (
    "date", "period", "account_code", "sku", "category", "measure", "quantity", "amount",
    "currency",
)  # fmt: skip
SALES_REQUIRED = ("account_code",)  # and a date or a period, a measure, a quantity or amount

SALES_SYNONYMS: dict[str, tuple[str, ...]] = {
    "date": ("day", "order date", "invoice date", "document date", "posting date",
             "billing date", "delivery date", "日期", "单据日期", "订单日期", "业务日期",
             "开票日期", "过账日期", "发货日期", "交货日期", "ngày", "ngày chứng từ", "ngày bán",
             "ngày hóa đơn", "ngày giao hàng", "datum", "factuurdatum", "orderdatum",
             "boekdatum", "leverdatum"),
    "period": ("month", "期间", "月份", "会计期间", "kỳ", "tháng", "periode", "maand"),
    # SAP's partner roles: the customer sold to, the one shipped to
    "account_code": (*_ACCOUNT, "account code", "customer no", "customer number", "客户编号",
                     "debiteurnummer", "debiteur", "klant", "sold-to", "sold-to party",
                     "ship-to", "ship-to party", "售达方", "送达方"),
    "sku": ("article", "article number", "item", "item code", "product", "product code",
            "material", *_SKU_WORDS, "artikel"),
    "category": _CATEGORY,
    "measure": MEASURE_HEADERS,  # the same as the targets import's
    "quantity": ("qty", "units", "volume", "cases", "cartons", "boxes", "pieces", "pcs",
                 "数量", "销量", "箱数", "件数", "số lượng", "số thùng", "số hộp", "aantal",
                 "hoeveelheid", "colli", "dozen", "stuks"),
    "amount": ("value", "net amount", "revenue", "sales amount", "stock value", "金额", "销售额",
               "货值", "库存金额", "thành tiền", "số tiền", "doanh số", "giá trị", "bedrag",
               "omzet", "waarde", "voorraadwaarde"),
    "currency": _CURRENCY,
}  # fmt: skip
