"""The issuing body as the header names it: the header's lines that may name a body (mottos, number lines and a site's
list marks taken out; cells a flattened table ran together split; names stacked over two lines joined), the lowest
line that names one, the organ of a unit ("ĐẢNG ỦY ... / CHI BỘ ..."), and the place a superior line gives ("ĐẢNG BỘ
TỈNH X").

Read first among the issuer's sources (own_issuer): a header is the document's own word for who issued it."""
from __future__ import annotations

import re
from functools import lru_cache

from domain.tables import fold, stacked_names
from extraction import named_line
from extraction.dates import HEADER
from extraction.issuer import Context, kind_of, ORGANS, resolve_phrase, UNIT_LEVELS, UNIT_WORDS
from extraction.sections import Layout, MOTTOS
from extraction.unwrap import capitals_before_place

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
_LIST_MARK = re.compile(r"^\d{1,2}\.\s+")   # "1. UBND TỈNH ...": a site's list around a flattened header
NOT_A_NAME = re.compile(r"(?:Số|SỐ)\b|V/v\b|Kính gửi")   # header lines that name no body
MOTTO_WORDS = set(fold("cộng hòa xã hội chủ nghĩa việt nam đảng cộng sản độc lập tự do hạnh phúc").split())
_SPACES = re.compile(r"\s+")


def header_lines(text: str, layout: Layout) -> list[tuple[str, tuple[int, int]]]:
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


def read_superior(unit: str, name: str, ctx: Context) -> None:
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


def header_issuer(lines: list[tuple[str, tuple[int, int]]], ctx: Context):
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
