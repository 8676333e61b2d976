"""Answers without a number (issue 11, item 5): "Thực hiện Kế hoạch của Ban Thường vụ Huyện ủy
ngày 02/4/2025 về ..." cites its parent by type, issuer and (maybe) date, with no symbol. Each
such citation in the opening is kept with its span and its subject (the words after "về"); the
graph matches it to the one document of that issuer, type and date, or without a date to the one
of the year before whose title has the subject's words (graph/build.py), with its evidence and a
lower confidence; when several documents fit, each stays a candidate (MAY_IMPLEMENT) until a
person chooses."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from domain.registry import Body, Registry
from domain.tables import doc_types, opening_pattern
from extraction.dates import date_at
from extraction.issuer import kind_of
from extraction.models import Issuer, UnnumberedRef


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    types = "|".join(sorted((re.escape(t.name) for t in doc_types()), key=len, reverse=True))
    return re.compile(
        rf"(?<!\w){opening_pattern('cue')}\s+(?:thực hiện\s+)?(?P<type>{types})\s+của\s+"
        r"(?P<issuer>[^\n,;:.]{4,90}?)(?=\s+ngày\s|\s+về\s|\s+số\s|\s*[\n,;:.])", re.IGNORECASE)


# The subject runs on over commas inside it ("về phòng, chống ma túy") up to the sentence's next
# clause (", Ban Thường vụ Đảng ủy ban hành ..."), a stop, or "của"/"ngày".
SUBJECT = re.compile(r"\s+về\s+(?P<subject>[^\n;:.()]{3,160}?)"
                     r"(?=\s*[\n;:.()]|,\s*(?-i:[A-ZĐÂĂÊÔƠƯỦÚ])|\s+(?:của|ngày|ban hành)\s|,?\s*$)", re.IGNORECASE)
NUMBERED = re.compile(r"\s+số\s+\d|^\s*\d{1,4}\s*[-–/]", re.IGNORECASE)


def superior_named(phrase: str, own_body_id: str | None, registry: Registry) -> Body | None:
    """The citing body's own superior of the kind the words name: "Ban Thường vụ Huyện ủy" in a
    commune plan of Kim Động is Huyện ủy Kim Động."""
    found = kind_of(phrase)
    kind = found[0].kind if found else None
    city = "thành ủy" in phrase.lower()     # a Thành ủy may be a district-level city's (before July 2025)
    body = registry.get(own_body_id) if own_body_id else None
    while kind and body is not None and body.parent_id:
        body = registry.get(body.parent_id)
        if body is not None and (body.kind == kind or (city and body.kind == "huyen_uy" and body.unit_type == "thành phố")):
            return body
    return None


def find_unnumbered(text: str, match: str, region: tuple[int, int], resolve_name: Callable[[str], Issuer],
                    own_body_id: str | None = None, registry: Registry | None = None) -> list[UnnumberedRef]:
    """Citations without a number in `region` (the opening), read in the matching text `match`
    (same length as `text`, so spans are spans of the text). An issuer the words leave without a
    place is the citing body's superior of that kind (own_body_id, through the registry)."""
    found = []
    start, end = region
    for cited in _pattern().finditer(match, start, end):
        if not cited.group("type")[:1].isupper():
            continue      # "triển khai thực hiện nghị quyết của Bộ Chính trị": the policy, not a document
        after = match[cited.end():cited.end() + 20]
        if NUMBERED.match(after) or re.search(r"\d{1,4}\s*-\s*[A-ZĐ]{1,5}/", cited.group("issuer")):
            continue      # "Kế hoạch của Tỉnh ủy số 395-KH/TU": a numbered citation, read elsewhere
        when = date_at(match, cited.end(), 12)
        stop = when[1][1] if when else cited.end()
        about = SUBJECT.match(match, stop)
        stop = about.end("subject") if about else stop      # the subject is part of what the span shows
        words = text[cited.start("issuer"):cited.end("issuer")]
        issuer = resolve_name(words)
        # Words without a place are read from the context (< 0.9); the citing body's own superior of
        # that kind is surer ("Ban Thường vụ Thành ủy" in a commune of a district-level city).
        superior = superior_named(match[cited.start("issuer"):cited.end("issuer")], own_body_id, registry) \
            if registry and issuer.confidence < 0.9 else None
        if superior is not None:
            issuer = Issuer(name=superior.name, body_id=superior.body_id, confidence=0.7,
                            evidence=f"'{words}' names no place: the superior of the citing body, {superior.name}")
        doc_type = next(t for t in doc_types() if t.name.lower() == cited.group("type").lower())
        found.append(UnnumberedRef(
            doc_type=doc_type.name, type_code=doc_type.codes[0] if doc_type.codes else None,
            issuer=issuer.name, issuer_body_id=issuer.body_id if issuer.confidence >= 0.7 else None,
            date=when[0] if when else None, text=text[cited.start():stop], span=(cited.start(), stop),
            evidence=f"no number; issuer: {issuer.evidence}" + ("" if when else "; no date"),
            subject=text[about.start("subject"):about.end("subject")].strip() if about else None))
    return _one_each(found)


def _one_each(found: list[UnnumberedRef]) -> list[UnnumberedRef]:
    """One citation per (type, issuer): the title and the opening often cite the same parent; the
    opening (later, and often with the date) says more, unless only the title has a date."""
    kept: dict[tuple, UnnumberedRef] = {}
    for ref in found:
        key = (ref.type_code, ref.issuer_body_id or ref.issuer)
        if key not in kept or ref.date or not kept[key].date:
            kept[key] = ref
    return sorted(kept.values(), key=lambda ref: ref.span)
