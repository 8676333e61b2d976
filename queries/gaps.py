"""Gaps: the units ROOT directs to issue a follow-up document, each with its status.

Expected units come from ROOT's ASSIGNS edges (a named unit, or a class of units expanded
through the registry at ROOT's date). A unit is covered when it issued a document whose
parent is ROOT or a descendant of ROOT, or when its counterpart did (the Government for the
Ban cán sự đảng Chính phủ: domain/counterparts.py); late when that document is dated after the
deadline; otherwise missing: overdue once the deadline has passed as of --as-of, not_due before
it. A unit the registry could not place is listed as such ("unplaced"), never dropped. Each
row carries one sentence per language saying why (queries/reasons.py). A unit without an answer
whose document cites, without a number, something several documents fit (one of them ROOT or
below it) lists that document and every candidate in `possible_answers`: none is chosen until a
person confirms one (queries/review.py)."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import networkx as nx

from domain.counterparts import counterparts
from domain.registry import Registry
from explorer.i18n import UNPLACED_BODY
from queries.lineage import CANDIDATE, lineage
from queries.reasons import reasons
from queries.resolve import describe

STATUSES = ("covered", "late", "missing", "overdue", "not_due", "unplaced")
UNPLACED_PREFIX = "?"     # body ids of units "Tổ chức thực hiện" names that the registry cannot place


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
    if body not in graph:
        return []
    found = [d for d, _, key in graph.in_edges(body, keys=True) if key == "ISSUED_BY"]
    for board, _, key in graph.in_edges(body, keys=True):
        if key == "SUBORDINATE_OF" and board.startswith(body + "/"):
            found += [d for d, _, k in graph.in_edges(board, keys=True) if k == "ISSUED_BY"]
    return found


def answer_row(graph: nx.MultiDiGraph, doc: str) -> tuple:
    data = graph.nodes[doc]
    return (doc, data.get("date"), data.get("symbol"), data.get("doc_type"))


def possible_rows(graph: nx.MultiDiGraph, body: str, root: str, descendants: set[str]) -> list[tuple]:
    """(doc_id, date, symbol, doc_type, cited words, ((candidate, date, symbol, doc_type, in ROOT's
    lineage), ...)) for the body's documents outside ROOT's lineage whose citation without a number
    several documents fit, one at least ROOT or below it."""
    found = []
    for doc in sorted(set(issued_by(graph, body)) - descendants - {root}):
        by_text: dict[str, list[tuple]] = {}
        for _, parent, key, data in graph.out_edges(doc, keys=True, data=True):
            if key == CANDIDATE:
                by_text.setdefault(data.get("text") or "", []).append(
                    answer_row(graph, parent) + (parent == root or parent in descendants,))
        for text, candidates in sorted(by_text.items()):
            if any(c[4] for c in candidates):
                found.append(answer_row(graph, doc) + (text, tuple(sorted(candidates))))
    return found


def counterpart_ids(bodies: list[str], root_date: str | None) -> list[str]:
    """Every counterpart of the expected bodies on ROOT's date (what the backends must fetch)."""
    registry, on = Registry.load(), _day(root_date)
    return sorted({c.body_id for body in bodies for c in counterparts(body, registry, on)})


def unanswered(bodies: list[str], answers: dict[str, list], root_date: str | None) -> list[str]:
    """The expected bodies with no answer of their own or of a counterpart: the only rows whose
    possible answers gaps_result shows (what the backends look for)."""
    registry, on = Registry.load(), _day(root_date)
    return [body for body in bodies if not answers.get(body)
            and not any(answers.get(c.body_id) for c in counterparts(body, registry, on))]


def gaps(graph: nx.MultiDiGraph, root: str, as_of: str | None = None) -> GapsResult:
    descendants = {d["doc_id"] for d in lineage(graph, root, "down").documents}
    assignments = {}
    for _, body, key, data in graph.out_edges(root, keys=True, data=True):
        if data.get("relation") == "ASSIGNS" and data.get("expects_plan") and body not in assignments:
            assignments[body] = data
    described = describe(graph, root)
    wanted = list(assignments) + counterpart_ids(list(assignments), described.get("date"))
    answers = {body: [answer_row(graph, d) for d in sorted(issued_by(graph, body)) if d in descendants]
               for body in wanted}
    possible = {body: possible_rows(graph, body, root, descendants)
                for body in unanswered(list(assignments), answers, described.get("date"))}
    return gaps_result(described, as_of, assignments, {b: graph.nodes[b] for b in assignments}, answers, possible)


