"""Document symbols: find them in text and write them canonically.

Party form `57-NQ/TW` (hyphen before the type, slash before the issuer); state form
`594/KH-UBND`, `15/2020/NĐ-CP`; Công văn `83/BKHCN-BTTTT-VP`. Tolerates spaces and line
breaks around the separators ("47 - KH/TU", "68-\\nNQ/TW"), Telex residue ("BCDDTWW") and
Đ look-alikes (the matching text has already folded those)."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from domain.tables import damaged_type_codes, doc_type_by_code, doc_types, issuer_code_by_fold, issuer_code_entry, issuer_codes, fold
from extraction.scan import matches_at

_LETTERS = "A-Za-zĐđƯư"
# Where a number may start: after no word character (nor "/", ".", "-"), or glued to "số"
# ("Quyết định của Bộ Chính trị số31-QĐ/TW": a PDF that lost its space).
# Or glued to the type's name a header printed before it ("THÔNG TƯ15/2017/TT-BCT": a page that lost the line break).
_GLUED_TYPE_NAMES = sorted({spelled for t in doc_types() for spelled in (t.name, t.name.upper())}, key=len, reverse=True)
_START = (r"(?:(?<![\w/.-])|(?<=[Ss]ố)|(?<=SỐ)|"
          + "|".join(f"(?<={re.escape(name)})" for name in _GLUED_TYPE_NAMES) + ")")
# Where a code ends: before no word character, or before a word a page glued to it ("-TB/TWngày",
# "-BNVngày19tháng01": a PDF that lost every space),
# or before the next label of a site's metadata table ("Số hiệu:249/KHLT-UBND-UBMTTQNgày đăng công báo"),
# or before the national motto a flattened header ran into it ("12/KH-UBNDCỘNG HÒA", and where a broken font dropped
# its accented letters "1046 /Q - HCCNG HO X HI": the code is HC).
_MOTTO = r"(?:CỘNG|CNG)[ \t]+H(?:ÒA|OÀ|O)\b"
# ... or before the subject line of a letter run into it ("123/UBND-VXV/v triển khai ...": "V/v", về việc).
_GLUED_SUBJECT = r"V/[vV]\b"
_CODE_LETTER = rf"(?:(?!{_GLUED_SUBJECT})[{_LETTERS}0-9])"   # a code's next letter, not the subject line's "V"
_END = rf"(?:(?![\w])(?!(?<=CNG)[ \t]+HO\b)|(?=(?:ngày|năm|của|về|Ngày|Người)(?![^\W\d_]))|(?={_MOTTO})|(?={_GLUED_SUBJECT}))"
# Party: number - TYPE / ISSUER [-UNIT] ("183-KH/TWĐTN-TNNT": a unit after the issuer code)
# ("103-CV/BCĐ 35, ngày ...": the code of Ban Chỉ đạo 35 printed with a space before its number, as a
# term may be: "ĐĐQH 15".)
PARTY = re.compile(
    rf"{_START}(\d{{1,5}})[ \t]*-[ \t]*\n?[ \t]*([{_LETTERS}]{{1,6}})[ \t]*/[ \t]*"
    rf"(T\.[ƯW]|[{_LETTERS}]{_CODE_LETTER}{{0,15}})(-[A-ZĐ]{_CODE_LETTER}{{1,10}})?"
    rf"(?:(?<=BCĐ|ĐQH)[ \t](\d{{2,3}})(?=[ \t]*[,\n]|[ \t]+ngày\b))?{_END}"
)
# The same without its dash, as printed ("1836QĐ/TWĐTN", "01 NQ/THCSTrA", with a unit: "05 KH/ĐTNK-PTTN"): kept
# only with a known type code.
PARTY_NO_DASH = re.compile(
    rf"(?<![\w/.-])(\d{{1,5}})([ \t]?)([A-ZĐ][A-Za-zĐđ]{{0,5}})[ \t]*/[ \t]*([{_LETTERS}][{_LETTERS}0-9]{{0,15}})"
    rf"(-[A-ZĐ][{_LETTERS}0-9]{{1,10}})?(?![\w])"
)
# The same with a dash for its slash, as printed ("107-KH-ĐUK"): kept only with known codes (or after "số").
PARTY_DASHED = re.compile(rf"(?<![\w/.-])(\d{{1,5}})[ \t]?-[ \t]?([A-ZĐ][A-Za-zĐđ]{{0,5}})[ \t]?-[ \t]?([A-ZĐ][A-ZĐ0-9]{{1,10}})(?![\w/-])")
# The same with a space for its slash, as printed ("57-NQ TW"): kept only with a known type and a known issuer code.
PARTY_SPACED = re.compile(rf"(?<![\w/.-])(\d{{1,5}})[ \t]?-[ \t]?([A-ZĐ][A-Za-zĐđ]{{0,5}})[ \t]([A-ZĐ][A-ZĐ0-9]{{1,10}})(?![\w/-])")
# The same with a slash for its dash, as printed ("646/QĐ/QUTW"): kept only with known codes (or after "số").
PARTY_SLASHED = re.compile(rf"(?<![\w/.-])(\d{{1,5}})[ \t]?/[ \t]?([A-ZĐ][A-Za-zĐđ]{{0,5}})[ \t]?/[ \t]?([A-ZĐ][A-ZĐ0-9]{{1,10}})(?![\w/-])")
# The last code's tail printed apart, right before the date or the issuer that follow a cited symbol:
# the rest of the issuer code ("514/CV-PGD ĐT ngày", "28/2016/TT-BGD ĐT ngày") or the province's short
# name ("150/KH-CTĐ QB ngày": the Red Cross of Quảng Bình). Two or three capitals only: a place printed
# in full ("HÀ NỘI", "VINH") is the dateline's, not the code's.
_SPACED_TAIL = r"(?:[ \t][A-ZĐ]{2,3}(?=[ \t]+(?:ngày|của)\b))"
_TAIL_GAP = re.compile(r"[ \t]+(?=[A-ZĐ]{2,3}$)")   # written joined, as the scorer and the graph compare symbols
# State: number[letter] / [year /] TYPE-ISSUER[-UNIT...] (a dot may join two codes: 06/QC-TT.HĐND-UBND,
# 4103/KHLT-UBND-BTT.UBMTTQ, the later one in capitals);
# a slash may stand for the dash ("380/TB/TW"), as joint documents write TYPE/ISSUER-ISSUER after a joint
# type: "liên tịch" (19/2008/NQLT/CP-UBTUMTTQVN),
# "phối hợp" (01/QCPH/UBND-UBMTTQ), "liên ngành".
STATE = re.compile(
    rf"{_START}(\d{{1,5}}[A-Za-z]?)[ \t]*/[ \t]*(?:(\d{{4}})[ \t]*/[ \t]*)?([{_LETTERS}](?:(?!{_GLUED_SUBJECT})[{_LETTERS}&]){{0,6}})"
    rf"[ \t]*(?:-|\.|/)[ \t]*([{_LETTERS}](?:{_CODE_LETTER}|&){{0,15}}(?:\.[{_LETTERS}][{_LETTERS}0-9&]{{1,15}})?"
    rf"(?:[ \t]*-[ \t]*[{_LETTERS}](?:{_CODE_LETTER}|&){{0,15}}(?:[ \t][A-ZĐ]{{2,10}}(?=[ \t]*-[ \t]*[A-ZĐ])|\.[A-ZĐ][A-ZĐ0-9&]{{1,15}})?){{0,3}}"
    rf"{_SPACED_TAIL}?)"
    rf"{_END}"
)
# (A later code may hold a space where a broken font dropped its Đ: "34/2007/TTLT/BTC-BL TBXH-UBTDTT".)
# A state symbol with no dash ("2468/QĐUBND", "61/2018/NĐCP") or one code only ("182/PGDĐT").
STATE_ONE_WORD = re.compile(
    rf"{_START}(\d{{1,5}}[A-Za-z]?)[ \t]*/[ \t]*(?:(\d{{4}})[ \t]*/[ \t]*)?([A-ZĐ][A-Za-zĐđ&]{{1,20}})(?:(?![\w/&-])|(?={_GLUED_SUBJECT}))"
    r"(?![ \t]+[/-][ \t]*[A-ZĐ])"   # not the type of a spaced symbol ("Số: 05 / KHLT / UBND - UBMTTQ")
)
_SO_BEFORE = re.compile(r"(?:s[ \t]?[ốô]|(?<!\w)s)\s*:?\s*$", re.IGNORECASE)   # "s": a font that lost its "ố" ("Quyt nh s 174/CT")

# Laws and National Assembly resolutions: number / year / QH<term> (93/2025/QH15).
# Its code ends as other codes do: also before a word a page glued to it ("93/2025/QH15ngày 25/6/2025").
LAW = re.compile(_START + r"(\d{1,4})[ \t]*/[ \t]*(\d{4})[ \t]*/[ \t]*((?:UBTV)?QH\d{1,2})" + _END)
# A file name's symbol: number, year and codes joined by dashes or underscores instead of slashes ("18-2019-TT-BGDĐT",
# "219_2009_TT-BTC", "10_2016_BGD"), kept as printed; known codes only (an underscore marks a file name: one code will do).
FILE_NAME = re.compile(rf"(?<!\d)(\d{{1,5}})([-_])((?:19|20)\d{{2}})\2([{_LETTERS}]{{1,6}})(?:[-_]([{_LETTERS}][{_LETTERS}0-9]{{1,12}}))?(?![\w/])")

# The same with spaces for every separator, where a page or a file name stripped the slashes ("SỐ 11 2003 QH11",
# "nghi dinh 95 2012 nd cp"): a number, a year, then a law's code or a type and an issuer code the tables know.
SPACED = re.compile(rf"(\d{{1,5}})[ \t]((?:19|20)\d{{2}})[ \t](?:((?i:(?:UBTV)?QH)\d{{1,2}})|([{_LETTERS}]{{1,6}})[ \t]"
                    rf"([{_LETTERS}][{_LETTERS}0-9]{{1,12}}))(?![\w/])")


@dataclass(frozen=True)
class Symbol:
    symbol: str
    number: str
    type_code: str | None
    issuer_code: str
    year: str | None
    form: str          # party | state
    span: tuple[int, int]
    raw: str


def is_letter_number(symbol: Symbol) -> bool:
    """A state number with no type code is a letter's (Công văn: 123/UBND-VP); one with a year is a legal act's
    (a law or a National Assembly resolution: 27/2008/QH12), never a letter's."""
    return symbol.form == "state" and symbol.type_code is None and symbol.year is None


