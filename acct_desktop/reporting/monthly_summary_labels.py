"""Printed words of the monthly summary (en, zh_CN, vi, nl), in the field's own terms.

Issue categories and statuses are printed with :mod:`acct_desktop.reporting.document_labels`,
visit purposes with :mod:`acct_desktop.reporting.visit_sheet_labels`. Fields with
``{placeholders}`` are format strings: ``month_title`` takes ``name``, ``number`` and
``year``; ``subject`` and ``no_figures_imported`` take ``month``; ``trend_not_imported``
takes ``months`` (runs of months joined by ``list_mark``); ``visits_done`` takes
``done`` and ``planned`` (``visits_done_to`` also ``day``); ``promotion_detail`` takes
``yes`` and ``answered`` (the three are ``Counted``: "1 of 1 planned visit", agreeing with
``planned`` or ``answered``); ``visits_due`` and ``more`` take ``count``; ``as_seen_on``
takes ``day``, ``figures_now`` ``actual`` and ``target``; ``page_of`` takes ``page`` and
``pages``. An unknown language prints in English.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, fields
from datetime import date
from types import MappingProxyType

from acct_desktop.domain.languages import normalise_language
from acct_desktop.reporting.counted_words import Counted, counted, printed_texts
from acct_desktop.reporting.document_labels import SHORT_MONTHS


@dataclass(frozen=True, slots=True)
class MonthlySummaryLabels:
    """The words printed on the monthly summary in one language."""

    language: str
    colon: str
    title: str
    subject: str
    month_title: str
    territory: str
    all_territories: str
    manager: str
    prepared_on: str
    figures_to: str
    targets_to_date: str
    month_in_progress: str
    overview: str
    comment: str
    col_measure: str
    col_currency: str
    col_actual: str
    col_target: str
    col_variance: str
    col_of_target: str
    col_variance_percent: str
    no_sales: str
    trend: str
    trend_not_imported: str
    list_mark: str
    legend_actual: str
    legend_target: str
    behind: str
    ahead: str
    col_account: str
    no_behind: str
    outbound_behind: str
    no_outbound_behind: str
    outbound_awaited: str
    no_ahead: str
    no_figures_yet: str
    not_imported: str
    no_figures_imported: str
    no_figures_detail: str
    sell_in_awaited: str
    sell_in_awaited_in: str
    plan_execution: str
    visit_compliance: str
    visits_done: Counted
    visits_done_to: Counted
    replenishment: str
    promotion: str
    promotion_detail: Counted
    no_target: str
    as_seen_on: str
    figures_now: str
    not_measured: str
    discrepancies: str
    col_cause: str
    col_cause_analysis: str
    col_action: str
    col_kpi: str
    col_responsible: str
    col_deadline: str
    col_status: str
    no_discrepancies: str
    issues: str
    col_issue: str
    col_category: str
    col_description: str
    past_deadline: str
    no_issues: str
    next_focus: str
    gaps: str
    no_gaps: str
    outbound_gaps: str
    no_outbound_gaps: str
    outbound_not_imported: str
    visits_due: str
    col_date: str
    col_purpose: str
    no_visits: str
    quotes_expiring: str
    col_quote: str
    col_valid_until: str
    no_quotes: str
    more: str
    page_of: str
    month_names: tuple[str, ...]
    measures: Mapping[str, str]
    causes: Mapping[str, str]
    form_statuses: Mapping[str, str]
    quote_statuses: Mapping[str, str]

    def page_label(self, page: int, pages: int) -> str:
        """``Page 2 of 5`` in this language."""
        return self.page_of.format(page=page, pages=pages)

    def labelled(self, label: str, value: str) -> str:
        """``label: value`` with this language's colon."""
        return f"{label}{self.colon}{value}"

    def month_label(self, month: date) -> str:
        """The month as a title: October 2026 · 2026年10月 · Tháng 10/2026 · oktober 2026."""
        name = self.month_names[month.month - 1]
        return self.month_title.format(name=name, number=month.month, year=month.year)

    def short_month(self, month: date) -> str:
        """A chart axis label: Oct · 10月 · T10 · okt (mrt, not maa)."""
        if self.language == "zh_CN":
            return f"{month.month}月"
        if self.language == "vi":
            return f"T{month.month}"
        return SHORT_MONTHS.get(self.language, SHORT_MONTHS["en"])[month.month - 1]

    def axis_month(self, month: date, first: bool) -> str:
        """A chart axis label with the year under the first month and each January (the
        last 12 months span two years: Nov / 2025 … Jan / 2026 … Oct)."""
        short = self.short_month(month)
        return f"{short}\n{month.year}" if first or month.month == 1 else short

    def month_runs(self, months: list[date], name: Callable[[date], str] | None = None) -> str:
        """``November 2025 – September 2026, December 2026``: consecutive months as one run,
        each named by ``name`` (default: as a title)."""
        name = name or self.month_label
        runs: list[list[date]] = []
        for month in sorted(months):
            last = runs[-1][-1] if runs else None
            if (
                last is not None
                and (month.year * 12 + month.month) - (last.year * 12 + last.month) == 1
            ):
                runs[-1].append(month)
            else:
                runs.append([month])
        return self.list_mark.join(
            name(run[0]) if len(run) == 1 else f"{name(run[0])} – {name(run[-1])}" for run in runs
        )

    def name_of(self, table: Mapping[str, str], value: str) -> str:
        return table.get(str(value), str(value))

    def all_text(self) -> str:
        """Every printed word in one string (for glyph-coverage checks)."""
        parts = printed_texts(getattr(self, f.name) for f in fields(self))
        tables = (self.measures, self.causes, self.form_statuses, self.quote_statuses)
        return "\n".join([*parts, *self.month_names, *(v for t in tables for v in t.values())])


