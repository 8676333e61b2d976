"""A synthetic national cascade, for tests and timings of the folded lineage view."""
from __future__ import annotations

import networkx as nx


def national_cascade(provinces: int = 63, communes: int = 48) -> nx.MultiDiGraph:
    """A central resolution, one plan per province, one plan per commune: 3,000+ descendants.
    Each province plan assigns 80 communes; `communes` of them answered."""
    g = nx.MultiDiGraph()
    g.add_node("TW:NQ:1", kind="document", ingested=True, symbol="01-NQ/TW", level="central", system="party",
               date="2025-01-01", issuer="Bộ Chính trị")
    for p in range(provinces):
        province = f"Tỉnh {p:02d}"
        plan = f"tu.{p}:KH:1"
        g.add_node(plan, kind="document", ingested=True, symbol=f"{p + 1}-KH/TU", level="province", system="party",
                   province=province, date="2025-02-01", issuer=f"Tỉnh ủy {province}")
        g.add_edge(plan, "TW:NQ:1", key="IMPLEMENTS", relation="IMPLEMENTS")
        for c in range(80):
            body = f"xa.{p}.{c}"
            g.add_node(body, kind="body", name=f"Đảng ủy xã {p}-{c}", level="commune", province=province)
            g.add_edge(plan, body, key=f"ASSIGNS:{c}", relation="ASSIGNS", expects_plan=True, deadline="2025-03-01")
            if c < communes:
                doc = f"xa.{p}.{c}:KH:1"
                g.add_node(doc, kind="document", ingested=True, symbol=f"{c + 1}-KH/ĐU", level="commune",
                           system="party", province=province, date="2025-02-20", issuer=f"Đảng ủy xã {p}-{c}")
                g.add_edge(doc, plan, key="IMPLEMENTS", relation="IMPLEMENTS")
                g.add_edge(doc, body, key="ISSUED_BY", relation="ISSUED_BY")
    return g
