"""OCR of scans (image-only PDF pages, .png .jpg .tif images) with Tesseract's Vietnamese model.

The tesseract and pdftoppm command lines come from Debian (tools/setup.sh). Pages run in parallel,
one single-threaded tesseract per core; a document's result is cached by the hash of its bytes
(CASCADE_OCR_CACHE, set by the ingest to <store>/ocr-cache) so a re-read does not OCR again.
Lines are rebuilt from Tesseract's word boxes (loaders/ocr_layout.py) so the two-column header
reads as two columns, and the red seal and blue signature are bleached before recognition.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from loaders.base import LoadError
from loaders.ocr_layout import Word, page_lines

LANG = "vie"
DPI = 300
OCR_VERSION = 1            # raise when the output for the same bytes changes (cache key)
MAX_PAGES = 300
MAX_SECONDS = float(os.environ.get("CASCADE_OCR_SECONDS") or 900)   # a whole document
PAGE_SECONDS = 180.0
LOW_CONFIDENCE = 60        # Tesseract word confidence (0-100) below which a fact is flagged

# progress(source, pages done, pages in all): the CLI and the upload page set it (set_progress)
_progress: Callable[[str, int, int], None] | None = None


def set_progress(callback: Callable[[str, int, int], None] | None) -> None:
    global _progress
    _progress = callback


def set_cache_dir(folder: str | os.PathLike | None) -> None:
    """Cache OCR results in `folder` (inherited by worker processes through the environment)."""
    if folder is None:
        os.environ.pop("CASCADE_OCR_CACHE", None)
    else:
        os.environ["CASCADE_OCR_CACHE"] = str(folder)


@lru_cache(maxsize=1)
def engine() -> str | None:
    """'tesseract 5.3.0' when tesseract and its Vietnamese model are installed, else None."""
    if not shutil.which("tesseract"):
        return None
    try:
        langs = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30).stdout
        version = subprocess.run(["tesseract", "--version"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return None
    if LANG not in langs.split():
        return None
    first = (version.stdout or version.stderr).splitlines()
    return first[0].strip() if first else "tesseract"


class OcrUnavailable(LoadError):
    """Tesseract or its Vietnamese model is missing (and the scan is not in the cache)."""


def require_engine(source: str) -> str:
    found = engine()
    if found is None:
        raise OcrUnavailable(source, "cannot OCR: tesseract with Vietnamese (tesseract-ocr-vie) is not installed; "
                                "run tools/setup.sh")
    return found


@dataclass
class OcrPage:
    number: int
    lines: list[str] = field(default_factory=list)
    confidences: list[float] = field(default_factory=list)     # one per word
    low: list[tuple[str, float]] = field(default_factory=list)  # (word, confidence) below LOW_CONFIDENCE
    error: str | None = None


@dataclass
class OcrResult:
    pages: list[OcrPage]
    engine: str
    dpi: int
    seconds: float
    cached: bool = False
    warnings: list[str] = field(default_factory=list)

    @property
    def mean_confidence(self) -> float | None:
        confs = [c for p in self.pages for c in p.confidences]
        return round(sum(confs) / len(confs), 1) if confs else None

    def summary(self, pages: list[int] | None = None) -> dict:
        """The record's `ocr` field (docs/CONTRACT.md)."""
        return {"engine": self.engine, "lang": LANG, "dpi": self.dpi, "mean_confidence": self.mean_confidence,
                "pages": pages or [p.number for p in self.pages], "seconds": round(self.seconds, 2),
                "low_confidence_words": [w for p in self.pages for w, _ in p.low]}


# ---- pages --------------------------------------------------------------------------------------

def _bleach_ink(image):
    """Grey page with coloured ink turned white: the red seal and the blue signature. Tesseract
    reads them as garbage lines; the black print under a seal stays, being dark in every channel."""
    from PIL import ImageChops

    rgb = image.convert("RGB")
    r, g, b = rgb.split()
    chroma = ImageChops.subtract(ImageChops.lighter(ImageChops.lighter(r, g), b),
                                 ImageChops.darker(ImageChops.darker(r, g), b))   # max - min of R, G, B
    mask = chroma.point(lambda v: 255 if v > 60 else 0)   # paper and JPEG-noisy print: below 20
    grey = rgb.convert("L")
    grey.paste(255, mask=mask)
    return grey


