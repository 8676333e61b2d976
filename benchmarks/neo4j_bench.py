"""Ingest throughput and query latency, Neo4j against networkx, on generated cascades.

    tools/neo4j.sh start
    python benchmarks/neo4j_bench.py                      # 10k and 100k documents
    python benchmarks/neo4j_bench.py --sizes 10000 --batch-sizes 1000 2000 5000 10000
    python benchmarks/neo4j_bench.py --cascades benchmarks/out/cascade-1000000   # after benchmarks.run --keep

Ingest is the graph build from records (networkx) and the sync of that graph into an emptied
Neo4j database (UNWIND-batched MERGE); throughput counts nodes + relationships per second.
Latency is the median of --runs calls (after one warm-up) of lineage (down) and gaps for a
province plan (a province-wide root) and for the national resolution at the top.
With --cascades, the stores that `python -m benchmarks.run --keep` left under each folder are
synced instead, as `cascade ingest --backend neo4j` does it (rows streamed from graph.sqlite),
and the roots are those benchmarks.run queries (central, provincial, commune).
Not a test: it empties the Document/Body graph of the database it points at (NEO4J_URI)."""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import networkx as nx  # noqa: E402

import queries  # noqa: E402
from cascade.backends import BackendError  # noqa: E402
from graph.build import build_graph  # noqa: E402
from graph.neo4j_backend import BATCH_SIZE, Neo4jBackend  # noqa: E402
from tests.cascade_fixture import generate_records  # noqa: E402


def median_ms(call, runs: int) -> float:
    call()  # warm-up: plan cache, page cache
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def bench(size: int, neo: Neo4jBackend, batch_size: int, runs: int) -> list[tuple]:
    records = generate_records(size)
    start = time.perf_counter()
    graph = build_graph(records)
    nx_seconds = time.perf_counter() - start
    items = graph.number_of_nodes() + graph.number_of_edges()
    neo.sync(nx.MultiDiGraph(), batch_size=batch_size)  # empty the database
    first = neo.sync(graph, batch_size=batch_size)
    again = neo.sync(graph, batch_size=batch_size)
    assert neo.counts() == {"nodes": graph.number_of_nodes(), "relationships": graph.number_of_edges()}
    rows = [(size, "ingest", "networkx (build)", f"{nx_seconds:.1f} s", f"{items / nx_seconds:,.0f} items/s"),
            (size, "ingest", f"neo4j (empty db, batch {batch_size})", f"{first['seconds']:.1f} s",
             f"{items / first['seconds']:,.0f} items/s"),
            (size, "ingest", "neo4j (again, no change)", f"{again['seconds']:.1f} s",
             f"{items / again['seconds']:,.0f} items/s")]
    national = records[0].doc_id
    province = next(r.doc_id for r in records if r.issuer.level == "province")
    for label, root in (("province plan", province), ("national root", national)):
        size_down = len(queries.lineage(graph, root).documents)
        for name, backend, call in (
                ("lineage", "networkx", lambda: queries.lineage(graph, root)),
                ("lineage", "neo4j", lambda: neo.lineage(root)),
                ("gaps", "networkx", lambda: queries.gaps(graph, root)),
                ("gaps", "neo4j", lambda: neo.gaps(root))):
            rows.append((size, f"{name} {label} ({size_down} docs)", backend, f"{median_ms(call, runs):.1f} ms", ""))
    return rows


def bench_cascade(out: Path, neo: Neo4jBackend, batch_size: int, runs: int) -> list[tuple]:
    from benchmarks.run import pick_roots
    from graph.store import Store
    store = Store(out / "store")
    documents = store.count()
    neo.sync(nx.MultiDiGraph(), batch_size=batch_size)  # empty the database
    first = neo.sync_store(store, batch_size=batch_size)
    items = first["nodes"] + first["relationships"]
    rows = [(documents, "ingest", f"neo4j from graph.sqlite (empty db, batch {batch_size})",
             f"{first['seconds']:.1f} s", f"{items / first['seconds']:,.0f} items/s ({items:,} items)")]
    for label, root, as_of in pick_roots(out):
        size_down = len(neo.lineage(root).documents)
        for name, call in (("lineage", lambda: neo.lineage(root)), ("gaps", lambda: neo.gaps(root, as_of=as_of))):
            rows.append((documents, f"{name} {label} ({size_down} docs)", "neo4j", f"{median_ms(call, runs):.1f} ms", ""))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--batch-sizes", type=int, nargs="+", default=[BATCH_SIZE],
                        help="UNWIND rows per transaction (several: a sweep)")
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--cascades", type=Path, nargs="*", default=[],
                        help="folders of benchmarks.run --keep (docs/, store/): sync their stores instead")
    args = parser.parse_args(argv)
    try:
        neo = Neo4jBackend.from_env()
    except BackendError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    rows = []
    with neo:
        for out in args.cascades:
            rows += bench_cascade(out, neo, args.batch_sizes[0], args.runs)
            print(f"... {out} done", file=sys.stderr)
        for size in [] if args.cascades else args.sizes:
            for batch_size in args.batch_sizes:
                rows += bench(size, neo, batch_size, args.runs)
                print(f"... {size} documents, batch {batch_size} done", file=sys.stderr)
    widths = [max(len(str(r[i])) for r in rows + [HEADER]) for i in range(len(HEADER))]
    for row in [HEADER] + rows:
        print("  ".join(str(cell).ljust(width) for cell, width in zip(row, widths)).rstrip())
    return 0


HEADER = ("documents", "measure", "backend", "time", "throughput")

if __name__ == "__main__":
    sys.exit(main())
