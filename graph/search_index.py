"""The search index in graph.sqlite: one row per document node with its folded fields, and a
trigram full-text index over their words, so search reads the matching rows, never the graph.

It answers exactly what queries.search answers on the whole graph: the same folding
(queries.search.ascii_key), the same match (a term of three letters or more anywhere in the
words, a shorter one as a whole word: the trigram " 57 " with its spaces), the same filters, and
the same order (score, newest, id) computed in SQL so that only the first `limit` rows leave it;
a broad query (words in most documents) instead reads the newest documents first and stops as
soon as the page is known (_early).
"""
from __future__ import annotations

import json
import sqlite3

from graph.id_chunks import chunks as _chunks, marks as _marks
from queries.search import FIELDS, WEIGHTS, ascii_key, place_key, rank

COLUMNS = tuple(f"{field}_k" for field in FIELDS)
SCHEMA = f"""
CREATE TABLE IF NOT EXISTS doc_search (
    rowid INTEGER PRIMARY KEY, node_id TEXT NOT NULL UNIQUE, ingested INTEGER NOT NULL, doc_type TEXT,
    level TEXT, date TEXT NOT NULL, place TEXT NOT NULL, {", ".join(f"{c} TEXT NOT NULL" for c in COLUMNS)},
    words TEXT GENERATED ALWAYS AS (' ' || {" || ' ' || ".join(COLUMNS)} || ' ') VIRTUAL);
CREATE VIRTUAL TABLE IF NOT EXISTS doc_words USING fts5(words, content='doc_search', content_rowid='rowid',
                                                       tokenize='trigram');
CREATE TABLE IF NOT EXISTS search_words (field TEXT NOT NULL, word TEXT NOT NULL, docs INTEGER NOT NULL,
                                         PRIMARY KEY (field, word)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS search_values (field TEXT NOT NULL, value TEXT NOT NULL, docs INTEGER NOT NULL,
                                          PRIMARY KEY (field, value)) WITHOUT ROWID;
"""
# Created after the bulk insert; the date index serves searches without words (newest first).
INDEXES = """
CREATE INDEX IF NOT EXISTS doc_search_by_date ON doc_search (date DESC, node_id);
CREATE INDEX IF NOT EXISTS doc_search_by_type ON doc_search (doc_type);
CREATE INDEX IF NOT EXISTS doc_search_by_issuer ON doc_search (issuer_k);
CREATE INDEX IF NOT EXISTS doc_search_by_locality ON doc_search (locality_k);
INSERT INTO doc_words(doc_words) VALUES ('rebuild');
"""
INSERT = (f"INSERT OR REPLACE INTO doc_search (node_id, ingested, doc_type, level, date, place, {', '.join(COLUMNS)}) "
          f"VALUES ({', '.join('?' * (6 + len(COLUMNS)))})")


def row(node_id: str, data: dict) -> tuple:
    """The doc_search row of a document node."""
    return (node_id, int(bool(data.get("ingested"))), data.get("doc_type"), data.get("level"), data.get("date") or "",
            place_key(data), *(ascii_key(str(data.get(field) or "")) for field in FIELDS))


# What bounds a broad search's scores (see _early): how many documents hold each word of the
# symbol and title, and each value of the short fields (issuer and locality are indexed, so the
# few documents of a rare one can be read directly).
WORD_FIELDS = ("symbol", "title")
VALUE_FIELDS = ("issuer", "doc_type", "locality", "province")
FETCHED_FIELDS = ("issuer", "locality")
_FIRST_KEY = 6      # where the folded fields start in a row()
_ROW_COLUMNS = f"node_id, ingested, doc_type, level, date, place, {', '.join(COLUMNS)}"


def vocabulary(row: tuple) -> list[tuple[str, str, str]]:
    """(table, field, word or value) of one doc_search row, each once."""
    keys = dict(zip(FIELDS, row[_FIRST_KEY:]))
    return [("search_words", field, word) for field in WORD_FIELDS for word in set(keys[field].split())] + \
        [("search_values", field, keys[field]) for field in VALUE_FIELDS if keys[field]]


