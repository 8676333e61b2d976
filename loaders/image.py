"""Images of documents (.png .jpg .jpeg .tif .tiff, multi-page TIFF): OCR'd (loaders/ocr.py)."""

from __future__ import annotations

from loaders import ocr
from loaders.base import LoadedDocument, LoadError, finish


def load_image(data: bytes, source: str) -> LoadedDocument:
    result = ocr.ocr_document(data, source, "image")
    warnings: list[str] = []
    metadata = {"pages": len(result.pages)}
    metadata["ocr"] = ocr.describe(result, warnings)
    text = "\n\n".join(ocr.page_text(page) for page in result.pages)
    if not text.strip():
        raise LoadError(source, "OCR found no text in the image")
    return finish(source, "image", text, warnings=warnings, metadata=metadata, fix_legacy=False)
