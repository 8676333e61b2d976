"""One API over two graph engines: the embedded networkx store and a Neo4j server.

Every command and the app go through `open_backend`; both backends return the same result
types (queries.LineageResult, queries.GapsResult, plain dicts for search and stats)."""
from __future__ import annotations

import sys
from pathlib import Path

import networkx as nx

import queries
from graph.store import DEFAULT_STORE, Store
from queries.backend import Backend, BackendError

__all__ = ["Backend", "BackendError", "NetworkxBackend", "open_backend", "open_store", "bundled_corpus_files"]
BUNDLED_CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"


class NetworkxBackend:
    name = "networkx"

    def __init__(self, store: Store) -> None:
        self.store = store

    def graph(self) -> nx.MultiDiGraph:
        return self.store.graph()

    # Lineage and gaps read only ROOT's part of the graph, from graph.sqlite: at national scale
    # that is milliseconds where loading the whole graph takes minutes (BENCHMARKS.md).
    def resolve_root(self, root: str, *, issuer: str | None = None, year: int | None = None) -> str:
        tables = self.store.graph_tables()
        return queries.find_root(root, lambda node: tables.document(node) is not None, tables.documents_with_symbol,
                                 issuer=issuer, year=year, unnumbered=tables.unnumbered_documents)

    def lineage(self, root: str, *, direction: str = "down", depth: int | None = None, as_of: str | None = None):
        return queries.lineage(self.store.neighbourhood(root, direction), root, direction, depth, as_of)

    def gaps(self, root: str, *, as_of: str | None = None):
        return queries.gaps(self.store.neighbourhood(root, "down"), root, as_of)

    # Search and stats read graph.sqlite's index and aggregates, not the graph.
    def search(self, text: str = "", **filters) -> list[dict]:
        return self.store.graph_tables().search(text, **filters)

    def stats(self) -> dict:
        return self.store.graph_tables().stats()


def bundled_corpus_files() -> list[Path]:
    """The bundled documents (the .txt files; SOURCES.md beside them is provenance, not a document)."""
    return sorted(BUNDLED_CORPUS.rglob("*.txt"))


def open_store(folder: str | None = None, *, quiet: bool = False) -> Store:
    """The store; the default one is filled with the bundled corpus on first use, so the app
    and the commands work on a fresh clone with no setup."""
    store = Store(folder)
    if folder is None and store.folder.resolve() == DEFAULT_STORE.resolve():
        fresh = not store.exists()
        if fresh or store.stale_sources():
            from graph.ingest import ingest_paths
            if not quiet:
                print(f"{'first use' if fresh else 'extractor updated'}: loading the bundled corpus "
                      f"{BUNDLED_CORPUS} into {store.folder}", file=sys.stderr)
            ingest_paths(bundled_corpus_files(), store)
    return store


def open_backend(name: str = "networkx", store: str | None = None):
    if name == "networkx":
        return NetworkxBackend(open_store(store))
    if name == "neo4j":
        from graph import neo4j_backend
        return neo4j_backend.Neo4jBackend.from_env()
    raise BackendError(f"unknown backend {name}")


def sync_store_to_neo4j(store: Store) -> dict:
    from graph import neo4j_backend
    return neo4j_backend.Neo4jBackend.from_env().sync_store(store)
