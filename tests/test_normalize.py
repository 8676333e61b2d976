"""normalize_text / match_text: decode-level fixes, same-length matching form, properties."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders import match_text, normalize_text
from loaders.vietnamese import is_syllable, score


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (unicodedata.normalize("NFD", "Quyết định"), "Quyết định"),
        ("a\r\nb\rc", "a\nb\nc"),
        ("Nghị\u200b quyết\ufeff số\u2060 57", "Nghị quyết số 57"),
        ("\u202aSố 57-NQ/TW\u202c\u200e", "Số 57-NQ/TW"),
        ("Số:\u00a057\u2009-\u202fNQ", "Số: 57 - NQ"),
        ("Hà\u3000Nội\u2003ngày", "Hà Nội ngày"),
        ("dòng 1\u2028dòng 2\x0cdòng 3", "dòng 1\ndòng 2\ndòng 3"),
        ("văn\u00adbản", "vănbản"),  # a real soft hyphen is dropped
        ("text\x00with\x07controls", "textwithcontrols"),
        ("", ""),
    ],
)
def test_normalize_text(raw: str, expected: str) -> None:
    assert normalize_text(raw) == expected


def test_soft_hyphen_kept_in_undecoded_tcvn3() -> None:
    # U+00AD is TCVN3's "ư": stripping it would turn "Mường" into "Mờng" for good.
    raw = "d©n téc M\u00adêng, tØnh H\u00adng Yªn"
    assert "\u00ad" in normalize_text(raw)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\u00d0ảng ủy", "Đảng ủy"),  # Ð eth
        ("\u0189ảng", "Đảng"),  # Ɖ African D
        ("\u00f0ồng chí", "đồng chí"),
        ("Tỉnh uỷ Hưng Yên", "Tỉnh ủy Hưng Yên"),
        ("TỈNH UỶ", "TỈNH ỦY"),
        ("hoà bình, hoá học, khoẻ mạnh, thuỷ lợi, Thuỳ, hoạ sĩ",
         "hòa bình, hóa học, khỏe mạnh, thủy lợi, Thùy, họa sĩ"),
        ("HOÀ", "HÒA"),
        ("toàn thể, khuỷu tay, quý, quả, hoàn thành", "toàn thể, khuỷu tay, quý, quả, hoàn thành"),
        ("367 – QĐ/TWĐTN — 12‑3‑2025 − 1", "367 - QĐ/TWĐTN - 12-3-2025 - 1"),
        ("“Tỉnh ủy” ‘HĐND’", "\"Tỉnh ủy\" 'HĐND'"),
        ("ủy, hòa (already modern)", "ủy, hòa (already modern)"),
    ],
)
def test_match_text(raw: str, expected: str) -> None:
    out = match_text(raw)
    assert out == expected
    assert len(out) == len(raw)


def test_match_text_span_is_span_of_original() -> None:
    text = normalize_text("Căn cứ Quyết định của Tỉnh uỷ Hưng Yên – \u00d0ảng bộ")
    m = match_text(text)
    start = m.index("Tỉnh ủy")
    assert text[start:start + len("Tỉnh ủy")] == "Tỉnh uỷ"
    start = m.index("Đảng bộ")
    assert text[start:start + 7] == "\u00d0ảng bộ"


def test_nfd_and_old_style_meet_nfc_modern() -> None:
    a = match_text(normalize_text(unicodedata.normalize("NFD", "Tỉnh uỷ Hưng Yên")))
    b = match_text(normalize_text("Tỉnh ủy Hưng Yên"))
    assert a == b


@pytest.mark.parametrize(
    ("word", "ok"),
    [("Đảng", True), ("người", True), ("khuỷu", True), ("quý", True), ("uỷ", True),
     ("§¶ng", False), ("chaøo", False), ("cỏc", False), ("Mờng", False), ("ViÖt", False)],
)
def test_syllable_check(word: str, ok: bool) -> None:
    assert is_syllable(word) is ok


def test_score_prefers_real_vietnamese() -> None:
    assert score("Đảng Cộng sản Việt Nam") > score("§¶ng Céng s¶n ViÖt Nam")


# ---- properties ----------------------------------------------------------------------------

_VIET = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯYđĐÐðƉ" + "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b"
_TRICKY = "\u00ad\u200b\u200d\ufeff\u202e\u2066\u00a0\u2000\u2001\u3000\r\n\x0c\u2028–—‐“”‘’«»§¶©"
text_strategy = st.text(
    alphabet=st.one_of(st.characters(), st.sampled_from(list(_VIET + _TRICKY + "quhngk "))),
    max_size=80,
)


@settings(max_examples=400, deadline=None)
@given(text_strategy)
def test_normalize_idempotent(s: str) -> None:
    once = normalize_text(s)
    assert normalize_text(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert "\r" not in once


@settings(max_examples=400, deadline=None)
@given(text_strategy)
def test_match_text_same_length_and_idempotent(s: str) -> None:
    t = normalize_text(s)
    m = match_text(t)
    assert len(m) == len(t)
    assert match_text(m) == m
    assert len(match_text(s)) == len(s)  # holds for any input, normalised or not
