"""The page's title: where its first line starts (after a site's date line, a few short chrome lines, an urgency mark
or a raw page's <title> tag), and the type word that opens it ("Thông báo về việc lấy ý kiến ...", "KH v/v tổ
chức ...") with the bare number a listing's title may give after it ("Thông tư 04 quy định ...").

Read where a page has no header: its title is then what names the page's type, and often its number."""
from __future__ import annotations

import re
from functools import lru_cache

from domain.tables import doc_type_by_code, read_rows
from extraction.symbols import Symbol

def title_type(match: str) -> str | None:
    """The type word opening the page's first line, its title ("Thông báo về việc lấy ý kiến
    cử tri ...", "Kế hoạch 49/KH-UBND năm 2018 thực hiện ...")."""
    from extraction.find import type_name   # the one list of type words
    word = title_word(match)
    return type_name(word.group(0)) if word else None


def abbreviated_title_type(match: str) -> str | None:
    """The type of a listing's entry whose title writes its type as the code before "v/v" ("QĐ vv quy định mức thu
    học phí năm học 2023-2024", "KH v/v tổ chức Hội khỏe Phù Đổng"); a state page's code (QĐ: Quyết định)."""
    found = _CODE_TITLE.match(match, title_start(match))
    entry = doc_type_by_code("state").get(found.group("code")) if found else None
    return entry.name if entry else None


_CODE_TITLE = re.compile(r"(?P<code>(?-i:[A-ZĐ]{2,4}))[ \t]+(?:v/v|vv|về việc)(?!\w)", re.IGNORECASE)
_HTML_TITLE = re.compile(r"<title>[ \t]*", re.IGNORECASE)
_HTML_HEAD = 1000   # where a raw page's <title> stands, after its doctype, <html> and first <head> tags


def title_word(match: str) -> re.Match | None:
    """The type word that opens the page's title, if one does: its first line, the first line under a few
    short chrome lines (the site's name, a menu word, a breadcrumb: "Mã Trường", "đô thị"), or the line above
    the site's posting line ("Ngày cập nhật 20/08/2020") under a long menu."""
    first = position = title_start(match)
    if match.startswith("<", first) and (tag := _HTML_TITLE.search(match, first, first + _HTML_HEAD)):
        first = position = tag.end()   # a page saved as its raw HTML: its title is the <title> element's text
    for _ in range(_MOST_CHROME_LINES + 1):
        word = _opening_type_word(match, past_urgency_mark(match, position))
        if word and (position == first or _TITLE_GOES_ON.match(match, word.end())) and not ends_an_item(match, word.start()):
            return None if in_a_listing(match, match.rfind("\n", 0, word.start()) + 1) else word
        chrome = _CHROME_LINE.match(match, position)
        if not chrome:
            break
        position = chrome.end()
    return _posted_title(match)


def ends_an_item(match: str, pos: int) -> bool:
    """Whether the line holding `pos` ends with ";": an item of a list ("Nghị định số 30/2020/NĐ-CP ... của Chính
    phủ;" on a page cut inside its opening), never a title."""
    end = match.find("\n", pos)
    return match[pos:end if end >= 0 else len(match)].rstrip().endswith(";")


_LISTING_ENTRIES = 3   # lines in a row, each opening with a document's type and number: a site's listing


@lru_cache(maxsize=1)
def _listing_entry() -> re.Pattern:
    """A line that opens with a document's type and its number ("Kế hoạch số 594/KH-UBND ...", "- Quyết định
    595/QĐ-UBND ...", "2. Công văn 1234/UBND-KT ..."), or with its symbol ("594/KH-UBND - Kế hoạch ...")."""
    from extraction.find import type_words   # the one list of type words
    return re.compile(rf"[ \t#*|•+-]*(?:\d{{1,3}}[.)][ \t]+)?(?:(?:{type_words()[0].pattern})[ \t]+(?:số[ \t]*:?[ \t]*)?\d"
                      r"|\d{1,5}(?:/(?:19|20)\d{2})?[ \t]*[-/][ \t]*(?-i:[A-ZĐ]))", re.IGNORECASE)


def in_a_listing(match: str, line_start: int) -> bool:
    """Whether the line at `line_start` is one of several in a row (blank lines aside) that each open with a
    document's type and number: a site's listing of documents, which names none of them as the page's own. A title
    wrapped onto a cited document's line ("Kế hoạch số 118/KH-UBND ... thực hiện" over "Nghị quyết số 21-NQ/TW ...")
    makes a run of two at most."""
    lines = match.split("\n")
    index = match.count("\n", 0, line_start)
    entry = _listing_entry()
    if not entry.match(lines[index]):
        return False
    run = 1
    for step in (-1, 1):
        at = index + step
        while 0 <= at < len(lines) and (not lines[at].strip() or entry.match(lines[at])):
            run += bool(lines[at].strip())
            at += step
    return run >= _LISTING_ENTRIES


