"""The registry tables are tested like code: schema, counts, then look-ups on known cases."""

from __future__ import annotations

import re
import time
import unicodedata
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from domain.registry import DEFAULT_FOLDER, LEVELS, SYSTEMS, Registry, fold

REQUIRED = ["body_id", "name", "kind", "level", "system", "province", "district", "locality",
            "parent_id", "valid_from", "valid_to", "successor_id", "aliases", "source"]
FILES = ["central.csv", "provinces.csv", "districts.csv", "communes.csv"]
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
ID = re.compile(r"^[a-z0-9]+(?:[.-][a-z0-9]+)*(?:/[a-z0-9]+)?$")   # "/bcsd": a party board of a UBND, as the extractor names it
BEFORE, AFTER = date(2025, 6, 30), date(2025, 7, 1)


@pytest.fixture(scope="module")
def rows() -> list[tuple[str, dict[str, str]]]:
    return list(Registry.read_rows(DEFAULT_FOLDER))


@pytest.fixture(scope="module")
def reg() -> Registry:
    return Registry.load(DEFAULT_FOLDER)


def units(reg: Registry, level: str, kind: str, as_of: date) -> list:
    return [b for b in reg.all() if b.level == level and b.kind == kind and b.valid_on(as_of)]


# -- schema ------------------------------------------------------------------------------------

def test_files_and_headers() -> None:
    for name in FILES:
        path = Path(DEFAULT_FOLDER) / name
        header = path.read_text(encoding="utf-8").splitlines()[0].split(",")
        assert [c for c in REQUIRED if c not in header] == [], name


def test_text_is_nfc_and_sorted() -> None:
    for name in FILES:
        text = (Path(DEFAULT_FOLDER) / name).read_text(encoding="utf-8")
        assert text == unicodedata.normalize("NFC", text), name
        ids = [line.split(",", 1)[0] for line in text.splitlines()[1:]]
        assert ids == sorted(ids), f"{name} is not sorted by body_id"


def test_values(rows: list[tuple[str, dict[str, str]]]) -> None:
    for name, row in rows:
        where = f"{name}: {row['body_id']}"
        assert ID.match(row["body_id"]), where
        assert row["name"] and row["kind"], where
        assert row["level"] in LEVELS and row["system"] in SYSTEMS, where
        assert ISO.match(row["valid_from"]), where
        assert row["valid_to"] == "" or ISO.match(row["valid_to"]), where
        if row["valid_to"]:
            assert row["valid_from"] <= row["valid_to"], where
        assert all(a.strip() for a in row["aliases"].split(";")) or not row["aliases"], where


def test_ids_unique_and_references_exist(rows: list[tuple[str, dict[str, str]]]) -> None:
    counts = Counter(row["body_id"] for _, row in rows)
    assert [i for i, n in counts.items() if n > 1] == []
    for _, row in rows:
        refs = ([row["parent_id"]] if row["parent_id"] else []) + \
            [s for s in row["successor_id"].split(";") if s]
        assert all(r in counts for r in refs), row["body_id"]


def test_successors_start_when_predecessors_end(reg: Registry) -> None:
    for body in reg.all():
        for succ in reg.successors(body.body_id):
            assert body.valid_to is not None, body.body_id
            assert succ.valid_from is not None and succ.valid_from > body.valid_to, body.body_id


def test_loads_fast_and_cached(reg: Registry) -> None:
    start = time.perf_counter()
    assert Registry.load() is Registry.load()
    assert time.perf_counter() - start < 1.0
    assert len(reg) > 14_000


# -- counts ------------------------------------------------------------------------------------

def test_province_counts(reg: Registry) -> None:
    assert len(units(reg, "province", "tinh_uy", BEFORE)) == 63
    assert len(units(reg, "province", "tinh_uy", AFTER)) == 34
    assert len(units(reg, "province", "ubnd_tinh", BEFORE)) == 63
    assert len(units(reg, "province", "ubnd_tinh", AFTER)) == 34
    unchanged = [b for b in units(reg, "province", "tinh_uy", AFTER) if b.valid_to is None
                 and b.valid_from < BEFORE]
    assert len(unchanged) == 11
    cities = [b for b in units(reg, "province", "tinh_uy", AFTER) if b.unit_type == "thành phố"]
    assert len(cities) == 6


def test_district_counts(reg: Registry) -> None:
    assert len(units(reg, "district", "huyen_uy", BEFORE)) == 696
    assert units(reg, "district", "huyen_uy", AFTER) == []


def test_commune_counts(reg: Registry) -> None:
    before = units(reg, "commune", "dang_uy_xa", BEFORE)
    after = units(reg, "commune", "dang_uy_xa", AFTER)
    assert len(before) == 10_035
    assert len(after) == 3_321
    assert Counter(b.unit_type for b in after) == {"xã": 2621, "phường": 687, "đặc khu": 13}
    assert all(b.parent_id and b.parent_id.startswith("tu.") for b in after)
    assert all(b.successor_id for b in before)


