"""Stage 1, find: citations of other documents, with the words around them that say what
they are (type, date, issuer). Runs on the matching text; spans index the normalised text."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from domain.tables import doc_type_by_code, doc_type_by_name, doc_types, fold
from extraction.dates import date_at
from extraction.models import Citation
from extraction.scan import find_words, searchable
from extraction.symbols import Symbol, find_symbols, is_letter_number


_NOT_ISSUER = r"(?:(?!\s(?:về|thực hiện|triển khai|ban hành)\s)[^,;:()\n])"


@lru_cache(maxsize=1)
def type_words() -> tuple[re.Pattern, tuple[str, ...]]:
    """Type names and their longer title forms ("Chương trình hành động"), longest first, and
    the same in lower case (every match begins with one: for scan.find_words)."""
    words = {t.name for t in doc_types()} | {w.lower() for t in doc_types() for w in t.title_words}
    ordered = sorted(words, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(w) for w in ordered) + "|văn bản|công văn", re.IGNORECASE)
    return pattern, tuple(sorted({w.lower() for w in words} | {"văn bản", "công văn"}))


def type_name(word: str) -> str | None:
    word = word.lower()
    return next((t.name for t in doc_types() if t.name.lower() == word or word in
                 (w.lower() for w in t.title_words)), None)


# After the type word, up to the symbol: "[của <issuer>] [số[:]]" (issuer-before-number order too).
# An urgency mark between the type and its number ("Công văn khẩn số 5995", "Công điện hỏa tốc số 12"):
# part of neither.
URGENCY = r"(?:\s+(?:hỏa tốc|hoả tốc|thượng khẩn|khẩn|tối mật|mật))?"
_TYPE_TAIL = re.compile(rf"(?:\s+(?:của|do)\s+(?P<issuer>{_NOT_ISSUER}{{3,90}}?))?(?:{URGENCY}\s+số\s*:?)?\s*$", re.IGNORECASE)


def _type_before(match: str, start: int):
    """The nearest type word before `start` that leads straight to the symbol."""
    pattern, lowered = type_words()
    for word in reversed(list(find_words(pattern, lowered, match, max(0, start - 120), start))):
        tail = _TYPE_TAIL.match(match, word.end(), start)
        if tail:
            return word, tail
    return None


ISSUER_START = (r"(?:Ban|Bộ|Chủ tịch|Giám đốc|BCH|BTV|Tỉnh|Thành|Huyện|Quận|Thị|Đảng|Ủy|Uỷ|UBND|HĐND|Chính phủ|Thủ tướng|"
                r"Quốc hội|Văn phòng|Hội đồng|Chi bộ|Đoàn|Mặt trận|Thường trực|Tổng Bí thư|Trung ương)")
# What a decision's title does right after naming its issuer ("Quyết định số 163/QĐ-UBND của Chủ tịch UBND tỉnh tặng
# Bằng khen ...", "... của UBND huyện phê duyệt ..."): the issuer ends there.
TITLE_VERBS = r"tặng|công nhận|phê duyệt|quy định|thành lập|kiện toàn|khen thưởng"
# (A subject line's mark ends it too: "... của UBND huyện V/v Họp bàn ...".)
_ISSUER_AFTER = re.compile(
    rf"[\s,]*(?:của|do)\s+(?P<issuer>{ISSUER_START}[^,;:()\n]{{0,90}}?)"
    r"(?=\s+(?:về|V/v|v/v|ban hành|theo|thực hiện|triển khai|đã|vừa|mới|được|tại|để|nhằm|trong|cho|với|gửi|đề nghị|hướng dẫn|và các|và những|trên địa bàn|"
    rf"{TITLE_VERBS})\b|\s+ngày\s+\d|\s*[,;:.()\n“\"]|\s*$)",
)


def find_citations(text: str, match: str) -> list[Citation]:
    """`text` is the normalised text, `match` its same-length matching form."""
    citations = []
    symbols = find_symbols(match)
    for symbol in symbols:
        citations.append(_describe(text, match, symbol))
    taken = [s.span for s in symbols]
    full = {(c.number, c.doc_type) for c in citations}
    for number in _bare_numbers(match):
        if not any(start <= number.span[0] < end for start, end in taken):
            cited = _describe(text, match, number, bare=True)
            if (cited.number, cited.doc_type) not in full:   # "Nghị quyết 57" of a headline: 57-NQ/TW, cited in full
                citations.append(cited)
    citations.sort(key=lambda c: c.span)
    return _clipped(text, citations)


_JOINER_TAIL = re.compile(r"(?:\s*(?:,|;|\bvà\b|\bcùng\b))*\s*$")


def _clipped(text: str, citations: list[Citation]) -> list[Citation]:
    """A citation's words end where the next citation starts: "Chỉ thị 30-CT/TW ... của Ban Bí thư
    và Hướng dẫn số 155-HD/BTGTW" names the Ban Bí thư, not "Ban Bí thư và Hướng dẫn số ..."."""
    out = []
    for citation, following in zip(citations, citations[1:] + [None]):
        if following and citation.symbol_span[1] <= following.span[0] < citation.span[1]:
            end = following.span[0]
            end -= len(_JOINER_TAIL.search(text, citation.span[0], end).group(0))
            issuer = citation.issuer
            at = text.find(issuer, citation.span[0]) if issuer else -1
            if issuer and 0 <= at < end:
                issuer = text[at:end].strip() or None
            elif issuer:
                issuer = None
            citation = replace(citation, span=(citation.span[0], end), text=text[citation.span[0]:end], issuer=issuer)
        out.append(citation)
    return out


