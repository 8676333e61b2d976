"""Fast scanning: a cheap search finds where a costly pattern can start, and the pattern is
tried only there. Python's regex engine tries a pattern that opens with a look-behind or with
IGNORECASE words at every position of the text; a document is ~18 kB and has a few dozen
places worth trying. Every helper yields exactly what `pattern.finditer` (or `.search`) would."""
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


@lru_cache(maxsize=1)
def _cased() -> tuple[str, ...]:
    """Every character of the BMP that has a case: only these can match a letter under
    IGNORECASE (case pairs never cross the plane, and the words guarded are in it)."""
    return tuple(c for c in map(chr, range(0x10000)) if c.lower() != c or c.upper() != c)


@lru_cache(maxsize=256)
def _letter_twins(letter: str) -> tuple[str, ...]:
    """The characters an IGNORECASE pattern takes for `letter` although their lower case is
    another letter ("ı" and "İ" for "i", "ſ" for "s", Greek ones): asked of the regex engine
    itself, so no private table of it is needed."""
    pattern = re.compile(re.escape(letter), re.IGNORECASE)
    return tuple(c for c in _cased() if c.lower() != letter and pattern.fullmatch(c))


@lru_cache(maxsize=4)
def _lowered(text: str) -> str | None:
    """`text` lower-cased, or None when that changes its length ("İ" -> "i̇"): offsets into
    the lower-cased text would no longer be offsets into `text`."""
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else None


@lru_cache(maxsize=64)
def _twins(words: tuple[str, ...]) -> tuple[str, ...]:
    """The characters an IGNORECASE pattern spelling `words` takes for their letters besides
    those letters' upper case ("ı" for "i")."""
    return tuple({twin for char in set("".join(words)) if char.isalpha() for twin in _letter_twins(char)})


def _searchable(text: str, words: tuple[str, ...], start: int = 0, end: int | None = None) -> str | None:
    """`text` lower-cased, where `words` (lower case) are found in text[start:end] wherever an
    IGNORECASE pattern spelling them matches; None when the text cannot be searched so:
    lower-casing changes its length, or the part holds a twin of one of their letters, such
    as "ı" for "i"."""
    lowered = _lowered(text)
    twins = _twins(words)
    if lowered is None or any(lowered.find(twin, start, end) >= 0 for twin in twins):
        return None
    return lowered


def searchable(text: str, words: Iterable[str]) -> str | None:
    """`text` lower-cased where an IGNORECASE pattern spelling `words` finds what the lower-cased
    words find in it; None when it cannot be searched so (see _searchable)."""
    return _searchable(text, tuple(words))


def word_starts(text: str, words: Iterable[str], start: int = 0, end: int | None = None) -> list[int] | None:
    """Where one of `words` (lower case) starts in text[start:end], ignoring case, in order;
    None when the text cannot be searched lower-cased. (Kept for the last few texts: several
    patterns of a table share their words, "trước; chậm nhất; ..." of the deadline phrases.)"""
    return _word_starts(text, tuple(words), start, len(text) if end is None else end)


@lru_cache(maxsize=16)   # a str caches its hash: a repeated look-up costs no pass over the text
def _word_starts(text: str, words: tuple[str, ...], start: int, end: int) -> list[int] | None:
    lowered = _searchable(text, words, start, end)
    if lowered is None:
        return None
    if end - start <= _SHORT:
        return _starts_of_any(lowered, words, start, end)
    places: dict[str, list[int]] = {}
    for word, inner in _search_plan(words):
        if inner is None:
            places[word] = _places(lowered, word, start, end)
        else:   # "xong trong" is where "trong" is, after "xong ": no second pass over the text
            offset = word.index(inner)
            places[word] = [at - offset for at in places[inner]
                            if at - offset >= start and lowered.startswith(word, at - offset, end)]
    return sorted({at for found in places.values() for at in found})


@lru_cache(maxsize=64)
def _search_plan(words: tuple[str, ...]) -> tuple[tuple[str, str | None], ...]:
    """`words` shortest first, each with a shorter one of them it holds, if any."""
    plan: list[tuple[str, str | None]] = []
    for word in sorted(set(words), key=len):
        plan.append((word, next((other for other, _ in plan if other in word), None)))
    return tuple(plan)


# A part of a text up to this long is searched for all the words at once, by one regex: a
# pass of str.find per word costs more there (each call costs more than its short scan).
_SHORT = 1000


def _starts_of_any(text: str, words: tuple[str, ...], start: int, end: int) -> list[int]:
    """Where one of `words` starts in text[start:end], in order: each search resumes one
    character after the last place found, so every place is found, overlapping or not."""
    if not words:
        return []
    leads = _any_of(words)
    found = []
    lead = leads.search(text, start, end)
    while lead:
        found.append(lead.start())
        lead = leads.search(text, lead.start() + 1, end)
    return found


def _places(text: str, word: str, start: int, end: int) -> list[int]:
    """Where `word` starts in text[start:end] (the whole word within it), in order."""
    found = []
    at = text.find(word, start, end)
    while at >= 0:
        found.append(at)
        at = text.find(word, at + 1, end)
    return found


def find_words(pattern: re.Pattern, words: Iterable[str], text: str, start: int = 0,
               end: int | None = None) -> Iterator[re.Match]:
    """`pattern.finditer(text, start, end)` for an IGNORECASE pattern each of whose matches
    begins with one of `words`. (For the letters of these words, IGNORECASE matches the
    characters that lower-case to them, and the twins _searchable rules out, so the
    lower-cased text finds every start.)"""
    starts = word_starts(text, words, start, end)
    if starts is None:
        return pattern.finditer(text, start, len(text) if end is None else end)
    return matches_at(pattern, text, starts, end)


@lru_cache(maxsize=16)
def _any_of(words: tuple[str, ...]) -> re.Pattern:
    return re.compile("|".join(map(re.escape, words)))


def search_words(pattern: re.Pattern, words: tuple[str, ...], text: str) -> re.Match | None:
    """`pattern.search(text)` for an IGNORECASE pattern each of whose matches begins with one
    of `words`: the places where one of them starts in the lower-cased text are found by a
    case-sensitive pattern, which the regex engine runs fast (IGNORECASE, or a look-behind
    in front, makes it try the whole pattern at every position), and tried in order."""
    lowered = _searchable(text, words)
    if lowered is None:
        return pattern.search(text)
    leads = _any_of(words)
    lead = leads.search(lowered)
    while lead:
        found = pattern.match(text, lead.start())
        if found:
            return found
        lead = leads.search(lowered, lead.start() + 1)
    return None


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
