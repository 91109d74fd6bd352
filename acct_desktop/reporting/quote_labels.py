"""Printed words of quotes and order confirmations per document language (en, zh_CN, vi, nl).

Kept apart from :mod:`acct_desktop.reporting.document_labels` (its own dataclass and
lookup) so each document's words can grow on their own. Fields with ``{placeholders}`` are
format strings: ``page_of`` takes ``page`` and ``pages``; ``revision`` takes ``revision``;
``replaces`` takes ``reference``; ``replaced_by`` takes ``revision``;
``quote_subject``/``order_subject`` take ``number`` and ``customer``; ``discount`` takes
``percent``; ``tax`` takes ``rate``; ``total`` and
``prices_note`` take ``currency``; ``for_company`` takes ``company``; ``name_with_title``
takes ``name`` and ``title``. A percentage is written by
``domain.percentages.format_percent``. An unknown language prints in English.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields
from types import MappingProxyType

from acct_desktop.domain.languages import normalise_language


@dataclass(frozen=True, slots=True)
class QuoteLabels:
    """The words printed on a quote or an order confirmation in one language."""

    language: str
    colon: str
    quote_title: str
    order_title: str
    quote_subject: str
    order_subject: str
    revision: str
    replaces: str
    replaced_by: str
    date: str
    currency: str
    our_quote: str
    your_reference: str
    customer: str
    customer_code: str
    contact: str
    name_with_title: str
    prepared_by: str
    phone: str
    email: str
    tax_id: str
    col_no: str
    col_sku: str
    col_description: str
    col_quantity: str
    col_unit: str
    col_unit_price: str
    col_discount: str
    col_net_price: str
    col_amount: str
    no_lines: str
    subtotal: str
    discount: str
    net: str
    tax: str  # "{name} {rate}": the tax line, with tax_name or vat_name
    tax_name: str  # the tax line's name where the tax is not known to be VAT
    vat_name: str  # … and where it is (增值税, btw, thuế GTGT)
    tax_word: str  # the tax inside the prices note
    vat_word: str
    total: str
    prices_note: str  # which figures exclude the tax and which include it
    terms: str
    payment_terms: str
    delivery_terms: str
    valid_until: str
    requested_delivery: str
    confirmed_delivery: str  # an order confirmation's delivery date: agreed, not asked for
    partial_delivery: str  # the lines agreed to come later: "{lines}" listed as delivered_from
    delivered_from: str  # one of them: "{position}" "{sku}" "{day}"
    # under a line in litres (kg) whose unit prices are not exact: the pack price the amount
    # is reckoned from ("{price}", "{size}", "{unit}"), and after a line discount ("{net}")
    pack_basis: str
    pack_basis_net: str
    notes: str
    acceptance_statement: str
    confirmation_statement: str
    for_company: str
    accepted_for_customer: str
    confirmed_by: str
    name: str
    signature: str
    signature_date: str
    company_seal: str
    draft: str
    page_of: str
    units: Mapping[str, str]
    capital_total: str | None = None  # zh: the total in capital numerals (大写), in CNY

    def tax_line(self, rate: str, vat: bool) -> str:
        """The tax line's label: ``VAT 9%``, ``增值税（税率 13%）``, ``Tax 9%``."""
        return self.tax.format(name=self.vat_name if vat else self.tax_name, rate=rate)

    def prices_note_for(self, currency: str, vat: bool) -> str:
        """Under the totals: the unit prices and amounts exclude the tax, the total has it."""
        return self.prices_note.format(
            currency=currency, tax=self.vat_word if vat else self.tax_word
        )

    def page_label(self, page: int, pages: int) -> str:
        """``Page 2 of 5`` in this language."""
        return self.page_of.format(page=page, pages=pages)

    def labelled(self, label: str, value: str) -> str:
        """``label: value`` with this language's colon (``付款条件：月结30天``)."""
        return f"{label}{self.colon}{value}"

    def basis(self, price: str, size: str, unit: str, net: str | None = None) -> str:
        """Under a line: ``688.90 per 20 L pack`` (``…, net 585.57`` after a discount)."""
        if net is None:
            return self.pack_basis.format(price=price, size=size, unit=self.unit_name(unit))
        return self.pack_basis_net.format(
            price=price, size=size, unit=self.unit_name(unit), net=net
        )

    def unit_name(self, unit: str) -> str:
        """The printed name of a quantity unit; an unknown unit prints as itself."""
        return self.units.get(unit, unit)

    def all_text(self) -> str:
        """Every printed word of these labels in one string (for glyph-coverage checks)."""
        values = (getattr(self, f.name) for f in fields(self))
        parts = [v for v in values if isinstance(v, str)]
        return "\n".join([*parts, *self.units.values()])


