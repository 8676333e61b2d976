"""Pages whose letters with diacritics were DROPPED, not replaced: text taken from an old binary
.doc or a PDF whose font lost its Vietnamese letters, where "Căn cứ Quyết định số" reads
"Cn c Quyt nh s" and "TỈNH PHÚ THỌ" reads "TNH PH TH".

Such a page is recognised (almost no marked letter, several skeletons of the domain's key phrases)
and those phrases are written back with their marks at load time, so spans are spans of the
repaired text. The phrases are the ones the domain tables already list (plain_words.csv, the
type titles, the relation and opening phrases, the boards), each reduced to its skeleton; no
skeleton is listed by hand. A code that lost its Đ ("1046/Q-HC") is left as printed: where the Đ
stood cannot be told ("HC" may be ĐHCĐ or HCĐ), and the symbol is what the page says.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterator

from domain.tables import doc_types, read_rows
from loaders.vietnamese import is_syllable

# A Vietnamese letter with a mark (or Đ, Ơ, Ư, Ă): what such a page has (almost) none of.
_MARKED = re.compile(r"[À-ÃÈ-ÊÌÍÒ-ÕÙÚÝà-ãè-êìíò-õùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ]")
_LATIN_LETTER = re.compile(r"[A-Za-zÀ-ỹ]")
_MAX_MARKED_SHARE = 0.005   # a few stray marks (a symbol's Đ, a title kept in an image) at most
_MIN_LETTERS = 200          # a page, not a line
_USUAL_IN_PHRASE = 0.5      # 'Chỉ thị' (ch th) is as often chế độ thủ ..., 'Quyết định' (quyt nh) is itself
_USUAL_ALONE = 0.7          # 'tỉnh' is most of 'tnh' (tình, tính), 'Sở' is little of 's'
_GLUED_WORDS = 5            # a phrase this long is read even run into the word before it
_HEADER_REACH = 3000        # where header cells run together, after a .doc dump's binary start
_MIN_PHRASES = 3            # several key phrases by their skeletons, not one chance likeness

# An old .doc keeps text as UTF-16 units; a dump that keeps each unit's low byte turns the few
# letters whose low byte is printable into that byte: ĩ U+0129 -> ")", Ĩ -> "(", ũ -> "i", Ũ -> "h".
_PRINTABLE_LOW_BYTE = range(0x21, 0x7F)
# One space or line break between words: two spaces may hide a word that vanished whole ("chế độ
# Thủ trưởng" -> "ch  Th trng", not "Chỉ Thị").
_ONE_GAP = r"(?:[ \t]?\n[ \t]?|[ \t])"
# Where the tone of oa/oe/uy stands varies (hòa / hoà): both spellings are looked for.
_TONE_SHIFTS = {"òa": "oà", "óa": "oá", "ỏa": "oả", "õa": "oã", "ọa": "oạ",
                "òe": "oè", "óe": "oé", "ỏe": "oẻ", "õe": "oẽ", "ọe": "oẹ",
                "úy": "uý", "ùy": "uỳ", "ủy": "uỷ", "ũy": "uỹ", "ụy": "uỵ"}
_TONE_SHIFT = re.compile("|".join(_TONE_SHIFTS), re.IGNORECASE)


def skeleton(word: str) -> str:
    """`word` as such a page prints it: every non-ASCII letter gone ('Quyết định' -> 'Quyt nh')."""
    return "".join(c for c in unicodedata.normalize("NFC", word) if c.isascii())


def _spellings(phrase: str) -> set[str]:
    def shift(found: re.Match) -> str:
        new = _TONE_SHIFTS[found.group(0).lower()]
        return new.upper() if found.group(0).isupper() else new
    return {phrase, _TONE_SHIFT.sub(shift, phrase)}


def _letter_pattern(char: str) -> str:
    if char.isascii():
        return re.escape(char)
    kept = {chr(ord(c) & 0xFF) for c in (char.lower(), char.upper())
            if ord(c) > 0xFF and ord(c) & 0xFF in _PRINTABLE_LOW_BYTE}
    return f"[{re.escape(''.join(sorted(kept)))}]?" if kept else ""


def _skeleton_pattern(spelling: str) -> str:
    """Word by word; a sign between them (the motto's dash) may have been an en dash that vanished."""
    return _ONE_GAP.join("".join(_letter_pattern(c) for c in word) if _lettered(word) else f"(?:{re.escape(word)})?"
                         for word in spelling.split())


def _lettered(word: str) -> bool:
    return any(c.isalpha() for c in word)


def _key_phrases() -> list[tuple[str, str]]:
    """(phrase with its marks, the lookahead it needs) from the domain tables."""
    found = [(row["word"], row["followed_by"]) for row in read_rows("plain_words.csv")]
    types = [word for doc_type in doc_types() for word in (doc_type.name, *doc_type.title_words)]
    found += [(word, "") for word in types]
    # A short word read in its place: 'Quyết định s 174' is 'Quyết định số 174' where 'c s 2019' is no 'số'.
    found += [(f"{word} {short}", ahead) for short, ahead in found if " " not in short and ahead for word in types]
    found += [(row["phrase"], "") for row in read_rows("relation_phrases.csv") if row["subtype"] != "damaged"]
    found += [(row["word"], "") for row in read_rows("opening_words.csv")]
    found += [(row["name"], "") for row in read_rows("boards.csv")]
    return found


@lru_cache(maxsize=1)
def _usual_share() -> dict[str, float]:
    """How often each syllable is THE reading of its skeleton, by the counts of syllables.csv
    ('năm' is nearly all of 'nm'; 'tháng' shares 'thng' with thông, thường, thưởng)."""
    counts: dict[str, int] = {}
    for row in read_rows("syllables.csv"):
        counts[row["syllable"].lower()] = counts.get(row["syllable"].lower(), 0) + int(row["count"])
    by_skeleton: dict[str, int] = {}
    for syllable, count in counts.items():
        by_skeleton[skeleton(syllable)] = by_skeleton.get(skeleton(syllable), 0) + count
    return {syllable: count / by_skeleton[skeleton(syllable)] for syllable, count in counts.items()}


def _usable(phrase: str, ahead: str) -> bool:
    """A phrase whose skeleton tells it: marked, every word a whole syllable with some letter left,
    one word the usual reading of its skeleton, and more than one word unless a name must follow
    it ('tỉnh' before 'PHÚ THỌ') and it nearly always is its skeleton's reading. Not a word before
    a number: many stand there ('cơ sở 2019', 'khen thưởng 1.'), and dates.py reads 'ngy 08 thng 4'."""
    words = [w for w in phrase.lower().split() if _lettered(w)]   # not the motto's dashes
    if phrase.isascii() or not all(is_syllable(w) and skeleton(w) for w in words):
        return False
    best = max(_usual_share().get(w, 0.0) for w in words)
    if len(words) > 1:
        return best >= _USUAL_IN_PHRASE
    return bool(ahead) and "\\d" not in ahead and best >= _USUAL_ALONE


# Where a word starts: phrases are tried there only, those that start with its letter (a page of
# megabytes is read word by word, not one long alternation at every character).
_WORD_START = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]")