def _labels(
    months: tuple[str, ...],
    measures: dict[str, str],
    causes: dict[str, str],
    form_statuses: dict[str, str],
    quote_statuses: dict[str, str],
    **text: str | Counted,
) -> MonthlySummaryLabels:
    return MonthlySummaryLabels(
        month_names=months,
        measures=MappingProxyType(measures),
        causes=MappingProxyType(causes),
        form_statuses=MappingProxyType(form_statuses),
        quote_statuses=MappingProxyType(quote_statuses),
        **text,
    )


_EN = _labels(
    (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    {"sell_in": "Sell-in", "outbound": "Outbound", "sell_out": "Sell-out", "stock": "Stock"},
    {
        "stock_out": "Out of stock",
        "overstock": "Overstock",
        "price": "Price",
        "competitor": "Competitor",
        "promotion": "Promotion",
        "delivery": "Delivery",
        "listing": "Listing",
        "seasonality": "Seasonality",
        "data_error": "Data error",
        "other": "Other",
    },
    {"open": "Open", "action_taken": "Action taken", "closed": "Closed"},
    {
        "draft": "Draft",
        "pending_approval": "Awaiting approval",
        "approved": "Approved",
        "sent": "Sent",
    },
    language="en",
    colon=": ",
    title="Monthly summary",
    subject="Monthly summary, {month}",
    month_title="{name} {year}",
    territory="Territory",
    all_territories="All territories",
    manager="Account manager",
    prepared_on="Prepared on",
    figures_to="Figures to",
    targets_to_date="targets to date",
    month_in_progress="month in progress",
    overview="Overview",
    comment="Comment",
    col_measure="Measure",
    col_currency="Currency",
    col_actual="Actual",
    col_target="Target",
    col_variance="Variance",
    col_of_target="% of target",
    col_variance_percent="Variance %",
    no_sales="No sales figures were recorded for this month.",
    trend="Sell-in against target, last 12 months",
    trend_not_imported="No bar: no sell-in was imported for {months}.",
    list_mark=", ",
    legend_actual="Sell-in",
    legend_target="Target",
    behind="Accounts most behind plan (sell-in)",
    ahead="Accounts most ahead of plan (sell-in)",
    col_account="Account",
    no_behind="No account with a target is behind its plan this month.",
    outbound_behind="Warehouses most behind on outbound (replenishment)",
    no_outbound_behind="No warehouse with an outbound target is behind its plan this month.",
    outbound_awaited=(
        "The month's outbound is not in yet: "
        "the warehouses are compared with plan once it is imported."
    ),
    no_ahead="No account with a target is ahead of its plan this month.",
    no_figures_yet="no figures yet",
    not_imported="not imported",
    no_figures_imported="No sales figures were imported for {month}.",
    no_figures_detail=(
        "This summary holds no results for the month: what is missing below is not zero but "
        "not imported. Import the month's sales figures, then print the summary again."
    ),
    sell_in_awaited=(
        "The month's sell-in is not in yet: "
        "accounts are compared with their plan once it is imported."
    ),
    sell_in_awaited_in=(
        "Not compared yet: accounts planned in {currencies}, whose sell-in for the month is not in."
    ),
    plan_execution="Plan execution",
    visit_compliance="Visit compliance",
    visits_done=counted(
        "{done} of {planned} planned visit done",
        "{done} of {planned} planned visits done",
        by="planned",
    ),
    visits_done_to=counted(
        "{done} of the {planned} visit planned up to {day} done",
        "{done} of the {planned} visits planned up to {day} done",
        by="planned",
    ),
    replenishment="Replenishment completion (outbound against target)",
    promotion="Promotion participation",
    promotion_detail=counted(
        "{yes} of {answered} visit where it was checked",
        "{yes} of {answered} visits where it was checked",
        by="answered",
    ),
    no_target="no target",
    as_seen_on="as seen on {day}",
    figures_now="now {actual} / {target}",
    not_measured="not measured",
    discrepancies="Discrepancy analysis",
    col_cause="Suspected cause",
    col_cause_analysis="Cause and analysis",
    col_action="Action",
    col_kpi="KPI",
    col_responsible="Responsible",
    col_deadline="Deadline",
    col_status="Status",
    no_discrepancies="No discrepancy forms were written for this month.",
    issues="Open customer issues",
    col_issue="Issue no.",
    col_category="Category",
    col_description="Description",
    past_deadline="past deadline",
    no_issues="No customer issues are open.",
    next_focus="Next month's focus",
    gaps="Largest gaps to plan, year to date (sell-in)",
    no_gaps="Every account with a target is on or ahead of plan for the year.",
    outbound_gaps="Largest gaps to plan, year to date (outbound)",
    no_outbound_gaps="Every warehouse with an outbound target is on or ahead of plan for the year.",
    outbound_not_imported=(
        "No outbound figures were imported this year: "
        "the warehouses are compared with plan once they are."
    ),
    visits_due="Visits planned next month ({count})",
    col_date="Date",
    col_purpose="Purpose",
    no_visits="No visits are planned for next month yet.",
    quotes_expiring="Quotes that expire next month",
    col_quote="Quote no.",
    col_valid_until="Valid until",
    no_quotes="No open quote expires next month.",
    more="… and {count} more",
    page_of="Page {page} of {pages}",
)

_ZH_CN = _labels(
    tuple(f"{n}月" for n in range(1, 13)),
    {"sell_in": "进货", "outbound": "出库", "sell_out": "终端销售", "stock": "库存"},
    {
        "stock_out": "断货",
        "overstock": "库存积压",
        "price": "价格",
        "competitor": "竞品",
        "promotion": "促销",
        "delivery": "物流配送",
        "listing": "铺货/上架",
        "seasonality": "季节性",
        "data_error": "数据错误",
        "other": "其他",
    },
    {"open": "待处理", "action_taken": "已采取措施", "closed": "已关闭"},
    {"draft": "草稿", "pending_approval": "待审批", "approved": "已审批", "sent": "已发送"},
    language="zh_CN",
    colon="：",
    title="月度总结",
    subject="月度总结（{month}）",
    month_title="{year}年{number}月",
    territory="区域",
    all_territories="全部区域",
    manager="客户经理",
    prepared_on="编制日期",
    figures_to="数据截至",
    targets_to_date="目标按日折算",
    month_in_progress="本月尚未结束",
    overview="总体情况",
    comment="经理点评",
    col_measure="指标",
    col_currency="币种",
    col_actual="实际",
    col_target="目标",
    col_variance="差异",
    col_of_target="达成率",
    col_variance_percent="差异率",
    no_sales="本月没有销售数据。",
    trend="近 12 个月进货与目标对比",
    trend_not_imported="无柱：{months}未导入进货数据。",
    list_mark="、",
    legend_actual="进货",
    legend_target="目标",
    behind="落后计划最多的客户（进货）",
    ahead="超出计划最多的客户（进货）",
    col_account="客户",
    no_behind="本月没有落后于计划的客户。",
    outbound_behind="出库落后计划最多的仓库（补货）",
    no_outbound_behind="本月没有出库落后于计划的仓库。",
    outbound_awaited="本月出库数据尚未导入：导入后再将各仓库与计划对比。",
    no_ahead="本月没有超出计划的客户。",
    no_figures_yet="尚无数据",
    not_imported="未导入",
    no_figures_imported="{month}没有导入任何销售数据。",
    no_figures_detail=(
        "本总结不含该月的业绩结果：下文缺少的数据不是零，而是尚未导入。"
        "请先导入该月的销售数据，再重新打印本总结。"
    ),
    sell_in_awaited="本月进货数据尚未导入：导入后再将各客户与计划对比。",
    sell_in_awaited_in="尚未对比：以 {currencies} 计划的客户，本月进货数据尚未导入。",
    plan_execution="计划执行情况",
    visit_compliance="拜访达成率",
    visits_done=counted("计划拜访 {planned} 次，完成 {done} 次", by="planned"),
    visits_done_to=counted("截至{day}计划拜访 {planned} 次，完成 {done} 次", by="planned"),
    replenishment="补货完成率（出库对比目标）",
    promotion="促销参与率",
    promotion_detail=counted("已核查的 {answered} 次拜访中 {yes} 次参与", by="answered"),
    no_target="无目标",
    as_seen_on="{day}填写时所见",
    figures_now="现为 {actual} / {target}",
    not_measured="未统计",
    discrepancies="差异分析",
    col_cause="可能原因",
    col_cause_analysis="原因与分析",
    col_action="改进措施",
    col_kpi="考核指标",
    col_responsible="负责人",
    col_deadline="完成期限",
    col_status="状态",
    no_discrepancies="本月未填写差异分析表。",
    issues="未解决的客户问题",
    col_issue="问题编号",
    col_category="类别",
    col_description="问题描述",
    past_deadline="已超期",
    no_issues="目前没有未解决的客户问题。",
    next_focus="下月工作重点",
    gaps="年初至今与计划差距最大的客户（进货）",
    no_gaps="所有有目标的客户年度累计均已达成或超出计划。",
    outbound_gaps="年初至今出库与计划差距最大的仓库（出库）",
    no_outbound_gaps="所有有出库目标的仓库年度累计均已达成或超出计划。",
    outbound_not_imported="今年尚未导入出库数据：导入后再将各仓库与计划对比。",
    visits_due="下月计划拜访（共 {count} 次）",
    col_date="日期",
    col_purpose="拜访目的",
    no_visits="下月尚未安排拜访。",
    quotes_expiring="下月到期的报价单",
    col_quote="报价单号",
    col_valid_until="有效期至",
    no_quotes="下月没有到期的报价单。",
    more="…… 另有 {count} 项",
    page_of="第 {page} 页，共 {pages} 页",
)

_VI = _labels(
    tuple(f"Tháng {n}" for n in range(1, 13)),
    {"sell_in": "Nhập hàng", "outbound": "Xuất kho", "sell_out": "Bán ra", "stock": "Tồn kho"},
    {
        "stock_out": "Hết hàng",
        "overstock": "Tồn kho quá mức",
        "price": "Giá",
        "competitor": "Đối thủ cạnh tranh",
        "promotion": "Khuyến mãi",
        "delivery": "Giao hàng",
        "listing": "Trưng bày / niêm yết",
        "seasonality": "Tính mùa vụ",
        "data_error": "Sai số liệu",
        "other": "Khác",
    },
    {"open": "Đang mở", "action_taken": "Đã có biện pháp", "closed": "Đã đóng"},
    {
        "draft": "Nháp",
        "pending_approval": "Chờ duyệt",
        "approved": "Đã duyệt",
        "sent": "Đã gửi",
    },
    language="vi",
    colon=": ",
    title="Báo cáo tổng kết tháng",
    subject="Báo cáo tổng kết tháng, {month}",
    month_title="Tháng {number}/{year}",
    territory="Khu vực",
    all_territories="Tất cả khu vực",
    manager="Nhân viên quản lý khách hàng",
    prepared_on="Ngày lập",
    figures_to="Số liệu đến",
    targets_to_date="chỉ tiêu tính đến ngày này",
    month_in_progress="tháng chưa kết thúc",
    overview="Tổng quan",
    comment="Nhận xét",
    col_measure="Chỉ tiêu",
    col_currency="Tiền tệ",
    col_actual="Thực hiện",
    col_target="Mục tiêu",
    col_variance="Chênh lệch",
    col_of_target="% đạt",
    col_variance_percent="% chênh lệch",
    no_sales="Tháng này chưa có số liệu bán hàng.",
    trend="Nhập hàng so với mục tiêu, 12 tháng gần nhất",
    trend_not_imported="Không có cột: chưa nhập số liệu nhập hàng cho {months}.",
    list_mark=", ",
    legend_actual="Nhập hàng",
    legend_target="Mục tiêu",
    behind="Khách hàng chậm kế hoạch nhất (nhập hàng)",
    ahead="Khách hàng vượt kế hoạch nhiều nhất (nhập hàng)",
    col_account="Khách hàng",
    no_behind="Tháng này không có khách hàng nào chậm kế hoạch.",
    outbound_behind="Kho chậm kế hoạch xuất kho nhất (bổ sung hàng)",
    no_outbound_behind="Tháng này không có kho nào có mục tiêu xuất kho bị chậm kế hoạch.",
    outbound_awaited=(
        "Chưa có số liệu xuất kho của tháng: các kho sẽ được so với kế hoạch sau khi nhập số liệu."
    ),
    no_ahead="Tháng này không có khách hàng nào vượt kế hoạch.",
    no_figures_yet="chưa có số liệu",
    not_imported="chưa nhập",
    no_figures_imported="Chưa nhập số liệu bán hàng nào cho {month}.",
    no_figures_detail=(
        "Bản tóm tắt này không có kết quả của tháng: số liệu còn thiếu dưới đây không phải "
        "bằng 0 mà là chưa được nhập. Hãy nhập số liệu bán hàng của tháng rồi in lại bản "
        "tóm tắt."
    ),
    sell_in_awaited=(
        "Chưa có số liệu nhập hàng của tháng: "
        "các khách hàng sẽ được so với kế hoạch khi số liệu được nhập."
    ),
    sell_in_awaited_in=(
        "Chưa so sánh: các khách hàng có kế hoạch bằng {currencies}, "
        "vì số liệu nhập hàng của tháng chưa có."
    ),
    plan_execution="Thực hiện kế hoạch",
    visit_compliance="Tỷ lệ viếng thăm",
    visits_done=counted(
        "Đã thực hiện {done} trên {planned} lượt viếng thăm theo kế hoạch", by="planned"
    ),
    visits_done_to=counted(
        "Đã thực hiện {done} trên {planned} lượt viếng thăm theo kế hoạch đến {day}",
        by="planned",
    ),
    replenishment="Tỷ lệ bổ sung hàng (xuất kho so với mục tiêu)",
    promotion="Tỷ lệ tham gia khuyến mãi",
    promotion_detail=counted("{yes} trên {answered} lượt viếng thăm có kiểm tra", by="answered"),
    no_target="chưa có mục tiêu",
    as_seen_on="số liệu ngày {day}",
    figures_now="hiện nay {actual} / {target}",
    not_measured="chưa đo",
    discrepancies="Phân tích chênh lệch",
    col_cause="Nguyên nhân dự đoán",
    col_cause_analysis="Nguyên nhân và phân tích",
    col_action="Biện pháp",
    col_kpi="KPI",
    col_responsible="Người phụ trách",
    col_deadline="Thời hạn",
    col_status="Trạng thái",
    no_discrepancies="Tháng này chưa có phiếu phân tích chênh lệch.",
    issues="Vấn đề của khách hàng chưa giải quyết",
    col_issue="Số vấn đề",
    col_category="Loại",
    col_description="Mô tả",
    past_deadline="quá hạn",
    no_issues="Không có vấn đề nào đang mở.",
    next_focus="Trọng tâm tháng tới",
    gaps="Chênh lệch lớn nhất so với kế hoạch từ đầu năm (nhập hàng)",
    no_gaps="Mọi khách hàng có mục tiêu đều đạt hoặc vượt kế hoạch năm đến nay.",
    outbound_gaps="Chênh lệch lớn nhất so với kế hoạch từ đầu năm (xuất kho)",
    no_outbound_gaps="Mọi kho có mục tiêu xuất kho đều đạt hoặc vượt kế hoạch năm đến nay.",
    outbound_not_imported=(
        "Chưa nhập số liệu xuất kho nào trong năm nay: "
        "các kho sẽ được so với kế hoạch khi số liệu được nhập."
    ),
    visits_due="Lượt viếng thăm đã lên lịch tháng tới ({count})",
    col_date="Ngày",
    col_purpose="Mục đích",
    no_visits="Chưa có lượt viếng thăm nào cho tháng tới.",
    quotes_expiring="Báo giá hết hiệu lực trong tháng tới",
    col_quote="Số báo giá",
    col_valid_until="Hiệu lực đến",
    no_quotes="Không có báo giá nào hết hiệu lực trong tháng tới.",
    more="… và {count} mục khác",
    page_of="Trang {page}/{pages}",
)

_NL = _labels(
    (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    {
        "sell_in": "Inkoop",
        "outbound": "Uitlevering",
        "sell_out": "Eindverkoop",
        "stock": "Voorraad",
    },
    {
        "stock_out": "Niet op voorraad",
        "overstock": "Te veel voorraad",
        "price": "Prijs",
        "competitor": "Concurrent",
        "promotion": "Actie",
        "delivery": "Levering",
        "listing": "Listing",
        "seasonality": "Seizoen",
        "data_error": "Fout in de cijfers",
        "other": "Overig",
    },
    {"open": "Open", "action_taken": "Actie ondernomen", "closed": "Gesloten"},
    {
        "draft": "Concept",
        "pending_approval": "Wacht op goedkeuring",
        "approved": "Goedgekeurd",
        "sent": "Verstuurd",
    },
    language="nl",
    colon=": ",
    title="Maandrapportage",
    subject="Maandrapportage, {month}",
    month_title="{name} {year}",
    territory="Regio",
    all_territories="Alle regio's",
    manager="Accountmanager",
    prepared_on="Opgesteld op",
    figures_to="Cijfers tot en met",
    targets_to_date="doelen tot die dag",
    month_in_progress="maand loopt nog",
    overview="Overzicht",
    comment="Toelichting",
    col_measure="Meetwaarde",
    col_currency="Valuta",
    col_actual="Realisatie",
    col_target="Doel",
    col_variance="Verschil",
    col_of_target="% van doel",
    col_variance_percent="Verschil %",
    no_sales="Voor deze maand zijn geen verkoopcijfers geregistreerd.",
    trend="Inkoop tegenover doel, laatste 12 maanden",
    trend_not_imported="Geen staaf: voor {months} is geen inkoop geïmporteerd.",
    list_mark=", ",
    legend_actual="Inkoop",
    legend_target="Doel",
    behind="Klanten het verst achter op plan (inkoop)",
    ahead="Klanten het verst voor op plan (inkoop)",
    col_account="Klant",
    no_behind="Geen klant met een doel loopt deze maand achter op plan.",
    outbound_behind="Magazijnen het verst achter op uitlevering (aanvulling)",
    no_outbound_behind="Geen magazijn met een uitleveringsdoel loopt deze maand achter op plan.",
    outbound_awaited=(
        "De uitlevering van deze maand is nog niet binnen: "
        "de magazijnen worden met het plan vergeleken zodra ze is geïmporteerd."
    ),
    no_ahead="Geen klant met een doel loopt deze maand voor op plan.",
    no_figures_yet="nog geen cijfers",
    not_imported="niet geïmporteerd",
    no_figures_imported="Voor {month} zijn geen verkoopcijfers geïmporteerd.",
    no_figures_detail=(
        "Deze samenvatting bevat geen resultaten voor de maand: wat hieronder ontbreekt is "
        "niet nul, maar niet geïmporteerd. Importeer eerst de verkoopcijfers van de maand en "
        "druk de samenvatting daarna opnieuw af."
    ),
    sell_in_awaited=(
        "De inkoop van deze maand is nog niet binnen: "
        "klanten worden met hun plan vergeleken zodra die is geïmporteerd."
    ),
    sell_in_awaited_in=(
        "Nog niet vergeleken: klanten met een plan in {currencies}; "
        "hun inkoop van deze maand is nog niet binnen."
    ),
    plan_execution="Uitvoering van het plan",
    visit_compliance="Bezoeknaleving",
    visits_done=counted(
        "{done} van {planned} gepland bezoek afgelegd",
        "{done} van {planned} geplande bezoeken afgelegd",
        by="planned",
    ),
    visits_done_to=counted(
        "{done} van {planned} tot en met {day} gepland bezoek afgelegd",
        "{done} van {planned} tot en met {day} geplande bezoeken afgelegd",
        by="planned",
    ),
    replenishment="Aanvulgraad (uitlevering tegenover doel)",
    promotion="Deelname aan acties",
    promotion_detail=counted(
        "{yes} van {answered} bezoek waarbij het is nagegaan",
        "{yes} van {answered} bezoeken waarbij het is nagegaan",
        by="answered",
    ),
    no_target="geen doel",
    as_seen_on="zoals gezien op {day}",
    figures_now="nu {actual} / {target}",
    not_measured="niet gemeten",
    discrepancies="Afwijkingsanalyse",
    col_cause="Vermoedelijke oorzaak",
    col_cause_analysis="Oorzaak en analyse",
    col_action="Actie",
    col_kpi="KPI",
    col_responsible="Verantwoordelijke",
    col_deadline="Uiterste datum",
    col_status="Status",
    no_discrepancies="Voor deze maand zijn geen afwijkingsformulieren ingevuld.",
    issues="Openstaande klantproblemen",
    col_issue="Probleemnr.",
    col_category="Categorie",
    col_description="Omschrijving",
    past_deadline="verlopen",
    no_issues="Er staan geen klantproblemen open.",
    next_focus="Aandachtspunten volgende maand",
    gaps="Grootste achterstand op plan, lopend jaar (inkoop)",
    no_gaps="Elke klant met een doel ligt dit jaar op of voor op plan.",
    outbound_gaps="Grootste achterstand op plan, lopend jaar (uitlevering)",
    no_outbound_gaps="Elk magazijn met een uitleveringsdoel ligt dit jaar op of voor op plan.",
    outbound_not_imported=(
        "Dit jaar zijn nog geen uitleveringscijfers geïmporteerd: "
        "de magazijnen worden met het plan vergeleken zodra ze er zijn."
    ),
    visits_due="Geplande bezoeken volgende maand ({count})",
    col_date="Datum",
    col_purpose="Doel van het bezoek",
    no_visits="Voor volgende maand zijn nog geen bezoeken gepland.",
    quotes_expiring="Offertes die volgende maand verlopen",
    col_quote="Offertenr.",
    col_valid_until="Geldig tot",
    no_quotes="Er verloopt volgende maand geen openstaande offerte.",
    more="… en nog {count}",
    page_of="Pagina {page} van {pages}",
)

_BY_LANGUAGE = {labels.language: labels for labels in (_EN, _ZH_CN, _VI, _NL)}
LANGUAGES = tuple(_BY_LANGUAGE)


def monthly_summary_labels(language: str | None) -> MonthlySummaryLabels:
    """The monthly summary's words in a language (English when unknown)."""
    return _BY_LANGUAGE[normalise_language(language)]
