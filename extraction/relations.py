"""Stage 2, resolve relations: what each citation is to the citing document.

Title and preamble citations introduced by "Thực hiện / Triển khai / Căn cứ / Theo ..." are
the document's parents (implements, based_on); a citation inside a parent's description
("... của Tỉnh ủy về thực hiện Chỉ thị số 36-CT/TW") is a relayed claim; everything in the
body is a mention, or a finer relation where the words say so (sửa đổi, thay thế, sơ kết ...)."""
from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from domain.tables import RelationPhrase, opening_pattern, relation_phrases
from extraction.own_citation import before_body
from extraction.models import Citation, Reference, Relayed
from extraction.scan import find_words
from extraction.sections import Layout

PARENT_RELATIONS = ("implements", "based_on")
_STRENGTH = {"strong": 0.95, "medium": 0.85, "weak": 0.6}
_RANK = {"implements": 0, "based_on": 1, "mentions": 9}
_BOUNDARY = re.compile(r"[;\n]|\.(?=\s)")
_TITLE_BOUNDARY = re.compile(r";|\.(?=\s)")   # a title wraps its one phrase over lines
_ABOUT = re.compile(r"\bvề\b", re.IGNORECASE)
# Between two citations of one clause: "... của Tỉnh ủy về thực hiện Chỉ thị số 36-CT/TW" or
# "... của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW": the
# second is what the first implements (a relayed claim), not a parent of this document.
_RELAY = re.compile(r"(?:thực hiện|thi hành|triển khai|cụ thể hóa|quán triệt)\s*$", re.IGNORECASE)
_REPORT = re.compile(r"(?:tình hình|kết quả|sơ kết|tổng kết|báo cáo)\s+(?:triển khai\s+)?(?:thực hiện|triển khai)\s*$",
                     re.IGNORECASE)
# What may stand before the next item of a list of parents: nothing, "và", or a type word we
# could not read ("Kế hoach số", "Kế hoach của Ban Thường vụ Huyện ủy X số": a typo).
# ("n s": "Đề án số" in a font that lost its accented letters.)
_LIST_ITEM = re.compile(r"(?:và\s*)?(?:(?:\w+\s+){1,4}(?:của\s+[^,;]{3,90}?\s+)?(?:số|s)\s*:?)?", re.IGNORECASE)
# "X ... và Kế hoạch số Y": a second parent in the same list.
_COORDINATE = re.compile(r"(?:\s(?:và|cùng)|[,;])\s*$", re.IGNORECASE)
_COORDINATED_CUE = re.compile(r"\s(?:và|đồng thời)\s+((?:tiếp tục\s+)?(?:triển khai thực hiện|thực hiện|triển khai|thi hành|"
                              r"căn cứ))(?:\s+[^\s\d]+){0,2}?(?:\s+số\s*:?)?\s*$", re.IGNORECASE)
# Weak phrases ("theo") count only right before the citation.
_WEAK_REACH = 30


@lru_cache(maxsize=1)
def _phrase_patterns() -> tuple[tuple[RelationPhrase, re.Pattern], ...]:
    """Each phrase of the table as a pattern: whole words, any punctuation between them."""
    return tuple((phrase, re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, phrase.phrase.split())) + r"(?!\w)"))
                 for phrase in relation_phrases())


def _phrase_in(prefix: str) -> tuple[RelationPhrase, int] | None:
    """The relation phrase of a clause prefix: a special relation anywhere in it wins
    ("tổng kết 10 năm thực hiện X" reports on X), unless a longer phrase of a parent holds it;
    else the phrase nearest the citation."""
    lowered = prefix.lower()
    best: tuple[RelationPhrase, int] | None = None
    special: tuple[RelationPhrase, int] | None = None
    hits = [(phrase, hit) for phrase, pattern in _phrase_patterns() for hit in pattern.finditer(lowered)]
    for phrase, hit in hits:
        distance = len(lowered) - hit.end()
        if phrase.strength == "weak" and distance > _WEAK_REACH:
            continue
        if phrase.relation not in PARENT_RELATIONS and phrase.relation != "mentions":
            if any(other.relation in PARENT_RELATIONS and found.start() <= hit.start() and hit.end() <= found.end()
                   and found.end() - found.start() > hit.end() - hit.start() for other, found in hits):
                continue   # inside a longer phrase of a parent: "bổ sung, cập nhật thông tin cho Báo cáo số ..."
            if special is None or hit.start() < special[1]:
                special = (phrase, hit.start())
        elif best is None or hit.start() > best[1]:
            best = (phrase, hit.start())
    return special or best


def relation_before(words: str) -> str | None:
    """The relation the words before a citation give it, if any (a phrase of the table)."""
    found = _phrase_in(words)
    return found[0].relation if found else None


def _clause_start(match: str, pos: int, floor: int, boundary: re.Pattern = _BOUNDARY) -> int:
    start = floor
    for hit in boundary.finditer(match, floor, pos):
        start = hit.end()
    return start


def _where(layout: Layout, span: tuple[int, int]) -> str:
    # A list under "Căn cứ:" inside the opening is the basis section, not a paragraph of the preamble.
    for name, region in (("title", layout.title), ("title", layout.issuer_line), ("basis", layout.basis),
                         ("preamble", layout.preamble)):
        if region and region[0] <= span[0] < region[1]:
            return name
    if span[0] < layout.header[1]:
        return "header"
    return "body"


