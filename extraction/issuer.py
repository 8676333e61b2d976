"""Stage 2, resolve bodies: who issued a document, and who issued the documents it cites.

A name such as "Ban Thường vụ Huyện ủy" does not say which district; the text around it does
("huyện Kim Động", "Tỉnh ủy Hưng Yên"), and the registry says which units existed on the
document's date. Every answer carries its evidence and a confidence; when the text does not
decide, the candidates are listed and no body is chosen."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from functools import lru_cache

from domain.registry import Body, Registry, fold
from domain.tables import (BodyKind, board_slug, boards, body_kinds, doc_types, issuer_code_entry, place_abbreviations,
                           unit_abbreviations)
from domain.tables import fold as ascii_fold
from extraction.models import Issuer
from extraction.scan import find_words, search_words
from loaders.normalize import match_text

ORGANS = re.compile(r"^(?:ban thường vụ|(?:ban )?thường trực|ban chấp hành|btv|bch|tập thể)\s+", re.IGNORECASE)
UNIT_WORDS = r"tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn|đặc khu"
_MENTION_WORDS = (*UNIT_WORDS.split("|"), "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy")
_MENTION_LEADS = ("tỉnh", "thành", "huyện", "quận", "thị", "xã", "phường", "đặc khu")   # each word begins with one
MENTION = re.compile(
    rf"(?<!\w)({'|'.join(_MENTION_WORDS)})\s+((?:[A-ZĐ0-9][^\s,.;:()“”\"']*)(?:\s+[A-ZĐ][^\s,.;:()“”\"']*){{0,3}})",
    re.IGNORECASE,
)
# The text speaks of "xã"/"phường" as its own level; every match begins with one of the
# phrases (for scan.search_words).
COMMUNE_WORD = re.compile(r"(?<!\w)(?:địa bàn xã|đảng ủy xã|ubnd xã|ủy ban nhân dân xã|cấp xã|xã\)|phường\))",
                          re.IGNORECASE)
_COMMUNE_PHRASES = ("địa bàn xã", "đảng ủy xã", "ubnd xã", "ủy ban nhân dân xã", "cấp xã", "xã)", "phường)")
_LEVEL_OF_WORD = {"tỉnh": "province", "thành phố": "province", "tỉnh ủy": "province", "thành ủy": "province",
                  "huyện": "district", "quận": "district", "thị xã": "district", "huyện ủy": "district",
                  "quận ủy": "district", "thị ủy": "district", "xã": "commune", "phường": "commune",
                  "thị trấn": "commune", "đặc khu": "commune"}
UNIT_LEVELS = {word: _LEVEL_OF_WORD[word] for word in UNIT_WORDS.split("|")}   # "thị xã" -> "district"
_DISTRICT_TYPE = {fold("huyện ủy"): "huyện", fold("quận ủy"): "quận", fold("thị ủy"): "thị xã"}
_KIND_OF_LEVEL = {"province": "tinh_uy", "district": "huyen_uy", "commune": "dang_uy_xa"}
# Compiled once: re.sub(string, ...) looks the pattern up in re's cache on every call.
_SPACES = re.compile(r"\s+")
_TWO_WORDS = re.compile(r"^\S+\s+\S+\s+")
_TERM = re.compile(r"\d+$")
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_LEADING_UNIT = re.compile(rf"({UNIT_WORDS})\s+(?=[A-ZĐÀ-Ỹ0-9])", re.IGNORECASE)
# "TP. Cần Thơ", "TP Vinh": the unit word thành phố, abbreviated before the city's name.
# "UBND TP đã cho phép ...": the unit word alone, the city left unnamed.
_CITY_MARK = re.compile(r"(?<!\w)TP\.?\s*(?=[A-ZĐÀ-Ỹ][a-zà-ỹđ])|(?<!\w)TP\.?$")
# A committee's term after its name ("Ban Chấp hành Đảng bộ tỉnh (khóa XVI)", "... khóa X"): not part of the body.
_TERM_MARK = re.compile(r"\s*(?:\(\s*(?:khóa|nhiệm kỳ)\s[^()]{1,20}\)|,?\s+(?:khóa|nhiệm kỳ)\s+[IVXLC0-9][^\s,;]*)\s*$",
                        re.IGNORECASE)


@dataclass
class Context:
    """What the document says about places, for resolving names that leave them out."""
    registry: Registry
    as_of: date | None
    mentions: dict[str, Counter] = field(default_factory=lambda: {l: Counter() for l in _KIND_OF_LEVEL})
    province: str | None = None     # the document's own province, once known
    district: str | None = None
    superior: str | None = None     # level of the header's superior line ("ĐẢNG BỘ TỈNH X")
    commune_word: bool = False      # the text speaks of "xã"/"phường" as its own level
    own: Issuer | None = None
    parents: list[Issuer] = field(default_factory=list)  # issuers of the document's parents
    central_bloc: str | None = None  # "Đảng bộ Khối các cơ quan Trung ương", named somewhere in the text


def _known_place(match: re.Match, registry: Registry) -> tuple[str, str] | None:
    """The level and the registry key of a unit a MENTION match names ("tỉnh Quảng Ninh" -> province,
    "Quảng Ninh"), when the registry knows such a unit."""
    word = match.group(1).lower()
    name = _name_words(match.group(2))
    if not name:
        return None
    level = _LEVEL_OF_WORD[word]
    if word == "thành phố" and not registry.find_units(name, level="province"):
        level = "district"
    # Communes keep their type word: "xã Tân Ninh" and "phường Tân Ninh" are different units.
    key = f"{word} {name}" if level == "commune" else name
    return (level, key) if registry.find_units(key, level=level) else None


# A title that says whose territory the document covers ("Thông báo về việc lấy ý kiến cử tri ... trên địa bàn phường 5",
# "Đề án sắp xếp các tổ dân phố trên địa bàn phường"): the unit word after "trên địa bàn".
_SCOPE = re.compile(rf"(?<!\w)(?:trên|tại)\s+địa bàn\s+(?:toàn\s+)?({UNIT_WORDS})(?!\w)(?!\s+hội\b)", re.IGNORECASE)


def level_of_scope(text: str, start: int, end: int, registry: Registry) -> tuple[str, str, tuple[int, int]] | None:
    """The level the scope words in text[start:end] name, those words and their span; a bare "thành phố" (a province,
    or a city under one) names none."""
    scope = _SCOPE.search(text, start, end)
    if scope is None:
        return None
    word = scope.group(1).lower()
    named = MENTION.match(text, scope.start(1), end)   # within the title
    name = _name_words(named.group(2)) if named else ""
    words = text[scope.start():scope.end(1)] + (f" {name}" if name else "")
    span = (scope.start(), scope.start() + len(words))
    if word != "thành phố":
        return UNIT_LEVELS[word], words, span
    if not name:
        return None
    return ("province" if registry.find_units(name, level="province") else "district"), words, span


def places_between(text: str, start: int, end: int, registry: Registry) -> list[tuple[str, str]]:
    """The units the registry knows that text[start:end] names, as (level, words: "tỉnh Lạng Sơn"): a short
    stretch only."""
    found = ((_known_place(match, registry), match) for match in MENTION.finditer(text, start, end))
    return [(place[0], f"{match.group(1)} {_name_words(match.group(2))}") for place, match in found if place]


def scan_context(text: str, registry: Registry, as_of: date | None) -> Context:
    ctx = Context(registry, as_of)
    for match in find_words(MENTION, _MENTION_LEADS, text):
        place = _known_place(match, registry)
        if place:
            ctx.mentions[place[0]][place[1]] += 1
    ctx.commune_word = search_words(COMMUNE_WORD, _COMMUNE_PHRASES, text) is not None
    bloc = CENTRAL_BLOC.search(text)
    ctx.central_bloc = f"Đảng ủy {bloc.group(1)}" if bloc else None
    return ctx


# A central Đảng bộ Khối (before February 2025), by its full name: what "Đảng ủy Khối" alone means
# in a text that names it and no province.
CENTRAL_BLOC = re.compile(r"(?<!\w)(Khối (?:các cơ quan|doanh nghiệp) (?:Trung ương|TW))(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=4096)   # the same few words follow "xã", "tỉnh"… throughout a corpus ("xã hội")
def _name_words(raw: str) -> str:
    """Keep the leading capitalised words of a place name ('Kim Động', 'Quận 1')."""
    words = []
    tokens = raw.split()
    for i, word in enumerate(tokens):
        joiner = word in ("-", "–") and i + 1 < len(tokens) and tokens[i + 1][0].isupper()
        if not (word[0].isupper() or word[0].isdigit() or joiner) or _opens_type_name(tokens, i) \
                or _opens_board_name(tokens, i):   # "Chân Mây - Lăng Cô"
            break
        words.append(word)
    while words and fold(words[-1]) in ("ủy", "về", "đảng"):
        words.pop()
    return " ".join(words)


@lru_cache(maxsize=1)
def _type_names() -> dict[int, frozenset[str]]:
    """The document types' names by their count of words ("quyet dinh", "ke hoach")."""
    names = [fold(t.name) for t in doc_types()]
    return {size: frozenset(n for n in names if len(n.split()) == size) for size in {len(n.split()) for n in names}}


