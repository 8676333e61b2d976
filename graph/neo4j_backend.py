"""The Neo4j backend: the same methods and answers as cascade.backends.NetworkxBackend.

`sync(graph)` writes the whole networkx graph into Neo4j, keyed by id: nodes :Document / :Body
with the graph's attributes as properties, relationships typed by the edge `relation` with the
edge key in `key`. Bookkeeping properties start with "_": `_keys` (the attribute names, in
order, comma-separated, so attributes that are None survive the round trip), `_seq` (the networkx order),
`_sync` (the run that last wrote it; anything older is deleted at the end) and, on documents,
the folded words search matches against. The queries live in queries/*.cypher; every value
is a parameter. Failures become cascade.backends.BackendError with one line."""
from __future__ import annotations

import json
import re
import time
import uuid
import weakref
from contextlib import contextmanager
from functools import cache
from pathlib import Path

import networkx as nx
from neo4j import NotificationMinimumSeverity
from neo4j.exceptions import DriverError, Neo4jError

from extraction.models import DocumentRecord
from graph.page_reads import quality_fields
from graph.store import unpack_text
from graph.neo4j_conn import Neo4jSettings, Neo4jUnavailable, open_driver, settings_from_env
from queries.backend import BackendError
from queries.gaps import counterpart_ids, gaps_result, unanswered
from queries.lineage import LineageResult, assemble
from queries.resolve import RootError, describe_data, find_root
from queries.search import ascii_key, haystack, place_key, rank

QUERIES = Path(__file__).resolve().parent.parent / "queries"
LABELS = {"document": "Document", "body": "Body"}
# Rows per UNWIND transaction, measured with benchmarks/neo4j_bench.py on a 10k-document
# cascade (30,300 nodes + relationships, into an emptied database, 2 shared cores):
# 500 -> 1,910 items/s, 1000 -> 2,352, 2000 -> 1,347, 5000 -> 679. Creating relationships
# gets slower per row as a transaction grows, so 1000 is both the fastest and the lightest.
BATCH_SIZE = 1000

SCHEMA = (
    "CREATE CONSTRAINT cascade_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE",
    "CREATE CONSTRAINT cascade_body_id IF NOT EXISTS FOR (n:Body) REQUIRE n.id IS UNIQUE",
    "CREATE INDEX cascade_document_symbol IF NOT EXISTS FOR (n:Document) ON (n.symbol)",
    "CREATE INDEX cascade_document_date IF NOT EXISTS FOR (n:Document) ON (n.date)",
)
# Labels come from LABELS (constants), never from data; relationship types are parameters.
MERGE_NODES = {label: f"UNWIND $rows AS row MERGE (n:{label} {{id: row.id}}) SET n = row"
               for label in LABELS.values()}
MERGE_EDGES = {(a, b): f"UNWIND $rows AS row MATCH (a:{a} {{id: row.src}}) MATCH (b:{b} {{id: row.dst}}) "
                       f"MERGE (a)-[r:$(row.type) {{key: row.key}}]->(b) SET r = row.props"
               for a in LABELS.values() for b in LABELS.values()}
DELETE_STALE = (
    "MATCH (a)-[r]->() WHERE (a:Document OR a:Body) AND coalesce(r._sync, '') <> $token "
    "WITH r LIMIT $limit DELETE r RETURN count(*) AS n",
    "MATCH (n:Document) WHERE coalesce(n._sync, '') <> $token WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS n",
    "MATCH (n:Body) WHERE coalesce(n._sync, '') <> $token WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS n",
)
# The store's records (text included) and failed files, for the document and data-quality pages:
# copied by sync_store, only the records whose stamp changed. The token of the last sync is the
# app's cache key (Neo4jBackend.version).
RECORD_SCHEMA = "CREATE CONSTRAINT cascade_record_id IF NOT EXISTS FOR (r:Record) REQUIRE r.id IS UNIQUE"
RECORDS_PER_BATCH = 200      # records carry their text: smaller transactions than the graph's rows
WRITE_RECORDS = "UNWIND $rows AS row MERGE (r:Record {id: row.id}) SET r = row"
DELETE_RECORDS = "UNWIND $ids AS id MATCH (r:Record {id: id}) DELETE r"
WRITE_FAILURES = ("MATCH (f:Failure) DELETE f WITH count(*) AS gone "
                  "UNWIND $rows AS row CREATE (f:Failure) SET f = row")
