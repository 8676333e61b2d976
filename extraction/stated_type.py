"""The type a page without a header states for itself in its words: the type its opening sentence says is issued
("... ban hành Kế hoạch triển khai"), a subject acting by the verb that names the type ("Phòng Giáo dục ... hướng dẫn
... như sau:"), the page naming itself ("Quyết định này có hiệu lực"), a news page paraphrasing a document ("Theo
Kế hoạch, ..."), or presenting one ("giới thiệu nội dung hướng dẫn của ..."); and the marks of a letter.

Read with care for the verbs that describe a cited document or give a task to another body: those name no type of the
page's own."""
from __future__ import annotations

import re
from functools import lru_cache

from domain.tables import opening_pattern
from extraction import page_chrome
from extraction.models import Span

SENTENCE_STOP = re.compile(r"[.;:\n]")


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
        if word and _own_act(match, verb.start()) and not page_chrome.among_related_links(match, verb.start()) \
                and not _ENACTED_ON.match(match, word.end()) \
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
                or _DUTY.search(match, _after_last(SENTENCE_STOP, match, verb), verb))


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
