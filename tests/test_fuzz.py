"""Property-based tests of extraction (issue 6, point 2), with hypothesis.

Texts are built from real fragments of the bundled corpus, random document symbols (with
zero-width, bidi and dash look-alikes inside them), random Unicode (combining marks, NFD,
right-to-left, control and invisible characters) and very long lines. For every text:
`extract_document` raises nothing, every span lies inside the normalised text, the words a
record stores are exactly the words at its span, and normalisation is idempotent.

The default run is small so the suite stays fast. A longer campaign:

    CASCADE_FUZZ_EXAMPLES=5000 python -m pytest tests/test_fuzz.py

(hypothesis keeps the failing examples it finds in .hypothesis/ and replays them first.)"""
from __future__ import annotations

import os
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from loaders.normalize import match_text, normalize_text
from tests.conftest import CORPUS, ROOT

EXAMPLES = int(os.environ.get("CASCADE_FUZZ_EXAMPLES", "40"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, derandomize=not os.environ.get("CASCADE_FUZZ_EXAMPLES"),
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                       HealthCheck.function_scoped_fixture])


def _fragments() -> list[str]:
    """Lines of the bundled corpus and the labelled documents: headers, citations, duties."""
    lines: set[str] = set()
    for path in [*sorted(CORPUS.rglob("*.txt")),
                 *sorted((ROOT / "tests" / "fixtures" / "labelled" / "docs").glob("*.txt"))]:
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.strip():
                lines.add(line.strip()[:400])
    return sorted(lines)


FRAGMENTS = _fragments()
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u00ad"
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212\uff0d"
TONES = "\u0300\u0301\u0303\u0309\u0323"

TYPE_CODES = ["NQ", "KH", "CT", "QĐ", "HD", "KL", "TB", "BC", "CV", "CTr", "QC", "Ttr"]
ISSUER_CODES = ["TW", "TƯ", "TU", "HU", "ĐU", "ĐUK", "QU", "BTGTU", "BCĐTW", "ĐĐQH15", "CP", "UBND", "VPĐU"]


@st.composite
def symbols(draw) -> str:
    """57-NQ/TW, 594/KH-UBND ... with the noise real files put inside them."""
    number = str(draw(st.integers(min_value=0, max_value=99999)))
    kind, code = draw(st.sampled_from(TYPE_CODES)), draw(st.sampled_from(ISSUER_CODES))
    dash = draw(st.sampled_from(DASHES))
    symbol = draw(st.sampled_from([f"{number}{dash}{kind}/{code}", f"{number}/{kind}{dash}{code}",
                                   f"{number} {dash} {kind}/{code}", f"{number}/{code}"]))
    if draw(st.booleans()):
        at = draw(st.integers(min_value=0, max_value=len(symbol)))
        symbol = symbol[:at] + draw(st.sampled_from(INVISIBLE)) + symbol[at:]
    return symbol


def _citation(symbol: str, day: int, month: int, year: int, issuer: str) -> str:
    return f"Thực hiện Nghị quyết số {symbol} ngày {day}/{month}/{year} của {issuer}"


citations = st.builds(_citation, symbols(), st.integers(0, 40), st.integers(0, 14), st.integers(1900, 2100),
                      st.sampled_from(["Bộ Chính trị", "Tỉnh ủy Hưng Yên", "Ban Thường vụ Huyện ủy Kim Động",
                                       "Ủy ban nhân dân tỉnh", ""]))
random_unicode = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", categories=["L", "M", "N", "P", "S", "Z", "Cc", "Cf"]),
        st.sampled_from(list(INVISIBLE + DASHES + TONES + "ĐđÐðƉɖ\r\n\t\u2028\u00a0")),
    ),
    max_size=300,
)
pieces = st.one_of(
    st.sampled_from(FRAGMENTS),
    citations,
    symbols(),
    random_unicode,
    st.sampled_from(["\n", "\n\n", "\r\n", " ", "III. TỔ CHỨC THỰC HIỆN\n", "Nơi nhận:\n",
                     "T/M BAN THƯỜNG VỤ\nBÍ THƯ\n", "KẾ HOẠCH\n", "Số ", "ngày 10 tháng 3 năm 2025"]),
)


@st.composite
def documents(draw) -> str:
    text = "".join(draw(st.lists(pieces, max_size=30)))
    if draw(st.integers(0, 9)) == 0:          # a very long line: a fragment repeated, no line breaks
        text += " ".join([draw(st.sampled_from(FRAGMENTS))] * draw(st.integers(50, 400)))
    form = draw(st.sampled_from(["as is", "as is", "NFD", "NFKD", "invisibles"]))
    if form in ("NFD", "NFKD"):
        text = unicodedata.normalize(form, text)
    elif form == "invisibles":
        text = "".join(c + (INVISIBLE[i % len(INVISIBLE)] if i % 7 == 0 else "") for i, c in enumerate(text))
    return text


def _spans(record) -> list[tuple[str, tuple[int, int], str | None]]:
    """(what, span, the words the record stores for it or None) for every fact with a span."""
    found = []
    for ref in record.references:
        found.append(("reference", ref.span, ref.text))
    for claim in record.relayed:
        found.append(("relayed", claim.span, claim.text))
    for assignment in record.assignments:
        found.append(("assignment", assignment.span, assignment.text))
    for deadline in record.deadlines:
        found.append(("deadline", deadline.span, deadline.text))
    if record.signer and record.signer.span:
        found.append(("signer", record.signer.span, None))
    if record.issuer.span:
        found.append(("issuer", record.issuer.span, None))
    for name, span in record.spans.items():
        if span:
            found.append((name, tuple(span), None))
    return found


def check_record(raw: str, registry) -> None:
    from extraction import extract_document
    text = normalize_text(raw)
    record = extract_document(raw, source="fuzz.txt", registry=registry)
    assert record.text == text
    for what, (start, end), words in _spans(record):
        assert 0 <= start <= end <= len(text), (what, start, end, len(text))
        if words is not None:
            assert text[start:end] == words, what
    record.to_json()                          # the record serialises


@FUZZ
@given(raw=documents())
@example(raw="")
@example(raw="Số 57\u200b-NQ/\u202eTW")
@example(raw="Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị " * 300)
@example(raw=unicodedata.normalize("NFD", "KẾ HOẠCH\nthực hiện Kế hoạch số 384-KH/TU của Tỉnh ủy Hưng Yên"))
def test_extraction_never_fails_and_spans_point_at_the_text(raw, registry):
    check_record(raw, registry)


@FUZZ
@given(raw=st.one_of(documents(), st.text(max_size=2000)))
def test_normalisation_is_idempotent_and_match_text_keeps_length(raw):
    once = normalize_text(raw)
    assert normalize_text(once) == once
    assert unicodedata.is_normalized("NFC", once)
    assert not any(c in once for c in "\r\u200b\u200d\u202e\u2066\ufeff")
    matched = match_text(once)
    assert len(matched) == len(once)
    assert match_text(matched) == matched


def test_fragments_were_found():
    assert len(FRAGMENTS) > 200
