"""The graph kept on disk beside the store (graph.sqlite), so that a national store answers
lineage and gaps by loading only the part of the graph they walk, not all of it.

It is derived data, built by graph.build.GraphBuilder from the records in one streaming pass
(the same builder as the in-memory graph, so both give the same nodes and edges). When a few
documents changed it is updated in place in one transaction (graph/incremental.py); otherwise,
or when the extractor or this code changes, it is built again into a temporary file that then
replaces the old one: a crash mid-build leaves the previous graph, readers never see half of
one, and building never holds the store's write lock."""
from __future__ import annotations

import json
import os
import sqlite3
import tempfile
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import networkx as nx

from domain.registry import Registry
from extraction.models import DocumentRecord
from extraction.version import tables_digest
from graph import incremental, overview, search_index
from graph.build import PARENT_EDGES, CitationIndex, DocKey, GraphBuilder
from graph.id_chunks import chunks as _chunks, marks as _marks
from queries.lineage import CANDIDATE

FILE_NAME = "graph.sqlite"
SCHEMA = """
CREATE TABLE nodes (node_id TEXT PRIMARY KEY, kind TEXT NOT NULL, symbol TEXT, data TEXT NOT NULL);
CREATE TABLE edges (source TEXT NOT NULL, target TEXT NOT NULL, key TEXT NOT NULL, data TEXT NOT NULL,
                    PRIMARY KEY (source, target, key));
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
# Created after the bulk insert: faster than keeping them up to date row by row.
INDEXES = """
CREATE INDEX edges_by_target ON edges (target, key);
CREATE INDEX nodes_by_symbol ON nodes (symbol);
"""
ROWS_PER_INSERT = 2000
# One encoder for the millions of rows (json.dumps with options builds a new one per call).
_to_json = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode


# graph.sqlite is made from the records, the domain tables and the registry (data a user may
# correct: a change there builds it again), and the code that builds it. That code is versioned by
# hand: GRAPH_VERSION is raised whenever what a build or an in-place update writes changes, so
# that editing a query or a comment does not rebuild a national store's graph (five minutes at
# 1M). tests/test_graph_version.py holds the guard (tools/record_graph_output.py).
GRAPH_VERSION = 1


@lru_cache(maxsize=1)
def inputs_version() -> str:
    return f"g{GRAPH_VERSION}+{tables_digest()}"


def graph_key(generation: int) -> str:
    return f"{generation}:{inputs_version()}"


class SqliteSink:
    """Where GraphBuilder puts nodes and edges for graph.sqlite: buffered, many rows per insert."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.nodes: list[tuple] = []
        self.edges: list[tuple] = []
        self.searched: list[tuple] = []       # doc_search rows of the document nodes
        # What updating the tables in place needs (graph/incremental.py).
        self.groups: list[tuple] = []
        self.keys: list[tuple] = []
        self.citations: list[tuple] = []
        self.claims: list[tuple] = []
        self.unnumbered: list[tuple] = []

    def key(self, record: DocumentRecord) -> None:
        self.keys.append(incremental.key_row(record))
        self.unnumbered += incremental.unnumbered_rows(record)

    def citation(self, doc_id: str, position: int, ref, target: str) -> None:
        self.citations.append(incremental.citation_row(doc_id, position, ref, target))

    def claim(self, relayer: str, position: int, claim, child: str | None, parent: str | None) -> None:
        self.claims.append(incremental.claim_row(relayer, position, claim, child, parent))

    def node(self, node_id: str, attrs: dict) -> None:
        self.nodes.append((node_id, attrs.get("kind"), attrs.get("symbol"), _to_json(attrs)))
        if attrs.get("kind") == "document":
            self.searched.append(search_index.row(node_id, attrs))
            self.groups.append(incremental.group_row(node_id, attrs))
        if len(self.nodes) >= ROWS_PER_INSERT:
            self.flush()

    def edge(self, source: str, target: str, key: str, attrs: dict, *, keep_existing: bool = False) -> None:
        self.edges.append((source, target, key, _to_json(attrs), not keep_existing))
        if len(self.edges) >= ROWS_PER_INSERT:
            self.flush()

    def flush(self) -> None:
        self.conn.executemany("INSERT OR REPLACE INTO nodes VALUES (?, ?, ?, ?)", self.nodes)
        # The same edge again replaces the first, unless it only fills a gap (a relayed claim).
        self.conn.executemany("INSERT INTO edges VALUES (?1, ?2, ?3, ?4) ON CONFLICT (source, target, key) "
                              "DO UPDATE SET data = excluded.data WHERE ?5", self.edges)
        self.conn.executemany(search_index.INSERT, self.searched)
        self.conn.executemany("INSERT OR REPLACE INTO doc_groups VALUES (?, ?)", self.groups)
        self.conn.executemany("INSERT INTO key_rows VALUES (?, ?, ?, ?)", self.keys)
        self.conn.executemany("INSERT INTO cites VALUES (?, ?, ?, ?, ?, ?, ?, ?)", self.citations)
        self.conn.executemany("INSERT INTO claims VALUES (?, ?, ?, ?, ?)", self.claims)
        self.conn.executemany("INSERT INTO unnumbered_cites VALUES (?, ?, ?, ?, ?)", self.unnumbered)
        for rows in (self.nodes, self.edges, self.searched, self.groups, self.keys, self.citations, self.claims,
                     self.unnumbered):
            rows.clear()


