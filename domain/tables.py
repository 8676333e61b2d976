"""The domain tables under data/domain/: document types, issuer codes, relation phrases,
classes of units. Read once, cached; a user corrects them by editing the CSV files."""
from __future__ import annotations

import csv
import re
import os
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "domain"


def data_dir() -> Path:
    return Path(os.environ.get("CASCADE_DOMAIN", DATA_DIR))


def read_rows(name: str) -> list[dict[str, str]]:
    with open(data_dir() / name, encoding="utf-8", newline="") as handle:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(handle)]


def fold(text: str) -> str:
    """Lowercase ASCII key: 'Đảng ủy' -> 'dang uy'. For lookups that ignore diacritics."""
    text = text.replace("Đ", "D").replace("đ", "d").replace("Ð", "D").replace("ð", "d")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


@dataclass(frozen=True)
class DocType:
    name: str
    codes: tuple[str, ...]
    system: str
    title_words: tuple[str, ...]
    canonical: bool = True   # one of the record's doc_type values; others (Công điện ...) go to its `kind`
    level: str | None = None   # the one level that issues this type (a Thông tư: central), if only one does


@dataclass(frozen=True)
class IssuerCode:
    code: str
    name: str
    level: str | None
    system: str | None
    kind: str | None
    central_body_id: str | None


@dataclass(frozen=True)
class RelationPhrase:
    phrase: str
    relation: str
    subtype: str | None
    strength: str


@dataclass(frozen=True)
class UnitClass:
    pattern: str
    child_level: str
    child_kind: str
    scope: str


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(";") if part.strip())


@lru_cache(maxsize=1)
def doc_types() -> tuple[DocType, ...]:
    return tuple(
        DocType(r["doc_type"], _split(r["codes"]), r["system"], _split(r["title_words"]), r["canonical"] == "yes",
                r["level"] or None)
        for r in read_rows("doc_types.csv")
    )


@lru_cache(maxsize=2)
def doc_type_by_code(form: str = "party") -> dict[str, DocType]:
    """Type code -> type for Party (57-NQ/TW) or state (01/2011/TT-BNV) symbols, where one code
    can name two types (TT: Thông tri, Thông tư); also keyed by the folded code ('QD' -> 'QĐ')."""
    table: dict[str, DocType] = {}
    for doc_type in doc_types():
        for code in doc_type.codes:
            if code not in table or doc_type.system in (form, "both"):
                table[code] = doc_type
    for code, doc_type in list(table.items()):
        table.setdefault(fold(code).upper(), doc_type)
    # Party documents write Quy định as QĐ too; the title word decides (DOMAIN §1.4).
    return table


@lru_cache(maxsize=1)
def doc_type_by_name() -> dict[str, DocType]:
    return {fold(t.name): t for t in doc_types()}


@lru_cache(maxsize=1)
def issuer_codes() -> dict[str, IssuerCode]:
    return {
        r["code"]: IssuerCode(r["code"], r["name"], r["level"] or None, r["system"] or None,
                              r["kind"] or None, r["central_body_id"] or None)
        for r in read_rows("issuer_codes.csv")
    }


@lru_cache(maxsize=1)
def damaged_type_codes() -> dict[str, str]:
    """Type codes as a broken font prints them, without their Đ ("Q" for QĐ): the symbol keeps
    what is printed, the type code is the intact one, so that resolution links the two."""
    return {row["printed"]: row["code"] for row in read_rows("damaged_codes.csv")}


@lru_cache(maxsize=1)
def issuer_code_by_fold() -> dict[str, IssuerCode]:
    return {fold(code).upper(): entry for code, entry in issuer_codes().items()}


_TERM_DIGITS = re.compile(r"\d+$")


@lru_cache(maxsize=4096)   # the same few codes come back in every citation
def issuer_code_entry(code: str | None) -> IssuerCode | None:
    """The table's row for an issuer code as a symbol prints it: without its term (ĐĐQH15), with
    D for Đ ("PGDDT") or an "&" between its words ("SGD&ĐT", "PGD&ĐT": the rows spell SGDĐT)."""
    if not code:
        return None
    base = _TERM_DIGITS.sub("", code)
    entry = issuer_codes().get(base)
    if entry is None:
        entry = issuer_code_by_fold().get(fold(base.replace("&", "")).upper())
    return entry


@lru_cache(maxsize=1)
def relation_phrases() -> tuple[RelationPhrase, ...]:
    rows = [RelationPhrase(r["phrase"], r["relation"], r["subtype"] or None, r["strength"])
            for r in read_rows("relation_phrases.csv")]
    # Longest first, so "triển khai thực hiện" wins over "thực hiện".
    return tuple(sorted(rows, key=lambda p: -len(p.phrase)))


@lru_cache(maxsize=1)
def unit_classes() -> tuple[UnitClass, ...]:
    return tuple(UnitClass(r["pattern"], r["child_level"], r["child_kind"], r["scope"])
                 for r in read_rows("unit_classes.csv"))


@dataclass(frozen=True)
class BodyKind:
    pattern: re.Pattern
    kind: str
    level: str | None
    system: str
    unit_words: tuple[str, ...]


@lru_cache(maxsize=1)
def body_kinds() -> tuple[BodyKind, ...]:
    """Kinds of issuing body recognised in names ("Huyện ủy", "Đảng ủy xã", "UBND tỉnh"),
    most specific first as the table lists them."""
    return tuple(
        BodyKind(re.compile(r"(?<!\w)(?:" + r["pattern"] + r")(?!\w)", re.IGNORECASE), r["kind"],
                 r["level"] or None, r["system"], _split(r["unit_words"]))
        for r in read_rows("body_kinds.csv")
    )