@lru_cache(maxsize=1)
def _phrases() -> dict[str, tuple[re.Pattern, tuple[str, ...]]]:
    """By the first letter of their skeletons: one pattern, a group per phrase (longest skeleton
    first), and the phrases in group order."""
    by_skeleton: dict[tuple[str, str], set[str]] = {}
    for phrase, ahead in _key_phrases():
        if _usable(phrase, ahead):
            by_skeleton.setdefault((skeleton(phrase).lower(), ahead), set()).add(phrase)
    rows: dict[str, list[tuple[str, str]]] = {}
    for (printed, ahead), phrases in by_skeleton.items():
        if len({phrase.lower() for phrase in phrases}) == 1:   # two phrases, one skeleton: neither can be told
            phrase = min(phrases, key=lambda p: (sum(map(str.isupper, p)), p))   # 'Đảng ủy' over 'ĐẢNG ỦY'
            rows.setdefault(printed[0], []).extend((spelling, ahead) for spelling in _spellings(phrase))
    by_letter = {}
    for letter, found in rows.items():
        found.sort(key=lambda row: (-len(skeleton(row[0])), row[0]))
        parts = [f"({_skeleton_pattern(spelling)})" + (f"(?={ahead})" if ahead else "") for spelling, ahead in found]
        pattern = re.compile("(?:" + "|".join(parts) + r")(?![A-Za-z0-9()])", re.IGNORECASE)
        by_letter[letter] = (pattern, tuple(spelling for spelling, _ in found))
    return by_letter


