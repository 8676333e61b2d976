"""Exports written row by row from graph.sqlite, never holding the graph: a national store's
GraphML is written in a few passes over the tables with memory that does not grow with it.

The output is the output of graph.export on the whole graph (tests/test_scale.py compares
them): the same rows in the same order (networkx's: nodes as loaded, each node's edges grouped
by target in the order the targets first appear), written by networkx's own streaming GraphML
writer, by networkx's GEXF writer one element at a time, and by the JSON, CSV and Cypher
writers of graph.export one row at a time. A ROOT snapshot reads only ROOT's part of the
tables (its lineage down and up, their issuers and assigned units) and goes through
graph.export as before."""
from __future__ import annotations

import hashlib
import io
import itertools
import json
import sqlite3
from collections.abc import Iterable, Iterator
from json.encoder import encode_basestring
from pathlib import Path
from xml.etree.ElementTree import Element, ElementTree, tostring

import networkx as nx

from graph import export as graph_export
from graph import gexf_text, graphml_text
from graph.tables import GraphTables
from graph.id_chunks import chunks as _chunks, marks as _marks

ROWS_PER_FETCH = 5000


class _Directed:
    """What networkx's writers ask of a graph besides its rows."""

    @staticmethod
    def is_directed() -> bool:
        return True

    @staticmethod
    def is_multigraph() -> bool:
        return True


class TableGraph(_Directed):
    """Enough of a networkx MultiDiGraph for networkx's writers, read from the tables on each
    pass: the nodes and edges of the whole graph, less documents dated after `as_of`."""

    def __init__(self, conn: sqlite3.Connection, as_of: str | None, metadata: dict, flat: bool,
                 reviewed: dict[tuple[str, str], dict] | None = None) -> None:
        self.conn, self.as_of, self.graph, self.flat = conn, as_of, metadata, flat
        # (directive, unit) -> the review decision its ASSIGNS edge carries (graph.export.carry_reviews)
        self.reviewed = reviewed or {}

    def _kept(self, alias: str) -> tuple[str, list]:
        """SQL that keeps node `alias`: all of them, or not a document dated after as_of."""
        if not self.as_of:
            return "1", []
        return (f"NOT EXISTS (SELECT 1 FROM doc_search d WHERE d.node_id = {alias}.node_id AND d.date > ?)",
                [self.as_of])

    def _value(self, data: str) -> dict:
        attrs = json.loads(data)
        if attrs.get("source"):   # as graph.export writes it: the corpus's name, never a server path
            attrs["source"] = graph_export.corpus_relative(attrs["source"])
        return {k: graph_export._scalar(v) for k, v in attrs.items()} if self.flat else attrs

    def has_node(self, node_id: str) -> bool:
        kept, params = self._kept("n")
        return self.conn.execute(f"SELECT 1 FROM nodes n WHERE n.node_id = ? AND {kept}",
                                 [node_id] + params).fetchone() is not None

    def node_ids(self, order: str = "n.rowid") -> Iterator[str]:
        kept, params = self._kept("n")
        for (node_id,) in _rows(self.conn, f"SELECT n.node_id FROM nodes n WHERE {kept} ORDER BY {order}", params):
            yield node_id

    def nodes(self, data: bool = False, order: str = "n.rowid"):
        kept, params = self._kept("n")
        for node_id, attrs in _rows(self.conn, f"SELECT n.node_id, n.data FROM nodes n WHERE {kept} ORDER BY {order}",
                                    params):
            yield (node_id, self._value(attrs)) if data else node_id

    def edges(self, keys: bool = True, data: bool = True, *, sorted_by_ids: bool = False):
        """(u, v, key, attributes): in networkx's order, or by (u, v, key)."""
        kept_s, params_s = self._kept("s")
        kept_t, params_t = self._kept("t")
        order = "e.source, e.target, e.key" if sorted_by_ids else "s.rowid, e.rowid"
        rows = _rows(self.conn, f"SELECT e.source, e.target, e.key, e.data FROM edges e "
                                f"JOIN nodes s ON s.node_id = e.source JOIN nodes t ON t.node_id = e.target "
                                f"WHERE {kept_s} AND {kept_t} ORDER BY {order}", params_s + params_t)
        groups = ((row,) for row in rows) if sorted_by_ids else \
            (_adjacency_order(list(group)) for _, group in itertools.groupby(rows, key=lambda row: row[0]))
        for group in groups:
            for source, target, key, attrs in group:
                value = self._value(attrs)
                if (source, target) in self.reviewed and key.startswith("ASSIGNS"):
                    review = self.reviewed[source, target]
                    value["review"] = graph_export._scalar(review) if self.flat else dict(review)
                yield source, target, key, value

    def counts(self) -> dict:
        """What graph.export.snapshot_metadata says of the whole graph."""
        kept, params = self._kept("n")
        digest = hashlib.sha256()
        documents = 0
        for (node_id,) in _rows(self.conn, f"SELECT n.node_id FROM doc_search n WHERE ingested AND {kept} "
                                           f"ORDER BY n.node_id", params):
            digest.update((("\n" if documents else "") + node_id).encode("utf-8"))
            documents += 1
        nodes = self.conn.execute(f"SELECT COUNT(*) FROM nodes n WHERE {kept}", params).fetchone()[0]
        kept_s, params_s = self._kept("s")
        kept_t, params_t = self._kept("t")
        edges = self.conn.execute(f"SELECT COUNT(*) FROM edges e JOIN nodes s ON s.node_id = e.source "
                                  f"JOIN nodes t ON t.node_id = e.target WHERE {kept_s} AND {kept_t}",
                                  params_s + params_t).fetchone()[0]
        return {"corpus_digest": digest.hexdigest()[:16], "documents": documents, "nodes": nodes, "edges": edges}


