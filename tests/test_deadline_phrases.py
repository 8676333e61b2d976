"""Deadlines in words (issue 11, item 4): every row of data/domain/deadline_phrases.csv has an
example that the extractor reads back, in a plan's "Tổ chức thực hiện", as the row's date, with
the span of its words; items with different deadlines keep their own."""
from __future__ import annotations

import datetime as dt

import pytest

from domain import tables
from extraction import extract_document
from extraction.assignments import deadlines

ROWS = tables.read_rows("deadline_phrases.csv")


def plan(issued: str, *items: str) -> str:
    day = dt.date.fromisoformat(issued)
    text = (f"ĐẢNG BỘ TỈNH HƯNG YÊN\nHUYỆN ỦY KIM ĐỘNG\n*\nSố 21-KH/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
            f"Kim Động, ngày {day.day:02d} tháng {day.month} năm {day.year}\n\nKẾ HOẠCH\ntuyên truyền\n\n"
            "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n\nTuyên truyền.\n\n"
            "II. TỔ CHỨC THỰC HIỆN\n\n")
    for number, item in enumerate(items, start=1):
        text += f"{number}. {item}\n\n"
    return text + "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nNguyễn Văn A\n"


def test_rows_are_well_formed():
    forms = [row["form"] for row in ROWS]
    assert len(forms) == len(set(forms))
    kinds = {"date_follows", "day_month", "month_end", "quarter_end", "year_end", "after_issue"}
    assert {row["resolve"] for row in ROWS} == kinds
    for row in ROWS:
        assert row["example"] and dt.date.fromisoformat(row["expected"]) and dt.date.fromisoformat(row["issued"])


@pytest.mark.parametrize("row", ROWS, ids=lambda r: r["form"])
def test_every_example_reads_back_through_the_extractor(row):
    text = plan(row["issued"], row["example"])
    record = extract_document(text)
    assert record.date == row["issued"]
    item = record.assignments[0]
    assert item.deadline == row["expected"], (row["form"], item.deadline)
    found = [d for d in record.deadlines if d.date == row["expected"]]
    assert found, record.deadlines
    for deadline in found:
        assert text[deadline.span[0]:deadline.span[1]] == deadline.text
        assert deadline.text in row["example"]


def test_the_issue_forms():
    issued = dt.date(2025, 10, 1)
    cases = {"trước ngày 15 tháng 11 năm 2025": "2025-11-15", "trong quý IV năm 2025": "2025-12-31",
             "trong tháng 10/2025": "2025-10-31", "trong năm 2025": "2025-12-31",
             "cơ bản hoàn thành trong năm 2025": "2025-12-31", "chậm nhất 30 ngày kể từ ngày ban hành": "2025-10-31",
             "trước 20/11": "2025-11-20", "trước ngày 20/11/2025": "2025-11-20", "trong quý 3/2026": "2026-09-30"}
    for words, expected in cases.items():
        found = deadlines(f"Xây dựng kế hoạch, {words}.", issued=issued)
        assert [(d.date, d.text) for d in found] == [(expected, words)], words


def test_relative_forms_need_the_document_date():
    assert deadlines("chậm nhất 30 ngày kể từ ngày ban hành; trước 20/11") == []


def test_each_item_keeps_its_own_deadline():
    record = extract_document(plan("2025-09-15",
                                   "Các chi, đảng bộ trực thuộc Huyện ủy: xây dựng kế hoạch thực hiện trong tháng 10/2025.",
                                   "Ban Tuyên giáo Huyện ủy: xây dựng kế hoạch tuyên truyền, hoàn thành trong quý IV năm 2025.",
                                   "Văn phòng Huyện ủy: theo dõi, đôn đốc."))
    assert [a.deadline for a in record.assignments] == ["2025-10-31", "2025-12-31", None]
