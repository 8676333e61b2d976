"""graph.sqlite, the graph kept beside the store: the same graph as the in-memory build, built
again when the store changes, and never left half-written."""
from __future__ import annotations

import shutil

import pytest

from benchmarks.generate import generate
from graph import tables as graph_tables
from graph.build import GraphBuilder, build_graph
from graph.ingest import ingest_paths
from graph.store import Store


def edges_of(graph) -> dict:
    return {(u, v, k): d for u, v, k, d in graph.edges(keys=True, data=True)}


def test_the_stored_graph_is_the_graph_built_in_memory(corpus_store, registry):
    stored = corpus_store.graph()
    built = build_graph(corpus_store.records(), registry)
    assert dict(stored.nodes(data=True)) == dict(built.nodes(data=True))
    assert edges_of(stored) == edges_of(built)
    assert stored.number_of_edges() == built.number_of_edges() > 100


@pytest.fixture(scope="module")
def small_cascade(tmp_path_factory):
    out = tmp_path_factory.mktemp("cascade")
    generate(400, seed=3, out=out)
    return out


def fresh_store(small_cascade, tmp_path) -> tuple[Store, list]:
    files = sorted((small_cascade / "docs").rglob("*.txt"))
    store = Store(tmp_path / "store")
    assert not ingest_paths(files[:300], store).failures
    return store, files


def test_a_new_batch_rebuilds_the_graph(small_cascade, tmp_path, registry):
    store, files = fresh_store(small_cascade, tmp_path)
    first = store.graph_tables().key()
    assert (store.folder / graph_tables.FILE_NAME).exists()
    report = ingest_paths(files[300:], store)
    assert store.graph_tables().key() != first
    graph = store.graph()
    assert all(doc_id in graph for doc_id in report.doc_ids)
    assert dict(graph.nodes(data=True)) == dict(build_graph(store.records(), registry).nodes(data=True))


def test_a_crash_while_building_keeps_the_previous_graph(small_cascade, tmp_path, monkeypatch):
    store, files = fresh_store(small_cascade, tmp_path)
    before = (store.folder / graph_tables.FILE_NAME).read_bytes()
    calls = {"n": 0}
    real = GraphBuilder.add_links

    def dies_halfway(self, record):
        calls["n"] += 1
        if calls["n"] == 150:
            raise KeyboardInterrupt("killed while building")
        return real(self, record)

    monkeypatch.setattr(GraphBuilder, "add_links", dies_halfway)
    with pytest.raises(KeyboardInterrupt):
        ingest_paths(files[300:], store)
    assert calls["n"] == 150
    assert (store.folder / graph_tables.FILE_NAME).read_bytes() == before
    assert not list(store.folder.glob(".graph.sqlite.*"))      # no temporary file left behind
    monkeypatch.undo()
    # The batch itself was committed; the next reader builds the graph that goes with it.
    assert store.count() == len(files)
    assert sum(1 for _, d in store.graph().nodes(data=True) if d.get("ingested")) == len(files)


def test_a_damaged_graph_file_is_built_again(small_cascade, tmp_path):
    store, _ = fresh_store(small_cascade, tmp_path)
    expected = edges_of(store.graph())
    store.close()
    (store.folder / graph_tables.FILE_NAME).write_bytes(b"not a database" * 100)
    assert edges_of(Store(store.folder).graph()) == expected


def test_a_copied_store_keeps_working(small_cascade, tmp_path):
    """graph.sqlite travels with the store; a copy without it builds its own."""
    store, _ = fresh_store(small_cascade, tmp_path)
    expected = edges_of(store.graph())
    copy = tmp_path / "copy"
    shutil.copytree(store.folder, copy)
    (copy / graph_tables.FILE_NAME).unlink()
    assert edges_of(Store(copy).graph()) == expected
