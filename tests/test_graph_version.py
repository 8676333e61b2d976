"""graph.sqlite is built again when GRAPH_VERSION (or a domain table, or the records) changes,
so the version must move when what a build writes moves (tools/record_graph_output.py)."""
import json

from extraction.version import tables_digest
from graph import tables as graph_tables

from tests.tool_scripts import load

recorder = load("record_graph_output")


def test_graph_changes_only_with_the_version():
    recorded = json.loads(recorder.RECORD.read_text(encoding="utf-8"))
    now = recorder.current()
    changed = recorder.changed_tables(recorded, now)
    assert recorded["version"] == graph_tables.GRAPH_VERSION, (
        "GRAPH_VERSION moved: run python3 tools/record_graph_output.py")
    assert recorded["inputs"] == now["inputs"], (
        "the fixtures' records or the domain tables changed: run python3 tools/record_graph_output.py")
    assert not changed, (f"graph.sqlite's tables {changed} changed under GRAPH_VERSION {graph_tables.GRAPH_VERSION}: "
                         "raise it in graph/tables.py and run python3 tools/record_graph_output.py")
    assert {"nodes", "edges", "doc_search"} <= set(now["tables"])


def test_a_changed_row_is_seen(tmp_path):
    """The digests see one changed value (the guard is not blind to a small change)."""
    rows = [("a", '{"level": "province"}'), ("b", '{"level": "district"}')]
    assert recorder._digest(rows, "/nowhere") != recorder._digest([rows[0], ("b", '{"level": "commune"}')], "/nowhere")
    assert recorder._digest(rows, "/nowhere") == recorder._digest(rows[::-1], "/nowhere")


def test_the_key_is_the_version_and_the_tables():
    assert graph_tables.inputs_version() == f"g{graph_tables.GRAPH_VERSION}+{tables_digest()}"
    assert graph_tables.graph_key(7).startswith("7:g")
