"""What the stats command and the app's overview and data-quality pages show, kept in graph.sqlite
as SQL tables and aggregates, so that they read a few rows instead of the graph or the records:

- `meta.stats`: the counts of queries.stats, computed by SQL over the graph tables;
- `doc_quality`: the documents missing a symbol, date or issuer, and those whose issuer is
  uncertain (the record's own issuer, before the corpus settles it, as the records say);
- `cited_missing`: the cited-only documents with the documents that cite them.
"""
from __future__ import annotations

import json
import sqlite3

from extraction.models import DocumentRecord

AMBIGUOUS_BELOW = 0.6    # issuer confidence under this is shown as uncertain
SCHEMA = """
CREATE TABLE IF NOT EXISTS doc_quality (doc_id TEXT PRIMARY KEY, missing TEXT NOT NULL, ambiguous INTEGER NOT NULL,
                                        data TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS cited_missing (node_id TEXT PRIMARY KEY, citations INTEGER NOT NULL, label TEXT NOT NULL,
                                          citing TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS cited_missing_by_count ON cited_missing (citations DESC, label, node_id);
"""
_to_json = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode


def missing_fields(record: DocumentRecord) -> list[str]:
    return [name for name, value in (("số hiệu", record.symbol), ("ngày", record.date),
                                     ("cơ quan ban hành", record.issuer.name)) if not value]


def uncertain_issuer(record: DocumentRecord) -> bool:
    issuer = record.issuer
    return bool(issuer.name) and (len(issuer.candidates) > 1 or issuer.confidence < AMBIGUOUS_BELOW
                                  or not issuer.body_id)


def note_record(conn: sqlite3.Connection, record: DocumentRecord) -> None:
    """Record what the quality page says of RECORD (call it before the corpus settles its issuer)."""
    conn.execute("DELETE FROM doc_quality WHERE doc_id = ?", (record.doc_id,))
    missing, uncertain = missing_fields(record), uncertain_issuer(record)
    if missing or uncertain:
        issuer = record.issuer
        conn.execute("INSERT INTO doc_quality VALUES (?, ?, ?, ?)", (
            record.doc_id, ", ".join(missing), int(uncertain), _to_json(dict(
                source=record.source, title=record.title, issuer=issuer.name, confidence=issuer.confidence,
                candidates=issuer.candidates, evidence=issuer.evidence))))


def summarise(conn: sqlite3.Connection, cited: list[str] | None = None, counts: dict | None = None) -> None:
    """The aggregates, from the tables as they are now: the cited-only rows of CITED (every
    cited-only document when None), then the counts (COUNTS when the caller kept them)."""
    if cited is None:
        conn.execute("DELETE FROM cited_missing")
        cited = [node for (node,) in conn.execute("SELECT node_id FROM doc_search WHERE ingested = 0")]
    for node_id in cited:
        conn.execute("DELETE FROM cited_missing WHERE node_id = ?", (node_id,))
        row = conn.execute("SELECT data FROM nodes WHERE node_id = ? AND kind = 'document'", (node_id,)).fetchone()
        data = json.loads(row[0]) if row else {}
        if not row or data.get("ingested"):
            continue
        citing = [source for (source,) in conn.execute(
            "SELECT DISTINCT source FROM edges WHERE target = ? ORDER BY source", (node_id,))]
        conn.execute("INSERT INTO cited_missing VALUES (?, ?, ?, ?)",
                     (node_id, len(citing), data.get("symbol") or node_id, _to_json(citing)))
    conn.execute("INSERT OR REPLACE INTO meta VALUES ('stats', ?)", (_to_json(counts or count(conn)),))


# While graph.sqlite is updated in place, these keep what each row added or removed, so that the
# counts follow without recounting a national graph (temporary: this connection only).
COUNTED = {
    "edges": "SELECT 'edge:' || CASE WHEN {row}.key LIKE 'ASSIGNS:%' THEN 'ASSIGNS' ELSE {row}.key END AS name, 1 AS n",
    "nodes": "SELECT CASE WHEN {row}.kind = 'document' THEN 'document' ELSE 'body' END AS name, 1 AS n",
    "doc_search": "SELECT 'level:' || COALESCE(NULLIF({row}.level, ''), 'unknown') AS name, 1 AS n "
                  "UNION ALL SELECT 'ingested', {row}.ingested",
}


