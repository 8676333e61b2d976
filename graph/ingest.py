"""Ingest: files -> records -> store. One unreadable file is reported and the rest of the
batch still loads; the batch is written in one transaction, so a crash loses nothing."""
from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from domain.registry import Registry
from extraction import extract_document
from extraction.models import DocumentRecord
from graph.store import AddResult, Store
from loaders import LoadError, LoadedDocument, iter_paths, load_bytes, load_path

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


def extract_loaded(loaded: LoadedDocument, registry: Registry | None = None) -> DocumentRecord:
    record = extract_document(loaded.text, source=loaded.source, registry=registry, metadata=loaded.metadata,
                              already_normal=True)
    record.format, record.encoding = loaded.format, loaded.encoding
    record.warnings = loaded.warnings + record.warnings
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


def ingest_paths(paths: Iterable[str | Path], store: Store, registry: Registry | None = None,
                 progress: Callable[[int, str], None] | None = None, batch: int = BATCH) -> IngestReport:
    """Read, extract and store files; `batch` records (and failures) per transaction."""
    registry = registry or Registry.load()
    report = IngestReport()
    pending: list[tuple[DocumentRecord, str]] = []
    failed: list[tuple[str, str]] = []

    def flush() -> None:
        if pending or failed:
            result = store.add(pending, failed)
            for name in ("added", "unchanged", "replaced", "merged", "conflicts"):
                setattr(report.result, name, getattr(report.result, name) + getattr(result, name))
            report.doc_ids.extend(record.doc_id for record, _ in pending)
            # After the store has had its say: it flags key conflicts and merged sources.
            report.warnings.extend((record.source, warning) for record, _ in pending for warning in record.warnings)
            pending.clear()
            failed.clear()

    for path in iter_paths(paths):
        report.files += 1
        if progress:
            progress(report.files, str(path))
        try:
            data = _read(path)
            digest = hashlib.sha256(data).hexdigest() if data is not None else ""
            if data is not None and store.known_file(str(path), digest):
                report.skipped += 1
                continue
            loaded = load_bytes(data, str(path)) if data is not None else load_path(path)
            pending.append((extract_loaded(loaded, registry), digest))
        except LoadError as error:
            message = str(error)
            report.failures.append((str(path), message))
            failed.append((str(path), message))
        except Exception as error:  # noqa: BLE001 - a bug on one file must not lose the batch
            message = f"{path}: extraction failed: {type(error).__name__}: {error}"
            report.failures.append((str(path), message))
            failed.append((str(path), message))
        if len(pending) + len(failed) >= batch:
            flush()
    flush()
    return report
