"""A header line a site printed in mixed case ("UBND huyện Kim Động", "Ban Tuyên giáo Huyện ủy
Kim Động") that is only a body's name: a known kind or board opens it and a place ends it,
the place's words capitalised, so a headline or a sentence ("UBND tỉnh chỉ đạo ...") is not one."""
from __future__ import annotations

import re

from domain.tables import boards
from extraction.issuer import ORGANS, kind_of

_PLACE_WORDS = r"tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu|tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy"
_NAME_THEN_PLACE = re.compile(
    rf"^(?:[A-ZĐÀ-Ỹ][^:;,.!?()\"“”]{{0,70}}?\s)?(?:{_PLACE_WORDS})(?:\s+[A-ZĐÀ-Ỹ0-9][^\s:;,.!?]*){{1,4}}$",
    re.IGNORECASE)
_CAPITALISED_TAIL = re.compile(r"(?:\s+[A-ZĐÀ-Ỹ0-9][^\s]*){1,4}$")
_NAMES_ONLY = re.compile(r"(?:\s+[A-ZĐÀ-Ỹ0-9][^\s:;,.!?]*){1,5}")
# A sentence's verb: no body's name says it issued something ("UBND tỉnh ban hành Quyết định", a link's words cut at its
# "số"); the classes above take a lower-case "đ" or "ị" for a capital, so the tail alone does not tell.
_ISSUING_VERB = re.compile(r"\s(?:vừa\s+|đã\s+)?ban hành(?:\s|$)|\s(?:vừa|đã)\s", re.IGNORECASE)


def is_body_name(line: str) -> bool:
    """Whether a mixed-case header line names one body and nothing else: a place ends it, or
    only capitalised words follow its kind ("Trường THCS Lê Lợi")."""
    if len(line) > 90 or not _CAPITALISED_TAIL.search(line) or _ISSUING_VERB.search(line):
        return False
    name = ORGANS.sub("", line)
    lowered = name.lower()
    if _NAME_THEN_PLACE.match(line) and any(lowered.startswith(board.prefix + " ") for board in boards()):
        return True
    found = kind_of(name)
    opening = found[0].pattern.match(name) if found else None
    return opening is not None and bool(_NAME_THEN_PLACE.match(line) or _NAMES_ONLY.fullmatch(name[opening.end():]))
