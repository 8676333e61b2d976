"""The document's own issuer, weighed from its sources: the header (header_issuer), the enacting authority under the
title ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH ..."), the opening sentence that issues the page's type ("Nay Ban Chấp hành ...
ban hành Kế hoạch"), a lead that names the body signed for ("Thay mặt Bộ Chính trị, ..."), the congress or plenum a
title names, a council's sitting, the closing sentence ("Trên đây là Kế hoạch của ..."), the filing line ("Lưu
VPTU"), the site's metadata, and last a lead's subject (issuer_in_words); each candidate resolved against the registry
within the scope the title allows, an inferred one at a capped confidence.

Read after the layout, the own number and the lead's facts, which it weighs."""
from __future__ import annotations

import re
from functools import lru_cache

from domain.tables import fold, opening_pattern
from extraction import closing, congresses, heads, organs, page_bodies, page_title, site_metadata, stated_type
from extraction.find import type_words
from extraction.header_issuer import header_issuer, header_lines, read_superior, SUPERIOR
from extraction.issuer import UNIT_MARK, Context, level_of_scope, resolve_code, resolve_phrase
from extraction.issuer_in_words import ISSUER_KEY, ISSUER_META, lead_subject, placed
from extraction.models import Issuer, Reference
from extraction.scan import find_words
from extraction.sections import Layout

# A comma inside a body's name: "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh", "Sở Văn hóa, Thể thao và Du lịch".
NAME_COMMA = (r"(?<=phòng),\s(?=chống\s)|(?<=tham nhũng),\s(?=tiêu cực\s)|(?<=Văn hóa),\s(?=Thể thao\s)"
              r"|(?<=Kinh tế),\s(?=Hạ tầng\s)"    # a ward's "Phòng Kinh tế, Hạ tầng và Đô thị" (from July 2025)
              r"|(?<=Tổ quốc),\s(?=các đoàn thể\s)")   # "Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương" (2025)
