#!/usr/bin/env python3
"""Score the extractor against the labelled set.

    python benchmarks/score_extraction.py [--set tests/fixtures/labelled] [--json]
                                          [--records FILE] [--misses N]
    python -m benchmarks.score_extraction --real [--verbose] [--record]   (real-world corpus)

Runs ``cascade extract <set>/docs --format jsonl`` (or ``python -m cascade.cli extract ...``
when the ``cascade`` command is not installed), matches the records to
``<set>/answers.jsonl`` by file name and prints precision / recall / F1 for parent references
(strict: (symbol, relation) with relation in implements|based_on; relaxed: symbol only),
mentions and relayed claims; accuracy for the own symbol, date, issuer level, issuer system,
doc_type and locality; per-quirk parent recall; and the list of misses.

``--records FILE`` scores a saved jsonl instead of running the CLI.  Exit code 0 whatever the
scores; 1 only when the extractor cannot be run (or the records file cannot be read).
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import subprocess
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SET = ROOT / "tests" / "fixtures" / "labelled"
PARENT_RELATIONS = {"implements", "based_on"}


# --------------------------------------------------------------------------------------------
# Loading
# --------------------------------------------------------------------------------------------

def load_answers(set_dir: Path) -> dict[str, dict]:
    out = {}
    with open(set_dir / "answers.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                a = json.loads(line)
                out[a["file"]] = a
    return out


def parse_jsonl(text: str) -> tuple[list[dict], list[str]]:
    records, bad = [], []
    for line in text.splitlines():
        line = line.strip()
        if not line:
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError:
            bad.append(line[:120])
            continue
        if isinstance(rec, dict):
            records.append(rec)
    return records, bad


def run_extractor(docs_dir: Path, timeout: int) -> tuple[list[dict], str]:
    """Run the CLI; return (records, stderr). Raise RuntimeError when it cannot run at all."""
    exe = shutil.which("cascade")
    cmd = ([exe] if exe else [sys.executable, "-m", "cascade.cli"]) + ["extract", str(docs_dir), "--format", "jsonl"]
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.setdefault("PYTHONIOENCODING", "utf-8")
    try:
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, encoding="utf-8",
                              errors="replace", timeout=timeout, env=env)
    except FileNotFoundError as e:
        raise RuntimeError(f"cannot start the extractor ({' '.join(cmd)}): {e}") from e
    except subprocess.TimeoutExpired as e:
        raise RuntimeError(f"the extractor did not finish within {timeout}s: {' '.join(cmd)}") from e
    records, bad = parse_jsonl(proc.stdout)
    # Exit 1 means "some file failed, the others were processed" (CONTRACT); only a run that
    # produced no record at all counts as "cannot run".
    if not records:
        tail = "\n".join(proc.stderr.strip().splitlines()[-15:])
        raise RuntimeError(f"the extractor produced no records (exit {proc.returncode}): {' '.join(cmd)}\n{tail}")
    if bad:
        proc_stderr = proc.stderr + f"\n[score] {len(bad)} stdout line(s) were not JSON, e.g. {bad[0]!r}"
    else:
        proc_stderr = proc.stderr
    return records, proc_stderr


# --------------------------------------------------------------------------------------------
# Normalisation of what we compare
# --------------------------------------------------------------------------------------------

def nfc(s):
    return unicodedata.normalize("NFC", s).strip() if isinstance(s, str) else s


def fold(s: str | None) -> str:
    """Accent-, case- and tone-placement-insensitive form for fuzzy name comparison."""
    if not s:
        return ""
    s = unicodedata.normalize("NFD", s.replace("Đ", "D").replace("đ", "d").replace("Ð", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.lower().split())


def locality_match(exp: str | None, got: str | None) -> bool:
    if exp is None:
        return not got
    e, g = fold(exp), fold(got)
    return bool(g) and (e == g or e in g or g in e)


def record_parents(rec: dict) -> set[tuple[str, str]]:
    out = set()
    for ref in rec.get("references") or []:
        rel = (ref.get("relation") or "").lower()
        sym = nfc(ref.get("symbol"))
        if sym and rel in PARENT_RELATIONS:
            out.add((sym, rel))
    return out


def record_mentions(rec: dict) -> set[str]:
    out = set()
    for ref in rec.get("references") or []:
        rel = (ref.get("relation") or "").lower()
        sym = nfc(ref.get("symbol"))
        if sym and rel not in PARENT_RELATIONS:
            out.add(sym)
    return out


def record_relayed(rec: dict) -> set[tuple[str, str]]:
    out = set()
    for r in rec.get("relayed") or []:
        c, p = nfc(r.get("child")), nfc(r.get("parent"))
        if c and p:
            out.add((c, p))
    return out


def issuer_field(rec: dict, key: str):
    iss = rec.get("issuer")
    return iss.get(key) if isinstance(iss, dict) else None


# --------------------------------------------------------------------------------------------
# Scoring
# --------------------------------------------------------------------------------------------

class PRF:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, exp: set, got: set):
        self.tp += len(exp & got)
        self.fp += len(got - exp)
        self.fn += len(exp - got)

    def figures(self) -> dict:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else (1.0 if not self.fn else 0.0)
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


class Acc:
    def __init__(self):
        self.ok = self.n = 0

    def add(self, good: bool):
        self.n += 1
        self.ok += bool(good)

    def figures(self) -> dict:
        return {"accuracy": round(self.ok / self.n, 4) if self.n else None, "correct": self.ok, "total": self.n}


def score(answers: dict[str, dict], records: list[dict]) -> dict:
    by_file: dict[str, dict] = {}
    unmatched = []
    for rec in records:
        name = Path(str(rec.get("source") or "")).name
        if name in answers:
            by_file[name] = rec
        else:
            unmatched.append(name or "<no source>")

    parents_strict, parents_relaxed, mentions, relayed = PRF(), PRF(), PRF(), PRF()
    acc = {k: Acc() for k in ("symbol", "date", "issuer_level", "issuer_system", "doc_type", "locality")}
    per_quirk = defaultdict(lambda: {"docs": 0, "strict": PRF(), "relaxed": PRF(), "symbol": Acc(), "date": Acc()})
    misses = []
    missing_files = []

    for fname, a in sorted(answers.items()):
        rec = by_file.get(fname)
        if rec is None:
            missing_files.append(fname)
            rec = {}
        exp_par = {(p["symbol"], p["relation"]) for p in a["parents"]}
        got_par = record_parents(rec)
        exp_rel = {s for s, _ in exp_par}
        got_rel = {s for s, _ in got_par}
        parents_strict.add(exp_par, got_par)
        parents_relaxed.add(exp_rel, got_rel)

        exp_relayed = {(r["child"], r["parent"]) for r in a.get("relayed", [])}
        got_relayed = record_relayed(rec)
        relayed.add(exp_relayed, got_relayed)

        # Mentions: the document's own symbol, its parents (expected or found) and the parents'
        # parents (unless labelled as mentions too) are neither credited nor penalised here.
        exp_mentions = set(a.get("mentions", []))
        ignore = {a.get("symbol")} | exp_rel | got_rel | ({p for _, p in exp_relayed} - exp_mentions)
        exp_men = exp_mentions - ignore
        got_men = record_mentions(rec) - ignore
        mentions.add(exp_men, got_men)

        got_symbol = nfc(rec.get("symbol"))
        got_date = rec.get("date")
        got_level = issuer_field(rec, "level")
        got_system = issuer_field(rec, "system")
        got_type = nfc(rec.get("doc_type"))
        got_loc = issuer_field(rec, "locality")
        checks = {
            "symbol": (a["symbol"], got_symbol, got_symbol == a["symbol"]),
            "date": (a["date"], got_date, got_date == a["date"]),
            "issuer_level": (a["issuer_level"], got_level, got_level == a["issuer_level"]),
            "issuer_system": (a["issuer_system"], got_system, got_system == a["issuer_system"]),
            "doc_type": (a["doc_type"], got_type, fold(got_type) == fold(a["doc_type"])),
            "locality": (a["locality"], got_loc, locality_match(a["locality"], got_loc)),
        }
        for k, (_, _, good) in checks.items():
            acc[k].add(good)
            if not good:
                misses.append({"file": fname, "field": k, "expected": checks[k][0], "got": checks[k][1]})
        if exp_par != got_par:
            misses.append({"file": fname, "field": "parents",
                           "expected": sorted(f"{s} {r}" for s, r in exp_par - got_par),
                           "got": sorted(f"{s} {r}" for s, r in got_par - exp_par)})
        if exp_men != got_men:
            misses.append({"file": fname, "field": "mentions", "expected": sorted(exp_men - got_men),
                           "got": sorted(got_men - exp_men)})
        if exp_relayed != got_relayed:
            misses.append({"file": fname, "field": "relayed",
                           "expected": sorted(f"{c} <- {p}" for c, p in exp_relayed - got_relayed),
                           "got": sorted(f"{c} <- {p}" for c, p in got_relayed - exp_relayed)})

        for q in a.get("quirks", []) + ["format:" + a.get("format", "?")] + (["encoding:" + a["encoding"]] if a.get("encoding") else []):
            pq = per_quirk[q]
            pq["docs"] += 1
            pq["strict"].add(exp_par, got_par)
            pq["relaxed"].add(exp_rel, got_rel)
            pq["symbol"].add(checks["symbol"][2])
            pq["date"].add(checks["date"][2])

    quirk_table = {}
    for q, pq in sorted(per_quirk.items()):
        s, r = pq["strict"].figures(), pq["relaxed"].figures()
        quirk_table[q] = {"docs": pq["docs"], "parents_expected": s["tp"] + s["fn"],
                          "parent_recall_strict": s["recall"] if s["tp"] + s["fn"] else None,
                          "parent_recall_relaxed": r["recall"] if r["tp"] + r["fn"] else None,
                          "symbol_accuracy": pq["symbol"].figures()["accuracy"],
                          "date_accuracy": pq["date"].figures()["accuracy"]}
    return {
        "documents": len(answers), "records": len(records), "matched": len(by_file),
        "missing_records": missing_files, "unmatched_records": unmatched,
        "parents_strict": parents_strict.figures(), "parents_relaxed": parents_relaxed.figures(),
        "mentions": mentions.figures(), "relayed": relayed.figures(),
        "accuracy": {k: v.figures() for k, v in acc.items()},
        "per_quirk": quirk_table, "misses": misses,
    }


# --------------------------------------------------------------------------------------------
# Output
# --------------------------------------------------------------------------------------------

def pct(x):
    return "   -  " if x is None else f"{100 * x:5.1f}%"


def print_report(res: dict, max_misses: int, out=sys.stdout):
    w = out.write
    w(f"Labelled set: {res['documents']} documents; records: {res['records']}; matched: {res['matched']}\n")
    if res["missing_records"]:
        w(f"  no record for {len(res['missing_records'])} file(s): {', '.join(res['missing_records'])}\n")
    if res["unmatched_records"]:
        w(f"  records for unknown files: {', '.join(res['unmatched_records'])}\n")
    w("\n{:<28}{:>10}{:>10}{:>10}{:>7}{:>7}{:>7}\n".format("set scores", "precision", "recall", "F1", "tp", "fp", "fn"))
    for key, label in (("parents_strict", "parents (symbol+relation)"), ("parents_relaxed", "parents (symbol only)"),
                       ("mentions", "mentions"), ("relayed", "relayed (child<-parent)")):
        f = res[key]
        w("{:<28}{:>10}{:>10}{:>10}{:>7}{:>7}{:>7}\n".format(label, pct(f["precision"]), pct(f["recall"]), pct(f["f1"]), f["tp"], f["fp"], f["fn"]))
    w("\n{:<28}{:>10}{:>10}\n".format("field", "accuracy", "correct"))
    for k, f in res["accuracy"].items():
        w("{:<28}{:>10}{:>10}\n".format(k, pct(f["accuracy"]), f"{f['correct']}/{f['total']}"))
    w("\n{:<26}{:>5}{:>8}{:>10}{:>10}{:>9}{:>8}\n".format("quirk", "docs", "parents", "recall", "relaxed", "symbol", "date"))
    for q, f in res["per_quirk"].items():
        w("{:<26}{:>5}{:>8}{:>10}{:>10}{:>9}{:>8}\n".format(q[:25], f["docs"], f["parents_expected"], pct(f["parent_recall_strict"]),
                                                          pct(f["parent_recall_relaxed"]), pct(f["symbol_accuracy"]), pct(f["date_accuracy"])))
    misses = res["misses"]
    w(f"\nmisses ({len(misses)}{', first ' + str(max_misses) if len(misses) > max_misses else ''}):\n")
    for m in misses[:max_misses]:
        w(f"  {m['file']:<40} {m['field']:<14} expected={json.dumps(m['expected'], ensure_ascii=False)} got={json.dumps(m['got'], ensure_ascii=False)}\n")


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--real" in argv:   # the real-world corpus, per split: benchmarks/score_real.py
        from benchmarks import score_real
        return score_real.main([a for a in argv if a != "--real"])
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` should not print a traceback
    ap = argparse.ArgumentParser(description="Score the extractor on the labelled set.")
    ap.add_argument("--set", type=Path, default=DEFAULT_SET, help="folder with answers.jsonl and docs/")
    ap.add_argument("--records", type=Path, help="score this saved jsonl instead of running the CLI")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--misses", type=int, default=200, help="how many misses to list (table output)")
    ap.add_argument("--timeout", type=int, default=600)
    args = ap.parse_args(argv)

    set_dir = args.set if args.set.is_absolute() else (Path.cwd() / args.set)
    try:
        answers = load_answers(set_dir)
    except OSError as e:
        print(f"score_extraction: cannot read the labelled set: {e}", file=sys.stderr)
        return 1
    docs_dir = set_dir / "docs" if (set_dir / "docs").is_dir() else set_dir
    stderr = ""
    if args.records:
        try:
            records, bad = parse_jsonl(args.records.read_text(encoding="utf-8"))
        except OSError as e:
            print(f"score_extraction: cannot read {args.records}: {e}", file=sys.stderr)
            return 1
        if bad:
            print(f"score_extraction: {len(bad)} line(s) in {args.records} are not JSON", file=sys.stderr)
    else:
        try:
            records, stderr = run_extractor(docs_dir, args.timeout)
        except RuntimeError as e:
            print(f"score_extraction: {e}", file=sys.stderr)
            return 1
    res = score(answers, records)
    if args.json:
        print(json.dumps(res, ensure_ascii=False, indent=1))
    else:
        print_report(res, args.misses)
    if stderr.strip():
        print(f"[extractor stderr: {len(stderr.splitlines())} line(s); last: {stderr.strip().splitlines()[-1][:200]}]", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
