"""Data quality: files that failed and why, documents missing a symbol, date or issuer,
ambiguous issuers, and cited-but-missing documents ranked by how often they are cited, read from
the session's backend (graph.sqlite's tables, graph/overview.py, or Neo4j), never from the whole graph.
Files are named by their name only (never a server path), documents by their number."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from explorer.i18n import doc_name, fmt_date, load_error_text, t, type_name
from graph import page_reads
from graph.tables import GraphTables

# Rows shown per list: a national store has tens of thousands; the counts say how many in all.
SHOWN = 1000


def failed_rows(failures: Iterable[tuple[str, str]]) -> list[dict]:
    rows = []
    for source, error in failures:
        reason = error[len(source) + 2:] if error.startswith(source + ": ") else error
        rows.append({t("col_file"): Path(source).name, t("col_reason_failed"): load_error_text(reason)})
    return rows


# The words graph.sqlite stores for a missing field (graph.overview.missing_fields), as UI keys.
_FIELD_KEYS = {"số hiệu": "field_symbol", "ngày": "field_date", "cơ quan ban hành": "field_issuer"}


class _TablesReader:
    """graph.sqlite read as a backend reads it (quality lists, documents by id)."""

    def __init__(self, tables: GraphTables) -> None:
        self.tables = tables

    def quality(self, limit: int | None = None) -> dict:
        return page_reads.quality(self.tables, limit)

    def documents(self, doc_ids: list[str]) -> dict[str, dict]:
        return page_reads.documents(self.tables, doc_ids)


def _reader(source):
    """SOURCE: a backend (queries.backend.Backend) or graph.sqlite's GraphTables."""
    return source if hasattr(source, "quality") else _TablesReader(source)


def quality_lists(source, limit: int | None = SHOWN) -> dict:
    """{"counts", "missing", "ambiguous", "cited_missing"}: the rows the page shows (the first
    LIMIT of each list) from SOURCE, documents named by number, in one read of each list."""
    reader = _reader(source)
    found = reader.quality(limit)
    named = {row["doc_id"] for row in found["missing"] + found["ambiguous"]}
    named.update(doc for row in found["cited_missing"] for doc in row["citing"])
    documents = reader.documents(sorted(named)) if named else {}

    def name(doc_id: str) -> str:
        return doc_name(documents.get(doc_id) or {})

    missing = [{t("col_document"): name(row["doc_id"]), t("col_file"): Path(row["source"]).name,
                t("col_missing"): ", ".join(t(_FIELD_KEYS[w]) if w in _FIELD_KEYS else w
                                            for w in row["missing"].split(", ")),
                t("col_title"): (row["title"] or "")[:160]} for row in found["missing"]]
    ambiguous = [{t("col_document"): name(row["doc_id"]), t("col_issuer"): row["issuer"],
                  t("col_confidence"): f"{row['confidence']:.2f}", t("col_candidates"): "; ".join(row["candidates"]),
                  t("meta_issuer_evidence"): row["evidence"]} for row in found["ambiguous"]]
    cited = [{t("col_document"): doc_name(data), t("col_type"): type_name(data.get("doc_type")),
              t("col_date"): fmt_date(data.get("date")), t("col_body"): data.get("issuer") or "",
              t("col_cited_times"): len(data["citing"]),
              t("col_cited_by"): "; ".join(name(c) for c in data["citing"])}
             for data in found["cited_missing"]]           # most cited first
    return {"counts": found["counts"], "missing": missing, "ambiguous": ambiguous, "cited_missing": cited}


def missing_rows(source, limit: int | None = SHOWN) -> list[dict]:
    return quality_lists(source, limit)["missing"]


def ambiguous_rows(source, limit: int | None = SHOWN) -> list[dict]:
    return quality_lists(source, limit)["ambiguous"]


def cited_missing_rows(source, limit: int | None = SHOWN) -> list[dict]:
    """Most cited first."""
    return quality_lists(source, limit)["cited_missing"]


def counts(source) -> dict[str, int]:
    """How many rows each list has in all (the lists show the first SHOWN)."""
    return _reader(source).quality(0)["counts"]