@lru_cache(maxsize=1)
def _bare_number() -> re.Pattern:
    """A type word, maybe its issuer, "số" and a number that no type or issuer code follows; or a
    type word and a short number right before its issuer or date ("Chỉ thị 05 của Thành ủy"; a longer
    one, not a year, before its issuer: "Công văn 3676 của Ban Tổ chức TW")."""
    pattern, _ = type_words()
    return re.compile(rf"(?:{pattern.pattern})(?:(?:\s+(?:của|do)\s+{_NOT_ISSUER}{{3,90}}?)?{URGENCY}\s+số\s*:?\s*(\d{{1,5}})"
                      rf"(?![\w/.-]|\s*[-/]\s*[A-ZĐ])|\s+(\d{{1,3}}|(?!19\d\d|20\d\d)\d{{4,5}}(?=\s+của\s))"
                      rf"(?=,?\s+(?:của|ngày)\s|{_OF_YEAR}|{_joined().pattern}))", re.IGNORECASE)


# "Chỉ thị 21 năm 2013 về ...": a short number and the year it was issued; not a span of years ("Kế hoạch 5 năm
# 2021-2025" is a five-year plan).
_OF_YEAR = r"\s+năm\s+(?:19|20)\d\d\b(?!\s*[-–]\s*\d)"


@lru_cache(maxsize=1)
def _joined() -> re.Pattern:
    """The next number of a list of short numbers after one type word ("Nghị quyết 18,19", "Nghị quyết 24
    và Nghị quyết 31", "Chỉ thị 05, 06 và 07"): the same type, each its own document."""
    pattern, _ = type_words()
    # (Not a decimal: "31,5 tỷ đồng", "18,5%".)
    return re.compile(rf"(?:,(?=\d\d)|\s*,\s+|\s+và\s+)(?:(?:{pattern.pattern})\s+)?(?:số\s*)?(\d{{1,3}})"
                      r"(?![\w/%.-]|,\d(?!\d)|\s*[-/]\s*[A-ZĐ])", re.IGNORECASE)


# Every bare number has one of these where it ends (in the lower-cased text): "số 155" that no code
# follows, or a short number right before "của"/"ngày". A page with neither has none, and most
# pages (every symbol with its codes) have neither: the costly pattern is then not tried at all.
_NUMBER_AFTER_SO = re.compile(r"số\s*:?\s*\d{1,5}(?![\w/.-]|\s*[-/]\s*[a-zđ])")
# (or a list: "18,19", "24 và", "05, Chỉ thị 06")
_NUMBER_BEFORE = re.compile(r"\d(?:(\s+của\s)|,?\s+(?:của|ngày)\s|\s+năm\s|\s*,[^\n\d]{0,40}\d|\s+và\s)")   # (1): up to 5 digits
_GUARD_WORDS = ("số", "của", "ngày", "năm")