def _opens_type_name(tokens: list[str], start: int) -> bool:
    """Whether a type's name opens at tokens[start], with its number or written as running text writes it: a place
    name ends before it ("tỉnh Lạng Sơn Quyết định 788/QĐ-UBND"); a place named like a type, or like the start of one,
    keeps its name ("xã Yên Luật", "xã Đình Kế", "xã Tịnh Biên", "xã Quyết Thắng")."""
    for size, names in _type_names().items():
        words = tokens[start:start + size]
        if fold(" ".join(words)) in names and (_numbered(tokens, start + size) or size > 1 and words[1].islower()):
            return True   # "Quyết định 788/...", "Luật số 12", or "Quyết định" as running text writes a type
    return False


@lru_cache(maxsize=1)
def _board_prefixes() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(fold(board.prefix).split()) for board in boards())


def _opens_board_name(tokens: list[str], start: int) -> bool:
    """Whether a board's or a body's name opens at tokens[start]: a flattened header's place ends before it ("THÀNH ỦY
    VINH BAN TỔ CHỨC": the Thành ủy of Vinh, then its board; "UBND THÀNH PHỐ VINH PHÒNG GIÁO DỤC VÀ ĐÀO TẠO")."""
    if any(tuple(fold(token) for token in tokens[start:start + len(prefix)]) == prefix for prefix in _board_prefixes()):
        return True
    rest = " ".join(tokens[start:])
    return start > 0 and any(kind.level and kind.pattern.match(rest) for kind in body_kinds())


