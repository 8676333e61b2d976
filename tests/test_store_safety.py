"""Store safety (issue 6, point 3, embedded store): a killed ingest and concurrent readers.

(a) An ingest of a few hundred files runs in a subprocess and is killed with SIGKILL at a random
    moment (seeded: CASCADE_KILL_SEED, CASCADE_KILL_TRIALS); once more deliberately in the middle
    of writing a batch. The store must pass `PRAGMA integrity_check`, every record must parse,
    it must hold whole batches only, and a rerun must finish with exactly a clean run's records.
(b) A writer process ingests while reader threads and a reader process rebuild the graph and
    count documents: no exception, every count a whole number of batches, final state = clean.

Everything is real: the SQLite store on disk, real files, real processes, real signals."""
from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")

FILES = 200
BATCH = 20
SEED = int(os.environ.get("CASCADE_KILL_SEED", "20250610"))
TRIALS = int(os.environ.get("CASCADE_KILL_TRIALS", "3"))
TIMEOUT = 180

# The ingest a user runs, in its own process. argv: store folder, files folder, batch size,
# seconds to pause per file (pacing for the concurrency test), and an optional batch number in
# the middle of which the process kills itself (while the batch's transaction is open).
WRITER = textwrap.dedent("""
    import os, signal, sys, time
    sys.path.insert(0, {root!r})
    from graph import ingest
    from graph.store import Store
    store, folder, batch, pause = Store(sys.argv[1]), sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
    die_in = int(sys.argv[5]) if len(sys.argv) > 5 else None
    if die_in is not None:
        add, calls = Store.add, [0]
        def add_then_die(self, items, failures=()):
            calls[0] += 1
            if calls[0] != die_in:
                return add(self, items, failures)
            items = list(items)
            def half_then_kill():
                for number, item in enumerate(items):
                    if number == len(items) // 2:
                        os.kill(os.getpid(), signal.SIGKILL)   # inside BEGIN IMMEDIATE ... COMMIT
                    yield item
            return add(self, half_then_kill(), failures)
        Store.add = add_then_die
    def progress(n, path):
        print(n, flush=True)
        if pause:
            time.sleep(pause)
    ingest.ingest_paths([folder], store, progress=progress, batch=batch)
    print("done", flush=True)
""").format(root=str(ROOT))

READER = textwrap.dedent("""
    import json, sys, time
    sys.path.insert(0, {root!r})
    from graph.store import Store
    store, until = Store(sys.argv[1]), time.time() + float(sys.argv[2])
    seen = []
    while time.time() < until:
        graph = store.graph()
        seen.append([store.count(), sum(1 for _, d in graph.nodes(data=True) if d.get("ingested"))])
        if seen[-1][1] == int(sys.argv[3]):
            break
        time.sleep(0.01)
    print(json.dumps(seen))
""").format(root=str(ROOT))


def plan_text(i: int) -> str:
    parent = ("Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị" if i % 3 == 0 else
              f"Kế hoạch số {1000 + i - 1}-KH/HU ngày 10/3/2025 của Huyện ủy Kim Động")
    return (f"ĐẢNG BỘ TỈNH HƯNG YÊN                       ĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY KIM ĐỘNG\n"
            f"*                                           Kim Động, ngày {1 + i % 28} tháng 3 năm 2025\n"
            f"Số {1000 + i}-KH/HU\n\n\nKẾ HOẠCH\nthực hiện {parent}\n-----\n\n"
            f"Thực hiện {parent}, Ban Thường vụ Huyện ủy Kim Động ban hành Kế hoạch thực hiện như sau:\n\n"
            f"I. MỤC ĐÍCH, YÊU CẦU\n\nNội dung số {i}: quán triệt sâu sắc, tạo sự thống nhất cao.\n")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("many") / "files"
    folder.mkdir()
    for i in range(FILES):
        (folder / f"plan-{i:04d}.txt").write_text(plan_text(i), encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def clean(corpus, tmp_path_factory, registry):
    """What an uninterrupted ingest stores: the records (as JSON) and the sources."""
    from graph.ingest import ingest_paths
    from graph.store import Store
    store = Store(tmp_path_factory.mktemp("clean"))
    report = ingest_paths([corpus], store, registry, batch=BATCH)
    assert not report.failures and report.result.added == FILES
    return snapshot(store)


def snapshot(store) -> tuple[list[dict], list[tuple[str, str]], list]:
    return [r.to_json() for r in store.records()], store.sources(), store.failures()


def writer(store: Path, corpus: Path, pause: float = 0.0, die_in: int | None = None) -> subprocess.Popen:
    args = [sys.executable, "-c", WRITER, str(store), str(corpus), str(BATCH), str(pause)]
    if die_in is not None:
        args.append(str(die_in))
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)


