"""loaders: every format, legacy encodings, hostile files. Fixtures are built in tmp_path."""

from __future__ import annotations

import io
import time
import unicodedata
import zipfile
from pathlib import Path

import pytest

from loaders import LoadedDocument, LoadError, iter_paths, load_bytes, load_path
from loaders.legacy import fix_mojibake, tcvn3_table, vni_table

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"   # the bundled copy of ../shared/corpus
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "loaders"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")

PHRASES = ["Đảng Cộng sản Việt Nam", "Mường", "chào các bạn", "Tỉnh ủy Hưng Yên",
           "Người dân tộc Mường ở tỉnh Hòa Bình"]


# ---- legacy encoders (test helpers: inverse of the loader's tables) -------------------------

def to_tcvn3(text: str) -> bytes:
    inverse = {u: b for b, u in tcvn3_table().items() if u.islower() or u in "ĂÂÊÔƠƯĐ"}
    return bytes(inverse[c] if c in inverse else ord(c) for c in unicodedata.normalize("NFC", text))


def to_vni(text: str) -> bytes:
    inverse = {u: seq for seq, u in vni_table().items()}
    return "".join(inverse.get(c, c) for c in unicodedata.normalize("NFC", text)).encode("latin-1")


def to_cp1258(text: str) -> bytes:
    """CP1258 writes tones as combining marks after a (possibly accented) base letter."""
    out = b""
    for c in unicodedata.normalize("NFC", text):
        try:
            out += c.encode("cp1258")
        except UnicodeEncodeError:
            d = unicodedata.normalize("NFD", c)
            tones = "".join(m for m in d if m in "\u0300\u0301\u0303\u0309\u0323")
            base = unicodedata.normalize("NFC", "".join(m for m in d if m not in tones))
            out += base.encode("cp1258") + tones.encode("cp1258")
    return out


def load_txt(tmp_path: Path, data: bytes, name: str = "doc.txt") -> LoadedDocument:
    path = tmp_path / name
    path.write_bytes(data)
    return load_path(path)


# ---- plain text and encodings ---------------------------------------------------------------

