"""The explorer: every page under Streamlit's AppTest (no browser), and the explorer/ functions
behind them (folding a national fan-out, escaping document text, checklists, snapshots)."""
from __future__ import annotations

import csv
import io
import json
import time
from pathlib import Path

import pytest

from explorer.synthetic import national_cascade
from tests.samples import EVIL, evil_plan, store_with_evil_plan

ROOT = Path(__file__).resolve().parents[1]
APP = str(ROOT / "app.py")
SEED_000 = "hu.hung-yen.kim-dong:KH:#bab0ae25aaea"
EVIL_DOC = evil_plan(99, 2)


# -- fixtures -------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def app_store(tmp_path_factory):
    """A store with the bundled corpus plus one hostile document, used through CASCADE_STORE."""
    return store_with_evil_plan(tmp_path_factory.mktemp("app-store"), EVIL_DOC)


@pytest.fixture()
def at_env(app_store, monkeypatch):
    monkeypatch.setenv("CASCADE_STORE", str(app_store.folder))
    return app_store


def run_page(page: str, doc: str | None = None):
    from streamlit.testing.v1 import AppTest
    at = AppTest.from_file(APP, default_timeout=60)
    if doc:
        at.query_params["doc"] = doc
    at.run()
    if page != "find":
        at.switch_page(f"app_pages/{page}.py").run()
    assert not at.exception, at.exception
    return at


def evil_doc_id(store) -> str:
    return next(r.doc_id for r in store.records() if r.source.endswith("evil.txt"))


# -- pages ----------------------------------------------------------------------------------
def test_find_page_searches_without_diacritics(at_env):
    at = run_page("find")
    assert at.title[0].value == "Tìm kiếm"
    at.text_input(key="find_q").input("kim dong").run()
    assert not at.exception
    frame = at.dataframe[0].value
    assert any("Kim Động" in issuer for issuer in frame["Cơ quan ban hành"])
    at.text_input(key="find_q").input("57 NQ TW").run()
    assert at.dataframe[0].value["Số hiệu"].iloc[0] == "57-NQ/TW"


def test_lineage_page_draws_the_cascade(at_env):
    at = run_page("lineage", "TW:NQ:57:2024")
    assert at.title[0].value == "Phả hệ văn bản"
    shown = [m.value for m in at.markdown if "văn bản" in m.value and "/" in m.value]
    import re
    numbers = re.search(r"(\d+) / (\d+)", shown[0])
    assert numbers and numbers.group(1) == numbers.group(2) and int(numbers.group(2)) >= 3
    at.radio(key="lineage_direction").set_value("up").run()
    assert not at.exception


def test_coverage_of_seed_000_lists_15_units_not_issued(at_env):
    at = run_page("coverage", SEED_000)
    assert at.metric[0].value == "15"
    table = at.dataframe[0].value
    assert len(table) == 15
    assert set(table["Trạng thái"]) == {"chưa ban hành"}
    assert set(table["Cấp"]) == {"Cấp xã"}


def test_document_page_highlights_and_escapes(at_env):
    at = run_page("document", evil_doc_id(at_env))
    shown = " ".join(str(h.proto.body) for h in at.get("html"))
    assert "<script>" not in shown and "<img" not in shown
    assert "&lt;script&gt;" in shown and "&lt;img src=x onerror=alert(1)&gt;" in shown
    at = run_page("document", SEED_000)
    shown = " ".join(str(h.proto.body) for h in at.get("html"))
    assert 'class="hl-parent' in shown and 'class="hl-assign' in shown
    parents = at.dataframe[1].value
    assert "chưa có văn bản" in set(parents["Tình trạng"])


def test_quality_upload_export_pages_open(at_env):
    at = run_page("quality")
    assert [m.label for m in at.metric][0] == "Tệp lỗi"
    cited = at.dataframe[-1].value
    assert list(cited["Số lần được trích dẫn"]) == sorted(cited["Số lần được trích dẫn"], reverse=True)
    run_page("upload")
    at = run_page("export", SEED_000)
    at.button[0].click().run()
    assert not at.exception
    assert any(row == "Số văn bản" for row in at.dataframe[0].value["Thông tin"])


