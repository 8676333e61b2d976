"""The standalone HTML export: the app's lineage drawing (folded, routed, wrapped) in one file,
its JavaScript inline. With a root, that root's cascade; without, every document that implements
nothing else, under one "whole corpus" box, so thousands of documents fold the way the app folds them.
The review decisions the snapshot carries (graph attribute `reviews`) show as in the app: a confirmed
answer's link is marked confirmed, a rejected answer's link to the directive is not drawn."""
from __future__ import annotations

import copy

import networkx as nx

from explorer.graph_html import render_view_html
from explorer.i18n import t
from explorer.lineage_view import build_view, relayed_pairs
from explorer.review import confirmed_links, confirmed_words
from queries import gaps, lineage
from queries.review import apply_decisions

CORPUS_ROOT = "~corpus"
PARENTS = ("IMPLEMENTS", "BASED_ON")


def _tops(graph: nx.MultiDiGraph) -> list[str]:
    """Documents with no parent document in GRAPH: where the cascades start."""
    return sorted(n for n, d in graph.nodes(data=True) if d.get("kind") == "document" and not any(
        data.get("relation") in PARENTS and graph.nodes[p].get("kind") == "document"
        for _, p, data in graph.out_edges(n, data=True)))


def corpus_lineage(graph: nx.MultiDiGraph, as_of: str | None = None) -> dict:
    """One lineage result (CONTRACT shape) for the whole graph, rooted at a virtual corpus box."""
    documents: dict[str, dict] = {}
    edges = set()
    for top in _tops(graph):
        found = lineage(graph, top, "down", None, as_of).to_json()
        for doc in [{**found["root"], "depth": 0}, *found["documents"]]:
            depth = doc["depth"] + 1
            if doc["doc_id"] not in documents or documents[doc["doc_id"]]["depth"] > depth:
                documents[doc["doc_id"]] = {**graph.nodes[doc["doc_id"]], **doc, "depth": depth}
        edges |= {(e["from"], e["to"], e["relation"]) for e in found["edges"]}
        edges.add((top, CORPUS_ROOT, ""))
    root = {"doc_id": CORPUS_ROOT, "symbol": t("whole"), "ingested": True}
    return {"root": root, "direction": "down", "documents": list(documents.values()),
            "edges": [{"from": a, "to": b, "relation": r} for a, b, r in sorted(edges)]}


def reviewed_links(graph: nx.MultiDiGraph, reviews: list[dict], as_of: str | None, gaps_of=None
                   ) -> tuple[dict[tuple[str, str], str], set[tuple[str, str]]]:
    """From the decisions in force: the confirmed (answer, directive) links with the words to show,
    and the (answer, directive) links of rejected answers. `gaps_of(root)`: ROOT's gaps as JSON
    (default: computed here)."""
    gaps_of = gaps_of or (lambda root: gaps(graph, root, as_of).to_json())
    confirmed, rejected = {}, set()
    for root in sorted({entry["root"] for entry in reviews if entry.get("root") in graph}):
        raw = gaps_of(root)
        decisions = {(e["root"], e["body_id"]): e for e in reviews if e["root"] == root}
        rejected |= {(doc, root) for row in raw["expected"] for doc in row["documents"]
                     if decisions.get((root, row["body_id"]), {}).get("decision") == "reject"}
        confirmed.update({pair: confirmed_words(review)
                          for pair, review in confirmed_links(apply_decisions(copy.deepcopy(raw), decisions)).items()})
    return confirmed, rejected


def without_links(result: dict, links: set[tuple[str, str]]) -> dict:
    """The lineage result without the (child, parent) LINKS, and without the documents only they
    reached."""
    edges = [e for e in result["edges"] if (e["from"], e["to"]) not in links]
    reached, frontier = set(), {result["root"]["doc_id"]}
    while frontier:
        reached |= frontier
        frontier = {e["from"] for e in edges if e["to"] in frontier} - reached
    return {**result, "documents": [d for d in result["documents"] if d["doc_id"] in reached],
            "edges": [e for e in edges if e["from"] in reached]}


def standalone_html(graph: nx.MultiDiGraph, root: str | None = None, as_of: str | None = None) -> str:
    if root is not None and root in graph:
        result, meta = lineage(graph, root, "down", None, as_of).to_json(), dict(graph.nodes[root])
    else:
        result, meta = corpus_lineage(graph, as_of), {}
    cache: dict[str, dict] = {}

    def gaps_of(doc_id: str) -> dict:     # each directive's gaps once: for the decisions and the drawing
        if doc_id not in cache:
            cache[doc_id] = gaps(graph, doc_id, as_of).to_json()
        return cache[doc_id]

    def expected_for(doc_id: str) -> list[dict]:
        return gaps_of(doc_id)["expected"] if doc_id in graph else []

    confirmed, rejected = reviewed_links(graph, graph.graph.get("reviews") or [], as_of, gaps_of)
    result = without_links(result, rejected) if rejected else result

    view = build_view(result, root_meta=meta, expected_for=expected_for, relayed=relayed_pairs(graph),
                      confirmed=confirmed)
    for node in view.nodes:
        node.url = None          # a file on its own has no app pages to open
    return render_view_html(view, height=900)
