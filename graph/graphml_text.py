"""Whole-graph GraphML written as text, a batch of rows at a time: the bytes networkx's lxml
writer (GraphMLWriterLxml, what graph.export uses) writes for the same rows, without an lxml
element per attribute, three passes over the tables and a type check per value.

What it copies from that writer: its keys (d0, d1, ... in the order a (name, type, scope) is
first met: the graph's attributes, then the nodes', then the edges'; written newest first), its
pretty printing (two spaces before each data element, a newline after each element), and lxml's
escaping (&, <, > in text, also " and the whitespace characters in attributes). The keys are
known only once every row is read, so the rows go to a file beside the output first, then after
the keys."""
from __future__ import annotations

import os
import re
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from networkx.readwrite.graphml import GraphML

_TYPES = GraphML()
_TYPES.construct_types()
XML_TYPES = _TYPES.xml_type
HEAD = ("<?xml version='1.0' encoding='utf-8'?>\n"
        f'<graphml xmlns="{GraphML.NS_GRAPHML}" xmlns:xsi="{GraphML.NS_XSI}" '
        f'xsi:schemaLocation="{GraphML.SCHEMALOCATION}">')
# lxml refuses these ("All strings must be XML compatible"): so does this writer.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]")
_TEXT = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})
_ATTRIBUTE = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\n": "&#10;", "\r": "&#13;",
                            "\t": "&#9;"})
ROWS_PER_WRITE = 2000


class _Keys:
    """The writer's <key> elements: one id per (name, type, scope), in the order first met."""

    def __init__(self) -> None:
        self.ids: dict[tuple, str] = {}
        self.elements: list[str] = []

    def __call__(self, name: str, kind: type, scope: str) -> str:
        try:
            return self.ids[name, kind, scope]
        except KeyError:
            pass
        try:
            xml_type = XML_TYPES[kind]
        except KeyError as err:
            raise TypeError(f"GraphML does not support type {kind} as data values.") from err
        new_id = self.ids[name, kind, scope] = f"d{len(self.ids)}"
        self.elements.append(f'<key id="{new_id}" for="{scope}" attr.name="{_attribute(name)}" '
                             f'attr.type="{xml_type}"/>\n')
        return new_id


def _text(value: str) -> str:
    # Most values hold none of these: four scans are cheaper than a translation.
    if "&" in value or "<" in value or ">" in value or "\r" in value:
        return value.translate(_TEXT)
    return value


def _attribute(value: str) -> str:
    return value.translate(_ATTRIBUTE)


def write(path: Path, metadata: dict, nodes: Iterable[tuple[str, dict]],
          edges: Iterable[tuple[str, str, str, dict]]) -> None:
    """GraphML of a directed multigraph with these graph attributes, nodes and edges (their
    attributes flat: str, int, float, bool)."""
    keys = _Keys()

    def data(attrs: dict, scope: str, indent: str = "") -> str:
        lines = []
        for name, value in attrs.items():
            text = str(value)
            lines.append(f'{indent}<data key="{keys(name, type(value), scope)}">'
                         f'{_text(text)}</data>\n')
        return "".join(lines)

    def element(tag: str, head: str, attrs: dict) -> str:
        if not attrs:
            return f"<{tag} {head}/>\n"
        return f"<{tag} {head}>\n{data(attrs, tag, '  ')}</{tag}>\n"

    handle, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".rows", dir=path.parent)
    os.close(handle)
    rows_file = Path(name)
    try:
        with open(rows_file, "w", encoding="utf-8", newline="") as rows:
            rows.write('<graph edgedefault="directed">' + data(metadata, "graph"))
            batch: list[str] = []
            for node, attrs in nodes:
                batch.append(element("node", f'id="{_attribute(str(node))}"', attrs))
                if len(batch) >= ROWS_PER_WRITE:
                    _flush(rows, batch)
            for source, target, key, attrs in edges:
                batch.append(element("edge", f'source="{_attribute(str(source))}" target="{_attribute(str(target))}" '
                                             f'id="{_attribute(str(key))}"', attrs))
                if len(batch) >= ROWS_PER_WRITE:
                    _flush(rows, batch)
            _flush(rows, batch)
            rows.write("</graph></graphml>")
        with open(path, "w", encoding="utf-8", newline="") as out:
            out.write(HEAD + "".join(reversed(keys.elements)))
            out.flush()
            with open(rows_file, "rb") as written:
                shutil.copyfileobj(written, out.buffer, 16 << 20)
    finally:
        rows_file.unlink(missing_ok=True)


def _flush(handle, batch: list[str]) -> None:
    text = "".join(batch)
    if _NOT_XML.search(text):
        raise ValueError("All strings must be XML compatible: Unicode or ASCII, no NULL bytes or control characters")
    handle.write(text)
    batch.clear()
