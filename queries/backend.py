"""The interface every graph engine offers (the embedded networkx store, a Neo4j server), and its
error. A low module: graph/ and cascade/ both import it, it imports neither."""
from __future__ import annotations

from typing import Protocol

from queries.gaps import GapsResult
from queries.lineage import LineageResult


class BackendError(Exception):
    """A backend that cannot answer: one line, no stack trace."""


class Backend(Protocol):
    name: str

    def resolve_root(self, root: str, *, issuer: str | None = None, year: int | None = None) -> str: ...

    def lineage(self, root: str, *, direction: str = "down", depth: int | None = None,
                as_of: str | None = None) -> LineageResult: ...

    def gaps(self, root: str, *, as_of: str | None = None) -> GapsResult: ...

    def search(self, text: str = "", **filters) -> list[dict]: ...

    def stats(self) -> dict: ...

    # What the app's pages read besides lineage and gaps, so that every page reads the chosen
    # backend (issue 12): one document's attributes, its record, the data-quality lists.
    def version(self) -> str:
        """Changes whenever what the backend answers may have: the app's cache key."""
        ...

    def document(self, doc_id: str) -> dict | None: ...

    def documents(self, doc_ids: list[str]) -> dict[str, dict]: ...

    def record(self, doc_id: str): ...

    def doc_types(self) -> list[str]: ...

    def relayed_links(self, doc_ids: list[str]) -> set[tuple[str, str]]: ...

    def quality(self, limit: int | None = None) -> dict:
        """{"counts": graph.overview.quality_counts, "missing", "ambiguous", "cited_missing": the
        rows of graph.overview's lists, first LIMIT of each}."""
        ...

    def failures(self, seconds: float) -> list[tuple[str, str]]: ...

    def dismiss_failures(self, sources: list[str]) -> None: ...
