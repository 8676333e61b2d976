"""Pages whose letters lost their marks but kept their letters ("Can cu Nghi dinh so 30/2020/ND-CP ngay
05/3/2020 cua Chinh phu"): a font without Vietnamese glyphs, a copy through ASCII. The text stays as printed;
extraction reads its key words as if marked (data/domain/plain_words.csv) and a code in its table's spelling
("QD-UBND" as QĐ-UBND). Such a reading differs from the page, so the loader says so in a warning."""
from __future__ import annotations

import re
from functools import lru_cache

from domain.tables import fold, read_rows
from loaders.dropped_marks import few_marks

_MIN_PHRASES = 3   # several of the domain's phrases written bare, not one English or Latin word


@lru_cache(maxsize=1)
def _bare_phrases() -> re.Pattern:
    """The plain-word table's phrases of two words or more, without their marks."""
    phrases = sorted({fold(row["word"]) for row in read_rows("plain_words.csv") if " " in row["word"]}, key=len,
                     reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases) + r")\b",
                      re.IGNORECASE | re.ASCII)


def warnings_for(text: str) -> list[str]:
    if not few_marks(text):
        return []
    seen = {found.group(0).lower() for found in _bare_phrases().finditer(text)}
    if len(seen) < _MIN_PHRASES:
        return []
    return ["no diacritics on this page: its key words are read as if marked and its codes in their tables' "
            "spelling ('QD' as QĐ), so a symbol may differ from the page's letters"]
