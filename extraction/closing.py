"""The end of a document: "Nơi nhận" recipients, "Kính gửi" addressees and the signature
block (T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ THƯỜNG TRỰC / name)."""
from __future__ import annotations

import re

from extraction.models import Signer

AUTHORITY = re.compile(r"^[ \t]*((?:T/M|TM\.?|K/T|KT\.?|T/L|TL\.?|TUQ\.?|Q\.)\s*[^\n]*)$", re.MULTILINE)
POSITION = re.compile(r"^[ \t]*((?:PHÓ |CHÁNH |TỔNG )?(?:BÍ THƯ|THỦ TƯỚNG|CHỦ TỊCH|TRƯỞNG BAN|CHÁNH VĂN PHÒNG|"
                      r"BỘ TRƯỞNG|GIÁM ĐỐC|TRƯỞNG|PHÓ BÍ THƯ|PHÓ CHỦ TỊCH|PHÓ THỦ TƯỚNG|PHÓ TRƯỞNG BAN)"
                      r"[A-ZĐÀ-Ỹ ]*)$", re.MULTILINE)
NAME = re.compile(r"^[ \t]*([A-ZĐ][a-zà-ỹđ]+(?:[ \t]+[A-ZĐ][a-zà-ỹđ]+){1,4})[ \t]*$", re.MULTILINE)
_ITEM = re.compile(r"^[ \t]*[-–•*+][ \t]*(.+?)[ \t]*$", re.MULTILINE)
# What recipients() cuts from the end of an item, in order, and the items it skips.
_ITEM_END = re.compile(r"[,;.]+$")
_BRACE = re.compile(r"\s*[}]\s*.*$")                  # "} (để b/cáo)" brace columns
_PURPOSE = re.compile(r"\s*\((?:để |đ/c |t/h|b/c)[^)]*\)\s*$", re.IGNORECASE)
_SHORT_PURPOSE = re.compile(r",?\s*\((?:để\s*)?(?:b/c|t/h|p/h|b/cáo|t/hiện|chỉ đạo)\)?\s*$", re.IGNORECASE)
_NOT_RECIPIENT = re.compile(r"(?:Lưu|Như trên)\b", re.IGNORECASE)


def recipients(text: str, closing: tuple[int, int] | None) -> list[str]:
    if closing is None:
        return []
    block = text[closing[0]:closing[1]]
    names = []
    for match in _ITEM.finditer(block):
        item = _ITEM_END.sub("", match.group(1)).strip()
        item = _BRACE.sub("", item)
        item = _PURPOSE.sub("", item)
        item = _SHORT_PURPOSE.sub("", item)
        if not item or _NOT_RECIPIENT.match(item):
            continue
        names.append(item.rstrip(" ,;"))
    return names


def addressees(text: str, header_end: int) -> list[str]:
    match = re.compile(r"Kính gửi\s*:?\s*", re.IGNORECASE).search(text, 0, min(len(text), header_end + 3000))
    if not match:
        return []
    rest = text[match.end():match.end() + 1500]
    first_line = rest.split("\n", 1)[0].strip()
    if first_line and not first_line.startswith("-"):
        return [first_line.rstrip(" ,;.")]
    items = []
    for line in rest.split("\n")[1:]:
        line = line.strip()
        if not line.startswith(("-", "*", "•")):
            if items:
                break
            continue
        items.append(line.lstrip("-*• ").rstrip(" ,;."))
    return items


def signer(text: str, closing: tuple[int, int] | None) -> Signer | None:
    start = closing[0] if closing else max(0, len(text) - 1500)
    block_start = start
    authority = AUTHORITY.search(text, block_start)
    position = POSITION.search(text, authority.end() if authority else block_start)
    if not authority and not position:
        return _bare_name(text)
    anchor = position.end() if position else authority.end()
    name = NAME.search(text, anchor)
    span_start = authority.start(1) if authority else position.start(1)
    return Signer(
        name=name.group(1) if name else None,
        position=position.group(1).strip() if position else None,
        authority=authority.group(1).strip() if authority else None,
        span=(span_start, name.end(1) if name else anchor),
    )


def _bare_name(text: str) -> Signer | None:
    """A signature with neither authority nor position: the last line is a person's name."""
    tail_start = max(0, len(text) - 300)
    last = None
    for last in NAME.finditer(text, tail_start):
        pass
    if last and len(text) - last.end() < 20:
        return Signer(name=last.group(1), position=None, authority=None, span=last.span(1))
    return None
