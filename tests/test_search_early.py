"""A broad search (words in most documents) stops reading early (graph/search_index.py) and
shows what ranking every match shows: on a generated cascade with an old plan of a commune whose
name holds a broad word (Kế Sách: "ke" in its issuer and locality), which outranks every newer
plan for "ke hoach" and is read directly, not found by reading the newest documents."""
from __future__ import annotations

import pytest

import queries
from benchmarks.generate import generate
from graph import search_index
from graph.ingest import ingest_paths
from graph.store import Store
from tests.test_scale import as_json, random_searches

OLD_RARE_PLAN = """ĐẢNG ỦY THỊ TRẤN KẾ SÁCH
Số 3-KH/ĐU
Kế Sách, ngày 15 tháng 3 năm 2019

KẾ HOẠCH
Học tập, quán triệt nghị quyết

Thực hiện Kế hoạch số 45-KH/HU, ngày 01/3/2019 của Huyện ủy Kế Sách, Ban Thường vụ Đảng ủy ban hành
kế hoạch như sau.
"""
BROAD = [("ke hoach", {}), ("ke hoach", {"limit": 5}), ("hoach", {"limit": 1}), ("kh", {}), ("dang uy", {"limit": 30}),
         ("ke", {"level": "commune", "limit": 10}), ("ke hoach", {"date_to": "2025-01-01", "limit": 7}),
         ("ke hoach", {"ingested": False, "limit": 3}), ("ke hoach", {"locality": "soc trang", "limit": 2})]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    out = tmp_path_factory.mktemp("early-cascade")
    generate(300, seed=7, out=out)
    (out / "docs" / "ke-sach.txt").write_text(OLD_RARE_PLAN, encoding="utf-8")
    stored = Store(tmp_path_factory.mktemp("early-store"))
    assert not ingest_paths(sorted((out / "docs").rglob("*.txt")), stored).failures
    return stored


@pytest.fixture
def short_walk(monkeypatch):
    """Read the date index a few rows at a time, with a budget smaller than the store, so that
    a query answered early was answered before every document was read."""
    monkeypatch.setattr(search_index, "WALK_ROWS", 20)
    monkeypatch.setattr(search_index, "WALK_BUDGET", 150)


def test_stopping_early_ranks_what_ranking_every_match_ranks(store, short_walk):
    graph, conn = store.graph(), store.graph_tables().conn
    assert conn.execute("SELECT COUNT(*) FROM doc_search").fetchone()[0] > 150
    for text, filters in BROAD + random_searches(graph, 150, seed=3):
        full = search_index.search(conn, text, early=False, **filters)
        assert as_json(search_index.search(conn, text, **filters)) == as_json(full), (text, filters)
        assert as_json(full) == as_json(queries.search(graph, text, **filters)), (text, filters)


def test_a_broad_query_stops_early_and_still_finds_the_old_rare_plan(store, short_walk):
    conn = store.graph_tables().conn
    ids = search_index._early(conn, ["ke", "hoach"], [], [], 5)
    assert ids is not None                      # answered within the budget: it stopped early
    newest = [node_id for (node_id,) in conn.execute("SELECT node_id FROM doc_search ORDER BY date DESC, node_id "
                                                     "LIMIT 150")]
    ke_sach = [node_id for node_id in ids if "ke-sach" in node_id]
    assert ke_sach and not set(ke_sach) & set(newest)    # read directly, not by the walk
    assert ids[:len(ke_sach)] == ke_sach                  # and ranked first: issuer and locality hold "ke"
    assert ids == [hit["doc_id"] for hit in search_index.search(conn, "ke hoach", limit=5, early=False)]


def test_a_narrow_query_gives_up_on_stopping_early(store, short_walk):
    conn = store.graph_tables().conn
    symbol = conn.execute("SELECT symbol_k FROM doc_search WHERE ingested ORDER BY date LIMIT 1").fetchone()[0]
    assert search_index._early(conn, symbol.split(), [], [], 200) is None
    assert search_index.search(conn, symbol) == search_index.search(conn, symbol, early=False)
