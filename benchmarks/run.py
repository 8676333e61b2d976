"""Benchmarks at national scale (GitHub issue 5): one command, a table.

    python -m benchmarks.run --sizes 10000,100000,1000000 [--sample 1000] [--max-ingest 10000]
                             [--work benchmarks/out] [--keep] [--profile]

For each size N it generates a cascade (benchmarks/generate.py) and measures, in a child process
of its own (so the peak memory is that size's):
- the read-only floor: reading the bytes of a sample of files (warm page cache);
- extraction: graph.ingest.read_and_extract on the same sample, one core (docs/s, MB/s, and
  the ratio to the floor);
- ingest into the embedded store, as `cascade ingest` does it (graph.ingest.ingest_paths: a
  worker pool extracts, one SQLite transaction per 500 records, then graph.sqlite is built);
- lineage and gaps as the CLI answers them (only ROOT's part of graph.sqlite), in a fresh
  process: the first query (cold) and the median of 5 more, for a central, a provincial and a
  commune root; and one whole `cascade gaps` command;
- Store.graph(), the whole graph in networkx (what the app and exports load), up to
  --max-full-graph documents;
- peak RSS (resource.getrusage) of the ingest, of one worker, of the queries and with the
  whole graph.
Sizes above --max-ingest are generated and their extraction sampled, but not ingested: their
ingest, graph and query figures are extrapolated from the fitted growth (log-log slope) of the
measured sizes and printed as such. Not part of the test suite.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def peak_mb() -> float:
    """This process's peak RSS. VmHWM, not ru_maxrss: Linux carries a parent's peak into the
    ru_maxrss of a child it starts (through fork and exec), so a small query process started
    by a big benchmark process would report the benchmark's memory."""
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM")) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def median_time(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def one_size(n: int, work: Path, sample: int, max_ingest: int, seed: int, profile: bool,
             max_full_graph: int) -> dict:
    from benchmarks.generate import generate, load_truth, node_files
    from domain.registry import Registry
    from graph.ingest import read_and_extract
    from graph.store import Store

    registry = Registry.load()
    out = work / f"cascade-{n}"
    result: dict = {"docs": n}
    summary_path = out / "summary.json"
    if summary_path.exists() and json.loads(summary_path.read_text())["docs"] == n:
        summary = json.loads(summary_path.read_text())
        result["generate_s"] = summary["seconds"]
    else:
        shutil.rmtree(out, ignore_errors=True)
        started = time.perf_counter()
        summary = generate(n, seed, out, registry=registry)
        result["generate_s"] = time.perf_counter() - started
    result["corpus_mb"] = summary["bytes"] / 1e6
    files = sorted((out / "docs").rglob("*.txt"))
    step = max(1, len(files) // sample)
    chosen = files[::step][:sample]
    size = sum(p.stat().st_size for p in chosen)
    for p in chosen:                       # warm the cache for both measurements
        p.read_bytes()
    started, cpu = time.perf_counter(), time.process_time()
    for p in chosen:
        data = p.read_bytes()
        data.decode("utf-8")
    floor, floor_cpu = time.perf_counter() - started, time.process_time() - cpu
    read_and_extract(chosen[0], registry)
    if profile:
        from pyinstrument import Profiler
        profiler = Profiler()
        profiler.start()
    started, cpu = time.perf_counter(), time.process_time()
    for p in chosen:
        read_and_extract(p, registry)
    extract, extract_cpu = time.perf_counter() - started, time.process_time() - cpu
    if profile:
        profiler.stop()
        (work / f"profile-extract-{n}.txt").write_text(profiler.output_text(unicode=True, color=False, show_all=False))
    result.update(sample=len(chosen), sample_mean_kb=size / len(chosen) / 1000,
                  floor_docs_s=len(chosen) / floor, floor_mb_s=size / floor / 1e6,
                  extract_docs_s=len(chosen) / extract, extract_mb_s=size / extract / 1e6,
                  extract_vs_floor=extract / floor, rss_after_extract_mb=peak_mb(),
                  floor_docs_cpu_s=len(chosen) / max(floor_cpu, 1e-9), extract_docs_cpu_s=len(chosen) / extract_cpu,
                  extract_mb_cpu_s=size / extract_cpu / 1e6)
    if n > max_ingest:
        return result
    result.update(ingest(out, n))
    result.update(queries_in_a_fresh_process(out))
    if n <= max_full_graph:
        store = Store(out / "store")
        started = time.perf_counter()
        graph = store.graph()
        result["graph_s"] = time.perf_counter() - started
        result["graph_nodes"], result["graph_edges"] = graph.number_of_nodes(), graph.number_of_edges()
        result["rss_after_graph_mb"] = peak_mb()
    return result


def ingest(out: Path, n: int) -> dict:
    """`cascade ingest` of all N files into a fresh store: extraction in the worker pool, then
    graph.sqlite; CPU time counts this process and its workers."""
    from graph.ingest import ingest_paths
    from graph.store import Store
    shutil.rmtree(out / "store", ignore_errors=True)
    store = Store(out / "store")
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    started, cpu = time.perf_counter(), time.process_time()
    report = ingest_paths([out / "docs"], store)
    wall, own_cpu = time.perf_counter() - started, time.process_time() - cpu
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    workers_cpu = (after.ru_utime + after.ru_stime) - (children.ru_utime + children.ru_stime)
    store.close()
    files = [store.path, *store.folder.glob("cascade.sqlite-wal")]
    return {"ingest_s": wall, "ingest_cpu_s": own_cpu + workers_cpu, "ingest_docs_s": n / wall,
            "ingest_failures": len(report.failures), "graph_tables_s": report.graph_seconds,
            "store_mb": sum(f.stat().st_size for f in files) / 1e6,
            "graph_db_mb": (store.folder / "graph.sqlite").stat().st_size / 1e6,
            "rss_ingest_mb": peak_mb(), "rss_ingest_worker_mb": after.ru_maxrss / 1024}


QUERY_CHILD = """
import json, statistics, sys, time
started = time.perf_counter()
from benchmarks.run import peak_mb
from cascade.backends import NetworkxBackend
from graph.store import Store
backend = NetworkxBackend(Store(sys.argv[1]))
result = {"import_ms": 1000 * (time.perf_counter() - started)}
for label, doc_id, as_of in json.loads(sys.argv[2]):
    for name, run in (("lineage", lambda: backend.lineage(doc_id)), ("gaps", lambda: backend.gaps(doc_id, as_of=as_of))):
        times = []
        for _ in range(6):
            started = time.perf_counter()
            answer = run()
            times.append(1000 * (time.perf_counter() - started))
        result[f"{name}_{label}_first_ms"] = times[0]      # the first query of a fresh process
        result[f"{name}_{label}_ms"] = statistics.median(times[1:])
    result[f"lineage_{label}_docs"] = len(backend.lineage(doc_id).documents)
result["rss_query_mb"] = peak_mb()
print(json.dumps(result))
"""


def pick_roots(out: Path) -> list[tuple[str, str, str]]:
    """(label, doc_id, as_of) of the central root that directs the most units, the provincial
    plan that directs the most, and a commune plan, in the store ingested from <out>/docs."""
    from benchmarks.generate import load_truth
    from graph.store import Store
    truth, roots = load_truth(out)
    base = str(out.resolve() / "docs") + "/"
    doc_of = {str(Path(source).resolve())[len(base):]: doc_id for source, doc_id in Store(out / "store").sources()}
    central = max((r for r in roots if r["kind"] == "central"), key=lambda r: len(r["expected"]))
    province = max((r for r in roots if r["kind"] == "province"), key=lambda r: len(r["expected"]))
    commune = next(row for row in truth.values() if row["kind"] == "commune")
    return [("central", doc_of[central["file"]], central["as_of"]), ("province", doc_of[province["file"]],
            central["as_of"]), ("commune", doc_of[commune["file"]], central["as_of"])]


def queries_in_a_fresh_process(out: Path) -> dict:
    """Lineage and gaps as the CLI answers them (graph.sqlite, only ROOT's part of the graph), in a
    process that has read nothing yet: the central root's first query is the cold figure."""
    # Picked in a process of its own: the truth of 1M documents takes gigabytes, and a process
    # started from a big one runs in a machine with less page cache left.
    picked = json.loads(subprocess.run(
        [sys.executable, "-c", "import json, sys; from pathlib import Path; from benchmarks.run import pick_roots; "
         "print(json.dumps(pick_roots(Path(sys.argv[1]))))", str(out)],
        cwd=ROOT, capture_output=True, text=True, check=True).stdout)
    done = subprocess.run([sys.executable, "-c", QUERY_CHILD, str(out / "store"), json.dumps(picked)],
                          cwd=ROOT, capture_output=True, text=True, check=True)
    result = json.loads(done.stdout)
    # The whole command, process start to JSON printed, as a user runs it.
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "cascade.cli", "gaps", picked[0][1], "--store", str(out / "store"),
                    "--format", "json"], cwd=ROOT, capture_output=True, check=True)
    result["cli_gaps_central_s"] = time.perf_counter() - started
    return result


