"""The issuer where no header names it, from the page's words: the first body a lead names as its subject (a guess,
said to be one), and the level and place of an issuer found without them (a bare "ỦY BAN NHÂN DÂN" placed by the
site's metadata, the place-date line or its symbol's issuer code).

Read last by own_issuer, after the header, the opening sentence and the signature."""
from __future__ import annotations

import re

from domain.tables import boards, body_kinds, issuer_code_entry
from extraction import heads, stated_type
from extraction.find import type_words
from extraction.issuer import UNIT_MARK, Context, places_between, resolve_phrase
from extraction.models import Issuer
from extraction.sections import Layout

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
                          r"Tỉnh đoàn|Thành đoàn|Huyện đoàn|Đoàn|Hội|Liên đoàn|Công đoàn)\b(?:(?!\s(?i:(?:và\s+|tại\s+)?(?:" + type_words()[0].pattern + r")\s+số\b))(?:" + UNIT_MARK + r"|[^,;.\n])){0,80}?)"
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
# A congress that met, as a post of its resolution tells it ("...; Đại hội chi bộ Tiểu học số 1 diễn ra vào
# ngày ...", "Đại hội đại biểu Hội Nông dân xã X lần thứ IX đã ..."): the body it is the congress of. Only with the verb
# of its meeting: a congress a plan looks forward to ("... tiến tới Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh X lần
# thứ XI", "năm diễn ra Đại hội Đảng bộ Thành phố lần X") is an event, not the body that issues.
_MET = r"(?:diễn ra|đã|nhất trí|quyết nghị|chính thức|bế mạc|khai mạc)\b"
CONGRESS_SUBJECT = re.compile(r"(?:^|\n|[,.;:]\s+)Đại hội\s+(?:đại biểu\s+)?((?i:chi bộ|đảng bộ|chi đoàn|đoàn|chi hội|hội|"
                              r"công đoàn)\s(?:" + UNIT_MARK + r"|[^,;.\n]){2,60}?)(?=\s+(?:(?:lần thứ|khóa)\s+[IVXLC\d]+,?\s+)?"
                              r"(?:nhiệm kỳ\s+[\d\s–-]+,?\s+)?" + _MET + ")")   # ("TP. Cần Thơ": the city's abbreviation)


def lead_subject(match: str, layout: Layout, ctx: Context) -> Issuer | None:
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
# (up to the next label a page glued to the value: "... Hà NộiSố công báo:Đang cập nhật", or set beside it on the line,
# as a table of label-value pairs copied as text: "Cơ quan ban hành: UBND tỉnh Hà Tĩnh Người ký: Nguyễn Văn An")
ISSUER_META = re.compile(r"(?:^|\n|\|)[ \t]*(?:Cơ quan ban hành|Đơn vị ban hành)" + _META_VALUE + r"([^\n|]{2,80}?)"
                         r"(?=[ \t]*(?:\n|\||$)|(?<=[a-zà-ỹđ])(?-i:Số công báo|Số hiệu|Ngày|Người ký|Loại văn bản)"
                         r"|[ \t]+(?-i:Người ký|Loại văn bản|Số hiệu|Số công báo|Ngày ban hành|Ngày hiệu lực|Lĩnh vực"
                         r"|Tình trạng)[ \t]*:|$)", re.IGNORECASE)
# The same label as a static site's front matter key ("co_quan_ban_hanh": "HỘI ĐỒNG NHÂN DÂN HUYỆN ĐẮK SONG"; see
# site_metadata._METADATA_NUMBER); a blank value is no value.
ISSUER_KEY = re.compile(r"\"(?:co_quan_ban_hanh|don_vi_ban_hanh)\"[ \t]*:[ \t]*\"[ \t]*([^\"\n]{2,80}?)[ \t]*\"")
_PEOPLES = re.compile(r"(?:chủ tịch\s+)?(?:ủy ban nhân dân|ubnd|hội đồng nhân dân|hđnd)\b", re.IGNORECASE)


def placed(issuer: Issuer, match: str, layout: Layout, own, ctx: Context) -> Issuer:
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