def classify(text: str, match: str, layout: Layout, citations: list[Citation], own_symbol: str | None
             ) -> tuple[list[Reference], list[Relayed], list[str]]:
    references: list[Reference] = []
    relayed: list[Relayed] = []
    warnings: list[str] = []
    previous: Reference | None = None     # the last citation of the title or preamble
    selves: list[Reference] = []          # the document's own symbol, cited in its opening
    # A page without a type title that starts at its body ("Phần I: ĐÁNH GIÁ ...", "I. KẾT QUẢ ..."): what
    # follows the heading is the body, however the layout drew the regions.
    body_from = before_body(match, layout.preamble[1]) if layout.type_line is None else len(match)
    for citation in citations:
        opening = citation.span[0] < body_from or _in_first_basis(layout, citation.span[0], body_from)
        where = _where(layout, citation.span) if opening else "body"
        if citation.bare and where == "body":
            continue   # a bare number in the body ("Kế hoạch số 2 năm ...") is too weak to link
        if citation.symbol == own_symbol and not (citation.issuer and where in ("title", "preamble")):
            # The document's own symbol. (A city's 56-KH/TU implementing "Kế hoạch số 56-KH/TU
            # của Tỉnh ủy Khánh Hòa" names another issuer: that one is a parent.)
            warning = f"the document cites its own symbol {own_symbol} (ignored)"
            if where in ("title", "preamble") and warning not in warnings:
                warnings.append(warning)
            if where in ("title", "preamble", "header") and _opening_paragraph(match, citation.span[0]):
                # Kept aside (and no relayed claim made of it) for what a cue lists with it.
                selves.append(_opening_reference(text, match, layout, citation, where, previous, []))
            continue
        named = _named_before(match, citation, references, where)
        if named is not None:
            # "Kết luận số 48-KL/TW ngày ... về ... (gọi tắt là Kết luận số 48-KL/TW), Nghị quyết số ...": the
            # short name of a citation before it. Printed the same, it is that parent again; printed otherwise
            # ("15-NQ/TƯ" after "15-NQ/TU"), a mention. The list goes on as from that citation.
            same = citation.symbol == named.symbol
            if citation.bare:   # "(Kết luận 61, Quyết định 673)" after 61-KL/TW and 673/QĐ-TTg: no other document
                continue
            references.append(_reference(citation, named.relation if same else "mentions", where, named.phrase,
                                         named.confidence if same else 0.85, subtype=named.subtype if same else "restated"))
            previous = replace(references[-1], relation=named.relation, phrase=named.phrase, subtype=named.subtype)
            continue
        if where == "body" or where in ("preamble", "header") and not (
                _opening_paragraph(match, citation.span[0]) or _list_cue(match, citation.span[0])
                or _marked_list_cue(match, citation.span[0])) \
                or where == "basis" and not _basis_item(match, citation.span[0]):
            reference = _body_reference(match, citation, where)
        else:
            # Everything before the body is the opening: a citation there is what its words
            # make it, wherever the layout put it (a page without a type line has no "title").
            reference = _opening_reference(text, match, layout, citation, where, previous, relayed)
        references.append(reference)
        previous = reference if where != "body" else previous
    _pointed_back(match, references, layout.body[0] or len(match))
    _carried_out_by_another(text, match, references, relayed)
    demote_listed_with_self(match, references, selves, warnings)
    return _merge(references), relayed, warnings


def _in_first_basis(layout: Layout, pos: int, body_from: int) -> bool:
    """Whether `pos` is in a basis section that is the page's first ("I. CHỦ TRƯƠNG ..." over "Căn cứ ..." lines):
    the opening, though the page starts its body there."""
    return bool(layout.basis and layout.basis[0] <= min(pos, body_from) and pos < layout.basis[1])


# ", Ban Tổ chức Trung ương đã có Hướng dẫn số ...": the sentence's subject issued another document (the type
# word opens the next citation's span).
_ISSUED_ANOTHER = re.compile(r",\s+(?-i:[A-ZĐÀ-Ỹ])[^,;.\n]{2,80}?\s(?:đã|vừa)\s+(?:có|ban hành|xây dựng)\s+$", re.IGNORECASE)


def _carried_out_by_another(text: str, match: str, references: list[Reference], relayed: list[Relayed]) -> None:
    """"Thực hiện ý kiến chỉ đạo của Bộ Chính trị (Thông báo số 210-TB/TW ...), Ban Tổ chức Trung ương đã có
    Hướng dẫn số 24-HD/BTCTW ... để thực hiện": the cue's sentence tells how another document, not this one, was
    issued to carry the first out. (Were that document the page itself, it would not be a reference here.)"""
    opening = [r for r in references if r.where != "body"]
    for cited, issued in zip(opening, opening[1:]):
        if cited.relation in PARENT_RELATIONS and cited.symbol != issued.symbol \
                and _ISSUED_ANOTHER.search(match, cited.span[1], issued.span[0]) \
                and not _SENTENCE_BREAK.search(match, cited.span[1], issued.span[0]):
            relayed.append(Relayed(child=issued.symbol, parent=cited.symbol, relation="implements",
                                   text=text[cited.span[0]:issued.span[1]], span=(cited.span[0], issued.span[1])))
            cited.relation, cited.subtype, cited.confidence = "mentions", "described", 0.8


def demote_listed_with_self(match: str, references: list[Reference], selves: list[Reference], warnings: list[str]) -> None:
    """What a cue lists with the document's own symbol ("Thực hiện Kế hoạch số 107/KH-ĐUK của Đảng ủy Khối và
    Công văn số 571-CV-ĐUB ..., Đảng ủy Học viện phát động ...") founds another body's document, one that
    carries this one out: a mention here, with a warning that says so."""
    for ref in references:
        if any(_listed_after(match, self_ref, ref) for self_ref in selves):
            warnings.append(f"{ref.symbol} is listed with the document's own symbol after '{ref.phrase}': read as the "
                            "basis of a document that carries this one out, a mention here")
            ref.relation, ref.subtype, ref.confidence = "mentions", "listed_with_self", 0.7


_SENTENCE_BREAK = re.compile(r"\n|\.\s")


def _listed_after(match: str, self_ref: Reference, ref: Reference) -> bool:
    """Whether `ref` is a later item of the cue list that opens with the document's own symbol."""
    return (self_ref.relation in PARENT_RELATIONS and self_ref.phrase is not None and ref.relation == self_ref.relation
            and ref.phrase == self_ref.phrase and self_ref.span[1] <= ref.span[0]
            and not _SENTENCE_BREAK.search(match, self_ref.span[1], ref.span[0]))


# A citation that opens a bracket ("(gọi tắt là Nghị quyết số 35/2023/UBTVQH15)", "(Nghị quyết số 15-NQ/TƯ)")
# after the description of the same document: the short name the page will use for it.
_SHORT_NAME = re.compile(r"\(\s*(?:(?:sau đây\s+|dưới đây\s+)?(?:được\s+)?(?:gọi|viết)(?:\s+tắt)?(?:\s+là)?\s*:?\s*)?$",
                         re.IGNORECASE)


def _named_before(match: str, citation: Citation, references: list[Reference], where: str) -> Reference | None:
    """The citation of the opening that `citation`, opening a bracket or a number alone, gives the
    short name of: the last one before it, within a few lines, with the same number and type."""
    if where == "body" or not (citation.bare or _SHORT_NAME.search(match, max(0, citation.span[0] - 40), citation.span[0])):
        return None
    for ref in reversed(references):
        if citation.span[0] - ref.span[1] > _SHORT_NAME_REACH:
            return None
        if ref.where == where and ref.number == citation.number and ref.doc_type == citation.doc_type \
                and ref.subtype != "restated":
            return ref
    return None