@pytest.mark.parametrize("phrase", PHRASES)
@pytest.mark.parametrize(
    ("encode", "encoding", "warning"),
    [
        (lambda s: s.encode("utf-8"), "utf-8", None),
        (lambda s: b"\xef\xbb\xbf" + s.encode("utf-8"), "utf-8", None),
        (lambda s: s.encode("utf-16"), "utf-16", None),  # with BOM
        (lambda s: s.encode("utf-16-le"), "utf-16", None),  # without BOM
        (to_cp1258, "cp1258", "CP1258"),
        (to_tcvn3, "tcvn3", "converted from TCVN3"),
        (to_vni, "vni", "converted from VNI"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "cp1258", "tcvn3", "vni"],
)
def test_text_encodings_round_trip(tmp_path, phrase, encode, encoding, warning) -> None:
    body = f"{phrase}\nSố 10-KH/ĐUK, ngày 12 tháng 3 năm 2025\n"
    if encoding == "utf-16" and encode(phrase)[:2] not in (b"\xff\xfe", b"\xfe\xff"):
        body = "Ke hoach so 10\n" + body  # BOM-less UTF-16 is recognised by its ASCII NULs
    doc = load_txt(tmp_path, encode(body))
    assert phrase in doc.text
    assert "Số 10-KH/ĐUK, ngày 12 tháng 3 năm 2025" in doc.text
    assert doc.encoding == encoding
    if warning:
        assert any(warning in w for w in doc.warnings), doc.warnings
    assert unicodedata.is_normalized("NFC", doc.text)


@pytest.mark.parametrize(
    ("mojibake", "expected", "warning"),
    [
        ("§¶ng Céng s¶n ViÖt Nam", "Đảng Cộng sản Việt Nam", "converted from TCVN3"),
        ("§¶NG CéNG S¶N VIÖT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM", "converted from TCVN3"),  # .VnTimeH
        ("TØnh ñy H\u00adng Yªn", "Tỉnh ủy Hưng Yên", "converted from TCVN3"),
        ("d©n téc Mêng", "dân tộc Mường", "converted from TCVN3"),  # 0xAD (ư) was stripped
        ("chaøo caùc baïn", "chào các bạn", "converted from VNI"),
        ("Ñaûng Coäng saûn Vieät Nam", "Đảng Cộng sản Việt Nam", "converted from VNI"),
    ],
)
def test_misdecoded_legacy_text_in_utf8_file(tmp_path, mojibake, expected, warning) -> None:
    doc = load_txt(tmp_path, (mojibake + "\n").encode("utf-8"))
    assert doc.text == expected
    assert doc.encoding == "utf-8"
    assert any(w.startswith(warning) for w in doc.warnings)


@pytest.mark.parametrize(
    "text",
    ["Hà Nội, ngày 25 tháng 5 năm 2025", "«Nghị quyết» toàn thể các đồng chí",
     "Công Văn Số 402-CV/VPĐU", "Hoà Bình, thuỷ lợi, Müller & Co. ©2024"],
)
def test_real_unicode_is_left_alone(text) -> None:
    assert fix_mojibake(text) == (text, [])


@pytest.mark.parametrize("raw, text", [
    ("Quy định số 20-QĐ&#x002F;TW của Bộ Chính trị", "Quy định số 20-QĐ/TW của Bộ Chính trị"),
    ("Quy&#7871;t &#273;&#7883;nh 12/Q&#272;-UBND", "Quyết định 12/QĐ-UBND"),
    ("BCH &#272O&Agrave;N TP. H&#7890 CH&Iacute; MINH", "BCH ĐOÀN TP. HỒ CHÍ MINH"),   # no semicolons, as pages write them
    ("Sở Nội vụ &amp; Sở Tư pháp", "Sở Nội vụ & Sở Tư pháp"),
    ("AT&T, R&D và H&M", "AT&T, R&D và H&M"),     # no reference: left alone
])
def test_character_references_in_a_text_page_are_read(tmp_path, raw, text) -> None:
    assert load_txt(tmp_path, raw.encode("utf-8")).text == text


def test_mixed_lines_in_one_file(tmp_path) -> None:
    data = ("Kế hoạch số 10-KH/ĐUK\n".encode("utf-8") + to_tcvn3("Đảng Cộng sản Việt Nam\n")
            + "Tỉnh ủy Hưng Yên\n".encode("utf-8") + to_vni("chào các bạn\n"))
    doc = load_txt(tmp_path, data)
    assert doc.text.split("\n") == ["Kế hoạch số 10-KH/ĐUK", "Đảng Cộng sản Việt Nam",
                                    "Tỉnh ủy Hưng Yên", "chào các bạn"]
    assert any("mixed encodings" in w for w in doc.warnings)


def test_mixed_mojibake_lines_in_utf8(tmp_path) -> None:
    text = "Kế hoạch của Tỉnh ủy\n§¶ng bé tØnh H\u00adng Yªn\nchaøo caùc baïn\n"
    doc = load_txt(tmp_path, text.encode("utf-8"))
    assert doc.text.split("\n") == ["Kế hoạch của Tỉnh ủy", "Đảng bộ tỉnh Hưng Yên", "chào các bạn"]
    assert any(w.startswith("converted from TCVN3 (1 of ") for w in doc.warnings), doc.warnings
    assert any(w.startswith("converted from VNI (1 of ") for w in doc.warnings), doc.warnings


def test_nfd_text_becomes_nfc(tmp_path) -> None:
    doc = load_txt(tmp_path, unicodedata.normalize("NFD", "Quyết định số 31-QĐ/TW").encode("utf-8"))
    assert doc.text == "Quyết định số 31-QĐ/TW"
    assert len(doc.text) == 22


def test_crlf_and_invisibles(tmp_path) -> None:
    doc = load_txt(tmp_path, "Số:\u00a057\r\nNghị\u200b quyết\r\n".encode("utf-8"))
    assert doc.text == "Số: 57\nNghị quyết"


# ---- hostile and broken files ---------------------------------------------------------------

@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.txt", b"  \n\r\n\t ", "empty file"),
        ("zeros.txt", b"abc\x00\x00\x01\x02" * 100, "binary file, not text"),
        ("image.txt", bytes(range(256)) * 40, "binary file, not text"),
        ("elf.txt", b"\x7fELF\x02\x01\x01\x00" + bytes(500), "binary file, not text"),
        ("notes.xyz", b"hello", "unsupported file type .xyz"),
        ("old.doc", b"\xd0\xcf\x11\xe0", "corrupt .doc"),
        ("broken.docx", b"PK\x03\x04 not really a zip", "corrupt or truncated .docx"),
        ("broken.pdf", b"%PDF-1.4\n garbage \n%%EOF", "corrupt or truncated PDF"),
        ("empty.html", b"", "empty file"),
    ],
)
def test_bad_files_raise_one_line_errors(tmp_path, name, data, reason) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(LoadError) as info:
        load_path(path)
    message = str(info.value)
    assert reason in message
    assert name in message and "\n" not in message
    assert info.value.source == str(path)


