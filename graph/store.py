"""The embedded on-disk store: one SQLite file under the store folder.

SQLite gives what a shared store needs: every ingest batch is one transaction (a crash or a
SIGKILL mid-ingest leaves the previous store intact), readers never see half a batch (WAL),
and concurrent writers wait for each other. Records are kept as the CONTRACT JSON plus the
normalised text, so the graph can always be rebuilt from them."""
from __future__ import annotations

import json
import os
import re
import sqlite3
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from extraction.models import DocumentRecord
from extraction.version import fingerprint

DEFAULT_STORE = Path(__file__).resolve().parent.parent / "data" / "store"
SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, digest TEXT NOT NULL, source TEXT NOT NULL,
    record TEXT NOT NULL, text TEXT NOT NULL, ingested_at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS sources (
    source TEXT PRIMARY KEY, file_digest TEXT NOT NULL, doc_id TEXT, ingested_at REAL NOT NULL,
    extractor TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS failures (
    source TEXT PRIMARY KEY, error TEXT NOT NULL, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
"""
# Two texts under one key are the same document when this share of their words agree
# (a .docx and a .pdf of one plan differ only in layout and hyphenation).
SAME_TEXT = 0.8


def default_store_dir() -> Path:
    return Path(os.environ.get("CASCADE_STORE") or DEFAULT_STORE)


@dataclass
class AddResult:
    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    merged: int = 0       # same document from another file: source recorded, record kept
    conflicts: int = 0    # a different document under an existing key: kept under a new id


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def similarity(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / max(1, len(wa | wb))


class Store:
    def __init__(self, folder: str | os.PathLike | None = None) -> None:
        self.folder = Path(folder) if folder else default_store_dir()
        self.path = self.folder / "cascade.sqlite"
        self._local = threading.local()
        self._graph_cache: tuple[int, nx.MultiDiGraph] | None = None

    # -- connection ------------------------------------------------------------------------
    def connect(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=60, isolation_level=None)
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.executescript(SCHEMA)
            self._local.conn = conn
        return conn

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def exists(self) -> bool:
        return self.path.exists()

    # -- writing ---------------------------------------------------------------------------
    def known_file(self, source: str, file_digest: str) -> bool:
        """True when this file, byte for byte, was already read by the current extractor."""
        row = self.connect().execute("SELECT file_digest, extractor FROM sources WHERE source = ?",
                                     (source,)).fetchone()
        return row is not None and row[0] == file_digest and row[1] == fingerprint()

    def stale_sources(self) -> list[str]:
        """Files read by an older extractor."""
        return [row[0] for row in self.connect().execute(
            "SELECT source FROM sources WHERE extractor != ?", (fingerprint(),))]

    def add(self, items: Iterable[tuple[DocumentRecord, str]], failures: Iterable[tuple[str, str]] = ()) -> AddResult:
        """Add (record, file digest) pairs and failures in ONE transaction."""
        result = AddResult()
        conn = self.connect()
        conn.execute("BEGIN IMMEDIATE")
        try:
            for record, file_digest in items:
                self._add_one(conn, record, file_digest, result)
            for source, error in failures:
                conn.execute("INSERT OR REPLACE INTO failures VALUES (?, ?, ?)", (source, error, time.time()))
            conn.execute("INSERT INTO meta VALUES ('generation', '1') ON CONFLICT(key) DO UPDATE SET "
                         "value = CAST(value AS INTEGER) + 1")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return result

    def _add_one(self, conn: sqlite3.Connection, record: DocumentRecord, file_digest: str, result: AddResult) -> None:
        now = time.time()
        previous_source = conn.execute("SELECT doc_id FROM sources WHERE source = ?", (record.source,)).fetchone()
        if previous_source and previous_source[0] != record.doc_id:
            # The file changed so much that it is another document now: drop the old record
            # if no other file still provides it.
            others = conn.execute("SELECT COUNT(*) FROM sources WHERE doc_id = ? AND source != ?",
                                  (previous_source[0], record.source)).fetchone()[0]
            if not others:
                conn.execute("DELETE FROM documents WHERE doc_id = ?", (previous_source[0],))
        row = conn.execute("SELECT digest, source, text FROM documents WHERE doc_id = ?", (record.doc_id,)).fetchone()
        if row is not None:
            digest, source, text = row
            if digest == record.digest and source == record.source:
                result.unchanged += 1
            elif source == record.source or similarity(text, record.text) >= SAME_TEXT:
                if source == record.source:
                    self._write(conn, record, now)
                    result.replaced += 1
                else:
                    record.warnings.append(f"the same document as {source} ({record.doc_id}); "
                                           f"recorded as another source of it")
                    result.merged += 1
            else:
                record.warnings.append(f"another document ({source}) already has the key {record.doc_id}; "
                                       f"both are kept")
                base = record.doc_id
                suffix = 2
                while conn.execute("SELECT 1 FROM documents WHERE doc_id = ?", (f"{base}~{suffix}",)).fetchone():
                    suffix += 1
                record.doc_id = f"{base}~{suffix}"
                self._write(conn, record, now)
                result.conflicts += 1
        else:
            self._write(conn, record, now)
            result.added += 1
        conn.execute("INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?, ?)",
                     (record.source, file_digest, record.doc_id, now, fingerprint()))
        conn.execute("DELETE FROM failures WHERE source = ?", (record.source,))

    @staticmethod
    def _write(conn: sqlite3.Connection, record: DocumentRecord, now: float) -> None:
        data = json.dumps(record.to_json(), ensure_ascii=False)
        conn.execute("INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?)",
                     (record.doc_id, record.digest, record.source, data, record.text, now))

    # -- reading ---------------------------------------------------------------------------
    def generation(self) -> int:
        row = self.connect().execute("SELECT value FROM meta WHERE key = 'generation'").fetchone()
        return int(row[0]) if row else 0

    def count(self) -> int:
        return self.connect().execute("SELECT COUNT(*) FROM documents").fetchone()[0]

    def records(self, *, with_text: bool = False) -> Iterator[DocumentRecord]:
        column = "text" if with_text else "''"
        for data, text in self.connect().execute(f"SELECT record, {column} FROM documents ORDER BY doc_id"):
            record = DocumentRecord.from_json(json.loads(data))
            record.text = text
            yield record

    def record(self, doc_id: str, *, with_text: bool = True) -> DocumentRecord | None:
        row = self.connect().execute("SELECT record, text FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        if row is None:
            return None
        record = DocumentRecord.from_json(json.loads(row[0]))
        if with_text:
            record.text = row[1]
        return record

    def failures(self) -> list[tuple[str, str]]:
        return list(self.connect().execute("SELECT source, error FROM failures ORDER BY source"))

    def sources(self) -> list[tuple[str, str]]:
        return list(self.connect().execute("SELECT source, doc_id FROM sources ORDER BY source"))

    def graph(self, registry=None) -> nx.MultiDiGraph:
        """The graph of the whole store, rebuilt only when the store has changed."""
        from graph.build import build_graph
        conn = self.connect()
        # One read transaction: the generation and the records come from the same snapshot,
        # even while another process commits a batch.
        conn.execute("BEGIN")
        try:
            generation = self.generation()
            if self._graph_cache and self._graph_cache[0] == generation:
                return self._graph_cache[1]
            records = list(self.records())
        finally:
            conn.execute("COMMIT")
        built = build_graph(records, registry)
        built.graph.update(store=str(self.folder), generation=generation)
        self._graph_cache = (generation, built)
        return built
