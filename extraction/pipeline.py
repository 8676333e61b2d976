"""extract_document: normalised text -> DocumentRecord, in stages.

find (layout, own symbol and date, citations) -> resolve (relations, issuers, identity)
-> annotate (assignments, deadlines, recipients, signer).

The stages' readers: own_number_date (the own number and date), enacting_decision (the document it is issued with),
page_type (the type and the level it implies), facts_without_header (what a page without a header says of itself),
own_issuer (the issuer, with header_issuer and issuer_in_words), cited_documents (the citations resolved)."""
from __future__ import annotations

import re
from datetime import date

from domain.registry import Registry
from domain.tables import doc_type_by_code
from extraction import assignments as duties
from extraction import cited_documents, closing, dateline, enacting_decision, facts_without_header, identity, own_issuer
from extraction import own_number_date, page_title, page_type, plain, stated_type
from extraction.find import find_citations
from extraction.issuer import resolve_phrase, scan_context
from extraction.models import DocumentRecord
from extraction.own_number_date import BLANK_DATE
from extraction.relations import classify
from extraction.sections import Layout, find_layout, header_end
from extraction.symbols import is_letter_number
from extraction.unnumbered import find_unnumbered
from extraction.unwrap import flowing, unwrap_joining
from loaders.normalize import match_text, normalize_text


def extract_document(text: str, *, source: str = "", registry: Registry | None = None,
                     metadata: dict | None = None, already_normal: bool = False) -> DocumentRecord:
    registry = registry or Registry.load()
    text = text if already_normal else normalize_text(text)
    match = plain.restore(match_text(text))   # "Can cu Nghi quyet so ...": a page that lost its marks
    match = dateline.blank_datelines(match)   # "(ĐN) - Ban Dân vận Tỉnh ủy vừa có ...": the paper's tag
    match, joined = unwrap_joining(match, header_end(match))
    warnings: list[str] = []
    layout = find_layout(match)

    own = own_number_date.own_symbol(match, layout, warnings)
    own_date, date_span = own_number_date.own_date(match, layout, metadata or {}, warnings)
    citations = find_citations(text, match)
    own, own_date, date_span, lead_facts = facts_without_header.from_lead(match, layout, citations, own, own_date, date_span, warnings,
                                                      draft=BLANK_DATE in warnings)
    if own:
        citations = [c for c in citations if c.symbol_span != own.span]
    references, relayed, more = classify(text, match, layout, citations, own.symbol if own else None)
    warnings += more
    references = facts_without_header.bases_of_told(match, references, lead_facts.told_of, warnings)
    doc_type = layout.doc_type or lead_facts.doc_type or (
        "Công văn" if own and is_letter_number(own) else None)
    if doc_type is None and not (own and own.type_code):
        letter = stated_type.LETTER.search(match, 0, max(layout.header[1], min(len(match), 1500)))
        doc_type = page_title.title_type(match) or page_title.abbreviated_title_type(match) or (
            "Công văn" if letter else page_type.type_from_lead(match, layout, warnings))
    if doc_type is None and own and own.type_code:
        # The opening's verb settles a code two types share ("Ban Bí thư quy định ..." under 137-QĐ/TW).
        said = stated_type.issued_type(match, 0, layout.preamble[1])
        doc_type = said if said and own.type_code in page_type.codes_of(said) else doc_type_by_code(own.form)[own.type_code].name
    if own and own.type_code and layout.doc_type and own.type_code not in page_type.codes_of(layout.doc_type):
        doc_type = page_type.type_by_code_over_title(match, layout, own, doc_type, warnings)

    enacting = enacting_decision.enacting(match, references)   # the document this one is issued with, if any
    doc_type = enacting_decision.type_of_own_enacting(match, own, citations, layout, doc_type, warnings)
    if own_date is None:
        own_date, date_span = own_number_date.attached_date(match, enacting)
    if own_date is None and BLANK_DATE not in warnings:
        own_date, date_span = own_number_date.meeting_date(match, layout, warnings)
    effective, effective_evidence = own_number_date.effective_date(own_date, references)
    as_of = date.fromisoformat(effective) if effective else None
    ctx = scan_context(match, registry, as_of)
    cited_documents.parent_hints(references, ctx)
    issuer = own_issuer.own_issuer(text, match, layout, own, ctx, doc_type, lead_facts, enacting)
    page_type.level_by_type(issuer, doc_type)
    ctx.own = issuer
    ctx.province = ctx.province or issuer.province
    cited_documents.resolve_citation_issuers(references, relayed, ctx, registry)
    references = cited_documents.without_self(match, references, own, own_date, issuer, warnings)

    whole = flowing(text, joined)   # wrapped lines joined: "xây dựng kế\nhoạch" asks for a plan
    found_deadlines = duties.deadlines(whole, layout.preamble[0], issued=as_of)
    assignments = duties.find_assignments(whole, layout.organisation, found_deadlines)
    warnings += duties.resolve_units(assignments, registry, issuer.body_id, as_of,
                                     lambda name: resolve_phrase(name, ctx))
    unnumbered = find_unnumbered(text, match, (layout.header[0], layout.preamble[1]),
                                 lambda name: resolve_phrase(name, ctx), issuer.body_id, registry)
    if issuer.confidence < 0.5:
        warnings.append(f"issuer uncertain: {issuer.evidence}")

    number = own.number if own else None
    type_code = own.type_code if own else page_type.codes_of(doc_type)[0] if doc_type and page_type.codes_of(doc_type) else None
    digest = identity.text_digest(match)
    scope = identity.scope(own.issuer_code if own else None, issuer.body_id)
    record = DocumentRecord(
        source=source, doc_id=identity.document_id(scope, type_code, number, own_date or effective, digest),
        symbol=own.symbol if own else None, number=number, doc_type=page_type.canonical(doc_type), kind=page_type.kind(doc_type), date=own_date,
        title=_title(text, layout), issuer=issuer, references=references, relayed=relayed,
        assignments=assignments,
        recipients=closing.recipients(text, layout.closing) or closing.addressees(text, layout.header[1]),
        signer=closing.signer(text, layout.closing), deadlines=found_deadlines,
        warnings=warnings, type_code=type_code, issuer_code=own.issuer_code if own else None,
        effective_date=effective, effective_date_evidence=effective_evidence, digest=digest, text=text,
        unnumbered=unnumbered,
        spans={"symbol": list(own.span) if own else None, "date": list(date_span) if date_span else None,
               "title": list(layout.title) if layout.title else None},
    )
    return record


def _title(text: str, layout: Layout) -> str | None:
    if layout.title is None:
        return None
    lines = [line for line in text[layout.title[0]:layout.title[1]].split("\n")
             if not re.fullmatch(r"[\s\-_=*.]*", line)]     # the rule under the subject line
    title = re.sub(r"\s+", " ", " ".join(lines)).strip()
    title = re.sub(r"^V/v\s*", "", title)
    if layout.doc_type and not title.lower().startswith(layout.doc_type.lower()):
        title = f"{layout.doc_type} {title[0].lower() + title[1:] if title[:1].isupper() and not title[:2].isupper() else title}"
    return title[:500]
