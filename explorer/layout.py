"""Where a lineage view's boxes go and how its edges run, so that the drawing cannot mislead.

Layered layout (levels top-down): every drawn edge goes from a directive to a document that
implements it, and each document sits in a row strictly below all its drawn directives
(longest-path layering; an edge against the depth order, as in a citation cycle, is laid the
other way and keeps its arrow). Rows hold at most `WRAP` boxes; a wider row wraps onto more rows.

Boxes sit on a grid of columns `PITCH` apart, narrower than the pitch, so the strip halfway
between two columns (a gutter) is free of boxes in every row, and the strip between two rows
(a gap) is free of boxes everywhere. An edge is a polyline that only ever runs
  - vertically inside its own end boxes' columns (leaving the upper box, entering the lower one),
  - across a gap between two rows, or
  - vertically down a gutter,
so it can cross no box but its own two ends: `crossings` checks exactly that on the geometry."""
from __future__ import annotations

import textwrap
import zlib
from collections import defaultdict
from dataclasses import dataclass

BOX_W = 180              # box width (px); the label wraps inside it
PITCH = 210              # distance between column centres: gutters are PITCH - BOX_W wide
LINE_H = 18              # one label line at font size 13, with vis-network's spacing
MARGIN = 8               # box padding
GAP = 64                 # vertical space between two rows
CLEAR = 14               # how far into a gap an edge turns
WRAP = 10                # boxes per row
WRAP_CHARS = 18           # label characters per line at BOX_W (font size 13, Vietnamese marks)
LANES = ("party", "state", "mass", None)


@dataclass
class Route:
    source: str              # the directive (arrow tail)
    target: str              # the implementing document (arrow head)
    relation: str
    relayed: bool
    points: list[tuple[float, float]]     # from the source's centre to the target's centre


def wrap_label(lines: list[str]) -> str:
    """Full text, wrapped to the box width: nothing is cut."""
    out = []
    for line in lines:
        out.extend(textwrap.wrap(line, WRAP_CHARS, break_long_words=True, break_on_hyphens=False) or [""])
    return "\n".join(out)


def box_height(label: str) -> float:
    return (label.count("\n") + 1) * LINE_H + 2 * MARGIN


def layering(nodes: list[str], edges: list[tuple[str, str]], order: dict[str, tuple]) -> tuple[dict[str, int], list]:
    """(row of each node, edges as (upper, lower) pairs). A directive is laid above the documents
    implementing it; an edge that would close a cycle (bad data) is laid the other way, the
    edges being taken in `order` (depth from the root) so the choice is stable."""
    import networkx as nx
    dag = nx.DiGraph()
    dag.add_nodes_from(nodes)
    laid = []
    for a, b in sorted(edges, key=lambda e: (order[e[0]], order[e[1]])):
        upper, lower = (b, a) if a == b or nx.has_path(dag, b, a) else (a, b)
        dag.add_edge(upper, lower)
        laid.append((upper, lower))
    layer: dict[str, int] = {}
    for node in nx.lexicographical_topological_sort(dag, key=lambda n: order[n]):
        layer[node] = max((layer[u] + 1 for u in dag.predecessors(node)), default=0)
    return layer, laid


