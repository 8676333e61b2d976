"""What surrounds a citation on a page without a header, to tell whether the citation is the page itself: a
breadcrumb whose last crumb is its type, a one-line page that is a file's or a URL's slug, a line that only goes on
with the prose above it, a closing source line ("(Theo Thông báo số 229/TB-UBND ...)") or a letter's number left at
the end by a print page; and the words before a citation that relate the page to it ("Về việc triển khai thực hiện
Nghị quyết ..."): then it is another document.

Read by own_citation, which weighs these with the lead's words."""
from __future__ import annotations

import re
from functools import lru_cache

from extraction.models import Citation
from extraction.page_title import ends_an_item, title_start
from extraction.sections import ends_a_sentence, related_list_heading, under_text
from extraction.unwrap import soft_wrap

def among_related_links(match: str, start: int) -> bool:
    """Whether `start` stands in a news site's block of links to other items ("Tin liên quan", "Các tin khác":
    data/domain/opening_words.csv, role related_list), one a line under its label up to a blank line: what those
    items issued is not this page's document. Above the page's text such a label may also be a menu item, so
    there the line must be a headline, not a sentence ("Tin liên quan" / "Liên hệ" over the article's lead)."""
    blank = match.rfind("\n\n", 0, start)
    heading = related_list_heading(match, blank + 1 if blank >= 0 else 0, start, anywhere=True)
    if heading is None or "\n\n" in match[heading.end():start]:
        return False
    line_end = match.find("\n", start)
    line = match[match.rfind("\n", 0, start) + 1:line_end if line_end >= 0 else len(match)]
    return under_text(match, heading.start()) or not ends_a_sentence(line)


_SENTENCE_MARK = re.compile(r"\w[,;.][ \t]+\w")   # prose: a menu, a breadcrumb or a motto has none of these


