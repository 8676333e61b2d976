"""How Vietnamese does a piece of text look? Used to decide whether a legacy conversion helps.

A token is a *valid syllable* if it fits Vietnamese spelling: optional onset consonant, a vowel
nucleus, optional final, at most one tone mark, and stop finals (c ch p t) only with the sắc or
nặng tone. Mojibake ("§¶ng", "chaøo", "cỏc") fails these rules; real words pass.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
_STOP_TONES = {"\u0301", "\u0323"}

_ONSETS = "ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|r|s|t|v|x"
# Nuclei that may take a final consonant, and those that end in a glide (no final after them).
_OPEN_NUCLEI = "a|ă|â|e|ê|i|o|ô|ơ|u|ư|y|iê|yê|uô|ươ|oa|oă|oe|uâ|uê|uy|uyê|oo|ua|ưa|ia|uơ"
_GLIDE_NUCLEI = (
    "ai|ao|au|ay|âu|ây|eo|êu|iu|oi|ôi|ơi|ui|ưi|ưu|iêu|yêu|oai|oao|oay|oeo|uây|uôi|ươi|ươu|uya|uyu"
)
_FINALS = "ch|ng|nh|c|m|n|p|t"

_SYLLABLE = re.compile(
    f"^(?:{_ONSETS})?(?:(?:{_GLIDE_NUCLEI})|(?:{_OPEN_NUCLEI})(?:{_FINALS})?)$"
)
# Spellings the loose pattern allows but Vietnamese does not have.
_BAD_RHYMES = re.compile(r"(?:ơ|ê|â|ă)(?:ch|nh)$|(?<![ưu])ơ(?:ng|c|u)$|(?<!i|y)ê(?:ng)$|ă$")

# Token separators: whitespace and ASCII punctuation (legacy letters are never ASCII), plus the
# Unicode punctuation that real text uses and legacy encodings do not.
_SPLIT = re.compile(r"[\s!-/:-@\[-`{-~“”‘’…–—]+")


def _strip_tone(word: str) -> tuple[str, int, str | None]:
    decomposed = unicodedata.normalize("NFD", word)
    tones = [c for c in decomposed if c in _TONE_MARKS]
    base = "".join(c for c in decomposed if c not in _TONE_MARKS)
    return unicodedata.normalize("NFC", base), len(tones), (tones[0] if tones else None)


@lru_cache(maxsize=1 << 16)  # tokens repeat: long files are scored line by line, twice
def is_syllable(token: str) -> bool:
    """True if `token` (any case, NFC) is spelled like one Vietnamese syllable."""
    base, n_tones, tone = _strip_tone(token.lower())
    if n_tones > 1 or not _SYLLABLE.match(base) or _BAD_RHYMES.search(base):
        return False
    if tone is not None and tone not in _STOP_TONES and re.search(r"(?:c|ch|p|t)$", base):
        return False
    return True


def tokens(text: str) -> list[str]:
    return [t for t in _SPLIT.split(text) if t and (t.isalpha() or not any(map(str.isdigit, t)))]


def syllable_count(text: str) -> tuple[int, int]:
    """(valid syllables, word tokens) in `text`."""
    toks = tokens(text)
    return sum(1 for t in toks if is_syllable(t)), len(toks)


def score(text: str) -> float:
    """Share of word tokens that are valid Vietnamese syllables (0.0 for no tokens)."""
    valid, total = syllable_count(text)
    return valid / total if total else 0.0
