"""Lines that lost their spaces (loaders/respace.py): written back where they are plainly glued,
left alone everywhere else, and read through by the extractor."""
from __future__ import annotations

import pytest

from domain.tables import read_rows
from loaders.normalize import normalize_text
from loaders.respace import respace
from tests.test_page_layouts import parents, read


@pytest.mark.parametrize("glued, spaced", [
    ("CăncứThôngtưsố01/2011/TT-BNVngày19tháng01năm2011của BộNội vụ hướng dẫn thểthứcvàkỹthuật trìnhbày;",
     "Căn cứ Thông tư số 01/2011/TT-BNV ngày 19 tháng 01 năm 2011 của Bộ Nội vụ hướng dẫn thể thức và kỹ thuật trình bày;"),
    ("CăncứLuậtTổchứcHộiđồngnhândânvà Ủybannhândânngày26 tháng 11 năm2003;",
     "Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26 tháng 11 năm 2003;"),
    ("Thực hiệnKếhoạch số 12-KH/TU của Ban Thường vụTỉnhủy, UBNDtỉnh banhành",
     "Thực hiện Kế hoạch số 12-KH/TU của Ban Thường vụ Tỉnh ủy, UBND tỉnh ban hành"),
    # a title in capitals glued to the year of the date line, a code glued to its number left alone
    ("Hảiphòng, ngày05 tháng 3 năm2021KẾHOẠCH triển khai Chỉ thị 15CT/TU",
     "Hải phòng, ngày 05 tháng 3 năm 2021 KẾ HOẠCH triển khai Chỉ thị 15CT/TU"),
])
def test_a_glued_line_gets_its_spaces_back(glued, spaced):
    assert respace(glued) == spaced
    assert respace(spaced) == spaced


@pytest.mark.parametrize("line", [
    "Căn cứ Nghị định số 110/2004/NĐ-CP của Chính phủ về côngtác văn thư;",          # one glued word: a typo
    "Tham gia Facebook, Zalo và Internet online, Covid19 ở Đắk Lắk, Ê-đê, Phi-líp-pin.",
    "Số: 5556/QĐBYT; 183-KH/TWĐTN-TNNT; 1836QĐ/TWĐTN; BCĐ35",
    "Quyết định số 12/QĐ-UBND ngày 5/3/2024 của UBND huyện Đắk Glong",
])
def test_other_lines_are_left_as_printed(line):
    assert respace(line) == line


def test_only_the_glued_lines_of_a_page_change():
    page = "ỦY BAN NHÂN DÂN\nCăncứLuậtTổchức Chínhquyền địaphương;\nĐiều 1. Banhành kèm theo, côngtác"
    assert normalize_text(page).split("\n") == ["ỦY BAN NHÂN DÂN", "Căn cứ Luật Tổ chức Chính quyền địa phương;",
                                                "Điều 1. Ban hành kèm theo, công tác"]
    assert normalize_text(normalize_text(page)) == normalize_text(page)


def test_the_syllable_table_holds_well_formed_syllables_only():
    rows = read_rows("syllables.csv")
    assert len(rows) > 1500
    assert all(row["syllable"] == row["syllable"].lower() and " " not in row["syllable"] and int(row["count"]) >= 1
               for row in rows)
    assert {"căn", "cứ", "thông", "tư", "quyết", "định", "nghị", "ngày", "tháng", "năm"} <= {r["syllable"] for r in rows}


def test_a_decision_whose_basis_lost_its_spaces_reads_its_parents():
    page = ("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "Số: 42/2011/QĐ-UBND | Tiền Giang, ngày 19 tháng 12 năm 2011 |\n"
            "QUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH VỀ THỂ THỨC VĂN BẢN\nỦY BAN NHÂN DÂN TỈNH TIỀN GIANG\n"
            "CăncứLuậtTổchứcHộiđồngnhândânvà Ủybannhândânngày26 tháng 11 năm2003;\n"
            "CăncứNghịđịnhsố110/2004/NĐ-CPngày08tháng4năm2004củaChínhphủvềcôngtácvănthư;\n"
            "CăncứThôngtưsố01/2011/TT-BNVngày19tháng01năm2011của BộNội vụ hướng dẫn thểthứcvàkỹthuật;\n"
            "Xét đềnghịcủa Giámđốc Sở Nội vụ,\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy định.")
    record = read(page)
    assert parents(record) == {"110/2004/NĐ-CP", "01/2011/TT-BNV"}
    cited = {r.symbol: r for r in record.references}
    assert cited["01/2011/TT-BNV"].date == "2011-01-19" and cited["110/2004/NĐ-CP"].date == "2004-04-08"
    assert record.text[slice(*cited["01/2011/TT-BNV"].span)].startswith("Thông tư số 01/2011/TT-BNV")


@pytest.mark.parametrize("printed, spaced", [
    ("Căncứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020;", "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020;"),
    ("Thựchiện Kế hoạch số 45-KH/HĐTN ngày 10/02/2025,", "Thực hiện Kế hoạch số 45-KH/HĐTN ngày 10/02/2025,"),
    ("THỰCHIỆN NGHỊ QUYẾT SỐ 57-NQ/TW", "THỰC HIỆN NGHỊ QUYẾT SỐ 57-NQ/TW"),
    ("  Triểnkhai Chỉ thị số 05-CT/TW,", "  Triển khai Chỉ thị số 05-CT/TW,"),
])
def test_an_opening_cue_glued_alone_at_a_lines_start_gets_its_space(printed, spaced):
    assert respace(f"{printed}\nnội dung") == f"{spaced}\nnội dung"


@pytest.mark.parametrize("text", ["Thựchiệnthôi nội dung", "Căn cứ Điều lệ Đảng", "Sau đó thựchiện nội dung"])
def test_a_glued_cue_inside_a_word_or_a_line_stays(text):
    assert respace(text) == text
