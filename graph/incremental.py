"""Updating graph.sqlite in place when documents are added, replaced or removed, in one
transaction, re-resolving only what the change can affect.

A citation is resolved against the documents of its group alone (the same type and number:
graph.build.CitationIndex looks nowhere else), and the cited-only nodes come from the citations
of one part of a group (one issuer scope; or one document's citations of an issuer nobody
resolved) in doc_id order. So a change dirties the parts whose citations may resolve to a
changed document (its scope, the scopes it succeeds, unresolved issuers, the same date within
a day), the parts that cited it, and the parts of its own citations that reach no ingested
document; each is replayed whole (its citations kept in `cites`) through the same GraphBuilder
as a full build. The changed documents' other citations are resolved alone. Then: their nodes,
issuers and assignments; the open issuers the corpus settles, in doc_id order, as far as a
changed issuer reaches; the relayed claims whose ends moved; the bodies that gained or lost
their last document; the links of citations without a number (issue 11) whose issuer and type
a changed document has or had, or whose citing document changed or was replayed; the search
index, the quality tables and the counts.
tests/test_scale.py proves the result equal to a full build after random additions,
replacements and removals. `update` declines (the caller builds again) a change too large to
gain from it, one where a document's two citations of the same target fall in a replayed
and a kept part (the edge keeps the later one's data), or one that moves a citation without a
number onto or off a pair a relayed claim also links (which edge wins depends on the order).
"""
from __future__ import annotations

import datetime as dt
import heapq
import json
import sqlite3
from dataclasses import astuple
from itertools import groupby
from types import SimpleNamespace

from domain.registry import Registry
from extraction import identity
from extraction.models import DocumentRecord, Reference, Relayed, UnnumberedRef, _plain, _tuples
from graph import overview, search_index
from graph.build import SETTLING_RELATIONS, CitationIndex, DocKey, GraphBuilder, relayed_attrs
from queries.lineage import CANDIDATE

SCHEMA = """
CREATE TABLE IF NOT EXISTS key_rows (doc_id TEXT PRIMARY KEY, grp TEXT, key TEXT NOT NULL, open_issuer INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS doc_groups (node_id TEXT PRIMARY KEY, grp TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS cites (doc_id TEXT NOT NULL, position INTEGER NOT NULL, grp TEXT NOT NULL,
                                  relation TEXT NOT NULL, target TEXT, ref TEXT NOT NULL, scope TEXT NOT NULL,
                                  date TEXT NOT NULL, PRIMARY KEY (doc_id, position));
CREATE TABLE IF NOT EXISTS claims (relayer TEXT NOT NULL, position INTEGER NOT NULL, child TEXT, parent TEXT,
                                   claim TEXT NOT NULL, PRIMARY KEY (relayer, position));
CREATE TABLE IF NOT EXISTS unnumbered_cites (doc_id TEXT NOT NULL, position INTEGER NOT NULL, issuer_body_id TEXT,
                                             type_code TEXT, ref TEXT NOT NULL, PRIMARY KEY (doc_id, position));
"""
INDEXES = """
CREATE INDEX IF NOT EXISTS key_rows_by_group ON key_rows (grp);
CREATE INDEX IF NOT EXISTS doc_groups_by_group ON doc_groups (grp);
CREATE INDEX IF NOT EXISTS cites_by_part ON cites (grp, scope, doc_id, position);
CREATE INDEX IF NOT EXISTS cites_by_date ON cites (grp, date);
CREATE INDEX IF NOT EXISTS cites_by_target ON cites (target);
CREATE INDEX IF NOT EXISTS claims_by_ends ON claims (child, parent);
CREATE INDEX IF NOT EXISTS claims_by_parent ON claims (parent);
CREATE INDEX IF NOT EXISTS unnumbered_by_target ON unnumbered_cites (issuer_body_id, type_code);
CREATE INDEX IF NOT EXISTS key_rows_by_issuer_type ON key_rows (json_extract(key, '$[4]'), json_extract(key, '$[2]'));
"""
# Beyond this many changed documents a full build is about as fast, and simpler.
MAX_CHANGED = 5000
_to_json = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode


def group(type_code: str | None, number: str | None) -> str:
    """The citations and documents that can resolve to one another: the same type and number."""
    return f"{type_code}|{identity.number_key(number)}"


