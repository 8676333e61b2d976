"""Extraction from scans against extraction from the same documents' text versions.

    python3 -m benchmarks.score_scan --docs 16 [--dpi 300] [--formats pdf]

Builds the scan set (benchmarks/scan_set.py: DEV texts of the real corpus), reads each scan through
the loaders (OCR, one core: CASCADE_OCR_WORKERS=1) and its text twin as .txt, and prints, per dpi,
the share of the text version's own symbols, dates, issuers and parent references that the scan
gives too, and OCR pages per second per core.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.scan_set import build  # noqa: E402
from domain.registry import Registry  # noqa: E402
from graph.ingest import extract_loaded  # noqa: E402
from loaders import load_path  # noqa: E402

PARENTS = ("implements", "based_on")


def facts(record) -> dict:
    return {"symbol": record.symbol, "date": record.date, "issuer": record.issuer.name,
            "parents": sorted({r.symbol for r in record.references if r.relation in PARENTS and r.symbol})}


def compare(text_facts: dict, scan_facts: dict, tally: dict) -> list[str]:
    """Add one document to `tally` ({field: [found, wanted]}); return what the scan missed."""
    missed = []
    for name in ("symbol", "date", "issuer"):
        if text_facts[name]:
            tally[name][1] += 1
            if scan_facts[name] == text_facts[name]:
                tally[name][0] += 1
            else:
                missed.append(f"{name}: {text_facts[name]!r} -> {scan_facts[name]!r}")
    wanted = set(text_facts["parents"])
    tally["parents"][0] += len(wanted & set(scan_facts["parents"]))
    tally["parents"][1] += len(wanted)
    missed += [f"parent {p}" for p in sorted(wanted - set(scan_facts["parents"]))]
    return missed


def score(items: list[dict], registry: Registry, verbose: bool = False) -> dict:
    by_dpi: dict[int, dict] = {}
    for item in items:
        row = by_dpi.setdefault(item["dpi"], {"tally": {k: [0, 0] for k in ("symbol", "date", "issuer", "parents")},
                                               "pages": 0, "seconds": 0.0, "confidence": []})
        text_record = extract_loaded(load_path(item["text"]), registry)
        loaded = load_path(item["scan"])
        scan_record = extract_loaded(loaded, registry)
        row["pages"] += item["pages"]
        row["seconds"] += loaded.metadata["ocr"]["seconds"]
        row["confidence"].append(loaded.metadata["ocr"]["mean_confidence"] or 0)
        missed = compare(facts(text_record), facts(scan_record), row["tally"])
        if verbose and missed:
            print(f"  {Path(item['scan']).name}: " + "; ".join(missed), file=sys.stderr)
    out = {}
    for dpi, row in sorted(by_dpi.items()):
        out[dpi] = {name: round(found / wanted, 3) if wanted else None for name, (found, wanted) in row["tally"].items()}
        out[dpi]["counts"] = {name: f"{found}/{wanted}" for name, (found, wanted) in row["tally"].items()}
        out[dpi]["pages"] = row["pages"]
        out[dpi]["pages_per_second_per_core"] = round(row["pages"] / row["seconds"], 3) if row["seconds"] else None
        out[dpi]["mean_confidence"] = round(sum(row["confidence"]) / len(row["confidence"]), 1)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=16)
    parser.add_argument("--dpi", type=int, action="append")
    parser.add_argument("--formats", default="pdf")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    os.environ["CASCADE_OCR_WORKERS"] = "1"      # per-core speed: one page at a time
    os.environ.pop("CASCADE_OCR_CACHE", None)    # every scan really OCR'd
    with tempfile.TemporaryDirectory() as tmp:
        items = build(Path(tmp), args.docs, dpis=tuple(args.dpi or (200, 300)), formats=tuple(args.formats.split(",")))
        result = score(items, Registry.load(), verbose=args.verbose)
    print(json.dumps(result, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
