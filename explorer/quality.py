"""Data quality: files that failed and why, documents missing a symbol, date or issuer,
ambiguous issuers, and cited-but-missing documents ranked by how often they are cited, read from
the tables graph.sqlite keeps of them (graph/overview.py), never from the records or the graph."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from explorer.i18n import fmt_date
from graph import overview
from graph.tables import GraphTables

# Rows shown per list: a national store has tens of thousands; the counts say how many in all.
SHOWN = 1000


def failed_rows(failures: Iterable[tuple[str, str]]) -> list[dict]:
    rows = []
    for source, error in failures:
        reason = error[len(source) + 2:] if error.startswith(source + ": ") else error
        rows.append({"Tệp": Path(source).name, "Lý do": reason, "Đường dẫn": source})
    return rows


def missing_rows(tables: GraphTables, limit: int | None = SHOWN) -> list[dict]:
    return [{"Văn bản": row["doc_id"], "Tệp": Path(row["source"]).name, "Thiếu": row["missing"],
             "Trích yếu": (row["title"] or "")[:160]} for row in overview.missing_documents(tables.conn, limit)]


def ambiguous_rows(tables: GraphTables, limit: int | None = SHOWN) -> list[dict]:
    return [{"Văn bản": row["doc_id"], "Cơ quan ban hành": row["issuer"], "Độ tin cậy": round(row["confidence"], 2),
             "Các khả năng": "; ".join(row["candidates"]), "Căn cứ": row["evidence"]}
            for row in overview.uncertain_documents(tables.conn, limit)]


def cited_missing_rows(tables: GraphTables, limit: int | None = SHOWN) -> list[dict]:
    """Most cited first."""
    return [{"Văn bản": data.get("symbol") or data["doc_id"], "Loại": data.get("doc_type") or "",
             "Ngày": fmt_date(data.get("date")), "Cơ quan": data.get("issuer") or "",
             "Số lần được trích dẫn": len(data["citing"]), "Được trích dẫn bởi": "; ".join(data["citing"]),
             "doc_id": data["doc_id"]} for data in overview.cited_missing(tables.conn, limit)]


def counts(tables: GraphTables) -> dict[str, int]:
    """How many rows each list has in all (the lists show the first SHOWN)."""
    return overview.quality_counts(tables.conn)
