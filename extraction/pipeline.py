"""extract_document: normalised text -> DocumentRecord, in stages.

find (layout, own symbol and date, citations) -> resolve (relations, issuers, identity)
-> annotate (assignments, deadlines, recipients, signer)."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from functools import lru_cache

from domain.registry import Registry
from domain.tables import body_kinds, boards, stacked_names, doc_type_by_code, doc_type_by_name, fold, issuer_code_entry, opening_pattern
from extraction import assignments as duties
from extraction.unnumbered import find_unnumbered
from extraction import closing, congresses, dateline, heads, identity, named_line, organs, page_bodies, plain
from extraction import lead_dates, number_cell, own_citation, page_chrome, page_title, site_metadata, stated_type
from extraction.dates import (HEADER, BLANK_HEADER, WEEKDAY, date_at, find_dates, is_place, loose_header, meeting_days, adopted_on,
                              yearless_issue)
from extraction.find import find_citations, type_words
from extraction.issuer import (ORGANS, level_of_scope, UNIT_LEVELS, UNIT_WORDS, Context, kind_of, resolve_code, resolve_phrase,
                               places_between, scan_context)
from extraction.models import DocumentRecord, Issuer, Reference
from extraction.relations import PARENT_RELATIONS, classify, demote_listed_with_self
from extraction.scan import find_words
from extraction.sections import MOTTOS, Layout, find_layout, header_end, is_type_title, opened_before
from extraction.unwrap import capitals_before_place, flowing, unwrap_joining
from extraction.symbols import is_letter_number, symbol_at
from loaders.normalize import match_text, normalize_text

OWN_SYMBOL = re.compile(r"(?:^|\n)[ \t#*]*" + number_cell.SO_WORD + r"[ \t]*[:.]?[ \t]*(?=\d)", re.MULTILINE)   # "Số.12/KH-UBND" too
BLANK_SYMBOL = re.compile(r"(?:^|\n)[ \t#*]*" + number_cell.SO_WORD + r"[ \t]*:?[ \t]*[-–][ \t]*[A-ZĐ]{1,5}/", re.MULTILINE)
# A comma inside a body's name: "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh", "Sở Văn hóa, Thể thao và Du lịch".
NAME_COMMA = r"(?<=phòng),\s(?=chống\s)|(?<=tham nhũng),\s(?=tiêu cực\s)|(?<=Văn hóa),\s(?=Thể thao\s)"
# Patterns with the document's own type filled in ({types}); braces of counts are doubled. A news
# agency's dateline before the sentence ("(Baonghean.vn) - UBND tỉnh ... vừa ban hành ...") is blanked
# first (extraction/dateline.py).
ISSUING_SENTENCE = (
    r"(?:(?:^|\n)[ \t]*|[,;.:]\s+)(?:[ \t]*Nay\s+)?(?:[ \t]*(?:Ngày|Vào ngày|Hôm nay,? ngày)\s+\d[\d/.\-]*(?:\s+tháng\s+\d+)?(?:[/\s]+(?:năm\s+)?\d{{4}})?,?\s+)?"
    r"((?:Ban Thường vụ|Thường trực|Ban Chấp hành|BTV)\s(?:[^,;.\n(]|\([^)\n]{{0,80}}\)){{2,90}}?"
    r"|(?!" + opening_pattern("cue", "weak_cue") + r")(?!(?:{any_type})\s+(?:số\s*:?\s*)?\d)"
    r"[A-ZĐÀ-Ỹ](?:[^,;.\n]|" + NAME_COMMA + r"){{2,80}}?)"   # a cue opens no subject ("Ủy ban ..."), nor a cited document ("Nghị quyết số 26/NQ-CP ...")
    r"\s+(?:(?:đã|vừa)\s+)?(?:tổ chức hội nghị\s+)?"   # "Đảng ủy Quân sự tỉnh tổ chức Hội nghị ra Nghị quyết ...": its meeting issues
    r"(?:(?:đã|vừa|mới)\s+có|có(?=\s+(?:văn bản|công văn)\s+số)|(?:(?:đã|vừa|mới)\s+)?(?:xây dựng|ban hành|ký ban hành|ký kết|ký|"
    r"triển khai|đề ra|ra))"
    r"\s+(?:{types})\b"   # "... đã có Văn bản số 687/HD-TH hướng dẫn ...": a lead's subject issued it
)
# The enacting authority under the title of a Quyết định or Nghị quyết: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH
# NINH BÌNH", "HỘI ĐỒNG NHÂN DÂN QUẬN 6 KHÓA IX, KỲ HỌP THỨ 12", right before its first "Căn cứ".
AUTHORITY_LINE = re.compile(r"^[ \t_]*((?:CHỦ TỊCH |THỦ TƯỚNG |BỘ TRƯỞNG |GIÁM ĐỐC |(?:TỔNG |CHI )?CỤC TRƯỞNG )?"
                            r"(?:ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|CHÍNH PHỦ|BỘ|SỞ|(?:TỔNG |CHI )?CỤC|BAN THƯỜNG VỤ|"
                            r"BAN CHẤP HÀNH|ĐẢNG ỦY)\b[^\na-zđ]{0,80}?)"
                            r"(?:\s+KHÓA\s+[IVXLC]+\b[^\n]*)?[ \t]*\n(?=\s*(?:Căn cứ|Xét|Theo))", re.MULTILINE)
# A post's opening date, with or without its comma ("Ngày 9/12/2016 Chi bộ trường ... đã tiến hành ...").
_DATED_OPENING = r"(?:^|\n)[ \t]*(?:(?:Sáng|Chiều|Tối|Vào)\s+)?(?:ngày|Ngày)\s+\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?,?\s+"
# The subject of a lead ("UBND tỉnh chỉ đạo ...", "..., thay mặt UBND tỉnh, ...", "Ban Thường vụ
# Huyện ủy đề nghị ...", "Lãnh đạo Viện kiểm sát nhân dân tối cao yêu cầu ...", "Hội Liên hiệp Phụ nữ tỉnh (LHPN) có kế hoạch ...", "HĐND phường X khóa 18 tổ chức kỳ họp", "Chủ tịch UBND huyện yêu cầu ...", a list item "– Ban Tổ chức Trung ương hướng dẫn ..."):
# the issuer a news page names when nothing else does; never past a document's name ("Ban Thường vụ Tỉnh ủy và
# Văn bản số 614/UBND-VX1"); the body a representative speaks for ("đại diện Đảng ủy xã đã công bố quyết định ..."), or
# whose head chairs the meeting after a name ("Đồng chí X – Chủ tịch UBND quận chủ trì phiên họp ... triển khai Kế hoạch").
LEAD_SUBJECT = re.compile(r"(?:(?:^|\n)[ \t]*|[,.;:]\s+|(?:thay mặt|đại diện)\s+|\s[–-][ \t]+(?=Chủ tịch|Giám đốc)|" + _DATED_OPENING + r")(?:[-–][ \t]+)?(?:Lãnh đạo\s+)?((?:(?:Phó\s+)?(?:Chủ tịch|Giám đốc|Thủ trưởng)\s+(?=UBND|Ủy ban|Sở)|Bí thư\s+(?=Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy))?(?:Ban Thường vụ|BTV|Ban Thường trực|Ban Chấp hành|Thường trực|BCH|UBND|"
                          r"Ủy ban nhân dân|HĐND|Hội đồng nhân dân|Tỉnh ủy|Thành ủy|Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Chi bộ|Chi hội|Chi đoàn|"
                          r"Chi đội|Liên đội|Ban Công tác Mặt trận|UBMTTQ|Bộ|Sở|Viện kiểm sát|Tòa án|"
                          r"Phòng|" + "|".join(b.name for b in boards()) + r"|Ủy ban|"
                          r"Tỉnh đoàn|Thành đoàn|Huyện đoàn|Đoàn|Hội|Liên đoàn|Công đoàn)\b(?:(?!\s(?i:(?:và\s+|tại\s+)?(?:" + type_words()[0].pattern + r")\s+số\b))(?:TP\.\s|[^,;.\n])){0,80}?)"
                          r"(?=\s+(?:\(\s*khóa [IVX]+\s*\)\s+|\([A-ZĐ&]{2,10}\)\s+|\(sau đây gọi(?: tắt)? là [^()\n]{2,40}\)\s+)?(?i:đã|vừa|ban hành|ký|đề ra|ra|chỉ đạo|chủ trì (?:phiên họp|cuộc họp|hội nghị)|yêu cầu|đề nghị|"
                          r"hướng dẫn|nhận được|có ý kiến|có (?:kế hoạch|văn bản|công văn|hướng dẫn|thông báo)|xây dựng|(?:triển khai|thông qua)(?=\s+(?:"
                          + type_words()[0].pattern + r")\b)|"
                          r"thông báo|kết luận|tổ chức (?:hội nghị|kỳ họp))\b|,|\s(?i:(?:và|tại)\s+)?(?i:" + type_words()[0].pattern
                          + r")\s+(?i:số)\b)")
# (A body that "triển khai kế hoạch ..." or "thông qua kế hoạch ..." issues that plan: "..., UBND thị trấn X triển khai
# kế hoạch phòng chống dịch", "UBND thành phố thông qua kế hoạch tổ chức ...".)
# A unit as the subject that acts ("Huyện Chợ Đồn thành lập 07 đơn vị bầu cử ...", "Xã Tân Lập ban hành kế hoạch ..."):
# its authorities act; the unit's word gives the level. Only its name, capitalised, then the verb.
UNIT_SUBJECT = re.compile(r"(?:^|\n|[.;]\s)[ \t]*((?:Tỉnh|Thành phố|Huyện|Quận|Thị xã|Xã|Phường|Thị trấn)(?:\s+[A-ZĐ][^\s,.;:]*){1,4})"
                          r"\s+(?:đã\s+|vừa\s+)?(?:ban hành|triển khai|công bố|thông báo|chỉ đạo|yêu cầu|hướng dẫn|"
                          r"thành lập(?=\s+(?:\d|Ban|Tổ|Hội đồng|các)))\b")
_CHAIR = re.compile(r"(?:Phó\s+)?(?:Chủ tịch|Giám đốc|Thủ trưởng|Bí thư)")
# A lead that names the signer and the body signed for: "Thay mặt Bộ Chính trị, Thường trực Ban Bí thư
# Trần Cẩm Tú ký ban hành Kết luận số ...", "Ngày 11/8/2020, thay mặt UBND tỉnh, Phó Chủ tịch ... đã ký ...".
ACTING_FOR = re.compile(r"(?:^|\n|[,.;]\s)[ \t]*(?i:thay mặt)\s+([^,;.\n]{3,60}?)\s*,[^.;\n]{3,90}?\s(?:đã\s+|vừa\s+)?ký\b")
# A congress that met, as a post of its resolution tells it ("...; Đại hội chi bộ Tiểu học số 1 diễn ra vào
# ngày ...", "Đại hội đại biểu Hội Nông dân xã X lần thứ IX đã ..."): the body it is the congress of. Only with the verb
# of its meeting: a congress a plan looks forward to ("... tiến tới Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh X lần
# thứ XI", "năm diễn ra Đại hội Đảng bộ Thành phố lần X") is an event, not the body that issues.
_MET = r"(?:diễn ra|đã|nhất trí|quyết nghị|chính thức|bế mạc|khai mạc)\b"
CONGRESS_SUBJECT = re.compile(r"(?:^|\n|[,.;:]\s+)Đại hội\s+(?:đại biểu\s+)?((?i:chi bộ|đảng bộ|chi đoàn|đoàn|chi hội|hội|"
                              r"công đoàn)\s(?:TP\.\s|[^,;.\n]){2,60}?)(?=\s+(?:(?:lần thứ|khóa)\s+[IVXLC\d]+,?\s+)?"
                              r"(?:nhiệm kỳ\s+[\d\s–-]+,?\s+)?" + _MET + ")")   # ("TP. Cần Thơ": the city's abbreviation)
# A title that names the body whose meeting decided: a congress or a plenum of a committee.
TITLE_BODY = re.compile(r"\s*((?:Đại hội|Hội nghị)\s[^,;.\n]{5,100}?)(?=\s+(?:lần thứ|nhiệm kỳ|khóa|về)\b|[,;.\n])",
                        re.IGNORECASE)
# A council's resolution names the council in its preamble: "ý kiến thảo luận của đại biểu Hội đồng nhân dân
# huyện tại kỳ họp" (the council whose sitting passed it).
COUNCIL_SITTING = re.compile(r"đại biểu\s+((?:Hội đồng nhân dân|HĐND)(?:\s[^,;.\n]{1,40}?)?)\s+tại\s+kỳ họp", re.IGNORECASE)
CLOSING_SENTENCE = (r"Trên đây là\s+(?:{types})\s+(?:của\s+)?((?:Ban Thường vụ|Thường trực|Ban Chấp hành)"
                    r"\s[^,;.\n]{{2,60}}?)(?=\s+(?:về|triển khai|thực hiện|\()|[,;.\n])")
CLOSING_WORDS = ("trên đây là",)   # every CLOSING_SENTENCE begins so (for scan.find_words)
# A header line that is only a place ("TỈNH BÌNH ĐỊNH"), not a body ("HUYỆN ỦY THỌ XUÂN").
UNIT_LINE = re.compile(r"(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\s+(?!ỦY\b)\S", re.IGNORECASE)
_ORGAN_OF_UNIT = re.compile(r"(?:BAN CHẤP HÀNH|BAN THƯỜNG VỤ)\s+((?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\s.+)")
_NATIONAL = re.compile(r"\s+VIỆT NAM$")
ORGAN_LINE = re.compile(r"(?:BAN THƯỜNG TRỰC|BAN THƯỜNG VỤ|THƯỜNG TRỰC|BAN CHẤP HÀNH)", re.IGNORECASE)
# A line that only ends the name above it with its scope ("TÒA ÁN NHÂN DÂN" / "TỐI CAO").
_SCOPE_LINE = re.compile(r"(?:TỐI CAO|TRUNG ƯƠNG)", re.IGNORECASE)
SUPERIOR = re.compile(r"ĐẢNG BỘ\s+(TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ)\s+(.+)$", re.IGNORECASE)
# Where a one-line header joins cells: a motto, or the number line ("Số: 12-KH/ĐU") after a name.
_CELL_BREAK = re.compile(rf"{MOTTOS.pattern}|(?<=\S)\s+(?=Số\s*:?\s*\d)", re.IGNORECASE)
# The number line's label, capitalised ("S : 721/Q -BXD": a broken font dropped the "ố").
_OWN_NUMBER = re.compile(r"(?:^|[\s|*])" + number_cell.NUMBER_LABEL + r"\b")
_CITED = re.compile(r"\d\s*[-/]|\bsố\b", re.IGNORECASE)   # a symbol or "số" before ", ngày": no place
# The place of a flattened header line is its last cell ("ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội", "Số: 12/KH-UBND Hà Nội").
_NAME_AFTER_CELLS = re.compile(r"^.*(?:VIỆT NAM|Hạnh phúc|HẠNH PHÚC|\S+/\S+|\*)\s*")
_COLUMN_GAP = re.compile(r"[ \t]{3,}|\t")
_SEPARATORS = re.compile(r"[-/\s.]")
_LIST_MARK = re.compile(r"^\d{1,2}\.\s+")   # "1. UBND TỈNH ...": a site's list around a flattened header
NOT_A_NAME = re.compile(r"(?:Số|SỐ)\b|V/v\b|Kính gửi")   # header lines that name no body
MOTTO_WORDS = set(fold("cộng hòa xã hội chủ nghĩa việt nam đảng cộng sản độc lập tự do hạnh phúc").split())
_SPACES = re.compile(r"\s+")
FILING = re.compile(r"Lưu[ \t:]+[^\n]*?\bVP(HU|QU|TU|ĐU|ĐUK)\b")


def extract_document(text: str, *, source: str = "", registry: Registry | None = None,
                     metadata: dict | None = None, already_normal: bool = False) -> DocumentRecord:
    registry = registry or Registry.load()
    text = text if already_normal else normalize_text(text)
    match = plain.restore(match_text(text))   # "Can cu Nghi quyet so ...": a page that lost its marks
    match = dateline.blank_datelines(match)   # "(ĐN) - Ban Dân vận Tỉnh ủy vừa có ...": the paper's tag
    match, joined = unwrap_joining(match, header_end(match))
    warnings: list[str] = []
    layout = find_layout(match)

    own = _own_symbol(match, layout, warnings)
    own_date, date_span = _own_date(match, layout, metadata or {}, warnings)
    citations = find_citations(text, match)
    own, own_date, date_span, lead_facts = _from_lead(match, layout, citations, own, own_date, date_span, warnings,
                                                      draft=BLANK_DATE in warnings)
    if own:
        citations = [c for c in citations if c.symbol_span != own.span]
    references, relayed, more = classify(text, match, layout, citations, own.symbol if own else None)
    warnings += more
    references = _bases_of_told(match, references, lead_facts.told_of, warnings)
    doc_type = layout.doc_type or lead_facts.doc_type or (
        "Công văn" if own and is_letter_number(own) else None)
    if doc_type is None and not (own and own.type_code):
        letter = stated_type.LETTER.search(match, 0, max(layout.header[1], min(len(match), 1500)))
        doc_type = page_title.title_type(match) or page_title.abbreviated_title_type(match) or (
            "Công văn" if letter else _type_from_lead(match, layout, warnings))
    if doc_type is None and own and own.type_code:
        # The opening's verb settles a code two types share ("Ban Bí thư quy định ..." under 137-QĐ/TW).
        said = stated_type.issued_type(match, 0, layout.preamble[1])
        doc_type = said if said and own.type_code in _codes_of(said) else doc_type_by_code(own.form)[own.type_code].name
    if own and own.type_code and layout.doc_type and own.type_code not in _codes_of(layout.doc_type):
        doc_type = _type_by_code_over_title(match, layout, own, doc_type, warnings)

    enacting = _enacting(match, references)   # the document this one is issued with, if any
    doc_type = _type_of_own_enacting(match, own, citations, layout, doc_type, warnings)
    if own_date is None:
        own_date, date_span = _attached_date(match, enacting)
    if own_date is None and BLANK_DATE not in warnings:
        own_date, date_span = _meeting_date(match, layout, warnings)
    effective, effective_evidence = _effective_date(own_date, references)
    as_of = date.fromisoformat(effective) if effective else None
    ctx = scan_context(match, registry, as_of)
    _parent_hints(references, ctx)
    issuer = _own_issuer(text, match, layout, own, ctx, doc_type, lead_facts, enacting)
    _level_by_type(issuer, doc_type)
    ctx.own = issuer
    ctx.province = ctx.province or issuer.province
    _resolve_citation_issuers(references, relayed, ctx, registry)
    references = _without_self(match, references, own, own_date, issuer, warnings)

    whole = flowing(text, joined)   # wrapped lines joined: "xây dựng kế\nhoạch" asks for a plan
    found_deadlines = duties.deadlines(whole, layout.preamble[0], issued=as_of)
    assignments = duties.find_assignments(whole, layout.organisation, found_deadlines)
    warnings += duties.resolve_units(assignments, registry, issuer.body_id, as_of,
                                     lambda name: resolve_phrase(name, ctx))
    unnumbered = find_unnumbered(text, match, (layout.header[0], layout.preamble[1]),
                                 lambda name: resolve_phrase(name, ctx), issuer.body_id, registry)
    if issuer.confidence < 0.5:
        warnings.append(f"issuer uncertain: {issuer.evidence}")

    number = own.number if own else None
    type_code = own.type_code if own else _codes_of(doc_type)[0] if doc_type and _codes_of(doc_type) else None
    digest = identity.text_digest(match)
    scope = identity.scope(own.issuer_code if own else None, issuer.body_id)
    record = DocumentRecord(
        source=source, doc_id=identity.document_id(scope, type_code, number, own_date or effective, digest),
        symbol=own.symbol if own else None, number=number, doc_type=_canonical(doc_type), kind=_kind(doc_type), date=own_date,
        title=_title(text, layout), issuer=issuer, references=references, relayed=relayed,
        assignments=assignments,
        recipients=closing.recipients(text, layout.closing) or closing.addressees(text, layout.header[1]),
        signer=closing.signer(text, layout.closing), deadlines=found_deadlines,
        warnings=warnings, type_code=type_code, issuer_code=own.issuer_code if own else None,
        effective_date=effective, effective_date_evidence=effective_evidence, digest=digest, text=text,
        unnumbered=unnumbered,
        spans={"symbol": list(own.span) if own else None, "date": list(date_span) if date_span else None,
               "title": list(layout.title) if layout.title else None},
    )
    return record



def _type_from_lead(match: str, layout: Layout, warnings: list[str]) -> str | None:
    """The type the opening's words say is issued, the page's words about itself, a sentence paraphrasing it, or
    a request to named units (a letter); a guess, so the record says which words."""
    said = stated_type.lead_type(match, 0, own_citation.before_body(match, layout.preamble[1]) if layout.type_line is None
                          else layout.preamble[1])
    if said is not None:   # a "văn bản" the lead issues names no type: only a request may still say a letter
        warnings.append(f"the type is read from the lead: '{said[1][:80]}'" if said[0] else
                        f"the lead issues a document it names no type of: '{said[1][:80]}'")
        return said[0] or _asks_units(match, layout, warnings)
    said = stated_type.self_named_type(match)   # "từ khi công văn này ban hành", "Xem chi tiết công văn đính kèm"
    if said is not None:
        warnings.append(f"the type is read from the page's words about itself: '{said[1][:80]}'")
        return said[0]
    said = stated_type.paraphrased_type(match)   # "Theo Kế hoạch, việc ...": a news page paraphrasing the document
    if said is not None:
        warnings.append(f"the type is read from a sentence paraphrasing the document: '{said[1][:80]}'")
        return said[0]
    return _asks_units(match, layout, warnings)


def _asks_units(match: str, layout: Layout, warnings: list[str]) -> str | None:
    """A letter without its header, known by its opening's request to named units (stated_type.asks_units)."""
    asked = stated_type.asks_units(match, 0, own_citation.before_body(match, layout.preamble[1]))
    if asked is None:
        return None
    warnings.append(f"the type is read from the lead: a body asks units to do what follows: '{asked[:80]}'")
    return "Công văn"