def _rows(conn: sqlite3.Connection, sql: str, params: list) -> Iterator[tuple]:
    cursor = conn.execute(sql, params)
    while rows := cursor.fetchmany(ROWS_PER_FETCH):
        yield from rows


def _adjacency_order(group: list[tuple]) -> list[tuple]:
    """One source's edges (in insertion order) as networkx iterates them: by target, the
    targets in the order they first appear."""
    first: dict[str, int] = {}
    for index, row in enumerate(group):
        first.setdefault(row[1], index)
    return sorted(group, key=lambda row: first[row[1]])


def export_tables(tables: GraphTables, fmt: str, out: str | Path, *, root: str | None = None,
                  as_of: str | None = None, base: str | Path | None = None,
                  reviews: Iterable[dict] | None = None) -> dict:
    """graph.export.export, reading graph.sqlite: the whole graph streamed, a ROOT snapshot from
    ROOT's part of the tables. `reviews` (the decisions in force) travel with the snapshot as
    graph.export.carry_reviews puts them: in its metadata and on each decided ASSIGNS edge."""
    if fmt not in graph_export.FORMATS:
        raise graph_export.ExportError(f"unknown format {fmt}; one of {', '.join(graph_export.FORMATS)}")
    if root is not None or fmt == "html":
        return graph_export.export(root_part(tables, root) if root else tables.load_all(), fmt, out, root=root,
                                   as_of=as_of, base=base, reviews=reviews)
    path = graph_export.safe_output(out, base)
    path.parent.mkdir(parents=True, exist_ok=True)
    metadata = graph_export.snapshot_metadata(nx.MultiDiGraph(), None, as_of)
    view = TableGraph(tables.conn, as_of, metadata, flat=fmt in ("graphml", "gexf"))
    metadata.update(view.counts())
    if reviews is not None:
        kept = graph_export.kept_reviews(reviews, view.has_node)
        view.reviewed = {(e["root"], e["body_id"]): graph_export.review_mark(e) for e in kept}
        metadata["reviews"] = kept
        if view.flat:   # as graph.export._flat writes the metadata: the list as one JSON value
            view.graph = {k: graph_export._scalar(v) for k, v in metadata.items()}
    STREAM_WRITERS[fmt](view, path)
    return dict(metadata)


