"""An organ named without its body ("BÁO CÁO CỦA BAN CHẤP HÀNH KHÓA V TẠI ĐẠI HỘI ..."): a congress report or a
committee's plan says "Ban Chấp hành" and leaves the organisation to its page, which names it elsewhere with the same
organ ("BCH hội CCB xã có những thuận lợi ...", "Ban Chấp hành Đoàn phường đã ..."). The first such body of a kind the
tables know gives the issuer: a guess, said so. A central committee the page cites ("Ban Chấp hành Trung ương") is
not the page's own organ."""
from __future__ import annotations

import re

from domain.tables import body_kinds
from extraction.issuer import Context, resolve_phrase
from extraction.models import Issuer

BARE_ORGAN = re.compile(r"(?:ban chấp hành|ban thường vụ|bch|btv)", re.IGNORECASE)
_WORDS_AFTER = r"((?:\s+[^\s,;.:()]+){1,8})"
_ORGAN_OF = {
    "ban chấp hành": re.compile(r"(?<!\w)(?:Ban Chấp hành|BCH)" + _WORDS_AFTER, re.IGNORECASE),
    "ban thường vụ": re.compile(r"(?<!\w)(?:Ban Thường vụ|BTV)" + _WORDS_AFTER, re.IGNORECASE),
}
_SHORT = {"bch": "ban chấp hành", "btv": "ban thường vụ"}
_AT_MOST = 0.4


def organ_named_with_its_body(organ: str, text: str, ctx: Context) -> Issuer | None:
    """The body of the first mention of `organ` ("BAN CHẤP HÀNH") that names one, below the central level."""
    key = organ.strip().lower()
    pattern = _ORGAN_OF.get(_SHORT.get(key, key))
    if pattern is None:
        return None
    for mention in pattern.finditer(text):
        words = mention.group(1)
        kind = next((k for k in body_kinds() if k.level and k.level != "central" and k.pattern.match(words.strip())), None)
        if kind is None:
            continue
        start = mention.start(1) + len(words) - len(words.lstrip())
        phrase = body_words(words.strip(), kind.pattern)
        body = resolve_phrase(phrase, ctx, span=(start, start + len(phrase)))
        if body.level and body.level != "central":
            body.evidence = (f"'{organ}' names no body; the page names the {organ.lower()} of '{phrase}' (a guess): "
                             f"{body.evidence}")
            body.confidence = min(body.confidence, _AT_MOST)
            return body
    return None


def body_words(words: str, kind: re.Pattern) -> str:
    """The kind's words and the capitalised name after them ("hội CCB xã" of "hội CCB xã có những ...")."""
    end = kind.match(words).end()
    name = re.match(r"(?:[ \t]+[A-ZĐÀ-Ỹ0-9][^\s,;.:()]*)*", words[end:])
    return words[:end + name.end()]
