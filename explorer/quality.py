"""Data quality: files that failed and why, documents missing a symbol, date or issuer,
ambiguous issuers, and cited-but-missing documents ranked by how often they are cited.
Files are named by their name only (never a server path), documents by their number."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import networkx as nx

from explorer.i18n import doc_name, fmt_date, load_error_text, t
from extraction.models import DocumentRecord

AMBIGUOUS_BELOW = 0.6    # issuer confidence under this is shown as uncertain


def failed_rows(failures: Iterable[tuple[str, str]]) -> list[dict]:
    rows = []
    for source, error in failures:
        reason = error[len(source) + 2:] if error.startswith(source + ": ") else error
        rows.append({t("col_file"): Path(source).name, t("col_reason_failed"): load_error_text(reason)})
    return rows


def _record_name(record: DocumentRecord) -> str:
    return doc_name({"symbol": record.symbol, "doc_type": record.doc_type, "issuer": record.issuer.name,
                     "date": record.date})


def missing_rows(records: Iterable[DocumentRecord]) -> list[dict]:
    rows = []
    for record in records:
        missing = [t(key) for key, value in (("field_symbol", record.symbol), ("field_date", record.date),
                                             ("field_issuer", record.issuer.name)) if not value]
        if missing:
            rows.append({t("col_document"): _record_name(record), t("col_file"): Path(record.source).name,
                         t("col_missing"): ", ".join(missing), t("col_title"): (record.title or "")[:160]})
    return rows


def ambiguous_rows(records: Iterable[DocumentRecord]) -> list[dict]:
    rows = []
    for record in records:
        issuer = record.issuer
        if issuer.name and (len(issuer.candidates) > 1 or issuer.confidence < AMBIGUOUS_BELOW or not issuer.body_id):
            rows.append({t("col_document"): _record_name(record), t("col_issuer"): issuer.name,
                         t("col_confidence"): f"{issuer.confidence:.2f}", t("col_candidates"): "; ".join(issuer.candidates),
                         t("meta_issuer_evidence"): issuer.evidence})
    return rows


def cited_missing_rows(graph: nx.MultiDiGraph, name_of: Callable[[str], str] | None = None) -> list[dict]:
    name_of = name_of or (lambda node: doc_name(graph.nodes[node]))
    rows = []
    for node, data in graph.nodes(data=True):
        if data.get("kind") == "document" and not data.get("ingested"):
            citing = sorted({u for u, _ in graph.in_edges(node)})
            rows.append({t("col_document"): doc_name(data), t("col_type"): data.get("doc_type") or "",
                         t("col_date"): fmt_date(data.get("date")), t("col_body"): data.get("issuer") or "",
                         t("col_cited_times"): len(citing),
                         t("col_cited_by"): "; ".join(name_of(c) for c in citing if c in graph)})
    rows.sort(key=lambda r: (-r[t("col_cited_times")], r[t("col_document")]))
    return rows
