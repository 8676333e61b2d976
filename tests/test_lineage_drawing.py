"""The lineage drawing cannot mislead: no edge crosses a box it does not connect (checked on the
positions and edge segments), every edge of the lineage is drawn, relayed claims are dashed,
labels are whole, and the standalone HTML export is the same folded drawing at 3,000+ documents."""
from __future__ import annotations

import random

import pytest

from explorer.layout import Route, crossings
from explorer.lineage_view import ViewNode, build_view
from explorer.synthetic import national_cascade

LEVELS = ("central", "province", "district", "commune")
SYSTEMS = ("party", "state", "mass", None)


def random_lineage(seed: int) -> dict:
    """A lineage result with fan-outs wider than a row, second parents, level-skipping links."""
    rng = random.Random(seed)
    count = rng.randint(5, 90)
    docs, edges = [], []
    depth = {"r": 0}
    for i in range(count):
        doc_id = f"d{i}"
        parent = rng.choice(["r", *[d["doc_id"] for d in docs]] if docs else ["r"])
        depth[doc_id] = depth[parent] + 1
        edges.append({"from": doc_id, "to": parent, "relation": "implements"})
        for extra in rng.sample([d["doc_id"] for d in docs], k=min(len(docs), rng.choice((0, 0, 1, 2)))):
            if extra != parent:
                edges.append({"from": doc_id, "to": extra, "relation": rng.choice(("implements", "based_on"))})
        words = " ".join(rng.choice(("Đảng ủy", "xã", "Tân Ninh", "Ban Thường vụ", "Huyện ủy Kim Động"))
                         for _ in range(rng.randint(1, 6)))
        docs.append({"doc_id": doc_id, "symbol": rng.choice((None, f"{i}-KH/ĐU")), "doc_type": "Kế hoạch",
                     "issuer": words, "level": rng.choice(LEVELS), "system": rng.choice(SYSTEMS),
                     "province": rng.choice(("A", "B", None)), "ingested": rng.random() > 0.2,
                     "depth": depth[doc_id]})
    return {"root": {"doc_id": "r", "symbol": "57-NQ/TW", "ingested": True}, "direction": "down",
            "documents": docs, "edges": edges}


@pytest.mark.parametrize("seed", range(25))
def test_no_edge_crosses_a_box_it_does_not_connect(seed):
    lineage = random_lineage(seed)
    relayed = {(e["from"], e["to"]) for e in lineage["edges"][::3]}
    view = build_view(lineage, root_meta={"level": "central", "system": "party"}, relayed=relayed,
                      max_children=8, max_expanded=6)
    assert crossings(view.nodes, view.routes) == []
    shown = {n.id for n in view.nodes}
    assert {(r.source, r.target) for r in view.routes} == {(a, b) for a, b, _, _ in view.edges}
    assert all(r.source in shown and r.target in shown for r in view.routes)
    if view.aggregates == []:          # nothing folded: every lineage edge is one drawn edge
        assert {(e["to"], e["from"]) for e in lineage["edges"]} == {(r.source, r.target) for r in view.routes}
        assert {(e["to"], e["from"]) for e in lineage["edges"] if (e["from"], e["to"]) in relayed} \
            >= {(r.source, r.target) for r in view.routes if r.relayed}
    rows = {n.id: n.y for n in view.nodes}
    assert all(rows[r.source] != rows[r.target] for r in view.routes)


def test_the_crossing_check_sees_an_edge_through_a_box():
    boxes = [ViewNode(i, i, "", "document", x=0, y=y, width=180, height=40) for i, y in (("a", 0), ("b", 150),
                                                                                      ("c", 300))]
    straight = Route("a", "c", "implements", False, [(0, 0), (0, 300)])
    assert crossings(boxes, [straight]) == [("a", "c", "b")]
    around = Route("a", "c", "implements", False, [(0, 0), (0, 40), (105, 60), (105, 240), (0, 260), (0, 300)])
    assert crossings(boxes, [around]) == []


def test_the_corpus_57_cascade_draws_every_edge_with_relayed_claims_dashed():
    from cascade.backends import open_backend
    from explorer.graph_html import render_view_html
    from explorer.lineage_view import relayed_pairs
    engine = open_backend("networkx")
    graph = engine.graph()
    lineage = engine.lineage("TW:NQ:57:2024").to_json()
    view = build_view(lineage, root_meta=dict(graph.nodes["TW:NQ:57:2024"]), relayed=relayed_pairs(graph))
    assert crossings(view.nodes, view.routes) == []
    assert {(e["to"], e["from"]) for e in lineage["edges"]} == {(r.source, r.target) for r in view.routes}
    dashed = [r for r in view.routes if r.relayed]
    assert dashed and all((r.target, r.source) in relayed_pairs(graph) for r in dashed)
    for node in view.documents():      # whole labels: the full issuer, wrapped, never cut
        doc = next((d for d in [lineage["root"], *lineage["documents"]] if d["doc_id"] == node.id), {})
        if doc.get("issuer") and doc.get("symbol"):
            assert doc["issuer"] in " ".join(node.label.split("\n"))
    page = render_view_html(view)
    assert '"dashes": [8, 6]' in page and "vis-tooltip" in page


def test_the_standalone_html_is_the_folded_drawing_at_3000_descendants(tmp_path):
    from explorer.graph_html import remote_references
    from graph.export import export
    graph = national_cascade()
    meta = export(graph, "html", tmp_path / "whole.html", as_of="2025-04-01")
    page = (tmp_path / "whole.html").read_text(encoding="utf-8")
    assert meta["documents"] > 3000
    assert "48 / 80" in page and not remote_references(page) and "https://cdn" not in page
    data = page.split("new vis.DataSet(", 1)[1].split(");", 1)[0]
    assert data.count('"shape": "box"') < 160            # folded: boxes for provinces and groups only
    export(graph, "html", tmp_path / "root.html", root="TW:NQ:1", as_of="2025-04-01")
    assert "48 / 80" in (tmp_path / "root.html").read_text(encoding="utf-8")
