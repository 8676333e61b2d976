"""Gaps: the units ROOT directs to issue a follow-up document, each with its status.

Expected units come from ROOT's ASSIGNS edges (a named unit, or a class of units expanded
through the registry at ROOT's date). A unit is covered when it issued a document whose
parent is ROOT or a descendant of ROOT; late when that document is dated after the deadline;
otherwise missing: overdue once the deadline has passed as of --as-of, not_due before it."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import networkx as nx

from queries.lineage import lineage
from queries.resolve import describe

STATUSES = ("covered", "late", "missing", "overdue", "not_due")


@dataclass
class GapsResult:
    root: dict
    deadline: str | None
    as_of: str
    expected: list[dict] = field(default_factory=list)
    summary: dict = field(default_factory=dict)

    def to_json(self) -> dict:
        return {"root": self.root, "deadline": self.deadline, "as_of": self.as_of,
                "expected": self.expected, "summary": self.summary}


def unit_name(data: dict) -> str:
    unit_type, locality = data.get("unit_type") or "", data.get("locality") or ""
    if unit_type and locality:
        return f"{unit_type[:1].upper()}{unit_type[1:]} {locality}"
    return data.get("name") or ""


def issued_by(graph: nx.MultiDiGraph, body: str) -> list[str]:
    """Documents issued by the body or by one of its boards ('hu.x/btg')."""
    found = [d for d, _, key in graph.in_edges(body, keys=True) if key == "ISSUED_BY"]
    for board, _, key in graph.in_edges(body, keys=True):
        if key == "SUBORDINATE_OF" and board.startswith(body + "/"):
            found += [d for d, _, k in graph.in_edges(board, keys=True) if k == "ISSUED_BY"]
    return found


def gaps(graph: nx.MultiDiGraph, root: str, as_of: str | None = None) -> GapsResult:
    descendants = {d["doc_id"] for d in lineage(graph, root, "down").documents}
    assignments = {}
    for _, body, key, data in graph.out_edges(root, keys=True, data=True):
        if data.get("relation") == "ASSIGNS" and data.get("expects_plan") and body not in assignments:
            assignments[body] = data
    answers = {body: [(d, graph.nodes[d].get("date")) for d in sorted(issued_by(graph, body)) if d in descendants]
               for body in assignments}
    return gaps_result(describe(graph, root), as_of, assignments, {b: graph.nodes[b] for b in assignments}, answers)


def gaps_result(root: dict, as_of: str | None, assignments: dict[str, dict], bodies: dict[str, dict],
                answers: dict[str, list[tuple[str, str | None]]]) -> GapsResult:
    """The result from what the graph holds (shared by the networkx and Neo4j backends):
    assignments {body_id: the first ASSIGNS edge's attributes that expects a plan},
    bodies {body_id: attributes}, answers {body_id: [(doc_id, date)] sorted by doc_id: the
    documents the body (or one of its boards) issued that descend from ROOT}."""
    as_of = as_of or dt.date.today().isoformat()
    deadlines = sorted(a["deadline"] for a in assignments.values() if a.get("deadline"))
    deadline = deadlines[0] if deadlines else None
    result = GapsResult(root=root, deadline=deadline, as_of=as_of)
    for body, assignment in sorted(assignments.items()):
        data = bodies[body]
        due = assignment.get("deadline") or deadline
        found = answers.get(body, [])
        dates = [date for _, date in found]
        if found:
            on_time = [d for d in dates if not due or not d or d <= due]
            status = "covered" if on_time else "late"
        elif due:
            status = "overdue" if as_of > due else "not_due"
        else:
            status = "missing"
        reason = f"'{assignment.get('unit')}'"
        if assignment.get("unit_class"):
            reason += f" in 'Tổ chức thực hiện' names a class of units; {assignment.get('evidence')}"
        else:
            reason += f" is directed by 'Tổ chức thực hiện': {assignment.get('evidence')}"
        result.expected.append({
            "body": data.get("name") or body, "body_id": body, "unit": unit_name(data), "level": data.get("level"),
            "province": data.get("province"), "status": status, "documents": [d for d, _ in found], "deadline": due,
            "answered_on": min((d for d in dates if d), default=None), "reason": reason,
            "span": assignment.get("span"),
        })
    counts = {status: sum(1 for e in result.expected if e["status"] == status) for status in STATUSES}
    result.summary = {"expected": len(result.expected), "covered": counts["covered"], "late": counts["late"],
                      "missing": counts["missing"] + counts["overdue"] + counts["not_due"],
                      "overdue": counts["overdue"], "not_due": counts["not_due"]}
    return result