def build(store_conn: sqlite3.Connection, folder: Path, key: str, registry: Registry) -> Path:
    """Write graph.sqlite from the records the store connection sees (call it inside one read
    transaction, so the records and the generation in `key` agree)."""
    target = folder / FILE_NAME
    handle, name = tempfile.mkstemp(prefix=f".{FILE_NAME}.", suffix=".tmp", dir=folder)
    os.close(handle)
    temporary = Path(name)
    conn = sqlite3.connect(temporary, isolation_level=None)
    try:
        # A temporary file: nothing to protect until it is renamed, so no journal, no syncs.
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.executescript(SCHEMA + search_index.SCHEMA + overview.SCHEMA + incremental.SCHEMA)
        conn.execute("BEGIN")
        sink = SqliteSink(conn)
        builder = GraphBuilder(CitationIndex(_keys(store_conn), registry), registry, sink)
        for record in _records(store_conn):
            overview.note_record(conn, record)
            sink.key(record)
            builder.settle_issuer(record)
            builder.add_document(record)
            builder.add_links(record)
        builder.finish()
        sink.flush()
        search_index.count_all(conn)
        conn.execute("INSERT INTO meta VALUES ('key', ?)", (key,))
        conn.execute("COMMIT")
        conn.executescript(INDEXES + search_index.INDEXES + incremental.INDEXES)
        overview.summarise(conn)
        conn.close()
        os.replace(temporary, target)
    except BaseException:
        conn.close()
        temporary.unlink(missing_ok=True)
        raise
    return target


def update(store_conn: sqlite3.Connection, folder: Path, key: str, changed: dict, registry: Registry) -> bool:
    """Bring graph.sqlite to `key` in place, in one transaction, when only the documents of
    CHANGED (doc_id -> record, None when removed) changed since its key (graph/incremental.py).
    False when that is declined: the caller builds it again."""
    conn = sqlite3.connect(folder / FILE_NAME, isolation_level=None, timeout=60)
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            done = incremental.update(conn, store_conn, changed, registry)
            if done:
                conn.execute("UPDATE meta SET value = ? WHERE key = 'key'", (key,))
            conn.execute("COMMIT" if done else "ROLLBACK")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()
    return done


def _keys(store_conn: sqlite3.Connection) -> Iterable[DocKey]:
    for keys, record in store_conn.execute(
            "SELECT k.keys, CASE WHEN k.keys IS NULL THEN d.record END "
            "FROM documents d LEFT JOIN doc_keys k USING (doc_id) ORDER BY d.doc_id"):
        # A store written before doc_keys: read them from the record.
        yield DocKey(*json.loads(keys)) if keys else DocKey.of(DocumentRecord.from_json(json.loads(record)))


def _records(store_conn: sqlite3.Connection) -> Iterable[DocumentRecord]:
    for (data,) in store_conn.execute("SELECT record FROM documents ORDER BY doc_id"):
        yield DocumentRecord.from_json(json.loads(data))