_ENACTED_BY = re.compile(r"[^(]{0,300}\(\s*(?:ban hành\s+)?(?:kèm\s+)?theo\s", re.IGNORECASE)


def _type_by_code_over_title(match: str, layout: Layout, own, doc_type: str, warnings: list[str]) -> str:
    """A type title the symbol's code contradicts. A standalone type line under the header stands (and a
    warning says so); a title line that only opens with a type word ("QUY ĐỊNH ĐIỀU KIỆN HOẠT ĐỘNG ..." of
    Thông tư 53/2014/TT-BYT, whose "THÔNG TƯ" line the page lost) or a type line below the preamble (an
    attachment's "KẾ HOẠCH" after the decision's "Căn cứ" lines and signature) names another document:
    the code gives the type."""
    start, end = layout.type_line
    line_end = match.find("\n", end)
    line = match[match.rfind("\n", 0, start) + 1:line_end if line_end >= 0 else len(match)]
    if not opened_before(match, start) and (is_type_title(line) or _ENACTED_BY.match(match, end)):
        # (A programme "(Ban hành theo Quyết định số 1053/QĐ-BVHTTDL ...)": the number is its decision's, the type its own.)
        warnings.append(f"the title says {layout.doc_type} but the symbol's type code is {own.type_code}")
        return doc_type
    by_code = doc_type_by_code(own.form)[own.type_code].name
    warnings.append(f"the type title {layout.doc_type!r} is not this document's: the symbol's type code "
                    f"{own.type_code} gives {by_code}")
    return by_code


