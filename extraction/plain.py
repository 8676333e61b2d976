"""Pages that lost their diacritics ("Can cu Nghi quyet so 33-NQ/TW", "TINH UY BINH PHUOC"): the
domain's key words (data/domain/plain_words.csv) written back with their marks, on lines that
carry no marked letter at all, so that the cues, types, bodies and date words read as usual.

A same-length transform (NFC Vietnamese letters fold one to one), so spans stay the text's."""
from __future__ import annotations

import re
from functools import lru_cache

from domain.tables import fold, read_rows

# A line with no letter that has a diacritic (nor a few signs of those blocks) and room for a word.
# (Opened by its line break, which the regex engine finds fast; the first line is tried apart.)
_FIRST_LINE = re.compile(r"([^\nÀ-ỹ]{4,})(?=\n|\Z)")
_LATER_LINE = re.compile(r"\n([^\nÀ-ỹ]{4,})(?=\n|\Z)")


@lru_cache(maxsize=1)
def _words() -> tuple[re.Pattern, tuple[str, ...]]:
    """One pattern, a group for each word (longest first), and the words in group order."""
    rows = sorted(read_rows("plain_words.csv"), key=lambda r: len(r["word"]), reverse=True)
    parts = []
    for row in rows:
        plain = r"\s".join(re.escape(w) for w in fold(row["word"]).split(" "))
        ahead = f"(?={row['followed_by']})" if row["followed_by"] else ""
        parts.append(f"({plain}){ahead}")
    pattern = re.compile(r"(?<![\w/-])(?:" + "|".join(parts) + r")(?![\w/])", re.IGNORECASE | re.ASCII)
    return pattern, tuple(row["word"] for row in rows)


# A line in capitals of two to four words (a type title: "KÉ HOẠCH", "QUYÉT ĐỊNH" where OCR took a tone mark).
_CAPS_LINE = re.compile(r"(?:^|(?<=\n))[ \t]*([^\W\d_]+(?:[ \t][^\W\d_]+){1,3})[ \t]*(?=\n|\Z)")
_TYPE_TITLE_REACH = 6000   # the type title stands in the first lines


@lru_cache(maxsize=1)
def _type_titles() -> dict[str, str]:
    from domain.tables import doc_types
    return {fold(word): word for doc_type in doc_types() for word in doc_type.title_words}


def _type_title_marks(match: str) -> str:
    """A type title whose marks OCR misread ("KÉ HOẠCH", "QUYÉT ĐỊNH") written as the type's title."""
    for line in _CAPS_LINE.finditer(match, 0, min(len(match), _TYPE_TITLE_REACH)):
        word = line.group(1).isupper() and _type_titles().get(fold(line.group(1)))
        if word and word != line.group(1) and len(word) == len(line.group(1)):
            match = match[:line.start(1)] + word + match[line.end(1):]
    return match


def restore(match: str) -> str:
    """`match` with the key words of its unmarked lines written with their diacritics, and a type
    title with wrong marks written right."""
    match = _type_title_marks(match)
    pieces, done = [], 0
    first = _FIRST_LINE.match(match)
    lines = ([first] if first else []) + list(_LATER_LINE.finditer(match))
    for line in lines:   # on a Vietnamese line plain words are other words ("so sánh")
        for found in _words()[0].finditer(match, line.start(1), line.end(1)):
            done = _put_back(match, found, pieces, done)
    if not pieces:
        return match
    pieces.append(match[done:])
    return "".join(pieces)


def _put_back(match: str, found: re.Match, pieces: list[str], done: int) -> int:
    """Add the text up to `found` and its word with diacritics, in the case it was written."""
    written = found.group(0)
    word = _words()[1][found.lastindex - 1]
    if len(word) != len(written):
        return done
    pieces.append(match[done:found.start()])
    pieces.append("".join(w if p.isspace() else (w.upper() if p.isupper() else w.lower())
                          for w, p in zip(word, written)))
    return found.end()