def fit(sizes: list[int], values: list[float]) -> tuple[float, float]:
    """Least-squares slope b and intercept a of log(value) = a + b log(size)."""
    xs, ys = [math.log(s) for s in sizes], [math.log(v) for v in values]
    mx, my = statistics.mean(xs), statistics.mean(ys)
    sxx = sum((x - mx) ** 2 for x in xs)
    b = sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sxx if sxx else 1.0
    return b, my - b * mx


METRICS = [  # key, label, unit
    ("generate_s", "generate (s)", "s"), ("corpus_mb", "corpus (MB)", "MB"),
    ("floor_docs_s", "read-only floor (docs/s)", ""), ("floor_mb_s", "read-only floor (MB/s)", ""),
    ("extract_docs_s", "extraction, 1 core (docs/s)", ""), ("extract_mb_s", "extraction, 1 core (MB/s)", ""),
    ("extract_vs_floor", "extraction / floor (x)", ""),
    ("floor_docs_cpu_s", "read-only floor (docs per CPU-s)", ""),
    ("extract_docs_cpu_s", "extraction (docs per CPU-s)", ""), ("extract_mb_cpu_s", "extraction (MB per CPU-s)", ""),
    ("ingest_s", "ingest into the store (s)", "s"), ("ingest_cpu_s", "ingest, CPU time, all processes (s)", "s"),
    ("graph_tables_s", "  of which graph.sqlite (s)", "s"), ("store_mb", "store on disk (MB)", "MB"),
    ("graph_db_mb", "graph.sqlite on disk (MB)", "MB"), ("rss_ingest_mb", "peak RSS, ingest (MB)", "MB"),
    ("rss_ingest_worker_mb", "peak RSS, one worker (MB)", "MB"),
    ("lineage_central_first_ms", "lineage central, cold (ms)", "ms"), ("gaps_central_first_ms", "gaps central, cold (ms)", "ms"),
    ("lineage_central_ms", "lineage central root (ms)", "ms"), ("gaps_central_ms", "gaps central root (ms)", "ms"),
    ("lineage_province_ms", "lineage provincial root (ms)", "ms"), ("gaps_province_ms", "gaps provincial root (ms)", "ms"),
    ("lineage_commune_ms", "lineage commune root (ms)", "ms"), ("gaps_commune_ms", "gaps commune root (ms)", "ms"),
    ("lineage_central_docs", "lineage central (documents)", ""), ("rss_query_mb", "peak RSS, queries (MB)", "MB"),
    ("cli_gaps_central_s", "`cascade gaps` central, whole command (s)", "s"),
    ("graph_s", "Store.graph(), whole graph (s)", "s"), ("rss_after_graph_mb", "peak RSS with the whole graph (MB)", "MB"),
]
# Only contention-robust totals are extrapolated (CPU time, bytes, memory); wall-clock figures on
# a shared machine are printed where measured and never extrapolated.
EXTRAPOLATE = {"generate_s", "corpus_mb", "ingest_cpu_s", "rss_after_graph_mb"}


