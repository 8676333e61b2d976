""".docx files (python-docx): paragraphs and tables in document order.

Named word.py so it does not shadow python-docx's `docx` package.
"""

from __future__ import annotations

import io
import re
import zipfile

from loaders.base import LoadedDocument, LoadError, finish
from loaders.legacy import tcvn3_to_unicode, vni_to_unicode

MAX_UNCOMPRESSED = 200 * 1_000_000
MAX_RATIO = 200
MAX_TABLE_DEPTH = 8

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"

# Party/state document headers: a small two-column table, issuer on the left, national motto /
# place and date on the right.
_HEADER_HINT = re.compile(
    r"ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HO?ÒA XÃ HỘI|Độc lập|ngày\s+\S+\s+tháng|\bSố\b|\*",
    re.IGNORECASE,
)


def check_zip(data: bytes, source: str) -> None:
    """Refuse corrupt archives and zip bombs before anything decompresses them."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError):
        raise LoadError(source, "corrupt or truncated .docx") from None
    total = sum(i.file_size for i in infos)
    packed = sum(i.compress_size for i in infos)
    worst = max((i.file_size / max(i.compress_size, 1) for i in infos if i.file_size > 1_000_000),
                default=0)
    overall = total / max(packed, 1) if total > 1_000_000 else 0
    if total > MAX_UNCOMPRESSED or worst > MAX_RATIO or overall > MAX_RATIO:
        raise LoadError(source, f"suspicious compressed size ({total / 1e6:.0f} MB uncompressed from "
                                f"{packed / 1e6:.1f} MB); refusing to open")
    names = {i.filename for i in infos}
    if "word/document.xml" not in names:
        raise LoadError(source, "corrupt or truncated .docx (no word/document.xml)")


def _run_text(r) -> str:
    """Text of one w:r, converting legacy-font runs (.VnTime = TCVN3, VNI-* = VNI)."""
    parts = []
    for child in r.iterchildren():
        tag = child.tag
        if tag == _W + "t":
            parts.append(child.text or "")
        elif tag == _W + "tab":
            parts.append("\t")
        elif tag in (_W + "br", _W + "cr"):
            parts.append("\n")
        elif tag == _W + "noBreakHyphen":
            parts.append("-")
    text = "".join(parts)
    fonts = r.find(f"{_W}rPr/{_W}rFonts")
    if text and fonts is not None:
        font = (fonts.get(_W + "ascii") or fonts.get(_W + "hAnsi") or "").lower()
        if font.startswith(".vn"):
            text = tcvn3_to_unicode(text)
        elif font.startswith("vni"):
            text = vni_to_unicode(text)
    return text


def _inside(node, tag: str, stop) -> bool:
    """Is there an element `tag` between `node` and its ancestor `stop`?"""
    node = node.getparent()
    while node is not None and node is not stop:
        if node.tag == tag:
            return True
        node = node.getparent()
    return False


def _paragraph_text(p) -> tuple[str, list[str]]:
    """A w:p's own text, and the text of text boxes anchored in it (as extra lines)."""
    text = "".join(_run_text(r) for r in p.iter(_W + "r") if not _inside(r, _W + "txbxContent", p))
    boxes = []
    for box in p.iter(_W + "txbxContent"):
        if _inside(box, _MC_FALLBACK, p) or _inside(box, _W + "txbxContent", p):
            continue  # the same box again for old readers, or a box inside a box
        for bp in box.iter(_W + "p"):
            line = "".join(_run_text(r) for r in bp.iter(_W + "r"))
            if line.strip():
                boxes.append(line)
    return text, boxes


def _cell_lines(tc, depth: int) -> list[str]:
    lines: list[str] = []
    for child in tc.iterchildren():
        if child.tag == _W + "p":
            text, boxes = _paragraph_text(child)
            lines.extend(text.split("\n"))
            lines.extend(boxes)
        elif child.tag == _W + "tbl":
            lines.extend(_table_lines(child, depth + 1))
    return [line for line in lines if line.strip()]


def _table_lines(tbl, depth: int = 0) -> list[str]:
    if depth > MAX_TABLE_DEPTH:
        return []
    rows = []
    for tr in tbl.iterchildren(_W + "tr"):
        cells, seen = [], set()
        for tc in tr.iterchildren(_W + "tc"):
            if id(tc) in seen:
                continue
            seen.add(id(tc))
            vmerge = tc.find(f"{_W}tcPr/{_W}vMerge")
            if vmerge is not None and vmerge.get(_W + "val") in (None, "continue"):
                cells.append([])  # continuation of a vertically merged cell: already emitted
                continue
            cells.append(_cell_lines(tc, depth))
        rows.append(cells)
    ncols = max((len(r) for r in rows), default=0)
    flat = "\n".join("\n".join(c) for r in rows for c in r)
    if ncols == 2 and len(rows) <= 4 and _HEADER_HINT.search(flat):
        # header table: all of the left column, then all of the right column
        left = [line for r in rows if r for line in r[0]]
        right = [line for r in rows if len(r) > 1 for line in r[1]]
        return left + right
    out = []
    for r in rows:
        if sum(len(c) for c in r) == 0:
            continue
        if all(len(c) <= 1 for c in r):
            out.append(" | ".join(c[0] for c in r if c))
        else:  # cells with several paragraphs: keep their lines
            for c in r:
                out.extend(c)
    return out


def load_docx(data: bytes, source: str) -> LoadedDocument:
    if data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        raise LoadError(source, "old binary Word .doc (or encrypted .docx), not .docx; save it as .docx")
    check_zip(data, source)
    try:
        import docx  # python-docx

        document = docx.Document(io.BytesIO(data))
        body = document.element.body
        lines: list[str] = []
        for child in body.iterchildren():
            if child.tag == _W + "p":
                text, boxes = _paragraph_text(child)
                lines.extend(boxes)
                lines.extend(text.split("\n"))
            elif child.tag == _W + "tbl":
                lines.extend(_table_lines(child))
                lines.append("")
        props = document.core_properties
        metadata = {}
        if props.title:
            metadata["title"] = props.title
        if props.created:
            metadata["date"] = props.created.isoformat()
        if props.author:
            metadata["author"] = props.author
    except LoadError:
        raise
    except Exception as exc:  # python-docx/lxml raise many kinds on damaged packages
        raise LoadError(source, f"corrupt or truncated .docx ({type(exc).__name__})") from None
    return finish(source, "docx", "\n".join(lines), metadata=metadata)
