"""Page layouts real sites produce (tests/fixtures/real/README.md lists the families), each in a
short page of its own: the extractor must read the same facts whatever the layout."""
from __future__ import annotations

import pytest

from domain.registry import Registry
from extraction.pipeline import extract_document

REGISTRY = Registry.load()


def read(text: str):
    return extract_document(text, registry=REGISTRY)


def parents(record) -> set[str]:
    return {r.symbol for r in record.references if r.relation in ("implements", "based_on")}


# A page that flattened the header table onto one line, mottos between the cells.
ONE_LINE = ("UBND TỈNH NINH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - "
            "Hạnh phúc Số: 2917/SGDĐT-VP Phan Rang-Tháp Chàm, ngày 05 tháng 11 năm 2010 V/v báo cáo nhanh tình "
            "hình thiệt hại do lũ lụt Kính gửi: Ủy ban nhân dân tỉnh Ninh Thuận. Thực hiện Công văn số "
            "1234/UBND-VX ngày 01/11/2010 của Ủy ban nhân dân tỉnh Ninh Thuận, Sở Giáo dục và Đào tạo báo cáo "
            "như sau: ...")


def test_a_one_line_header_is_read_cell_by_cell():
    record = read(ONE_LINE)
    assert record.symbol == "2917/SGDĐT-VP"
    assert record.date == "2010-11-05"
    assert record.issuer.level == "province"
    assert "SỞ GIÁO DỤC" in record.issuer.name.upper()
    assert parents(record) == {"1234/UBND-VX"}
    start, end = record.issuer.span
    assert record.text[start:end].strip().upper().startswith("SỞ GIÁO DỤC")   # the span is the name's cell


@pytest.mark.parametrize("column, level", [
    ("ĐẢNG BỘ TỈNH THÁI NGUYÊN ĐẢNG BỘ HUYỆN ĐẠI TỪ ĐẢNG ỦY XÃ LA BẰNG", "commune"),
    ("ĐẢNG BỘ PHƯỜNG BẮC HỒNG CHI BỘ TRƯỜNG THCS", "cell"),
    ("ĐẢNG BỘ XÃ MỸ HƯNGCHI BỘ TRƯỜNG THCS MỸ HƯNG", "cell"),      # glued by the page
])
def test_a_left_column_in_one_cell_gives_the_lowest_body(column, level):
    page = (f"{column} * Số 09-KH/ĐU ĐẢNG CỘNG SẢN VIỆT NAM La Bằng, ngày 24 tháng 11 năm 2020 KẾ HOẠCH kiểm "
            f"điểm, đánh giá năm 2020 Căn cứ Hướng dẫn số 33-HD/BTCTW ngày 30/10/2020 của Ban Tổ chức Trung "
            f"ương; Hướng dẫn số 10-HD/HU ngày 27/11/2019 của Ban Thường vụ Huyện ủy Đại Từ, Đảng ủy xây dựng "
            f"kế hoạch như sau: " + "I. MỤC ĐÍCH " * 30)
    record = read(page)
    assert record.issuer.level == level
    assert {"33-HD/BTCTW", "10-HD/HU"} <= parents(record)


# A title with no blank line before "Căn cứ": the title ends where the preamble opens.
NO_BLANK = """NGHỊ QUYẾT LIÊN TỊCH
VỀ
CÔNG TÁC PHỐI HỢP GIỮA CHÍNH PHỦ VỚI ĐOÀN CHỦ TỊCH ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ
QUỐC VIỆT NAM
Căn cứ Luật Tổ chức
Chính phủ ngày 19 tháng 6 năm 2015;
Căn cứ Luật Mặt trận Tổ quốc Việt Nam ngày 09 tháng 6 năm 2015;
Chính phủ và Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam ban hành Nghị quyết liên tịch về công tác
phối hợp như sau:
Điều 1. Phạm vi điều chỉnh
"""


def test_the_title_ends_where_the_preamble_opens():
    record = read(NO_BLANK)
    assert record.title.endswith("QUỐC VIỆT NAM")
    assert "Căn cứ" not in record.title
    assert record.issuer.level == "central"
    assert record.issuer.evidence.startswith("the opening sentence")


