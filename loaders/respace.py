"""Lines that lost their spaces, as text copied out of some PDFs comes
("CăncứThôngtưsố01/2011/TT-BNVngày19tháng01năm2011của BộNội vụ"): the spaces written back
between syllables and between words and numbers, so that cues, types and dates read as usual.

A line is repaired only when it holds at least two runs of letters that are plainly several
syllables (a vowel, consonants, a vowel: Vietnamese writes consonants only at a syllable's ends)
with a Vietnamese letter among them, so English words, names and codes are left alone. A run is
split only where every piece is a known syllable (data/domain/syllables.csv), choosing the
likeliest pieces by their counts; a run it cannot split stays as printed.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache

from domain.tables import read_rows

_VOWEL = "aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
_MARKED = "ăâđêôơư" + _VOWEL[12:]
_CONSONANT = "bcdđghklmnpqrstvx"
# Two syllables in one run: a vowel, one to three consonants, a vowel, one of the three marked.
_V, _M, _C = (_VOWEL + _VOWEL.upper(), _MARKED + _MARKED.upper(), _CONSONANT + _CONSONANT.upper())
_GLUED = re.compile(rf"[{_M}][{_C}]{{1,3}}[{_V}]|[{_V}][{_C}]{{1,3}}[{_M}]")
_ROUGH = re.compile(rf"[{_V}][{_C}]{{1,3}}[{_V}]")   # the same, unmarked: cheaper, and most pages have none
_RUN = re.compile(r"[^\W\d_]+")
_LONGEST = 7          # "nghiêng"
_MIN_GLUED_RUNS = 2   # one glued word on a line is a typo; two or more, a line that lost its spaces
# A lower-case word glued to a number ("số01", "ngày19", "năm2003") or a number to a word ("2011của"), or to a word
# in capitals of several syllables ("năm2010BÁO CÁO", "2010KẾ HOẠCH"), not to a code ("15CT/TU", "12KH-UBND": no two
# vowels apart).
_UPPER_V, _UPPER_C = _VOWEL.upper(), _CONSONANT.upper()
_WORD_NUMBER = re.compile(rf"(?<=[a-z{_VOWEL}đ])(?=\d)|(?<=\d)(?=[a-z{_VOWEL}đ])"
                          rf"|(?<=\d)(?=[{_UPPER_C}]{{0,3}}[{_UPPER_V}]+[{_UPPER_C}]{{1,3}}[{_UPPER_V}])")


@lru_cache(maxsize=1)
def _costs() -> dict[str, float]:
    rows = read_rows("syllables.csv")
    total = sum(int(r["count"]) for r in rows)
    return {r["syllable"]: math.log(total / int(r["count"])) for r in rows}


def _split(run: str) -> list[str] | None:
    """The run's likeliest pieces that are all known syllables, or None."""
    costs, lowered = _costs(), run.lower()
    best: list[tuple[float, int] | None] = [(0.0, 0)] + [None] * len(run)
    for end in range(1, len(run) + 1):
        for start in range(max(0, end - _LONGEST), end):
            cost = costs.get(lowered[start:end])
            if best[start] is not None and cost is not None:
                total = best[start][0] + cost
                if best[end] is None or total < best[end][0]:
                    best[end] = (total, start)
    if best[-1] is None:
        return None
    pieces, end = [], len(run)
    while end:
        start = best[end][1]
        pieces.append(run[start:end])
        end = start
    return pieces[::-1]


def _glued_runs(line: str) -> int:
    return sum(1 for run in _RUN.finditer(line) if _GLUED.search(run.group(0)))


# A code in capitals glued to the next word ("UBNDtỉnh", "TT-BNVngày").
_CODE_HEAD = re.compile(r"[A-ZĐ]{2,}(?=[a-zđ" + _VOWEL + "])")


def _respaced_line(line: str) -> str:
    def split_run(match: re.Match) -> str:
        run = match.group(0)
        head = _CODE_HEAD.match(run)
        tail = run[head.end():] if head else run
        pieces = _split(tail) if (head or _GLUED.search(tail)) else None
        if not pieces or (head is None and len(pieces) < 2):
            return run
        return " ".join(([head.group(0)] if head else []) + pieces)
    return _RUN.sub(split_run, _WORD_NUMBER.sub(" ", line))


@lru_cache(maxsize=1)
def _glued_cues() -> tuple[re.Pattern, dict[str, str]]:
    """The opening cues of several syllables (opening_words.csv: "Căn cứ", "Thực hiện", "Triển khai") printed
    without their spaces at a line's start ("Căncứ Nghị định số ..."): one glued word is enough there, since no
    line opens with such a word. Keyed by the glued form in lower case."""
    cues = {}
    for row in read_rows("opening_words.csv"):
        words = row["word"].lower().split()
        if row["role"] in ("cue", "weak_cue") and len(words) > 1 and all(w in _costs() for w in words):
            cues["".join(words)] = row["word"].lower()
    alternatives = "|".join(map(re.escape, sorted(cues, key=len, reverse=True)))
    return re.compile(rf"(?m)^([ \t]*)({alternatives})(?![^\W\d_])", re.IGNORECASE), cues


def _spaced_cue(found: re.Match) -> str:
    glued, spaced = found.group(2), _glued_cues()[1][found.group(2).lower()]
    letters = iter(glued)
    return found.group(1) + "".join(" " if char == " " else next(letters) for char in spaced)


def respace(text: str) -> str:
    """`text` with the spaces of its glued lines written back (idempotent; other lines unchanged)."""
    if _ROUGH.search(text) is None:
        return text
    text = _glued_cues()[0].sub(_spaced_cue, text)
    first = _GLUED.search(text)
    if first is None or _GLUED.search(text, first.end()) is None:   # most texts: nothing glued
        return text
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if _glued_runs(line) >= _MIN_GLUED_RUNS:
            lines[i] = _respaced_line(line)
    return "\n".join(lines)
