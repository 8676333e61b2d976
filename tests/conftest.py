"""Shared fixtures: the repository on the import path, the registry, and a store filled with
the bundled corpus (seeds + the four real texts) in a temporary folder."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

CORPUS = ROOT / "data" / "corpus"
SEEDS = CORPUS / "seeds"
REAL = CORPUS / "real"


@pytest.fixture(scope="session")
def registry():
    from domain.registry import Registry
    return Registry.load()


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory):
    """A store with seeds + real, ingested once per session. Tests must not write to it."""
    from graph.ingest import ingest_paths
    from graph.store import Store
    store = Store(tmp_path_factory.mktemp("store"))
    from cascade.backends import bundled_corpus_files
    report = ingest_paths(bundled_corpus_files(), store)
    assert not report.failures, report.failures
    return store


@pytest.fixture(scope="session")
def corpus_graph(corpus_store):
    return corpus_store.graph()


@pytest.fixture(scope="session")
def records(corpus_store):
    """Extracted records of the bundled corpus, by file name."""
    return {Path(r.source).name: r for r in corpus_store.records(with_text=True)}
