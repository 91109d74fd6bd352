"""The written issue checklist PDF, read back: text, fonts, pages, codes, metadata and QR."""

from __future__ import annotations

import io
import re
import shutil
import subprocess
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from acct_desktop.domain.checklists import (
    ChecklistContent,
    ChecklistItem,
    ChecklistParty,
    canonical_json,
    content_sha256,
    document_keywords,
    qr_payload,
    verification_code,
)
from acct_desktop.domain.enums import IssueCategory, IssueStatus
from acct_desktop.reporting.checklist_pdf import MARGINS, build_checklist_pdf, checklist_codes
from acct_desktop.reporting.document_labels import (
    LANGUAGES,
    category_label,
    format_date,
    labels_for,
    status_label,
)
from acct_desktop.reporting.fonts import missing_glyphs
from tests.pdf_boxes import seal_boxes_mm

PDFTOTEXT = shutil.which("pdftotext")
needs_pdftotext = pytest.mark.skipif(not PDFTOTEXT, reason="poppler-utils (pdftotext) missing")

CATEGORIES = list(IssueCategory)

ZH_DESCRIPTIONS = [
    "2026年第三季度返利尚未兑现，需按协议第4.2条核对销售额后以票折方式抵扣下月货款。",
    "10月15日到货的洗衣液（货号6901234567890）有12箱外箱破损，需更换并补发至广州配送中心。",
    "新旧包装版本同时在门店陈列，价签未更新，请在11月底前完成旧包装下架和价签更换。",
    "对账单与我方系统差额人民币3,480.00元，请财务核对9月和10月的退货冲红记录。",
    "双十一促销堆头费用尚未结算，需提供陈列照片和执行报告后提交费用申请。",
    "配送中心到各门店的补货周期由三天改为两天，需确认新的订单截止时间和车辆安排。",
    "华南区域限价执行不一致，部分门店低于协议价销售，请区域经理核实并整改。",
]
VI_DESCRIPTIONS = [
    "Khoản chiết khấu quý 3 chưa được hoàn trả; cần đối chiếu doanh số theo hợp đồng và "
    "trừ vào hóa đơn tháng sau.",
    "Lô hàng ngày 15/10 có 12 thùng bị móp méo, cần đổi hàng lỗi và giao bổ sung cho cửa "
    "hàng Phường Đại Phúc.",
    "Bao bì mới và cũ được trưng bày cùng lúc; cần thu hồi bao bì cũ trước ngày 30/11 để "
    "tránh nhầm lẫn cho người tiêu dùng.",
    "Chênh lệch công nợ 3.480.000 ₫ giữa hai bên; bộ phận kế toán kiểm tra lại các chứng từ "
    "trả hàng được ghi nhận muộn.",
    "Chi phí khuyến mại tháng 11 chưa được thanh toán; cần gửi ảnh trưng bày và báo cáo "
    "thực hiện để được duyệt.",
]
NL_DESCRIPTIONS = [
    "De bonus over het derde kwartaal is nog niet uitbetaald; omzet volgens de "
    "overeenkomst controleren en verrekenen met de factuur van volgende maand.",
    "Levering van 15 oktober: twaalf dozen beschadigd, vervanging nodig en nalevering aan "
    "de vestiging in IJsselstein.",
    "Oude en nieuwe verpakking staan tegelijk in het schap; de oude verpakking vóór "
    "30 november terughalen en de schaplabels bijwerken.",
    "Verschil van € 3.480,00 in het rekeningoverzicht; de administratie controleert de "
    "creditnota's voor retouren van Zoë's filiaal in Reeuwijk.",
]


