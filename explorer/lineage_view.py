"""The lineage view model: which documents to draw, where, and which to fold away.

A national cascade has thousands of descendants; drawing them all is unreadable and slow.
Children of one document are shown one by one while they are few (`max_children`); beyond
that they are folded per (system, province, level) into aggregate nodes such as
"Quảng Trị · Cấp xã: 36 / 80 đơn vị đã ban hành", which expand on demand (`expanded`).
Positions are computed here, not by a physics simulation: rows by level (central at the
top), Party / state / other in separate lanes, so the browser only draws."""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import quote

from explorer.i18n import doc_name, fmt_date, level_name, system_name, t

RANK = {"central": 0, "province": 1, "district": 2, "commune": 3, "cell": 4}
LANES = ("party", "state", "mass", None)
SPACING_X, SPACING_Y, LANE_GAP, LINE_Y = 190, 150, 160, 95
WRAP = 10                # boxes per line within one lane and row
MAX_CHILDREN = 12        # more children than this are folded into aggregates
MAX_EXPANDED = 120       # an expanded group shows at most this many documents


@dataclass
class ViewNode:
    id: str
    label: str
    title: str                       # tooltip: plain text (vis-network shows it as text)
    kind: str                        # root | document | aggregate | header
    level: str | None = None
    system: str | None = None
    ingested: bool = True
    members: list[str] = field(default_factory=list)   # documents an aggregate stands for
    parent: str | None = None
    x: float = 0.0
    y: float = 0.0
    url: str | None = None


@dataclass
class LineageView:
    root: str
    direction: str
    nodes: list[ViewNode]
    edges: list[tuple[str, str, str]]       # (upper, lower, relation)
    total: int                               # documents in the lineage (root excluded)
    shown: int                               # documents drawn one by one (root excluded)

    @property
    def aggregates(self) -> list[ViewNode]:
        return [n for n in self.nodes if n.kind == "aggregate"]

    def documents(self) -> list[ViewNode]:
        return [n for n in self.nodes if n.kind in ("root", "document")]


def doc_url(doc_id: str, page: str = "document") -> str:
    return f"{page}?doc={quote(doc_id, safe='')}"


def group_key(parent: str, doc: dict) -> str:
    return f"{parent}|{doc.get('system') or ''}|{doc.get('province') or ''}|{doc.get('level') or ''}"


def _doc_label(doc: dict) -> str:
    label = doc.get("symbol") or doc.get("doc_type") or doc["doc_id"]
    issuer = doc.get("issuer") or ""
    label = f"{label}\n{issuer[:32]}" if issuer else str(label)
    if not doc.get("ingested", True):
        label += f"\n({t('not_ingested')})"
    return label


def _doc_title(doc: dict) -> str:
    parts = [doc.get("doc_type"), doc.get("symbol"), fmt_date(doc.get("date")), doc.get("issuer"),
             doc.get("title")]
    return "\n".join(str(p) for p in parts if p)[:600]


def tree_parents(root: str, docs: dict[str, dict], edges: Iterable[dict]) -> dict[str, str]:
    """For each document, the neighbour one step nearer to ROOT (works for down and up)."""
    depth = {root: 0, **{d: docs[d].get("depth", 1) for d in docs}}
    parent: dict[str, str] = {}
    for edge in sorted(edges, key=lambda e: (e["from"], e["to"])):
        a, b = edge["from"], edge["to"]
        if a not in depth or b not in depth:
            continue
        for near, far in ((a, b), (b, a)):
            if depth[far] == depth[near] + 1 and far not in parent:
                parent[far] = near
    return parent


def _subtree(node: str, children: dict[str, list[str]]) -> list[str]:
    out, stack = [], [node]
    while stack:
        current = stack.pop()
        out.append(current)
        stack.extend(children.get(current, []))
    return out


