"""A head's title, then a body, then a person's name, as a news lead names who acted ("Bộ trưởng Y tế Đào Hồng Lan vừa
ký công văn ...", "Chủ tịch UBND tỉnh Hà Nam Nguyễn Văn An yêu cầu ..."): the issuer is the body the title heads
(data/domain/head_titles.csv); the person's name is never part of it."""
from __future__ import annotations

import re
from domain.tables import head_titles
from extraction.issuer import Context, resolve_phrase
from extraction.models import Issuer

_MOST_NAME_WORDS = 4    # "Đào Hồng Lan", "Nguyễn Thị Kim Ngân"
_LEAST_NAME_WORDS = 2
_WORD = re.compile(r"\S+")


def headed_body(phrase: str, start: int, ctx: Context) -> Issuer | None:
    """The body a phrase at `start` names by its head's title, or None when it opens with no head's title. The words
    after the title end with a person's name, two to four capitalised words: cut where that leaves a body the registry
    knows ("UBND tỉnh Hà Nam" of "... Hà Nam Nguyễn Văn An"), else the longest name (a made-up "UBND huyện Nguyễn" is
    no body). The span covers the title and the body's words."""
    head = next((h for h in head_titles() if h.title.match(phrase)), None)
    if head is None:
        return None
    after = head.title.match(phrase).end()
    words = [(word.group(0), word.end()) for word in _WORD.finditer(phrase, after)]
    most = min(_MOST_NAME_WORDS, _capitalised_tail(words), len(words) - (0 if head.body else 1))
    readings = []
    for cut in (0, *range(_LEAST_NAME_WORDS, most + 1)):
        kept = words[:len(words) - cut]
        end = start + (kept[-1][1] if kept else after)
        issuer = resolve_phrase(" ".join(filter(None, [head.body, *(word for word, _ in kept)])), ctx, span=(start, end))
        if issuer.level:
            readings.append((bool(issuer.body_id and ctx.registry.get(issuer.body_id)), cut, issuer))
    if not readings:
        return None
    registered = [reading for reading in readings if reading[0]]
    best = registered[0][2] if registered else readings[-1][2]
    best.evidence = f"the body its head's title names ('{phrase}'): {best.evidence}"
    return best


def _capitalised_tail(words: list[tuple[str, int]]) -> int:
    """How many words at the end open with a capital (a person's name, maybe after a place's)."""
    count = 0
    for word, _ in reversed(words):
        if not word[:1].isupper():
            break
        count += 1
    return count
