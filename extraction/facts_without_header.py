"""What the header did not give, gathered from the readers of a headerless page (site_metadata, number_cell,
page_title, own_citation, page_chrome, lead_dates, stated_type): the own number, type, date and issuer with the
evidence of each; a document of another type the lead tells of, and the documents it was issued on; an unnumbered
document a news item presents.

Read by extract_document only for what the header left open."""
from __future__ import annotations

import re
from dataclasses import replace

from domain.tables import doc_type_by_name, fold
from extraction import lead_dates, number_cell, own_citation, page_chrome, page_title, site_metadata, stated_type
from extraction.dates import date_at, find_dates
from extraction.own_issuer import ISSUED_THE_TOLD, issuing_sentence
from extraction.relations import PARENT_RELATIONS
from extraction.sections import Layout

def from_lead(match: str, layout: Layout, citations, own, own_date, date_span, warnings: list[str],
               draft: bool = False):
    """What the header did not give, from the page's metadata, a flattened header line, its
    title or a news lead (site_metadata, number_cell, page_title, own_citation, page_chrome, lead_dates)."""
    facts = site_metadata.Lead()
    dated_from = 0   # where the lead may date the page (not before the sentence of a document it carries out)
    limit = max(layout.header[1], min(len(match), 1500))
    meta = site_metadata.metadata(match, limit)
    if meta.doc_type:
        entry = doc_type_by_name().get(fold(meta.doc_type))
        facts.doc_type = entry.name if entry else None
    if own is None:
        # Under a type title "SỐ 164-KH/TU NGÀY ..." is the title's citation, not a number cell.
        own = meta.symbol or number_cell.inline_number(match, layout.header[1] if layout.type_line else limit)
    if own is None and layout.type_line and (own := number_cell.number_in_type_title(match, layout.type_line)):
        if own_date is None:   # "... SỐ 39/2009/QH12 NGÀY 23 THÁNG 11 NĂM 2009": the date the title gives with it
            dated = find_dates(match, own.span[1], min(len(match), own.span[1] + _DATE_BESIDE_NUMBER))
            if dated and not match[own.span[1]:dated[0][1][0]].strip(" \t,"):
                own_date, date_span = dated[0]
    if own_date is None and meta.date:
        own_date, date_span = meta.date
    if own is None:
        found = own_citation.from_citations(match, citations, min(layout.body[0], limit) if layout.body[0] else limit,
                                    layout.doc_type)
        if found and _tells_of_another_type(found, layout):
            _told_of(match, layout, found[0], facts, warnings)
            found = None
        if found is None and (source := page_chrome.closing_source(match, citations)):
            found = source, "the page's last line names it as its source"
        if found is None and (number := page_chrome.closing_number(match, citations)):
            found = number, "the page's last paragraph ends with its number and date"
        if found is None and (paraphrased := own_citation.paraphrased_citation(match, citations, limit)):
            found = paraphrased, "the page paraphrases it and names it once with its number"
        if found:
            citation, facts.evidence = found
            own = own_citation.as_symbol(citation)
            if facts.evidence.startswith(own_citation.CARRIES_OUT):
                dated_from = own_citation.sentence_start(match, citation.span[0])
            facts.doc_type = facts.doc_type or citation.doc_type
            if citation.issuer:
                facts.issuer = (citation.issuer, citation.span)
            elif by := own_citation.issued_by(match, citation):   # "Theo Kế hoạch số 123/KH-UBND vừa được UBND tỉnh ban hành"
                facts.issuer = by
            if own_date and citation.date and citation.date != own_date:
                own_date, date_span = _dated_with_number(match, citation, own_date, warnings)
            if own_date is None:
                dated = lead_dates.lead_date(match, citation) or next(
                    ((c.date, None) for c in citations if c.symbol == citation.symbol and c.date), None)
                if dated:
                    own_date, date_span = dated
    if own is None and (bare := page_title.bare_title_number(match)):
        own, facts.doc_type = bare, page_title.title_type(match)
        warnings.append(f"the page's title gives only the bare number {bare.symbol!r}, without its code")
    if own is not None and facts.issuer is None and (named := own_citation.own_citation_issuer(match, citations, own, limit)):
        facts.issuer, facts.evidence = named, "the lead names the page's own number with its issuer"
    if own is None and facts.doc_type is None and facts.issuer is None:
        _presented_by_lead(match, layout, facts, limit, warnings)
    if own_date is None and own is not None and not draft and (beside := date_at(match, own.span[1])):
        own_date, date_span = beside   # "SỐ 11/2003/QH11 NGÀY 26 THÁNG 11 NĂM 2003": printed with the page's own number
    if own_date is None and not draft:
        # In the opening only (a report's body tells what was issued when), and not in a draft, whose date
        # line is blank ("..., ngày    tháng 01 năm 2024").
        dated = lead_dates.issued_on(match, dated_from, min(limit, layout.body[0]) if layout.body[0] else limit, own,
                                     citations)
        if dated:
            own_date, date_span = dated
    return own, own_date, date_span, facts


