"""The document's own number, date, type and issuer where a page has no standard header: the
site's metadata ("Số hiệu", "Ngày ban hành", "Loại văn bản"), a "Số" cell inside a flattened
header line, a page title ("Thông báo ý kiến số 881-TB/TU ngày ...") or a news lead ("Ngày
21/3/2023, Ban Tuyên giáo Trung ương ban hành Hướng dẫn số 147-HD/BTGTW về ...").

Each answer names where it came from; the pipeline prefers the header and asks here only for
what the header did not give."""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass

from domain.tables import doc_type_by_code, fold as ascii_fold, opening_pattern, read_rows
from extraction.dates import find_dates
from extraction.models import Citation
from extraction.scan import find_words, searchable
from extraction.sections import header_end   # where the first cue line is: a title stands before it
from extraction.symbols import Symbol, find_symbols, symbol_at
from extraction.unwrap import soft_wrap

Span = tuple[int, int]

# A static site's front matter writes the same labels as keys ("so_hieu": "05/NQ-HĐND", "hinh_thuc_van_ban": "Nghị
# quyết", "ngay_ban_hanh": "12/03/2020"; a blank value is no value). Unwrapping may run the keys into one line.
_METADATA_NUMBER = re.compile(r"(?:(?:^|\n|\|)[ \t]*(?:Số hiệu|Số k[ýí] hiệu|K[ýí] hiệu|Số[ \t]*[/,][ \t]*K[ýí] hiệu|Số(?= văn bản))(?: văn bản)?[ \t]*:?[ \t|\n]*"
                              r"|\"so_(?:ky_)?hieu\"[ \t]*:[ \t]*\")(?=\d)", re.IGNORECASE)
_METADATA_DATE = re.compile(r"(?:(?:^|\n|\|)[ \t]*(?:Ngày ban hành|Ngày ký)|\"(?:ngay_ban_hanh|ngay_ky)\")[ \t]*:?[ \t|\n]*\"?",
                            re.IGNORECASE)
_METADATA_TYPE = re.compile(r"(?:^|\n|\|)[ \t]*(?:Loại văn bản|Hình thức văn bản)[ \t]*:?[ \t|\n]*([^\n|]{2,40})"
                            r"|\"(?:loai_van_ban|hinh_thuc_van_ban)\"[ \t]*:[ \t]*\"([^\"\n]{2,40})\"", re.IGNORECASE)
_METADATA_WORDS = ("ký hiệu", "kí hiệu", "số văn bản", "số hiệu", "ngày ban hành", "ngày ký", "loại văn bản", "hình thức văn bản",
                   "so_hieu", "so_ky_hieu", "ngay_ban_hanh", "ngay_ky", "loai_van_ban", "hinh_thuc_van_ban")   # each match holds one
# "Số 03-NQ/TU" as a cell of a header flattened into one line ("TỈNH ỦY ... * Số 03-NQ/TU ĐẢNG ...");
# The word "Số" as pages print it: split at its accented letter by a PDF ("S ố: 12/KH-UBND"), its tone or all its marks
# lost to a font ("Sô: 12/KH-UBND", "So: 12/KH-UBND", with its colon).
SO_WORD = r"(?:S[ \t]?[ốỐôÔ]|S[oO](?=[ \t]*:))"
# ... or "S : 721/Q -BXD" where a broken font dropped the "ố" (a symbol must follow).
NUMBER_LABEL = rf"(?:{SO_WORD}|S(?=[ \t]*:?[ \t]*\d))"   # the number cell's label (also read by pipeline)
_INLINE_NUMBER = re.compile(r"(?:(?<=[\s*|])|^)" + NUMBER_LABEL + r"[ \t]*:?[ \t]*(?=\d)")
# Before a citation that is the document itself: "... (vừa|đã) ban hành" or the page's first words
# ("đã ra Thông báo Kết luận số 234-TB/TW": a Thông báo that carries a Kết luận; "đã có Hướng dẫn 22-HD/...";
# "Ngày 24-10, UBND tỉnh có văn bản số 4912/UBND-NC về việc ..."; "đồng chí X đã công bố Quyết định 12-QĐ/TW ...": news
# of an appointment is about the decision announced, where "tổ chức lễ công bố Nghị quyết ..." tells of a ceremony).
_ISSUED = re.compile(r"(?:(?:(?:vừa|đã|mới)?\s*(?:ký\s+)?(?:ban hành|ra|phát hành|xây dựng|(?<!lễ )(?<!buổi )(?<!hội nghị )công bố)|(?:(?:vừa|đã|mới)\s+|(?<=\w )(?<!không ))có)"
                     r"(?:\s+Thông báo|(?:\s+[^\s,.;:]+){1,4}?\s+số\s*:?)?"   # "ban hành Công văn khẩn số", "Quy chế phối hợp số"
                     r"|(?:vừa|đã|mới)?\s*ký(?:(?:\s+[^\s,.;:]+){1,3}?\s+số\s*:?)?"   # "Thủ tướng ký Quyết định số"
                     r"|(?:giới thiệu|đăng|trích)\s+toàn văn|đăng tải)\s*$", re.IGNORECASE)   # a site posts it


# After a citation that is the document itself: "Theo Kế hoạch số 123/KH-UBND vừa được UBND tỉnh ban hành, ...".
# Its subject may stand between ("Chỉ thị số 06-CT/TU của ... về “...” vừa được ..."), and a person may sign it ("vừa
# được đồng chí X, Ủy viên Bộ Chính trị, Bí thư Thành ủy, ký ban hành"): a signer, not the issuer.
_ISSUED_AFTER = re.compile(r"(?:\s+về\s+[\"“][^\"”\n]{3,200}[\"”])?\s*,?\s*(?:vừa|mới|đã)\s+được\s+"
                           r"(?:(?:đồng chí|đ/c|ông|bà)\s+[^.;\n]{2,160}?,?\s+|(?P<by>[^,.;\n]{2,60}?)\s+)?(?:ký\s+)?ban hành\b",
                           re.IGNORECASE)
_DATE_AFTER_ISSUED = re.compile(r"\s+(?:vào\s+)?ngày\s", re.IGNORECASE)   # "... ký ban hành ngày 01/9/2021"


def _named_as_its_act(match: str, citation: Citation) -> bool:
    """Whether a page that paraphrases a document's opening names it as the act of its subject ("Ban Thường vụ Trung
    ương Đoàn hướng dẫn toàn Đoàn thực hiện ... theo hướng dẫn số 22HD/TWĐTN ngày 28/6/2013": the verb is its type)."""
    start = citation.span[0]
    return bool(citation.issuer is None and citation.doc_type and _THEO.search(match, max(0, start - 10), start)
                and _acts_by_its_type(match, citation.doc_type, start))


def _opens_on_its_act(match: str, citation: Citation) -> bool:
    """Whether the page's first sentence (a headline and its teaser, maybe glued) names a document with its issuer
    and goes on with what the document does ("... sáp nhập Kết luận 150-KL/TW của Bộ Chính trị hướng dẫn xây dựng
    phương án ..."); not a document a cue or a relation names ("Triển khai Kết luận ... của Bộ Chính trị yêu cầu")."""
    start = citation.span[0]
    line_start = match.rfind("\n", 0, start) + 1
    return bool(citation.issuer and citation.doc_type and _ITS_ACT.match(match, citation.span[1])
                and not match[:line_start].strip() and sentence_start(match, start) == line_start
                and not _CUE_BEFORE.search(match, line_start, start) and not _named_as_other(match, line_start, start))


