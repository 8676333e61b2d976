"""Dates as Vietnamese documents write them: 'ngày 03 tháng 4 năm 2018', 'ngày 22/12/2024',
'01-10-1997', '12.3.2025'. Returns ISO strings; impossible dates are not dates."""
from __future__ import annotations

import datetime as dt
import re

# Months are numbers, or words on some pages ("tháng bốn", "tháng Giêng"); "tháng11" glued too.
MONTH_WORDS = {"giêng": 1, "một": 1, "hai": 2, "ba": 3, "bốn": 4, "tư": 4, "sáu": 6, "bảy": 7, "tám": 8,
               "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}
_MONTH = r"(\d{1,2}|" + "|".join(sorted(MONTH_WORDS, key=len, reverse=True)) + ")"
# "ngy 08 thng 4 nm 2004": a font that lost every accented letter (a PDF text layer) still dates.
DAY_WORD, MONTH_WORD, YEAR_WORD = r"ng(?:ày|y)", r"th(?:áng|ng)", r"n(?:ăm|m)"
_DAY, _MONTH_WORD, _YEAR_WORD = DAY_WORD, MONTH_WORD, YEAR_WORD
# A PDF or a typist may glue the figures to their words ("ngày05 tháng6 năm2024"): no space is needed.
LONG = re.compile(_DAY + r"\s*(\d{1,2})\s*" + _MONTH_WORD + r"\s*" + _MONTH + r"\s*" + _YEAR_WORD + r"\s*(\d{4})",
                  re.IGNORECASE)
SHORT = re.compile(r"(?<![\d/])(\d{1,2})\s*(?P<sep>[/.-])\s*(\d{1,2})\s*(?P=sep)\s*(\d{4})(?!\d)")
ANY = re.compile(LONG.pattern + "|" + SHORT.pattern, re.IGNORECASE)
# The header date line: "Hà Nội, ngày 09 tháng 01 năm 2026" (place, then the date), or in figures after
# "ngày" ("Hà Nội, ngày 05-3-2020", "ngày 05/3/2020": group "short"; a place-date line only if the
# place reads as a name, see is_place).
HEADER = re.compile(r"[^\n,]{1,40},\s*(?:" + LONG.pattern + r"|" + _DAY + r"\s*:?\s*(?P<short>" + SHORT.pattern + "))",
                    re.IGNORECASE)
# A site's own date line ("Chủ Nhật, ngày 17 tháng 2 năm 2019") names a weekday, not a place.
WEEKDAY = re.compile(r"\s*(?:chủ nhật|thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7]))\s*$", re.IGNORECASE)
BLANK_HEADER = re.compile(r"[^\n,]{2,40},\s*" + _DAY + r"\s+(?:\.*|…*)\s*" + _MONTH_WORD + r"\s+[\d.…]*\s*" + _YEAR_WORD
                          + r"\s+\d{4}", re.IGNORECASE)

# A header date line a page damaged: the place without its comma ("Thanh Bình Thịnh ngày 24 tháng 4 năm 2023"),
# or a rewriting site's words for the day or the month ("ngày thứ 7 tháng 08", "ngày 20 mon 6"): read only
# where the whole line is a place and the date.
LOOSE_HEADER = re.compile(r"^[ \t]*(?P<place>[^\n,\d]{2,40}?)[ \t]*,?[ \t]*(?P<date>" + _DAY + r"\s+(?:thứ\s+)?(?P<day>\d{1,2})\s*"
                          r"(?:" + _MONTH_WORD + r"|[^\W\d]{2,5})\s*(?P<month>\d{1,2})\s+" + _YEAR_WORD
                          + r"\s+(?P<year>\d{4}))[ \t.]*$", re.IGNORECASE | re.MULTILINE)
_TIME_OF_DAY = re.compile(r"(?:sáng|chiều|tối|trưa|vào|từ|đến|hôm nay|trong)\b", re.IGNORECASE)


def loose_header(text: str, end: int) -> tuple[str, tuple[int, int]] | None:
    """The first damaged place-date line before `end` (LOOSE_HEADER), as an ISO date and its span."""
    for line in LOOSE_HEADER.finditer(text, 0, end):
        place = line.group("place").strip()
        if is_place(place) and not _TIME_OF_DAY.match(place) and not WEEKDAY.match(place):
            value = iso(line.group("day"), line.group("month"), line.group("year"))
            if value:
                return value, line.span("date")
    return None

# The days a meeting sat, in its opening ("Đại hội ... diễn ra vào ngày 16 tháng 11 năm 2021", "trong các ngày từ
# 07 đến 14-10-2010, ... đã họp Hội nghị lần thứ 13"): the full dates of the first sentence that speaks of it.
_SENTENCE = re.compile(r"(?:[^.\n]|\.(?=\d))+")
_MEETING_WORDS = re.compile(r"(?<!\w)(?:đại hội|hội nghị|kỳ họp|đã họp|diễn ra|khai mạc|bế mạc)(?!\w)", re.IGNORECASE)
# A meeting of several days ("từ ngày 5 đến ngày 6 tháng 8", "các ngày 25/6/2010 và ngày 02, 03/7/2010").
_SEVERAL_DAYS = re.compile(r"(?<!\w)(?:từ\s+(?:ngày\s+)?\d|các ngày)|\d\s*(?:,|và)\s*(?:ngày\s+)?\d", re.IGNORECASE)
# The day a lead says the document came out, without its year ("Ngày 14/10, Ban Chấp hành ... đã ra Thông báo"),
# or the part of that day ("Chiều 15/10, tại phiên bế mạc Đại hội ..., đại biểu đã nhất trí thông qua Nghị quyết").
YEARLESS_ISSUE = re.compile(r"(?<![\w/])(?:Ngày|(?:Sáng|Chiều|Tối|Trưa)(?:\s+nay)?(?:\s+ngày)?)\s+(\d{1,2})\s*/\s*(\d{1,2})\s*,"
                            r"[^.\n]{3,200}?\s(?:đã\s+|vừa\s+)?"
                            r"(?:ra|ban hành|công bố|thông qua(?=\s+(?:toàn văn\s+)?nghị quyết\b))\s", re.IGNORECASE)


# A sentence that says a meeting adopted the document ("Hội nghị Ban Chấp hành Đảng bộ huyện ngày 27 tháng 10 năm 2005
# đã nhất trí thông qua quy chế làm việc như sau:").
ADOPTED = re.compile(r"(?<!\w)(?:Hội nghị|Đại hội|kỳ họp)(?:[^.\n]|\.(?=\d)){0,200}?(?<!\w)(?:thông qua|biểu quyết)(?!\w)",
                     re.IGNORECASE)


def adopted_on(text: str, start: int, end: int) -> tuple[list[tuple[str, tuple[int, int]]], bool]:
    """The full dates of the meeting the opening says adopted the document, and whether it sat several days."""
    sentence = ADOPTED.search(text, start, end)
    return _days_of(text, sentence) if sentence else ([], False)


def meeting_days(text: str, start: int, end: int) -> tuple[list[tuple[str, tuple[int, int]]], bool]:
    """The full dates of the meeting the opening between `start` and `end` says was held, and whether it sat
    several days."""
    for sentence in _SENTENCE.finditer(text, start, end):
        if _MEETING_WORDS.search(sentence.group()):
            found, several = _days_of(text, sentence)
            if found:
                return found, several
    return [], False


def _days_of(text: str, sentence: re.Match) -> tuple[list[tuple[str, tuple[int, int]]], bool]:
    """The full dates a sentence about a meeting gives, and whether the meeting sat several days."""
    found = find_dates(text, sentence.start(), sentence.end())
    return found, bool(_SEVERAL_DAYS.search(sentence.group())) or len(found) > 1


def yearless_issue(text: str, start: int, end: int, last_day: str) -> tuple[str, tuple[int, int]] | None:
    """The day a lead says the document came out, in the month before `last_day` (whose year it takes)."""
    found = YEARLESS_ISSUE.search(text, start, end)
    if found is None:
        return None
    year = int(last_day[:4])
    value = iso(found.group(1), found.group(2), str(year))
    if value and 0 <= (dt.date.fromisoformat(last_day) - dt.date.fromisoformat(value)).days <= 31:
        return value, found.span(1)
    return None


def is_place(words: str) -> bool:
    """Whether the words before a date in figures read as a place ("Hà Nội", "TP. Hồ Chí Minh",
    "Thành phố Huế"), not a sentence citing a document ("Thực hiện Kế hoạch của UBND tỉnh")."""
    names = words.split()
    return 0 < len(names) <= 6 and sum(1 for w in names if w[:1].islower()) <= 1 and not any(
        c.isdigit() for c in words)


# What may stand between a symbol and its date (date_at).
_GAP = re.compile(r"[\s,;:]*(?:\(\s*(?=ngày))?(?:ban hành\s+)?(?:ngày\s+)?", re.IGNORECASE)   # "số 1463-CV/ĐU (ngày 5/3/2020)"


def iso(day: str, month: str, year: str) -> str | None:
    try:
        month_number = int(month) if month.isdigit() else MONTH_WORDS[month.lower()]
        return dt.date(int(year), month_number, int(day)).isoformat()
    except (KeyError, ValueError):
        return None


def parse_match(match: re.Match) -> str | None:
    groups = match.groups()
    if groups[0] is not None:
        return iso(groups[0], groups[1], groups[2])
    return iso(groups[3], groups[5], groups[6])


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[tuple[str, tuple[int, int]]]:
    found = []
    for match in ANY.finditer(text, start, len(text) if end is None else end):
        value = parse_match(match)
        if value:
            found.append((value, match.span()))
    return found


def date_at(text: str, pos: int, window: int = 40) -> tuple[str, tuple[int, int]] | None:
    """A date starting within `window` characters after `pos`, introduced only by
    punctuation, spaces and 'ngày' / 'ban hành ngày' (as in '57-NQ/TW, ngày 22/12/2024')."""
    lead = _GAP.match(text, pos, min(len(text), pos + window))
    begin = lead.end() if lead else pos
    # Back up onto 'ngày' so LONG can match.
    # (in capitals too: "SỐ 69/2008/QĐ-TTg NGÀY 28 THÁNG 5 NĂM 2008", a title)
    ngay = text[pos:begin].lower().rfind("ngày")
    ngay = pos + ngay if ngay >= 0 else -1
    for candidate_start in ([ngay] if ngay >= 0 else []) + [begin]:
        match = ANY.match(text, candidate_start)
        if match:
            value = parse_match(match)
            if value:
                return value, match.span()
    return None