def test_unreachable_neo4j_is_said_plainly_and_nothing_stale_is_shown(at_env, monkeypatch):
    monkeypatch.setenv("NEO4J_URI", "bolt://127.0.0.1:9")
    at = run_page("find")
    at.selectbox(key="backend_widget_vi").set_value("neo4j").run()
    assert not at.exception
    assert not at.dataframe                                   # no results from another backend
    assert "Không kết nối được máy chủ Neo4j" in at.error[0].value and "bolt://127.0.0.1:9" in at.error[0].value
    at.toggle(key="english_widget").set_value(True).run()
    assert "The Neo4j server cannot be reached" in at.error[0].value and not at.dataframe
    at.switch_page("app_pages/export.py").run()              # every page, export too
    assert at.error and not at.button


def test_neo4j_backend_serves_the_pages_and_export(at_env, neo4j_server, monkeypatch):
    """With Neo4j chosen and reachable, search and export read from it (export used to ignore it)."""
    from cascade.backends import sync_store_to_neo4j
    from graph import neo4j_backend
    monkeypatch.setenv("NEO4J_URI", neo4j_server.uri)
    sync_store_to_neo4j(at_env)
    neo4j_backend.Neo4jBackend.from_env().sync(national_cascade(provinces=1, communes=2))   # differs from the store
    at = run_page("find")
    at.selectbox(key="backend_widget_vi").set_value("neo4j").run()
    assert not at.exception and not at.error
    at.switch_page("app_pages/export.py").run()
    at.button[0].click().run()
    assert not at.exception
    meta = dict(zip(at.dataframe[0].value["Thông tin"], at.dataframe[0].value["Giá trị"]))
    assert meta["Số văn bản"] == str(1 + 1 + 2)                # the server's graph, not the store's
    sync_store_to_neo4j(at_env)