def test_a_sentence_case_title_line_stays_in_the_title():
    record = read("KẾ HOẠCH\nThực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị\n"
                  "về đột phá phát triển khoa học, công nghệ\nCăn cứ Điều lệ Đảng;\n"
                  "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n")
    assert "thực hiện Nghị quyết số 57-NQ/TW" in record.title
    assert record.title.endswith("khoa học, công nghệ")
    assert parents(record) == {"57-NQ/TW"}


def test_a_basis_line_under_a_title_without_a_stop_is_a_paragraph_of_its_own():
    record = read("ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 75/KH-UBND\nBình Định, ngày 19 tháng 05 năm 2022\n"
                  "KẾ HOẠCH\nXÂY DỰNG NỀN TẢNG SỐ Y TẾ\nTHÔNG MINH TOÀN QUỐC\nCăn cứ Quyết định số\n"
                  "749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình;\n"
                  "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:\nI. MỤC ĐÍCH\n")
    assert parents(record) == {"749/QĐ-TTg"}


@pytest.mark.parametrize("page, level", [
    # the enacting sentence after the basis, opened by "Nay", the body's name with a parenthesis
    ("KẾ HOẠCH\nTổ chức Đại hội Chi đoàn năm học 2018 – 2019\n\n • Căn cứ Kế hoạch công tác Đoàn năm học;\n"
     "  Nay Ban Chấp hành Đoàn trường Trung cấp Kỹ thuật Nam Sài Gòn (nay là Trường Cao đẳng Bách khoa Nam Sài Gòn) "
     "ban hành kế hoạch tổ chức Đại hội Chi đoàn như sau:\n1. Thời gian\n", "commune"),
    # a lead whose subject gives an order, the verb capitalised after a full stop
    ("Thông báo Khẩn ngày 18/10/2020\n\nKính gửi:\n\nHiệu trưởng các trường trên toàn thị xã\nDo tình trạng ngập "
     "lụt nghiêm trọng. Thực hiện chỉ đạo của Giám đốc Sở. Phòng GD&ĐT Yêu cầu:\n1. Các đơn vị thực hiện nghiêm.\n",
     "district"),
    # the enacting authority under the title, its term on the next line, a blank line before "Căn cứ"
    ("NGHỊ QUYẾT\n\nVề nhiệm vụ điều chỉnh quy hoạch quận 6\n\n__________________\n\nHỘI ĐỒNG NHÂN DÂN QUẬN 6\n"
     "KHÓA IX, KỲ HỌP THỨ 12\n\nCăn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;"
     "\n\nQUYẾT NGHỊ:\n\nĐiều 1. Thông qua.\n", "district"),
    # a congress's resolution: the title names the body
    ("NGHỊ QUYẾT\n\nĐại hội đại biểu Đảng bộ huyện Tân Kỳ lần thứ XXI nhiệm kỳ 2020 - 2025\n\nĐại hội diễn ra từ "
     "ngày 5 tháng 8 năm 2020.\n\nQUYẾT NGHỊ\n\nI. Tán thành.\n", "district"),
])
def test_the_issuer_named_in_the_opening_or_the_title(page, level):
    record = read(page)
    assert record.issuer.level == level, record.issuer.evidence


def test_the_own_symbol_written_with_other_separators_is_not_a_parent():
    record = read("Kế hoạch tổ chức Cuộc thi chính luận năm 2023\nNgày 14/3/2023 Ban Thường vụ Tỉnh ủy Hưng Yên ban "
                  "hành Kế hoạch số 107-KH/TU về việc tổ chức Cuộc thi. Thực hiện Kế hoạch số 107/KH-TU của Tỉnh ủy, "
                  "các đơn vị triển khai.\n")
    assert record.symbol == "107-KH/TU"
    assert "107/KH-TU" not in parents(record)


