"""The document's own number and date: the "Số" line (or its blank "Số: -KH/..."), the header's date cell (beside the
number in a flattened header, or in a motto region that came late), the date under the title, the date a site's
metadata gives; and the dates borrowed where a page has none: the decision it is issued with, the day it takes
effect, the meeting that adopted it.

Read first: the own number and date are what the rest of the record (a lead, a parent) is compared with."""
from __future__ import annotations

import re

from extraction import number_cell, page_title
from extraction.dates import adopted_on, BLANK_HEADER, find_dates, HEADER, is_place, loose_header, meeting_days, WEEKDAY, yearless_issue
from extraction.models import Reference
from extraction.own_issuer import meeting_in_title
from extraction.relations import PARENT_RELATIONS
from extraction.sections import Layout, MOTTOS
from extraction.symbols import symbol_at

OWN_SYMBOL = re.compile(r"(?:^|\n)[ \t#*]*" + number_cell.SO_WORD + r"[ \t]*[:.]?[ \t]*(?=\d)", re.MULTILINE)   # "Số.12/KH-UBND" too
BLANK_SYMBOL = re.compile(r"(?:^|\n)[ \t#*]*" + number_cell.SO_WORD + r"[ \t]*:?[ \t]*[-–][ \t]*[A-ZĐ]{1,5}/", re.MULTILINE)
# The number line's label, capitalised ("S : 721/Q -BXD": a broken font dropped the "ố").
_OWN_NUMBER = re.compile(r"(?:^|[\s|*])" + number_cell.NUMBER_LABEL + r"\b")
_CITED = re.compile(r"\d\s*[-/]|\bsố\b", re.IGNORECASE)   # a symbol or "số" before ", ngày": no place
# The place of a flattened header line is its last cell ("ĐẢNG CỘNG SẢN VIỆT NAM Hà Nội", "Số: 12/KH-UBND Hà Nội").
_NAME_AFTER_CELLS = re.compile(r"^.*(?:VIỆT NAM|Hạnh phúc|HẠNH PHÚC|\S+/\S+|\*)\s*")
_COLUMN_GAP = re.compile(r"[ \t]{3,}|\t")


def own_symbol(match: str, layout: Layout, warnings: list[str]):
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


def own_date(match: str, layout: Layout, metadata: dict, warnings: list[str]):
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


def attached_date(match: str, attached: Reference | None) -> tuple[str | None, tuple[int, int] | None]:
    """A plan issued with a decision ("Ban hành kèm theo Quyết định số 1053/QĐ-BVHTTDL ngày
    28/3/2011") and no date line of its own bears the decision's date; what a letter encloses ("Kèm theo Công văn số
    822-CV/BTGTU, ngày 18/4/2019": a quiz's questions, a form) is not issued by it and does not."""
    if attached is None or not attached.date or attached.doc_type == "Công văn":
        return None, None
    found = [d for d in find_dates(match, attached.span[0], min(len(match), attached.span[1] + 60)) if d[0] == attached.date]
    return attached.date, found[0][1] if found else attached.span


def effective_date(own_date: str | None, references) -> tuple[str | None, str]:
    if own_date:
        return own_date, "the document's date"
    parents = sorted((r.date, r.symbol) for r in references if r.relation in PARENT_RELATIONS and r.date)
    if parents:
        when, symbol = parents[-1]
        return when, f"no date of its own; not earlier than its parent {symbol} ({when})"
    return None, "no date of its own and no dated parent"


BLANK_DATE = "the date line has no day (a draft?)"


def meeting_date(match: str, layout: Layout, warnings: list[str]):
    """A meeting's resolution or communiqué with no date line (or a document its opening says a meeting adopted) is
    dated by the meeting: its one day, or, for a meeting of several days, the day the lead says the document came
    out. An inference, said so in a warning."""
    meeting = meeting_in_title(match, layout)
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