def make_content(
    language: str = "zh_CN",
    items: int = 7,
    *,
    descriptions: list[str] | None = None,
    number: str = "CL-2026-0007",
    revision: int = 1,
    replaces: str | None = None,
) -> ChecklistContent:
    """A realistic checklist in one language, ``items`` long."""
    texts = descriptions or {
        "zh_CN": ZH_DESCRIPTIONS,
        "vi": VI_DESCRIPTIONS,
        "nl": NL_DESCRIPTIONS,
    }.get(language, NL_DESCRIPTIONS)
    parties = {
        "zh_CN": (
            ("华润万家广州配送中心", "GZ-DC-001", "广州市白云区太和镇广州北路1888号"),
            ChecklistParty(
                "李明",
                "华润万家有限公司",
                "020-8888 1234",
                "liming@example.cn",
                "广州市白云区太和镇广州北路1888号",
            ),
            ChecklistParty(
                "张伟", "华南洗护用品销售有限公司", "138 0013 8000", "zhangwei@example.cn"
            ),
            ("陈晓东", "王芳", "李明"),
        ),
        "vi": (
            ("Cửa hàng Phường Đại Phúc", "VN-BN-017", "Số 12 Đường Nguyễn Trãi, Bắc Ninh"),
            ChecklistParty(
                "Nguyễn Văn Đức",
                "Công ty TNHH Thương mại Đại Phúc",
                "0912 345 678",
                "duc@example.vn",
                "Số 12 Đường Nguyễn Trãi, Bắc Ninh",
            ),
            ChecklistParty(
                "Trần Thị Hương", "Công ty Phân phối Miền Bắc", "0987 654 321", "huong@example.vn"
            ),
            ("Trần Thị Hương", "Lê Quốc Việt", "Nguyễn Văn Đức"),
        ),
    }.get(
        language,
        (
            ("Groothandel IJsselstein B.V.", "NL-UT-042", "Utrechtseweg 12, 3402 PL IJsselstein"),
            ChecklistParty(
                "Zoë de Vries",
                "Groothandel IJsselstein B.V.",
                "030 123 4567",
                "zoe@example.nl",
                "Utrechtseweg 12, 3402 PL IJsselstein",
            ),
            ChecklistParty(
                "Daan Bakker", "Noord Distributie B.V.", "06 1234 5678", "daan@example.nl"
            ),
            ("Daan Bakker", "Zoë de Vries", "Bram van Dijk"),
        ),
    )
    (account_name, account_code, _), customer, manager, people = parties
    start = date(2026, 11, 30)
    rows = tuple(
        ChecklistItem(
            position=index + 1,
            issue_number=f"IS-2026-{index + 101:05d}",
            category=CATEGORIES[index % len(CATEGORIES)].value,
            description=texts[index % len(texts)],
            responsible=people[index % len(people)],
            deadline=start + timedelta(days=7 * (index % 6)),
            status=list(IssueStatus)[index % 2].value,
        )
        for index in range(items)
    )
    return ChecklistContent(
        number=number,
        revision=revision,
        issued_at=datetime(2026, 11, 23, 2, 30, tzinfo=UTC),
        language=language,
        account_code=account_code,
        account_name=account_name,
        customer=customer,
        manager=manager,
        items=rows,
        replaces=replaces,
    )


def pdf_text(data: bytes, tmp_path: Path) -> list[str]:
    """The pages' text as pdftotext -layout reads it."""
    path = tmp_path / "checklist.pdf"
    path.write_bytes(data)
    out = subprocess.run(
        [PDFTOTEXT, "-layout", str(path), "-"], capture_output=True, check=True, text=True
    ).stdout
    return [page for page in out.split("\f") if page.strip()]