@pytest.mark.parametrize("page, doc_type, level", [
    # the enacting verb is the type: "... Phòng Giáo dục và Đào tạo hướng dẫn các trường ... như sau:"
    ("Căn cứ Công văn số 3078/SGDĐT-GDTH ngày 31/8/2021 của Sở Giáo dục và Đào tạo về nhiệm vụ năm học; tình hình "
     "thực tế địa bàn quận, Phòng Giáo dục và Đào tạo (GDĐT) Hướng dẫn các trường Tiểu học thực hiện nhiệm vụ năm "
     "học 2021-2022 như sau:\n1. Nhiệm vụ chung\n", "Hướng dẫn", "district"),
    # a news lead names the type and the issuer of what was just issued
    ("Theo thông báo của UBND tỉnh vừa được ban hành, trên địa bàn tỉnh tiếp tục thực hiện các giải pháp phòng "
     "chống dịch Covid-19.\nTheo đó, Chủ tịch UBND tỉnh yêu cầu các sở, ban, ngành tiếp tục thực hiện.\n",
     "Thông báo", "province"),
])
def test_the_type_the_opening_says(page, doc_type, level):
    record = read(page)
    assert (record.doc_type, record.issuer.level) == (doc_type, level)


def test_a_programme_issued_with_a_decision_bears_its_date():
    record = read("CHƯƠNG TRÌNH Hành động của Bộ Văn hóa, Thể thao và Du lịch thực hiện Nghị quyết Đại hội XI\n\n"
                  "(Ban hành theo Quyết định số 1053/QĐ-BVHTTDL ngày 28  tháng 3  năm 2011 của Bộ trưởng Bộ Văn hoá, "
                  "Thể thao và Du lịch)\n\nPhần 1\n\nPHƯƠNG HƯỚNG\n")
    assert record.date == "2011-03-28"
    start, end = record.spans["date"]
    assert "28" in record.text[start:end]


@pytest.mark.parametrize("page, parent", [
    ("Thực hiện Kế hoạch số 22- KH/HU, ngày 16-3-2017 của BTV Huyện ủy; Kế hoạch số 01- KHLN- PGDĐT, ngày "
     "22-1-2018 của Ban Tuyên giáo huyện ủy và Phòng GD-ĐT, Trường xây dựng kế hoạch như sau:\nI. MỤC ĐÍCH\n",
     "01-KHLN-PGDĐT"),                                     # a joint (liên ngành) plan, dashes and spaces
    ("Kinhtedothi - Thực hiện Chỉ thị 05 của Thành ủy Hà Nội về tăng cường trách nhiệm, Ban Thường vụ Huyện ủy "
     "Gia Lâm đã ban hành Chỉ thị số 08/CT-HU về tăng cường trách nhiệm.\n", "05"),   # a number without "số"
    ("Kính gửi:\n|\n- Các bộ, cơ quan ngang bộ;\n- Ủy ban nhân dân các tỉnh.\n|\nNhằm thực hiện Nghị quyết số "
     "27-NQ/TW ngày\n09/11/2022 của Ban Chấp hành trung ương; Kết luận số 80-KL/TW; các Quyết\nđịnh của Thủ tướng "
     "Chính phủ số: 1521/QĐ-TTg ngày 06/10/2020 ban hành Kế hoạch; Bộ Tư pháp đề nghị như sau:\n1. Tiếp tục\n",
     "1521/QĐ-TTg"),                                       # a list the 15-line header cut used to split
])
def test_parents_in_forms_real_pages_print(page, parent):
    assert parent in parents(read(page))


def test_a_news_lead_that_issues_an_urgent_letter_gives_its_number_and_parent():
    record = read("Thực hiện nghiêm ngặt các biện pháp phòng, chống dịch Covid-19 theo Chỉ thị số 16\n\nHiện nay, tình "
                  "hình dịch bệnh diễn biến rất phức tạp, ngày 21/7/2021 Uỷ ban nhân dân huyện Cao Lãnh ban hành Công "
                  "văn khẩn số 1052/UBND-VX về việc Thực hiện nghiêm ngặt các biện pháp phòng, chống dịch Covid-19 "
                  "theo Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ:\n")
    assert (record.symbol, record.date) == ("1052/UBND-VX", "2021-07-21")
    assert "16/CT-TTg" in parents(record)


