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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

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

ACCOUNT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "code": ("account code", "customer code", "customer no", "customer number", "account no",
             "account number", "客户编码", "客户代码", "客户编号", "mã khách hàng", "klantcode",
             "klantnummer", "debiteurnummer"),
    "name": ("account name", "customer name", "customer", "company", "company name",
             "客户名称", "名称", "tên khách hàng", "klantnaam", "naam", "bedrijfsnaam"),
    "kind": ("type", "account type", "类型", "loại", "soort"),
    "channel": ("渠道", "kênh", "kanaal"),
    "tier": ("class", "grade", "等级", "hạng", "klasse"),
    "parent_code": ("parent", "parent account", "parent account code", "上级编码",
                    "上级客户编码", "mã cấp trên", "moedercode"),
    "territory": ("region", "area", "sales territory", "区域", "片区", "khu vực", "regio",
                  "gebied"),
    "street": ("address", "street address", "地址", "địa chỉ", "adres", "straat"),
    "district": ("区县", "区", "quận", "quận huyện", "wijk"),
    "city": ("town", "城市", "thành phố", "plaats", "stad", "woonplaats"),
    "postcode": ("zip", "zip code", "postal code", "邮编", "mã bưu chính"),
    "country_code": ("country", "国家", "quốc gia", "land"),
    "latitude": ("lat", "纬度", "vĩ độ", "breedtegraad"),
    "longitude": ("lng", "lon", "long", "经度", "kinh độ", "lengtegraad"),
    "phone": ("telephone", "tel", "phone number", "电话", "điện thoại", "telefoon"),
    "email": ("e-mail address", "email address", "mail", "邮箱", "电子邮件", "e-mailadres"),
    "payment_terms": ("payment term", "terms", "付款条件", "điều khoản thanh toán",
                      "betalingsvoorwaarden"),
    "credit_limit": ("credit line", "信用额度", "hạn mức tín dụng", "kredietlimiet"),
    "currency": ("币种", "货币", "tiền tệ", "valuta", "munteenheid"),
    "document_language": ("language", "语言", "ngôn ngữ", "taal"),
    "strategy": ("策略", "chiến lược", "strategie"),
    "purchasing_policy": ("purchasing", "采购政策", "chính sách mua hàng", "inkoopbeleid"),
    "notes": ("note", "remarks", "comments", "备注", "ghi chú", "opmerkingen"),
    "tags": ("tag", "labels", "标签", "nhãn"),
}  # fmt: skip

CONTACT_SYNONYMS: dict[str, tuple[str, ...]] = {
    "account_code": ("account", "customer code", "customer", "客户编码", "客户代码",
                     "mã khách hàng", "klantcode", "klantnummer"),
    "name": ("contact", "contact name", "full name", "person", "姓名", "联系人", "họ tên",
             "naam", "contactpersoon"),
    "title": ("job title", "position", "职位", "职务", "chức vụ", "functie"),
    "department": ("dept", "部门", "phòng ban", "afdeling"),
    "phone": ("mobile", "telephone", "tel", "电话", "手机", "điện thoại", "telefoon"),
    "email": ("e-mail address", "email address", "mail", "邮箱", "电子邮件", "e-mailadres"),
    "messenger_id": ("messenger", "wechat", "微信", "zalo", "whatsapp"),
    "dmu_role": ("role", "dmu", "角色", "vai trò", "rol"),
    "attitude": ("态度", "thái độ", "houding"),
    "influence": ("影响力", "ảnh hưởng", "invloed"),
    "reports_to": ("manager", "boss", "上级", "cấp trên", "leidinggevende"),
    "notes": ("note", "remarks", "comments", "备注", "ghi chú", "opmerkingen"),
    "id": ("contact id",),
}  # fmt: skip

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
                line, None, f'{entity} have no field "{field}"; the fields are: {", ".join(fields)}'
            )
            continue
        if not header:
            skipped.add(field)
            continue
        exact = [i for i, h in enumerate(headers) if h == header.strip()]
        matches = exact or by_key.get(header_key(header), [])
        if len(matches) != 1:
            why = "no column" if not matches else "more than one column"
            problems.add(line, None, f'the file has {why} named "{header}" (for {field})')
            skipped.add(field)  # reported already: not "missing" as well
            continue
        index_of[field] = matches[0]
        taken.add(matches[0])
    lookup = _lookup(fields, synonyms)
    for index, header in enumerate(headers):
        field = lookup.get(header_key(header))
        if index in taken or field is None or field in skipped:
            continue
        if field in index_of:
            if (overrides or {}).get(field):
                continue  # the user's map chose another column for this field
            problems.add(
                line,
                header,
                f'both "{headers[index_of[field]]}" and "{header}" look like {field}; '
                "map one of them explicitly",
            )
            continue
        index_of[field] = index
        taken.add(index)
    for field in required:
        if field not in index_of and field not in skipped:
            problems.add(line, None, f"the file has no column for {field}, which is required")
        elif field in skipped and not (overrides or {}).get(field):
            problems.add(line, None, f"{field} is required and cannot be left out")
    ignored = tuple(h for i, h in enumerate(headers) if i not in taken and h)
    return ColumnMap(index_of, headers, ignored)


def _lookup(fields: Sequence[str], synonyms: Mapping[str, Sequence[str]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for field in fields:
        for name in synonyms.get(field, ()):
            table[header_key(name)] = field
    for field in fields:  # a canonical name beats a synonym that happens to equal it
        table[header_key(field)] = field
    return table