def _aggregate_label(members: list[dict], expected: list[dict], below: int) -> tuple[str, str]:
    first = members[0]
    place = first.get("province") or system_name(first.get("system")) or ""
    head = f"{place} · {level_name(first.get('level'))}" if place else level_name(first.get("level"))
    if expected:
        answered = sum(1 for e in expected if e.get("status") in ("covered", "late"))
        body = t("agg_answered", answered=answered, expected=len(expected))
    else:
        body = t("agg_docs", n=len(members))
    label = f"{head}:\n{body}" + (f"\n({t('agg_below', n=below)})" if below else "")
    title = f"{head}: {body}; {t('agg_docs', n=len(members))}" + (f"; {t('agg_below', n=below)}" if below else "")
    return label, f"{title}\n({t('agg_hint')})"


def build_view(lineage: dict, *, root_meta: dict | None = None, expanded: Iterable[str] = (),
               expected_for: Callable[[str], list[dict]] | None = None,
               max_children: int = MAX_CHILDREN, max_expanded: int = MAX_EXPANDED) -> LineageView:
    """Fold a lineage result (CONTRACT JSON) into a drawable view."""
    root_doc = {**lineage["root"], **(root_meta or {})}
    root = root_doc["doc_id"]
    docs = {d["doc_id"]: d for d in lineage["documents"] if d["doc_id"] != root}
    parent = tree_parents(root, docs, lineage["edges"])
    children: dict[str, list[str]] = defaultdict(list)
    for doc_id in sorted(docs, key=lambda d: (docs[d].get("province") or "", docs[d].get("symbol") or "", d)):
        if doc_id in parent:
            children[parent[doc_id]].append(doc_id)
    expanded = set(expanded)
    nodes = [ViewNode(root, _doc_label(root_doc), _doc_title(root_doc), "root", root_doc.get("level"),
                      root_doc.get("system"), bool(root_doc.get("ingested", True)), url=doc_url(root))]
    shown = 0
    stack = [root]
    while stack:
        node = stack.pop(0)
        kids = children.get(node, [])
        groups: dict[str, list[str]] = defaultdict(list)
        for kid in kids:
            groups[group_key(node, docs[kid]) if len(kids) > max_children else ""].append(kid)
        folded = [key for key, members in groups.items() if key and key not in expanded and len(members) > 1]
        units = expected_for(node) if expected_for and folded else []
        for key, members in groups.items():
            if key in folded:
                below = sum(len(_subtree(m, children)) - 1 for m in members)
                sample = docs[members[0]]
                wanted = [e for e in units
                          if (e.get("province") or "") == (sample.get("province") or "")
                          and e.get("level") == sample.get("level")]
                label, title = _aggregate_label([docs[m] for m in members], wanted, below)
                nodes.append(ViewNode(key, label, title, "aggregate", sample.get("level"), sample.get("system"),
                                      members=members, parent=node))
                continue
            for kid in members[:max_expanded]:
                doc = docs[kid]
                nodes.append(ViewNode(kid, _doc_label(doc), _doc_title(doc), "document", doc.get("level"),
                                      doc.get("system"), bool(doc.get("ingested", True)), parent=node,
                                      url=doc_url(kid)))
                shown += 1
                stack.append(kid)
            if len(members) > max_expanded:
                rest = members[max_expanded:]
                nodes.append(ViewNode(f"{key}|rest", t("agg_rest", n=len(rest)), t("agg_rest", n=len(rest)),
                                      "aggregate", docs[rest[0]].get("level"), docs[rest[0]].get("system"),
                                      members=rest, parent=node))
    visible = {n.id for n in nodes}
    edges = [(n.parent, n.id, "") for n in nodes if n.parent]
    relation = {(e["from"], e["to"]): e["relation"] for e in lineage["edges"]}
    edges = [(a, b, relation.get((b, a)) or relation.get((a, b)) or "") for a, b, _ in edges if a in visible]
    view = LineageView(root, lineage.get("direction", "down"), nodes, edges, len(docs), shown)
    place(view, {root: 0, **{d: docs[d].get("depth", 1) for d in docs}})
    return view


