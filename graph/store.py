"""The embedded on-disk store: one SQLite file under the store folder.

SQLite gives what a shared store needs: every ingest batch is one transaction (a crash or a
SIGKILL mid-ingest leaves the previous store intact), readers never see half a batch (WAL),
and concurrent writers wait for each other. Records are kept as the CONTRACT JSON plus the
normalised text, so the graph can always be rebuilt from them."""
from __future__ import annotations

import fcntl
import json
import os
import re
import sqlite3
import threading
import time
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import astuple, dataclass
from pathlib import Path

import networkx as nx

from domain.registry import Registry
from extraction.models import DocumentRecord
from extraction.version import fingerprint
from graph import tables as graph_tables
from graph.build import DocKey, build_graph
from graph.tables import GraphTables, graph_key

DEFAULT_STORE = Path(__file__).resolve().parent.parent / "data" / "store"
SCHEMA = """
CREATE TABLE IF NOT EXISTS documents (
    doc_id TEXT PRIMARY KEY, digest TEXT NOT NULL, source TEXT NOT NULL,
    record TEXT NOT NULL, text NOT NULL, ingested_at REAL NOT NULL);
-- What citation resolution needs of each document (graph.build.DocKey), apart from the
-- records so that building the graph reads a small table, not the texts.
CREATE TABLE IF NOT EXISTS doc_keys (doc_id TEXT PRIMARY KEY, keys TEXT NOT NULL) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS sources (
    source TEXT PRIMARY KEY, file_digest TEXT NOT NULL, doc_id TEXT, ingested_at REAL NOT NULL,
    extractor TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS failures (
    source TEXT PRIMARY KEY, error TEXT NOT NULL, at REAL NOT NULL);
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- The documents each generation added, replaced or removed (from meta.tracked_from on), so that
-- graph.sqlite can be brought up to date in place (graph/incremental.py).
CREATE INDEX IF NOT EXISTS sources_by_doc ON sources (doc_id);
CREATE TABLE IF NOT EXISTS changes (generation INTEGER NOT NULL, doc_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS changes_by_generation ON changes (generation);
"""
# graph.sqlite is updated in place when fewer documents changed than this; built again otherwise.
UPDATE_IN_PLACE_BELOW = 5000
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


def pack_text(text: str) -> bytes:
    """Texts are kept compressed: a national store holds 20 GB of them, a third of that packed,
    and writing less is faster too."""
    return zlib.compress(text.encode("utf-8"), 1)


def unpack_text(value: bytes | str) -> str:
    return zlib.decompress(value).decode("utf-8") if isinstance(value, bytes) else value   # str: an older store


_to_json = json.JSONEncoder(ensure_ascii=False, check_circular=False).encode


def _record_json(record: DocumentRecord) -> str:
    return _to_json(record.to_json())


def similarity(a: str, b: str) -> float:
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / max(1, len(wa | wb))


