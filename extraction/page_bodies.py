"""The level of a page that names no issuer, from the bodies it names before its own text: a school's site names the
school in its chrome ("HĐSP Trường TH số 1 X gửi đến ...", a page's <meta name="author" content="Trường Tiểu học
...">), a commune's portal its commune's bodies ("tại hội trường UBND xã X ... kỳ họp HĐND xã"). When every body of a
kind the tables know named there stands at one level, and at least two are named, the page is of that level: a guess,
said so, at the lowest confidence; the first such body is named."""
from __future__ import annotations

from domain.tables import body_kinds
from extraction.issuer import Context, resolve_phrase
from extraction.models import Issuer
from extraction.organs import body_words

_LEAST_MENTIONS = 2
_NAME_CHARS = 120   # a body's kind words and its name after them
_AT_MOST = 0.2


def one_level_named_before(text: str, end: int, ctx: Context) -> Issuer | None:
    """The first body named in text[:end], when all those named there stand at one level and two or more are."""
    found: dict[int, Issuer] = {}
    for kind in body_kinds():
        if not kind.level:
            continue
        for mention in kind.pattern.finditer(text, 0, end):
            if any(start <= mention.start() < start + len(body.name or "") for start, body in found.items()):
                continue   # inside a body already read ("Đoàn trường" within "Ban Chấp hành Đoàn trường ...")
            phrase = body_words(text[mention.start():min(end, mention.start() + _NAME_CHARS)], kind.pattern)
            body = resolve_phrase(phrase, ctx, span=(mention.start(), mention.start() + len(phrase)))
            if body.level:
                found[mention.start()] = body
    levels = {body.level for body in found.values()}
    if len(found) < _LEAST_MENTIONS or len(levels) != 1:
        return None
    first = found[min(found)]
    first.evidence = (f"the page names {len(found)} bodies before its own text, all of level {first.level} (a guess: "
                      f"the site's or the news item's own level); the first: {first.evidence}")
    first.confidence = min(first.confidence, _AT_MOST)
    return first