def _numbered(tokens: list[str], at: int) -> bool:
    """A number, or "số" and a number, at tokens[at]."""
    if at < len(tokens) and fold(tokens[at]) == fold("số"):
        at += 1
    return at < len(tokens) and tokens[at][0].isdigit()


@lru_cache(maxsize=4096)   # the same names come back in document after document
def kind_of(phrase: str) -> tuple[BodyKind, str, str] | None:
    """The kind of body a phrase names, the unit word it used, and the name after it."""
    for kind in body_kinds():
        match = kind.pattern.search(phrase)
        if match:
            rest = phrase[match.end():].strip()
            # "Thành ủy thành phố Hồ Chí Minh", "Huyện ủy huyện Kim Động": the unit word again before the name.
            repeated = _LEADING_UNIT.match(rest)
            if repeated and repeated.group(1).lower() in kind.unit_words:
                rest = rest[repeated.end():]
            # The unit type: "xã", "phường"… after "Đảng ủy"; "huyện", "thị xã"… in "Huyện ủy",
            # "Thị ủy" (Hà Tĩnh has a huyện and a thị xã both called Kỳ Anh).
            word = ""
            if kind.kind == "dang_uy_xa":
                word = _TWO_WORDS.sub("", match.group(0)).lower()
            elif kind.kind == "huyen_uy":
                word = _DISTRICT_TYPE.get(fold(match.group(0)), "")
            return kind, word, _name_words(rest) if rest else ""
    return None


def _one(bodies: list[Body], ctx: Context) -> tuple[Body | None, list[Body]]:
    if len(bodies) > 1 and ctx.province:
        narrowed = [b for b in bodies if fold(b.province) == fold(ctx.province)]
        bodies = narrowed or bodies
    if len(bodies) > 1:
        # The same unit before and after 2025 (unchanged provinces keep one id): prefer the valid.
        valid = [b for b in bodies if ctx.as_of and b.valid_on(ctx.as_of)]
        bodies = valid or bodies
    return (bodies[0], bodies) if len(bodies) == 1 else (None, bodies)


def _best_mention(ctx: Context, level: str, province: str | None) -> tuple[str | None, list[str]]:
    names = []
    for name, _ in ctx.mentions[level].most_common():
        found = ctx.registry.find_units(name, kind=_KIND_OF_LEVEL[level], province=province, as_of=ctx.as_of)
        if found:
            names.append(name)
    return (names[0] if len(names) == 1 else None), names


