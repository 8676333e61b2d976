"""A header line a site printed in mixed case ("UBND huyện Kim Động", "Ban Tuyên giáo Huyện ủy
Kim Động") that is only a body's name: a known kind or board opens it and a place ends it,
the place's words capitalised, so a headline or a sentence ("UBND tỉnh chỉ đạo ...") is not one."""
from __future__ import annotations

import re

from domain.tables import boards
from extraction.issuer import ORGANS, kind_of, spell_out_units

# (and a village's: "Chi bộ thôn An Châu", "Ban Công tác Mặt trận khu phố 3")
_PLACE_WORDS = (r"tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu|tỉnh ủy|thành ủy|huyện ủy|quận ủy|thị ủy|"
                r"thôn|ấp|bản|tổ dân phố|khu phố")
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
    only capitalised words follow its kind ("Trường THCS Lê Lợi"), or it is a central body's whole
    name ("Đảng ủy các cơ quan Đảng Trung ương", "Bộ Tư lệnh Bộ đội Biên phòng")."""
    if len(line) > 90 or _ISSUING_VERB.search(line):
        return False
    line = spell_out_units(line)   # "UBND TX. Kỳ Anh", "UBND TP. Vinh": a unit word written short is one
    name = ORGANS.sub("", line)
    found = kind_of(name)
    opening = found[0].pattern.match(name) if found else None
    if opening is not None and found[0].level == "central" and opening.end() == len(name):
        return True
    if not _CAPITALISED_TAIL.search(line):
        return False
    lowered = name.lower()
    if _NAME_THEN_PLACE.match(line) and any(lowered.startswith(board.prefix + " ") for board in boards()):
        return True
    rest = name[opening.end():] if opening is not None else ""
    # (or another body's name follows the kind: "Liên đội Trường Tiểu học Lương Bằng", "Chi bộ Trường Mầm non Hoa Sen")
    return opening is not None and bool(_NAME_THEN_PLACE.match(line) or _NAMES_ONLY.fullmatch(rest)
                                        or rest.startswith(" ") and len(rest) < len(line) and is_body_name(rest.strip()))
