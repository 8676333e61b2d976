"""Coverage of the page's own date (ANNOTATION.md "date": the date of issue of the document itself, from its header's
place-date line or the site's "Ngày ban hành"; null when absent, left blank for signing, or impossible).

Every line of tests/coverage_date_lines.csv (a place and a date as real pages print them: leading zeros or not,
figures, capitals, OCR damage, blanks, impossible dates) is set in the header layouts real pages show (Party and
state headers, flattened into one line or "|" cells, columns, mixed case, under a site's chrome, cut above the motto,
the line split or its comma lost), each page carrying the traps every real plan carries: its parent's date in the
title and preamble, a deadline in its body, and an appended form's blank date line. Then the other places a page
gives its date (a metadata table, a news lead, the title line) and the traps of pages with no date of their own."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from domain.registry import Registry
from extraction.pipeline import extract_document

REGISTRY = Registry.load()
ROWS = list(csv.DictReader((Path(__file__).with_name("coverage_date_lines.csv")).open(encoding="utf-8")))

PARTY = ("ĐẢNG BỘ TỈNH HƯNG YÊN", "HUYỆN ỦY KIM ĐỘNG", "*", "Số 45-KH/HU"), ("ĐẢNG CỘNG SẢN VIỆT NAM",)
STATE = (("ỦY BAN NHÂN DÂN", "HUYỆN KIM ĐỘNG", "Số: 45/KH-UBND"),
         ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"))
# The title and preamble cite a dated parent, the body sets a deadline, an appended form leaves its date blank.
REST = ("\nKẾ HOẠCH\nthực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị\n\n"
        "Thực hiện Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị; Căn cứ Kế hoạch số 120-KH/TU ngày "
        "20 tháng 7 năm 2024 của Tỉnh ủy, Ban Thường vụ ban hành Kế hoạch thực hiện như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nCác cơ sở báo cáo kết quả trước ngày 30/6/2025.\n\n"
        "Mẫu số 01\nĐẢNG CỘNG SẢN VIỆT NAM\n……., ngày … tháng … năm 20…\nBẢN ĐĂNG KÝ\n")


def _line(row, joint: str = ", ") -> str:
    return f"{row['place']}{joint}{row['printed']}" if row["place"] else row["printed"]


def stacked(header, line: str) -> str:
    """The standard header: the left column's lines, then the right column's, then the place-date line."""
    left, right = header
    return "\n".join((*left, *right, line)) + "\n" + REST


def one_line(header, line: str) -> str:
    """Both columns flattened into one line, the cells joined by "|"."""
    left, right = header
    return " | ".join((" ".join(left[:-1]), " ".join(right), left[-1], line)) + "\n" + REST


def cells(header, line: str) -> str:
    """The header table kept as rows of "|" cells: the names beside the motto, the number beside the date."""
    left, right = header
    return f"| {' '.join(left[:-1])} | {' '.join(right)} |\n| {left[-1]} | {line} |\n" + REST


def run_together(header, line: str) -> str:
    """Both columns flattened into one line with nothing between the cells."""
    left, right = header
    return " ".join((*left[:-1], *right, left[-1], line)) + "\n" + REST


def split_before_year(header, line: str) -> str:
    """The line wrapped before its year ("Hà Nội, ngày 05 tháng 3\nnăm 2025"), as a narrow column wraps it."""
    return stacked(header, re.sub(r"\s(?=(?:năm|NĂM|nãm|nǎm|nărn)\s*[\d…])", "\n", line, count=1))


def split_after_year_word(header, line: str) -> str:
    """The line wrapped between "năm" and its year ("tháng 11 năm\n2010")."""
    return stacked(header, re.sub(r"(?<=năm|NĂM|nãm|nǎm)\s(?=[\d…])", "\n", line, count=1))


def split_after_day_word(header, line: str) -> str:
    """The line wrapped right after "ngày" ("Hà Nội, ngày\n25/02/2015")."""
    return stacked(header, re.sub(r"(?<=ngày|NGÀY|ngảy)\s+", "\n", line, count=1))


def tab_columns(header, line: str) -> str:
    """The two columns side by side with a tab gap, the number beside the place-date line."""
    left, right = header
    rows = [f"{a}\t\t{b}" for a, b in zip(left[:-1], (*right, "", "", ""))] + [f"{left[-1]}\t\t{line}"]
    return "\n".join(rows) + "\n" + REST


def mixed_case(header, line: str) -> str:
    left, right = header
    return stacked((tuple(x if x.startswith("Số") else x.title() for x in left), right), line)


def under_chrome(header, line: str) -> str:
    """A portal's menu, its publishing date and time and its counters above the header."""
    return "Trang chủ | Văn bản chỉ đạo\nThứ Hai, 10/03/2025 08:15\nLượt xem: 120\n" + stacked(header, line)


