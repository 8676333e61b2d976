"""Lineage: the documents that implement ROOT (down), or that ROOT implements (up),
transitively, through IMPLEMENTS and BASED_ON edges (relayed claims included)."""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

import networkx as nx

from queries.resolve import describe, describe_data


# The edges a lineage walks: a document implements, or is based on, its parent. (Defined here,
# the lower layer: graph/ builds these edges and imports queries/, never the other way round.)
PARENT_EDGES = ("IMPLEMENTS", "BASED_ON")
# A document one of several documents may be the parent of (a citation without a number that
# several fit): not a parent until a person chooses (queries/review.py); lineage does not follow it.
CANDIDATE = "MAY_IMPLEMENT"


@dataclass
class LineageResult:
    root: dict
    documents: list[dict] = field(default_factory=list)
    edges: list[dict] = field(default_factory=list)
    direction: str = "down"

    def to_json(self) -> dict:
        return {"root": self.root, "direction": self.direction, "documents": self.documents, "edges": self.edges}


def parent_edges(graph: nx.MultiDiGraph, node: str, direction: str):
    """(neighbour, relation, edge data) one step down (children) or up (parents)."""
    if direction == "down":
        for child, _, key, data in graph.in_edges(node, keys=True, data=True):
            if key in PARENT_EDGES:
                yield child, key, data
    else:
        for _, parent, key, data in graph.out_edges(node, keys=True, data=True):
            if key in PARENT_EDGES:
                yield parent, key, data


def _dated_after(graph: nx.MultiDiGraph, node: str, as_of: str | None) -> bool:
    date = graph.nodes[node].get("date")
    return bool(as_of and date and date > as_of)


def lineage(graph: nx.MultiDiGraph, root: str, direction: str = "down", depth: int | None = None,
            as_of: str | None = None) -> LineageResult:
    if direction not in ("down", "up"):
        raise ValueError("direction is 'down' or 'up'")
    root_data = describe(graph, root)
    seen = {root: 0}
    queue = deque([root])
    edges = set()
    while queue:
        node = queue.popleft()
        if depth is not None and seen[node] >= depth:
            continue
        for other, relation, _ in parent_edges(graph, node, direction):
            if _dated_after(graph, other, as_of):
                continue
            child, parent = (other, node) if direction == "down" else (node, other)
            edges.add((child, parent, relation))
            if other not in seen:
                seen[other] = seen[node] + 1
                queue.append(other)
    return assemble(root_data, direction, seen, edges, graph.nodes)


def assemble(root: dict, direction: str, depths: dict[str, int], edges: set[tuple[str, str, str]],
             nodes) -> LineageResult:
    """The result from what a traversal found (shared by the networkx and Neo4j backends):
    depths {doc_id: depth} (the root at 0), edges {(child, parent, RELATION)}, and nodes
    {doc_id: attributes} for every doc_id in depths."""
    result = LineageResult(root=root, direction=direction)
    parents_of: dict[str, set[str]] = {}
    for child, parent, _ in edges:
        if parent in depths:
            parents_of.setdefault(child, set()).add(parent)
    for node, level in sorted(depths.items(), key=lambda item: (item[1], item[0])):
        if node == root["doc_id"]:
            continue
        data = nodes[node]
        result.documents.append({**describe_data(node, data), "level": data.get("level"),
                                 "system": data.get("system"), "province": data.get("province"),
                                 "depth": level, "parents": sorted(parents_of.get(node, ()))})
    result.edges = [{"from": c, "to": p, "relation": r.lower()} for c, p, r in sorted(edges)]
    return result