def fix_telex(code: str) -> str:
    """Undo raw Telex typing: DD -> Đ, WW -> W (BCDDTWW -> BCĐTW); TƯ (and the older T.Ư) -> TW."""
    code = code.replace("DD", "Đ").replace("dd", "đ").replace("WW", "W")
    return code.replace("T.Ư", "TW").replace("T.W", "TW").replace("TƯ", "TW").replace("Tư", "TW")


def canonical_type(code: str) -> str | None:
    table = doc_type_by_code()
    code = fix_telex(code)
    for candidate in (code, code.upper(), fold(code).upper()):
        if candidate in table:
            # Return the code as the table spells it (QĐ, CTr, TTr).
            doc_type = table[candidate]
            for spelled in doc_type.codes:
                if candidate in (spelled, spelled.upper(), fold(spelled).upper()):
                    return spelled
            return candidate
    return None


_CODE_TERM = re.compile(r"(.*?)(\d*)")   # an issuer code and its term number (ĐĐQH15)


def canonical_issuer(code: str) -> str:
    """ĐĐQH15 stays ĐĐQH15; 'DDU' -> 'ĐU'; 'Tu' -> 'TU'; unknown codes are upper-cased."""
    code = fix_telex(code)
    match = _CODE_TERM.fullmatch(code)
    base, digits = match.group(1), match.group(2)
    if base in issuer_codes():
        return base + digits
    entry = issuer_code_by_fold().get(fold(base).upper())
    if entry:
        return entry.code + digits
    return code.upper().replace("Ư", "W") if base.isupper() else code


