"""Repairs of what OCR gets wrong in Vietnamese official documents, applied to OCR output only.

The rules are data/domain/ocr_repairs.csv (pattern, replacement, an example and its repair, why),
so a user adds one by editing the table; tests/test_ocr.py reads every example back.
"""

from __future__ import annotations

import re
from functools import lru_cache

from domain.tables import read_rows


@lru_cache(maxsize=1)
def rules() -> tuple[tuple[re.Pattern, str], ...]:
    return tuple((re.compile(row["pattern"]), row["replacement"]) for row in read_rows("ocr_repairs.csv"))


def repair(text: str) -> str:
    for pattern, replacement in rules():
        text = pattern.sub(replacement, text)
    return text