def _issuer_from(body: Body, evidence: str, confidence: float, span=None) -> Issuer:
    return Issuer(name=body.name, level=body.level, system=body.system, locality=body.locality or None,
                  province=body.province or None, body_id=body.body_id, kind=body.kind,
                  evidence=evidence, confidence=confidence, span=span)


def spell_out_places(phrase: str) -> str:
    """A body's name with its place and its unit word written in full ("Công an TP.HCM" -> "Công an thành phố Hồ Chí
    Minh", "UBND TX. Kỳ Anh" -> "UBND thị xã Kỳ Anh")."""
    for pattern, place in place_abbreviations():
        phrase = pattern.sub(place, phrase)
    for _, pattern, unit in unit_abbreviations():
        phrase = pattern.sub(unit + " ", phrase)
    return phrase


def spell_out_units(line: str) -> str:
    """A name with its places and unit words written in full, "TP" too ("UBND TP. Vinh" -> "UBND thành phố Vinh")."""
    return _CITY_MARK.sub("thành phố ", spell_out_places(line))


# A unit word written short inside a body's name, for the patterns that read a name up to a full stop.
UNIT_MARK = r"(?<!\w)(?:" + "|".join(abbreviation for abbreviation, _, _ in unit_abbreviations()) + r")\.\s?"


def resolve_phrase(phrase: str, ctx: Context, *, span=None, code_hint: str | None = None) -> Issuer:
    """Resolve one body name ("Ban Thường vụ Huyện ủy", "Bộ Chính trị", "UBND tỉnh Hưng Yên")."""
    registry = ctx.registry
    phrase = _SPACES.sub(" ", match_text(phrase)).strip(" ,.;:")   # "Thành uỷ" reads as "Thành ủy"
    phrase = _CITY_MARK.sub("thành phố ", _TERM_MARK.sub("", spell_out_places(phrase))).rstrip()
    bare = ORGANS.sub("", phrase)
    for candidate in (phrase, bare):
        central = registry.find_central(candidate)
        if central:
            body, _ = _one(central, ctx)
            body = body or central[0]
            return _issuer_from(body, f"central body named '{phrase}'", 0.95, span)
    board = next((b for b in boards() if fold(bare).startswith(fold(b.prefix) + " ")), None)
    if board:
        committee_phrase = bare[len(board.prefix):].strip()
        committee = resolve_phrase(committee_phrase, ctx, span=span) if committee_phrase else Issuer()
        central_board = registry.find_central(f"{board.name} Trung ương") if committee.kind == "bch_tw" else []
        if central_board:   # "BAN CHẤP HÀNH TRUNG ƯƠNG" / "ỦY BAN KIỂM TRA": the registry's Ủy ban Kiểm tra Trung ương
            return _issuer_from(central_board[0], f"{board.name} of: {committee.evidence}", committee.confidence, span)
        if committee.name or committee.body_id:
            # A board of a committee: its own node, under the committee.
            body_id = f"{committee.body_id}/{board_slug(board.code)}" if committee.body_id else None
            level = committee.level or level_by_place(committee_phrase, ctx)[0]
            return Issuer(name=f"{board.name} {committee.name or committee_phrase}", level=level,
                          system=board.system or committee.system, locality=committee.locality, province=committee.province,
                          body_id=body_id, kind="ban", evidence=f"{board.name} of: {committee.evidence}",
                          confidence=committee.confidence, candidates=committee.candidates, span=span)
    found = kind_of(bare)
    if found is None:
        level, why = level_by_place(phrase, ctx)
        return Issuer(name=phrase or None, level=level, confidence=0.25 if level else 0.2, span=span,
                      evidence=f"'{phrase}' is not a body the tables know" + (f"; {why}" if level else ""))
    kind, unit_word, name = found
    return _resolve_kind(kind, unit_word, name, phrase, ctx, span)


# (Or a unit word that ends the name, with no name of its own: "Ban Chỉ đạo 35 huyện", "Hội Nhà báo tỉnh",
# "Phòng Văn hóa và Thông tin cấp huyện".)
# ("xã hội" is society, not a commune: "Bảo hiểm xã hội Việt Nam", "Lao động - Thương binh và Xã hội"; nor is a
# "thông tấn xã", a news agency; a "thị xã" is a district.) A "thành phố" is of either level: it is read between the district and the province.
_PLACE_LEVELS = (("commune", r"(?:(?<!thị\s)(?<!tấn\s)xã(?!\s+hội(?!\w))|phường|thị trấn|đặc khu)(?:\s+[A-ZĐ0-9]|\s*$)"),
                 ("district", r"(?:huyện|quận|thị xã)(?:\s+[A-ZĐ0-9]|\s*$)"),
                 ("province", r"tỉnh(?:\s+[A-ZĐ]|\s*$)"), ("central", r"trung ương|chính phủ|quốc hội|việt nam\s*$"))