def test_missing_file(tmp_path) -> None:
    with pytest.raises(LoadError, match="file not found"):
        load_path(tmp_path / "nope.txt")


def test_huge_text_refused_fast(tmp_path) -> None:
    path = tmp_path / "huge.txt"
    with open(path, "wb") as f:
        f.truncate(50 * 1024 * 1024)  # 50 MB sparse file: nothing needs to be written
    started = time.monotonic()
    with pytest.raises(LoadError) as info:
        load_path(path)
    assert time.monotonic() - started < 1.0
    assert "file too large: 52.4 MB > limit 20 MB" in str(info.value)


def test_size_limit_configurable(tmp_path, monkeypatch) -> None:
    path = tmp_path / "two.txt"
    path.write_bytes(b"Nghi quyet\n" * 200_000)  # 2.2 MB
    monkeypatch.setenv("CASCADE_MAX_FILE_MB", "1")
    with pytest.raises(LoadError, match=r"file too large: 2\.2 MB > limit 1 MB"):
        load_path(path)
    with pytest.raises(LoadError, match="limit 1 MB"):
        load_bytes(path.read_bytes(), "two.txt")
    assert load_path(path, max_bytes=5_000_000).format == "txt"


# ---- Markdown -------------------------------------------------------------------------------

MARKDOWN = r"""      ## ĐẢNG CỘNG SẢN VIỆT NAM

**BAN CHẤP HÀNH TRUNG ƯƠNG**   
**ĐẢNG ỦY CHÍNH PHỦ**
\*
Số 57\-NQ/TW   
*Hà Nội*, *ngày 22 tháng 12 năm 2024*

---

**1\.** Phát triển khoa học \- kỷ nguyên mới, xem [Nghị quyết](https://example.org/nq57).

*   Quán triệt sâu sắc Nghị quyết số 57-NQ/TW.
*   Thể chế hóa **đầy đủ**, kịp thời.
- Dòng gạch đầu dòng giữ nguyên.
+ Dấu cộng giữ nguyên.

| Nội dung | Cơ quan |
|---|---|
| Tuyên truyền | Ban Tuyên giáo |

```
Số 3260-KH/ĐĐQH15
```
"""


@pytest.mark.parametrize("name", ["plan.md", "plan.txt"])
def test_markdown_stripped(tmp_path, name) -> None:
    doc = load_txt(tmp_path, MARKDOWN.encode("utf-8"), name)
    assert doc.text.split("\n") == [
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "",
        "BAN CHẤP HÀNH TRUNG ƯƠNG",
        "ĐẢNG ỦY CHÍNH PHỦ",
        "*",
        "Số 57-NQ/TW",
        "Hà Nội, ngày 22 tháng 12 năm 2024",
        "",
        "1. Phát triển khoa học - kỷ nguyên mới, xem Nghị quyết.",
        "",
        "- Quán triệt sâu sắc Nghị quyết số 57-NQ/TW.",
        "- Thể chế hóa đầy đủ, kịp thời.",
        "- Dòng gạch đầu dòng giữ nguyên.",
        "+ Dấu cộng giữ nguyên.",
        "",
        "Nội dung | Cơ quan",
        "Tuyên truyền | Ban Tuyên giáo",
        "",
        "Số 3260-KH/ĐĐQH15",
    ]
    assert doc.format == name.rsplit(".", 1)[1]


