"""Lineage: the documents that implement ROOT (down), or that ROOT implements (up),
transitively, through IMPLEMENTS and BASED_ON edges (relayed claims included)."""
from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field

import networkx as nx

from graph.build import PARENT_EDGES
from queries.resolve import describe


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
    result = LineageResult(root=describe(graph, root), direction=direction)
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
    members = set(seen)
    for node, level in sorted(seen.items(), key=lambda item: (item[1], item[0])):
        if node == root:
            continue
        data = graph.nodes[node]
        parents = sorted({p for c, p, _ in edges if c == node and p in members})
        result.documents.append({**describe(graph, node), "level": data.get("level"), "system": data.get("system"),
                                 "province": data.get("province"), "depth": level, "parents": parents})
    result.edges = [{"from": c, "to": p, "relation": r.lower()} for c, p, r in sorted(edges)]
    return result
