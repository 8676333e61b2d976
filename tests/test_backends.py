"""Both backends give the same answers: every query runs on networkx and on a real Neo4j server
(the `neo4j_server` fixture in conftest.py) and is compared, as JSON, with the networkx
functions in queries/. Data: the bundled corpus (seeds + real) and a generated cascade of a
few thousand documents (tests/cascade_fixture.py)."""
from __future__ import annotations

import json

import networkx as nx
import pytest
from click.testing import CliRunner

import queries
from cascade.backends import BackendError, NetworkxBackend
from tests.cascade_fixture import generate_records
from tests.conftest import CORPUS, free_port

HOSTILE = "'}) DETACH DELETE n //"
BACKENDS = ["networkx", "neo4j"]


def as_json(value) -> str:
    value = value.to_json() if hasattr(value, "to_json") else value
    return json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


class Engines:
    """The backend the test asks for, on a store: networkx reads the store (lineage and gaps
    from graph.sqlite, the rest from the whole graph); Neo4j is synced with its graph."""

    def __init__(self, neo) -> None:
        self.neo = neo
        self.synced = None

    def on(self, store, name: str):
        if name == "networkx":
            return NetworkxBackend(store)
        if self.synced is not store:
            self.neo.sync(store.graph())
            self.synced = store
        return self.neo


@pytest.fixture(scope="session")
def engines(neo4j_server):
    from graph.neo4j_backend import Neo4jBackend
    with Neo4jBackend(neo4j_server) as neo:
        yield Engines(neo)


@pytest.fixture(scope="session")
def generated_store(registry, tmp_path_factory):
    from graph.store import Store
    store = Store(tmp_path_factory.mktemp("generated"))
    store.add((record, record.digest) for record in generate_records(3000, seed=7, registry=registry))
    return store


@pytest.fixture(scope="session")
def generated_graph(generated_store):
    return generated_store.graph()


def corpus_roots(graph, records) -> dict[str, str]:
    seed = next(r.doc_id for name, r in records.items() if name.startswith("000_"))
    cited = sorted(n for n, d in graph.nodes(data=True) if d.get("kind") == "document" and not d.get("ingested"))
    return {"57-NQ/TW": queries.resolve_root(graph, "57-NQ/TW"), "seed-000": seed, "cited-only": cited[0]}


LINEAGE_CASES = [dict(direction="down"), dict(direction="up"), dict(direction="down", depth=1),
                 dict(direction="up", depth=1), dict(direction="down", as_of="2024-12-31"),
                 dict(direction="down", as_of="2025-06-30"), dict(direction="up", as_of="2024-12-31")]


# --- the bundled corpus -----------------------------------------------------------------------

@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("root", ["57-NQ/TW", "seed-000", "cited-only"])
def test_lineage_same_on_corpus(engines, corpus_graph, corpus_store, records, backend, root):
    engine = engines.on(corpus_store, backend)
    doc_id = corpus_roots(corpus_graph, records)[root]
    for case in LINEAGE_CASES:
        expected = queries.lineage(corpus_graph, doc_id, case["direction"], case.get("depth"), case.get("as_of"))
        assert as_json(engine.lineage(doc_id, **case)) == as_json(expected), case


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("root", ["57-NQ/TW", "seed-000", "cited-only"])
def test_gaps_same_on_corpus(engines, corpus_graph, corpus_store, records, backend, root):
    engine = engines.on(corpus_store, backend)
    doc_id = corpus_roots(corpus_graph, records)[root]
    for as_of in ("2024-06-01", "2025-03-01", "2026-01-01"):
        assert as_json(engine.gaps(doc_id, as_of=as_of)) == as_json(queries.gaps(corpus_graph, doc_id, as_of))


def test_gaps_of_57_has_expected_units(engines, corpus_graph, corpus_store, records):
    """The comparison above is not vacuous: 57-NQ/TW directs units in the corpus."""
    doc_id = corpus_roots(corpus_graph, records)["57-NQ/TW"]
    assert as_json(engines.on(corpus_store, "neo4j").gaps(doc_id)) == as_json(queries.gaps(corpus_graph, doc_id))
    assert queries.lineage(corpus_graph, doc_id).documents


SEARCHES = [("", {}), ("57", {}), ("nghi quyet 57", {}), ("57 NQ TW", {}), ("kim dong", {}), ("ke hoach", {}),
            ("", {"level": "province"}), ("", {"locality": "Hưng Yên"}), ("", {"ingested": False}),
            ("", {"date_from": "2025-01-01", "date_to": "2025-12-31"}), ("", {"doc_type": "Kế hoạch"}),
            ("ke hoach", {"limit": 2}), (HOSTILE, {})]