def assert_readable_whole_batches(folder: Path) -> int:
    """The store after a crash: intact, parseable, whole batches only. Returns its size."""
    from graph.store import Store
    path = folder / "cascade.sqlite"
    if path.exists():
        with sqlite3.connect(path) as conn:
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    store = Store(folder)
    records = list(store.records(with_text=True))             # every record parses
    assert all(r.text and r.doc_id for r in records)
    count = store.count()
    assert count == len(records) == len(store.sources())
    assert count % BATCH == 0, f"{count} documents: a partial batch of {count % BATCH} is visible"
    store.graph()                                               # the graph builds from it
    store.close()
    return count


def test_sigkill_at_random_moments_then_rerun(corpus, clean, tmp_path, registry):
    from graph.ingest import ingest_paths
    from graph.store import Store
    rng = random.Random(SEED)
    partial = []
    for trial in range(TRIALS):
        folder = tmp_path / f"trial-{trial}"
        kill_at, jitter = rng.randint(1, FILES), rng.uniform(0, 0.05)
        # Paced reading (5 ms a file): the ingest reads one batch ahead of what it writes, and
        # unpaced it reads 200 small files faster than its workers start.
        process = writer(folder, corpus, pause=0.005)
        try:
            for line in process.stdout:                     # the file number being read
                if line.strip() == "done" or int(line) >= kill_at:
                    break
            time.sleep(jitter)
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=TIMEOUT)
        finally:
            process.kill()
            process.stdout.close()
            process.stderr.close()
        before = assert_readable_whole_batches(folder)
        partial.append((kill_at, round(jitter, 3), before))
        report = ingest_paths([corpus], Store(folder), registry, batch=BATCH)
        assert not report.failures
        assert report.skipped == before and report.result.added == FILES - before
        assert snapshot(Store(folder)) == clean, f"trial {trial}: kill at file {kill_at}"
    # The kills really hit the ingest in the middle at least once (not before or after it).
    assert any(0 < before < FILES for _, _, before in partial) or TRIALS == 0, partial


def test_sigkill_inside_a_batch_transaction(corpus, clean, tmp_path, registry):
    """The process dies with half of batch 3 written inside its open transaction."""
    from graph.ingest import ingest_paths
    from graph.store import Store
    folder = tmp_path / "store"
    process = writer(folder, corpus, die_in=3)
    out, err = process.communicate(timeout=TIMEOUT)
    assert process.returncode == -signal.SIGKILL, err
    assert "done" not in out
    assert (folder / "cascade.sqlite-wal").exists() or (folder / "cascade.sqlite").exists()
    assert assert_readable_whole_batches(folder) == 2 * BATCH     # batches 1 and 2, nothing of 3
    report = ingest_paths([corpus], Store(folder), registry, batch=BATCH)
    assert report.skipped == 2 * BATCH and not report.failures
    assert snapshot(Store(folder)) == clean


def test_readers_during_an_ingest_see_whole_batches_only(corpus, clean, tmp_path):
    from graph.store import Store
    folder = tmp_path / "store"
    process = writer(folder, corpus, pause=0.01)              # >= 2 s of writing, in 10 commits
    reader_process = subprocess.Popen([sys.executable, "-c", READER, str(folder), str(TIMEOUT), str(FILES)],
                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    seen: list[tuple[int, int]] = []
    errors: list[BaseException] = []
    done = threading.Event()

    def read() -> None:
        store = Store(folder)                                   # one Store per thread, as the app's sessions
        try:
            while not done.is_set():
                graph = store.graph()
                seen.append((store.count(), sum(1 for _, d in graph.nodes(data=True) if d.get("ingested"))))
                time.sleep(0.01)
        except BaseException as error:  # noqa: BLE001 - reported below
            errors.append(error)
        finally:
            store.close()

    threads = [threading.Thread(target=read) for _ in range(3)]
    for thread in threads:
        thread.start()
    try:
        out, err = process.communicate(timeout=TIMEOUT)
        assert process.returncode == 0 and out.strip().endswith("done"), err
        reader_out, reader_err = reader_process.communicate(timeout=TIMEOUT)
        assert reader_process.returncode == 0, reader_err
    finally:
        done.set()
        for thread in threads:
            thread.join(timeout=TIMEOUT)
        process.kill()
        reader_process.kill()
    assert not errors, errors
    seen += [tuple(pair) for pair in json.loads(reader_out)]
    whole = set(range(0, FILES + 1, BATCH))
    assert {count for pair in seen for count in pair} <= whole, sorted(set(seen))
    assert any(0 < count < FILES for count, _ in seen), "no reader ran while the writer was writing"
    with sqlite3.connect(folder / "cascade.sqlite") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert snapshot(Store(folder)) == clean


def test_two_writers_at_once_end_like_one(corpus, clean, tmp_path):
    """Two ingests of the same files at the same time: they wait for each other, nothing doubles."""
    from graph.store import Store
    folder = tmp_path / "store"
    processes = [writer(folder, corpus), writer(folder, corpus)]
    for process in processes:
        out, err = process.communicate(timeout=TIMEOUT)
        assert process.returncode == 0 and out.strip().endswith("done"), err
    assert snapshot(Store(folder)) == clean
