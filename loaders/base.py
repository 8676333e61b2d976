"""Shared types and limits for the loaders."""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from loaders.code_digits import repair as repair_code_digits
from loaders.dropped_marks import restore as restore_dropped_marks
from loaders.legacy import fix_mojibake
from loaders.normalize import normalize_text
from loaders.ocr_repairs import repair_any_page
from loaders.unmarked import warnings_for as unmarked_warnings

SUPPORTED_SUFFIXES = {".txt": "txt", ".md": "md", ".markdown": "md", ".docx": "docx", ".pdf": "pdf",
                      ".html": "html", ".htm": "html", ".doc": "doc",
                      ".png": "image", ".jpg": "image", ".jpeg": "image", ".tif": "image", ".tiff": "image"}

DEFAULT_MAX_BYTES = 20 * 1_000_000  # 20 MB; override with env CASCADE_MAX_FILE_MB


def max_bytes_from_env() -> int:
    """The size limit in force: env CASCADE_MAX_FILE_MB (decimal MB) or DEFAULT_MAX_BYTES."""
    raw = os.environ.get("CASCADE_MAX_FILE_MB", "").strip()
    try:
        return int(float(raw) * 1_000_000) if raw else DEFAULT_MAX_BYTES
    except ValueError:
        return DEFAULT_MAX_BYTES


def mb(n: float) -> str:
    """Bytes as decimal megabytes for messages: 52428800 -> '52.4', 20000000 -> '20'."""
    s = f"{n / 1_000_000:.1f}"
    return s[:-2] if s.endswith(".0") else s


class LoadError(Exception):
    """A file that cannot be read as text. `str(err)` is one line: "<source>: <reason>"."""

    def __init__(self, source: str, reason: str) -> None:
        self.source = source
        self.reason = reason
        super().__init__(f"{source}: {reason}")


@dataclass
class LoadedDocument:
    source: str
    text: str  # display text, already passed through normalize_text
    format: str  # txt | md | docx | pdf | html | doc | image
    encoding: str | None = None  # utf-8, utf-16, cp1258, tcvn3, vni, cp1252 ...
    warnings: list[str] = field(default_factory=list)
    metadata: dict = field(default_factory=dict)


def finish(source: str, fmt: str, text: str, *, encoding: str | None = None,
           warnings: list[str] | None = None, metadata: dict | None = None,
           fix_legacy: bool = True) -> LoadedDocument:
    """Common tail of every loader: undo legacy-font text, normalise, refuse empty results."""
    warnings = list(warnings or [])
    if fix_legacy:
        text, more = fix_mojibake(text)
        warnings.extend(more)
    text = normalize_text(text).strip("\n")
    text, more = restore_dropped_marks(text)   # "Cn c Quyt nh s": letters with marks dropped
    warnings.extend(more or unmarked_warnings(text))   # "Can cu Nghi dinh so": marks stripped, letters kept
    text, more = repair_code_digits(text)   # "Số: O9-BC/ĐU": letters for digits in a symbol's number
    warnings.extend(more)
    text, more = repair_any_page(text)   # "594/KH-ƯBND": OCR damage that is no spelling, in any format
    warnings.extend(more)
    if not text.strip():
        raise LoadError(source, "empty file" if fmt in ("txt", "md") else f"no text found in .{fmt}")
    return LoadedDocument(source=source, text=text, format=fmt, encoding=encoding,
                          warnings=warnings, metadata=metadata or {})
