"""Build the cascade graph from document records.

Nodes are documents (ingested, or cited-only: known from citations alone) and bodies.
Citations are resolved here, against every ingested document, so a cited-only node merges
with the real document as soon as it is ingested: the edges simply point at it instead."""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import date

import networkx as nx

from domain.registry import Registry
from extraction import identity
from extraction.models import DocumentRecord, Reference

PARENT_EDGES = ("IMPLEMENTS", "BASED_ON")
# A cited date within this many days of an ingested document's date is the same document
# (real plans cite parents with a wrong year).
DATE_TOLERANCE_DAYS = 400


def _days(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


class CitationIndex:
    """Resolves (scope, type, number, date) to a node id: an ingested document if one fits,
    else one shared cited-only node per distinct document."""

    def __init__(self, records: list[DocumentRecord], registry: Registry) -> None:
        self.registry = registry
        self.ingested: dict[tuple, list[tuple[str | None, str, str | None]]] = defaultdict(list)
        self.by_number: dict[tuple, list[tuple[str | None, str, str | None]]] = defaultdict(list)
        for record in records:
            if record.number is None:
                continue
            scope = identity.scope(record.issuer_code, record.issuer.body_id)
            entry = (record.date or record.effective_date, record.doc_id, record.issuer_code)
            self.ingested[(scope, record.type_code, identity.number_key(record.number))].append(entry)
            self.by_number[(record.type_code, identity.number_key(record.number))].append(entry)
        self.cited: dict[tuple, list[tuple[str | None, str]]] = defaultdict(list)

    def resolve(self, ref: Reference, citing: DocumentRecord) -> tuple[str, bool, str]:
        """(node id, ingested?, how it was matched)."""
        scope = identity.scope(ref.issuer_code, ref.issuer_body_id)
        number = identity.number_key(ref.number)
        key = (scope, ref.type_code, number)
        # A wrong year before a merger names the old body ("Tỉnh ủy An Giang" of 2025 for a plan
        # of the 2025 Tỉnh ủy An Giang): the body and its successors compete, nearest date first.
        scopes = [scope] + [s.body_id for s in self.registry.successors(scope)]
        entries = [e for s in scopes for e in self.ingested.get((s, ref.type_code, number), [])]
        found = self._nearest(entries, ref.date)
        if found:
            return found, True, "issuer, type and number" + ("" if ref.date else "; the citation has no date") \
                + ("" if found in {e[1] for e in self.ingested.get(key, [])} else f"; {scope} has a successor")
        if scope.startswith("?") and ref.issuer_candidates:
            # "Huyện ủy Châu Thành" fits several provinces: the one that has such a document.
            hits = {found for body_id in ref.issuer_candidates
                    if (found := self._nearest(self.ingested.get((body_id, ref.type_code, number), []), ref.date))}
            if len(hits) == 1:
                return hits.pop(), True, (f"type and number; of {len(ref.issuer_candidates)} bodies the words fit, "
                                          f"only one has this document")
        if scope.startswith("?"):
            # An issuer nobody could resolve: the cited document belongs to this citation alone.
            key = (f"{scope}@{citing.doc_id}", ref.type_code, number)
        # Shortened issuer codes ("229-QĐ/BCĐ" for a BCĐTW document): same type and number,
        # a code that is a prefix of the other, and the same date.
        for entry_date, doc_id, code in self.by_number.get((ref.type_code, number), []):
            if code and ref.issuer_code and (code.startswith(ref.issuer_code) or ref.issuer_code.startswith(code)) \
                    and ref.date and _days(entry_date, ref.date) is not None and _days(entry_date, ref.date) <= 1:
                return doc_id, True, f"type, number and date; issuer code {ref.issuer_code} taken for {code}"
        for cited_date, node_id in self.cited[key]:
            days = _days(cited_date, ref.date)
            if days is None or days <= DATE_TOLERANCE_DAYS:
                return node_id, False, "cited only"
        node_id = identity.document_id(key[0], ref.type_code, ref.number, ref.date)
        self.cited[key].append((ref.date, node_id))
        return node_id, False, "cited only"

    @staticmethod
    def _nearest(entries, cited_date: str | None) -> str | None:
        if not entries:
            return None
        if cited_date is None:
            return entries[0][1] if len(entries) == 1 else None
        def distance(entry) -> tuple[int, int]:
            # A wrong year keeps the day and the month: "07/01/2025" for a plan of 07/01/2026.
            same_day = bool(entry[0]) and entry[0][5:] == cited_date[5:]
            return (0 if same_day else 1, _days(entry[0], cited_date) if entry[0] else DATE_TOLERANCE_DAYS)
        best = min(entries, key=distance)
        days = _days(best[0], cited_date)
        return best[1] if days is None or days <= DATE_TOLERANCE_DAYS else None


def _clean(value):
    """Node/edge attributes: scalars only, so every export format can carry them."""
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def build_graph(records: Iterable[DocumentRecord], registry: Registry | None = None) -> nx.MultiDiGraph:
    registry = registry or Registry.load()
    records = sorted(records, key=lambda r: r.doc_id)
    graph = nx.MultiDiGraph()
    index = CitationIndex(records, registry)
    _settle_issuers(records, index, registry)
    for record in records:
        _add_document(graph, record, registry)
    for record in records:
        _add_links(graph, record, index, registry)
    for node in [n for n, d in graph.nodes(data=True) if d.get("kind") == "body"]:
        _add_body_chain(graph, node, registry)
    return graph


def _settle_issuers(records: list[DocumentRecord], index: CitationIndex, registry: Registry) -> None:
    """An issuer the text left open ("ĐẢNG ỦY XÃ AN HIỆP" under a huyện Châu Thành that several
    provinces have) is settled by the corpus: the candidate under the issuer of the document it
    implements. The doc_id stays; the ISSUED_BY edge and the issuer fields change, with evidence."""
    by_id = {record.doc_id: record for record in records}
    for record in records:
        if record.issuer.body_id or not record.issuer.candidates:
            continue
        parents = {}
        for ref in record.references:
            if ref.relation in ("implements", "based_on"):
                target, ingested, _ = index.resolve(ref, record)
                if ingested and by_id[target].issuer.body_id:
                    parents[by_id[target].issuer.body_id] = ref.symbol
        fits = [c for c in record.issuer.candidates
                if (body := registry.get(c)) is not None and body.parent_id in parents]
        if len(fits) == 1:
            body = registry.get(fits[0])
            issuer = record.issuer
            issuer.evidence += (f"; settled by the corpus: of {len(issuer.candidates)} candidates only "
                                f"{body.name} ({body.province}) is under the issuer of its parent "
                                f"{parents[body.parent_id]}")
            issuer.body_id, issuer.name, issuer.level, issuer.system = body.body_id, body.name, body.level, body.system
            issuer.locality, issuer.province, issuer.kind = body.locality, body.province, body.kind
            issuer.confidence = 0.75


def _add_document(graph: nx.MultiDiGraph, record: DocumentRecord, registry: Registry) -> None:
    issuer = record.issuer
    graph.add_node(
        record.doc_id, kind="document", ingested=True, symbol=record.symbol, doc_type=record.doc_type,
        type_code=record.type_code, number=record.number, date=record.date, effective_date=record.effective_date,
        title=record.title, issuer=issuer.name, issuer_body_id=issuer.body_id, level=issuer.level,
        system=issuer.system, locality=issuer.locality, province=issuer.province,
        issuer_confidence=issuer.confidence, issuer_evidence=issuer.evidence, source=record.source,
        warnings=len(record.warnings), label=record.symbol or (record.title or record.doc_id)[:60],
    )
    if issuer.body_id:
        _ensure_body(graph, issuer.body_id, registry, name=issuer.name, level=issuer.level, system=issuer.system,
                     province=issuer.province, locality=issuer.locality)
        graph.add_edge(record.doc_id, issuer.body_id, key="ISSUED_BY", relation="ISSUED_BY",
                       evidence=issuer.evidence, confidence=issuer.confidence, span=_clean(issuer.span))


def _ensure_body(graph: nx.MultiDiGraph, body_id: str, registry: Registry | None = None, **known) -> None:
    if body_id in graph and graph.nodes[body_id].get("kind") == "body":
        return
    attrs = _registry_attrs(registry, body_id) if registry and registry.get(body_id) else dict(known, in_registry=False)
    attrs.setdefault("label", attrs.get("name") or body_id)
    graph.add_node(body_id, kind="body", **attrs)


def _add_links(graph: nx.MultiDiGraph, record: DocumentRecord, index: CitationIndex, registry: Registry) -> None:
    node_of: dict[str, str] = {}
    for ref in record.references:
        target, ingested, how = index.resolve(ref, record)
        node_of[ref.symbol] = target
        if target == record.doc_id:
            continue  # a document citing itself
        if target not in graph:
            graph.add_node(target, kind="document", ingested=False, symbol=ref.symbol, doc_type=ref.doc_type,
                           type_code=ref.type_code, number=ref.number, date=ref.date, title=None,
                           issuer=ref.issuer, issuer_body_id=ref.issuer_body_id, level=None, system=None,
                           label=ref.symbol, cited_by=0)
            _fill_cited_level(graph, target, ref, registry)
        if not graph.nodes[target].get("ingested"):
            graph.nodes[target]["cited_by"] = graph.nodes[target].get("cited_by", 0) + 1
            for attr, value in (("date", ref.date), ("issuer", ref.issuer), ("doc_type", ref.doc_type)):
                if not graph.nodes[target].get(attr) and value:
                    graph.nodes[target][attr] = value
        relation = ref.relation.upper()
        graph.add_edge(record.doc_id, target, key=relation, relation=relation, subtype=ref.subtype,
                       where=ref.where, text=ref.text, span=_clean(ref.span), confidence=ref.confidence,
                       phrase=ref.phrase, matched=how, claimed_by=None)
    for claim in record.relayed:
        child, parent = node_of.get(claim.child), node_of.get(claim.parent)
        if child and parent and child != parent and not graph.has_edge(child, parent, key="IMPLEMENTS"):
            graph.add_edge(child, parent, key="IMPLEMENTS", relation="IMPLEMENTS", subtype="relayed",
                           where="relayed", text=claim.text, span=_clean(claim.span), confidence=0.8,
                           phrase=None, matched="relayed claim", claimed_by=record.doc_id)
    for number, assignment in enumerate(record.assignments):
        for body_id in assignment.body_ids:
            _ensure_body(graph, body_id, registry)
            graph.add_edge(record.doc_id, body_id, key=f"ASSIGNS:{number}", relation="ASSIGNS",
                           unit=assignment.unit, unit_class=assignment.unit_class,
                           expects_plan=assignment.expects_plan, deadline=assignment.deadline,
                           text=assignment.text[:400], span=_clean(assignment.span), evidence=assignment.evidence)


def _registry_attrs(registry: Registry, body_id: str) -> dict:
    body = registry.get(body_id)
    return dict(name=body.name, level=body.level, system=body.system, province=body.province,
                locality=body.locality, unit_type=body.unit_type, body_kind=body.kind, in_registry=True,
                valid_from=body.valid_from.isoformat() if body.valid_from else None,
                valid_to=body.valid_to.isoformat() if body.valid_to else None, label=body.name)


def _fill_cited_level(graph: nx.MultiDiGraph, node: str, ref: Reference, registry: Registry) -> None:
    body = registry.get(ref.issuer_body_id) if ref.issuer_body_id else None
    if body is None and ref.issuer_body_id and "/" in ref.issuer_body_id:
        body = registry.get(ref.issuer_body_id.split("/")[0])
    if body is not None:
        graph.nodes[node].update(level=body.level, system=body.system, province=body.province or None,
                                 locality=body.locality or None)


def _add_body_chain(graph: nx.MultiDiGraph, body_id: str, registry: Registry) -> None:
    """SUBORDINATE_OF edges up to the centre, for bodies the graph holds. Boards ("tu.x/btg")
    are subordinate to their committee."""
    current = body_id
    while True:
        body = registry.get(current)
        parent = body.parent_id if body else (current.split("/")[0] if "/" in current else None)
        if not parent or graph.has_edge(current, parent, key="SUBORDINATE_OF"):
            return
        _ensure_body(graph, parent, registry)
        graph.add_edge(current, parent, key="SUBORDINATE_OF", relation="SUBORDINATE_OF")
        current = parent