# Patterns with the document's own type filled in ({types}); braces of counts are doubled. A news
# agency's dateline before the sentence ("(Baonghean.vn) - UBND tỉnh ... vừa ban hành ...") is blanked
# first (extraction/dateline.py).
ISSUING_SENTENCE = (
    r"(?:(?:^|\n)[ \t]*|[,;.:]\s+)(?:[ \t]*Nay\s+)?(?:[ \t]*(?:Ngày|Vào ngày|Hôm nay,? ngày)\s+\d[\d/.\-]*(?:\s+tháng\s+\d+)?(?:[/\s]+(?:năm\s+)?\d{{4}})?,?\s+)?"
    r"((?:Ban Thường vụ|Thường trực|Ban Chấp hành|BTV)\s(?:" + UNIT_MARK + r"|[^,;.\n(]|\([^)\n]{{0,80}}\)){{2,90}}?"
    r"|(?!" + opening_pattern("cue", "weak_cue") + r")(?!(?:{any_type})\s+(?:số\s*:?\s*)?\d)"
    r"[A-ZĐÀ-Ỹ](?:" + UNIT_MARK + r"|[^,;.\n]|" + NAME_COMMA + r"){{2,80}}?)"   # a cue opens no subject ("Ủy ban ..."), nor a cited document ("Nghị quyết số 26/NQ-CP ...")
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
# A lead that names the signer and the body signed for: "Thay mặt Bộ Chính trị, Thường trực Ban Bí thư
# Trần Cẩm Tú ký ban hành Kết luận số ...", "Ngày 11/8/2020, thay mặt UBND tỉnh, Phó Chủ tịch ... đã ký ...".
ACTING_FOR = re.compile(r"(?:^|\n|[,.;]\s)[ \t]*(?i:thay mặt)\s+([^,;.\n]{3,60}?)\s*,[^.;\n]{3,90}?\s(?:đã\s+|vừa\s+)?ký\b")
# A title that names the body whose meeting decided: a congress or a plenum of a committee.
TITLE_BODY = re.compile(r"\s*((?:Đại hội|Hội nghị)\s[^,;.\n]{5,100}?)(?=\s+(?:lần thứ|nhiệm kỳ|khóa|về)\b|[,;.\n])",
                        re.IGNORECASE)
# A council's resolution names the council in its preamble: "ý kiến thảo luận của đại biểu Hội đồng nhân dân
# huyện tại kỳ họp" (the council whose sitting passed it).
COUNCIL_SITTING = re.compile(r"đại biểu\s+((?:Hội đồng nhân dân|HĐND)(?:\s[^,;.\n]{1,40}?)?)\s+tại\s+kỳ họp", re.IGNORECASE)
CLOSING_SENTENCE = (r"Trên đây là\s+(?:{types})\s+(?:của\s+)?((?:Ban Thường vụ|Thường trực|Ban Chấp hành)"
                    r"\s[^,;.\n]{{2,60}}?)(?=\s+(?:về|triển khai|thực hiện|\()|[,;.\n])")
CLOSING_WORDS = ("trên đây là",)   # every CLOSING_SENTENCE begins so (for scan.find_words)
FILING = re.compile(r"Lưu[ \t:]+[^\n]*?\bVP(HU|QU|TU|ĐU|ĐUK)\b")


ISSUED_THE_TOLD = "the body the lead says issued"
_TOLD_AT_MOST = 0.6   # the body of another document the page tells of: its issuer only by inference


def own_issuer(text: str, match: str, layout: Layout, own, ctx: Context, doc_type: str | None,
                lead_facts: "site_metadata.Lead | None" = None, enacting: Reference | None = None) -> Issuer:
    lines = header_lines(match, layout)
    for line, _ in lines:
        superior = SUPERIOR.search(line)
        if superior:
            read_superior(superior.group(1), superior.group(2).strip(), ctx)
    phrases: list[tuple[str, tuple[int, int] | None, str]] = []
    if layout.issuer_line:
        words = match[layout.issuer_line[0]:layout.issuer_line[1]]
        phrases.append((re.sub(r"^(?:CỦA|của)\s+", "", words).strip(), layout.issuer_line, "the line under the title"))
    header = header_issuer(lines, ctx)
    if header:
        phrases.append(header)
    region = max(layout.header[1], min(len(match), 1500))
    issuing = ISSUER_META.search(match, 0, region) or ISSUER_KEY.search(match, 0, region)
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
    sentence = issuing_sentence(match, layout, types)
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
    congress = meeting_in_title(match, layout)
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
        # agrees with the code's level (placed may take the code's level); a registered body the code stands
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
        subject = lead_subject(match, layout, ctx)
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
        best = placed(best, match, layout, own, ctx)
    if best.level is None:   # a school's site naming the school in its chrome, a commune's news naming its bodies
        before = layout.type_line[0] if layout.type_line else layout.header[1]
        best = page_bodies.one_level_named_before(match, before, ctx) or best
    return _within_title_scope(best, match, layout, ctx)


def _other_system(named: Issuer, coded: Issuer) -> bool:
    """Whether a body read from the words and one read from the symbol's code stand in different systems (party,
    state, mass): a page's own code is printed by its issuer, the words may name another body."""
    return bool(named.system and coded.system and named.system != coded.system)


def issuing_sentence(match: str, layout: Layout, types: str) -> re.Match | None:
    """The opening sentence whose subject issues the page's type ("Nay Ban Chấp hành ... ban hành Kế hoạch"); a subject
    opens on a capital: in lower case it is a clause inside a sentence (", đề nghị xây dựng kế hoạch", "chịu trách
    nhiệm chủ trì, phối hợp với ... xây dựng Kế hoạch"), not the body that acts."""
    pattern = re.compile(ISSUING_SENTENCE.format(types=types, any_type=type_words()[0].pattern), re.IGNORECASE)
    found = pattern.finditer(match, layout.preamble[0] if layout.type_line else 0, layout.preamble[1])
    return next((sentence for sentence in found if sentence.group(1)[0].isupper()), None)


_OPENING_SENTENCE = "the opening sentence"
_QUOTED = "the body whose document the page quotes (a guess: the page is read as that document)"
# Readings that infer the issuer rather than find it named as one, by how `where` starts.
_READ_AT_MOST = {_QUOTED: 0.6, ISSUED_THE_TOLD: _TOLD_AT_MOST}


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


def meeting_in_title(match: str, layout: Layout) -> re.Match | None:
    """The congress or plenum a title names ("NGHỊ QUYẾT / Đại hội đại biểu Đảng bộ huyện Tân Kỳ lần thứ XXI",
    a page title "Thông báo Hội nghị lần thứ 13 ...")."""
    word = None if layout.title or layout.type_line else page_title.title_word(match)
    return TITLE_BODY.match(match, layout.title[0] if layout.title else word.end()) if layout.title or word else None


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
