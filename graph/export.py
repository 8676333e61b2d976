"""Snapshots of the graph, or of one root's cascade, in the formats other tools read:
GraphML, GEXF (with start dates for Gephi's timeline), node-link JSON, CSV (nodes + edges),
Cypher statements, and a standalone HTML page (the app's lineage drawing, explorer/standalone.py: no CDN)."""
from __future__ import annotations

import csv
import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from queries.lineage import PARENT_EDGES

FORMATS = ("graphml", "gexf", "json", "csv", "cypher", "html")
LEVEL_COLOURS = {"central": "#b71c1c", "province": "#e65100", "district": "#2e7d32", "commune": "#1565c0",
                 "cell": "#6a1b9a", None: "#757575"}


class ExportError(Exception):
    pass


def subgraph(graph: nx.MultiDiGraph, root: str | None = None, as_of: str | None = None) -> nx.MultiDiGraph:
    """The whole graph, or ROOT's cascade (its lineage down and up, with issuers and assigned
    units), without documents dated after `as_of`."""
    nodes = set(graph.nodes)
    if root is not None:
        from queries.lineage import lineage
        docs = {root}
        for direction in ("down", "up"):
            docs |= {d["doc_id"] for d in lineage(graph, root, direction, as_of=as_of).documents}
        nodes = set(docs)
        for doc in docs:
            for _, target, key in graph.out_edges(doc, keys=True):
                if key == "ISSUED_BY" or key.startswith("ASSIGNS"):
                    nodes.add(target)
    if as_of:
        nodes = {n for n in nodes if not (graph.nodes[n].get("kind") == "document"
                                          and (graph.nodes[n].get("date") or "") > as_of)}
    return graph.subgraph(nodes).copy()


def snapshot_metadata(graph: nx.MultiDiGraph, root: str | None, as_of: str | None) -> dict:
    docs = sorted(n for n, d in graph.nodes(data=True) if d.get("kind") == "document" and d.get("ingested"))
    digest = hashlib.sha256("\n".join(docs).encode("utf-8")).hexdigest()[:16]
    return {"created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"), "root": root or "",
            "as_of": as_of or "", "corpus_digest": digest, "documents": len(docs),
            "nodes": graph.number_of_nodes(), "edges": graph.number_of_edges(), "generator": "cascade"}


def _scalar(value):
    if value is None:
        return ""
    if isinstance(value, (bool, int, float, str)):
        return value
    return json.dumps(value, ensure_ascii=False)


def _flat(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy whose attributes GraphML/GEXF can hold: no None, no lists."""
    flat = nx.MultiDiGraph()
    flat.graph.update({k: _scalar(v) for k, v in graph.graph.items()})
    for node, data in graph.nodes(data=True):
        flat.add_node(node, **{k: _scalar(v) for k, v in data.items()})
    for u, v, key, data in graph.edges(keys=True, data=True):
        flat.add_edge(u, v, key=key, **{k: _scalar(val) for k, val in data.items()})
    return flat


def safe_output(out: str | Path, base: str | Path | None = None) -> Path:
    """Resolve the output path; with `base`, refuse paths that leave that folder."""
    path = Path(out)
    if base is not None:
        try:
            # resolve() follows every symlink, dangling ones included: a link inside `base`
            # that points outside it resolves outside and is refused.
            root = Path(base).resolve()
            path = (root / path).resolve()
        except (OSError, RuntimeError) as error:   # a symlink loop
            raise ExportError(f"export path {out} cannot be resolved: {error}") from None
        if root != path and root not in path.parents:
            raise ExportError(f"export path {out} is outside {root}")
    return path


def corpus_relative(source: str) -> str:
    """A document's file as the corpus names it ('thanh-hoa/tan-ninh.txt', 'uploads/x.pdf'):
    a snapshot never carries the server's folders."""
    parts = Path(str(source).replace("\\", "/")).parts
    for anchor in ("corpus", "uploads"):
        if anchor in parts:
            at = len(parts) - 1 - parts[::-1].index(anchor)
            rest = parts[at + 1:] if anchor == "corpus" else parts[at:]
            return "/".join(rest)
    return parts[-1] if parts else ""


REVIEW_FIELDS = ("id", "root", "body_id", "decision", "who", "when", "note")


def kept_reviews(reviews: Iterable[dict], in_snapshot) -> list[dict]:
    """The decisions whose directive the snapshot holds (`in_snapshot(doc_id)`), as it lists them."""
    kept = [{k: entry.get(k) for k in REVIEW_FIELDS} | ({"choice": entry["choice"]} if entry.get("choice") else {})
            for entry in reviews if entry.get("root") and in_snapshot(entry["root"])]
    return sorted(kept, key=lambda e: (e["root"], e["body_id"]))


def review_mark(entry: dict) -> dict:
    """What a decided ASSIGNS edge carries of its decision."""
    return {k: entry[k] for k in ("id", "decision", "who", "when", "note")}


def carry_reviews(part: nx.MultiDiGraph, reviews: Iterable[dict]) -> None:
    """Review decisions in force (queries.review) travel with the snapshot: the list in its
    metadata (`reviews`), and each on its directive's ASSIGNS edge to the unit (`review`)."""
    kept = kept_reviews(reviews, part.__contains__)
    for entry in kept:
        for _, target, key, data in part.out_edges(entry["root"], keys=True, data=True):
            if target == entry["body_id"] and key.startswith("ASSIGNS"):
                data["review"] = review_mark(entry)
    part.graph["reviews"] = kept


def export(graph: nx.MultiDiGraph, fmt: str, out: str | Path, *, root: str | None = None,
           as_of: str | None = None, base: str | Path | None = None,
           reviews: Iterable[dict] | None = None) -> dict:
    if fmt not in FORMATS:
        raise ExportError(f"unknown format {fmt}; one of {', '.join(FORMATS)}")
    part = subgraph(graph, root, as_of)
    for _, data in part.nodes(data=True):
        if data.get("source"):
            data["source"] = corpus_relative(data["source"])
    part.graph.clear()
    part.graph.update(snapshot_metadata(part, root, as_of))
    if reviews is not None:
        carry_reviews(part, reviews)
    path = safe_output(out, base)
    path.parent.mkdir(parents=True, exist_ok=True)
    WRITERS[fmt](part, path)
    return dict(part.graph)


def _write_graphml(graph, path: Path) -> None:
    nx.write_graphml(_flat(graph), path)


def _write_gexf(graph, path: Path) -> None:
    flat = _flat(graph)
    for node, data in flat.nodes(data=True):
        if data.get("date"):
            data["start"] = data["date"]   # Gephi's timeline reads 'start'
    nx.write_gexf(flat, path)


def _write_json(graph, path: Path) -> None:
    data = nx.node_link_data(graph, edges="edges")
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1, default=str), encoding="utf-8")


