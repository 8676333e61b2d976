"""Build the cascade graph from document records.

Nodes are documents (ingested, or cited-only: known from citations alone) and bodies.
Citations are resolved here, against every ingested document, so a cited-only node merges
with the real document as soon as it is ingested: the edges simply point at it instead."""
from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import networkx as nx

from domain.registry import Registry, fold
from extraction import identity
from extraction.assignments import unplaced_id
from extraction.models import DocumentRecord, Reference, Relayed, UnnumberedRef
from queries.lineage import CANDIDATE, PARENT_EDGES

# The citations whose issuer settles an open issuer of the citing document.
SETTLING_RELATIONS = ("implements", "based_on")
__all__ = ["PARENT_EDGES", "build_graph", "GraphBuilder", "CitationIndex", "DocKey"]
# A cited date within this many days of an ingested document's date is the same document
# (real plans cite parents with a wrong year).
DATE_TOLERANCE_DAYS = 400
TITLE_KEPT = 160            # characters of a title kept in memory per document (a million of them)
# Confidence of a parent cited without a number: with its date; without one, by its subject in
# the time window; and of each of several documents that fit (candidates a person chooses from).
UNNUMBERED_DATED, UNNUMBERED_BY_SUBJECT, UNNUMBERED_CANDIDATE = 0.6, 0.5, 0.3


def _days(a: str | None, b: str | None) -> int | None:
    if not a or not b:
        return None
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


@dataclass(frozen=True)
class DocKey:
    """What citation resolution needs of an ingested document: small enough to keep a
    million of them in memory while the records themselves stream past."""
    doc_id: str
    number: str | None
    type_code: str | None
    issuer_code: str | None
    issuer_body_id: str | None
    date: str | None            # its own date, else its effective date
    title: str | None = None    # its title's first words: the subject an undated citation without a number names

    @classmethod
    def of(cls, record: DocumentRecord) -> "DocKey":
        return cls(record.doc_id, record.number, record.type_code, record.issuer_code, record.issuer.body_id,
                   record.date or record.effective_date, (record.title or "")[:TITLE_KEPT] or None)


class CitationIndex:
    """Resolves (scope, type, number, date) to a node id: an ingested document if one fits,
    else one shared cited-only node per distinct document."""

    def __init__(self, keys: Iterable[DocKey], registry: Registry) -> None:
        self.registry = registry
        self.ingested: dict[tuple, list[tuple[str | None, str, str | None]]] = defaultdict(list)
        self.by_number: dict[tuple, list[tuple[str | None, str, str | None]]] = defaultdict(list)
        self.issuer_of: dict[str, str | None] = {}    # every ingested doc_id -> its issuing body
        self.by_issuer_type: dict[tuple, list[tuple[str | None, str, str | None]]] = defaultdict(list)  # unnumbered
        for key in keys:
            self.issuer_of[key.doc_id] = key.issuer_body_id
            if key.issuer_body_id:
                self.by_issuer_type[(key.issuer_body_id, key.type_code)].append((key.date, key.doc_id, key.title))
            if key.number is None:
                continue
            scope = identity.scope(key.issuer_code, key.issuer_body_id)
            entry = (key.date, key.doc_id, key.issuer_code)
            self.ingested[(scope, key.type_code, identity.number_key(key.number))].append(entry)
            self.by_number[(key.type_code, identity.number_key(key.number))].append(entry)
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

    def unnumbered(self, ref: UnnumberedRef, citing: DocumentRecord) -> tuple[list[str], str, float]:
        """(the documents a citation without a number fits, what matched, confidence): same issuer
        and type, and the same date; without a date, a date up to a year before the citing
        document and, when the citation names its subject ("về tuyên truyền"), a title with
        every word of it."""
        entries = self.by_issuer_type.get((ref.issuer_body_id, ref.type_code), []) if ref.issuer_body_id else []
        if ref.date:
            return (sorted(doc_id for day, doc_id, _ in entries if day == ref.date and doc_id != citing.doc_id),
                    "issuer, type and date", UNNUMBERED_DATED)
        cited_on = citing.date or citing.effective_date
        fits = [(doc_id, title) for day, doc_id, title in entries if doc_id != citing.doc_id and day and cited_on
                and 0 <= (date.fromisoformat(cited_on) - date.fromisoformat(day)).days <= 365]
        if not ref.subject:
            return sorted(d for d, _ in fits), "issuer, type and a date within a year (no date, no subject)", \
                UNNUMBERED_BY_SUBJECT
        wanted = subject_words(ref.subject)
        return (sorted(d for d, title in fits if title and wanted <= subject_words(title)),
                f"issuer, type, a date within a year and the subject '{ref.subject}' in the title",
                UNNUMBERED_BY_SUBJECT)

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


