"""ROOT: a document id, or a symbol such as 57-NQ/TW narrowed by --issuer and --year, or, for a
document without a number, its type ("Kế hoạch", "KH") narrowed the same way."""
from __future__ import annotations

from collections.abc import Callable

import networkx as nx

from domain.registry import fold
from extraction.symbols import canonical_symbol


class RootError(Exception):
    """ROOT matches no document (exit 1) or several (exit 2, with the candidates)."""

    def __init__(self, message: str, candidates: list[dict] | None = None) -> None:
        super().__init__(message)
        self.candidates = candidates or []


def describe(graph: nx.MultiDiGraph, node: str) -> dict:
    return describe_data(node, graph.nodes[node])


def describe_data(node: str, data: dict) -> dict:
    return {"doc_id": node, "symbol": data.get("symbol"), "issuer": data.get("issuer"), "date": data.get("date"),
            "ingested": bool(data.get("ingested")), "doc_type": data.get("doc_type"), "title": data.get("title")}


def resolve_root(graph: nx.MultiDiGraph, root: str, *, issuer: str | None = None, year: int | str | None = None) -> str:
    return find_root(
        root, lambda node: node in graph and graph.nodes[node].get("kind") == "document",
        lambda symbol: {n: d for n, d in graph.nodes(data=True) if d.get("kind") == "document" and d.get("symbol") == symbol},
        issuer=issuer, year=year,
        unnumbered=lambda doc_type: {n: d for n, d in graph.nodes(data=True) if d.get("kind") == "document"
                                     and not d.get("symbol") and d.get("doc_type") == doc_type})


def type_named(root: str) -> str | None:
    """The document type ROOT names ("Kế hoạch", "ke hoach", "KH"), or None."""
    from domain.tables import doc_type_by_code, doc_type_by_name
    from domain.tables import fold as plain           # no diacritics: "ke hoach"
    name = plain(root).strip()
    found = doc_type_by_name().get(name) or doc_type_by_code().get(name.upper())
    return found.name if found else None


def find_root(root: str, is_document: Callable[[str], bool], documents_with_symbol: Callable[[str], dict[str, dict]],
              *, issuer: str | None = None, year: int | str | None = None,
              unnumbered: Callable[[str], dict[str, dict]] | None = None) -> str:
    """ROOT as a doc_id, whatever the graph is kept in: is_document(doc_id) says whether it is one,
    documents_with_symbol(symbol) gives {doc_id: attributes} of the documents with that symbol,
    unnumbered(doc_type) those of that type that carry no number."""
    if is_document(root):
        return root
    doc_type = type_named(root) if unnumbered is not None else None
    if doc_type is not None:
        return choose_root(unnumbered(doc_type), doc_type, issuer=issuer, year=year)
    symbol = canonical_symbol(root)
    if symbol is None:
        raise RootError(f"'{root}' is neither a document id nor a symbol such as 57-NQ/TW")
    return choose_root(documents_with_symbol(symbol), symbol, issuer=issuer, year=year)


def choose_root(nodes: dict[str, dict], symbol: str, *, issuer: str | None = None,
                year: int | str | None = None) -> str:
    """The one document among nodes {doc_id: attributes} (all with this symbol) that fits
    issuer and year (shared by the networkx and Neo4j backends)."""
    candidates = list(nodes)
    if issuer:
        wanted = fold(issuer)
        candidates = [n for n in candidates if wanted in fold(" ".join(str(nodes[n].get(k) or "") for k in
                                                                       ("issuer", "issuer_body_id", "province", "locality")))]
    if year:
        candidates = [n for n in candidates if str(nodes[n].get("date") or n)[:4] == str(year)
                      or n.endswith(f":{year}")]
    if not candidates:
        raise RootError(f"no document {symbol}" + (f" of '{issuer}'" if issuer else "") + (f" in {year}" if year else ""))
    if len(candidates) > 1:
        listed = [describe_data(n, nodes[n]) for n in sorted(candidates)]
        raise RootError(f"{symbol} matches {len(candidates)} documents; narrow it with --issuer or --year, "
                        f"or give a doc_id", listed)
    return candidates[0]
