"""Rows for the search page: dd/mm/yyyy dates, Vietnamese columns, links to the other pages."""
from __future__ import annotations

from explorer.i18n import LEVELS, fmt_date, level_name, t
from explorer.lineage_view import doc_url


def filter_options(tables) -> dict[str, list[str]]:
    """The filters' choices, from graph.sqlite's search index (graph.tables.GraphTables)."""
    return {"doc_types": tables.doc_types(), "levels": list(LEVELS)}


def result_rows(hits: list[dict]) -> list[dict]:
    return [{"Số hiệu": h.get("symbol") or "", "Loại": h.get("doc_type") or "", "Ngày": fmt_date(h.get("date")),
             "Cơ quan ban hành": h.get("issuer") or "", "Cấp": level_name(h.get("level")),
             "Tỉnh/thành": h.get("province") or "", "Trích yếu": (h.get("title") or "")[:200],
             "Có văn bản": "có" if h.get("ingested") else t("not_ingested"),
             "Mở": doc_url(h["doc_id"]), "Phả hệ": doc_url(h["doc_id"], "lineage"),
             "Ban hành": doc_url(h["doc_id"], "coverage"), "doc_id": h["doc_id"]} for h in hits]
