"""The whole-graph exports write text themselves: GraphML (graph/graphml_text.py) and GEXF
(graph/gexf_text.py) the same bytes as networkx's writers, which graph.export uses, on values
that need escaping, every attribute type, a name met with two types, nodes and edges without
attributes, labels and dates; GraphML refuses what lxml refuses; a row with a name networkx's
GEXF writer treats apart goes through that writer; a JSON row is what json.dumps writes.
(tests/test_scale.py compares whole generated stores.)"""
from __future__ import annotations

import networkx as nx
import pytest

from graph import export, graphml_text
from graph.stream_export import _dumps, _row_json, _write_gexf

AWKWARD = ['a & b', '<tag>', 'x > y', 'say "hi"', "it's", "two\nlines", "cr\rhere", "tab\there", "", " ",
           "Đảng ủy xã Kế Sách", "]]>", "&amp; already", "a" * 100 + " & " + "b" * 100, "\u00a0nbsp"]


def awkward_graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph(created="2026-01-01", documents=3, generator="cascade")
    for index, text in enumerate(AWKWARD):
        graph.add_node(f"n{index}{text}", kind="document", title=text, ingested=index % 2 == 0, warnings=index,
                       confidence=index / 7, mixed=text if index % 3 else index, date=f"2024-01-{index + 1:02d}")
        if index % 4 == 1:
            graph.nodes[f"n{index}{text}"]["label"] = text
    graph.add_node("bare")
    nodes = list(graph)
    for index, (source, target) in enumerate(zip(nodes, nodes[1:])):
        graph.add_edge(source, target, key="CITES" if index % 2 else f"ASSIGNS:{AWKWARD[index]}",
                       evidence=AWKWARD[-index], confidence=0.5, expects_plan=bool(index % 3))
        if index > 3:     # a name first met after the first edge (declared after the key)
            graph.edges[source, target, "CITES" if index % 2 else f"ASSIGNS:{AWKWARD[index]}"]["deadline"] = "x"
    graph.add_edge("bare", "n0a & b", key="EMPTY")
    return graph


def test_text_writer_writes_networkx_lxml_bytes(tmp_path):
    graph = awkward_graph()
    nx.write_graphml_lxml(graph, tmp_path / "networkx.graphml")
    graphml_text.write(tmp_path / "text.graphml", dict(graph.graph), graph.nodes(data=True),
                       graph.edges(keys=True, data=True))
    assert (tmp_path / "text.graphml").read_bytes() == (tmp_path / "networkx.graphml").read_bytes()
    assert sorted(path.name for path in tmp_path.iterdir()) == ["networkx.graphml", "text.graphml"]  # no rows left


@pytest.mark.parametrize("where", ["value", "id"])
def test_characters_xml_cannot_hold_are_refused_as_lxml_refuses_them(tmp_path, where):
    graph = nx.MultiDiGraph()
    graph.add_node("bell\x07" if where == "id" else "n", title="bell\x07" if where == "value" else "ok")
    with pytest.raises(ValueError):
        nx.write_graphml_lxml(graph, tmp_path / "networkx.graphml")
    with pytest.raises(ValueError, match="XML compatible"):
        graphml_text.write(tmp_path / "text.graphml", {}, graph.nodes(data=True), graph.edges(keys=True, data=True))
    assert not [path for path in tmp_path.iterdir() if path.suffix == ".rows"]


def test_json_rows_are_what_json_dumps_writes():
    rows = [{}, {"a": 1}, {"list": [1, [2, []], {}], "dict": {"c": [], "d": {"e": None}}, "none": None, "yes": True,
                           "no": False, "float": 1.5, "nan": float("nan"), "big": 10 ** 20},
            {text: text for text in AWKWARD}, {"set": {1}}]     # default=str: a set written as its text
    for row in rows:
        assert _row_json(row) == _dumps(row, 2)


class GraphRows:
    """A networkx graph read the way the streamed writers read graph.sqlite's tables."""

    def __init__(self, graph: nx.MultiDiGraph) -> None:
        self.graph = dict(graph.graph)
        self._graph = graph

    def nodes(self, data: bool = True):
        return ((node, dict(attrs)) for node, attrs in self._graph.nodes(data=True))

    def edges(self):
        return ((u, v, key, dict(attrs)) for u, v, key, attrs in self._graph.edges(keys=True, data=True))


@pytest.mark.parametrize("special", [None, "weight", "pid"])
def test_gexf_rows_are_what_networkx_writes(tmp_path, special):
    graph = awkward_graph()
    if special == "weight":       # a row networkx writes apart: the whole file goes through its writer
        graph.edges["bare", "n0a & b", "EMPTY"]["weight"] = 2.5
    if special == "pid":
        graph.nodes["bare"]["pid"] = "n1<tag>"
    export._write_gexf(graph, tmp_path / "networkx.gexf")
    _write_gexf(GraphRows(export._flat(graph)), tmp_path / "text.gexf")
    assert (tmp_path / "text.gexf").read_bytes() == (tmp_path / "networkx.gexf").read_bytes()