def may_hold_bare_number(match: str) -> bool:
    """False only where `_bare_number()` cannot match (tests/test_scan_guards.py holds it to that)."""
    lowered = searchable(match, type_words()[1] + _GUARD_WORDS)
    if lowered is None or _NUMBER_AFTER_SO.search(lowered):
        return True
    for hit in _NUMBER_BEFORE.finditer(lowered):
        first = hit.start()
        while first > 0 and lowered[first - 1].isdecimal():
            first -= 1
        if hit.start() - first < (5 if hit.group(1) else 3) and first > 0 and lowered[first - 1].isspace():
            return True
    return False


def _bare_numbers(match: str) -> list[Symbol]:
    return read_bare_numbers(match) if may_hold_bare_number(match) else []


def read_bare_numbers(match: str) -> list[Symbol]:
    pattern, lowered = type_words()
    found = []
    for hit in find_words(_bare_number(), lowered, match):
        word = pattern.match(match, hit.start())
        doc_type = type_name(word.group(0)) if word else None
        codes = doc_type_by_name().get(fold(doc_type)).codes if doc_type and fold(doc_type) in doc_type_by_name() else ()
        group = 1 if hit.group(1) else 2
        number = hit.group(group)
        found.append(Symbol(number, number, codes[0] if codes else None, "", None, "bare", hit.span(group), number))
        if group == 2:
            end = hit.end()
            while (more := _joined().match(match, end)) is not None:
                found.append(Symbol(more.group(1), more.group(1), codes[0] if codes else None, "", None, "bare",
                                    more.span(1), more.group(1)))
                end = more.end()
    return sorted({s.span: s for s in found}.values(), key=lambda s: s.span)


def _opens_next_sentence(match: str, end: int, date_span: tuple[int, int]) -> bool:
    """Whether the date after a citation that ends its line opens the next line's sentence ("... cụ thể hóa nghị quyết
    66\nNgày 30/4/2025, Tổng Bí thư đã ký ...": a headline, then the lead's date of something else)."""
    return bool(_NEXT_LINE_DAY.fullmatch(match, end, date_span[0])) and match.startswith(",", date_span[1])


_NEXT_LINE_DAY = re.compile(r"[ \t]*\n\s*Ngày\s+")   # a capitalised "Ngày" opening the next line
# A day and month without the year after a symbol, as news writes a recent date: "ngày 24/10", ", ngày 5-3".
_YEARLESS_DATE = re.compile(r"[ \t]*,?[ \t]*ngày[ \t]+\d{1,2}[ \t]*[/-][ \t]*\d{1,2}(?![\d/.-])", re.IGNORECASE)


def _describe(text: str, match: str, symbol: Symbol, bare: bool = False) -> Citation:
    start, end = symbol.span
    doc_type, issuer_span = None, None
    found = _type_before(match, start)
    if found:
        word, tail = found
        start = word.start()
        doc_type = type_name(word.group(0))
        if tail.group("issuer"):
            issuer_span = tail.span("issuer")
    if doc_type is None and symbol.type_code:
        doc_type = doc_type_by_code(symbol.form)[symbol.type_code].name
    if doc_type is None and is_letter_number(symbol):
        doc_type = "Công văn"
    date = None
    dated = date_at(match, end)
    if dated and not _opens_next_sentence(match, end, dated[1]):
        date, (_, end) = dated
    elif yearless := _YEARLESS_DATE.match(match, end):
        end = yearless.end()   # "Công văn 5185-CV/VPTW ngày 24/10 của Văn phòng ...": no year, no date; the issuer follows
    after = _ISSUER_AFTER.match(match, end)
    if after:
        end = after.end("issuer")
        issuer_span = issuer_span or after.span("issuer")
    issuer = text[issuer_span[0]:issuer_span[1]].strip() if issuer_span else None
    return Citation(
        symbol=symbol.symbol, number=symbol.number, type_code=symbol.type_code,
        issuer_code=symbol.issuer_code, doc_type=doc_type, date=date, issuer=issuer,
        text=text[start:end], span=(start, end), symbol_span=symbol.span, raw_symbol=symbol.raw, bare=bare,
    )
