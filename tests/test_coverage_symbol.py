"""Coverage of the page's own symbol: every body of tests/fixtures/symbol_matrix.csv (Party, state, National Assembly
and mass organisations, centre to chi bộ; [M] in its note marks a code from memory) with its number printed the ways
real pages print it (DOMAIN.md 1.3-1.5 and 2), the traps around it (a blank number, a title's citation, a date, the
site's chrome), and the symbols a preamble cites in the same forms. The symbol is compared as the scorer compares
it (ANNOTATION.md: spaces, dashes, case, TƯ/TW aside)."""
from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from domain.registry import Registry
from extraction.pipeline import extract_document

REGISTRY = Registry.load()
ROWS = list(csv.DictReader((Path(__file__).parent / "fixtures" / "symbol_matrix.csv").open(encoding="utf-8")))
MOTTOS = {"party": "ĐẢNG CỘNG SẢN VIỆT NAM", "doan": "ĐOÀN TNCS HỒ CHÍ MINH",
          "state": "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"}
PARENT = "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị"
BODY = "\nI. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\nNội dung.\n"


def same_symbol(found: str | None, printed: str | None) -> bool:
    """Equal as the scorer counts them: spaces, dashes, case and TƯ/TW aside."""
    def norm(symbol):
        return symbol and re.sub(r"\s+", "", symbol.replace("–", "-")).upper().replace("TƯ", "TW")
    return norm(found) == norm(printed)


def _title(row) -> str:
    if row["title"]:
        return f"{row['title']}\nthực hiện {PARENT}\n\nThực hiện {PARENT}, ban hành như sau:\n"
    return f"V/v triển khai thực hiện {PARENT}\n\nKính gửi: Các cơ quan, đơn vị\n"


def _header(row, number_line: str) -> str:
    left = "\n".join(part for part in (row["superior"], row["body"]) if part)
    star = "*\n" if row["motto"] != "state" else ""
    return f"{left}\n{star}{number_line}\n{MOTTOS[row['motto']]}\n{row['place']}, ngày 15 tháng 3 năm 2025\n\n"


def _flat(text: str) -> str:
    return text.replace("\n", " ")