_ITS_ACT = re.compile(r"[ \t]+(?:hướng dẫn|quy định|yêu cầu|chỉ đạo|nêu rõ)\s", re.IGNORECASE)
_THEO = re.compile(r"\stheo\s+$")
_SENTENCE_STOP = re.compile(r"[.;:\n]")


def _acts_by_its_type(match: str, doc_type: str, start: int) -> bool:
    """Whether the sentence before `start` has a capitalised subject acting by the verb that names the type."""
    sentence = max((hit.end() for hit in _SENTENCE_STOP.finditer(match, max(0, start - 300), start)), default=max(0, start - 300))
    return _subject_acting_as(doc_type).search(match, sentence, start) is not None


@lru_cache(maxsize=None)
def _subject_acting_as(doc_type: str) -> re.Pattern:
    return re.compile(rf"[A-ZĐÀ-Ỹ][^,.;:\n]{{1,60}}?\s{re.escape(doc_type.lower())}\s")


def issued_by(match: str, citation: Citation) -> tuple[str, Span] | None:
    """The body a lead names after the document it issued ("... vừa được UBND tỉnh ban hành", "Theo Công văn
    số 3517/UBND ngày 18/7/2022, UBND huyện đề nghị ...")."""
    after = _ISSUED_AFTER.match(match, citation.span[1]) or _ITS_CONTENT.match(match, citation.span[1])
    return (after.group("by"), after.span("by")) if after and after.group("by") else None


def _relays_content(match: str, citation: Citation) -> bool:
    """A paragraph that opens on a document with no issuer named and goes on with what its body asks ("Theo
    Công văn số 3517/UBND ngày 18/7/2022, UBND huyện đề nghị ..."): a news item on that document (with
    "của" another body it would be the page's parent, and it is then not read here)."""
    start = citation.span[0]
    before = ("\n" if start <= 40 else "") + match[max(0, start - 40):start]
    return citation.issuer is None and bool(_OPENS_ON.search(before)) and bool(_ITS_CONTENT.match(match, citation.span[1]))