def count_all(conn: sqlite3.Connection) -> None:
    """The counts of a full build, from the rows it wrote."""
    counts: dict[tuple[str, str, str], int] = {}
    for old in conn.execute(f"SELECT {_ROW_COLUMNS} FROM doc_search"):
        for entry in vocabulary(old):
            counts[entry] = counts.get(entry, 0) + 1
    for table in ("search_words", "search_values"):
        conn.executemany(f"INSERT INTO {table} VALUES (?, ?, ?)",
                         sorted((field, word, n) for (name, field, word), n in counts.items() if name == table))


def _count(conn: sqlite3.Connection, row: tuple, step: int) -> None:
    for table, field, word in vocabulary(row):
        column = "word" if table == "search_words" else "value"
        conn.execute(f"INSERT INTO {table} VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET docs = docs + ?",
                     (field, word, step, step))
        conn.execute(f"DELETE FROM {table} WHERE field = ? AND {column} = ? AND docs <= 0", (field, word))


def index_row(conn: sqlite3.Connection, node_id: str, data: dict) -> None:
    """Add or replace one document in an index already built (the incremental path)."""
    forget(conn, [node_id])
    conn.execute(INSERT, row(node_id, data))
    _count(conn, row(node_id, data), 1)
    conn.execute("INSERT INTO doc_words (rowid, words) SELECT rowid, words FROM doc_search WHERE node_id = ?",
                 (node_id,))


def forget(conn: sqlite3.Connection, node_ids: list[str]) -> None:
    """Remove documents from the index (the full-text rows first: they need the old words)."""
    for node_id in node_ids:
        old = conn.execute(f"SELECT {_ROW_COLUMNS} FROM doc_search WHERE node_id = ?", (node_id,)).fetchone()
        if old is None:
            continue
        _count(conn, old, -1)
        conn.execute("INSERT INTO doc_words (doc_words, rowid, words) SELECT 'delete', rowid, words FROM doc_search "
                     "WHERE node_id = ?", (node_id,))
        conn.execute("DELETE FROM doc_search WHERE node_id = ?", (node_id,))


def _match(terms: list[str]) -> str:
    """The FTS5 query: every term (folded: letters and digits only, so quoting is safe)."""
    return " ".join(f'"{term}"' if len(term) > 2 else f'" {term} "' for term in terms)


def search(conn: sqlite3.Connection, query: str = "", *, doc_type: str | None = None, level: str | None = None,
           locality: str | None = None, date_from: str | None = None, date_to: str | None = None,
           ingested: bool | None = None, limit: int | None = 200, early: bool = True) -> list[dict]:
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
    ids = None
    if terms and limit and early:
        ids = _early(conn, terms, where, params, limit)
    if ids is None:
        ids = _ranked_in_sql(conn, terms, where, params, limit)
    data = dict(_node_data(conn, ids))
    return rank(terms, [(node_id, data[node_id]) for node_id in ids], limit)


def _score(terms: list[str]) -> tuple[str, list[str]]:
    """SQL for a row's score (queries.search._score: a term as a whole word of a field)."""
    parts = [f"{WEIGHTS[field]} * (instr(' ' || s.{field}_k || ' ', ?) > 0)" for _ in terms for field in FIELDS]
    return f"({' + '.join(parts)})", [f" {term} " for term in terms for _ in FIELDS]


def _ranked_in_sql(conn: sqlite3.Connection, terms: list[str], where: list[str], params: list,
                   limit: int | None) -> list[str]:
    """Every match ranked in SQL: the order is computed on the small index rows; only the first
    `limit` fetch their node."""
    order = "s.date DESC, s.node_id"
    score_params: list[str] = []
    if terms:
        where = where + ["s.rowid IN (SELECT rowid FROM doc_words WHERE doc_words MATCH ?)"]
        params = params + [_match(terms)]
        score, score_params = _score(terms)
        order = f"{score} DESC, " + order
    sql = (f"SELECT s.node_id FROM doc_search s {'WHERE ' + ' AND '.join(where) if where else ''} "
           f"ORDER BY {order}{'' if limit is None else ' LIMIT ' + str(int(limit))}")
    return [node_id for (node_id,) in conn.execute(sql, params + score_params)]


# A broad query (words in most documents) stops early: the newest documents are read in the
# date index's order, WALK_ROWS at a time, and reading stops once `limit` of them are known to
# rank before any document not yet read; a query that is not broad gives up within the budget.
WALK_ROWS = 1000
WALK_BUDGET = 40000
RARE = 5000          # a value held by at most this many documents is read directly