def gaps_result(root: dict, as_of: str | None, assignments: dict[str, dict], bodies: dict[str, dict],
                answers: dict[str, list[tuple]], possible: dict[str, list[tuple]] | None = None) -> GapsResult:
    """The result from what the graph holds (shared by the networkx and Neo4j backends):
    assignments {body_id: the first ASSIGNS edge's attributes that expects a plan},
    bodies {body_id: attributes}, answers {body_id: [(doc_id, date, symbol, doc_type)] sorted
    by doc_id: the documents the body (or one of its boards) issued that descend from ROOT},
    for the expected bodies and for their counterparts (counterpart_ids)."""
    as_of = as_of or dt.date.today().isoformat()
    deadlines = sorted(a["deadline"] for a in assignments.values() if a.get("deadline"))
    deadline = deadlines[0] if deadlines else None
    registry, root_day = Registry.load(), _day(root.get("date"))
    result = GapsResult(root=root, deadline=deadline, as_of=as_of)
    possible = possible or {}
    for body, assignment in sorted(assignments.items()):
        data = bodies[body]
        due = assignment.get("deadline") or deadline
        found, via = list(answers.get(body, [])), None
        if not found:
            for partner in counterparts(body, registry, root_day):
                if answers.get(partner.body_id):
                    found, via = list(answers[partner.body_id]), partner.name
                    break
        dates = [row[1] for row in found]
        placed = not body.startswith(UNPLACED_PREFIX)
        status = status_of(placed, dates, due, as_of)
        row = {
            "body": (data.get("name") or assignment.get("unit") or "") if placed else UNPLACED_BODY[0],
            "body_id": body, "unit": unit_name(data) if placed else data.get("name") or assignment.get("unit"),
            "level": data.get("level"), "province": data.get("province"), "status": status,
            "documents": [row[0] for row in found], "deadline": due,
            "answered_on": min((d for d in dates if d), default=None), "answered_via": via,
            "span": assignment.get("span"), "as_of": as_of, "assigned": assignment.get("unit") or "",
        }
        docs = [document_of(r) for r in found]
        row["answers"] = docs
        row["possible_answers"] = [] if found or not placed else [
            dict(document_of(r), cites=r[4], candidates=[dict(document_of(c), in_lineage=c[4]) for c in r[5]])
            for r in possible.get(body, [])]
        row["reasons"] = reasons(row, docs, assignment.get("unit") or row["unit"])
        row["reason"] = row["reasons"]["vi"]
        del row["as_of"]
        result.expected.append(row)
    result.summary = summary_of(result.expected)
    return result


def summary_of(expected: list[dict]) -> dict:
    """The counts of a gaps result; "missing" counts every unit with no answer (overdue or not)."""
    counts = {status: sum(1 for e in expected if e["status"] == status) for status in STATUSES}
    return {"expected": len(expected), "covered": counts["covered"], "late": counts["late"],
            "missing": counts["missing"] + counts["overdue"] + counts["not_due"],
            "overdue": counts["overdue"], "not_due": counts["not_due"], "unplaced": counts["unplaced"]}


def status_of(placed: bool, dates: list[str | None], due: str | None, as_of: str) -> str:
    """A unit's status from the dates of its answers (none: not answered) and its deadline."""
    if not placed:
        return "unplaced"
    if dates:
        return "covered" if any(not due or not d or d <= due for d in dates) else "late"
    if due:
        return "overdue" if as_of > due else "not_due"
    return "missing"


def document_of(row: tuple) -> dict:
    """A document of the result from an answer row (doc_id, date, symbol, doc_type, ...)."""
    return {"doc_id": row[0], "symbol": row[2], "doc_type": row[3], "date": row[1]}


def _day(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None
