""".pdf files (pypdf): the text layer, page by page. Pages without a text layer, or whose text
layer is garbage (a broken font mapping), are OCR'd (loaders/ocr.py)."""

from __future__ import annotations

import io
import logging
import time

from loaders.base import LoadedDocument, LoadError, finish
from loaders.legacy import fix_mojibake
from loaders.vietnamese import score

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
    garbage: list[int] = []
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
        elif garbage_layer(text):
            garbage.append(i + 1)
        pages.append(text)
    if n_pages > MAX_PAGES:
        warnings.append(f"only the first {MAX_PAGES} of {n_pages} pages were read")
    metadata: dict = {"pages": n_pages}
    _read_metadata(reader, metadata)
    if empty or garbage:
        _ocr_pages(data, source, pages, empty, garbage, warnings, metadata)

    if "ocr" in metadata:   # OCR text is Unicode already: no legacy-font guessing over it
        text_pages = [p if i + 1 in metadata["ocr"]["pages"] else fix_mojibake(p)[0] for i, p in enumerate(pages)]
        return finish(source, "pdf", "\n\n".join(text_pages), warnings=warnings, metadata=metadata,
                      fix_legacy=False)
    return finish(source, "pdf", "\n\n".join(pages), warnings=warnings, metadata=metadata)


def _read_metadata(reader, metadata: dict) -> None:
    try:
        info = reader.metadata
        if info is not None:
            if info.title:
                metadata["title"] = str(info.title)
            if info.creation_date:
                metadata["date"] = info.creation_date.isoformat()
    except Exception:
        pass  # metadata is optional; broken dates are common


def _shown(numbers: list[int]) -> str:
    return ", ".join(map(str, numbers[:10])) + (" …" if len(numbers) > 10 else "")


def _ocr_pages(data: bytes, source: str, pages: list[str], empty: list[int], garbage: list[int],
               warnings: list[str], metadata: dict) -> None:
    """OCR the pages without a usable text layer, in place; without Tesseract, say so."""
    from loaders import ocr

    numbers = sorted(empty + garbage)
    try:
        result = ocr.ocr_document(data, source, "pdf", numbers)
    except ocr.OcrUnavailable:
        if len(numbers) == len(pages):
            raise LoadError(source, "PDF has no text layer (scanned?) and OCR is not installed "
                                    "(tesseract-ocr-vie; run tools/setup.sh)") from None
        warnings.append(f"no text layer on page(s) {_shown(numbers)} (OCR not installed)")
        return
    if garbage:
        warnings.append(f"text layer unreadable on page(s) {_shown(garbage)} (broken font mapping?): OCR'd instead")
    for page in result.pages:
        pages[page.number - 1] = ocr.page_text(page)
    metadata["ocr"] = ocr.describe(result, warnings)
    if len(numbers) == len(pages):
        metadata.pop("date", None)   # a scan's PDF date is the day it was scanned, not issued
    if not any(p.strip() for p in pages):
        raise LoadError(source, "PDF has no text layer and OCR found no text in it")


def garbage_layer(text: str) -> bool:
    """A text layer that is not text: a broken font mapping gives private-use, replacement or
    control characters, or letters that spell no Vietnamese (legacy TCVN3/VNI is fixed first)."""
    chars = [c for c in text if not c.isspace()]
    if len(chars) < 20:
        return False
    bad = sum(1 for c in chars if "\ue000" <= c <= "\uf8ff" or c == "\ufffd" or (ord(c) < 32))
    if bad / len(chars) > 0.05:
        return True
    fixed, _ = fix_mojibake(text)
    return score(fixed) < 0.4