_SHORT_NAME_REACH = 600


BACK_CUE_WORDS = ("để", "tổ chức", "tiếp tục", "thực hiện", "triển khai", "cụ thể hóa", "quán triệt", "căn cứ", "thi hành")


@lru_cache(maxsize=1)
def this_document() -> re.Pattern:
    """A cue that points back at a document named before: "Để tổ chức thực hiện Nghị quyết này", "Thực hiện
    Chỉ thị trên", or that names it again by its type and bare number ("để thực hiện Nghị quyết số 57": group
    "number"); group 1 the cue, group 2 the type word."""
    from extraction.find import type_words   # the one list of type words
    return re.compile(rf"(?<!\w)(?:để\s+)?(?:(?:tổ chức|tiếp tục)\s+)*(thực hiện|triển khai(?: thực hiện)?|cụ thể hóa|"
                      rf"quán triệt|căn cứ|thi hành)\s+(?:nội dung\s+)?({type_words()[0].pattern})\s+"
                      r"(?:(?:này|trên|nói trên)(?!\w)|(?:số\s*)?(?P<number>\d{1,5})(?![\d/-]))",
                      re.IGNORECASE)


def points_back_to(cue: re.Match, cited: Citation | Reference) -> bool:
    """Whether a cue of this_document() names `cited`: its type, and its number when the cue gives one."""
    from extraction.find import type_name   # the one list of type words
    return type_name(cue.group(2)) == cited.doc_type and cue.group("number") in (None, cited.number)


def _pointed_back(match: str, references: list[Reference], end: int) -> None:
    """"Ngày 09/2/2010, Chính phủ ban hành Nghị quyết số 08/NQ-CP ... Để tổ chức thực hiện Nghị quyết này, UBND
    tỉnh đã ban hành Công văn ...": the document named before the cue, cited as a mere mention, is a parent."""
    opening = [r for r in references if r.where != "body"]
    if not any(r.relation == "mentions" and r.subtype is None for r in opening):
        return
    for cue in find_words(this_document(), BACK_CUE_WORDS, match, 0, end):
        before = [r for r in opening if r.span[1] <= cue.start() and points_back_to(cue, r)]
        if before and before[-1].relation == "mentions" and before[-1].subtype is None:
            found = _phrase_in(cue.group(1))
            if found and found[0].relation in PARENT_RELATIONS:
                before[-1].relation, before[-1].phrase, before[-1].confidence = found[0].relation, cue.group(0), 0.8


def _body_reference(match: str, citation: Citation, where: str) -> Reference:
    """In the body only the finer relations count (sửa đổi, thay thế, sơ kết ...)."""
    clause = _clause_start(match, citation.span[0], max(0, citation.span[0] - 200))
    found = _phrase_in(match[clause:citation.span[0]])
    if found and found[0].relation not in PARENT_RELATIONS:
        phrase = found[0]
        return _reference(citation, phrase.relation, where, phrase.phrase, _STRENGTH.get(phrase.strength, 0.8),
                          subtype=phrase.subtype)
    return _reference(citation, "mentions", where, None, 0.9)


