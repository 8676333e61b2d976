"""Hostile and broken input, end to end (issue 6, point 1).

One folder holds bad files (empty, binary named .txt, truncated .docx/.pdf, a zip bomb, a 50 MB
text, a .docx holding no text) next to good but awkward ones (deep HTML, NFD, zero-width and
right-to-left characters inside symbols, mixed UTF-8/TCVN3 lines, a document citing itself, a
citation cycle, one document as .docx and .pdf, two documents claiming one key). It is ingested
as a user does it: `cascade ingest FOLDER` in a subprocess with a timeout (a hang fails the
test instead of blocking the suite), and once more through `graph.ingest.ingest_paths`.
Each bad file must be named in exactly one one-line error; every good file must be stored."""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import unicodedata
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
TIMEOUT = 240  # seconds for a whole CLI run: far above the few seconds it takes, far below "hangs"

KIM_DONG = "hu.hung-yen.kim-dong"
HUNG_YEN = "tu.hung-yen"


def cascade(*args: str, store: Path, timeout: float = TIMEOUT) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "cascade.cli", *args, "--store", str(store)],
                          capture_output=True, text=True, env=env, cwd=ROOT, timeout=timeout)


def plan(number: int, code: str, *, district: bool = True, date=(10, 3, 2025), parent: str,
         title: str | None = None, body: str = "Quán triệt sâu sắc, tạo sự thống nhất cao trong nhận thức.",
         tasks: str = "") -> str:
    """A plan of Huyện ủy Kim Động (district) or Tỉnh ủy Hưng Yên, implementing `parent`."""
    day, month, year = date
    issuer, place = ("HUYỆN ỦY KIM ĐỘNG", "Kim Động") if district else ("TỈNH ỦY HƯNG YÊN", "Hưng Yên")
    organ = "Ban Thường vụ Huyện ủy Kim Động" if district else "Ban Thường vụ Tỉnh ủy Hưng Yên"
    return (f"ĐẢNG BỘ TỈNH HƯNG YÊN                       ĐẢNG CỘNG SẢN VIỆT NAM\n{issuer}\n"
            f"*                                           {place}, ngày {day} tháng {month} năm {year}\n"
            f"Số {number}-KH/{code}\n\n\nKẾ HOẠCH\n{title or 'thực hiện ' + parent}\n-----\n\n"
            f"Thực hiện {parent}, {organ} ban hành Kế hoạch thực hiện như sau:\n\n"
            f"I. MỤC ĐÍCH, YÊU CẦU\n\n{body}\n\n{tasks}")


PARENT_57 = "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị"
TASKS_DISTRICTS = ("III. TỔ CHỨC THỰC HIỆN\n\n1. Các huyện ủy, thị ủy, thành ủy trực thuộc Tỉnh ủy căn cứ Kế hoạch "
                   "này xây dựng kế hoạch cụ thể, tổ chức triển khai thực hiện; định kỳ báo cáo kết quả về Ban "
                   "Thường vụ Tỉnh ủy.\n")


def tcvn3(text: str) -> bytes:
    """TCVN3 (ABC) bytes of `text` (the inverse of the loader's table)."""
    from loaders.legacy import tcvn3_table
    inverse = {u: b for b, u in tcvn3_table().items() if u.islower() or u in "ĂÂÊÔƠƯĐ"}
    return bytes(inverse[c] if c in inverse else ord(c) for c in unicodedata.normalize("NFC", text))


def docx_bytes(lines: list[str]) -> bytes:
    import docx
    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def pdf_bytes(lines: list[str]) -> bytes:
    import fpdf
    pdf = fpdf.FPDF()
    pdf.add_page()
    pdf.add_font("DejaVu", fname=str(DEJAVU))
    pdf.set_font("DejaVu", size=11)
    pdf.multi_cell(0, 6, "\n".join(lines))
    return bytes(pdf.output())


def zip_bomb() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<w:t>" + b"A" * 60_000_000 + b"</w:t>")  # ~1000:1
    return buffer.getvalue()


