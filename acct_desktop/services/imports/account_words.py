"""The words account lists use for an account's kind and channel, besides the app's own
labels in each of its languages (which ``values.EnumParser`` reads by itself).

The app calls a repair shop "修理厂" (Chinese), "xưởng sửa chữa" and "werkplaats"; the
lists managers keep say "汽修厂", "gara" and "garage" at least as often, and a refusal of the
everyday word for half the rows of a first import is a poor start. Each word here means one
kind (or one channel) and no other."""

from __future__ import annotations

from acct_desktop.domain.enums import AccountKind, Channel

# a repair shop, as kind and as channel
_WORKSHOP_WORDS = (
    "garage", "repair shop", "auto repair", "汽修厂", "汽车修理厂", "维修厂", "汽修店",
    "汽修", "修理店", "gara", "gara ô tô", "xưởng sửa xe", "tiệm sửa xe", "autogarage",
    "garagebedrijf", "autoreparatie",
)  # fmt: skip
# a distributor (wholesaler, agent), as kind and as channel
_DISTRIBUTOR_WORDS = (
    "wholesaler", "wholesale", "代理商", "批发商", "经销", "đại lý", "nhà bán buôn",
    "bán buôn", "groothandel", "groothandelaar",
)  # fmt: skip

KIND_ALIASES: dict[str, AccountKind] = {
    **dict.fromkeys(
        ("hq", "head office", "总公司", "集团总部", "trụ sở", "hoofdvestiging"),
        AccountKind.HEADQUARTERS,
    ),
    **dict.fromkeys(
        (
            "branch",
            "branch office",
            "regional branch",
            "办事处",
            "分公司",
            "区域公司",
            "大区",
            "分部",
            "chi nhánh",
            "văn phòng đại diện",
            "vestiging",
            "regiovestiging",
        ),
        AccountKind.REGIONAL_OFFICE,
    ),
    **dict.fromkeys(
        ("dc", "distribution center", "物流中心", "logistiek centrum"),
        AccountKind.DISTRIBUTION_CENTRE,
    ),
    **dict.fromkeys(
        ("warehouse", "仓库", "分仓库", "kho", "kho hàng", "magazijn"),
        AccountKind.BRANCH_WAREHOUSE,
    ),
    **dict.fromkeys(
        ("shop", "retail store", "outlet", "商店", "零售店", "店铺", "cửa hiệu", "tiệm"),
        AccountKind.STORE,
    ),
    **dict.fromkeys(_WORKSHOP_WORDS, AccountKind.WORKSHOP),
    **dict.fromkeys(_DISTRIBUTOR_WORDS, AccountKind.DISTRIBUTOR),
}

CHANNEL_ALIASES: dict[str, Channel] = {
    **dict.fromkeys(
        ("chain", "retail chain", "连锁", "连锁店", "chuỗi", "keten"), Channel.CHAIN_STORE
    ),
    **dict.fromkeys(_DISTRIBUTOR_WORDS, Channel.DISTRIBUTOR),
    **dict.fromkeys(_WORKSHOP_WORDS, Channel.WORKSHOP),
    **dict.fromkeys(("车队客户", "vloot"), Channel.FLEET),
    **dict.fromkeys(("industry", "工业客户", "工矿", "industrieel"), Channel.INDUSTRIAL),
}
