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


def restore(match: str) -> str:
    """`match` with the key words of its unmarked lines written with their diacritics."""
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
