"""Plain text files: bytes -> str (BOMs, UTF-16, legacy Vietnamese encodings), Markdown aware."""

from __future__ import annotations

import codecs
import html
import re
from html.entities import html5

from loaders.base import LoadedDocument, LoadError, finish
from loaders.legacy import decode_8bit, fix_mojibake
from loaders.markdown import looks_like_markdown, strip_markdown
from loaders.normalize import normalize_text

_BOMS = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "utf-32"),
    (codecs.BOM_UTF8, "utf-8", "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
)
_CONTROL = set(range(0x00, 0x09)) | {0x0E, 0x0F} | set(range(0x10, 0x1B)) | set(range(0x1C, 0x20))


def _guess_utf16(data: bytes) -> str | None:
    """UTF-16 without a BOM: NUL high bytes at every other position (ASCII-heavy text)."""
    sample = data[:4096]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    nul_even, nul_odd = even.count(0) / len(even), odd.count(0) / len(odd)
    if nul_odd > 0.25 and nul_even < 0.02:
        return "utf-16-le"
    if nul_even > 0.25 and nul_odd < 0.02:
        return "utf-16-be"
    return None


def _is_binary(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return True
    # Count control bytes in C (bytes.translate), not byte by byte in Python.
    controls = len(sample) - len(sample.translate(None, bytes(_CONTROL)))
    return controls > 0.05 * len(sample)


def _decode_mixed(data: bytes) -> tuple[str, list[str]] | None:
    """A file mostly in UTF-8 with some lines in a legacy encoding: decode line by line."""
    lines = data.split(b"\n")
    bad = []
    for i, line in enumerate(lines):
        if line.isascii():
            continue
        try:
            line.decode("utf-8")
        except UnicodeDecodeError:
            bad.append(i)
    non_ascii = sum(1 for line in lines if not line.isascii())
    if non_ascii - len(bad) < max(1, 0.2 * non_ascii):
        return None  # mostly not UTF-8: decode the whole file as one legacy encoding
    out = []
    bad_set = set(bad)
    for i, line in enumerate(lines):
        if i in bad_set:
            text, _, _ = decode_8bit(line)
            out.append(text)
        else:
            out.append(line.decode("utf-8"))
    return "\n".join(out), [f"mixed encodings: {len(bad)} of {len(lines)} lines were not UTF-8"]


def decode_bytes(data: bytes, source: str) -> tuple[str, str, list[str]]:
    """Decode a text file. Returns (text, encoding, warnings); raises LoadError on binary data."""
    if not data:
        raise LoadError(source, "empty file")
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            body = data[len(bom):]
            try:
                return body.decode(codec), name, []
            except UnicodeDecodeError:
                return body.decode(codec, errors="replace"), name, [f"invalid {name} bytes replaced"]
    if b"\x00" in data[:4096] and (codec := _guess_utf16(data)):
        try:
            text = data.decode(codec)
            if "\x00" not in text:
                return text, "utf-16", []
        except UnicodeDecodeError:
            pass
    if _is_binary(data):
        raise LoadError(source, "binary file, not text")
    try:
        return data.decode("utf-8"), "utf-8", []
    except UnicodeDecodeError:
        pass
    mixed = _decode_mixed(data)
    if mixed is not None:
        text, warnings = mixed
        return text, "utf-8", warnings
    text, encoding, warnings = decode_8bit(data)
    return text, encoding, warnings


# A character reference: numeric ("&#x002F;", "&#7871;"), or a named one HTML knows ("&amp;", "&Agrave;").
_REFERENCE = re.compile(r"&(?:#[0-9]{2,7};?|#[xX][0-9a-fA-F]{2,6};?|([A-Za-z][A-Za-z0-9]{1,31};))")


def _has_references(text: str) -> bool:
    return any(not found.group(1) or found.group(1) in html5 for found in _REFERENCE.finditer(text))


def load_text(data: bytes, source: str, fmt: str) -> LoadedDocument:
    """Load .txt/.md bytes. Markdown markup is stripped for .md and for .txt that is Markdown."""
    text, encoding, warnings = decode_bytes(data, source)
    if encoding in ("utf-8", "utf-16", "utf-32"):
        # Text saved from .VnTime/VNI fonts into a Unicode file: fix it line by line.
        text, more = fix_mojibake(text)
        warnings.extend(more)
    metadata: dict = {}
    from loaders.html import load_html, looks_like_html   # local: html reads its bytes with decode_bytes
    if fmt == "txt" and looks_like_html(text):
        # A page's source saved as text; a title typed above the markup stays the first line.
        cut = text.find("<")
        loaded = load_html(text[cut:].encode("utf-8"), source)
        if text[:cut].strip():
            loaded.text = f"{normalize_text(text[:cut].strip())}\n\n{loaded.text}"
        loaded.metadata["markup"] = "html"
        loaded.warnings[:0] = warnings
        return loaded
    if fmt == "txt" and _has_references(text):
        # A page copied from its source with a few tags at most: "20-QĐ&#x002F;TW", "Quy&#7871;t".
        text = html.unescape(text)
    if fmt == "md" or looks_like_markdown(text):
        text = strip_markdown(text)
        if fmt == "txt":
            metadata["markup"] = "markdown"
    return finish(source, fmt, text, encoding=encoding, warnings=warnings, metadata=metadata,
                  fix_legacy=False)


__all__ = ["decode_bytes", "load_text"]
