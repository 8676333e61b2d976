"""What a careful reader sees in the seeds and the real texts (issue: extraction/graph)."""
from __future__ import annotations

import pytest


def parents(record):
    return {r.symbol: r for r in record.references if r.relation in ("implements", "based_on")}


def test_seed_000_implements_395_kh_tu_of_hung_yen(records):
    record = records["000_55442c2dd0a01c48.txt"]
    parent = parents(record)["395-KH/TU"]
    assert parent.relation == "implements"
    assert parent.date == "2025-03-12"
    assert parent.issuer == "Tỉnh ủy Hưng Yên"
    assert parent.issuer_body_id == "tu.hung-yen"
    assert record.text[parent.span[0]:parent.span[1]].startswith("Kế hoạch số 395-KH/TU")


def test_seed_000_issuer_is_huyen_uy_kim_dong_with_evidence(records):
    issuer = records["000_55442c2dd0a01c48.txt"].issuer
    assert issuer.body_id == "hu.hung-yen.kim-dong"
    assert issuer.level == "district" and issuer.system == "party"
    assert "Kim Động" in issuer.evidence and issuer.confidence >= 0.7


def test_seed_000_tells_its_cells_to_issue_plans(records):
    record = records["000_55442c2dd0a01c48.txt"]
    assignment = next(a for a in record.assignments if a.unit.startswith("Các chi, đảng bộ trực thuộc Huyện ủy"))
    assert assignment.expects_plan
    assert assignment.unit_class == "dang_uy_xa"
    assert len(assignment.body_ids) == 15 and all(b.startswith("xa.hung-yen.kim-dong.") for b in assignment.body_ids)
    assert record.text[assignment.span[0]:assignment.span[1]].startswith("Các chi, đảng bộ trực thuộc Huyện ủy")


def test_seed_002_is_10_kh_duk_of_dang_uy_khoi_binh_dinh(records):
    record = records["002_4ebf497a8b60bb1d.txt"]
    assert record.symbol == "10-KH/ĐUK" and record.number == "10" and record.doc_type == "Kế hoạch"
    assert record.issuer.kind == "dang_uy_khoi" and record.issuer.province == "Bình Định"
    parent = parents(record)["124-HD/BTGTU"]
    assert parent.relation == "implements" and parent.date == "2024-10-08" and parent.doc_type == "Hướng dẫn"
    assert parent.issuer_body_id == "tu.binh-dinh/btg"


def test_seed_003_implements_15_kh_du_and_relays_57(records):
    record = records["003_97ed19dfa0463ea4.txt"]
    found = parents(record)
    assert found["15-KH/ĐU"].date == "2025-10-13" and found["15-KH/ĐU"].where == "preamble"
    assert found["15-KH/ĐU"].issuer_body_id == "xa.2025.thanh-hoa.tan-ninh"
    assert {"57-NQ/TW", "01-KH/BCĐTW"} <= {s for s, r in found.items() if r.where == "title"}
    assert [(c.child, c.parent) for c in record.relayed] == [("15-KH/ĐU", "57-NQ/TW")]
    assert "20/11/2025" in record.text and "2025-11-20" in [d.date for d in record.deadlines]


def test_seed_003_reads_telex_symbol(records):
    record = records["003_97ed19dfa0463ea4.txt"]
    assert "01-KH/BCDDTWW" in record.text
    assert "01-KH/BCDDTWW" not in {r.symbol for r in record.references}
    assert "01-KH/BCĐTW" in {r.symbol for r in record.references}


def test_seed_003_issuer_is_the_only_xa_tan_ninh_in_october_2025(records):
    issuer = records["003_97ed19dfa0463ea4.txt"].issuer
    assert issuer.body_id == "xa.2025.thanh-hoa.tan-ninh" and issuer.level == "commune"


def test_seed_004_ha_noi_implements_nothing_and_mentions_two(records):
    record = records["004_cab17921499b789f.txt"]
    assert record.issuer.body_id == "tu.ha-noi"
    assert not parents(record)
    assert {"18-NQ/TW", "27-NQ/TW"} <= {r.symbol for r in record.references if r.relation == "mentions"}
    districts = next(a for a in record.assignments if a.unit.startswith("Các quận, huyện, thị ủy"))
    assert districts.expects_plan and districts.unit_class == "huyen_uy" and len(districts.body_ids) == 30


@pytest.mark.parametrize("name, symbol, date, issuer_id, parent", [
    ("nq-57-tw.txt", "57-NQ/TW", "2024-12-22", "tw.bct", None),
    ("nq-03-cp.txt", "03/NQ-CP", "2025-01-09", "nn.cp", "57-NQ/TW"),
    ("kh-3260-ddqh15.txt", "3260-KH/ĐĐQH15", "2025-01-10", "tw.dd-qh", "57-NQ/TW"),
    ("cv-402-vpdu.txt", "402-CV/VPĐU", "2025-05-25", "tw.du-cp/vp", None),
])
def test_real_documents(records, name, symbol, date, issuer_id, parent):
    record = records[name]
    assert (record.symbol, record.date, record.issuer.body_id) == (symbol, date, issuer_id)
    assert set(parents(record)) == ({parent} if parent else set())


def test_a_report_on_57_is_not_its_child(records):
    refs = {r.symbol: r for r in records["cv-402-vpdu.txt"].references}
    assert refs["57-NQ/TW"].relation == "reports_on"


def test_every_span_points_at_its_words(records):
    for record in records.values():
        for ref in record.references:
            assert ref.text == record.text[ref.span[0]:ref.span[1]]
        for assignment in record.assignments:
            start, end = assignment.span
            assert 0 <= start < end <= len(record.text)
        for deadline in record.deadlines:
            assert deadline.text == record.text[deadline.span[0]:deadline.span[1]]


def test_a_proposal_about_the_programme_relays_nothing(records):
    """03/NQ-CP: "Theo đề nghị ... tại Tờ trình số 04/TTr-... và công văn số 83/... về Chương trình
    hành động ... thực hiện Nghị quyết số 57-NQ/TW": proposals, not documents implementing 57."""
    record = records["nq-03-cp.txt"]
    assert record.relayed == []
    refs = {r.symbol: r for r in record.references}
    assert refs["04/TTr-BKHCN-BTTTT"].relation == "mentions" and refs["04/TTr-BKHCN-BTTTT"].subtype == "proposed_by"