def _write_csv(graph, path: Path) -> None:
    write_csv(path, lambda: graph.nodes(data=True), sorted(graph.nodes(data=True)),
              lambda: graph.edges(keys=True, data=True),
              sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])))


def write_csv(path: Path, nodes, sorted_nodes, edges, sorted_edges) -> None:
    """Two files: <path> for nodes (or <dir>/nodes.csv) and <stem>-edges.csv. The columns are
    every attribute met: NODES() and EDGES() give the rows once to find them, SORTED_NODES and
    SORTED_EDGES are written."""
    if path.suffix.lower() != ".csv":
        path.mkdir(parents=True, exist_ok=True)
        nodes_path, edges_path = path / "nodes.csv", path / "edges.csv"
    else:
        nodes_path, edges_path = path, path.with_name(path.stem + "-edges.csv")
    node_keys = sorted({k for _, d in nodes() for k in d})
    with open(nodes_path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id"] + node_keys)
        for node, data in sorted_nodes:
            writer.writerow([node] + [_scalar(data.get(k)) for k in node_keys])
    edge_keys = sorted({k for *_, d in edges() for k in d})
    with open(edges_path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source", "target", "key"] + edge_keys)
        for u, v, key, data in sorted_edges:
            writer.writerow([u, v, key] + [_scalar(data.get(k)) for k in edge_keys])


# json.dumps(value, ensure_ascii=False) without a new encoder per value (a million rows' worth).
_json_literal = json.JSONEncoder(ensure_ascii=False).encode


def _cypher_value(value) -> str:
    return _json_literal(_scalar(value))


def _write_cypher(graph, path: Path) -> None:
    lines = cypher_lines(sorted(graph.nodes(data=True)),
                         sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[2])))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def cypher_lines(nodes, edges):
    """MERGE statements: re-running the file leaves the database unchanged. Values are JSON
    literals (valid Cypher strings and numbers), never raw text. NODES and EDGES come sorted."""
    yield "CREATE CONSTRAINT document_id IF NOT EXISTS FOR (d:Document) REQUIRE d.id IS UNIQUE;"
    yield "CREATE CONSTRAINT body_id IF NOT EXISTS FOR (b:Body) REQUIRE b.id IS UNIQUE;"
    for node, data in nodes:
        label = "Document" if data.get("kind") == "document" else "Body"
        props = ", ".join(f"n.`{k}` = {_cypher_value(v)}" for k, v in sorted(data.items()) if v is not None)
        yield f"MERGE (n:{label} {{id: {_cypher_value(node)}}})" + (f" SET {props};" if props else ";")
    for u, v, key, data in edges:
        relation = re.sub(r"[^A-Z_]", "_", str(data.get("relation") or key).upper())
        props = ", ".join(f"r.`{k}` = {_cypher_value(val)}" for k, val in sorted(data.items()) if val is not None)
        yield (f"MATCH (a {{id: {_cypher_value(u)}}}), (b {{id: {_cypher_value(v)}}}) "
               f"MERGE (a)-[r:{relation} {{key: {_cypher_value(key)}}}]->(b)" + (f" SET {props};" if props else ";"))


def _write_html(graph, path: Path) -> None:
    """The app's lineage drawing (explorer/standalone.py): folded, routed, readable at any size."""
    from explorer.standalone import standalone_html
    path.write_text(standalone_html(graph, graph.graph.get("root") or None, graph.graph.get("as_of") or None),
                    encoding="utf-8")


WRITERS = {"graphml": _write_graphml, "gexf": _write_gexf, "json": _write_json, "csv": _write_csv,
           "cypher": _write_cypher, "html": _write_html}
