"""Scans and old Word files: OCR of image-only PDFs and images (Tesseract, Vietnamese), garbage
text layers, the OCR repair table, .doc through catdoc. Real Tesseract, real renders of the
project's own texts (benchmarks/scan_set.py); a few pages only, the full figures are
benchmarks/score_scan.py's."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from benchmarks.scan_set import render, scan_texts, write
from domain.tables import read_rows
from graph.ingest import extract_loaded, ingest_paths
from graph.store import Store
from loaders import LoadError, load_bytes, load_path
from loaders import ocr
from loaders.ocr_repairs import repair
from loaders.pdf import garbage_layer
from tests.conftest import ROOT, SEEDS

TWINS = ROOT / "tests" / "fixtures" / "doc_twins"
DOCX = ROOT / "tests" / "fixtures" / "labelled" / "docs"
SEED_PLAN = SEEDS / "002_4ebf497a8b60bb1d.txt"   # 10-KH/ĐUK: a parent and units told to issue plans


def test_tesseract_with_vietnamese_is_installed():
    assert ocr.engine() and ocr.engine().startswith("tesseract")


@pytest.mark.parametrize("row", read_rows("ocr_repairs.csv"), ids=lambda r: r["example"])
def test_every_repair_example_reads_back(row):
    assert repair(row["example"]) == row["repaired"]


def test_repair_table_is_well_formed():
    import unicodedata

    rows = read_rows("ocr_repairs.csv")
    assert len({row["pattern"] for row in rows}) == len(rows)
    for row in rows:
        assert row["why"] and all(v == unicodedata.normalize("NFC", v) for v in row.values()), row
        assert row["example"] != row["repaired"], row


def test_repairs_leave_good_text_alone():
    good = "ỦY BAN NHÂN DÂN TỈNH\nSố: 594/KH-UBND ngày 10/3/2025; 57-NQ/TW; công tác; Đảng ủy"
    assert repair(good) == good


def test_garbage_layer_detection():
    assert garbage_layer("\ue001\ue002\ue003 \ue004\ue005 " * 10)
    assert garbage_layer("Xqzvw Ttrwk Ñ¤Ûß ÿþÆ Qwrtpz Kvbnm Zxcvb Plmkj " * 5)
    real = (SEEDS / "002_4ebf497a8b60bb1d.txt").read_text(encoding="utf-8")
    assert not garbage_layer(real[:3000])


@pytest.fixture(scope="module")
def header_scan(tmp_path_factory) -> tuple[bytes, str]:
    """Page one of a real DEV document with a two-column header, printed and scanned at 300 dpi."""
    text = next(p for p in scan_texts() if p.stem == "a016").read_text(encoding="utf-8")
    pages, printed = render(text, 300, seed=3, max_pages=1)
    out = write(pages, tmp_path_factory.mktemp("scan") / "a016.pdf", "pdf", 300)
    return out.read_bytes(), printed


def test_image_only_pdf_is_ocrd_with_its_header_columns(header_scan, tmp_path):
    data, printed = header_scan
    path = tmp_path / "a016.pdf"
    path.write_bytes(data)
    loaded = load_path(path)
    record = extract_loaded(loaded)
    twin = tmp_path / "a016.txt"
    twin.write_text(printed, encoding="utf-8")
    text_record = extract_loaded(load_path(twin))
    assert (record.symbol, record.date) == (text_record.symbol, text_record.date) != (None, None)
    assert record.issuer.name == text_record.issuer.name
    head = loaded.text.splitlines()[:8]
    assert not any("BAN CHẤP HÀNH" in line and "ĐẢNG CỘNG SẢN" in line for line in head), head
    data_json = record.to_json()
    assert data_json["ocr"]["engine"].startswith("tesseract") and data_json["ocr"]["mean_confidence"] > 80
    assert "date" not in loaded.metadata   # the PDF's creation date is the scan's, not the document's
    assert "ocr" not in extract_loaded(load_path(twin)).to_json()


def test_images_png_jpg_and_multipage_tiff(tmp_path):
    texts = {p.stem: p.read_text(encoding="utf-8") for p in scan_texts() if p.stem in ("a017", "a028")}
    pages = [render(texts[name], 200, seed=4, max_pages=1)[0][0] for name in ("a017", "a028")]
    tif = write(pages, tmp_path / "a017.tif", "tif", 200)
    loaded = load_path(tif)
    assert loaded.format == "image" and loaded.metadata["pages"] == len(pages) == 2
    assert loaded.metadata["ocr"]["pages"] == [1, 2]
    png = load_path(write(pages[:1], tmp_path / "a017.png", "png", 200))
    assert png.text.splitlines()[0] in loaded.text and "03/2005/TT-BNV" in loaded.text
    assert "09-HD/" in load_path(write(pages[:1], tmp_path / "a017.jpg", "jpg", 200)).text


def test_broken_image_is_a_clear_error():
    with pytest.raises(LoadError, match="corrupt or unreadable image"):
        load_bytes(b"\x89PNG\r\n\x1a\n not really", "scan.png")


def test_garbage_text_layer_is_ocrd_instead(header_scan, tmp_path):
    """A page image under a text layer whose font mapping is broken: the layer is thrown away."""
    fpdf = pytest.importorskip("fpdf")
    from PIL import Image

    data, printed = header_scan
    from pypdf import PdfReader
    image = Image.open(io.BytesIO(next(iter(PdfReader(io.BytesIO(data)).pages[0].images)).data))
    png = tmp_path / "page.png"
    image.save(png)
    pdf = fpdf.FPDF(unit="pt", format=(595, 842))
    pdf.add_page()
    pdf.image(str(png), x=0, y=0, w=595, h=842)
    pdf.set_font("helvetica", size=10)
    pdf.set_text_color(255, 255, 255)
    pdf.multi_cell(500, 12, "Ñ¤Û ßÿþ Æqz Xvkw Ttrw Qzpl Ñ¤Û Bkwz Jqxv " * 30)
    path = tmp_path / "mixed.pdf"
    path.write_bytes(bytes(pdf.output()))
    loaded = load_path(path)
    assert any("text layer unreadable" in w for w in loaded.warnings)
    assert "ocr" in loaded.metadata and "Ñ¤Û" not in loaded.text
    assert extract_loaded(loaded).symbol == extract_loaded(load_bytes(printed.encode(), "a016.txt")).symbol


def test_low_confidence_facts_are_flagged(header_scan, tmp_path):
    data, _ = header_scan
    loaded = load_bytes(data, "a016.pdf")
    symbol = extract_loaded(loaded).symbol
    loaded.metadata["ocr"] = dict(loaded.metadata["ocr"], low_confidence_words=[symbol])
    record = extract_loaded(loaded)
    assert any("OCR low confidence in the symbol" in w and symbol in w for w in record.warnings)


def test_scanned_seed_plan_gives_the_same_lineage_and_gaps_as_its_text(tmp_path, monkeypatch):
    import json
    from tests.test_cli import cascade

    text = SEED_PLAN.read_text(encoding="utf-8")
    pages, printed = render(text, 300, seed=7, max_pages=20)
    scans, texts = tmp_path / "scan", tmp_path / "text"
    scans.mkdir(), texts.mkdir()
    write(pages, scans / "10-KH-DUK.pdf", "pdf", 300)
    (texts / "10-KH-DUK.txt").write_text(printed, encoding="utf-8")
    seen: list[tuple[int, int]] = []
    ocr.set_progress(lambda source, done, total: seen.append((done, total)))
    try:
        report = ingest_paths([scans], Store(tmp_path / "s1"))
    finally:
        ocr.set_progress(None)
    assert not report.failures and seen[-1] == (len(pages), len(pages))
    ingest_paths([texts], Store(tmp_path / "s2"))
    answers = []
    for store in ("s1", "s2"):
        lineage = json.loads(cascade("lineage", "10-KH/ĐUK", "--direction", "up", "--format", "json",
                                     store=tmp_path / store).stdout)
        gaps = json.loads(cascade("gaps", "10-KH/ĐUK", "--as-of", "2025-06-01", "--format", "json",
                                  store=tmp_path / store).stdout)
        answers.append((lineage["root"]["symbol"], sorted(d["symbol"] or "" for d in lineage["documents"]),
                        sorted((g["body"], g["status"]) for g in gaps["expected"])))
    assert answers[0] == answers[1] and answers[0][1] and answers[0][2], answers
    # cached: the scan reads again without Tesseract
    assert list((tmp_path / "s1" / "ocr-cache").glob("*.json"))
    monkeypatch.setenv("PATH", "/nonexistent")
    ocr.engine.cache_clear()
    try:
        ocr.set_cache_dir(tmp_path / "s1" / "ocr-cache")
        assert load_path(scans / "10-KH-DUK.pdf").metadata["ocr"]["pages"]
    finally:
        ocr.set_cache_dir(None)
        ocr.engine.cache_clear()


# ---- .doc ---------------------------------------------------------------------------------------

def _without_offsets(value):
    """A record without its span offsets (catdoc drops the blank line after a table, so offsets
    shift by a character or two) and without its source and format."""
    if isinstance(value, dict):
        return {k: _without_offsets(v) for k, v in value.items() if k not in ("span", "spans", "source", "format")}
    if isinstance(value, list):
        return [_without_offsets(v) for v in value]
    return value


@pytest.mark.parametrize("doc", sorted(TWINS.glob("*.doc")), ids=lambda p: p.name)
def test_doc_reads_the_same_as_its_docx_twin(doc):
    """The .doc twins were made from the .docx fixtures by LibreOffice (soffice --convert-to doc)."""
    as_doc = extract_loaded(load_path(doc))
    as_docx = extract_loaded(load_path(DOCX / (doc.stem + ".docx")))
    assert as_doc.format == "doc" and as_doc.symbol and as_doc.doc_id == as_docx.doc_id
    assert _without_offsets(as_doc.to_json()) == _without_offsets(as_docx.to_json())


def test_doc_errors(tmp_path):
    with pytest.raises(LoadError, match="corrupt .doc"):
        load_bytes(b"not a word file at all", "x.doc")
    with pytest.raises(LoadError, match="corrupt or encrypted .doc|no text found in .doc"):
        load_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "x.doc")
    with pytest.raises(LoadError, match="file too large"):
        load_bytes((TWINS / "26_tu_binhdinh_table_header.doc").read_bytes(), "x.doc", max_bytes=1000)
    with pytest.raises(LoadError, match="RTF"):
        load_bytes(b"{\\rtf1\\ansi hello}", "x.doc")


def test_without_tesseract_a_scan_is_refused_clearly(header_scan, monkeypatch):
    data, _ = header_scan
    monkeypatch.setenv("PATH", "/nonexistent")
    monkeypatch.delenv("CASCADE_OCR_CACHE", raising=False)
    ocr.engine.cache_clear()
    try:
        with pytest.raises(LoadError, match="no text layer .* OCR is not installed"):
            load_bytes(data, "scan.pdf")
        with pytest.raises(LoadError, match="cannot OCR: tesseract"):
            load_bytes(b"\x89PNG\r\n\x1a\n", "scan.png")
    finally:
        ocr.engine.cache_clear()


def test_upload_takes_scans_and_shows_ocr_progress(header_scan, tmp_path):
    from explorer.upload import UPLOAD_TYPES, save_and_ingest

    assert {"doc", "png", "jpg", "tif", "tiff"} <= set(UPLOAD_TYPES)
    data, _ = header_scan
    seen: list[tuple[float, str]] = []
    report = save_and_ingest([("bản quét.pdf", data), ("cũ.doc", (TWINS / "28_mttq_thanhhoa_43.doc").read_bytes())],
                             Store(tmp_path / "s"), progress=lambda share, text: seen.append((share, text)))
    assert report.added == 2 and not report.errors
    assert any("OCR" in text and "trang 1/1" in text for _, text in seen)
    assert [share for share, _ in seen] == sorted(share for share, _ in seen)
    assert list((tmp_path / "s" / "ocr-cache").glob("*.json"))