def _level_by_type(issuer: Issuer, doc_type: str | None) -> None:
    """An issuer the page does not name, of a type only one level issues (a Thông tư, a Nghị định: central):
    that level, said to be inferred from the type."""
    entry = _type_entry(doc_type) if issuer.level is None else None
    if entry and entry.level:
        issuer.level = entry.level
        issuer.system = issuer.system or (entry.system if entry.system in ("party", "state") else None)
        issuer.evidence = (f"{issuer.evidence}; " if issuer.evidence else "") + \
            f"level {entry.level} inferred from the type: only {entry.level} bodies issue a {entry.name}"


def _type_entry(doc_type: str | None):
    """The row of data/domain/doc_types.csv for a type name, if there is one."""
    return doc_type_by_name().get(fold(doc_type)) if doc_type else None


def _canonical(doc_type: str | None) -> str | None:
    entry = _type_entry(doc_type)
    return doc_type if entry is None or entry.canonical else None


def _kind(doc_type: str | None) -> str | None:
    return doc_type if doc_type and _canonical(doc_type) is None else None


def _codes_of(doc_type: str | None) -> tuple[str, ...]:
    """The type codes a document type may carry (Party Quy định often writes QĐ too)."""
    entry = _type_entry(doc_type)
    if entry is None:
        return ()
    # A longer name of a type shares its codes ("Chương trình hành động" is written CTr too).
    broader = [t for t in doc_type_by_name().values() if t.name != entry.name and entry.name.startswith(t.name + " ")]
    return entry.codes + sum((t.codes for t in broader), ()) + (("QĐ",) if entry.name == "Quy định" else ())


def _own_symbol(match: str, layout: Layout, warnings: list[str]):
    # The number line stands in the header; under a type title "SỐ 164-KH/TU" is the title's.
    region_end = layout.header[1] if layout.type_line else max(layout.header[1], min(len(match), 600))
    cell = OWN_SYMBOL.search(match, 0, region_end)
    while cell and number_cell.continues_a_cited_title(match, cell.start() + cell.group().startswith("\n")):
        cell = OWN_SYMBOL.search(match, cell.end(), region_end)
    if cell:
        # Read from the word "Số" on, so that a symbol printed without its dash is known as a number.
        found = symbol_at(match, cell.end(), since=cell.start())
        if found:
            return found
    if BLANK_SYMBOL.search(match, 0, region_end):
        warnings.append("the symbol has no number (a draft?)")
    return None


def _own_date(match: str, layout: Layout, metadata: dict, warnings: list[str]):
    region_end = max(layout.header[1], min(len(match), 800))
    found = _header_date(match, 0, region_end) or _header_date(match, *_late_motto_region(match, region_end))
    if found:
        return found
    damaged = loose_header(match, region_end)
    if damaged:
        return damaged
    titled = _TITLE_DATE.match(match)
    if titled and page_title.title_type(match) and not _CITED.search(titled.group(1)):
        # "Thông báo khẩn ngày 18/10/2020": a page whose only date is in its title line.
        found = find_dates(match, titled.start(2), titled.end())
        if found:
            return found[0][0], found[0][1]
    if BLANK_HEADER.search(match, 0, region_end):
        warnings.append(BLANK_DATE)
    meta = metadata.get("date")
    if meta and re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(meta)[:10]):
        return str(meta)[:10], None
    return None, None


