"""Text normalisation: `normalize_text` (display/canonical text) and `match_text`.

`normalize_text` fixes what decoding leaves behind (NFC, line ends, invisible characters, odd
spaces, lines that lost their spaces: loaders/respace.py). Extraction spans index into its output, so it is applied once, by the loaders.

`match_text` is a *same-length* transform of normalised text for matching: one character in,
one character out, so a span found in `match_text(t)` is the same span of `t`.
"""

from __future__ import annotations

import re
import unicodedata

from loaders.respace import respace

__all__ = ["normalize_text", "match_text"]

# Invisible characters that only get in the way of matching: zero-width and bidi controls.
_INVISIBLE = (
    "\u200b\u200c\u200d\ufeff\u2060\u180e"  # zero-width
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"  # bidi controls
)
# Unicode spaces that should read as an ordinary space.
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
# Line-breaking characters other than LF (CR is handled first, so CRLF becomes one LF).
_LINE_BREAKS = "\u000b\u000c\u0085\u2028\u2029"

_TABLE: dict[int, str | None] = {ord(c): None for c in _INVISIBLE}
_TABLE.update({ord(c): " " for c in _SPACES})
# Full-width forms of ASCII ("Số: ５９４／UBND－VX", typed in an East Asian input mode): Vietnamese
# text has no use for them, and a symbol's number must read as digits (NFKC's fold, and only it).
_TABLE.update({cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)})
_TABLE.update({ord(c): "\n" for c in _LINE_BREAKS})
# Other C0/C1 control characters (PDF extraction leaves some) carry no text.
for _cp in list(range(0x00, 0x20)) + list(range(0x7F, 0xA0)):
    if chr(_cp) not in "\t\n\r" and chr(_cp) not in _LINE_BREAKS:
        _TABLE[_cp] = None

# str.translate with a dict is slow on large non-ASCII text; a regex finds the few hits fast.
_SPECIAL = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_TABLE)) + "]")


def _fix_chars(text: str) -> str:
    return _SPECIAL.sub(lambda m: _TABLE[ord(m.group())] or "", text)


_SOFT_HYPHEN = "\u00ad"

# Characters that appear when TCVN3 (ABC) bytes are read as Latin-1/CP1252 and that never occur
# in proper Vietnamese text. If text is full of them, U+00AD is TCVN3's "ư", not a soft hyphen.
_TCVN3_MARKERS = frozenset("¡¢£¤¥¦§¨©ª«¬®µ¶·¸¹»¼½¾ÆÇËÎÏÐÑÖ×ØÜÞßäåæçëîïñöøûüþ")


def _looks_like_tcvn3(text: str) -> bool:
    markers = sum(1 for ch in text if ch in _TCVN3_MARKERS)
    return markers >= 2 and markers >= text.count(_SOFT_HYPHEN) * 0.2


_LITERAL_BREAK = re.compile(r"\\r\\n|\\n|\\r")


def _unescaped_breaks(text: str) -> str:
    """A page saved with its line breaks as literal escapes ("ỦY BAN NHÂN DÂN\\r\\nTỈNH ..."): the
    breaks back, where the escapes are what separates the lines (a few at least, no fewer than real breaks)."""
    escapes = len(_LITERAL_BREAK.findall(text))
    return _LITERAL_BREAK.sub("\n", text) if escapes >= 3 and escapes >= text.count("\n") else text