def _opening_reference(text: str, match: str, layout: Layout, citation: Citation, where: str,
                       previous: Reference | None, relayed: list[Relayed]) -> Reference:
    region = {"title": layout.title, "preamble": layout.preamble, "basis": layout.basis}.get(where) or layout.header
    sentence = _sentence_start(match, region[0], citation.span[0])
    if _after_request(match, sentence, citation.span[0]) or _after_requesting_sentence(match, region[0], sentence) \
            or _under_a_request_list(match, region[0], citation.span[0]):
        # "Nghiêm túc thực hiện Thông báo số 31/TB-VPCP ..., Chủ tịch UBND huyện yêu cầu các cơ quan ...
        # thực hiện nghiêm Văn bản số 614/UBND-VX1": past the subject's request, what others are told to do.
        return _reference(citation, "mentions", where, None, 0.85)
    if _in_quoted_name(match, citation.span[0]):
        # "... chủ đề năm 2019 “Năm đột phá cải cách hành chính và thực hiện Nghị quyết 54 của Quốc hội”": the
        # cue speaks for the quoted name (a theme, a movement, another document's subject), not for this page.
        return _reference(citation, "mentions", where, None, 0.8, subtype="quoted_name")
    clause = _clause_start(match, citation.span[0], region[0], _TITLE_BOUNDARY if where == "title" else _BOUNDARY)
    clause = _glued_item_start(match, clause, citation.span[0])
    between = match[previous.span[1]:citation.span[0]] if previous and previous.where == where else None
    again = _COORDINATED_CUE.search(between) if between is not None else None
    if again:
        # "THỰC HIỆN NGHỊ QUYẾT SỐ 11/NQ-CP ... VỀ ... VÀ TRIỂN KHAI NGHỊ QUYẾT SỐ 43/2022/QH15": a cue
        # of its own after "và" opens a second parent, not the first one's description.
        clause = max(clause, previous.span[1] + again.start(1))
    elif between is not None and previous.span[1] >= clause:
        # Same clause as the previous citation: a second parent of a list, or part of the
        # previous citation's description.
        if _COORDINATE.search(between) or _coordinated_item().search(between):
            # "... về thực hiện Nghị quyết số 66-NQ/TW và Nghị quyết số 68-NQ/TW": both relayed; "Thi hành
            # Quyết định số 31-QĐ/TW ... ban hành Quy định “về ...” và Điều 2 Quyết định của Ban Bí thư
            # số 91-QĐ/TW": a second item of the list, whatever the first one's description said.
            for claim in [c for c in relayed if c.parent == previous.symbol]:
                relayed.append(Relayed(child=claim.child, parent=citation.symbol, relation="implements",
                                       text=text[claim.span[0]:citation.span[1]], span=(claim.span[0], citation.span[1])))
            return _reference(citation, previous.relation, where, previous.phrase, previous.confidence,
                              subtype=previous.subtype)
        relays = _RELAY.search(between) and not _REPORT.search(between) or _cue_within(between)
        if relays or _ABOUT.search(between):
            # Only a parent (or a document a parent relays) makes a claim worth relaying: a
            # proposal "về Chương trình ... thực hiện X" cited with "Theo đề nghị" does not.
            claims = previous.relation in PARENT_RELATIONS or previous.subtype == "described"
            if claims and relays and previous.symbol != citation.symbol:
                relayed.append(Relayed(child=previous.symbol, parent=citation.symbol, relation="implements",
                                       text=text[previous.span[0]:citation.span[1]],
                                       span=(previous.span[0], citation.span[1])))
            return _reference(citation, "mentions", where, None, 0.9, subtype="described")
    if _implemented_by_unnumbered().search(match, clause, citation.span[0]):
        # "TRIỂN KHAI CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA CHÍNH PHỦ THỰC HIỆN NGHỊ QUYẾT SỐ 27-NQ/TW": what another
        # body's unnumbered document implements, not a parent of this one.
        return _reference(citation, "mentions", where, None, 0.85, subtype="described")
    found = _phrase_in(match[clause:citation.span[0]])
    if found:
        phrase = found[0]
        carried = (_sentence_cue(match, region[0], clause + found[1]) or _list_cue(match, citation.span[0])
                   if phrase.relation in _PART_OF_BASIS else None)
        if carried:
            # "Căn cứ Luật ... số 64/2025/QH15 được sửa đổi, bổ sung bởi Luật số 87/2025/QH15", "Căn cứ
            # Quy chế ... ban hành kèm theo Nghị quyết số 753/2005/NQ-UBTVQH11": the amending law and
            # the act that enacts the cited rules are part of the basis the sentence gives.
            return _reference(citation, carried.relation, where, carried.phrase, 0.8, subtype=phrase.relation)
        if phrase.relation in _TITLE_PARENT and _in_title(match, layout, citation, where):
            # "Thông tư 89/2013/TT-BTC sửa đổi bổ sung Thông tư số 228/2009/TT-BTC", "Hướng dẫn thi hành ... Nghị
            # định số 13/2012/NĐ-CP": a document the title amends is one it builds on, one it guides one it carries
            # out (the annotation guide takes every numbered reference of a title).
            return _reference(citation, _TITLE_PARENT[phrase.relation], where, phrase.phrase, 0.8, subtype=phrase.relation)
        return _reference(citation, phrase.relation, where, phrase.phrase, _STRENGTH.get(phrase.strength, 0.8),
                          subtype=phrase.subtype)
    lead = match[clause:citation.span[0]].strip().lower()
    if previous and previous.where == where and previous.relation in PARENT_RELATIONS and _LIST_ITEM.fullmatch(lead) \
            and not _FULL_STOP.search(match, previous.span[1], clause):
        # "Thực hiện Nghị quyết số 60-NQ/TW ...; Kế hoạch số 520-KH/TU ...": the list goes on (within its sentence:
        # "... thông báo tạm dừng ....\nCăn cứ Luật ...; Nghị định số ..." has a cue of its own).
        return _reference(citation, previous.relation, where, previous.phrase, previous.confidence,
                          subtype=previous.subtype)
    carried = _sentence_cue(match, region[0], clause)
    if carried:
        # "Căn cứ Điều lệ Đảng; Quy định số 24-QĐ/TW ...; Hướng dẫn số ...": one cue, a list.
        return _reference(citation, carried.relation, where, carried.phrase, 0.8, subtype=carried.subtype)
    sibling = _list_cue(match, citation.span[0]) or _marked_list_cue(match, citation.span[0])
    if sibling:
        # "1. Điều lệ trường ..., ban hành kèm theo Thông tư số 32/2020/TT-BGDĐT ... 5. Căn cứ Quyết định
        # số ...": the list of the basis, whose heading the page lost; a cue on one item speaks for all.
        return _reference(citation, sibling.relation, where, sibling.phrase, 0.7, subtype=sibling.subtype)
    if where == "title":
        # A title that names a document without a verb ("Kế hoạch tuyên truyền Nghị quyết số X").
        return _reference(citation, "implements", where, None, 0.75)
    if where == "basis":
        # Listed under "CĂN CỨ XÂY DỰNG KẾ HOẠCH" or "Thực hiện:": the section's heading is the cue.
        heading_end = match.find("\n", region[0])
        cue = _phrase_in(match[region[0]:heading_end if heading_end > 0 else region[1]])
        relation = cue[0].relation if cue and cue[0].relation in PARENT_RELATIONS else "based_on"
        return _reference(citation, relation, where, cue[0].phrase if cue else None, 0.8)
    return _reference(citation, "mentions", where, None, 0.9)


# What a title's finer relation makes of the document it names.
_TITLE_PARENT = {"amends": "based_on", "guides": "implements", "details": "implements"}


def _cue_within(between: str) -> bool:
    """A cue in lower case inside the clause after a cited document ("Hướng dẫn số 33-HD/BTCTW ... Ban Tổ chức
    Trung ương thực [hiện một] số nội dung [của] quy định 213-QĐ/TW", a page that dropped words): what that document
    carries out, not a cue of this one (a capital opens a sentence: "... ngày 19/6/2015 Căn cứ Nghị định ...")."""
    found = _phrase_in(between.lower())
    return bool(found and found[0].relation in PARENT_RELATIONS and found[1] > 0 and between[found[1]].islower()
                and not between[:found[1]].rstrip().endswith(","))


def _in_title(match: str, layout: Layout, citation: Citation, where: str) -> bool:
    """Whether the citation is in the document's title: the subject under its type title, or, on a page with no
    type title, the page's first line."""
    if where == "title":
        return True
    return layout.type_line is None and not match[:match.rfind("\n", 0, citation.span[0]) + 1].strip()


def _in_quoted_name(match: str, pos: int) -> bool:
    """Whether `pos` is inside a quotation on its line (the matching text writes every quote mark '"') that holds
    its own parent cue before `pos`, and the quotation is not a document's title written after its name
    (ban hành Kế hoạch “Triển khai thực hiện Nghị quyết số 57-NQ/TW”, Kế hoạch số 12/KH-UBND về “...”)."""
    line_start = match.rfind("\n", 0, pos) + 1
    if match.count('"', line_start, pos) % 2 == 0:
        return False
    opened = match.rfind('"', line_start, pos)
    found = _phrase_in(match[opened + 1:pos])
    return bool(found and found[0].relation in PARENT_RELATIONS and found[0].strength != "weak"
                and not _type_word_before().search(match, max(line_start, opened - 110), opened)
                and not (found[1] < 3 and _speech_before().search(match, max(line_start, opened - 40), opened)))


