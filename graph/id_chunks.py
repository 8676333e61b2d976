"""Lists of ids bound as SQL parameters, a chunk at a time (SQLite limits bound parameters)."""
from __future__ import annotations

from collections.abc import Iterable

IDS_PER_QUERY = 900          # under SQLite's limit on bound parameters


def chunks(items: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(items), IDS_PER_QUERY):
        yield items[start:start + IDS_PER_QUERY]


def marks(chunk: list[str]) -> str:
    """The placeholders of an IN (...) for CHUNK."""
    return ", ".join("?" * len(chunk))
