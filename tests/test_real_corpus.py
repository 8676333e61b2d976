"""The real-world corpus (tests/fixtures/real) is data the figures stand on: every page has its
label and its source, no page is one kept for the independent check, and no figure of the
extractor on either split drops below what benchmarks/real_scores.json records."""
import csv
import importlib.util
import json
from pathlib import Path

import pytest

from benchmarks import score_real

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "fixtures" / "real"
LEVELS = {"central", "province", "district", "commune", "cell", None}
RELATIONS = {"implements", "based_on"}


def _gold() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted((REAL / "gold").glob("*.json"))]


def test_every_page_has_its_label_and_its_source():
    texts = {p.name for p in (REAL / "texts").glob("*.txt")}
    labelled = {g["file"] for g in _gold()}
    sources = {row["file"] for f in (REAL / "sources").glob("*.csv") for row in csv.DictReader(f.open(encoding="utf-8"))}
    assert texts == labelled == sources
    assert len(texts) >= 200


def test_labels_are_well_formed():
    for gold in _gold():
        assert gold["issuer_level"] in LEVELS, gold["file"]
        for parent in gold.get("parents", []):
            assert parent["relation"] in RELATIONS and parent["symbol"], gold["file"]


def test_the_test_split_is_big_enough():
    documents = [g["file"] for g in _gold() if g.get("is_document", True)]
    assert sum(score_real.splits.split_of(name) == "test" for name in documents) >= 70


def test_no_page_is_kept_for_the_independent_check():
    path = ROOT / "tools" / "real_corpus" / "reserved.py"
    spec = importlib.util.spec_from_file_location("reserved", path)
    reserved = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reserved)
    keys = reserved.reserved_keys()
    if not keys:
        pytest.skip("../shared/reserved/pages.txt is not beside this clone")
    urls = [g["source_url"] for g in _gold()]
    assert not [u for u in urls if reserved.page_key(u) in keys]


def test_no_figure_drops_below_the_record():
    recorded = json.loads(score_real.RECORDED.read_text(encoding="utf-8"))
    drops, _ = score_real.compare(score_real.run(), recorded)
    assert not drops, "real-world figures dropped: " + "; ".join(drops)


def test_a_report_of_the_dev_split_says_nothing_of_the_test_split():
    """While working one prints the dev split only: a drop on the test split must not show there."""
    import io
    figures = {field: 0.9 for field in score_real.FIELDS}
    figures.update(documents=10, tp=9, fp=1, fn=1)
    now = {split: {"figures": dict(figures), "perfect": []} for split in ("dev", "test")}
    now.update(judged={}, layouts={})
    recorded = json.loads(json.dumps(now))
    recorded["test"]["figures"]["date"] = 0.95
    out = io.StringIO()
    assert score_real.print_report(now, recorded, verbose=False, shown=("dev",), out=out) == []
    assert "test" not in out.getvalue()
    assert score_real.print_report(now, recorded, verbose=False, shown=("dev", "test"), out=io.StringIO())
