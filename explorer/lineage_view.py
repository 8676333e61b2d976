"""The lineage view model: which documents to draw, where, and which to fold away.

A national cascade has thousands of descendants; drawing them all is unreadable and slow.
Children of one document are shown one by one while they are few (`max_children`); beyond
that they are folded per (system, province, level) into aggregate nodes such as
"Quảng Trị · Cấp xã: 36 / 80 đơn vị đã ban hành", which expand on demand (`expanded`).
Positions and edge routes are computed here (explorer/layout.py), not by a physics simulation:
directives above the documents implementing them, Party / state / other apart within a row, no
edge through a box it does not connect; the browser only draws. Every edge of the lineage is
drawn (onto the group that holds its end when folded); relayed claims are marked."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import quote

from explorer.i18n import doc_name, fmt_date, level_name, system_name, t, type_name
from explorer.layout import Route, lay_out, wrap_label

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
    width: float = 0.0
    height: float = 0.0


@dataclass
class LineageView:
    root: str
    direction: str
    nodes: list[ViewNode]
    edges: list[tuple[str, str, str, bool]]  # (directive, implementer, relation, relayed) between drawn nodes
    total: int                               # documents in the lineage (root excluded)
    shown: int                               # documents drawn one by one (root excluded)
    routes: list[Route] = field(default_factory=list)
    confirmed: dict[tuple[str, str], str] = field(default_factory=dict)  # drawn pair -> 'đã xác nhận (who, date)'

    @property
    def aggregates(self) -> list[ViewNode]:
        return [n for n in self.nodes if n.kind == "aggregate"]

    def documents(self) -> list[ViewNode]:
        return [n for n in self.nodes if n.kind in ("root", "document")]


def doc_url(doc_id: str, page: str = "document") -> str:
    return f"{page}?doc={quote(doc_id, safe='')}"


def relayed_pairs(graph) -> set[tuple[str, str]]:
    """(child, parent) links of GRAPH known only from a relayed claim."""
    return {(u, v) for u, v, d in graph.edges(data=True) if d.get("where") == "relayed"}


def group_key(parent: str, doc: dict) -> str:
    return f"{parent}|{doc.get('system') or ''}|{doc.get('province') or ''}|{doc.get('level') or ''}"


def _doc_label(doc: dict) -> str:
    """Number (or type), issuer and date when unnumbered: in full, wrapped to the box."""
    lines = [doc_name(doc)] if not doc.get("symbol") else [doc["symbol"], doc.get("issuer") or ""]
    if not doc.get("ingested", True):
        lines.append(f"({t('not_ingested')})")
    return wrap_label([line for line in lines if line])


def _doc_title(doc: dict) -> str:
    parts = [type_name(doc.get("doc_type")), doc.get("symbol"), fmt_date(doc.get("date")), doc.get("issuer"),
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
    label = wrap_label([f"{head}:", body] + ([f"({t('agg_below', n=below)})"] if below else []))
    title = f"{head}: {body}; {t('agg_docs', n=len(members))}" + (f"; {t('agg_below', n=below)}" if below else "")
    return label, f"{title}\n({t('agg_hint')})"


def build_view(lineage: dict, *, root_meta: dict | None = None, expanded: Iterable[str] = (),
               expected_for: Callable[[str], list[dict]] | None = None,
               max_children: int = MAX_CHILDREN, max_expanded: int = MAX_EXPANDED,
               relayed: set[tuple[str, str]] = frozenset(),
               confirmed: dict[tuple[str, str], str] | None = None) -> LineageView:
    """Fold a lineage result (CONTRACT JSON) into a drawable view. `relayed` holds the
    (child, parent) pairs known only from a relayed claim (drawn dashed); `confirmed` the
    (child, parent) links a person confirmed on review, with the words to show."""
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
    edges = drawn_edges(lineage["edges"], nodes, children, relayed)
    view = LineageView(root, lineage.get("direction", "down"), nodes, edges, len(docs), shown)
    drawn = {(a, b) for a, b, _, _ in edges}
    view.confirmed = {(parent_id, child): words for (child, parent_id), words in (confirmed or {}).items()
                      if (parent_id, child) in drawn}
    depth = {root: 0, **{d: docs[d].get("depth", 1) for d in docs}}
    sign = -1 if view.direction == "up" else 1          # looking up, the root's parents are above it
    order = {n.id: (sign * depth.get(n.members[0] if n.members else n.id, 1), i) for i, n in enumerate(nodes)}
    view.routes = lay_out(nodes, edges, order)
    return view


def drawn_edges(lineage_edges: list[dict], nodes: list[ViewNode], children: dict[str, list[str]],
                relayed: set[tuple[str, str]]) -> list[tuple[str, str, str, bool]]:
    """Every lineage edge, each end on the node that shows it (a folded document on its group);
    (directive, implementer, relation, relayed), one per pair, relayed only when every link is."""
    shown_as = {n.id: n.id for n in nodes if n.kind in ("root", "document")}
    for group in (n for n in nodes if n.kind == "aggregate"):
        for member in group.members:
            for doc in _subtree(member, children):
                shown_as.setdefault(doc, group.id)
    pairs: dict[tuple[str, str], tuple[str, bool]] = {}
    for edge in lineage_edges:
        child, parent = edge["from"], edge["to"]
        upper, lower = shown_as.get(parent), shown_as.get(child)
        if upper is None or lower is None or upper == lower:
            continue
        was = pairs.get((upper, lower))
        is_relayed = (child, parent) in relayed and (was is None or was[1])
        pairs[(upper, lower)] = (edge.get("relation") or "", is_relayed)
    return [(a, b, relation, is_relayed) for (a, b), (relation, is_relayed) in pairs.items()]


def expand_options(view: LineageView, expanded: Iterable[str]) -> dict[str, str]:
    """Groups the user can open (aggregates) or has opened, with readable names."""
    options = {a.id: a.label.replace("\n", " ") for a in view.aggregates if not a.id.endswith("|rest")}
    for key in expanded:
        _, _, province, level = (key.split("|") + ["", "", "", ""])[:4]
        options.setdefault(key, f"{province or t('unknown_place')} · {level_name(level or None)}")
    return options


def view_csv(lineage: dict, confirmed: dict[tuple[str, str], str] | None = None) -> bytes:
    """Every document of the lineage (not only the drawn ones), dates dd/mm/yyyy, parents by name,
    and the links to its parents a person confirmed on review (`confirmed`: (child, parent) -> words)."""
    import csv
    import io
    names = {d["doc_id"]: doc_name(d) for d in [lineage["root"], *lineage["documents"]]}
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([t(k) for k in ("col_document", "col_symbol", "col_type", "col_date", "col_issuer", "col_level",
                                    "col_province", "col_depth", "col_in_store", "col_parent", "col_review")])
    for d in lineage["documents"]:
        writer.writerow([names[d["doc_id"]], d.get("symbol") or "", type_name(d.get("doc_type")), fmt_date(d.get("date")),
                         d.get("issuer") or "", level_name(d.get("level")), d.get("province") or "", d.get("depth"),
                         t("yes") if d.get("ingested") else t("not_ingested"),
                         "; ".join(names.get(p, p) for p in d.get("parents") or []),
                         "; ".join(confirmed[(d["doc_id"], p)] for p in d.get("parents") or []
                                   if (d["doc_id"], p) in (confirmed or {}))])
    return out.getvalue().encode("utf-8-sig")
