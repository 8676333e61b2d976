"""The real Neo4j server (tools/neo4j.sh + tools/neo4j-runner) and graph.neo4j_conn.

The `neo4j_server` fixture and its helpers live in conftest.py (shared with test_backends.py):
without Java the tests skip with a message saying how to run them, and FAIL under CI=true.
"""

from __future__ import annotations

import os
import uuid

import pytest

from graph.neo4j_conn import Neo4jSettings, Neo4jUnavailable, open_driver, settings_from_env

from tests.conftest import (NEO4J_PORT as PORT, free_port as _free_port, neo4j_script as _script,
                      require_neo4j_tools as _require_tools)


# --- the server -------------------------------------------------------------------------------

def test_return_1(neo4j_server):
    with open_driver(neo4j_server) as driver:
        records, _, _ = driver.execute_query("RETURN 1 AS one", database_=neo4j_server.database)
    assert records[0]["one"] == 1


def test_create_and_read_node_in_managed_transactions(neo4j_server):
    marker = f"test-{uuid.uuid4()}"

    def create(tx, marker):
        return tx.run("CREATE (n:CascadeTestNode {marker: $marker, title: $title}) RETURN n.marker AS m",
                      marker=marker, title="Nghị quyết số 01-NQ/TW").single()["m"]

    def read(tx, marker):
        return [r.data() for r in tx.run(
            "MATCH (n:CascadeTestNode {marker: $marker}) RETURN n.title AS title, labels(n) AS labels",
            marker=marker)]

    with open_driver(neo4j_server) as driver:
        with driver.session(database=neo4j_server.database) as session:
            try:
                assert session.execute_write(create, marker) == marker
                rows = session.execute_read(read, marker)
                assert rows == [{"title": "Nghị quyết số 01-NQ/TW", "labels": ["CascadeTestNode"]}]
            finally:
                session.execute_write(
                    lambda tx: tx.run("MATCH (n:CascadeTestNode {marker: $m}) DELETE n", m=marker).consume())
            assert session.execute_read(read, marker) == []


def test_start_is_idempotent_and_status_reports_running(neo4j_server):
    again = _script("start", "--port", str(PORT), timeout=120)
    assert again.returncode == 0, again.stderr
    assert "already running" in again.stdout
    status = _script("status", "--port", str(PORT), timeout=60)
    assert status.returncode == 0
    assert f"bolt://127.0.0.1:{PORT}" in status.stdout


def test_wrong_port_gives_one_line_neo4j_unavailable(neo4j_server):
    port = _free_port()
    settings = Neo4jSettings(uri=f"bolt://127.0.0.1:{port}", user="neo4j", password="pw-never-shown",
                             database=neo4j_server.database)
    with pytest.raises(Neo4jUnavailable) as info:
        open_driver(settings, connection_timeout=5)
    message = str(info.value)
    assert "\n" not in message
    assert message == f"Neo4j is not reachable at bolt://127.0.0.1:{port} (is the server running? tools/neo4j.sh start)"
    assert "pw-never-shown" not in message
    assert info.value.__cause__ is None and info.value.__suppress_context__


def test_password_protected_server_accepts_and_refuses_credentials(tmp_path):
    """A second server with NEO4J_PASSWORD set: auth is on, a wrong password is refused."""
    _require_tools()
    port = _free_port()
    env = {**os.environ, "NEO4J_PASSWORD": "cascade-test-pw", "NEO4J_RUN_DIR": str(tmp_path / "run")}
    started = _script("start", "--port", str(port), "--data", str(tmp_path / "data"), env=env)
    try:
        assert started.returncode == 0, started.stdout + started.stderr
        uri = f"bolt://127.0.0.1:{port}"
        with open_driver(Neo4jSettings(uri=uri, password="cascade-test-pw")) as driver:
            assert driver.execute_query("RETURN 2 AS two").records[0]["two"] == 2
        with pytest.raises(Neo4jUnavailable) as info:
            open_driver(Neo4jSettings(uri=uri, password="wrong-password"))
        assert str(info.value) == f"Neo4j refused the credentials for user 'neo4j' at {uri}"
        with pytest.raises(Neo4jUnavailable, match="NEO4J_PASSWORD is not set"):
            open_driver(Neo4jSettings(uri=uri))
    finally:
        stopped = _script("stop", "--port", str(port), env=env, timeout=120)
    assert stopped.returncode == 0


# --- settings (no server needed) ----------------------------------------------------------------

def test_settings_from_env_defaults_and_overrides():
    assert settings_from_env({}) == Neo4jSettings("bolt://127.0.0.1:7687", "neo4j", None, "neo4j")
    s = settings_from_env({"NEO4J_URI": "bolt://127.0.0.1:7700", "NEO4J_USER": "u",
                           "NEO4J_PASSWORD": "secret-123", "NEO4J_DATABASE": "cascade"})
    assert (s.uri, s.user, s.password, s.database) == ("bolt://127.0.0.1:7700", "u", "secret-123", "cascade")
    assert "secret-123" not in repr(s)


def test_invalid_uri_is_a_one_line_neo4j_unavailable():
    with pytest.raises(Neo4jUnavailable) as info:
        open_driver(Neo4jSettings(uri="http://127.0.0.1:7474", password="secret-xyz"))
    assert str(info.value).startswith("invalid Neo4j URI 'http://127.0.0.1:7474'")
    assert "\n" not in str(info.value) and "secret-xyz" not in str(info.value)
