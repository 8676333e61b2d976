"""Where things are in a document: header block, type title and subject line, preamble,
body, the "Tổ chức thực hiện" section, "Nơi nhận" and the signature. All spans."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from domain.tables import doc_types, opening_pattern
from extraction.scan import line_starts, matches_at

Span = tuple[int, int]

# National and organisation mottos: never part of a body's name, wherever a flattened header
# put them (beside the issuer, in a cell of their own).
# (Words parted by any run of spaces: a justified PDF line doubles them.)
MOTTOS = re.compile(r"(?:CỘNG[ \t]+H[OÒ]A[ \t]+XÃ[ \t]+HỘI[ \t]+CHỦ[ \t]+NGH[ĨI]A[ \t]+VIỆT[ \t]+NAM"
                    r"|ĐẢNG[ \t]+CỘNG[ \t]+SẢN[ \t]+VIỆT[ \t]+NAM"
                    r"|Độc[ \t]+lập\s*[-–]\s*Tự(?:\s+do)?\s*[-–]\s*Hạnh[ \t]+phúc"
                    r"|ĐOÀN[ \t]+TNCS[ \t]+HỒ[ \t]+CHÍ[ \t]+MINH\s*$)", re.IGNORECASE)
MOTTO_WORDS = ("cộng", "đảng", "độc", "đoàn")   # every motto begins with one (its first word: spaces vary)
# Not a byline's initial and name ("V.Mạnh" under a news headline).
HEADING = re.compile(
    r"^[ \t]*(?:PHẦN\s+(?:[IVX]+|THỨ)|[IVX]{1,5}[ \t]*[.\-:)](?![A-ZĐÀ-Ỹ][a-zđà-ỹ]+[ \t]*$)|Điều[ \t]+1\b|QUYẾT NGHỊ|QUYẾT ĐỊNH[ \t]*:|"
    r"[A-D][ \t]*[.\-][ \t]+[A-ZĐ][A-ZĐÀ-Ỹ])",
    re.MULTILINE,
)
ORGANISATION_WORDS = ("TỔ CHỨC THỰC HIỆN", "Tổ chức thực hiện")
ORGANISATION = re.compile(rf"^[ \t]*(?:[IVX]{{1,5}}[ \t]*[.\-:)][ \t]*)?(?:{'|'.join(ORGANISATION_WORDS)})\b.*$",
                          re.MULTILINE)
# The opening ends where it announces what follows: "... như sau:", or a request or conclusion it
# introduces ("..., Sở Y tế đề nghị các đơn vị:", "Ban Thường vụ Tỉnh ủy kết luận:").
ANNOUNCE = re.compile(r"(?:như sau|sau đây|nội dung sau|sau|(?<!\w)" + opening_pattern("announce") + r"(?!\w)[^\n:]{0,60})"
                      r"\s*:[ \t]*$", re.MULTILINE | re.IGNORECASE)
CLOSING_WORDS = ("Nơi nhận", "NƠI NHẬN")
CLOSING = re.compile(rf"^[ \t]*(?:{'|'.join(CLOSING_WORDS)})\s*:?", re.MULTILINE)
OPENERS = re.compile("^" + opening_pattern("cue", "weak_cue", "opening", "address") + r"\b")


def _is_preamble(paragraph: str) -> bool:
    """An opening sentence ("Thực hiện Kế hoạch số ..., Ban Thường vụ ... như sau:") rather
    than a subject line ("Triển khai đợt sinh hoạt chính trị:")."""
    if not OPENERS.match(paragraph):
        return False
    return len(paragraph) > 250 or bool(re.search(r"như sau\s*:?\s*$|ban hành|xây dựng", paragraph))


@dataclass
class Layout:
    header: Span             # before the type title (or the first lines)
    type_line: Span | None   # "KẾ HOẠCH"
    doc_type: str | None     # from the title word
    title: Span | None       # the subject line(s)
    preamble: Span           # from the title to the first section heading
    body: Span
    organisation: Span | None  # the "Tổ chức thực hiện" section
    closing: Span | None       # from "Nơi nhận" to the end
    issuer_line: Span | None   # "CỦA BỘ CHÍNH TRỊ" under the type title
    basis: Span | None = None  # a numbered section that lists the basis ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH")


@lru_cache(maxsize=4)
def _title_words(title_case: bool = False, wrapped: bool = False) -> str:
    """The title words of every type, longest first, as a regex alternation (any run of spaces
    between the words: "KẾ  HOẠCH"); with title_case, also as "Kế Hoạch", "Quyết Định"; with
    wrapped, the words may also be parted by one line break ("CHƯƠNG TRÌNH\nHÀNH ĐỘNG")."""
    words = {w for t in doc_types() for w in t.title_words}
    words |= {w.title() for w in words} if title_case else set()
    space = r"(?:[ \t]+|[ \t]*\n[ \t]*)" if wrapped else r"[ \t]+"
    return "|".join(re.escape(w).replace(r"\ ", space) for w in sorted(words, key=len, reverse=True))


# A draft posted for comment: "DỰ THẢO BÁO CÁO", "Dự thảo: QUYẾT ĐỊNH" (a line of its own: "DỰ THẢO BÁO CÁO Kết
# quả ..." after a letter's signature is the draft it sends).
DRAFT_MARK = re.compile(r"[ \t]*(?:DỰ THẢO|Dự thảo)[ \t]*:?[ \t]*")
_DRAFT = f"(?:{DRAFT_MARK.pattern})?"


@lru_cache(maxsize=1)
def _letter_spaced_titles() -> str:
    """The title words in capitals with any spaces between their letters, or none: a justified title copied
    as "K Ế H O Ạ C H" or "K Ế HOẠCH", or glued as "KẾHOẠCH" (a line of its own only)."""
    words = {w.replace(" ", "") for t in doc_types() for w in t.title_words}
    return "|".join(r"[ \t]*".join(re.escape(c) for c in w) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _type_line() -> re.Pattern:
    """A line that is only the type title, in capitals or each word capitalised ("Kế Hoạch"; a
    sentence-case "Kế hoạch" alone on a line is as often a site's menu), or letter-spaced, a draft's mark before it."""
    return re.compile(r"^" + _DRAFT + r"[ 	]*(" + _title_words(title_case=True) + "|" + _letter_spaced_titles()
                      + r")[ 	]*$", re.MULTILINE)


@lru_cache(maxsize=1)
def _type_words_line() -> re.Pattern:
    """A type word in capitals opening a longer title line ("KẾ HOẠCH HOẠT ĐỘNG CHI BỘ NĂM
    2020", "NGHỊ QUYẾT LIÊN TỊCH", "KẾ HOẠCH Tổ chức các hoạt động ..."), or glued to its number by a page that lost
    the space ("THÔNG TƯ15/2017/TT-BCT")."""
    return re.compile(r"^[ \t]*(" + _title_words() + r")(?=[ \t]+[^\s:]|\d)", re.MULTILINE)


def is_type_title(line: str) -> bool:
    """Whether the line is only a type title ("KẾ HOẠCH", "Kế Hoạch")."""
    return _type_line().fullmatch(line.rstrip("\r")) is not None


def find_type_line(text: str, limit: int) -> re.Match | None:
    """The type title: a line that is only the type word, else a title line it opens. A portal's post
    title above the header ("THÔNG BÁO Về việc niêm yết ..." over "CỘNG HÒA ... / DỰ THẢO BÁO CÁO") is
    not the document's: under the national motto, a type title there wins."""
    found = _type_line().search(text, 0, limit) or _type_words_line().search(text, 0, limit) \
        or _title_under_dateline(text, limit)
    motto = _NATIONAL_MOTTO.search(text, found.end(), limit) if found else None
    if motto:
        return _type_line().search(text, motto.end(), limit) or _type_words_line().search(text, motto.end(), limit) \
            or found
    return found


def _title_under_dateline(text: str, limit: int) -> re.Match | None:
    """A title line in sentence case right under the header's date line, its type word opening what it carries
    out ("Kế hoạch thực hiện Nghị quyết số ...": a site that set the type and its subject on one line). Only
    there, and only before a cue: a sentence-case type word elsewhere is as often a site's menu or a headline."""
    dateline = _DATELINE_THEN_LINE.search(text, 0, limit)
    return _sentence_case_title().match(text, dateline.end(), limit) if dateline else None


_DATELINE_THEN_LINE = re.compile(r"ngày[ \t]+\d{1,2}[ \t]+tháng[ \t]+\d{1,2}[ \t]+năm[ \t]+\d{4}[ \t]*\n\s*")


@lru_cache(maxsize=1)
def _sentence_case_title() -> re.Pattern:
    return re.compile(r"[ \t]*(" + _title_words() + r")(?=[ \t]+" + opening_pattern("cue") + r"\b)", re.IGNORECASE)


_NATIONAL_MOTTO = re.compile(r"CỘNG H[OÒ]A XÃ HỘI CHỦ NGH[ĨI]A VIỆT NAM")   # in capitals: a header's, not "Căn cứ Hiến pháp ..."


def header_end(text: str) -> int:
    """Where the header surely ends: at the type title, else within the first lines."""
    found = find_type_line(text, min(len(text), 6000))
    if found:
        return found.start()
    opening = _opening_line().search(text, 0, min(len(text), 1500))
    return opening.start() if opening else min(len(text), 1500)


def opened_before(text: str, pos: int) -> bool:
    """Whether a line opening a preamble ("Căn cứ ...", "Thực hiện ...") stands before `pos`."""
    return _opening_line().search(text, 0, pos) is not None


@lru_cache(maxsize=1)
def _opening_line() -> re.Pattern:
    """A line that opens the preamble ("Căn cứ ...", "Thực hiện ..."): no header below it."""
    return re.compile(r"^[ \t]*" + opening_pattern("cue", "weak_cue") + r"\b", re.MULTILINE)


def _type_of_word(word: str) -> str | None:
    """The type a title word names, its spaces aside ("KẾ  HOẠCH", "K Ế H O Ạ C H", "KẾHOẠCH")."""
    letters = "".join(word.split()).upper()
    for doc_type in doc_types():
        if letters in (w.replace(" ", "") for w in doc_type.title_words):
            return doc_type.name
    return None


def _longer_type(text: str, start: int) -> re.Match | None:
    """A longer type name the title goes on with in another case ("CHƯƠNG TRÌNH Hành động") or on
    the next line of a wrapped title ("CHƯƠNG TRÌNH\nHÀNH ĐỘNG", "CHƯƠNG TRÌNH\nhành động thực hiện ...")."""
    return _any_case_type_words().match(text, start)


@lru_cache(maxsize=1)
def _any_case_type_words() -> re.Pattern:
    return re.compile(_title_words(wrapped=True), re.IGNORECASE)


_LINE_END = re.compile(r"\s*\n")
_VV_LINE = re.compile(r"^[ \t]*V/v\b.*$", re.MULTILINE | re.IGNORECASE)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _paragraph_after(text: str, pos: int) -> Span | None:
    """The next paragraph (lines up to a blank line) after `pos`, skipping blank lines."""
    match = _LINE_END.match(text, pos)
    start = match.end() if match else pos
    while start < len(text) and text[start] in " \t\n":
        start += 1
    if start >= len(text):
        return None
    blank = _BLANK_LINE.search(text, start)
    end = blank.start() if blank else len(text)
    return start, end


# A line that can only open the preamble, never go on with a title: "Căn cứ", "Xét", or a cue
# line that ends a clause ("Thực hiện Kế hoạch số 12-KH/TU ...;").
_ITEM_LINE = re.compile(r"(?<=\n)[ \t]*\d{1,2}[.)][ \t]+\S")
_BASIS_LINE = re.compile(r"\n[ \t]*(?:Căn cứ|Xét)\s")
# A rule under the subject ("-------", "***", "___"): what follows is no longer the title.
_RULE_LINE = re.compile(r"\n[ \t]*[-_*=~–—]{3,}[ \t]*(?=\n|$)")
_CUE_CLAUSE = re.compile(r"\n[ \t]*" + opening_pattern("cue") + r"\s[^\n]*[;,]?[ \t]*(?=\n|$)")


def _title_before_opening(text: str, title: Span) -> Span | None:
    """The title paragraph up to the preamble, where no blank line parts them."""
    # A page without blank lines: the title ends at the latest at the body's first heading, at a
    # numbered item, or at the line that announces what follows ("... Ban Thường vụ kết luận:").
    for found in (HEADING.search(text, title[0] + 1, title[1]), _ITEM_LINE.search(text, title[0], title[1]),
                  _RULE_LINE.search(text, title[0], title[1])):
        if found:
            title = (title[0], min(title[1], text.rfind("\n", title[0], found.start() + 1)))
    announce = ANNOUNCE.search(text, title[0], title[1])
    line_end = text.rfind("\n", title[0], announce.start()) if announce else -1
    if line_end > title[0]:
        title = (title[0], line_end)
    if title[1] <= title[0]:
        return None
    cut = _BASIS_LINE.search(text, title[0], title[1])
    for clause in _CUE_CLAUSE.finditer(text, title[0], cut.start() if cut else title[1]):
        if len(clause.group(0)) > 160 or clause.group(0).rstrip().endswith((";", ",", ":")):
            cut = clause
            break
    if cut is None:
        return title
    return (title[0], cut.start()) if cut.start() > title[0] else None


def find_layout(text: str) -> Layout:
    limit = min(len(text), 6000)
    type_match = find_type_line(text, limit)
    closing_match = None
    for closing_match in matches_at(CLOSING, text, line_starts(text, CLOSING_WORDS)):
        pass  # the last "Nơi nhận" closes the document
    closing = (closing_match.start(), len(text)) if closing_match else None
    end_of_body = closing[0] if closing else len(text)

    issuer_line = None
    if type_match:
        header = (0, type_match.start())
        longer = _longer_type(text, type_match.start(1))
        doc_type = _type_of_word(longer.group(0) if longer else type_match.group(1))
        # The subject starts after a longer name of another type ("CHƯƠNG TRÌNH\nHÀNH ĐỘNG"), not at its
        # "Hành động"; a longer name of the same type stays in the subject ("THÔNG BÁO\nKết luận của ...").
        type_end = longer.end() if longer and doc_type != _type_of_word(type_match.group(1)) else type_match.end()
        title = _paragraph_after(text, type_end)
        if title:
            first = text[title[0]:title[1]]
            if re.match(r"(?:CỦA|của)\s+[A-ZĐ]", first) and first.split("\n", 1)[0].isupper():
                line_end = text.find("\n", title[0], title[1])
                issuer_line = (title[0], line_end if line_end > 0 else title[1])
                rest = _paragraph_after(text, issuer_line[1]) if line_end < 0 else (line_end + 1, title[1])
                title = rest
        if title:
            title = _title_before_opening(text, title)
        if title and _is_preamble(text[title[0]:title[1]]):
            title = None
        if title and text[title[0]:title[1]].rstrip().endswith(":"):
            more = _paragraph_after(text, title[1])
            if more:
                title = (title[0], more[1])
        after_title = title[1] if title else type_end
    else:
        # Công văn and untyped files: the header runs to "V/v" or "Kính gửi", else ~15 lines.
        doc_type = None
        vv = _VV_LINE.search(text, 0, limit)
        if vv and not text[:vv.start()].strip() and MOTTOS.search(text, vv.end(), limit):
            # The page's title repeats the subject above the header ("V/v Tổ chức ..." and then
            # "ỦY BAN NHÂN DÂN ... CỘNG HÒA ..."): the subject line is the one under the header.
            vv = _VV_LINE.search(text, vv.end(), limit) or vv
        title = vv.span() if vv else None
        if vv:
            header = (0, vv.start())
            after_title = vv.end()
        else:
            cut = 0
            for _ in range(15):
                nxt = text.find("\n", cut + 1)
                if nxt < 0:
                    break
                cut = nxt
            cut = _before_related_list(text, 0, cut)   # nor does a list of other articles under the page's text
            opening = _opening_line().search(text, 0, cut)
            if opening:   # the opening starts a paragraph: the header never takes half of it
                cut = opening.start()
            heading = HEADING.search(text, 0, cut)
            if heading:   # nor a section of the body ("II. MỤC ĐÍCH")
                cut = heading.start()
            header = (0, cut)
            after_title = cut
    heading = HEADING.search(text, after_title, end_of_body)
    preamble_end = heading.start() if heading else min(end_of_body, after_title + 3000)
    # The opening ends with its "... như sau:" even where no numbered section follows (Công văn).
    announce = ANNOUNCE.search(text, after_title, preamble_end)
    if announce:
        preamble_end = announce.end()
    preamble_end = _before_related_list(text, after_title, preamble_end)
    basis = _basis_section(text, after_title, end_of_body)
    organisation = None
    org = next(matches_at(ORGANISATION, text, line_starts(text, ORGANISATION_WORDS, after_title, end_of_body),
                          end_of_body), None)
    if org:
        nxt = HEADING.search(text, org.end(), end_of_body)
        # Sub-headings inside the section ("1.", "1.1.") are not HEADING; the next roman one is.
        organisation = (org.start(), nxt.start() if nxt else end_of_body)
    return Layout(
        header=header, type_line=type_match.span(1) if type_match else None, doc_type=doc_type,
        title=title, preamble=(after_title, preamble_end), body=(preamble_end, end_of_body),
        organisation=organisation, closing=closing, issuer_line=issuer_line, basis=basis,
    )


@lru_cache(maxsize=1)
def _related_list() -> re.Pattern:
    """A website's heading over its list of other articles ("Tin liên quan", "Các tin khác"), alone on its line."""
    return re.compile(r"^[ \t]*(?:#+[ \t]*)?" + opening_pattern("related_list") + r"[ \t]*:?[ \t]*$",
                      re.MULTILINE | re.IGNORECASE)


def related_list_heading(text: str, start: int, end: int, anywhere: bool = False) -> re.Match | None:
    """The first heading of a list of other articles between `start` and `end`. Only a list under the page's text
    unless `anywhere`: the same words in the menu above it head nothing."""
    for heading in _related_list().finditer(text, start, end):
        if anywhere or under_text(text, heading.start()):
            return heading
    return None


def under_text(text: str, pos: int) -> bool:
    """Whether a line of the page's text (one that ends a sentence) stands before `pos`."""
    return _TEXT_LINE.search(text, 0, pos) is not None


def ends_a_sentence(line: str) -> bool:
    return _TEXT_LINE.search(line) is not None


def _before_related_list(text: str, start: int, end: int) -> int:
    """`end`, or the start of a list of other articles within the opening: a page without numbered sections lets
    its opening run on, and the headlines listed there ("Tỉnh ủy triển khai Nghị quyết số ...") are no parents
    of its document."""
    heading = related_list_heading(text, start, end)
    return heading.start() if heading else end


# A line of the page's text, not of its menu: it ends a sentence ("... của Bộ Chính trị.", "... thực hiện./.").
_TEXT_LINE = re.compile(r"(?:\w[.!?][”\")]?|\./\.)[ \t]*$", re.MULTILINE)


@lru_cache(maxsize=1)
def _basis_heading() -> re.Pattern:
    words = opening_pattern("basis_heading")
    cues = opening_pattern("cue")
    # A heading, not an item that cites ("2. Căn cứ Quy định số 24-QĐ/TW, các cấp ủy ..."): no "số" or symbol on
    # its line. Numbered ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "PHẦN I\nCĂN CỨ ..."), or a cue line that announces
    # a list ("Căn cứ:", "Căn cứ các văn bản sau:", "Thực hiện:").
    return re.compile(rf"^[ \t]*(?:(?:(?:[IVX]{{1,5}}|\d{{1,2}}|[A-D])[ \t]*[.\-:)]|PHẦN[ \t]+(?:[IVX]+|\d+|THỨ[ \t]+\w+)"
                      rf"[ \t]*[.\-:)]?[ \t]*\n?)[ \t]*{words}\b(?=[^\n]{{0,100}}$)(?![^\n]*?(?:\d\s*[-/]|\bsố\b))"
                      rf"|^[ \t]*[-+•]?[ \t]*{cues}\b[^\n\d:;,.]{{0,40}}:[ \t]*$)", re.MULTILINE | re.IGNORECASE)


def _basis_section(text: str, start: int, end: int) -> Span | None:
    """The first section, if it lists the basis: from its heading to the next heading."""
    first = HEADING.search(text, start, end)
    found = _basis_heading().match(text, first.start()) if first else None
    if found is None:
        found = _basis_heading().search(text, start, min(end, start + 3000))
        if found is None:
            return _basis_opening_section(text, first, end)
    line_end = text.find("\n", found.end())
    after = HEADING.search(text, line_end if line_end > 0 else end, end)
    return found.start(), after.start() if after else min(end, found.end() + 3000)



# A numbered section ("I. CHỦ TRƯƠNG ...", "PHẦN I"), not "Điều 1." or "QUYẾT ĐỊNH:".
_SECTION_HEADING = re.compile(r"[ \t]*(?:PHẦN\b|[IVX]{1,5}[ \t]*[.\-:)])")
# A line of a basis list: "Căn cứ Nghị quyết số ...;", "- Căn cứ ...".
_BASIS_CUE_LINE = re.compile(r"[ \t]*(?:[-+•–*][ \t]*)?Căn cứ\s")


def _basis_opening_section(text: str, first: re.Match | None, end: int) -> Span | None:
    """A first section that opens straight on "Căn cứ ..." lines, before any prose ("I. CHỦ TRƯƠNG SẮP XẾP"
    over "Căn cứ Nghị quyết số ...;"): those lines are the basis, whatever the heading says; the section's
    prose after them is the body."""
    if first is None or not _SECTION_HEADING.match(text, first.start()):
        return None
    run = _basis_run(text, first.start(), end)
    # A list, not one sentence of a report ("I. KẾT QUẢ\nCăn cứ Kế hoạch số 12, Đảng ủy đã triển khai ..."): two cue
    # lines, or an item that ends with ";".
    return (first.start(), run[1]) if run and (run[0] >= 2 or ";" in text[first.start():run[1]]) else None


def _basis_run(text: str, heading: int, end: int) -> tuple[int, int] | None:
    """How many "Căn cứ" lines stand right under the heading at `heading`, and where their run ends (over blank
    lines and the lines an item wraps onto); None if the section opens otherwise."""
    cues, run_end = 0, None
    line_end = text.find("\n", heading, end)
    while 0 <= line_end < end:
        line_start = line_end + 1
        line_end = text.find("\n", line_start, end)
        line = text[line_start:line_end if line_end >= 0 else end]
        if not line.strip():
            continue
        cue = _BASIS_CUE_LINE.match(line)
        if not (cue or run_end is not None and line.lstrip()[:1].islower()):
            break
        cues += bool(cue)
        run_end = line_end if line_end >= 0 else end
    return (cues, run_end) if run_end is not None else None
