"""Ministries and their Party committees, and the Ban cán sự đảng UBND tỉnh, as counterparts
(issue 11, item 1): Ban cán sự đảng Bộ X (until 02/02/2025) and Đảng ủy Bộ X (from 2025, under the
Đảng ủy Chính phủ) answer for Bộ X and the reverse; the Ban cán sự đảng UBND tỉnh (until the
Đảng ủy UBND tỉnh was formed) and the UBND tỉnh likewise, in every province valid on the day. Only
a row of data/domain/counterparts.csv counts: a ministry never answers for another ministry's
committee, a UBND tỉnh plan never for the Tỉnh ủy. Both backends give the same gaps."""
from __future__ import annotations

from datetime import date

import pytest

from domain.counterparts import counterparts
from extraction import extract_document
from tests.samples import ingested_store
from tests.test_backends import BACKENDS, engines  # noqa: F401  (fixture)
from tests.test_coverage_units import gaps_on

ROOT = """\
BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 77-NQ/TW
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 10 tháng 10 năm 2024

NGHỊ QUYẾT
CỦA BỘ CHÍNH TRỊ
về chăm sóc sức khỏe nhân dân

I. MỤC TIÊU

Nâng cao sức khỏe nhân dân.

II. TỔ CHỨC THỰC HIỆN

1. Ban cán sự đảng Bộ Y tế, Ban cán sự đảng Bộ Giáo dục và Đào tạo: xây dựng kế hoạch thực hiện Nghị quyết, hoàn thành trong quý I năm 2025.

2. Văn phòng Trung ương Đảng theo dõi, đôn đốc việc thực hiện.

T/M BỘ CHÍNH TRỊ
TỔNG BÍ THƯ
"""
MIN = """\
BỘ Y TẾ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 300/KH-BYT
Hà Nội, ngày 15 tháng 12 năm 2024

KẾ HOẠCH
thực hiện Nghị quyết số 77-NQ/TW ngày 10/10/2024 của Bộ Chính trị

Thực hiện Nghị quyết số 77-NQ/TW ngày 10/10/2024 của Bộ Chính trị, Bộ Y tế ban hành Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH

Nâng cao sức khỏe nhân dân.

KT. BỘ TRƯỞNG
THỨ TRƯỞNG
"""
ROOT2 = """\
BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 80-KL/TW
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 01 tháng 4 năm 2025

KẾT LUẬN
CỦA BỘ CHÍNH TRỊ
về quản lý tài chính công

I. TỔ CHỨC THỰC HIỆN

1. Bộ Tài chính; Bộ Y tế: xây dựng kế hoạch thực hiện Kết luận, hoàn thành trong tháng 6/2025.

2. Văn phòng Trung ương Đảng theo dõi, đôn đốc việc thực hiện.

T/M BỘ CHÍNH TRỊ
TỔNG BÍ THƯ
"""
DU = """\
ĐẢNG ỦY CHÍNH PHỦ
ĐẢNG ỦY BỘ TÀI CHÍNH
*
Số 12-KH/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 20 tháng 5 năm 2025

KẾ HOẠCH
thực hiện Kết luận số 80-KL/TW ngày 01/4/2025 của Bộ Chính trị

Thực hiện Kết luận số 80-KL/TW ngày 01/4/2025 của Bộ Chính trị, Ban Thường vụ Đảng ủy Bộ Tài chính ban hành Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH

Quản lý tài chính công.

T/M BAN THƯỜNG VỤ
BÍ THƯ
"""
TU = """\
ĐẢNG BỘ TỈNH HƯNG YÊN
TỈNH ỦY HƯNG YÊN
*
Số 55-KH/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Hưng Yên, ngày 01 tháng 11 năm 2024

KẾ HOẠCH
thực hiện Nghị quyết số 77-NQ/TW ngày 10/10/2024 của Bộ Chính trị

Thực hiện Nghị quyết số 77-NQ/TW ngày 10/10/2024 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:

I. MỤC ĐÍCH

Nâng cao sức khỏe nhân dân.

II. TỔ CHỨC THỰC HIỆN

1. Ban cán sự đảng Ủy ban nhân dân tỉnh: xây dựng kế hoạch thực hiện, hoàn thành trước 15/12.

2. Huyện ủy Kim Động: xây dựng kế hoạch thực hiện, hoàn thành trước 15/12.

T/M BAN THƯỜNG VỤ
BÍ THƯ
"""
UB = """\
ỦY BAN NHÂN DÂN
TỈNH HƯNG YÊN

Số: 210/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Yên, ngày 20 tháng 11 năm 2024

KẾ HOẠCH
triển khai thực hiện Kế hoạch số 55-KH/TU của Tỉnh ủy

Thực hiện Kế hoạch số 55-KH/TU ngày 01/11/2024 của Ban Thường vụ Tỉnh ủy Hưng Yên, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH

Nâng cao sức khỏe nhân dân.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
"""

FILES = {"nq-77-tw.txt": ROOT, "kh-300-byt.txt": MIN, "kl-80-tw.txt": ROOT2, "kh-12-du.txt": DU,
         "kh-55-tu.txt": TU, "kh-210-ubnd.txt": UB}
BEFORE, AFTER = date(2024, 12, 1), date(2025, 10, 1)


def ids(registry, body_id: str, day: date) -> list[str]:
    return [b.body_id for b in counterparts(body_id, registry, day)]


