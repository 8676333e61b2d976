"""Counts that describe a graph: documents (ingested / cited only), bodies, edges by type."""
from __future__ import annotations

from collections import Counter

import networkx as nx


def stats(graph: nx.MultiDiGraph) -> dict:
    kinds = Counter()
    levels = Counter()
    for _, data in graph.nodes(data=True):
        if data.get("kind") == "document":
            kinds["documents" if data.get("ingested") else "cited_only"] += 1
            levels[data.get("level") or "unknown"] += 1
        else:
            kinds["bodies"] += 1
    edges = Counter(data.get("relation") for _, _, data in graph.edges(data=True))
    return {"documents": kinds["documents"], "cited_only": kinds["cited_only"], "bodies": kinds["bodies"],
            "edges": dict(sorted(edges.items())), "documents_by_level": dict(sorted(levels.items()))}
