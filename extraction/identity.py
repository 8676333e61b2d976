"""Document identity. A symbol is not a key: every Tỉnh ủy issues a 47-KH/TU, and Party
numbers restart each term. The key is (numbering scope, type, number, year), where the scope
is the issuer code for central bodies (TW, CP, ĐĐQH15) and the resolved issuing body otherwise."""
from __future__ import annotations

import hashlib
import re
from functools import lru_cache

from domain.tables import issuer_code_entry


@lru_cache(maxsize=1 << 16)   # called for every key of a citation group: a million times at national scale
def scope(issuer_code: str | None, body_id: str | None) -> str:
    if issuer_code:
        entry = issuer_code_entry(issuer_code)
        if entry is not None and entry.level == "central":
            return issuer_code
    if body_id:
        return body_id
    return f"?{issuer_code}" if issuer_code else "?"


@lru_cache(maxsize=1 << 16)
def number_key(number: str | None) -> str | None:
    return str(int(number)) if number and number.isdigit() else number


def document_id(scope_: str, type_code: str | None, number: str | None, date: str | None,
                digest: str = "") -> str:
    if number and not scope_.startswith("?"):
        return f"{scope_}:{type_code or 'VB'}:{number_key(number)}:{date[:4] if date else '?'}"
    if number:
        # The issuer is not known: keep the text's digest too, so that two unresolved
        # communes' "15-KH/ĐU" never share an id.
        suffix = f"#{digest[:8]}" if digest else ""
        return f"{scope_}:{type_code or 'VB'}:{number_key(number)}:{date[:4] if date else '?'}{suffix}"
    return f"{scope_}:{type_code or 'VB'}:#{digest[:12]}"


# Layout marks and whitespace but the plain space. (The whitespace is what regex \s matches:
# every character for which str.isspace() is true.)
_LAYOUT = ("*#_>|`\\" "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
           "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_SPACE_RUN = re.compile("   *")   # two spaces or more: opening on two, the regex skips faster


def text_digest(match_text: str) -> str:
    """Content digest that ignores layout, so the same text from .docx and .pdf agrees: each
    run of whitespace and layout marks reads as one space, none at the ends, all lower case."""
    spaced = match_text
    for char in _LAYOUT:
        if char in spaced:   # (str.find of one character is fast, and most are absent)
            spaced = spaced.replace(char, " ")
    # Runs of spaces to one space: re.sub(r"[\s*#_>|`\\]+", " ", text).strip(), which would
    # stop at every space of the text (most stand alone), at a fraction of its cost.
    collapsed = _SPACE_RUN.sub(" ", spaced).strip(" ").lower()
    return hashlib.sha256(collapsed.encode("utf-8")).hexdigest()