def test_plain_txt_is_not_treated_as_markdown(tmp_path) -> None:
    text = "ĐẢNG BỘ TỈNH HƯNG YÊN\n*\nSố 10-KH/TU\n- Mục đích\n+ Nâng cao nhận thức\n"
    doc = load_txt(tmp_path, text.encode("utf-8"))
    assert doc.text == text.strip()
    assert "markup" not in doc.metadata


@pytest.mark.parametrize("path", sorted((CORPUS / "real").glob("*.txt")), ids=lambda p: p.name)
def test_real_markdown_transcriptions(path) -> None:
    doc = load_path(path)
    assert doc.metadata.get("markup") == "markdown"
    for residue in ("**", "\\-", "\\.", "\n#", "\n*   "):
        assert residue not in doc.text
    assert "NQ/TW" in doc.text or "NQ-CP" in doc.text
    assert "VIỆT NAM" in doc.text.split("\n")[0] or "ĐẢNG CỘNG SẢN VIỆT NAM" in doc.text


# ---- .docx ----------------------------------------------------------------------------------

def make_docx(path: Path) -> Path:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    left, right = table.rows[0].cells
    left.text = "ĐẢNG BỘ TỈNH HƯNG YÊN"
    for line in ("HUYỆN ỦY KHOÁI CHÂU", "*", "Số 10-KH/ĐUK"):
        left.add_paragraph(line)
    right.text = "ĐẢNG CỘNG SẢN VIỆT NAM"
    right.add_paragraph("Khoái Châu, ngày 20 tháng 3 năm 2025")
    document.add_paragraph("KẾ HOẠCH")
    document.add_paragraph("Thực hiện Kế hoạch số 395-KH/TU, ngày 12/3/2025 của Tỉnh ủy Hưng Yên")
    tasks = document.add_table(rows=2, cols=3)
    for cell, text in zip(tasks.rows[0].cells, ["STT", "Nội dung", "Cơ quan chủ trì"]):
        cell.text = text
    for cell, text in zip(tasks.rows[1].cells, ["1", "Tuyên truyền", "Ban Tuyên giáo"]):
        cell.text = text
    document.add_paragraph("Nơi nhận:")
    document.core_properties.title = "Kế hoạch 10-KH/ĐUK"
    document.save(path)
    return path


def test_docx_header_table_and_order(tmp_path) -> None:
    doc = load_path(make_docx(tmp_path / "kh10.docx"))
    assert doc.format == "docx"
    assert [line for line in doc.text.split("\n") if line] == [
        "ĐẢNG BỘ TỈNH HƯNG YÊN",
        "HUYỆN ỦY KHOÁI CHÂU",
        "*",
        "Số 10-KH/ĐUK",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Khoái Châu, ngày 20 tháng 3 năm 2025",
        "KẾ HOẠCH",
        "Thực hiện Kế hoạch số 395-KH/TU, ngày 12/3/2025 của Tỉnh ủy Hưng Yên",
        "STT | Nội dung | Cơ quan chủ trì",
        "1 | Tuyên truyền | Ban Tuyên giáo",
        "Nơi nhận:",
    ]
    assert doc.metadata["title"] == "Kế hoạch 10-KH/ĐUK"
    assert "date" in doc.metadata
    assert load_bytes((tmp_path / "kh10.docx").read_bytes(), "kh10.docx").text == doc.text