class NetworkxSink:
    """Where GraphBuilder puts nodes and edges when the whole graph is wanted in memory."""

    def __init__(self) -> None:
        self.graph = nx.MultiDiGraph()

    def node(self, node_id: str, attrs: dict) -> None:
        self.graph.add_node(node_id, **attrs)

    def edge(self, source: str, target: str, key: str, attrs: dict, *, keep_existing: bool = False) -> None:
        if not (keep_existing and self.graph.has_edge(source, target, key=key)):
            self.graph.add_edge(source, target, key=key, **attrs)

    def citation(self, doc_id: str, position: int, ref: Reference, target: str) -> None:
        """Where each citation went (graph.sqlite keeps it, to update the graph in place)."""

    def claim(self, relayer: str, position: int, claim: Relayed, child: str | None, parent: str | None) -> None:
        """Where each relayed claim went (likewise)."""


def build_graph(records: Iterable[DocumentRecord], registry: Registry | None = None) -> nx.MultiDiGraph:
    registry = registry or Registry.load()
    records = sorted(records, key=lambda r: r.doc_id)
    sink = NetworkxSink()
    builder = GraphBuilder(CitationIndex(map(DocKey.of, records), registry), registry, sink)
    for record in records:
        builder.settle_issuer(record)
    for record in records:
        builder.add_document(record)
    for record in records:
        builder.add_links(record)
    builder.finish()
    return sink.graph


