"""Symbols and dates as they are really written (DOMAIN.md §1.3, §2, §5)."""
from __future__ import annotations

import pytest

from extraction.dates import find_dates
from extraction.symbols import canonical_symbol, find_symbols
from loaders import match_text, normalize_text


@pytest.mark.parametrize("text, expected", [
    ("Nghị quyết số 57-NQ/TW", "57-NQ/TW"),
    ("Kế hoạch số 47 - KH/TU", "47-KH/TU"),
    ("Nghị quyết số 68-\nNQ/TW", "68-NQ/TW"),
    ("Kế hoạch số 01-KH/BCDDTWW", "01-KH/BCĐTW"),
    ("Quyết định 12-QDD/TW", "12-QĐ/TW"),
    ("Kế hoạch 15-KH/DDU", "15-KH/ĐU"),
    ("Kế hoạch 15-KH/ÐU", "15-KH/ĐU"),               # Eth look-alike
    ("Nghị quyết 57-NQ/TƯ", "57-NQ/TW"),
    ("Thông báo Kết luận số 234-TB/T.Ư", "234-TB/TW"),   # the older dotted code
    ("Số: 01/QCPH/UBND-UBMTTQ", "01/QCPH/UBND-UBMTTQ"),  # a joint Quy chế phối hợp
    ("Số: 06/QC-TT.HĐND-UBND", "06/QC-TT.HĐND-UBND"),    # Thường trực HĐND, with a dot
    ("Quyết định của Bộ Chính trị số31-QĐ/TW", "31-QĐ/TW"),  # glued to "số"
    ("Quyết định 367 – QĐ/TWĐTN", "367-QĐ/TWĐTN"),    # en dash, spaces
    ("Kế hoạch số 594/KH-UBND", "594/KH-UBND"),
    ("Nghị định số 15/2020/NĐ-CP", "15/2020/NĐ-CP"),
    ("Tờ trình số 04/TTr-BKHCN-BTTTT", "04/TTr-BKHCN-BTTTT"),
    ("công văn số 83/BKHCN-BTTTT-VP", "83/BKHCN-BTTTT-VP"),
    ("Số: 3260-KH/ĐĐQH15", "3260-KH/ĐĐQH15"),
    ("Quyết định của Bộ Chính trị số 31-QĐ/TW", "31-QĐ/TW"),
])
def test_symbols(text, expected):
    found = find_symbols(match_text(normalize_text(text)))
    assert [s.symbol for s in found] == [expected]


@pytest.mark.parametrize("text", ["giai đoạn 2021-2030", "ngày 03/02/1930 - 03/02/2030", "Covid-19", "COVID-19/2020"])
def test_not_symbols(text):
    assert find_symbols(match_text(text)) == []


@pytest.mark.parametrize("typed, expected", [("57 NQ TW", "57-NQ/TW"), ("57-nq/tw", "57-NQ/TW"),
                                             ("594/KH-UBND", "594/KH-UBND"), ("nonsense", None)])
def test_canonical_symbol_of_user_input(typed, expected):
    assert canonical_symbol(typed) == expected


@pytest.mark.parametrize("text, expected", [
    ("Hà Nội, ngày 03 tháng 4 năm 2018", "2018-04-03"),
    ("ngày 22/12/2024", "2024-12-22"),
    ("ngày 01-10-1997", "1997-10-01"),
    ("12-3-2025", "2025-03-12"),
    ("ngày 09 tháng 01 năm 2026", "2026-01-09"),
    ("12.3.2025", "2025-03-12"),
    ("Kim Động, ngày05 tháng6 năm 2024", "2024-06-05"),   # figures glued to their words by a PDF
    ("ngày 05 tháng 6 năm2024", "2024-06-05"),
])
def test_dates(text, expected):
    assert [d for d, _ in find_dates(text)] == [expected]


@pytest.mark.parametrize("text", ["ngày 31/02/2025", "ngày 12/13/2025", "2021-2030"])
def test_impossible_dates_are_not_dates(text):
    assert find_dates(text) == []
