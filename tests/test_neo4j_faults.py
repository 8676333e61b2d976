"""Neo4j stopped in the middle of a sync: a clear one-line error, and once the server is back a
rerun leaves exactly the counts of a clean run (issue 6, point 3). Uses its own server, on its
own port and data folder, so stopping it disturbs no other test."""
from __future__ import annotations

import threading
import time

import pytest

from cascade.backends import BackendError
from graph.build import build_graph
from graph.neo4j_backend import Neo4jBackend
from graph.neo4j_conn import settings_from_env
from tests.cascade_fixture import generate_records
from tests.conftest import free_port, neo4j_script, require_neo4j_tools


@pytest.fixture()
def own_server(tmp_path):
    require_neo4j_tools()
    port = str(free_port())
    data = str(tmp_path / "neo4j-data")

    def start():
        done = neo4j_script("start", "--port", port, "--data", data)
        assert done.returncode == 0, done.stdout + done.stderr

    start()
    env = settings_from_env()
    settings = type(env)(uri=f"bolt://127.0.0.1:{port}", user=env.user, password=env.password,
                         database=env.database)
    yield settings, start, lambda: neo4j_script("stop", "--port", port, timeout=120)
    neo4j_script("stop", "--port", port, timeout=120)


def test_server_stopped_mid_sync_then_back(own_server):
    settings, start, stop = own_server
    graph = build_graph(generate_records(3000, seed=7))
    writer, watcher = Neo4jBackend(settings), Neo4jBackend(settings)
    stopped = threading.Event()

    def stop_once_writing_started():
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            try:
                if watcher.counts()["nodes"] > 0:
                    break
            except BackendError:
                pass
            time.sleep(0.05)
        stop()
        stopped.set()

    thread = threading.Thread(target=stop_once_writing_started)
    thread.start()
    with pytest.raises(BackendError) as failure:
        writer.sync(graph, batch_size=100)
    thread.join()
    assert stopped.is_set()
    message = str(failure.value)
    assert "\n" not in message and settings.uri in message

    start()
    rerun = Neo4jBackend(settings)
    result = rerun.sync(graph)
    assert rerun.counts() == {"nodes": graph.number_of_nodes(), "relationships": graph.number_of_edges()}
    assert result["nodes"] == graph.number_of_nodes()
    # The same as a clean run: syncing again changes nothing.
    rerun.sync(graph)
    assert rerun.counts() == {"nodes": graph.number_of_nodes(), "relationships": graph.number_of_edges()}