def table(results: list[dict]) -> str:
    sizes = [r["docs"] for r in results]
    head = f"{'metric':<32}" + "".join(f"{s:>14,}" for s in sizes) + f"{'slope':>8}"
    lines = [head, "-" * len(head)]
    for key, label, _ in METRICS:
        measured = [(r["docs"], r[key]) for r in results if key in r and r[key] > 0]
        slope = a = None
        if len(measured) >= 2:
            slope, a = fit([m[0] for m in measured], [m[1] for m in measured])
        elif len(measured) == 1 and key in EXTRAPOLATE:
            # one point: assume linear growth in the documents (slope 1), stated as such
            slope, a = 1.0, math.log(measured[0][1]) - math.log(measured[0][0])
        cells = []
        for r in results:
            if key in r:
                cells.append(f"{r[key]:>14,.2f}" if r[key] < 1000 else f"{r[key]:>14,.0f}")
            elif slope is not None and key in EXTRAPOLATE:
                cells.append(f"{'~' + format(math.exp(a + slope * math.log(r['docs'])), ',.0f'):>14}")
            else:
                cells.append(f"{'—':>14}")
        lines.append(f"{label:<32}" + "".join(cells) + (f"{slope:>8.2f}" if slope is not None else f"{'':>8}"))
    lines.append("~ = extrapolated from the measured sizes with the fitted log-log slope (1.00 when only one "
                 "size was measured); — = not measured")
    return "\n".join(lines)


