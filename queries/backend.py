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
