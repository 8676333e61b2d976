"""The graph, the store and the queries, on the bundled corpus and on small cascades written
for the test (real files, ingested the way a user ingests them)."""
from __future__ import annotations

import textwrap

import networkx as nx
import pytest

from graph.ingest import ingest_paths
from graph.store import Store
from queries import RootError, gaps, lineage, resolve_root, search, stats

PROVINCE_PLAN = """\
ĐẢNG BỘ TỈNH HƯNG YÊN
HUYỆN ỦY KIM ĐỘNG
*
Số 21-KH/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Kim Động, ngày 02 tháng 4 năm 2025

KẾ HOẠCH
thực hiện Kế hoạch số 395-KH/TU của Tỉnh ủy

Thực hiện Kế hoạch số 395-KH/TU, ngày 12/3/2025 của Tỉnh ủy Hưng Yên, Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU

Tuyên truyền sâu rộng.

II. TỔ CHỨC THỰC HIỆN

1. Các chi, đảng bộ trực thuộc Huyện ủy

Xây dựng kế hoạch thực hiện, gửi về Văn phòng Huyện ủy trước ngày 30/4/2025.

Nơi nhận:
- Ban Thường vụ Tỉnh ủy,
- Lưu VPHU.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Nguyễn Văn A
"""

COMMUNE_ANSWER = """\
ĐẢNG BỘ HUYỆN KIM ĐỘNG
ĐẢNG ỦY XÃ {name_caps}
*
Số {number}-KH/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
{name}, ngày {day} tháng {month} năm 2025

KẾ HOẠCH
thực hiện Kế hoạch số 21-KH/HU của Huyện ủy Kim Động

Thực hiện Kế hoạch số 21-KH/HU ngày 02/4/2025 của Ban Thường vụ Huyện ủy Kim Động, Ban Thường vụ Đảng ủy xã ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU

Tuyên truyền.

T/M BAN THƯỜNG VỤ
BÍ THƯ

Trần Văn B
"""


def write(folder, name, text):
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.fixture()
def district_cascade(tmp_path):
    """A district plan answering 395-KH/TU, and two communes answering it: one on time, one late."""
    docs = tmp_path / "docs"
    docs.mkdir()
    write(docs, "hu-21.txt", PROVINCE_PLAN)
    write(docs, "xa-nghia-dan.txt", COMMUNE_ANSWER.format(name="Nghĩa Dân", name_caps="NGHĨA DÂN", number=5,
                                                         day=20, month=4))
    write(docs, "xa-toan-thang.txt", COMMUNE_ANSWER.format(name="Toàn Thắng", name_caps="TOÀN THẮNG", number=7,
                                                          day=15, month=5))
    store = Store(tmp_path / "store")
    report = ingest_paths([docs], store)
    assert not report.failures
    return store


def test_lineage_of_57_reaches_its_implementers(corpus_graph):
    root = resolve_root(corpus_graph, "57-NQ/TW")
    found = {d["symbol"] or d["doc_id"]: d for d in lineage(corpus_graph, root).documents}
    assert {"3260-KH/ĐĐQH15", "03/NQ-CP", "15-KH/ĐU"} <= set(found)
    tan_ninh = [d for d in found.values() if d["doc_id"].startswith("xa.2025.thanh-hoa.tan-ninh:KH:#")]
    assert len(tan_ninh) == 1
    assert found["15-KH/ĐU"]["ingested"] is False      # cited only: "chưa có văn bản"
    assert "402-CV/VPĐU" not in found                   # reports on 57, does not implement it


def test_lineage_up_from_the_tan_ninh_plan(corpus_graph):
    plan = next(n for n in corpus_graph if str(n).startswith("xa.2025.thanh-hoa.tan-ninh:KH:#"))
    up = {d["symbol"] for d in lineage(corpus_graph, plan, "up").documents}
    assert {"57-NQ/TW", "01-KH/BCĐTW", "15-KH/ĐU"} <= up
    assert {d["symbol"] for d in lineage(corpus_graph, plan, "up", depth=1).documents} == {
        "57-NQ/TW", "01-KH/BCĐTW", "15-KH/ĐU"}


def test_gaps_of_seed_000_lists_the_communes_of_kim_dong(corpus_graph):
    root = next(n for n in corpus_graph if str(n).startswith("hu.hung-yen.kim-dong:KH:#"))
    result = gaps(corpus_graph, root, as_of="2025-06-01")
    assert result.summary["expected"] == 15 and result.summary["missing"] == 15
    assert {e["status"] for e in result.expected} == {"missing"}
    assert all(e["level"] == "commune" and e["province"] == "Hưng Yên" for e in result.expected)
    assert all("Các chi, đảng bộ trực thuộc Huyện ủy" in e["reason"] for e in result.expected)
    assert "Xã Nghĩa Dân" in {e["unit"] for e in result.expected}


def test_gaps_covered_late_overdue(district_cascade):
    graph = district_cascade.graph()
    root = resolve_root(graph, "21-KH/HU")
    result = gaps(graph, root, as_of="2025-06-01")
    by_unit = {e["unit"]: e for e in result.expected}
    assert result.deadline == "2025-04-30"
    assert by_unit["Xã Nghĩa Dân"]["status"] == "covered"
    assert by_unit["Xã Toàn Thắng"]["status"] == "late"
    assert by_unit["Xã Song Mai"]["status"] == "overdue"
    before = gaps(graph, root, as_of="2025-04-10")
    assert {e["unit"]: e["status"] for e in before.expected}["Xã Song Mai"] == "not_due"
    assert result.summary == {"expected": 15, "covered": 1, "late": 1, "missing": 13, "overdue": 13, "not_due": 0,
                              "unplaced": 0}


