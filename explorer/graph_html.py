"""Draw a LineageView as a standalone page: pyvis, vis-network inline (no CDN), fixed positions.

Labels and tooltips are plain text: pyvis writes the data with Jinja's `tojson` (which escapes
<, > and & inside the script) and vis-network shows tooltips with innerText, so document text
never becomes markup. Clicking a document opens its page in a new tab."""
from __future__ import annotations

import json
import re

from pyvis.network import Network

from explorer.lineage_view import LineageView
from graph.export import LEVEL_COLOURS

REMOTE = re.compile(r"<(?:script|link)\b[^>]*(?:src|href)\s*=\s*[\"']?(?:https?:)?//[^>]*>(?:\s*</script>)?", re.I)
LOCAL_REFS = re.compile(r"<!--\s*<link[^>]*node_modules.*?-->", re.S)

CLICK_JS = """
<script type="text/javascript">
  (function () {
    if (typeof network === "undefined") { return; }
    network.on("click", function (params) {
      if (!params.nodes.length) { return; }
      var node = nodes.get(params.nodes[0]);
      if (node && node.url) {
        var base = window.parent && window.parent.location ? window.parent.location.pathname : "/";
        var prefix = base.replace(/[^\\/]*$/, "");
        window.open(prefix + node.url, "_blank", "noopener");
      }
    });
    document.body.setAttribute("data-nodes", String(nodes.length));
  })();
</script>
"""


def _colour(node) -> dict:
    if node.kind == "aggregate":
        return {"background": "#fff8e1", "border": LEVEL_COLOURS.get(node.level, LEVEL_COLOURS[None])}
    colour = LEVEL_COLOURS.get(node.level, LEVEL_COLOURS[None])
    if not node.ingested:
        return {"background": "#ffffff", "border": colour}
    return {"background": colour, "border": "#263238" if node.kind == "root" else colour}


def render_view_html(view: LineageView, height: int = 680) -> str:
    net = Network(height=f"{height}px", width="100%", directed=True, cdn_resources="in_line")
    for node in view.nodes:
        common = dict(label=node.label, title=node.title, x=node.x, y=node.y, physics=False)
        if node.kind == "header":
            net.add_node(node.id, shape="text", font={"size": 20, "color": "#37474f", "face": "sans-serif"},
                         fixed=True, **common)
            continue
        font_colour = "#212121" if node.kind == "aggregate" or not node.ingested else "#ffffff"
        extra = {"url": node.url} if node.url else {}
        net.add_node(node.id, shape="box", color=_colour(node), font={"color": font_colour, "size": 13,
                     "multi": False}, borderWidth=4 if node.kind == "root" else (2 if node.kind == "aggregate" else 1),
                     shapeProperties={"borderDashes": [5, 5]} if node.kind == "aggregate" or not node.ingested
                     else {}, margin=8, widthConstraint={"maximum": 170}, **extra, **common)
    for upper, lower, relation in view.edges:
        net.add_edge(upper, lower, title=relation or "", arrows="to", color="#90a4ae",
                     dashes=relation == "based_on")
    net.set_options(json.dumps({
        "physics": {"enabled": False}, "layout": {"hierarchical": {"enabled": False}},
        "edges": {"smooth": {"enabled": True, "type": "cubicBezier", "forceDirection": "vertical",
                             "roundness": 0.4}},
        "interaction": {"hover": True, "navigationButtons": True, "tooltipDelay": 150, "dragNodes": False},
    }))
    page = net.generate_html(notebook=False)
    page = LOCAL_REFS.sub("", page)
    page = REMOTE.sub("", page)
    page = page.replace('<div class="card" style="width: 100%">', '<div style="width: 100%">')
    return page.replace("</body>", CLICK_JS + "</body>", 1)


def remote_references(page: str) -> list[str]:
    """Script or link tags that would load something from the network (should be none)."""
    return re.findall(r"<(?:script|link)\b[^>]*(?:src|href)\s*=\s*[\"']?(?:https?:)?//[^>]*>", page, re.I)