class GraphBuilder:
    """Records -> nodes and edges, one record at a time, into a sink (networkx in memory, or
    the SQLite graph tables of a national store). Records must come in doc_id order, each
    settled before it is added, so that both sinks get the same graph."""

    def __init__(self, index: CitationIndex, registry: Registry, sink) -> None:
        self.index, self.registry, self.sink = index, registry, sink
        self.cited: dict[str, dict] = {}       # cited-only documents: attributes, filled as citations come
        self.bodies: dict[str, dict] = {}      # bodies met so far: what the documents say of them

    def settle_issuer(self, record: DocumentRecord) -> None:
        """An issuer the text left open ("ĐẢNG ỦY XÃ AN HIỆP" under a huyện Châu Thành that several
        provinces have) is settled by the corpus: the candidate under the issuer of the document it
        implements. The doc_id stays; the ISSUED_BY edge and the issuer fields change, with evidence."""
        issuer = record.issuer
        if issuer.body_id or not issuer.candidates:
            return
        parents = {}
        for ref in record.references:
            if ref.relation in SETTLING_RELATIONS:
                target, ingested, _ = self.index.resolve(ref, record)
                if ingested and self.index.issuer_of.get(target):
                    parents[self.index.issuer_of[target]] = ref.symbol
        if self.settle_with(record, parents):
            self.index.issuer_of[record.doc_id] = issuer.body_id

    def settle_with(self, record: DocumentRecord, parents: dict[str, str]) -> bool:
        """Settle RECORD's open issuer given its parents' issuers (issuer body -> the parent's
        symbol); True when settled."""
        issuer = record.issuer
        fits = [c for c in issuer.candidates
                if (body := self.registry.get(c)) is not None and body.parent_id in parents]
        if len(fits) == 1:
            body = self.registry.get(fits[0])
            issuer.evidence += (f"; settled by the corpus: of {len(issuer.candidates)} candidates only "
                                f"{body.name} ({body.province}) is under the issuer of its parent "
                                f"{parents[body.parent_id]}")
            issuer.body_id, issuer.name, issuer.level, issuer.system = body.body_id, body.name, body.level, body.system
            issuer.locality, issuer.province, issuer.kind = body.locality, body.province, body.kind
            issuer.confidence = 0.75
            return True
        return False

    def add_document(self, record: DocumentRecord) -> None:
        issuer = record.issuer
        self.sink.node(record.doc_id, dict(
            kind="document", ingested=True, symbol=record.symbol, doc_type=record.doc_type or record.kind,
            type_code=record.type_code, number=record.number, date=record.date, effective_date=record.effective_date,
            title=record.title, issuer=issuer.name, issuer_body_id=issuer.body_id, level=issuer.level,
            system=issuer.system, locality=issuer.locality, province=issuer.province,
            issuer_confidence=issuer.confidence, issuer_evidence=issuer.evidence, source=record.source,
            warnings=len(record.warnings), label=record.symbol or (record.title or record.doc_id)[:60],
        ))
        if issuer.body_id:
            self._body(issuer.body_id, dict(name=issuer.name, level=issuer.level, system=issuer.system,
                                            province=issuer.province, locality=issuer.locality))
            self.sink.edge(record.doc_id, issuer.body_id, "ISSUED_BY", dict(
                relation="ISSUED_BY", evidence=issuer.evidence, confidence=issuer.confidence, span=_clean(issuer.span)))

    def add_links(self, record: DocumentRecord) -> None:
        node_of: dict[str, str] = {}
        for position, ref in enumerate(record.references):
            target, ingested, how = self.index.resolve(ref, record)
            node_of[ref.symbol] = target
            self.sink.citation(record.doc_id, position, ref, target)
            if target == record.doc_id:
                continue  # a document citing itself
            if target not in self.index.issuer_of:
                self._cite(target, ref)
            relation = ref.relation.upper()
            self.sink.edge(record.doc_id, target, relation, dict(
                relation=relation, subtype=ref.subtype, where=ref.where, text=ref.text, span=_clean(ref.span),
                confidence=ref.confidence, phrase=ref.phrase, matched=how, claimed_by=None))
        for position, claim in enumerate(record.relayed):
            child, parent = node_of.get(claim.child), node_of.get(claim.parent)
            self.sink.claim(record.doc_id, position, claim, child, parent)
            if child and parent and child != parent:
                # The child's own citation of its parent, when ingested, says more: it wins.
                self.sink.edge(child, parent, "IMPLEMENTS", relayed_attrs(claim, record.doc_id), keep_existing=True)
        self.add_unnumbered(record, set(node_of.values()))
        self.add_assignments(record)

    def add_unnumbered(self, record: DocumentRecord, cited: set[str]) -> None:
        """Its citations without a number: the one document that fits each, unless a numbered
        citation (CITED) already reaches it; when several fit, each is a candidate (MAY_IMPLEMENT,
        not a parent: lineage does not follow it) until a person chooses (queries/review.py)."""
        for ref in record.unnumbered:
            fits, how, confidence = self.index.unnumbered(ref, record)
            if not fits or cited.intersection(fits):
                continue
            attrs = dict(subtype="unnumbered", where="preamble", text=ref.text, span=_clean(ref.span),
                         phrase=None, claimed_by=None)
            if len(fits) == 1:
                # One document fits: a parent, with less confidence than a numbered citation.
                self.sink.edge(record.doc_id, fits[0], "IMPLEMENTS", dict(
                    relation="IMPLEMENTS", confidence=confidence, matched=f"{how}; {ref.evidence}", **attrs),
                    keep_existing=True)
                continue
            for fit in fits:
                self.sink.edge(record.doc_id, fit, CANDIDATE, dict(
                    relation=CANDIDATE, confidence=UNNUMBERED_CANDIDATE, candidates=_clean(fits),
                    matched=f"{how}; {len(fits)} documents fit, none chosen; {ref.evidence}", **attrs),
                    keep_existing=True)

    def add_assignments(self, record: DocumentRecord) -> None:
        for number, assignment in enumerate(record.assignments):
            unplaced = {unplaced_id(text): dict(name=text, unplaced=True) for text in assignment.unplaced}
            for body_id in assignment.body_ids:
                self._body(body_id, unplaced.get(body_id))
                self.sink.edge(record.doc_id, body_id, f"ASSIGNS:{number}", dict(
                    relation="ASSIGNS", unit=assignment.unit, unit_class=assignment.unit_class,
                    expects_plan=assignment.expects_plan, deadline=assignment.deadline,
                    text=assignment.text[:400], span=_clean(assignment.span), evidence=assignment.evidence))

    def finish(self) -> None:
        """Cited-only documents and bodies, once every citation of them is known, then the
        SUBORDINATE_OF chains of the bodies up to the centre."""
        for node_id, attrs in self.cited.items():
            self.sink.node(node_id, attrs)
        chained: set[str] = set()
        for body_id in list(self.bodies):
            self._add_body_chain(body_id, chained)
        for body_id, attrs in self.bodies.items():
            self.sink.node(body_id, attrs)

    def _cite(self, target: str, ref: Reference) -> None:
        attrs = self.cited.get(target)
        if attrs is None:
            attrs = self.cited[target] = dict(
                kind="document", ingested=False, symbol=ref.symbol, doc_type=ref.doc_type, type_code=ref.type_code,
                number=ref.number, date=ref.date, title=None, issuer=ref.issuer, issuer_body_id=ref.issuer_body_id,
                level=None, system=None, label=ref.symbol, cited_by=0)
            _fill_cited_level(attrs, ref, self.registry)
        attrs["cited_by"] += 1
        for attr, value in (("date", ref.date), ("issuer", ref.issuer), ("doc_type", ref.doc_type)):
            if not attrs.get(attr) and value:
                attrs[attr] = value

    def _body(self, body_id: str, known: dict | None = None) -> None:
        if body_id in self.bodies:
            return
        if self.registry.get(body_id):
            attrs = _registry_attrs(self.registry, body_id)
        else:
            attrs = dict(known or {}, in_registry=False)
        attrs.setdefault("label", attrs.get("name") or body_id)
        self.bodies[body_id] = dict(kind="body", **attrs)

    def _add_body_chain(self, body_id: str, chained: set[str]) -> None:
        """SUBORDINATE_OF edges up to the centre, for bodies the graph holds. Boards ("tu.x/btg")
        are subordinate to their committee."""
        current = body_id
        while current not in chained:
            chained.add(current)
            body = self.registry.get(current)
            parent = body.parent_id if body else (current.split("/")[0] if "/" in current else None)
            if not parent:
                return
            self._body(parent)
            self.sink.edge(current, parent, "SUBORDINATE_OF", dict(relation="SUBORDINATE_OF"))
            current = parent


