"""Tables for the document page: metadata, parents (cited-only ones marked), relayed claims,
references, assignments and deadlines. Values are plain text; the page shows them as text."""
from __future__ import annotations

from pathlib import Path

from explorer.i18n import fmt_date, level_name, system_name, t
from explorer.lineage_view import doc_url
from extraction.models import DocumentRecord


def metadata_rows(doc_id: str, meta: dict, record: DocumentRecord | None) -> list[dict]:
    rows = [("Mã văn bản", doc_id), ("Số hiệu", meta.get("symbol")), ("Loại", meta.get("doc_type")),
            ("Ngày ban hành", fmt_date(meta.get("date"))), ("Cơ quan ban hành", meta.get("issuer")),
            ("Cấp", level_name(meta.get("level"))), ("Hệ thống", system_name(meta.get("system"))),
            ("Tỉnh/thành", meta.get("province")), ("Có văn bản", "có" if meta.get("ingested") else t("not_ingested"))]
    if record is not None:
        signer = record.signer
        rows += [("Tệp", Path(record.source).name), ("Định dạng", record.format),
                 ("Căn cứ xác định cơ quan", record.issuer.evidence),
                 ("Người ký", " · ".join(x for x in (signer.authority, signer.position, signer.name) if x)
                  if signer else None),
                 ("Nơi nhận", "; ".join(record.recipients))]
    return [{"Trường": k, "Giá trị": "" if v is None else str(v)} for k, v in rows]


def parent_rows(lineage_up: dict) -> list[dict]:
    rel = {e["to"]: e["relation"] for e in lineage_up["edges"]}
    return [{"Số hiệu": d.get("symbol") or d.get("doc_type") or d["doc_id"], "Quan hệ": rel.get(d["doc_id"], ""),
             "Ngày": fmt_date(d.get("date")), "Cơ quan": d.get("issuer") or "",
             "Tình trạng": "có văn bản" if d.get("ingested") else t("not_ingested"), "Mở": doc_url(d["doc_id"])}
            for d in lineage_up["documents"] if d.get("depth") == 1]


def relayed_rows(record: DocumentRecord) -> list[dict]:
    return [{"Văn bản": r.child, "Quan hệ": r.relation, "Văn bản cấp trên": r.parent, "Đoạn văn": r.text[:300]}
            for r in record.relayed]


def table_rows(record: DocumentRecord) -> tuple[list[dict], list[dict], list[dict]]:
    references = [{"Quan hệ": r.relation, "Số hiệu": r.symbol or "", "Loại": r.doc_type or "",
                   "Ngày": fmt_date(r.date), "Cơ quan": r.issuer or "", "Đoạn văn": r.text[:300],
                   "Vị trí": f"{r.span[0]}–{r.span[1]}"} for r in record.references]
    assignments = [{"Đơn vị": a.unit, "Phải ban hành văn bản": "có" if a.expects_plan else "không",
                    "Thời hạn": fmt_date(a.deadline), "Đoạn văn": a.text[:300], "Vị trí": f"{a.span[0]}–{a.span[1]}"}
                   for a in record.assignments]
    deadlines = [{"Ngày": fmt_date(d.date), "Đoạn văn": d.text[:300], "Vị trí": f"{d.span[0]}–{d.span[1]}"}
                 for d in record.deadlines]
    return references, assignments, deadlines
