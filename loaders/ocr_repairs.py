"""Repairs of what OCR gets wrong in Vietnamese official documents, applied to OCR output; the rows
marked "anywhere" to every page, since their damage is never a spelling ("ƯBND": a page of any format
may be an OCR text a site published).

The rules are data/domain/ocr_repairs.csv (pattern, replacement, an example and its repair, why),
so a user adds one by editing the table; tests/test_ocr.py reads every example back.
"""

from __future__ import annotations

import re
from functools import lru_cache

from domain.tables import read_rows


@lru_cache(maxsize=2)
def rules(anywhere: bool = False) -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(row["pattern"]), row["replacement"]) for row in read_rows("ocr_repairs.csv")
                 if row.get("anywhere") == "yes" or not anywhere)


def repair(text: str) -> str:
    for pattern, replacement in rules():
        text = pattern.sub(replacement, text)
    return text


def repair_any_page(text: str) -> tuple[str, list[str]]:
    """The repairs safe on any page, and a warning that names what was read otherwise than printed."""
    repaired = []
    for pattern, replacement in rules(anywhere=True):
        text, count = pattern.subn(replacement, text)
        if count:
            repaired.append(f"{pattern.pattern.strip(chr(92) + 'b')} -> {replacement} ({count}x)")
    return text, [f"OCR damage repaired: {', '.join(repaired)}"] if repaired else []
