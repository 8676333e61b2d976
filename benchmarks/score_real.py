"""Score the extractor on the real-world corpus (tests/fixtures/real), per split.

    python -m benchmarks.score_extraction --real [--verbose] [--record] [--split dev|test|all]

Runs `cascade extract` over tests/fixtures/real/texts, scores each split with the rules of the
shared scorer (tools/real_corpus/score_extract.py, the copy of ../shared/eval/score_extract.py),
and compares with the figures recorded in benchmarks/real_scores.json: the documents gained and
lost, and every figure that dropped. Exit 1 when a figure drops below what is recorded.
`--record` writes the current figures as the new record (do it when a change is finished).

The test split is scored, never read: --verbose lists the misses of the dev split only.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "fixtures" / "real"
RECORDED = ROOT / "benchmarks" / "real_scores.json"
FIELDS = ("symbol", "doc_type", "date", "issuer_level", "parents_precision", "parents_recall", "parents_f1")
# A figure may move by rounding only: anything below the record by more is a drop.
TOLERANCE = 1e-9


def _load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


scorer = _load("score_extract", ROOT / "tools" / "real_corpus" / "score_extract.py")
splits = _load("real_split", ROOT / "tools" / "real_corpus" / "split.py")


def load_gold() -> dict[str, dict]:
    gold = {}
    for path in sorted((REAL / "gold").glob("*.json")):
        label = json.loads(path.read_text(encoding="utf-8"))
        if label.get("is_document", True):
            gold[label["file"]] = label
    return gold


def judge(label: dict, record: dict) -> dict:
    """One document, as the shared scorer judges it."""
    norm = scorer.norm_symbol
    expected = {norm(p["symbol"]) for p in label.get("parents", []) if norm(p.get("symbol")) and not p.get("optional")}
    optional = {norm(p["symbol"]) for p in label.get("parents", []) if p.get("optional")}
    found = scorer.parents_of(record) - optional
    level = label.get("issuer_level")
    return {
        "symbol": norm(label.get("symbol")) == norm(record.get("symbol")),
        "doc_type": scorer.norm_text(label.get("doc_type")) == scorer.norm_text(record.get("doc_type")),
        "date": (label.get("date") or None) == (record.get("date") or None),
        "issuer_level": None if not level else level == (record.get("issuer") or {}).get("level"),
        "tp": len(expected & found), "fp": len(found - expected), "fn": len(expected - found),
        "missed": sorted(expected - found), "extra": sorted(found - expected),
        "got": {"symbol": record.get("symbol"), "doc_type": record.get("doc_type"), "date": record.get("date"),
                "issuer_level": (record.get("issuer") or {}).get("level")},
    }


def figures(judged: dict[str, dict]) -> dict:
    n = len(judged)
    levelled = [j for j in judged.values() if j["issuer_level"] is not None]
    tp, fp, fn = (sum(j[k] for j in judged.values()) for k in ("tp", "fp", "fn"))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    def share(key: str, rows: list[dict]) -> float:
        return round(sum(j[key] for j in rows) / len(rows), 4) if rows else 0.0

    rows = list(judged.values())
    return {
        "documents": n,
        "symbol": share("symbol", rows), "doc_type": share("doc_type", rows), "date": share("date", rows),
        "issuer_level": share("issuer_level", levelled),
        "parents_precision": round(p, 4), "parents_recall": round(r, 4),
        "parents_f1": round(2 * p * r / (p + r), 4) if p + r else 0.0,
        "tp": tp, "fp": fp, "fn": fn,
    }


def perfect(j: dict) -> bool:
    return j["symbol"] and j["doc_type"] and j["date"] and j["issuer_level"] is not False and not j["fp"] and not j["fn"]


def score(records: list[dict]) -> dict:
    gold = load_gold()
    by_file = {Path(str(r.get("source", ""))).name: r for r in records}
    judged = {name: judge(label, by_file.get(name, {})) for name, label in gold.items()}
    result = {}
    for split in ("dev", "test"):
        part = {n: j for n, j in judged.items() if splits.split_of(n) == split}
        result[split] = {"figures": figures(part), "perfect": sorted(n for n, j in part.items() if perfect(j))}
    result["judged"] = judged
    result["layouts"] = _by_layout(gold, judged)
    return result


def _by_layout(gold: dict[str, dict], judged: dict[str, dict]) -> dict:
    """Parent recall per layout tag, over both splits (no document named)."""
    table = defaultdict(lambda: {"documents": 0, "tp": 0, "fn": 0})
    for name, label in gold.items():
        for tag in label.get("layout") or ["untagged"]:
            row = table[tag]
            row["documents"] += 1
            row["tp"] += judged[name]["tp"]
            row["fn"] += judged[name]["fn"]
    return dict(sorted(table.items()))


def compare(now: dict, recorded: dict) -> tuple[list[str], dict[str, list[str]]]:
    """Figures that dropped, and the documents gained and lost per split."""
    drops, moves = [], {}
    for split in ("dev", "test"):
        old = recorded.get(split)
        if not old:
            continue
        for field in FIELDS:
            if now[split]["figures"][field] < old["figures"][field] - TOLERANCE:
                drops.append(f"{split} {field}: {old['figures'][field]:.3f} -> {now[split]['figures'][field]:.3f}")
        was, is_ = set(old["perfect"]), set(now[split]["perfect"])
        moves[split] = {"gained": sorted(is_ - was), "lost": sorted(was - is_)}
    return drops, moves


def run(records_path: Path | None = None) -> dict:
    from benchmarks.score_extraction import parse_jsonl, run_extractor
    if records_path:
        records, _ = parse_jsonl(records_path.read_text(encoding="utf-8"))
    else:
        records, _ = run_extractor(REAL / "texts", timeout=900)
    return score(records)


def print_report(now: dict, recorded: dict, verbose: bool, shown=("dev", "test"), out=sys.stdout) -> list[str]:
    w = out.write
    w(f"{'split':<6}{'docs':>6}{'symbol':>8}{'type':>7}{'date':>7}{'level':>7}{'parent P':>10}{'R':>7}{'F1':>7}\n")
    for split in shown:
        f = now[split]["figures"]
        w(f"{split:<6}{f['documents']:>6}{f['symbol']:>8.3f}{f['doc_type']:>7.3f}{f['date']:>7.3f}{f['issuer_level']:>7.3f}"
          f"{f['parents_precision']:>10.3f}{f['parents_recall']:>7.3f}{f['parents_f1']:>7.3f}"
          f"   (tp={f['tp']} fp={f['fp']} fn={f['fn']})\n")
    w("\nparent recall by layout (both splits):\n" if shown == ("dev", "test") else "")
    for tag, row in (now["layouts"] if shown == ("dev", "test") else {}).items():
        expected = row["tp"] + row["fn"]
        recall = f"{row['tp'] / expected:.2f}" if expected else "  - "
        w(f"  {tag:<26}{row['documents']:>4} docs  {recall} of {expected}\n")
    drops, moves = compare(now, recorded)
    # A split not shown stays unseen: neither its drops nor its documents are printed (--split dev while working).
    drops = [d for d in drops if d.split(" ", 1)[0] in shown]
    for split, move in moves.items():
        if split not in shown:
            continue
        w(f"\n{split}: {len(move['gained'])} documents now read right, {len(move['lost'])} no longer"
          + (f" (lost: {', '.join(move['lost'])})" if move["lost"] else "") + "\n")
    if verbose:
        w("\ndev misses:\n")
        for name, j in sorted(now["judged"].items()):
            if splits.split_of(name) != "dev" or perfect(j):
                continue
            wrong = [k for k in ("symbol", "doc_type", "date", "issuer_level") if j[k] is False]
            got = " ".join(f"{k}={j['got'][k]!r}" for k in wrong)
            w(f"  {name}: {got}"
              f"{' missed=' + str(j['missed']) if j['missed'] else ''}{' extra=' + str(j['extra']) if j['extra'] else ''}\n")
    if drops:
        w("\nDROPPED below the record:\n" + "".join(f"  {d}\n" for d in drops))
    return drops


def record(now: dict) -> None:
    RECORDED.write_text(json.dumps({s: now[s] for s in ("dev", "test")}, ensure_ascii=False, indent=1) + "\n",
                        encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="Score the extractor on the real-world corpus, per split.")
    ap.add_argument("--records", type=Path, help="score this saved jsonl instead of running the CLI")
    ap.add_argument("--verbose", action="store_true", help="list the dev split's misses")
    ap.add_argument("--record", action="store_true", help="write the figures as the new record")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--split", choices=("dev", "test", "both"), default="both",
                    help="print one split only (while working: dev)")
    args = ap.parse_args(argv)
    now = run(args.records)
    recorded = json.loads(RECORDED.read_text(encoding="utf-8")) if RECORDED.exists() else {}
    if args.json:
        print(json.dumps({s: now[s]["figures"] for s in ("dev", "test")}, indent=1))
        drops = compare(now, recorded)[0]
    else:
        shown = ("dev", "test") if args.split == "both" else (args.split,)
        drops = print_report(now, recorded, args.verbose, shown)
    if args.record:
        record(now)
        print(f"recorded in {RECORDED.relative_to(ROOT)}")
        return 0
    return 1 if drops else 0