def pages(row):
    """(layout, page) for one body: the number line as real pages print it."""
    symbol, label = row["symbol"], "Số" if row["motto"] != "state" else "Số:"
    left = _flat("\n".join(part for part in (row["superior"], row["body"]) if part))
    dateline = f"{row['place']}, ngày 15 tháng 3 năm 2025"
    yield "standard", _header(row, f"{label} {symbol}") + _title(row) + BODY
    yield "colon glued", _header(row, f"Số:{symbol}") + _title(row) + BODY
    yield "no label", _header(row, symbol) + _title(row) + BODY
    yield "split label", _header(row, f"S ố: {symbol}") + _title(row) + BODY   # a PDF split the word at its accent
    yield "capital split label", _header(row, f"S Ố: {symbol}") + _title(row) + BODY
    yield "label without its tone", _header(row, f"Sô: {symbol}") + _title(row) + BODY   # a font lost the acute
    yield "label without its marks", _header(row, f"So: {symbol}") + _title(row) + BODY
    yield "spaced", _header(row, "Số: " + re.sub(r"([-/])", r" \1 ", symbol, count=2)) + _title(row) + BODY
    yield "en dash", _header(row, f"Số: {symbol.replace('-', '–')}") + _title(row) + BODY
    yield "bold markdown", _header(row, f"**Số: {symbol}**") + _title(row) + BODY
    yield "TƯ", _header(row, f"Số {symbol.replace('/TW', '/TƯ')}") + _title(row) + BODY
    yield "date glued", _header(row, f"Số: {symbol}ngày 15 tháng 3 năm 2025") + _title(row) + BODY
    if not row["title"]:   # a letter's subject line run into its number ("123/UBND-VXV/v triển khai ...")
        yield "subject glued", (_header(row, f"Số: {symbol}V/v triển khai thực hiện {PARENT}")
                                + f"Kính gửi: Các cơ quan, đơn vị\n\nThực hiện {PARENT}, đề nghị:\n")
    yield "one line", f"{left} {_flat(MOTTOS[row['motto']])} Số: {symbol} {dateline} " + _title(row) + BODY
    yield "cells", f"| {left} | {_flat(MOTTOS[row['motto']])} |\n| Số: {symbol} | {dateline} |\n\n" + _title(row) + BODY
    yield "split label in cells", (f"| {left} | {_flat(MOTTOS[row['motto']])} |\n| S ố: {symbol} | {dateline} |\n\n"
                                   + _title(row) + BODY)
    yield "mixed case", (_header({**row, "superior": row["superior"].title(), "body": row["body"].title()}, f"Số: {symbol}")
                         + _title(row) + BODY)
    yield "chrome", ("Hotline: 0912.345.678 - Fax: 0243.123.456\nTrang chủ | Văn bản\n"
                     + _header(row, f"Số: {symbol}") + _title(row) + BODY)
    kind = row["title"].capitalize() if row["title"] else "Công văn"
    for label in ("Số văn bản", "Số kí hiệu", "Số, ký hiệu"):   # [M] labels of provincial portals
        yield label, f"{label}: {symbol}\nNgày ban hành: 15/03/2025\n\n" + _title(row) + BODY
    yield "metadata", (f"Số hiệu: {symbol}\nLoại văn bản: {kind}\nCơ quan ban hành: {(row['body'] or row['superior']).title()}\n"
                       f"Ngày ban hành: 15/03/2025\n\n" + _title(row) + BODY)
    if row["title"]:
        yield "news lead", (f"Ngày 15/3, {(row['body'] or row['superior']).title()} ban hành {kind} số {symbol} "
                            f"ngày 15/3/2025 về thực hiện {PARENT}.\nTheo đó, {kind.lower()} đề ra mục tiêu.\n")


# A law's number alone on its line, with no "Số": the page's number is not told from a cited law (left: real
# National Assembly pages label it "Nghị quyết số:" or "Luật số:", which are read).
UNREAD = {("no label", "202/2025/QH15")}
CASES = [pytest.param(row, page, id=f"{row['symbol']}|{layout}",
                      marks=[pytest.mark.xfail(strict=True)] if (layout, row["symbol"]) in UNREAD else [])
         for row in ROWS for layout, page in pages(row)]


@pytest.mark.parametrize("row, page", CASES)
def test_the_own_symbol_as_printed(row, page):
    record = extract_document(page, registry=REGISTRY)
    assert same_symbol(record.symbol, row["symbol"]), record.symbol
    assert "57-NQ/TW" in {r.symbol for r in record.references if r.relation in ("implements", "based_on")}


@pytest.mark.parametrize("row", ROWS, ids=[row["symbol"] for row in ROWS])
def test_a_blank_number_gives_none(row):
    blank = re.sub(r"^\d+", "     ", row["symbol"])
    for number_line in (f"Số: {blank}", f"S ố: {blank}"):
        record = extract_document(_header(row, number_line) + _title(row) + BODY, registry=REGISTRY)
        assert record.symbol is None, (number_line, record.symbol)


