"""Fast scanning: a cheap search finds where a costly pattern can start, and the pattern is
tried only there. Python's regex engine tries a pattern that opens with a look-behind or with
IGNORECASE words at every position of the text; a document is ~18 kB and has a few dozen
places worth trying. Every helper yields exactly what `pattern.finditer` would."""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache


def matches_at(pattern: re.Pattern, text: str, starts: Iterable[int], end: int | None = None) -> Iterator[re.Match]:
    """`pattern.finditer(text, ..., end)` when every match starts at one of `starts` (sorted).
    The patterns given never match the empty string, so a match resumes the scan at its end."""
    end = len(text) if end is None else end
    resume = 0
    for start in starts:
        if start < resume:
            continue   # inside the previous match: finditer would not look here
        found = pattern.match(text, start, end)
        if found:
            resume = found.end()
            yield found


@lru_cache(maxsize=4)
def _lowered(text: str) -> str | None:
    """`text` lower-cased, or None when that changes its length ("İ" -> "i̇"): offsets into
    the lower-cased text would no longer be offsets into `text`."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


def word_starts(text: str, words: Iterable[str], start: int = 0, end: int | None = None) -> list[int] | None:
    """Where one of `words` (lower case) starts in text[start:end], ignoring case, in order;
    None when the text cannot be searched lower-cased."""
    lowered = _lowered(text)
    if lowered is None:
        return None
    end = len(text) if end is None else end
    found = set()
    for word in words:
        at = lowered.find(word, start, end)
        while at >= 0:
            found.add(at)
            at = lowered.find(word, at + 1, end)
    return sorted(found)


def find_words(pattern: re.Pattern, words: Iterable[str], text: str, start: int = 0,
               end: int | None = None) -> Iterator[re.Match]:
    """`pattern.finditer(text, start, end)` for an IGNORECASE pattern each of whose matches
    begins with one of `words`. (For the letters of these words, IGNORECASE matches exactly
    the characters that lower-case to them, so the lower-cased text finds every start.)"""
    starts = word_starts(text, words, start, end)
    if starts is None:
        return pattern.finditer(text, start, len(text) if end is None else end)
    return matches_at(pattern, text, starts, end)


def line_starts(text: str, literals: Iterable[str], start: int = 0, end: int | None = None) -> list[int]:
    """The starts of the lines of text[start:end] on which one of `literals` occurs (case as
    given), in order. A MULTILINE pattern anchored at "^" whose matches hold one of them on
    their first line can start nowhere else."""
    end = len(text) if end is None else end
    found = set()
    for literal in literals:
        at = text.find(literal, start, end)
        while at >= 0:
            line = text.rfind("\n", 0, at) + 1
            if line >= start:
                found.add(line)
            at = text.find(literal, at + 1, end)
    return sorted(found)
