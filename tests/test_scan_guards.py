"""extraction/scan.py tries a costly pattern only where a cheap search says a match can start.
That is sound only if every match of the pattern starts at one of the words (or literals, or
number starts) it is given: this test proves it for every guarded pattern, on every text the
project has (fixtures, bundled corpus, real-world corpus) and on texts built to provoke it."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from domain.tables import deadline_phrases
from extraction import find, issuer, own_issuer, scan, sections, symbols
from loaders import load_path, match_text
from loaders.dispatch import iter_paths

ROOT = Path(__file__).resolve().parents[1]


def _texts() -> list[str]:
    folders = [ROOT / "data" / "corpus", ROOT / "tests" / "fixtures" / "labelled" / "docs",
               ROOT / "tests" / "fixtures" / "real" / "texts"]
    texts = [match_text(load_path(path).text) for path in iter_paths([str(f) for f in folders if f.exists()])]
    rng = random.Random(7)
    pieces = ["Trên đây là Kế hoạch của Ban Thường vụ Huyện ủy", "TRƯỚC ngày 15/11/2025", "trong tháng 10/2025",
              "xã Tân Ninh", "Đảng ủy xã", "Nơi nhận:", "TỔ CHỨC THỰC HIỆN", "Kế hoạch số 155 của Thành ủy",
              "57-NQ/TW", "107-KH-ĐUK", "1836QĐ/TWĐTN", "84 QĐ/TWĐTN", "36A/NQ-CP", "2468/QĐUBND", "93/2025/QH15", "ıſ İ K",
              "KẾ HOẠCH số 12", "cơ bản hoàn thành trong năm 2025", "trong quý IV năm 2025", "trước 20/11",
              "chậm nhất 30 ngày kể từ ngày ban hành", "cơ bản trong năm 2025", "xong trong tháng 9 năm 2025", "\n", " ", "/", "-",
              "Số hiệu: 12/QĐ-UBND", "| Ngày ban hành | 05/3/2021", "Loại văn bản: Kế hoạch", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "Độc lập - Tự do - Hạnh phúc", "ĐOÀN TNCS HỒ CHÍ MINH", "Chỉ thị 05 của Thành ủy", "SỐ 7", "Kế hoạch 1234 ngày", "Số: 12", "số 3 - ", "A", "số 99.", " 12, CỦA ", "١٢"]
    for _ in range(200):
        texts.append("".join(rng.choice(pieces) for _ in range(rng.randint(1, 30))))
    return texts


TEXTS = _texts()
WORDED = {   # an IGNORECASE pattern, and the words each of its matches begins with
    "mentions": (issuer.MENTION, issuer._MENTION_LEADS),
    "commune words": (issuer.COMMUNE_WORD, issuer._COMMUNE_PHRASES),
    **{f"deadline phrase {n}": (phrase.pattern, phrase.lead) for n, phrase in enumerate(deadline_phrases())},
    "type words": find.type_words(),
    "mottos": (sections.MOTTOS, sections.MOTTO_WORDS),
    "bare numbers": (find._bare_number(), find.type_words()[1]),
    "closing sentence": (re.compile(own_issuer.CLOSING_SENTENCE.format(types="kế hoạch|chương trình"), re.IGNORECASE),
                         own_issuer.CLOSING_WORDS),
}
LINED = {   # a MULTILINE pattern anchored at "^", and literals each of its first lines holds
    "closing": (sections.CLOSING, sections.CLOSING_WORDS),
    "organisation": (sections.ORGANISATION, sections.ORGANISATION_WORDS),
}


@pytest.mark.parametrize("name", sorted(WORDED))
def test_find_words_finds_what_finditer_finds(name):
    pattern, words = WORDED[name]
    for text in TEXTS:
        fast = [m.span() for m in scan.find_words(pattern, words, text)]
        assert fast == [m.span() for m in pattern.finditer(text)], name
        found = scan.search_words(pattern, tuple(words), text)
        plain = pattern.search(text)
        assert (found and found.span()) == (plain and plain.span()), name


@pytest.mark.parametrize("name", sorted(LINED))
def test_line_starts_find_what_finditer_finds(name):
    pattern, literals = LINED[name]
    for text in TEXTS:
        fast = [m.span() for m in scan.matches_at(pattern, text, scan.line_starts(text, literals))]
        assert fast == [m.span() for m in pattern.finditer(text)], name


def test_symbol_starts_find_what_finditer_finds():
    for text in TEXTS:
        dash, slash, underscore = symbols._number_starts(text)
        no_dash = symbols._no_dash_starts(text)
        for pattern, starts in ((symbols.PARTY, dash), (symbols.PARTY_DASHED, dash), (symbols.STATE, slash), (symbols.LAW, slash),
                                (symbols.STATE_ONE_WORD, slash), (symbols.PARTY_NO_DASH, no_dash),
                                (symbols.FILE_NAME, sorted(dash + underscore)),
                                (symbols.SPACED, symbols._spaced_starts(text))):
            fast = [m.span() for m in scan.matches_at(pattern, text, starts)]
            assert fast == [m.span() for m in pattern.finditer(text)], (pattern.pattern[:40], text[:80])


def test_the_bare_number_guard_never_hides_a_bare_number():
    pattern = find._bare_number()
    guarded = 0
    for text in TEXTS:
        if not find.may_hold_bare_number(text):
            guarded += 1
            assert pattern.search(text) is None, text[:120]
    assert guarded > len(TEXTS) // 10   # the guard does skip pages


def test_the_metadata_guard_never_hides_a_metadata_table():
    from extraction import site_metadata
    for text in TEXTS:
        found = site_metadata.metadata(text, len(text))
        lowered = text.lower()
        if not any(word in lowered for word in site_metadata._METADATA_WORDS):
            assert not (found.symbol or found.date or found.doc_type)
            assert not any(p.search(text) for p in (site_metadata._METADATA_NUMBER, site_metadata._METADATA_DATE, site_metadata._METADATA_TYPE))


def test_twins_are_asked_of_the_regex_engine():
    assert "ı" in scan._letter_twins("i") and "ſ" in scan._letter_twins("s")
    assert scan._letter_twins("đ") == ()