def _early(conn: sqlite3.Connection, terms: list[str], where: list[str], params: list, limit: int) -> list[str] | None:
    """The ids of the first `limit` results of the full ranking (score, newest, id), or None
    when that cannot be told from the newest documents.

    A document scores what its fields hold of the terms. Where a term is in the issuer or the
    locality of few documents, those documents are read directly; every other document can
    score at most `bound`: the weights of the fields whose words hold a term somewhere. A
    document not yet read comes after the last one read, so once `limit` candidates score more
    than `bound`, or `bound` and are not after the last one read, no unread one can pass them."""
    bound, rare = 0, []
    for term in terms:
        for field in FIELDS:
            docs, values = _holders(conn, field, term)
            if field in FETCHED_FIELDS and 0 < docs <= RARE:
                rare.append((field, values))
            elif docs:
                bound += WEIGHTS[field]
    score, score_params = _score(terms)
    wanted = " AND ".join(where + [f"instr(s.words, ?) > 0" for _ in terms])
    wanted_params = params + [term if len(term) > 2 else f" {term} " for term in terms]
    found: dict[str, tuple] = {}
    for field, values in rare:
        for chunk in _chunks(values):
            for node_id, date, points in conn.execute(
                    f"SELECT s.node_id, s.date, {score} FROM doc_search s WHERE s.{field}_k IN ({_marks(chunk)}) "
                    f"AND {wanted}", score_params + chunk + wanted_params):
                found[node_id] = (-points, *_place(date, node_id))
    walk = conn.execute(f"SELECT s.node_id, s.date, ({wanted}) AS wanted, CASE WHEN {wanted} THEN {score} END "
                        f"FROM doc_search s "
                        f"INDEXED BY doc_search_by_date ORDER BY s.date DESC, s.node_id",
                        wanted_params + wanted_params + score_params)
    try:
        read = 0
        while rows := walk.fetchmany(WALK_ROWS):
            read += len(rows)
            for node_id, date, matched, points in rows:
                if len(date) not in (0, 10):
                    return None     # the date index's order is the ranking's only for whole dates
                if matched:
                    found[node_id] = (-points, *_place(date, node_id))
            last = (-bound, *_place(rows[-1][1], rows[-1][0]))
            passed = sum(key <= last for key in found.values())
            if passed >= limit:
                break
            if read >= WALK_BUDGET or passed * WALK_BUDGET < limit * read:
                return None     # not broad: at this pace the budget would not do
    finally:
        walk.close()
    return [node_id for node_id, _ in sorted(found.items(), key=lambda item: item[1])[:limit]]


def _place(date: str, node_id: str) -> tuple:
    """Where a document comes among equal scores (queries.search.rank: the newest, then the id)."""
    return (-int(date.replace("-", "")) if date else 0, node_id)


def _holders(conn: sqlite3.Connection, field: str, term: str) -> tuple[int, list[str]]:
    """How many documents hold the term as a whole word of the field (and, for a short field,
    the values that hold it)."""
    if field in WORD_FIELDS:
        row = conn.execute("SELECT docs FROM search_words WHERE field = ? AND word = ?", (field, term)).fetchone()
        return (row[0] if row else 0), []
    rows = conn.execute("SELECT value, docs FROM search_values WHERE field = ? AND instr(' ' || value || ' ', ?) > 0",
                        (field, f" {term} ")).fetchall()
    return sum(docs for _, docs in rows), [value for value, _ in rows]


def _node_data(conn: sqlite3.Connection, ids: list[str]):
    for chunk in _chunks(ids):
        for node_id, data in conn.execute(f"SELECT node_id, data FROM nodes WHERE node_id IN "
                                          f"({', '.join('?' * len(chunk))})", chunk):
            yield node_id, json.loads(data)


def doc_types(conn: sqlite3.Connection) -> list[str]:
    """The document types present, for the search page's filter."""
    return [value for (value,) in conn.execute(
        "SELECT DISTINCT doc_type FROM doc_search WHERE doc_type IS NOT NULL AND doc_type != '' ORDER BY doc_type")]