WRITE_VERSION = "MERGE (m:CascadeMeta {id: 'sync'}) SET m.token = $token"
NO_LIMIT = 2 ** 62
READ_NODES = "MATCH (n) WHERE n:Document OR n:Body RETURN n.id AS id, properties(n) AS p ORDER BY n._seq"
READ_EDGES = ("MATCH (a)-[r]->(b) WHERE a:Document OR a:Body "
              "RETURN a.id AS src, b.id AS dst, properties(r) AS p ORDER BY r._seq")


@cache
def cypher(name: str) -> dict[str, str]:
    """The statements of queries/<name>.cypher, by their `// @label` headers."""
    text = (QUERIES / f"{name}.cypher").read_text(encoding="utf-8")
    parts = re.split(r"^// @(\w+)\s*$", text, flags=re.M)
    return {label: body.strip() for label, body in zip(parts[1::2], parts[2::2])}


def attributes(props: dict) -> dict:
    """A node's or edge's networkx attributes from its Neo4j properties."""
    return {key: props.get(key) for key in props["_keys"].split(",") if key} if "_keys" in props else {}


def _one_line(error: Exception) -> str:
    message = getattr(error, "message", None) or str(error) or type(error).__name__
    return " ".join(str(message).split())[:300]


class Neo4jBackend:
    name = "neo4j"

    def __init__(self, settings: Neo4jSettings, driver=None) -> None:
        self.settings = settings
        try:
            self.driver = driver or open_driver(settings)
        except Neo4jUnavailable as error:
            raise BackendError(str(error)) from None
        # The CLI never closes its backend: close the driver when the backend goes away.
        self._finalizer = weakref.finalize(self, self.driver.close)

    @classmethod
    def from_env(cls) -> Neo4jBackend:
        return cls(settings_from_env())

    def close(self) -> None:
        self._finalizer()

    def __enter__(self) -> Neo4jBackend:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _errors(self):
        try:
            yield
        except (Neo4jError, DriverError, OSError) as error:
            raise BackendError(f"Neo4j at {self.settings.uri} failed: {type(error).__name__}: "
                               f"{_one_line(error)}") from None

    def _read(self, query: str, **params) -> list[dict]:
        with self._errors(), self._session() as session:
            return session.execute_read(_fetch, query, **params)

    def _session(self):
        # Warnings such as "relationship type BASED_ON is not in the database" are noise here.
        return self.driver.session(database=self.settings.database,
                                   notifications_min_severity=NotificationMinimumSeverity.OFF)

    # -- writing ---------------------------------------------------------------------------
    def sync(self, graph: nx.MultiDiGraph, batch_size: int = BATCH_SIZE) -> dict:
        """Make the database hold exactly `graph`. Idempotent; returns counts and seconds."""
        edges = ((src, dst, key, data, graph.nodes[src].get("kind"), graph.nodes[dst].get("kind"))
                 for src, dst, key, data in graph.edges(keys=True, data=True))
        return self.sync_rows(graph.nodes(data=True), edges, batch_size)

    def sync_store(self, store, batch_size: int = BATCH_SIZE) -> dict:
        """`sync(store.graph())` without holding the graph: rows stream from graph.sqlite; then
        the records and failed files the app's document and data-quality pages read."""
        tables = store.graph_tables()
        counts = self.sync_rows(tables.node_rows(), tables.edge_rows(), batch_size)
        counts["records"] = self.sync_records(store)
        return counts

    def sync_records(self, store) -> int:
        """Make the :Record nodes hold the store's records (those whose stamp changed are
        written) and the :Failure nodes its failed files; returns how many records were written."""
        stamps = store.record_stamps()
        written = 0
        with self._errors(), self._session() as session:
            session.run(RECORD_SCHEMA).consume()
            held = {row["id"]: row["stamp"] for row in
                    session.execute_read(_fetch, "MATCH (r:Record) RETURN r.id AS id, r.stamp AS stamp")}
            changed = [doc_id for doc_id, stamp in stamps.items() if held.get(doc_id) != stamp]
            for start in range(0, len(changed), RECORDS_PER_BATCH):
                rows = [_record_row(record, text, stamps[record.doc_id])
                        for record, text in store.packed_records(changed[start:start + RECORDS_PER_BATCH])]
                session.execute_write(_run, WRITE_RECORDS, rows=rows)
                written += len(rows)
            gone = [doc_id for doc_id in held if doc_id not in stamps]
            for start in range(0, len(gone), BATCH_SIZE):
                session.execute_write(_run, DELETE_RECORDS, ids=gone[start:start + BATCH_SIZE])
            failures = store.connect().execute("SELECT source, error, at FROM failures").fetchall()
            session.execute_write(_run, WRITE_FAILURES, rows=[dict(source=s, error=e, at=a) for s, e, a in failures])
            session.execute_write(_run, WRITE_VERSION, token=uuid.uuid4().hex)
        return written

    def sync_rows(self, nodes, edges, batch_size: int = BATCH_SIZE) -> dict:
        """nodes: (id, attributes) in graph order; edges: (source, target, key, attributes,
        source kind, target kind), after every node. Written in batches of `batch_size` rows per
        transaction, then whatever this run did not write is deleted."""
        started = time.perf_counter()
        token = uuid.uuid4().hex
        counts = {"nodes": 0, "relationships": 0}
        deleted = 0
        with self._errors(), self._session() as session:
            for statement in SCHEMA:
                session.run(statement).consume()
            for label, batch in _batches(_node_rows(nodes, token), batch_size):
                session.execute_write(_run, MERGE_NODES[label], rows=batch)
                counts["nodes"] += len(batch)
            for labels, batch in _batches(_edge_rows(edges, token), batch_size):
                session.execute_write(_run, MERGE_EDGES[labels], rows=batch)
                counts["relationships"] += len(batch)
            for statement in DELETE_STALE:
                while (count := session.execute_write(_count, statement, token=token, limit=batch_size)):
                    deleted += count
            session.execute_write(_run, WRITE_VERSION, token=token)
        return {**counts, "deleted": deleted, "batch_size": batch_size,
                "seconds": round(time.perf_counter() - started, 3)}

    def counts(self) -> dict:
        row = self._read("RETURN COUNT { MATCH (n) WHERE n:Document OR n:Body } AS nodes, "
                         "COUNT { MATCH (a)-[r]->() WHERE a:Document OR a:Body } AS relationships")[0]
        return {"nodes": row["nodes"], "relationships": row["relationships"]}

    # -- reading ---------------------------------------------------------------------------
    def graph(self) -> nx.MultiDiGraph:
        graph = nx.MultiDiGraph()
        graph.graph["backend"] = "neo4j"
        for row in self._read(READ_NODES):
            graph.add_node(row["id"], **attributes(row["p"]))
        for row in self._read(READ_EDGES):
            graph.add_edge(row["src"], row["dst"], key=row["p"]["key"], **attributes(row["p"]))
        return graph

    def resolve_root(self, root: str, *, issuer: str | None = None, year: int | None = None) -> str:
        q = cypher("resolve")
        return find_root(
            root, lambda node: bool(self._read(q["by_id"], root=node)),
            lambda symbol: {row["id"]: attributes(row["data"]) for row in self._read(q["by_symbol"], symbol=symbol)},
            issuer=issuer, year=year,
            unnumbered=lambda doc_type: {row["id"]: attributes(row["data"])
                                         for row in self._read(q["unnumbered"], doc_type=doc_type)})

    def _describe(self, root: str) -> dict:
        rows = self._read(cypher("resolve")["describe"], root=root)
        if not rows:
            raise RootError(f"no document {root}")
        return describe_data(root, attributes(rows[0]["data"]))

    def lineage(self, root: str, *, direction: str = "down", depth: int | None = None,
                as_of: str | None = None) -> LineageResult:
        if direction not in ("down", "up"):
            raise ValueError("direction is 'down' or 'up'")
        rows = self._read(cypher("lineage")[direction], root=root, depth=depth, as_of=as_of or None)
        if not rows:
            raise RootError(f"no document {root}")
        members = rows[0]["members"]
        nodes = {m["id"]: attributes(m["data"]) for m in members}
        depths = {m["id"]: m["depth"] for m in members}
        edges = {tuple(edge) for edge in rows[0]["edges"]}
        return assemble(describe_data(root, nodes[root]), direction, depths, edges, nodes)

    def gaps(self, root: str, *, as_of: str | None = None):
        described = self._describe(root)
        rows = self._read(cypher("gaps")["gaps"], root=root)
        assignments = {row["body"]: attributes(row["assignment"]) for row in rows}
        bodies = {row["body"]: attributes(row["body_data"]) for row in rows}
        answers = {row["body"]: sorted(tuple(answer) for answer in row["answers"]) for row in rows}
        partners = counterpart_ids(list(assignments), described.get("date"))
        for row in self._read(cypher("gaps")["gaps_via"], root=root, bodies=partners) if partners else []:
            answers[row["body"]] = sorted(tuple(answer) for answer in row["answers"])
        possible: dict[str, list[tuple]] = {}
        open_bodies = unanswered(list(assignments), answers, described.get("date"))
        for row in self._read(cypher("gaps")["gaps_possible"], root=root, bodies=open_bodies) if open_bodies else []:
            possible.setdefault(row["body"], []).append(
                tuple(row["doc"]) + (row["cites"], tuple(sorted(tuple(c) for c in row["candidates"]))))
        return gaps_result(described, as_of, assignments, bodies, answers,
                           {body: sorted(rows) for body, rows in possible.items()})

    def search(self, text: str = "", *, doc_type: str | None = None, level: str | None = None,
               locality: str | None = None, date_from: str | None = None, date_to: str | None = None,
               ingested: bool | None = None, limit: int | None = 200) -> list[dict]:
        terms = ascii_key(text).split()
        rows = self._read(cypher("search")["search"], terms=terms,
                          place=(ascii_key(locality) if locality else None) or None, doc_type=doc_type or None,
                          level=level or None, ingested=ingested, date_from=date_from or None,
                          date_to=date_to or None,
                          cap=NO_LIMIT if terms or limit is None else max(0, limit))   # no words: newest first
        return rank(terms, [(row["doc_id"], attributes(row["data"])) for row in rows],
                    max(0, limit) if limit is not None else None)

    def stats(self) -> dict:
        row = self._read(cypher("stats")["stats"])[0]
        kinds = {"documents": 0, "cited_only": 0}
        levels: dict[str, int] = {}
        for group in row["documents"]:
            kinds["documents" if group["ingested"] else "cited_only"] += group["count"]
            level = group["level"] or "unknown"
            levels[level] = levels.get(level, 0) + group["count"]
        edges = {group["relation"]: group["count"] for group in row["edges"]}
        return {"documents": kinds["documents"], "cited_only": kinds["cited_only"], "bodies": row["bodies"],
                "edges": dict(sorted(edges.items())), "documents_by_level": dict(sorted(levels.items()))}


    # -- what the pages read besides (queries.backend.Backend) -------------------------------
    def version(self) -> str:
        """The token of the last sync: also the app's per-run check that the server answers."""
        return self._read(cypher("pages")["version"])[0]["token"] or ""

    def document(self, doc_id: str) -> dict | None:
        rows = self._read(cypher("resolve")["describe"], root=doc_id)
        return attributes(rows[0]["data"]) if rows else None

    def documents(self, doc_ids: list[str]) -> dict[str, dict]:
        return {row["id"]: attributes(row["data"]) for row in self._read(cypher("pages")["documents"],
                                                                          ids=sorted(set(doc_ids)))}

    def record(self, doc_id: str) -> DocumentRecord | None:
        rows = self._read(cypher("pages")["record"], id=doc_id)
        if not rows:
            return None
        record = DocumentRecord.from_json(json.loads(rows[0]["record"]))
        record.text = unpack_text(bytes(rows[0]["text"]))
        return record

    def doc_types(self) -> list[str]:
        return [row["doc_type"] for row in self._read(cypher("pages")["doc_types"])]

    def relayed_links(self, doc_ids: list[str]) -> set[tuple[str, str]]:
        return {(row["child"], row["parent"]) for row in self._read(cypher("pages")["relayed"],
                                                                     ids=sorted(set(doc_ids)))}

    def quality(self, limit: int | None = None) -> dict:
        q, limit = cypher("pages"), NO_LIMIT if limit is None else int(limit)
        return {"counts": self._read(q["quality_counts"])[0],
                "missing": [dict(doc_id=row["doc_id"], missing=row["missing"], **json.loads(row["quality"]))
                            for row in self._read(q["missing"], limit=limit)],
                "ambiguous": [dict(doc_id=row["doc_id"], **json.loads(row["quality"]))
                              for row in self._read(q["ambiguous"], limit=limit)],
                "cited_missing": [dict(attributes(row["data"]), doc_id=row["doc_id"], citing=row["citing"])
                                  for row in self._read(q["cited_missing"], limit=limit)]}

    def failures(self, seconds: float) -> list[tuple[str, str]]:
        return [(row["source"], row["error"]) for row in
                self._read(cypher("pages")["failures"], since=time.time() - seconds)]

    def dismiss_failures(self, sources: list[str]) -> None:
        with self._errors(), self._session() as session:
            session.execute_write(_run, cypher("pages")["dismiss"], sources=list(sources))