def test_a_cited_documents_date_is_not_the_documents_own():
    record = read("ĐỊNH HƯỚNG TUYÊN TRUYỀN THÁNG 7 NĂM 2020\n\nThực hiện Kế hoạch số 172-KH/TU, ngày 21/01/2020 của Ban "
                  "Thường vụ Tỉnh ủy Bắc Kạn; căn cứ Hướng dẫn số 115- HD/BTGTW, ngày 08 tháng 01 năm\n2020 của Ban "
                  "Tuyên giáo Trung ương, Ban Tuyên giáo Tỉnh ủy đề nghị các địa phương tuyên truyền các nội dung sau:\n")
    assert record.date is None
    shared_line = read("CHI BỘ TRƯỜNG THCS MỸ HƯNG\nSố: 01/KH-CB              Mỹ Hưng, ngày 03 tháng 01 năm 2019\n"
                       "KẾ HOẠCH\nHoạt động năm 2019\n")
    assert shared_line.date == "2019-01-03"


@pytest.mark.parametrize("page, level", [
    # a Party board named as the subject of the enacting sentence
    ("HƯỚNG DẪN\ntuyên truyền kỷ niệm 20 năm Ngày thành lập huyện Tam Đường\n-----\nThực hiện Kế hoạch số "
     "123-KH/BCĐ, ngày 28/4/2022 của Ban Chỉ đạo; Ban Tuyên giáo Huyện ủy hướng dẫn tuyên truyền như sau:\n"
     "I. MỤC ĐÍCH, YÊU CẦU\n", "district"),
    ("Vĩnh Phúc: Đảm bảo thiết thực trong tổ chức Ngày hội Đại đoàn kết\n\nBan Thường trực Ủy ban MTTQ Việt Nam tỉnh "
     "Vĩnh Phúc hướng dẫn việc tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2018.\n", "province"),
    # the title names its issuer after the type
    ("TOÀN VĂN: Nghị quyết của Bộ Chính trị về đổi mới hoạt động của Hội Nông dân Việt Nam\nNGHỊ QUYẾT CỦA BỘ "
     "CHÍNH TRỊ về đổi mới, nâng cao chất lượng hoạt động của Hội Nông dân Việt Nam ----- |\nI- TÌNH HÌNH\n",
     "central"),
    # a text issued with another bears its issuer
    ("Chức năng, nhiệm vụ của Ban Tuyên giáo Tỉnh ủy\nQUY ĐỊNH\nchức năng, nhiệm vụ, tổ chức bộ máy của Ban Tuyên "
     "giáo Tỉnh ủy\n(Ban hành theo Quy định 1635 - QĐ/TU, ngày 29/3/2024 của Ban Thường vụ Tỉnh ủy)\n\n"
     "Chương I\nCHỨC NĂNG\n", "province"),
])
def test_issuers_named_by_boards_titles_and_enacting_texts(page, level):
    assert read(page).issuer.level == level


def test_a_citation_ends_where_the_next_begins():
    record = read("Nhằm nâng cao chất lượng công tác tuyên truyền miệng theo tinh thần Chỉ thị 30-CT/TW, ngày "
                  "05/02/2024 của Ban Bí thư Trung ương Đảng khóa XIII và Hướng dẫn số 155-HD/BTGTW, ngày 14/5/2024 "
                  "của Ban Tuyên giáo Trung ương; Ban Tuyên giáo Trung ương yêu cầu các địa phương thực hiện.\n")
    assert {"30-CT/TW", "155-HD/BTGTW"} <= parents(record)
    first = next(r for r in record.references if r.symbol == "30-CT/TW")
    assert first.issuer == "Ban Bí thư Trung ương Đảng khóa XIII"


def test_a_cue_on_one_item_speaks_for_its_list():
    record = read("ỦY BAN NHÂN DÂN |\nSố: 335/KH-UBND |\nPhú Thọ, ngày 10 tháng 02 năm 2023 |\n"
                  "1. Điều lệ trường trung học cơ sở, ban hành kèm theo Thông tư số 32/2020/TT-BGDĐT ngày 15/9/2020 "
                  "của Bộ trưởng Bộ GD&ĐT;\n"
                  "2. Quy chế tuyển sinh ban hành kèm theo Thông tư số 11/2014/TT-BGDĐT ngày 18/4/2014 của Bộ trưởng;\n"
                  "3. Căn cứ Quyết định số 932/QĐ-UBND ngày 22/4/2016 của UBND tỉnh Phú Thọ;\n"
                  "II. MỤC ĐÍCH\n1. Thực hiện tốt Thông tư số 55/2011/TT-BGDĐT trong nhà trường.\n")
    assert parents(record) == {"32/2020/TT-BGDĐT", "11/2014/TT-BGDĐT", "932/QĐ-UBND"}


