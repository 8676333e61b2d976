"""Tables for the document page: metadata, parents (cited-only ones marked), relayed claims,
references, assignments and deadlines. Values are plain text in the UI language; documents are
named by number, never by internal id, and no character offsets are shown."""
from __future__ import annotations

from pathlib import Path

from explorer.i18n import doc_name, fmt_date, level_name, relation_name, system_name, t, type_name
from explorer.lineage_view import doc_url
from extraction.models import DocumentRecord


def metadata_rows(meta: dict, record: DocumentRecord | None) -> list[dict]:
    rows = [("col_symbol", meta.get("symbol")), ("col_type", type_name(meta.get("doc_type"))),
            ("col_date", fmt_date(meta.get("date"))), ("col_issuer", meta.get("issuer")),
            ("col_level", level_name(meta.get("level"))), ("meta_system", system_name(meta.get("system"))),
            ("col_province", meta.get("province")),
            ("col_in_store", t("yes") if meta.get("ingested") else t("not_ingested"))]
    if record is not None:
        signer = record.signer
        rows += [("meta_file", Path(record.source).name), ("meta_format", record.format),
                 ("meta_issuer_evidence", record.issuer.evidence),
                 ("meta_signer", " · ".join(x for x in (signer.authority, signer.position, signer.name) if x)
                  if signer else None),
                 ("meta_recipients", "; ".join(record.recipients))]
    return [{t("col_field"): t(k), t("col_value"): "" if v is None else str(v)} for k, v in rows]


def parent_rows(lineage_up: dict) -> list[dict]:
    rel = {e["to"]: e["relation"] for e in lineage_up["edges"]}
    return [{t("col_symbol"): doc_name(d), t("col_relation"): relation_name(rel.get(d["doc_id"])),
             t("col_date"): fmt_date(d.get("date")), t("col_body"): d.get("issuer") or "",
             t("col_state"): t("in_store") if d.get("ingested") else t("not_ingested"), t("col_open"): doc_url(d["doc_id"])}
            for d in lineage_up["documents"] if d.get("depth") == 1]


def relayed_rows(record: DocumentRecord) -> list[dict]:
    """Claims this document relays ("15-KH/ĐU implements 57-NQ/TW"), named as printed."""
    return [{t("col_document"): r.child, t("col_relation"): relation_name(r.relation),
             t("col_parent"): r.parent, t("col_passage"): r.text[:300]} for r in record.relayed]


def table_rows(record: DocumentRecord) -> tuple[list[dict], list[dict], list[dict]]:
    references = [{t("col_relation"): relation_name(r.relation), t("col_symbol"): r.symbol or "",
                   t("col_type"): type_name(r.doc_type), t("col_date"): fmt_date(r.date), t("col_body"): r.issuer or "",
                   t("col_passage"): r.text[:300]} for r in record.references]
    assignments = [{t("col_unit"): a.unit, t("col_expects_plan"): t("yes") if a.expects_plan else t("no"),
                    t("col_deadline"): fmt_date(a.deadline), t("col_passage"): a.text[:300]}
                   for a in record.assignments]
    deadlines = [{t("col_date"): fmt_date(d.date), t("col_passage"): d.text[:300]} for d in record.deadlines]
    return references, assignments, deadlines