def test_cited_only_node_merges_when_the_document_arrives(district_cascade, tmp_path):
    graph = district_cascade.graph()
    cited = resolve_root(graph, "395-KH/TU")
    assert graph.nodes[cited]["ingested"] is False
    more = tmp_path / "more"
    more.mkdir()
    write(more, "tu-395.txt", PROVINCE_PLAN.replace("HUYỆN ỦY KIM ĐỘNG", "TỈNH ỦY HƯNG YÊN")
          .replace("ĐẢNG BỘ TỈNH HƯNG YÊN\n", "").replace("Số 21-KH/HU", "Số 395-KH/TU")
          .replace("Kim Động, ngày 02 tháng 4", "Hưng Yên, ngày 12 tháng 3")
          .replace("Thực hiện Kế hoạch số 395-KH/TU, ngày 12/3/2025 của Tỉnh ủy Hưng Yên, Ban Thường vụ Huyện ủy",
                   "Ban Thường vụ Tỉnh ủy")
          .replace("thực hiện Kế hoạch số 395-KH/TU của Tỉnh ủy", "tuyên truyền"))
    ingest_paths([more], district_cascade)
    graph = district_cascade.graph()
    real = resolve_root(graph, "395-KH/TU")
    assert graph.nodes[real]["ingested"] is True
    assert real == cited   # the citation's key is the document's key
    assert len([n for n, d in graph.nodes(data=True) if d.get("symbol") == "395-KH/TU"]) == 1


def test_ingest_is_idempotent(district_cascade, tmp_path):
    before = district_cascade.graph()
    report = ingest_paths([tmp_path / "docs"], district_cascade)
    assert report.skipped == report.files == 3 and report.result.added == 0
    after = district_cascade.graph()
    assert nx.utils.graphs_equal(before, after) and before.number_of_edges() == after.number_of_edges()


def test_same_symbol_in_two_provinces_is_two_documents(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for province in ("HƯNG YÊN", "THANH HÓA"):
        write(docs, f"{province}.txt", f"TỈNH ỦY {province}\n*\nSố 47-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
              f"Tỉnh lỵ, ngày 05 tháng 5 năm 2025\n\nKẾ HOẠCH\ntuyên truyền\n\nThực hiện Nghị quyết số 57-NQ/TW "
              f"ngày 22/12/2024 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n")
    store = Store(tmp_path / "store")
    ingest_paths([docs], store)
    graph = store.graph()
    with pytest.raises(RootError) as ambiguous:
        resolve_root(graph, "47-KH/TU")
    assert len(ambiguous.value.candidates) == 2
    assert resolve_root(graph, "47-KH/TU", issuer="thanh hoa").startswith("tu.thanh-hoa:KH:47")
    assert len(lineage(graph, resolve_root(graph, "57-NQ/TW")).documents) == 2


def test_wrong_year_citation_finds_the_document(corpus_store, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    write(docs, "a.txt", "TỈNH ỦY THANH HÓA\n*\nSố 12-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nThanh Hóa, ngày 05 tháng 3 năm 2025"
          "\n\nKẾ HOẠCH\ntuyên truyền\n\nThực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2025 của Bộ Chính trị, Ban "
          "Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:\n\nI. MỤC ĐÍCH\n")
    store = Store(tmp_path / "store")
    ingest_paths([docs, *[r.source for r in corpus_store.records() if "nq-57" in r.source]], store)
    graph = store.graph()
    assert [d["symbol"] for d in lineage(graph, "TW:NQ:57:2024").documents] == ["12-KH/TU"]


def test_search_ignores_diacritics_and_punctuation(corpus_graph):
    assert search(corpus_graph, "57 NQ TW")[0]["symbol"] == "57-NQ/TW"
    assert search(corpus_graph, "nghi quyet 57")[0]["symbol"] == "57-NQ/TW"
    assert any(hit["issuer"] == "Huyện ủy Kim Động" for hit in search(corpus_graph, "kim dong"))
    assert all(hit["level"] == "central" for hit in search(corpus_graph, "", level="central"))


def test_stats(corpus_graph):
    figures = stats(corpus_graph)
    assert figures["documents"] == 8 and figures["cited_only"] >= 5
    assert figures["edges"]["ISSUED_BY"] == 8


def test_unknown_root(corpus_graph):
    with pytest.raises(RootError):
        resolve_root(corpus_graph, "999-NQ/TW")


def test_parallel_ingest_stores_what_a_single_process_stores(tmp_path):
    """Worker processes extract; the store ends byte-for-byte the same records."""
    from benchmarks.generate import generate
    out = tmp_path / "cascade"
    generate(600, seed=3, out=out)
    (out / "docs" / "broken.docx").write_bytes(b"PK\x03\x04 not really a docx")
    one, two = Store(tmp_path / "one"), Store(tmp_path / "two")
    single = ingest_paths([out / "docs"], one, workers=1, batch=200)
    double = ingest_paths([out / "docs"], two, workers=2, batch=200)
    assert single.result == double.result and single.result.added > 500
    assert [f for f, _ in single.failures] == [f for f, _ in double.failures] == [str(out / "docs" / "broken.docx")]
    assert [r.to_json() for r in one.records()] == [r.to_json() for r in two.records()]