class GraphTables:
    """Read-only access to one graph.sqlite (replaced by a full build, or updated in place in
    one transaction by graph/incremental.py)."""

    def __init__(self, path: Path) -> None:
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False, timeout=60)

    def key(self) -> str | None:
        row = self.conn.execute("SELECT value FROM meta WHERE key = 'key'").fetchone()
        return row[0] if row else None

    def close(self) -> None:
        self.conn.close()

    # -- search, stats, data quality (graph/search_index.py, graph/overview.py) -------------
    def search(self, query: str = "", **filters) -> list[dict]:
        return search_index.search(self.conn, query, **filters)

    def stats(self) -> dict:
        return overview.stats(self.conn)

    def doc_types(self) -> list[str]:
        return search_index.doc_types(self.conn)

    # -- whole graph ------------------------------------------------------------------------
    def load_all(self) -> nx.MultiDiGraph:
        graph = nx.MultiDiGraph()
        graph.add_nodes_from(self.node_rows())
        graph.add_edges_from((source, target, key, json.loads(data)) for source, target, key, data in
                             self.conn.execute("SELECT source, target, key, data FROM edges ORDER BY rowid"))
        return graph

    def node_rows(self) -> Iterable[tuple[str, dict]]:
        """(node id, attributes), in the order load_all gives them."""
        for node_id, data in self.conn.execute("SELECT node_id, data FROM nodes ORDER BY rowid"):
            yield node_id, json.loads(data)

    def edge_rows(self) -> Iterable[tuple[str, str, str, dict, str, str]]:
        """(source, target, key, attributes, source kind, target kind), in load_all's order."""
        for source, target, key, data, source_kind, target_kind in self.conn.execute(
                "SELECT e.source, e.target, e.key, e.data, s.kind, t.kind FROM edges e "
                "JOIN nodes s ON s.node_id = e.source JOIN nodes t ON t.node_id = e.target ORDER BY e.rowid"):
            yield source, target, key, json.loads(data), source_kind, target_kind

    # -- parts ------------------------------------------------------------------------------
    def document(self, node_id: str) -> dict | None:
        row = self.conn.execute("SELECT data FROM nodes WHERE node_id = ? AND kind = 'document'",
                                (node_id,)).fetchone()
        return json.loads(row[0]) if row else None

    def documents_with_symbol(self, symbol: str) -> dict[str, dict]:
        return {node_id: json.loads(data) for node_id, data in self.conn.execute(
            "SELECT node_id, data FROM nodes WHERE symbol = ? AND kind = 'document'", (symbol,))}

    def unnumbered_documents(self, doc_type: str) -> dict[str, dict]:
        """Documents of DOC_TYPE without a number (named by type, issuer and date)."""
        # The search index knows each document's type: only DOC_TYPE's nodes are decoded.
        return {node_id: json.loads(data) for node_id, data in self.conn.execute(
            "SELECT n.node_id, n.data FROM doc_search d JOIN nodes n ON n.node_id = d.node_id "
            "WHERE d.doc_type = ? AND n.symbol IS NULL AND n.kind = 'document'", (doc_type,))}

    def lineage_nodes(self, root: str, direction: str) -> list[str]:
        """ROOT and every document below it (down) or above it (up) through parent edges."""
        step = ("SELECT e.source FROM edges e JOIN walk ON e.target = walk.node" if direction == "down" else
                "SELECT e.target FROM edges e JOIN walk ON e.source = walk.node")
        keys = ", ".join(f"'{key}'" for key in PARENT_EDGES)
        return [row[0] for row in self.conn.execute(
            f"WITH RECURSIVE walk(node) AS (VALUES (?) UNION {step} WHERE e.key IN ({keys})) SELECT node FROM walk",
            (root,))]

    def neighbourhood(self, root: str, direction: str) -> nx.MultiDiGraph:
        """What lineage and gaps of ROOT read, and nothing else: the documents of its lineage with
        their attributes, the parent and ISSUED_BY edges among them (keys only: the queries read
        no edge attributes), ROOT's ASSIGNS edges and the bodies they name, and the boards'
        SUBORDINATE_OF edges. Bodies that issued documents come as bare ids. The queries give on it
        what they give on the whole graph (tests/test_generated_cascade.py), while loading a few
        rows per document instead of every citation and assignment of the lineage."""
        walked = self.lineage_nodes(root, direction)
        # Documents outside the lineage that may answer ROOT (a citation without a number several
        # documents fit, one of them in the lineage): their candidate edges, whole, for gaps.
        maybe = self._candidate_edges(walked) if direction == "down" else []
        outside = sorted({source for source, _, _, _ in maybe} - set(walked))
        links = self._out_edges(walked, (*PARENT_EDGES, "ISSUED_BY")) + self._out_edges(outside, ("ISSUED_BY",))
        boards = sorted({target for _, target, key in links if key == "ISSUED_BY" and "/" in target})
        links += self._out_edges(boards, ("SUBORDINATE_OF",))
        assigns = [(source, target, key, json.loads(data)) for source, target, key, data in self.conn.execute(
            "SELECT source, target, key, data FROM edges WHERE source = ? AND key LIKE 'ASSIGNS:%'", (root,))]
        graph = nx.MultiDiGraph()
        graph.add_nodes_from(self._nodes(sorted(set(walked) | {target for _, target, _, _ in assigns}
                                                | set(outside) | {target for _, target, _, _ in maybe})))
        graph.add_edges_from((source, target, key, {"relation": key}) for source, target, key in links)
        graph.add_edges_from(assigns)
        graph.add_edges_from(maybe)
        return graph

    def _candidate_edges(self, walked: list[str]) -> list[tuple[str, str, str, dict]]:
        """Every candidate edge (MAY_IMPLEMENT) of the documents that have one into `walked`."""
        sources = sorted({source for chunk in _chunks(walked) for (source,) in self.conn.execute(
            f"SELECT source FROM edges WHERE target IN ({_marks(chunk)}) AND key = '{CANDIDATE}'", chunk)})
        return [(source, target, key, json.loads(data)) for chunk in _chunks(sources)
                for source, target, key, data in self.conn.execute(
                    f"SELECT source, target, key, data FROM edges WHERE source IN ({_marks(chunk)}) "
                    f"AND key = '{CANDIDATE}'", chunk)]

    def _out_edges(self, sources: list[str], keys: tuple[str, ...]) -> list[tuple[str, str, str]]:
        wanted = ", ".join(f"'{key}'" for key in keys)
        return [row for chunk in _chunks(sources) for row in self.conn.execute(
            f"SELECT source, target, key FROM edges WHERE source IN ({_marks(chunk)}) AND key IN ({wanted})", chunk)]

    def _nodes(self, node_ids: list[str]) -> list[tuple[str, dict]]:
        return [(node_id, json.loads(data)) for chunk in _chunks(node_ids) for node_id, data in self.conn.execute(
            f"SELECT node_id, data FROM nodes WHERE node_id IN ({_marks(chunk)})", chunk)]