_CUT_TAIL = re.compile(r"[ \t]*[-–]|\.(?=\w)")   # "36/KH -UBND", "749/QĐ.TTg": a longer symbol, not one of one code


@lru_cache(maxsize=1)
def _type_word_before() -> re.Pattern:
    """A document type's name right before a number ("Căn cứ Kế hoạch 25/HĐTĐKT ngày ..."): it names what follows
    as a document's number, as "số" does."""
    names = sorted({t.name for t in doc_types()}, key=len, reverse=True)
    return re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, names))})[ \t]+$", re.IGNORECASE)


def _named_before(text: str, start: int) -> bool:
    """Whether "số" or a type's name stands right before the number at `start`."""
    window = max(0, start - 24)
    return bool(_SO_BEFORE.search(text, max(0, start - 8), start) or _type_word_before().search(text, window, start))


def _one_code_symbol(word: str, after_so: bool, cut: bool) -> bool:
    """Whether number/WORD is a symbol of one code: an issuer code the tables know ("182/PGDĐT", the
    Prime Minister's "122/TTg" of the 1990s), a word in capitals after "số" or a type's name ("số 174/CT", "số 45/SXD",
    "Kế hoạch 25/HĐTĐKT")."""
    known = _known_issuer(word)
    if word.isupper() and len(word) >= 3 and (known or after_so):
        return True
    return not cut and (known and len(word) >= 3 or after_so and len(word) >= 2 and (known or word.isupper()))