# The same plan as .docx and as .pdf (layout differs: the PDF wraps and justifies lines).
TWIN_LINES = ["ĐẢNG BỘ TỈNH HƯNG YÊN", "HUYỆN ỦY KIM ĐỘNG", "*", "Số 260-KH/HU", "ĐẢNG CỘNG SẢN VIỆT NAM",
              "Kim Động, ngày 20 tháng 3 năm 2025", "", "KẾ HOẠCH",
              "thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị",
              "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia", "",
              "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa "
              "học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia, Ban Thường vụ Huyện ủy Kim Động "
              "ban hành Kế hoạch thực hiện như sau:",
              "I. MỤC ĐÍCH, YÊU CẦU",
              "Quán triệt sâu sắc, tạo sự thống nhất cao về nhận thức và hành động của cấp ủy, tổ chức đảng, "
              "chính quyền về vai trò đột phá của phát triển khoa học, công nghệ, đổi mới sáng tạo."]

BAD = {  # file -> words its error must contain
    "empty.txt": "empty file",
    "binary.txt": "binary file, not text",
    "truncated.docx": "corrupt or truncated .docx",
    "not-a-zip.docx": "corrupt or truncated .docx",
    "bomb.docx": "suspicious compressed size",
    "no-text.docx": "no text found in .docx",
    "truncated.pdf": "PDF",
    "random.pdf": "PDF",
    "huge-50mb.txt": "file too large",
}
# file -> (doc_id it must be stored under, symbol)
GOOD = {
    "good-57.txt": (f"{KIM_DONG}:KH:250:2025", "250-KH/HU"),
    "deep.html": (None, None),                     # flat text, stored under a digest key
    "nfd.txt": (f"{KIM_DONG}:KH:251:2025", "251-KH/HU"),
    "zero-width-rtl.txt": (f"{KIM_DONG}:KH:252:2025", "252-KH/HU"),
    "mixed-encodings.txt": (f"{KIM_DONG}:KH:253:2025", "253-KH/HU"),
    "self-citing.txt": (f"{KIM_DONG}:KH:254:2025", "254-KH/HU"),
    "cycle-a.txt": (f"{KIM_DONG}:KH:245:2025", "245-KH/HU"),
    "cycle-b.txt": (f"{HUNG_YEN}:KH:384:2025", "384-KH/TU"),
    "key-1.txt": (f"{KIM_DONG}:KH:300:2025", "300-KH/HU"),
    "key-2.txt": (f"{KIM_DONG}:KH:300:2025~2", "300-KH/HU"),
    "twin.docx": (f"{KIM_DONG}:KH:260:2025", "260-KH/HU"),
    "twin.pdf": (f"{KIM_DONG}:KH:260:2025", "260-KH/HU"),
}
MIXED_TCVN3_LINE = "Đảng bộ tỉnh Hưng Yên lãnh đạo Nhân dân thực hiện thắng lợi nhiệm vụ."


