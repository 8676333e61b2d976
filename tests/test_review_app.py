"""Review in the app (issue 11, item 7): the coverage page confirms, rejects and undoes decisions
on uncertain rows through the log `cascade review` writes, shows them at once on either backend;
lineage shows a confirmed link as confirmed; exports carry the decisions."""
from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from cascade.cli import main
from explorer.lineage_view import build_view, view_csv
from explorer.graph_html import render_view_html
from explorer.review import confirmed_links, confirmed_words
from explorer.snapshots import export_bytes
from graph.ingest import ingest_paths
from graph.store import Store
from queries.review import ReviewLog, apply_reviews
from tests import counterpart_docs
from tests.test_backends import BACKENDS, engines  # noqa: F401  (fixture)

APP = str(Path(__file__).resolve().parents[1] / "app.py")
ROOT = "TW:NQ:99:2025"
GOVERNMENT = "tw.du-cp"
ANSWER = "CP:NQ:50:2025"


@pytest.fixture()
def store(tmp_path, monkeypatch):
    target = Store(tmp_path / "store")
    assert not ingest_paths([counterpart_docs.write(tmp_path / "docs")], target).failures
    monkeypatch.setenv("CASCADE_STORE", str(target.folder))
    return target


def coverage_page(backend: str):
    from streamlit.testing.v1 import AppTest
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["doc"] = ROOT
    at.run()
    at.selectbox(key="backend_widget_vi").set_value(backend).run()
    at.switch_page("app_pages/coverage.py").run()
    assert not at.exception and not at.error, (at.exception, at.error)
    return at


def decide(at, button: str, who: str = "Nguyễn Văn A"):
    at.text_input(key="review_who").input(who)
    at.selectbox(key="review_row").set_value(GOVERNMENT)
    at.button(key=button).click().run()
    assert not at.exception, at.exception
    return at


def shown(at) -> dict:
    """What the page says of the Government's row: its status and reason in the gaps table, its
    decision and reviewer in the review table."""
    gap = at.dataframe[0].value
    gap_row = gap[gap["Đơn vị"] == "Đảng ủy Chính phủ"].iloc[0]
    review = at.dataframe[1].value
    review_row = review[review["Đơn vị"] == "Đảng ủy Chính phủ"].iloc[0]
    return {"status": gap_row["Trạng thái"], "reason": gap_row["Căn cứ"], "decision": review_row["Xem xét"],
            "who": review_row["Người xem xét"], "covered": at.metric[1].value}


def in_force(store) -> dict:
    return {body: entry["decision"] for (root, body), entry in ReviewLog(store.folder).current().items()}


@pytest.mark.parametrize("backend", BACKENDS)
def test_coverage_page_confirms_rejects_and_undoes(engines, neo4j_server, store, backend, monkeypatch):  # noqa: F811
    engines.on(store, backend)                   # Neo4j holds this store's graph
    monkeypatch.setenv("NEO4J_URI", neo4j_server.uri)
    at = coverage_page(backend)
    assert shown(at)["decision"] == "chưa xem xét" and shown(at)["status"] == "đã ban hành"
    assert len(at.dataframe[1].value) == 2       # the counterpart answer and the unit not placed

    decide(at, "review_confirm", who=" ")        # no name: nothing stored, said in Vietnamese
    assert "họ tên người xem xét" in at.error[0].value and not ReviewLog(store.folder).entries()

    decide(at, "review_confirm")
    assert in_force(store) == {GOVERNMENT: "confirm"}
    now = shown(at)
    assert now["decision"] == "đã xác nhận" and now["who"] == "Nguyễn Văn A" and now["status"] == "đã ban hành"
    assert "Đã xác nhận: Nguyễn Văn A" in now["reason"] and "Đã ghi quyết định" in at.success[0].value

    decide(at, "review_reject", who="Trần Thị B")
    assert in_force(store) == {GOVERNMENT: "reject"}
    now = shown(at)
    assert now["decision"] == "đã bác bỏ" and now["who"] == "Trần Thị B"
    assert now["status"] == "quá hạn" and now["covered"] == "0" and "Đã bác bỏ văn bản trả lời" in now["reason"]

    decide(at, "review_undo", who="Trần Thị B")  # the rejection undone: the confirmation is in force again
    entries = ReviewLog(store.folder).entries()
    assert entries[-1]["undo"] == entries[1]["id"] and entries[-1]["who"] == "Trần Thị B"
    assert in_force(store) == {GOVERNMENT: "confirm"} and shown(at)["status"] == "đã ban hành"
    decide(at, "review_undo")
    assert in_force(store) == {} and shown(at)["decision"] == "chưa xem xét"
    assert at.button(key="review_undo").disabled

    # The CLI reads the same decisions the page stored.
    decide(at, "review_reject")
    result = CliRunner().invoke(main, ["gaps", "99-NQ/TW", "--format", "json", "--backend", backend,
                                       "--store", str(store.folder)])
    assert result.exit_code == 0, result.output
    government = next(r for r in json.loads(result.stdout)["expected"] if r["body_id"] == GOVERNMENT)
    assert government["review"]["decision"] == "reject" and government["status"] == "overdue"