def _number_starts(text: str) -> tuple[list[int], list[int], list[int]]:
    """Where a number followed by "-" (PARTY) starts, where one followed by "/" (STATE,
    LAW) starts, and one followed by "_" (FILE_NAME), maybe with spaces before the separator, or a letter after the number ("36A/"):
    every symbol opens so. A pattern may start only at the first digit of a number (its
    look-behind refuses a digit before), and never at a number of more than five digits, so
    the walk back stops there. The separators are found with str.find, which finds one
    character at memory speed (a regex opening with \\d would test every character of the
    text for being a digit)."""
    dash, slash, underscore = [], [], []
    for separator, starts in (("-", dash), ("/", slash), ("_", underscore)):
        at = text.find(separator)
        while at >= 0:
            end = at
            while end and text[end - 1] in " \t":
                end -= 1
            if separator == "/" and end > 1 and text[end - 1].isascii() and text[end - 1].isalpha() \
                    and text[end - 2].isdecimal():
                end -= 1
            if end and text[end - 1].isdecimal():     # what \d matches
                start, first = end - 1, max(0, end - 5)
                while start > first and text[start - 1].isdecimal():
                    start -= 1
                starts.append(start)
            at = text.find(separator, at + 1)
    return dash, slash, underscore


def _with_padding_zero(text: str, symbol: Symbol) -> Symbol:
    """The symbol with the padding zero a page printed apart before its number ("Quyết định số 0 1/QĐ-VKSTC-V9" is
    01/QĐ-VKSTC-V9, not "số 0" and a 1/QĐ-...), when its type code is known: then it is plainly one symbol."""
    start = symbol.span[0]
    if symbol.type_code is None or not symbol.symbol.startswith(symbol.number) or not _lone_zero_before(text, start):
        return symbol
    return Symbol("0" + symbol.symbol, "0" + symbol.number, symbol.type_code, symbol.issuer_code, symbol.year,
                  symbol.form, (start - 2, symbol.span[1]), text[start - 2:symbol.span[1]])


def _lone_zero_before(text: str, start: int) -> bool:
    """Whether a "0" that is a word of its own and a space stand right before `start`."""
    return start >= 2 and text[start - 1] in " \t" and text[start - 2] == "0" \
        and (start == 2 or not (text[start - 3].isalnum() or text[start - 3] in "/.-"))


def _no_dash_starts(text: str) -> list[int]:
    """Where "1836QĐ/..." or "84 QĐ/..." may start: a number, maybe a space, then up to six
    letters right before a "/"."""
    starts = []
    at = text.find("/")
    while at >= 0:
        end = at
        while end and text[end - 1] in " \t":
            end -= 1
        letters = end
        while letters > max(0, end - 6) and text[letters - 1].isalpha():
            letters -= 1
        if letters < end:
            digits = letters - 1 if letters and text[letters - 1] in " \t" else letters
            if digits and text[digits - 1].isdecimal():
                start = digits - 1
                while start > max(0, digits - 5) and text[start - 1].isdecimal():
                    start -= 1
                starts.append(start)
        at = text.find("/", at + 1)
    return sorted(set(starts))


def _known_issuer(code: str) -> bool:
    """Whether an issuer code, as written, is one the tables know (TƯ, Telex and terms aside)."""
    return issuer_code_entry(canonical_issuer(code)) is not None


def _split_codes(word: str) -> tuple[str, str] | None:
    """'QĐUBND' -> ('QĐ', 'UBND'): a known state type code glued to a known issuer code."""
    for cut in range(1, min(len(word), 5)):
        type_code = canonical_type(word[:cut])
        if type_code and _known_issuer(word[cut:]):
            return type_code, word[cut:]
    return None


