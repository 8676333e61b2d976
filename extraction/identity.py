"""Document identity. A symbol is not a key: every Tỉnh ủy issues a 47-KH/TU, and Party
numbers restart each term. The key is (numbering scope, type, number, year), where the scope
is the issuer code for central bodies (TW, CP, ĐĐQH15) and the resolved issuing body otherwise."""
from __future__ import annotations

import hashlib
import re

from domain.tables import issuer_codes


def scope(issuer_code: str | None, body_id: str | None) -> str:
    if issuer_code:
        entry = issuer_codes().get(re.sub(r"\d+$", "", issuer_code))
        if entry is not None and entry.level == "central":
            return issuer_code
    if body_id:
        return body_id
    return f"?{issuer_code}" if issuer_code else "?"


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


# A run of layout characters, except a lone space: the digest reads each run as one space, and
# a lone space already is one (most runs are; skipping them makes the substitution ~5x faster).
_LAYOUT_RUN = re.compile(r"[\s*#_>|`\\](?:[\s*#_>|`\\]+|(?<! ))")


def text_digest(match_text: str) -> str:
    """Content digest that ignores layout, so the same text from .docx and .pdf agrees."""
    collapsed = _LAYOUT_RUN.sub(" ", match_text).strip().lower()
    return hashlib.sha256(collapsed.encode("utf-8")).hexdigest()
