"""Security (issue 6, point 4): export paths stay in their folder; Neo4j credentials come from the
environment only and are never shown. Cypher parameters: tests/test_backends.py; escaping in the
app and the browser: tests/test_app.py and tests/test_e2e_browser.py (see SECURITY.md)."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, free_port

PASSWORD = "Pw-never-shown-7f3a"


# ---- export paths -------------------------------------------------------------------------------

@pytest.fixture()
def small_graph(registry):
    from graph.build import build_graph
    from tests.cascade_fixture import generate_records
    return build_graph(generate_records(30, seed=1, registry=registry), registry)


@pytest.fixture()
def base(tmp_path) -> Path:
    folder = tmp_path / "exports"
    folder.mkdir()
    (tmp_path / "outside").mkdir()
    return folder


def _refused(out, base: Path, graph) -> str:
    from graph.export import ExportError, export, safe_output
    with pytest.raises(ExportError) as first:
        safe_output(out, base)
    with pytest.raises(ExportError):
        export(graph, "json", out, base=base)
    written = sorted(p.relative_to(base.parent).as_posix() for p in base.parent.rglob("*")
                     if not p.is_relative_to(base))
    assert written == ["outside"], f"something was written outside the folder: {written}"
    return str(first.value)


@pytest.mark.parametrize("out", ["../x.json", "../outside/x.json", "sub/../../x.json", "./../../x.json",
                                 "sub/../../exports-evil/x.json"])
def test_relative_paths_cannot_leave_the_folder(out, base, small_graph):
    assert "outside" in _refused(out, base, small_graph)


def test_absolute_paths_outside_are_refused(base, small_graph, tmp_path):
    _refused(tmp_path / "outside" / "x.json", base, small_graph)
    _refused("/etc/cascade-x.json", base, small_graph)
    _refused(str(base) + "-evil/x.json", base, small_graph)   # a sibling sharing the name's prefix


def test_symlinks_out_of_the_folder_are_refused(base, small_graph, tmp_path):
    outside = tmp_path / "outside"
    (base / "to-outside").symlink_to(outside, target_is_directory=True)
    _refused("to-outside/x.json", base, small_graph)
    (base / "file.json").symlink_to(outside / "file.json")            # a dangling link to a new file
    _refused("file.json", base, small_graph)
    (base / "loop-a").symlink_to(base / "loop-b")
    (base / "loop-b").symlink_to(base / "loop-a")
    assert "cannot be resolved" in _refused("loop-a/x.json", base, small_graph)


def test_paths_inside_the_folder_are_written(base, small_graph):
    from graph.export import export, safe_output
    (base / "inner").mkdir()
    (base / "link-in").symlink_to(base / "inner", target_is_directory=True)   # a link that stays inside
    for out in ("g.json", "sub/dir/g.json", "link-in/g.json", str(base / "abs.json"), "a/../b.json"):
        path = safe_output(out, base)
        assert base.resolve() in path.parents
        meta = export(small_graph, "json", out, base=base)
        assert path.exists() and meta["documents"] == 30
    export(small_graph, "csv", ".", base=base)                                # csv into the folder itself
    assert (base / "nodes.csv").exists() and (base / "edges.csv").exists()


# ---- Neo4j credentials --------------------------------------------------------------------------

def cli(*args: str, env: dict[str, str], timeout: float = 120) -> subprocess.CompletedProcess:
    full = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    full.update(env, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "cascade.cli", *args], capture_output=True, text=True,
                          env=full, cwd=ROOT, timeout=timeout)


def test_settings_never_show_the_password():
    from graph.neo4j_conn import settings_from_env
    settings = settings_from_env({"NEO4J_URI": "bolt://127.0.0.1:7999", "NEO4J_PASSWORD": PASSWORD})
    assert settings.password == PASSWORD
    for shown in (repr(settings), str(settings), f"{settings}", f"{settings!r}"):
        assert PASSWORD not in shown


@pytest.mark.parametrize("uri", ["bolt://127.0.0.1:{port}", f"bolt://neo4j:{PASSWORD}@127.0.0.1:{{port}}",
                                 "bolt://127.0.0.1:{port}/" + PASSWORD, "bolt://127.0.0.1:notaport"])
def test_connection_errors_never_show_the_password(uri, caplog):
    import logging
    from graph.neo4j_conn import Neo4jSettings, Neo4jUnavailable, open_driver
    caplog.set_level(logging.DEBUG)                      # the driver's own debug log included
    with pytest.raises(Neo4jUnavailable) as info:
        open_driver(Neo4jSettings(uri=uri.format(port=free_port()), password=PASSWORD), connection_timeout=5)
    message = str(info.value)
    assert PASSWORD not in message and "\n" not in message
    assert info.value.__cause__ is None and info.value.__suppress_context__   # no chained traceback
    assert PASSWORD not in caplog.text


@pytest.mark.parametrize("command", [["stats"], ["lineage", "57-NQ/TW"],
                                     ["ingest", str(ROOT / "data" / "corpus" / "seeds"), "--format", "json"]])
def test_cli_with_an_unreachable_server_never_shows_the_password(command, tmp_path):
    port = free_port()
    store = ["--store", str(tmp_path / "store")]
    done = cli(*command, "--backend", "neo4j", *store,
               env={"NEO4J_URI": f"bolt://127.0.0.1:{port}", "NEO4J_PASSWORD": PASSWORD, "NEO4J_USER": "neo4j"})
    assert done.returncode == 1
    errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
    assert errors == [f"error: Neo4j is not reachable at bolt://127.0.0.1:{port} "
                      f"(is the server running? tools/neo4j.sh start)"]
    assert PASSWORD not in done.stdout + done.stderr and "Traceback" not in done.stderr


def test_no_command_takes_a_password_option():
    """Credentials come from the environment (NEO4J_*) only: never from argv, where `ps` shows them."""
    from cascade.cli import main
    for name, command in main.commands.items():
        for param in command.params:
            assert not any("pass" in opt.lower() or "secret" in opt.lower() for opt in param.opts), (name, param.opts)


@pytest.fixture(scope="module")
def password_server(request, tmp_path_factory):
    """(URI, password) of a Neo4j server with authentication on: the shared server when it was
    started with NEO4J_PASSWORD set, else one started here for this module (~20 s)."""
    if os.environ.get("NEO4J_PASSWORD"):
        settings = request.getfixturevalue("neo4j_server")
        yield settings.uri, settings.password
        return
    from tests.conftest import neo4j_script, require_neo4j_tools
    require_neo4j_tools()
    folder = tmp_path_factory.mktemp("neo4j-auth")
    port = free_port()
    env = {**os.environ, "NEO4J_PASSWORD": PASSWORD, "NEO4J_RUN_DIR": str(folder / "run")}
    started = neo4j_script("start", "--port", str(port), "--data", str(folder / "data"), env=env)
    try:
        assert started.returncode == 0, started.stdout + started.stderr
        yield f"bolt://127.0.0.1:{port}", PASSWORD
    finally:
        neo4j_script("stop", "--port", str(port), env=env, timeout=120)


def test_cli_with_a_wrong_password_never_shows_either_password(password_server, tmp_path):
    uri, password = password_server
    wrong = "Wrong-pw-also-secret-91c2"
    for command in (["stats"], ["ingest", str(ROOT / "data" / "corpus" / "seeds"), "--store",
                                str(tmp_path / "store"), "--format", "json"]):
        done = cli(*command, "--backend", "neo4j", env={"NEO4J_URI": uri, "NEO4J_USER": "neo4j", "NEO4J_PASSWORD": wrong})
        assert done.returncode == 1
        errors = [line for line in done.stderr.splitlines() if line.startswith("error:")]
        assert errors == [f"error: Neo4j refused the credentials for user 'neo4j' at {uri}"]
        assert wrong not in done.stdout + done.stderr and password not in done.stdout + done.stderr
    right = cli("stats", "--backend", "neo4j", env={"NEO4J_URI": uri, "NEO4J_USER": "neo4j", "NEO4J_PASSWORD": password})
    assert right.returncode == 0, right.stderr                  # the same call with the right one works
    assert password not in right.stdout + right.stderr


# ---- document text in the exported HTML (pyvis) -------------------------------------------------

HOSTILE_TITLE = "về <script>alert('x')</script> và <img src=x onerror=alert(2)>"


def test_hostile_title_is_inert_in_the_exported_html(registry, tmp_path):
    """`cascade export --format html`: the title reaches the tooltip as escaped text, never as markup."""
    from tests.test_hostile_input import PARENT_57, cascade, plan
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "hostile.txt").write_text(plan(999, "HU", parent=PARENT_57, title=HOSTILE_TITLE),
                                                   encoding="utf-8")
    store = tmp_path / "store"
    assert cascade("ingest", str(tmp_path / "docs"), store=store).returncode == 0
    from graph.store import Store
    assert "<script>alert('x')</script>" in Store(store).record("hu.hung-yen.kim-dong:KH:999:2025").title
    out = tmp_path / "graph.html"
    done = cascade("export", "--format", "html", "--out", str(out), store=store)
    assert done.returncode == 0, done.stderr
    page = out.read_text(encoding="utf-8")
    for raw in ("<script>alert", "<img src=x", "onerror=alert(2)>", "</script> v"):
        assert raw not in page
    # present, as text inside the JSON data (vis-network shows tooltips as text)
    assert "\\u003cimg src=x onerror=alert(2)\\u003e" in page