def description_column(data: bytes, tmp_path: Path, language: str) -> str:
    """The text inside the description column of every page, read with pdftotext -layout.

    -layout puts the lines of neighbouring cells side by side, so the column is cropped out
    (its edges are the description and responsible headers found with -bbox).
    """
    labels = labels_for(language)
    path = tmp_path / "columns.pdf"
    path.write_bytes(data)
    words = [
        (float(x), float(y), word)
        for x, y, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>',
            subprocess.run(
                [PDFTOTEXT, "-bbox", "-f", "1", "-l", "1", str(path), "-"],
                capture_output=True,
                check=True,
                text=True,
            ).stdout,
        )
    ]
    left, row = next((x, y) for x, y, w in words if w == labels.col_description.split()[0])
    right = next(
        x for x, y, w in words if w == labels.col_responsible.split()[0] and abs(y - row) < 2
    )
    pages = int(re.search(r"Pages:\s+(\d+)", pdfinfo(path)).group(1))
    text = []
    for page in range(1, pages + 1):
        # from the top margin down: no running header between the pieces of a long text
        crop = ["-x", str(int(left - 2)), "-y", "56", "-W", str(int(right - left)), "-H", "786"]
        text.append(
            subprocess.run(
                [PDFTOTEXT, "-layout", "-f", str(page), "-l", str(page), *crop, str(path), "-"],
                capture_output=True,
                check=True,
                text=True,
            ).stdout
        )
    return squash("".join(text)).replace(squash(labels.col_description), "")


def description_words(data: bytes, tmp_path: Path, language: str) -> str:
    """The description column of every page as text, white space kept (unlike
    ``description_column``): cropped to the table's body between the margins, the
    repeated header label blanked out."""
    labels = labels_for(language)
    path = tmp_path / "words.pdf"
    path.write_bytes(data)
    words = [
        (float(x), float(y), word)
        for x, y, word in re.findall(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)</word>',
            subprocess.run(
                [PDFTOTEXT, "-bbox", str(path), "-"],  # the table may start on page 2
                capture_output=True,
                check=True,
                text=True,
            ).stdout,
        )
    ]
    left, row = next((x, y) for x, y, w in words if w == labels.col_description.split()[0])
    right = next(
        x for x, y, w in words if w == labels.col_responsible.split()[0] and abs(y - row) < 2
    )
    top, bottom = int(MARGINS.top), int(842 - MARGINS.bottom)
    pages = int(re.search(r"Pages:\s+(\d+)", pdfinfo(path)).group(1))
    text = []
    for page in range(1, pages + 1):
        crop = ["-x", str(int(left - 2)), "-y", str(top)]
        crop += ["-W", str(int(right - left)), "-H", str(bottom - top)]
        text.append(
            subprocess.run(
                [PDFTOTEXT, "-f", str(page), "-l", str(page), *crop, str(path), "-"],
                capture_output=True,
                check=True,
                text=True,
            ).stdout
        )
    header = r"\s*".join(re.escape(c) for c in squash(labels.col_description))
    return re.sub(header, " ", "\n".join(text))


def word_for_word(text: str) -> re.Pattern[str]:
    """A pattern for ``text`` as read back from the page: a line may break anywhere inside a
    word (Chinese has no spaces to break at), but wherever ``text`` has white space the
    reading must have some too — a lost space fails."""
    return re.compile(r"\s+".join(r"\s*".join(re.escape(c) for c in word) for word in text.split()))


def pdfinfo(path: Path) -> str:
    return subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout


def squash(text: str) -> str:
    """Text without white space (layout breaks lines and adds spaces between cells)."""
    return re.sub(r"\s+", "", text)


def code_of(content: ChecklistContent) -> str:
    return verification_code(content.number, content.revision, content_sha256(content))