def test_docx_legacy_font_runs(tmp_path) -> None:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    run = document.add_paragraph().add_run("§¶ng bé tØnh H\u00adng Yªn")
    run.font.name = ".VnTime"
    run = document.add_paragraph().add_run("chaøo caùc baïn")
    run.font.name = "VNI-Times"
    document.save(tmp_path / "legacy.docx")
    assert load_path(tmp_path / "legacy.docx").text.split("\n") == ["Đảng bộ tỉnh Hưng Yên", "chào các bạn"]


def test_truncated_docx(tmp_path) -> None:
    data = make_docx(tmp_path / "full.docx").read_bytes()
    with pytest.raises(LoadError, match="corrupt or truncated .docx"):
        load_bytes(data[: len(data) // 2], "cut.docx")


def test_zip_bomb_docx(tmp_path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", b" " * 30_000_000)  # ratio ~1000:1
    with pytest.raises(LoadError, match="suspicious compressed size"):
        load_bytes(buf.getvalue(), "bomb.docx")


def test_docx_without_document_part(tmp_path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("hello.txt", "hi")
    with pytest.raises(LoadError, match="corrupt or truncated .docx"):
        load_bytes(buf.getvalue(), "x.docx")


# ---- .pdf -----------------------------------------------------------------------------------

def make_pdf(lines: list[str] | None) -> bytes:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.add_page()
    if lines is None:
        pdf.rect(10, 10, 80, 120, style="F")  # a "scan": graphics only, no text layer
    else:
        if not DEJAVU.exists():
            pytest.skip("DejaVu font (Debian fonts-dejavu-core) not installed")
        pdf.add_font("DejaVu", fname=str(DEJAVU))
        pdf.set_font("DejaVu", size=12)
        pdf.multi_cell(0, 8, "\n".join(lines))
        pdf.set_title("Kế hoạch 395-KH/TU")
    return bytes(pdf.output())


def test_pdf_text_layer(tmp_path) -> None:
    lines = ["ĐẢNG CỘNG SẢN VIỆT NAM", "Tỉnh ủy Hưng Yên, ngày 12 tháng 3 năm 2025",
             "Số 395-KH/TU", "Người dân tộc Mường chào các bạn"]
    path = tmp_path / "kh395.pdf"
    path.write_bytes(make_pdf(lines))
    doc = load_path(path)
    assert doc.format == "pdf"
    assert [line.strip() for line in doc.text.split("\n") if line.strip()] == lines
    assert doc.metadata["title"] == "Kế hoạch 395-KH/TU"


def test_pdf_without_text_layer(tmp_path) -> None:
    path = tmp_path / "scan.pdf"
    path.write_bytes(make_pdf(None))
    with pytest.raises(LoadError, match="no text layer"):
        load_path(path)


def test_encrypted_pdf(tmp_path) -> None:
    from pypdf import PdfWriter

    src = tmp_path / "plain.pdf"
    src.write_bytes(make_pdf(["Tỉnh ủy Hưng Yên"]))
    writer = PdfWriter(clone_from=src)
    writer.encrypt("secret", algorithm="RC4-128")
    writer.write(tmp_path / "locked.pdf")
    with pytest.raises(LoadError, match="encrypted PDF"):
        load_path(tmp_path / "locked.pdf")
    writer = PdfWriter(clone_from=src)
    writer.encrypt(user_password="", owner_password="owner", algorithm="RC4-128")
    writer.write(tmp_path / "restricted.pdf")
    assert "Tỉnh ủy Hưng Yên" in load_path(tmp_path / "restricted.pdf").text


def test_truncated_pdf(tmp_path) -> None:
    data = make_pdf(["Tỉnh ủy Hưng Yên"])
    with pytest.raises(LoadError):
        load_bytes(data[:200], "cut.pdf")


# ---- .html ----------------------------------------------------------------------------------

PORTAL = """<!DOCTYPE html>
<html lang="vi"><head>
<meta charset="utf-8">
<title>Kế hoạch 10-KH/ĐUK | Cổng thông tin</title>
<meta property="og:title" content="Kế hoạch số 10-KH/ĐUK của Huyện ủy Khoái Châu">
<meta property="article:published_time" content="2025-03-20T08:00:00+07:00">
<style>.x { color: red }</style><script>var menu = "Trang chủ";</script>
</head><body>
<header class="site-header"><div class="logo">CỔNG THÔNG TIN ĐIỆN TỬ</div></header>
<nav><ul><li>Trang chủ</li><li>Giới thiệu</li></ul></nav>
<div class="breadcrumb">Trang chủ &gt; Văn bản</div>
<div id="main-menu">Tin tức Sự kiện</div>
<div class="container">
 <aside class="sidebar">Tin mới nhất: Hội nghị khác</aside>
 <article class="post">
  <h1>Kế hoạch số 10-KH/ĐUK</h1>
  <table><tr><td>ĐẢNG BỘ TỈNH HƯNG YÊN<br>HUYỆN ỦY KHOÁI CHÂU<br>*<br>Số 10-KH/ĐUK</td>
   <td><p>ĐẢNG CỘNG SẢN VIỆT NAM</p><p><i>Khoái Châu, ngày 20 tháng 3 năm 2025</i></p></td></tr></table>
  <p>Thực hiện Kế hoạch số 395-KH/TU, ngày 12/3/2025 của <b>Tỉnh ủy</b> Hưng Yên,
     Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:</p>
  <ul><li>Mục đích</li><li>Yêu cầu</li></ul>
  <p>Dòng một<br>Dòng hai&nbsp;tiếp</p>
  <table><tr><th>Nội dung</th><th>Cơ quan</th><th>Thời gian</th></tr>
   <tr><td>Tuyên truyền</td><td>Ban Tuyên giáo</td><td>Quý I</td></tr></table>
  <div class="share-buttons">Chia sẻ Facebook Zalo</div>
  <div id="comments">Bình luận của bạn đọc</div>
 </article>
</div>
<form>Tìm kiếm</form>
<footer>Bản quyền thuộc Huyện ủy</footer>
</body></html>
"""


def test_html_portal_page(tmp_path) -> None:
    doc = load_txt(tmp_path, PORTAL.encode("utf-8"), "kh10.html")
    assert doc.format == "html"
    lines = [line for line in doc.text.split("\n") if line]
    assert lines == [
        "Kế hoạch số 10-KH/ĐUK",
        "ĐẢNG BỘ TỈNH HƯNG YÊN",
        "HUYỆN ỦY KHOÁI CHÂU",
        "*",
        "Số 10-KH/ĐUK",
        "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Khoái Châu, ngày 20 tháng 3 năm 2025",
        "Thực hiện Kế hoạch số 395-KH/TU, ngày 12/3/2025 của Tỉnh ủy Hưng Yên, "
        "Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:",
        "- Mục đích",
        "- Yêu cầu",
        "Dòng một",
        "Dòng hai tiếp",
        "Nội dung | Cơ quan | Thời gian",
        "Tuyên truyền | Ban Tuyên giáo | Quý I",
    ]
    for chrome in ("Trang chủ", "Tin tức", "sidebar", "Chia sẻ", "Bình luận", "Bản quyền",
                   "Tìm kiếm", "CỔNG THÔNG TIN", "color", "var menu"):
        assert chrome not in doc.text
    assert doc.metadata["title"] == "Kế hoạch số 10-KH/ĐUK của Huyện ủy Khoái Châu"
    assert doc.metadata["date"] == "2025-03-20T08:00:00+07:00"


def test_html_without_article_uses_largest_block(tmp_path) -> None:
    body = "".join(f"<p>Đoạn văn số {i} của kế hoạch triển khai Nghị quyết.</p>" for i in range(10))
    page = (f"<html><head><title>Văn bản</title></head><body><div class='top'>Liên kết</div>"
            f"<div class='x'><div>Số 10-KH/ĐUK</div><div>{body}</div></div>"
            f"<div>Liên hệ: 0123</div></body></html>")
    doc = load_bytes(page.encode("utf-8"), "page.htm")
    assert "Số 10-KH/ĐUK" in doc.text and "Đoạn văn số 9" in doc.text
    assert doc.metadata["title"] == "Văn bản"


def test_html_declared_legacy_charset(tmp_path) -> None:
    page = '<html><head><meta charset="windows-1258"></head><body><p>Tỉnh ủy Hưng Yên</p></body></html>'
    doc = load_bytes(to_cp1258(page), "old.html")
    assert doc.text == "Tỉnh ủy Hưng Yên"


def test_deeply_nested_html(tmp_path) -> None:
    page = "<html><body>" + "<div>" * 100_000 + "Tỉnh ủy Hưng Yên" + "</div>" * 100_000 + "</body></html>"
    started = time.monotonic()
    doc = load_bytes(page.encode("utf-8"), "deep.html")
    assert doc.text == "Tỉnh ủy Hưng Yên"
    assert any("nested" in w for w in doc.warnings)
    assert time.monotonic() - started < 10


# ---- iter_paths -----------------------------------------------------------------------------

def test_iter_paths(tmp_path) -> None:
    for rel in ("b/2.txt", "b/1.docx", "a.md", "a.HTML", "skip.xyz", ".hidden.txt",
                ".git/x.txt", "b/~$lock.docx", "c/d/deep.pdf"):
        path = tmp_path / "folder" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    single = tmp_path / "given.xyz"
    single.write_bytes(b"x")
    got = list(iter_paths([tmp_path / "folder", single]))
    rel = [p.relative_to(tmp_path).as_posix() for p in got]
    assert rel == ["folder/a.HTML", "folder/a.md", "folder/b/1.docx", "folder/b/2.txt",
                   "folder/c/d/deep.pdf", "given.xyz"]


def test_committed_fixtures_load() -> None:
    for path in iter_paths([FIXTURES]):
        doc = load_path(path)
        assert "Tỉnh ủy Hưng Yên" in doc.text, path


# ---- properties -----------------------------------------------------------------------------

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from loaders import normalize_text  # noqa: E402


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=200).map(lambda s: s.encode("utf-8")))
def test_arbitrary_bytes_load_or_raise_load_error(data: bytes) -> None:
    for name in ("x.txt", "x.md", "x.html", "x.docx", "x.pdf"):
        try:
            doc = load_bytes(data, name)
        except LoadError as err:
            assert "\n" not in str(err)
            continue
        assert doc.text.strip()
        assert normalize_text(doc.text) == doc.text


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x2FF), max_size=120))
def test_fix_mojibake_total(text: str) -> None:
    fixed, warnings = fix_mojibake(text)
    assert fixed.count("\n") == text.count("\n")  # line structure kept
    assert all(w.startswith("converted from") for w in warnings)