_DATE_BESIDE_NUMBER = 40   # characters after a number within which its date stands ("..., ngày 23 tháng 11 năm 2009")


def _tells_of_another_type(found: tuple, layout: Layout) -> bool:
    """Whether the lead tells that a document of another type than the page's title was issued ("BÁO CÁO ..." then
    "phòng Tư pháp ban hành Kế hoạch số 21/KH-PTP ..."): what the page tells of, not the page."""
    citation, evidence = found
    told = evidence.startswith((own_citation.ISSUED_EVIDENCE, own_citation.CARRIES_OUT))
    return told and layout.doc_type is not None and citation.doc_type not in (None, layout.doc_type)


def _told_of(match: str, layout: Layout, citation, facts: site_metadata.Lead, warnings: list[str]) -> None:
    """No number for the page; the body the lead says issued the other document may be its issuer (a guess: a plan
    announced with the decision that enacts it, a report telling of its body's plan)."""
    facts.told_of = citation
    warnings.append(f"the lead tells of {citation.doc_type} {citation.symbol}, the title says {layout.doc_type}: "
                    "not the page's number")
    subject = issuing_sentence(match, layout, re.escape(citation.doc_type))
    if subject and facts.issuer is None:
        facts.issuer = (subject.group(1), subject.span(1))
        facts.evidence = f"{ISSUED_THE_TOLD} {citation.symbol} (a guess)"


def bases_of_told(match: str, references, told, warnings: list[str]):
    """That document and the ones the lead's sentence names before it, as issued on them ("Trên cơ sở ... Kế hoạch
    số 02/KH-STP ..., phòng Tư pháp ban hành Kế hoạch số 21/KH-PTP"): the page only tells of them."""
    if told is None:
        return references
    start = own_citation.sentence_start(match, told.span[0])
    kept = []
    for ref in references:
        if ref.relation in PARENT_RELATIONS and start <= ref.span[0] <= told.span[0]:
            warnings.append(f"{ref.symbol}: {told.symbol}, which the page tells of, or its basis: a mention")
            ref = replace(ref, relation="mentions")
        kept.append(ref)
    return kept


def _presented_by_lead(match: str, layout: Layout, facts: site_metadata.Lead, limit: int, warnings: list[str]) -> None:
    """The type and issuer of the unnumbered document a news item presents ("giới thiệu nội dung hướng dẫn của Ban
    Thường vụ Thị ủy ..."), where neither a title nor an issuing verb names the page's type."""
    end = min(limit, layout.body[0]) if layout.body[0] else limit
    found = stated_type.presented(match, 0, end)
    if found is None or layout.doc_type or page_title.title_type(match) or stated_type.lead_type(match, 0, end):
        return
    facts.doc_type, facts.issuer, facts.evidence = found[0], found[1], "the document the lead presents"
    warnings.append(f"the type is read from the lead: '{found[2][:80]}'")


def _dated_with_number(match: str, citation, page_date: str, warnings: list[str]):
    """The page's own number printed with its date ("Quyết định số 3107/2016/QĐ-UBND ngày 13/12/2016 ...") under
    another date line: that line is the portal's (posted, printed), the date beside the number is the document's."""
    warnings.append(f"the page's date line says {page_date}; its number {citation.symbol} is dated {citation.date}, "
                    "the date taken")
    found = [d for d in find_dates(match, citation.span[0], citation.span[1] + 40) if d[0] == citation.date]
    return citation.date, found[0][1] if found else citation.span
