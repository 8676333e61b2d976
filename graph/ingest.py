"""Ingest: files -> records -> store. One unreadable file is reported and the rest of the
batch still loads; the batch is written in one transaction, so a crash loses nothing."""
from __future__ import annotations

import hashlib
import os
import threading
import time
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from domain.registry import Registry
from extraction import extract_document
from extraction.models import DocumentRecord
from graph.store import AddResult, Store
from loaders import LoadError, LoadedDocument, iter_paths, load_bytes, load_path, ocr

# Records written per transaction: large enough to be fast, small enough that a killed
# ingest of a big corpus keeps most of its work (a rerun skips the files already stored).
BATCH = 500


@dataclass
class IngestReport:
    files: int = 0
    skipped: int = 0                        # already stored, unchanged
    failures: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)   # (source, warning) of stored files
    result: AddResult = field(default_factory=AddResult)
    doc_ids: list[str] = field(default_factory=list)
    graph_seconds: float = 0.0              # building graph.sqlite after the last batch


def extract_loaded(loaded: LoadedDocument, registry: Registry | None = None) -> DocumentRecord:
    record = extract_document(loaded.text, source=loaded.source, registry=registry, metadata=loaded.metadata,
                              already_normal=True)
    record.format, record.encoding = loaded.format, loaded.encoding
    record.warnings = loaded.warnings + record.warnings
    if loaded.metadata.get("ocr"):
        ocr.mark_record(record, loaded.metadata["ocr"])
    return record


def read_and_extract(path: Path, registry: Registry | None = None) -> tuple[DocumentRecord, str]:
    """One file -> (record, digest of the file's bytes). Raises LoadError."""
    data = _read(path)
    loaded = load_bytes(data, str(path)) if data is not None else load_path(path)
    return extract_loaded(loaded, registry), hashlib.sha256(data or b"").hexdigest()


def _read(path: Path) -> bytes | None:
    try:
        if path.stat().st_size > 200_000_000:
            return None  # let the loader refuse it by size without reading it
        return path.read_bytes()
    except OSError as error:
        raise LoadError(str(path), f"cannot read the file: {error.strerror or error}") from error


def _job(item: tuple[str, bytes | None]) -> tuple[str, DocumentRecord | None, str | None]:
    """One file in a worker process (which loads the default registry once)."""
    return _extract_here(item, Registry.load())


def _watch_parent(parent: int) -> None:
    """In each worker: exit as soon as the ingesting process is gone (killed with SIGKILL, say),
    rather than linger holding its pipes open."""
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)
    threading.Thread(target=watch, daemon=True).start()


def default_workers() -> int:
    """Extraction processes: CASCADE_WORKERS, else one per core."""
    return int(os.environ.get("CASCADE_WORKERS") or 0) or (os.cpu_count() or 1)


def ingest_paths(paths: Iterable[str | Path], store: Store, registry: Registry | None = None,
                 progress: Callable[[int, str], None] | None = None, batch: int = BATCH,
                 workers: int | None = None) -> IngestReport:
    """Read, extract and store files; `batch` records (and failures) per transaction.

    Extraction is the bottleneck (BENCHMARKS.md), so a batch of `batch` files is extracted by
    `workers` processes while this process writes the batch before it and reads the next: the
    workers never wait for it. Runs of fewer than `batch` files, or with a registry of the
    caller's, stay in this process."""
    workers = default_workers() if workers is None else workers
    ocr.set_cache_dir(Path(store.folder) / "ocr-cache")   # a scan read again (a new extractor) is not OCR'd again
    parallel = workers > 1 and registry is None
    registry = registry or Registry.load()
    report = IngestReport()
    chunk: list[tuple[str, bytes | None, str]] = []       # (source, bytes, digest) to extract
    failed: list[tuple[str, str]] = []
    in_flight: deque = deque()                             # (results, digests, failures) being extracted
    pool: ProcessPoolExecutor | None = None

    def fail(source: str, message: str) -> None:
        report.failures.append((source, message))
        failed.append((source, message))

    def flush() -> None:
        nonlocal pool
        if parallel and len(chunk) >= batch and pool is None:
            pool = ProcessPoolExecutor(max_workers=workers, initializer=_watch_parent, initargs=(os.getpid(),))
        items = [(source, data) for source, data, _ in chunk]
        results = pool.map(_job, items, chunksize=max(1, len(items) // (4 * workers))) if pool else \
            (_extract_here(item, registry) for item in items)
        in_flight.append((results, {source: digest for source, _, digest in chunk}, list(failed)))
        chunk.clear()
        failed.clear()
        while len(in_flight) > (1 if pool else 0):
            write(*in_flight.popleft())

    def write(results, digests: dict[str, str], failures: list[tuple[str, str]]) -> None:
        pending = []
        for source, record, error in results:
            if error:
                report.failures.append((source, error))
                failures.append((source, error))
            else:
                pending.append((record, digests[source]))
        if pending or failures:
            result = store.add(pending, failures)
            for name in ("added", "unchanged", "replaced", "merged", "conflicts"):
                setattr(report.result, name, getattr(report.result, name) + getattr(result, name))
            report.doc_ids.extend(record.doc_id for record, _ in pending)
            # After the store has had its say: it flags key conflicts and merged sources.
            report.warnings.extend((record.source, warning) for record, _ in pending for warning in record.warnings)

    try:
        for path in iter_paths(paths):
            report.files += 1
            if progress:
                progress(report.files, str(path))
            try:
                data = _read(path)
            except LoadError as error:
                fail(str(path), str(error))
                continue
            digest = hashlib.sha256(data).hexdigest() if data is not None else ""
            if data is not None and store.known_file(str(path), digest):
                report.skipped += 1
                continue
            chunk.append((str(path), data, digest))
            if len(chunk) + len(failed) >= batch:
                flush()
        flush()
        while in_flight:
            write(*in_flight.popleft())
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    if report.doc_ids:
        started = time.perf_counter()
        store.graph_tables()    # built now, so the first query after an ingest is fast
        report.graph_seconds = time.perf_counter() - started
    return report


def _extract_here(item: tuple[str, bytes | None], registry: Registry) -> tuple[str, DocumentRecord | None, str | None]:
    """One file: (source, record, None) or (source, None, the one-line error)."""
    source, data = item
    try:
        loaded = load_bytes(data, source) if data is not None else load_path(Path(source))
        return source, extract_loaded(loaded, registry), None
    except LoadError as error:
        return source, None, str(error)
    except Exception as error:  # noqa: BLE001 - a bug on one file must not lose the batch
        return source, None, f"{source}: extraction failed: {type(error).__name__}: {error}"