def test_a_text_file_holding_a_pages_source_is_read_as_html() -> None:
    source = ("Đề cương tuyên truyền kỷ niệm ngày thành lập Đoàn<br>\n<html><head><title> </title></head><body>"
              "<table><tr><td><span>BCH ĐOÀN TP. HỒ CHÍ MINH</span></td><td><span>ĐOÀN TNCS HỒ CHÍ MINH</span></td></tr>"
              "<tr><td><span>Số: 12-ĐC/TĐTN</span></td><td><span>TP. Hồ Chí Minh, ngày 21 tháng 02 năm 2014</span></td>"
              "</tr></table><div><p>Căn cứ Kế hoạch số 05-KH/TĐTN của Ban Thường vụ Thành Đoàn;</p></div></body></html>")
    loaded = load_bytes(source.encode("utf-8"), "de-cuong.txt")
    assert loaded.metadata.get("markup") == "html"
    assert loaded.text.startswith("Đề cương tuyên truyền")
    assert "<" not in loaded.text and "ngày 21 tháng 02 năm 2014" in loaded.text
    plain = load_bytes("Kế hoạch <số 12> về việc a < b".encode("utf-8"), "plain.txt")   # a few brackets: still text
    assert plain.text == "Kế hoạch <số 12> về việc a < b"