def test_a_lead_that_says_a_board_has_issued_a_guidance():
    record = read("Mới đây, Ban Tuyên giáo và Dân vận Trung ương đã có Hướng dẫn 22-HD/BTGDVTW Tuyên truyền kỷ niệm "
                  "80 năm Cách mạng Tháng Tám.\n\nNgày 24/7/2025, Ban Tuyên giáo và Dân vận Trung ương đã có Hướng dẫn "
                  "22-HD/BTGDVTW về tuyên truyền kỷ niệm 80 năm Cách mạng Tháng Tám thành công.\n")
    assert (record.symbol, record.doc_type, record.date) == ("22-HD/BTGDVTW", "Hướng dẫn", "2025-07-24")


def test_the_opening_verb_settles_a_code_two_types_share():
    page = ("BAN CHẤP HÀNH TRUNG ƯƠNG | ĐẢNG CỘNG SẢN VIỆT NAM |\nSố: 137-QĐ/TW | Hà Nội, ngày 01 tháng 12 năm 2023 |\n"
            "CHỨC NĂNG, NHIỆM VỤ CỦA CƠ QUAN THAM MƯU TỈNH ỦY\n- Căn cứ Điều lệ Đảng;\n- Căn cứ Nghị quyết số "
            "18-NQ/TW, ngày 25/10/2017,\nBan Bí thư quy định chức năng, nhiệm vụ của cơ quan tham mưu như sau:\n"
            "Chương I\nNHỮNG QUY ĐỊNH CHUNG\n")
    assert read(page).doc_type == "Quy định"
    assert read(page.replace("quy định chức năng", "giao chức năng")).doc_type == "Quyết định"


def test_an_assignment_wrapped_over_lines_still_asks_for_a_plan():
    page = ("ĐẢNG ỦY XÃ TÂN NINH\nSố: 09-KH/ĐU\nTân Ninh, ngày 15 tháng 4 năm 2025\nKẾ HOẠCH\nthực hiện Nghị quyết\n\n"
            "Thực hiện Kế hoạch số 15-KH/ĐU ngày 01/4/2025, Đảng ủy xã ban hành kế hoạch như sau:\n"
            "I. MỤC ĐÍCH\nNâng cao nhận thức.\nII. TỔ CHỨC THỰC HIỆN\n1. Các chi bộ trực thuộc căn cứ Kế hoạch này xây dựng kế\n"
            "hoạch thực hiện, hoàn thành trước ngày 30/4/2025.\n")
    assignment = read(page).assignments[0]
    assert assignment.expects_plan and assignment.deadline == "2025-04-30"


# A PDF text layer in a broken font: letters outside the font's set dropped or turned into spaces,
# the Đ of QĐ/NĐ lost, the whole page on one line, no full stop before the first cue.
BROKEN_FONT = ("Tài liệu | Lượt xem: 12\n\n  1. U BAN NHÂN DÂN T NH BÌNH PH C C NG HOÀ XÃ H I CH NGHĨA VI T NAM "
               "c l p - T do - H nh phúc S : 85/Q -UBND Đ ng Xoài, ngày 12 tháng 3 năm 2009 QUY T NNH V VI C "
               "BAN HÀNH QUY CH LÀM VI C CH T CH U BAN NHÂN DÂN T NH Căn c Ngh nh s 24/2008/N -CP ngày "
               "05 tháng 3 năm 2008 c a Chính ph ; Căn c Quy t nh s 53/2006/Q -TTg ngày 08 tháng 3 năm 2006 "
               "c a Th tư ng Chính ph ; Xét ngh c a Chánh Văn phòng, QUY T NNH: i u 1. Ban hành kèm theo "
               "Quy t nh này Quy ch làm vi c. i u 2. Quy t nh này có hi u l c k t ngày ký. " + "N i dung. " * 80)


