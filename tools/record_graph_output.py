"""Record what a graph.sqlite build writes for the project's fixtures, under its GRAPH_VERSION.

    python3 tools/record_graph_output.py           # record; refuses a changed output under the same version
    python3 tools/record_graph_output.py --check   # what the test does: exit 1 on a mismatch

The fixtures (the bundled corpus, the labelled set and the real pages) are ingested into a
temporary store and its graph.sqlite is built; the record (tests/fixtures/graph_output.json)
keeps a digest of the records it was built from (`inputs`) and one of each table (`tables`).
tests/test_graph_version.py compares them with the code as it is: tables that change while the
inputs and GRAPH_VERSION stay mean stores would keep a stale graph. When the inputs change (new
fixtures, a new extractor output) the record is simply taken again.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from graph import tables as graph_tables  # noqa: E402
from graph.ingest import ingest_paths  # noqa: E402
from graph.store import Store  # noqa: E402
from loaders import iter_paths  # noqa: E402

RECORD = ROOT / "tests" / "fixtures" / "graph_output.json"
FOLDERS = ("data/corpus", "tests/fixtures/labelled/docs", "tests/fixtures/real/texts")
# Derived from doc_search by SQLite (the full-text index's own pages), and the build's key.
SKIPPED = ("doc_words", "meta:key")


def _digest(rows, here: str) -> str:
    """Order-free digest of rows, with this checkout's path left out (records name their files)."""
    lines = sorted(json.dumps(row, ensure_ascii=False, default=str).replace(here, "") for row in rows)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()[:16]


def current() -> dict:
    """{'inputs': digest of the records and tables, 'tables': {table: digest}} of a fresh build."""
    here = str(ROOT)
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "store")
        report = ingest_paths(iter_paths([str(ROOT / f) for f in FOLDERS]), store, workers=1)
        assert not report.failures, report.failures
        conn = store.connect()
        inputs = _digest(conn.execute("SELECT record FROM documents"), here) + "+" + graph_tables.tables_digest()
        tables = store.graph_tables()
        found = {}
        names = [name for (name,) in tables.conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        for name in names:
            if name.startswith(SKIPPED[0]):
                continue
            rows = tables.conn.execute(f'SELECT * FROM "{name}"')
            if name == "meta":
                rows = (row for row in rows if row[0] != "key")
            found[name] = _digest(rows, here)
        store.close()
    return {"inputs": inputs, "tables": found}


def changed_tables(recorded: dict, now: dict) -> list[str]:
    return sorted(name for name in set(recorded.get("tables", {})) | set(now["tables"])
                  if recorded.get("tables", {}).get(name) != now["tables"].get(name))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    recorded = json.loads(RECORD.read_text(encoding="utf-8")) if RECORD.exists() else {}
    now = current()
    changed = changed_tables(recorded, now)
    stale = changed and recorded.get("inputs") == now["inputs"] and recorded.get("version") == graph_tables.GRAPH_VERSION
    if stale:
        print(f"graph.sqlite changed ({', '.join(changed)}) under GRAPH_VERSION {graph_tables.GRAPH_VERSION} "
              "and the same records: raise it in graph/tables.py and record again")
        return 1
    if args.check:
        if changed or recorded.get("version") != graph_tables.GRAPH_VERSION or recorded.get("inputs") != now["inputs"]:
            print("the record is not current: run python3 tools/record_graph_output.py")
            return 1
        return 0
    RECORD.write_text(json.dumps({"version": graph_tables.GRAPH_VERSION, **now}, indent=1, sort_keys=True) + "\n",
                      encoding="utf-8")
    print(f"recorded {len(now['tables'])} tables under GRAPH_VERSION {graph_tables.GRAPH_VERSION}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