def normalize_text(text: str) -> str:
    """Canonical display text: NFC, LF line ends, no invisible characters, plain spaces.

    Idempotent. The soft hyphen U+00AD is dropped, except in text that still looks like
    undecoded TCVN3, where it is the letter "ư" and must survive for the legacy converter.
    """
    if not text:
        return ""
    if "\\n" in text or "\\r" in text:
        text = _unescaped_breaks(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _fix_chars(text)
    composed = unicodedata.normalize("NFC", text)
    if composed is not text:
        # NFC maps U+2000/U+2001 to U+2002/U+2003; fix again so no odd space survives. (When
        # NFC changed nothing it returns its argument, which the first pass left clean.)
        text = _fix_chars(composed)
    if _SOFT_HYPHEN in text and not _looks_like_tcvn3(text):
        text = unicodedata.normalize("NFC", text.replace(_SOFT_HYPHEN, ""))
    return respace(text)


# ---- match_text ---------------------------------------------------------------------------

_MATCH_TABLE: dict[int, str] = {
    0x00D0: "Đ",  # Ð Latin capital eth (CP1258 0xD0 read as Latin-1)
    0x0189: "Đ",  # Ɖ African D
    0x00F0: "đ",  # ð
    0x0256: "đ",  # ɖ
    0x2212: "-",  # minus sign
    0xFE58: "-",
    0xFE63: "-",
    0xFF0D: "-",
    0x2018: "'",
    0x2019: "'",
    0x201A: "'",
    0x201B: "'",
    0x2032: "'",
    0x201C: '"',
    0x201D: '"',
    0x201E: '"',
    0x201F: '"',
    0x2033: '"',
}
for _cp in range(0x2010, 0x2016):  # ‐ ‑ ‒ – — ―
    _MATCH_TABLE[_cp] = "-"

_TONES = "\u0300\u0301\u0309\u0303\u0323"  # huyền, sắc, hỏi, ngã, nặng


def _old_style_pairs() -> dict[str, str]:
    """Old-style tone placement ("hoà", "uỷ") -> modern ("hòa", "ủy"), each 2 -> 2 code points."""
    pairs: dict[str, str] = {}
    for first, seconds in (("o", "ae"), ("u", "y")):
        for f in (first, first.upper()):
            for s in seconds + seconds.upper():
                for tone in _TONES:
                    old = f + unicodedata.normalize("NFC", s + tone)
                    new = unicodedata.normalize("NFC", f + tone) + s
                    assert len(old) == len(new) == 2
                    pairs[old] = new
    return pairs


_PAIRS = _old_style_pairs()


def _pairs_behind() -> str:
    """A look-behind alternative per set of second letters, "[oO][àá…]|[uU][ỳý…]": exactly
    the pairs of _PAIRS, as two pairs of character sets where sixty pairs were tried."""
    firsts_of: dict[str, str] = {}
    for first in sorted({pair[0] for pair in _PAIRS}):
        seconds = "".join(sorted(pair[1] for pair in _PAIRS if pair[0] == first))
        firsts_of[seconds] = firsts_of.get(seconds, "") + first
    return "|".join(f"[{firsts}][{seconds}]" for seconds, firsts in firsts_of.items())


# Only at the end of a syllable: "toàn", "khuỷu" are correct in both styles. Never after q:
# in "quý", "quả" the u belongs to the consonant (tested in match_text).
# The pattern matches a pair's toned second letter and looks back at the pair: opening with
# a character set lets the regex engine skip in C to the places worth trying (opening with
# the pairs, it tried them at every "o" and "u"). First letters (o, u) and second letters
# (toned a, e, y) differ, so pairs never overlap.
_SECONDS = "".join(sorted({pair[1] for pair in _PAIRS}))
_PAIR_END = re.compile(f"[{_SECONDS}](?<={_pairs_behind()})(?![^\\W\\d_])")


# The few characters _MATCH_TABLE maps, as one class: the regex engine skips the rest in C,
# where str.translate would look every character up in a dict.
_MATCH_CHARS = re.compile("[" + "".join(re.escape(chr(cp)) for cp in sorted(_MATCH_TABLE)) + "]")


def match_text(text: str) -> str:
    """Same-length matching form: Đ look-alikes, modern tone placement, dashes, quotes."""
    out = _MATCH_CHARS.sub(lambda m: _MATCH_TABLE[ord(m.group())], text)
    pieces: list[str] = []
    done = 0
    for second in _PAIR_END.finditer(out):
        start = second.start() - 1
        if start and out[start - 1] in "qQ":
            continue
        pieces += (out[done:start], _PAIRS[out[start:start + 2]])
        done = start + 2
    if not pieces:
        return out
    pieces.append(out[done:])
    return "".join(pieces)
