"""Entry points: load_path, load_bytes, iter_paths."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from loaders.base import SUPPORTED_SUFFIXES, LoadedDocument, LoadError, max_bytes_from_env, mb


def _too_large(size: int, limit: int) -> str:
    return f"file too large: {mb(size)} MB > limit {mb(limit)} MB"


def load_bytes(data: bytes, name: str, *, max_bytes: int | None = None) -> LoadedDocument:
    """Load a file's content from memory (app uploads); `name` gives the suffix and the source.

    max_bytes=None means env CASCADE_MAX_FILE_MB or DEFAULT_MAX_BYTES (20 MB).
    """
    source = str(name)
    limit = max_bytes_from_env() if max_bytes is None else max_bytes
    suffix = Path(source).suffix.lower()
    fmt = SUPPORTED_SUFFIXES.get(suffix)
    if fmt is None:
        raise LoadError(source, f"unsupported file type {suffix or '(no suffix)'}")
    if len(data) > limit:
        raise LoadError(source, _too_large(len(data), limit))
    if not data:
        raise LoadError(source, "empty file")
    if fmt in ("txt", "md"):
        from loaders.text import load_text
        return load_text(data, source, fmt)
    if fmt == "docx":
        from loaders.word import load_docx
        return load_docx(data, source)
    if fmt == "pdf":
        from loaders.pdf import load_pdf
        return load_pdf(data, source)
    if fmt == "image":
        from loaders.image import load_image
        return load_image(data, source)
    if fmt == "doc":
        from loaders.doc import load_doc
        return load_doc(data, source)
    from loaders.html import load_html
    return load_html(data, source)


def load_path(path: str | os.PathLike[str], *, max_bytes: int | None = None) -> LoadedDocument:
    """Load one file. The size is checked before anything is read."""
    source = str(path)
    p = Path(path)
    limit = max_bytes_from_env() if max_bytes is None else max_bytes
    suffix = p.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise LoadError(source, f"unsupported file type {suffix or '(no suffix)'}")
    try:
        size = p.stat().st_size
        if p.is_dir():
            raise LoadError(source, "is a folder, not a file")
        if size > limit:
            raise LoadError(source, _too_large(size, limit))
        with open(p, "rb") as f:
            data = f.read(limit + 1)  # a file that grew since stat() is still bounded
    except FileNotFoundError:
        raise LoadError(source, "file not found") from None
    except PermissionError:
        raise LoadError(source, "permission denied") from None
    except IsADirectoryError:
        raise LoadError(source, "is a folder, not a file") from None
    except OSError as exc:
        raise LoadError(source, f"cannot read file ({exc.strerror or exc})") from None
    return load_bytes(data, source, max_bytes=limit)


def _hidden(name: str) -> bool:
    return name.startswith(".") or name.startswith("~$")  # ~$x.docx: Word's lock files


def iter_paths(paths: Iterable[str | os.PathLike[str]] | str | os.PathLike[str]) -> Iterator[Path]:
    """Files to load: folders expanded recursively (sorted, supported suffixes only, hidden files
    and folders skipped, symlinked folders not followed); files yielded as given."""
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    for item in paths:
        p = Path(item)
        if not p.is_dir():
            yield p
            continue
        found: list[Path] = []
        for root, dirs, files in os.walk(p):  # followlinks=False: no symlink loops
            dirs[:] = sorted(d for d in dirs if not _hidden(d))
            for f in files:
                if not _hidden(f) and Path(f).suffix.lower() in SUPPORTED_SUFFIXES:
                    found.append(Path(root) / f)
        yield from sorted(found)
