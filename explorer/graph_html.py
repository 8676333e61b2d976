"""Draw a LineageView as a standalone page: pyvis, vis-network inline (no CDN), fixed positions.

Labels and tooltips are plain text: pyvis writes the data with Jinja's `tojson` (which escapes
<, > and & inside the script) and vis-network shows tooltips with innerText, so document text
never becomes markup. Clicking a document opens its page in a new tab."""
from __future__ import annotations

import json
import re

from pyvis.network import Network

from explorer.i18n import relation_name, t
from explorer.layout import MARGIN
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
    // boxes only (way-points of routed edges are not counted)
    document.body.setAttribute("data-nodes", String(nodes.get({filter: function (n) { return n.shape === "box"; }}).length));
  })();
</script>
"""


TOOLTIP_JS = """
<style>
  div.vis-tooltip { max-width: 320px; white-space: pre-wrap !important; overflow-wrap: anywhere; }
</style>
<script type="text/javascript">
  // vis-network places its tooltip at the pointer: keep it inside the canvas.
  (function () {
    var box = document.getElementById("mynetwork");
    if (!box || typeof MutationObserver === "undefined") { return; }
    new MutationObserver(function () {
      var tip = box.querySelector("div.vis-tooltip");
      if (!tip || tip.style.visibility === "hidden") { return; }
      var maxLeft = box.clientWidth - tip.offsetWidth - 4, maxTop = box.clientHeight - tip.offsetHeight - 4;
      var left = parseFloat(tip.style.left) || 0, top = parseFloat(tip.style.top) || 0;
      if (left > maxLeft) { tip.style.left = Math.max(0, maxLeft) + "px"; }
      if (top > maxTop) { tip.style.top = Math.max(0, maxTop) + "px"; }
    }).observe(box, {attributes: true, childList: true, subtree: true, attributeFilter: ["style"]});
  })();
</script>
"""
EDGE_COLOUR, RELAYED_COLOUR, GROUPING_COLOUR = "#78909c", "#8e24aa", "#cfd8dc"


def _colour(node) -> dict:
    if node.kind == "aggregate":
        return {"background": "#fff8e1", "border": LEVEL_COLOURS.get(node.level, LEVEL_COLOURS[None])}
    colour = LEVEL_COLOURS.get(node.level, LEVEL_COLOURS[None])
    if not node.ingested:
        return {"background": "#ffffff", "border": colour}
    return {"background": colour, "border": "#263238" if node.kind == "root" else colour}


def _add_box(net: Network, node) -> None:
    font_colour = "#212121" if node.kind == "aggregate" or not node.ingested else "#ffffff"
    extra = {"url": node.url} if node.url else {}
    net.add_node(node.id, label=node.label, title=node.title, x=node.x, y=node.y, physics=False, fixed=True,
                 shape="box", color=_colour(node), font={"color": font_colour, "size": 13, "face": "sans-serif"},
                 borderWidth=4 if node.kind == "root" else (2 if node.kind == "aggregate" else 1),
                 shapeProperties={"borderDashes": [5, 5]} if node.kind == "aggregate" or not node.ingested else {},
                 margin=MARGIN, widthConstraint={"minimum": node.width, "maximum": node.width},
                 heightConstraint={"minimum": node.height}, **extra)


def _add_route(net: Network, number: int, route, names: dict[str, str], confirmed: str = "") -> None:
    """A polyline through invisible way-points; the arrow on the last piece only. `confirmed`:
    the review's words when a person confirmed the link."""
    relation = t("rel_relayed") if route.relayed else relation_name(route.relation)
    title = f"{names.get(route.source, '')} → {names.get(route.target, '')}: {relation}" if route.relation else ""
    title += f" · {confirmed}" if confirmed and title else ""
    ids = [route.source]
    for i, (x, y) in enumerate(route.points[1:-1]):
        point = f"~{number}.{i}"
        net.add_node(point, label=" ", title=title, x=x, y=y, physics=False, fixed=True, shape="dot", size=1,
                     color={"background": "rgba(0,0,0,0)", "border": "rgba(0,0,0,0)"}, borderWidth=0)
        ids.append(point)
    ids.append(route.target)
    colour = RELAYED_COLOUR if route.relayed else (EDGE_COLOUR if route.relation else GROUPING_COLOUR)
    for a, b in zip(ids, ids[1:]):
        net.add_edge(a, b, route=[route.source, route.target], title=title, color=colour, width=2 if route.relayed else 1.5,
                     dashes=[8, 6] if route.relayed else False, smooth=False,
                     arrows={"to": {"enabled": b == route.target, "scaleFactor": 0.7}})


def render_view_html(view: LineageView, height: int = 680) -> str:
    net = Network(height=f"{height}px", width="100%", directed=True, cdn_resources="in_line")
    for node in view.nodes:
        _add_box(net, node)
    names = {n.id: n.label.replace("\n", " ") for n in view.nodes}
    for number, route in enumerate(view.routes):
        _add_route(net, number, route, names, view.confirmed.get((route.source, route.target), ""))
    net.set_options(json.dumps({
        "physics": {"enabled": False}, "layout": {"hierarchical": {"enabled": False}},
        "edges": {"smooth": False},
        "interaction": {"hover": True, "navigationButtons": True, "tooltipDelay": 150, "dragNodes": False},
    }))
    page = net.generate_html(notebook=False)
    page = LOCAL_REFS.sub("", page)
    page = REMOTE.sub("", page)
    page = page.replace('<div class="card" style="width: 100%">', '<div style="width: 100%">')
    return page.replace("</body>", CLICK_JS + TOOLTIP_JS + "</body>", 1)


def remote_references(page: str) -> list[str]:
    """Script or link tags that would load something from the network (should be none)."""
    return re.findall(r"<(?:script|link)\b[^>]*(?:src|href)\s*=\s*[\"']?(?:https?:)?//[^>]*>", page, re.I)