UBND_HEADER = "ỦY BAN NHÂN DÂN\nHUYỆN KIM ĐỘNG\n"
STATE_MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKim Động, ngày 15 tháng 3 năm 2025\n\n"
PLAN = f"KẾ HOẠCH\nthực hiện {PARENT}\n" + BODY
TRAPS = {
    # A title that names the plan it carries out, on a page with no number of its own.
    "title's citation": (UBND_HEADER + STATE_MOTTO + "KẾ HOẠCH\nThực hiện Kế hoạch số 88-KH/TU ngày 10/01/2025 của "
                         "Ban Thường vụ Tỉnh ủy\n" + BODY, None),
    "title's citation in capitals": (UBND_HEADER + STATE_MOTTO + "KẾ HOẠCH\nTHỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW NGÀY "
                                     "22/12/2024 CỦA BỘ CHÍNH TRỊ\n" + BODY, None),
    "blank number under a title's citation": (UBND_HEADER + "Số:      /KH-UBND\n" + STATE_MOTTO + "KẾ HOẠCH\nThực hiện "
                                              "Kế hoạch số 88-KH/TU ngày 10/01/2025 của Ban Thường vụ Tỉnh ủy\n" + BODY, None),
    "a date in the number cell": (UBND_HEADER + "Số: 15/3/2025\n" + STATE_MOTTO + PLAN, None),
    "the site's licence and phone": ("Cổng thông tin điện tử huyện Kim Động\nGiấy phép số 123/GP-TTĐT ngày 01/02/2020 "
                                     "của Sở Thông tin và Truyền thông\nĐiện thoại: 0221.3821.234\n" + UBND_HEADER
                                     + "Số: 21/KH-UBND\n" + STATE_MOTTO + PLAN, "21/KH-UBND"),
    "a phone over a blank number": ("Điện thoại: 0221/3821234\n" + UBND_HEADER + "Số:      /KH-UBND\n" + STATE_MOTTO + PLAN,
                                    None),
    "metadata over a blank header": ("Số ký hiệu: 21/KH-UBND\nNgày ban hành: 15/03/2025\nCơ quan ban hành: UBND huyện "
                                     "Kim Động\n\n" + UBND_HEADER + "Số:     /KH-UBND\n" + STATE_MOTTO + PLAN, "21/KH-UBND"),
    "metadata in cells": ("Số hiệu | 21/KH-UBND\nLoại văn bản | Kế hoạch\nCơ quan ban hành | UBND huyện Kim Động\n"
                          "Ngày ban hành | 15/03/2025\n\n" + PLAN, "21/KH-UBND"),
    "a news agency's tag": ("(KĐ) - UBND huyện Kim Động vừa ban hành Kế hoạch số 21/KH-UBND triển khai " + PARENT
                            + ".\nKế hoạch nhằm mục đích nâng cao nhận thức.\n", "21/KH-UBND"),
    "one line with the title": ("HUYỆN ỦY KIM ĐỘNG Số 153-KH/HU ĐẢNG CỘNG SẢN VIỆT NAM Kim Động, ngày 15 tháng 3 năm "
                                "2025 KẾ HOẠCH thực hiện Nghị quyết số 57-NQ/TW\n" + BODY, "153-KH/HU"),
    "a dot between codes": ("THỦ TƯỚNG CHÍNH PHỦ\n-------\nSố: 749/QĐ.TTg\n" + STATE_MOTTO + "QUYẾT ĐỊNH\nPhê duyệt "
                            "Chương trình\n" + BODY, "749/QĐ.TTg"),
    "no dash": ("BCH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 84 QĐ/TWĐTN\nĐOÀN TNCS HỒ CHÍ MINH\nHà Nội, ngày 15 "
                "tháng 3 năm 2025\n\nQUYẾT ĐỊNH\nvề việc ban hành Quy chế\n" + BODY, "84 QĐ/TWĐTN"),
    "an en dash and TƯ": ("BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 45 – CT/TƯ\nĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 15 tháng 3 "
                          "năm 2025\n\nCHỈ THỊ\ncủa Ban Bí thư về tăng cường\n" + BODY, "45-CT/TW"),
    "a law's number labelled with its type": ("QUỐC HỘI\n-------\nLuật số: 93/2025/QH15\n" + STATE_MOTTO + "LUẬT\nSửa đổi, "
                                               "bổ sung một số điều\n" + BODY, "93/2025/QH15"),
    "a resolution's number labelled with its type": ("QUỐC HỘI\n-------\nNghị quyết số: 202/2025/QH15\n" + STATE_MOTTO
                                                     + "NGHỊ QUYẾT\nVề việc sắp xếp\n" + BODY, "202/2025/QH15"),
}


