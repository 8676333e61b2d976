"""Rows for the search page: dd/mm/yyyy dates, columns in the UI language, links to the other pages."""
from __future__ import annotations

from explorer.i18n import LEVELS, doc_label, fmt_date, level_name, t, type_name
from explorer.lineage_view import doc_url


def filter_options(backend) -> dict[str, list[str]]:
    """The filters' choices, from the backend's documents (graph.sqlite's search index, or Neo4j)."""
    return {"doc_types": backend.doc_types(), "levels": list(LEVELS)}


def result_rows(hits: list[dict]) -> tuple[list[dict], dict[str, str]]:
    """(rows for the table, doc_id -> readable label for the chooser); ids stay out of the table."""
    rows = [{t("col_symbol"): h.get("symbol") or "", t("col_type"): type_name(h.get("doc_type")),
             t("col_date"): fmt_date(h.get("date")), t("col_issuer"): h.get("issuer") or "",
             t("col_level"): level_name(h.get("level")), t("col_province"): h.get("province") or "",
             t("col_title"): (h.get("title") or "")[:200],
             t("col_in_store"): t("yes") if h.get("ingested") else t("not_ingested"),
             t("col_open"): doc_url(h["doc_id"]), t("col_lineage"): doc_url(h["doc_id"], "lineage"),
             t("col_coverage"): doc_url(h["doc_id"], "coverage")} for h in hits]
    return rows, {h["doc_id"]: doc_label(h) for h in hits}