@lru_cache(maxsize=1)
def _speech_before() -> re.Pattern:
    """A person's words quoted whole ("Trưởng Công an xã cho biết: \"Thực hiện Kế hoạch số ...\""): a quotation
    that opens with its cue is the lead's sentence told in the speaker's voice, not a name."""
    return re.compile(rf"(?<!\w){opening_pattern('speech')}[ \t]*:[ \t]*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _type_word_before() -> re.Pattern:
    from extraction.find import type_words   # the one list of type words
    # (Its number, date, issuer and "về" may stand between: "Kế hoạch số 12/KH-UBND ngày 5/3/2024 của UBND tỉnh về “...”".)
    return re.compile(rf"(?:{type_words()[0].pattern})(?:\s+số)?(?:\s*:?\s*[\w/.-]*\d[\w/.-]*)?(?:,?\s+ngày\s+[\d/.-]+)?"
                      rf"(?:\s+của\s+[^\"\n;,]{{2,50}}?)?(?:\s+(?:về việc|về|v/v))?[ \t:]*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _coordinated_item() -> re.Pattern:
    """Right before a citation: "và" (or ";") and an article of the next document ("và Điều 2
    Quyết định của Ban Bí thư số"): a new item of the list, not words of a description."""
    from extraction.find import type_words   # the one list of type words
    return re.compile(rf"(?:\svà|;)\s+(?:(?:Điều|khoản|điểm)\s+\w{{1,3}}\s+)+(?:(?:{type_words()[0].pattern})\s+"
                      r"(?:của\s+[^,;:\d]{3,90}?\s+)?số\s*:?\s*)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _implemented_by_unnumbered() -> re.Pattern:
    """A cue, then a document of another body named without a number, then what that document
    implements, right before the citation: "Triển khai Chương trình hành động của Chính phủ thực
    hiện Nghị quyết số ...", "Thực hiện Kế hoạch của Ủy ban nhân dân tỉnh triển khai Chỉ thị số ..."."""
    from extraction.find import type_words   # the one list of type words
    types = type_words()[0].pattern.replace(r"\ ", r"\s+")   # a title wraps inside a type's name
    return re.compile(rf"{opening_pattern('cue')}\s+(?:thực hiện\s+)?(?:{types})\s+(?:của|CỦA)\s+[^,;:\d]{{3,90}}?\s+"
                      rf"{_RELAY.pattern[:-4]}\s+(?:(?:{types})\s+(?:số\s*:?\s*)?)?$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _opening_lines() -> tuple[re.Pattern, re.Pattern]:
    """A paragraph of a document's opening opens with a cue ("Căn cứ ...", "Thực hiện ..."),
    or a list mark and a cue that names a document ("- Căn cứ Nghị quyết ..."); or it says
    that a document is issued ("Ngày 20/3, Ban Chỉ đạo ... đã ban hành Công văn số ...")."""
    from extraction.find import type_words   # the one list of type words
    cues, weak = opening_pattern("cue"), opening_pattern("weak_cue")
    types = type_words()[0].pattern
    named = rf"(?:{types}|Luật|Điều lệ|Hiến pháp|các văn bản)"
    # "Nghiêm túc thực hiện ...", "Nhằm triển khai ...": an adverb before the cue (not a cue of its own
    # for the layout: a site's list of headlines begins so too).
    opens = re.compile(rf"[ \t]*(?:(?:nghiêm túc|khẩn trương|nhằm)\s+)?(?:{cues}\b|{weak}\s+(?=(?-i:[A-ZĐÀ-Ỹ])){named}|"
                       rf"(?:[-+•–*]|\d{{1,2}}[.)]|[a-zđ][.)])\s*(?:{cues}|{weak})\s+{named})", re.IGNORECASE)
    # ("... vừa có Kế hoạch số ...": a document named as a title writes it, not "vừa có công văn yêu cầu ...")
    # ("Ngày 15/6/2020, Ban Thường vụ Tỉnh ủy có Kết luận số 1518-KL/TU ...": "có" alone names a numbered one.)
    # ("... đã có văn bản số 215/UBND-VX gửi ...": a numbered letter in lower case names one too.)
    announces = re.compile(rf"(?:(?:ban hành|xây dựng|phát hành)\s+|(?:vừa|đã|mới)\s+có\s+(?=(?-i:[A-ZĐ])))(?:{types})|:\s*$"
                           rf"|(?:vừa|đã|mới)\s+có\s+(?:văn bản|công văn)\s+số\s*\d"
                           rf"|(?<=\w )(?<!không )có\s+(?-i:(?=[A-ZĐ]))(?:{types})\s+số\b"
                           rf"|(?<!\w){opening_pattern('issued_on')}(?!\w)",
                           re.IGNORECASE)
    return opens, announces


def _opening_paragraph(match: str, pos: int) -> bool:
    """Whether the paragraph (line) holding `pos` belongs to the opening. In a page without
    headings the region before the body also holds the body's first paragraphs ("Theo đó, Ban
    Thường vụ yêu cầu ... thực hiện nghiêm Chỉ thị số 48-CT/TW"): those cite, they do not found."""
    start = _paragraph_start(match, pos)
    if not match[:start].strip():
        # The page's first line: its title or its lead's first sentence ("UBND tỉnh ban hành Kế hoạch
        # số ... thực hiện Nghị quyết ..."; the next, "Theo đó, các sở thực hiện ...", is read as any
        # other), unless the page starts mid-sentence ("nhiệm vụ năm 2021 và ...").
        if match[start:pos].lstrip()[:1].islower():
            return _cut_title_cue(match, start)
        later = None
        for later in _LEAD_SENTENCE_END.finditer(match, start, pos):
            pass
        if later is None:
            return True
        start = later.end()
    end = match.find("\n", pos)
    end = end if end >= 0 else len(match)
    if end - start > _LONG_LINE:
        # A page flattened into one line: the sentence holding the citation stands for its paragraph.
        for boundary in _SENTENCE_END.finditer(match, start, pos):
            start = boundary.end()
    line = match[start:end]
    opens, announces = _opening_lines()
    if opens.match(line) or _next_item_of_opening(match, start) or _cue_sentence_of_opening(match, start, pos):
        return True
    if _announced_before(match, start, line):
        return True
    if announces.search(line):
        # A lead that announces the document ("Ngày 05/3, UBND tỉnh ban hành Kế hoạch số ... thực hiện
        # ..."); its sentences after "Theo đó, ..." tell what the document says, not what it founds on.
        sentence = start
        for boundary in _LEAD_SENTENCE_END.finditer(match, start, pos):
            sentence = boundary.end()
        return sentence == start or not _body_transition().match(match, sentence)
    # In a flattened page a cue right after a run of capitals opens a sentence too: the title or
    # the enacting authority ("... BỘ TRƯỞNG BỘ XÂY DỰNG Căn cứ Nghị định số ...") has no full stop.
    # (A page split at its sentences keeps the header, title and first cue on one such line.)
    cut = None
    if end - start > _FLAT_LINE:
        for cut in _caps_then_cue().finditer(match, start, pos):
            pass
    # Not past a mark of the body ("QUYẾT ĐỊNH:", "Điều 1.", "II.") anywhere in the flattened block
    # (its lines split at sentences): a heading in capitals there is the body's, and a cue after it
    # cites without founding.
    block = match.rfind("\n\n", 0, start)
    block = block + 2 if block >= 0 else 0
    return bool(cut and not _SENTENCE_END.search(match, cut.end(), pos) and not _body_mark_in(
        match, _PAGE_NUMBER.match(match, block).end(), cut.start()))


def _cut_title_cue(match: str, start: int) -> bool:
    """A page that is a title cut at both ends, opening on its cue in lower case ("thực hiện Nghị quyết số
    20/NQ-HĐND ngày 23/9/2021 của HĐND T", a tag page): what the cue names is the title's parent. A page that
    starts mid-sentence in any other way ("nhiệm vụ năm 2021 và ...") or runs on past a title's length does not."""
    end = match.find("\n", start)
    line = match[start:end if end >= 0 else len(match)]
    return len(line.strip()) <= _CUT_TITLE_LENGTH and _opening_lines()[0].match(line) is not None


_CUT_TITLE_LENGTH = 300


def _announced_before(match: str, start: int, line: str) -> bool:
    """A news paragraph that retells the preamble ("Theo đó, thực hiện chỉ đạo ... tại Công văn số ...") right
    after the paragraph that announces the document ("UBND tỉnh đã có văn bản số 215/UBND-VX ..."): a cue
    straight after the connective tells what the document founds on, a subject there ("Theo đó, các sở thực
    hiện ...") what it says."""
    retold = _retelling().match(line)
    if retold is None or not _opening_lines()[0].match(line, retold.end()):
        return False
    before = match[:start].rstrip()
    if not before:
        return False
    previous = match[_paragraph_start(match, len(before) - 1):len(before)]
    return _opening_lines()[1].search(previous) is not None


def _cue_sentence_of_opening(match: str, start: int, pos: int) -> bool:
    """A sentence that opens with a cue inside a paragraph that opens the document with its purpose or its
    occasion ("Nhằm tạo sự thống nhất ... . Thực hiện Hướng dẫn số 02 ngày 30/10/2015 ...")."""
    if not _opening_word().match(match, start):
        return False
    sentence = start
    for boundary in _LEAD_SENTENCE_END.finditer(match, start, pos):
        sentence = boundary.end()
    return sentence > start and _opening_lines()[0].match(match, sentence) is not None


@lru_cache(maxsize=1)
def _opening_word() -> re.Pattern:
    return re.compile(r"[ \t]*" + opening_pattern("opening") + r"(?!\w)")


def _next_item_of_opening(match: str, start: int) -> bool:
    """A line that names a document right after a line of the opening that ends with ";"
    ("Thực hiện Nghị quyết số 25-NQ/TW ...; Quyết định số 08/2022/QĐ-UBND ...;\nHướng dẫn số
    08-HD/BDVTU ..."): the cue's list goes on over the break."""
    before = match[:start].rstrip(" \t\n")
    if not before.endswith(";") or start - len(before) > 3 or not _document_name().match(match, start):
        return False
    return _opening_paragraph(match, len(before) - 1)


@lru_cache(maxsize=1)
def _document_name() -> re.Pattern:
    from extraction.find import type_words   # the one list of type words
    # (A joint document: "Nghị quyết liên tịch số 72/2025/NQLT/...", "Thông tư liên tịch số ...".)
    return re.compile(rf"[ \t]*(?:[-+•–*][ \t]*)?(?:{type_words()[0].pattern})(?:\s+(?:liên tịch|liên ngành))?\s+(?:số\b|\d)",
                      re.IGNORECASE)


@lru_cache(maxsize=1)
def _retelling() -> re.Pattern:
    return re.compile(r"[ \t]*" + opening_pattern("retells_opening") + r",?[ \t]*", re.IGNORECASE)


@lru_cache(maxsize=1)
def _body_transition() -> re.Pattern:
    return re.compile(r"[ \t]*" + opening_pattern("body_transition") + r"(?!\w)", re.IGNORECASE)


_PAGE_NUMBER = re.compile(r"[ \t]*(?:[-•]|\d{1,2}\.)?[ \t]*")   # "  1. ỦY BAN ...": a sharing site numbers its pages


_BODY_MARK = re.compile(r"\b(?:Điều|[IVX]{1,4}|\d{1,2})\.\s|(?<!\w)(?P<caps>[A-ZĐÀ-Ỹ]{2,})\s*:|\bi u \d")


def _body_mark_in(match: str, start: int, end: int) -> bool:
    """A mark of the body between start and end. A heading's word is in capitals ("QUYẾT ĐỊNH:"): the
    class above also holds lower-case accented letters, and a site's "Chủ đề:" marks no body."""
    return any(hit.group("caps") is None or hit.group("caps").isupper() for hit in _BODY_MARK.finditer(match, start, end))


_LONG_LINE = 600
_FLAT_LINE = 200   # longer than any header cell or title line
# A sentence of a lead ends at a stop after a lower-case word or a number ("... ngày 10/8/2023. Theo đó"),
# not after an abbreviation in capitals ("TP. Hồ Chí Minh").
_LEAD_SENTENCE_END = re.compile(r"(?<=[a-zà-ỹđ0-9)”\"]{2})\.\s+(?=[A-ZĐÀ-Ỹ])")


def _paragraph_start(match: str, pos: int) -> int:
    """The start of the paragraph holding `pos`: after a line that closes a sentence or a
    clause, so that a line break the page left inside a sentence does not split it."""
    start = match.rfind("\n", 0, pos)
    opens = _opening_lines()[0]
    while start > 0:
        line_head = match[start + 1:start + 12].lstrip()
        if opens.match(match, start + 1) and not line_head[:5].isupper():
            break   # "Căn cứ ..." under a title that ends with no stop: a paragraph of its own
        before = match[:start].rstrip(" \t")
        if before.endswith("\n") and _broken_by_blank_lines(before, line_head):
            start = match.rfind("\n", 0, len(before.rstrip()))   # the line above the gap
            continue
        if not before or before[-1] in ".;:!?”\"|" or before.endswith("\n"):
            break
        start = match.rfind("\n", 0, start)
    return start + 1


def _broken_by_blank_lines(before: str, line_head: str) -> bool:
    """Whether blank lines (a PDF's page break) cut a sentence: the text above ends with a lower-case word and
    the line below goes on in lower case ("... ca Hi\n\n\nng nhn dn tnh ...")."""
    above = before.rstrip()
    return bool(above) and len(before) - len(above) <= 8 and above[-1].islower() and line_head[:1].islower()


_PART_OF_BASIS = ("amends", "attached_to")


_FULL_STOP = re.compile(r"\.\s+(?=[A-ZĐÀ-Ỹ])")
# A sentence ends at a full stop before a capital, at a blank line, or at "như sau:".
_SENTENCE_END = re.compile(r"\.\s+(?=[A-ZĐÀ-Ỹ])|\n[ \t]*\n|:\s*\n")


@lru_cache(maxsize=1)
def _glued_cue() -> re.Pattern:
    """Where a cue printed with its capital opens the next item of a basis that a page glued to the one before, with
    no stop between ("... năm học 2021-2022 Căn cứ Công văn 824 của ..."): a document's name follows it. (In lower
    case a cue inside a clause says what the cited document does.)"""
    from extraction.find import type_words   # the one list of type words
    return re.compile(rf"(?<=[\w)”\"][ \t])(?={opening_pattern('cue')}[ \t]+(?i:{type_words()[0].pattern})\b)")


def _glued_item_start(match: str, clause: int, pos: int) -> int:
    """The last glued item's start between `clause` and `pos` (the cue's type name may be the citation's own first
    words, so the search reads past `pos`)."""
    for hit in _glued_cue().finditer(match, clause, min(len(match), pos + 60)):
        if hit.start() >= pos:
            break
        clause = hit.start()
    return clause


@lru_cache(maxsize=1)
def _caps_then_cue() -> re.Pattern:
    """A word in capitals, then a cue as printed (capitalised): where a flattened title ends."""
    return re.compile(r"(?<=[A-ZĐÀ-Ỹ])[ \t]+(?=" + opening_pattern("cue") + r"\s)")


# ", <a body> (vừa có công văn) yêu cầu / đề nghị ": the opening sentence has reached its request (", Ban Xây dựng
# Đảng trân trọng đề nghị:" then the units and what they are to do).
_REQUEST = re.compile(r"[,;]\s+(\w)[^,;.:\n]{0,80}?\s(?:(?:đã|vừa|mới)\s+(?:có\s+(?:công văn|văn bản)\s+)?)?"
                      r"(?:yêu cầu|đề nghị)[\s:]", re.IGNORECASE)


def _after_request(match: str, start: int, pos: int) -> bool:
    """Whether a body named with a capital ("Ủy ban nhân dân huyện", "Ban Thường vụ") has made its
    request between `start` and `pos` (", ... của HĐND tỉnh về đề nghị ..." is a description)."""
    return any(hit.group(1).isupper() for hit in _REQUEST.finditer(match, start, pos))


def _after_requesting_sentence(match: str, floor: int, sentence: int) -> bool:
    """Whether an earlier sentence of the paragraph made the subject's request and this one goes on with it
    ("..., Chủ tịch UBND huyện yêu cầu ... . Trong đó, tập trung ... tiếp tục thực hiện Chỉ thị 17 của Huyện ủy"),
    rather than opening with a cue of its own."""
    start = max(floor, _paragraph_start(match, sentence))
    return start < sentence and not _opening_lines()[0].match(match, sentence) and _after_request(match, start, sentence)


_REQUEST_ITEMS_REACH = 4   # paragraphs looked up for the request whose items they are


def _under_a_request_list(match: str, floor: int, pos: int) -> bool:
    """Whether the paragraph holding `pos` is one of what a request ending on a colon asks ("...; Ban Thường vụ
    Tỉnh ủy vừa có văn bản ... yêu cầu các cấp ủy ... thực hiện tốt một số nội dung:" then "Tiếp tục ... thực hiện
    Chỉ thị số 25-CT/TW ..."): what others are told to do, however its items open; not past a cue's own paragraph."""
    start = _paragraph_start(match, pos)
    for _ in range(_REQUEST_ITEMS_REACH):
        above_end = len(match[:max(floor, start - 1)].rstrip())
        if above_end <= floor:
            return False
        above = max(floor, _paragraph_start(match, above_end))
        if match[above_end - 1] == ":":
            return _after_request(match, above, above_end)
        if _opening_lines()[0].match(match, above):
            return False
        start = above
    return False


def _sentence_start(match: str, floor: int, pos: int) -> int:
    start = floor
    for hit in _SENTENCE_END.finditer(match, floor, pos):
        start = hit.end()
    return start


def _sentence_cue(match: str, floor: int, clause: int) -> RelationPhrase | None:
    """A parent cue earlier in the same sentence, carried over the items of its list."""
    start = _sentence_start(match, floor, clause)
    lowered = match[start:clause].lower()
    hits = [(phrase, hit) for phrase, pattern in _phrase_patterns() for hit in pattern.finditer(lowered)]
    best = None
    for phrase, hit in hits:
        if phrase.relation in PARENT_RELATIONS and phrase.strength != "weak" and (best is None or hit.start() > best[1]) \
                and not _DESCRIBED_CUE.search(lowered, 0, hit.start()) and not _inside_longer(hit, hits):
            best = (phrase, hit.start())
    return best[0] if best else None


def _inside_longer(hit: re.Match, hits: list[tuple[RelationPhrase, re.Match]]) -> bool:
    """Whether a phrase's hit is part of a longer phrase's ("bổ sung" in "sửa đổi, bổ sung")."""
    return any(found.start() <= hit.start() and hit.end() <= found.end() and found.end() - found.start() > hit.end() - hit.start()
               for _, found in hits)


# "Căn cứ Thông tư số 91/2006/TT-BTC ... của Bộ Tài chính về hướng dẫn thực hiện Nghị định số 53/NĐ-CP ...;
# Thông tư số 07/2007/TT-BYT": a cue inside a cited document's subject says what that document does.
_DESCRIBED_CUE = re.compile(r"(?<!\w)về\s+(?:việc\s+)?(?:[^\W\d_]+\s+){0,2}$")


_ITEM = re.compile(r"[ \t]*(?:\d{1,2}|[a-zđ])[.)][ \t]")


@lru_cache(maxsize=1)
def _basis_item_lead() -> re.Pattern:
    """How an item of a basis list opens: a list mark, a cue, or the name of a document."""
    from extraction.find import type_words   # the one list of type words
    return re.compile(rf"[ \t]*(?:[-+•*–]|\d{{1,2}}[.)]|[a-zđ][.)]|{opening_pattern('cue')}\s|(?:{type_words()[0].pattern})\b)",
                      re.IGNORECASE)


def _basis_item(match: str, pos: int) -> bool:
    """Whether the citation at `pos` is an item of a basis section's list ("- Nghị quyết số ...",
    "2. Căn cứ Kế hoạch số ..."), not a sentence in it ("Năm 2021 thực hiện Chỉ thị số ... đạt kết quả")."""
    start = max(match.rfind("\n", 0, pos), match.rfind(";", 0, pos)) + 1
    return not match[start:pos].strip() or _basis_item_lead().match(match, start) is not None
_ITEM_REACH = 15   # lines looked at on each side of an item for the other items of its list


def _list_cue(match: str, pos: int) -> RelationPhrase | None:
    """The parent cue that opens another item of the numbered list holding `pos` ("5. Căn cứ ...")."""
    line_start = match.rfind("\n", 0, pos) + 1
    if not _ITEM.match(match, line_start):
        return None
    for line in _neighbour_lines(match, line_start):
        if _ITEM.match(line):
            found = _phrase_in(_ITEM.sub("", line, count=1)[:24])
            if found and found[0].relation in PARENT_RELATIONS and found[0].strength != "weak" and found[1] < 3:
                return found[0]
    return None


_MARK = re.compile(r"[ \t]*([-+•–*]|\d{1,2}[.)]|[a-zđ][.)])[ \t]*")
_MARKED_REACH = 12   # lines looked at above an item for the list's first item or its lead-in line


def _marked_list_cue(match: str, pos: int) -> RelationPhrase | None:
    """The parent cue of a marked list whose item at `pos` names a document: the cue of the list's
    lead-in line ("Hội đồng nhân dân xã căn cứ:" over "- Nghị quyết số ...") or of an earlier item
    with the same mark ("- Căn cứ Chỉ thị số ...;" ... "- Kế hoạch số ..."), over blank lines and
    the lines an item wraps onto."""
    line_start = match.rfind("\n", 0, pos) + 1
    mark = _MARK.match(match, line_start)
    if not mark or not _document_name().match(match, line_start):
        return None
    for line in _lines_above(match, line_start):
        above = _MARK.match(line)
        if above and _same_mark(above.group(1), mark.group(1)):
            found = _phrase_in(line[above.end():above.end() + 24])
            if found and found[1] < 3:
                return _parent_cue(found[0])
            continue
        if line.rstrip().endswith(":"):
            lead_in = line.rstrip()[:-1].rstrip().lower()
            found = _phrase_in(lead_in[-30:])
            return _parent_cue(found[0]) if found and lead_in.endswith(found[0].phrase) else None
        if not line.lstrip()[:1].islower():
            return None   # not a line an item wrapped onto: a heading, the type title, a paragraph of its own
    return None


def _parent_cue(phrase: RelationPhrase) -> RelationPhrase | None:
    return phrase if phrase.relation in PARENT_RELATIONS and phrase.strength != "weak" else None


def _same_mark(one: str, other: str) -> bool:
    """Two list marks of one list: the same sign, or both numbers, or both letters."""
    return one == other or one[0].isdigit() and other[0].isdigit() or one[0].isalpha() and other[0].isalpha()


def _lines_above(match: str, line_start: int):
    """The non-blank lines above the line at `line_start`, nearest first (blank lines skipped)."""
    end = line_start - 1
    seen = 0
    while end > 0 and seen < _MARKED_REACH:
        start = match.rfind("\n", 0, end) + 1
        line = match[start:end]
        end = start - 1
        if line.strip():
            seen += 1
            yield line


def _neighbour_lines(match: str, line_start: int):
    """The lines of the paragraph block around the line at `line_start` (up to _ITEM_REACH on each
    side, stopping at a blank line), read where they stand rather than splitting the whole text."""
    end = line_start - 1                       # upwards: the break before each line above
    for _ in range(_ITEM_REACH):
        if end <= 0:
            break
        start = match.rfind("\n", 0, end) + 1
        line = match[start:end]
        if not line.strip():
            break
        yield line
        end = start - 1
    start = match.find("\n", line_start)     # downwards
    for _ in range(_ITEM_REACH):
        if start < 0:
            break
        stop = match.find("\n", start + 1)
        line = match[start + 1:stop if stop >= 0 else len(match)]
        if not line.strip():
            break
        yield line
        start = stop


def _reference(citation: Citation, relation: str, where: str, phrase: str | None,
               confidence: float, subtype: str | None = None) -> Reference:
    return Reference(
        relation=relation, symbol=citation.symbol, doc_type=citation.doc_type, date=citation.date,
        issuer=citation.issuer, text=citation.text, span=citation.span, number=citation.number,
        type_code=citation.type_code, issuer_code=citation.issuer_code, subtype=subtype, where=where,
        phrase=phrase, confidence=confidence,
    )


_SYMBOL_SEPARATORS = re.compile(r"[-/\s._]")


def _symbol_key(symbol: str) -> str:
    return _SYMBOL_SEPARATORS.sub("", symbol).upper()


def _merge(references: list[Reference]) -> list[Reference]:
    """One reference per cited symbol (however its separators are printed: "51/2001/QH10" and "51 2001 QH10"): the
    strongest relation, keeping its first span and filling date/issuer from the other occurrences."""
    by_symbol: dict[str, Reference] = {}
    for ref in references:
        key = _symbol_key(ref.symbol)
        kept = by_symbol.get(key)
        if kept is None:
            by_symbol[key] = ref
            continue
        if _RANK.get(ref.relation, 5) < _RANK.get(kept.relation, 5):
            ref.date = ref.date or kept.date
            ref.issuer = ref.issuer or kept.issuer
            by_symbol[key] = ref
        else:
            kept.date = kept.date or ref.date
            kept.issuer = kept.issuer or ref.issuer
    return sorted(by_symbol.values(), key=lambda r: r.span)
