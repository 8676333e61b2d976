"""Undo the line wrapping that pages, PDFs and flattened tables put into a document, in the
matching text and without changing its length (so every span stays a span of the text).

- A soft wrap ("... ngày 24\\ntháng 01 năm 2018", "Nghị\\nquyết số 19-NQ/TW") becomes a space:
  the next line goes on in lower case (or with a number), and the line before ends with no
  punctuation that closes a clause. List items ("a)", "1.", "-") always start a line.
- A header flattened onto one long line with the rest of the page ("UBND TỈNH X CỘNG HÒA ... SỞ Y
  Độc lập - Tự do - Hạnh phúc Số: 12/SGDĐT X, ngày ... V/v ... Căn cứ ...") gets its cells back
  as lines: breaks at the mottos, the number, the place-date, "V/v", "Kính gửi" and the first cue.
- In the header (before the type title), a table flattened into cells separated by "|" gets one
  line per cell; a word broken off a cell ("THỦ\\nTƯỚNG CHÍNH PHỦ", "Hà\\nNội, ngày", "Số:\\n61/QĐ-TTg")
  joins the line after it.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from domain.tables import opening_pattern
from extraction.dates import DAY_WORD, MONTH_WORD, YEAR_WORD
from extraction.scan import word_starts
from extraction.sections import DRAFT_MARK, MOTTO_WORDS, MOTTOS, is_type_title

_CLOSES = ".;:!?"
_LIST_ITEM = re.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*[.)]\s|[a-zđ][.)]\s|[-+•*–]\s|[IVX]{1,5}[.\-:)]\s)")
# A header cell's broken-off word: one short word of letters, not a rule or the "*" line.
_BROKEN_WORD = re.compile(r"[ \t]*[A-Za-zĐđÀ-ỹ]{1,7}[ \t]*")
_NUMBER_LABEL = re.compile(r".*\b(?:Số|SỐ|Số hiệu|Số ký hiệu)[ \t]*:?[ \t]*")
_CELL_BAR = re.compile(r"[ \t]*\|[ \t]*")
_WRAP_WIDTH = 50
# A number and a code or two, cut at a separator ("01/2023/TT-", "594/KH-", "45-KH/"), then the rest of the code.
_CUT_SYMBOL = re.compile(r"(?:^|\s)\d{1,5}(?:/(?:19|20)\d{2})?[-/][A-ZĐa-zđ][\w.&]{0,9}(?:[-/][A-ZĐ][\w.&]{0,9})*[-–/]$")
_OPENS_WITH_SYMBOL = re.compile(r"[ \t]*\d{1,5}(?:/(?:19|20)\d{2})?[ \t]*[-/][ \t]*[A-ZĐ]")
_CODE_GOES_ON = re.compile(r"[ \t]*[A-ZĐ][A-ZĐa-zđ&]{0,14}(?:[-/\s.,;:)]|$)")
# A label of a legal-document site's metadata table opens a line of its own ("Số hiệu:", "Cơ quan ban hành:").
_SITE_LABEL = re.compile(r"[ \t]*(?:Cơ quan ban hành|Số hiệu|Số ký hiệu|Ký hiệu|Loại văn bản|Hình thức văn bản|Ngày ban hành"
                         r"|Người ký|Lĩnh vực|Ngày hiệu lực|Tình trạng hiệu lực)[ \t]*:")
_OPENS = re.compile(r"[ \t]*" + opening_pattern("cue", "weak_cue", "opening", "address", "closing") + r"\b")


def unwrap(match: str, header_end: int) -> str:
    """`match` with soft wraps joined (everywhere) and header cells one per line (before
    `header_end`); the same length as `match`."""
    return unwrap_joining(match, header_end)[0]


def unwrap_joining(match: str, header_end: int) -> tuple[str, list[int]]:
    """`unwrap`, and the offsets of the line breaks it made spaces (for `flowing`)."""
    match = _split_long_lines(_split_flat_header(match))
    if "\n" not in match:
        return match, []
    if "|" in match[:header_end]:
        match = match[:header_end].replace("|", "\n") + match[header_end:]
    lines = match.split("\n")
    joined: list[int] = []     # offsets of the line breaks that become spaces
    end = -1
    for line, following in zip(lines, lines[1:]):
        end += len(line) + 1   # the offset of the break after `line`
        if not line or not following or line.isspace() or following.isspace():
            continue
        in_header = end < header_end
        if soft_wrap(line, following, in_header) or in_header and _broken_cell(line, following):
            joined.append(end)
    return _spaced(match, joined), joined


def soft_wrap(line: str, following: str, in_header: bool) -> bool:
    """Whether the break between `line` and `following` only wraps one sentence."""
    stripped = line.rstrip()
    last = stripped[-1:]
    if last in _CLOSES or _LIST_ITEM.match(following) or _CELL_BAR.fullmatch(line):
        return False
    if _OPENS_WITH_SYMBOL.match(line) and _OPENS_WITH_SYMBOL.match(following):
        return False   # a listing's rows, each opening with a document's symbol ("594/KH-UBND - Kế hoạch ...")
    if _CUT_SYMBOL.search(stripped) and _CODE_GOES_ON.match(following):
        return True   # a symbol a word processor broke after its hyphen ("... Thông tư số 01/2023/TT-" over "BNV ...")
    letters = [c for c in DRAFT_MARK.sub("", stripped, count=1) if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters) or len(stripped) <= 40 and is_type_title(line):
        return False   # a title or heading line ("KẾ HOẠCH", "Kế Hoạch", "Dự thảo: QUYẾT ĐỊNH" over "thực hiện ...")
    first = following.lstrip()[:1]
    if first.islower() or first.isdigit() or first in "(“\"":
        return True
    # A long line cut after a lower-case word, going on with a name ("của Thủ tướng\nChính phủ"):
    # still one sentence, unless the next line opens one ("Căn cứ ...").
    # Not in the header, whose two columns ("... Hạnh phúc" beside "Số: 52/KH-UBND") are lines.
    return (not in_header and len(stripped) >= _WRAP_WIDTH and last.islower() and "   " not in stripped
            and following.lstrip()[:1].isupper() and not _OPENS.match(following) and not _SITE_LABEL.match(following))


def _broken_cell(line: str, following: str) -> bool:
    if _NUMBER_LABEL.fullmatch(line) and following.lstrip()[:1].isdigit():
        return True
    return bool(_BROKEN_WORD.fullmatch(line)) and following.lstrip()[:1].isupper() and line.strip() not in ("Số", "SỐ")


_FLAT_LINE = 60     # more words than this beside a motto on one line: cells flattened together
# (The date words also as a font that lost every accented letter prints them: "ngy thng nm 2023".)
_CELL_STARTS = re.compile(r"\s(?=Số\s*:?\s*\d|V/v\b|Kính gửi\b|[A-ZĐ][^\s,]*(?:\s+[A-ZĐ0-9][^\s,]*){0,4},\s*"
                          + DAY_WORD + r"\s)")
_DATE_END = re.compile(DAY_WORD + r"\s+(?:\d{1,2}\s+)?" + MONTH_WORD + r"\s*\d{0,2}\s+" + YEAR_WORD
                       + r"\s+\d{4}(?=\s)")   # a draft's blank day too
_NUMBER_CELL = re.compile(r"\sSố\s*:")
_FIRST_CUE = re.compile(r"\s(?=" + opening_pattern("cue") + r"\s)")


def capitals_before_place(place: str) -> int:
    """Where a date line's place begins when a flattened row ran a name in capitals into it
    ("HUYỆN ỦY KIM ĐỘNG Hưng Yên, ngày ..."): after its words in capitals that a word not in
    capitals follows; else at once (-1: the space before it)."""
    words = list(re.finditer(r"\S+", place))
    first_mixed = next((i for i, w in enumerate(words) if w.group(0) != w.group(0).upper()), None)
    return words[first_mixed - 1].end() if first_mixed else -1


def _split_flat_header(match: str) -> str:
    """Line breaks back into the header line that a page flattened together with a motto: the
    last such line near the top (a document-sharing site puts a preview line above the text),
    unless only an earlier one has a number cell (the next page of a PDF: an attached text under
    the document, "2. ỦY BAN ... QUY CHẾ ... (Ban hành kèm theo Quyết định số ...)")."""
    flats = []
    start = 0
    head_end = match.find("\n", min(len(match), 3000))
    # Where a motto can start in the lines looked at: the only lines worth a search.
    mottos = word_starts(match[:len(match) if head_end < 0 else head_end], MOTTO_WORDS)
    while start < min(len(match), 3000):
        end = match.find("\n", start)
        end = len(match) if end < 0 else end
        if mottos is not None and bisect_left(mottos, start) == bisect_left(mottos, end):
            start = end + 1
            continue
        motto = MOTTOS.search(match, start, end)
        if motto and end - start - len(motto.group(0)) > _FLAT_LINE:
            flats.append((start, end, motto))
        start = end + 1
    if not flats:
        return match
    numbered = [f for f in flats if _NUMBER_CELL.search(match, f[0], min(f[1], f[2].end() + 300))]
    start, end, motto = numbered[-1] if numbered and numbered[-1] != flats[-1] and not \
        _NUMBER_CELL.search(match, flats[-1][0], flats[-1][1]) else flats[-1]
    cue = _FIRST_CUE.search(match, motto.end(), end)
    stop = cue.start() + 1 if cue else min(end, motto.end() + 1500)
    breaks = {m.end() + capitals_before_place(match[m.end():match.index(",", m.end())])
              for m in _CELL_STARTS.finditer(match, start, stop)}
    breaks |= {m.end() for m in _DATE_END.finditer(match, start, stop)}
    for found in MOTTOS.finditer(match, start, stop):
        breaks |= {found.start() - 1, found.end()}
    if cue:
        breaks.add(cue.start())
        # The rest of a flattened page: its sentences and sections, as on a line longer than a paragraph.
        breaks |= {found.end() - 1 for found in _INLINE_BREAK.finditer(match, cue.end(), end)}
    chars = list(match)
    for at in breaks:
        if start <= at < end and chars[at] == " ":
            chars[at] = "\n"
    return "".join(chars)


_LONG_LINE = 600   # a page (or most of it) on one line (as relations._LONG_LINE)
# Where such a line had its breaks: after a stop, before a section heading ("I. MỤC ĐÍCH"), a cue
# that opens a sentence of the preamble, or "Nơi nhận".
_INLINE_BREAK = re.compile(r"(?<=[.;:])[ \t]+(?=(?:[IVX]{1,4}\.[ \t]+[A-ZĐÀ-Ỹ]{2,}[ ,A-ZĐÀ-Ỹ]*\b|Nơi nhận\b|"
                           + opening_pattern("cue") + r"[ \t]))")


_HEADING_AFTER_COLON = re.compile(r":[ \t]+(?=[IVX]{1,4}\.[ \t]+[A-ZĐ][A-ZĐÀ-Ỹ])")


def _split_long_lines(match: str) -> str:
    """Line breaks back into a line longer than any paragraph, where its sentences and sections start;
    and on any line, before a section heading after a colon ("... như sau: I. MỤC ĐÍCH")."""
    chars = None
    for found in _HEADING_AFTER_COLON.finditer(match):
        chars = chars or list(match)
        chars[found.end() - 1] = "\n"
    start = 0
    while start < len(match):
        end = match.find("\n", start)
        end = len(match) if end < 0 else end
        if end - start > _LONG_LINE:
            for found in _INLINE_BREAK.finditer(match, start, end):
                chars = chars or list(match)
                chars[found.end() - 1] = "\n"
        start = end + 1
    return "".join(chars) if chars else match


def flowing(text: str, joined: list[int]) -> str:
    """`text` with the line breaks `unwrap` joined (`unwrap_joining`'s offsets) made spaces as well
    (same length): the display text of paragraphs a page or a scan wrapped ("... xây dựng kế\nhoạch
    ..."), for the readers that need a sentence whole (assignments, deadlines)."""
    return _spaced(text, joined)


def _spaced(text: str, breaks: list[int]) -> str:
    """`text` with a space at each of `breaks` (line breaks, in order)."""
    if not breaks:
        return text
    pieces, done = [], 0
    for at in breaks:
        pieces += (text[done:at], " ")
        done = at + 1
    pieces.append(text[done:])
    return "".join(pieces)