def _tesseract_words(png: Path) -> tuple[list[Word], int]:
    env = dict(os.environ, OMP_THREAD_LIMIT="1")   # parallel across pages, not inside one
    proc = subprocess.run(["tesseract", str(png), "stdout", "-l", LANG, "--psm", "3", "tsv"],
                          capture_output=True, timeout=PAGE_SECONDS, env=env)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr.decode("utf-8", "replace").strip().splitlines()[-1:] or "tesseract failed")
    words, width = [], 0
    for row in proc.stdout.decode("utf-8", "replace").splitlines()[1:]:
        cols = row.split("\t")
        if len(cols) < 12:
            continue
        if cols[0] == "1":
            width = int(cols[8])
        if cols[0] != "5" or not cols[11].strip():
            continue
        left, top, w, h = map(int, cols[6:10])
        words.append(Word(cols[11].strip(), left, top, left + w, top + h, float(cols[10]),
                          (int(cols[2]), int(cols[3]), int(cols[4]))))
    return words, width


def _recognise(number: int, png: Path) -> OcrPage:
    page = OcrPage(number)
    try:
        from PIL import Image

        with Image.open(png) as image:
            _bleach_ink(image).save(png)
        words, width = _tesseract_words(png)
    except subprocess.TimeoutExpired:
        page.error = f"page {number}: OCR stopped (time limit {PAGE_SECONDS:.0f} s)"
        return page
    except Exception as exc:  # noqa: BLE001 - one bad page must not lose the document
        page.error = f"page {number}: OCR failed ({type(exc).__name__}: {exc})"
        return page
    page.lines = page_lines(words, width)
    page.confidences = [w.conf for w in words if w.conf >= 0]
    page.low = [(w.text, w.conf) for w in words if 0 <= w.conf < LOW_CONFIDENCE and any(c.isalnum() for c in w.text)]
    return page


def _pdf_page_png(pdf: Path, number: int, dpi: int, folder: Path) -> Path:
    out = folder / f"p{number:05d}"
    subprocess.run(["pdftoppm", "-f", str(number), "-l", str(number), "-r", str(dpi), "-png", "-singlefile",
                    str(pdf), str(out)], capture_output=True, timeout=PAGE_SECONDS, check=True)
    return out.with_suffix(".png")


def _image_pngs(data: bytes, source: str, folder: Path) -> list[Path]:
    """Each frame of an image (multi-page TIFF: every page) as a PNG file."""
    from PIL import Image, ImageSequence, UnidentifiedImageError

    Image.MAX_IMAGE_PIXELS = 200_000_000   # a 300 dpi A0 sheet; larger is a decompression bomb
    try:
        with Image.open(io.BytesIO(data)) as image:
            paths = []
            for i, frame in enumerate(ImageSequence.Iterator(image)):
                if i >= MAX_PAGES:
                    break
                path = folder / f"p{i + 1:05d}.png"
                frame.convert("RGB").save(path)
                paths.append(path)
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError, Image.DecompressionBombError) as exc:
        raise LoadError(source, f"corrupt or unreadable image ({type(exc).__name__})") from None
    if not paths:
        raise LoadError(source, "corrupt or unreadable image (no pages)")
    return paths


# ---- documents ----------------------------------------------------------------------------------

def _cache_path(data: bytes, kind: str, pages: list[int] | None, dpi: int) -> Path | None:
    folder = os.environ.get("CASCADE_OCR_CACHE")
    if not folder:
        return None
    key = hashlib.sha256(data).hexdigest()
    which = "all" if pages is None else hashlib.sha1(",".join(map(str, pages)).encode()).hexdigest()[:10]
    return Path(folder) / f"{key}-{kind}-{which}-{LANG}-{dpi}-v{OCR_VERSION}.json"


def _from_cache(path: Path | None) -> OcrResult | None:
    if path is None or not path.exists():
        return None
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        pages = [OcrPage(p["number"], p["lines"], p["confidences"], [tuple(w) for w in p["low"]], p["error"])
                 for p in raw["pages"]]
        return OcrResult(pages, raw["engine"], raw["dpi"], raw["seconds"], cached=True, warnings=raw["warnings"])
    except (OSError, ValueError, KeyError, TypeError):
        return None   # a damaged cache entry is simply recomputed


def _to_cache(path: Path | None, result: OcrResult) -> None:
    if path is None:
        return
    raw = {"engine": result.engine, "dpi": result.dpi, "seconds": result.seconds, "warnings": result.warnings,
           "pages": [vars(p) for p in result.pages]}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)   # atomic: a killed OCR leaves no half entry
    except OSError:
        pass   # a read-only store still reads scans, only slower the second time