@lru_cache(maxsize=1)
def _glued() -> tuple[re.Pattern, tuple[str, ...]]:
    """The long phrases (the mottos) where header cells ran into them on both sides ("LM NGCNG HA X
    HI CH NGH(A VIT NAMTRUNG TM"): read without word bounds, long enough to tell alone."""
    long = sorted({spelling for phrase, ahead in _key_phrases() if not ahead and _usable(phrase, ahead)
                   and sum(map(_lettered, phrase.split())) >= _GLUED_WORDS for spelling in _spellings(phrase)},
                  key=lambda spelling: (-len(skeleton(spelling)), spelling))
    parts = [f"({_skeleton_pattern(spelling)})" for spelling in long]
    return re.compile("|".join(parts), re.IGNORECASE), tuple(long)


# A body's abbreviation standing alone ("BCH CCS hướng dẫn" for CĐCS): not inside a symbol, whose
# code stays as printed ("64/CYT"), nor beside a dot or a digit.
_ALONE = r"(?<![\w/.-])(?:{})(?![\w/.-])"


@lru_cache(maxsize=1)
def _lost_d_codes() -> tuple[re.Pattern, dict[str, str]]:
    """The issuers' codes that hold a Đ (issuer_codes.csv), by their skeletons, where the skeleton
    is of one code only, three letters or more, and no code itself ('HND' is Hội Nông dân's)."""
    codes = {row["code"] for row in read_rows("issuer_codes.csv")}
    by_skeleton: dict[str, set[str]] = {}
    for code in codes:
        if "Đ" in code:
            by_skeleton.setdefault(skeleton(code), set()).add(code)
    told = {printed: found.pop() for printed, found in by_skeleton.items()
            if len(found) == 1 and len(printed) >= 3 and printed.isupper() and printed not in codes}
    return re.compile(_ALONE.format("|".join(sorted(told, key=len, reverse=True)))), told


def _found(text: str) -> Iterator[tuple[re.Match, str]]:
    """The key phrases written as their skeletons in `text`, each with its phrase, left to right."""
    by_letter, done = _phrases(), 0
    for start in _WORD_START.finditer(text):
        if start.start() < done or start.group(0).lower() not in by_letter:
            continue
        pattern, phrases = by_letter[start.group(0).lower()]
        found = pattern.match(text, start.start())
        if found:
            done = found.end()
            yield found, phrases[found.lastindex - 1]


def few_marks(text: str) -> bool:
    """A page (many letters) with almost no marked letter: its marks were dropped or stripped."""
    letters = len(text) - len(_LATIN_LETTER.sub("", text))   # counted in C: pages run to megabytes
    return letters >= _MIN_LETTERS and len(text) - len(_MARKED.sub("", text)) <= _MAX_MARKED_SHARE * letters


def looks_dropped(text: str) -> bool:
    """Almost no marked letter among many, and several key phrases written as their skeletons."""
    if not few_marks(text):
        return False
    seen = set()
    for _, phrase in _found(text):
        if " " in phrase:   # one word alone does not tell such a page
            seen.add(phrase.lower())
        if len(seen) >= _MIN_PHRASES:
            return True
    return False


def _in_case_of(phrase: str, written: str) -> str:
    """`phrase` in the case `written` has: all capitals, or word by word as written; a word whose
    first letter was dropped ('c lp' for 'Độc lập') keeps the table's case for it."""
    letters = [c for c in written if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters):
        return phrase.upper()
    printed_words = iter(w for w in written.split() if _lettered(w))
    words = []
    for word in phrase.split(" "):
        printed = next(printed_words, "") if _lettered(word) else word
        if word[0].isascii():
            word = word[0].upper() + word[1:].lower() if printed[:1].isupper() else word.lower()
        words.append(word[0] + word[1:].lower())
    return " ".join(words)


def restore(text: str) -> tuple[str, list[str]]:
    """(`text` with the key phrases written back, warnings); ordinary text comes back unchanged."""
    if not looks_dropped(text):
        return text, []
    glued, long = _glued()
    head = glued.sub(lambda found: _in_case_of(long[found.lastindex - 1], found.group(0)), text[:_HEADER_REACH])
    text = head + text[_HEADER_REACH:]
    codes, told = _lost_d_codes()
    text = codes.sub(lambda found: told[found.group(0)], text)
    pieces, done = [], 0
    for found, phrase in _found(text):
        pieces += [text[done:found.start()], _in_case_of(phrase, found.group(0))]
        done = found.end()
    count = len(pieces) // 2
    text = "".join(pieces) + text[done:]
    return text, [f"letters with diacritics were dropped from this text: {count} key words written back "
                  "from their skeletons ('Quyt nh' -> 'Quyết định'); codes kept as printed"]
