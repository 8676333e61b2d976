"""The nodes and edges of a whole-graph GEXF export written as text: the bytes networkx's GEXF
writer gives them (one ElementTree element per value, serialized and indented) for rows with
plain attributes. A row with one of the names that writer treats apart (an id, a weight, spells,
viz, ...) is not plain: the caller then uses that writer itself (graph/stream_export.py)."""
from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator

# Names networkx's GEXF writer takes out of a row; "label" and a node's "start" are written here.
NODE_SPECIAL = frozenset({"id", "pid", "end", "parents", "spells", "slices", "viz"})
EDGE_SPECIAL = frozenset({"id", "key", "networkx_key", "label", "weight", "type", "start", "end", "spells", "slices", "viz"})
_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"),
            ("\t", "&#09;"))
_FLOATS = {"inf": "INF", "nan": "NaN", "-inf": "-INF"}


class NotPlain(Exception):
    """A row this module does not write as networkx would."""


def escape(text: str) -> str:
    """ElementTree's escaping of an attribute value (the same replacements, in its order)."""
    for char, entity in _ESCAPES:
        if char in text:
            text = text.replace(char, entity)
    return text


def _value(value) -> str:
    if value.__class__ is str:
        return value
    if isinstance(value, bool):
        return str(value).lower()
    text = str(value)
    return _FLOATS.get(text, text) if isinstance(value, float) else text


def declare(writer, nodes: Iterable[tuple[str, dict]], edges: Iterable[tuple[str, str, str, dict]]) -> None:
    """What networkx's add_nodes and add_edges declare on WRITER (the attributes' ids and
    types, in the order first met; the graph's mode and time format), or NotPlain for a row
    they would write otherwise."""
    start = None
    for _, data in nodes:
        for name, value in data.items():
            if name != "label" and name != "start":
                _declare(writer, "node", name, value, NODE_SPECIAL)
        if "start" in data:
            start = data["start"]
    for _, _, key, data in edges:
        for name, value in data.items():
            _declare(writer, "edge", name, value, EDGE_SPECIAL)
        _declare(writer, "edge", "networkx_key", key, ())     # the writer adds the key last
    if start is not None:
        writer.alter_graph_mode_timeformat(start)           # the last node's start decides


def _declare(writer, scope: str, name: str, value, special: frozenset) -> None:
    if name in special or value.__class__ not in writer.xml_type or value.__class__ is list:
        raise NotPlain(name)
    if name not in writer.attr[scope]["static"]:
        writer.get_attr_id(name, writer.xml_type[value.__class__], scope, {}, "static")


def _attvalues(writer, scope: str, data: dict, skip: tuple = ()) -> str:
    ids = writer.attr[scope]["static"]
    values = "".join(f'\n          <attvalue for="{ids[name]}" value="{escape(_value(value))}" />'
                     for name, value in data.items() if name not in skip)
    return f"\n        <attvalues>{values}\n        </attvalues>\n      " if values else ""


def node_lines(writer, nodes: Iterable[tuple[str, dict]]) -> Iterator[str]:
    for node, data in nodes:
        head = f'<node id="{escape(str(node))}" label="{escape(str(data.get("label", node)))}"'
        if "start" in data:
            head += f' start="{escape(str(data["start"]))}"'
        inner = _attvalues(writer, "node", data, ("label", "start"))
        yield f"{head}>{inner}</node>" if inner else f"{head} />"


def edge_lines(writer, edges: Iterable[tuple[str, str, str, dict]]) -> Iterator[str]:
    ids = itertools.count()
    for source, target, key, data in edges:
        inner = _attvalues(writer, "edge", {**data, "networkx_key": key})
        yield f'<edge source="{escape(str(source))}" target="{escape(str(target))}" id="{next(ids)}">{inner}</edge>'
