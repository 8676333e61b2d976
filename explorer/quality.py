"""Data quality: files that failed and why, documents missing a symbol, date or issuer,
ambiguous issuers, and cited-but-missing documents ranked by how often they are cited."""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import networkx as nx

from explorer.i18n import fmt_date
from extraction.models import DocumentRecord

AMBIGUOUS_BELOW = 0.6    # issuer confidence under this is shown as uncertain


def failed_rows(failures: Iterable[tuple[str, str]]) -> list[dict]:
    rows = []
    for source, error in failures:
        reason = error[len(source) + 2:] if error.startswith(source + ": ") else error
        rows.append({"Tệp": Path(source).name, "Lý do": reason, "Đường dẫn": source})
    return rows


def missing_rows(records: Iterable[DocumentRecord]) -> list[dict]:
    rows = []
    for record in records:
        missing = [name for name, value in (("số hiệu", record.symbol), ("ngày", record.date),
                                            ("cơ quan ban hành", record.issuer.name)) if not value]
        if missing:
            rows.append({"Văn bản": record.doc_id, "Tệp": Path(record.source).name, "Thiếu": ", ".join(missing),
                         "Trích yếu": (record.title or "")[:160]})
    return rows


def ambiguous_rows(records: Iterable[DocumentRecord]) -> list[dict]:
    rows = []
    for record in records:
        issuer = record.issuer
        if issuer.name and (len(issuer.candidates) > 1 or issuer.confidence < AMBIGUOUS_BELOW or not issuer.body_id):
            rows.append({"Văn bản": record.doc_id, "Cơ quan ban hành": issuer.name,
                         "Độ tin cậy": round(issuer.confidence, 2), "Các khả năng": "; ".join(issuer.candidates),
                         "Căn cứ": issuer.evidence})
    return rows


def cited_missing_rows(graph: nx.MultiDiGraph) -> list[dict]:
    rows = []
    for node, data in graph.nodes(data=True):
        if data.get("kind") == "document" and not data.get("ingested"):
            citing = sorted({u for u, _ in graph.in_edges(node)})
            rows.append({"Văn bản": data.get("symbol") or node, "Loại": data.get("doc_type") or "",
                         "Ngày": fmt_date(data.get("date")), "Cơ quan": data.get("issuer") or "",
                         "Số lần được trích dẫn": len(citing), "Được trích dẫn bởi": "; ".join(citing),
                         "doc_id": node})
    rows.sort(key=lambda r: (-r["Số lần được trích dẫn"], r["Văn bản"]))
    return rows
