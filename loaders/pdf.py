""".pdf files (pypdf): the text layer, page by page. Scans without text are refused."""

from __future__ import annotations

import io
import logging
import time

from loaders.base import LoadedDocument, LoadError, finish

MAX_PAGES = 2000
MAX_SECONDS = 120.0  # stop extracting (with a warning) rather than hang on a pathological file


def load_pdf(data: bytes, source: str) -> LoadedDocument:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    if b"%PDF" not in data[:1024]:
        raise LoadError(source, "corrupt PDF (no %PDF header)")
    logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf logs every repaired xref
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                ok = reader.decrypt("")  # many "protected" PDFs only restrict printing/copying
            except Exception:
                ok = 0
            if not ok:
                raise LoadError(source, "encrypted PDF (password required)")
        n_pages = len(reader.pages)
    except LoadError:
        raise
    except (PdfReadError, Exception) as exc:
        raise LoadError(source, f"corrupt or truncated PDF ({type(exc).__name__})") from None

    warnings: list[str] = []
    pages: list[str] = []
    empty: list[int] = []
    started = time.monotonic()
    for i in range(min(n_pages, MAX_PAGES)):
        if time.monotonic() - started > MAX_SECONDS:
            warnings.append(f"stopped after {i} of {n_pages} pages (time limit)")
            break
        try:
            text = reader.pages[i].extract_text() or ""
        except Exception as exc:  # one broken page should not lose the document
            warnings.append(f"page {i + 1}: text could not be extracted ({type(exc).__name__})")
            text = ""
        if not text.strip():
            empty.append(i + 1)
        pages.append(text)
    if n_pages > MAX_PAGES:
        warnings.append(f"only the first {MAX_PAGES} of {n_pages} pages were read")
    if not any(p.strip() for p in pages):
        raise LoadError(source, "PDF has no text layer (scanned?); OCR it first")
    if empty:
        shown = ", ".join(map(str, empty[:10])) + (" …" if len(empty) > 10 else "")
        warnings.append(f"no text layer on page(s) {shown}")

    metadata: dict = {"pages": n_pages}
    try:
        info = reader.metadata
        if info is not None:
            if info.title:
                metadata["title"] = str(info.title)
            if info.creation_date:
                metadata["date"] = info.creation_date.isoformat()
    except Exception:
        pass  # metadata is optional; broken dates are common
    return finish(source, "pdf", "\n\n".join(pages), warnings=warnings, metadata=metadata)