def test_a_broken_font_page_keeps_its_symbols_as_printed_and_its_cues():
    record = read(BROKEN_FONT)
    assert record.symbol == "85/Q-UBND"                        # as printed, the Đ lost
    assert (record.type_code, record.date) == ("QĐ", "2009-03-12")
    found = {r.symbol: r for r in record.references if r.relation in ("implements", "based_on")}
    assert set(found) == {"24/2008/N-CP", "53/2006/Q-TTg"}
    assert (found["24/2008/N-CP"].type_code, found["53/2006/Q-TTg"].type_code) == ("NĐ", "QĐ")   # links to the intact


def test_a_cue_after_a_flattened_capital_title_opens_a_sentence_only_before_the_body():
    # The same page, with the preamble's cue taken away: nothing founds it any more.
    record = read(BROKEN_FONT.replace("Căn c ", "v ").replace("; Căn c", "; và"))
    assert not parents(record)


@pytest.mark.parametrize("title, lead, own", [
    # The title relates the page to the document its lead says was issued: that one is a parent.
    ("CHỈ THỊ CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nVề việc triển khai thực hiện Nghị quyết 12/NQ -TU ngày 03/4/2019\n"
     "của Ban Thường vụ Tỉnh ủy", "Ngày 03/4/2019, Ban Thường vụ Tỉnh ủy đã ban hành Nghị quyết số 12/NQ-TU về "
     "chuyển đổi số.", None),
    ("Bổ sung Hướng dẫn số 05-HD/BTCTU về đại hội chi bộ", "Ban Tổ chức Tỉnh ủy đã có Hướng dẫn số 05-HD/BTCTU, "
     "ngày 6 tháng 3 năm 2019 để thực hiện. Nay hướng dẫn bổ sung như sau:", None),
    # A title that only names it ("Toàn văn ...") leaves the lead's issued document the page's own.
    ("Toàn văn Hướng dẫn 05-HD/BTCTU về đại hội chi bộ", "Ban Tổ chức Tỉnh ủy vừa ban hành Hướng dẫn 05-HD/BTCTU "
     "về đại hội chi bộ.", "05-HD/BTCTU"),
])
def test_the_own_symbol_is_never_a_document_the_title_relates_the_page_to(title, lead, own):
    record = read(f"{title}\n\n{lead}\n\n1. Các chi bộ tổ chức đại hội.\n")
    assert record.symbol == own


@pytest.mark.parametrize("lead, level", [
    # A state group's, corporation's or bank's đảng ủy (directly under the Đảng ủy Khối Doanh nghiệp
    # Trung ương) stands above the grassroots, like a province's Đảng ủy Khối.
    ("Đảng ủy Tổng công ty Đường sắt Việt Nam vừa ban hành văn bản số 215-CV/ĐU (ngày 12/4/2021) về việc "
     "chào mừng Đại hội.", "district"),
    ("Ban Tuyên giáo Đảng ủy BIDV đã ban hành công văn số 45-CV/BTGĐU ngày 12/4/2021 về việc tham gia giải "
     "báo chí.", "district"),
    # A branch's đảng ủy is a grassroots one.
    ("Đảng ủy Ngân hàng Nông nghiệp chi nhánh tỉnh Hà Tĩnh vừa ban hành văn bản số 21-CV/ĐU ngày 12/4/2021 "
     "về việc chào mừng Đại hội.", "commune"),
    # A department of a ministry or of the army's political department is central; a university grassroots.
    ("QĐND - Ngày 5-6, Cục Chính trị, Tổng cục Kỹ thuật đã có Văn bản số 211/HD-CT ngày 05/6/2021 hướng dẫn "
     "các đơn vị học tập chuyên đề.", "central"),
    ("Trường Đại học Hồng Đức vừa ban hành văn bản số 120/ĐHHĐ-TCCB ngày 12/4/2021 về việc tuyển dụng.", "commune"),
    # A province's election committee, named in a news lead.
    ("(Baohatinh.vn) - Ngày 05/02/2021, Ủy ban Bầu cử tỉnh Hà Tĩnh nhiệm kỳ 2021-2026 ban hành kế hoạch số "
     "06/KH-UBBC về việc triển khai công tác bầu cử.", "province"),
])
def test_sectoral_bodies_named_in_a_lead_get_their_level(lead, level):
    record = read(f"{lead}\n\nNội dung văn bản như sau:\n\n1. Các đơn vị thực hiện.\n")
    assert record.issuer.level == level, record.issuer.evidence
    assert record.date == ("2021-04-12" if "12/4/2021" in lead else record.date)


