"""Uploads: save the dropped files under <store>/uploads/ and ingest them. A file over the
size limit or of an unknown type is refused with a clear message; the others still load."""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path


from explorer.i18n import doc_name, load_error_text, t
from explorer.lineage_view import doc_url
from graph.ingest import ingest_paths
from graph.store import Store
from loaders import SUPPORTED_SUFFIXES, ocr
from loaders.base import max_bytes_from_env, mb


UPLOAD_TYPES = ["txt", "docx", "doc", "pdf", "html", "htm", "md", "png", "jpg", "jpeg", "tif", "tiff"]


@dataclass
class UploadReport:
    saved: list[str] = field(default_factory=list)
    errors: list[tuple[str, str]] = field(default_factory=list)     # (file name, reason)
    added: int = 0
    unchanged: int = 0
    doc_ids: list[str] = field(default_factory=list)


def safe_name(name: str) -> str:
    """A file name that cannot leave the uploads folder."""
    base = Path(name.replace("\\", "/")).name
    base = unicodedata.normalize("NFC", base)
    base = re.sub(r"[^\w.\- ]+", "_", base).strip(" .")
    return base or "upload.txt"


def save_and_ingest(files: Iterable[tuple[str, bytes]], store: Store, *, max_bytes: int | None = None,
                    progress: Callable[[float, str], None] | None = None) -> UploadReport:
    limit = max_bytes if max_bytes is not None else max_bytes_from_env()
    folder = store.folder / "uploads"
    folder.mkdir(parents=True, exist_ok=True)
    report = UploadReport()
    paths: list[Path] = []
    files = list(files)
    for name, data in files:
        suffix = Path(name).suffix.lower()
        if suffix not in SUPPORTED_SUFFIXES:
            report.errors.append((name, t("err_type", suffix=suffix or t("err_no_suffix"))))
        elif len(data) > limit:
            report.errors.append((name, t("err_too_big", size=mb(len(data)), limit=mb(limit))))
        elif not data:
            report.errors.append((name, t("err_empty")))
        else:
            path = folder / safe_name(name)
            path.write_bytes(data)
            paths.append(path)
            report.saved.append(name)
    names = {str(p): n for p, n in zip(paths, report.saved)}
    if paths:
        total = len(paths)

        current = [1]

        def step(done: int, path: str) -> None:
            current[0] = done
            if progress:
                progress(min(1.0, done / total), Path(path).name)

        def ocr_step(source: str, pages_done: int, pages: int) -> None:   # a scan: page by page
            if progress:
                share = (current[0] - 1 + pages_done / pages) / total
                progress(min(1.0, share), t("ocr_progress", name=Path(source).name, page=pages_done, pages=pages))

        ocr.set_progress(ocr_step)
        try:
            result = ingest_paths(paths, store, progress=step)
        finally:
            ocr.set_progress(None)
        for source, message in result.failures:
            reason = message[len(source) + 2:] if message.startswith(source + ": ") else message
            report.errors.append((names.get(source, Path(source).name), load_error_text(reason)))
        report.added = result.result.added + result.result.replaced + result.result.conflicts
        report.unchanged = result.result.unchanged + result.skipped + result.result.merged
        report.doc_ids = result.doc_ids
    if progress:
        progress(1.0, "")
    return report


def read_summary(backend, doc_ids: Iterable[str]) -> list[dict]:
    """What an upload read, per document: its name, issuer, the parents found, a link to it
    (from BACKEND: each document and its lineage one step up, never the whole graph)."""
    out = []
    for doc_id in dict.fromkeys(doc_ids):
        data = backend.document(doc_id)
        if data is None:
            continue
        up = backend.lineage(doc_id, direction="up", depth=1).to_json()
        parents = [doc_name(d) for d in up["documents"] if d.get("depth") == 1]
        out.append({"name": doc_name(data), "issuer": data.get("issuer") or "",
                    "parents": "; ".join(dict.fromkeys(parents)) or t("no_parents"), "url": doc_url(doc_id)})
    return out


def markdown_text(text: str) -> str:
    """Document data inside a markdown message: every markdown mark shown as itself."""
    return re.sub(r"([\\`*_{}\[\]()<>#+!|~-])", r"\\\1", text)