def cut_above_motto(header, line: str) -> str:
    """A page that starts mid-way: the left column lost, the motto and the date line left."""
    return "\n".join((*header[1], line)) + "\n" + REST


LAYOUTS = {"stacked": stacked, "one line": one_line, "run together": run_together, "cells": cells,
           "tab columns": tab_columns, "mixed case": mixed_case, "under chrome": under_chrome,
           "cut above motto": cut_above_motto, "split before the year": split_before_year,
           "split after the year word": split_after_year_word, "split after the day word": split_after_day_word}
# The line itself damaged where it meets its place.
JOINTS = {"split after the comma": ",\n", "no comma": " ", "comma glued": ",", "space before comma": " , "}
HEADERS = {"party": PARTY, "state": STATE}

# Cases not read yet (layout, printed line), with the reason.
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("*", "Hà Nội, ngày 05/3/25"): "a two-digit year is not read: which century a reader takes is not settled",
    ("no comma", "Hà Nội ngày 05/3/25"): "a two-digit year is not read",
    ("comma glued", "Hà Nội,ngày 05/3/25"): "a two-digit year is not read",
    ("space before comma", "Hà Nội , ngày 05/3/25"): "a two-digit year is not read",
    ("split after the comma", "Hà Nội,\nngày 05/3/25"): "a two-digit year is not read",
    ("no comma", "Hà Nội 05 tháng 3 năm 2025"): "a line that lost both its comma and its 'ngày' is not read as a date line",
}


def _cases():
    for row in ROWS:
        line = _line(row)
        for header in HEADERS:
            for layout in LAYOUTS:
                yield header, layout, line, row["date"] or None
            for joint, printed in JOINTS.items():
                if row["place"]:
                    yield header, joint, _line(row, printed), row["date"] or None


def _param(header, layout, line, date):
    reason = KNOWN_GAPS.get((layout, line)) or KNOWN_GAPS.get(("*", line))
    return pytest.param(header, layout, line, date, id=f"{header} {layout}: {line}",
                        marks=[pytest.mark.xfail(strict=True, reason=reason)] if reason else [])


def _page(header, layout, line):
    if layout in LAYOUTS:
        return LAYOUTS[layout](HEADERS[header], line)
    return stacked(HEADERS[header], line)


@pytest.mark.parametrize("header, layout, line, date", [_param(*case) for case in _cases()])
def test_the_header_date_line(header, layout, line, date):
    record = extract_document(_page(header, layout, line), registry=REGISTRY)
    assert record.date == date, record.warnings


# ---- the date elsewhere than a header line -----------------------------------------------------------------------

# The date of 5 March 2025 in figures as sites and leads print it, and as the header's words.
FIGURES = ("05/3/2025", "5/3/2025", "05/03/2025", "5-3-2025", "05-03-2025", "05.3.2025")
TITLE = "\nKẾ HOẠCH\nthực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị\n\nI. MỤC ĐÍCH\n1. Mục đích\n"
LEAD_REST = (" về thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị.\nTheo đó, các cơ sở đảng báo cáo kết quả "
             "trước ngày 30/6/2025.\n")