# "Theo " or "Theo đó, tại " opening a paragraph, after a site's tag ("(hocmon.gov.vn) Theo "; a joined line
# may put the tag after a posting time) or after a site's date stamp ("2025-06 Theo đó, tại Quyết định số ...").
_OPENS_ON = re.compile(r"(?:\n|\)[ \t]*-?|\d[ \t])[ \t]*(?:Theo đó,[ \t]*)?(?:Theo|Tại)[ \t]+$", re.IGNORECASE)
_ITS_CONTENT = re.compile(r"[ \t]*,[ \t]*(?P<by>(?-i:[A-ZĐÀ-Ỹ])[^,.;:\n]{2,60}?)[ \t]+"
                          r"(?:đề nghị|yêu cầu|chỉ đạo|giao|quyết định|quy định)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _title_line() -> re.Pattern:
    """A title line of the page: a type word opens it and the number follows within a few
    words ("Thông báo ý kiến số 881-TB/TU ngày ...")."""
    from extraction.find import type_words   # the one list of type words
    return re.compile(rf"[ \t#*]*(?:{type_words()[0].pattern})(?:\s+[^\s\d]+){{0,3}}?\s+số\s*:?\s*$", re.IGNORECASE)


@dataclass
class Lead:
    symbol: Symbol | None = None
    doc_type: str | None = None
    date: tuple[str, Span | None] | None = None
    issuer: tuple[str, Span] | None = None
    evidence: str = ""
    told_of: Citation | None = None   # a document of another type than the page's that the lead says was issued


def metadata(match: str, limit: int) -> Lead:
    """A legal-document site's metadata table."""
    lead = Lead(evidence="the page's metadata")
    lowered = searchable(match, _METADATA_WORDS)
    if lowered is not None and not any(lowered.find(word, 0, limit) >= 0 for word in _METADATA_WORDS):
        return lead   # no label of a metadata table: none of its patterns can match
    number = _METADATA_NUMBER.search(match, 0, limit)
    if number:
        lead.symbol = symbol_at(match, number.end())
    elif listed := _listing_row(match, limit):
        return listed
    when = _METADATA_DATE.search(match, 0, limit)
    if when:
        dates = find_dates(match, when.end(), min(len(match), when.end() + 20))
        lead.date = dates[0] if dates else None
    kind = _METADATA_TYPE.search(match, 0, limit)
    if kind:
        lead.doc_type = (kind.group(1) or kind.group(2)).strip()
    return lead


# A site's listing of documents: a row of column labels, the number's first ("Số ký hiệu Ngày ban hành Loại văn bản Trích
# yếu"), then a row per document ("56/ 2015/ NĐ - CP 09/06/2015 Nghị định"), maybe run into one line by the unwrapping.
_LISTING_LABELS = re.compile(r"(?:^|\n)[ \t]*(?:Số ký hiệu|Số hiệu|Ký hiệu)(?: văn bản)?[ \t]+Ngày ban hành"
                             r"(?:[ \t]+(?:Loại văn bản|Trích yếu|Cơ quan ban hành|Người ký|Ngày hiệu lực))*", re.IGNORECASE)
_ROW_TYPE = re.compile(r"[ \t|]*([^\d\n|]{2,40}?)(?=[ \t|]*(?:\d|\n|$))")   # the type cell after the date cell
_LISTING_END = re.compile(r"\n[ \t]*\n")


def _listing_row(match: str, limit: int) -> Lead | None:
    """The document of a listing whose rows name one number only (a row may repeat it, cut short: "56/2015"):
    its number, the date and the type of its row. A listing of several documents names none of them."""
    labels = _LISTING_LABELS.search(match, 0, limit)
    if labels is None:
        return None
    blank = _LISTING_END.search(match, labels.end())
    rows = find_symbols(match[labels.end():blank.start() if blank else len(match)])
    if len({symbol.symbol for symbol in rows}) != 1:
        return None
    symbol = symbol_at(match, labels.end() + rows[0].span[0])
    dates = find_dates(match, symbol.span[1], min(len(match), symbol.span[1] + 30))
    cell = _ROW_TYPE.match(match, dates[0][1][1] if dates else symbol.span[1])
    return Lead(symbol, doc_type=cell.group(1).strip() if cell else None, date=dates[0] if dates else None,
                evidence="the page's listing row")


def inline_number(match: str, limit: int) -> Symbol | None:
    """A "Số ..." cell that is not at a line start (a flattened header)."""
    for found in _INLINE_NUMBER.finditer(match, 0, limit):
        if named_by_type(match, found.start()):
            continue   # "THỰC HIỆN NGHỊ QUYẾT SỐ 29-NQ/TW": a title's citation, not a number cell
        symbol = symbol_at(match, found.end())
        if symbol:
            return symbol
    return None


@lru_cache(maxsize=1)
def _typed_before() -> re.Pattern:
    from extraction.find import type_words   # the one list of type words
    return re.compile(rf"(?:{type_words()[0].pattern})(?P<words>(?:[ \t]+[^\s\d]+){{0,2}}?)\s*$", re.IGNORECASE)


def named_by_type(match: str, start: int) -> bool:
    """Whether a type word stands before the "Số" at `start`, maybe with a couple of words in lower case that
    go on with its name ("thực hiện Quy chế phối hợp Số 105/QC- PH": a citation mid-sentence, not a number cell)."""
    typed = _typed_before().search(match, max(0, start - 40), start)
    return bool(typed and typed.group("words") == typed.group("words").lower())


_NAME_RELATES = re.compile(r"(?<!\w)(?:về|của|theo|tại|kèm)(?!\w)", re.IGNORECASE)


def number_in_type_title(match: str, type_line: Span) -> Symbol | None:
    """The page's number on its one-line type title, after the name the type gives the document ("LUẬT NGƯỜI CAO TUỔI
    SỐ 39/2009/QH12 NGÀY 23 THÁNG 11 NĂM 2009"): not when the words before it relate the page to another document
    ("KẾ HOẠCH THỰC HIỆN NGHỊ QUYẾT SỐ 29-NQ/TW", "... CỦA UBND TỈNH SỐ 123/UBND-VX")."""
    from extraction.relations import relation_before   # relations reads the lead
    line_end = match.find("\n", type_line[1])
    found = _INLINE_NUMBER.search(match, type_line[1], len(match) if line_end < 0 else line_end)
    if found is None:
        return None
    words = match[type_line[1]:found.start()]
    if _NAME_RELATES.search(words) or relation_before(words.lower()) or named_by_type(match, found.start()):
        return None
    return symbol_at(match, found.end(), since=found.start())


def continues_a_cited_title(match: str, line_start: int) -> bool:
    """Whether the "Số" line at `line_start` goes on with a title line that ends on a type word after other words
    ("... MỘT SỐ NỘI DUNG CỦA NGHỊ ĐỊNH" over "SỐ 68/2017/NĐ-CP NGÀY ..."): the title's citation wrapped, not the
    number cell that a type title alone ("QUYẾT ĐỊNH" over "Số: 12/QĐ-UBND") may stand over."""
    above_start = match.rfind("\n", 0, max(0, line_start - 1)) + 1
    typed = _typed_before().search(match, max(above_start, line_start - 40), line_start)
    if typed is None or typed.group("words") != typed.group("words").lower():
        return False
    before = match[above_start:typed.start()].rstrip()
    return bool(before) and before[-1].isalpha()


def from_citations(match: str, citations: list[Citation], limit: int,
                   titled: str | None = None) -> tuple[Citation, str] | None:
    """A citation that is the document itself: announced as issued ("Ban Tuyên giáo Trung
    ương ban hành Hướng dẫn số 147-HD/BTGTW"), or opening the page ("Nghị quyết số 03-NQ/TU").
    `titled`: the type a type title gives the page, if any."""
    first_cue = None
    cited = set()     # symbols the page named as another document before ("Bổ sung Hướng dẫn số 24-HD/...")
    limit = before_body(match, limit)   # "Phần I: ĐÁNH GIÁ ..." then "UBND huyện đã ban hành ...": a report's narrative
    for citation in citations:
        start = citation.span[0]
        if start >= limit:
            break
        issued = _ISSUED.search(match, max(0, start - 40), start)
        announced = issued or _ISSUED_AFTER.match(match, citation.span[1])
        if announced and (answer := _issued_to_carry_out(match, citations, citation, limit)):
            # (also when the title named it as another document: "Quảng Trị cụ thể hóa nghị quyết 66" over the lead)
            return answer, f"{CARRIES_OUT} {citation.symbol}"
        if _key(citation.symbol) in cited:
            continue
        if _named_as_its_act(match, citation):
            return citation, "the lead names it as its subject's act"
        if _opens_on_its_act(match, citation):
            return citation, "the page's first sentence names it with its issuer and what it does"
        if announced:
            return citation, ISSUED_EVIDENCE + ("announced" if issued and "công bố" in issued.group(0).lower() else "issued")
        if _bracketed_after_announcement(match, citation):
            return citation, "the lead gives its number in brackets after announcing it"
        if titled in (None, citation.doc_type) and _relays_content(match, citation):   # not a titled plan's basis
            return citation, "the lead tells what it asks"
        if _BRACKETED.search(match, max(0, start - 3), start) and start < (first_cue := first_cue or header_end(match)):
            # "Về việc báo cáo ... (3585/VP-KTN, ngày 23/10/2017)": a portal's title names its number.
            return citation, "the page's title gives it in brackets"
        if _AT.search(match, max(0, start - 6), start) and _CONVEYS.match(match, citation.span[1]):
            # "..., tại Công văn số 11977-CV/VPTW, ngày 23/4/2020 của Văn phòng Trung ương Đảng đã truyền đạt ý kiến
            # chỉ đạo của Thường trực Ban Bí thư như sau:": the page relays what that letter conveys.
            return citation, "the lead relays what it conveys"
        if citation.doc_type and not match[:start].count("\n") and _ENDS_TITLE.match(match, citation.span[1]) and (
                _AFTER_DASH.search(match, max(0, start - 4), start) or _ONLY_LINE.match(match, citation.span[1])
                and not _CUE_BEFORE.search(match, 0, start)):
            # "Văn bản hợp nhất: Nghị định 132/2008-NĐCP và 67/2009-NĐCP – 07/VBHN-BCT": the title's number, last;
            # a listing's entry saved alone, its subject then its type and number ("Bảng giá ca máy tỉnh Lạng Sơn
            # Quyết định 788/QĐ-UBND").
            return citation, "the page's title ends with it"
        line_start = match.rfind("\n", 0, start) + 1
        if _ATTACHED_FILE.match(match, line_start) and _ATTACHMENT_LABEL.search(match, max(0, line_start - 60), start):
            return citation, "the name of the attached file gives it"
        if citation.doc_type and (not match[past_urgency_mark(match, line_start):start].strip(" \t#*|")
                                  and not _goes_on_a_sentence(match, line_start)
                                  or _title_line().fullmatch(match, line_start, citation.symbol_span[0])
                                  or _after_category_crumb(match, line_start, citation)
                                  or _alone_on_a_one_line_page(match, citations, citation)
                                  or _FRONT_MATTER_TITLE.search(match, line_start, start)) \
                and not _CUE_BEFORE.search(match, line_start, start):
            return citation, "the page's title names it"
        if _named_as_other(match, line_start, start):
            cited.add(_key(citation.symbol))
    return _deployed_by_its_issuer(match, citations, limit)


_SENTENCE_MARK = re.compile(r"\w[,;.][ \t]+\w")   # prose: a menu, a breadcrumb or a motto has none of these


def _goes_on_a_sentence(match: str, line_start: int) -> bool:
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


ISSUED_EVIDENCE = "the lead says it was "   # then "issued" or "announced"
CARRIES_OUT = "the lead says it was issued to carry out"   # the evidence of a later document: the lead's date is the first's


def sentence_start(match: str, pos: int) -> int:
    return max(match.rfind("\n", 0, pos), match.rfind(". ", 0, pos)) + 1


def _deployed_by_its_issuer(match: str, citations: list[Citation], limit: int) -> tuple[Citation, str] | None:
    """A body's conference to deploy a document of its own, as the report names it ("Ban Thường vụ Huyện ủy X tổ chức
    hội nghị triển khai hướng dẫn đánh giá ...", then "Hướng dẫn số 05-HD/HU ... của Ban Thường vụ Huyện ủy về ..."):
    the cited document of that type the subject issued (not one of another body it also deploys)."""
    from extraction.find import type_name   # the one list of type words
    from extraction.issuer import ORGANS    # issuer reads the registry; lead is read before it
    deploys = _deploys().search(match, 0, limit) if "hội nghị" in match[:limit].lower() else None
    if deploys is None or not type_name(deploys.group("type")):
        return None
    subject = ascii_fold(ORGANS.sub("", deploys.group("subject")))
    for citation in citations:
        if citation.span[0] >= limit:
            break
        if citation.span[0] > deploys.end() and citation.doc_type == type_name(deploys.group("type")) and citation.issuer \
                and subject.startswith(ascii_fold(ORGANS.sub("", citation.issuer))):
            return citation, "the lead's subject holds a conference to deploy it"
    return None


@lru_cache(maxsize=1)
def _deploys() -> re.Pattern:
    from extraction.find import type_words   # the one list of type words
    # The type in lower case, no number after it: the document is named by its subject ("hướng dẫn đánh giá ...").
    return re.compile(rf"(?P<subject>(?-i:[A-ZĐ])[^,;.\n]{{2,80}}?)\s+tổ chức\s+hội nghị\s+(?:triển khai|quán triệt|phổ biến)\s+"
                      rf"(?P<type>(?-i:{type_words()[0].pattern.lower()}))\s+(?!số\b|\d)", re.IGNORECASE)


def presented(match: str, start: int, end: int) -> tuple[str, tuple[str, Span], str] | None:
    """The unnumbered document a news item presents, its type and the body it names ("... nghe đồng chí X giới thiệu
    nội dung hướng dẫn của Ban Thường vụ Thị ủy Y về kiểm điểm ..."), and the words that say so."""
    from extraction.find import type_name   # the one list of type words
    lowered = match[start:end].lower()
    if "giới thiệu" not in lowered:
        return None
    found = _presents().search(match, start, end)
    if found is None or not type_name(found.group("type")):
        return None
    return type_name(found.group("type")), (found.group("issuer"), found.span("issuer")), found.group(0)


@lru_cache(maxsize=1)
def _presents() -> re.Pattern:
    from extraction.find import type_words   # the one list of type words
    return re.compile(rf"(?<!\w)giới thiệu\s+(?:(?:toàn văn|(?:những\s+)?nội dung(?:\s+cơ bản|\s+chính)?)\s+(?:của\s+)?)?"
                      rf"(?P<type>{type_words()[0].pattern})\s+của\s+(?P<issuer>(?-i:[A-ZĐ])[^,;.()\n]{{2,80}}?)"
                      r"(?=\s+(?:về|năm|nhiệm kỳ|đối với|với|cho|tại)\b|[,;.()\n])", re.IGNORECASE)


def _bracketed_after_announcement(match: str, citation: Citation) -> bool:
    """A lead that announces a document by its type in lower case and gives its number in brackets after the subject
    ("Ban Thường vụ Tỉnh ủy vừa có hướng dẫn về công tác nhân sự ... (tại Văn bản số 01-HD/TU ngày 03/02/2021)")."""
    start = citation.span[0]
    bracket = _BRACKET_OPENS.search(match, max(0, start - 10), start)
    if bracket is None or not citation.doc_type:
        return False
    sentence = sentence_start(match, start)
    announced = lead_type(match, sentence, bracket.start())
    return announced is not None and announced[0] == citation.doc_type


# "(tại Văn bản số", "(Kế hoạch số"; not "(theo Hướng dẫn số ...)", what the subject acts on.
_BRACKET_OPENS = re.compile(r"\([ \t]*(?:tại[ \t]+)?$", re.IGNORECASE)


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
    if before and not before.endswith(":") or _CUE_BEFORE.search(before[-14:]):   # "Căn cứ:", "Thực hiện:"
        return None
    return last if _ENDS_PAGE.match(match, last.span[1]) else None


# After a closing number's date: the end of its line, then at most a short line or two (the signer's or poster's name).
_ENDS_PAGE = re.compile(r"[^\n]{0,30}?[ \t.]*(?:\n\s*[^\n]{0,40}){0,2}\s*$")
_SOURCE_OPENS = re.compile(r"(?:^|\n)[ \t]*\([ \t]*(?:Theo|Nguồn[ \t]*:?)[ \t]+$", re.IGNORECASE)
_SOURCE_CLOSES = re.compile(r"[^()\n]{0,200}\)[ \t.]*\s*$")


def _after_category_crumb(match: str, line_start: int, citation: Citation) -> bool:
    """A title run into the site's breadcrumb on its first line, whose last crumb is the category of its own
    type ("PVC-IC Văn bản pháp luật Thông tư Thông tư 175/2010/TT-BTC ...", "Văn bản > Chỉ thị > Chỉ thị số ...")."""
    from extraction.find import type_name   # the one list of type words
    if line_start != match.rfind("\n", 0, title_start(match)) + 1 or citation.span[0] - line_start > _MOST_CRUMB_CHARS:
        return False
    crumbs = _category_crumb().search(match, line_start, citation.span[0])
    return bool(crumbs) and type_name(crumbs.group("type")) == citation.doc_type \
        and not _CUE_BEFORE.search(match, line_start, citation.span[0])


_MOST_CRUMB_CHARS = 120
# The title field of a static site's front matter, JSON or YAML ('    "title": " Giấy mời số 88/GM-UBND ...",'), right
# before the document it names (unwrapping may have joined the fields' lines).
_FRONT_MATTER_TITLE = re.compile(r"(?:^|(?<=[\s,{]))\"?title\"?[ \t]*:[ \t]*[\"']?[ \t]*$")
_MOST_SLUG_CHARS = 250
_PROSE_MARK = re.compile(r"[,;:!?]|\.\s")   # a sentence's marks: a slug has none ("Bám sát Nghị quyết ..., thời gian qua ...")
_MOST_SLUG_LABEL_WORDS = 4   # "download phap luat", "tai ve", "Tải về"


def _alone_on_a_one_line_page(match: str, citations: list[Citation], citation: Citation) -> bool:
    """A page that is one short line naming one document and nothing else, a site's words before it (a file's or a
    URL's slug: "download phap luat nghi dinh 95 2012 nd cp quy dinh chuc nang ..."): that document is the page, unless
    the words before it relate the page to it or are more than a site's label (a headline's subject and verb: "Bộ
    Công Thương đề xuất sửa đổi Nghị định ...")."""
    page = match.strip()
    return "\n" not in page and len(page) <= _MOST_SLUG_CHARS and not _PROSE_MARK.search(page) \
        and {c.symbol for c in citations} == {citation.symbol} \
        and _site_label(match[:citation.span[0]]) and not _named_as_other(match, 0, citation.span[0])


def _site_label(words: str) -> bool:
    """Whether the words before a slug's document are only a site's label: a few, naming no type (a crumb of another
    type, "Tài liệu Thông báo Thông tư ...", files the page under a document of its own)."""
    from extraction.find import type_words   # the one list of type words
    return len(words.split()) <= _MOST_SLUG_LABEL_WORDS and type_words()[0].search(words) is None


@lru_cache(maxsize=1)
def _category_crumb() -> re.Pattern:
    from extraction.find import type_words   # the one list of type words
    return re.compile(rf"(?:^|(?<=[\s>»|/]))(?P<type>{type_words()[0].pattern})[ \t]*[>»|/]?[ \t]*$", re.IGNORECASE)


_AT = re.compile(r"(?<!\w)tại\s+$", re.IGNORECASE)
_CONVEYS = re.compile(r"\s*,?\s+(?:đã\s+|vừa\s+)?truyền đạt\s", re.IGNORECASE)
_AFTER_DASH = re.compile(r"\s[–-]\s*$")
_ENDS_TITLE = re.compile(r"[ \t.]*(?:\n|$)")
_ONLY_LINE = re.compile(r"[ \t.]*\s*$")
# A line that is the name of the page's attached file ("TT-219_2009_TT-BTC ngay 19-11-2009 Dinh muc ... .doc").
_ATTACHMENT_LABEL = re.compile(r"đính kèm|tải về|download|tệp|file", re.IGNORECASE)   # "File đính kèm", "Tải về:"
_ATTACHED_FILE = re.compile(r"[ \t]*[^\s][^\n]{0,200}\.(?:docx?|pdf|rar|zip)[ \t]*(?:\n|$)", re.IGNORECASE)


def _issued_to_carry_out(match: str, citations: list[Citation], first: Citation, limit: int) -> Citation | None:
    """A later document the lead says was issued to carry out the first ("Ngày 09/2/2010, Chính phủ đã ban
    hành Nghị quyết số 08/NQ-CP ... Để tổ chức thực hiện Nghị quyết này, ngày 01/3/2010, UBND tỉnh đã ban hành
    Công văn số 766/UBND-NV"): the page is about that one."""
    from extraction.relations import BACK_CUE_WORDS, points_back_to, this_document   # relations reads the layout
    for later in citations:
        start = later.span[0]
        if start <= first.span[1] or later.symbol == first.symbol:
            continue
        if start >= limit:
            break
        sentence = sentence_start(match, start)
        end = min((at for at in (match.find("\n", start), match.find(". ", start)) if at >= 0), default=len(match))
        # The cue before it ("Để tổ chức thực hiện Nghị quyết này, ... đã ban hành Y") or after it, in its sentence
        # ("Ngay sau đó, Tỉnh ủy đã ban hành Chương trình hành động số 40, ... để thực hiện Nghị quyết số 57.").
        cues = (*find_words(this_document(), BACK_CUE_WORDS, match, sentence, start),
                *find_words(this_document(), BACK_CUE_WORDS, match, later.span[1], min(end, later.span[1] + 300)))
        if any(points_back_to(cue, first) for cue in cues) and _ISSUED.search(match, max(0, start - 40), start):
            return later
    return None


def _named_as_other(match: str, line_start: int, start: int) -> bool:
    """Whether the words before a citation on its line relate the page to it ("Về việc triển khai
    thực hiện Nghị quyết 08/NQ-TW", "Bổ sung Hướng dẫn số 24-HD/BTCTW"): then it is not the page."""
    from extraction.relations import relation_before   # relations reads the layout; lead is read before
    return relation_before(match[line_start:start]) is not None


def own_citation_issuer(match: str, citations: list[Citation], own: Symbol, limit: int) -> tuple[str, Span] | None:
    """The issuer a lead names with the page's own number ("Nghị quyết số 09/2018/NQ-HĐND của Hội đồng nhân dân
    tỉnh quy định ..." under the site's "Số/Ký hiệu: 09/2018/NQ-HĐND")."""
    for citation in citations:
        if citation.span[0] >= limit:
            break
        line_start = match.rfind("\n", 0, citation.span[0]) + 1
        opens_line = not match[line_start:citation.span[0]].strip(" \t#*|")   # not "Căn cứ Quyết định số 133/QĐ-UBND ..."
        if citation.issuer and opens_line and _key(citation.symbol) == _key(own.symbol):
            issuer = _SUBJECT_AFTER_ISSUER.sub("", citation.issuer)
            return issuer, (citation.span[1] - len(citation.issuer), citation.span[1] - len(citation.issuer) + len(issuer))
    return None


# What the title says after the issuer ("... của Hội đồng nhân dân tỉnh quy định tỷ lệ phân cấp ...").
_SUBJECT_AFTER_ISSUER = re.compile(r"\s+(?:quy định|về|v/v|ban hành|hướng dẫn|phê duyệt|thông qua|sửa đổi)\s.*$",
                                   re.IGNORECASE | re.DOTALL)


def _key(symbol: str) -> str:
    return re.sub(r"[\s/.-]", "", symbol).upper()


_BRACKETED = re.compile(r"\(\s*$")
# A heading of a document's body: "Phần I:", "PHẦN THỨ NHẤT", "I. ĐÁNH GIÁ ...", "A. KẾT QUẢ ...", "Câu 1. ...".
def before_body(match: str, limit: int) -> int:
    """`limit`, or the first heading of a body before it (a page that starts at its report's "Phần I:")."""
    heading = _BODY_HEADING.search(match, 0, limit)
    return heading.start() if heading else limit


_BODY_HEADING = re.compile(r"^[ \t]*(?:(?:Phần|PHẦN)\s+(?:[IVX]{1,4}|\d{1,2}|thứ|THỨ)\b|(?:[IVX]{1,4}|[A-D])\.[ \t]+(?-i:[A-ZĐ]{2})"
                           r"|(?:Câu|CÂU)[ \t]+1[ \t]*[.:])",   # a quiz's or a questionnaire's first question
                           re.MULTILINE)


_CUE_BEFORE = re.compile(r"thực hiện|triển khai|căn cứ|theo|quán triệt|cụ thể hóa|của", re.IGNORECASE)


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
    """The date after the words that say the document was issued ("... vừa được ... ký ban hành ngày 01/9/2021")."""
    after = _ISSUED_AFTER.match(match, citation.span[1])
    if not after or not _DATE_AFTER_ISSUED.match(match, after.end()):
        return None
    dates = find_dates(match, after.end(), min(len(match), after.end() + 30))
    return dates[0] if dates else None


# A date right after a symbol is the cited document's ("Thực hiện Công văn số 103-CV/BCĐ 35, ngày 17/02/2023 của
# ..., Ban Chỉ đạo huyện ban hành Công văn số 25-CV/BCĐ"), not the issuing's.
_OF_A_CITATION = re.compile(r"(?:\d[ \t]*[-/][ \t]*[A-ZĐ][\w/.&-]*(?:[ \t]\d{1,3})?|\bsố[ \t]*\d+)[ \t]*,?[ \t]*(?:ngày[ \t]*)?$",
                            re.IGNORECASE)
_DATED_SENTENCE = re.compile(r"[ \t]*(?:\(\w+\)\s*-\s*)?(?:Ngày|Vào ngày|Hôm nay,? ngày)\s", re.IGNORECASE)


def as_symbol(citation: Citation) -> Symbol:
    form = "state" if re.match(r"\d+/", citation.symbol) else "party"
    return Symbol(citation.symbol, citation.number, citation.type_code, citation.issuer_code, None, form,
                  citation.symbol_span, citation.raw_symbol)


def issued_type(match: str, start: int, end: int) -> str | None:
    """The type an opening sentence says is being issued; see `lead_type`."""
    said = lead_type(match, start, end)
    return said[0] if said else None


def lead_type(match: str, start: int, end: int) -> tuple[str | None, str] | None:
    """The type an opening sentence says is being issued ("... ban hành Kế hoạch triển khai",
    "Chi bộ ... xây dựng kế hoạch hoạt động ... như sau", "Công an xã triển khai kế hoạch ..."), and the
    words that say so; not a cited document's ("Căn cứ Quyết định ... về ban hành Kế hoạch ..."). A "văn bản"
    issued names no type: the type is None then ("vừa có văn bản đề nghị ...")."""
    from extraction.find import type_name, type_words   # the one list of type words
    pattern, _ = type_words()
    for verb in _ISSUING_VERB.finditer(match, start, end):
        word = pattern.match(match, verb.end())
        if word and _own_act(match, verb.start()) and not _ENACTED_ON.match(match, word.end()) \
                and not _EACH_UNITS_OWN.match(match, word.end()):
            return type_name(word.group(0)), match[verb.start():word.end()].strip()
    # "..., Phòng Giáo dục và Đào tạo hướng dẫn các trường ... như sau:", "Ban Bí thư quy định chức
    # năng ... như sau:", "Ban Thường trực Ủy ban MTTQ tỉnh hướng dẫn việc tổ chức ...": the verb names the type.
    acting = _ACTS_AS_TYPE.search(match, start, end) or _subject_acts(match, start, end)
    if acting:   # the words from the subject on: the clause before it is what the page carries out
        said = match[acting.start("subject"):acting.end()] if "subject" in acting.re.groupindex else acting.group(0)
        return type_name(acting.group("type")), said.strip(" ,;.\n")
    # "Theo thông báo của UBND tỉnh vừa được ban hành, ...": a news lead names the type.
    announced = ANNOUNCED.search(match, start, end)
    if announced and pattern.fullmatch(announced.group(1)):
        return type_name(announced.group(1)), announced.group(0).strip()
    return None


def self_named_type(match: str) -> tuple[str, str] | None:
    """The type the page gives itself in its own words ("từ khi công văn này ban hành", "ngày ký Kế hoạch này",
    "Quyết định này có hiệu lực", "Luật này quy định về ...", "Xem chi tiết công văn đính kèm"), and those words."""
    from extraction.find import type_name, type_words   # the one list of type words
    pattern, lowered = type_words()
    longest_first = sorted(lowered, key=len, reverse=True)   # "thông báo kết luận này" is not a "kết luận"
    for anchor in _SELF_ANCHOR.finditer(match):   # read only at "<type> này" and "Xem": a long page stays quick
        if anchor.group().lower() == "xem":
            found = _LINKED.match(match, anchor.end())
            word = pattern.match(match, found.end()) if found else None
            if word and _LINK_END.match(match, word.end()) and type_name(word.group(0)):
                return type_name(word.group(0)), match[anchor.start():word.end()]
            continue
        before = match[max(0, anchor.start() - 40):anchor.start()]
        word = next((w for w in longest_first if before.lower().endswith(w)), None)
        if word is None or not type_name(word):
            continue
        word_start = anchor.start() - len(word)
        issued = _ISSUED_AS_SELF.search(match, max(0, word_start - 25), word_start)
        if _IN_FORCE.match(match, anchor.end()) or (issued and _SIGNED.match(issued.group(0))) or \
                (issued and _ISSUES_SELF.match(match, anchor.end())) or _states_its_scope(match, word_start, anchor.end()):
            return type_name(word), match[issued.start() if issued else word_start:anchor.end()]
    return None


def paraphrased_type(match: str) -> tuple[str, str] | None:
    """The type of the document a news page paraphrases, named by a sentence that opens on it with no number
    ("Theo Kế hoạch, việc sơ tuyển ... hoàn thành trong tháng 11", "Tại Kế hoạch này, UBND tỉnh giao ...", "Quyết
    định của Bộ trưởng Bộ Tài chính nêu rõ, ..."; also after a site's date stamp, " date 2025-09-10 Theo Quyết định,
    ..."); the capital says a document, not a plan in general ("theo kế hoạch, công trình sẽ ...")."""
    from extraction.find import type_name   # the one list of type words
    for opening in _paraphrases().finditer(match, 0, min(len(match), _PARAPHRASE_WITHIN)):
        word = opening.group("type") or opening.group("reported")
        if word[0].isupper() and type_name(word):
            return type_name(word), opening.group(0).strip()
    return None


_PARAPHRASE_WITHIN = 1500


def paraphrased_citation(match: str, citations: list[Citation], limit: int) -> Citation | None:
    """The document a news page paraphrases ("Theo Quyết định, Ban Bí thư yêu cầu ...") where the page names one
    document of that type with its number ("... ban hành kèm theo Quyết định số 363-QĐ/TW, ngày 30/8/2025 của Ban Bí
    thư"); several of that type leave it unknown."""
    said = paraphrased_type(match)
    named = [c for c in citations if c.span[0] < limit and said and c.doc_type == said[0] and not c.bare]
    if not named or len({_key(c.symbol) for c in named}) != 1:
        return None
    # Not one the sentence names as what is carried out ("... ban hành Kế hoạch triển khai Kế hoạch số 12-KH/TU"):
    # the paraphrased document's parent; the decision a text is issued with ("kèm theo Quyết định số ...") is it.
    carried_out = _CARRIED_OUT_BEFORE.search(match, sentence_start(match, named[0].span[0]), named[0].span[0])
    return None if carried_out else named[0]


_CARRIED_OUT_BEFORE = re.compile(r"thực hiện|triển khai|căn cứ|quán triệt|cụ thể hóa|(?<!kèm )theo\b", re.IGNORECASE)


# A sentence opening on the document and what it says ("Quyết định của Bộ trưởng Bộ Tài chính nêu rõ, ...", "Kế hoạch
# nhấn mạnh: ..."): the verbs that report a document's words (read by the pipeline too, to end an issuer there).
REPORTING_VERBS = r"(?:nêu rõ|nêu|cho biết|chỉ rõ|nhấn mạnh|khẳng định)"


@lru_cache(maxsize=1)
def _paraphrases() -> re.Pattern:
    from extraction.find import type_words   # the one list of type words
    return re.compile(rf"(?:^|(?<=\n)|(?<=\.\s)|(?<=\d[ \t]))[ \t]*(?:(?-i:Theo|Tại)[ \t]+(?P<type>{type_words()[0].pattern})(?:[ \t]+này)?[ \t]*,"
                      rf"|(?P<reported>{type_words()[0].pattern})(?:[ \t]+này|[ \t]+của[ \t]+[^,.;:\n]{{3,80}}?)?[ \t]+{REPORTING_VERBS}[ \t]*[,:])",
                      re.IGNORECASE)


def _states_its_scope(match: str, word_start: int, anchor_end: int) -> bool:
    """A sentence opening on "<Type> này quy định" ("...; Luật này quy định về tổ chức ...", "Điều 1. Quy chế này quy
    định ..."): the document's first article names it."""
    return bool(_STATES_SCOPE.match(match, anchor_end) and _OPENS_SENTENCE.search(match, max(0, word_start - 4), word_start))


_STATES_SCOPE = re.compile(r"\s+quy định\s")
_OPENS_SENTENCE = re.compile(r"(?:^|[.;:\n])[ \t]*$")
_SELF_ANCHOR = re.compile(r" này\b|\bxem\b", re.IGNORECASE)
_IN_FORCE = re.compile(r"\s+có hiệu lực")                                   # "Quyết định này có hiệu lực"
_ISSUES_SELF = re.compile(r"\s+(?:được\s+)?ban hành")                      # "từ khi công văn này ban hành"
_ISSUED_AS_SELF = re.compile(r"(?:(?:từ|sau)\s+khi|(?:ngày|khi)\s+ký(?:\s+ban hành)?)\s+$", re.IGNORECASE)
_SIGNED = re.compile(r"(?:ngày|khi)\s+ký", re.IGNORECASE)                  # "kể từ ngày ký Kế hoạch này"
_LINKED = re.compile(r"\s+(?:chi tiết|toàn văn|nội dung)(?:\s+của)?\s+", re.IGNORECASE)   # "Xem chi tiết công văn đính kèm"
_LINK_END = re.compile(r"\s+(?:đính kèm|tại đây)", re.IGNORECASE)


def _subject_acts(match: str, start: int, end: int) -> re.Match | None:
    """A sentence whose subject guides ("Ban Thường trực ... hướng dẫn việc tổ chức ...") or, after the clause of
    what it carries out, announces ("Thực hiện Công điện số ..., Thường trực HĐND thành phố thông báo tạm dừng
    ..."), or a body that guides ("Ủy ban Trung ương MTTQ Việt Nam hướng dẫn sắp xếp ...", also after the posting
    year of a teaser flattened into one line) or has a plan to act ("..., Hội Liên hiệp Phụ nữ tỉnh (LHPN) có kế
    hoạch tổ chức ..."), or rules ("Bộ Chính trị quy định ... như sau:"), not one that asks a body to ("đề nghị Sở
    Tư pháp hướng dẫn việc ...")."""
    for pattern in (_GUIDES, _ANNOUNCES_AFTER_CUE, _BODY_GUIDES, _BODY_PLANS, _REPORTS, _BODY_RULES):
        for found in pattern.finditer(match, start, end):
            if not _ASKS.search(found.group("subject")) and _own_act(match, found.start("type")):
                return found
    return None


def acting_subject(match: str, start: int, end: int) -> tuple[str, Span] | None:
    """The subject whose act gives the page's type (see `_subject_acts`), and where it stands."""
    found = _subject_acts(match, start, end)
    return (found.group("subject"), found.span("subject")) if found else None


_GUIDES = re.compile(r"(?:^|\n|\.\s)[ \t]*(?P<subject>(?-i:[A-ZĐ])[^,;.\n]{2,90}?)\s(?:vừa\s|đã\s)?(?P<type>hướng dẫn)\s+việc\s",
                     re.IGNORECASE)
# A body's name opening the sentence (after a posting year: "... 21 Tháng 9, 2025 Ủy ban ..."), then "hướng dẫn" and
# what it guides in lower case (not a "hướng dẫn viên", a guide, nor "hướng dẫn của" X, a noun; a Hội nghị is no
# body); or, after a clause, "có kế hoạch" and what it will do.
_BODY_HEAD = r"(?-i:Ủy ban|Uỷ ban|Ban|Bộ|Sở|Phòng|Hội(?! nghị| thảo| thi)|Tỉnh đoàn|Thành đoàn|Trung ương Đoàn|Thường trực)(?:\s[^,;.\n]{2,80}?)?"
_BODY_GUIDES = re.compile(r"(?:^|\n|[.;]\s|(?<=\d{4})\s)[ \t]*(?P<subject>" + _BODY_HEAD + r")\s(?:vừa\s|đã\s)?(?P<type>hướng dẫn)"
                          r"\s+(?!viên\b|của\b)(?=(?-i:[a-zđà-ỹ]))", re.IGNORECASE)
_BODY_PLANS = re.compile(r"(?:^|\n|[.;,]\s)[ \t]*(?P<subject>" + _BODY_HEAD + r")\s(?:\([^()\n]{2,12}\)\s)?(?:vừa\s|đã\s)?"
                         r"có\s(?P<type>kế hoạch)\s+(?:tổ chức|triển khai|thực hiện)\b", re.IGNORECASE)
# What a lead says was issued "theo Quyết định số 310/QĐ-UBND ngày 21/02/2012": a document issued before, by its
# dated decision, that the page tells of (a report reviewing a year's plan), not the page being issued.
_ENACTED_ON = re.compile(r"[^.;\n]{0,150}?\s(?:theo|tại|kèm theo)\s+Quyết định\s+số\s*\S+\s*,?\s*ngày\s+\d", re.IGNORECASE)
# A plan each unit makes for itself ("các đơn vị xây dựng kế hoạch của đơn vị", "... kế hoạch của mình"): a task the
# page gives, not the page being issued.
_EACH_UNITS_OWN = re.compile(r"\s+(?:của\s+(?:(?:cơ quan,\s*)?đơn vị|mình|địa phương)|riêng)\b", re.IGNORECASE)
# A body that reports what follows ("..., UBND tỉnh Tây Ninh báo cáo kết quả công tác cải cách hành chính năm 2012
# như sau:"): a report, not a "báo cáo của" X it cites.
_REPORTS = re.compile(r"(?:^|\n|[.;,]\s)[ \t]*(?P<subject>(?-i:[A-ZĐ])[^,;.\n]{2,90}?)\s(?:xin\s|kính\s)?(?P<type>báo cáo)\s"
                      r"(?!(?:của|số|về việc)\b)[^.;\n]{3,300}?như sau\s*:", re.IGNORECASE)
# A body that rules at the start of its line, with no clause before it ("Bộ Chính trị quy định về luân chuyển cán bộ
# như sau:" under 65-QĐ/TW, a page whose QUY ĐỊNH title is lost): a Quy định, not a "quy định của"/"số" it cites.
_BODY_RULES = re.compile(r"(?:^|\n)[ \t]*(?P<subject>" + _BODY_HEAD + r")\s(?P<type>(?-i:quy định))\s"
                         r"(?!(?:của|số|tại)\b)[^.;\n]{3,300}?như sau\s*:", re.IGNORECASE)
_ANNOUNCES_AFTER_CUE = re.compile(r"(?:^|\n)[ \t]*(?:Thực hiện|Căn cứ|Triển khai)\s[^\n]{10,400}?,\s"
                                  r"(?P<subject>(?-i:[A-ZĐ])[^,;.\n]{2,80}?)\s(?P<type>thông báo)\s(?!(?:cho|với|đến|tới|rằng|của)\b)",
                                  re.IGNORECASE)


def asks_units(match: str, start: int, end: int) -> str | None:
    """The words of a letter's opening: after the clause of what it carries out, a body asks named units to do what
    follows ("Thực hiện Công văn số ... của Ban Tuyên giáo Tỉnh ủy; Ban Tuyên giáo Huyện ủy đề nghị các tổ chức cơ sở
    đảng, ... thực hiện một số nội dung sau:"): a Công văn with no header."""
    for found in _ASKS_AFTER_CUE.finditer(match, start, end):
        if not _ASKS.search(found.group("subject")):
            return match[found.start("subject"):found.end()]   # the request, from its subject on
    return None


_ASKS_AFTER_CUE = re.compile(r"(?:^|\n)[ \t]*(?:Thực hiện|Căn cứ|Triển khai)\s[^\n]{10,400}?[,;]\s"
                             r"(?P<subject>(?-i:[A-ZĐ])[^,;.\n]{2,80}?)\s(?:đề nghị|yêu cầu)\s[^.\n]{5,400}?\bsau\s*:",
                             re.IGNORECASE)
_ASKS = re.compile(r"\b(?:đề nghị|yêu cầu|giao|chỉ đạo|cần|sẽ|để|được|nếu|khi)\b", re.IGNORECASE)
_ACTS_AS_TYPE = re.compile(r"(?:^|[,;.]\s)[^,;.\n]{3,90}?\s(?i:(?P<type>hướng dẫn|thông báo|quy định))\s[^.;\n]{3,300}?như sau\s*:")
ANNOUNCED = re.compile(r"(?:^|\n)[ \t]*Theo\s+(\w+(?:\s\w+)?)\s+của\s([^,.\n]{3,60}?)\svừa\s(?:được\s)?ban hành",
                       re.IGNORECASE)
# A page that quotes a document and says whose: "Đây là nội dung nêu tại báo cáo công tác ... năm 2017 của Ban Chấp
# hành Đảng bộ X." (no number between the type and "của": a numbered one is a cited document).
# "Đây là (một trong những) nội dung (chính) nêu tại ...": the one phrase both QUOTED_OF and _ISSUING_VERB read.
_THIS_IS_CONTENT = r"\bĐây là\s+(?:một trong những\s+)?nội dung(?:\s+chính)?"
_CONTENT_IN = r"(?:nêu tại|nêu trong|của|trong|tại)"
QUOTED_OF = re.compile(_THIS_IS_CONTENT + r"\s+" + _CONTENT_IN + r"\s+"
                       r"(?:báo cáo|kế hoạch|nghị quyết|thông báo|kết luận|chương trình|đề án|hướng dẫn)\s"
                       r"(?:(?!\bsố\s*:?\s*\d|\d+\s*[/-]\s*[A-ZĐ])[^.;\n]){0,160}?\scủa\s+([^,.;\n]{3,80}?)(?=\s*[,.;\n]|$)", re.IGNORECASE)


def _own_act(match: str, verb: int) -> bool:
    """Whether the issuing verb at `verb` is the act of the page's own subject: not part of a cited document's
    description ("Quyết định số 74/QĐ-UBND ngày 09/01/2012 của UBND tỉnh ban hành Chương trình ...", "... về việc
    hướng dẫn xây dựng kế hoạch"), not inside the clause of what the page carries out ("Thực hiện Chỉ đạo của Bộ
    ... xây dựng kế hoạch ...;"), not a task given to someone ("chịu trách nhiệm chủ trì, phối hợp với ... xây
    dựng Kế hoạch", "giao Sở Tài chính xây dựng kế hoạch"). The clause is the words since the last comma."""
    clause = _after_last(_CLAUSE_STOP, match, verb)
    return not (_DESCRIBES.search(match, max(0, verb - 12), verb) or _cited_in_clause().search(match, clause, verb)
                or _CUE_CLAUSE.match(match, clause) or _TASKED.search(match, clause, verb)
                or _DUTY.search(match, _after_last(_SENTENCE_STOP, match, verb), verb))


def _after_last(stop: re.Pattern, match: str, position: int) -> int:
    """Where the clause or sentence holding `position` starts: after the last stop within a few lines before."""
    window = max(0, position - _CLAUSE_WITHIN)
    return max((hit.end() for hit in stop.finditer(match, window, position)), default=window)


_CLAUSE_WITHIN = 200
_CLAUSE_STOP = re.compile(r"[,;:.\n]")
# "... của UBND quận về ban hành Kế hoạch ...", "... số 1521/QĐ-TTg ngày 06/10/2020 ban hành Kế hoạch": a cited
# document's description (its number, its subject after "về"), not this document being issued.
# Read over the 12 characters before the verb: a date or a year ends a citation, a unit's number does not ("Chi bộ
# Trường Tiểu học số 1 xây dựng", "Chính ủy Quân khu 4 đã ký").
_DESCRIBES = re.compile(r"(?:\bvề|\bviệc|\d[/.-]\d{1,4}|\d{4})\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _cited_in_clause() -> re.Pattern:
    """A symbol, a type word with its number ("Quyết định số 74"; not a body's "Trường Tiểu học số 1") or a subject
    after "về việc": a cited document's description."""
    from extraction.find import type_words   # the one list of type words
    return re.compile(rf"\d[ \t]*[/-][ \t]*[A-ZĐ]|(?:{type_words()[0].pattern})[ \t]+số[ \t]*:?[ \t]*\d|\bvề\s+việc\b|\bv/v\b",
                      re.IGNORECASE)


_CUE_CLAUSE = re.compile(r"[ \t“\"(-]*" + opening_pattern("cue") + r"\s", re.IGNORECASE)
# A task given to someone: in the clause ("đề nghị các huyện", "giao Sở Tài chính", "yêu cầu các sở"), not the noun a
# cue cites ("theo đề nghị của Sở Nội vụ"); in the sentence, a duty its clauses share ("Hội Chữ thập đỏ chịu trách
# nhiệm chủ trì, phối hợp với ... xây dựng Kế hoạch"), where a body's own joint act keeps its verb ("Ban Tuyên giáo
# phối hợp với Sở Nội vụ ban hành Hướng dẫn").
_TASKED = re.compile(r"\b(?:đề nghị|yêu cầu|(?-i:giao)(?=\s+(?:cho|nhiệm vụ|(?-i:[A-ZĐ]))))\b(?!\s+(?:của|tại)\b)", re.IGNORECASE)
_DUTY = re.compile(r"\b(?:chịu|có|được giao)\s+trách nhiệm\b", re.IGNORECASE)
# A letter (Công văn): addressed to someone, or with its subject on a "V/v" line.
LETTER = re.compile(r"(?:^|\n)[ \t|“\"]*(?:Kính gửi\s*:|V/v\b)", re.IGNORECASE)


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
        if word and (position == first or _TITLE_GOES_ON.match(match, word.end())):
            return word
        chrome = _CHROME_LINE.match(match, position)
        if not chrome:
            break
        position = chrome.end()
    return _posted_title(match)


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


# "... ban hành Kế hoạch", "... thống nhất ký kết Quy chế phối hợp", "... vừa có văn bản hướng dẫn ...": the type
# issued (a "văn bản" that a type word names). After "có" only a type as a title writes it, a "văn bản" or a
# "công văn": "Chủ tịch UBND tỉnh đã có kết luận về cuộc họp" concludes a meeting.
# News leads announce with more verbs: "vừa có thông báo về ..." (a type in lower case after "vừa có"), "đã nhất
# trí thông qua Nghị quyết Đại hội", "HĐND thành phố vừa thông qua Nghị quyết về ...", "thông qua nghị quyết của
# kỳ họp" (a council's session passes its own resolution), "Công an xã triển khai kế hoạch ...", "thống nhất kế hoạch giám sát" (a
# plan of its own: not one with a number or of another body, which the page carries out; "các hội nghị triển
# khai kế hoạch ...": a meeting's name), "đã công bố quyết định giám sát" (the same), and the page that
# quotes a document: "Đây là nội dung nêu tại báo cáo ...", "Nội dung này được đề cập tại kế hoạch ...". A draft
# is of its own type ("xây dựng dự thảo Quyết định ban hành Quy chế"). After "văn bản", "quy định" is the verb of a letter that rules on something ("UBND tỉnh
# vừa có văn bản quy định lịch thời vụ ..."), not a Quy định. "ra" is a word of its own ("kiểm tra kế hoạch" checks a
# plan) and not the end of "diễn ra", "xảy ra" ("diễn ra chương trình nghệ thuật": a show takes place).
_ISSUING_VERB = re.compile(r"(?:ban hành|xây dựng|phát hành|ký kết|(?<!\w)(?<!diễn )(?<!xảy )ra|(?:đã|vừa|mới)\s+ký(?:\s+kết)?|(?:đã|vừa|mới)\s+có(?=\s+(?:(?-i:[A-ZĐ])|văn bản|công văn))"
                           r"|(?:vừa|mới)\s+có(?=\s+(?:thông báo|hướng dẫn|kế hoạch|chỉ thị)\s+(?:về|số)\b)"
                           r"|(?:nhất trí|biểu quyết|vừa|đã|mới)(?:\s+(?:cao|hoàn toàn|tuyệt đối))?\s+thông qua(?=\s+(?-i:[A-ZĐ]))"
                           r"|thông qua(?:\s+các)?(?=\s+nghị quyết\s+(?:của|tại)\s+kỳ họp\b)"
                           r"|(?<!hội nghị )(?<!cuộc họp )(?<!phiên họp )(?:triển khai|thống nhất)(?=\s+kế hoạch\s(?!\s*(?:số|của|do|\d)))"
                           r"|công bố(?=\s+quyết định\s(?!\s*(?:số|của|do|\d)))"
                           r"|" + _THIS_IS_CONTENT + r"(?:\s+" + _CONTENT_IN + r")?"
                           r"|\b(?:Nội dung|Thông tin) (?:này|trên) (?:được|đã được) (?:đề cập|nêu|đưa ra)\s+(?:tại|trong))"
                           r"(?:\s+văn bản(?=\s+(?:hướng dẫn|thông báo|kế hoạch|quy chế)\b))?\s+(?:dự thảo\s+)?",
                           re.IGNORECASE)


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


def issued_on(match: str, start: int, end: int) -> tuple[str, Span] | None:
    for found in _ISSUED_ON.finditer(match, start, end):
        group = "date" if found.group("date") else "within"
        if group == "within" and _OF_A_CITATION.search(match, max(0, found.start() - 45), found.start() + 1):
            continue   # "Căn cứ Quyết định số 12/QĐ-UBND, ngày 5/3/2020, ...": the cited document's date
        dates = find_dates(match, found.start(group) - 5, found.end(group)) or _without_comma(match, found, group)
        if dates:
            return dates[0]
    return None