def machine() -> dict:
    mem = 0
    try:
        mem = int(next(l for l in open("/proc/meminfo") if l.startswith("MemTotal")).split()[1]) / 1024 / 1024
    except (OSError, StopIteration):
        pass
    cpu = ""
    try:
        cpu = next(l for l in open("/proc/cpuinfo") if l.startswith("model name")).split(":", 1)[1].strip()
    except (OSError, StopIteration):
        pass
    return {"nproc": os.cpu_count(), "ram_gb": round(mem, 1), "cpu": cpu, "python": platform.python_version(),
            "platform": platform.platform()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Cascade benchmarks at national scale")
    parser.add_argument("--sizes", default="10000,100000")
    parser.add_argument("--sample", type=int, default=1000, help="files per size for the extraction and floor figures")
    parser.add_argument("--max-ingest", type=int, default=10000, help="largest size that is ingested (others extrapolate)")
    parser.add_argument("--max-full-graph", type=int, default=200000,
                        help="largest size whose whole graph is loaded into networkx (Store.graph())")
    parser.add_argument("--work", default=str(ROOT / "benchmarks" / "out"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", action="store_true", help="keep the generated corpora")
    parser.add_argument("--profile", action="store_true", help="pyinstrument profile of extraction")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    work = Path(args.work)
    work.mkdir(parents=True, exist_ok=True)
    if args.one:
        print(json.dumps(one_size(args.one, work, args.sample, args.max_ingest, args.seed, args.profile,
                                  args.max_full_graph)))
        return 0
    results = []
    for n in (int(s) for s in args.sizes.split(",")):
        cmd = [sys.executable, "-m", "benchmarks.run", "--one", str(n), "--sample", str(args.sample),
               "--max-ingest", str(args.max_ingest), "--max-full-graph", str(args.max_full_graph),
               "--work", str(work), "--seed", str(args.seed)]
        if args.profile:
            cmd.append("--profile")
        started = time.perf_counter()
        done = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        if done.returncode != 0:
            print(done.stderr, file=sys.stderr)
            return 1
        result = json.loads(done.stdout.strip().splitlines()[-1])
        result["wall_s"] = time.perf_counter() - started
        results.append(result)
        print(f"size {n:,}: done in {result['wall_s']:.0f} s", file=sys.stderr)
        if not args.keep:
            shutil.rmtree(work / f"cascade-{n}", ignore_errors=True)
    print(json.dumps(machine()))
    print(table(results))
    (work / "results.json").write_text(json.dumps({"machine": machine(), "results": results}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
