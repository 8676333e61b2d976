"""The cited documents once found: the issuers their parents name (which tell the document's own province), their
short issuer codes expanded and their issuers resolved, and the document's own symbol dropped from them (also written
with other separators: 107/KH-ĐUK for 107-KH/ĐUK).

Read after the document's own identity: the citations are resolved against it."""
from __future__ import annotations

import re
from datetime import date

from domain.registry import Registry
from extraction.enacting_decision import SEPARATORS
from extraction.issuer import Context, resolve_code, resolve_phrase
from extraction.models import Issuer
from extraction.relations import demote_listed_with_self, PARENT_RELATIONS

def parent_hints(references, ctx: Context) -> None:
    """The issuers the parents name ("của Tỉnh ủy Hưng Yên") tell the document's own province."""
    as_of = ctx.as_of
    for ref in references:
        if ref.relation in PARENT_RELATIONS and ref.issuer:
            ctx.as_of = date.fromisoformat(ref.date) if ref.date else as_of
            resolved = resolve_phrase(ref.issuer, ctx)
            if resolved.body_id and resolved.confidence >= 0.8:
                ctx.parents.append(resolved)
    ctx.as_of = as_of
    provinces = {p.province for p in ctx.parents if p.province and p.level != "central"}
    if len(provinces) == 1 and ctx.province is None:
        ctx.province = provinces.pop()


def resolve_citation_issuers(references, relayed, ctx: Context, registry: Registry) -> None:
    as_of = ctx.as_of
    by_symbol = {}
    renamed: dict[str, str] = {}
    for ref in references:
        ctx.as_of = date.fromisoformat(ref.date) if ref.date else as_of
        if ref.issuer:
            resolved = resolve_phrase(ref.issuer, ctx)
            if resolved.confidence < 0.5 and ref.issuer_code:
                resolved = resolve_code(ref.issuer_code, ctx)
        else:
            resolved = resolve_code(ref.issuer_code, ctx) if ref.issuer_code else Issuer()
        ref.issuer_body_id = resolved.body_id
        ref.issuer_evidence = resolved.evidence
        ref.issuer_candidates = [] if resolved.body_id else list(resolved.candidates)
        _expand_short_code(ref, registry, renamed)
        by_symbol[ref.symbol] = ref
    ctx.as_of = as_of
    for claim in relayed:
        claim.child, claim.parent = renamed.get(claim.child, claim.child), renamed.get(claim.parent, claim.parent)
        for attr, symbol in (("child_issuer_body_id", claim.child), ("parent_issuer_body_id", claim.parent)):
            ref = by_symbol.get(symbol)
            setattr(claim, attr, ref.issuer_body_id if ref else None)


def without_self(match: str, references, own, own_date: str | None, issuer: Issuer, warnings: list[str]):
    """Drop the document's own symbol (also written with other separators: 107/KH-ĐUK for
    107-KH/ĐUK) when the citation names no other issuer or date: a city's 56-KH/TU may implement
    the province's 56-KH/TU, but not itself. What a cue lists with it ("Thực hiện Kế hoạch số
    107/KH-ĐUK của Đảng ủy Khối và Công văn số 571-CV-ĐUB ..., Đảng ủy Học viện phát động ...")
    founds another body's document, one that carries this one out: mentions here."""
    if own is None:
        return references
    kept, selves = [], []
    for ref in references:
        other = ref.issuer_body_id not in (None, issuer.body_id) and ref.date != own_date
        same = SEPARATORS.sub("", ref.symbol) == SEPARATORS.sub("", own.symbol) or (
            ref.type_code and (ref.number, ref.type_code, ref.issuer_code) == (own.number, own.type_code, own.issuer_code)
            and _year_of(ref.symbol) in (None, own.year))   # 19/2017/TT-BNNPTNT amends 19/2016/TT-BNNPTNT
        if same and not other:   # 721/QĐ-BXD in the site's title is the 721/Q -BXD a broken font printed
            warning = f"the document cites its own symbol {own.symbol} (ignored)"
            if warning not in warnings:
                warnings.append(warning)
            selves.append(ref)
            continue
        kept.append(ref)
    demote_listed_with_self(match, kept, selves, warnings)
    return kept


_SYMBOL_YEAR = re.compile(r"/((?:19|20)\d{2})/")


def _year_of(symbol: str | None) -> str | None:
    """The year a state symbol prints between its number and its codes (15/2020/NĐ-CP), if any."""
    found = _SYMBOL_YEAR.search(symbol or "")
    return found.group(1) if found else None


def _expand_short_code(ref, registry: Registry, renamed: dict[str, str]) -> None:
    """Real plans shorten issuer codes ("229-QĐ/BCĐ" for a BCĐTW document): when the cited
    issuer is a central body whose own code extends the written one, write the full code."""
    body = registry.get(ref.issuer_body_id) if ref.issuer_body_id else None
    if body is None or not ref.issuer_code or not ref.symbol.endswith("/" + ref.issuer_code):
        return
    longer = [c for c in body.issuer_codes if c != ref.issuer_code and c.startswith(ref.issuer_code)]
    if len(longer) == 1:
        written = ref.symbol
        ref.symbol = written[: -len(ref.issuer_code)] + longer[0]
        ref.issuer_code = longer[0]
        ref.issuer_evidence += f"; written {written}, the code of {body.name} is {longer[0]}"
        renamed[written] = ref.symbol