@pytest.mark.parametrize("backend", BACKENDS)
def test_search_and_stats_same_on_corpus(engines, corpus_graph, corpus_store, backend):
    engine = engines.on(corpus_store, backend)
    for text, filters in SEARCHES:
        assert as_json(engine.search(text, **filters)) == as_json(queries.search(corpus_graph, text, **filters)), \
            (text, filters)
    assert engine.stats() == queries.stats(corpus_graph)


@pytest.mark.parametrize("backend", BACKENDS)
def test_resolve_root_same_on_corpus(engines, corpus_graph, corpus_store, records, backend):
    engine = engines.on(corpus_store, backend)
    for root in corpus_roots(corpus_graph, records).values():
        assert engine.resolve_root(root) == root
    assert engine.resolve_root("57-NQ/TW", year=2024) == queries.resolve_root(corpus_graph, "57-NQ/TW")
    # an unnumbered plan, named by its type and issuer
    assert engine.resolve_root("Kế hoạch", issuer="Kim Động") == queries.resolve_root(
        corpus_graph, "KH", issuer="Kim Dong") == "hu.hung-yen.kim-dong:KH:#bab0ae25aaea"
    for bad in ("999-NQ/TW", HOSTILE):
        with pytest.raises(queries.RootError) as info:
            engine.resolve_root(bad)
        with pytest.raises(queries.RootError) as reference:
            queries.resolve_root(corpus_graph, bad)
        assert str(info.value) == str(reference.value)


def test_sync_twice_gives_identical_counts_and_graph(engines, corpus_graph, corpus_store):
    neo = engines.on(corpus_store, "neo4j")
    first = neo.sync(corpus_graph)
    second = neo.sync(corpus_graph)
    expected = {"nodes": corpus_graph.number_of_nodes(), "relationships": corpus_graph.number_of_edges()}
    assert {k: first[k] for k in expected} == {k: second[k] for k in expected} == expected
    assert second["deleted"] == 0
    assert neo.counts() == expected
    rebuilt = neo.graph()
    assert list(rebuilt.nodes(data=True)) == list(corpus_graph.nodes(data=True))
    assert list(rebuilt.edges(keys=True, data=True)) == list(corpus_graph.edges(keys=True, data=True))


def test_sync_from_the_store_streams_the_same_graph(engines, corpus_graph, corpus_store):
    """What `cascade ingest --backend neo4j` runs: rows from graph.sqlite, never the whole graph."""
    neo = engines.neo
    neo.sync(nx.MultiDiGraph())
    engines.synced = None
    result = neo.sync_store(corpus_store, batch_size=50)     # several batches of every kind
    assert {k: result[k] for k in ("nodes", "relationships")} == neo.counts() == {
        "nodes": corpus_graph.number_of_nodes(), "relationships": corpus_graph.number_of_edges()}
    rebuilt = neo.graph()
    assert dict(rebuilt.nodes(data=True)) == dict(corpus_graph.nodes(data=True))
    assert {(u, v, k): d for u, v, k, d in rebuilt.edges(keys=True, data=True)} == \
        {(u, v, k): d for u, v, k, d in corpus_graph.edges(keys=True, data=True)}
    engines.synced = corpus_store


def test_sync_deletes_what_the_graph_no_longer_holds(engines, corpus_graph, corpus_store):
    neo = engines.neo
    smaller = corpus_graph.copy()
    smaller.remove_node(next(n for n, d in smaller.nodes(data=True) if d.get("kind") == "document"))
    neo.sync(smaller)
    engines.synced = smaller
    assert neo.counts() == {"nodes": smaller.number_of_nodes(), "relationships": smaller.number_of_edges()}
    assert neo.stats() == queries.stats(smaller)


def test_hostile_text_is_only_ever_a_parameter(engines, corpus_graph, corpus_store):
    neo = engines.on(corpus_store, "neo4j")
    before = neo.counts()
    with pytest.raises(queries.RootError):
        neo.lineage(HOSTILE)
    with pytest.raises(queries.RootError):
        neo.gaps(HOSTILE)
    assert neo.search(HOSTILE, locality=HOSTILE, doc_type=HOSTILE) == []
    assert neo.counts() == before == {"nodes": corpus_graph.number_of_nodes(),
                                      "relationships": corpus_graph.number_of_edges()}


# --- the command line -------------------------------------------------------------------------