def _use_wal(conn: sqlite3.Connection, seconds: float = 60) -> None:
    """Switch a new store to WAL. Two processes opening a new store at once can meet here, and
    SQLite answers the switch with "database is locked" without waiting on the busy timeout:
    wait and try again (the mode is kept in the file, so only the first opening switches)."""
    deadline = time.monotonic() + seconds
    while True:
        try:
            if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class Store:
    def __init__(self, folder: str | os.PathLike | None = None) -> None:
        self.folder = Path(folder) if folder else default_store_dir()
        self.path = self.folder / "cascade.sqlite"
        self._local = threading.local()
        self._graph_cache: tuple[str, nx.MultiDiGraph] | None = None
        self._tables: GraphTables | None = None
        self._tables_lock = threading.Lock()

    # -- connection ------------------------------------------------------------------------
    def connect(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(self.path, timeout=60, isolation_level=None)
            _use_wal(conn)
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.executescript(SCHEMA)
            self._local.conn = conn
        return conn

    def close(self) -> None:
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None
        with self._tables_lock:
            if self._tables is not None:
                self._tables.close()
                self._tables = None

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
            changed: set[str] = set()
            for record, file_digest in items:
                self._add_one(conn, record, file_digest, result, changed)
            for source, error in failures:
                conn.execute("INSERT OR REPLACE INTO failures VALUES (?, ?, ?)", (source, error, time.time()))
            self._next_generation(conn, changed)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return result

    def _next_generation(self, conn: sqlite3.Connection, changed: set[str]) -> None:
        generation = self.generation()
        conn.execute("INSERT OR IGNORE INTO meta VALUES ('tracked_from', ?)", (str(generation),))
        conn.execute("INSERT INTO meta VALUES ('generation', '1') ON CONFLICT(key) DO UPDATE SET "
                     "value = CAST(value AS INTEGER) + 1")
        conn.executemany("INSERT INTO changes VALUES (?, ?)", [(generation + 1, doc_id) for doc_id in sorted(changed)])

    def changed_since(self, generation: int) -> set[str] | None:
        """The documents changed after GENERATION, or None when the store does not know."""
        row = self.connect().execute("SELECT value FROM meta WHERE key = 'tracked_from'").fetchone()
        if row is None or generation < int(row[0]):
            return None
        return {doc_id for (doc_id,) in self.connect().execute(
            "SELECT doc_id FROM changes WHERE generation > ?", (generation,))}

    def _add_one(self, conn: sqlite3.Connection, record: DocumentRecord, file_digest: str, result: AddResult,
                 changed: set[str]) -> None:
        now = time.time()
        previous_source = conn.execute("SELECT doc_id FROM sources WHERE source = ?", (record.source,)).fetchone()
        if previous_source and previous_source[0] != record.doc_id:
            # The file changed so much that it is another document now: drop the old record
            # if no other file still provides it.
            others = conn.execute("SELECT COUNT(*) FROM sources WHERE doc_id = ? AND source != ?",
                                  (previous_source[0], record.source)).fetchone()[0]
            if not others:
                conn.execute("DELETE FROM documents WHERE doc_id = ?", (previous_source[0],))
                conn.execute("DELETE FROM doc_keys WHERE doc_id = ?", (previous_source[0],))
                changed.add(previous_source[0])
        row = conn.execute("SELECT digest, source, text, record FROM documents WHERE doc_id = ?",
                           (record.doc_id,)).fetchone()
        if row is not None:
            digest, source, packed, stored = row
            if digest == record.digest and source == record.source and stored == _record_json(record):
                result.unchanged += 1
            elif source == record.source or similarity(unpack_text(packed), record.text) >= SAME_TEXT:
                if source == record.source:
                    self._write(conn, record, now)
                    changed.add(record.doc_id)
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
                changed.add(record.doc_id)
                result.conflicts += 1
        else:
            self._write(conn, record, now)
            changed.add(record.doc_id)
            result.added += 1
        conn.execute("INSERT OR REPLACE INTO sources VALUES (?, ?, ?, ?, ?)",
                     (record.source, file_digest, record.doc_id, now, fingerprint()))
        conn.execute("DELETE FROM failures WHERE source = ?", (record.source,))

    def remove(self, names: Iterable[str]) -> dict[str, list[str]]:
        """Forget files (by path) or documents (by doc_id) in ONE transaction. A document read
        from several files stays while another of them is still in the store."""
        removed, kept, unknown = [], [], []
        conn = self.connect()
        conn.execute("BEGIN IMMEDIATE")
        try:
            for name in names:
                sources = [row[0] for row in conn.execute(   # two lookups: each by its index
                    "SELECT source FROM sources WHERE source = ? UNION SELECT source FROM sources WHERE doc_id = ?",
                    (name, name))]
                in_documents = conn.execute("SELECT 1 FROM documents WHERE doc_id = ?", (name,)).fetchone()
                if not sources and not in_documents:
                    unknown.append(name)
                    continue
                doc_ids = {row[0] for source in sources for row in conn.execute(
                    "SELECT doc_id FROM sources WHERE source = ?", (source,)) if row[0]} | ({name} if in_documents else set())
                conn.executemany("DELETE FROM sources WHERE source = ?", [(source,) for source in sources])
                conn.executemany("DELETE FROM failures WHERE source = ?", [(source,) for source in sources])
                for doc_id in sorted(doc_ids):
                    if conn.execute("SELECT 1 FROM sources WHERE doc_id = ?", (doc_id,)).fetchone():
                        kept.append(doc_id)
                        continue
                    conn.execute("DELETE FROM documents WHERE doc_id = ?", (doc_id,))
                    conn.execute("DELETE FROM doc_keys WHERE doc_id = ?", (doc_id,))
                    removed.append(doc_id)
            if removed:
                self._next_generation(conn, set(removed))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        return {"removed": removed, "kept_other_source": kept, "not_found": unknown}

    @staticmethod
    def _write(conn: sqlite3.Connection, record: DocumentRecord, now: float) -> None:
        conn.execute("INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?)",
                     (record.doc_id, record.digest, record.source, _record_json(record), pack_text(record.text), now))
        conn.execute("INSERT OR REPLACE INTO doc_keys VALUES (?, ?)",
                     (record.doc_id, json.dumps(astuple(DocKey.of(record)), ensure_ascii=False)))

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
            record.text = unpack_text(text)
            yield record

    def record(self, doc_id: str, *, with_text: bool = True) -> DocumentRecord | None:
        row = self.connect().execute("SELECT record, text FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
        if row is None:
            return None
        record = DocumentRecord.from_json(json.loads(row[0]))
        if with_text:
            record.text = unpack_text(row[1])
        return record

    def packed_records(self, doc_ids: list[str]) -> Iterator[tuple[DocumentRecord, bytes]]:
        """(record without its text, its text as kept here: compressed) of DOC_IDS, to copy elsewhere."""
        for doc_id in doc_ids:
            row = self.connect().execute("SELECT record, text FROM documents WHERE doc_id = ?", (doc_id,)).fetchone()
            if row:
                text = row[1] if isinstance(row[1], bytes) else pack_text(row[1])
                yield DocumentRecord.from_json(json.loads(row[0])), text

    def record_stamps(self) -> dict[str, str]:
        """doc_id -> a stamp that changes whenever the stored record does (to copy only those)."""
        return dict(self.connect().execute("SELECT doc_id, digest || ':' || ingested_at FROM documents"))

    def failures(self) -> list[tuple[str, str]]:
        return list(self.connect().execute("SELECT source, error FROM failures ORDER BY source"))

    def failures_since(self, seconds: float) -> list[tuple[str, str]]:
        """Failures recorded in the last SECONDS (older ones have expired from the app's view)."""
        return list(self.connect().execute("SELECT source, error FROM failures WHERE at >= ? ORDER BY source",
                                           (time.time() - seconds,)))

    def dismiss_failures(self, sources: Iterable[str]) -> None:
        """Forget these failures (the user has read them); the files themselves are untouched."""
        conn = self.connect()
        conn.executemany("DELETE FROM failures WHERE source = ?", [(s,) for s in sources])

    def sources(self) -> list[tuple[str, str]]:
        return list(self.connect().execute("SELECT source, doc_id FROM sources ORDER BY source"))

    def graph(self, registry: Registry | None = None) -> nx.MultiDiGraph:
        """The graph of the whole store, loaded from graph.sqlite (built again only when the store
        has changed). With a registry of the caller's, it is built in memory from the records."""
        if registry is not None:
            built = build_graph(self.records(), registry)
            built.graph.update(store=str(self.folder), generation=self.generation())
            return built
        tables = self.graph_tables()
        key = tables.key()
        if self._graph_cache is None or self._graph_cache[0] != key:
            loaded = tables.load_all()
            loaded.graph.update(store=str(self.folder), generation=int(key.split(":")[0]))
            self._graph_cache = (key, loaded)
        return self._graph_cache[1]

    def neighbourhood(self, root: str, direction: str = "down") -> nx.MultiDiGraph:
        """The part of the graph that lineage and gaps of ROOT need (graph.tables)."""
        return self.graph_tables().neighbourhood(root, direction)

    def graph_tables(self) -> GraphTables:
        """graph.sqlite for the store as it is now, built first if it is missing or stale."""
        conn = self.connect()
        # One read transaction: the generation and the records come from the same snapshot,
        # even while another process commits a batch.
        conn.execute("BEGIN")
        try:
            key = graph_key(self.generation())
            with self._tables_lock:
                if self._tables is None or self._tables.key() != key:
                    if self._tables is not None:
                        self._tables.close()
                        self._tables = None
                    self._tables = self._open_tables(conn, key)
                return self._tables
        finally:
            conn.execute("COMMIT")

    def _open_tables(self, conn: sqlite3.Connection, key: str) -> GraphTables:
        path = self.folder / graph_tables.FILE_NAME
        tables = self._current_tables(path, key)
        if tables is None:
            # One builder at a time (the app's sessions, a CLI beside it): the others wait for
            # its file rather than build the same one again.
            with open(self.folder / ".graph.lock", "a") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)
                tables = self._current_tables(path, key)
                if tables is None and not self._update_tables(conn, path, key):
                    graph_tables.build(conn, self.folder, key, Registry.load())
                if tables is None:
                    tables = GraphTables(path)
        return tables

    def _update_tables(self, conn: sqlite3.Connection, path: Path, key: str) -> bool:
        """graph.sqlite of an earlier generation, brought up to `key` in place when few
        documents changed since (graph/incremental.py)."""
        if not path.exists():
            return False
        old = GraphTables(path)
        try:
            old_key = old.key()
        except sqlite3.DatabaseError:
            return False
        finally:
            old.close()
        if not old_key or old_key.split(":")[1] != key.split(":")[1]:
            return False
        changed = self.changed_since(int(old_key.split(":")[0]))
        if changed is None or len(changed) >= UPDATE_IN_PLACE_BELOW:
            return False
        records = {doc_id: self.record(doc_id, with_text=False) for doc_id in changed}
        return graph_tables.update(conn, self.folder, key, records, Registry.load())

    @staticmethod
    def _current_tables(path: Path, key: str) -> GraphTables | None:
        if not path.exists():
            return None
        tables = GraphTables(path)
        try:
            if tables.key() == key:
                return tables
        except sqlite3.DatabaseError:
            pass    # a damaged or foreign file: built again
        tables.close()
        return None
