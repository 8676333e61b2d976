"""The document's own type as real pages print it (ANNOTATION.md "doc_type": the canonical name from
the title word; null when unknown), one synthetic page per type and layout: the standard header, a
header flattened into one line or into "|" cells, a spaced, wrapped or one-line title, the symbol's
type code with no title (DOMAIN.md 1.4), a news lead, a site's metadata table; then the Công văn
(V/v line, code-less symbol) and the traps (a type word that is a verb or a common noun, a title that
names the document it implements, an attached document, a Quyết định that enacts a plan).

Every page is invented. Facts marked [M] in NOTE are from memory, not checked against a source."""
from __future__ import annotations

import unicodedata

import pytest

from extraction import extract_document

# type, title in capitals, Party code, state code (None: the type is Party-only), a subject line, note
TYPES = [
    ("Nghị quyết", "NGHỊ QUYẾT", "NQ", "NQ", "về phát triển kinh tế tư nhân", ""),
    ("Quyết định", "QUYẾT ĐỊNH", "QĐ", "QĐ", "về việc thành lập Ban Chỉ đạo", ""),
    ("Quy định", "QUY ĐỊNH", "QĐi", "QyĐ", "về chức năng, nhiệm vụ của các ban", ""),
    ("Chỉ thị", "CHỈ THỊ", "CT", "CT", "về tăng cường công tác phòng, chống thiên tai", ""),
    ("Kết luận", "KẾT LUẬN", "KL", None, "về tình hình kinh tế - xã hội", "no state Kết luận in NĐ 30"),
    ("Quy chế", "QUY CHẾ", "QC", "QC", "làm việc của Ban Chấp hành", ""),
    ("Hướng dẫn", "HƯỚNG DẪN", "HD", "HD", "tổ chức đại hội chi bộ", ""),
    ("Thông báo", "THÔNG BÁO", "TB", "TB", "kết luận của Thường trực về công tác cán bộ", ""),
    ("Kế hoạch", "KẾ HOẠCH", "KH", "KH", "tổ chức các hoạt động kỷ niệm ngày thành lập Đảng", ""),
    ("Chương trình", "CHƯƠNG TRÌNH", "CTr", "CTr", "công tác năm 2025", ""),
    ("Báo cáo", "BÁO CÁO", "BC", "BC", "tổng kết công tác năm 2024", "Party BC [M]"),
    ("Tờ trình", "TỜ TRÌNH", "TTr", "TTr", "về việc đề nghị phê duyệt dự toán", "Party TTr [M]"),
    ("Đề án", "ĐỀ ÁN", "ĐA", "ĐA", "phát triển nguồn nhân lực giai đoạn 2025 - 2030", "Party ĐA [M]"),
    ("Thông tri", "THÔNG TRI", "TT", None, "về lãnh đạo cuộc bầu cử đại biểu Quốc hội", "TT clashes with Thông tư [M]"),
    ("Đề cương", "ĐỀ CƯƠNG", "ĐC", None, "tuyên truyền kỷ niệm 95 năm ngày thành lập Đảng", "code ĐC [M]"),
    ("Chương trình hành động", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "CTHĐ", None,
     "thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh", "state pages write CTr"),
]
IDS = [row[0] for row in TYPES]
BODY = ("Nhằm nâng cao hiệu quả công tác, các cấp ủy, cơ quan, đơn vị thực hiện tốt các nội dung sau:\n\n"
        "1. Tăng cường lãnh đạo, chỉ đạo.\n")


def party_page(title: str, code: str, subject: str) -> str:
    return (f"ĐẢNG BỘ TỈNH HƯNG YÊN\nTỈNH ỦY HƯNG YÊN\n*\nSố 45-{code}/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
            f"Hưng Yên, ngày 15 tháng 3 năm 2025\n\n{title}\n{subject}\n\n{BODY}")


def state_page(title: str, code: str, subject: str) -> str:
    return (f"ỦY BAN NHÂN DÂN\nHUYỆN KIM ĐỘNG\n-------\nSố: 123/{code}-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            f"Độc lập - Tự do - Hạnh phúc\n---------------\nKim Động, ngày 05 tháng 3 năm 2025\n\n"
            f"{title}\n{subject}\n\n{BODY}")


def flattened(page: str) -> str:
    """The header and title on one line, as a site that lost the line breaks prints them."""
    head, rest = page.split("\n\n", 2)[:2], page.split("\n\n", 2)[2]
    return " ".join(" ".join(part.split("\n")) for part in head) + "\n\n" + rest


def in_cells(title: str, code: str, subject: str) -> str:
    return (f"TỈNH ỦY HƯNG YÊN | ĐẢNG CỘNG SẢN VIỆT NAM\nSố 45-{code}/TU | Hưng Yên, ngày 15 tháng 3 năm 2025\n\n"
            f"{title}\n{subject}\n\n{BODY}")


def spaced(title: str) -> str:
    """The first word's first letter set apart ("K Ế HOẠCH"), as a justified title copies."""
    first, _, rest = title.partition(" ")
    return " ".join(filter(None, [first[0], first[1:], rest]))


def wrapped(title: str) -> str:
    return title.replace(" ", "\n", 1)


PARTY_LAYOUTS = {
    "standard": lambda title, code, subject: party_page(title, code, subject),
    "flattened": lambda title, code, subject: flattened(party_page(title, code, subject)),
    "cells": in_cells,
    "spaced": lambda title, code, subject: party_page(spaced(title), code, subject),
    "wrapped": lambda title, code, subject: party_page(wrapped(title), code, subject),
    "subject_on_title_line": lambda title, code, subject: party_page(f"{title} {subject.upper()}", code, ""),
    "code_only": lambda title, code, subject: party_page("", code, ""),
}
STATE_LAYOUTS = {
    "standard": state_page,
    "mixed_case_header": lambda title, code, subject: state_page(title, code, subject).replace(
        "ỦY BAN NHÂN DÂN\nHUYỆN KIM ĐỘNG", "UBND huyện Kim Động"),
    "flattened": lambda title, code, subject: flattened(state_page(title, code, subject)),
    "code_only": lambda title, code, subject: state_page("", code, "").replace("\n\n\n\n", "\n\n"),
}