_PLACE_PATTERNS = tuple((level, re.compile(rf"(?<!\w){words}", re.IGNORECASE)) for level, words in _PLACE_LEVELS)
_CITY_WORD = re.compile(r"(?<!\w)thành phố(?:\s+(?=[A-ZĐ0-9])|\s*$)", re.IGNORECASE)


def level_by_place(phrase: str, ctx: Context) -> tuple[str | None, str]:
    """The level a name the tables do not know implies by the place it names: the lowest unit
    ("Phòng Giáo dục và Đào tạo quận Tây Hồ", "UBND Phường 5, quận Gò Vấp", "Công an thành phố Vinh"),
    a province's name ("Hội Liên hiệp Phụ nữ Hà Nội"), or the centre ("... của Chính phủ", "... Việt Nam")."""
    for level, pattern in _PLACE_PATTERNS:
        if level == "province":
            city_level, why = _level_of_city(phrase, ctx)
            if city_level:
                return city_level, why
        if pattern.search(phrase):
            return level, f"it names a unit of level {level}"
    province = _province_at_end(phrase, ctx.registry)
    if province:
        return "province", f"it ends with the province '{province}'"
    return None, ""


def _province_at_end(phrase: str, registry: Registry) -> str | None:
    """The province whose name ends a body's name ("Hội Liên hiệp Phụ nữ Hà Nội", "CỤC HẢI QUAN CAO BẰNG")."""
    words = phrase.split()
    for size in (3, 2, 1):
        if len(words) > size and registry.find_units(" ".join(words[-size:]).title(), level="province") \
                and not _named_after_the_leader(words, size):
            return " ".join(words[-size:]).title()
    return None


def _named_after_the_leader(words: list[str], size: int) -> bool:
    """ "Hồ Chí Minh" ending a name without "thành phố" before it is the leader the body is named after ("Học viện
    Chính trị quốc gia Hồ Chí Minh", "Đoàn TNCS Hồ Chí Minh"), not the city."""
    return fold(" ".join(words[-size:])) == fold("hồ chí minh") and fold(words[-size - 1]).strip(".") not in ("phố", "tp")


def _level_of_city(phrase: str, ctx: Context) -> tuple[str | None, str]:
    """A "thành phố" the name places its body in: a centrally-run city is a province ("Công an thành phố Cần
    Thơ"), a city under a province a district ("Trung tâm Y tế thành phố Vinh"); with no name, the city of the
    province the text is set in ("Thanh tra thành phố" in a text of tỉnh Nghệ An)."""
    city = _CITY_WORD.search(phrase)
    if city is None:
        return None, ""
    name = _name_words(phrase[city.end():]).strip(" ,;.")
    if not name:
        tinh = _tinh_of_unnamed_city("ubnd_tinh", "thành phố", "", ctx)
        return ("district", f"a city of tỉnh {tinh}, so of the district level") if tinh else (None, "")
    if ctx.registry.find_units(name, level="province", unit_type="thành phố"):
        return "province", f"it names the centrally-run city '{name}'"
    if ctx.registry.find_units(name, kind="huyen_uy", unit_type="thành phố"):
        return "district", f"it names the city '{name}', a unit of level district"
    return None, ""


# The committees directly under a Tỉnh ủy that data/registry/committees.csv lists, one per province
# ("Đảng ủy Ủy ban nhân dân tỉnh" in a Tỉnh ủy plan is its own province's): placed like the Tỉnh ủy.
PROVINCE_COMMITTEES = ("dang_uy_ubnd", "dang_uy_cqd", "dang_uy_ca", "dang_uy_llvt")
REGISTERED_KINDS = ("tinh_uy", "huyen_uy", "dang_uy_xa", "ubnd_tinh", *PROVINCE_COMMITTEES)