def _quote_labels(units: dict[str, str], **text: str) -> QuoteLabels:
    return QuoteLabels(units=MappingProxyType(units), **text)


_EN = _quote_labels(
    {"pack": "pack", "L": "L", "kg": "kg"},
    language="en",
    colon=": ",
    quote_title="Quote",
    order_title="Order confirmation",
    quote_subject="Quote {number} for {customer}",
    order_subject="Order confirmation {number} for {customer}",
    revision="R{revision}",
    replaces="Replaces {reference}",
    replaced_by="Replaced by R{revision}",
    date="Date",
    currency="Currency",
    our_quote="Our quote",
    your_reference="Your reference",
    customer="Customer",
    customer_code="Customer code",
    contact="Contact",
    name_with_title="{name}, {title}",
    prepared_by="Prepared by",
    phone="Phone",
    email="Email",
    tax_id="Tax ID",
    col_no="No.",
    col_sku="SKU",
    col_description="Description",
    col_quantity="Qty",
    col_unit="Unit",
    col_unit_price="Unit price",
    col_discount="Disc. %",
    col_net_price="Net price",
    col_amount="Amount",
    no_lines="No items are listed.",
    subtotal="Subtotal",
    discount="Discount {percent}",
    net="Net amount",
    tax="{name} {rate}",
    tax_name="Tax",
    vat_name="VAT",
    tax_word="tax",
    vat_word="VAT",
    total="Total {currency}",
    prices_note=(
        "Unit prices and amounts in {currency}, excluding {tax}; the total includes {tax}."
    ),
    terms="Terms",
    payment_terms="Payment terms",
    delivery_terms="Delivery terms",
    valid_until="Valid until",
    requested_delivery="Requested delivery",
    confirmed_delivery="Confirmed delivery",
    partial_delivery="Partial delivery agreed",
    delivered_from="line {position} ({sku}) from {day}",
    pack_basis="{price} per {size} {unit} pack",
    pack_basis_net="{price} per {size} {unit} pack, net {net}",
    notes="Notes",
    acceptance_statement=(
        "We accept this quote and order the goods listed above on the terms stated."
    ),
    confirmation_statement=(
        "We confirm your order on the terms stated above. Thank you for your order."
    ),
    for_company="For {company}",
    accepted_for_customer="Accepted for the customer",
    confirmed_by="Confirmed by",
    name="Name",
    signature="Signature",
    signature_date="Date",
    company_seal="Company seal",
    draft="DRAFT",
    page_of="Page {page} of {pages}",
)