@needs_pdftotext
@pytest.mark.parametrize("language", ["zh_CN", "vi", "nl"])
def test_every_page_reads_back_in_the_document_language(language: str, tmp_path) -> None:
    content = make_content(language, items=30, replaces="CL-2026-0007 R1", revision=2)
    labels = labels_for(language)
    data = build_checklist_pdf(content)
    pages = pdf_text(data, tmp_path)
    assert len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert squash(labels.page_label(number, len(pages))) in squash(page)
        assert "CL-2026-0007 R2" in page
        assert code_of(content) in page
    whole = squash("".join(pages))
    descriptions = description_column(data, tmp_path, language)
    for item in content.items:
        assert squash(item.description) in descriptions
        assert item.issue_number in whole
    assert squash(labels.checklist_title) in squash(pages[0])
    assert squash(labels.replaces.format(reference="CL-2026-0007 R1")) in squash(pages[0])
    assert squash(format_date(language, date(2026, 11, 23))) in squash(pages[0])
    assert squash(content.account_name) in squash(pages[0])
    assert squash(labels.official_seal) in squash(pages[-1])
    assert squash(labels.financial_seal) in squash(pages[-1])


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_label_and_the_sample_content_have_glyphs(language: str) -> None:
    labels = labels_for(language)
    assert missing_glyphs(labels.all_text()) == set()
    assert missing_glyphs(labels.page_label(12, 345)) == set()
    for category in IssueCategory:
        assert category_label(language, category.value) != category.value
    for status in IssueStatus:
        assert status_label(language, status.value) != status.value
    content = make_content(language)
    sample = " ".join(
        [
            content.account_name,
            repr(content.customer),
            repr(content.manager),
            *(item.description + item.responsible for item in content.items),
            format_date(language, date(2026, 12, 31)),
        ]
    )
    assert missing_glyphs(sample) == set()


def test_the_font_is_embedded() -> None:
    reader = PdfReader(io.BytesIO(build_checklist_pdf(make_content("vi"))))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    embedded = []
    for ref in fonts.values():
        font = ref.get_object()
        for descendant in font.get("/DescendantFonts", [font]):
            descriptor = descendant.get_object().get("/FontDescriptor")
            if descriptor is not None and "/FontFile2" in descriptor.get_object():
                embedded.append(font["/BaseFont"])
    assert embedded, "the Unicode TrueType font is not embedded"
    assert len(embedded) == len(fonts), "every font on the page is the embedded one"


@needs_pdftotext
def test_two_hundred_items_span_pages_in_order_with_one_unsplit_seal_block(tmp_path) -> None:
    content = make_content("zh_CN", items=200)
    labels = labels_for("zh_CN")
    pages = pdf_text(build_checklist_pdf(content), tmp_path)
    assert len(pages) >= 5
    for number, page in enumerate(pages, start=1):
        assert squash(labels.page_label(number, len(pages))) in squash(page)
        assert "CL-2026-0007 R1" in page
        assert code_of(content) in page
        assert squash(labels.col_description) in squash(page), "header row repeats"
    numbers = re.findall(r"IS-2026-\d{5}", "".join(pages))
    assert numbers == [item.issue_number for item in content.items]
    seal_block = [
        labels.statement,
        labels.official_seal,
        labels.financial_seal,
        labels.customer_representative,
        labels.signature,
    ]
    for label in seal_block:
        found = [i for i, page in enumerate(pages) if squash(label) in squash(page)]
        assert found == [len(pages) - 1], label


@needs_pdftotext
def test_a_usual_chinese_checklist_fits_on_two_pages_with_the_seal_boxes(tmp_path) -> None:
    longer = [text + "请责任人每周反馈进展，逾期需书面说明原因。" for text in ZH_DESCRIPTIONS]
    content = make_content("zh_CN", items=14, descriptions=longer)
    pages = pdf_text(build_checklist_pdf(content), tmp_path)
    labels = labels_for("zh_CN")
    assert len(pages) == 2
    assert squash(labels.page_label(2, 2)) in squash(pages[1])
    assert squash(labels.official_seal) in squash(pages[1])
    assert squash(labels.financial_seal) in squash(pages[1])
    assert squash("华润万家广州配送中心") in squash(pages[0])


@needs_pdftotext
@pytest.mark.skipif(not shutil.which("pdftoppm"), reason="poppler-utils (pdftoppm) missing")
@pytest.mark.parametrize("language", LANGUAGES)
def test_both_seal_boxes_hold_a_42_mm_seal(language: str, tmp_path) -> None:
    # A Chinese company seal (official or financial) is a circle 38–42 mm across.
    labels = labels_for(language)
    data = build_checklist_pdf(make_content(language))
    for label in (labels.official_seal, labels.financial_seal):
        boxes = seal_boxes_mm(data, tmp_path, label.split()[0])
        assert boxes, label
        assert all(width >= 42 and height >= 42 for width, height in boxes), (label, boxes)