# ---- letters with diacritics dropped (an old .doc read as text, a PDF font that lost them) --------

def _dropped(text: str) -> str:
    return "".join(c for c in text if c.isascii())


DROPPED_PAGE = ("UBND TỈNH PHÚ YÊN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKẾ HOẠCH\n"
                "Thực hiện Nghị quyết số 12/NQ-HĐND của Hội đồng nhân dân tỉnh và Chương trình hành động số "
                "09-CTr/TU của Tỉnh ủy về phát triển du lịch giai đoạn 2021 - 2025, các sở, ban, ngành và địa "
                "phương triển khai thực hiện các nhiệm vụ được giao, báo cáo kết quả thực hiện trước ngày 15/12 "
                "hằng năm về Sở Văn hóa, Thể thao và Du lịch để tổng hợp.")


def test_dropped_diacritics_key_phrases_are_written_back_and_said():
    loaded = load_bytes(_dropped(DROPPED_PAGE).encode(), "page.txt")
    for phrase in ("UBND TỈNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "KẾ HOẠCH",
                   "Thực hiện Nghị quyết số 12/NQ-HND", "Hội đồng nhân dân", "Chương trình hành động số", "Tỉnh ủy"):
        assert phrase in loaded.text
    assert "cc s, ban, ngnh" in loaded.text          # words the tables do not list stay as printed
    assert any("diacritics were dropped" in w for w in loaded.warnings)