def _cli(args, env):
    from cascade.cli import main
    return CliRunner().invoke(main, args, env=env, catch_exceptions=False)


def test_cli_lineage_gaps_export_same_on_both_backends(engines, corpus_graph, corpus_store, neo4j_server, tmp_path):
    engines.on(corpus_store, "neo4j")
    env = {"NEO4J_URI": neo4j_server.uri}
    for command in (["lineage", "57-NQ/TW", "--format", "json"], ["lineage", "57-NQ/TW", "--direction", "up",
                                                                  "--format", "json"],
                    ["gaps", "57-NQ/TW", "--as-of", "2025-06-01", "--format", "json"]):
        outputs = [_cli([*command, "--store", str(corpus_store.folder), "--backend", b], env) for b in BACKENDS]
        assert [o.exit_code for o in outputs] == [0, 0], [o.stderr for o in outputs]
        assert json.loads(outputs[0].stdout) == json.loads(outputs[1].stdout)
    files = []
    for backend in BACKENDS:
        out = tmp_path / f"{backend}.json"
        result = _cli(["export", "--format", "json", "--out", str(out), "--store", str(corpus_store.folder),
                       "--backend", backend], env)
        assert result.exit_code == 0, result.stderr
        files.append(json.loads(out.read_text(encoding="utf-8")))
    for data in files:  # graph-level attributes (store folder, generation) differ by design
        data.pop("graph", None)
    assert files[0] == files[1]


def test_cli_ingest_with_neo4j_backend_syncs_the_store(engines, neo4j_server, tmp_path):
    env = {"NEO4J_URI": neo4j_server.uri}
    result = _cli(["ingest", str(CORPUS), "--store", str(tmp_path / "store"), "--backend", "neo4j",
                   "--format", "json"], env)
    engines.synced = None
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    from graph.store import Store
    graph = Store(tmp_path / "store").graph()
    assert summary["neo4j"]["nodes"] == graph.number_of_nodes()
    assert engines.neo.counts() == {"nodes": graph.number_of_nodes(), "relationships": graph.number_of_edges()}


def test_unreachable_server_is_one_line_error(tmp_path):
    port = free_port()
    result = _cli(["lineage", "57-NQ/TW", "--backend", "neo4j"], {"NEO4J_URI": f"bolt://127.0.0.1:{port}"})
    assert result.exit_code == 1
    assert result.stderr == (f"error: Neo4j is not reachable at bolt://127.0.0.1:{port} "
                             f"(is the server running? tools/neo4j.sh start)\n")
    from graph.neo4j_backend import Neo4jBackend
    from graph.neo4j_conn import Neo4jSettings
    with pytest.raises(BackendError):
        Neo4jBackend(Neo4jSettings(uri=f"bolt://127.0.0.1:{port}"))


# --- a generated cascade of a few thousand documents ----------------------------------------------

def generated_roots(graph) -> list[str]:
    by_level = {}
    for node, data in sorted(graph.nodes(data=True)):
        if data.get("kind") == "document":
            by_level.setdefault(data.get("level"), node)
    return [by_level["central"], by_level["province"], by_level["district"], by_level["commune"]]


@pytest.mark.parametrize("backend", BACKENDS)
def test_lineage_and_gaps_same_on_generated_cascade(engines, generated_graph, generated_store, backend):
    engine = engines.on(generated_store, backend)
    assert generated_graph.number_of_nodes() > 3000
    for root in generated_roots(generated_graph):
        for case in LINEAGE_CASES + [dict(direction="down", depth=2, as_of="2024-07-15")]:
            expected = queries.lineage(generated_graph, root, case["direction"], case.get("depth"), case.get("as_of"))
            assert as_json(engine.lineage(root, **case)) == as_json(expected), (root, case)
        for as_of in ("2024-06-15", "2024-12-31"):
            assert as_json(engine.gaps(root, as_of=as_of)) == as_json(queries.gaps(generated_graph, root, as_of))


@pytest.mark.parametrize("backend", BACKENDS)
def test_search_and_stats_same_on_generated_cascade(engines, generated_graph, generated_store, backend):
    engine = engines.on(generated_store, backend)
    for text, filters in [("ke hoach", {}), ("nghi quyet 101", {}), ("an giang", {"level": "district"}),
                          ("", {"locality": "Hà Nội"}), ("", {"date_from": "2024-09-01", "limit": 50})]:
        assert as_json(engine.search(text, **filters)) == as_json(queries.search(generated_graph, text, **filters))
    assert engine.stats() == queries.stats(generated_graph)
