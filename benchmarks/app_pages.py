"""Every app page's first render on a store (issue 13: < 1 s at 1M documents, < 1 GB), each in a
fresh process under Streamlit's AppTest, with the whole-graph load made to fail so that a page
that still needs it shows up as an error rather than as a slow figure.

    python -m benchmarks.app_pages --store /path/to/store [--doc DOC_ID] [--json out.json]

For each page: the seconds of the page's own run (the app already open on another page, as a user
who switches pages sees it), the seconds of the first run of the process (opening the store and
graph.sqlite included) and the process's peak memory. DOC_ID (default: the central
document that directs the most units, as benchmarks/scale.py picks it) is the chosen document of lineage, coverage, document and export.
Not part of the test suite; the figures go to BENCHMARKS.md."""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import textwrap
from pathlib import Path

from benchmarks.scale import central_root

ROOT = Path(__file__).resolve().parents[1]
PAGES = ("find", "lineage", "coverage", "document", "quality", "upload", "export")

SCRIPT = """
import json, os, time
os.environ['CASCADE_STORE'] = {store!r}
import graph.store, graph.tables
def refuse(*args, **kwargs):
    raise AssertionError('the whole graph was loaded')
graph.store.Store.graph = refuse
graph.tables.GraphTables.load_all = refuse
from streamlit.testing.v1 import AppTest
started = time.perf_counter()
at = AppTest.from_file({app!r}, default_timeout=600)
if {doc!r}:
    at.query_params['doc'] = {doc!r}
at.run()
opened = time.perf_counter() - started
assert not at.exception, at.exception
page = time.perf_counter()
if {page!r} != 'find':
    at.switch_page('app_pages/{page}.py').run()
    assert not at.exception, at.exception
page = time.perf_counter() - page if {page!r} != 'find' else opened
with open('/proc/self/status') as status:
    peak = next(int(line.split()[1]) for line in status if line.startswith('VmHWM')) / 1024
print(json.dumps({{'page_seconds': round(page, 3), 'first_run_seconds': round(opened, 3), 'peak_mb': round(peak)}}))
"""


def measure(store: str, page: str, doc: str) -> dict:
    code = textwrap.dedent(SCRIPT.format(store=store, app=str(ROOT / "app.py"), doc=doc, page=page))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    if done.returncode:
        return {"error": (done.stderr.strip().splitlines() or ["?"])[-1]}
    return json.loads(done.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", required=True)
    parser.add_argument("--doc", default=None)
    parser.add_argument("--json", default=None)
    args = parser.parse_args(argv)
    doc = args.doc or central_root(args.store)
    figures = {page: measure(args.store, page, doc) for page in PAGES}
    for page, figure in figures.items():
        print(f"{page:10} {json.dumps(figure)}")
    if args.json:
        Path(args.json).write_text(json.dumps({"store": args.store, "doc": doc, "pages": figures}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