def find_symbols(text: str) -> list[Symbol]:
    """All symbols in `text` (the matching text), in order, without overlaps."""
    found: list[Symbol] = []
    dash, slash, underscore = _number_starts(text)
    for match in matches_at(PARTY, text, dash):
        type_code = canonical_type(match.group(2))
        issuer = canonical_issuer(match.group(3) + (match.group(5) or ""))
        if type_code is None and issuer_code_entry(issuer) is None:
            continue  # "Covid-19/..." and the like: neither part is a known code
        number = match.group(1)
        unit = (match.group(4) or "").replace(" ", "")
        found.append(Symbol(f"{number}-{type_code or match.group(2).upper()}/{issuer}{unit}", number,
                            type_code, issuer, None, "party", match.span(), match.group(0)))
    for match in matches_at(PARTY_DASHED, text, dash):
        number, written, issuer = match.groups()
        type_code = canonical_type(written)
        named = _SO_BEFORE.search(text, max(0, match.start() - 8), match.start())   # "Kế hoạch số 01- KHLN- PGDĐT"
        if type_code and (_known_issuer(issuer) or named):
            found.append(Symbol(f"{number}-{written}-{canonical_issuer(issuer)}", number, type_code,
                                canonical_issuer(issuer), None, "party", match.span(), match.group(0)))
    for match in matches_at(PARTY_SPACED, text, dash):
        number, written, issuer = match.groups()
        type_code = canonical_type(written)
        if type_code and _known_issuer(issuer):   # kept as printed, as the annotation does
            found.append(Symbol(f"{number}-{written} {canonical_issuer(issuer)}", number, type_code,
                                canonical_issuer(issuer), None, "party", match.span(), match.group(0)))
    for match in matches_at(PARTY_SLASHED, text, slash):
        number, written, issuer = match.groups()
        type_code = canonical_type(written)
        named = _SO_BEFORE.search(text, max(0, match.start() - 8), match.start())
        if type_code and not written.endswith(("LT", "PH", "LN")) and (_known_issuer(issuer) or named):
            found.append(Symbol(f"{number}/{written}/{canonical_issuer(issuer)}", number, type_code,
                                canonical_issuer(issuer), None, "party", match.span(), match.group(0)))
    for match in matches_at(PARTY_NO_DASH, text, _no_dash_starts(text)):
        number, space, written, issuer, unit = match.groups()
        type_code = canonical_type(written)
        named = _SO_BEFORE.search(text, max(0, match.start() - 8), match.start())
        if type_code is None or (not _known_issuer(issuer) and not named):
            continue
        # As printed (without its spaces): the annotation of real documents keeps the missing dash.
        found.append(Symbol(f"{number}{written}/{canonical_issuer(issuer)}{unit or ''}", number, type_code, canonical_issuer(issuer),
                            None, "party", match.span(), match.group(0)))
    for match in matches_at(STATE, text, slash):
        number, year, first, rest = match.groups()
        parts = [p.strip() for p in _TAIL_GAP.sub("", rest).split("-")]
        type_code = canonical_type(first) or damaged_type_codes().get(first)
        printed = first if type_code and first in damaged_type_codes() else type_code   # "234/2006/Q -TTg" as printed
        between = text[match.end(3):match.start(4)]
        joint = "/" if "/" in between else "." if "." in between else "-"
        if joint == "." and type_code is None:
            continue   # "749/QĐ.TTg" keeps its dot as printed; a dot after no type code is no symbol
        if joint == "/" and type_code is None and not _SO_BEFORE.search(text, max(0, match.start() - 8), match.start()):
            continue   # all slashes ("380/TB/TW", "Số: 80/KHĐH/PL-ĐTN"): a known type code, or the number after "Số"
        if type_code is None:
            # Công văn: number/ISSUER-UNIT; the first part is the issuer.
            issuer = canonical_issuer(first)
            if issuer_code_entry(issuer) is None and not first.isupper():
                continue
            dated = f"{year}/" if year else ""
            symbol = f"{number}/{dated}{issuer}{joint}{'-'.join(parts)}"
            found.append(Symbol(symbol, number, None, issuer, year, "state", match.span(), match.group(0)))
            continue
        issuer = canonical_issuer(parts[0])
        tail = "-".join([issuer] + parts[1:])
        symbol = f"{number}/{year}/{printed}{joint}{tail}" if year else f"{number}/{printed}{joint}{tail}"
        found.append(Symbol(symbol, number, type_code, issuer, year, "state", match.span(), match.group(0)))
    for match in matches_at(STATE_ONE_WORD, text, slash):
        number, year, word = match.groups()
        dated = f"{year}/" if year else ""
        split = _split_codes(word)
        if split:
            type_code, issuer = split
            found.append(Symbol(f"{number}/{dated}{word}", number, type_code, canonical_issuer(issuer), year, "state",
                                match.span(), match.group(0)))
        elif _one_code_symbol(word, _named_before(text, match.start()), _CUT_TAIL.match(text, match.end()) is not None):
            found.append(Symbol(f"{number}/{dated}{word}", number, None, canonical_issuer(word), year, "state",
                                match.span(), match.group(0)))
    for match in matches_at(LAW, text, slash):
        number, year, issuer = match.groups()
        found.append(Symbol(f"{number}/{year}/{issuer}", number, None, issuer, year, "state", match.span(),
                            match.group(0)))
    found += _file_names(text, sorted(dash + underscore))
    found += _spaced(text)
    found = [_with_padding_zero(text, symbol) for symbol in found]
    found.sort(key=lambda s: s.span)
    kept: list[Symbol] = []
    for symbol in found:
        if kept and symbol.span[0] < kept[-1].span[1]:
            continue
        kept.append(symbol)
    return kept


