"""Daily use at national scale (issue 13): how long each command and app page takes, and its peak
memory, on a store built from a generated cascade.

    python -m benchmarks.scale --store benchmarks/out/store-100000 [--json benchmarks/out/scale-100000.json]

Each measure runs in a fresh process (so its time includes opening the store and graph.sqlite,
and its peak memory (VmHWM) is its own): search (a symbol, broad words, no words), stats, the
data-quality page's data, the app's search and quality pages' first render (Streamlit AppTest),
the whole GraphML export, lineage and gaps of the central root that directs the most units, then
removing 100 commune and district plans of the store and adding them back (what an office does
on a day), graph.sqlite current after each, and last rebuilding graph.sqlite whole. Before all
of them graph.sqlite is made current (built, and timed, when this code's graph inputs changed).
Not part of the test suite; the figures go to BENCHMARKS.md."""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

PRELUDE = """
import json, time, sys
def peak_mb():
    with open('/proc/self/status') as status:
        return next(int(line.split()[1]) for line in status if line.startswith('VmHWM')) / 1024
started = time.perf_counter()
"""
REPORT = "\nprint(json.dumps({'seconds': time.perf_counter() - started, 'peak_mb': peak_mb()}))\n"

MEASURES = {
    "search '33-CT/TW'": "from cascade import backends\nbackends.open_backend('networkx', STORE).search('33-CT/TW')",
    "search 'ke hoach' (broad)": "from cascade import backends\nbackends.open_backend('networkx', STORE).search('ke hoach')",
    "search, no words": "from cascade import backends\nbackends.open_backend('networkx', STORE).search('')",
    "stats": "from cascade import backends\nbackends.open_backend('networkx', STORE).stats()",
    "data quality (the page's data)": """
from graph.store import Store
from explorer import quality
store = Store(STORE); tables = store.graph_tables()
quality.failed_rows(store.failures()); quality.missing_rows(tables); quality.ambiguous_rows(tables)
quality.cited_missing_rows(tables); quality.counts(tables)""",
    "app: search page first render": """
import os; os.environ['CASCADE_STORE'] = STORE
from streamlit.testing.v1 import AppTest
at = AppTest.from_file(APP, default_timeout=600); at.run(); assert not at.exception, at.exception""",
    "app: quality page first render": """
import os; os.environ['CASCADE_STORE'] = STORE
from streamlit.testing.v1 import AppTest
at = AppTest.from_file(APP, default_timeout=600); at.run(); at.switch_page('app_pages/quality.py').run()
assert not at.exception, at.exception""",
    "lineage of the central root": """
from cascade import backends
engine = backends.open_backend('networkx', STORE)
engine.lineage(ROOT_ID)""",
    "gaps of the central root": """
from cascade import backends
engine = backends.open_backend('networkx', STORE)
engine.gaps(ROOT_ID)""",
    "export whole graph, GraphML": """
from graph.store import Store
from graph.stream_export import export_tables
export_tables(Store(STORE).graph_tables(), 'graphml', OUT + '/whole.graphml')""",
}
# Before the measures: graph.sqlite made current (built again when this code's graph inputs
# differ from the ones it was built with), so that no measure times a build.
CURRENT = {"graph.sqlite current (built if stale)": """
from graph.store import Store
Store(STORE).graph_tables()"""}
CHANGES = {
    "remove 100 documents (graph.sqlite current)": """
from graph.store import Store
store = Store(STORE)
assert len(store.remove(EXTRA)['removed']) == 100
store.graph_tables()""",
    "add 100 documents (ingest, graph.sqlite current)": """
from graph.store import Store
from graph.ingest import ingest_paths
report = ingest_paths(EXTRA, Store(STORE))
assert report.result.added == 100 and not report.failures, report""",
    "rebuild graph.sqlite (full)": """
from graph.store import Store
from graph import tables as graph_tables
from domain.registry import Registry
store = Store(STORE); conn = store.connect(); conn.execute('BEGIN')
graph_tables.build(conn, store.folder, graph_tables.graph_key(store.generation()), Registry.load())
conn.execute('COMMIT')""",
}


def everyday_files(store: str, count: int = 100) -> list[str]:
    """What an office adds on a day: commune and district plans (spread over the store, the same
    ones each run)."""
    from graph.store import Store
    stored = Store(store)
    levels = dict(stored.graph_tables().conn.execute(
        "SELECT node_id, level FROM doc_search WHERE ingested AND level IN ('commune', 'district')"))
    sources = [source for source, doc_id in stored.sources() if doc_id in levels]
    step = max(1, len(sources) // count)
    return sources[::step][:count]


def central_root(store: str) -> str:
    """The ingested central document that directs the most units (most ASSIGNS edges)."""
    sys.path.insert(0, str(ROOT))
    from graph.store import Store
    conn = Store(store).graph_tables().conn
    row = conn.execute("SELECT e.source, COUNT(*) AS n FROM edges e JOIN doc_search s ON s.node_id = e.source "
                       "WHERE e.key LIKE 'ASSIGNS:%' AND s.level = 'central' AND s.ingested "
                       "GROUP BY e.source ORDER BY n DESC, e.source LIMIT 1").fetchone()
    return row[0]


def run(code: str, names: dict) -> dict:
    setup = "".join(f"{name} = {value!r}\n" for name, value in names.items())
    script = PRELUDE + setup + textwrap.dedent(code) + REPORT
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True)
    if done.returncode:
        return {"error": done.stderr.strip().splitlines()[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(label: str, figure: dict) -> dict:
    print(f"{label:<52} " + (f"{figure['seconds']:8.2f} s {figure['peak_mb']:8.0f} MB" if "seconds" in figure
                             else f"error: {figure['error']}"), flush=True)
    return figure


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--json", default=None)
    parser.add_argument("--skip", default="", help="measures to leave out, comma-separated words they contain")
    args = parser.parse_args()
    store = str(Path(args.store).resolve())
    out = Path(store) / "exports"
    out.mkdir(exist_ok=True)
    results = {label: report(label, run(code, {"STORE": store})) for label, code in CURRENT.items()}
    names = {"STORE": store, "APP": str(ROOT / "app.py"), "OUT": str(out), "ROOT_ID": central_root(store),
             "EXTRA": everyday_files(store)}
    measures = dict(MEASURES, **CHANGES)
    skipped = [word for word in args.skip.split(",") if word]
    for label, code in measures.items():
        if not any(word in label for word in skipped):
            results[label] = report(label, run(code, names))
    if args.json:
        Path(args.json).write_text(json.dumps({"store": store, "root": names["ROOT_ID"], "results": results},
                                              ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
