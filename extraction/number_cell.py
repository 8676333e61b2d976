"""The page's own number where a header's "Số" cell is not at a line's start: a cell inside a header flattened into one
line ("TỈNH ỦY ... * Số 03-NQ/TU ĐẢNG ..."), or the number on a one-line type title ("LUẬT NGƯỜI CAO TUỔI SỐ
39/2009/QH12 ...").

Read to tell the number cell from a citation that also writes "Số": a type word right before it ("THỰC HIỆN NGHỊ
QUYẾT SỐ 29-NQ/TW"), or a title line it continues, makes it a citation. The label's spellings (`SO_WORD`,
`NUMBER_LABEL`) are the pipeline's too."""
from __future__ import annotations

import re
from functools import lru_cache

from extraction.models import Span
from extraction.symbols import Symbol, symbol_at

# "Số 03-NQ/TU" as a cell of a header flattened into one line ("TỈNH ỦY ... * Số 03-NQ/TU ĐẢNG ...");
# The word "Số" as pages print it: split at its accented letter by a PDF ("S ố: 12/KH-UBND"), its tone or all its marks
# lost to a font ("Sô: 12/KH-UBND", "So: 12/KH-UBND", with its colon).
SO_WORD = r"(?:S[ \t]?[ốỐôÔ]|S[oO](?=[ \t]*:))"
# ... or "S : 721/Q -BXD" where a broken font dropped the "ố" (a symbol must follow).
NUMBER_LABEL = rf"(?:{SO_WORD}|S(?=[ \t]*:?[ \t]*\d))"   # the number cell's label (also read by pipeline)
_INLINE_NUMBER = re.compile(r"(?:(?<=[\s*|])|^)" + NUMBER_LABEL + r"[ \t]*:?[ \t]*(?=\d)")


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
