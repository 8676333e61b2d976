"""Record what the extractor writes for the project's fixtures, under its EXTRACTOR_VERSION.

    python3 tools/record_extractor_output.py           # record; refuses a changed output under the same version
    python3 tools/record_extractor_output.py --check   # what the test does: exit 1 on a mismatch

The record (tests/fixtures/extractor_output.json) maps each fixture file to a digest of its
record. tests/test_extractor_version.py compares it with the extractor as it is: a changed
record under an unchanged EXTRACTOR_VERSION means stores would keep stale records.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from domain.registry import Registry  # noqa: E402
from extraction.version import EXTRACTOR_VERSION  # noqa: E402
from graph.ingest import read_and_extract  # noqa: E402
from loaders import iter_paths  # noqa: E402

RECORD = ROOT / "tests" / "fixtures" / "extractor_output.json"
FOLDERS = ("data/corpus", "tests/fixtures/labelled/docs", "tests/fixtures/real/texts")


def current_digests() -> dict[str, str]:
    registry = Registry.load()
    digests = {}
    for path in iter_paths([str(ROOT / folder) for folder in FOLDERS]):
        record, _ = read_and_extract(Path(path), registry)
        data = record.to_json()
        data.pop("source")
        blob = json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)
        digests[Path(path).resolve().relative_to(ROOT).as_posix()] = hashlib.sha256(blob.encode()).hexdigest()[:16]
    return digests


def compare(recorded: dict, digests: dict[str, str]) -> list[str]:
    """Files whose record changed (or vanished) since the recording."""
    return sorted(name for name, digest in recorded.get("records", {}).items() if digests.get(name) != digest)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    recorded = json.loads(RECORD.read_text(encoding="utf-8")) if RECORD.exists() else {}
    digests = current_digests()
    changed = compare(recorded, digests)
    same_version = recorded.get("version") == EXTRACTOR_VERSION
    if args.check:
        if changed and same_version:
            print(f"{len(changed)} records changed under EXTRACTOR_VERSION {EXTRACTOR_VERSION}, e.g. {changed[:3]}: "
                  "raise it in extraction/version.py and record again")
            return 1
        if not same_version or set(digests) != set(recorded.get("records", {})):
            print("the recording is not current: run python3 tools/record_extractor_output.py")
            return 1
        return 0
    if changed and same_version:
        print(f"refused: {len(changed)} records changed under EXTRACTOR_VERSION {EXTRACTOR_VERSION} "
              f"(e.g. {changed[:3]}); raise it in extraction/version.py first")
        return 1
    RECORD.write_text(json.dumps({"version": EXTRACTOR_VERSION, "records": dict(sorted(digests.items()))},
                                 ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    print(f"recorded {len(digests)} records under EXTRACTOR_VERSION {EXTRACTOR_VERSION}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
