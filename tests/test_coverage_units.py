"""Coverage gaps a Party office can act on (issue 11): every unit an item names (a class and
named bodies in one item), the 2025 committees of the registry, units the registry cannot place
("không xác định được đơn vị", never dropped), and counterparts (the Government answers for the
Đảng ủy Chính phủ; a UBND tỉnh plan never answers for the Tỉnh ủy). Both backends give the same."""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import queries
from domain.counterparts import counterparts
from extraction import extract_document
from graph.ingest import ingest_paths
from graph.store import Store
from tests import counterpart_docs
from tests.test_backends import BACKENDS, as_json, engines  # noqa: F401  (fixture)

ROOT_DIR = Path(__file__).resolve().parents[1]
PROVINCE_PLAN = """\
ĐẢNG BỘ TỈNH HƯNG YÊN
TỈNH ỦY HƯNG YÊN
*
Số 88-KH/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Hưng Yên, ngày 15 tháng 10 năm 2025

KẾ HOẠCH
thực hiện Nghị quyết số 99-NQ/TW ngày 10/3/2025 của Bộ Chính trị

Thực hiện Nghị quyết số 99-NQ/TW ngày 10/3/2025 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:

I. MỤC ĐÍCH

Phát triển kinh tế tư nhân.

II. TỔ CHỨC THỰC HIỆN

1. Đảng ủy Ủy ban nhân dân tỉnh; Đảng ủy các cơ quan Đảng tỉnh; Đảng ủy Công an tỉnh, Đảng ủy Quân sự tỉnh và các đảng ủy xã, phường: xây dựng kế hoạch thực hiện, hoàn thành trước 20/11.

2. Ban Tuyên giáo và Dân vận Tỉnh ủy: theo dõi, đôn đốc.

T/M BAN THƯỜNG VỤ
BÍ THƯ
"""
UBND_PLAN = counterpart_docs.UBND.replace("05 tháng 4 năm 2025", "01 tháng 11 năm 2025").replace(
    "Số: 12/KH-UBND", "Số: 140/KH-UBND").replace(
    "Thực hiện Nghị quyết số 99-NQ/TW ngày 10/3/2025 của Bộ Chính trị,",
    "Thực hiện Kế hoạch số 88-KH/TU ngày 15/10/2025 của Ban Thường vụ Tỉnh ủy Hưng Yên,")


@pytest.fixture(scope="module")
def cascade_store(tmp_path_factory):
    folder = counterpart_docs.write(tmp_path_factory.mktemp("counterparts") / "docs")
    (folder / "kh-88-tu.txt").write_text(PROVINCE_PLAN, encoding="utf-8")
    (folder / "kh-140-ubnd.txt").write_text(UBND_PLAN, encoding="utf-8")
    store = Store(folder.parent / "store")
    report = ingest_paths([folder], store)
    assert not report.failures, report.failures
    return store


def gaps_on(engines, store, backend, symbol: str, as_of: str):  # noqa: F811
    """The gaps of `symbol` on the backend, checked equal to networkx's; (result, rows by body id)."""
    engine = engines.on(store, backend)
    root = engine.resolve_root(symbol)
    result = engine.gaps(root, as_of=as_of)
    assert as_json(result) == as_json(queries.gaps(store.graph(), root, as_of))
    return result, {row["body_id"]: row for row in result.to_json()["expected"]}


@pytest.mark.parametrize("backend", BACKENDS)
def test_central_item_with_a_class_and_named_units(engines, cascade_store, backend):  # noqa: F811
    result, found = gaps_on(engines, cascade_store, backend, "99-NQ/TW", "2025-08-01")
    # 63 provincial committees on 10/3/2025, the three named đảng ủy, one unit nobody can place.
    assert result.summary["expected"] == 67 and result.summary["unplaced"] == 1
    assert {"tw.du-qh", "tw.du-cp", "tw.du-mttq"} <= set(found)
    assert sum(1 for b in found if b.startswith("tu.")) == 63
    assert result.deadline == "2025-06-30"                      # "trong quý II năm 2025"
    government = found["tw.du-cp"]
    assert government["status"] == "covered" and government["answered_via"] == "Chính phủ"
    assert government["reason"].startswith("Đảng ủy Chính phủ trả lời qua Chính phủ: Nghị quyết 50/NQ-CP ngày 01/04/2025.")
    assert found["tw.du-qh"]["status"] == "overdue"
    # A UBND tỉnh plan does not answer for the Tỉnh ủy.
    assert found["tu.hung-yen"]["status"] == "overdue" and found["tu.hung-yen"]["documents"] == []
    assert found["tu.thanh-hoa"]["status"] == "late"
    unplaced = next(row for row in found.values() if row["status"] == "unplaced")
    assert unplaced["body"] == "không xác định được đơn vị" and unplaced["unit"] == "Các cơ quan báo chí Trung ương"
    assert "«Các cơ quan báo chí Trung ương»" in unplaced["reason"]


