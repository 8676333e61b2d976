"""Snapshots: export the current view or the whole graph to bytes (for a download button),
and compare two JSON snapshots: which gaps opened or closed, which documents arrived, which review
decisions were taken. Each side's gaps apply the review decisions that snapshot carries (a rejected
answer opens a gap, a confirmed choice among candidates closes one), as the app shows them."""
from __future__ import annotations

import io
import json
import tempfile
import zipfile
from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from explorer.i18n import doc_name, fmt_date, status_name, t
from graph.export import export
from graph.stream_export import export_tables
from queries.gaps import gaps
from queries.review import apply_decisions

SUFFIX = {"graphml": "graphml", "gexf": "gexf", "json": "json", "csv": "zip", "cypher": "cypher", "html": "html"}
MIME = {"graphml": "application/xml", "gexf": "application/xml", "json": "application/json",
        "csv": "application/zip", "cypher": "text/plain", "html": "text/html"}
OPEN = ("missing", "overdue", "not_due")


def export_bytes(graph: nx.MultiDiGraph, fmt: str, *, root: str | None = None,
                 as_of: str | None = None, reviews: Iterable[dict] | None = None) -> tuple[bytes, dict]:
    """(file content, snapshot metadata); CSV comes as a zip of nodes.csv and edges.csv.
    `reviews`: the review decisions in force, carried by the snapshot (graph.export.carry_reviews)."""
    return _as_bytes(fmt, lambda out: export(graph, fmt, out, root=root, as_of=as_of, reviews=reviews))


def export_backend_bytes(engine, fmt: str, *, root: str | None = None, as_of: str | None = None,
                         reviews: Iterable[dict] = ()) -> tuple[bytes, dict]:
    """export_bytes from the session's backend, as `cascade export` reads it: on the embedded
    store, streamed from graph.sqlite (a ROOT snapshot from ROOT's part only), the whole graph
    never in memory; on Neo4j, the server's graph."""
    reviews = list(reviews)
    if hasattr(engine, "store"):
        tables = engine.store.graph_tables()
        return _as_bytes(fmt, lambda out: export_tables(tables, fmt, out, root=root, as_of=as_of,
                                                                reviews=reviews or None))
    return export_bytes(engine.graph(), fmt, root=root, as_of=as_of, reviews=reviews)


def _as_bytes(fmt: str, write) -> tuple[bytes, dict]:
    """Run `write(path) -> metadata` into a temporary folder and read the file back."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / ("snapshot" if fmt == "csv" else f"snapshot.{SUFFIX[fmt]}")
        meta = write(out)
        if fmt == "csv":
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
                for file in sorted(out.iterdir()):
                    archive.write(file, file.name)
                archive.writestr("snapshot.json", json.dumps(meta, ensure_ascii=False, indent=1))
            return buffer.getvalue(), meta
        return out.read_bytes(), meta


def load_snapshot(data: bytes | str | dict) -> nx.MultiDiGraph:
    if not isinstance(data, dict):
        data = json.loads(data)
    return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")


def snapshot_reviews(graph: nx.MultiDiGraph) -> dict[tuple[str, str], dict]:
    """The review decisions a snapshot carries, by (root, body_id) (a JSON string in GraphML/GEXF)."""
    reviews = graph.graph.get("reviews") or []
    if isinstance(reviews, str):
        reviews = json.loads(reviews)
    return {(entry["root"], entry["body_id"]): entry for entry in reviews}


def _statuses(graph: nx.MultiDiGraph, as_of: str | None) -> dict[tuple[str, str], str]:
    roots = {u for u, _, d in graph.edges(data=True) if d.get("relation") == "ASSIGNS"}
    decisions = snapshot_reviews(graph)
    found = {}
    for root in sorted(roots):
        result = apply_decisions(gaps(graph, root, as_of).to_json(), decisions)
        for unit in result["expected"]:
            found[(root, unit["body_id"])] = unit["status"]
    return found


def _decided(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> list[dict]:
    """The decisions in force in `b` that `a` did not carry (new, or changed since)."""
    before = {entry["id"] for entry in snapshot_reviews(a).values()}
    return [{t("col_directive"): _label(b, root), t("col_unit"): _label(b, body),
             t("col_review"): t(f"review_{entry['decision']}"), t("col_review_who"): entry.get("who") or "",
             t("col_review_when"): fmt_date(entry.get("when"))}
            for (root, body), entry in sorted(snapshot_reviews(b).items()) if entry["id"] not in before]


def _label(graph: nx.MultiDiGraph, node: str) -> str:
    data = graph.nodes[node] if node in graph else {}
    return data.get("name") or doc_name(data) if data.get("kind") == "body" else doc_name(data)


def diff_snapshots(old: bytes | str | dict, new: bytes | str | dict, as_of: str | None = None) -> dict:
    """What changed from `old` to `new`. Gaps are judged at `as_of` (default: the newer
    snapshot's as-of date, else today) in both, so only the corpus differs."""
    a, b = load_snapshot(old), load_snapshot(new)
    as_of = as_of or b.graph.get("as_of") or None
    docs_a = {n for n, d in a.nodes(data=True) if d.get("kind") == "document" and d.get("ingested")}
    docs_b = {n for n, d in b.nodes(data=True) if d.get("kind") == "document" and d.get("ingested")}
    before, after = _statuses(a, as_of), _statuses(b, as_of)
    opened, closed = [], []
    for key in sorted(set(before) | set(after)):
        was, now = before.get(key), after.get(key)
        row = {t("col_directive"): _label(b if key[0] in b else a, key[0]),
               t("col_unit"): _label(b if key[1] in b else a, key[1]),
               t("col_before"): status_name(was) if was else "", t("col_after"): status_name(now) if now else ""}
        if now in OPEN and was not in OPEN:
            opened.append(row)
        elif was in OPEN and now not in OPEN:
            closed.append(row)
    return {
        "old": dict(a.graph), "new": dict(b.graph),
        "arrived": [{t("col_symbol"): _label(b, n), t("col_date"): fmt_date(b.nodes[n].get("date")),
                     t("col_body"): b.nodes[n].get("issuer") or ""} for n in sorted(docs_b - docs_a)],
        "arrived_ids": sorted(docs_b - docs_a),
        "removed": sorted(docs_a - docs_b), "opened": opened, "closed": closed, "decided": _decided(a, b),
    }


FORMATS = ("json", "graphml", "gexf", "csv", "cypher", "html")      # names: i18n fmt_<format>


def metadata_rows(meta: dict, root_name: str = "") -> list[dict]:
    created = meta.get("created") or ""
    names = {"created": "meta_created", "root": "meta_root", "as_of": "as_of", "corpus_digest": "meta_digest",
             "documents": "meta_documents", "nodes": "meta_nodes", "edges": "meta_edges", "reviews": "meta_reviews"}
    values = dict(meta, created=f"{fmt_date(created[:10])} {created[11:19]} UTC" if created else "",
                  reviews=len(meta.get("reviews") or []),
                  as_of=fmt_date(meta.get("as_of")), root=root_name if meta.get("root") else t("whole"))
    return [{t("col_info"): t(key), t("col_value"): str(values.get(field, ""))} for field, key in names.items()]
