"""Read files into text: .txt .md .docx .pdf .html, legacy Vietnamese encodings, normalisation.

    doc = load_path("kh-10.docx")      # LoadedDocument(source, text, format, encoding, warnings, metadata)
    for p in iter_paths(["corpus/"]): ...
    normalize_text(s)  # canonical display text (spans index into it)
    match_text(s)      # same-length matching form of normalised text
"""

from loaders.base import DEFAULT_MAX_BYTES, SUPPORTED_SUFFIXES, LoadedDocument, LoadError
from loaders.dispatch import iter_paths, load_bytes, load_path
from loaders.normalize import match_text, normalize_text

__all__ = [
    "load_path",
    "load_bytes",
    "iter_paths",
    "LoadedDocument",
    "LoadError",
    "normalize_text",
    "match_text",
    "DEFAULT_MAX_BYTES",
    "SUPPORTED_SUFFIXES",
]