_YEAR = re.compile(r"(?:19|20)\d{2}")


def _file_names(text: str, starts: list[int]) -> list[Symbol]:
    """FILE_NAME symbols: a type and an issuer code the tables know ("18-2019-TT-BGDĐT"), or, joined by
    underscores, one code in capitals ("10_2016_BGD"). A dash before the number belongs to a range or a word."""
    found = []
    for match in matches_at(FILE_NAME, text, starts):
        number, joint, year, first, second = match.groups()
        before = text[match.start() - 1:match.start()]
        if before and (before.isalnum() or before in "/." or before == "-" and joint == "-") \
                or joint == "-" and _YEAR.fullmatch(number):   # "giai đoạn 2016-2020-...": a range of years
            continue
        type_code = canonical_type(first)
        if type_code and second and _known_issuer(second):
            issuer = canonical_issuer(second)
        elif joint == "_" and second is None and first.isupper() and len(first) >= 2:
            type_code, issuer = None, canonical_issuer(first)
        else:
            continue
        found.append(Symbol(match.group(0), number, type_code, issuer, year, "state", match.span(), match.group(0)))
    return found


def _spaced_starts(text: str) -> list[int]:
    """Where a number followed by a space and a year may start (SPACED), found from the years' " 19" and " 20"."""
    starts = []
    for century in (" 19", " 20"):
        at = text.find(century)
        while at >= 0:
            start = at
            while start > max(0, at - 5) and text[start - 1].isdecimal():
                start -= 1
            if start < at:
                starts.append(start)
            at = text.find(century, at + 1)
    return sorted(starts)


def _spaced(text: str) -> list[Symbol]:
    """SPACED symbols, kept as printed: plainly one symbol only with a law's code or two known codes ("số 5 năm 2020"
    has neither), and never after a word, a slash or a dash, nor from a year ("2016 2020 ...")."""
    found = []
    for match in matches_at(SPACED, text, _spaced_starts(text)):
        number, year, law, first, second = match.groups()
        before = text[match.start() - 1:match.start()]
        if before and (before.isalnum() or before in "/.-") or _YEAR.fullmatch(number):
            continue
        if law:
            found.append(Symbol(match.group(0), number, None, law.upper(), year, "state", match.span(), match.group(0)))
        elif (type_code := canonical_type(first)) and _known_issuer(second):
            found.append(Symbol(match.group(0), number, type_code, canonical_issuer(second), year, "state", match.span(),
                                match.group(0)))
    return found


def symbol_at(text: str, pos: int, since: int | None = None) -> Symbol | None:
    """The symbol that starts at `pos` of `text`, if one does; read from `since` (words before
    it, such as "Số", decide some forms), with its span in `text`."""
    since = pos if since is None else since
    for found in find_symbols(text[since:pos + 60]):
        if found.span[0] == pos - since:
            return Symbol(**{**found.__dict__, "span": (since + found.span[0], since + found.span[1])})
    return None


def canonical_symbol(raw: str) -> str | None:
    """Canonical form of one symbol typed by a user or found in a file ('57 NQ TW' too)."""
    from loaders.normalize import match_text  # local: loaders imports nothing from here
    text = match_text(raw.strip())
    symbols = find_symbols(text)
    if symbols:
        return symbols[0].symbol
    loose = re.fullmatch(rf"(\d{{1,5}})[\s\-_/]+([{_LETTERS}]{{1,6}})[\s\-_/]+([{_LETTERS}][{_LETTERS}0-9]*)", text)
    if loose:
        symbols = find_symbols(f"{loose.group(1)}-{loose.group(2)}/{loose.group(3)}")
        return symbols[0].symbol if symbols else None
    return None