def test_dropped_diacritics_a_word_dump_keeps_the_low_byte_of_some_letters():
    # An old .doc dump keeps the low byte of a UTF-16 letter when it is printable: ĩ U+0129 -> ")".
    page = _dropped(DROPPED_PAGE).replace("CH NGHA", "CH NGH(A")
    assert "CHỦ NGHĨA VIỆT NAM" in load_bytes(page.encode(), "page.txt").text


@pytest.mark.parametrize("text", [
    DROPPED_PAGE,                                                          # an ordinary page
    unicodedata.normalize("NFD", DROPPED_PAGE).encode("ascii", "ignore").decode(),   # lost only the marks
    "Thc hin Ngh quyt s 12/NQ-HND. " + DROPPED_PAGE,                 # one damaged line on a marked page
    ("The provincial People's Committee issued a plan on tourism development for 2021 - 2025; the "
     "departments report their results before 15 December, and the plan follows the provincial resolution. ") * 3,
])
def test_dropped_diacritics_ordinary_text_is_left_alone(text):
    loaded = load_bytes(text.encode(), "page.txt")
    assert not any("diacritics were dropped" in w for w in loaded.warnings)
    assert loaded.text.count("Thực hiện") == text.count("Thực hiện")


def test_dropped_diacritics_a_bodys_abbreviation_alone_gets_its_d_back_a_symbols_code_does_not():
    page = _dropped(DROPPED_PAGE + " BCH CĐCS hướng dẫn theo Hướng dẫn số 12/HD-CĐCS của Công đoàn.")
    text = load_bytes(page.encode(), "page.txt").text
    assert "BCH CĐCS" in text and "12/HD-CCS" in text   # where the Đ of a symbol stood is no sure thing


def test_a_tcvn3_header_flattened_into_one_line_keeps_its_capitals():
    # .VnTimeH types a capital with a tone by its lower-case code; on a line that also holds the lower-case
    # date, each run of capital words is told by its ASCII letters ("UBND và HĐND" keeps its small "và").
    printed = ("ĐảNG Bộ HUYệN GIA VIễN ĐảNG ủY Xã GIA HòA Số 09-BC/ĐU Gia Hòa, ngày 18 tháng 6 năm 2024\n"
               "Thực hiện Nghị quyết của UBND và HĐND tỉnh về công tác năm 2024\n")
    loaded = load_bytes(to_tcvn3(printed), "header.txt")
    assert loaded.text.split("\n") == [
        "ĐẢNG BỘ HUYỆN GIA VIỄN ĐẢNG ỦY XÃ GIA HÒA Số 09-BC/ĐU Gia Hòa, ngày 18 tháng 6 năm 2024",
        "Thực hiện Nghị quyết của UBND và HĐND tỉnh về công tác năm 2024"]