# A city under a province ("UBND thành phố Vinh", "Ủy ban MTTQ Việt Nam thành phố Vinh", before July 2025) is at
# the district level: the body of that level for the city's name.
_CITY_KINDS = {"ubnd_tinh": "ubnd_huyen", "hdnd_tinh": "hdnd_huyen", "mass_tinh": "mass_huyen", "mttq_tinh": "mttq_huyen",
               "ldld_tinh": "mass_huyen", "hlhpn_tinh": "mass_huyen", "tinh_doan": "mass_huyen"}


def _tinh_of_unnamed_city(kind_name: str, phrase: str, name: str, ctx: Context) -> str | None:
    """The tỉnh a text is set in, for "HĐND thành phố" with no name ("... của Chủ tịch UBND tỉnh Thanh Hóa"): a city
    under that province, at the district level (a centrally-run city is in no tỉnh)."""
    if kind_name not in _CITY_KINDS or name or not fold(phrase).endswith(fold(" thành phố")):
        return None
    province = ctx.province or _best_mention(ctx, "province", None)[0]
    if province is None:
        return _province_of_the_city_named(ctx)
    provinces = ctx.registry.find_units(province, level="province", as_of=ctx.as_of) if province else []
    return province if provinces and all(fold(body.unit_type) == fold("tỉnh") for body in provinces) else None


def _province_of_the_city_named(ctx: Context) -> str | None:
    """The tỉnh of the one city under a province a text names and no province ("UBND thành phố" in a text about
    "thành phố Đồng Xoài"): the city the bare "thành phố" speaks of."""
    cities = {body.province for name in ctx.mentions["district"]
              for body in ctx.registry.find_units(name, kind="huyen_uy", unit_type="thành phố") if body.province}
    return next(iter(cities)) if len(cities) == 1 else None


def _names_the_city(name: str, phrase: str) -> bool:
    """Whether a body's name places it in the city `name`: "thành phố Vinh", or a city's own Đoàn ("Thành đoàn Vinh")."""
    return any(fold(f"{word} {name}") in fold(phrase) for word in ("thành phố", "thành đoàn"))


def _resolve_kind(kind: BodyKind, unit_word: str, name: str, phrase: str, ctx: Context, span) -> Issuer:
    registry = ctx.registry
    tinh = _tinh_of_unnamed_city(kind.kind, phrase, name, ctx)
    if kind.kind in _CITY_KINDS and (tinh or name and _names_the_city(name, phrase) and not registry.find_units(
            name, level="province") and registry.find_units(name, level="district", as_of=ctx.as_of)):
        kind = next(k for k in body_kinds() if k.kind == _CITY_KINDS[kind.kind])
    level, kind_name = kind.level, kind.kind
    branch = _provincial_branch(kind, phrase, ctx, span)
    if branch:
        return branch
    if kind_name == "dang_uy" and (ctx.commune_word or (ctx.own and ctx.own.level == "commune")):
        kind_name, level = "dang_uy_xa", "commune"
    if kind_name in REGISTERED_KINDS and name:
        lookup = f"{unit_word} {name}" if unit_word else name
        bodies = []
        city = fold("thành ủy") in fold(phrase) and (
            ctx.superior == "province" or (ctx.district and fold(name) == fold(ctx.district)))
        if kind_name == "tinh_uy" and city:
            # "ĐẢNG BỘ TỈNH CÀ MAU / THÀNH ỦY CÀ MAU", or "Thành ủy Sóc Trăng" cited by a phường
            # of that city: the city's own committee, not the province's.
            bodies = registry.find_units(name, kind="huyen_uy", unit_type="thành phố", as_of=ctx.as_of,
                                         province=ctx.province)
        bodies = bodies or registry.find_units(
            lookup, kind=kind_name, as_of=ctx.as_of, province=ctx.province if kind_name != "tinh_uy" else None,
            district=ctx.district if kind_name == "dang_uy_xa" else None)
        if not bodies and kind_name == "tinh_uy":   # Thành ủy of a city under a province (pre-2025)
            bodies = registry.find_units(name, kind="huyen_uy", as_of=ctx.as_of)
        if not bodies and ctx.province and kind_name != "tinh_uy":
            bodies = registry.find_units(lookup, kind=kind_name, as_of=ctx.as_of)
        body, candidates = _one(bodies, ctx)
        if body:
            return _issuer_from(body, f"named '{phrase}'" + (f", valid on {ctx.as_of}" if ctx.as_of else ""),
                                0.95, span)
        if candidates:
            return Issuer(name=phrase, level=level, system=kind.system, kind=kind_name,
                          evidence=f"'{phrase}' matches {len(candidates)} bodies on {ctx.as_of}; the text does not decide",
                          confidence=0.3, candidates=[b.body_id for b in candidates], span=span)
    if kind_name in REGISTERED_KINDS and not name:
        return _from_context(kind, kind_name, level, phrase, ctx, span)
    if kind_name == "dang_uy_khoi":
        province = ctx.province or _best_mention(ctx, "province", None)[0]
        if not name and province is None and ctx.central_bloc:
            bloc = resolve_phrase(ctx.central_bloc, ctx, span=span)
            if bloc.level == "central":
                return replace(bloc, name=phrase, evidence=f"'{phrase}' in a text that names the {ctx.central_bloc}: "
                                                           f"{bloc.evidence}")
        if name and registry.find_units(name, level="province"):
            province = name
        body_id = f"duk.{_slug(province)}" if province else None
        return Issuer(name=f"Đảng ủy Khối ({province})" if province else phrase, level=level,
                      system="party", locality=province, province=province, body_id=body_id, kind=kind_name,
                      evidence=f"'{phrase}'; province from the text: {province}" if province else f"'{phrase}'",
                      confidence=0.8 if province else 0.3, span=span)
    # Bodies the registry does not list (UBND huyện/xã, provincial mass organisations, the 2025
    # provincial đảng ủy): keep what the text says, with the place it names or implies
    # (a kind of every level by its unit word: "Ủy ban MTTQ Việt Nam huyện").
    level = level or level_by_place(phrase, ctx)[0]
    if level == "province":
        province = name if name and registry.find_units(name, level="province") else (
            ctx.province or _province_at_end(phrase, registry))
        locality = province
    else:
        province, locality = ctx.province or tinh, name or None
    parts = [p for p in (province, locality if level != "province" else None) if p]
    body_id = ".".join([kind_name] + [_slug(p) for p in parts]) if parts and (level == "province" or locality) else None
    return Issuer(name=phrase, level=level, system=kind.system, locality=locality, province=province,
                  body_id=body_id, kind=kind_name, evidence=f"'{phrase}' (not in the registry)"
                  + (f"; place: {', '.join(parts)}" if parts else "; its place is not known")
                  + (f"; a city of tỉnh {tinh}, so of the district level" if tinh else ""),
                  confidence=0.7 if body_id else 0.4, span=span)


