"""Stage 2, resolve relations: what each citation is to the citing document.

Title and preamble citations introduced by "Thực hiện / Triển khai / Căn cứ / Theo ..." are
the document's parents (implements, based_on); a citation inside a parent's description
("... của Tỉnh ủy về thực hiện Chỉ thị số 36-CT/TW") is a relayed claim; everything in the
body is a mention, or a finer relation where the words say so (sửa đổi, thay thế, sơ kết ...)."""
from __future__ import annotations

import re

from domain.tables import RelationPhrase, relation_phrases
from extraction.models import Citation, Reference, Relayed
from extraction.sections import Layout

PARENT_RELATIONS = ("implements", "based_on")
_STRENGTH = {"strong": 0.95, "medium": 0.85, "weak": 0.6}
_RANK = {"implements": 0, "based_on": 1, "mentions": 9}
_BOUNDARY = re.compile(r"[;\n]|\.(?=\s)")
_ABOUT = re.compile(r"\bvề\b", re.IGNORECASE)
_RELAY = re.compile(
    r"\bvề\s+(?:việc\s+)?(?:tiếp tục\s+)?(?:đẩy mạnh\s+)?(?:triển khai\s+|tổ chức\s+)?"
    r"(?:thực hiện|thi hành|triển khai|cụ thể hóa|quán triệt)\b", re.IGNORECASE)
# Weak phrases ("theo") count only right before the citation.
_WEAK_REACH = 30


def _phrase_in(prefix: str) -> tuple[RelationPhrase, int] | None:
    """The relation phrase of a clause prefix: a special relation anywhere in it wins
    ("tổng kết 10 năm thực hiện X" reports on X); else the phrase nearest the citation."""
    lowered = prefix.lower()
    best: tuple[RelationPhrase, int] | None = None
    special: tuple[RelationPhrase, int] | None = None
    for phrase in relation_phrases():
        pattern = r"(?<!\w)" + r"\W+".join(map(re.escape, phrase.phrase.split())) + r"(?!\w)"
        for hit in re.finditer(pattern, lowered):
            distance = len(lowered) - hit.end()
            if phrase.strength == "weak" and distance > _WEAK_REACH:
                continue
            if phrase.relation not in PARENT_RELATIONS and phrase.relation != "mentions":
                if special is None or hit.start() < special[1]:
                    special = (phrase, hit.start())
            elif best is None or hit.start() > best[1]:
                best = (phrase, hit.start())
    return special or best


def _clause_start(match: str, pos: int, floor: int) -> int:
    start = floor
    for hit in _BOUNDARY.finditer(match, floor, pos):
        start = hit.end()
    return start


def _where(layout: Layout, span: tuple[int, int]) -> str:
    for name, region in (("title", layout.title), ("title", layout.issuer_line), ("preamble", layout.preamble)):
        if region and region[0] <= span[0] < region[1]:
            return name
    if span[0] < layout.header[1]:
        return "header"
    return "body"


def classify(text: str, match: str, layout: Layout, citations: list[Citation], own_symbol: str | None
             ) -> tuple[list[Reference], list[Relayed], list[str]]:
    references: list[Reference] = []
    relayed: list[Relayed] = []
    warnings: list[str] = []
    previous: Citation | None = None
    title_relation: str | None = None
    for citation in citations:
        where = _where(layout, citation.span)
        if citation.symbol == own_symbol:
            if where in ("title", "preamble"):
                warnings.append(f"the document cites its own symbol {own_symbol} (ignored)")
            previous = None
            continue
        floor = {"title": layout.title, "preamble": layout.preamble}.get(where) or (0, 0)
        clause = _clause_start(match, citation.span[0], floor[0] if where != "body" else max(0, citation.span[0] - 200))
        same_clause = previous is not None and previous.span[1] >= clause and where in ("title", "preamble")
        if same_clause and _ABOUT.search(match, previous.span[1], citation.span[0]):
            # Part of the previous citation's description ("... của Tỉnh ủy về thực hiện X"):
            # a relayed claim that the previous document implements this one, not a parent here.
            if previous.symbol != citation.symbol and _RELAY.search(match, previous.span[1], citation.span[0]):
                relayed.append(Relayed(child=previous.symbol, parent=citation.symbol, relation="implements",
                                       text=text[previous.span[0]:citation.span[1]],
                                       span=(previous.span[0], citation.span[1])))
            references.append(_reference(citation, "mentions", where, None, 0.9, subtype="described"))
            previous = citation
            continue
        found = _phrase_in(match[clause:citation.span[0]])
        relation, phrase, confidence, subtype = "mentions", None, 0.9, None
        if found:
            rel_phrase = found[0]
            phrase, subtype = rel_phrase.phrase, rel_phrase.subtype
            relation = rel_phrase.relation
            confidence = _STRENGTH.get(rel_phrase.strength, 0.8)
        if where == "body" or where == "header":
            if relation in PARENT_RELATIONS:
                relation, subtype = "mentions", None
        elif where == "title" and not found:
            # A title that names a document without a verb ("Kế hoạch tuyên truyền Nghị quyết
            # số X"), or the next item of a list of parents, implements it.
            relation, confidence = (title_relation or "implements"), 0.75
        if where == "title" and relation in PARENT_RELATIONS:
            title_relation = relation
        references.append(_reference(citation, relation, where, phrase, confidence, subtype=subtype))
        previous = citation
    return _merge(references), relayed, warnings


def _reference(citation: Citation, relation: str, where: str, phrase: str | None,
               confidence: float, subtype: str | None = None) -> Reference:
    return Reference(
        relation=relation, symbol=citation.symbol, doc_type=citation.doc_type, date=citation.date,
        issuer=citation.issuer, text=citation.text, span=citation.span, number=citation.number,
        type_code=citation.type_code, issuer_code=citation.issuer_code, subtype=subtype, where=where,
        phrase=phrase, confidence=confidence,
    )


def _merge(references: list[Reference]) -> list[Reference]:
    """One reference per cited symbol: the strongest relation, keeping its first span and
    filling date/issuer from the other occurrences."""
    by_symbol: dict[str, Reference] = {}
    for ref in references:
        kept = by_symbol.get(ref.symbol)
        if kept is None:
            by_symbol[ref.symbol] = ref
            continue
        if _RANK.get(ref.relation, 5) < _RANK.get(kept.relation, 5):
            ref.date = ref.date or kept.date
            ref.issuer = ref.issuer or kept.issuer
            by_symbol[ref.symbol] = ref
        else:
            kept.date = kept.date or ref.date
            kept.issuer = kept.issuer or ref.issuer
    return sorted(by_symbol.values(), key=lambda r: r.span)
