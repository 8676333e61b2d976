"""Legacy Vietnamese 8-bit encodings: TCVN3 (ABC), VNI-Windows, CP1258.

The byte tables live in data/domain/tcvn3.csv and data/domain/vni.csv. Both encodings are
applied to *text*: legacy bytes read as Latin-1/CP1252 give the same characters as a UTF-8 file
in which someone saved .VnTime / VNI-Times text, so one converter serves both cases.

A conversion is kept only when it makes the text look more Vietnamese (see `vietnamese.py`),
decided line by line, so files that mix encodings come out right.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path

from loaders.vietnamese import syllable_count

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "domain"

# CP1252 for 0x80-0x9F, Latin-1 elsewhere (CP1252 leaves five bytes undefined; keep them).
_CP1252_HIGH = {
    b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)
}
_LATIN1_TO_CP1252 = dict(_CP1252_HIGH)


@lru_cache(maxsize=None)
def tcvn3_table() -> dict[int, str]:
    """Latin-1 code point -> Unicode text, from data/domain/tcvn3.csv."""
    with open(DATA_DIR / "tcvn3.csv", encoding="utf-8", newline="") as f:
        return {int(row["byte"], 16): row["unicode"] for row in csv.DictReader(f)}


@lru_cache(maxsize=None)
def vni_table() -> dict[str, str]:
    """VNI byte sequence (as Latin-1 text) -> Unicode text, from data/domain/vni.csv."""
    with open(DATA_DIR / "vni.csv", encoding="utf-8", newline="") as f:
        return {
            "".join(chr(int(h, 16)) for h in row["bytes"].split()): row["unicode"]
            for row in csv.DictReader(f)
        }


@lru_cache(maxsize=None)
def _vni_regex() -> re.Pattern[str]:
    keys = sorted(vni_table(), key=len, reverse=True)  # longest first: "aø" before "a"
    return re.compile("|".join(re.escape(k) for k in keys))


# TCVN3 "ư" is byte 0xAD, the soft hyphen, which tools often drop: "Mêng" then reads "Mờng".
# Where ơ is followed by ng/c/u (impossible without the ư), put the ư back.
_LOST_U_HORN = re.compile(r"(?<![ưƯuU])([ơờớởỡợƠỜỚỞỠỢ])(ng|NG|c|C|u|U)(?![^\W\d_])")


def _restore_u_horn(m: re.Match[str]) -> str:
    vowel = m.group(1)
    return ("Ư" if vowel.isupper() else "ư") + vowel + m.group(2)


_ASCII_UPPER = re.compile("[A-Z]")
_ASCII_LOWER = re.compile("[a-z]")


def tcvn3_to_unicode(text: str) -> str:
    """Convert TCVN3 text (read as Latin-1) to NFC Unicode."""
    out = text.translate(tcvn3_table())
    out = _LOST_U_HORN.sub(_restore_u_horn, out)
    # .VnTimeH (capitals) fonts reuse the lower-case codes: a line typed in capitals comes out
    # mixed ("CộNG"). If the line's ASCII letters are capitals, the whole line was.
    upper, lower = len(_ASCII_UPPER.findall(text)), len(_ASCII_LOWER.findall(text))
    if upper >= 3 and upper >= 4 * lower:
        out = out.upper()
    elif upper >= 3:
        out = _capital_runs(out)
    return unicodedata.normalize("NFC", out)


_WORD = re.compile(r"[^\W\d_]+")


def _capital_runs(line: str) -> str:
    """A line that is partly capitals (a header flattened into one line: "ĐảNG Bộ HUYệN ... Gia Hòa, ngày"):
    each word whose ASCII letters (two or more) are all capitals was typed in .VnTimeH; a word with fewer
    ASCII letters ("Bộ", "ủY") was too inside a run of such words: the two told words on each side of it
    are, three at least, or the three after it at a line's start ("ñY BAN NH¢N D¢N"). "UBND vµ H§ND" is
    "UBND và HĐND"; "Sè 10-KH/§UK, ngµy" is "Số 10-KH/ĐUK, ngày"."""
    words = list(_WORD.finditer(line))

    def caps(word: str) -> bool | None:
        ascii_letters = [c for c in word if c.isascii()]
        return all(c.isupper() for c in ascii_letters) if len(ascii_letters) >= 2 else None

    told = [caps(w.group()) for w in words]
    pieces, done = [], 0
    for i, word in enumerate(words):
        before = [t for t in reversed(told[:i]) if t is not None][:2 if i + 1 < len(words) else 3]
        after = [t for t in told[i + 1:] if t is not None][:2 if before else 3]
        run = len(before + after) >= 3 and all(before + after)
        if told[i] or (told[i] is None and run):
            pieces += [line[done:word.start()], word.group().upper()]
            done = word.end()
    return "".join(pieces) + line[done:]


def vni_to_unicode(text: str) -> str:
    """Convert VNI-Windows text (read as Latin-1/CP1252) to NFC Unicode."""
    table = vni_table()
    return unicodedata.normalize("NFC", _vni_regex().sub(lambda m: table[m.group(0)], text))


CONVERTERS = {"TCVN3": tcvn3_to_unicode, "VNI": vni_to_unicode}

# A line is worth trying if it has Latin-1 characters that proper Vietnamese never uses: TCVN3
# codes like "§ ¶ Ö ©", VNI mark bytes like "ø û ï ö ñ ä". (VNI lines with only "ù á â"-type
# marks are caught by the second pass once the document is known to be VNI.)
_SUSPECT = re.compile(
    "[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce\u00cf\u00d0\u00d1\u00d6-\u00d8\u00db\u00dc"
    "\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe]"
)
# The Latin-1 characters that are not suspects, as bytes (for _has_suspects).
_NOT_SUSPECT = bytes(b for b in range(256) if not _SUSPECT.match(chr(b)))
_LATIN1_LETTER = re.compile("[\u00c0-\u00ff]")
_NON_ASCII = re.compile("[^\x00-\x7f]")
_LATIN1_ANY = re.compile("[\u00a0-\u00ff]")


def _has_suspects(text: str) -> bool:
    """Whether _SUSPECT matches somewhere in text, in two fast passes in C (the regex engine
    tests each character against the set, more slowly): the text's Latin-1 characters, among
    which the suspects are, as bytes, less those that are not suspects."""
    return bool(text.encode("latin-1", "ignore").translate(None, _NOT_SUSPECT))


def _worth_trying(line: str) -> bool:
    """Legacy lines are dense with tell-tale characters; "km²" in a long Unicode line is not."""
    suspects = len(_SUSPECT.findall(line))
    return suspects > 0 and suspects >= 0.1 * len(_NON_ASCII.findall(line))


def _best_conversion(line: str, only: str | None = None, need_gain: bool = True) -> tuple[str, str | None]:
    """Return (text, encoding name or None) for one line: the conversion that adds the most
    valid syllables, if it adds at least one (and 10% of the line's words). Without
    `need_gain` (a document known to be mostly legacy) a conversion that loses none will do."""
    before, n = syllable_count(line)
    best, best_name, best_valid = line, None, before
    for name, convert in CONVERTERS.items():
        if only and name != only:
            continue
        cand = convert(line)
        if cand == line:
            continue
        valid, _ = syllable_count(cand)
        gained = valid - before >= max(1, 0.1 * n) and valid > best_valid
        if gained or (not need_gain and valid >= best_valid and valid > 0):
            best, best_name, best_valid = cand, name, valid
    return best, best_name


def fix_mojibake(text: str) -> tuple[str, list[str]]:
    """Undo TCVN3/VNI text that was read as Latin-1/CP1252, line by line.

    Returns the fixed text and warnings such as "converted from TCVN3" or, when only part of
    the file was legacy-encoded, "converted from TCVN3 (3 of 40 lines)".
    """
    if not _has_suspects(text):
        return text, []
    lines = text.split("\n")
    text_lines = sum(1 for line in lines if _LATIN1_ANY.search(line))  # lines that could be legacy
    used: Counter[str] = Counter()
    done: set[int] = set()
    for i, line in enumerate(lines):
        if _worth_trying(line):
            lines[i], name = _best_conversion(line)
            if name:
                used[name] += 1
                done.add(i)
    if not used:
        return text, []
    # Second pass: lines without tell-tale characters ("Mêng" alone) are tried in the document's
    # dominant legacy encoding. ("Céng" alone stays: "Céng" and "Cộng" both look Vietnamese.)
    dominant, count = used.most_common(1)[0]
    # In a document that is mostly legacy text, a short line such as "Sè 156-KH/HU" (Số) is
    # legacy too, even where both readings look Vietnamese.
    mostly = count >= 0.5 * max(1, text_lines)
    for i, line in enumerate(lines):
        if i not in done and _LATIN1_LETTER.search(line) and max(map(ord, line)) <= 0xFF:
            lines[i], name = _best_conversion(line, only=dominant, need_gain=not mostly)
            if name:
                used[name] += 1
    warnings = []
    for name, count in used.most_common():
        if count >= text_lines:
            warnings.append(f"converted from {name}")
        else:
            warnings.append(f"converted from {name} ({count} of {text_lines} lines)")
    return "\n".join(lines), warnings


def cp1252_text(data: bytes) -> str:
    """Bytes as CP1252, keeping CP1252's undefined bytes as their Latin-1 characters."""
    return data.decode("latin-1").translate(_LATIN1_TO_CP1252)


def decode_8bit(data: bytes) -> tuple[str, str, list[str]]:
    """Decode non-UTF-8 bytes: TCVN3 / VNI / CP1258 / CP1252, whichever reads most Vietnamese.

    Returns (text, encoding, warnings); never raises.
    """
    legacy, legacy_warnings = fix_mojibake(cp1252_text(data))
    cp1258 = unicodedata.normalize("NFC", data.decode("cp1258", errors="replace"))
    valid_legacy, _ = syllable_count(legacy[:200_000])
    valid_1258, _ = syllable_count(cp1258[:200_000])
    if valid_1258 > valid_legacy:
        return cp1258, "cp1258", ["not UTF-8: decoded as CP1258"]
    if legacy_warnings:
        name = legacy_warnings[0].split()[2].lower()
        return legacy, name, legacy_warnings
    return cp1252_text(data), "cp1252", ["not UTF-8: decoded as CP1252"]
