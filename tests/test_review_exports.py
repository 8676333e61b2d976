"""Review decisions in snapshots (issue 11, item 7): the standalone HTML export marks a confirmed
answer's link as the app's lineage does and draws no link for a rejected answer; the snapshot
compare judges each side's gaps with the decisions that snapshot carries and lists the new ones."""
from __future__ import annotations

import json
import re

import pytest
from click.testing import CliRunner

from cascade.cli import main
from explorer.i18n import fmt_date
from explorer.snapshots import diff_snapshots
from queries.review import ReviewLog
from tests import counterpart_docs
from tests.samples import ingested_store
from tests.test_backends import BACKENDS, engines  # noqa: F401  (fixture)

ROOT, GOVERNMENT, ANSWER = "TW:NQ:99:2025", "tw.du-cp", "CP:NQ:50:2025"


@pytest.fixture()
def store(tmp_path):
    return ingested_store(tmp_path, counterpart_docs.FILES)


@pytest.fixture(params=BACKENDS)
def backend(request, engines, neo4j_server, store, monkeypatch):  # noqa: F811
    engines.on(store, request.param)            # Neo4j holds this store's graph
    monkeypatch.setenv("NEO4J_URI", neo4j_server.uri)
    return request.param


def drawn(store, tmp_path, backend: str) -> tuple[list[dict], list[dict]]:
    """(nodes, edges) of the standalone HTML `cascade export 99-NQ/TW --format html` writes."""
    out = tmp_path / "cascade.html"
    done = CliRunner().invoke(main, ["export", "99-NQ/TW", "--format", "html", "--out", str(out),
                                     "--store", str(store.folder), "--backend", backend])
    assert done.exit_code == 0, done.output
    page = out.read_text(encoding="utf-8")
    found = [json.loads(re.search(rf"{name} = new vis.DataSet\((\[.*?\])\)", page).group(1)) for name in ("nodes", "edges")]
    return found[0], found[1]


def test_html_export_marks_a_confirmed_link(store, tmp_path, backend):
    nodes, edges = drawn(store, tmp_path, backend)
    assert ANSWER in {n["id"] for n in nodes} and not any("đã xác nhận" in e["title"] for e in edges)
    entry = ReviewLog(store.folder).decide(ROOT, GOVERNMENT, "confirm", "Nguyễn Văn A")
    nodes, edges = drawn(store, tmp_path, backend)
    words = f"đã xác nhận (Nguyễn Văn A, {fmt_date(entry['when'])})"
    marked = [e for e in edges if e["title"].endswith(words)]
    assert marked and {tuple(e["route"]) for e in marked} == {(ROOT, ANSWER)}
    assert len(marked) < len(edges)           # the other links are not marked


def test_html_export_draws_no_link_for_a_rejected_answer(store, tmp_path, backend):
    ReviewLog(store.folder).decide(ROOT, GOVERNMENT, "reject", "Nguyễn Văn A", "không phải chương trình hành động")
    nodes, edges = drawn(store, tmp_path, backend)
    assert ANSWER not in {n["id"] for n in nodes}
    assert not any(ANSWER in e["route"] for e in edges)
    assert "KH:30:2025" in " ".join(n["id"] for n in nodes)     # the Tỉnh ủy's plan is still drawn


def snapshot(store, tmp_path, backend: str, name: str) -> bytes:
    """The JSON snapshot `cascade export --format json` writes on the backend (with the decisions)."""
    out = tmp_path / f"{name}.json"
    done = CliRunner().invoke(main, ["export", "--format", "json", "--out", str(out), "--as-of", "2025-08-01",
                                     "--store", str(store.folder), "--backend", backend])
    assert done.exit_code == 0, done.output
    return out.read_bytes()


def test_compare_takes_the_decisions_of_each_snapshot(store, tmp_path, backend):
    log = ReviewLog(store.folder)
    old = snapshot(store, tmp_path, backend, "old")
    entry = log.decide(ROOT, GOVERNMENT, "reject", "Nguyễn Văn A")
    new = snapshot(store, tmp_path, backend, "new")
    diff = diff_snapshots(old, new)
    assert diff["arrived"] == [] and diff["closed"] == []
    assert [(r["Đơn vị"], r["Trước"], r["Sau"]) for r in diff["opened"]] == \
        [("Đảng ủy Chính phủ", "đã ban hành", "quá hạn")]          # same corpus: the rejection opened it
    assert [(r["Đơn vị"], r["Xem xét"], r["Người xem xét"]) for r in diff["decided"]] == \
        [("Đảng ủy Chính phủ", "đã bác bỏ", "Nguyễn Văn A")]
    log.undo(entry["id"], "Nguyễn Văn A")
    back = diff_snapshots(new, snapshot(store, tmp_path, backend, "undone"))
    assert [r["Đơn vị"] for r in back["closed"]] == ["Đảng ủy Chính phủ"] and back["decided"] == []