def goes_on_a_sentence(match: str, line_start: int) -> bool:
    """Whether the line at `line_start` only goes on with the sentence of the prose line above (a page copied from a
    PDF with hard line breaks: "... công tác phụ nữ. Đặc biệt là" over "Nghị quyết 11-NQ/TW của Bộ Chính trị, ..."):
    a document it names first is cited mid-sentence, not the page's title. In the first lines, where unwrapping
    keeps every break (a header's two columns are lines), this is read here."""
    if line_start < 2:
        return False
    above = match[match.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
    end = match.find("\n", line_start)
    following = match[line_start:end if end >= 0 else len(match)]
    return bool(_SENTENCE_MARK.search(above)) and soft_wrap(above, following, in_header=False)


def an_item_of_a_list(match: str, line_start: int) -> bool:
    """Whether the line at `line_start` is an item of a list, not a title: the line above ends its own item with ";"
    ("Căn cứ Luật ...;" over "Nghị định số 30/2020/NĐ-CP ...;", a page cut inside its opening), or the line does."""
    return match[:line_start].rstrip(" \t\n").endswith(";") or ends_an_item(match, line_start)


def closing_source(match: str, citations: list[Citation]) -> Citation | None:
    """The document a page names as its source on its last line ("(Theo Thông báo số 229/TB-UBND ngày 30/11/2022
    Kết luận tiếp công dân ...)" under a portal's answer): what the page reproduces."""
    last = citations[-1] if citations else None
    if last is None or not last.doc_type or not _SOURCE_OPENS.search(match, max(0, last.span[0] - 12), last.span[0]):
        return None
    return last if _SOURCE_CLOSES.match(match, last.span[1]) else None


def closing_number(match: str, citations: list[Citation]) -> Citation | None:
    """A letter's number and date alone at the end of the page's last paragraph, where a portal's print page left them
    ("... thực hiện tốt một số nội dung sau: 37/UBND-VP ngày 10/1/2022" above the poster's name): no type word and no
    cue names it as another document."""
    last = citations[-1] if citations else None
    if last is None or last.span[0] != last.symbol_span[0] or last.type_code or not last.date:   # no type word before
        return None
    line_start = match.rfind("\n", 0, last.span[0]) + 1
    before = match[line_start:last.span[0]].rstrip()
    if before and not before.endswith(":") or CUE_BEFORE.search(before[-14:]):   # "Căn cứ:", "Thực hiện:"
        return None
    return last if _ENDS_PAGE.match(match, last.span[1]) else None


# After a closing number's date: the end of its line, then at most a short line or two (the signer's or poster's name).
_ENDS_PAGE = re.compile(r"[^\n]{0,30}?[ \t.]*(?:\n\s*[^\n]{0,40}){0,2}\s*$")
_SOURCE_OPENS = re.compile(r"(?:^|\n)[ \t]*\([ \t]*(?:Theo|Nguồn[ \t]*:?)[ \t]+$", re.IGNORECASE)
_SOURCE_CLOSES = re.compile(r"[^()\n]{0,200}\)[ \t.]*\s*$")


def after_category_crumb(match: str, line_start: int, citation: Citation) -> bool:
    """A title run into the site's breadcrumb on its first line, whose last crumb is the category of its own
    type ("PVC-IC Văn bản pháp luật Thông tư Thông tư 175/2010/TT-BTC ...", "Văn bản > Chỉ thị > Chỉ thị số ...")."""
    from extraction.find import type_name   # the one list of type words
    if line_start != match.rfind("\n", 0, title_start(match)) + 1 or citation.span[0] - line_start > _MOST_CRUMB_CHARS:
        return False
    crumbs = _category_crumb().search(match, line_start, citation.span[0])
    return bool(crumbs) and type_name(crumbs.group("type")) == citation.doc_type \
        and not CUE_BEFORE.search(match, line_start, citation.span[0])


_MOST_CRUMB_CHARS = 120
_MOST_SLUG_CHARS = 250
_PROSE_MARK = re.compile(r"[,;:!?]|\.\s")   # a sentence's marks: a slug has none ("Bám sát Nghị quyết ..., thời gian qua ...")
_MOST_SLUG_LABEL_WORDS = 4   # "download phap luat", "tai ve", "Tải về"


def alone_on_a_one_line_page(match: str, citations: list[Citation], citation: Citation) -> bool:
    """A page that is one short line naming one document and nothing else, a site's words before it (a file's or a
    URL's slug: "download phap luat nghi dinh 95 2012 nd cp quy dinh chuc nang ..."): that document is the page, unless
    the words before it relate the page to it or are more than a site's label (a headline's subject and verb: "Bộ
    Công Thương đề xuất sửa đổi Nghị định ...")."""
    page = match.strip()
    return "\n" not in page and len(page) <= _MOST_SLUG_CHARS and not _PROSE_MARK.search(page) \
        and {c.symbol for c in citations} == {citation.symbol} \
        and _site_label(match[:citation.span[0]]) and not named_as_other(match, 0, citation.span[0])


def _site_label(words: str) -> bool:
    """Whether the words before a slug's document are only a site's label: a few, naming no type (a crumb of another
    type, "Tài liệu Thông báo Thông tư ...", files the page under a document of its own)."""
    from extraction.find import type_words   # the one list of type words
    return len(words.split()) <= _MOST_SLUG_LABEL_WORDS and type_words()[0].search(words) is None


@lru_cache(maxsize=1)
def _category_crumb() -> re.Pattern:
    from extraction.find import type_words   # the one list of type words
    return re.compile(rf"(?:^|(?<=[\s>»|/]))(?P<type>{type_words()[0].pattern})[ \t]*[>»|/]?[ \t]*$", re.IGNORECASE)


def named_as_other(match: str, line_start: int, start: int) -> bool:
    """Whether the words before a citation on its line relate the page to it ("Về việc triển khai
    thực hiện Nghị quyết 08/NQ-TW", "Bổ sung Hướng dẫn số 24-HD/BTCTW"): then it is not the page."""
    from extraction.relations import relation_before   # relations reads the layout; lead is read before
    return relation_before(match[line_start:start]) is not None


CUE_BEFORE = re.compile(r"thực hiện|triển khai|căn cứ|theo|quán triệt|cụ thể hóa|của", re.IGNORECASE)