def _record_row(record: DocumentRecord, packed_text: bytes, stamp: str) -> dict:
    """A :Record node: the record as the store keeps it (JSON without the text), its text
    compressed as the store keeps it, and what the data-quality lists say of it."""
    return dict(id=record.doc_id, stamp=stamp, record=json.dumps(record.to_json(), ensure_ascii=False),
                text=packed_text, **quality_fields(record))


def _run(tx, query: str, **params) -> None:
    tx.run(query, params).consume()


def _fetch(tx, query: str, **params) -> list[dict]:
    return [record.data() for record in tx.run(query, params)]


def _count(tx, query: str, **params) -> int:
    return tx.run(query, params).single()["n"]


def _batches(rows, size: int):
    """(group, up to `size` rows of that group) from (group, row) pairs, groups kept apart."""
    pending: dict = {}
    for group, row in rows:
        batch = pending.setdefault(group, [])
        batch.append(row)
        if len(batch) >= size:
            yield group, pending.pop(group)
    yield from pending.items()


def _node_rows(nodes, token: str):
    for seq, (node, data) in enumerate(nodes):
        row = {key: value for key, value in data.items() if value is not None}
        row.update(id=node, _keys=",".join(data), _seq=seq, _sync=token)
        if data.get("kind") == "document":
            row.update(_haystack=haystack(data), _place=place_key(data))
        yield _label(data.get("kind")), row


def _edge_rows(edges, token: str):
    for seq, (src, dst, key, data, src_kind, dst_kind) in enumerate(edges):
        props = {k: v for k, v in data.items() if v is not None}
        props.update(key=key, _keys=",".join(data), _seq=seq, _sync=token)
        yield (_label(src_kind), _label(dst_kind)), {"src": src, "dst": dst, "key": key,
                                                     "type": data.get("relation") or key, "props": props}


def _label(kind: str | None) -> str:
    return LABELS["body" if kind == "body" else "document"]