def type_of(text: str) -> str | None:
    return extract_document(text).doc_type


@pytest.mark.parametrize("layout", sorted(PARTY_LAYOUTS))
@pytest.mark.parametrize("name,title,party_code,state_code,subject,note", TYPES, ids=IDS)
def test_party_page(name, title, party_code, state_code, subject, note, layout):
    assert type_of(PARTY_LAYOUTS[layout](title, party_code, subject)) == name


@pytest.mark.parametrize("layout", sorted(STATE_LAYOUTS))
@pytest.mark.parametrize("name,title,party_code,state_code,subject,note",
                         [row for row in TYPES if row[3]], ids=[row[0] for row in TYPES if row[3]])
def test_state_page(name, title, party_code, state_code, subject, note, layout):
    assert type_of(STATE_LAYOUTS[layout](title, state_code, subject)) == name


@pytest.mark.parametrize("name,title,party_code,state_code,subject,note", TYPES, ids=IDS)
def test_news_lead(name, title, party_code, state_code, subject, note):
    page = (f"Ngày 5/3, Huyện ủy Kim Động ban hành {name} số 45-{party_code}/HU {subject}.\n\n"
            "Theo đó, các cấp ủy, tổ chức đảng tập trung lãnh đạo, chỉ đạo.\n")
    assert type_of(page) == name


@pytest.mark.parametrize("name,title,party_code,state_code,subject,note", TYPES, ids=IDS)
def test_metadata_table(name, title, party_code, state_code, subject, note):
    page = (f"Số hiệu: 45-{party_code}/HU\nLoại văn bản: {name}\nCơ quan ban hành: Huyện ủy Kim Động\n"
            "Ngày ban hành: 05/03/2025\n\nNội dung văn bản đang được cập nhật.\n")
    assert type_of(page) == name