@lru_cache(maxsize=1)
def place_abbreviations() -> tuple[tuple[re.Pattern, str], ...]:
    """Places written short in bodies' names ("Công an TP.HCM"), with the name the registry knows."""
    return tuple((re.compile(r"(?<!\w)(?:" + r["pattern"] + r")(?!\w)"), r["place"])
                 for r in read_rows("place_abbreviations.csv"))


@lru_cache(maxsize=1)
def unit_abbreviations() -> tuple[tuple[str, re.Pattern, str], ...]:
    """A unit word written short before a place's name ("UBND TX. Kỳ Anh", "UBND P. Sơn Nam"), as (abbreviation, its
    pattern, the unit word) (data/domain/unit_abbreviations.csv)."""
    return tuple((r["abbreviation"], re.compile(r"(?<!\w)(?:" + r["pattern"] + r")(?=[A-ZĐÀ-Ỹ0-9])"), r["unit"])
                 for r in read_rows("unit_abbreviations.csv"))


@lru_cache(maxsize=1)
def stacked_names() -> dict[str, tuple[str, ...]]:
    """By system, the words that open a body's name in a header's left column
    (data/domain/stacked_names.csv): a flattened column names the superiors before the issuer."""
    names: dict[str, list[str]] = {}
    for row in read_rows("stacked_names.csv"):
        names.setdefault(row["system"], []).append(row["name"])
    return {system: tuple(words) for system, words in names.items()}


@dataclass(frozen=True)
class Board:
    prefix: str
    code: str
    name: str
    system: str = ""   # a Party organ in any body ("Ban cán sự đảng UBND tỉnh"); else its committee's system


@lru_cache(maxsize=1)
def boards() -> tuple[Board, ...]:
    """Boards and offices of a committee ("Ban Tuyên giáo Tỉnh ủy"), longest prefix first."""
    rows = [Board(r["prefix"], r["code"], r["name"], r["system"]) for r in read_rows("boards.csv")]
    return tuple(sorted(rows, key=lambda b: -len(b.prefix)))


@dataclass(frozen=True)
class HeadTitle:
    title: re.Pattern   # the head's title as a page prints it before the body's name ("Bộ trưởng", "Chủ tịch")
    body: str           # the words that name the body in its place ("Bộ": "Bộ trưởng Y tế" heads the Bộ Y tế)


@lru_cache(maxsize=1)
def head_titles() -> tuple[HeadTitle, ...]:
    """The titles of a body's head (data/domain/head_titles.csv), longest first: "Tổng Kiểm toán Nhà nước" heads the
    Kiểm toán Nhà nước, "Chủ tịch" the UBND its name goes on with; a deputy ("Phó Chủ tịch") acts for the same body."""
    rows = sorted(read_rows("head_titles.csv"), key=lambda r: -len(r["title"]))
    return tuple(HeadTitle(re.compile(rf"(?:Phó\s+)?(?:{r['title']})\s+", re.IGNORECASE), r["body"]) for r in rows)


def board_slug(code: str) -> str:
    """ASCII id part for a board code: BTGDV -> btgdv, BCĐ -> bcd."""
    return fold(code).replace(" ", "")


@dataclass(frozen=True)
class OpeningWord:
    word: str
    role: str    # cue (a preamble sentence citing a basis), weak_cue (one only before a document's
                 # name: "Theo Kế hoạch số ...", not "Theo kế hoạch đề ra"), opening, address, closing,
                 # basis_heading, announce, issued_on (a news lead's "Chỉ thị ... được ban hành trên
                 # cơ sở thực hiện Chỉ thị số ...": the sentence gives the document's basis), body_transition
                 # (a lead's "Theo đó, ...": what the document says follows), speech (a verb that
                 # quotes a person's words: "... cho biết: \"Thực hiện ...\"", retells_opening (a news paragraph after
                 # the lead that retells the preamble: "Theo đó, thực hiện Chỉ thị số ...")


@lru_cache(maxsize=1)
def opening_words() -> tuple[OpeningWord, ...]:
    """Words that open a sentence of a document's opening (data/domain/opening_words.csv)."""
    return tuple(OpeningWord(row["word"], row["role"]) for row in read_rows("opening_words.csv"))


def opening_pattern(*roles: str) -> str:
    """An alternation of the opening words of these roles, longest first (for a regex)."""
    words = sorted((w.word for w in opening_words() if w.role in roles), key=len, reverse=True)
    return "(?:" + "|".join(re.escape(w) for w in words) + ")"



@dataclass(frozen=True)
class DeadlinePhrase:
    pattern: re.Pattern
    lead: tuple[str, ...]      # the words a match begins with (scan.find_words tries only there)
    resolve: str               # date_follows | day_month | month_end | quarter_end | year_end | after_issue


@lru_cache(maxsize=1)
def deadline_phrases() -> tuple[DeadlinePhrase, ...]:
    """Deadlines as documents word them (data/domain/deadline_phrases.csv), in table order; rows
    that only add an example to a pattern already listed are read once."""
    seen, phrases = set(), []
    for row in read_rows("deadline_phrases.csv"):
        if (row["pattern"], row["resolve"]) not in seen:
            seen.add((row["pattern"], row["resolve"]))
            phrases.append(DeadlinePhrase(re.compile(row["pattern"], re.IGNORECASE), _split(row["lead"]),
                                          row["resolve"]))
    return tuple(phrases)
