"""Citations without a number (issue 11, items 5 and 7): when two documents fit, both stay
candidates, both are named in the gaps row and its reason (in both UI languages), and a person
confirms one (`cascade review --choose`); an undated citation ("Thực hiện Kế hoạch của Ban Thường
vụ Huyện ủy về ...") is matched on its subject in the titles within the year, with the evidence
of what matched and less confidence than a dated one. Both backends give the same gaps."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import queries
from cascade.cli import main
from graph.build import UNNUMBERED_BY_SUBJECT, UNNUMBERED_DATED
from queries.review import ReviewLog, apply_reviews, needs_review
from tests.samples import ingested_store
from tests.test_backends import BACKENDS, as_json, engines  # noqa: F401  (fixture)
from tests.test_graph_queries import PROVINCE_PLAN
from tests.test_unnumbered_answers import commune

TITLE = "thực hiện Kế hoạch số 395-KH/TU của Tỉnh ủy\n"


def district(number: int, day: int, subject: str) -> str:
    return PROVINCE_PLAN.replace("Số 21-KH/HU", f"Số {number}-KH/HU").replace(
        "ngày 02 tháng 4 năm 2025", f"ngày {day:02d} tháng 4 năm 2025").replace(TITLE, f"{subject}, {TITLE}")


FILES = {
    # Two plans of the Huyện ủy on the same day, on the same subject; a third on another.
    "hu-21.txt": district(21, 2, "về tuyên truyền"),
    "hu-22.txt": district(22, 2, "về tuyên truyền"),
    "hu-24.txt": district(24, 5, "về phòng, chống ma túy"),
    "xa-nghia-dan.txt": commune("Nghĩa Dân", "NGHĨA DÂN", 5, "Thực hiện Kế hoạch của Ban Thường vụ Huyện ủy ngày 02/4/2025"),
    "xa-song-mai.txt": commune("Song Mai", "SONG MAI", 8, "Thực hiện Kế hoạch của Ban Thường vụ Huyện ủy về tuyên truyền"),
    "xa-toan-thang.txt": commune("Toàn Thắng", "TOÀN THẮNG", 9,
                                 "Thực hiện Kế hoạch của Ban Thường vụ Huyện ủy về phòng, chống ma túy"),
    "xa-vu-xa.txt": commune("Hiệp Cường", "HIỆP CƯỜNG", 11,
                            "Thực hiện Kế hoạch của Ban Thường vụ Huyện ủy về xây dựng nông thôn mới"),
}
AS_OF = "2025-06-01"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return ingested_store(tmp_path_factory.mktemp("candidates"), FILES)


def links_from(graph, commune_slug: str) -> list[tuple[str, str, dict]]:
    doc = next(n for n in graph if str(n).startswith(f"xa.hung-yen.kim-dong.{commune_slug}:"))
    return sorted((key, graph.nodes[target]["symbol"], data) for _, target, key, data
                  in graph.out_edges(doc, keys=True, data=True) if data.get("subtype") == "unnumbered")


def test_an_undated_citation_is_matched_on_its_subject(store):
    graph = store.graph()
    [(key, symbol, data)] = links_from(graph, "toan-thang")       # 21 and 22 are in the window too
    assert (key, symbol) == ("IMPLEMENTS", "24-KH/HU")
    assert "subject 'phòng, chống ma túy'" in data["matched"] and "no date" in data["matched"]
    assert data["confidence"] == UNNUMBERED_BY_SUBJECT < UNNUMBERED_DATED     # a dated one-fit match
    assert links_from(graph, "hiep-cuong") == []                    # no title names its subject


def test_two_fits_stay_two_candidates(store):
    graph = store.graph()
    for slug in ("nghia-dan", "song-mai"):     # dated, and undated on the subject both titles name
        links = links_from(graph, slug)
        assert [(k, s) for k, s, _ in links] == [("MAY_IMPLEMENT", "21-KH/HU"), ("MAY_IMPLEMENT", "22-KH/HU")]
        assert all("2 documents fit, none chosen" in d["matched"] and d["confidence"] < 0.5 for _, _, d in links)
    root = queries.resolve_root(graph, "21-KH/HU")
    lineage = {d["doc_id"] for d in queries.lineage(graph, root, "down").documents}
    assert not any(str(d).startswith(("xa.hung-yen.kim-dong.nghia-dan", "xa.hung-yen.kim-dong.song-mai")) for d in lineage)


def rows_of(engine, symbol: str) -> tuple[dict, dict[str, dict]]:
    result = engine.gaps(engine.resolve_root(symbol), as_of=AS_OF).to_json()
    return result, {row["unit"]: row for row in result["expected"]}


@pytest.mark.parametrize("backend", BACKENDS)
def test_gaps_list_both_candidates_and_name_them(engines, store, backend):  # noqa: F811
    engine = engines.on(store, backend)
    root = engine.resolve_root("21-KH/HU")
    assert as_json(engine.gaps(root, as_of=AS_OF)) == as_json(queries.gaps(store.graph(), root, AS_OF))
    _, rows = rows_of(engine, "21-KH/HU")
    for unit in ("Xã Nghĩa Dân", "Xã Song Mai"):
        row = rows[unit]
        assert row["status"] == "overdue" and row["documents"] == [] and needs_review(row)
        [answer] = row["possible_answers"]
        assert [(c["symbol"], c["in_lineage"]) for c in answer["candidates"]] == [("21-KH/HU", True), ("22-KH/HU", False)]
        assert "Kế hoạch của Ban Thường vụ Huyện ủy" in answer["cites"]
        for lang, word in (("vi", " hoặc "), ("en", " or ")):
            reason = row["reasons"][lang]
            assert f"21-KH/HU ngày 02/04/2025{word}" in reason.replace(" of ", " ngày ") and "22-KH/HU" in reason
    assert rows["Xã Toàn Thắng"]["possible_answers"] == []          # its citation names another subject
    _, by_24 = rows_of(engine, "24-KH/HU")
    assert by_24["Xã Toàn Thắng"]["status"] == "covered"           # matched on its subject
    assert by_24["Xã Nghĩa Dân"]["possible_answers"] == []          # neither candidate is 24 or below it


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_person_confirms_one_candidate(engines, store, backend, tmp_path):  # noqa: F811
    engine = engines.on(store, backend)
    log = ReviewLog(tmp_path)
    result, rows = rows_of(engine, "21-KH/HU")
    root = result["root"]["doc_id"]
    nghia_dan, song_mai = rows["Xã Nghĩa Dân"], rows["Xã Song Mai"]
    chosen = nghia_dan["possible_answers"][0]["candidates"][0]["doc_id"]
    log.decide(root, nghia_dan["body_id"], "confirm", "Nguyễn Văn A", choice=chosen)
    other = song_mai["possible_answers"][0]["candidates"][1]["doc_id"]
    log.decide(root, song_mai["body_id"], "confirm", "Nguyễn Văn A", choice=other)       # 22-KH/HU: not ROOT's
    reviewed = {row["unit"]: row for row in apply_reviews(rows_of(engine, "21-KH/HU")[0], log)["expected"]}
    confirmed = reviewed["Xã Nghĩa Dân"]
    assert confirmed["status"] == "covered" and confirmed["documents"] == [nghia_dan["possible_answers"][0]["doc_id"]]
    assert confirmed["review"]["choice"] == chosen and "21-KH/HU" in confirmed["reasons"]["en"]
    assert "22-KH/HU" not in confirmed["reasons"]["vi"]
    elsewhere = reviewed["Xã Song Mai"]
    assert elsewhere["status"] == "overdue" and elsewhere["possible_answers"] == []
    assert "Văn bản được dẫn là Kế hoạch 22-KH/HU" in elsewhere["reasons"]["vi"]


def test_cli_needs_a_choice_among_candidates_in_the_lineage(store, tmp_path):
    runner = CliRunner()
    base = ["review", "21-KH/HU", "--store", str(store.folder), "--as-of", AS_OF, "--format", "json"]
    listed = runner.invoke(main, base)
    assert listed.exit_code == 0, listed.output
    assert {row["unit"] for row in json.loads(listed.output)} >= {"Xã Nghĩa Dân", "Xã Song Mai"}
    wrong = runner.invoke(main, base + ["--unit", "Xã Nghĩa Dân", "--confirm", "--who", "A", "--choose", "99-KH/HU"])
    assert wrong.exit_code != 0 and "21-KH/HU" in wrong.output
    done = runner.invoke(main, base + ["--unit", "Xã Nghĩa Dân", "--confirm", "--who", "A", "--choose", "21-KH/HU"])
    assert done.exit_code == 0, done.output
    assert json.loads(done.output[done.output.index("{"):])["choice"].startswith("hu.hung-yen.kim-dong:")


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_coverage_page_confirms_the_chosen_candidate(engines, neo4j_server, tmp_path, backend, monkeypatch):  # noqa: F811
    from streamlit.testing.v1 import AppTest
    fresh = ingested_store(tmp_path, FILES)
    engines.on(fresh, backend)
    monkeypatch.setenv("CASCADE_STORE", str(fresh.folder))
    monkeypatch.setenv("NEO4J_URI", neo4j_server.uri)
    root = queries.resolve_root(fresh.graph(), "21-KH/HU")
    at = AppTest.from_file(str(Path(__file__).resolve().parents[1] / "app.py"), default_timeout=60)
    at.query_params["doc"] = root
    at.run()
    at.selectbox(key="backend_widget_vi").set_value(backend).run()
    at.switch_page("app_pages/coverage.py").run()
    assert at.selectbox(key="review_row").options == ["Xã Nghĩa Dân · quá hạn · chưa xem xét",
                                                      "Xã Song Mai · quá hạn · chưa xem xét"]
    at.text_input(key="review_who").input("Nguyễn Văn A")
    at.selectbox(key="review_row").set_value("xa.hung-yen.kim-dong.nghia-dan").run()
    choice = at.selectbox(key="review_choice")
    assert [label[:17] for label in choice.options] == ["Kế hoạch 21-KH/HU", "Kế hoạch 22-KH/HU"]
    row = next(r for r in queries.gaps(fresh.graph(), root).to_json()["expected"] if r["unit"] == "Xã Nghĩa Dân")
    choice.set_value(row["possible_answers"][0]["candidates"][0]["doc_id"])
    at.button(key="review_confirm").click().run()
    assert not at.exception, at.exception
    [entry] = ReviewLog(fresh.folder).current().values()
    assert entry["choice"].startswith("hu.hung-yen.kim-dong:") and entry["decision"] == "confirm"
    table = at.dataframe[0].value
    assert table[table["Đơn vị"] == "Xã Nghĩa Dân"].iloc[0]["Trạng thái"] == "đã ban hành"