def key_row(record: DocumentRecord) -> tuple:
    """Call it before the record's issuer is settled: the key is what the store keeps."""
    key = DocKey.of(record)
    open_issuer = not record.issuer.body_id and bool(record.issuer.candidates)
    return record.doc_id, group(key.type_code, key.number), _to_json(astuple(key)), int(open_issuer)


def citation_row(doc_id: str, position: int, ref: Reference, target: str | None) -> tuple:
    return (doc_id, position, group(ref.type_code, ref.number), ref.relation, target, _to_json(_plain(ref)),
            identity.scope(ref.issuer_code, ref.issuer_body_id), ref.date or "")


def unnumbered_rows(record: DocumentRecord) -> list[tuple]:
    """Its citations without a number, by the issuer and type of the documents they may fit
    (graph.build.CitationIndex.by_issuer_type's key)."""
    return [(record.doc_id, i, ref.issuer_body_id, ref.type_code, _to_json(_plain(ref)))
            for i, ref in enumerate(record.unnumbered)]


def part(grp: str, scope: str, doc_id: str) -> tuple[str, str, str]:
    """The citations that share cited-only nodes (graph.build.CitationIndex.cited's key): one
    group and issuer scope, or one citing document's citations of an issuer nobody resolved."""
    return grp, scope, doc_id if scope.startswith("?") else ""


def claim_row(relayer: str, position: int, claim: Relayed, child: str | None, parent: str | None) -> tuple:
    return relayer, position, child, parent, _to_json(_plain(claim))


def group_row(node_id: str, attrs: dict) -> tuple | None:
    return (node_id, group(attrs.get("type_code"), attrs.get("number"))) if attrs.get("kind") == "document" else None


class CaptureSink:
    """Collects what a GraphBuilder gives, for writing into the tables in place."""

    def __init__(self) -> None:
        self.nodes: dict[str, dict] = {}
        self.edges: dict[tuple[str, str, str], dict] = {}
        self.citations: list[tuple] = []
        self.claims: list[tuple] = []

    def node(self, node_id: str, attrs: dict) -> None:
        self.nodes[node_id] = attrs

    def edge(self, source: str, target: str, key: str, attrs: dict, *, keep_existing: bool = False) -> None:
        if not (keep_existing and (source, target, key) in self.edges):
            self.edges[(source, target, key)] = attrs

    def citation(self, doc_id: str, position: int, ref: Reference, target: str) -> None:
        self.citations.append((doc_id, position, target))

    def claim(self, relayer: str, position: int, claim: Relayed, child: str | None, parent: str | None) -> None:
        self.claims.append(claim_row(relayer, position, claim, child, parent))


def update(conn: sqlite3.Connection, store_conn: sqlite3.Connection, changed: dict[str, DocumentRecord | None],
           registry: Registry) -> bool:
    """Apply CHANGED (doc_id -> its new record, or None when removed) to the graph tables of
    CONN, inside the caller's transaction; STORE_CONN reads the other records it needs. False
    when declined: nothing written, the caller builds the tables again."""
    if len(changed) > MAX_CHANGED or not conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name = 'unnumbered_cites'").fetchone():
        return False
    try:
        _Update(conn, store_conn, changed, registry).run()
    except Declined:
        return False
    return True


class Declined(Exception):
    """A change update() leaves to a full build."""


