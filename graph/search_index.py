"""The search index in graph.sqlite: one row per document node with its folded fields, and a
trigram full-text index over their words, so search reads the matching rows, never the graph.

It answers exactly what queries.search answers on the whole graph: the same folding
(queries.search.ascii_key), the same match (a term of three letters or more anywhere in the
words, a shorter one as a whole word: the trigram " 57 " with its spaces), the same filters, and
the same order (score, newest, id) computed in SQL so that only the first `limit` rows leave it.
"""
from __future__ import annotations

import json
import sqlite3

from queries.search import FIELDS, WEIGHTS, ascii_key, place_key, rank

COLUMNS = tuple(f"{field}_k" for field in FIELDS)
SCHEMA = f"""
CREATE TABLE IF NOT EXISTS doc_search (
    rowid INTEGER PRIMARY KEY, node_id TEXT NOT NULL UNIQUE, ingested INTEGER NOT NULL, doc_type TEXT,
    level TEXT, date TEXT NOT NULL, place TEXT NOT NULL, {", ".join(f"{c} TEXT NOT NULL" for c in COLUMNS)},
    words TEXT GENERATED ALWAYS AS (' ' || {" || ' ' || ".join(COLUMNS)} || ' ') VIRTUAL);
CREATE VIRTUAL TABLE IF NOT EXISTS doc_words USING fts5(words, content='doc_search', content_rowid='rowid',
                                                       tokenize='trigram');
"""
# Created after the bulk insert; the date index serves searches without words (newest first).
INDEXES = """
CREATE INDEX IF NOT EXISTS doc_search_by_date ON doc_search (date DESC, node_id);
CREATE INDEX IF NOT EXISTS doc_search_by_type ON doc_search (doc_type);
INSERT INTO doc_words(doc_words) VALUES ('rebuild');
"""
INSERT = (f"INSERT OR REPLACE INTO doc_search (node_id, ingested, doc_type, level, date, place, {', '.join(COLUMNS)}) "
          f"VALUES ({', '.join('?' * (6 + len(COLUMNS)))})")


def row(node_id: str, data: dict) -> tuple:
    """The doc_search row of a document node."""
    return (node_id, int(bool(data.get("ingested"))), data.get("doc_type"), data.get("level"), data.get("date") or "",
            place_key(data), *(ascii_key(str(data.get(field) or "")) for field in FIELDS))


def index_row(conn: sqlite3.Connection, node_id: str, data: dict) -> None:
    """Add or replace one document in an index already built (the incremental path)."""
    forget(conn, [node_id])
    conn.execute(INSERT, row(node_id, data))
    conn.execute("INSERT INTO doc_words (rowid, words) SELECT rowid, words FROM doc_search WHERE node_id = ?",
                 (node_id,))


def forget(conn: sqlite3.Connection, node_ids: list[str]) -> None:
    """Remove documents from the index (the full-text rows first: they need the old words)."""
    for node_id in node_ids:
        conn.execute("INSERT INTO doc_words (doc_words, rowid, words) SELECT 'delete', rowid, words FROM doc_search "
                     "WHERE node_id = ?", (node_id,))
        conn.execute("DELETE FROM doc_search WHERE node_id = ?", (node_id,))


def _match(terms: list[str]) -> str:
    """The FTS5 query: every term (folded: letters and digits only, so quoting is safe)."""
    return " ".join(f'"{term}"' if len(term) > 2 else f'" {term} "' for term in terms)


def search(conn: sqlite3.Connection, query: str = "", *, doc_type: str | None = None, level: str | None = None,
           locality: str | None = None, date_from: str | None = None, date_to: str | None = None,
           ingested: bool | None = None, limit: int | None = 200) -> list[dict]:
    terms = ascii_key(query).split()
    place = ascii_key(locality) if locality else None
    where, params = [], []
    for column, value in (("doc_type", doc_type), ("level", level)):
        if value:
            where.append(f"s.{column} = ?")
            params.append(value)
    if ingested is not None:
        where.append("s.ingested = ?")
        params.append(int(ingested))
    if date_from:
        where.append("s.date != '' AND s.date >= ?")
        params.append(date_from)
    if date_to:
        where.append("s.date != '' AND s.date <= ?")
        params.append(date_to)
    if place:
        where.append("instr(s.place, ?) > 0")
        params.append(place)
    order = "s.date DESC, s.node_id"
    score_params: list[str] = []
    if terms:
        where.append("s.rowid IN (SELECT rowid FROM doc_words WHERE doc_words MATCH ?)")
        params.append(_match(terms))
        parts = [f"{WEIGHTS[field]} * (instr(' ' || s.{field}_k || ' ', ?) > 0)" for _ in terms for field in FIELDS]
        score_params = [f" {term} " for term in terms for _ in FIELDS]
        order = f"({' + '.join(parts)}) DESC, " + order
    # The order is computed on the small index rows; only the first `limit` fetch their node.
    sql = (f"SELECT s.node_id FROM doc_search s {'WHERE ' + ' AND '.join(where) if where else ''} "
           f"ORDER BY {order}{'' if limit is None else ' LIMIT ' + str(int(limit))}")
    ids = [node_id for (node_id,) in conn.execute(sql, params + score_params)]
    data = dict(_node_data(conn, ids))
    return rank(terms, [(node_id, data[node_id]) for node_id in ids], limit)


def _node_data(conn: sqlite3.Connection, ids: list[str]):
    for start in range(0, len(ids), 900):
        chunk = ids[start:start + 900]
        for node_id, data in conn.execute(f"SELECT node_id, data FROM nodes WHERE node_id IN "
                                          f"({', '.join('?' * len(chunk))})", chunk):
            yield node_id, json.loads(data)


def doc_types(conn: sqlite3.Connection) -> list[str]:
    """The document types present, for the search page's filter."""
    return [value for (value,) in conn.execute(
        "SELECT DISTINCT doc_type FROM doc_search WHERE doc_type IS NOT NULL AND doc_type != '' ORDER BY doc_type")]