_ZH_CN = _quote_labels(
    {"pack": "件", "L": "升", "kg": "公斤"},
    language="zh_CN",
    colon="：",
    quote_title="报价单",
    order_title="订单确认书",
    quote_subject="致{customer}的报价单 {number}",
    order_subject="致{customer}的订单确认书 {number}",
    revision="R{revision}",
    replaces="本版替代 {reference}",
    replaced_by="已被 R{revision} 取代",
    date="日期",
    currency="币种",
    our_quote="我方报价单",
    your_reference="贵方订单号",
    customer="客户",
    customer_code="客户编码",
    contact="联系人",
    name_with_title="{name}（{title}）",
    prepared_by="经办人",
    phone="电话",
    email="邮箱",
    tax_id="税号",
    col_no="序号",
    col_sku="产品编码",
    col_description="产品描述",
    col_quantity="数量",
    col_unit="单位",
    col_unit_price="单价",
    col_discount="折扣（%）",
    col_net_price="折后单价",
    col_amount="金额",
    no_lines="本单未列出产品。",
    subtotal="小计",
    discount="整单折扣 {percent}",
    net="折后金额",
    tax="{name}（税率 {rate}）",
    tax_name="税额",
    vat_name="增值税",
    tax_word="税",
    vat_word="增值税",
    total="合计（{currency}）",
    prices_note="以上单价和金额以{currency}计，不含{tax}；合计含{tax}。",
    capital_total="人民币（大写）：{words}",
    terms="条款",
    payment_terms="付款条件",
    delivery_terms="交货条件",
    valid_until="有效期至",
    requested_delivery="要求交货日期",
    confirmed_delivery="确认交货日期",
    partial_delivery="部分交货（客户已同意）",
    delivered_from="第 {position} 行（{sku}）自 {day} 起交货",
    pack_basis="按每件 {size} {unit} {price} 计价",
    pack_basis_net="按每件 {size} {unit} {price}（折后 {net}）计价",
    notes="备注",
    acceptance_statement="我方接受本报价，并按上述条款订购所列货物。",
    confirmation_statement="我方确认贵方订单，并按上述条款执行。感谢惠顾。",
    for_company="供方：{company}",
    accepted_for_customer="客户确认",
    confirmed_by="确认人",
    name="姓名",
    signature="签字",
    signature_date="日期",
    company_seal="公司盖章",
    draft="草稿",
    page_of="第 {page} 页，共 {pages} 页",
)

_VI = _quote_labels(
    {"pack": "kiện", "L": "lít", "kg": "kg"},
    language="vi",
    colon=": ",
    quote_title="Báo giá",
    order_title="Xác nhận đơn hàng",
    quote_subject="Báo giá {number} gửi {customer}",
    order_subject="Xác nhận đơn hàng {number} gửi {customer}",
    revision="R{revision}",
    replaces="Thay thế {reference}",
    replaced_by="Đã được thay thế bởi R{revision}",
    date="Ngày",
    currency="Tiền tệ",
    our_quote="Báo giá của chúng tôi",
    your_reference="Số đơn hàng của quý khách",
    customer="Khách hàng",
    customer_code="Mã khách hàng",
    contact="Người liên hệ",
    name_with_title="{name}, {title}",
    prepared_by="Người lập",
    phone="Điện thoại",
    email="Email",
    tax_id="Mã số thuế",
    col_no="STT",
    col_sku="Mã hàng",
    col_description="Mô tả",
    col_quantity="SL",
    col_unit="ĐVT",
    col_unit_price="Đơn giá",
    col_discount="CK (%)",
    col_net_price="Giá sau CK",
    col_amount="Thành tiền",
    no_lines="Không có mặt hàng nào được liệt kê.",
    subtotal="Tạm tính",
    discount="Chiết khấu {percent}",
    net="Sau chiết khấu",
    tax="{name} ({rate})",
    tax_name="Thuế",
    vat_name="Thuế GTGT",
    tax_word="thuế",
    vat_word="thuế GTGT",
    total="Tổng cộng ({currency})",
    prices_note=(
        "Đơn giá và thành tiền tính bằng {currency}, chưa bao gồm {tax}; "
        "tổng cộng đã bao gồm {tax}."
    ),
    terms="Điều khoản",
    payment_terms="Điều kiện thanh toán",
    delivery_terms="Điều kiện giao hàng",
    valid_until="Hiệu lực đến",
    requested_delivery="Ngày giao hàng yêu cầu",
    confirmed_delivery="Ngày giao hàng xác nhận",
    partial_delivery="Giao hàng từng phần (đã thỏa thuận)",
    delivered_from="dòng {position} ({sku}) giao từ {day}",
    pack_basis="{price} mỗi kiện {size} {unit}",
    pack_basis_net="{price} mỗi kiện {size} {unit}, sau CK {net}",
    notes="Ghi chú",
    acceptance_statement=(
        "Chúng tôi chấp nhận báo giá này và đặt mua hàng hóa nêu trên theo các điều khoản đã ghi."
    ),
    confirmation_statement=(
        "Chúng tôi xác nhận đơn hàng của quý khách theo các điều khoản nêu trên. "
        "Xin cảm ơn quý khách."
    ),
    for_company="Thay mặt {company}",
    accepted_for_customer="Xác nhận của khách hàng",
    confirmed_by="Người xác nhận",
    name="Họ và tên",
    signature="Chữ ký",
    signature_date="Ngày",
    company_seal="Dấu công ty",
    draft="BẢN NHÁP",
    page_of="Trang {page} / {pages}",
)