def test_two_sessions_keep_their_own_language():
    """The language is read per thread/session, never from a module global."""
    import threading

    from explorer.i18n import language, t
    barrier = threading.Barrier(2)
    seen = {True: set(), False: set()}

    def session(english: bool):
        with language(english):
            for _ in range(200):
                barrier.wait()
                seen[english].add(t("find"))

    threads = [threading.Thread(target=session, args=(flag,)) for flag in (True, False)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert seen == {True: {"Find"}, False: {"Tìm kiếm"}}


# -- explorer functions ---------------------------------------------------------------------
def test_a_3000_descendant_root_folds_into_readable_aggregates():
    from explorer.graph_html import remote_references, render_view_html
    from explorer.lineage_view import build_view
    from queries import gaps, lineage
    g = national_cascade()
    started = time.perf_counter()
    result = lineage(g, "TW:NQ:1", "down").to_json()
    assert len(result["documents"]) == 63 + 63 * 48
    expected = {}

    def expected_for(doc):
        if doc not in expected:
            expected[doc] = gaps(g, doc, "2025-04-01").to_json()["expected"]
        return expected[doc]

    view = build_view(result, root_meta=dict(g.nodes["TW:NQ:1"]), expected_for=expected_for)
    page = render_view_html(view)
    elapsed = time.perf_counter() - started
    assert elapsed < 5, elapsed
    assert view.total == 3087 and view.shown == 63         # the province plans, one by one
    assert len(view.aggregates) == 63                       # their communes, folded per province
    assert len(view.nodes) < 150
    assert all("48 / 80 đơn vị đã ban hành" in " ".join(a.label.split("\n")) for a in view.aggregates)
    assert not remote_references(page) and "https://cdn" not in page
    # opening one province's group shows its 48 commune plans
    key = view.aggregates[0].id
    opened = build_view(result, root_meta=dict(g.nodes["TW:NQ:1"]), expanded=[key], expected_for=expected_for)
    assert opened.shown == 63 + 48 and len(opened.aggregates) == 62


def test_lanes_separate_party_and_state():
    from explorer.lineage_view import build_view
    lineage = {"root": {"doc_id": "r", "symbol": "57-NQ/TW", "ingested": True}, "direction": "down",
               "documents": [{"doc_id": "p", "symbol": "1-KH/TU", "level": "province", "system": "party", "depth": 1,
                              "ingested": True},
                             {"doc_id": "s", "symbol": "2/KH-UBND", "level": "province", "system": "state",
                              "depth": 1, "ingested": False}],
               "edges": [{"from": "p", "to": "r", "relation": "implements"},
                         {"from": "s", "to": "r", "relation": "implements"}]}
    view = build_view(lineage, root_meta={"level": "central", "system": "party"})
    nodes = {n.id: n for n in view.nodes}
    assert nodes["p"].y == nodes["s"].y > nodes["r"].y         # same level row, below the centre
    assert nodes["s"].x > nodes["p"].x                         # the state lane is to the right
    assert "chưa có văn bản" in nodes["s"].label


def test_highlight_escapes_every_piece():
    from explorer.evidence import highlight_html
    text = f"Thực hiện {EVIL} đến 20/11/2025"
    out = highlight_html(text, [(0, 20, "parent", 'a "quoted" <b>note</b>'), (5, 30, "assign", "x")])
    assert "<script>" not in out and "<img" not in out and "<b>" not in out
    assert "&lt;script&gt;" in out and "&quot;quoted&quot;" in out
    assert out.count('class="hl-assign hl-parent"') == 1


def test_lineage_html_keeps_document_text_out_of_markup():
    from explorer.graph_html import render_view_html
    from explorer.lineage_view import build_view
    lineage = {"root": {"doc_id": "r", "symbol": None, "title": EVIL, "issuer": EVIL, "ingested": True},
               "documents": [], "edges": []}
    page = render_view_html(build_view(lineage))
    data = page.split("new vis.DataSet(", 1)[1].split(");", 1)[0]
    assert "<script>" not in data and "<img" not in data and "\\u003cscript\\u003e" in data


def test_checklists_are_vietnamese_with_dd_mm_yyyy_dates():
    from openpyxl import load_workbook

    from explorer.coverage import checklist_csv, checklist_xlsx, delay_histogram
    gaps = {"root": {"symbol": "10-KH/ĐUK", "issuer": "Đảng ủy Khối", "date": "2025-01-10"},
            "deadline": "2025-02-01", "as_of": "2025-03-01",
            "expected": [{"unit": "Xã A", "body": "Đảng ủy xã A", "level": "commune", "province": "Quảng Trị",
                          "status": "covered", "documents": ["d1"], "answered_on": "2025-01-20",
                          "deadline": "2025-02-01", "reason": "r"},
                         {"unit": "Xã B", "body": "Đảng ủy xã B", "level": "commune", "province": "Quảng Trị",
                          "status": "overdue", "documents": [], "answered_on": None, "deadline": "2025-02-01",
                          "reason": "r"}]}
    from explorer.i18n import language
    rows = list(csv.reader(io.StringIO(checklist_csv(gaps, {"d1": "09-KH/ĐU"}.get).decode("utf-8-sig"))))
    header = rows.index(next(r for r in rows if r and r[0] == "STT"))
    table = [dict(zip(rows[header], r)) for r in rows[header + 1:]]
    assert [table[0][k] for k in ("Trạng thái", "Thời hạn", "Ngày ban hành", "Độ trễ (ngày)", "Văn bản trả lời")] \
        == ["đã ban hành", "01/02/2025", "20/01/2025", "10", "09-KH/ĐU"]
    assert table[1]["Trạng thái"] == "quá hạn" and table[1]["Độ trễ (ngày)"] == ""
    sheet = load_workbook(io.BytesIO(checklist_xlsx(gaps))).active
    assert sheet.cell(row=header + 2, column=rows[header].index("Trạng thái") + 1).value == "đã ban hành"
    with language(True):
        english = checklist_csv(gaps).decode("utf-8-sig")
    assert "Status" in english and "covered" in english and "overdue" in english and "đã ban hành" not in english
    assert delay_histogram(gaps) == [{"Độ trễ (ngày)": "7–13", "Số văn bản": 1}]


def test_snapshot_diff_reports_arrivals_and_closed_gaps(tmp_path):
    from explorer.snapshots import diff_snapshots, export_bytes
    g = national_cascade(provinces=2, communes=3)
    before = g.copy()
    before.remove_node("xa.0.2:KH:1")
    old, meta = export_bytes(before, "json", as_of="2025-04-01")
    new, _ = export_bytes(g, "json", as_of="2025-04-01")
    assert meta["documents"] == 1 + 2 + 5 and meta["as_of"] == "2025-04-01" and meta["corpus_digest"]
    diff = diff_snapshots(old, new)
    assert diff["arrived_ids"] == ["xa.0.2:KH:1"] and diff["arrived"][0]["Số hiệu"] == "3-KH/ĐU"
    assert len(diff["closed"]) == 1 and diff["closed"][0]["Trước"] == "quá hạn"
    assert diff["opened"] == []
    for fmt in ("graphml", "gexf", "csv", "cypher", "html"):
        data, _ = export_bytes(g, fmt)
        assert data


def test_upload_saves_ingests_and_reports_errors(tmp_path):
    from explorer.upload import save_and_ingest
    from graph.store import Store
    store = Store(tmp_path / "store")
    seen = []
    report = save_and_ingest([("../../evil.txt", EVIL_DOC.encode()), ("big.txt", b"x" * 50),
                              ("notes.doc", b"abc"), ("empty.txt", b"")], store, max_bytes=40,
                             progress=lambda share, name: seen.append(share))
    assert report.errors and {name for name, _ in report.errors} == {"../../evil.txt", "big.txt", "notes.doc",
                                                                     "empty.txt"}
    report = save_and_ingest([("../../evil.txt", EVIL_DOC.encode())], store,
                             progress=lambda share, name: seen.append(share))
    assert report.added == 1 and not report.errors
    assert (store.folder / "uploads" / "evil.txt").exists() and seen[-1] == 1.0
    assert store.count() == 1


def test_dates_are_dd_mm_yyyy():
    from explorer.i18n import fmt_date
    assert fmt_date("2024-12-22") == "22/12/2024" and fmt_date(None) == ""


def test_one_colour_per_status_in_table_and_charts():
    from explorer.coverage import STATUS_COLOURS, status_chart, status_style
    from explorer.i18n import language, status_name
    from queries.gaps import STATUSES
    for english in (False, True):
        with language(english):
            names = [status_name(s) for s in STATUSES]
            table = [{"Cấp": "Cấp xã", **{name: 1 for name in names}}]
            scale = status_chart(table, "Cấp").to_dict()["encoding"]["color"]["scale"]
            assert scale["domain"] == names and scale["range"] == [STATUS_COLOURS[s] for s in STATUSES]
            assert all(STATUS_COLOURS[s] in status_style(status_name(s)) for s in STATUSES)
    assert len(set(STATUS_COLOURS.values())) == len(STATUSES)


def test_exports_name_files_relative_to_the_corpus(at_env):
    from explorer.snapshots import export_bytes
    data, _ = export_bytes(at_env.graph(), "json")
    sources = [n["source"] for n in json.loads(data)["nodes"] if n.get("source")]
    assert sources and not [s for s in sources if s.startswith("/") or str(ROOT) in s]
    assert any(s.startswith("seeds/") or "/" in s for s in sources)


def test_failed_uploads_can_be_dismissed_and_expire(tmp_path):
    from explorer.i18n import language
    from explorer.upload import save_and_ingest
    from graph.store import Store
    store = Store(tmp_path / "store")
    report = save_and_ingest([("broken.pdf", b"%PDF-1.4 not really a pdf")], store)
    assert [name for name, _ in report.errors] == ["broken.pdf"]
    assert "PDF" in report.errors[0][1] and "corrupt" not in report.errors[0][1]     # said in Vietnamese
    with language(True):
        again = save_and_ingest([("broken.pdf", b"%PDF-1.4 not really a pdf")], store)
    assert "PDF" in again.errors[0][1] and "tệp" not in again.errors[0][1]
    assert len(store.failures_since(3600)) == 1 and store.failures_since(-3600) == []   # older ones expire
    store.dismiss_failures(source for source, _ in store.failures())
    assert store.failures() == []
