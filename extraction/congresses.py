"""A plan's title that names a chain of congresses ("Kế hoạch tuyên truyền Đại hội Đoàn các cấp tiến tới Đại hội
đại biểu Đoàn TNCS Hồ Chí Minh huyện X lần thứ XII, Đại hội đại biểu Đoàn TNCS Hồ Chí Minh tỉnh Y lần thứ XI và Đại
hội đại biểu toàn quốc ..."): a body prepares its own congress and follows the ones above it, so the lowest level the
chain names is the issuer's. A guess, said so, used only when nothing else names the issuer's level."""
from __future__ import annotations

import re

from extraction.issuer import Context, resolve_phrase
from extraction.models import Issuer

# One congress a title names: its body's name up to its number, term, list comma or "và".
CONGRESS = re.compile(r"(?<!\w)Đại hội\s+(?:đại biểu\s+)?([^,;.\n]{2,80}?)(?=\s+(?:lần|nhiệm kỳ|khóa|và|tiến tới)\b|"
                      r"\s*[,;.\n]|$)", re.IGNORECASE)
_NATIONAL = re.compile(r"toàn quốc|của Đảng|Đảng Cộng sản Việt Nam", re.IGNORECASE)
_RANK = {"central": 0, "province": 1, "district": 2, "commune": 3, "cell": 4}
# The title of a plan runs to its rule ("----"), its first basis or heading, a few lines at most; a title may open
# with "Thực hiện ..." itself, a basis cites a numbered document.
_TITLE_END = re.compile(r"\n[ \t]*(?:Căn cứ|(?:Thực hiện|Triển khai|Theo)\b[^\n]{0,80}?\bsố\s*\d|[-_=]{3,}|I\.|1\.)",
                        re.IGNORECASE)
_TITLE_CHARS = 600
_AT_MOST = 0.3   # the body is inferred from what it prepares, not named as the issuer


def own_congress(text: str, start: int, ctx: Context) -> Issuer | None:
    """The body of the lowest congress a chain in the title under the type line at `start` names, when it names congresses of at least
    two levels; None otherwise."""
    cut = _TITLE_END.search(text, start + 1, start + _TITLE_CHARS)
    end = cut.start() if cut else min(len(text), start + _TITLE_CHARS)
    levels: dict[str, Issuer] = {}
    for congress in CONGRESS.finditer(text, start, end):
        name = congress.group(1).strip()
        if _NATIONAL.search(name):
            levels.setdefault("central", Issuer(name=None, level="central"))
            continue
        body = resolve_phrase(name, ctx, span=congress.span(1))
        if body.level and body.kind and body.level != "central":
            levels.setdefault(body.level, body)
    if len(levels) < 2:
        return None
    lowest = max(levels, key=_RANK.__getitem__)
    body = levels[lowest]
    named = ", ".join(sorted(levels, key=_RANK.__getitem__))
    body.evidence = (f"the lowest congress of the chain the title prepares ({named}): '{body.name}' (a guess: a body "
                     f"prepares its own congress and those above it); {body.evidence}")
    body.confidence = min(body.confidence, _AT_MOST)
    return body