DISTRICT_HEADER = ("ĐẢNG BỘ TỈNH HƯNG YÊN\nHUYỆN ỦY KIM ĐỘNG\n*\nSố {symbol}\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                   "Kim Động, ngày 15 tháng 3 năm 2025\n\n")
PROVINCE_HEADER = ("ỦY BAN NHÂN DÂN\nTỈNH HƯNG YÊN\n-------\nSố: {symbol}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "Độc lập - Tự do - Hạnh phúc\n---------------\nHưng Yên, ngày 05 tháng 3 năm 2025\n\n")
CENTRAL_STATE_HEADER = ("{body}\n-------\nSố: {symbol}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                        "Độc lập - Tự do - Hạnh phúc\n---------------\nHà Nội, ngày 05 tháng 3 năm 2025\n\n")


def party(symbol: str, rest: str) -> str:
    return DISTRICT_HEADER.format(symbol=symbol) + rest


def state(symbol: str, rest: str) -> str:
    return PROVINCE_HEADER.format(symbol=symbol) + rest


def central(body: str, symbol: str, rest: str) -> str:
    return CENTRAL_STATE_HEADER.format(body=body, symbol=symbol) + rest


NQ_57 = "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị"
QD_65 = "Quy định số 65-QĐ/TW ngày 28/4/2022 của Bộ Chính trị"
KH_12 = "Kế hoạch số 12/KH-UBND ngày 10/01/2025 của UBND tỉnh"


def implementing(header, symbol: str, title: str, cited: str, issuer_says: str, heading: str) -> str:
    """A page whose title names the document it carries out ("KẾ HOẠCH thực hiện Nghị quyết số ...")
    and whose opening says so again ("Thực hiện ..., Ban Thường vụ ... ban hành kế hoạch như sau:")."""
    title = title.format(cited=cited, CITED=cited.upper())
    return header(symbol, f"{title}\n\nThực hiện {cited}, {issuer_says} như sau:\n\n{heading}\n")


def letter(header, symbol: str, subject: str = "", addressees: str = "Các sở, ban, ngành tỉnh") -> str:
    """A Công văn: no type title, its subject on a "V/v" line (if any), then "Kính gửi"."""
    subject_line = f"V/v {subject}\n\n" if subject else ""
    return header(symbol, f"{subject_line}Kính gửi: {addressees}\n\n" + BODY)


LEAD_TAIL = "\n\nTheo đó, các cấp ủy, cơ quan, đơn vị tập trung triển khai thực hiện.\n"
# (case id, page, the page's own type)
PAGES = [
    # A Công văn: no type title; its V/v line, its code-less state symbol or its CV code tells it.
    ("state letter with V/v", letter(state, "123/UBND-VX", "triển khai công tác phòng chống dịch"), "Công văn"),
    ("state letter, code-less symbol only", letter(state, "123/UBND-VX"), "Công văn"),
    ("Party letter with V/v", letter(party, "402-CV/HU", "tổ chức hội nghị", "Các chi bộ, đảng bộ trực thuộc"),
     "Công văn"),
    ("Party letter, CV code only", letter(party, "402-CV/HU", "", "Các chi bộ, đảng bộ trực thuộc"), "Công văn"),
    ("state letter in cells", state("123/UBND-VX", "V/v triển khai công tác\n\nKính gửi: Các sở, ngành\n\n" + BODY)
     .replace("\n-------\n", " | ").replace("\nCỘNG HÒA", " | CỘNG HÒA"), "Công văn"),
    ("news: có công văn số", "Ngày 5/3, UBND tỉnh Hưng Yên có công văn số 123/UBND-VX về việc triển khai công tác "
     "phòng chống dịch." + LEAD_TAIL, "Công văn"),
    ("news: ban hành Công văn số", "UBND tỉnh Hưng Yên vừa ban hành Công văn số 123/UBND-VX về việc triển khai công "
     "tác phòng chống dịch." + LEAD_TAIL, "Công văn"),
    # Central state acts (NĐ 30: legal acts carry a year).
    ("Thông tư", central("BỘ NỘI VỤ", "01/2011/TT-BNV", "THÔNG TƯ\nHướng dẫn thể thức và kỹ thuật trình bày văn "
     "bản hành chính\n\nCăn cứ Nghị định số 48/2008/NĐ-CP ngày 17 tháng 4 năm 2008 của Chính phủ;\n\n"
     "Bộ trưởng Bộ Nội vụ hướng dẫn như sau:\n\nĐiều 1. Phạm vi\n"), "Thông tư"),
    ("Thông tư liên tịch", central("BỘ NỘI VỤ - BỘ TÀI CHÍNH", "12/2025/TTLT-BNV-BTC", "THÔNG TƯ LIÊN TỊCH\n"
     "Hướng dẫn chế độ phụ cấp\n\nCăn cứ Nghị định số 34/2017/NĐ-CP;\n\nĐiều 1. Phạm vi\n"), "Thông tư"),
    ("Nghị định", central("CHÍNH PHỦ", "30/2020/NĐ-CP", "NGHỊ ĐỊNH\nVề công tác văn thư\n\nCăn cứ Luật Tổ chức "
     "Chính phủ ngày 19 tháng 6 năm 2015;\n\nChính phủ ban hành Nghị định về công tác văn thư.\n\nChương I\n"
     "QUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi\n"), "Nghị định"),
    ("Luật", "QUỐC HỘI\n-------\nLuật số: 80/2015/QH13\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh "
     "phúc\n---------------\n\nLUẬT\nBAN HÀNH VĂN BẢN QUY PHẠM PHÁP LUẬT\n\nCăn cứ Hiến pháp nước Cộng hòa xã hội "
     "chủ nghĩa Việt Nam;\n\nQuốc hội ban hành Luật ban hành văn bản quy phạm pháp luật.\n\nChương I\n", "Luật"),
    ("Chỉ thị of the Prime Minister", central("THỦ TƯỚNG CHÍNH PHỦ", "15/CT-TTg", "CHỈ THỊ\nVề tăng cường công tác "
     "phòng, chống thiên tai\n\nThời gian qua, thiên tai diễn biến phức tạp.\n"), "Chỉ thị"),
    ("HĐND Nghị quyết", "HỘI ĐỒNG NHÂN DÂN\nTỈNH HƯNG YÊN\n-------\nSố: 12/2025/NQ-HĐND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA "
     "VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nHưng Yên, ngày 05 tháng 3 năm 2025\n\nNGHỊ QUYẾT\n"
     "Quy định mức chi hỗ trợ\n\nHỘI ĐỒNG NHÂN DÂN TỈNH HƯNG YÊN\nKHÓA XVII, KỲ HỌP THỨ 25\n\nCăn cứ Luật Tổ chức "
     "chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\nQUYẾT NGHỊ:\n\nĐiều 1.\n", "Nghị quyết"),
    ("Nghị quyết CỦA BỘ CHÍNH TRỊ", "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 57-NQ/TW\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày "
     "22 tháng 12 năm 2024\n\nNGHỊ QUYẾT\nCỦA BỘ CHÍNH TRỊ\nvề đột phá phát triển khoa học, công nghệ\n\n"
     "I. TÌNH HÌNH\n", "Nghị quyết"),
    # Joint documents: the title's LIÊN TỊCH / PHỐI HỢP / LIÊN NGÀNH keeps the type.
    ("Quy chế phối hợp", party("45-QC/HU", "QUY CHẾ PHỐI HỢP\ngiữa Ban Tuyên giáo và Ban Dân vận\n\n" + BODY),
     "Quy chế"),
    ("Kế hoạch liên tịch", "ỦY BAN NHÂN DÂN TỈNH - ỦY BAN MTTQ VIỆT NAM TỈNH\nSố: 01/KHLT-UBND-UBMTTQ\nCỘNG HÒA XÃ "
     "HỘI CHỦ NGHĨA VIỆT NAM\nHưng Yên, ngày 05 tháng 3 năm 2025\n\nKẾ HOẠCH LIÊN TỊCH\ntổ chức ngày hội đại đoàn "
     "kết\n\nI. MỤC ĐÍCH\n", "Kế hoạch"),
    ("Hướng dẫn liên ngành", "SỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 12/HDLN-SYT-SGDĐT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA "
     "VIỆT NAM\nHưng Yên, ngày 05 tháng 3 năm 2025\n\nHƯỚNG DẪN LIÊN NGÀNH\ncông tác y tế trường học\n\n"
     "I. MỤC ĐÍCH\n", "Hướng dẫn"),
    ("Báo cáo tóm tắt", state("45/BC-UBND", "BÁO CÁO TÓM TẮT\nTình hình kinh tế - xã hội năm 2024\n\nI. KẾT QUẢ\n"),
     "Báo cáo"),
    ("Thông báo kết luận", party("45-TB/HU", "THÔNG BÁO KẾT LUẬN\ncủa Ban Thường vụ Huyện ủy\n\nNgày 10/3/2025, "
                                "Ban Thường vụ Huyện ủy họp.\n"), "Thông báo"),
    # Titles: the type word spaced letter by letter, glued to its number, in mixed case, and the
    # longer type wrapped onto the next line (an annotator reads "CHƯƠNG TRÌNH Hành động ..." as one).
    ("letter-spaced title", party("45-KH/HU", "K Ế H O Ạ C H\ntổ chức hội nghị\n\n" + BODY), "Kế hoạch"),
    ("letter-spaced two-word title", party("45-NQ/HU", "N G H Ị  Q U Y Ế T\nvề phát triển kinh tế\n\n" + BODY),
     "Nghị quyết"),
    ("title with its number", party("45-KH/HU", "KẾ HOẠCH SỐ 45-KH/HU\ntổ chức hội nghị\n\n" + BODY), "Kế hoạch"),
    ("mixed-case title", party("45-KH/HU", "Kế hoạch\nTổ chức hội nghị quán triệt\n\n" + BODY), "Kế hoạch"),
    ("wrapped state title", state("45/KH-UBND", "KẾ\nHOẠCH\nTổ chức hội nghị\n\n" + BODY), "Kế hoạch"),
    ("CHƯƠNG TRÌNH / HÀNH ĐỘNG wrapped", party("45-CTr/HU", "CHƯƠNG TRÌNH\nHÀNH ĐỘNG\nthực hiện Nghị quyết Đại hội"
                                              "\n\n" + BODY), "Chương trình hành động"),
    ("CHƯƠNG TRÌNH / hành động thực hiện", party("45-CTr/HU", "CHƯƠNG TRÌNH\nhành động thực hiện Nghị quyết Đại hội"
                                                 "\n\n" + BODY), "Chương trình hành động"),
    ("CHƯƠNG TRÌNH Hành động on one line", party("45-CTr/HU", "CHƯƠNG TRÌNH Hành động của Huyện ủy thực hiện Nghị "
                                                 "quyết Đại hội\n\n" + BODY), "Chương trình hành động"),
    ("CHƯƠNG TRÌNH / công tác: no action programme", party("45-CTr/HU", "CHƯƠNG TRÌNH\ncông tác năm 2025\n\n" + BODY),
     "Chương trình"),
    ("CTHĐ under a CTr code", party("45-CTr/HU", "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết Đại hội\n\n" + BODY),
     "Chương trình hành động"),
    # OCR: a dropped or swapped mark in the title.
    ("OCR KÉ HOẠCH", party("45-KH/HU", "KÉ HOẠCH\ntổ chức hội nghị\n\n" + BODY), "Kế hoạch"),
    ("OCR QUYÉT ĐỊNH", party("45-QĐ/HU", "QUYÉT ĐỊNH\nvề việc thành lập tổ công tác\n\n" + BODY), "Quyết định"),
    ("OCR HƯỚNG DẦN", party("45-HD/HU", "HƯỚNG DẦN\ntổ chức đại hội chi bộ\n\n" + BODY), "Hướng dẫn"),
    ("OCR NGHI QUYÉT", party("45-NQ/HU", "NGHI QUYÉT\nvề phát triển kinh tế\n\n" + BODY), "Nghị quyết"),
    # QĐ is shared by Quyết định and (after 2018) Quy định: the title decides (DOMAIN.md 1.4).
    ("QUY ĐỊNH under QĐ", party("45-QĐ/HU", "QUY ĐỊNH\nvề chức năng, nhiệm vụ\n\n" + BODY), "Quy định"),
    ("QUY ĐỊNH under QĐi", party("45-QĐi/HU", "QUY ĐỊNH\nvề chức năng, nhiệm vụ\n\n" + BODY), "Quy định"),
    ("QUYẾT ĐỊNH under QĐ", party("45-QĐ/HU", "QUYẾT ĐỊNH\nvề việc thành lập tổ công tác\n\n" + BODY), "Quyết định"),
    # Pages that start at the title, with no header.
    ("page from its title", "KẾ HOẠCH\ntổ chức hội nghị quán triệt\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n", "Kế hoạch"),
    ("page from its title, CỦA line", "CHỈ THỊ\ncủa Ban Thường vụ Tỉnh ủy về tăng cường lãnh đạo\n\nThời gian qua, "
     "công tác phòng chống thiên tai đạt kết quả.\n", "Chỉ thị"),
    ("Đề cương tuyên truyền from its title", "ĐỀ CƯƠNG TUYÊN TRUYỀN\nkỷ niệm 95 năm ngày thành lập Đảng Cộng sản "
     "Việt Nam\n\nI. BỐI CẢNH\n", "Đề cương"),
    ("site title line over the body", "Kế hoạch số 45-KH/HU ngày 15/3/2025 của Huyện ủy Kim Động về tổ chức các "
     "hoạt động kỷ niệm\n\nThực hiện Hướng dẫn số 12-HD/BTGTU, Ban Thường vụ Huyện ủy ban hành kế hoạch.\n\n"
     "I. MỤC ĐÍCH\n", "Kế hoạch"),
    # Traps: the title names the document it implements; the body uses type words as common nouns
    # or verbs; the page is the Quyết định that enacts a plan or a rule.
    ("title implements a Nghị quyết", implementing(party, "45-KH/HU", "KẾ HOẠCH\nthực hiện {cited}", NQ_57,
                                                   "Ban Thường vụ Huyện ủy ban hành kế hoạch", "I. MỤC ĐÍCH"), "Kế hoạch"),
    ("one-line title implements a Nghị quyết", implementing(party, "45-KH/HU", "KẾ HOẠCH THỰC HIỆN {CITED}", NQ_57,
                                                            "Ban Thường vụ Huyện ủy ban hành kế hoạch", "I. MỤC ĐÍCH"),
     "Kế hoạch"),
    ("Hướng dẫn implements a Quy định", implementing(party, "45-HD/HU", "HƯỚNG DẪN\nthực hiện {cited}", QD_65,
                                                     "Ban Thường vụ Huyện ủy hướng dẫn", "1. Phạm vi"), "Hướng dẫn"),
    ("Báo cáo on a Kế hoạch", implementing(state, "45/BC-UBND", "BÁO CÁO\nTình hình thực hiện {cited}", KH_12,
                                           "UBND tỉnh báo cáo", "I. KẾT QUẢ"), "Báo cáo"),
    ("Tờ trình proposing a Nghị quyết", state("45/TTr-UBND", "TỜ TRÌNH\nVề việc đề nghị ban hành Nghị quyết quy định "
     "mức chi\n\nKính gửi: Hội đồng nhân dân tỉnh\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\n"
     "I. SỰ CẦN THIẾT\n"), "Tờ trình"),
    ("Thông báo with Kết luận in its subject", state("45/TB-UBND", "THÔNG BÁO\nKết luận của Chủ tịch UBND tỉnh tại "
     "cuộc họp về công tác giải phóng mặt bằng\n\nNgày 01/3/2025, Chủ tịch UBND tỉnh chủ trì cuộc họp.\n"),
     "Thông báo"),
    ("thông báo cho as a verb", party("45-TB/HU", "THÔNG BÁO\nkết luận của Thường trực Huyện ủy\n\nNgày 10/3/2025, "
     "Thường trực Huyện ủy họp nghe báo cáo. Thường trực Huyện ủy thông báo cho các đơn vị như sau:\n\n"
     "1. Các cơ quan thực hiện.\n"), "Thông báo"),
    ("quy định and kế hoạch as nouns", party("45-KH/HU", "KẾ HOẠCH\ntổ chức hội nghị\n\nCăn cứ quy định của Ban "
     "Chấp hành Trung ương về công tác cán bộ; căn cứ kế hoạch của đơn vị,\n\nI. MỤC ĐÍCH\n"), "Kế hoạch"),
    ("Quyết định enacting a Kế hoạch", state("45/QĐ-UBND", "QUYẾT ĐỊNH\nVề việc ban hành Kế hoạch triển khai chuyển "
     "đổi số năm 2025\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng "
     "6 năm 2015;\n\nQUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch triển khai chuyển đổi số năm "
     "2025.\n"), "Quyết định"),
    ("Quyết định approving an Đề án", central("THỦ TƯỚNG CHÍNH PHỦ", "45/QĐ-TTg", "QUYẾT ĐỊNH\nPhê duyệt Đề án phát "
     "triển nguồn nhân lực\n\nTHỦ TƯỚNG CHÍNH PHỦ\n\nCăn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n\n"
     "QUYẾT ĐỊNH:\n\nĐiều 1. Phê duyệt Đề án.\n"), "Quyết định"),
    ("Party Quyết định issuing a Quy định", party("45-QĐ/HU", "QUYẾT ĐỊNH\nvề việc ban hành Quy định chức năng, "
     "nhiệm vụ\n-----\n- Căn cứ Điều lệ Đảng;\n\nBAN THƯỜNG VỤ HUYỆN ỦY QUYẾT ĐỊNH\n\nĐiều 1. Ban hành kèm theo "
     "Quyết định này Quy định.\n"), "Quyết định"),
    ("attached Quy chế, page from its title", "QUY CHẾ\nlàm việc của Ban Chấp hành Đảng bộ huyện khóa XXV\n(Ban hành "
     "kèm theo Quyết định số 12-QĐ/HU ngày 15/3/2025 của Huyện ủy Kim Động)\n\nChương I\nNHỮNG QUY ĐỊNH CHUNG\n\n"
     "Điều 1. Phạm vi\n", "Quy chế"),
    # News leads: the verb and the numbered document it issues, whatever the type in the subject.
    ("lead: ký Quyết định ... phê duyệt Đề án", "Thủ tướng Chính phủ vừa ký Quyết định số 45/QĐ-TTg phê duyệt Đề án "
     "phát triển nguồn nhân lực." + LEAD_TAIL, "Quyết định"),
    ("lead: Quyết định ... ban hành Kế hoạch", "UBND tỉnh Hưng Yên vừa ban hành Quyết định số 45/QĐ-UBND ban hành Kế "
     "hoạch triển khai chuyển đổi số năm 2025." + LEAD_TAIL, "Quyết định"),
    ("lead: Chủ tịch ký Quyết định", "Ngày 5/3, Chủ tịch UBND tỉnh Hưng Yên ký Quyết định số 45/QĐ-UBND về việc "
     "thành lập Ban Chỉ đạo chuyển đổi số." + LEAD_TAIL, "Quyết định"),
    ("lead: vừa ban hành Kết luận", "Bộ Chính trị vừa ban hành Kết luận số 121-KL/TW về tổng kết Nghị quyết số "
     "18-NQ/TW." + LEAD_TAIL, "Kết luận"),
    ("lead: vừa có Thông báo", "Tỉnh ủy Hưng Yên vừa có Thông báo số 150-TB/TU về công tác cán bộ." + LEAD_TAIL,
     "Thông báo"),
    ("lead: Thông báo truyền đạt kết luận", "Văn phòng Chính phủ có Thông báo số 45/TB-VPCP truyền đạt kết luận của "
     "Thủ tướng Chính phủ tại cuộc họp về giải ngân vốn đầu tư công." + LEAD_TAIL, "Thông báo"),
    ("lead: type in lower case", "Tỉnh ủy Hưng Yên vừa ban hành chỉ thị số 15-CT/TU về tăng cường công tác phòng, "
     "chống thiên tai." + LEAD_TAIL, "Chỉ thị"),
    ("lead: đã ban hành kế hoạch", "Ban Thường vụ Huyện ủy Kim Động đã ban hành kế hoạch số 45-KH/HU về tổ chức các "
     "hoạt động kỷ niệm." + LEAD_TAIL, "Kế hoạch"),
    ("lead: vừa ra Chỉ thị", "Ban Thường vụ Tỉnh ủy Hưng Yên vừa ra Chỉ thị số 15-CT/TU về tăng cường công tác "
     "phòng, chống thiên tai." + LEAD_TAIL, "Chỉ thị"),
    ("lead: vừa có Hướng dẫn", "Ban Tổ chức Tỉnh ủy Hưng Yên vừa có Hướng dẫn số 15-HD/BTCTU về tổ chức đại hội chi "
     "bộ." + LEAD_TAIL, "Hướng dẫn"),
    ("lead: Chương trình hành động under CTr", "Ngày 5/3, Tỉnh ủy Hưng Yên ban hành Chương trình hành động số "
     "15-CTr/TU thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị." + LEAD_TAIL, "Chương trình hành động"),
    # Metadata tables in other shapes: "|" cells, "Thể loại", the type below the other rows; a
    # type outside the guide's list is null.
    ("metadata in cells", "Loại văn bản | Kế hoạch\nSố hiệu | 45/KH-UBND\nCơ quan ban hành | Tỉnh Hưng Yên\nNgày ban "
     "hành | 05/03/2025\n\nNội dung đang cập nhật.\n", "Kế hoạch"),
    ("metadata: Thể loại", "Thể loại: Kế hoạch\nSố ký hiệu: 45-KH/HU\nCơ quan ban hành: Huyện ủy Kim Động\nNgày ban "
     "hành: 05/03/2025\n\nNội dung đang cập nhật.\n", "Kế hoạch"),
    ("metadata: type below the symbol", "Số ký hiệu: 45/KH-UBND\nNgày ban hành: 05/03/2025\nLoại văn bản: Kế hoạch\n"
     "Cơ quan ban hành: UBND huyện Kim Động\nTrích yếu: Kế hoạch tổ chức hội nghị\n", "Kế hoạch"),
    ("metadata: Công văn", "Số hiệu: 123/UBND-VX\nLoại văn bản: Công văn\nNơi ban hành: Tỉnh Hưng Yên\nNgày ban hành: "
     "05/03/2025\n\nNội dung đang cập nhật.\n", "Công văn"),
    ("metadata: Văn bản hợp nhất is no listed type", "Số hiệu: 07/VBHN-BCT\nLoại văn bản: Văn bản hợp nhất\nCơ quan "
     "ban hành: Bộ Công thương\nNgày ban hành: 05/03/2025\n\nNội dung đang cập nhật.\n", None),
    # Grassroots bodies.
    ("commune Quyết định issuing a Quy chế", "ĐẢNG ỦY XÃ KIM ĐỘNG\n*\nSố 45-QĐ/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nKim Động, "
     "ngày 15 tháng 3 năm 2025\n\nQUYẾT ĐỊNH\nban hành Quy chế làm việc của Ban Chấp hành Đảng bộ xã\n\n- Căn cứ "
     "Điều lệ Đảng;\n\nBAN CHẤP HÀNH ĐẢNG BỘ XÃ QUYẾT ĐỊNH\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế làm "
     "việc.\n", "Quyết định"),
    ("cell Kế hoạch", "CHI BỘ THÔN ĐÔNG\n*\nSố 05-KH/CB\nĐẢNG CỘNG SẢN VIỆT NAM\nKim Động, ngày 15 tháng 3 năm 2025\n\n"
     "KẾ HOẠCH\nthực hiện Chỉ thị số 35-CT/TW\n\nI. MỤC ĐÍCH\n", "Kế hoạch"),
    ("state Đề án", state("45/ĐA-UBND", "ĐỀ ÁN\nPhát triển du lịch giai đoạn 2025 - 2030\n\nPhần thứ nhất\n"
                          "SỰ CẦN THIẾT\n"), "Đề án"),
]


@pytest.mark.parametrize("page,expected", [case[1:] for case in PAGES], ids=[case[0] for case in PAGES])
def test_page(page, expected):
    assert type_of(page) == expected


def test_wrapped_action_programme_keeps_its_subject():
    """The subject under a wrapped "CHƯƠNG TRÌNH / HÀNH ĐỘNG" starts after the whole type name."""
    page = party("45-CTr/HU", "CHƯƠNG TRÌNH\nHÀNH ĐỘNG\nthực hiện Nghị quyết Đại hội\n\n" + BODY)
    assert extract_document(page).title == "Chương trình hành động thực hiện Nghị quyết Đại hội"


PLAIN_TAIL = "\n\nTheo do, cac cap uy, to chuc dang tap trung lanh dao, chi dao.\n"


@pytest.mark.parametrize("name,title,party_code,state_code,subject,note", TYPES, ids=IDS)
def test_news_lead_without_diacritics(name, title, party_code, state_code, subject, note):
    """A lead copied without its marks ("... ban hanh Ke hoach so 45-KH/HU ..."): its verb is written back
    (plain_words.csv) as its type word already was, so the lead reads as the marked one."""
    page = strip_marks(f"Ngày 5/3, Huyện ủy Kim Động ban hành {name} số 45-{party_code}/HU {subject}.") + PLAIN_TAIL
    assert type_of(page) == name


@pytest.mark.parametrize("page,expected", [
    ("Ngay 5/3, Huyen uy Kim Dong vua ban hanh Ke hoach so 45-KH/HU ve to chuc hoi nghi.", "Kế hoạch"),
    ("Ban Thuong vu Huyen uy Kim Dong da ban hanh Ke hoach so 45-KH/HU ve to chuc hoi nghi.", "Kế hoạch"),
    ("Chu tich UBND tinh Hung Yen ky Quyet dinh so 45/QD-UBND ve viec thanh lap Ban Chi dao.", "Quyết định"),
    ("Chu tich UBND tinh Hung Yen vua ky ban hanh Quyet dinh so 45/QD-UBND ve viec thanh lap Ban Chi dao.",
     "Quyết định"),
    ("UBND tinh Hung Yen co Cong van so 123/UBND-VX ve viec trien khai cong tac phong chong dich.", "Công văn"),
    ("UBND tinh Hung Yen vua co cong van so 123/UBND-VX ve viec trien khai cong tac phong chong dich.", "Công văn"),
    ("Tinh uy Hung Yen vua co Thong bao so 150-TB/TU ve cong tac can bo.", "Thông báo"),
], ids=["vua ban hanh", "da ban hanh", "ky Quyet dinh", "vua ky ban hanh", "co Cong van", "vua co cong van",
        "vua co Thong bao"])
def test_lead_verbs_without_diacritics(page, expected):
    assert type_of(page + PLAIN_TAIL) == expected


def strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").replace("Đ", "D").replace("đ", "d")


@pytest.mark.parametrize("page,expected", [
    # "ra" issues only as a word of its own: not the end of "kiểm tra", "diễn ra".
    ("Sáng 5/3, Đoàn kiểm tra kế hoạch phòng chống dịch tại xã Kim Động.\n\nĐoàn đánh giá cao kết quả.\n", None),
    ("Tối 3/2, tại quảng trường tỉnh diễn ra chương trình nghệ thuật đặc sắc.\n\nĐông đảo người dân tham dự.\n", None),
    ("Sáng 5/3, UBND xã Kim Động ra thông báo khẩn về việc phòng chống bão.\n\nCác thôn triển khai ngay.\n",
     "Thông báo"),
    # A headline opening with a noun that starts with a type word (type_word_compounds.csv).
    ("Báo cáo viên cấp tỉnh được tập huấn\n\nSáng 5/3, Ban Tuyên giáo tổ chức tập huấn.\n", None),
    ("Luật sư tư vấn miễn phí cho người dân\n\nSáng 5/3, Đoàn Luật sư tỉnh tổ chức tư vấn.\n", None),
    ("Kế hoạch hoá gia đình ở vùng cao\n\nNhiều năm qua, công tác dân số được quan tâm.\n", None),
    # ... where a type word with a subject still titles its document.
    ("Kế hoạch tổ chức hội nghị báo cáo viên\n\nThực hiện Hướng dẫn số 12-HD/BTGTU, Ban Tuyên giáo ban hành kế "
     "hoạch.\n\nI. MỤC ĐÍCH\n", "Kế hoạch"),
    ("Chương trình công tác năm 2025 của Đoàn Luật sư tỉnh\n\nI. MỤC TIÊU\n", "Chương trình"),
], ids=["kiểm tra kế hoạch", "diễn ra chương trình", "ra thông báo", "Báo cáo viên", "Luật sư", "Kế hoạch hoá",
        "Kế hoạch ... báo cáo viên", "Chương trình công tác"])
def test_type_words_inside_other_words(page, expected):
    assert type_of(page) == expected


CENTRAL_PARTY_HEADER = ("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 65-QĐ/TW\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                        "Hà Nội, ngày 28 tháng 4 năm 2022\n\n")


@pytest.mark.parametrize("opening,expected", [
    # QĐ is a Quyết định's code and a Quy định's (DOMAIN.md 1.4): with the title lost, the opening's verb tells.
    ("- Căn cứ Điều lệ Đảng;\n\nBộ Chính trị quy định về luân chuyển cán bộ như sau:\n\nChương I\n", "Quy định"),
    ("Ban Bí thư quy định chức năng, nhiệm vụ của cơ quan tham mưu như sau:\n\nĐiều 1.\n", "Quy định"),
    ("- Căn cứ Điều lệ Đảng;\n\nBộ Chính trị quyết định thành lập Ban Chỉ đạo như sau:\n\nĐiều 1.\n", "Quyết định"),
    ("- Căn cứ Điều lệ Đảng;\n\nBAN BÍ THƯ QUYẾT ĐỊNH\n\nĐiều 1. Thành lập Ban Chỉ đạo.\n", "Quyết định"),
    ("Theo quy định của Điều lệ Đảng, Bộ Chính trị giao nhiệm vụ như sau:\n\nĐiều 1.\n", "Quyết định"),
], ids=["Bộ Chính trị quy định", "Ban Bí thư quy định", "quyết định ... như sau", "QUYẾT ĐỊNH line",
        "Theo quy định của"])
def test_shared_code_without_a_title(opening, expected):
    assert type_of(CENTRAL_PARTY_HEADER + opening) == expected


def mass_page(header: str, symbol: str, rest: str = "") -> str:
    return (f"{header}\nSố: {symbol}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHưng Yên, ngày 15 tháng 3 năm 2025\n\n"
            f"{rest}{BODY}")


METADATA = ("Số hiệu: 45/KH-UBND\n{label} Kế hoạch\nCơ quan ban hành: UBND huyện Kim Động\nNgày ban hành: 05/03/2025\n\n"
            "Nội dung đang cập nhật.\n")
MORE_PAGES = [
    # Mass organisations' codes (DOMAIN.md 1.4: the same type codes), title or not.
    ("Đoàn plan, code only", mass_page("BCH ĐOÀN TỈNH HƯNG YÊN\n***", "45-KH/TĐTN-BTG"), "Kế hoạch"),
    ("Đoàn guide, code only", mass_page("BCH ĐOÀN TỈNH HƯNG YÊN\n***", "12-HD/TĐTN-TC"), "Hướng dẫn"),
    ("Đoàn letter", mass_page("BCH ĐOÀN TỈNH HƯNG YÊN\n***", "123-CV/TĐTN-VP",
                              "V/v tổ chức hội nghị\n\nKính gửi: Các huyện đoàn\n\n"), "Công văn"),
    ("Mặt trận plan, code only", mass_page("ỦY BAN MTTQ VIỆT NAM\nTỈNH HƯNG YÊN\nBAN THƯỜNG TRỰC", "12/KH-MTTQ-BTT"),
     "Kế hoạch"),
    ("joint plan KHPH, code only", mass_page("HỘI NÔNG DÂN - HỘI LIÊN HIỆP PHỤ NỮ\nTỈNH HƯNG YÊN", "12-KHPH/HND-HPN"),
     "Kế hoạch"),
    ("Công đoàn plan, code only", mass_page("LIÊN ĐOÀN LAO ĐỘNG TỈNH HƯNG YÊN", "12/KH-LĐLĐ"), "Kế hoạch"),
    # Codes a Party page shares or only it uses, with no title.
    ("TT under a Party header is a Thông tri", CENTRAL_PARTY_HEADER.replace("65-QĐ/TW", "03-TT/TW") + BODY, "Thông tri"),
    ("BCĐ plan, code only", "BAN CHỈ ĐẠO 35 TỈNH ỦY\n*\nSố 05-KH/BCĐ\nĐẢNG CỘNG SẢN VIỆT NAM\nHưng Yên, ngày 15 tháng "
     "3 năm 2025\n\n" + BODY, "Kế hoạch"),
    ("CTHĐ code only", party("05-CTHĐ/HU", BODY), "Chương trình hành động"),
    ("ĐC code only", party("05-ĐC/HU", BODY), "Đề cương"),
    # State acts whose title is lost: the code, or its "Luật số" label.
    ("Thông tư, code only", central("BỘ NỘI VỤ", "01/2011/TT-BNV", "Căn cứ Nghị định số 48/2008/NĐ-CP;\n\n"
                                    "Điều 1. Phạm vi\n"), "Thông tư"),
    ("Luật, its number label only", "QUỐC HỘI\n-------\nLuật số: 80/2015/QH13\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
     "Căn cứ Hiến pháp nước Cộng hòa xã hội chủ nghĩa Việt Nam;\n\nQuốc hội ban hành Luật ban hành văn bản quy phạm "
     "pháp luật.\n\nChương I\n", "Luật"),
    # Titles: an urgency mark above, a subject in capitals, a heading with the issuer under the type.
    ("HỎA TỐC above the header", "HỎA TỐC\n" + party("45-KH/HU", "KẾ HOẠCH\ntổ chức hội nghị\n\n" + BODY), "Kế hoạch"),
    ("HỎA TỐC letter", state("123/UBND-VX", "HỎA TỐC\nV/v phòng chống bão số 3\n\nKính gửi: Các sở, ngành\n\n" + BODY),
     "Công văn"),
    ("KẾT LUẬN / CỦA BAN THƯỜNG VỤ", party("45-KL/HU", "KẾT LUẬN\nCỦA BAN THƯỜNG VỤ HUYỆN ỦY\nvề công tác cán bộ\n\n"
                                          + BODY), "Kết luận"),
    ("BÁO CÁO CHÍNH TRỊ", party("05-BC/HU", "BÁO CÁO\nCHÍNH TRỊ CỦA BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN KHÓA I\ntại Đại hội "
                                           "đại biểu Đảng bộ huyện lần thứ II\n\nI. KẾT QUẢ\n"), "Báo cáo"),
    ("NGHỊ QUYẾT / HỘI NGHỊ", party("45-NQ/HU", "NGHỊ QUYẾT\nHỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ HUYỆN LẦN THỨ 5\nvề phát "
                                               "triển kinh tế\n\n" + BODY), "Nghị quyết"),
    ("the header in '|' cells", "| ĐẢNG BỘ TỈNH HƯNG YÊN | ĐẢNG CỘNG SẢN VIỆT NAM |\n| HUYỆN ỦY KIM ĐỘNG | |\n| Số "
     "45-KH/HU | Kim Động, ngày 15 tháng 3 năm 2025 |\n\n" + BODY, "Kế hoạch"),
    # Letters: a V/v line naming another type, the subject in the flattened header.
    ("V/v names a Kế hoạch", letter(state, "123/UBND-VX", "triển khai Kế hoạch số 12-KH/TU của Tỉnh ủy"), "Công văn"),
    ("V/v names a Quy chế", letter(state, "123/UBND-VX", "ban hành Quy chế phối hợp"), "Công văn"),
    ("Party letter, V/v hướng dẫn", letter(party, "45-CV/HU", "hướng dẫn tổ chức hội nghị", "Các chi bộ"), "Công văn"),
    ("letter flattened into one line", "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự "
     "do - Hạnh phúc Số: 123/UBND-VX Hưng Yên, ngày 05 tháng 3 năm 2025 V/v triển khai công tác phòng chống dịch "
     "Kính gửi: Các sở, ban, ngành tỉnh\n\n" + BODY, "Công văn"),
    # A site's title line over the page: the type it opens with, or its code before "v/v".
    ("site title with number", "Thông báo số 150-TB/TU ngày 05/3/2025 của Tỉnh ủy Hưng Yên về công tác cán bộ\n\n"
     "Ngày 01/3/2025, Thường trực Tỉnh ủy họp.\n", "Thông báo"),
    ("site title with a bare year", "Chỉ thị 05-CT/TW năm 2016 về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, "
     "phong cách Hồ Chí Minh\n\nI. TÌNH HÌNH\n", "Chỉ thị"),
    ("site title, code before v/v", "KH v/v tổ chức Hội khỏe Phù Đổng cấp huyện\n\nI. MỤC ĐÍCH\n", "Kế hoạch"),
    ("lead: vừa được ban hành", "Kế hoạch số 45-KH/HU của Huyện ủy Kim Động vừa được ban hành nhằm tổ chức tốt các "
     "hoạt động kỷ niệm." + LEAD_TAIL, "Kế hoạch"),
] + [(f"metadata label {label!r}", METADATA.format(label=label), "Kế hoạch")
     for label in ("Hình thức văn bản:", "Loại VB:", "Loại:", "Loại văn bản")]


@pytest.mark.parametrize("page,expected", [case[1:] for case in MORE_PAGES], ids=[case[0] for case in MORE_PAGES])
def test_more_pages(page, expected):
    assert type_of(page) == expected


def letter_spaced(title: str) -> str:
    return "  ".join(" ".join(word) for word in title.split())


TITLE_FORMS = {
    "letter-spaced": letter_spaced,
    "first letter apart": lambda title: f"{title[0]} {title[1:]}",
    "glued": lambda title: title.replace(" ", ""),
}


@pytest.mark.parametrize("form", sorted(TITLE_FORMS))
@pytest.mark.parametrize("name,title,party_code,state_code,subject,note", TYPES, ids=IDS)
def test_title_copied_with_its_letters_spaced_or_glued(name, title, party_code, state_code, subject, note, form):
    """A page that starts at its title, no code to fall back on: "K Ế H O Ạ C H", "K Ế HOẠCH", "KẾHOẠCH"."""
    page = f"{TITLE_FORMS[form](title)}\n{subject}\n\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n"
    assert type_of(page) == name


def test_glued_title_under_the_motto_is_the_documents():
    """A site's title line above the header ("HƯỚNG DẪN SỐ 12-HD/VPTU") and the document's own glued title under
    the motto ("HƯỚNGDẪN"): the title is the one under the motto, with its subject."""
    page = ("HƯỚNG DẪN SỐ 12-HD/VPTU\n\nTỈNH ỦY HƯNG YÊN\nVĂN PHÒNG\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố: 12-HD/VPTU\n\n"
            "Hưng Yên, ngày 03 tháng 4 năm 2025\n\nHƯỚNGDẪN\n\nTHỂ THỨC TRÌNH BÀY VĂN BẢN\n\nI- HƯỚNG DẪN CHUNG\n")
    record = extract_document(page)
    assert (record.doc_type, record.title) == ("Hướng dẫn", "Hướng dẫn THỂ THỨC TRÌNH BÀY VĂN BẢN")


@pytest.mark.parametrize("page,expected", [
    ("Các đơn vị xây dựng kế hoạch của đơn vị để triển khai thực hiện.\n\nCác cơ quan báo cáo kết quả.\n", None),
    ("Các trường xây dựng kế hoạch của mình và báo cáo về Phòng trước ngày 15/3.\n\nCác cơ quan báo cáo kết quả.\n",
     None),
    ("Chi bộ thôn Đông xây dựng kế hoạch hoạt động năm 2025 như sau:\n\nI. MỤC ĐÍCH\n", "Kế hoạch"),
], ids=["kế hoạch của đơn vị", "kế hoạch của mình", "a cell's own plan"])
def test_a_plan_each_unit_makes_is_not_the_page(page, expected):
    assert type_of(page) == expected
