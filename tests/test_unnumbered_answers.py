"""Answers without a number (issue 11, item 5): "Thực hiện Kế hoạch của Ban Thường vụ Huyện ủy
ngày 02/4/2025 về ..." is matched to the one document of that issuer (the citing unit's superior),
type and date (or, without a date, the one of the year before), with its evidence and a lower
confidence; when two documents fit, none is chosen. Both backends give the same gaps."""
from __future__ import annotations

import pytest

import queries
from extraction import extract_document
from graph.ingest import ingest_paths
from graph.store import Store
from tests.test_backends import BACKENDS, as_json, engines  # noqa: F401  (fixture)
from tests.test_graph_queries import COMMUNE_ANSWER, PROVINCE_PLAN

NUMBERED = "Thực hiện Kế hoạch số 21-KH/HU ngày 02/4/2025 của Ban Thường vụ Huyện ủy Kim Động"
TITLE = "thực hiện Kế hoạch số 21-KH/HU của Huyện ủy Kim Động"


def commune(name: str, caps: str, number: int, opening: str, title: str = "thực hiện Kế hoạch của Huyện ủy") -> str:
    text = COMMUNE_ANSWER.format(name=name, name_caps=caps, number=number, day=20, month=4)
    return text.replace(NUMBERED, opening).replace(TITLE, title)


FORMS = {
    "with a date": "Thực hiện Kế hoạch của Ban Thường vụ Huyện ủy ngày 02/4/2025 về tuyên truyền",
    "without a date": "Thực hiện Kế hoạch của Ban Thường vụ Huyện ủy về tuyên truyền",
    "with the place": "Triển khai thực hiện Kế hoạch của Ban Thường vụ Huyện ủy Kim Động ngày 02/4/2025",
}


@pytest.mark.parametrize("form", sorted(FORMS))
def test_forms_are_read_with_their_span(form):
    text = commune("Nghĩa Dân", "NGHĨA DÂN", 5, FORMS[form])
    record = extract_document(text)
    assert record.references == []
    [ref] = record.unnumbered
    assert ref.doc_type == "Kế hoạch" and ref.issuer_body_id == "hu.hung-yen.kim-dong"
    assert ref.date == (None if form == "without a date" else "2025-04-02")
    assert text[ref.span[0]:ref.span[1]] == ref.text and ref.text in FORMS[form]


def test_a_numbered_citation_is_not_unnumbered():
    assert extract_document(COMMUNE_ANSWER.format(name="Nghĩa Dân", name_caps="NGHĨA DÂN", number=5, day=20,
                                                  month=4)).unnumbered == []


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    docs = tmp_path_factory.mktemp("unnumbered") / "docs"
    docs.mkdir()
    (docs / "hu-21.txt").write_text(PROVINCE_PLAN, encoding="utf-8")
    # A second plan of the Huyện ủy, of another day: a citation without a date fits both.
    (docs / "hu-22.txt").write_text(PROVINCE_PLAN.replace("Số 21-KH/HU", "Số 22-KH/HU").replace(
        "ngày 02 tháng 4 năm 2025", "ngày 10 tháng 4 năm 2025"), encoding="utf-8")
    (docs / "xa-nghia-dan.txt").write_text(commune("Nghĩa Dân", "NGHĨA DÂN", 5, FORMS["with a date"]), encoding="utf-8")
    (docs / "xa-song-mai.txt").write_text(commune("Song Mai", "SONG MAI", 8, FORMS["without a date"]), encoding="utf-8")
    target = Store(docs.parent / "store")
    report = ingest_paths([docs], target)
    assert not report.failures
    return target


def test_one_fit_is_a_parent_with_evidence_and_lower_confidence(store):
    graph = store.graph()
    root = queries.resolve_root(graph, "21-KH/HU")
    edges = [(u, d) for u, v, k, d in graph.in_edges(root, keys=True, data=True) if d.get("subtype") == "unnumbered"]
    [(child, data)] = edges
    assert child.startswith("xa.hung-yen.kim-dong.nghia-dan:") and data["confidence"] < 0.8
    assert "no number" in data["matched"] and "Huyện ủy Kim Động" in data["matched"]


def test_two_fits_stay_two(store):
    graph = store.graph()
    song_mai = next(n for n in graph if str(n).startswith("xa.hung-yen.kim-dong.song-mai:"))
    assert [k for _, _, k in graph.out_edges(song_mai, keys=True) if k in ("IMPLEMENTS", "BASED_ON")] == []


@pytest.mark.parametrize("backend", BACKENDS)
def test_gaps_count_the_unnumbered_answer(engines, store, backend):  # noqa: F811
    engine = engines.on(store, backend)
    root = engine.resolve_root("21-KH/HU")
    result = engine.gaps(root, as_of="2025-06-01")
    assert as_json(result) == as_json(queries.gaps(store.graph(), root, "2025-06-01"))
    by_unit = {row["unit"]: row for row in result.to_json()["expected"]}
    assert by_unit["Xã Nghĩa Dân"]["status"] == "covered"
    assert by_unit["Xã Song Mai"]["status"] == "overdue"      # two plans fit its citation: none chosen
