"""The `cascade` command line against its contract (../shared/CONTRACT.md), run as a user runs
it: a subprocess, stdout parsed, exit codes checked."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import unicodedata
import zipfile

import pytest

from tests.conftest import CORPUS, ROOT, SEEDS

RECORD_FIELDS = {"source", "doc_id", "symbol", "number", "doc_type", "date", "title", "issuer", "references",
                 "relayed", "assignments", "recipients", "signer", "deadlines", "warnings"}


def cascade(*args, store=None, check=True):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    if store is not None:
        args = (*args, "--store", str(store))
    done = subprocess.run([sys.executable, "-m", "cascade.cli", *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=300)
    if check and done.returncode != 0:
        raise AssertionError(f"exit {done.returncode}: {done.stderr}")
    return done


def cp1258(text: str) -> bytes:
    """Windows-1258 has ư, â, ơ ... but writes the five tones as combining marks."""
    out = []
    for char in text:
        try:
            out.append(char.encode("cp1258"))
        except UnicodeEncodeError:
            base = unicodedata.normalize("NFD", char)
            tones = "".join(c for c in base if c in "\u0300\u0301\u0303\u0309\u0323")
            rest = unicodedata.normalize("NFC", "".join(c for c in base if c not in tones))
            out.append((rest + tones).encode("cp1258"))
    return b"".join(out)


def test_installed_command_runs_outside_the_checkout(tmp_path):
    """The console script a user gets from the install, run from another folder with no PYTHONPATH:
    every package the library imports must be installed, not just importable from the checkout."""
    command = shutil.which("cascade")
    assert command, "the `cascade` command is not installed (tools/setup.sh installs it)"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run([command, "extract", str(SEEDS), "--format", "jsonl"], capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.strip().splitlines()) == 4


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cli-store")
    cascade("ingest", str(CORPUS / "seeds"), str(CORPUS / "real" / "nq-57-tw.txt"), str(CORPUS / "real" / "nq-03-cp.txt"),
            str(CORPUS / "real" / "kh-3260-ddqh15.txt"), str(CORPUS / "real" / "cv-402-vpdu.txt"), store=folder)
    return folder


def test_extract_jsonl_has_every_contract_field():
    done = cascade("extract", str(SEEDS), "--format", "jsonl")
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 4
    for line in lines:
        record = json.loads(line)
        assert RECORD_FIELDS <= set(record)
        assert set(record["issuer"]) >= {"name", "level", "system", "locality", "body_id", "evidence"}
        for ref in record["references"]:
            assert {"relation", "symbol", "doc_type", "date", "issuer", "text", "span"} <= set(ref)


def test_lineage_json(store):
    data = json.loads(cascade("lineage", "57-NQ/TW", "--format", "json", store=store).stdout)
    assert data["root"]["symbol"] == "57-NQ/TW" and data["root"]["ingested"] is True
    symbols = {d["symbol"] for d in data["documents"]}
    assert {"3260-KH/ĐĐQH15", "03/NQ-CP", "15-KH/ĐU"} <= symbols
    for doc in data["documents"]:
        assert {"doc_id", "symbol", "doc_type", "date", "issuer", "level", "depth", "parents"} <= set(doc)
    assert all(e["relation"] in ("implements", "based_on") for e in data["edges"])


def test_lineage_of_a_cited_only_root(store):
    data = json.loads(cascade("lineage", "15-KH/ĐU", "--direction", "up", "--format", "json", store=store).stdout)
    assert data["root"]["ingested"] is False
    assert [d["symbol"] for d in data["documents"]] == ["57-NQ/TW"]


def test_gaps_json_and_csv(store):
    listing = json.loads(cascade("search", "kim dong", "--format", "json", store=store).stdout)
    root = listing[0]["doc_id"]
    data = json.loads(cascade("gaps", root, "--as-of", "2025-06-01", "--format", "json", store=store).stdout)
    assert set(data) >= {"root", "deadline", "as_of", "expected", "summary"}
    assert data["summary"]["expected"] == 15 and data["summary"]["missing"] == 15
    assert {"body", "unit", "level", "status", "documents", "reason"} <= set(data["expected"][0])
    csv_out = cascade("gaps", root, "--format", "csv", store=store).stdout
    assert csv_out.splitlines()[0].startswith("body,unit,level") and len(csv_out.splitlines()) == 16


def test_unknown_root_exits_1(store):
    done = cascade("lineage", "999-NQ/TW", store=store, check=False)
    assert done.returncode == 1 and "no document" in done.stderr and done.stdout == ""


def test_ambiguous_root_exits_2_and_lists_candidates(tmp_path):
    for province in ("HƯNG YÊN", "THANH HÓA"):
        (tmp_path / f"{province}.txt").write_text(
            f"TỈNH ỦY {province}\n*\nSố 47-KH/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nTỉnh lỵ, ngày 05 tháng 5 năm 2025\n\n"
            "KẾ HOẠCH\ntuyên truyền\n", encoding="utf-8")
    cascade("ingest", str(tmp_path), store=tmp_path / "s")
    done = cascade("lineage", "47-KH/TU", store=tmp_path / "s", check=False)
    assert done.returncode == 2
    assert "tu.hung-yen" in done.stderr and "tu.thanh-hoa" in done.stderr
    assert cascade("lineage", "47-KH/TU", "--issuer", "Hưng Yên", store=tmp_path / "s").returncode == 0


def test_bad_files_are_reported_and_the_rest_is_ingested(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "empty.txt").write_bytes(b"")
    (batch / "binary.txt").write_bytes(bytes(range(256)) * 40)
    good = (SEEDS / "000_55442c2dd0a01c48.txt").read_bytes()
    (batch / "good.txt").write_bytes(good)
    with zipfile.ZipFile(batch / "full.docx", "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>" * 100)
    (batch / "truncated.docx").write_bytes((batch / "full.docx").read_bytes()[:60])
    (batch / "cp1258.txt").write_bytes(cp1258("Thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị"))
    with open(batch / "huge.txt", "wb") as handle:
        handle.truncate(50 * 1_000_000)
    done = cascade("ingest", str(batch), "--format", "json", store=tmp_path / "s", check=False)
    assert done.returncode == 1
    summary = json.loads(done.stdout)
    assert summary["documents_in_store"] == 2          # good.txt and the cp1258 file
    for name in ("empty.txt", "binary.txt", "truncated.docx", "huge.txt"):
        assert name in done.stderr
    assert summary["failed"] == 5                      # full.docx is no real docx either


@pytest.mark.parametrize("fmt, name", [("graphml", "g.graphml"), ("gexf", "g.gexf"), ("json", "g.json"),
                                       ("csv", "g.csv"), ("cypher", "g.cypher"), ("html", "g.html")])
def test_export_formats(store, tmp_path, fmt, name):
    out = tmp_path / name
    cascade("export", "57-NQ/TW", "--format", fmt, "--out", str(out), store=store)
    assert out.exists() and out.stat().st_size > 200
    text = out.read_text(encoding="utf-8")
    assert "57-NQ/TW" in text
    if fmt == "html":
        assert "<script src=\"http" not in text and "<link href=\"http" not in text and "vis-network" in text
    if fmt == "json":
        data = json.loads(text)
        assert data["graph"]["root"] == "TW:NQ:57:2024" and data["graph"]["documents"] >= 4


def test_every_command_has_help():
    from cascade.cli import main
    for name, command in main.commands.items():
        assert command.help, f"{name} has no help text"