def root_part(tables: GraphTables, root: str) -> nx.MultiDiGraph:
    """The nodes a ROOT snapshot can hold (its lineage both ways, whatever the date, with their
    issuers and assigned units) and every edge among them, in the whole graph's order, so that
    graph.export.subgraph gives on it what it gives on the whole graph."""
    docs = set()
    for direction in ("down", "up"):
        docs.update(tables.lineage_nodes(root, direction))
    nodes = set(docs)
    for chunk in _chunks(sorted(docs)):
        nodes.update(target for (target,) in tables.conn.execute(
            f"SELECT target FROM edges WHERE source IN ({_marks(chunk)}) AND (key = 'ISSUED_BY' OR key LIKE 'ASSIGNS:%')",
            chunk))
    ordered = sorted(nodes)
    part = nx.MultiDiGraph()
    rows = [row for chunk in _chunks(ordered) for row in tables.conn.execute(
        f"SELECT rowid, node_id, data FROM nodes WHERE node_id IN ({_marks(chunk)})", chunk)]
    part.add_nodes_from((node_id, json.loads(data)) for _, node_id, data in sorted(rows))
    edges = [row for chunk in _chunks(ordered) for row in tables.conn.execute(
        f"SELECT rowid, source, target, key, data FROM edges WHERE source IN ({_marks(chunk)})", chunk)]
    part.add_edges_from((source, target, key, json.loads(data)) for _, source, target, key, data in sorted(edges)
                        if target in nodes)
    return part


# -- writers ------------------------------------------------------------------------------
def _write_graphml(view: TableGraph, path: Path) -> None:
    """networkx's lxml writer's bytes, written as text in one pass over the tables."""
    graphml_text.write(path, view.graph, view.nodes(data=True), view.edges())


class _Rows(_Directed):
    """A few rows dressed as a graph for networkx's GEXF writer."""

    def __init__(self, nodes=(), edges=()) -> None:
        self._nodes, self._edges, self.graph = list(nodes), list(edges), {}
        self.nodes = _NodeAccess(self._nodes)

    def edges(self, data: bool = True, keys: bool = True):
        return self._edges


class _NodeAccess:
    def __init__(self, rows) -> None:
        self.rows = rows

    def __call__(self, data: bool = True):
        return self.rows

    def __getitem__(self, node):
        return {}    # the writer asks a node for an "id" attribute: ours have none


def _gexf_nodes(view: TableGraph) -> Iterator[tuple[str, dict]]:
    for node, data in view.nodes(data=True):
        if data.get("date"):
            data["start"] = data["date"]   # as graph.export._write_gexf: Gephi's timeline reads 'start'
        yield node, data


def _write_gexf(view: TableGraph, path: Path) -> None:
    """networkx's GEXF writer builds the whole document in memory; here the rows are written a
    batch at a time. A first pass declares the attributes (their ids and the graph's mode depend
    on every row), then the document is written around the rows: as text (graph/gexf_text.py)
    when they are plain, else as that writer's elements."""
    from networkx.readwrite.gexf import GEXFWriter
    writer = GEXFWriter()
    writer.graph_element = Element("graph", defaultedgetype="directed", mode="static", name="")
    try:
        gexf_text.declare(writer, _gexf_nodes(view), view.edges())
    except gexf_text.NotPlain:
        writer = GEXFWriter()
        writer.graph_element = Element("graph", defaultedgetype="directed", mode="static", name="")
        _declare_gexf_elements(writer, view)
        _write_gexf_rows(writer, view, path, elements=True)
        return
    _write_gexf_rows(writer, view, path, elements=False)


def _declare_gexf_elements(writer, view: TableGraph) -> None:
    sink = Element("graph")
    for batch in _batched(_gexf_nodes(view)):
        writer.add_nodes(_Rows(nodes=batch), sink)
        sink.clear()
    for batch in _batched(view.edges()):
        writer.add_edges(_Rows(edges=batch), sink)
        sink.clear()