def test_a_page_title_repeating_the_subject_line_stands_above_the_header():
    page = ("V/v tuyên truyền Lễ hội Đền Hùng 2012\n\n      ỦY BAN NHÂN DÂN           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "TỈNH PHÚ THỌ                                Độc lập - Tự do - Hạnh phúc\n\n"
            "      Số: 512/UBND-VX                             Việt Trì, ngày  02  tháng 3 năm 2012\n"
            "       V/v tuyên truyền\n     Lễ hội Đền Hùng 2012\n                       Kính gửi:\n"
            "- Các sở, ban, ngành\n\nĐể tổ chức tốt Lễ hội, Chủ tịch UBND tỉnh có ý kiến như sau:\n\n1. Các sở tuyên truyền.\n")
    record = read(page)
    assert (record.symbol, record.date, record.doc_type) == ("512/UBND-VX", "2012-03-02", "Công văn")
    assert record.issuer.level == "province"


def test_a_pdf_flattened_page_by_page_is_read_from_the_numbered_page():
    # A sharing site's text: each PDF page one line, the decision first (its number blank, its day
    # left open), the regulation it enacts on the next page with a header of its own but no number.
    page = ("Xem mẫu\n\n  1. ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM HUYỆN PHÚ TÂN Độc lập - Tự do - Hạnh "
            "phúc Số: /QĐ-UBND Phú Tân, ngày tháng năm 2014 QUYẾT ĐỊNH Ban hành Quy chế làm việc của Ban Chỉ đạo "
            "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN PHÚ TÂN Căn cứ Chỉ thị số 18/2000/CT-TTg, ngày 21/9/2000 của Thủ tướng "
            "Chính phủ; QUYẾT ĐỊNH: Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc.\n"
            "  2. ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM HUYỆN PHÚ TÂN Độc lập - Tự do - Hạnh phúc "
            "QUY CHẾ Làm việc của Ban Chỉ đạo (Ban hành kèm theo quyết định số /QĐ-UBND ngày tháng năm 2014) "
            "Điều 1. Phạm vi.\n")
    record = read(page)
    assert record.doc_type == "Quyết định"
    assert record.issuer.level == "district"
    assert parents(record) == {"18/2000/CT-TTg"}


def test_a_page_that_lost_every_accented_letter_keeps_its_date_and_its_basis():
    page = ("UY BAN NHN DN HUYN TN K CNG HO X HI CH NGH(A VIT NAM c lp - T do - Hnh phc S: 215/Q-UBND "
            "Tn K, ngy 14 thng 5 nm 2012 QUYT NH V vic thnh lp Ban Ch o CH TCH UY BAN NHN DN HUYN Cn c "
            "Lut T chc HND v UBND ngy 26/11/2003; Cn c Quyt nh s 45/2011/Q-UBND ngy 12/3/2011 ca UBND tnh; "
            "Thc hin Ngh quyt s 05/2012/NQ-HND ngy 12 thng 4 nm 2012 ca HND huyn, QUYT NH: iu 1. Thnh lp "
            "Ban Ch o. " + "Ni dung. " * 80)
    record = read(page)
    assert record.date == "2012-05-14"
    found = {r.symbol: r.relation for r in record.references if r.relation in ("implements", "based_on")}
    assert found == {"45/2011/Q-UBND": "based_on", "05/2012/NQ-HND": "implements"}


def test_a_cue_after_a_capital_heading_of_the_body_does_not_found_the_page():
    page = BROKEN_FONT.replace("i u 2.", "II. T CH C TH C HI N Căn c K ho ch s 45/KH-UBND ngày 02/3/2009 c a "
                                            "U ban nhân dân t nh, các s tri n khai. i u 2.")
    record = read(page)
    assert "45/KH-UBND" not in parents(record)
    assert parents(record) == {"24/2008/N-CP", "53/2006/Q-TTg"}