def _delta_sql() -> list[str]:
    statements = ["PRAGMA recursive_triggers = ON",      # a replaced row counts as removed
                  "CREATE TEMP TABLE IF NOT EXISTS count_delta (name TEXT PRIMARY KEY, n INTEGER NOT NULL)"]
    for table, names in COUNTED.items():
        for verb, event, sign, row in (("added", "INSERT", 1, "new"), ("removed", "DELETE", -1, "old")):
            statements.append(
                f"CREATE TEMP TRIGGER IF NOT EXISTS {table}_{verb} AFTER {event} ON main.{table} BEGIN "
                f"INSERT INTO count_delta SELECT name, {sign} * n FROM ({names.format(row=row)}) WHERE n != 0 "
                f"ON CONFLICT (name) DO UPDATE SET n = count_delta.n + excluded.n; END")
    return statements


def start_counting(conn: sqlite3.Connection) -> None:
    for statement in _delta_sql():
        conn.execute(statement)
    conn.execute("DELETE FROM count_delta")


def counted(conn: sqlite3.Connection) -> dict:
    """The stored counts plus what changed since start_counting."""
    before = stats(conn)
    delta = dict(conn.execute("SELECT name, n FROM count_delta"))
    documents = before["documents"] + delta.get("ingested", 0)
    nodes = before["documents"] + before["cited_only"] + delta.get("document", 0)
    edges, levels = dict(before["edges"]), dict(before["documents_by_level"])
    for name, n in delta.items():
        for prefix, counts in (("edge:", edges), ("level:", levels)):
            if name.startswith(prefix):
                counts[name[len(prefix):]] = counts.get(name[len(prefix):], 0) + n
    return {"documents": documents, "cited_only": nodes - documents, "bodies": before["bodies"] + delta.get("body", 0),
            "edges": {k: v for k, v in sorted(edges.items()) if v}, "documents_by_level":
            {k: v for k, v in sorted(levels.items()) if v}}


def count(conn: sqlite3.Connection) -> dict:
    """queries.stats, by SQL."""
    kinds = dict(conn.execute("SELECT CASE WHEN kind = 'document' THEN 'd' ELSE 'b' END, COUNT(*) FROM nodes "
                              "GROUP BY 1").fetchall())
    ingested = conn.execute("SELECT COALESCE(SUM(ingested), 0) FROM doc_search").fetchone()[0]
    levels = dict(conn.execute("SELECT COALESCE(NULLIF(level, ''), 'unknown'), COUNT(*) FROM doc_search "
                               "GROUP BY 1 ORDER BY 1").fetchall())
    edges = dict(conn.execute("SELECT CASE WHEN key LIKE 'ASSIGNS:%' THEN 'ASSIGNS' ELSE key END, COUNT(*) FROM edges "
                              "GROUP BY 1 ORDER BY 1").fetchall())
    return {"documents": ingested, "cited_only": kinds.get("d", 0) - ingested, "bodies": kinds.get("b", 0),
            "edges": edges, "documents_by_level": levels}


# -- reading ------------------------------------------------------------------------------
def stats(conn: sqlite3.Connection) -> dict:
    row = conn.execute("SELECT value FROM meta WHERE key = 'stats'").fetchone()
    return json.loads(row[0]) if row else count(conn)


def quality_counts(conn: sqlite3.Connection) -> dict[str, int]:
    missing, ambiguous = conn.execute("SELECT COALESCE(SUM(missing != ''), 0), COALESCE(SUM(ambiguous), 0) "
                                      "FROM doc_quality").fetchone()
    cited = conn.execute("SELECT COUNT(*) FROM cited_missing").fetchone()[0]
    return {"missing": missing, "ambiguous": ambiguous, "cited_missing": cited}


def missing_documents(conn: sqlite3.Connection, limit: int | None = None) -> list[dict]:
    """(doc_id, missing fields, data) of the documents missing a field, by doc_id."""
    return [dict(doc_id=doc_id, missing=missing, **json.loads(data)) for doc_id, missing, data in conn.execute(
        f"SELECT doc_id, missing, data FROM doc_quality WHERE missing != '' ORDER BY doc_id{_limit(limit)}")]


def uncertain_documents(conn: sqlite3.Connection, limit: int | None = None) -> list[dict]:
    return [dict(doc_id=doc_id, **json.loads(data)) for doc_id, data in conn.execute(
        f"SELECT doc_id, data FROM doc_quality WHERE ambiguous ORDER BY doc_id{_limit(limit)}")]


def cited_missing(conn: sqlite3.Connection, limit: int | None = None) -> list[dict]:
    """Cited-only documents, most cited first, with their node attributes and citing documents."""
    rows = conn.execute(f"SELECT c.node_id, c.citing, n.data FROM cited_missing c JOIN nodes n USING (node_id) "
                        f"ORDER BY c.citations DESC, c.label, c.node_id{_limit(limit)}")
    return [dict(json.loads(data), doc_id=node_id, citing=json.loads(citing)) for node_id, citing, data in rows]


def _limit(limit: int | None) -> str:
    return "" if limit is None else f" LIMIT {int(limit)}"
