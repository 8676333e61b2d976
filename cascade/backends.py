"""One API over two graph engines: the embedded networkx store and a Neo4j server.

Every command and the app go through `open_backend`; both backends return the same result
types (queries.LineageResult, queries.GapsResult, plain dicts for search and stats)."""
from __future__ import annotations

import sys
from pathlib import Path

import networkx as nx

import queries
from graph import page_reads
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

    # What the pages read besides (queries.backend.Backend): a few rows of graph.sqlite or the store.
    def version(self) -> str:
        return str(self.store.generation())

    def document(self, doc_id: str) -> dict | None:
        return self.store.graph_tables().document(doc_id)

    def documents(self, doc_ids: list[str]) -> dict[str, dict]:
        return page_reads.documents(self.store.graph_tables(), doc_ids)

    def record(self, doc_id: str):
        return self.store.record(doc_id)

    def doc_types(self) -> list[str]:
        return self.store.graph_tables().doc_types()

    def relayed_links(self, doc_ids: list[str]) -> set[tuple[str, str]]:
        return page_reads.relayed_links(self.store.graph_tables(), doc_ids)

    def quality(self, limit: int | None = None) -> dict:
        return page_reads.quality(self.store.graph_tables(), limit)

    def failures(self, seconds: float) -> list[tuple[str, str]]:
        return self.store.failures_since(seconds)

    def dismiss_failures(self, sources: list[str]) -> None:
        self.store.dismiss_failures(sources)


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
