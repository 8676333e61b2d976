"""Which citation on a page without a header is the document itself: the one a news lead announces as issued ("Ban
Tuyên giáo Trung ương ban hành Hướng dẫn số 147-HD/BTGTW"), the one the page's title names ("Nghị quyết số
03-NQ/TU"), a later one the lead says was issued to carry out the first, the one a page paraphrases; and the body a lead
names as its issuer ("... vừa được UBND tỉnh ban hành").

Each answer says why, in words the pipeline keeps as evidence (`ISSUED_EVIDENCE`, `CARRIES_OUT`); the pipeline asks
here only for what the header and the site's metadata did not give."""
from __future__ import annotations

import re
from functools import lru_cache

from domain.tables import fold as ascii_fold
from extraction.models import Citation, Span
from extraction.page_chrome import (CUE_BEFORE, after_category_crumb, alone_on_a_one_line_page, among_related_links,
                                     an_item_of_a_list, goes_on_a_sentence, named_as_other)
from extraction.page_title import in_a_listing, past_urgency_mark
from extraction.scan import find_words
from extraction.sections import header_end   # where the first cue line is: a title stands before it
from extraction.stated_type import SENTENCE_STOP, lead_type, paraphrased_type
from extraction.symbols import Symbol

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
ISSUED_AFTER = re.compile(r"(?:\s+về\s+[\"“][^\"”\n]{3,200}[\"”])?\s*,?\s*(?:vừa|mới|đã)\s+được\s+"
                          r"(?:(?:đồng chí|đ/c|ông|bà)\s+[^.;\n]{2,160}?,?\s+|(?P<by>[^,.;\n]{2,60}?)\s+)?(?:ký\s+)?ban hành\b",
                          re.IGNORECASE)


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
                and not CUE_BEFORE.search(match, line_start, start) and not named_as_other(match, line_start, start))


_ITS_ACT = re.compile(r"[ \t]+(?:hướng dẫn|quy định|yêu cầu|chỉ đạo|nêu rõ)\s", re.IGNORECASE)
_THEO = re.compile(r"\stheo\s+$")


def _acts_by_its_type(match: str, doc_type: str, start: int) -> bool:
    """Whether the sentence before `start` has a capitalised subject acting by the verb that names the type."""
    sentence = max((hit.end() for hit in SENTENCE_STOP.finditer(match, max(0, start - 300), start)), default=max(0, start - 300))
    return _subject_acting_as(doc_type).search(match, sentence, start) is not None


@lru_cache(maxsize=None)
def _subject_acting_as(doc_type: str) -> re.Pattern:
    return re.compile(rf"[A-ZĐÀ-Ỹ][^,.;:\n]{{1,60}}?\s{re.escape(doc_type.lower())}\s")


def issued_by(match: str, citation: Citation) -> tuple[str, Span] | None:
    """The body a lead names after the document it issued ("... vừa được UBND tỉnh ban hành", "Theo Công văn
    số 3517/UBND ngày 18/7/2022, UBND huyện đề nghị ...")."""
    after = ISSUED_AFTER.match(match, citation.span[1]) or _ITS_CONTENT.match(match, citation.span[1])
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
        announced = issued or ISSUED_AFTER.match(match, citation.span[1])
        if announced and (answer := _issued_to_carry_out(match, citations, citation, limit)):
            # (also when the title named it as another document: "Quảng Trị cụ thể hóa nghị quyết 66" over the lead)
            return answer, f"{CARRIES_OUT} {citation.symbol}"
        if symbol_key(citation.symbol) in cited or among_related_links(match, start):
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
                and not CUE_BEFORE.search(match, 0, start)):
            # "Văn bản hợp nhất: Nghị định 132/2008-NĐCP và 67/2009-NĐCP – 07/VBHN-BCT": the title's number, last;
            # a listing's entry saved alone, its subject then its type and number ("Bảng giá ca máy tỉnh Lạng Sơn
            # Quyết định 788/QĐ-UBND").
            return _unless_carried_out(match, citations, citation, limit, "the page's title ends with it")
        line_start = match.rfind("\n", 0, start) + 1
        if _ATTACHED_FILE.match(match, line_start) and _ATTACHMENT_LABEL.search(match, max(0, line_start - 60), start):
            return citation, "the name of the attached file gives it"
        if citation.doc_type and (not match[past_urgency_mark(match, line_start):start].strip(" \t#*|")
                                  and not goes_on_a_sentence(match, line_start)
                                  or _title_line().fullmatch(match, line_start, citation.symbol_span[0])
                                  or after_category_crumb(match, line_start, citation)
                                  or alone_on_a_one_line_page(match, citations, citation)
                                  or _FRONT_MATTER_TITLE.search(match, line_start, start)) \
                and not CUE_BEFORE.search(match, line_start, start) and not an_item_of_a_list(match, line_start) \
                and not in_a_listing(match, match.rfind("\n", 0, citation.symbol_span[0]) + 1):
            return _unless_carried_out(match, citations, citation, limit, "the page's title names it")
        if named_as_other(match, line_start, start):
            cited.add(symbol_key(citation.symbol))
    return _deployed_by_its_issuer(match, citations, limit)


ISSUED_EVIDENCE = "the lead says it was "   # then "issued" or "announced"
CARRIES_OUT = "the lead says it was issued to carry out"   # the evidence of a later document: the lead's date is the first's


