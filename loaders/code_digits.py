"""Letters that stand for digits in a symbol's number ("Số: O9-BC/ĐU", "Kế hoạch số l53-KH/HU",
"45/2O24/NQ-HĐND"): a typist's habit or OCR, on pages of every format. The look-alikes are
data/domain/code_look_alikes.csv. A number is repaired only where it is a symbol's beyond doubt: it
stands alone (no letter before it), a known type or issuer code follows its separator, and it keeps
a real digit (a roman "II-" or a word "lo" is no number); a year must then read as one. The loader's warnings name each repair,
so a reading that differs from what the page prints says so."""
from __future__ import annotations

import re
from functools import lru_cache

from domain.tables import doc_type_by_code, fold, issuer_code_by_fold, read_rows


@lru_cache(maxsize=1)
def _digit_of() -> dict[str, str]:
    return {row["printed"]: row["digit"] for row in read_rows("code_look_alikes.csv")}


@lru_cache(maxsize=1)
def _number() -> re.Pattern:
    """A number with at least one look-alike, an optional year, the separator and the code after it."""
    chars = "0-9" + re.escape("".join(_digit_of()))
    alike = f"[{re.escape(''.join(_digit_of()))}]"
    return re.compile(rf"(?<![\w/.-])(?=[{chars}/]*{alike})([{chars}]{{1,5}})(/[{chars}]{{4}})?"
                      rf"(?=[ \t]*[-/–][ \t]*([A-ZĐ][A-Za-zĐđ]*))")


_YEAR = re.compile(r"/(?:19|20)\d\d")


def _known_code(word: str) -> bool:
    key = fold(word).upper()
    return key in doc_type_by_code() or key in issuer_code_by_fold()


def repair(text: str) -> tuple[str, list[str]]:
    """`text` with look-alike letters in symbols' numbers read as digits, and a warning per repair."""
    if not _number().search(text):
        return text, []
    table = str.maketrans(_digit_of())
    repairs: list[str] = []

    def digits(found: re.Match) -> str:
        number, year = found.group(1), found.group(2) or ""
        if not _known_code(found.group(3)) or not re.search(r"\d", number + year):
            return found.group(0)
        fixed = (number + year).translate(table)
        if year and not _YEAR.fullmatch(fixed[len(number):]):
            return found.group(0)
        repairs.append(f"{found.group(0)} -> {fixed}")
        return fixed

    text = _number().sub(digits, text)
    return text, [f"letters read as digits in a symbol's number: {', '.join(repairs)}"] if repairs else []
