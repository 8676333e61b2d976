"""Review (issue 11, item 7, the part built): decisions on uncertain gaps rows kept with who and
when in <store>/reviews.jsonl, applied to the gaps of either backend, surviving re-ingest, undone
on demand; `cascade review` lists, decides and undoes."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from cascade.cli import main
from graph.ingest import ingest_paths
from graph.store import Store
from queries.review import ReviewError, ReviewLog, apply_reviews
from tests import counterpart_docs
from tests.test_backends import BACKENDS, engines  # noqa: F401  (fixture)


@pytest.fixture()
def store(tmp_path):
    docs = counterpart_docs.write(tmp_path / "docs")
    target = Store(tmp_path / "store")
    assert not ingest_paths([docs], target).failures
    return target


def cli(*args: str):
    result = CliRunner().invoke(main, list(args))
    assert result.exit_code == 0, result.output
    return result


def gaps_json(store) -> dict:
    return json.loads(cli("gaps", "99-NQ/TW", "--as-of", "2025-08-01", "--format", "json",
                          "--store", str(store.folder)).stdout)


def row(data: dict, body_id: str) -> dict:
    return next(r for r in data["expected"] if r["body_id"] == body_id)


def test_cli_lists_decides_and_undoes(store, tmp_path):
    listed = json.loads(cli("review", "99-NQ/TW", "--as-of", "2025-08-01", "--format", "json",
                            "--store", str(store.folder)).stdout)
    assert {r["body_id"] for r in listed} == {"tw.du-cp", "?cac-co-quan-bao-chi-trung-uong"}
    assert row(gaps_json(store), "tw.du-cp")["status"] == "covered"
    decided = json.loads(cli("review", "99-NQ/TW", "--unit", "Đảng ủy Chính phủ", "--reject", "--who", "Nguyễn Văn A",
                             "--note", "không phải chương trình hành động", "--format", "json",
                             "--store", str(store.folder)).stdout)
    assert decided["who"] == "Nguyễn Văn A" and decided["when"] and decided["decision"] == "reject"
    rejected = gaps_json(store)
    government = row(rejected, "tw.du-cp")
    assert government["status"] == "overdue" and government["documents"] == [] and government["answered_via"] is None
    assert government["review"]["who"] == "Nguyễn Văn A"
    assert government["reason"].startswith("Đảng ủy Chính phủ chưa có văn bản thực hiện; đã quá hạn")
    assert "Đã bác bỏ văn bản trả lời: Nguyễn Văn A" in government["reason"]
    assert rejected["summary"]["covered"] == 0
    # Re-ingest (the same files, then the store read again by a new extractor run): the decision stays.
    ingest_paths([tmp_path / "docs"], store)
    assert row(gaps_json(store), "tw.du-cp")["status"] == "overdue"
    cli("review", "--undo", decided["id"], "--who", "Nguyễn Văn A", "--store", str(store.folder))
    assert row(gaps_json(store), "tw.du-cp")["status"] == "covered"
    confirmed = cli("review", "99-NQ/TW", "--unit", "tw.du-cp", "--confirm", "--who", "Trần B",
                    "--store", str(store.folder))
    assert "confirm" in confirmed.output
    assert "Đã xác nhận: Trần B" in row(gaps_json(store), "tw.du-cp")["reason"]
    entries = ReviewLog(store.folder).entries()
    assert [("undo" in e, e.get("decision")) for e in entries] == [(False, "reject"), (True, None), (False, "confirm")]


def test_bad_decisions_are_refused(store):
    log = ReviewLog(store.folder)
    with pytest.raises(ReviewError):
        log.decide("TW:NQ:99:2025", "tw.du-cp", "maybe", "A")
    with pytest.raises(ReviewError):
        log.decide("TW:NQ:99:2025", "tw.du-cp", "confirm", " ")
    with pytest.raises(ReviewError):
        log.undo("nope", "A")
    result = CliRunner().invoke(main, ["review", "99-NQ/TW", "--unit", "Đảng ủy", "--confirm", "--who", "A",
                                       "--store", str(store.folder)])
    assert result.exit_code == 2 and "one row" in result.output


@pytest.mark.parametrize("backend", BACKENDS)
def test_decisions_apply_alike_on_both_backends(engines, store, backend):  # noqa: F811
    engine = engines.on(store, backend)
    root = engine.resolve_root("99-NQ/TW")
    log = ReviewLog(store.folder)
    log.decide(root, "tw.du-cp", "reject", "Nguyễn Văn A")
    log.decide(root, "?cac-co-quan-bao-chi-trung-uong", "confirm", "Nguyễn Văn A")
    result = apply_reviews(engine.gaps(root, as_of="2025-08-01").to_json(), log)
    assert row(result, "tw.du-cp")["status"] == "overdue"
    assert row(result, "?cac-co-quan-bao-chi-trung-uong")["review"]["decision"] == "confirm"
    assert result["summary"]["covered"] == 0 and result["summary"]["unplaced"] == 1