POSTED = "Thứ Năm, 06/03/2025 14:30\n"   # a news site's own date and time above its headline


def metadata(label: str, figures: str) -> str:
    return (f"Số hiệu: 45/KH-UBND\nLoại văn bản: Kế hoạch\nCơ quan ban hành: UBND huyện Kim Động\n{label}: {figures}\n"
            "Ngày hiệu lực: 10/03/2025\n" + TITLE)


ELSEWHERE = {
    "metadata": lambda d: metadata("Ngày ban hành", d),
    "metadata, signing date": lambda d: metadata("Ngày ký", d),
    "metadata, its effective date first": lambda d: ("Số hiệu: 45/KH-UBND\nNgày hiệu lực: 10/03/2025\n"
                                                     f"Ngày ban hành: {d}\nLoại văn bản: Kế hoạch\n" + TITLE),
    "metadata cells": lambda d: f"| Số hiệu | 45/KH-UBND |\n| Ngày ban hành | {d} |\n| Loại văn bản | Kế hoạch |\n" + TITLE,
    "metadata as a bulleted list": lambda d: f"• Số hiệu: 45/KH-UBND\n• Ngày ban hành: {d}\n• Loại văn bản: Kế hoạch\n" + TITLE,
    "metadata labels in bold": lambda d: f"**Số hiệu:** 45/KH-UBND\n**Ngày ban hành:** {d}\n**Loại văn bản:** Kế hoạch\n" + TITLE,
    "metadata in one line": lambda d: f"Số hiệu: 45/KH-UBND | Ngày ban hành: {d} | Loại văn bản: Kế hoạch\n" + TITLE,
    "metadata run into one line": lambda d: f"Số hiệu: 45/KH-UBND Ngày ban hành: {d} Loại văn bản: Kế hoạch\n" + TITLE,
    "lead opening with the date": lambda d: (f"Kim Động triển khai Chỉ thị 35\n\n{POSTED}Ngày {d}, Huyện ủy Kim Động "
                                             "ban hành Kế hoạch số 45-KH/HU" + LEAD_REST),
    "lead, the date after the number": lambda d: ("Kim Động triển khai Chỉ thị 35\n\n" + POSTED + "Huyện ủy Kim Động vừa "
                                                  f"ban hành Kế hoạch số 45-KH/HU ngày {d}" + LEAD_REST),
    "lead, the date after a comma": lambda d: ("Kim Động triển khai Chỉ thị 35\n\nHuyện ủy Kim Động vừa ban hành Kế hoạch "
                                               f"số 45-KH/HU, ngày {d}" + LEAD_REST),
    "lead naming the document first": lambda d: (f"Kim Động triển khai Chỉ thị 35\n\nKế hoạch số 45-KH/HU ngày {d} của "
                                                 "Huyện ủy Kim Động về thực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 "
                                                 "của Bộ Chính trị nêu rõ mục tiêu đến năm 2030.\n"),
    "lead, on the day": lambda d: (f"Kim Động triển khai Chỉ thị 35\n\nVào ngày {d}, Huyện ủy Kim Động đã ban hành "
                                   "Kế hoạch số 45-KH/HU" + LEAD_REST),
    "lead after 'Vừa qua'": lambda d: (f"Kim Động triển khai Chỉ thị 35\n\nVừa qua, ngày {d}, Huyện ủy Kim Động ban hành "
                                       "Kế hoạch số 45-KH/HU" + LEAD_REST),
    "lead without the date's comma": lambda d: (f"Kim Động triển khai Chỉ thị 35\n\nNgày {d} Huyện ủy Kim Động ban hành Kế "
                                                "hoạch số 45-KH/HU" + LEAD_REST),
    "lead, signed by the secretary": lambda d: (f"Kim Động triển khai Chỉ thị 35\n\nNgày {d}, đồng chí Nguyễn Văn A, Bí thư "
                                                "Huyện ủy Kim Động đã ký ban hành Kế hoạch số 45-KH/HU" + LEAD_REST),
    "lead, the body 'has' the plan": lambda d: (f"Kim Động triển khai Chỉ thị 35\n\nNgày {d}, Huyện ủy Kim Động có Kế hoạch "
                                                "số 45-KH/HU" + LEAD_REST),
    "lead, signed on": lambda d: ("Kim Động triển khai Chỉ thị 35\n\nHuyện ủy Kim Động vừa ban hành Kế hoạch số "
                                  f"45-KH/HU (ký ngày {d})" + LEAD_REST),
    "lead, issued on after the number": lambda d: ("Kim Động triển khai Chỉ thị 35\n\nKế hoạch số 45-KH/HU vừa được ký "
                                                   f"ban hành ngày {d}" + LEAD_REST),
    "lead, issued on after the issuer": lambda d: ("Kim Động triển khai Chỉ thị 35\n\nKế hoạch số 45-KH/HU của Huyện ủy "
                                                   f"Kim Động được ban hành ngày {d}" + LEAD_REST),
    "title line": lambda d: (f"QUYẾT ĐỊNH số 12/QĐ-UBND ngày {d} về việc ban hành Kế hoạch chuyển đổi số\n\n"
                             "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành\n"),
    "title in capitals": lambda d: f"KẾ HOẠCH SỐ 45-KH/HU NGÀY {d}\nthực hiện Chỉ thị số 35-CT/TW\n\nI. MỤC ĐÍCH\n",
}
ELSEWHERE_GAPS: dict[str, str] = {}


