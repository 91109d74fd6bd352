"""Reference lists for the demo generator: places, fictional company and person names,
product templates and visit / issue text snippets (zh_CN, vi, nl, en). All names are fictional.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal


@dataclass(frozen=True)
class City:
    name: str
    name_en: str
    latitude: float
    longitude: float
    postcode: str
    districts: tuple[str, ...]
    streets: tuple[str, ...]


@dataclass(frozen=True)
class Region:
    name: str
    name_en: str
    cities: tuple[City, ...]


@dataclass(frozen=True)
class Country:
    code: str
    name: str
    currency: str
    language: str
    regions: tuple[Region, ...]
    chain_names: tuple[str, ...]
    distributor_names: tuple[str, ...]
    workshop_names: tuple[str, ...]
    surnames: tuple[str, ...]
    given_names: tuple[str, ...]
    name_order: str
    hq_suffix: str
    regional_office_suffix: str
    dc_suffix: str
    warehouse_suffix: str
    store_suffix: str
    titles: dict[str, tuple[str, ...]]
    departments: tuple[str, ...]
    phone_format: str
    email_domain_tld: str


def _c(
    name: str, name_en: str, lat: float, lon: float, postcode: str, districts: str, streets: str
) -> City:
    """Build a City; districts and streets are "|"-separated."""
    return City(
        name, name_en, lat, lon, postcode, tuple(districts.split("|")), tuple(streets.split("|"))
    )


# --------------------------------------------------------------------------- China
_CN_REGIONS = (
    Region(
        "华南",
        "South China",
        (
            _c(
                "广州",
                "Guangzhou",
                23.1291,
                113.2644,
                "510405",
                "白云区|天河区|越秀区|海珠区|番禺区",
                "广园中路|天河路|环市东路|中山大道|黄埔大道西|机场路",
            ),
            _c(
                "深圳",
                "Shenzhen",
                22.5431,
                114.0579,
                "518040",
                "福田区|南山区|宝安区|龙岗区|罗湖区",
                "深南大道|北环大道|宝安大道|龙岗大道|滨海大道|沙河西路",
            ),
            _c(
                "佛山",
                "Foshan",
                23.0215,
                113.1214,
                "528000",
                "禅城区|南海区|顺德区|三水区|高明区",
                "季华路|佛山大道|桂澜路|南海大道|汾江中路|岭南大道",
            ),
            _c(
                "南宁",
                "Nanning",
                22.8170,
                108.3665,
                "530022",
                "青秀区|兴宁区|西乡塘区|江南区|良庆区",
                "民族大道|朝阳路|友爱南路|星光大道|大学东路|竹溪大道",
            ),
        ),
    ),
    Region(
        "华东",
        "East China",
        (
            _c(
                "上海",
                "Shanghai",
                31.2304,
                121.4737,
                "200120",
                "浦东新区|闵行区|嘉定区|宝山区|松江区|徐汇区",
                "沪太路|曹安公路|龙吴路|张杨路|漕宝路|共和新路|沪闵路",
            ),
            _c(
                "杭州",
                "Hangzhou",
                30.2741,
                120.1551,
                "310012",
                "西湖区|拱墅区|上城区|萧山区|余杭区|滨江区",
                "文三路|莫干山路|秋涛路|江南大道|天目山路|建国北路",
            ),
            _c(
                "南京",
                "Nanjing",
                32.0603,
                118.7969,
                "210008",
                "玄武区|鼓楼区|秦淮区|江宁区|浦口区|栖霞区",
                "中山北路|龙蟠中路|中央路|汉中路|双龙大道|江东中路",
            ),
            _c(
                "苏州",
                "Suzhou",
                31.2990,
                120.5853,
                "215000",
                "姑苏区|吴中区|相城区|虎丘区|吴江区",
                "干将西路|人民路|金鸡湖大道|长江路|东环路|苏州大道东",
            ),
        ),
    ),
    Region(
        "华北",
        "North China",
        (
            _c(
                "北京",
                "Beijing",
                39.9042,
                116.4074,
                "100020",
                "朝阳区|海淀区|丰台区|大兴区|通州区|顺义区",
                "东三环中路|建国路|北四环西路|南三环西路|马家堡东路|西直门外大街",
            ),
            _c(
                "天津",
                "Tianjin",
                39.3434,
                117.3616,
                "300051",
                "和平区|河西区|南开区|河北区|滨海新区|西青区|东丽区",
                "南京路|卫津路|黄河道|津塘路|友谊路|中山路",
            ),
            _c(
                "石家庄",
                "Shijiazhuang",
                38.0428,
                114.5149,
                "050051",
                "长安区|桥西区|新华区|裕华区|鹿泉区",
                "中山路|建设大街|裕华路|和平路|槐安路|体育大街",
            ),
            _c(
                "太原",
                "Taiyuan",
                37.8706,
                112.5489,
                "030001",
                "小店区|迎泽区|杏花岭区|万柏林区|尖草坪区",
                "迎泽大街|并州路|长风街|体育路|学府街|五一路",
            ),
        ),
    ),
    Region(
        "西南",
        "Southwest China",
        (
            _c(
                "成都",
                "Chengdu",
                30.5728,
                104.0668,
                "610041",
                "武侯区|锦江区|青羊区|金牛区|成华区|双流区",
                "人民南路|蜀都大道|红星路|天府大道|二环路北三段|营门口路",
            ),
            _c(
                "重庆",
                "Chongqing",
                29.5630,
                106.5516,
                "400010",
                "渝中区|江北区|南岸区|沙坪坝区|九龙坡区|渝北区",
                "民生路|建新北路|南坪正街|小龙坎正街|杨家坪正街|金开大道",
            ),
            _c(
                "昆明",
                "Kunming",
                24.8801,
                102.8329,
                "650011",
                "五华区|盘龙区|官渡区|西山区|呈贡区",
                "北京路|东风西路|人民中路|滇池路|广福路|金碧路",
            ),
            _c(
                "贵阳",
                "Guiyang",
                26.6470,
                106.6302,
                "550001",
                "南明区|云岩区|花溪区|观山湖区|白云区",
                "中华北路|延安中路|宝山北路|花溪大道|遵义路|北京路",
            ),
        ),
    ),
)

_CN = Country(
    code="CN",
    name="中国",
    currency="CNY",
    language="zh_CN",
    regions=_CN_REGIONS,
    chain_names=(
        "驰骏汽车养护连锁",
        "安途快修连锁",
        "优路车服连锁",
        "鑫顺汽配超市",
        "华驰汽车服务连锁",
        "悦驾养车连锁",
        "顺达快保连锁",
        "百福汽配商城",
        "恒通车品连锁",
        "万邦汽车美容连锁",
        "诚信汽配连锁",
        "捷保快修连锁",
        "蓝途汽车服务",
        "易行养车",
    ),
    distributor_names=(
        "广州鑫润石化有限公司",
        "深圳恒力润滑油有限公司",
        "佛山华盛油品贸易有限公司",
        "上海德润化工有限公司",
        "杭州诚泰润滑科技有限公司",
        "南京宁远润滑油有限公司",
        "北京京润通商贸有限公司",
        "天津海岳石油化工有限公司",
        "太原晋通油品有限公司",
        "成都蜀润能源有限公司",
        "重庆渝丰润滑油有限公司",
        "昆明滇润商贸有限公司",
        "苏州瑞达工业油品有限公司",
        "石家庄冀顺石化贸易有限公司",
    ),
    workshop_names=(
        "顺达汽修厂",
        "鸿运汽车维修中心",
        "老王汽修",
        "金牌汽车快修",
        "诚信汽车修理厂",
        "振华重卡维修站",
        "通力工程机械维修部",
        "宏发摩托车修理店",
        "安驰汽车养护中心",
        "永兴汽修厂",
        "鑫源汽车服务中心",
        "平安汽车维修厂",
        "聚力物流车队维修站",
        "飞轮摩配店",
        "众诚轮胎快修",
        "恒久汽车保养店",
        "利民农机维修站",
    ),
    surnames=(
        "王",
        "李",
        "张",
        "刘",
        "陈",
        "杨",
        "黄",
        "赵",
        "吴",
        "周",
        "徐",
        "孙",
        "马",
        "朱",
        "胡",
        "郭",
        "何",
        "林",
        "罗",
        "高",
        "梁",
        "郑",
        "谢",
        "宋",
        "唐",
        "许",
    ),
    given_names=(
        "伟",
        "芳",
        "娜",
        "敏",
        "静",
        "丽",
        "强",
        "磊",
        "军",
        "洋",
        "勇",
        "艳",
        "杰",
        "涛",
        "明",
        "超",
        "秀英",
        "建华",
        "志强",
        "晓东",
        "海燕",
        "丽娟",
        "文博",
        "子涵",
        "浩然",
        "雨轩",
        "俊杰",
        "思远",
        "欣怡",
        "建国",
        "春梅",
        "国强",
        "晓峰",
        "婷婷",
    ),
    name_order="family_first",
    hq_suffix="总部",
    regional_office_suffix="{region}区域办事处",
    dc_suffix="{city}配送中心",
    warehouse_suffix="{city}分仓",
    store_suffix="{city}{district}店",
    titles={
        "decision_maker": ("总经理", "董事长", "老板"),
        "influencer": ("维修主管", "车队经理", "服务经理"),
        "buyer": ("采购经理", "采购专员"),
        "user": ("维修技师", "机修工", "保养技师"),
        "gatekeeper": ("前台", "总经理助理", "行政主管"),
        "technical": ("技术经理", "设备主管", "质量工程师"),
    },
    departments=(
        "采购部",
        "销售部",
        "财务部",
        "技术部",
        "售后服务部",
        "仓储物流部",
        "市场部",
        "维修车间",
    ),
    phone_format="+86 138 {n}",
    email_domain_tld="cn",
)

# ------------------------------------------------------------------------- Vietnam
_VN_REGIONS = (
    Region(
        "Miền Bắc",
        "Northern Vietnam",
        (
            _c(
                "Hà Nội",
                "Hanoi",
                21.0278,
                105.8342,
                "10000",
                "Quận Hoàn Kiếm|Quận Đống Đa|Quận Cầu Giấy|Quận Hai Bà Trưng|Quận Long Biên"
                "|Quận Hoàng Mai|Quận Thanh Xuân",
                "Đường Giải Phóng|Phố Huế|Đường Láng|Đường Nguyễn Trãi|Đường Phạm Văn Đồng"
                "|Đường Nguyễn Văn Cừ|Phố Tôn Đức Thắng",
            ),
            _c(
                "Hải Phòng",
                "Hai Phong",
                20.8449,
                106.6881,
                "04000",
                "Quận Hồng Bàng|Quận Lê Chân|Quận Ngô Quyền|Quận Hải An|Quận Kiến An",
                "Đường Lạch Tray|Đường Trần Nguyên Hãn|Đường Lê Hồng Phong|Đường Tô Hiệu"
                "|Đường Nguyễn Văn Linh|Đường Điện Biên Phủ",
            ),
            _c(
                "Hạ Long",
                "Ha Long",
                20.9510,
                107.0800,
                "01000",
                "Phường Bãi Cháy|Phường Hồng Gai|Phường Hà Tu|Phường Cao Xanh|Phường Hùng Thắng",
                "Đường Hạ Long|Đường Trần Hưng Đạo|Đường Nguyễn Văn Cừ|Đường Lê Thánh Tông"
                "|Đường Cao Thắng|Đường 25 Tháng 4",
            ),
            _c(
                "Bắc Ninh",
                "Bac Ninh",
                21.1861,
                106.0763,
                "16000",
                "Phường Suối Hoa|Phường Võ Cường|Phường Đại Phúc|Phường Kinh Bắc|Phường Ninh Xá",
                "Đường Lý Thái Tổ|Đường Nguyễn Văn Cừ|Đường Ngô Gia Tự|Đường Trần Hưng Đạo"
                "|Đường Lê Thái Tổ|Đường Huyền Quang",
            ),
        ),
    ),
    Region(
        "Miền Trung",
        "Central Vietnam",
        (
            _c(
                "Đà Nẵng",
                "Da Nang",
                16.0544,
                108.2022,
                "50000",
                "Quận Hải Châu|Quận Thanh Khê|Quận Sơn Trà|Quận Ngũ Hành Sơn|Quận Liên Chiểu"
                "|Quận Cẩm Lệ",
                "Đường Lê Duẩn|Đường Nguyễn Văn Linh|Đường Điện Biên Phủ|Đường Hùng Vương"
                "|Đường Tôn Đức Thắng|Đường Ngô Quyền|Đường Trần Phú",
            ),
            _c(
                "Huế",
                "Hue",
                16.4637,
                107.5909,
                "49000",
                "Phường Phú Hội|Phường Vĩnh Ninh|Phường An Cựu|Phường Thuận Hòa|Phường Phú Nhuận",
                "Đường Lê Lợi|Đường Hùng Vương|Đường Trần Hưng Đạo|Đường Bà Triệu|Đường Nguyễn Huệ"
                "|Đường Hà Nội",
            ),
            _c(
                "Vinh",
                "Vinh",
                18.6796,
                105.6813,
                "43000",
                "Phường Hưng Bình|Phường Lê Mao|Phường Quang Trung|Phường Trường Thi|Phường Bến Thủy",
                "Đường Lê Duẩn|Đường Quang Trung|Đường Nguyễn Văn Cừ|Đường Lê Lợi|Đường Lê Hồng Phong"
                "|Đường Phan Đình Phùng",
            ),
            _c(
                "Nha Trang",
                "Nha Trang",
                12.2388,
                109.1967,
                "57000",
                "Phường Lộc Thọ|Phường Tân Lập|Phường Vĩnh Hải|Phường Phước Long|Phường Vĩnh Phước",
                "Đường Trần Phú|Đường Thống Nhất|Đường 2 Tháng 4|Đường Lê Hồng Phong|Đường Yersin"
                "|Đường Nguyễn Thị Minh Khai",
            ),
        ),
    ),
    Region(
        "Miền Nam",
        "Southern Vietnam",
        (
            _c(
                "TP. Hồ Chí Minh",
                "Ho Chi Minh City",
                10.8231,
                106.6297,
                "70000",
                "Quận 1|Quận 3|Quận 7|Quận Bình Thạnh|Quận Tân Bình|Quận Gò Vấp|Thành phố Thủ Đức",
                "Đường Lê Lợi|Đường Nguyễn Văn Linh|Đường Cộng Hòa|Đường Điện Biên Phủ"
                "|Đường Cách Mạng Tháng Tám|Đường Võ Văn Kiệt|Đường Phạm Văn Đồng",
            ),
            _c(
                "Thủ Dầu Một",
                "Thu Dau Mot",
                10.9804,
                106.6519,
                "75000",
                "Phường Phú Cường|Phường Hiệp Thành|Phường Phú Hòa|Phường Chánh Nghĩa|Phường Phú Lợi",
                "Đại lộ Bình Dương|Đường Yersin|Đường Cách Mạng Tháng Tám|Đường Phú Lợi"
                "|Đường Huỳnh Văn Lũy|Đường Ngô Quyền",
            ),
            _c(
                "Biên Hòa",
                "Bien Hoa",
                10.9574,
                106.8427,
                "76000",
                "Phường Tân Phong|Phường Trảng Dài|Phường Long Bình|Phường Tam Hiệp|Phường Quyết Thắng",
                "Đường Phạm Văn Thuận|Đường Đồng Khởi|Đường Võ Thị Sáu|Đường Nguyễn Ái Quốc"
                "|Đường 30 Tháng 4|Đường Bùi Văn Hòa",
            ),
            _c(
                "Cần Thơ",
                "Can Tho",
                10.0452,
                105.7469,
                "94000",
                "Quận Ninh Kiều|Quận Cái Răng|Quận Bình Thủy|Quận Ô Môn|Quận Thốt Nốt",
                "Đường 30 Tháng 4|Đường Trần Hưng Đạo|Đường Nguyễn Văn Cừ|Đường Mậu Thân"
                "|Đường 3 Tháng 2|Đại lộ Hòa Bình",
            ),
        ),
    ),
)

_VN = Country(
    code="VN",
    name="Việt Nam",
    currency="VND",
    language="vi",
    regions=_VN_REGIONS,
    chain_names=(
        "Chuỗi Gara Ô tô Phúc Thịnh",
        "Hệ thống Chăm sóc Xe An Phát",
        "Chuỗi Thay nhớt Nhanh Minh Long",
        "Hệ thống Phụ tùng Xe máy Hưng Thịnh",
        "Hệ thống Cửa hàng Xăng dầu Đại Việt",
        "Chuỗi Dịch vụ Ô tô Sao Việt",
        "Hệ thống Rửa xe & Thay nhớt Trường Thành",
        "Chuỗi Siêu thị Phụ tùng Vạn Lợi",
        "Chuỗi Chăm sóc Xe Hoàng Gia",
        "Hệ thống Gara Bảo Tín",
        "Chuỗi Cửa hàng Xe máy Thịnh Vượng",
        "Hệ thống Trạm Dịch vụ Xe tải Bắc Nam",
        "Chuỗi Phụ tùng Ô tô Đông Á",
    ),
    distributor_names=(
        "Công ty TNHH Dầu nhớt Phú Thành",
        "Công ty TNHH Thương mại Dầu nhờn Hải Long",
        "Công ty TNHH Năng lượng Minh Phát",
        "Công ty TNHH Thương mại Dịch vụ Tân Việt Hưng",
        "Công ty Cổ phần Hóa dầu Sông Hàn",
        "Công ty TNHH Dầu nhớt Nam Phong",
        "Công ty TNHH Phân phối Dầu nhờn Kinh Bắc",
        "Công ty TNHH Vật tư Kỹ thuật Đại Dương",
        "Công ty TNHH Dầu nhớt Cửu Long",
        "Công ty TNHH Thương mại Hoàng Hà",
        "Công ty TNHH MTV Dầu nhớt Sài Gòn Xanh",
        "Công ty Cổ phần Dầu nhờn Trường An",
        "Công ty TNHH Dầu mỡ Công nghiệp Bình An",
    ),
    workshop_names=(
        "Gara ô tô Thành Đạt",
        "Gara ô tô Minh Tuấn",
        "Gara Hưng Phát",
        "Tiệm sửa xe Hùng Dũng",
        "Sửa xe máy Anh Tú",
        "Trung tâm Bảo dưỡng Ô tô Phú Mỹ",
        "Xưởng sửa chữa Xe tải Tiến Phát",
        "Gara ô tô Quang Vinh",
        "Tiệm nhớt Bảy Sang",
        "Cửa hàng Phụ tùng Xe máy Tâm An",
        "Xưởng Cơ khí Máy công trình Đức Thắng",
        "Gara ô tô Việt Hàn",
        "Trạm Sửa chữa Máy nông nghiệp Mười Lực",
        "Gara ô tô Ngọc Anh",
        "Tiệm sửa xe Út Hiền",
        "Trung tâm Dịch vụ Xe tải Bình Minh",
    ),
    surnames=(
        "Nguyễn",
        "Trần",
        "Lê",
        "Phạm",
        "Hoàng",
        "Huỳnh",
        "Phan",
        "Vũ",
        "Võ",
        "Đặng",
        "Bùi",
        "Đỗ",
        "Hồ",
        "Ngô",
        "Dương",
        "Lý",
        "Đinh",
        "Trương",
        "Mai",
        "Lâm",
        "Tạ",
        "Cao",
        "Đoàn",
        "Trịnh",
    ),
    given_names=(
        "Văn Hùng",
        "Thị Lan",
        "Minh Tuấn",
        "Thu Hà",
        "Quốc Bảo",
        "Hoàng Nam",
        "Ngọc Anh",
        "Thanh Tùng",
        "Đức Thắng",
        "Thị Hương",
        "Văn Đức",
        "Minh Châu",
        "Quang Huy",
        "Bích Ngọc",
        "Hữu Phước",
        "Thị Mai",
        "Tuấn Anh",
        "Hải Yến",
        "Mỹ Linh",
        "Văn Long",
        "Kim Oanh",
        "Trung Kiên",
        "Thu Trang",
        "Phương Thảo",
        "Đình Khoa",
        "Gia Huy",
        "Xuân Trường",
        "Minh Khôi",
        "Thanh Hằng",
        "Văn Sơn",
        "Ngọc Hân",
        "Thị Thủy",
    ),
    name_order="family_first",
    hq_suffix="Trụ sở chính",
    regional_office_suffix="Văn phòng khu vực {region}",
    dc_suffix="Trung tâm phân phối {city}",
    warehouse_suffix="Kho chi nhánh {city}",
    store_suffix="Cửa hàng {district}, {city}",
    titles={
        "decision_maker": ("Giám đốc", "Tổng giám đốc", "Chủ gara"),
        "influencer": ("Trưởng xưởng", "Quản lý đội xe", "Cố vấn dịch vụ"),
        "buyer": ("Trưởng phòng mua hàng", "Nhân viên mua hàng"),
        "user": ("Kỹ thuật viên", "Thợ máy", "Thợ sửa xe"),
        "gatekeeper": ("Lễ tân", "Trợ lý giám đốc", "Thư ký"),
        "technical": ("Trưởng phòng kỹ thuật", "Kỹ sư bảo trì"),
    },
    departments=(
        "Phòng Kinh doanh",
        "Phòng Mua hàng",
        "Phòng Kế toán",
        "Phòng Kỹ thuật",
        "Phòng Hành chính – Nhân sự",
        "Phòng Kho vận",
        "Xưởng dịch vụ",
        "Phòng Marketing",
    ),
    phone_format="+84 9{n}",
    email_domain_tld="vn",
)

# --------------------------------------------------------------------- Netherlands
_NL_REGIONS = (
    Region(
        "Randstad",
        "Randstad",
        (
            _c(
                "Amsterdam",
                "Amsterdam",
                52.3676,
                4.9041,
                "1017 CT",
                "Centrum|Noord|West|Nieuw-West|Zuid|Oost|Zuidoost",
                "Kinkerstraat|Van Baerlestraat|Johan Huizingalaan|Klaprozenweg|Hoogoorddreef"
                "|Ferdinand Bolstraat|Kerkstraat",
            ),
            _c(
                "Rotterdam",
                "Rotterdam",
                51.9244,
                4.4777,
                "3011 AD",
                "Centrum|Delfshaven|Feijenoord|Kralingen-Crooswijk|Charlois|IJsselmonde"
                "|Hillegersberg-Schiebroek",
                "Coolsingel|Schiedamseweg|Beijerlandselaan|Vaanweg|Waalhaven Oostzijde|Kleiweg",
            ),
            _c(
                "Den Haag",
                "The Hague",
                52.0705,
                4.3007,
                "2511 CV",
                "Centrum|Escamp|Laak|Loosduinen|Scheveningen|Segbroek|Haagse Hout",
                "Laan van Meerdervoort|Loosduinseweg|Binckhorstlaan|Fruitweg|Regentesselaan"
                "|Zuiderparklaan",
            ),
            _c(
                "Utrecht",
                "Utrecht",
                52.0907,
                5.1214,
                "3511 LX",
                "Binnenstad|Oost|Noordoost|Overvecht|Leidsche Rijn|Vleuten-De Meern|Noordwest",
                "Biltstraat|Amsterdamsestraatweg|Vleutenseweg|Kanaalweg|Europalaan|Atoomweg",
            ),
        ),
    ),
    Region(
        "Noord",
        "North",
        (
            _c(
                "Groningen",
                "Groningen",
                53.2194,
                6.5665,
                "9711 LM",
                "Centrum|Oosterpoort|Helpman|Vinkhuizen|Beijum|Lewenborg|Hoogkerk",
                "Herestraat|Oosterstraat|Peizerweg|Eemsgolaan|Paterswoldseweg|Friesestraatweg",
            ),
            _c(
                "Leeuwarden",
                "Leeuwarden",
                53.2012,
                5.7999,
                "8911 BS",
                "Binnenstad|Huizum|Bilgaard|Camminghaburen|Heechterp-Schieringen|Nijlân",
                "Nieuwestad|Harlingerstraatweg|Julianalaan|Tesselschadestraat|Archipelweg|Edisonweg"
                "|Overijsselselaan",
            ),
            _c(
                "Assen",
                "Assen",
                52.9925,
                6.5649,
                "9401 HK",
                "Centrum|Assen-Oost|Pittelo|Kloosterveen|Marsdijk|Noorderpark",
                "Kerkstraat|Oostersingel|Groningerstraat|Industrieweg|Europaweg|Rolderstraat",
            ),
            _c(
                "Emmen",
                "Emmen",
                52.7858,
                6.8975,
                "7811 AP",
                "Centrum|Angelslo|Emmerhout|Bargeres|Rietlanden|Emmermeer",
                "Hoofdstraat|Noordbargerstraat|Weerdingerstraat|Phileas Foggstraat|Statenweg|Boermarke",
            ),
        ),
    ),
    Region(
        "Oost",
        "East",
        (
            _c(
                "Zwolle",
                "Zwolle",
                52.5168,
                6.0830,
                "8011 CW",
                "Binnenstad|Assendorp|Diezerpoort|Holtenbroek|Stadshagen|Zwolle-Zuid",
                "Assendorperstraat|Diezerstraat|Ceintuurbaan|Hanzelaan|Rieteweg|Marsweg",
            ),
            _c(
                "Enschede",
                "Enschede",
                52.2215,
                6.8937,
                "7511 JN",
                "Centrum|Boswinkel|Deppenbroek|Glanerbrug|Wesselerbrink|Stroinkslanden|Roombeek",
                "Haaksbergerstraat|Gronausestraat|Hengelosestraat|Oldenzaalsestraat|Boulevard 1945"
                "|Lipperkerkstraat",
            ),
            _c(
                "Arnhem",
                "Arnhem",
                51.9851,
                5.8987,
                "6811 CA",
                "Centrum|Presikhaaf|Malburgen|Rijkerswoerd|Schuytgraaf|Klarendal",
                "Jansbuitensingel|Velperweg|Amsterdamseweg|Nijmeegseweg|Westervoortsedijk|Ringallee",
            ),
            _c(
                "Apeldoorn",
                "Apeldoorn",
                52.2112,
                5.9699,
                "7311 KZ",
                "Centrum|Zevenhuizen|De Maten|Zuidbroek|Osseveld|Kerschoten",
                "Hoofdstraat|Deventerstraat|Laan van Zevenhuizen|Europaweg|Kanaal Zuid|Zutphensestraat",
            ),
        ),
    ),
    Region(
        "Zuid",
        "South",
        (
            _c(
                "Eindhoven",
                "Eindhoven",
                51.4416,
                5.4697,
                "5611 EM",
                "Centrum|Strijp|Woensel-Zuid|Woensel-Noord|Gestel|Stratum|Tongelre",
                "Stratumseind|Hoogstraat|Kruisstraat|Boschdijk|Vestdijk|Meerenakkerweg",
            ),
            _c(
                "Tilburg",
                "Tilburg",
                51.5555,
                5.0913,
                "5038 CD",
                "Centrum|Oud-Noord|Oud-Zuid|Reeshof|Berkel-Enschot|West",
                "Heuvelstraat|Ringbaan-West|Ringbaan-Oost|Bredaseweg|Goirleseweg|Kempenbaan",
            ),
            _c(
                "Breda",
                "Breda",
                51.5719,
                4.7683,
                "4811 XJ",
                "Centrum|Ginneken|Princenhage|Haagse Beemden|Hoge Vucht|Heuvel",
                "Ginnekenweg|Haagweg|Teteringsedijk|Nieuwe Haagdijk|Claudius Prinsenlaan|Industriekade",
            ),
            _c(
                "Maastricht",
                "Maastricht",
                50.8514,
                5.6910,
                "6211 CL",
                "Centrum|Wyck|Céramique|Heer|Malberg|Caberg|Amby",
                "Meerssenerweg|Akersteenweg|Brusselseweg|Scharnerweg|Via Regia|Wilhelminasingel",
            ),
        ),
    ),
)

_NL = Country(
    code="NL",
    name="Nederland",
    currency="EUR",
    language="nl",
    regions=_NL_REGIONS,
    chain_names=(
        "RijKlaar Autoservice",
        "Autopunt Nederland",
        "Garagenet Holland",
        "Bandenhuys",
        "Olieplaza",
        "De Vakmonteurs Groep",
        "Tweewielerhuis",
        "AgriPunt Winkels",
        "Klusmaat Bouwmarkten",
        "Snelstop Onderhoud",
        "Wegwijs Tankstations",
        "Motorhuis Benelux",
        "IJsseldelta Autogroep",
        "Poldermotor Groep",
    ),
    distributor_names=(
        "Van der Meulen Smeermiddelen B.V.",
        "De Vries Olie & Techniek B.V.",
        "Smeerolie Handel Noord B.V.",
        "Brabant Lubricants B.V.",
        "IJsselmond Oliehandel B.V.",
        "Twentse Smeertechniek B.V.",
        "Hollandia Olie Distributie B.V.",
        "Bakker & Zn. Smeermiddelen B.V.",
        "Limburgse Olie Centrale B.V.",
        "Rijnmond Lubes B.V.",
        "Veluwe Techniek & Smering B.V.",
        "Friese Olie Service B.V.",
        "Delta Oliehandel B.V.",
    ),
    workshop_names=(
        "Autobedrijf Jansen",
        "Garage De Hoek",
        "Autoservice IJsselstein",
        "Autobedrijf Van Dijk",
        "Garagebedrijf Smit & Zn.",
        "Scooter- en Rijwielservice René",
        "Truckservice Hendriks",
        "Landbouwmechanisatie Oosterhuis",
        "Bandenservice Meijer",
        "Autobedrijf De Wit",
        "Motorhuis Visser",
        "Autoservice Noordoost",
        "Garage Poelman",
        "APK Centrum Brabant",
        "Autobedrijf Van den Berg",
        "Bedrijfswagencentrum Twente",
        "Loonbedrijf Kuijpers",
    ),
    surnames=(
        "de Jong",
        "Jansen",
        "de Vries",
        "van den Berg",
        "van Dijk",
        "Bakker",
        "Janssen",
        "Visser",
        "Smit",
        "Meijer",
        "de Boer",
        "Mulder",
        "de Groot",
        "Bos",
        "Vos",
        "Peters",
        "Hendriks",
        "van Leeuwen",
        "Dekker",
        "Brouwer",
        "de Wit",
        "Dijkstra",
        "van der Meer",
        "van der Linden",
        "IJzerman",
        "Kuijpers",
        "Vermeulen",
        "van der Heijden",
    ),
    given_names=(
        "Jan",
        "Pieter",
        "Kees",
        "Daan",
        "Sem",
        "Lucas",
        "Thijs",
        "Bram",
        "Joost",
        "Ruud",
        "Henk",
        "Willem",
        "Sander",
        "Niels",
        "Jeroen",
        "Maarten",
        "IJsbrand",
        "René",
        "Noël",
        "Emma",
        "Sophie",
        "Julia",
        "Zoë",
        "Anouk",
        "Sanne",
        "Lotte",
        "Fleur",
        "Femke",
        "Ilse",
        "Marieke",
        "Inge",
        "Esther",
        "Chloë",
        "Renée",
        "Noëlle",
    ),
    name_order="given_first",
    hq_suffix="Hoofdkantoor",
    regional_office_suffix="Regiokantoor {region}",
    dc_suffix="Distributiecentrum {city}",
    warehouse_suffix="Magazijn {city}",
    store_suffix="Vestiging {city}-{district}",
    titles={
        "decision_maker": ("Directeur", "Eigenaar", "Algemeen directeur"),
        "influencer": ("Werkplaatschef", "Wagenparkbeheerder", "Servicemanager"),
        "buyer": ("Inkoper", "Hoofd inkoop"),
        "user": ("Monteur", "Eerste monteur", "APK-keurmeester"),
        "gatekeeper": ("Receptionist", "Officemanager", "Managementassistent"),
        "technical": ("Technisch manager", "Hoofd technische dienst"),
    },
    departments=(
        "Inkoop",
        "Verkoop",
        "Financiële administratie",
        "Werkplaats",
        "Technische dienst",
        "Logistiek",
        "Marketing",
        "Klantenservice",
    ),
    phone_format="+31 6 {n}",
    email_domain_tld="nl",
)

COUNTRIES: tuple[Country, ...] = (_CN, _VN, _NL)


# ------------------------------------------------------------------------ Products
@dataclass(frozen=True)
class ProductTemplate:
    category: str
    name: str
    name_zh: str
    name_vi: str
    name_nl: str
    packs: tuple[tuple[str, Decimal, str], ...]
    list_price_per_unit: Decimal
    cost_ratio: Decimal
    lead_time_days: int


CATEGORIES: dict[str, dict[str, str]] = {
    "passenger_engine_oil": {
        "en": "Passenger car engine oil",
        "zh_CN": "乘用车发动机油",
        "vi": "Dầu động cơ xe du lịch",
        "nl": "Motorolie personenauto's",
    },
    "hd_diesel_oil": {
        "en": "Heavy-duty diesel engine oil",
        "zh_CN": "重负荷柴油机油",
        "vi": "Dầu động cơ diesel tải nặng",
        "nl": "Dieselmotorolie zwaar transport",
    },
    "motorcycle_oil": {
        "en": "Motorcycle oil",
        "zh_CN": "摩托车机油",
        "vi": "Dầu nhớt xe máy",
        "nl": "Motorfietsolie",
    },
    "gear_oil": {
        "en": "Gear oil",
        "zh_CN": "齿轮油",
        "vi": "Dầu hộp số",
        "nl": "Versnellingsbakolie",
    },
    "atf": {
        "en": "Automatic transmission fluid",
        "zh_CN": "自动变速箱油",
        "vi": "Dầu hộp số tự động",
        "nl": "Automatische transmissievloeistof",
    },
    "hydraulic_oil": {
        "en": "Hydraulic oil",
        "zh_CN": "液压油",
        "vi": "Dầu thủy lực",
        "nl": "Hydraulische olie",
    },
    "grease": {"en": "Grease", "zh_CN": "润滑脂", "vi": "Mỡ bôi trơn", "nl": "Smeervet"},
    "coolant": {"en": "Coolant", "zh_CN": "冷却液", "vi": "Nước làm mát", "nl": "Koelvloeistof"},
    "industrial_oil": {
        "en": "Industrial oil",
        "zh_CN": "工业润滑油",
        "vi": "Dầu công nghiệp",
        "nl": "Industriële olie",
    },
    "brake_fluid": {
        "en": "Brake fluid",
        "zh_CN": "制动液",
        "vi": "Dầu phanh",
        "nl": "Remvloeistof",
    },
}

_L1, _L4, _L5 = ("1 L", Decimal(1), "L"), ("4 L", Decimal(4), "L"), ("5 L", Decimal(5), "L")
_L18, _L20 = ("18 L", Decimal(18), "L"), ("20 L", Decimal(20), "L")
_L208, _G180 = ("208 L", Decimal(208), "L"), ("180 kg", Decimal(180), "kg")
_G04, _G15 = ("0.4 kg", Decimal("0.4"), "kg"), ("15 kg", Decimal(15), "kg")

_CAR, _CAR_S, _MOTO = (_L1, _L4, _L5, _L208), (_L1, _L4, _L5), (_L1, _L4)
_HD, _GEAR = (_L5, _L18, _L20, _L208), (_L1, _L5, _L20, _L208)
_ATF, _COOL, _BRAKE = (_L1, _L4, _L20), (_L1, _L4, _L20), (_L1, _L5)
_IND, _IND3, _GREASE = (_L20, _L208), (_L5, _L20, _L208), (_G04, _G15, _G180)


def _p(
    category: str,
    name: str,
    zh: str,
    vi: str,
    nl: str,
    packs: tuple[tuple[str, Decimal, str], ...],
    price: str,
    cost: str,
    lead: int,
) -> ProductTemplate:
    return ProductTemplate(category, name, zh, vi, nl, packs, Decimal(price), Decimal(cost), lead)


_PEO, _HDD, _MC, _GO = "passenger_engine_oil", "hd_diesel_oil", "motorcycle_oil", "gear_oil"
_HYD, _IO = "hydraulic_oil", "industrial_oil"

PRODUCTS: tuple[ProductTemplate, ...] = (
    _p(
        _PEO,
        "Synth Pro 5W-30",
        "全合成机油 5W-30",
        "Dầu động cơ tổng hợp toàn phần 5W-30",
        "Volsynthetische motorolie 5W-30",
        _CAR,
        "9.80",
        "0.58",
        7,
    ),
    _p(
        _PEO,
        "Synth Pro 0W-20",
        "全合成低粘度机油 0W-20",
        "Dầu động cơ tổng hợp 0W-20",
        "Volsynthetische motorolie 0W-20",
        _CAR_S,
        "11.20",
        "0.56",
        10,
    ),
    _p(
        _PEO,
        "Synth Pro 5W-40",
        "全合成机油 5W-40",
        "Dầu động cơ tổng hợp toàn phần 5W-40",
        "Volsynthetische motorolie 5W-40",
        _CAR,
        "9.40",
        "0.58",
        7,
    ),
    _p(
        _PEO,
        "Long Life 5W-30 C3",
        "长效全合成机油 5W-30 C3",
        "Dầu động cơ tổng hợp 5W-30 chuẩn C3",
        "Longlife motorolie 5W-30 C3",
        _CAR_S,
        "10.50",
        "0.57",
        10,
    ),
    _p(
        _PEO,
        "Syntec Plus 10W-40",
        "半合成机油 10W-40",
        "Dầu động cơ bán tổng hợp 10W-40",
        "Semi-synthetische motorolie 10W-40",
        _CAR,
        "6.40",
        "0.62",
        7,
    ),
    _p(
        _PEO,
        "Classic 20W-50",
        "矿物机油 20W-50",
        "Dầu động cơ gốc khoáng 20W-50",
        "Minerale motorolie 20W-50",
        _CAR_S,
        "4.30",
        "0.68",
        5,
    ),
    _p(
        _HDD,
        "Turbo Diesel 15W-40",
        "涡轮增压柴油机油 15W-40",
        "Dầu động cơ diesel tăng áp 15W-40",
        "Turbodiesel motorolie 15W-40",
        _HD,
        "4.80",
        "0.66",
        7,
    ),
    _p(
        _HDD,
        "Fleet Max 10W-40",
        "车队专用柴油机油 10W-40",
        "Dầu động cơ diesel đội xe 10W-40",
        "Wagenpark dieselmotorolie 10W-40",
        _HD,
        "6.90",
        "0.61",
        10,
    ),
    _p(
        _HDD,
        "Fleet Max 5W-30 Euro VI",
        "国六低灰分柴油机油 5W-30",
        "Dầu diesel ít tro 5W-30 cho xe Euro VI",
        "Low SAPS dieselmotorolie 5W-30 Euro VI",
        _HD,
        "8.20",
        "0.59",
        14,
    ),
    _p(
        _HDD,
        "Mining Heavy 15W-40 CK-4",
        "矿用重负荷柴油机油 15W-40 CK-4",
        "Dầu diesel tải nặng cho xe mỏ 15W-40 CK-4",
        "Zware dieselmotorolie mijnbouw 15W-40 CK-4",
        (_L20, _L208),
        "5.60",
        "0.64",
        14,
    ),
    _p(
        _MC,
        "Moto 4T 10W-40",
        "四冲程摩托车机油 10W-40",
        "Dầu nhớt xe máy 4 thì 10W-40",
        "4-takt motorfietsolie 10W-40",
        _MOTO,
        "6.50",
        "0.60",
        7,
    ),
    _p(
        _MC,
        "Moto 4T 20W-50",
        "四冲程摩托车机油 20W-50",
        "Dầu nhớt xe máy 4 thì 20W-50",
        "4-takt motorfietsolie 20W-50",
        _MOTO,
        "4.80",
        "0.65",
        7,
    ),
    _p(
        _MC,
        "Scooter Matic 10W-30",
        "踏板摩托车机油 10W-30",
        "Dầu nhớt xe tay ga 10W-30",
        "Scooterolie 10W-30",
        _MOTO,
        "6.20",
        "0.61",
        7,
    ),
    _p(
        _MC,
        "Moto 2T",
        "二冲程摩托车机油",
        "Dầu nhớt xe máy 2 thì",
        "2-takt mengsmeerolie",
        _MOTO,
        "5.40",
        "0.63",
        10,
    ),
    _p(
        _GO,
        "Gear EP 80W-90 GL-5",
        "重负荷车辆齿轮油 GL-5 80W-90",
        "Dầu hộp số và cầu GL-5 80W-90",
        "Versnellingsbakolie GL-5 80W-90",
        _GEAR,
        "5.20",
        "0.64",
        10,
    ),
    _p(
        _GO,
        "Gear EP 85W-140 GL-5",
        "重负荷车辆齿轮油 GL-5 85W-140",
        "Dầu hộp số và cầu GL-5 85W-140",
        "Versnellingsbakolie GL-5 85W-140",
        _GEAR,
        "5.50",
        "0.64",
        10,
    ),
    _p(
        _GO,
        "Gear Synth 75W-90",
        "全合成齿轮油 75W-90",
        "Dầu hộp số tổng hợp 75W-90",
        "Synthetische transmissieolie 75W-90",
        (_L1, _L5, _L20),
        "11.50",
        "0.55",
        14,
    ),
    _p(
        _GO,
        "Manual Trans 75W-80",
        "手动变速箱油 75W-80",
        "Dầu hộp số sàn 75W-80",
        "Olie voor handgeschakelde versnellingsbak 75W-80",
        (_L1, _L5),
        "9.20",
        "0.57",
        14,
    ),
    _p(
        "atf",
        "ATF Dexron III",
        "自动变速箱油 Dexron III",
        "Dầu hộp số tự động Dexron III",
        "ATF Dexron III",
        _ATF,
        "5.90",
        "0.62",
        7,
    ),
    _p(
        "atf",
        "ATF Multi-Vehicle",
        "多车型通用自动变速箱油",
        "Dầu hộp số tự động đa dụng",
        "Universele ATF",
        _ATF,
        "8.40",
        "0.58",
        10,
    ),
    _p(
        "atf",
        "CVT Fluid",
        "无级变速箱油 CVT",
        "Dầu hộp số vô cấp CVT",
        "CVT-transmissievloeistof",
        (_L1, _L4),
        "9.60",
        "0.57",
        14,
    ),
    _p(
        _HYD,
        "Hydro AW 46",
        "抗磨液压油 AW 46",
        "Dầu thủy lực chống mài mòn AW 46",
        "Hydraulische olie HLP 46",
        _IND3,
        "3.60",
        "0.70",
        7,
    ),
    _p(
        _HYD,
        "Hydro AW 68",
        "抗磨液压油 AW 68",
        "Dầu thủy lực chống mài mòn AW 68",
        "Hydraulische olie HLP 68",
        _IND3,
        "3.70",
        "0.70",
        7,
    ),
    _p(
        _HYD,
        "Hydro HV 32",
        "低温抗磨液压油 HV 32",
        "Dầu thủy lực chỉ số độ nhớt cao HV 32",
        "Hydraulische olie HVLP 32",
        _IND,
        "4.40",
        "0.66",
        10,
    ),
    _p(
        _HYD,
        "Tractor UTTO",
        "拖拉机传动液压两用油 UTTO",
        "Dầu truyền động – thủy lực máy kéo UTTO",
        "Tractor transmissie- en hydraulische olie UTTO",
        _IND3,
        "4.90",
        "0.64",
        10,
    ),
    _p(
        "grease",
        "Multi EP2 Grease",
        "极压锂基润滑脂 EP2",
        "Mỡ bôi trơn gốc lithium EP2",
        "Universeel lithium EP2-vet",
        _GREASE,
        "5.80",
        "0.60",
        10,
    ),
    _p(
        "grease",
        "Complex HT Grease",
        "复合锂基高温润滑脂",
        "Mỡ chịu nhiệt gốc lithium phức",
        "Lithiumcomplex hogetemperatuurvet",
        _GREASE,
        "8.90",
        "0.56",
        14,
    ),
    _p(
        "grease",
        "Moly Heavy Grease",
        "二硫化钼极压润滑脂",
        "Mỡ MoS2 chịu tải nặng",
        "Molybdeenvet voor zware belasting",
        (_G15, _G180),
        "7.60",
        "0.58",
        14,
    ),
    _p(
        "coolant",
        "Coolant OAT -37°C",
        "长效有机酸冷却液 -37°C",
        "Nước làm mát pha sẵn OAT -37°C",
        "Koelvloeistof kant-en-klaar OAT -37°C",
        _COOL,
        "2.40",
        "0.66",
        5,
    ),
    _p(
        "coolant",
        "Coolant Concentrate OAT",
        "浓缩型有机酸冷却液",
        "Nước làm mát đậm đặc OAT",
        "Koelvloeistof concentraat OAT",
        _COOL,
        "4.20",
        "0.62",
        7,
    ),
    _p(
        _IO,
        "Compressor Oil 46",
        "空气压缩机油 46",
        "Dầu máy nén khí 46",
        "Compressorolie 46",
        _IND3,
        "5.90",
        "0.60",
        14,
    ),
    _p(
        _IO,
        "Industrial Gear 220",
        "工业闭式齿轮油 220",
        "Dầu bánh răng công nghiệp 220",
        "Industriële tandwielolie 220",
        _IND,
        "4.60",
        "0.63",
        14,
    ),
    _p(
        _IO,
        "Slideway 68",
        "导轨油 68",
        "Dầu rãnh trượt 68",
        "Geleidebaanolie 68",
        _IND,
        "4.80",
        "0.62",
        21,
    ),
    _p(
        _IO,
        "Cutting Fluid Soluble",
        "乳化切削液",
        "Dầu cắt gọt pha nước",
        "Emulgeerbare snijvloeistof",
        _IND3,
        "4.10",
        "0.63",
        21,
    ),
    _p(
        "brake_fluid",
        "Brake Fluid DOT 4",
        "制动液 DOT 4",
        "Dầu phanh DOT 4",
        "Remvloeistof DOT 4",
        _BRAKE,
        "6.80",
        "0.55",
        7,
    ),
    _p(
        "brake_fluid",
        "Brake Fluid DOT 5.1",
        "制动液 DOT 5.1",
        "Dầu phanh DOT 5.1",
        "Remvloeistof DOT 5.1",
        _BRAKE,
        "8.90",
        "0.54",
        10,
    ),
)

COMPETITORS: tuple[str, ...] = (
    "Veltrax",
    "Kronvald",
    "Marosol",
    "Duralix",
    "Sinoflow",
    "Petrovia",
    "Arctane",
    "Roxell Oil",
    "Mekong Lube",
    "Nordsmeer",
)

# ------------------------------------------------------------------ Visit snippets
VISIT_SUMMARIES: dict[str, tuple[str, ...]] = {
    "zh_CN": (
        "与老板当面沟通了下季度的采购计划，整体态度积极。",
        "走访了维修车间，技师反馈全合成机油使用表现稳定。",
        "店内进厂台次较上月明显增加，保养业务占比提升。",
        "与采购经理核对了本月订单和到货情况，无异常。",
        "客户正在筹备第二家门店，预计下月开业。",
        "老板出差，与店长简单沟通，约定下周再访。",
        "向车队经理介绍了重负荷柴油机油的延长换油周期方案。",
        "陪同技术人员完成在用油取样，检测结果下周反馈。",
        "客户对上次促销活动的效果满意，希望继续合作。",
    ),
    "vi": (
        "Đã gặp trực tiếp chủ gara để trao đổi kế hoạch đặt hàng quý tới, thái độ rất tích cực.",
        "Thăm xưởng dịch vụ, thợ phản hồi dầu tổng hợp chạy ổn định, máy êm.",
        "Lượng xe vào xưởng tăng rõ so với tháng trước, chủ yếu là khách thay nhớt.",
        "Đã đối chiếu đơn hàng và tình hình giao hàng tháng này với trưởng phòng mua hàng.",
        "Chủ cửa hàng đi vắng, chỉ trao đổi nhanh với quản lý, hẹn quay lại tuần sau.",
        "Giới thiệu giải pháp kéo dài chu kỳ thay dầu cho quản lý đội xe tải.",
        "Cùng kỹ thuật viên lấy mẫu dầu đã qua sử dụng để phân tích, tuần sau có kết quả.",
        "Khách hài lòng với chương trình khuyến mãi vừa rồi và muốn tiếp tục hợp tác.",
    ),
    "nl": (
        "Gesprek met de eigenaar over de inkoopplanning voor volgend kwartaal; positieve sfeer.",
        "Werkplaats bezocht; monteurs zijn tevreden over de volsynthetische olie.",
        "Duidelijk meer auto's in de werkplaats dan vorige maand, vooral voor onderhoud en APK.",
        "Met de inkoper de orders en leveringen van deze maand doorgenomen, alles in orde.",
        "Kennismaking met de nieuwe werkplaatschef bij een kop koffie in het café om de hoek.",
        "Wagenparkbeheerder geïnformeerd over langere verversingsintervallen voor de trucks.",
        "Samen met de monteur oliemonsters genomen voor analyse; uitslag volgt volgende week.",
        "Klant is tevreden over de vorige actie en wil de samenwerking voortzetten.",
    ),
    "en": (
        "Met the owner in person to discuss next quarter's purchasing plan; very positive.",
        "Visited the workshop; mechanics report stable performance of the full synthetic oil.",
        "Noticeably more cars in the workshop than last month, mainly for oil changes.",
        "Reviewed this month's orders and deliveries with the purchasing manager; no issues.",
        "Met the new workshop manager over coffee at the café around the corner.",
        "Presented the extended drain interval programme to the fleet manager.",
        "Took used-oil samples with the technician for analysis; results expected next week.",
        "Customer is happy with the last promotion and wants to continue the cooperation.",
    ),
}

STOCK_NOTES: dict[str, tuple[str, ...]] = {
    "zh_CN": (
        "5W-30 全合成 4L 库存仅剩 6 桶，需尽快补货。",
        "发现两桶外包装破损，已拍照记录。",
        "15W-40 柴油机油 18L 库存充足，约可支撑一个月。",
        "冬季冷却液备货已完成。",
        "货架上齿轮油陈列不足，建议增加品项。",
        "摩托车机油 1L 走货快，库存周转约两周。",
        "仓库里 208L 液压油还有 3 桶，客户计划月底再订。",
        "旧包装产品仍有少量库存，建议优先出库。",
    ),
    "vi": (
        "Dầu tổng hợp 5W-30 can 4 L chỉ còn 6 can, cần bổ sung gấp.",
        "Dầu diesel 15W-40 xô 18 L còn đủ bán khoảng một tháng.",
        "Kệ dầu hộp số còn trống nhiều, đề xuất bổ sung thêm mã hàng.",
        "Phát hiện hai can bị móp vỏ, đã chụp ảnh lưu lại.",
        "Trong kho còn 3 phuy dầu thủy lực 208 L, khách dự định đặt thêm vào cuối tháng.",
        "Nhớt xe máy chai 1 L bán chạy, vòng quay tồn kho khoảng hai tuần.",
        "Đã nhập đủ nước làm mát cho mùa nắng nóng.",
        "Còn ít hàng bao bì cũ, đề nghị ưu tiên xuất trước.",
    ),
    "nl": (
        "Nog maar 6 cans 5W-30 volsynthetisch 4 L op voorraad; snel aanvullen.",
        "Voldoende voorraad 15W-40 dieselolie in 20 L, genoeg voor ongeveer een maand.",
        "Schap met transmissieolie is half leeg; extra artikelen voorgesteld.",
        "Twee cans met beschadigde verpakking aangetroffen, foto's gemaakt.",
        "Nog 3 vaten hydraulische olie van 208 L in het magazijn; nabestelling eind deze maand.",
        "Motorfietsolie 1 L loopt goed, omloopsnelheid ongeveer twee weken.",
        "Wintervoorraad koelvloeistof is op peil.",
        "Nog wat producten in oude verpakking; advies: die eerst uitleveren.",
    ),
    "en": (
        "Only 6 cans of 5W-30 full synthetic 4 L left; restock urgently.",
        "Enough 15W-40 diesel oil in 20 L pails for about a month.",
        "Gear oil shelf is half empty; proposed adding more SKUs.",
        "Found two cans with damaged packaging, photos taken.",
        "3 drums of 208 L hydraulic oil left in the warehouse; reorder planned for month end.",
        "1 L motorcycle oil sells fast, stock turns in about two weeks.",
        "Seasonal coolant stock is in place.",
        "Some old-packaging stock left; advised to sell it first.",
    ),
}

COMPETITOR_NOTES: dict[str, tuple[str, ...]] = {
    "zh_CN": (
        "{competitor} 本月推出买十送一活动，对我们的 4L 装形成压力。",
        "{competitor} 业务员每周上门两次，拜访频率高于我们。",
        "客户反馈 {competitor} 的柴油机油价格比我们低约 8%。",
        "{competitor} 在店内更换了新的门头和货架陈列。",
        "{competitor} 为车队客户提供免费油品检测服务。",
        "{competitor} 的半合成产品近期断货，是我们的机会。",
        "{competitor} 给出 90 天账期，客户希望我们跟进。",
        "技师认为 {competitor} 的机油衰减较快，更认可我们的产品。",
    ),
    "vi": (
        "{competitor} đang chạy chương trình mua 10 tặng 1, gây áp lực cho dòng can 4 L của mình.",
        "Nhân viên bán hàng của {competitor} ghé hai lần mỗi tuần, nhiều hơn bên mình.",
        "Khách phản hồi dầu diesel của {competitor} rẻ hơn mình khoảng 8%.",
        "{competitor} vừa làm bảng hiệu và kệ trưng bày mới tại cửa hàng.",
        "{competitor} phân tích dầu miễn phí cho các đội xe.",
        "Dòng bán tổng hợp của {competitor} đang hết hàng, đây là cơ hội cho mình.",
        "Thợ cho rằng nhớt của {competitor} mau xuống cấp, tin dùng sản phẩm của mình hơn.",
        "{competitor} cho công nợ 90 ngày, khách đề nghị mình xem xét.",
    ),
    "nl": (
        "{competitor} heeft deze maand een 10+1-actie; dat zet druk op onze 4 L-cans.",
        "De vertegenwoordiger van {competitor} komt twee keer per week langs, vaker dan wij.",
        "Klant geeft aan dat de dieselolie van {competitor} circa 8% goedkoper is.",
        "{competitor} heeft nieuwe gevelreclame en een nieuwe schapindeling geplaatst.",
        "{competitor} biedt wagenparken gratis olieanalyses aan.",
        "De semi-synthetische lijn van {competitor} is momenteel niet leverbaar; kans voor ons.",
        "Monteurs vinden dat olie van {competitor} sneller veroudert; zij kiezen liever de onze.",
        "{competitor} hanteert een betalingstermijn van 90 dagen; klant vraagt ons te reageren.",
    ),
    "en": (
        "{competitor} runs a buy-10-get-1 promotion this month, pressuring our 4 L cans.",
        "The {competitor} sales rep visits twice a week, more often than we do.",
        "Customer says {competitor} diesel oil is about 8% cheaper than ours.",
        "{competitor} installed new signage and shelf displays in the shop.",
        "{competitor} offers free oil analysis to fleet customers.",
        "{competitor} semi-synthetic range is out of stock; an opportunity for us.",
        "Mechanics feel {competitor} oil degrades faster and prefer our product.",
        "{competitor} gives 90-day payment terms; customer asks us to respond.",
    ),
}

NEEDS_NOTES: dict[str, tuple[str, ...]] = {
    "zh_CN": (
        "需要新的海报、价格牌等 POP 物料。",
        "需要更新版的车型用油推荐手册。",
        "希望安排一次技师产品培训，重点讲解低粘度机油。",
        "店内货架空间有限，需要一个品牌专用展示架。",
        "希望提供带品牌标识的工作服和擦车布。",
        "需要换油提醒贴和保养提醒卡。",
        "开业活动需要试用装和小礼品支持。",
        "希望获得用于微信朋友圈和抖音的推广素材。",
    ),
    "vi": (
        "Cần thêm poster, bảng giá và vật phẩm POP mới.",
        "Mong muốn có buổi đào tạo sản phẩm cho thợ, tập trung vào dầu độ nhớt thấp.",
        "Diện tích kệ trong cửa hàng hạn chế, cần một kệ trưng bày riêng của hãng.",
        "Cần sổ tay tra cứu dầu theo dòng xe bản cập nhật.",
        "Đề nghị cung cấp đồng phục và khăn lau có logo thương hiệu.",
        "Cần tem nhắc thay nhớt và thẻ hẹn bảo dưỡng.",
        "Xin hàng dùng thử và quà tặng cho dịp khai trương.",
        "Muốn có hình ảnh, nội dung quảng cáo để đăng Facebook và Zalo.",
    ),
    "nl": (
        "Nieuwe posters, prijskaartjes en ander POS-materiaal nodig.",
        "Graag een producttraining voor de monteurs, met nadruk op laagviskeuze oliën.",
        "Beperkte schapruimte; een eigen displayrek is gewenst.",
        "Bijgewerkte olieadviesgids per merk en type nodig.",
        "Verzoek om werkkleding en poetsdoeken met ons logo.",
        "Onderhoudsstickers en herinneringskaarten voor de volgende beurt nodig.",
        "Proefverpakkingen en relatiegeschenken gevraagd voor de opening.",
        "Wil beeldmateriaal voor social media en de eigen website.",
    ),
    "en": (
        "Needs new posters, price tags and other POP material.",
        "Would like a product training for mechanics, focused on low-viscosity oils.",
        "Shelf space is limited; a dedicated brand display rack is needed.",
        "Needs the updated vehicle lubricant recommendation guide.",
        "Asks for branded workwear and cleaning cloths.",
        "Needs oil-change stickers and service reminder cards.",
        "Requests samples and small gifts for the opening event.",
        "Wants images and copy for social media posts.",
    ),
}

FOLLOW_UPS: dict[str, tuple[str, ...]] = {
    "zh_CN": (
        "下周二前发送更新后的报价。",
        "安排技术工程师到店培训。",
        "跟进上次破损产品的换货进度。",
        "与区域经理确认年度返利政策后回复客户。",
        "两周后回访，检查陈列执行情况。",
        "寄送产品技术资料和安全数据表（SDS）。",
        "协调仓库安排下周三送货。",
        "月底前与财务核对应收账款。",
    ),
    "vi": (
        "Gửi báo giá cập nhật trước thứ Ba tuần sau.",
        "Sắp xếp kỹ sư kỹ thuật đến đào tạo tại cửa hàng.",
        "Theo dõi tiến độ đổi hàng cho lô sản phẩm bị hư hỏng lần trước.",
        "Xác nhận chính sách chiết khấu năm với quản lý khu vực rồi phản hồi khách.",
        "Quay lại sau hai tuần để kiểm tra việc trưng bày.",
        "Gửi tài liệu kỹ thuật và phiếu an toàn hóa chất (SDS).",
        "Phối hợp với kho để giao hàng vào thứ Tư tuần sau.",
        "Đối chiếu công nợ với phòng kế toán trước cuối tháng.",
    ),
    "nl": (
        "Vóór dinsdag volgende week een bijgewerkte offerte sturen.",
        "Training door een technisch specialist op locatie inplannen.",
        "Status van de vervangende levering voor de beschadigde producten nagaan.",
        "Jaarbonusregeling afstemmen met de regiomanager en terugkoppelen aan de klant.",
        "Over twee weken terugkomen om de schapinrichting te controleren.",
        "Technische productinformatie en veiligheidsinformatiebladen (VIB) toesturen.",
        "Met het magazijn levering op woensdag volgende week regelen.",
        "Vóór het einde van de maand openstaande posten afstemmen met de administratie.",
    ),
    "en": (
        "Send an updated quotation before Tuesday next week.",
        "Schedule an on-site training by a technical engineer.",
        "Follow up on the replacement of last month's damaged goods.",
        "Confirm the annual rebate policy with the regional manager, then reply to the customer.",
        "Revisit in two weeks to check the shelf display.",
        "Send technical data sheets and safety data sheets (SDS).",
        "Arrange delivery with the warehouse for next Wednesday.",
        "Reconcile outstanding receivables with accounting before month end.",
    ),
}

# ------------------------------------------------------------------ Customer issues
ISSUE_DESCRIPTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "rebate_cash_back": {
        "zh_CN": (
            "第二季度返利尚未到账，客户多次催问。",
            "客户认为返利计算未包含促销期间的销量。",
            "年度达量返利的现金返还比例与合同约定不一致。",
        ),
        "vi": (
            "Khoản chiết khấu quý II vẫn chưa được chuyển, khách đã hỏi nhiều lần.",
            "Khách cho rằng cách tính chiết khấu chưa bao gồm sản lượng trong đợt khuyến mãi.",
            "Tỷ lệ hoàn tiền theo sản lượng năm không khớp với hợp đồng.",
        ),
        "nl": (
            "Bonus over het tweede kwartaal is nog niet uitbetaald; klant belde al meermaals.",
            "Klant vindt dat de actievolumes niet zijn meegenomen in de bonusberekening.",
            "Het percentage van de jaarlijkse volumebonus komt niet overeen met het contract.",
        ),
        "en": (
            "The Q2 rebate has not been paid yet; the customer has chased it several times.",
            "Customer says the rebate calculation excludes volumes sold during the promotion.",
            "The annual volume cash-back percentage does not match the contract.",
        ),
    },
    "defective_replacement": {
        "zh_CN": (
            "一批 4L 机油桶盖密封不良，出现渗漏。",
            "客户反映齿轮油颜色异常，要求退换。",
            "运输途中有 2 桶 208L 液压油桶身变形，需要更换。",
        ),
        "vi": (
            "Một lô can dầu 4 L bị hở nắp, dầu rò rỉ ra ngoài.",
            "Khách phản ánh dầu hộp số có màu bất thường, yêu cầu đổi trả.",
            "Hai phuy dầu thủy lực 208 L bị móp méo trong quá trình vận chuyển, cần thay thế.",
        ),
        "nl": (
            "Een partij 4 L-cans heeft lekkende doppen.",
            "Klant meldt een afwijkende kleur van de transmissieolie en wil de partij retour.",
            "Twee vaten hydraulische olie van 208 L zijn tijdens transport gedeukt.",
        ),
        "en": (
            "A batch of 4 L cans has leaking caps.",
            "Customer reports abnormal colour of the gear oil and requests a replacement.",
            "Two 208 L drums of hydraulic oil were dented in transit and must be replaced.",
        ),
    },
    "packaging_version": {
        "zh_CN": (
            "新旧包装同时在店内销售，消费者怀疑是假货。",
            "新版标签上的批号印刷不清晰。",
            "客户要求在新包装上市前协助清理旧包装库存。",
        ),
        "vi": (
            "Bao bì mới và cũ cùng bày bán, người tiêu dùng nghi ngờ hàng giả.",
            "Số lô trên nhãn mới in không rõ.",
            "Khách đề nghị hỗ trợ xả hàng bao bì cũ trước khi bao bì mới ra mắt.",
        ),
        "nl": (
            "Oude en nieuwe verpakking staan naast elkaar; klanten twijfelen aan de echtheid.",
            "Het batchnummer op het nieuwe etiket is slecht leesbaar.",
            "Klant wil hulp bij het afbouwen van de oude verpakking vóór de overstap.",
        ),
        "en": (
            "Old and new packaging are on the shelf together; consumers suspect counterfeits.",
            "The batch number on the new label is poorly printed.",
            "Customer asks for help clearing old-packaging stock before the relaunch.",
        ),
    },
    "accounting": {
        "zh_CN": (
            "发票金额与订单金额不符，差额 320 元。",
            "客户未收到上月的增值税专用发票。",
            "对账单中有一笔已付款项仍显示为未结清。",
        ),
        "vi": (
            "Số tiền trên hóa đơn không khớp với đơn hàng, chênh lệch 1.200.000 đ.",
            "Khách chưa nhận được hóa đơn GTGT của tháng trước.",
            "Biên bản đối chiếu công nợ vẫn ghi một khoản đã thanh toán là chưa tất toán.",
        ),
        "nl": (
            "Het factuurbedrag wijkt af van de order; verschil € 48,50.",
            "Klant heeft de creditnota van vorige maand niet ontvangen.",
            "Een reeds betaalde factuur staat nog open op het rekeningoverzicht.",
        ),
        "en": (
            "Invoice amount differs from the order; difference of EUR 48.50.",
            "Customer has not received last month's credit note.",
            "A paid invoice still shows as open on the statement of account.",
        ),
    },
    "promotion_expenses": {
        "zh_CN": (
            "门店活动的物料费用尚未报销。",
            "客户垫付的开业促销费用需要我们确认并核销。",
            "双方对促销员工资的分摊比例存在分歧。",
        ),
        "vi": (
            "Chi phí vật phẩm cho sự kiện tại cửa hàng vẫn chưa được hoàn lại.",
            "Khách ứng trước chi phí khuyến mãi khai trương, cần mình xác nhận và quyết toán.",
            "Hai bên chưa thống nhất tỷ lệ chia sẻ lương nhân viên tiếp thị.",
        ),
        "nl": (
            "De kosten voor het actiemateriaal in de winkel zijn nog niet vergoed.",
            "Klant heeft de openingsactie voorgefinancierd en wacht op onze verrekening.",
            "Geen overeenstemming over de verdeling van de kosten van de promotiedagen.",
        ),
        "en": (
            "Costs of in-store event materials have not been reimbursed yet.",
            "Customer pre-paid the opening promotion and awaits our approval and settlement.",
            "No agreement yet on how to split the cost of promoter staff.",
        ),
    },
    "delivery": {
        "zh_CN": (
            "订单延迟三天到货，影响了客户的周末生意。",
            "送货少了 2 箱，签收单与实物不符。",
            "物流司机未提前预约，客户仓库无法安排卸货。",
        ),
        "vi": (
            "Đơn hàng giao trễ ba ngày, ảnh hưởng đến việc kinh doanh cuối tuần của khách.",
            "Giao thiếu 2 thùng, phiếu giao nhận không khớp với thực tế.",
            "Tài xế không hẹn trước nên kho của khách không bố trí dỡ hàng được.",
        ),
        "nl": (
            "Order kwam drie dagen te laat binnen; de werkplaats kwam olie tekort.",
            "Er ontbraken 2 dozen; de afleverbon klopt niet met de geleverde hoeveelheid.",
            "Chauffeur had geen tijdslot gereserveerd, waardoor de klant niet kon lossen.",
        ),
        "en": (
            "Order arrived three days late and hurt the customer's weekend business.",
            "Two cartons short; the delivery note does not match the goods received.",
            "Driver did not book a time slot, so the customer's warehouse could not unload.",
        ),
    },
    "pricing": {
        "zh_CN": (
            "客户认为新价格表涨幅过大。",
            "同一产品在不同经销商处价格差异较大，引发投诉。",
            "客户要求对 208L 大桶给予项目特价。",
        ),
        "vi": (
            "Khách cho rằng bảng giá mới tăng quá cao.",
            "Cùng một sản phẩm nhưng giá giữa các nhà phân phối chênh lệch lớn, gây khiếu nại.",
            "Khách đề nghị giá dự án đặc biệt cho phuy 208 L.",
        ),
        "nl": (
            "Klant vindt de verhoging in de nieuwe prijslijst te fors.",
            "Prijsverschillen tussen distributeurs voor hetzelfde product leiden tot klachten.",
            "Klant vraagt een projectprijs voor vaten van 208 L.",
        ),
        "en": (
            "Customer finds the increase in the new price list too steep.",
            "Large price gaps for the same product between distributors cause complaints.",
            "Customer requests a project price for 208 L drums.",
        ),
    },
    "other": {
        "zh_CN": (
            "客户希望更换对接的业务代表。",
            "客户咨询废油回收服务。",
            "客户询问能否参加明年的经销商大会。",
        ),
        "vi": (
            "Khách muốn đổi nhân viên kinh doanh phụ trách.",
            "Khách hỏi về dịch vụ thu gom dầu thải.",
            "Khách hỏi có thể tham dự hội nghị nhà phân phối năm sau không.",
        ),
        "nl": (
            "Klant wil graag een andere vaste contactpersoon bij ons.",
            "Klant informeert naar de inzameling van afgewerkte olie.",
            "Klant vraagt of hij volgend jaar kan deelnemen aan de distributeursdag.",
        ),
        "en": (
            "Customer would like a different account representative.",
            "Customer asks about used-oil collection services.",
            "Customer asks whether they can attend next year's distributor conference.",
        ),
    },
}

# ----------------------------------------------------------------- Misc. reference
TAGS: tuple[str, ...] = (
    "key account",
    "fleet",
    "mining",
    "agri",
    "export",
    "workshop chain",
    "新店",
    "重点客户",
    "车队",
    "工程机械",
    "tiềm năng",
    "khách hàng lớn",
    "đội xe",
    "groeier",
    "landbouw",
    "A-klant",
)
# Each tag as the accounts of a country write it (a Dutch account is never tagged 车队): the
# demo draws from TAGS as before, so the rest of the data stays the same, then says each
# drawn tag in the account's language.
TAG_WORDS: dict[str, tuple[str, str, str]] = {  # tag: (zh_CN, vi, nl)
    "key account": ("重点客户", "khách hàng lớn", "A-klant"),
    "fleet": ("车队", "đội xe", "wagenpark"),
    "mining": ("矿山", "khai khoáng", "mijnbouw"),
    "agri": ("农业", "nông nghiệp", "landbouw"),
    "export": ("出口", "xuất khẩu", "export"),
    "workshop chain": ("连锁维修", "chuỗi xưởng", "werkplaatsketen"),
    "新店": ("新店", "cửa hàng mới", "nieuwe vestiging"),
    "重点客户": ("重点客户", "khách hàng lớn", "A-klant"),
    "车队": ("车队", "đội xe", "wagenpark"),
    "工程机械": ("工程机械", "máy công trình", "grondverzet"),
    "tiềm năng": ("潜力客户", "tiềm năng", "groeier"),
    "khách hàng lớn": ("重点客户", "khách hàng lớn", "A-klant"),
    "đội xe": ("车队", "đội xe", "wagenpark"),
    "groeier": ("潜力客户", "tiềm năng", "groeier"),
    "landbouw": ("农业", "nông nghiệp", "landbouw"),
    "A-klant": ("重点客户", "khách hàng lớn", "A-klant"),
}
TAG_LANGUAGES = ("zh_CN", "vi", "nl")


def tags_in(language: str, drawn: list[str]) -> list[str]:
    """The drawn tags as accounts writing ``language`` write them, each once."""
    if language not in TAG_LANGUAGES:
        return list(dict.fromkeys(drawn))
    place = TAG_LANGUAGES.index(language)
    return list(dict.fromkeys(TAG_WORDS[tag][place] for tag in drawn))


# Texts printed for the customer (quote and order terms, checklists, rebate statements) are
# in the account's document language. Each language's tuple has as many entries, in the same
# order, as the English one: the generator draws an index, so the demo is the same in every
# other respect whatever the language.
#
# The notes never speak of VAT or validity: the printed quote states the tax basis itself
# ("prices excluding tax", then the tax line) and its "valid until" date; a note that said
# "prices include VAT" or "valid 30 days" contradicted them.
QUOTE_NOTES: dict[str, tuple[str, ...]] = {
    "zh_CN": (
        "以上价格在报价有效期内保持不变。",
        "如需产品技术资料和安全数据表（SDS），可随时索取。",
        "单次订货满 50 箱可额外享受 2% 折扣。",
        "208L 大桶需提前两周下单。",
    ),
    "vi": (
        "Giá cố định cho đến hết ngày hiệu lực của báo giá.",
        "Tài liệu kỹ thuật và phiếu an toàn hóa chất (SDS) được cung cấp khi có yêu cầu.",
        "Đơn hàng từ 50 thùng trở lên được chiết khấu thêm 2%.",
        "Phuy 208 L cần đặt trước hai tuần.",
    ),
    "nl": (
        "De prijzen staan vast tot de geldigheidsdatum van deze offerte.",
        "Technische informatie en veiligheidsinformatiebladen (VIB) zijn op aanvraag beschikbaar.",
        "Bij afname van 50 dozen of meer 2% extra korting.",
        "Vaten van 208 L minimaal twee weken vooraf bestellen.",
    ),
    "en": (
        "Prices are fixed until this quotation's validity date.",
        "Technical and safety data sheets (SDS) are available on request.",
        "Orders of 50 cartons or more receive an extra 2% discount.",
        "208 L drums must be ordered two weeks in advance.",
    ),
}

# Why a customer said no to a rejected demo quote (its decision note; the status line shows it).
QUOTE_REJECTIONS: dict[str, tuple[str, ...]] = {
    "zh_CN": ("价格高于竞争对手的报价。", "客户推迟到下个季度采购。", "客户选择了现有供应商。"),
    "vi": (
        "Giá cao hơn báo giá của đối thủ.",
        "Khách hàng hoãn mua sang quý sau.",
        "Khách hàng giữ nhà cung cấp hiện tại.",
    ),
    "nl": (
        "Prijs hoger dan die van de concurrent.",
        "Klant stelt de inkoop uit tot volgend kwartaal.",
        "Klant blijft bij de huidige leverancier.",
    ),
    "en": (
        "Price above the competitor's offer.",
        "The customer put the purchase off to next quarter.",
        "The customer stays with its current supplier.",
    ),
}

PAYMENT_TERMS: dict[str, tuple[str, ...]] = {
    "zh_CN": (
        "开票后 14 天内付款",
        "开票后 30 天内付款",
        "开票后 60 天内付款",
        "开票后 90 天内付款",
        "货到付款",
        "预付 50%，余款货到付清",
        "款到发货（100% 预付）",
    ),
    "vi": (
        "Thanh toán trong 14 ngày kể từ ngày hóa đơn",
        "Thanh toán trong 30 ngày kể từ ngày hóa đơn",
        "Thanh toán trong 60 ngày kể từ ngày hóa đơn",
        "Thanh toán trong 90 ngày kể từ ngày hóa đơn",
        "Thanh toán khi nhận hàng",
        "Tạm ứng 50%, thanh toán 50% còn lại khi nhận hàng",
        "Thanh toán trước 100%",
    ),
    "nl": (
        "14 dagen netto",
        "30 dagen netto",
        "60 dagen netto",
        "90 dagen netto",
        "Contant bij aflevering",
        "50% vooraf, 50% bij aflevering",
        "100% vooruitbetaling",
    ),
    "en": (
        "14 days net",
        "30 days net",
        "60 days net",
        "90 days net",
        "Cash on delivery",
        "50% advance, 50% on delivery",
        "100% advance",
    ),
}
ACCOUNT_PAYMENT_TERMS = 1  # every demo account's own terms: PAYMENT_TERMS[language][1]

# What a manager keeps on the profile card of the accounts that decide (head offices,
# distributors, regional offices and distribution centres): a strategy, the customer's
# purchasing policy and a note, in the account's language. Picked by the account's place
# in the list, not drawn, so the rest of the demo stays as it was.
ACCOUNT_PROFILES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "zh_CN": (
        (
            "以全合成机油拉动高端门店升级；明年目标销量增长 12%，重点发展车队客户。",
            "总部统一采购，季度招标；新品须先在 3 家门店试销 8 周。",
            "采购总监每年 3 月调整供应商名单，年度框架协议在此前谈妥。",
        ),
        (
            "巩固华南区域第一供应商地位，提高重负荷柴油机油在工程机械客户中的份额。",
            "区域公司自行订货，单笔超过 20 万元需总部审批；账期 30 天。",
            "对包装新旧版本切换很敏感，提前两个月通知。",
        ),
        (
            "以配送中心为枢纽提高补货及时率，库存周转控制在 35 天以内。",
            "按周补货，最低起订量 2 托；促销品单独下单。",
            "仓库主管喜欢在月初见面，月底盘点期间不便拜访。",
        ),
    ),
    "vi": (
        (
            "Mở rộng dòng dầu tổng hợp cho chuỗi gara; mục tiêu tăng 15% doanh số năm tới.",
            "Trụ sở mua tập trung, đấu thầu mỗi quý; sản phẩm mới thử bán 8 tuần tại 3 cửa hàng.",
            "Giám đốc mua hàng xét lại danh sách nhà cung cấp vào tháng 3 hằng năm.",
        ),
        (
            "Giữ vị trí nhà cung cấp số một ở miền Bắc, tăng thị phần dầu động cơ diesel.",
            "Văn phòng vùng tự đặt hàng; đơn trên 500 triệu đồng cần trụ sở duyệt; công nợ 30 ngày.",
            "Rất quan tâm đến việc đổi bao bì mới, cần báo trước hai tháng.",
        ),
        (
            "Dùng trung tâm phân phối làm đầu mối để bổ sung hàng kịp thời, tồn kho dưới 35 ngày.",
            "Bổ sung hàng hằng tuần, tối thiểu 2 pallet; hàng khuyến mãi đặt riêng.",
            "Trưởng kho thích gặp vào đầu tháng; cuối tháng đang kiểm kê, khó ghé thăm.",
        ),
    ),
    "nl": (
        (
            "Volsynthetische olie als groeimotor bij de ketenfilialen; volgend jaar 12 % meer "
            "volume, met de nadruk op wagenparkklanten.",
            "Centrale inkoop op het hoofdkantoor, tender per kwartaal; nieuwe producten eerst "
            "8 weken proefverkoop in 3 filialen.",
            "De inkoopdirecteur herziet de leverancierslijst elk jaar in maart; de raamafspraak "
            "moet daarvoor rond zijn.",
        ),
        (
            "Eerste leverancier blijven in de regio Zuid en het aandeel zware dieselolie bij "
            "grondverzetters vergroten.",
            "Regiokantoor bestelt zelf; orders boven € 20.000 gaan langs het hoofdkantoor; "
            "betaling binnen 30 dagen.",
            "Gevoelig voor de overgang naar de nieuwe verpakking: twee maanden vooraf melden.",
        ),
        (
            "Het distributiecentrum als spil voor tijdige aanvulling; voorraad onder 35 dagen.",
            "Wekelijkse aanvulling, minimaal 2 pallets; actieartikelen apart bestellen.",
            "De magazijnchef spreekt het liefst begin van de maand af; eind van de maand is "
            "het inventarisatie.",
        ),
    ),
}

# Incoterms keep their code (the same in every language) with the words around it translated.
DELIVERY_TERMS: dict[str, tuple[str, ...]] = {
    "zh_CN": (
        "EXW 工厂交货",
        "FCA 我方仓库交货",
        "DAP 客户指定地点交货",
        "CPT 运费付至客户所在地",
        "DDP 完税后交货",
        "FOB 装运港船上交货",
    ),
    "vi": (
        "EXW – giao tại xưởng",
        "FCA – giao tại kho của chúng tôi",
        "DAP – giao tại địa điểm của khách hàng",
        "CPT – cước phí trả tới nơi của khách hàng",
        "DDP – giao hàng đã nộp thuế",
        "FOB – giao lên tàu tại cảng bốc hàng",
    ),
    "nl": (
        "EXW – af fabriek",
        "FCA – ons magazijn",
        "DAP – adres klant",
        "CPT – vracht betaald tot adres klant",
        "DDP – franco inclusief rechten",
        "FOB – vrij aan boord",
    ),
    "en": ("EXW", "FCA warehouse", "DAP customer site", "CPT", "DDP", "FOB"),
}

# Who on our side resolves a customer's problem (printed on the checklist and visit sheet).
ISSUE_RESPONSIBLES: dict[str, tuple[str, ...]] = {
    "zh_CN": ("区域经理", "客服部", "财务部", "物流部"),
    "vi": ("Quản lý khu vực", "Bộ phận chăm sóc khách hàng", "Phòng kế toán", "Bộ phận kho vận"),
    "nl": ("Rayonmanager", "Klantenservice", "Financiële administratie", "Logistiek"),
    "en": ("Territory manager", "Customer service", "Finance", "Logistics"),
}

ISSUE_RESOLUTIONS: dict[str, str] = {
    "zh_CN": "已与客户协商解决。",
    "vi": "Đã thống nhất giải quyết với khách hàng.",
    "nl": "In overleg met de klant opgelost.",
    "en": "Settled with the customer",
}

# Who signed a rebate agreement for the customer (on the rebate statement).
REBATE_SIGNATORIES: dict[str, str] = {
    "zh_CN": "采购总监",
    "vi": "Giám đốc mua hàng",
    "nl": "Inkoopdirecteur",
    "en": "Purchasing director",
}

# Who approves in the demo, in the language of the country's own team ("regional" signs
# the territory price lists, "sales" the channel bands, "key_account" account deals and
# quote discounts), and why a quote's discount was approved.
APPROVERS: dict[str, dict[str, str]] = {
    "zh_CN": {"regional": "区域销售总监", "sales": "销售总监", "key_account": "大客户总监"},
    "vi": {
        "regional": "Giám đốc kinh doanh vùng",
        "sales": "Giám đốc kinh doanh",
        "key_account": "Giám đốc khách hàng trọng điểm",
    },
    "nl": {
        "regional": "Regiodirecteur verkoop",
        "sales": "Verkoopdirecteur",
        "key_account": "Key-accountdirecteur",
    },
    "en": {
        "regional": "Regional sales director",
        "sales": "Sales director",
        "key_account": "Key-account director",
    },
}
QUOTE_APPROVAL_REASONS: dict[str, str] = {
    "zh_CN": "客户承诺本季度采购量",
    "vi": "Khách hàng cam kết sản lượng cho cả mùa",
    "nl": "Volumetoezegging voor het seizoen",
    "en": "Volume commitment for the season",
}
CHANNEL_BAND_NAMES: dict[str, dict[str, str]] = {  # the channels' discount bands, by name
    "zh_CN": {"distributor": "经销商渠道折扣区间", "fleet": "车队渠道折扣区间"},
    "vi": {
        "distributor": "Biên độ chiết khấu kênh nhà phân phối",
        "fleet": "Biên độ chiết khấu kênh đội xe",
    },
    "nl": {"distributor": "Kortingsband distributeurs", "fleet": "Kortingsband wagenparken"},
    "en": {
        "distributor": "Channel distributor discount band",
        "fleet": "Channel fleet discount band",
    },
}
CHANNEL_BAND_LANGUAGE = "nl"  # the bands are in EUR: the Dutch team's
# The credit limit of an account by kind, in EUR (converted to the account's currency).
CREDIT_LIMITS_EUR: dict[str, int] = {
    "headquarters": 2_000_000,
    "distributor": 800_000,
    "workshop": 20_000,
}

__all__ = [
    "ACCOUNT_PAYMENT_TERMS",
    "ACCOUNT_PROFILES",
    "APPROVERS",
    "CATEGORIES",
    "CHANNEL_BAND_LANGUAGE",
    "CHANNEL_BAND_NAMES",
    "COMPETITORS",
    "COMPETITOR_NOTES",
    "COUNTRIES",
    "CREDIT_LIMITS_EUR",
    "DELIVERY_TERMS",
    "FOLLOW_UPS",
    "ISSUE_DESCRIPTIONS",
    "ISSUE_RESOLUTIONS",
    "ISSUE_RESPONSIBLES",
    "NEEDS_NOTES",
    "PAYMENT_TERMS",
    "PRODUCTS",
    "QUOTE_APPROVAL_REASONS",
    "QUOTE_NOTES",
    "QUOTE_REJECTIONS",
    "REBATE_SIGNATORIES",
    "STOCK_NOTES",
    "TAGS",
    "TAG_WORDS",
    "VISIT_SUMMARIES",
    "City",
    "Country",
    "ProductTemplate",
    "Region",
    "tags_in",
]