def test_ministry_and_its_party_committee_both_ways_with_dates(registry):
    assert ids(registry, "tw.bcsd.bo-y-te", BEFORE) == ["nn.bo-y-te"]
    assert ids(registry, "nn.bo-y-te", BEFORE) == ["tw.bcsd.bo-y-te"]
    assert ids(registry, "tw.du.bo-y-te", AFTER) == ["nn.bo-y-te"]
    assert ids(registry, "nn.bo-y-te", AFTER) == ["tw.du.bo-y-te"]
    assert ids(registry, "tw.bcsd.bo-y-te", AFTER) == []           # ended with the 2025 reorganisation
    assert ids(registry, "tw.du.bo-y-te", BEFORE) == []            # not yet formed
    # A merged ministry: the new Bộ Tài chính and its Đảng ủy; the old one and its Ban cán sự đảng.
    assert ids(registry, "nn.bo-tai-chinh.2025", AFTER) == ["tw.du.bo-tai-chinh.2025"]
    assert ids(registry, "tw.bcsd.bo-ke-hoach", BEFORE) == ["nn.bo-ke-hoach"]
    assert ids(registry, "nn.bo-quoc-phong", BEFORE) == []         # its Party body is not a Ban cán sự đảng
    party = {b.body_id for b in registry.all() if b.kind in ("ban_can_su", "dang_uy_bo") and ".bo-" in b.body_id}
    for body_id in party:     # every ministry committee has exactly its own ministry, while it exists
        body = registry.get(body_id)
        day = BEFORE if body.kind == "ban_can_su" else AFTER
        [partner] = counterparts(body_id, registry, day)
        assert partner.kind == "bo" and body.name.endswith(" " + partner.name), body_id


def test_party_board_of_every_ubnd_tinh_valid_on_the_day(registry):
    assert ids(registry, "ubnd.tinh.hung-yen/bcsd", BEFORE) == ["ubnd.tinh.hung-yen"]
    assert ids(registry, "ubnd.tinh.hung-yen", BEFORE) == ["ubnd.tinh.hung-yen/bcsd"]
    assert ids(registry, "ubnd.tinh.hung-yen/bcsd", AFTER) == []
    assert ids(registry, "tu.hung-yen", BEFORE) == []                # a Tỉnh ủy has no state counterpart
    for day, kind, count in ((BEFORE, "ban_can_su_ubnd", 63), (AFTER, "dang_uy_ubnd", 34)):
        ubnds = [b for b in registry.all() if b.kind == "ubnd_tinh" and b.valid_on(day)]
        assert len(ubnds) == count
        for ubnd in ubnds:
            [partner] = counterparts(ubnd.body_id, registry, day)
            assert partner.kind == kind and partner.province == ubnd.province, ubnd.body_id


def test_names_in_texts_are_the_registry_bodies():
    assert extract_document(MIN).issuer.body_id == "nn.bo-y-te"
    assert extract_document(DU).issuer.body_id == "tw.du.bo-tai-chinh.2025"
    [first, _] = extract_document(ROOT).assignments
    assert first.body_ids == ["tw.bcsd.bo-giao-duc", "tw.bcsd.bo-y-te"]
    assert extract_document(TU).assignments[0].body_ids == ["ubnd.tinh.hung-yen/bcsd"]


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return ingested_store(tmp_path_factory.mktemp("ministries"), FILES)


def rows_of(engines, store, backend, symbol: str, as_of: str) -> dict[str, dict]:  # noqa: F811
    return gaps_on(engines, store, backend, symbol, as_of)[1]


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_ministry_answers_for_its_ban_can_su_dang_and_no_other(engines, store, backend):  # noqa: F811
    found = rows_of(engines, store, backend, "77-NQ/TW", "2025-06-01")
    health, education = found["tw.bcsd.bo-y-te"], found["tw.bcsd.bo-giao-duc"]
    assert health["status"] == "covered" and health["answered_via"] == "Bộ Y tế"
    assert [a["symbol"] for a in health["answers"]] == ["300/KH-BYT"]
    assert "Bộ Y tế" in health["reasons"]["vi"] and "300/KH-BYT" in health["reasons"]["en"]
    assert education["status"] == "overdue" and education["documents"] == []   # Bộ Y tế is not its counterpart


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_ministry_party_committee_answers_for_the_ministry(engines, store, backend):  # noqa: F811
    found = rows_of(engines, store, backend, "80-KL/TW", "2025-08-01")
    finance, health = found["nn.bo-tai-chinh.2025"], found["nn.bo-y-te"]
    assert finance["status"] == "covered" and finance["answered_via"] == "Đảng ủy Bộ Tài chính"
    assert [a["symbol"] for a in finance["answers"]] == ["12-KH/ĐU"]
    assert health["status"] == "overdue"       # Bộ Y tế's plan of 2024 answers another document


@pytest.mark.parametrize("backend", BACKENDS)
def test_the_ubnd_answers_for_its_ban_can_su_dang_not_for_the_huyen_uy(engines, store, backend):  # noqa: F811
    found = rows_of(engines, store, backend, "55-KH/TU", "2025-01-10")
    board, district = found["ubnd.tinh.hung-yen/bcsd"], found["hu.hung-yen.kim-dong"]
    assert board["status"] == "covered" and board["answered_via"] == "UBND tỉnh Hưng Yên"
    assert board["body"] == "Ban cán sự đảng Ủy ban nhân dân tỉnh Hưng Yên"
    assert district["status"] == "overdue" and district["answered_via"] is None
