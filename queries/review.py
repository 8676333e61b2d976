"""Review (issue 11, item 7): a person confirms or rejects what the reading is unsure of — a unit's
answer through its counterpart or through a citation without a number, a unit the registry cannot
place — for one row of a document's gaps. Decisions are kept with who and when in
``<store>/reviews.jsonl`` (append only, so every decision and its undoing stay on record), keyed by
the document id of ROOT and the unit's body id: both are stable across re-extraction and re-ingest.

A confirmed row says so; a row whose possible answers cite, without a number, one of several
documents is confirmed with the document chosen (`choice`; the only one in ROOT's lineage when
none is given): the answer then counts; a rejected answer is not counted (the unit falls back to missing, overdue
or not due); an undone decision no longer applies. The CLI (`cascade review`) and the app read the
same file, over either backend, since reviews apply to the result of queries.gaps."""
from __future__ import annotations

import datetime as dt
import json
import uuid
from pathlib import Path

from explorer.i18n import fmt_date
from queries.gaps import document_of, status_of, summary_of
from queries.reasons import LANGS, document_words, reasons

FILE_NAME = "reviews.jsonl"
DECISIONS = ("confirm", "reject")
SENTENCES = {"confirm": ("Đã xác nhận: {who}, ngày {date}.", "Confirmed by {who} on {date}."),
             "reject": ("Đã bác bỏ văn bản trả lời: {who}, ngày {date}.", "Answer rejected by {who} on {date}."),
             "choice": ("Văn bản được dẫn là {document}.", "The document cited is {document}.")}


class ReviewError(ValueError):
    """A decision that cannot be recorded (unknown decision, no such review to undo)."""


class ReviewLog:
    def __init__(self, folder: str | Path) -> None:
        self.path = Path(folder) / FILE_NAME

    def entries(self) -> list[dict]:
        if not self.path.exists():
            return []
        with self.path.open(encoding="utf-8") as handle:
            return [json.loads(line) for line in handle if line.strip()]

    def _append(self, entry: dict) -> dict:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with self.path.open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(entry, ensure_ascii=False) + "\n")
        return entry

    def decide(self, root: str, body_id: str, decision: str, who: str, note: str = "", choice: str = "") -> dict:
        """Record a decision; `choice`: the document a confirmed citation without a number names."""
        if decision not in DECISIONS:
            raise ReviewError(f"decision must be one of {', '.join(DECISIONS)}, not {decision!r}")
        if not who.strip():
            raise ReviewError("a decision needs the name of who takes it")
        if choice and decision != "confirm":
            raise ReviewError("only a confirmation chooses a document")
        entry = {"id": uuid.uuid4().hex[:12], "root": root, "body_id": body_id, "decision": decision,
                 "who": who.strip(), "when": _now(), "note": note}
        return self._append(dict(entry, choice=choice) if choice else entry)

    def undo(self, review_id: str, who: str) -> dict:
        if review_id not in {e.get("id") for e in self.entries() if "decision" in e}:
            raise ReviewError(f"no review {review_id}")
        return self._append({"undo": review_id, "who": who.strip(), "when": _now()})

    def current(self) -> dict[tuple[str, str], dict]:
        """The decision in force for each (root, body_id): the latest one not undone."""
        entries = self.entries()
        undone = {e["undo"] for e in entries if "undo" in e}
        found: dict[tuple[str, str], dict] = {}
        for entry in entries:
            if "decision" in entry and entry["id"] not in undone:
                found[(entry["root"], entry["body_id"])] = entry
        return found


def apply_reviews(result: dict, log: ReviewLog) -> dict:
    """The gaps JSON with the decisions in force: each reviewed row gets `review` and a sentence
    in `reasons`; a rejected answer no longer covers its unit."""
    return apply_decisions(result, log.current())


def apply_decisions(result: dict, decisions: dict[tuple[str, str], dict]) -> dict:
    """apply_reviews with the decisions in force given ({(root, body_id): entry}: a log's, or
    those a snapshot carries)."""
    root = result["root"]["doc_id"]
    for row in result["expected"]:
        decision = decisions.get((root, row["body_id"]))
        if decision is None:
            continue
        row["review"] = {k: decision[k] for k in ("id", "decision", "who", "when", "note")}
        chosen = None
        if decision["decision"] == "confirm" and row.get("possible_answers"):
            chosen = _choose(row, decision.get("choice"), result["as_of"])
            row["review"]["choice"] = chosen["doc_id"] if chosen else decision.get("choice") or None
        if decision["decision"] == "reject" and row["status"] in ("covered", "late"):
            due = row.get("deadline")
            row.update(documents=[], answers=[], answered_on=None, answered_via=None,
                       status=status_of(True, [], due, result["as_of"]))
            row["reasons"] = reasons(dict(row, as_of=result["as_of"]), [], row.get("assigned") or row["unit"])
        for index, lang in enumerate(LANGS):
            sentence = SENTENCES[decision["decision"]][index].format(who=decision["who"],
                                                                     date=fmt_date(decision["when"]))
            if chosen:
                sentence += " " + SENTENCES["choice"][index].format(document=document_words(chosen, lang))
            row["reasons"][lang] = f"{row['reasons'][lang]} {sentence}"
        row["reason"] = row["reasons"]["vi"]
    result["summary"].update(summary_of(result["expected"]))
    return result


def _choose(row: dict, choice: str | None, as_of: str) -> dict | None:
    """A confirmation of a row with possible answers: the document chosen (by `choice`, else the
    only candidate in ROOT's lineage). When it is in the lineage, the answer citing it counts: the
    row becomes covered or late. Returns the chosen candidate, or None when none can be told."""
    fits = [(answer, c) for answer in row["possible_answers"] for c in answer["candidates"]
            if (c["doc_id"] == choice if choice else c["in_lineage"])]
    if len(fits) != 1:
        return None
    answer, chosen = fits[0]
    if chosen["in_lineage"]:
        doc = document_of((answer["doc_id"], answer["date"], answer["symbol"], answer["doc_type"]))
        row.update(documents=[doc["doc_id"]], answers=[doc], answered_on=doc["date"], possible_answers=[],
                   status=status_of(True, [doc["date"]], row.get("deadline"), as_of))
    else:
        row["possible_answers"] = []
    row["reasons"] = reasons(dict(row, as_of=as_of), row["answers"], row.get("assigned") or row["unit"])
    return chosen


def needs_review(row: dict) -> bool:
    """A row whose reading a person should check: an answer through a counterpart, a possible
    answer citing one of several documents, or a unit the registry cannot place."""
    return bool(row.get("answered_via")) or bool(row.get("possible_answers")) or row["status"] == "unplaced"


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