def lay_out(nodes: list, edges: list[tuple[str, str, str, bool]], order: dict[str, tuple]) -> list[Route]:
    """Set x, y (centre), width and height of each ViewNode and return the edges' routes.
    `edges` are (directive, implementer, relation, relayed) between node ids."""
    by_id = {n.id: n for n in nodes}
    layer, laid = layering(list(by_id), [(a, b) for a, b, _, _ in edges], order)
    uppers: dict[str, list[str]] = defaultdict(list)
    for upper, lower in laid:
        uppers[lower].append(upper)
    rows: list[list] = []          # each row: its slots (a node, or None for the space between lanes)
    column: dict[str, int] = {}
    row_of: dict[str, int] = {}
    for level in range(max(layer.values(), default=-1) + 1):
        members = [by_id[i] for i in by_id if layer[i] == level]

        def centre(n):
            cols = [column[u] for u in uppers[n.id] if u in column]
            return sum(cols) / len(cols) if cols else 0.0
        members.sort(key=lambda n: (LANES.index(n.system) if n.system in LANES else len(LANES), centre(n),
                                    order[n.id]))
        slots, lane = [], None
        for n in members:
            if slots and n.system != lane:
                slots.append(None)
            slots.append(n)
            lane = n.system
        for start in range(0, len(slots), WRAP):
            row = slots[start:start + WRAP]
            while row and row[0] is None:
                row.pop(0)
            while row and row[-1] is None:
                row.pop()
            if not row:
                continue
            first = (WRAP - len(row)) // 2
            for i, n in enumerate(row):
                if n is not None:
                    column[n.id] = first + i
                    row_of[n.id] = len(rows)
            rows.append(row)
    top, y = [], 0.0
    for row in rows:
        height = max(box_height(n.label) for n in row if n is not None)
        top.append((y, y + height))
        y += height + GAP
    for n in nodes:
        n.width, n.height = BOX_W, box_height(n.label)
        n.x = column[n.id] * PITCH
        band = top[row_of[n.id]]
        n.y = (band[0] + band[1]) / 2          # boxes of a row share their centre line
    return [_route(a, b, relation, relayed, by_id, row_of, top) for a, b, relation, relayed in edges]


def _route(source: str, target: str, relation: str, relayed: bool, by_id: dict, row_of: dict, top: list) -> Route:
    up, down = (source, target) if row_of[source] < row_of[target] else (target, source)
    u, d = by_id[up], by_id[down]
    ru, rd = row_of[up], row_of[down]
    points = [(u.x, u.y), (u.x, top[ru][1] + CLEAR)]
    if rd > ru + 1:
        # down the gutter beside the lower box, on the side facing the upper one; a per-source
        # offset keeps trunks from different directives apart
        side = -1 if u.x <= d.x else 1
        gutter = d.x + side * PITCH / 2 + (zlib.crc32(up.encode()) % 5 - 2) * 0.2 * (PITCH - BOX_W) / 2
        points += [(gutter, top[ru + 1][0] - CLEAR), (gutter, top[rd - 1][1] + CLEAR)]
    points += [(d.x, top[rd][0] - CLEAR), (d.x, d.y)]
    if up != source:
        points.reverse()
    return Route(source, target, relation, relayed, points)


def _segment_hits_box(p: tuple, q: tuple, box: tuple) -> bool:
    """Does segment p-q pass through the inside of box (left, top, right, bottom)? Liang-Barsky."""
    left, top, right, bottom = box
    t0, t1 = 0.0, 1.0
    dx, dy = q[0] - p[0], q[1] - p[1]
    for edge_p, edge_q in ((-dx, p[0] - left), (dx, right - p[0]), (-dy, p[1] - top), (dy, bottom - p[1])):
        if edge_p == 0:
            if edge_q <= 0:
                return False
            continue
        ratio = edge_q / edge_p
        if edge_p < 0:
            t0 = max(t0, ratio)
        else:
            t1 = min(t1, ratio)
        if t0 >= t1:
            return False
    return True


def crossings(nodes: list, routes: list[Route]) -> list[tuple[str, str, str]]:
    """(source, target, box) for every edge segment that passes through a box it does not connect."""
    boxes = {n.id: (n.x - n.width / 2 + 0.5, n.y - n.height / 2 + 0.5, n.x + n.width / 2 - 0.5,
                    n.y + n.height / 2 - 0.5) for n in nodes}
    found = []
    for route in routes:
        for p, q in zip(route.points, route.points[1:]):
            for node, box in boxes.items():
                if node not in (route.source, route.target) and _segment_hits_box(p, q, box):
                    found.append((route.source, route.target, node))
    return found