def place(view: LineageView, depth: dict[str, int]) -> None:
    """Rows by (level, depth), lanes by system; order within a row follows the tree. A row
    with more than WRAP boxes in one lane wraps onto several lines, so a fit-to-screen view
    of 63 provinces stays legible."""
    order = {n.id: i for i, n in enumerate(view.nodes)}

    def row_of(n: ViewNode) -> tuple[int, int]:
        d = depth.get(n.id, depth.get(n.members[0], 1) if n.members else 1)
        return RANK.get(n.level, 5), d

    cells: dict[tuple, list[ViewNode]] = defaultdict(list)
    for n in sorted(view.nodes, key=lambda n: order[n.id]):
        cells[(n.system if n.system in LANES else None, row_of(n))].append(n)
    rows = sorted({row for _, row in cells})
    lines = {row: max(math.ceil(len(v) / WRAP) for (_, r), v in cells.items() if r == row) for row in rows}
    y_of, y = {}, 0.0
    for row in rows:
        y_of[row] = y
        y += SPACING_Y + (lines[row] - 1) * LINE_Y
    x = 0.0
    headers = []
    for lane in LANES:
        width = max((min(len(v), WRAP) for (ln, _), v in cells.items() if ln == lane), default=0)
        if not width:
            continue
        span = width * SPACING_X
        for (ln, row), members in cells.items():
            if ln != lane:
                continue
            for line_no in range(0, len(members), WRAP):
                line = members[line_no:line_no + WRAP]
                start = x + (span - len(line) * SPACING_X) / 2
                for i, n in enumerate(line):
                    n.x = start + i * SPACING_X + SPACING_X / 2
                    n.y = y_of[row] + (line_no // WRAP) * LINE_Y
        name = system_name(lane).upper() if lane else system_name(None).upper()
        headers.append(ViewNode(f"lane:{lane}", name, name, "header", x=x + span / 2, y=-SPACING_Y * 0.8))
        x += span + LANE_GAP
    seen_levels = set()
    for row in rows:
        if row[0] in seen_levels:
            continue
        seen_levels.add(row[0])
        level = next((k for k, v in RANK.items() if v == row[0]), None)
        headers.append(ViewNode(f"level:{row[0]}", level_name(level), level_name(level), "header",
                                x=-SPACING_X * 0.9, y=y_of[row]))
    view.nodes.extend(headers)

def expand_options(view: LineageView, expanded: Iterable[str]) -> dict[str, str]:
    """Groups the user can open (aggregates) or has opened, with readable names."""
    options = {a.id: a.label.replace("\n", " ") for a in view.aggregates if not a.id.endswith("|rest")}
    for key in expanded:
        _, _, province, level = (key.split("|") + ["", "", "", ""])[:4]
        options.setdefault(key, f"{province or t('unknown_place')} · {level_name(level or None)}")
    return options


def view_csv(lineage: dict) -> bytes:
    """Every document of the lineage (not only the drawn ones), dates dd/mm/yyyy, parents by name."""
    import csv
    import io
    names = {d["doc_id"]: doc_name(d) for d in [lineage["root"], *lineage["documents"]]}
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([t(k) for k in ("col_document", "col_symbol", "col_type", "col_date", "col_issuer", "col_level",
                                    "col_province", "col_depth", "col_in_store", "col_parent")])
    for d in lineage["documents"]:
        writer.writerow([names[d["doc_id"]], d.get("symbol") or "", d.get("doc_type") or "", fmt_date(d.get("date")),
                         d.get("issuer") or "", level_name(d.get("level")), d.get("province") or "", d.get("depth"),
                         t("yes") if d.get("ingested") else t("not_ingested"),
                         "; ".join(names.get(p, p) for p in d.get("parents") or [])])
    return out.getvalue().encode("utf-8-sig")
