"""Old binary Word files (.doc, Word 97-2003) through Debian's catdoc.

catdoc rather than antiword: both read Vietnamese (antiword with -m UTF-8.txt), but antiword
draws tables as text boxes side by side, wrapped at the cell's width, so a header table comes out
as "|ĐẢNG BỘ TỈNH X |ĐẢNG CỘNG SẢN VIỆT NAM|" rows with the date cut over two lines; catdoc -w
gives each cell's paragraphs whole, left cell then right cell, as the .docx loader reads them.
LibreOffice reads best of all but is a 200 MB install and starts in seconds per file.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from loaders.base import LoadedDocument, LoadError, finish

MAX_SECONDS = 60.0
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def load_doc(data: bytes, source: str) -> LoadedDocument:
    if data[:2] == b"PK":   # a .docx saved under the old name
        from loaders.word import load_docx
        return load_docx(data, source)
    if data[:5] == b"{\\rtf":
        raise LoadError(source, "an RTF file named .doc; save it as .docx")
    if data[:8] != _OLE:
        raise LoadError(source, "corrupt .doc (not a Word 97-2003 file)")
    if not shutil.which("catdoc"):
        raise LoadError(source, "cannot read .doc: catdoc is not installed; run tools/setup.sh")
    with tempfile.TemporaryDirectory(prefix="cascade-doc-") as tmp:
        path = Path(tmp) / "in.doc"
        path.write_bytes(data)
        try:
            proc = subprocess.run(["catdoc", "-w", "-d", "utf-8", str(path)], capture_output=True,
                                  timeout=MAX_SECONDS)
        except subprocess.TimeoutExpired:
            raise LoadError(source, f"stopped reading .doc (time limit {MAX_SECONDS:.0f} s)") from None
    if proc.returncode != 0:
        raise LoadError(source, "corrupt or encrypted .doc")
    text = proc.stdout.decode("utf-8", "replace").replace("\x0c", "\n")
    # A table cell ends in a tab: each cell on its own line, as the .docx loader gives them.
    text = re.sub(r"[ \t]*\t[ \t]*", "\n", text)
    text = re.sub(r"\n\s*\n+", "\n", text)
    return finish(source, "doc", text)