def test_lineage_shows_a_confirmed_link(store):
    ReviewLog(store.folder).decide(ROOT, GOVERNMENT, "confirm", "Nguyễn Văn A")
    from queries.gaps import gaps
    from queries.lineage import lineage
    graph = store.graph()
    links = confirmed_links(apply_reviews(gaps(graph, ROOT, "2025-08-01").to_json(), ReviewLog(store.folder)))
    assert list(links) == [(ANSWER, ROOT)]
    words = {pair: confirmed_words(review) for pair, review in links.items()}
    found = lineage(graph, ROOT, "down").to_json()
    view = build_view(found, confirmed=words)
    assert list(view.confirmed) == [(ROOT, ANSWER)]
    page = render_view_html(view)
    titles = [e["title"] for e in json.loads(re.search(r"edges = new vis.DataSet\((\[.*?\])\)", page).group(1))]
    assert any(title.endswith(words[(ANSWER, ROOT)]) for title in titles)
    assert sum(words[(ANSWER, ROOT)] in title for title in titles) < len(titles)
    table = list(csv.reader(io.StringIO(view_csv(found, words).decode("utf-8-sig"))))
    answer_row = next(r for r in table if r[1] == "50/NQ-CP")
    assert answer_row[-1].startswith("đã xác nhận (Nguyễn Văn A,") and table[0][-1] == "Xem xét"
    others = [r[-1] for r in table[1:] if r is not answer_row]
    assert others and not any(others)
    # The lineage page draws it without error.
    from streamlit.testing.v1 import AppTest
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["doc"] = ROOT
    at.run()
    at.switch_page("app_pages/lineage.py").run()
    assert not at.exception


def test_exports_carry_the_decisions(store, tmp_path):
    log = ReviewLog(store.folder)
    log.decide(ROOT, GOVERNMENT, "reject", "Nguyễn Văn A", "không phải chương trình hành động")
    graph = store.graph()
    data, meta = export_bytes(graph, "json", root=ROOT, reviews=log.current().values())
    snapshot = json.loads(data)
    assert [(r["body_id"], r["decision"], r["who"]) for r in snapshot["graph"]["reviews"]] == \
        [(GOVERNMENT, "reject", "Nguyễn Văn A")]
    assigned = [e for e in snapshot["edges"] if e["source"] == ROOT and e["target"] == GOVERNMENT
                and e["key"].startswith("ASSIGNS")]
    assert assigned and assigned[0]["review"]["decision"] == "reject" and assigned[0]["review"]["when"]
    archive = zipfile.ZipFile(io.BytesIO(export_bytes(graph, "csv", reviews=log.current().values())[0]))
    edges = list(csv.DictReader(io.StringIO(archive.read("edges.csv").decode("utf-8-sig"))))
    reviewed = [json.loads(e["review"]) for e in edges if e["review"]]
    assert [r["who"] for r in reviewed] == ["Nguyễn Văn A"]
    assert json.loads(archive.read("snapshot.json"))["reviews"][0]["note"] == "không phải chương trình hành động"
    # The CLI export reads <store>/reviews.jsonl; GraphML keeps the decision as a JSON attribute.
    out = tmp_path / "snap.graphml"
    result = CliRunner().invoke(main, ["export", "99-NQ/TW", "--format", "graphml", "--out", str(out),
                                       "--store", str(store.folder)])
    assert result.exit_code == 0, result.output
    assert "Nguyễn Văn A" in out.read_text(encoding="utf-8") and "reject" in out.read_text(encoding="utf-8")
    # The export page carries them too, and says how many.
    from streamlit.testing.v1 import AppTest
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["doc"] = ROOT
    at.run()
    at.switch_page("app_pages/export.py").run()
    at.button[0].click().run()
    assert not at.exception
    meta = dict(zip(at.dataframe[0].value["Thông tin"], at.dataframe[0].value["Giá trị"]))
    assert meta["Số quyết định xem xét"] == "1"
    made = json.loads(at.session_state["export_file"][0])
    assert made["graph"]["reviews"][0]["decision"] == "reject"
    # No decision taken: the snapshot says so (an empty list), the edges carry none.
    bare = json.loads(export_bytes(graph, "json", root=ROOT, reviews=[])[0])
    assert bare["graph"]["reviews"] == [] and not any("review" in e for e in bare["edges"])


def test_whole_graph_exports_carry_the_decisions_streamed(store, tmp_path, monkeypatch):
    """A store with decisions exports its whole graph streamed from graph.sqlite, as it does
    without them: the same bytes as the in-memory export that carries them, never the whole graph."""
    from graph.export import export
    from graph.stream_export import export_tables
    log = ReviewLog(store.folder)
    log.decide(ROOT, GOVERNMENT, "reject", "Nguyễn Văn A", "không phải chương trình hành động")
    reviews = list(log.current().values())
    graph, tables = store.graph(), store.graph_tables()

    def refuse(*args, **kwargs):
        raise AssertionError("the whole graph was loaded")
    monkeypatch.setattr("graph.store.Store.graph", refuse)
    monkeypatch.setattr("graph.tables.GraphTables.load_all", refuse)
    for fmt in ("graphml", "gexf", "json", "csv", "cypher"):
        old = export(graph, fmt, tmp_path / f"old.{fmt}", reviews=reviews)
        new = export_tables(tables, fmt, tmp_path / f"new.{fmt}", reviews=reviews)
        assert {**old, "created": ""} == {**new, "created": ""}, fmt
        written = [tmp_path / f"{side}.{fmt}" for side in ("old", "new")]
        if fmt == "csv":
            written = [p.with_name(p.stem + "-edges.csv") for p in written]
        texts = [re.sub(r"\d{4}-\d\d-\d\dT[\d:.]+\+00:00", "", p.read_text(encoding="utf-8")) for p in written]
        assert texts[0] == texts[1] and "Nguyễn Văn A" in texts[1], fmt
    out = tmp_path / "cli.json"
    result = CliRunner().invoke(main, ["export", "--format", "json", "--out", str(out), "--store", str(store.folder)])
    assert result.exit_code == 0, result.output
    snapshot = json.loads(out.read_text(encoding="utf-8"))
    assert [r["decision"] for r in snapshot["graph"]["reviews"]] == ["reject"]
    assert [e["review"]["who"] for e in snapshot["edges"] if "review" in e] == ["Nguyễn Văn A"]