def _provincial_branch(kind: BodyKind, phrase: str, ctx: Context, span) -> Issuer | None:
    """A central kind of body named with a province after it is that province's branch ("Cục Hải quan Cao Bằng",
    "Cục Thuế Nghệ An"); a list of bodies ("Bộ Y tế, UBND tỉnh Nghệ An") is not one name."""
    if kind.level != "central" or kind.unit_words or re.search(r"[,;]", phrase):
        return None
    province = _province_at_end(phrase, ctx.registry)
    if province is None:
        return None
    province = ctx.registry.find_units(province.title(), level="province")[0].province or province
    return Issuer(name=phrase, level="province", system=kind.system, locality=province, province=province,
                  body_id=f"{kind.kind}.{_slug(province)}", kind=kind.kind,
                  evidence=f"'{phrase}' (not in the registry): a {kind.kind} named with the province '{province}', "
                           "so that province's branch", confidence=0.6, span=span)


def _from_context(kind: BodyKind, kind_name: str, level: str, phrase: str, ctx: Context, span) -> Issuer:
    """A committee named without its place ("Ban Thường vụ Huyện ủy"): the place the text
    speaks of, among the units of that level that existed on the document's date."""
    registry = ctx.registry
    if ctx.own and ctx.own.kind == kind_name and ctx.own.body_id:
        # A citation such as "Kế hoạch của Ban Thường vụ Tỉnh ủy" in a document of the same kind.
        body = registry.get(ctx.own.body_id)
        if body:
            return _issuer_from(body, f"'{phrase}' in a document of {body.name}", 0.85, span)
    if ctx.own and ctx.own.body_id and (kind_name == "tinh_uy" or kind_name in PROVINCE_COMMITTEES):
        own = registry.get(ctx.own.body_id)
        province = own.province if own else ctx.own.province
        bodies = registry.find_units(province, kind=kind_name, as_of=ctx.as_of) if province else []
        body, _ = _one(bodies, ctx)
        if body:
            return _issuer_from(body, f"'{phrase}' in a document from {province}", 0.85, span)
    province = ctx.province
    if province is None:
        province, provinces = _best_mention(ctx, "province", None)
    mention_level = "province" if kind_name in ("tinh_uy", "ubnd_tinh", *PROVINCE_COMMITTEES) else level
    name, names = (province, [province] if province else []) if mention_level == "province" else \
        _best_mention(ctx, mention_level, province)
    bodies = []
    if name:
        bodies = registry.find_units(name, kind=kind_name, province=province if mention_level != "province" else None,
                                     as_of=ctx.as_of)
        body, candidates = _one(bodies, ctx)
        if body:
            where = f"the text names {mention_level} '{name}'" + (f" in {province}" if province and
                                                                  mention_level != "province" else "")
            return _issuer_from(body, f"'{phrase}' names no place; {where}; {body.name} existed on "
                                f"{ctx.as_of or 'an unknown date'}", 0.8, span)
    same_kind = {p.body_id: p for p in ctx.parents if p.kind == kind_name and p.body_id}
    if len(same_kind) == 1:
        parent = next(iter(same_kind.values()))
        body = registry.get(parent.body_id)
        if body:
            return _issuer_from(body, f"'{phrase}' names no place; it implements a document of {body.name}, "
                                      f"a body of the same kind", 0.7, span)
    held = f"{len(bodies)} such bodies" if bodies else "no such body"
    named = f"'{name}' ({held} on {ctx.as_of or 'an unknown date'})" if name else \
        f"several: {', '.join(names)}" if names else "none"
    return Issuer(name=phrase, level=level, system=kind.system, kind=kind_name, province=province,
                  evidence=f"'{phrase}' names no place and the text names {named}",
                  confidence=0.2, candidates=[], span=span)