class _Update:
    def __init__(self, conn: sqlite3.Connection, store_conn: sqlite3.Connection,
                 changed: dict[str, DocumentRecord | None], registry: Registry) -> None:
        self.conn, self.store_conn, self.changed, self.registry = conn, store_conn, changed, registry
        self.old_claims: list[tuple] = []          # the ends of the removed claims
        self.touched_edges: set[tuple] = set()     # citation edges removed or written
        self.stale: set[str] = set()               # cited-only nodes the changed documents cited
        self.touched_bodies: set[str] = set()
        self.touched_docs: set[str] = set()        # document nodes whose row (search, quality) to refresh
        self.cited_nodes: set[str] = set()         # cited-only nodes before and after
        self.replayed_docs: set[str] = set()       # documents whose numbered citations were resolved again
        self.changed_keys: dict[str, list[DocKey]] = {}   # a changed document's keys before and after
        self.replay_keys: dict[str, list[DocKey]] = {}    # each replayed group's keys (no key row changes then)
        self.relayed_children: set[str] = set()    # children of relayed claims that moved

    def run(self) -> None:
        overview.start_counting(self.conn)
        parts, cited_groups = self.dirty_parts()
        for doc_id in self.changed:
            self.forget_document(doc_id)
        for each in sorted(parts):
            self.clear_part(each)
        for node in sorted(self.stale - set(self.changed)):
            if not self._ingested(node):
                self._drop_cited(node)
        for doc_id, record in sorted(self.changed.items()):
            if record is not None:
                self.note_document(record)
        for each in sorted(parts):
            self.replay(each[0], self._part_rows(each))
        changed = {doc_id for doc_id, record in self.changed.items() if record is not None}
        for grp in sorted(cited_groups):
            self.replay(grp, [row for row in self._group_rows(grp, changed) if part(grp, row[3], row[0]) not in parts])
        self.check_shared_edges(parts)
        self.settle_and_write(parts)
        self.relay(parts)
        self.relink_unnumbered()
        self.fix_bodies()
        self.refresh_rows()

    # -- what the change reaches ---------------------------------------------------------------
    def dirty_parts(self) -> tuple[set[tuple], set[str]]:
        """The parts replayed whole: those whose citations may resolve to a changed document
        (the same group and its scope, a scope it succeeds, an unresolved issuer, or a date
        within a day: CitationIndex.resolve looks nowhere else), those that cited a changed
        document, and those of the changed citations that did not or do not reach an ingested
        document. Elsewhere only the changed documents' own citations of ingested documents
        change (the common case: a new plan citing its parents), in the groups returned."""
        parts, cited_groups = set(), set()
        for doc_id, record in self.changed.items():
            keys = [DocKey(*json.loads(key)) for (key,) in self.conn.execute(
                "SELECT key FROM key_rows WHERE doc_id = ?", (doc_id,))]
            keys += [DocKey.of(record)] if record is not None else []
            self.changed_keys[doc_id] = keys
            for key in keys:
                parts |= self._readers(group(key.type_code, key.number),
                                       identity.scope(key.issuer_code, key.issuer_body_id), key.date)
            parts.update(part(grp, scope, citing) for grp, scope, citing in self.conn.execute(
                "SELECT grp, scope, doc_id FROM cites WHERE target = ?", (doc_id,)))
            for grp, scope, target in self.conn.execute("SELECT grp, scope, target FROM cites WHERE doc_id = ?",
                                                        (doc_id,)):
                cited_groups.add(grp)
                if target in self.changed or not self._ingested(target):
                    parts.add(part(grp, scope, doc_id))
                    self.stale.add(target)      # its part, replayed, brings it back if still cited
            if record is not None:
                for ref in record.references:
                    grp = group(ref.type_code, ref.number)
                    cited_groups.add(grp)
                    if not self._index(grp).resolve(ref, record)[1]:
                        parts.add(part(grp, identity.scope(ref.issuer_code, ref.issuer_body_id), doc_id))
        return parts, cited_groups

    def _readers(self, grp: str, scope: str, date: str | None) -> set[tuple]:
        """The parts of GRP whose citations may resolve to a document of SCOPE dated DATE."""
        scopes = {s for (s,) in self.conn.execute("SELECT DISTINCT scope FROM cites WHERE grp = ?", (grp,))}
        readers = {s for s in scopes if s == scope or s.startswith("?")
                   or scope in {body.body_id for body in self.registry.successors(s)}}
        found = set()
        for s in readers:
            if s.startswith("?"):
                found.update(part(grp, s, doc_id) for (doc_id,) in self.conn.execute(
                    "SELECT DISTINCT doc_id FROM cites WHERE grp = ? AND scope = ?", (grp, s)))
            else:
                found.add(part(grp, s, ""))
        if date:
            day = dt.date.fromisoformat(date)
            found.update(part(grp, s, doc_id) for s, doc_id in self.conn.execute(
                "SELECT DISTINCT scope, doc_id FROM cites WHERE grp = ? AND date BETWEEN ? AND ?",
                (grp, (day - dt.timedelta(days=1)).isoformat(), (day + dt.timedelta(days=1)).isoformat())))
        return found

    def _ingested(self, node_id: str | None) -> bool:
        return self.conn.execute("SELECT 1 FROM key_rows WHERE doc_id = ?", (node_id,)).fetchone() is not None

    def _index(self, grp: str, keys_kept: dict | None = None) -> CitationIndex:
        """The group's index from its key rows. KEYS_KEPT keeps the decoded keys of each group
        while no key row changes (the replays): a group holds thousands of keys at national
        scale, and several of its parts are replayed."""
        keys = keys_kept.get(grp) if keys_kept is not None else None
        if keys is None:
            rows = [key for (key,) in self.conn.execute("SELECT key FROM key_rows WHERE grp = ?", (grp,))]
            keys = [DocKey(*key) for key in json.loads("[" + ",".join(rows) + "]")]   # one decode per group
            if keys_kept is not None:
                keys_kept[grp] = keys
        return CitationIndex(keys, self.registry)

    def _part_rows(self, each: tuple) -> list[tuple]:
        grp, scope, citing = each
        sql = "SELECT doc_id, position, ref, scope, target, relation FROM cites WHERE grp = ? AND scope = ?"
        if citing:
            return self.conn.execute(sql + " AND doc_id = ? ORDER BY position", (grp, scope, citing)).fetchall()
        return self.conn.execute(sql + " ORDER BY doc_id, position", (grp, scope)).fetchall()

    def _group_rows(self, grp: str, docs: set[str]) -> list[tuple]:
        return [row for doc_id in sorted(docs) for row in self.conn.execute(
            "SELECT doc_id, position, ref, scope, target, relation FROM cites WHERE grp = ? AND doc_id = ? "
            "ORDER BY position", (grp, doc_id))]

    # -- removing what is stale ----------------------------------------------------------------
    def forget_document(self, doc_id: str) -> None:
        """A changed document's node and everything it gave (its own citations come back when
        their parts are replayed, its relayed claims when the claims are)."""
        if not self._ingested(doc_id):
            return
        self.touched_bodies.update(target for (target,) in self.conn.execute(
            "SELECT target FROM edges WHERE source = ? AND (key = 'ISSUED_BY' OR key LIKE 'ASSIGNS:%')", (doc_id,)))
        self.conn.execute("DELETE FROM edges WHERE source = ? OR target = ?", (doc_id, doc_id))
        self.conn.execute("DELETE FROM nodes WHERE node_id = ?", (doc_id,))
        for table, column in (("key_rows", "doc_id"), ("cites", "doc_id"), ("doc_groups", "node_id"),
                              ("doc_quality", "doc_id"), ("unnumbered_cites", "doc_id")):
            self.conn.execute(f"DELETE FROM {table} WHERE {column} = ?", (doc_id,))
        self.old_claims += self.conn.execute("SELECT child, parent FROM claims WHERE relayer = ?", (doc_id,)).fetchall()
        self.conn.execute("DELETE FROM claims WHERE relayer = ?", (doc_id,))
        search_index.forget(self.conn, [doc_id])
        self.touched_docs.add(doc_id)

    def clear_part(self, each: tuple) -> None:
        """The edges of the part's citations, and its cited-only nodes (only its citations
        reach them), with every edge into or out of them (relayed claims come back later)."""
        for doc_id, _, _, _, target, relation in self._part_rows(each):
            if self._ingested(target):
                self.conn.execute("DELETE FROM edges WHERE source = ? AND target = ? AND key = ?",
                                  (doc_id, target, relation.upper()))
                self.touched_edges.add((doc_id, target, relation.upper()))
            elif target is not None and target not in self.cited_nodes:
                self._drop_cited(target)

    def _drop_cited(self, node: str) -> None:
        self.cited_nodes.add(node)
        self.conn.execute("DELETE FROM edges WHERE source = ? OR target = ?", (node, node))
        self.conn.execute("DELETE FROM nodes WHERE node_id = ?", (node,))
        self.conn.execute("DELETE FROM doc_groups WHERE node_id = ?", (node,))
        search_index.forget(self.conn, [node])

    def check_shared_edges(self, parts: set[tuple]) -> None:
        """An edge two citations of one document give, one in a replayed part and one not, takes
        the data of the later one: left to a full build."""
        for source, target, key in sorted(self.touched_edges):
            if source in self.changed:
                continue
            for grp, scope, relation in self.conn.execute(
                    "SELECT grp, scope, relation FROM cites WHERE doc_id = ? AND target = ?", (source, target)):
                if relation.upper() == key and part(grp, scope, source) not in parts:
                    raise Declined

    # -- writing the new state -----------------------------------------------------------------
    def note_document(self, record: DocumentRecord) -> None:
        """Its key, citations and claims (targets filled by the replay), and its quality row
        (of the issuer as read, before the corpus settles it)."""
        self.conn.execute("INSERT INTO key_rows VALUES (?, ?, ?, ?)", key_row(record))
        self.conn.executemany("INSERT INTO cites VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                              [citation_row(record.doc_id, i, ref, None) for i, ref in enumerate(record.references)])
        self.conn.executemany("INSERT INTO unnumbered_cites VALUES (?, ?, ?, ?, ?)", unnumbered_rows(record))
        overview.note_record(self.conn, record)

    def replay(self, grp: str, rows: list[tuple]) -> None:
        """Resolve ROWS (citations of GRP, in doc_id and position order) again, as a full build
        does: the same index of the group's documents, the same builder."""
        sink = CaptureSink()
        builder = GraphBuilder(self._index(grp, self.replay_keys), self.registry, sink)
        targets = []
        for doc_id, citing in groupby(rows, key=lambda row: row[0]):
            citing = list(citing)
            refs = [Reference(**_tuples(json.loads(row[2]), ("span",))) for row in citing]
            # Numbered citations only: the citations without a number are relinked apart (relink_unnumbered).
            builder.add_links(SimpleNamespace(doc_id=doc_id, references=refs, relayed=[], unnumbered=[],
                                             assignments=[]))
            self.replayed_docs.add(doc_id)
            targets += [(target, doc_id, citing[position][1]) for _, position, target in sink.citations]
            sink.citations.clear()
        self.conn.executemany("UPDATE cites SET target = ? WHERE doc_id = ? AND position = ?", targets)
        builder.finish()
        self.write(sink)
        self.cited_nodes.update(sink.nodes)
        self.touched_edges.update(sink.edges)

    def write(self, sink: CaptureSink) -> None:
        for node_id, attrs in sink.nodes.items():
            self.conn.execute("INSERT OR REPLACE INTO nodes VALUES (?, ?, ?, ?)",
                              (node_id, attrs.get("kind"), attrs.get("symbol"), _to_json(attrs)))
            if (row := group_row(node_id, attrs)) is not None:
                self.conn.execute("INSERT OR REPLACE INTO doc_groups VALUES (?, ?)", row)
        self.conn.executemany("INSERT INTO edges VALUES (?, ?, ?, ?) ON CONFLICT (source, target, key) "
                              "DO UPDATE SET data = excluded.data",
                              [(source, target, key, _to_json(attrs)) for (source, target, key), attrs in sink.edges.items()])

    def settle_and_write(self, parts: set[tuple]) -> None:
        """The changed documents, and the open issuers the corpus may now settle otherwise, in
        doc_id order: a document settled before another is its parent's issuer for it."""
        queue = sorted(doc_id for doc_id, record in self.changed.items() if record is not None)
        marks = ", ".join("?" * len(SETTLING_RELATIONS))
        for grp, scope, citing in parts:
            queue += [doc_id for (doc_id,) in self.conn.execute(
                f"SELECT DISTINCT c.doc_id FROM cites c JOIN key_rows k ON k.doc_id = c.doc_id "
                f"WHERE c.grp = ? AND c.scope = ? AND (? = '' OR c.doc_id = ?) AND c.relation IN ({marks}) "
                f"AND k.open_issuer", (grp, scope, citing, citing, *SETTLING_RELATIONS))]
        for doc_id in self.changed:
            queue += self._open_citers(doc_id)
        heapq.heapify(queue)
        done = set()
        while queue:
            doc_id = heapq.heappop(queue)
            if doc_id in done or self.changed.get(doc_id, 0) is None:
                continue
            done.add(doc_id)
            if self.settle(doc_id):
                for citer in self._open_citers(doc_id):
                    heapq.heappush(queue, citer)

    def _open_citers(self, doc_id: str) -> list[str]:
        """Documents after DOC_ID with an open issuer that implement it (they read its issuer)."""
        marks = ", ".join("?" * len(SETTLING_RELATIONS))
        return [citer for (citer,) in self.conn.execute(
            f"SELECT DISTINCT c.doc_id FROM cites c JOIN key_rows k ON k.doc_id = c.doc_id WHERE c.target = ? "
            f"AND c.relation IN ({marks}) AND k.open_issuer AND c.doc_id > ?", (doc_id, *SETTLING_RELATIONS, doc_id))]

    def settle(self, doc_id: str) -> bool:
        """Write DOC_ID's node, issuer and assignments if they changed; True when its issuer did."""
        record = self.changed.get(doc_id) or self._stored_record(doc_id)
        old = self.conn.execute("SELECT data FROM nodes WHERE node_id = ?", (doc_id,)).fetchone()
        old = json.loads(old[0]) if old else None
        sink = CaptureSink()
        builder = GraphBuilder(None, self.registry, sink)
        if record.issuer.candidates and not record.issuer.body_id:
            builder.settle_with(record, self._parents(record))
        builder.add_document(record)
        if doc_id in self.changed:
            builder.add_assignments(record)
            self.conn.executemany("INSERT OR REPLACE INTO claims VALUES (?, ?, ?, ?, ?)",
                                  [claim_row(doc_id, i, claim, None, None) for i, claim in enumerate(record.relayed)])
        elif sink.nodes[doc_id] == old:
            return False
        else:
            self.touched_bodies.update(target for (target,) in self.conn.execute(
                "SELECT target FROM edges WHERE source = ? AND key = 'ISSUED_BY'", (doc_id,)))
            self.conn.execute("DELETE FROM edges WHERE source = ? AND key = 'ISSUED_BY'", (doc_id,))
        self.touched_bodies.update(builder.bodies)
        self.write(sink)
        self.touched_docs.add(doc_id)
        return (old or {}).get("issuer_body_id") != sink.nodes[doc_id].get("issuer_body_id")

    def _parents(self, record: DocumentRecord) -> dict[str, str]:
        """graph.build.GraphBuilder.settle_issuer's parents, from the resolved citations: a parent
        before RECORD in doc_id order has been settled; one after it has not yet."""
        parents = {}
        for position, ref in enumerate(record.references):
            if ref.relation not in SETTLING_RELATIONS:
                continue
            target = self.conn.execute("SELECT target FROM cites WHERE doc_id = ? AND position = ?",
                                       (record.doc_id, position)).fetchone()[0]
            key = self.conn.execute("SELECT key FROM key_rows WHERE doc_id = ?", (target,)).fetchone()
            if key is None:
                continue
            issuer = DocKey(*json.loads(key[0])).issuer_body_id
            if target < record.doc_id:
                node = self.conn.execute("SELECT data FROM nodes WHERE node_id = ?", (target,)).fetchone()
                issuer = json.loads(node[0]).get("issuer_body_id") if node else issuer
            if issuer:
                parents[issuer] = ref.symbol
        return parents

    def _stored_record(self, doc_id: str) -> DocumentRecord:
        row = self.store_conn.execute("SELECT record FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        return DocumentRecord.from_json(json.loads(row[0]))

    # -- relayed claims ------------------------------------------------------------------------
    def relay(self, parts: set[tuple]) -> None:
        """Claims whose child or parent citation is in a replayed part, or whose relayer changed:
        their ends again, then the relayed edge of every pair of ends they had or have."""
        relayers = {doc_id for doc_id, record in self.changed.items() if record is not None}
        for each in parts:
            relayers.update(self._relayers_citing(each))
        pairs = set(self.old_claims)
        for relayer in sorted(relayers):
            node_of = dict(self.conn.execute("SELECT json_extract(ref, '$.symbol'), target FROM cites "
                                             "WHERE doc_id = ? ORDER BY position", (relayer,)).fetchall())
            for position, child, parent, claim in self.conn.execute(
                    "SELECT position, child, parent, claim FROM claims WHERE relayer = ?", (relayer,)).fetchall():
                pairs.add((child, parent))
                data = json.loads(claim)
                ends = (node_of.get(data["child"]), node_of.get(data["parent"]))
                pairs.add(ends)
                self.conn.execute("UPDATE claims SET child = ?, parent = ? WHERE relayer = ? AND position = ?",
                                  (*ends, relayer, position))
        for child, parent in sorted(pair for pair in pairs if pair[0] and pair[1] and pair[0] != pair[1]):
            self.relay_pair(child, parent)
            self.relayed_children.add(child)     # a relayed edge gone may uncover its citation without a number
            self.cited_nodes.add(parent)     # its citing documents (relayed ones count) may have changed

    def _relayers_citing(self, each: tuple) -> list[str]:
        """Relayers with a citation in the part (their claims may name it)."""
        grp, scope, citing = each
        return [relayer for (relayer,) in self.conn.execute(
            "SELECT DISTINCT c.doc_id FROM cites c JOIN claims r ON r.relayer = c.doc_id "
            "WHERE c.grp = ? AND c.scope = ? AND (? = '' OR c.doc_id = ?)", (grp, scope, citing, citing))]

    def relay_pair(self, child: str, parent: str) -> None:
        row = self.conn.execute("SELECT data FROM edges WHERE source = ? AND target = ? AND key = 'IMPLEMENTS'",
                                (child, parent)).fetchone()
        if row and json.loads(row[0]).get("claimed_by") is None:
            return      # the child's own citation
        first = self.conn.execute("SELECT relayer, claim FROM claims WHERE child = ? AND parent = ? "
                                  "ORDER BY relayer, position LIMIT 1", (child, parent)).fetchone()
        if first is None:
            self.conn.execute("DELETE FROM edges WHERE source = ? AND target = ? AND key = 'IMPLEMENTS'",
                              (child, parent))
            return
        claim = Relayed(**_tuples(json.loads(first[1]), ("span",)))
        self.conn.execute("INSERT OR REPLACE INTO edges VALUES (?, ?, 'IMPLEMENTS', ?)",
                          (child, parent, _to_json(relayed_attrs(claim, first[0]))))

    # -- citations without a number ------------------------------------------------------------
    def relink_unnumbered(self) -> None:
        """Resolve again the citations without a number that the change may answer otherwise:
        those of the changed documents, those whose issuer and type a changed document has or
        had (graph.build.CitationIndex.unnumbered looks nowhere else), and those of documents
        whose numbered citations were resolved again (a fit a numbered citation reaches is
        not linked twice) or whose relayed claims moved. A relayed claim on such a pair is left to a full build: which edge
        wins depends on the order the relayer and the citing document come in."""
        citers = self.replayed_docs | self.relayed_children | set(self.changed)
        for doc_id in self.changed:
            for key in self.changed_keys[doc_id]:
                citers.update(citer for (citer,) in self.conn.execute(
                    "SELECT DISTINCT doc_id FROM unnumbered_cites WHERE issuer_body_id = ? AND type_code IS ?",
                    (key.issuer_body_id, key.type_code)))
        for citer in sorted(citers):
            rows = self.conn.execute("SELECT ref FROM unnumbered_cites WHERE doc_id = ? ORDER BY position",
                                     (citer,)).fetchall()
            old = [target for (target,) in self.conn.execute(
                f"SELECT target FROM edges WHERE source = ? AND key IN ('IMPLEMENTS', '{CANDIDATE}') "
                "AND json_extract(data, '$.subtype') = 'unnumbered'", (citer,))]
            if not rows and not old:
                continue
            self.conn.execute(f"DELETE FROM edges WHERE source = ? AND key IN ('IMPLEMENTS', '{CANDIDATE}') "
                              "AND json_extract(data, '$.subtype') = 'unnumbered'", (citer,))
            if rows:
                self._link_unnumbered(citer, [UnnumberedRef(**_tuples(json.loads(ref), ("span",))) for (ref,) in rows],
                                      old)
            elif self._claimed(citer, old):
                raise Declined

    def _link_unnumbered(self, citer: str, refs: list[UnnumberedRef], old: list[str]) -> None:
        key = DocKey(*json.loads(self.conn.execute("SELECT key FROM key_rows WHERE doc_id = ?", (citer,)).fetchone()[0]))
        candidates = {row for ref in refs if ref.issuer_body_id for row in self.conn.execute(
            "SELECT key FROM key_rows WHERE json_extract(key, '$[4]') = ? AND json_extract(key, '$[2]') IS ?",
            (ref.issuer_body_id, ref.type_code))}
        sink = CaptureSink()
        builder = GraphBuilder(CitationIndex((DocKey(*json.loads(k)) for (k,) in sorted(candidates)), self.registry),
                               self.registry, sink)
        cited = {target for (target,) in self.conn.execute("SELECT target FROM cites WHERE doc_id = ?", (citer,))}
        builder.add_unnumbered(SimpleNamespace(doc_id=citer, date=key.date, effective_date=None, unnumbered=refs), cited)
        if self._claimed(citer, old + [target for _, target, _ in sink.edges]):
            raise Declined
        self.write(sink)

    def _claimed(self, child: str, parents: list[str]) -> bool:
        return any(self.conn.execute("SELECT 1 FROM claims WHERE child = ? AND parent = ?", (child, parent)).fetchone()
                   for parent in parents)

    # -- bodies --------------------------------------------------------------------------------
    def fix_bodies(self) -> None:
        """A body named by a document, or above one that is, is in the graph with its chain up,
        and says what the registry says of it (or, outside the registry, what the first document
        to name it as its issuer says); one that lost its last such document goes, and so may its
        parents."""
        pending = sorted(self.touched_bodies, reverse=True)
        while pending:
            body_id = pending.pop()
            needed = self.conn.execute("SELECT 1 FROM edges WHERE target = ? LIMIT 1", (body_id,)).fetchone()
            if needed:
                pending.extend(self._write_body(body_id))
            elif self.conn.execute("SELECT 1 FROM nodes WHERE node_id = ?", (body_id,)).fetchone():
                parents = [t for (t,) in self.conn.execute(
                    "SELECT target FROM edges WHERE source = ? AND key = 'SUBORDINATE_OF'", (body_id,))]
                self.conn.execute("DELETE FROM edges WHERE source = ?", (body_id,))
                self.conn.execute("DELETE FROM nodes WHERE node_id = ?", (body_id,))
                pending.extend(parents)

    def _write_body(self, body_id: str) -> list[str]:
        """The body's node and its SUBORDINATE_OF edge; the parent when it is not there yet."""
        builder = GraphBuilder(None, self.registry, CaptureSink())
        known = None
        if self.registry.get(body_id) is None:
            first = self.conn.execute(
                "SELECT e.source, MAX(e.key = 'ISSUED_BY'), n.data FROM edges e JOIN nodes n ON n.node_id = e.source "
                "WHERE e.target = ? AND (e.key = 'ISSUED_BY' OR e.key LIKE 'ASSIGNS:%') "
                "GROUP BY e.source ORDER BY e.source LIMIT 1", (body_id,)).fetchone()
            if first and first[1]:
                data = json.loads(first[2])
                known = dict(name=data.get("issuer"), level=data.get("level"), system=data.get("system"),
                             province=data.get("province"), locality=data.get("locality"))
        builder._body(body_id, known)
        body = self.registry.get(body_id)
        parent = body.parent_id if body else (body_id.split("/")[0] if "/" in body_id else None)
        sink = builder.sink
        sink.node(body_id, builder.bodies[body_id])
        if parent:
            sink.edge(body_id, parent, "SUBORDINATE_OF", dict(relation="SUBORDINATE_OF"))
        self.write(sink)
        if parent and not self.conn.execute("SELECT 1 FROM nodes WHERE node_id = ?", (parent,)).fetchone():
            return [parent]
        return []

    # -- derived rows --------------------------------------------------------------------------
    def refresh_rows(self) -> None:
        for doc_id in sorted(self.touched_docs | self.cited_nodes):
            row = self.conn.execute("SELECT data FROM nodes WHERE node_id = ? AND kind = 'document'", (doc_id,)).fetchone()
            search_index.forget(self.conn, [doc_id])
            if row:
                search_index.index_row(self.conn, doc_id, json.loads(row[0]))
        overview.summarise(self.conn, sorted(self.cited_nodes | self.touched_docs), overview.counted(self.conn))