def _header_date(match: str, start: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """The first place-date line between `start` and `end`, as an ISO date and its span."""
    for header in HEADER.finditer(match, start, end):
        # Two columns set side by side with spaces ("Số: 12/KH-UBND        Quỳnh Lưu, ngày ..."): the place
        # is the right-hand cell.
        comma = match.index(",", header.start())
        place = _COLUMN_GAP.split(match[header.start():comma])[-1]
        if header.group("short") and not is_place(_NAME_AFTER_CELLS.sub("", place)):
            continue   # "..., ngày 05/3/2020" after a sentence: a cited document's date
        if WEEKDAY.match(place) or _CITED.search(place) and not _number_cell_in(match, place, comma - len(place)):
            # A site's weekday line; "Hướng dẫn số 115-HD/BTGTW, ngày 08 ...": a cited document's date
            # (but "Số: 01/KH-CB    Mỹ Hưng, ngày ...": the number and the place-date share a line).
            continue
        found = find_dates(match, header.start(), header.end())
        if found:
            return found[0][0], found[0][1]
    return None


_MOTTO_REACH = 4000   # how far down a page's chrome (menus, a flip-book's table of contents) may push the header
_MOTTO_NEIGHBOURS = (300, 400)   # how far before and after its motto a header's place-date line stands


def _late_motto_region(match: str, region_end: int) -> tuple[int, int]:
    """Where a header pushed down the page by its site's chrome holds its place-date line: around the first
    motto ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc") whose neighbourhood reaches past
    `region_end`; an empty region if there is none."""
    before, after = _MOTTO_NEIGHBOURS
    for motto in MOTTOS.finditer(match, 0, min(len(match), _MOTTO_REACH)):
        if motto.end() + after > region_end:
            return max(0, motto.start() - before), min(len(match), motto.end() + after)
    return 0, 0


def _number_cell_in(match: str, place: str, place_start: int) -> bool:
    """Whether `place` (at `place_start` of `match`) holds the page's number cell ("Số: 01/KH-CB    Mỹ Hưng"), not
    a citation whose type names its "Số" ("thực hiện Quy chế phối hợp Số 105/QC- PH, ngày 26/6/2006")."""
    for cell in _OWN_NUMBER.finditer(place):
        label_start = place_start + cell.end() - len(cell.group(0).lstrip(" \t\n|*"))
        if not number_cell.named_by_type(match, label_start):
            return True
    return False


_TITLE_DATE = re.compile(r"\s*([^\n]{3,80}?)\s(ngày\s+\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4})\b", re.IGNORECASE)


def _enacting(match: str, references):
    """The document this one is issued with, as the line under its title says: "(Ban hành kèm
    theo Quyết định số ...)" (not a basis item that describes another text so)."""
    for ref in references:
        if ref.relation == "attached_to" and ref.where != "body" and \
                _UNDER_TITLE.search(match, max(0, ref.span[0] - 60), ref.span[0]):
            return ref
    return None


def _type_of_own_enacting(match: str, own, citations, layout: Layout, doc_type: str | None,
                          warnings: list[str]) -> str | None:
    """A page whose only type title is its attachment's: a letter (no type title of its own) over "KẾ HOẠCH ...
    (Ban hành kèm theo công văn số 4593/BGTVT-CYT ...)", where the number the attachment names is the page's own,
    printed above it with the letter's text between. The page is the enacting document, of that document's type.
    (A bare "1053/QĐ-BVHTTDL" over "CHƯƠNG TRÌNH ... (Ban hành theo Quyết định số 1053/QĐ-BVHTTDL)" is the
    attachment alone, numbered by its decision: it keeps its own type.)"""
    if own is None or layout.type_line is None or doc_type != layout.doc_type or own.span[0] > layout.type_line[0]:
        return doc_type
    if not _ENCLOSING_TEXT.search(match, own.span[1], layout.type_line[0]):
        return doc_type
    under = layout.title[1] if layout.title else layout.type_line[1]
    for citation in citations:
        if not layout.type_line[1] <= citation.span[0] <= under + 200 or not citation.doc_type:
            continue
        if _UNDER_TITLE.search(match, max(0, citation.span[0] - 60), citation.span[0]) and citation.doc_type != doc_type \
                and _SEPARATORS.sub("", citation.symbol).lower() == _SEPARATORS.sub("", own.symbol).lower():
            warnings.append(f"the type title {doc_type!r} is the attachment's: it is issued with the page's own number "
                            f"{own.symbol}, a {citation.doc_type}")
            return citation.doc_type
    return doc_type


# What the enclosing document prints between its number and its attachment: a letter's addressees, a paragraph.
_ENCLOSING_TEXT = re.compile(r"(?<!\w)Kính gửi\b|^[^\n]*[a-zà-ỹđ][^\n]{150}", re.MULTILINE)
_UNDER_TITLE = re.compile(r"\(\s*(?:ban hành|kèm theo)[^()\n]{0,45}$", re.IGNORECASE)


def _attached_date(match: str, attached: Reference | None) -> tuple[str | None, tuple[int, int] | None]:
    """A plan issued with a decision ("Ban hành kèm theo Quyết định số 1053/QĐ-BVHTTDL ngày
    28/3/2011") and no date line of its own bears the decision's date; what a letter encloses ("Kèm theo Công văn số
    822-CV/BTGTU, ngày 18/4/2019": a quiz's questions, a form) is not issued by it and does not."""
    if attached is None or not attached.date or attached.doc_type == "Công văn":
        return None, None
    found = [d for d in find_dates(match, attached.span[0], min(len(match), attached.span[1] + 60)) if d[0] == attached.date]
    return attached.date, found[0][1] if found else attached.span


def _effective_date(own_date: str | None, references) -> tuple[str | None, str]:
    if own_date:
        return own_date, "the document's date"
    parents = sorted((r.date, r.symbol) for r in references if r.relation in PARENT_RELATIONS and r.date)
    if parents:
        when, symbol = parents[-1]
        return when, f"no date of its own; not earlier than its parent {symbol} ({when})"
    return None, "no date of its own and no dated parent"


def _header_lines(text: str, layout: Layout) -> list[tuple[str, tuple[int, int]]]:
    """The header's lines that may name a body: capitals or one body's name in mixed case,
    mottos taken out (also where a flattened table put them beside a name, or split them over
    two cells)."""
    lines = []
    for raw, start in _header_cells(text[:layout.header[1]]):
        line = raw.strip(" \t*#-—_=|")
        line = _SPACES.sub(" ", _LIST_MARK.sub("", line))
        if not line or NOT_A_NAME.match(line) or "ngày" in line.lower():
            continue
        if set(fold(line).split()) <= MOTTO_WORDS:
            continue
        letters = [c for c in line if c.isalpha()]
        if letters and sum(c.isupper() for c in letters) / len(letters) > 0.8:
            lines.append((line, (start, start + len(raw))))
        elif named_line.is_body_name(line) and line in raw:   # (its span: the name, not its cell)
            lines.append((line, (start + raw.index(line), start + raw.index(line) + len(line))))
    return lines


def _header_cells(header: str):
    """The header's lines, each cut where a flattened table joined two cells: at a motto
    ("UBND TỈNH X CỘNG HÒA ... SỞ Y Độc lập ...": two names of the left column), before the
    number line and before the place-date; as (words, offset)."""
    pos = 0
    for raw in header.split("\n"):
        start, pos = pos, pos + len(raw) + 1
        cut = 0
        for found in _CELL_BREAK.finditer(raw):
            yield from _stacked(raw[cut:found.start()], start + cut)
            cut = found.end() if MOTTOS.fullmatch(found.group(0)) else found.start()
        yield from _stacked(raw[cut:], start + cut)


def _stacked(cell: str, start: int):
    """"ĐẢNG BỘ TỈNH X ĐẢNG BỘ HUYỆN Y ĐẢNG ỦY XÃ Z": a left column flattened into one cell, the
    superiors above the issuer; one name each (also where the page glued them, "MỸ HƯNGCHI BỘ")."""
    dated = HEADER.search(cell)
    if dated:   # "CHI BỘ TRƯỜNG THCS TRÀNG AN    Tràng An, ngày 15 ...": the name is left of the date
        cell = cell[:dated.start() + max(0, capitals_before_place(dated.group(0)[:dated.group(0).index(",")]))]
    cell_name = cell.lstrip()
    cut_at = next((cut for opens, cut in _stacked_names() if opens.match(cell_name)), None)
    cuts = [0] + [m.start() for m in cut_at.finditer(cell) if m.start() > len(cell) - len(cell_name)] if cut_at else [0]
    for begin, end in zip(cuts, cuts[1:] + [len(cell)]):
        yield cell[begin:end], start + begin


@lru_cache(maxsize=1)
def _stacked_names() -> tuple[tuple[re.Pattern, re.Pattern], ...]:
    """Per system, (the names that open a cell, where a later one begins): a cell that opens
    with a name is cut before each later name of the same system only (a Party cell is not cut
    at "HỘI NÔNG DÂN", the body its đảng ủy serves), never right after "BCH"."""
    patterns = []
    for words in stacked_names().values():
        names = "(?:" + "|".join(map(re.escape, sorted(words, key=len, reverse=True))) + r") [A-ZĐÀ-Ỹ0-9]"
        patterns.append((re.compile(names), re.compile(r"(?<=[A-ZĐÀ-Ỹ\s])(?<!BCH )(?=" + names + ")")))
    return tuple(patterns)


def _read_superior(unit: str, name: str, ctx: Context) -> None:
    """"ĐẢNG BỘ TỈNH X" puts the issuer in province X; "ĐẢNG BỘ HUYỆN Y" in district Y."""
    registry = ctx.registry
    provinces = registry.find_units(name, level="province", as_of=ctx.as_of)
    if fold(unit) == fold("THÀNH PHỐ"):
        # Hà Nội, Huế… are cities of province rank; thành phố Sóc Trăng is a district of its tỉnh.
        provinces = [p for p in provinces if fold(p.unit_type) == fold("thành phố")]
    if fold(unit) == fold("TỈNH") or (fold(unit) == fold("THÀNH PHỐ") and provinces):
        ctx.province, ctx.superior = (provinces[0].province if provinces else name.title()), "province"
        return
    districts = registry.find_units(name, kind="huyen_uy", as_of=ctx.as_of, province=ctx.province)
    if districts:
        # Several provinces have a huyện Châu Thành: the district's name still narrows communes.
        ctx.district, ctx.superior = districts[0].district, "district"
        if len({d.province for d in districts}) == 1:
            ctx.province = districts[0].province


BLANK_DATE = "the date line has no day (a draft?)"


def _from_lead(match: str, layout: Layout, citations, own, own_date, date_span, warnings: list[str],
               draft: bool = False):
    """What the header did not give, from the page's metadata, a flattened header line, its
    title or a news lead (site_metadata, number_cell, page_title, own_citation, page_chrome, lead_dates)."""
    facts = site_metadata.Lead()
    dated_from = 0   # where the lead may date the page (not before the sentence of a document it carries out)
    limit = max(layout.header[1], min(len(match), 1500))
    meta = site_metadata.metadata(match, limit)
    if meta.doc_type:
        entry = doc_type_by_name().get(fold(meta.doc_type))
        facts.doc_type = entry.name if entry else None
    if own is None:
        # Under a type title "SỐ 164-KH/TU NGÀY ..." is the title's citation, not a number cell.
        own = meta.symbol or number_cell.inline_number(match, layout.header[1] if layout.type_line else limit)
    if own is None and layout.type_line and (own := number_cell.number_in_type_title(match, layout.type_line)):
        if own_date is None:   # "... SỐ 39/2009/QH12 NGÀY 23 THÁNG 11 NĂM 2009": the date the title gives with it
            dated = find_dates(match, own.span[1], min(len(match), own.span[1] + _DATE_BESIDE_NUMBER))
            if dated and not match[own.span[1]:dated[0][1][0]].strip(" \t,"):
                own_date, date_span = dated[0]
    if own_date is None and meta.date:
        own_date, date_span = meta.date
    if own is None:
        found = own_citation.from_citations(match, citations, min(layout.body[0], limit) if layout.body[0] else limit,
                                    layout.doc_type)
        if found and _tells_of_another_type(found, layout):
            _told_of(match, layout, found[0], facts, warnings)
            found = None
        if found is None and (source := page_chrome.closing_source(match, citations)):
            found = source, "the page's last line names it as its source"
        if found is None and (number := page_chrome.closing_number(match, citations)):
            found = number, "the page's last paragraph ends with its number and date"
        if found is None and (paraphrased := own_citation.paraphrased_citation(match, citations, limit)):
            found = paraphrased, "the page paraphrases it and names it once with its number"
        if found:
            citation, facts.evidence = found
            own = own_citation.as_symbol(citation)
            if facts.evidence.startswith(own_citation.CARRIES_OUT):
                dated_from = own_citation.sentence_start(match, citation.span[0])
            facts.doc_type = facts.doc_type or citation.doc_type
            if citation.issuer:
                facts.issuer = (citation.issuer, citation.span)
            elif by := own_citation.issued_by(match, citation):   # "Theo Kế hoạch số 123/KH-UBND vừa được UBND tỉnh ban hành"
                facts.issuer = by
            if own_date and citation.date and citation.date != own_date:
                own_date, date_span = _dated_with_number(match, citation, own_date, warnings)
            if own_date is None:
                dated = lead_dates.lead_date(match, citation) or next(
                    ((c.date, None) for c in citations if c.symbol == citation.symbol and c.date), None)
                if dated:
                    own_date, date_span = dated
    if own is None and (bare := page_title.bare_title_number(match)):
        own, facts.doc_type = bare, page_title.title_type(match)
        warnings.append(f"the page's title gives only the bare number {bare.symbol!r}, without its code")
    if own is not None and facts.issuer is None and (named := own_citation.own_citation_issuer(match, citations, own, limit)):
        facts.issuer, facts.evidence = named, "the lead names the page's own number with its issuer"
    if own is None and facts.doc_type is None and facts.issuer is None:
        _presented_by_lead(match, layout, facts, limit, warnings)
    if own_date is None and own is not None and not draft and (beside := date_at(match, own.span[1])):
        own_date, date_span = beside   # "SỐ 11/2003/QH11 NGÀY 26 THÁNG 11 NĂM 2003": printed with the page's own number
    if own_date is None and not draft:
        # In the opening only (a report's body tells what was issued when), and not in a draft, whose date
        # line is blank ("..., ngày    tháng 01 năm 2024").
        dated = lead_dates.issued_on(match, dated_from, min(limit, layout.body[0]) if layout.body[0] else limit)
        if dated:
            own_date, date_span = dated
    return own, own_date, date_span, facts


_DATE_BESIDE_NUMBER = 40   # characters after a number within which its date stands ("..., ngày 23 tháng 11 năm 2009")


_ISSUED_THE_TOLD = "the body the lead says issued"
_TOLD_AT_MOST = 0.6   # the body of another document the page tells of: its issuer only by inference


def _tells_of_another_type(found: tuple, layout: Layout) -> bool:
    """Whether the lead tells that a document of another type than the page's title was issued ("BÁO CÁO ..." then
    "phòng Tư pháp ban hành Kế hoạch số 21/KH-PTP ..."): what the page tells of, not the page."""
    citation, evidence = found
    told = evidence.startswith((own_citation.ISSUED_EVIDENCE, own_citation.CARRIES_OUT))
    return told and layout.doc_type is not None and citation.doc_type not in (None, layout.doc_type)


def _told_of(match: str, layout: Layout, citation, facts: site_metadata.Lead, warnings: list[str]) -> None:
    """No number for the page; the body the lead says issued the other document may be its issuer (a guess: a plan
    announced with the decision that enacts it, a report telling of its body's plan)."""
    facts.told_of = citation
    warnings.append(f"the lead tells of {citation.doc_type} {citation.symbol}, the title says {layout.doc_type}: "
                    "not the page's number")
    subject = _issuing_sentence(match, layout, re.escape(citation.doc_type))
    if subject and facts.issuer is None:
        facts.issuer = (subject.group(1), subject.span(1))
        facts.evidence = f"{_ISSUED_THE_TOLD} {citation.symbol} (a guess)"


def _bases_of_told(match: str, references, told, warnings: list[str]):
    """That document and the ones the lead's sentence names before it, as issued on them ("Trên cơ sở ... Kế hoạch
    số 02/KH-STP ..., phòng Tư pháp ban hành Kế hoạch số 21/KH-PTP"): the page only tells of them."""
    if told is None:
        return references
    start = own_citation.sentence_start(match, told.span[0])
    kept = []
    for ref in references:
        if ref.relation in PARENT_RELATIONS and start <= ref.span[0] <= told.span[0]:
            warnings.append(f"{ref.symbol}: {told.symbol}, which the page tells of, or its basis: a mention")
            ref = replace(ref, relation="mentions")
        kept.append(ref)
    return kept


def _presented_by_lead(match: str, layout: Layout, facts: site_metadata.Lead, limit: int, warnings: list[str]) -> None:
    """The type and issuer of the unnumbered document a news item presents ("giới thiệu nội dung hướng dẫn của Ban
    Thường vụ Thị ủy ..."), where neither a title nor an issuing verb names the page's type."""
    end = min(limit, layout.body[0]) if layout.body[0] else limit
    found = stated_type.presented(match, 0, end)
    if found is None or layout.doc_type or page_title.title_type(match) or stated_type.lead_type(match, 0, end):
        return
    facts.doc_type, facts.issuer, facts.evidence = found[0], found[1], "the document the lead presents"
    warnings.append(f"the type is read from the lead: '{found[2][:80]}'")


def _dated_with_number(match: str, citation, page_date: str, warnings: list[str]):
    """The page's own number printed with its date ("Quyết định số 3107/2016/QĐ-UBND ngày 13/12/2016 ...") under
    another date line: that line is the portal's (posted, printed), the date beside the number is the document's."""
    warnings.append(f"the page's date line says {page_date}; its number {citation.symbol} is dated {citation.date}, "
                    "the date taken")
    found = [d for d in find_dates(match, citation.span[0], citation.span[1] + 40) if d[0] == citation.date]
    return citation.date, found[0][1] if found else citation.span


# Unit words in capitals, as headers print them (issuer.UNIT_WORDS, the one list), and their levels.
_UNITS = UNIT_WORDS.upper()
_ORGAN_OF_ABBREVIATED_UNIT = re.compile(rf"(?:BAN CHẤP HÀNH|BAN THƯỜNG VỤ|BCH|BTV|ỦY BAN|UB)\s+(({_UNITS})\s.+)")
_UNIT_TAIL = re.compile(rf"\s+(?:{_UNITS})\s.+$")
_JOINT_LEAD = re.compile(rf"(UBND|ỦY BAN NHÂN DÂN|HĐND|HỘI ĐỒNG NHÂN DÂN)\s*[-–]\s*\S.*?\s((?:{_UNITS})\s.+)", re.IGNORECASE)


def _organ_of_unit(line: str, above: str) -> str | None:
    """"HỘI NÔNG DÂN HUYỆN GIA LỘC" over "BCH XÃ GIA TÂN", "MẶT TRẬN TỔ QUỐC VIỆT NAM" over "ỦY BAN XÃ GIA
    TÂN": the organisation the line above names, of the unit this line names; only where that reads as
    a body of the unit's level (a committee line under a motto-like name stays as it is)."""
    unit = _ORGAN_OF_ABBREVIATED_UNIT.fullmatch(line)
    if unit is None:
        return None
    phrase = f"{_UNIT_TAIL.sub('', _NATIONAL.sub('', above))} {unit.group(1)}"
    found = kind_of(phrase)
    return phrase if found and found[0].level == UNIT_LEVELS[unit.group(2).lower()] else None


def _header_issuer(lines: list[tuple[str, tuple[int, int]]], ctx: Context):
    """The header's issuing body: the lowest line that names one (the superior stands above
    it, site chrome or a subject line may stand below), as (phrase, span, where)."""
    lines = list(lines)
    while len(lines) > 1 and ORGAN_LINE.fullmatch(lines[-1][0]):
        lines.pop()   # "BAN THƯỜNG TRỰC" under "ỦY BAN MTTQ ... TỈNH X": the body is the one above
    candidates = []
    for i in range(len(lines) - 1, -1, -1):
        line, span = lines[i]
        if i and (UNIT_LINE.match(line) or _SCOPE_LINE.fullmatch(line)) and not SUPERIOR.search(line):
            # "ỦY BAN NHÂN DÂN" / "TỈNH BÌNH ĐỊNH", "VIỆN KIỂM SÁT NHÂN DÂN" / "TỐI CAO": one name on two lines.
            (above, (start, _)) = lines[i - 1]
            line, span = f"{above} {line}", (start, span[1])
        elif i and (organ := _organ_of_unit(line, lines[i - 1][0])):
            line = organ
        elif i and re.fullmatch(r"(?:VĂN PHÒNG|BAN [A-ZĐÀ-Ỹ ]+|ỦY BAN KIỂM TRA)", line) \
                and not re.search(r"ỦY|TRUNG ƯƠNG", line) and kind_of(ORGANS.sub("", line)) is None:
            # (not "BAN THƯỜNG TRỰC UBMTTQ XÃ X", a body of its own; "BAN TUYÊN GIÁO" is a board of the line above)
            unit = _ORGAN_OF_UNIT.fullmatch(line)
            # "HỘI LIÊN HIỆP PHỤ NỮ VIỆT NAM" over "BAN CHẤP HÀNH TỈNH PHÚ YÊN": the organisation of that unit.
            line = f"{_NATIONAL.sub('', lines[i - 1][0])} {unit.group(1)}" if unit else f"{line} {lines[i - 1][0]}"
        joint = _JOINT_LEAD.fullmatch(line)
        if joint:   # "UBND - UBMTTQ TỈNH HÀ GIANG": a joint header, its lead body named first
            candidates.append((f"{joint.group(1)} {joint.group(2)}", span, "the header (the lead of a joint header)"))
        candidates.append((line, span, "the header"))
    for phrase, span, where in candidates:
        if resolve_phrase(phrase, ctx, span=span).confidence > 0.2:
            return phrase, span, where
    return candidates[0] if candidates else None


def _own_issuer(text: str, match: str, layout: Layout, own, ctx: Context, doc_type: str | None,
                lead_facts: "site_metadata.Lead | None" = None, enacting: Reference | None = None) -> Issuer:
    lines = _header_lines(match, layout)
    for line, _ in lines:
        superior = SUPERIOR.search(line)
        if superior:
            _read_superior(superior.group(1), superior.group(2).strip(), ctx)
    phrases: list[tuple[str, tuple[int, int] | None, str]] = []
    if layout.issuer_line:
        words = match[layout.issuer_line[0]:layout.issuer_line[1]]
        phrases.append((re.sub(r"^(?:CỦA|của)\s+", "", words).strip(), layout.issuer_line, "the line under the title"))
    header = _header_issuer(lines, ctx)
    if header:
        phrases.append(header)
    issuing = ISSUER_META.search(match, 0, max(layout.header[1], min(len(match), 1500)))
    if issuing:   # a legal-document site's "Cơ quan ban hành: UBND tỉnh Bắc Ninh"
        # Joint issuers stand in a list ("Ủy ban Mặt trận Tổ quốc Việt Nam; Ủy ban nhân dân Thành phố Hà Nội"):
        # each is read, the one named most surely wins, the one the symbol's issuer code names first.
        parts = [part for part in re.finditer(r"[^;]+", issuing.group(1)) if part.group(0).strip()]
        for part in _symbol_lead_first(parts, own, ctx):
            phrases.append((part.group(0).strip(), (issuing.start(1) + part.start(), issuing.start(1) + part.end()),
                            "the site's metadata"))
    authority_line = AUTHORITY_LINE.search(match, layout.header[1], layout.preamble[1])
    if authority_line:
        phrases.append((authority_line.group(1), authority_line.span(1), "the enacting authority under the title"))
    types = "|".join(re.escape(t) for t in ([doc_type] if doc_type else []) + ["kế hoạch", "chương trình", "hướng dẫn",
                                                                               "văn bản số"])
    if lead_facts and lead_facts.issuer:
        phrases.append((*lead_facts.issuer, lead_facts.evidence))
    lead_end = max(layout.header[1], min(len(match), 1500))
    acting = ACTING_FOR.search(match, 0, lead_end) if "thay mặt" in match[:lead_end].lower() else None
    if acting:   # "Thay mặt Bộ Chính trị, Thường trực Ban Bí thư ... ký ban hành Kết luận ...": the body it signs for
        phrases.append((acting.group(1), acting.span(1), "the body the signer acts for"))
    # Without a type title the opening may stand in the "header" (a news lead): read from the top.
    sentence = _issuing_sentence(match, layout, types)
    if sentence:
        phrases.append((sentence.group(1), sentence.span(1), _OPENING_SENTENCE))
    announced = stated_type.ANNOUNCED.search(match, 0, layout.preamble[1])
    council = COUNCIL_SITTING.search(match, 0, layout.preamble[1]) if "kỳ họp" in match[:layout.preamble[1]] else None
    if council:   # "... ý kiến thảo luận của đại biểu HĐND tỉnh tại kỳ họp": the council that passed it
        phrases.append((council.group(1), council.span(1), "the council whose sitting the preamble names"))
    if announced:   # "Theo thông báo của UBND tỉnh vừa được ban hành, ..."
        phrases.append((announced.group(2), announced.span(2), "the lead"))
    quoted = stated_type.QUOTED_OF.search(match, 0, layout.preamble[1]) if "nội dung" in match[:layout.preamble[1]] else None
    if quoted:      # "Đây là nội dung nêu tại báo cáo ... của Ban Chấp hành Đảng bộ X."
        phrases.append((quoted.group(1), quoted.span(1), _QUOTED))
    congress = _meeting_in_title(match, layout)
    if congress:   # "NGHỊ QUYẾT / Đại hội đại biểu Đảng bộ huyện Tân Kỳ lần thứ XXI ...", a page title "Nghị quyết Đại hội ..."
        phrases.append((congress.group(1), congress.span(1), "the title"))
    titled = _titled_of().search(match, 0, max(layout.header[1], min(len(match), 600)))
    if titled:     # "NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ về ...", a page title "Kế hoạch của UBND tỉnh về ..."
        phrases.append((titled.group(1), titled.span(1), "the title"))
    if enacting and enacting.issuer:   # "(Ban hành theo Quy định 1635-QĐ/TU ... của Ban Thường vụ Tỉnh ủy)"
        phrases.append((enacting.issuer, None, "the document it is issued with"))
    ending = next(find_words(re.compile(CLOSING_SENTENCE.format(types=types), re.IGNORECASE), CLOSING_WORDS,
                             match, layout.body[0]), None)
    if ending:
        phrases.append((ending.group(1), ending.span(1), "the closing sentence"))
    authority = closing.AUTHORITY.search(match, layout.closing[0] if layout.closing else max(0, len(match) - 1500))
    if authority:
        body = re.sub(r"^(?:T/M|TM\.?|K/T|KT\.?)\s*", "", authority.group(1)).strip()
        if body and not re.fullmatch(r"BAN THƯỜNG VỤ|THƯỜNG TRỰC|BAN CHẤP HÀNH|THỦ TƯỚNG", body):
            phrases.append((body, authority.span(1), "the signature"))
    best: Issuer | None = None
    listed: Issuer | None = None     # the first reading that names candidates ("thị trấn Vĩnh Thạnh": two provinces)
    for phrase, span, where in phrases:
        issuer = _resolve_candidate(phrase, span, where, ctx)
        issuer.evidence = f"{where}: {issuer.evidence}"
        if best is None or issuer.confidence > best.confidence or (
                issuer.confidence == best.confidence and issuer.level and not best.level):
            best = issuer   # (of two guesses alike, the one that knows its level: "UBND tỉnh" under a site's label)
        listed = listed or (issuer if issuer.candidates else None)
        if issuer.confidence >= 0.8:
            break
    if (best is None or best.confidence < 0.5) and own:
        hinted = resolve_code(own.issuer_code, ctx)
        hinted.evidence = f"the symbol {own.symbol}: {hinted.evidence}"
        # A body the page names keeps its name over the code's row when the tables know its kind or its place
        # agrees with the code's level (_placed may take the code's level); a registered body the code stands
        # for displaces it.
        named = best is not None and best.name and not hinted.body_id and (
            best.kind or best.level and best.level == hinted.level)
        # A guessed body of the other system than the code's ("UBND tỉnh ban hành Công văn số 106-CV/ĐU": a news lead
        # that misnames a Party committee's letter) yields to the code.
        if best is not None and _other_system(best, hinted):
            hinted.evidence += f"; not '{best.name}' the words name ({best.system}, the other system)"
            best = hinted
        elif best is None or not named and hinted.confidence > best.confidence and (hinted.level or not best.level):
            best = hinted
    if best is None or best.confidence < 0.5:
        # "Lưu VPHU": the filing line names the committee's office, hence its kind.
        filing = FILING.search(match)
        if filing:
            kind = {"HU": "Huyện ủy", "QU": "Quận ủy", "TU": "Tỉnh ủy"}.get(filing.group(1), "Đảng ủy")
            hinted = resolve_phrase(kind, ctx, span=filing.span())
            hinted.evidence = f"the filing line '{filing.group(0)}': {hinted.evidence}"
            if best is None or hinted.confidence > best.confidence:
                best = hinted
    if best is None or best.confidence <= 0.3:
        subject = _lead_subject(match, layout, ctx)
        coded = own and best is not None and own.issuer_code and own.symbol in best.evidence
        if subject and not (coded and _other_system(subject, best)) and (
                best is None or best.level is None or subject.confidence > best.confidence):
            best = subject
    title = layout.type_line if best is None or best.level is None else None
    chain = congresses.own_congress(match, title[0], ctx) if title else None
    best = chain or best   # "... tiến tới Đại hội ... huyện X, Đại hội ... tỉnh Y": the lowest congress is its own
    if best is not None and listed is not None and not best.body_id and not best.candidates:
        best = listed     # the candidates let the corpus settle it (graph/build.py: settle_issuer)
    best = best or Issuer(evidence="no issuing body found in the header, the opening or the signature")
    if best.level is None and best.name and organs.BARE_ORGAN.fullmatch(best.name.strip()):
        best = organs.organ_named_with_its_body(best.name, match, ctx) or best   # "BAN CHẤP HÀNH KHÓA V": of which body
    if best.level is None:
        best = _placed(best, match, layout, own, ctx)
    if best.level is None:   # a school's site naming the school in its chrome, a commune's news naming its bodies
        before = layout.type_line[0] if layout.type_line else layout.header[1]
        best = page_bodies.one_level_named_before(match, before, ctx) or best
    return _within_title_scope(best, match, layout, ctx)


def _other_system(named: Issuer, coded: Issuer) -> bool:
    """Whether a body read from the words and one read from the symbol's code stand in different systems (party,
    state, mass): a page's own code is printed by its issuer, the words may name another body."""
    return bool(named.system and coded.system and named.system != coded.system)


def _issuing_sentence(match: str, layout: Layout, types: str) -> re.Match | None:
    """The opening sentence whose subject issues the page's type ("Nay Ban Chấp hành ... ban hành Kế hoạch"); a subject
    opens on a capital: in lower case it is a clause inside a sentence (", đề nghị xây dựng kế hoạch", "chịu trách
    nhiệm chủ trì, phối hợp với ... xây dựng Kế hoạch"), not the body that acts."""
    pattern = re.compile(ISSUING_SENTENCE.format(types=types, any_type=type_words()[0].pattern), re.IGNORECASE)
    found = pattern.finditer(match, layout.preamble[0] if layout.type_line else 0, layout.preamble[1])
    return next((sentence for sentence in found if sentence.group(1)[0].isupper()), None)


_OPENING_SENTENCE = "the opening sentence"
_QUOTED = "the body whose document the page quotes (a guess: the page is read as that document)"
# Readings that infer the issuer rather than find it named as one, by how `where` starts.
_READ_AT_MOST = {_QUOTED: 0.6, _ISSUED_THE_TOLD: _TOLD_AT_MOST}


def _inferred_at_most(where: str) -> float:
    return next((cap for reading, cap in _READ_AT_MOST.items() if where.startswith(reading)), 1.0)
_HEADED_AT_MOST = 0.6   # a body read from its head's title, the person's name cut off: an inference


def _resolve_candidate(phrase: str, span: tuple[int, int] | None, where: str, ctx: Context) -> Issuer:
    """One reading of the issuer; the opening sentence's subject may be a head and a person ("Bộ trưởng Y tế Đào Hồng
    Lan vừa ký công văn ..."): the body the title heads, at a confidence that says it was inferred."""
    headed = heads.headed_body(phrase, span[0], ctx) if where == _OPENING_SENTENCE and span else None
    if headed is None:
        issuer = resolve_phrase(phrase, ctx, span=span)
        issuer.confidence = min(issuer.confidence, _inferred_at_most(where))
        return issuer
    headed.confidence = min(headed.confidence, _HEADED_AT_MOST)
    return headed


_LEVEL_RANK = {"central": 0, "province": 1, "district": 2, "commune": 3, "cell": 4}


def _within_title_scope(best: Issuer, match: str, layout: Layout, ctx: Context) -> Issuer:
    """An issuer not found, or guessed (below 0.5, outside the header) at a level above the unit the title confines
    the document to ("... trên địa bàn phường 5", "ĐỀ CƯƠNG ... TRÊN ĐỊA BÀN HUYỆN X"), yields to that unit's level:
    a district's outline cites the Tỉnh ủy's conclusion in its lead, it is not the Tỉnh ủy's. Only the title, never a
    place the body names; the body stays unnamed and the evidence says it is a guess."""
    if best.level and (best.confidence >= 0.5 or _in_header(best, layout)):
        return best   # a body the header names keeps its level ("SỞ XÂY DỰNG" over "... trên địa bàn xã ...")
    title = _title_region(match, layout)
    scope = level_of_scope(match, *title, ctx.registry) if title else None
    if scope is None or best.level and _LEVEL_RANK[best.level] >= _LEVEL_RANK[scope[0]]:
        return best
    return Issuer(level=scope[0], evidence=f"level {scope[0]} from the title's scope '{scope[1]}' (a guess: no body is "
                  "named with its level)" + (f"; not {best.name}, {best.evidence}" if best.name else ""),
                  confidence=0.2 if best.level is None else 0.35, span=scope[2])


def _in_header(issuer: Issuer, layout: Layout) -> bool:
    return bool(issuer.span and layout.header and layout.header[0] <= issuer.span[0] < layout.header[1])


_TITLE_LINE_CHARS = 200   # a page's first line longer than this is a paragraph, not its title
_NUMBERED_HEADING = re.compile(r"(?:[IVX]{1,4}|\d{1,2}|[A-Da-d])[.)/]\s|(?:Phần|PHẦN)\s")


def _title_region(match: str, layout: Layout) -> tuple[int, int] | None:
    """The type title's line and the subject under it, else the page's first line when it starts neither at a body
    heading ("I. Tình hình ...") nor with a lead's paragraph (what that cites covers the territory)."""
    if layout.type_line:
        line_end = match.find("\n", layout.type_line[1])
        return layout.type_line[0], max(layout.title[1] if layout.title else 0, line_end if line_end >= 0 else len(match))
    if layout.title:
        return layout.title
    start = len(match) - len(match.lstrip())
    end = match.find("\n", start)
    end = len(match) if end < 0 else end
    if start == end or end - start > _TITLE_LINE_CHARS or _NUMBERED_HEADING.match(match, start):
        return None
    return start, end


def _meeting_in_title(match: str, layout: Layout) -> re.Match | None:
    """The congress or plenum a title names ("NGHỊ QUYẾT / Đại hội đại biểu Đảng bộ huyện Tân Kỳ lần thứ XXI",
    a page title "Thông báo Hội nghị lần thứ 13 ...")."""
    word = None if layout.title or layout.type_line else page_title.title_word(match)
    return TITLE_BODY.match(match, layout.title[0] if layout.title else word.end()) if layout.title or word else None


def _meeting_date(match: str, layout: Layout, warnings: list[str]):
    """A meeting's resolution or communiqué with no date line (or a document its opening says a meeting adopted) is
    dated by the meeting: its one day, or, for a meeting of several days, the day the lead says the document came
    out. An inference, said so in a warning."""
    meeting = _meeting_in_title(match, layout)
    if meeting is not None:
        opening = (meeting.end(), min(len(match), meeting.end() + 1000))
        days, several = meeting_days(match, *opening)
    else:   # "Hội nghị Ban Chấp hành ... ngày 27 tháng 10 năm 2005 đã nhất trí thông qua quy chế như sau:"
        opening = (layout.preamble[0], layout.body[0] or layout.preamble[1])
        days, several = adopted_on(match, *opening)
    found = yearless_issue(match, 0, opening[1], days[-1][0]) if several else days[0] if days else None
    if found is None:
        return None, None
    warnings.append(f"no date line: dated {found[0]}, by the meeting the opening says was held")
    return found


def _symbol_lead_first(parts: list[re.Match], own, ctx: Context) -> list[re.Match]:
    """Joint issuers with the one the symbol's issuer code names first ("Bộ Giáo dục và Đào tạo; Bộ Y tế"
    under 1557/KH-BYT-BGDĐT: Bộ Y tế leads)."""
    if len(parts) < 2 or own is None or not own.issuer_code:
        return parts
    coded = resolve_code(own.issuer_code, ctx)

    def leads(part: re.Match) -> bool:
        named = resolve_phrase(part.group(0), ctx)
        return bool(coded.body_id and named.body_id == coded.body_id
                    or coded.name and fold(named.name or "") == fold(coded.name))
    return sorted(parts, key=lambda part: not leads(part))


@lru_cache(maxsize=1)
def _titled_of() -> re.Pattern:
    """A title that names its issuer after the type: "NGHỊ QUYẾT CỦA BỘ CHÍNH TRỊ về ...", not what the document says
    ("Quyết định của Bộ trưởng Bộ Tài chính nêu rõ, ...")."""
    from extraction.find import type_words   # the one list of type words
    return re.compile(rf"(?:^|\n)[ \t]*(?:TOÀN VĂN\s*:\s*)?(?:{type_words()[0].pattern})\s+(?:của|CỦA)\s+"
                      r"([^,;:\n(]{3,80}?)(?=\s+(?:về|VỀ|số|SỐ|ngày|NGÀY|năm|NĂM|thực hiện|THỰC HIỆN|" + stated_type.REPORTING_VERBS
                      + r")\b|\s*[,;:\n(]|$)", re.IGNORECASE)


def _lead_subject(match: str, layout: Layout, ctx: Context) -> Issuer | None:
    """The first body a lead names as its subject, when the header, the opening sentence and
    the signature named none: a guess, and said to be one. A body of a kind the tables know comes first; else the
    first whose name places it ("Ủy ban Bầu cử ... huyện Hàm Yên thông báo ...", "Hội đồng phối hợp PBGDPL trung ương
    ... đề nghị ..."), at the lower confidence of a name read by its place. A head's title names the body it heads,
    without the person's name ("Bí thư Tỉnh ủy Điện Biên Nguyễn Văn Thắng vừa ký ...": the Tỉnh ủy)."""
    limit = max(layout.preamble[1] if layout.preamble else 0, min(len(match), 1200))
    found = [*LEAD_SUBJECT.finditer(match, 0, limit), *UNIT_SUBJECT.finditer(match, 0, limit),
             *CONGRESS_SUBJECT.finditer(match, 0, limit)]   # "; Đại hội chi bộ X diễn ra ...": the body that met
    acting = stated_type.acting_subject(match, 0, limit)   # "... 21 Tháng 9, 2025 Ủy ban ... hướng dẫn sắp xếp ...": whose act typed it
    placed: Issuer | None = None
    candidates = [(subject.group(1), subject.span(1)) for subject in found] + ([acting] if acting else [])
    for phrase, span in sorted(candidates, key=lambda candidate: candidate[1][0]):
        if _CHAIR.match(phrase) and match.startswith(",", span[1]) or _MENU_LINE.match(match, _line_start(match, span[0])):
            continue   # "đồng chí Nguyễn Văn A, Chủ tịch UBND tỉnh, ...": a person's title; "UBND Huyện, Thị xã": a menu
        issuer = heads.headed_body(phrase, span[0], ctx) or resolve_phrase(phrase, ctx, span=span)
        if issuer.level and (issuer.kind or issuer.body_id):
            issuer.evidence = f"the subject of the lead (a guess): {issuer.evidence}"
            issuer.confidence = min(issuer.confidence, 0.45)
            return issuer
        if placed is None and issuer.level and not _MANY.search(phrase):
            issuer.evidence = f"the subject of the lead (a guess, its level by the place it names): {issuer.evidence}"
            placed = issuer
    return placed


# A site's menu line: capitalised names in a list, nothing else ("UBND Huyện, Thị xã, Thành phố", "Sở, Ban, Ngành").
_MENU_ITEM = r"[A-ZĐ][^\W\d_]*(?:[ \t]+[^\W\d_]+){0,3}[ \t]*"
_MENU_LINE = re.compile(rf"[ \t]*(?:{_MENU_ITEM},[ \t]*)+{_MENU_ITEM}$", re.MULTILINE)


def _line_start(match: str, position: int) -> int:
    return match.rfind("\n", 0, position) + 1


_MANY = re.compile(r"\b(?:các|những)\b", re.IGNORECASE)   # "Ủy ban nhân dân các tỉnh, ...": addressees, not one body


# "Hà Giang, ngày 24 tháng 06 năm 2013": the place before the date.
PLACE_DATE = re.compile(r"([^\n,|*]{2,40}),\s*ngày\s+\d", re.IGNORECASE)
# A label's value follows it on its line, or on the next when the page's cells became lines ("Cơ quan ban hành: |
# Cục Y tế dự phòng |" -> "Cơ quan ban hành:\n Cục Y tế dự phòng"), never another label.
_META_VALUE = r"[ \t]*:?[ \t|]*(?:(?<=:)[ \t]*\n[ \t|]*(?![^\n|:]{1,30}:))?"
PLACE_META = re.compile(r"(?:Nơi ban hành|Cơ quan ban hành|Đơn vị ban hành)" + _META_VALUE + r"([^\n|]{2,80})", re.IGNORECASE)
# (up to the next label a page glued to the value: "... Hà NộiSố công báo:Đang cập nhật")
ISSUER_META = re.compile(r"(?:^|\n|\|)[ \t]*(?:Cơ quan ban hành|Đơn vị ban hành)" + _META_VALUE + r"([^\n|]{2,80}?)"
                         r"(?=[ \t]*(?:\n|\||$)|(?<=[a-zà-ỹđ])(?-i:Số công báo|Số hiệu|Ngày|Người ký|Loại văn bản)|$)",
                         re.IGNORECASE)
_PEOPLES = re.compile(r"(?:chủ tịch\s+)?(?:ủy ban nhân dân|ubnd|hội đồng nhân dân|hđnd)\b", re.IGNORECASE)


def _placed(issuer: Issuer, match: str, layout: Layout, own, ctx: Context) -> Issuer:
    """An issuer found without its level: a bare "ỦY BAN NHÂN DÂN" placed by the site's
    metadata or the place-date line, else the level its symbol's issuer code stands for."""
    name = issuer.name or ""
    region = max(layout.header[1], min(len(match), 1500))
    if _PEOPLES.match(name) or issuer.kind in ("ubnd", "hdnd"):
        meta = PLACE_META.search(match, 0, region)
        dated = PLACE_DATE.search(match, 0, region)
        for where, place in (("the site's metadata", meta.group(1) if meta else None),
                             ("the place-date line", dated.group(1) if dated else None)):
            if not place:
                continue
            place = re.sub(r"^(?:tỉnh|thành phố)\s+", "", place.strip(), flags=re.IGNORECASE)
            if ctx.registry.find_units(place, level="province", as_of=ctx.as_of):
                placed = resolve_phrase(f"{_PEOPLES.match(name).group(0) if _PEOPLES.match(name) else name} tỉnh {place}", ctx)
                if placed.level:
                    placed.evidence = f"'{name}' placed by {where} ('{place}'): {placed.evidence}"
                    placed.confidence = min(placed.confidence, 0.7)
                    return placed
    code = issuer_code_entry(own.issuer_code) if own else None
    if code and code.level:
        issuer.level = code.level
        issuer.system = issuer.system or code.system
        issuer.evidence += f"; level from the symbol's issuer code {own.issuer_code}"
        return issuer
    beside = _placed_beside_symbol(issuer, match, own, ctx) if code else None
    if beside:
        return beside
    kind = next((k for k in body_kinds() if k.kind == issuer.kind and k.level), None)
    if kind:   # "Đảng ủy" alone, by the symbol's ĐU: a grassroots committee unless the text says more
        issuer.level = kind.level
        issuer.evidence += f"; the level a {kind.kind} body has unless the text says otherwise"
    return issuer


_BESIDE_SYMBOL = 100   # characters either side of the own symbol, on its line: a title's words, not the body's


def _placed_beside_symbol(issuer: Issuer, match: str, own, ctx: Context) -> Issuer | None:
    """A body the symbol's code leaves unplaced (UBND, ĐU, BHXH: any level) placed by the one unit its line names
    beside the symbol ("Bảng giá ca máy tỉnh Lạng Sơn Quyết định 788/QĐ-UBND"): a guess, said so, at low confidence."""
    line_end = match.find("\n", own.span[1])
    start = max(match.rfind("\n", 0, own.span[0]) + 1, own.span[0] - _BESIDE_SYMBOL)
    end = min(len(match) if line_end < 0 else line_end, own.span[1] + _BESIDE_SYMBOL)
    places = places_between(match, start, end, ctx.registry)
    if not issuer.name or len({level for level, _ in places}) != 1:
        return None
    words = places[0][1]
    placed = resolve_phrase(f"{issuer.name} {words}", ctx)
    if not placed.level:
        return None
    placed.evidence = (f"'{issuer.name}' placed by '{words}' beside the symbol {own.symbol} on its line (a guess: the "
                       f"issuer code {own.issuer_code} does not tell the level): {placed.evidence}")
    placed.confidence = min(placed.confidence, 0.35)
    return placed


def _parent_hints(references, ctx: Context) -> None:
    """The issuers the parents name ("của Tỉnh ủy Hưng Yên") tell the document's own province."""
    as_of = ctx.as_of
    for ref in references:
        if ref.relation in PARENT_RELATIONS and ref.issuer:
            ctx.as_of = date.fromisoformat(ref.date) if ref.date else as_of
            resolved = resolve_phrase(ref.issuer, ctx)
            if resolved.body_id and resolved.confidence >= 0.8:
                ctx.parents.append(resolved)
    ctx.as_of = as_of
    provinces = {p.province for p in ctx.parents if p.province and p.level != "central"}
    if len(provinces) == 1 and ctx.province is None:
        ctx.province = provinces.pop()


def _resolve_citation_issuers(references, relayed, ctx: Context, registry: Registry) -> None:
    as_of = ctx.as_of
    by_symbol = {}
    renamed: dict[str, str] = {}
    for ref in references:
        ctx.as_of = date.fromisoformat(ref.date) if ref.date else as_of
        if ref.issuer:
            resolved = resolve_phrase(ref.issuer, ctx)
            if resolved.confidence < 0.5 and ref.issuer_code:
                resolved = resolve_code(ref.issuer_code, ctx)
        else:
            resolved = resolve_code(ref.issuer_code, ctx) if ref.issuer_code else Issuer()
        ref.issuer_body_id = resolved.body_id
        ref.issuer_evidence = resolved.evidence
        ref.issuer_candidates = [] if resolved.body_id else list(resolved.candidates)
        _expand_short_code(ref, registry, renamed)
        by_symbol[ref.symbol] = ref
    ctx.as_of = as_of
    for claim in relayed:
        claim.child, claim.parent = renamed.get(claim.child, claim.child), renamed.get(claim.parent, claim.parent)
        for attr, symbol in (("child_issuer_body_id", claim.child), ("parent_issuer_body_id", claim.parent)):
            ref = by_symbol.get(symbol)
            setattr(claim, attr, ref.issuer_body_id if ref else None)


def _without_self(match: str, references, own, own_date: str | None, issuer: Issuer, warnings: list[str]):
    """Drop the document's own symbol (also written with other separators: 107/KH-ĐUK for
    107-KH/ĐUK) when the citation names no other issuer or date: a city's 56-KH/TU may implement
    the province's 56-KH/TU, but not itself. What a cue lists with it ("Thực hiện Kế hoạch số
    107/KH-ĐUK của Đảng ủy Khối và Công văn số 571-CV-ĐUB ..., Đảng ủy Học viện phát động ...")
    founds another body's document, one that carries this one out: mentions here."""
    if own is None:
        return references
    kept, selves = [], []
    for ref in references:
        other = ref.issuer_body_id not in (None, issuer.body_id) and ref.date != own_date
        same = _SEPARATORS.sub("", ref.symbol) == _SEPARATORS.sub("", own.symbol) or (
            ref.type_code and (ref.number, ref.type_code, ref.issuer_code) == (own.number, own.type_code, own.issuer_code)
            and _year_of(ref.symbol) in (None, own.year))   # 19/2017/TT-BNNPTNT amends 19/2016/TT-BNNPTNT
        if same and not other:   # 721/QĐ-BXD in the site's title is the 721/Q -BXD a broken font printed
            warning = f"the document cites its own symbol {own.symbol} (ignored)"
            if warning not in warnings:
                warnings.append(warning)
            selves.append(ref)
            continue
        kept.append(ref)
    demote_listed_with_self(match, kept, selves, warnings)
    return kept


_SYMBOL_YEAR = re.compile(r"/((?:19|20)\d{2})/")


def _year_of(symbol: str | None) -> str | None:
    """The year a state symbol prints between its number and its codes (15/2020/NĐ-CP), if any."""
    found = _SYMBOL_YEAR.search(symbol or "")
    return found.group(1) if found else None


def _expand_short_code(ref, registry: Registry, renamed: dict[str, str]) -> None:
    """Real plans shorten issuer codes ("229-QĐ/BCĐ" for a BCĐTW document): when the cited
    issuer is a central body whose own code extends the written one, write the full code."""
    body = registry.get(ref.issuer_body_id) if ref.issuer_body_id else None
    if body is None or not ref.issuer_code or not ref.symbol.endswith("/" + ref.issuer_code):
        return
    longer = [c for c in body.issuer_codes if c != ref.issuer_code and c.startswith(ref.issuer_code)]
    if len(longer) == 1:
        written = ref.symbol
        ref.symbol = written[: -len(ref.issuer_code)] + longer[0]
        ref.issuer_code = longer[0]
        ref.issuer_evidence += f"; written {written}, the code of {body.name} is {longer[0]}"
        renamed[written] = ref.symbol


def _title(text: str, layout: Layout) -> str | None:
    if layout.title is None:
        return None
    lines = [line for line in text[layout.title[0]:layout.title[1]].split("\n")
             if not re.fullmatch(r"[\s\-_=*.]*", line)]     # the rule under the subject line
    title = re.sub(r"\s+", " ", " ".join(lines)).strip()
    title = re.sub(r"^V/v\s*", "", title)
    if layout.doc_type and not title.lower().startswith(layout.doc_type.lower()):
        title = f"{layout.doc_type} {title[0].lower() + title[1:] if title[:1].isupper() and not title[:2].isupper() else title}"
    return title[:500]