@lru_cache(maxsize=1 << 14)   # each candidate title is compared with every citation of its issuer and type
def subject_words(text: str) -> frozenset[str]:
    """The words of a subject or title, folded ("Tuyên truyền" and "tuyên truyền" are one)."""
    return frozenset(w for w in re.findall(r"\w+", fold(text)) if len(w) > 1)


def relayed_attrs(claim: Relayed, relayer: str) -> dict:
    return dict(relation="IMPLEMENTS", subtype="relayed", where="relayed", text=claim.text, span=_clean(claim.span),
                confidence=0.8, phrase=None, matched="relayed claim", claimed_by=relayer)


def _registry_attrs(registry: Registry, body_id: str) -> dict:
    body = registry.get(body_id)
    return dict(name=body.name, level=body.level, system=body.system, province=body.province,
                locality=body.locality, unit_type=body.unit_type, body_kind=body.kind, in_registry=True,
                valid_from=body.valid_from.isoformat() if body.valid_from else None,
                valid_to=body.valid_to.isoformat() if body.valid_to else None, label=body.name)


def _fill_cited_level(attrs: dict, ref: Reference, registry: Registry) -> None:
    body = registry.get(ref.issuer_body_id) if ref.issuer_body_id else None
    if body is None and ref.issuer_body_id and "/" in ref.issuer_body_id:
        body = registry.get(ref.issuer_body_id.split("/")[0])
    if body is not None:
        attrs.update(level=body.level, system=body.system, province=body.province or None,
                     locality=body.locality or None)