@pytest.mark.parametrize("way, figures", [
    pytest.param(way, figures, id=f"{way}: {figures}",
                 marks=[pytest.mark.xfail(strict=True, reason=ELSEWHERE_GAPS[way])] if way in ELSEWHERE_GAPS else [])
    for way in ELSEWHERE for figures in FIGURES])
def test_the_date_where_the_page_has_no_header_line(way, figures):
    assert extract_document(ELSEWHERE[way](figures), registry=REGISTRY).date == "2025-03-05"


HEADER = "ĐẢNG BỘ TỈNH HƯNG YÊN\nHUYỆN ỦY KIM ĐỘNG\n*\nSố 45-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
BLANK_LINE = "Kim Động, ngày    tháng 3 năm 2025\n"
FILLED_FORM = ("\nMẫu số 01\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
               "Kim Động, ngày 10 tháng 3 năm 2025\nĐƠN ĐĂNG KÝ\n")
# A plan's body long enough to push its appendix past the header's region.
LONG_BODY = "Nội dung kế hoạch được quán triệt tới toàn thể cán bộ, đảng viên và nhân dân trong toàn huyện.\n" * 15
# Pages whose own date is elsewhere or nowhere, with the dates a reader does not take for it.
TRAPS = [
    ("a news item without the document's date: its posting date and time is the site's",
     "Kim Động triển khai Chỉ thị 35\n" + POSTED + "Huyện ủy Kim Động vừa ban hành Kế hoạch số 45-KH/HU" + LEAD_REST, None),
    ("a lead's day without its year, under the site's posting date: no year printed, no date (as the dev labels read)",
     "Kim Động triển khai Chỉ thị 35\n" + POSTED + "Ngày 5/3, Huyện ủy Kim Động ban hành Kế hoạch số 45-KH/HU" + LEAD_REST,
     None),
    ("a news page under a print date set as a place-date line: no document, no date",
     "Hưng Yên, ngày 10 tháng 3 năm 2025\n\nSáng 9/3, Huyện ủy Kim Động tổ chức hội nghị quán triệt Kế hoạch số 45-KH/HU "
     "về thực hiện Chỉ thị số 35-CT/TW.\n", None),
    ("a page whose header kept only its place-date line, above the title", "Hưng Yên, ngày 05 tháng 3 năm 2025\n\n"
     + TITLE, "2025-03-05"),
    ("a letter whose header kept only its place-date line", "Hưng Yên, ngày 05 tháng 3 năm 2025\n\nKính gửi: Các chi bộ "
     "trực thuộc\n\nThực hiện Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị, đề nghị các chi bộ báo cáo.\n",
     "2025-03-05"),
    ("a blog's date line above a news item", "Thứ Hai, 10 tháng 3, 2025\nKim Động triển khai Chỉ thị 35\nHuyện ủy Kim "
     "Động vừa ban hành Kế hoạch số 45-KH/HU" + LEAD_REST, None),
    ("a posting date glued to the title", "KẾ HOẠCH tuyên truyền kỷ niệm 95 năm Ngày thành lập Đảng (10/03/2025)\n\n"
     "I. MỤC ĐÍCH\n", None),
    ("a news item's posting line", "Đăng ngày 06/03/2025\nHuyện ủy Kim Động vừa ban hành Kế hoạch số 45-KH/HU" + LEAD_REST,
     None),
    ("a news item's updating line", "Cập nhật: 10:20 06/03/2025\nHuyện ủy Kim Động vừa ban hành Kế hoạch số 45-KH/HU"
     + LEAD_REST, None),
    ("a site's weekday date line above a news item", "Thứ năm, ngày 06 tháng 3 năm 2025\nHuyện ủy Kim Động vừa ban hành "
     "Kế hoạch số 45-KH/HU" + LEAD_REST, None),
    ("a page cut above its title: the parents' dates in the title and preamble",
     "Số 45-KH/HU\n" + TITLE.replace("\nI.", "\nThực hiện Chỉ thị số 35-CT/TW, ngày 14/6/2024 của Bộ Chính trị:\nI."), None),
    ("a decision cut above its title: the laws of its basis", "Số: 45/QĐ-UBND\n\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch\n\n"
     "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị;\nCăn cứ Luật Tổ chức chính quyền địa phương "
     "ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\nĐiều 1.\n", None),
    ("a decision cut above its title: a law of its basis with its date after a comma", "Số: 45/QĐ-UBND\n\nQUYẾT ĐỊNH\n"
     "Về việc ban hành Kế hoạch\n\nCăn cứ Luật Đất đai, ngày 18 tháng 01 năm 2024;\nQUYẾT ĐỊNH:\nĐiều 1.\n", None),
    ("a deadline", "Số: 45/KH-UBND\n\nKẾ HOẠCH\nphòng chống dịch\n\nI. MỤC ĐÍCH\nCác xã báo cáo trước ngày 30/6/2025; "
     "hoàn thành trước ngày 15 tháng 7 năm 2025.\n", None),
    ("a portal's print and update dates above the header",
     "In trang | Ngày in: 10/03/2025\nNgày cập nhật: 10/03/2025 | Lượt xem: 120\n" + HEADER
     + "Kim Động, ngày 05 tháng 3 năm 2025\n" + TITLE, "2025-03-05"),
    ("a site's weekday line above the header", "Thứ Hai, ngày 10 tháng 3 năm 2025\nTrang chủ | Văn bản\n" + HEADER
     + "Kim Động, ngày 05 tháng 3 năm 2025\n" + TITLE, "2025-03-05"),
    ("a date later than the site's update date stays as printed (ANNOTATION.md: copy the source's errors)",
     "Cập nhật: 10/01/2024\n" + HEADER + "Kim Động, ngày 05 tháng 3 năm 2025\n" + TITLE, "2025-03-05"),
    ("an appended form's filled date line under the header's", HEADER + "Kim Động, ngày 05 tháng 3 năm 2025\n" + TITLE
     + FILLED_FORM, "2025-03-05"),
    ("a form alone, its date line blank", "Mẫu số 01\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
     "……., ngày … tháng … năm 20…\nĐƠN ĐĂNG KÝ\nKính gửi: UBND xã\n", None),
    ("a draft's blank date line: an appended form's date is not the draft's", HEADER + BLANK_LINE + TITLE + FILLED_FORM,
     None),
    ("a site's metadata as JSON, its date in ISO form [M: the JSON seen in dev prints dd/mm/yyyy]", '{"so_ky_hieu": "45/KH-UBND", "ngay_ban_hanh": "2025-03-05", '
     '"loai_van_ban": "Kế hoạch"}\n' + TITLE, "2025-03-05"),
    ("a page cut above its title: the filled date line of a form appended far below",
     TITLE + LONG_BODY + FILLED_FORM, None),
    ("a draft's blank date line: the filled date line of a form appended far below",
     HEADER + BLANK_LINE + TITLE + LONG_BODY + FILLED_FORM, None),
    ("a metadata table's effective date only", "Số hiệu: 45/KH-UBND\nLoại văn bản: Kế hoạch\nNgày hiệu lực: 10/03/2025\n"
     + TITLE, None),
    ("a metadata table's gazette date only", "Số hiệu: 45/KH-UBND\nNgày đăng công báo: 12/03/2025\nLoại văn bản: Kế hoạch\n"
     + TITLE, None),
    ("an impossible date", HEADER + "Kim Động, ngày 30 tháng 02 năm 2025\n" + TITLE, None),
]
TRAP_GAPS: dict[str, str] = {
}


