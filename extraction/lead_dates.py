"""The date of the document a page without a header is about, as its lead tells it: after the document's number ("số
01-NQ/TU ngày 8/12/2025"), after the words that it was issued ("... vừa được ... ký ban hành ngày 01/9/2021"), or
opening the sentence that issues it ("Ngày 21/3/2023, Ban Tuyên giáo Trung ương ban hành ...").

Read apart from the cited documents' dates: a date right after another document's number is that document's."""
from __future__ import annotations

import re

from extraction.dates import find_dates
from extraction.models import Citation, Span
from extraction.own_citation import ISSUED_AFTER, symbol_key
from extraction.symbols import Symbol

_PASSIVE_ISSUED = re.compile(r"\s*,?\s*được\s+(?:ký\s+)?ban hành\b", re.IGNORECASE)   # read after the page's own number only
_DATE_AFTER_ISSUED = re.compile(r"\s+(?:vào\s+)?ngày\s", re.IGNORECASE)   # "... ký ban hành ngày 01/9/2021"


def lead_date(match: str, citation: Citation) -> tuple[str, Span | None] | None:
    """The lead's own date: after the symbol ("số 01-NQ/TU ngày 8/12/2025") or opening the
    sentence ("Ngày 21/3/2023, ...")."""
    if citation.date:
        return citation.date, None
    signed = signed_on(match, citation)
    if signed:
        return signed
    sentence = max(match.rfind("\n", 0, citation.span[0]), match.rfind(". ", 0, citation.span[0])) + 1
    # "..., ngày 8/12/2025, Ban Thường vụ Tỉnh ủy ban hành Nghị quyết số 01-NQ/TU": the date of the issuing.
    before = [d for d in find_dates(match, sentence, citation.span[0])
              if (re.search(r"(?:^|[,.;(]|\s)\s*ngày\s*$", match[max(sentence, d[1][0] - 8):d[1][0]], re.IGNORECASE)
                  or match[d[1][0]:d[1][0] + 4].lower() == "ngày")
              and not _OF_A_CITATION.search(match, max(sentence, d[1][0] - 45), d[1][0])]
    if before and citation.span[0] - before[-1][1][1] <= 120 and \
            re.search(r"ban hành|ký|ra|xây dựng", match[before[-1][1][1]:citation.span[0]], re.IGNORECASE):
        return before[-1]
    opening = _DATED_SENTENCE.match(match, sentence)
    if opening:
        dates = find_dates(match, opening.end() - 1, min(len(match), opening.end() + 25))
        if dates and dates[0][1][0] <= opening.end():
            return dates[0]
    return None


def signed_on(match: str, citation: Citation) -> tuple[str, Span] | None:
    """The date after the words that say the document was issued ("... vừa được ... ký ban hành ngày 01/9/2021",
    "... của Huyện ủy được ban hành ngày 5/3/2025")."""
    after = ISSUED_AFTER.match(match, citation.span[1]) or _PASSIVE_ISSUED.match(match, citation.span[1])
    if not after or not _DATE_AFTER_ISSUED.match(match, after.end()):
        return None
    dates = find_dates(match, after.end(), min(len(match), after.end() + 30))
    return dates[0] if dates else None


# A date right after a symbol is the cited document's ("Thực hiện Công văn số 103-CV/BCĐ 35, ngày 17/02/2023 của
# ..., Ban Chỉ đạo huyện ban hành Công văn số 25-CV/BCĐ"), not the issuing's.
_OF_A_CITATION = re.compile(r"(?:\d[ \t]*[-/][ \t]*[A-ZĐ][\w/.&-]*(?:[ \t]\d{1,3})?|\bsố[ \t]*\d+)[ \t]*,?[ \t]*(?:ngày[ \t]*)?$",
                            re.IGNORECASE)
_DATED_SENTENCE = re.compile(r"[ \t]*(?:\(\w+\)\s*-\s*)?(?:Ngày|Vào ngày|Hôm nay,? ngày)\s", re.IGNORECASE)


# "Ngày 04/2/2021, Ban Thường vụ Tỉnh ủy ban hành kết luận về ...": the date of an issuing
# the lead tells without a number.
# Or in the middle of its sentence, after what the issuing implements: "Thực hiện sự chỉ đạo của Ban Tuyên giáo
# Trung ương, ngày 6/1/2016, Ban Tuyên giáo Tỉnh ủy ban hành Công văn ..." (a subject must follow), the clause
# also set off by a semicolon ("Thực hiện Kế hoạch số 103-KH/TU ...; ngày 01/10/2019, Ban Tuyên giáo ... đã ban hành").
_ISSUED_ON = re.compile(r"(?:(?:^|\n|\.\s)[ \t]*(?:\(\w+\)\s*-\s*)?(?:Ngày|Vào ngày|(?:Sáng|Chiều|Tối|Trưa)(?:\s+nay)?(?:\s+ngày)?)\s+"
                        r"(?P<date>[^,\n]{4,22}?),?\s+"
                        r"|[,;]\s*(?:vào\s+)?ngày\s+(?P<within>[^,\n]{4,22}?),\s+(?-i:[A-ZĐ]))"
                        r"[^.\n]{0,120}?(?:ban hành|ký ban hành|(?:đã|vừa)\s+(?:có|ký))\s+", re.IGNORECASE)


def _without_comma(match: str, found: re.Match, group: str) -> list[tuple[str, Span]]:
    """A lead that left out the comma after its date ("Ngày 01 tháng 03 năm 2018 Ban Thường vụ ... đã ban hành"),
    where the lazy group stopped short of the date."""
    dates = find_dates(match, found.start(group) - 5, min(found.end(), found.start(group) + 22))
    if dates and dates[0][1][0] <= found.start(group) and not _COMMA.match(match, dates[0][1][1]):
        return dates[:1]
    return []


_COMMA = re.compile(r"[ \t]*,")


def issued_on(match: str, start: int, end: int, own: Symbol | None = None,
              citations: list[Citation] = ()) -> tuple[str, Span] | None:
    """The date a lead says the page's document was issued on ("Ngày 5/3/2023, UBND tỉnh ban hành ..."); not, when
    the page's own number is known, the date of a sentence that issues another numbered document ("Trước đó, ngày
    10/01/2023, Tỉnh ủy đã ban hành Nghị quyết số 08-NQ/TU")."""
    others = {c.span[0] for c in citations if own is not None and symbol_key(c.symbol) != symbol_key(own.symbol)}
    for found in _ISSUED_ON.finditer(match, start, end):
        if found.end() in others:
            continue
        group = "date" if found.group("date") else "within"
        if group == "within" and _OF_A_CITATION.search(match, max(0, found.start() - 45), found.start() + 1):
            continue   # "Căn cứ Quyết định số 12/QĐ-UBND, ngày 5/3/2020, ...": the cited document's date
        dates = find_dates(match, found.start(group) - 5, found.end(group)) or _without_comma(match, found, group)
        if dates:
            return dates[0]
    return None