def write_batch(folder: Path) -> Path:
    if not DEJAVU.exists():
        pytest.skip("DejaVu font (Debian fonts-dejavu-core) not installed")
    folder.mkdir(parents=True)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64)
    twin_docx = docx_bytes(TWIN_LINES)
    (folder / "truncated.docx").write_bytes(twin_docx[: len(twin_docx) // 2])
    (folder / "not-a-zip.docx").write_text("Đây là văn bản thường, không phải .docx", encoding="utf-8")
    (folder / "bomb.docx").write_bytes(zip_bomb())
    (folder / "no-text.docx").write_bytes(docx_bytes([""]))
    twin_pdf = pdf_bytes(TWIN_LINES)
    (folder / "truncated.pdf").write_bytes(twin_pdf[: len(twin_pdf) // 3])
    (folder / "random.pdf").write_bytes(bytes((i * 7919) % 251 for i in range(20_000)))
    line = ("Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về đột phá phát triển khoa học, "
            "công nghệ.\n").encode("utf-8")
    with open(folder / "huge-50mb.txt", "wb") as handle:   # a real 50 MB text, not a sparse file
        handle.write(line * (50_000_000 // len(line) + 1))

    (folder / "good-57.txt").write_text(plan(250, "HU", parent=PARENT_57), encoding="utf-8")
    (folder / "deep.html").write_text("<html><body>" + "<div>" * 50_000 + "Tỉnh ủy Hưng Yên triển khai "
                                      "Nghị quyết số 57-NQ/TW" + "</div>" * 50_000 + "</body></html>",
                                      encoding="utf-8")
    (folder / "nfd.txt").write_text(unicodedata.normalize("NFD", plan(251, "HU", parent=PARENT_57)),
                                    encoding="utf-8")
    zw = plan(252, "HU", parent="Nghị quyết số 57\u200b-NQ/\u200dTW ngày 22/12/2024 của Bộ Chính trị",
              title="tuyên truyền \u202echuyển đổi số\u202c quốc gia", body="Nội dung \u2067ngược\u2069 chiều.")
    (folder / "zero-width-rtl.txt").write_text(zw.replace("Số 252-KH/HU", "Số 25\u200b2-KH/\u200fHU"),
                                               encoding="utf-8")
    mixed = plan(253, "HU", parent=PARENT_57).split("\n")
    (folder / "mixed-encodings.txt").write_bytes(
        b"\n".join(part.encode("utf-8") for part in mixed) + b"\n" + tcvn3(MIXED_TCVN3_LINE) + b"\n")
    (folder / "self-citing.txt").write_text(
        plan(254, "HU", parent="Kế hoạch số 254-KH/HU ngày 10/3/2025 của Huyện ủy Kim Động và " + PARENT_57),
        encoding="utf-8")
    (folder / "cycle-a.txt").write_text(plan(245, "HU", parent="Kế hoạch số 384-KH/TU ngày 14/02/2025 của "
                                                              "Ban Thường vụ Tỉnh ủy Hưng Yên"), encoding="utf-8")
    (folder / "cycle-b.txt").write_text(plan(384, "TU", district=False, date=(14, 2, 2025),
                                             parent="Kế hoạch số 245-KH/HU ngày 10/3/2025 của Huyện ủy Kim Động",
                                             tasks=TASKS_DISTRICTS), encoding="utf-8")
    (folder / "key-1.txt").write_text(plan(300, "HU", parent=PARENT_57, title="về chuyển đổi số",
                                           body="Quán triệt sâu sắc chuyển đổi số trong toàn Đảng bộ huyện."),
                                      encoding="utf-8")
    (folder / "key-2.txt").write_text(plan(300, "HU", parent=PARENT_57, title="về phòng, chống thiên tai",
                                           body="Chuẩn bị lực lượng ứng phó bão lũ, di dời dân cư vùng trũng, "
                                                "gia cố đê điều, kiểm tra an toàn hồ chứa nước."),
                                      encoding="utf-8")
    (folder / "twin.docx").write_bytes(twin_docx)
    (folder / "twin.pdf").write_bytes(twin_pdf)
    assert sorted(p.name for p in folder.iterdir()) == sorted([*BAD, *GOOD])
    return folder


@pytest.fixture(scope="module")
def batch(tmp_path_factory) -> Path:
    return write_batch(tmp_path_factory.mktemp("hostile") / "batch")


@pytest.fixture(scope="module")
def ingested(batch, tmp_path_factory):
    """`cascade ingest` of the whole folder: (completed process, store folder)."""
    store = tmp_path_factory.mktemp("hostile-store")
    done = cascade("ingest", str(batch), "--format", "json", store=store)
    return done, store


@pytest.fixture(scope="module")
def store(ingested):
    from graph.store import Store
    return Store(ingested[1])


def test_every_bad_file_is_named_in_one_error_line(ingested, batch):
    done, _ = ingested
    assert done.returncode == 1, done.stderr                      # some files failed ...
    summary = json.loads(done.stdout)                                # ... and stdout is still the JSON
    errors = [line for line in done.stderr.splitlines() if line.startswith("error: ")]
    for name, reason in BAD.items():
        mine = [line for line in errors if str(batch / name) in line]
        assert len(mine) == 1, (name, errors)
        assert reason in mine[0], mine[0]
    assert len(errors) == len(BAD) == summary["failed"]
    assert "Traceback" not in done.stderr


def test_every_good_file_is_stored(ingested, store, batch):
    done, _ = ingested
    summary = json.loads(done.stdout)
    assert summary["files"] == len(BAD) + len(GOOD)
    sources = dict(store.sources())
    assert set(sources) == {str(batch / name) for name in GOOD}
    for name, (doc_id, symbol) in GOOD.items():
        if doc_id is not None:
            assert sources[str(batch / name)] == doc_id, name
            assert store.record(doc_id).symbol == symbol
    # twin.docx and twin.pdf are one document; key-2 is a second document under its own key.
    assert store.count() == summary["documents_in_store"] == len(GOOD) - 1
    assert {source for source, _ in store.failures()} == {str(batch / name) for name in BAD}


def test_rerun_changes_nothing(ingested, store, batch):
    before = ([r.to_json() for r in store.records()], store.sources())
    again = cascade("ingest", str(batch), "--format", "json", store=ingested[1])
    summary = json.loads(again.stdout)
    assert again.returncode == 1
    assert summary["skipped_unchanged"] == len(GOOD) and summary["added"] == summary["conflicts"] == 0
    assert summary["failed"] == len(BAD)
    assert ([r.to_json() for r in store.records()], store.sources()) == before


def test_library_ingest_reports_the_same(batch, tmp_path, registry, store):
    from graph.ingest import ingest_paths
    from graph.store import Store
    other = Store(tmp_path / "lib-store")
    report = ingest_paths([batch], other, registry)
    assert {Path(source).name for source, _ in report.failures} == set(BAD)
    for source, message in report.failures:
        assert message.startswith(source + ":") and "\n" not in message
    assert report.result.added == len(GOOD) - 2 and report.result.conflicts == 1 and report.result.merged == 1
    assert [r.doc_id for r in other.records()] == [r.doc_id for r in store.records()]


def test_zero_width_and_rtl_characters_inside_symbols(store, batch):
    record = store.record(f"{KIM_DONG}:KH:252:2025")
    assert record.symbol == "252-KH/HU"
    assert [(r.relation, r.symbol) for r in record.references] == [("implements", "57-NQ/TW")]
    for invisible in "\u200b\u200d\u200f\u202e\u202c\u2067\u2069":
        assert invisible not in record.text and invisible not in json.dumps(record.to_json(), ensure_ascii=False)
    for ref in record.references:
        start, end = ref.span
        assert record.text[start:end] == ref.text
    assert "tuyên truyền chuyển đổi số quốc gia" in record.title


def test_nfd_file_reads_as_nfc(store):
    record = store.record(f"{KIM_DONG}:KH:251:2025")
    assert unicodedata.is_normalized("NFC", record.text)
    assert record.issuer.body_id == KIM_DONG and record.date == "2025-03-10"
    assert [r.symbol for r in record.references] == ["57-NQ/TW"]


def test_mixed_encodings_in_one_file(store, ingested, batch):
    record = store.record(f"{KIM_DONG}:KH:253:2025")
    assert MIXED_TCVN3_LINE in record.text.split("\n")
    assert record.issuer.body_id == KIM_DONG
    assert any("mixed encodings" in w for w in record.warnings)
    assert f"warning: {batch / 'mixed-encodings.txt'}: mixed encodings" in ingested[0].stderr


def test_deeply_nested_html_is_read_flat(store, ingested, batch):
    doc_id = dict(store.sources())[str(batch / "deep.html")]
    record = store.record(doc_id)
    assert "Tỉnh ủy Hưng Yên triển khai Nghị quyết số 57-NQ/TW" in record.text
    assert any("nested" in w for w in record.warnings)


def test_a_document_citing_itself(store, ingested, batch):
    doc_id = f"{KIM_DONG}:KH:254:2025"
    record = store.record(doc_id)
    assert [r.symbol for r in record.references] == ["57-NQ/TW"]
    own = [w for w in record.warnings if "cites its own symbol 254-KH/HU" in w]
    assert len(own) == 1
    graph = store.graph()
    assert not graph.has_edge(doc_id, doc_id)
    assert not [(u, k) for u, v, k in graph.edges(keys=True) if u == v]
    assert f"warning: {batch / 'self-citing.txt'}: the document cites its own symbol" in ingested[0].stderr


def test_citation_cycle_terminates(ingested, store):
    """A implements B implements A: lineage and gaps stop, each document listed once."""
    from queries import gaps, lineage
    a, b = f"{KIM_DONG}:KH:245:2025", f"{HUNG_YEN}:KH:384:2025"
    done = cascade("lineage", a, "--format", "json", store=ingested[1], timeout=60)
    assert done.returncode == 0, done.stderr
    results = [json.loads(done.stdout)]
    graph = store.graph()
    results += [lineage(graph, root, direction).to_json() for root in (a, b) for direction in ("down", "up")]
    for data in results:
        root = data["root"]["doc_id"]
        assert [d["doc_id"] for d in data["documents"]] == [b if root == a else a]
        assert sorted((e["from"], e["to"]) for e in data["edges"]) == sorted([(a, b), (b, a)])
    done = cascade("gaps", b, "--as-of", "2025-12-31", "--format", "json", store=ingested[1], timeout=60)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data == json.loads(json.dumps(gaps(graph, b, "2025-12-31").to_json()))
    kim_dong = [row for row in data["expected"] if row["body_id"] == KIM_DONG]
    assert kim_dong and kim_dong[0]["status"] == "covered" and kim_dong[0]["documents"] == [a]
    assert data["summary"]["expected"] == len(data["expected"]) > 1


def test_same_document_from_docx_and_pdf_is_one_document(store, ingested, batch):
    doc_id = f"{KIM_DONG}:KH:260:2025"
    sources = [source for source, doc in store.sources() if doc == doc_id]
    assert sorted(sources) == [str(batch / "twin.docx"), str(batch / "twin.pdf")]
    assert [r.doc_id for r in store.records()].count(doc_id) == 1
    graph = store.graph()
    assert graph.nodes[doc_id]["ingested"] and graph.nodes[doc_id]["symbol"] == "260-KH/HU"
    # iter_paths sorts: the .docx is stored first, the .pdf is recognised as the same document.
    assert f"warning: {batch / 'twin.pdf'}: the same document as {batch / 'twin.docx'}" in ingested[0].stderr


def test_two_documents_claiming_one_key_are_both_kept_and_flagged(store, ingested, batch):
    first, second = store.record(f"{KIM_DONG}:KH:300:2025"), store.record(f"{KIM_DONG}:KH:300:2025~2")
    assert first.source == str(batch / "key-1.txt") and second.source == str(batch / "key-2.txt")
    assert "chuyển đổi số" in first.title and "thiên tai" in second.title
    assert not any("already has the key" in w for w in first.warnings)
    flagged = [w for w in second.warnings if "already has the key" in w]
    assert len(flagged) == 1 and str(batch / "key-1.txt") in flagged[0]
    assert f"warning: {batch / 'key-2.txt'}: another document ({batch / 'key-1.txt'})" in ingested[0].stderr
    graph = store.graph()
    assert graph.nodes[f"{KIM_DONG}:KH:300:2025~2"]["ingested"]
    assert graph.nodes[f"{KIM_DONG}:KH:300:2025"]["title"] != graph.nodes[f"{KIM_DONG}:KH:300:2025~2"]["title"]
