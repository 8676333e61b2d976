"""Extraction scored on the labelled set (tests/fixtures/labelled: 49 documents in every
format and quirk of DOMAIN.md §5) through the CLI contract, against the issue's targets."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def scores():
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "score_extraction.py"), "--json"],
                          capture_output=True, text=True, cwd=ROOT, timeout=600)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_every_document_has_a_record(scores):
    assert scores["matched"] == scores["documents"] >= 45 and not scores["missing_records"]


def test_parent_references(scores):
    assert scores["parents_strict"]["f1"] >= 0.97


def test_own_symbol_and_date(scores):
    assert scores["accuracy"]["symbol"]["accuracy"] >= 0.97 and scores["accuracy"]["date"]["accuracy"] >= 0.97


def test_issuer_level(scores):
    assert scores["accuracy"]["issuer_level"]["accuracy"] >= 0.95


def test_relayed_claims_and_mentions(scores):
    assert scores["relayed"]["f1"] >= 0.9 and scores["mentions"]["f1"] >= 0.9