@pytest.mark.parametrize("page, symbol", TRAPS.values(), ids=list(TRAPS))
def test_the_own_symbol_and_its_traps(page, symbol):
    assert same_symbol(extract_document(page, registry=REGISTRY).symbol, symbol)


CITED = [
    ("Nghị quyết số 57 - NQ/TW ngày 22/12/2024 của Bộ Chính trị", "57-NQ/TW"),
    ("Nghị quyết số 57–NQ/TƯ ngày 22/12/2024 của Bộ Chính trị", "57-NQ/TW"),
    ("Nghị quyết 57-NQ/TW, ngày 22-12-2024 của Bộ Chính trị", "57-NQ/TW"),
    ("Kế hoạch số 10-KH/ĐUK ngày 05/01/2025 của Ban Thường vụ Đảng ủy Khối", "10-KH/ĐUK"),
    ("Hướng dẫn số 153-HD/BTGTW ngày 05/01/2025 của Ban Tuyên giáo Trung ương", "153-HD/BTGTW"),
    ("Nghị định số 30/2020/NĐ - CP ngày 05/3/2020 của Chính phủ", "30/2020/NĐ-CP"),
    ("Công văn số 123/UBND-VX ngày 05/3/2025 của UBND tỉnh", "123/UBND-VX"),
    ("Thông tư liên tịch số 45/2019/TTLT-BTC-BNV ngày 05/3/2019 của Bộ Tài chính, Bộ Nội vụ", "45/2019/TTLT-BTC-BNV"),
    ("Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ", "01/2018/TT-VPCP"),
    ("Nghị quyết số 1234/NQ-UBTVQH15 ngày 05/3/2024 của Ủy ban Thường vụ Quốc hội", "1234/NQ-UBTVQH15"),
    ("Kế hoạch số 12-KH/ĐTN ngày 05/3/2025 của Ban Chấp hành Đoàn xã", "12-KH/ĐTN"),
    ("Kế hoạch số 34/KH-MTTQ-BTT ngày 05/3/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh", "34/KH-MTTQ-BTT"),
    ("Quyết định số 749/QĐ.TTg ngày 03/6/2020 của Thủ tướng Chính phủ", "749/QĐ.TTg"),
    ("Thông báo số 234-TB/TWngày 05/3/2025 của Ban Bí thư", "234-TB/TW"),
    ("Luật số 93/2025/QH15ngày 25/6/2025 của Quốc hội", "93/2025/QH15"),
    ("Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội", "202/2025/QH15"),
    ("Quyết định số 84 QĐ/TWĐTN ngày 05/3/2025 của Ban Bí thư Trung ương Đoàn", "84QĐ/TWĐTN"),
    ("Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương", "08-QĐi/TW"),
    ("Chương trình số 27-CTr/TU ngày 05/3/2025 của Tỉnh ủy", "27-CTr/TU"),
    ("Kế hoạch số 88-KH/TU, ngày 15/10/2025 của Ban Thường vụ Tỉnh ủy", "88-KH/TU"),
]
OWN_PLAN = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 594/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh "
            "phúc\nHà Tĩnh, ngày 15 tháng 3 năm 2025\n\nKẾ HOẠCH\nTriển khai thực hiện nhiệm vụ năm 2025\n\n")


@pytest.mark.parametrize("cue, relation", [("Thực hiện", "implements"), ("Căn cứ", "based_on")])
@pytest.mark.parametrize("cited, symbol", CITED, ids=[symbol for _, symbol in CITED])
def test_a_cited_symbol_as_printed_is_the_parent(cited, symbol, cue, relation):
    record = extract_document(f"{OWN_PLAN}{cue} {cited};\n{BODY}", registry=REGISTRY)
    assert record.symbol == "594/KH-UBND"
    found = [r for r in record.references if r.relation in ("implements", "based_on")]
    assert len(found) == 1 and same_symbol(found[0].symbol, symbol) and found[0].relation == relation
