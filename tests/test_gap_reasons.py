"""Reasons a person reads (issue 11, item 6): every expected unit comes with one sentence per
status, in Vietnamese and in English, naming bodies and documents by name and number only; the
same sentence in the CLI, the CSV and the XLSX checklists. No internal id or code ever shows."""
from __future__ import annotations

import csv
import io
import json
import re

import pytest
from click.testing import CliRunner

from explorer.i18n import t
from queries import gaps, resolve_root
from tests.test_graph_queries import district_cascade  # noqa: F401  (fixture)

# What an internal id or code looks like: body ids (hu.hung-yen.kim-dong, xa.2025.x.y, tw.bcs-cp),
# document ids (TW:NQ:57:2024, ...:KH:#digest), kind codes (dang_uy_xa), English leftovers.
INTERNAL = re.compile(r"\b(?:tw|tu|hu|xa|nn|mt|duk|ubnd|dang_uy\w*)\.[\w.-]+|\w+:[A-ZĐ]+:[#\w]+|\b[a-z]+_[a-z_]+\b"
                      r"|\bnames a class\b|\bbodies under\b")


def internal_ids(result: dict) -> list[str]:
    """Every internal id of a gaps result (the root's, the bodies', the documents')."""
    ids = {result["root"]["doc_id"]}
    for row in result["expected"]:
        ids.add(row["body_id"])
        ids.update(row["documents"])
    return sorted(i for i in ids if i)


def assert_readable(result: dict) -> None:
    ids = internal_ids(result)
    for row in result["expected"]:
        assert set(row["reasons"]) == {"vi", "en"} and row["reason"] == row["reasons"]["vi"]
        for sentence in row["reasons"].values():
            assert sentence and not INTERNAL.search(sentence), sentence
            assert not [i for i in ids if i in sentence], (sentence, ids)


def test_reasons_on_the_corpus_name_no_internal_id(corpus_graph):
    checked = 0
    for node, data in corpus_graph.nodes(data=True):
        if data.get("kind") == "document" and data.get("ingested"):
            for as_of in ("2025-03-01", "2026-01-01"):
                result = gaps(corpus_graph, node, as_of).to_json()
                assert_readable(result)
                checked += len(result["expected"])
    assert checked > 40


def test_one_sentence_per_status(district_cascade):  # noqa: F811
    graph = district_cascade.graph()
    result = gaps(graph, resolve_root(graph, "21-KH/HU"), as_of="2025-06-01").to_json()
    assert_readable(result)
    by_unit = {e["unit"]: e for e in result["expected"]}
    assert by_unit["Xã Nghĩa Dân"]["reason"].startswith(
        "Đảng ủy xã Nghĩa Dân có Kế hoạch 5-KH/ĐU ngày 20/04/2025, trong hạn.")
    assert by_unit["Xã Toàn Thắng"]["reason"].startswith(
        "Đảng ủy xã Toàn Thắng có Kế hoạch 7-KH/ĐU ngày 15/05/2025, ban hành sau hạn 15 ngày.")
    assert by_unit["Xã Toàn Thắng"]["reasons"]["en"].startswith(
        "Đảng ủy xã Toàn Thắng issued Plan 7-KH/ĐU of 15/05/2025, 15 days after the deadline.")
    assert by_unit["Xã Song Mai"]["reason"].startswith(
        "Đảng ủy xã Song Mai chưa có văn bản thực hiện; đã quá hạn 30/04/2025 32 ngày.")
    assert all(r["reason"].endswith("«Các chi, đảng bộ trực thuộc Huyện ủy».") for r in result["expected"])
    before = gaps(graph, resolve_root(graph, "21-KH/HU"), as_of="2025-04-10").to_json()
    song_mai = next(e for e in before["expected"] if e["unit"] == "Xã Song Mai")
    assert song_mai["reason"].startswith("Đảng ủy xã Song Mai chưa có văn bản thực hiện; hạn 30/04/2025 chưa đến.")


def test_cli_csv_and_checklists_carry_the_same_sentences(district_cascade):  # noqa: F811
    from cascade.cli import main
    from explorer.coverage import checklist_csv, checklist_xlsx
    from openpyxl import load_workbook
    runner = CliRunner()
    args = ["gaps", "21-KH/HU", "--as-of", "2025-06-01", "--store", str(district_cascade.folder)]
    data = json.loads(runner.invoke(main, args + ["--format", "json"]).stdout)
    assert_readable(data)
    sentences = {row["reason"] for row in data["expected"]}
    rows = list(csv.DictReader(io.StringIO(runner.invoke(main, args + ["--format", "csv"]).stdout)))
    assert {row["reason"] for row in rows} == sentences
    english = list(csv.DictReader(io.StringIO(runner.invoke(main, args + ["--format", "csv", "--lang", "en"]).stdout)))
    assert {row["reason"] for row in english} == {row["reasons"]["en"] for row in data["expected"]}
    table = runner.invoke(main, args).output
    assert all(sentence in table for sentence in sentences)
    lines = list(csv.reader(io.StringIO(checklist_csv(data).decode("utf-8-sig"))))
    header = lines.index(next(line for line in lines if line and line[0] == t("col_no")))
    reason, answers = lines[header].index(t("col_reason")), lines[header].index(t("col_answers"))
    assert {line[reason] for line in lines[header + 1:]} == sentences
    assert "Kế hoạch 5-KH/ĐU ngày 20/04/2025" in {line[answers] for line in lines[header + 1:]}
    sheet = load_workbook(io.BytesIO(checklist_xlsx(data))).active
    assert sentences <= {row[reason] for row in sheet.iter_rows(values_only=True)}
    assert not any(INTERNAL.search(str(cell)) for row in sheet.iter_rows(values_only=True) for cell in row if cell)


def test_checklist_follows_the_ui_language(district_cascade):  # noqa: F811
    from explorer import i18n
    from explorer.coverage import coverage_rows
    graph = district_cascade.graph()
    data = gaps(graph, resolve_root(graph, "21-KH/HU"), as_of="2025-06-01").to_json()
    with i18n.language(True):
        english = {row["Grounds"] for row in coverage_rows(data)}
    assert english == {row["reasons"]["en"] for row in data["expected"]}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_reason_templates_all_fill(lang):
    """Every status has its sentence in both languages (a missing key would raise)."""
    from queries.reasons import status_sentence
    row = {"body": "Đảng ủy xã A", "unit": "Xã A", "deadline": "2025-04-30", "answered_on": "2025-05-10",
           "as_of": "2025-06-01", "answered_via": None}
    doc = [{"symbol": None, "doc_type": "Kế hoạch", "date": "2025-05-10"}]
    for status in ("covered", "late", "overdue", "not_due", "missing", "unplaced"):
        sentence = status_sentence(dict(row, status=status), doc, lang)
        assert sentence and "{" not in sentence
    assert "không số" in status_sentence(dict(row, status="late"), doc, "vi")