def _write_gexf_rows(writer, view: TableGraph, path: Path, *, elements: bool) -> None:
    graph_element = writer.graph_element
    # The frame: the writer's own document with one marker element where the rows go.
    for name in ("nodes", "edges"):
        container = Element(name)
        container.append(Element(f"ROWS-{name}"))
        graph_element.append(container)
    writer.xml.append(graph_element)
    writer.indent(writer.xml)
    frame = io.BytesIO()
    ElementTree(writer.xml).write(frame, encoding=writer.encoding, xml_declaration=True)
    head, rest = frame.getvalue().decode(writer.encoding).split("<ROWS-nodes />")
    middle, tail = rest.split("<ROWS-edges />")
    writer.edge_id, writer.all_edge_ids = itertools.count(), set()
    separator = "\n" + "  " * 3      # a node or edge sits at depth 3: gexf, graph, nodes
    with open(path, "w", encoding=writer.encoding) as handle:
        handle.write(head)
        for part, rows, add in ((middle, _gexf_nodes(view), writer.add_nodes), (tail, view.edges(), writer.add_edges)):
            lines = _gexf_elements(writer, add, rows) if elements else \
                (gexf_text.node_lines if add == writer.add_nodes else gexf_text.edge_lines)(writer, rows)
            first = True
            for batch in _batched(lines):
                handle.write(("" if first else separator) + separator.join(batch))
                first = False
            handle.write(part)


def _gexf_elements(writer, add, rows) -> Iterator[str]:
    """The rows through networkx's own writer, an element at a time."""
    sink = Element("graph")
    for batch in _batched(rows):
        add(_Rows(nodes=batch) if add == writer.add_nodes else _Rows(edges=batch), sink)
        for element in sink[0]:
            writer.indent(element, 3)
            element.tail = None
            yield tostring(element, encoding="unicode")
        sink.clear()


def _batched(rows: Iterable, size: int = 2000) -> Iterator[list]:
    iterator = iter(rows)
    while batch := list(itertools.islice(iterator, size)):
        yield batch


def _dumps(value, level: int) -> str:
    """json.dumps(value, indent=1) at this depth of the document."""
    return json.dumps(value, ensure_ascii=False, indent=1, default=str).replace("\n", "\n" + " " * level)


# Scalars through the C encoder: json's indenting encoder is written in Python, slow on millions of rows.
_encode = json.JSONEncoder(ensure_ascii=False, default=str).encode
_SCALARS = (int, float, bool, type(None))


def _row_json(row: dict) -> str:
    """_dumps(row, 2): a node's or edge's object in the document's list."""
    if not row:
        return "{}"
    return "{\n" + ",\n".join(f"   {encode_basestring(str(key))}: " +
                               (encode_basestring(value) if value.__class__ is str else
                                _encode(value) if isinstance(value, _SCALARS) else _dumps(value, 3))
                               for key, value in row.items()) + "\n  }"


def _write_json(view: TableGraph, path: Path) -> None:
    """json.dumps(node_link_data(graph), indent=1), a row at a time."""
    dumps = _dumps

    def items(rows) -> Iterator[str]:
        for row in rows:
            yield _row_json(row)

    with open(path, "w", encoding="utf-8") as handle:
        handle.write('{\n "directed": true,\n "multigraph": true,\n "graph": ' + dumps(view.graph, 1))
        for name, rows in (("nodes", ({**data, "id": node} for node, data in view.nodes(data=True))),
                           ("edges", ({**data, "source": u, "target": v, "key": k} for u, v, k, data in view.edges()))):
            handle.write(f',\n "{name}": [')
            first = True
            for text in items(rows):
                handle.write(("\n  " if first else ",\n  ") + text)
                first = False
            handle.write("]" if first else "\n ]")
        handle.write("\n}")


def _write_csv(view: TableGraph, path: Path) -> None:
    graph_export.write_csv(path, lambda: view.nodes(data=True), view.nodes(data=True, order="n.node_id"),
                           view.edges, view.edges(sorted_by_ids=True))


def _write_cypher(view: TableGraph, path: Path) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        for line in graph_export.cypher_lines(view.nodes(data=True, order="n.node_id"), view.edges(sorted_by_ids=True)):
            handle.write(line + "\n")


STREAM_WRITERS = {"graphml": _write_graphml, "gexf": _write_gexf, "json": _write_json, "csv": _write_csv,
                  "cypher": _write_cypher}