@pytest.mark.parametrize("backend", BACKENDS)
def test_provincial_committees_of_2025_and_their_counterpart(engines, cascade_store, backend):  # noqa: F811
    result, found = gaps_on(engines, cascade_store, backend, "88-KH/TU", "2025-12-01")
    named = {"duubnd.hung-yen.2025", "ducqd.hung-yen.2025", "duca.hung-yen.2025", "duqs.hung-yen.2025"}
    assert named <= set(found)
    communes = [b for b in found if b.startswith("xa.2025.hung-yen.")]
    assert len(communes) > 50 and len(found) == len(communes) + 4
    assert result.deadline == "2025-11-20"                      # "trước 20/11", the year of the plan
    ubnd = found["duubnd.hung-yen.2025"]
    assert ubnd["status"] == "covered" and ubnd["answered_via"] == "UBND tỉnh Hưng Yên"
    assert "trả lời qua UBND tỉnh Hưng Yên: Kế hoạch 140/KH-UBND ngày 01/11/2025" in ubnd["reason"]
    assert found["ducqd.hung-yen.2025"]["status"] == "overdue"


def test_registry_has_the_2025_committees(registry):
    after, before, between = date(2025, 7, 1), date(2024, 6, 1), date(2025, 3, 1)

    def valid(kind, day):
        return [b for b in registry.all() if b.kind == kind and b.valid_on(day)]
    for kind in ("dang_uy_ubnd", "dang_uy_cqd", "dang_uy_ca", "dang_uy_llvt"):
        assert len(valid(kind, after)) == 34, kind
        assert all(b.source and b.parent_id.startswith("tu.") for b in valid(kind, after))
    assert len(valid("dang_uy_ubnd", between)) == 63 and valid("dang_uy_ubnd", before) == []
    assert len([b for b in valid("dang_uy_khoi", before) if b.level != "central"]) == 63
    assert [b for b in valid("dang_uy_khoi", between)] == []
    assert [b.body_id for b in registry.successors("duk.hung-yen")] == ["ducqd.hung-yen", "duubnd.hung-yen"]
    assert [b.body_id for b in registry.successors("duubnd.thai-binh")] == ["duubnd.hung-yen.2025"]
    assert [b.body_id for b in registry.successors("tw.duk-cqtw")] == ["tw.du-cqd"]
    central = {b.body_id for b in registry.all() if b.kind == "dang_uy_tw" and b.valid_on(between)}
    assert central == {"tw.du-cp", "tw.du-qh", "tw.du-cqd", "tw.du-mttq"}


def test_committees_csv_is_current():
    done = subprocess.run([sys.executable, "tools/build_committees.py", "--check"], cwd=ROOT_DIR,
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_counterparts_respect_kind_province_and_dates(registry):
    def ids(body, day):
        return [b.body_id for b in counterparts(body, registry, day)]
    assert ids("tw.bcs-cp", date(2024, 12, 22)) == ["nn.cp", "nn.ttg"]
    assert ids("tw.du-cp", date(2024, 12, 22)) == []                # not yet formed
    assert ids("nn.cp", date(2025, 3, 1)) == ["tw.du-cp"]           # and the reverse
    assert ids("tw.du-qh", date(2025, 3, 1)) == ["nn.qh", "nn.ubtvqh"]
    assert ids("duubnd.hung-yen.2025", date(2025, 10, 1)) == ["ubnd.tinh.hung-yen.2025"]
    assert ids("tu.hung-yen.2025", date(2025, 10, 1)) == []         # a Tỉnh ủy has no state counterpart
    assert ids("ducqd.hung-yen.2025", date(2025, 10, 1)) == []


def test_counterparts_table_names_known_bodies_and_kinds(registry):
    from domain.counterparts import counterpart_rows
    kinds = {b.kind for b in registry.all()}
    for row in counterpart_rows():
        if row.scope == "body":
            assert row.party in registry and row.state in registry, row
        else:
            assert row.scope == "province" and {row.party, row.state} <= kinds, row


def test_every_unit_an_item_names_in_records():
    text = counterpart_docs.ROOT
    record = extract_document(text)
    first, second = record.assignments[:2]
    assert {"tw.du-qh", "tw.du-cp", "tw.du-mttq"} <= set(first.body_ids) and first.unplaced == []
    assert second.unplaced == ["Các cơ quan báo chí Trung ương"]
    data = json.loads(json.dumps(record.to_json(), ensure_ascii=False))
    assert data["assignments"][1]["unplaced"] == ["Các cơ quan báo chí Trung ương"]