def bare_title_number(match: str) -> Symbol | None:
    """The bare number (and year) a listing's title gives right after its type word, with no code ("Thông tư 04
    quy định mã số ...", "Thông tư 14/2018 chuẩn HT ..."): all the page says of its number."""
    word = title_word(match)
    found = _BARE_NUMBER.match(match, word.end()) if word else None
    if not found:
        return None
    symbol = match[found.start("number"):found.end()]
    return Symbol(symbol, found.group("number"), None, "", found.group("year"), "state", found.span("number"), symbol)


# The number, not a year ("Chương trình 2021 của ..."), then a word of the title, not a count ("Chương trình 5 năm"),
# or the end of a page that is nothing but the tag ("Thông tư 10").
_BARE_NUMBER = re.compile(r"[ \t]+(?:số[ \t]*)?(?!(?:19|20)\d\d\b)(?P<number>\d{1,5})(?:/(?P<year>(?:19|20)\d{2}))?"
                          r"(?=[ \t]+(?!(?:ngày|tháng|năm|tuần|giờ|người|điểm|mẫu|bước|nội dung)\b)[^\W\d]|\s*\Z)",
                          re.IGNORECASE)


def _posted_title(match: str) -> re.Match | None:
    """The type word opening the line right above the site's first posting line."""
    posted = _POSTING_LINE.search(match, 0, min(len(match), _POSTED_TITLE_WITHIN))
    if not posted:
        return None
    line_start = match.rfind("\n", 0, posted.start()) + 1
    word = _opening_type_word(match, past_urgency_mark(match, line_start))
    return word if word and _TITLE_GOES_ON.match(match, word.end()) else None


_POSTED_TITLE_WITHIN = 3000
# "Ngày cập nhật 20/08/2020", "Ngày đăng 21/02/2020 | 17:32", "Cập nhật 29/10/2015 - 09:30", "Đăng ngày 14/07/2015"
_POSTING_LINE = re.compile(r"[^\n]\n[ \t]*(?:Ngày đăng(?: bài)?|Ngày cập nhật|Cập nhật|Đăng ngày)[ \t:]*\d{1,2}[/.-]\d{1,2}[/.-]\d{4}",
                           re.IGNORECASE)


def _opening_type_word(match: str, start: int) -> re.Match | None:
    """A type word at `start` that a title's words follow ("Kế hoạch tiếp tục ...", "Thông báo về ...")."""
    from extraction.find import type_words   # the one list of type words
    word = type_words()[0].match(match, start)
    if word and _type_word_compound().match(match, word.start()):
        return None   # "Báo cáo viên ...", "Luật sư ...", "Kế hoạch hóa gia đình": another noun, no document
    if word and re.match(r"[\s:]+(?:về|số|\d|của|v/v|tổ chức|triển khai|thực hiện|tuyên truyền|\S+\s)", match[word.end():word.end() + 20],
                         re.IGNORECASE):
        return word
    return None


@lru_cache(maxsize=1)
def _type_word_compound() -> re.Pattern:
    """A noun that begins with a type word but names no document (data/domain/type_word_compounds.csv)."""
    words = sorted((row["compound"] for row in read_rows("type_word_compounds.csv")), key=len, reverse=True)
    return re.compile(r"(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?!\w)",
                      re.IGNORECASE)


_MOST_CHROME_LINES = 4
# Under chrome, a title goes on along its line ("Chương trình công tác Đoàn ..."), where a menu's "Thông báo" ends it.
_TITLE_GOES_ON = re.compile(r"[ \t:]+\S+[ \t]+\S+")
# A short line of a site's chrome: no sentence in it, then the line break.
_CHROME_LINE = re.compile(r"[ \t]*[^\s.,;!?][^\n.,;!?]{0,39}\n\s*")


def past_urgency_mark(match: str, start: int) -> int:
    """Where a title starts after an urgency mark ("HỎA TỐC:", "KHẨN", "THƯỢNG KHẨN -"): part of neither the type
    nor the issuer."""
    mark = _URGENCY_MARK.match(match, start)
    return mark.end() if mark else start


_URGENCY_MARK = re.compile(r"[ \t#*|]*(?:(?:HỎA|HOẢ)[ \t]+TỐC|THƯỢNG[ \t]+KHẨN|KHẨN|TỐI[ \t]+MẬT|TUYỆT[ \t]+MẬT|MẬT)"
                           r"(?:[ \t]*[:!–-]|(?=[ \t]+(?-i:[A-ZĐ]{2})))[ \t]*"
                           r"|[ \t#*|]*(?i:(?:hỏa|hoả)[ \t]+tốc|thượng[ \t]+khẩn|khẩn|mật)[ \t]*[:–-][ \t]*")


# A site's date line above the page title: "Chủ Nhật, ngày 16 tháng 6 năm 2024", "Thứ Hai, 28/04/2025 10:15".
_SITE_DATE_LINE = re.compile(r"\s*(?:(?:chủ nhật|thứ\s+\w+)\s*,?\s*)?(?:ngày\s+)?\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"
                             r"|\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})[ \t\d:(),GMT+h-]*(?=\n)", re.IGNORECASE)


def title_start(match: str) -> int:
    """Where the page's first line, its title, starts: after blank lines and a site's date line."""
    dated = _SITE_DATE_LINE.match(match)
    return _SPACE.match(match, dated.end() if dated else 0).end()


_SPACE = re.compile(r"\s*")