def workers() -> int:
    return int(os.environ.get("CASCADE_OCR_WORKERS") or 0) or (os.cpu_count() or 1)


def ocr_document(data: bytes, source: str, kind: str, pages: list[int] | None = None,
                 dpi: int = DPI) -> OcrResult:
    """OCR a PDF (`kind` "pdf"; `pages` 1-based, None = all) or an image ("image")."""
    cache = _cache_path(data, kind, pages, dpi)
    cached = _from_cache(cache)
    if cached is not None:
        return cached
    name = require_engine(source)
    started = time.monotonic()
    warnings: list[str] = []
    with tempfile.TemporaryDirectory(prefix="cascade-ocr-") as tmp:
        folder = Path(tmp)
        if kind == "pdf":
            pdf = folder / "in.pdf"
            pdf.write_bytes(data)
            numbers = pages or []
            if len(numbers) > MAX_PAGES:
                warnings.append(f"only the first {MAX_PAGES} of {len(numbers)} scanned pages were OCR'd")
                numbers = numbers[:MAX_PAGES]

            def job(number: int) -> OcrPage:
                try:
                    png = _pdf_page_png(pdf, number, dpi, folder)
                except (subprocess.SubprocessError, OSError) as exc:
                    return OcrPage(number, error=f"page {number}: could not be rasterised ({type(exc).__name__})")
                return _recognise(number, png)
        else:
            pngs = _image_pngs(data, source, folder)
            numbers = list(range(1, len(pngs) + 1))

            def job(number: int) -> OcrPage:
                return _recognise(number, pngs[number - 1])

        done: list[OcrPage] = []
        with ThreadPoolExecutor(max_workers=min(workers(), max(1, len(numbers)))) as pool:
            futures = [pool.submit(job, n) for n in numbers]
            for future in futures:
                remaining = MAX_SECONDS - (time.monotonic() - started)
                try:
                    done.append(future.result(timeout=max(remaining, 0.1)))
                except TimeoutError:
                    warnings.append(f"OCR stopped after {len(done)} of {len(numbers)} pages (time limit)")
                    for other in futures:
                        other.cancel()
                    break
                if _progress:
                    _progress(source, len(done), len(numbers))
    warnings.extend(p.error for p in done if p.error)
    result = OcrResult(done, name, dpi, time.monotonic() - started, warnings=warnings)
    if len(done) == len(numbers):   # an interrupted OCR is not cached: the next read completes it
        _to_cache(cache, result)
    return result


# ---- text and records ---------------------------------------------------------------------------

def page_text(page: OcrPage) -> str:
    from loaders.ocr_repairs import repair

    return repair("\n".join(page.lines))


def describe(result: OcrResult, warnings: list[str]) -> dict:
    """metadata["ocr"] for the loaded document; a low mean confidence is also a warning."""
    mean = result.mean_confidence
    if mean is not None and mean < LOW_CONFIDENCE + 15:
        warnings.append(f"OCR mean confidence is low ({mean:.0f}%): check the facts against the scan")
    warnings.extend(result.warnings)
    return result.summary()


def mark_record(record, ocr: dict) -> None:
    """Say on the record that its text came from OCR, and flag the facts that rest on words
    Tesseract was unsure of (below LOW_CONFIDENCE) for review."""
    from loaders.ocr_repairs import repair

    record.ocr = {k: v for k, v in ocr.items() if k != "low_confidence_words"}
    unsure = {repair(w) for w in ocr.get("low_confidence_words", []) if sum(c.isalnum() for c in w) >= 2}
    if not unsure:
        return
    text = record.text
    facts = [("symbol", record.spans.get("symbol")), ("date", record.spans.get("date")),
             ("issuer", record.issuer.span)]
    facts += [(f"parent {r.symbol or r.text[:40]}", r.span) for r in record.references
              if r.relation in ("implements", "based_on")]
    for what, span in facts:
        if not span:
            continue
        fact = text[span[0]:span[1]]
        words = set(fact.split())
        doubtful = sorted(w for w in unsure if w in words or (len(w) >= 4 and w in fact))
        if doubtful:
            record.warnings.append(f"OCR low confidence in the {what} ({', '.join(doubtful[:3])}): check it against the scan")
