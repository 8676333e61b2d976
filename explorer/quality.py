"""Data quality: files that failed and why, documents missing a symbol, date or issuer,
ambiguous issuers, and cited-but-missing documents ranked by how often they are cited, read from
the tables graph.sqlite keeps of them (graph/overview.py), never from the records or the graph.
Files are named by their name only (never a server path), documents by their number."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from explorer.i18n import doc_name, fmt_date, load_error_text, t
from graph import overview
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


def _name(tables: GraphTables, doc_id: str) -> str:
    return doc_name(tables.document(doc_id) or {})


def missing_rows(tables: GraphTables, limit: int | None = SHOWN) -> list[dict]:
    rows = []
    for row in overview.missing_documents(tables.conn, limit):
        missing = ", ".join(t(_FIELD_KEYS[w]) if w in _FIELD_KEYS else w for w in row["missing"].split(", "))
        rows.append({t("col_document"): _name(tables, row["doc_id"]), t("col_file"): Path(row["source"]).name,
                     t("col_missing"): missing, t("col_title"): (row["title"] or "")[:160]})
    return rows


def ambiguous_rows(tables: GraphTables, limit: int | None = SHOWN) -> list[dict]:
    return [{t("col_document"): _name(tables, row["doc_id"]), t("col_issuer"): row["issuer"],
             t("col_confidence"): f"{row['confidence']:.2f}", t("col_candidates"): "; ".join(row["candidates"]),
             t("meta_issuer_evidence"): row["evidence"]}
            for row in overview.uncertain_documents(tables.conn, limit)]


def cited_missing_rows(tables: GraphTables, limit: int | None = SHOWN) -> list[dict]:
    """Most cited first."""
    return [{t("col_document"): doc_name(data), t("col_type"): data.get("doc_type") or "",
             t("col_date"): fmt_date(data.get("date")), t("col_body"): data.get("issuer") or "",
             t("col_cited_times"): len(data["citing"]),
             t("col_cited_by"): "; ".join(_name(tables, c) for c in data["citing"])}
            for data in overview.cited_missing(tables.conn, limit)]


def counts(tables: GraphTables) -> dict[str, int]:
    """How many rows each list has in all (the lists show the first SHOWN)."""
    return overview.quality_counts(tables.conn)
