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


# --- the real Neo4j server (tools/neo4j.sh), shared by the server and backend tests -------------
# Needs Java 17 (and Maven until tools/neo4j-runner is built). Without them the Neo4j tests skip
# with a message saying how to run them; under CI=true they FAIL: CI must exercise a real server.
# NEO4J_TEST_PORT (default 7687); NEO4J_KEEP_RUNNING=1 leaves a server these tests started running
# (a server that was already running is always left running).
import os  # noqa: E402
import shutil  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402

NEO4J_SCRIPT = ROOT / "tools" / "neo4j.sh"
NEO4J_RUNNER_JAR = ROOT / "tools" / "neo4j-runner" / "target" / "neo4j-runner.jar"
NEO4J_PORT = int(os.environ.get("NEO4J_TEST_PORT", "7687"))
IN_CI = os.environ.get("CI") == "true"
NEO4J_HOW_TO = "install OpenJDK 17 + Maven, then tools/neo4j.sh start"


def neo4j_script(*args: str, env: dict[str, str] | None = None, timeout: float = 900) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", str(NEO4J_SCRIPT), *args], capture_output=True, text=True,
                          timeout=timeout, env=env, cwd=ROOT)


def neo4j_missing_tools() -> list[str]:
    missing = []
    if shutil.which("java") is None:
        missing.append("java")
    if shutil.which("mvn") is None and not NEO4J_RUNNER_JAR.exists():
        missing.append("mvn")
    return missing


def require_neo4j_tools() -> None:
    missing = neo4j_missing_tools()
    if missing:
        message = f"Neo4j server tests need {' and '.join(missing)}: {NEO4J_HOW_TO}"
        if IN_CI:
            pytest.fail(message + " (CI=true: a missing server is a failure)", pytrace=False)
        pytest.skip(message)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def neo4j_server():
    """Settings for a running local server, started once per run through tools/neo4j.sh."""
    from graph.neo4j_conn import Neo4jSettings, settings_from_env
    require_neo4j_tools()
    was_running = neo4j_script("status", "--port", str(NEO4J_PORT), timeout=60).returncode == 0
    started = neo4j_script("start", "--port", str(NEO4J_PORT))
    if started.returncode != 0:
        pytest.fail(f"tools/neo4j.sh start --port {NEO4J_PORT} failed (exit {started.returncode}):\n"
                    f"{started.stdout}{started.stderr}", pytrace=False)
    env = settings_from_env()
    yield Neo4jSettings(uri=f"bolt://127.0.0.1:{NEO4J_PORT}", user=env.user, password=env.password,
                        database=env.database)
    if not was_running and os.environ.get("NEO4J_KEEP_RUNNING") != "1":
        neo4j_script("stop", "--port", str(NEO4J_PORT), timeout=120)