@needs_pdftotext
def test_a_description_taller_than_a_page_continues_on_the_next(tmp_path) -> None:
    huge = " ".join(
        f"Regel {n}: controleer levering en factuur van filiaal {n}." for n in range(200)
    )
    content = make_content("nl", items=2, descriptions=[huge, NL_DESCRIPTIONS[0]])
    data = build_checklist_pdf(content)
    pages = pdf_text(data, tmp_path)
    assert len(pages) >= 3
    assert "(vervolg)" in "".join(pages)
    assert squash(huge) + squash(NL_DESCRIPTIONS[0]) in description_column(data, tmp_path, "nl")


MIXED_SCRIPT = "客户反映返利未到账，Tiếng Việt có dấu: khách hàng phàn nàn; Nederlands ĳs ë. "
LONG_DESCRIPTIONS = {
    "mixed": (MIXED_SCRIPT * 60)[:4000],
    "vietnamese": (
        "Tiếng Việt: khách hàng phàn nàn về bao bì mới và cũ, cần đổi hàng lỗi ngay. " * 80
    )[:4000],
    "chinese with latin words": ("客户说 khách hàng phàn nàn về bao bì ok. " * 150)[:4000],
    "lines": "\n".join(
        f"{n}. Kiểm tra lô hàng {n}: 外箱破损 {n} thùng, vervangen." for n in range(90)
    ),
}


@needs_pdftotext
@pytest.mark.parametrize("kind", list(LONG_DESCRIPTIONS))
def test_a_description_over_several_pages_reads_back_word_for_word(kind: str, tmp_path) -> None:
    """The continued pieces printed "TiếngViệt … kháchhàngphànnàn": the spaces at the
    lines' ends were lost each time the rest of the text was carried to the next page.
    The customer seals what is printed, so it must say exactly what was typed."""
    text = LONG_DESCRIPTIONS[kind]
    content = make_content("zh_CN", items=2, descriptions=[ZH_DESCRIPTIONS[0], text])
    data = build_checklist_pdf(content)
    assert len(pdf_text(data, tmp_path)) >= 3
    assert word_for_word(text).search(description_words(data, tmp_path, "zh_CN"))


LONG_WORDS = ["客户", "返利未到账，", "Tiếng", "Việt", "khách", "hàng", "phàn", "nàn;", "ĳs"]
LONG_WORDS += ["Nederlands", "ë.", "配送中心", "Đại", "Phúc", "vervangen", "3.480,00", "(续)"]


@needs_pdftotext
@settings(
    max_examples=4, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    words=st.lists(st.sampled_from(LONG_WORDS), min_size=500, max_size=700),
    joints=st.lists(st.sampled_from([" ", " ", " ", "", "\n"]), min_size=700, max_size=700),
    language=st.sampled_from(["zh_CN", "vi", "nl"]),
)
def test_any_long_description_reads_back_word_for_word(
    words: list[str], joints: list[str], language: str, tmp_path
) -> None:
    text = "".join(word + joint for word, joint in zip(words, joints, strict=False)).strip()
    content = make_content(language, items=1, descriptions=[text])
    data = build_checklist_pdf(content)
    assert word_for_word(text).search(description_words(data, tmp_path, language))


def test_the_same_content_gives_the_same_bytes_and_other_content_other_codes() -> None:
    content = make_content("nl")
    first = build_checklist_pdf(content)
    assert build_checklist_pdf(content) == first
    changed = replace(content, items=(replace(content.items[0], responsible="Iemand anders"),))
    assert checklist_codes(changed).verification_code != checklist_codes(content).verification_code
    assert checklist_codes(changed).qr_payload != checklist_codes(content).qr_payload
    assert build_checklist_pdf(changed) != first


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_metadata_names_the_checklist_and_carries_the_keywords(language: str) -> None:
    content = make_content(language)
    digest = content_sha256(content)
    reader = PdfReader(io.BytesIO(build_checklist_pdf(content)))
    meta = reader.metadata
    assert meta.get("/Keywords") == document_keywords(
        content.number, content.revision, code_of(content), digest
    )
    labels = labels_for(language)
    assert meta.title == f"{labels.checklist_title} CL-2026-0007 R1"
    assert meta.author == content.manager.name
    assert content.account_name in meta.subject
    assert meta.creator == "acct-desktop"
    assert reader.pages[0].mediabox.width == pytest.approx(595.28, abs=0.1)