@pytest.mark.parametrize("page, date", [
    pytest.param(page, date, id=what, marks=[pytest.mark.xfail(strict=True, reason=TRAP_GAPS[what])]
                 if what in TRAP_GAPS else []) for what, page, date in TRAPS])
def test_dates_that_are_not_the_pages(page, date):
    assert extract_document(page, registry=REGISTRY).date == date


# ---- the date line as it reaches the loader -----------------------------------------------------------------------

# A page saved with its source's encoding or markup: the loader gives the date line back before extraction reads it.
RAW_LINES = {
    "numeric entities": "Kim Động, ng&#224;y 05 th&#225;ng 3 n&#259;m 2025",
    "non-breaking space entities": "Kim Động, ngày&nbsp;05 tháng&nbsp;3 năm&nbsp;2025",
    "a TCVN3 (.VnTime) font read as Latin-1": "Kim §éng, ngµy 05 th¸ng 3 n¨m 2025",
    "a VNI font read as Latin-1": "Kim Ñoäng, ngaøy 05 thaùng 3 naêm 2025",
}


def _date_through_the_loader(page: str) -> str | None:
    from loaders.text import load_text
    loaded = load_text(page.encode("utf-8"), "page.txt", "txt")
    return extract_document(loaded.text, registry=REGISTRY, metadata=loaded.metadata, already_normal=True).date


@pytest.mark.parametrize("line", RAW_LINES.values(), ids=RAW_LINES.keys())
def test_the_date_line_through_the_loader(line):
    assert _date_through_the_loader(stacked(PARTY, line)) == "2025-03-05"


def test_a_date_line_split_by_markup_through_the_loader():
    assert _date_through_the_loader(
        "<html><body><p>ĐẢNG BỘ TỈNH HƯNG YÊN</p><p>HUYỆN ỦY KIM ĐỘNG</p><p>Số 45-KH/HU</p><p>ĐẢNG CỘNG SẢN VIỆT NAM</p>"
        "<p><em>Kim Động, ngày</em> 05 <em>tháng</em> 3 <em>năm</em> 2025</p><p>KẾ HOẠCH</p>"
        "<p>thực hiện Chỉ thị số 35-CT/TW</p></body></html>") == "2025-03-05"