# -- look-ups ----------------------------------------------------------------------------------

def test_fold_variants() -> None:
    assert fold("Tỉnh uỷ Hoà Bình") == fold("TỈNH ỦY HÒA BÌNH")
    assert fold(unicodedata.normalize("NFD", "Kim Động")) == fold("kim động")
    assert fold("ÐẢNG ỦY") == fold("Đảng ủy")
    assert fold("Tân Ninh") != fold("Tấn Ninh")


def test_kim_dong_children(reg: Registry) -> None:
    [kim_dong] = reg.find_units("Kim Động", level="district", province="Hưng Yên")
    assert kim_dong.body_id == "hu.hung-yen.kim-dong"
    assert kim_dong.parent_id == "tu.hung-yen"
    children = reg.children(kim_dong.body_id, as_of=date(2025, 3, 12))
    # The package's pre-2025 data is the state after the late-2024 mergers: 15 communes.
    names = {b.locality for b in children}
    assert len(children) == 15
    assert {"Diên Hồng", "Phú Thọ", "Lương Bằng"} <= names
    assert not {"Nhân La", "Vũ Xá"} & names
    assert reg.children(kim_dong.body_id, as_of=AFTER) == []
    assert reg.find_units("kim đông", level="district", province="Hưng Yên") == []


def test_tan_ninh_2025(reg: Registry) -> None:
    as_of = date(2025, 10, 13)
    found = reg.find_units("Tân Ninh", level="commune", as_of=as_of)
    assert sorted((b.province, b.unit_type) for b in found) == [("Thanh Hóa", "xã"),
                                                                 ("Tây Ninh", "phường")]
    [xa] = reg.find_units("xã Tân Ninh", as_of=as_of)
    assert xa.body_id == "xa.2025.thanh-hoa.tan-ninh" and xa.name == "Đảng ủy xã Tân Ninh"
    assert reg.find_units("Tân Ninh", unit_type="xã", as_of=as_of) == [xa]
    assert xa.parent_id == "tu.thanh-hoa"


def test_province_successors(reg: Registry) -> None:
    [new] = reg.successors("tu.thai-binh")
    assert new.body_id == "tu.hung-yen.2025" and new.name == "Tỉnh ủy Hưng Yên"
    assert [b.body_id for b in reg.successors("tu.hung-yen")] == ["tu.hung-yen.2025"]
    assert reg.get("tu.thai-binh").valid_to == BEFORE
    assert reg.successors("tu.thanh-hoa") == [] and reg.get("tu.thanh-hoa").valid_to is None
    hung_yen = {b.body_id for b in reg.find_units("Hưng Yên", level="province", as_of=AFTER)}
    assert hung_yen == {"tu.hung-yen.2025", "ubnd.tinh.hung-yen.2025",      # and the 2025 committees
                        "duubnd.hung-yen.2025", "ducqd.hung-yen.2025"}


def test_central_bodies(reg: Registry) -> None:
    btg = reg.get("tw.btgtw")
    assert btg.valid_to == date(2025, 2, 2)
    assert [b.body_id for b in reg.successors("tw.btgtw")] == ["tw.btgdvtw"]
    assert [b.body_id for b in reg.successors("tw.bdvtw")] == ["tw.btgdvtw"]
    assert reg.get("tw.btgdvtw").valid_from == date(2025, 2, 3)
    assert {b.body_id for b in reg.by_issuer_code("TW")} == {"tw.bch", "tw.bct", "tw.bbt"}
    assert [b.body_id for b in reg.by_issuer_code("ĐĐQH15")] == ["tw.dd-qh"]
    assert [b.body_id for b in reg.by_issuer_code("ÐUCP")] == ["tw.du-cp"]  # Eth look-alike
    assert [b.body_id for b in reg.find_central("Bộ Chính trị")] == ["tw.bct"]
    assert [b.body_id for b in reg.find_central("ban tuyên giáo tw")] == ["tw.btgtw"]
    assert reg.find_central("Ban Tuyên giáo TW", as_of=date(2025, 3, 1)) == []
    assert len(reg.by_issuer_code("TU", level="province")) == 63 + 23


def test_env_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "x.csv").write_text(
        ",".join(REQUIRED) + "\nt.a,Bộ Chính trị,bct,central,party,,,,,1900-01-01,,,,test\n",
        encoding="utf-8")
    monkeypatch.setenv("CASCADE_REGISTRY", str(tmp_path))
    small = Registry.load()
    assert len(small) == 1 and small.find_central("bộ chính trị")[0].body_id == "t.a"