def resolve_code(code: str, ctx: Context) -> Issuer:
    """The issuer of a cited document from its symbol's issuer code alone (57-NQ/TW -> TW)."""
    base = _TERM.sub("", code)
    entry = issuer_code_entry(code)
    if entry is None:
        return Issuer(evidence=f"issuer code {code} is unknown" if code else "the number has no issuer code",
                      confidence=0.1)
    if entry.level == "central":
        bodies = ctx.registry.by_issuer_code(code) or ctx.registry.by_issuer_code(base)
        body = ctx.registry.get(entry.central_body_id) if entry.central_body_id else None
        body = body or (bodies[0] if bodies else None)
        if body:
            return _issuer_from(body, f"issuer code {code}", 0.7)
        return Issuer(name=entry.name, level="central", system=entry.system,
                      evidence=f"issuer code {code} ({entry.name})", confidence=0.6)
    own = ctx.own
    if own and own.body_id:
        own_body = ctx.registry.get(own.body_id)
        if entry.kind and entry.kind == own.kind or (entry.kind == "dang_uy" and own.kind == "dang_uy_xa"):
            return Issuer(**{**own.__dict__, "evidence": f"issuer code {code} in a document of {own.name}",
                             "confidence": 0.7, "span": None})
        if entry.kind == "tinh_uy" and own.province:
            bodies = ctx.registry.find_units(own.province, kind="tinh_uy", as_of=ctx.as_of)
            body, _ = _one(bodies, ctx)
            if body:
                return _issuer_from(body, f"issuer code {code} in a document from {own.province}", 0.75)
        if entry.kind == "huyen_uy" and own_body is not None and own_body.kind == "dang_uy_xa" and own_body.parent_id:
            parent = ctx.registry.get(own_body.parent_id)
            if parent and parent.kind == "huyen_uy":
                return _issuer_from(parent, f"issuer code {code} in a document of a commune of {parent.name}", 0.75)
        if entry.kind == "ban_tinh_uy" and own.province:
            bodies = ctx.registry.find_units(own.province, kind="tinh_uy", as_of=ctx.as_of)
            body, _ = _one(bodies, ctx)
            if body:
                return Issuer(name=f"{entry.name} {body.province}", level="province", system="party",
                              locality=body.province, province=body.province,
                              body_id=f"{body.body_id}/{board_slug(code)}", kind="ban",
                              evidence=f"issuer code {code} in a document from {body.province}", confidence=0.7)
    told = f"level {entry.level}" if entry.level else "the code does not tell its level"
    return Issuer(name=entry.name, level=entry.level, system=entry.system, kind=entry.kind,
                  evidence=f"issuer code {code} ({entry.name}: {told}); the place is not known", confidence=0.3)


def _slug(text: str | None) -> str:
    return _NOT_SLUG.sub("-", ascii_fold(text)).strip("-") if text else ""