def test_unknown_languages_print_in_english() -> None:
    assert labels_for("fr") is labels_for("en")
    assert labels_for("zh-CN") is labels_for("zh_CN")
    assert format_date("xx", date(2026, 11, 3)) == "3 Nov 2026"
    assert format_date("zh_CN", date(2026, 11, 23)) == "2026年11月23日"
    assert format_date("vi", date(2026, 11, 3)) == "03/11/2026"
    assert format_date("nl", date(2026, 11, 3)) == "03-11-2026"
    reader = PdfReader(io.BytesIO(build_checklist_pdf(make_content("fr"))))
    assert "Customer issue checklist" in reader.metadata.title


def test_the_qr_code_on_the_page_decodes_to_the_payload(tmp_path) -> None:
    zbarimg = shutil.which("zbarimg")
    if not zbarimg or not shutil.which("pdftoppm"):
        pytest.skip("zbarimg (apt package zbar-tools) and pdftoppm are needed to read the QR code")
    content = make_content("zh_CN", items=20)
    path = tmp_path / "qr.pdf"
    path.write_bytes(build_checklist_pdf(content))
    subprocess.run(
        ["pdftoppm", "-r", "200", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")],
        check=True,
    )
    (image,) = tmp_path.glob("p*.png")
    out = subprocess.run(
        [zbarimg, "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(image)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    digest = content_sha256(content)
    assert out == qr_payload(content.number, content.revision, digest)


@needs_pdftotext
def test_a_resolved_issue_prints_ticked_with_its_resolution_and_an_overdue_one_says_so(
    tmp_path: Path,
) -> None:
    """Issued on 23 Nov: a resolved issue prints how and when it was closed (its box ticked);
    one still open past its deadline says 已逾期 in words, the others do not."""
    from dataclasses import replace

    content = make_content("zh_CN", items=3)
    resolved, late, later = content.items
    content = replace(
        content,
        items=(
            replace(
                resolved,
                status=IssueStatus.RESOLVED.value,
                resolution="已换货 36 桶。",
                closed_on=date(2026, 11, 20),
            ),
            replace(late, status=IssueStatus.OPEN.value, deadline=date(2026, 11, 20)),
            replace(later, status=IssueStatus.IN_PROGRESS.value, deadline=date(2026, 12, 5)),
        ),
    )
    text = "".join(pdf_text(build_checklist_pdf(content), tmp_path))
    flat = "".join(text.split())
    assert "解决情况：已换货36桶。" in flat
    assert "2026年11月20日关闭" in flat
    assert flat.count("已逾期") == 1
    assert flat.index("已逾期") > flat.index("IS-2026-00102")  # the late one's line


def test_the_content_hash_of_open_issues_is_unchanged_by_the_closing_fields() -> None:
    """The resolution and closing day are left out of the frozen content while empty."""
    content = make_content("zh_CN", items=2)
    assert '"resolution"' not in canonical_json(content)
    assert '"closed_on"' not in canonical_json(content)


def test_the_pdf_carries_its_moment_of_issue_and_the_same_bytes_for_the_same_moment() -> None:
    from dataclasses import replace
    from datetime import timedelta, timezone

    shanghai = timezone(timedelta(hours=8))
    content = replace(
        make_content("zh_CN", items=2), issued_at=datetime(2026, 11, 25, 8, 17, tzinfo=shanghai)
    )
    pdf = build_checklist_pdf(content)
    assert b"/CreationDate (D:20261125081700+08'00')" in pdf
    assert pdf == build_checklist_pdf(content)