_NL = _quote_labels(
    {"pack": "verp.", "L": "L", "kg": "kg"},
    language="nl",
    colon=": ",
    quote_title="Offerte",
    order_title="Orderbevestiging",
    quote_subject="Offerte {number} voor {customer}",
    order_subject="Orderbevestiging {number} voor {customer}",
    revision="R{revision}",
    replaces="Vervangt {reference}",
    replaced_by="Vervangen door R{revision}",
    date="Datum",
    currency="Valuta",
    our_quote="Onze offerte",
    your_reference="Uw referentie",
    customer="Klant",
    customer_code="Klantnummer",
    contact="Contactpersoon",
    name_with_title="{name}, {title}",
    prepared_by="Opgesteld door",
    phone="Telefoon",
    email="E-mail",
    tax_id="Btw-nummer",
    col_no="Nr.",
    col_sku="Artikelnr.",
    col_description="Omschrijving",
    col_quantity="Aantal",
    col_unit="Eenheid",
    col_unit_price="Stukprijs",
    col_discount="Korting %",
    col_net_price="Nettoprijs",
    col_amount="Bedrag",
    no_lines="Er zijn geen regels vermeld.",
    subtotal="Subtotaal",
    discount="Korting {percent}",
    net="Nettobedrag",
    tax="{name} {rate}",
    tax_name="Belasting",
    vat_name="Btw",
    tax_word="belasting",
    vat_word="btw",
    total="Totaal {currency}",
    prices_note=(
        "Prijzen en bedragen in {currency}, exclusief {tax}; het totaal is inclusief {tax}."
    ),
    terms="Voorwaarden",
    payment_terms="Betalingsvoorwaarden",
    delivery_terms="Leveringsvoorwaarden",
    valid_until="Geldig tot",
    requested_delivery="Gewenste leverdatum",
    confirmed_delivery="Bevestigde leverdatum",
    partial_delivery="Deellevering overeengekomen",
    delivered_from="regel {position} ({sku}) vanaf {day}",
    pack_basis="{price} per verpakking van {size} {unit}",
    pack_basis_net="{price} per verpakking van {size} {unit}, netto {net}",
    notes="Opmerkingen",
    acceptance_statement=(
        "Wij gaan akkoord met deze offerte en bestellen de hierboven vermelde goederen onder "
        "de genoemde voorwaarden."
    ),
    confirmation_statement=(
        "Wij bevestigen uw order onder de hierboven vermelde voorwaarden. Hartelijk dank voor "
        "uw order."
    ),
    for_company="Namens {company}",
    accepted_for_customer="Voor akkoord namens de klant",
    confirmed_by="Bevestigd door",
    name="Naam",
    signature="Handtekening",
    signature_date="Datum",
    company_seal="Bedrijfsstempel",
    draft="CONCEPT",
    page_of="Pagina {page} van {pages}",
)

_BY_LANGUAGE = {labels.language: labels for labels in (_EN, _ZH_CN, _VI, _NL)}


def quote_labels_for(language: str | None) -> QuoteLabels:
    """The quote and order-confirmation words of a document language (English when unknown)."""
    return _BY_LANGUAGE[normalise_language(language)]
