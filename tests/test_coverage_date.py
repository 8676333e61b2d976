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


LAYOUTS = {"stacked": stacked, "one line": one_line, "cells": cells, "tab columns": tab_columns, "mixed case": mixed_case,
           "under chrome": under_chrome, "cut above motto": cut_above_motto}
# The line itself damaged where it meets its place.
JOINTS = {"split after the comma": ",\n", "no comma": " ", "comma glued": ",", "space before comma": " , "}
HEADERS = {"party": PARTY, "state": STATE}

# Cases not read yet (layout, printed line), with the reason.
KNOWN_GAPS: dict[tuple[str, str], str] = {}


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
