"""What the app's pages read from graph.sqlite besides lineage, gaps and search: documents by id,
the relayed links among a few documents, the data-quality lists, and the quality row of a record
(which the Neo4j backend keeps on its records). A few rows each, never the whole graph.

Kept apart from graph/tables.py and graph/overview.py: those are inputs of graph.sqlite's key,
and reading it must not force a rebuild of a national graph."""
from __future__ import annotations

import json
from collections.abc import Iterable

from extraction.models import DocumentRecord
from graph import overview
from graph.id_chunks import chunks as _chunks, marks as _marks
from graph.tables import GraphTables

def documents(tables: GraphTables, doc_ids: Iterable[str]) -> dict[str, dict]:
    """The attributes of those of DOC_IDS that are document nodes."""
    return {node_id: json.loads(data) for chunk in _chunks(sorted(set(doc_ids)))
            for node_id, data in tables.conn.execute(
                f"SELECT node_id, data FROM nodes WHERE node_id IN ({_marks(chunk)}) AND kind = 'document'", chunk)}


def relayed_links(tables: GraphTables, doc_ids: Iterable[str]) -> set[tuple[str, str]]:
    """(child, parent) links from DOC_IDS known only from a relayed claim (the drawing dashes them)."""
    return {(source, target) for chunk in _chunks(sorted(set(doc_ids)))
            for source, target in tables.conn.execute(
                f"SELECT source, target FROM edges WHERE source IN ({_marks(chunk)}) AND key = 'IMPLEMENTS' "
                f"AND json_extract(data, '$.where') = 'relayed'", chunk)}


def quality(tables: GraphTables, limit: int | None = None) -> dict:
    """The data-quality lists (the first LIMIT rows of each) and how many rows each has in all."""
    conn = tables.conn
    return {"counts": overview.quality_counts(conn), "missing": overview.missing_documents(conn, limit),
            "ambiguous": overview.uncertain_documents(conn, limit), "cited_missing": overview.cited_missing(conn, limit)}


def quality_fields(record: DocumentRecord) -> dict:
    """What the quality lists say of RECORD: missing fields ('' when none), whether its issuer is
    uncertain, and the row's data (as graph/overview.py's doc_quality keeps them)."""
    issuer = record.issuer
    return {"missing": ", ".join(overview.missing_fields(record)), "ambiguous": overview.uncertain_issuer(record),
            "quality": json.dumps(dict(source=record.source, title=record.title, issuer=issuer.name,
                                       confidence=issuer.confidence, candidates=issuer.candidates,
                                       evidence=issuer.evidence), ensure_ascii=False)}