def sentence_start(match: str, pos: int) -> int:
    return max(match.rfind("\n", 0, pos), match.rfind(". ", 0, pos)) + 1


def sentence_end(match: str, pos: int) -> int:
    return min((at for at in (match.find("\n", pos), match.find(". ", pos)) if at >= 0), default=len(match))


def _unless_carried_out(match: str, citations: list[Citation], titled: Citation, limit: int,
                        evidence: str) -> tuple[Citation, str]:
    """The document a page's title names, unless the lead below says another was issued to carry it out, naming it
    again in full ("Chỉ thị số 05-CT/TW của Bộ Chính trị về ..." over "Ngày 5/3, Tỉnh ủy ban hành Kế hoạch số
    120-KH/TU thực hiện Chỉ thị số 05-CT/TW ..."): a news page's headline that is the higher document's title."""
    for later in citations:
        start = later.span[0]
        if start >= limit:
            break
        if start <= titled.span[1] or symbol_key(later.symbol) == symbol_key(titled.symbol) \
                or not _ISSUED.search(match, max(0, start - 40), start):
            continue
        opens, ends = sentence_start(match, start), sentence_end(match, start)
        for again in citations:
            if opens <= again.span[0] < ends and symbol_key(again.symbol) == symbol_key(titled.symbol) \
                    and _CARRIED_OUT_BEFORE.search(match, max(opens, again.span[0] - 40), again.span[0]):
                return later, f"{CARRIES_OUT} {titled.symbol}"
    return titled, evidence


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
# The title field of a static site's front matter, JSON or YAML ('    "title": " Giấy mời số 88/GM-UBND ...",'), right
# before the document it names (unwrapping may have joined the fields' lines).
_FRONT_MATTER_TITLE = re.compile(r"(?:^|(?<=[\s,{]))\"?title\"?[ \t]*:[ \t]*[\"']?[ \t]*$")


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
        end = sentence_end(match, start)
        # The cue before it ("Để tổ chức thực hiện Nghị quyết này, ... đã ban hành Y") or after it, in its sentence
        # ("Ngay sau đó, Tỉnh ủy đã ban hành Chương trình hành động số 40, ... để thực hiện Nghị quyết số 57.").
        cues = (*find_words(this_document(), BACK_CUE_WORDS, match, sentence, start),
                *find_words(this_document(), BACK_CUE_WORDS, match, later.span[1], min(end, later.span[1] + 300)))
        if any(points_back_to(cue, first) for cue in cues) and _ISSUED.search(match, max(0, start - 40), start):
            return later
    return None


def own_citation_issuer(match: str, citations: list[Citation], own: Symbol, limit: int) -> tuple[str, Span] | None:
    """The issuer a lead names with the page's own number ("Nghị quyết số 09/2018/NQ-HĐND của Hội đồng nhân dân
    tỉnh quy định ..." under the site's "Số/Ký hiệu: 09/2018/NQ-HĐND")."""
    for citation in citations:
        if citation.span[0] >= limit:
            break
        line_start = match.rfind("\n", 0, citation.span[0]) + 1
        opens_line = not match[line_start:citation.span[0]].strip(" \t#*|")   # not "Căn cứ Quyết định số 133/QĐ-UBND ..."
        if citation.issuer and opens_line and symbol_key(citation.symbol) == symbol_key(own.symbol):
            issuer = _SUBJECT_AFTER_ISSUER.sub("", citation.issuer)
            return issuer, (citation.span[1] - len(citation.issuer), citation.span[1] - len(citation.issuer) + len(issuer))
    return None


# What the title says after the issuer ("... của Hội đồng nhân dân tỉnh quy định tỷ lệ phân cấp ...").
_SUBJECT_AFTER_ISSUER = re.compile(r"\s+(?:quy định|về|v/v|ban hành|hướng dẫn|phê duyệt|thông qua|sửa đổi)\s.*$",
                                   re.IGNORECASE | re.DOTALL)


def symbol_key(symbol: str) -> str:
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


def as_symbol(citation: Citation) -> Symbol:
    form = "state" if re.match(r"\d+/", citation.symbol) else "party"
    return Symbol(citation.symbol, citation.number, citation.type_code, citation.issuer_code, None, form,
                  citation.symbol_span, citation.raw_symbol)


def paraphrased_citation(match: str, citations: list[Citation], limit: int) -> Citation | None:
    """The document a news page paraphrases ("Theo Quyết định, Ban Bí thư yêu cầu ...") where the page names one
    document of that type with its number ("... ban hành kèm theo Quyết định số 363-QĐ/TW, ngày 30/8/2025 của Ban Bí
    thư"); several of that type leave it unknown."""
    said = paraphrased_type(match)
    named = [c for c in citations if c.span[0] < limit and said and c.doc_type == said[0] and not c.bare]
    if not named or len({symbol_key(c.symbol) for c in named}) != 1:
        return None
    # Not one the sentence names as what is carried out ("... ban hành Kế hoạch triển khai Kế hoạch số 12-KH/TU"):
    # the paraphrased document's parent; the decision a text is issued with ("kèm theo Quyết định số ...") is it.
    carried_out = _CARRIED_OUT_BEFORE.search(match, sentence_start(match, named[0].span[0]), named[0].span[0])
    return None if carried_out else named[0]


_CARRIED_OUT_BEFORE = re.compile(r"thực hiện|triển khai|căn cứ|quán triệt|cụ thể hóa|(?<!kèm )theo\b", re.IGNORECASE)
