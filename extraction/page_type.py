"""The document's type and the level it implies, where the header and title leave them open: the type a page without
a header states (via stated_type), a type title the symbol's code contradicts, the one level that issues a type (a
Thông tư, a Nghị định: central), and the codes and the canonical name of a type (data/domain/doc_types.csv).

Read by extract_document after the layout: the type decides which issuer and date readings apply."""
from __future__ import annotations

import re

from domain.tables import doc_type_by_code, doc_type_by_name, fold
from extraction import own_citation, stated_type
from extraction.models import Issuer
from extraction.sections import is_type_title, Layout, opened_before

def type_from_lead(match: str, layout: Layout, warnings: list[str]) -> str | None:
    """The type the opening's words say is issued, the page's words about itself, a sentence paraphrasing it, or
    a request to named units (a letter); a guess, so the record says which words."""
    said = stated_type.lead_type(match, 0, own_citation.before_body(match, layout.preamble[1]) if layout.type_line is None
                          else layout.preamble[1])
    if said is not None:   # a "văn bản" the lead issues names no type: only a request may still say a letter
        warnings.append(f"the type is read from the lead: '{said[1][:80]}'" if said[0] else
                        f"the lead issues a document it names no type of: '{said[1][:80]}'")
        return said[0] or _asks_units(match, layout, warnings)
    said = stated_type.self_named_type(match)   # "từ khi công văn này ban hành", "Xem chi tiết công văn đính kèm"
    if said is not None:
        warnings.append(f"the type is read from the page's words about itself: '{said[1][:80]}'")
        return said[0]
    said = stated_type.paraphrased_type(match)   # "Theo Kế hoạch, việc ...": a news page paraphrasing the document
    if said is not None:
        warnings.append(f"the type is read from a sentence paraphrasing the document: '{said[1][:80]}'")
        return said[0]
    return _asks_units(match, layout, warnings)


def _asks_units(match: str, layout: Layout, warnings: list[str]) -> str | None:
    """A letter without its header, known by its opening's request to named units (stated_type.asks_units)."""
    asked = stated_type.asks_units(match, 0, own_citation.before_body(match, layout.preamble[1]))
    if asked is None:
        return None
    warnings.append(f"the type is read from the lead: a body asks units to do what follows: '{asked[:80]}'")
    return "Công văn"


_ENACTED_BY = re.compile(r"[^(]{0,300}\(\s*(?:ban hành\s+)?(?:kèm\s+)?theo\s", re.IGNORECASE)


def type_by_code_over_title(match: str, layout: Layout, own, doc_type: str, warnings: list[str]) -> str:
    """A type title the symbol's code contradicts. A standalone type line under the header stands (and a
    warning says so); a title line that only opens with a type word ("QUY ĐỊNH ĐIỀU KIỆN HOẠT ĐỘNG ..." of
    Thông tư 53/2014/TT-BYT, whose "THÔNG TƯ" line the page lost) or a type line below the preamble (an
    attachment's "KẾ HOẠCH" after the decision's "Căn cứ" lines and signature) names another document:
    the code gives the type."""
    start, end = layout.type_line
    line_end = match.find("\n", end)
    line = match[match.rfind("\n", 0, start) + 1:line_end if line_end >= 0 else len(match)]
    if not opened_before(match, start) and (is_type_title(line) or _ENACTED_BY.match(match, end)):
        # (A programme "(Ban hành theo Quyết định số 1053/QĐ-BVHTTDL ...)": the number is its decision's, the type its own.)
        warnings.append(f"the title says {layout.doc_type} but the symbol's type code is {own.type_code}")
        return doc_type
    by_code = doc_type_by_code(own.form)[own.type_code].name
    warnings.append(f"the type title {layout.doc_type!r} is not this document's: the symbol's type code "
                    f"{own.type_code} gives {by_code}")
    return by_code


def level_by_type(issuer: Issuer, doc_type: str | None) -> None:
    """An issuer the page does not name, of a type only one level issues (a Thông tư, a Nghị định: central):
    that level, said to be inferred from the type."""
    entry = _type_entry(doc_type) if issuer.level is None else None
    if entry and entry.level:
        issuer.level = entry.level
        issuer.system = issuer.system or (entry.system if entry.system in ("party", "state") else None)
        issuer.evidence = (f"{issuer.evidence}; " if issuer.evidence else "") + \
            f"level {entry.level} inferred from the type: only {entry.level} bodies issue a {entry.name}"


def _type_entry(doc_type: str | None):
    """The row of data/domain/doc_types.csv for a type name, if there is one."""
    return doc_type_by_name().get(fold(doc_type)) if doc_type else None


def canonical(doc_type: str | None) -> str | None:
    entry = _type_entry(doc_type)
    return doc_type if entry is None or entry.canonical else None


def kind(doc_type: str | None) -> str | None:
    return doc_type if doc_type and canonical(doc_type) is None else None


def codes_of(doc_type: str | None) -> tuple[str, ...]:
    """The type codes a document type may carry (Party Quy định often writes QĐ too)."""
    entry = _type_entry(doc_type)
    if entry is None:
        return ()
    # A longer name of a type shares its codes ("Chương trình hành động" is written CTr too).
    broader = [t for t in doc_type_by_name().values() if t.name != entry.name and entry.name.startswith(t.name + " ")]
    return entry.codes + sum((t.codes for t in broader), ()) + (("QĐ",) if entry.name == "Quy định" else ())
