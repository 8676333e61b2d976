"""Build data/registry/{provinces,districts,communes}.csv from offline package data.

Developer script: never run by the app or the tests; its output is committed.

Source: the PyPI package ``vietnamadminunits`` 1.0.4 (MIT). Only its bundled data files are
read (``data/dataset.db`` with SQLite, ``data/converter_2025.json``); no function of the package
is imported or called, so nothing can reach the network. Install it for the build only:

    pip install --no-deps vietnamadminunits==1.0.4
    python tools/build_registry.py            # writes data/registry/*.csv
    python tools/build_registry.py --check    # fails if the committed CSVs would change

``central.csv`` is hand-written and not touched here. The output is sorted by body_id and
byte-for-byte reproducible.
"""

from __future__ import annotations

import argparse
import csv
import importlib.util
import io
import json
import re
import sqlite3
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / "data" / "registry"
PACKAGE = "vietnamadminunits"
PACKAGE_VERSION = "1.0.4"

COLUMNS = [
    "body_id", "name", "kind", "level", "system", "province", "district", "locality",
    "unit_type", "unit_code", "parent_id", "valid_from", "valid_to", "successor_id",
    "aliases", "issuer_codes", "source", "note",
]

HORIZON = "1900-01-01"      # "existed before the data's horizon"
LAST_OLD_DAY = "2025-06-30"  # last day of the 63 provinces, districts and old communes
FIRST_NEW_DAY = "2025-07-01"
SRC = f"{PACKAGE} {PACKAGE_VERSION}"

# DOMAIN.md §3.2: new province <- provinces added to it (short names). Checked against the package.
DOMAIN_MERGERS = {
    "Tuyên Quang": {"Hà Giang"}, "Lào Cai": {"Yên Bái"}, "Thái Nguyên": {"Bắc Kạn"},
    "Phú Thọ": {"Vĩnh Phúc", "Hòa Bình"}, "Bắc Ninh": {"Bắc Giang"}, "Hưng Yên": {"Thái Bình"},
    "Hải Phòng": {"Hải Dương"}, "Ninh Bình": {"Hà Nam", "Nam Định"},
    "Quảng Trị": {"Quảng Bình"}, "Đà Nẵng": {"Quảng Nam"},
    "Hồ Chí Minh": {"Bình Dương", "Bà Rịa - Vũng Tàu"}, "An Giang": {"Kiên Giang"},
    "Cà Mau": {"Bạc Liêu"}, "Đồng Tháp": {"Tiền Giang"}, "Gia Lai": {"Bình Định"},
    "Khánh Hòa": {"Ninh Thuận"}, "Lâm Đồng": {"Đắk Nông", "Bình Thuận"},
    "Đắk Lắk": {"Phú Yên"}, "Đồng Nai": {"Bình Phước"}, "Quảng Ngãi": {"Kon Tum"},
    "Tây Ninh": {"Long An"}, "Cần Thơ": {"Sóc Trăng", "Hậu Giang"},
    "Vĩnh Long": {"Bến Tre", "Trà Vinh"},
}
DOMAIN_UNCHANGED = {
    "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh",
    "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng",
}

DISTRICT_COMMITTEE = {"Huyện": "Huyện ủy", "Quận": "Quận ủy", "Thị xã": "Thị ủy",
                      "Thành phố": "Thành ủy"}
DISTRICT_CODE = {"Huyện": "HU", "Quận": "QU", "Thị xã": "ThU", "Thành phố": "TU"}
WARD_TYPES = ("Thị trấn", "Đặc khu", "Phường", "Xã")


def nfc(text: str | None) -> str:
    return unicodedata.normalize("NFC", (text or "").strip())


def slug(text: str) -> str:
    """Lowercase ASCII slug: đ->d, diacritics dropped, other characters -> hyphens."""
    text = nfc(text).replace("đ", "d").replace("Đ", "D")
    text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def split_type(full: str, types: tuple[str, ...]) -> tuple[str, str]:
    """'Thị trấn Lương Bằng' -> ('Thị trấn', 'Lương Bằng')."""
    for t in types:  # case-insensitive: the package has e.g. "Thành Phố Bắc Kạn"
        if full.lower().startswith(t.lower() + " "):
            return t, full[len(t) + 1:]
    raise ValueError(f"unknown unit type in {full!r}")


def package_data() -> Path:
    """Folder of the installed package's data files, found without importing the package."""
    spec = importlib.util.find_spec(PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"install it first: pip install --no-deps {PACKAGE}=={PACKAGE_VERSION}")
    return Path(list(spec.submodule_search_locations)[0]) / "data"


def row(**values: str) -> dict[str, str]:
    out = {c: nfc(values.get(c, "")) for c in COLUMNS}
    unknown = set(values) - set(COLUMNS)
    assert not unknown, unknown
    return out


def dedupe_ids(rows: list[dict[str, str]]) -> None:
    """Append the unit code to every id that more than one row would get."""
    count: dict[str, int] = defaultdict(int)
    for r in rows:
        count[r["body_id"]] += 1
    for r in rows:
        if count[r["body_id"]] > 1:
            r["body_id"] = f"{r['body_id']}-{r['unit_code']}"


def build(data: Path) -> dict[str, list[dict[str, str]]]:
    db = sqlite3.connect(f"file:{data / 'dataset.db'}?mode=ro", uri=True)
    db.row_factory = sqlite3.Row
    conv = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))
    legacy = [dict(r) for r in db.execute("SELECT * FROM admin_units_legacy")]
    new = [dict(r) for r in db.execute("SELECT * FROM admin_units")]
    warnings: list[str] = []

    # ---- provinces -------------------------------------------------------------------------
    old_prov = {r["provinceKey"]: r for r in legacy}
    new_prov = {r["provinceKey"]: r for r in new}
    sources: dict[str, list[str]] = conv["DICT_PROVINCE"]
    merged_into = {old: newk for newk, olds in sources.items() for old in olds}
    assert len(old_prov) == 63 and len(new_prov) == 34 and set(merged_into) == set(old_prov)
    unchanged = {k for k, olds in sources.items() if olds == [k]}

    def tu_id(key: str, post: bool) -> str:
        short = (new_prov if post else old_prov)[key]["provinceShort"]
        return f"tu.{slug(short)}" + (".2025" if post and key not in unchanged else "")

    def prov_rows(key: str, post: bool) -> list[dict[str, str]]:
        r = (new_prov if post else old_prov)[key]
        short, full = nfc(r["provinceShort"]), nfc(r["province"])
        utype = "Thành phố" if full.startswith("Thành phố") else "Tỉnh"
        committee = "Thành ủy" if utype == "Thành phố" else "Tỉnh ủy"
        plain = short if short != "Hồ Chí Minh" else "Thành phố Hồ Chí Minh"
        ended = not post and key not in unchanged
        dates = dict(
            valid_from=FIRST_NEW_DAY if post and key not in unchanged else HORIZON,
            valid_to=LAST_OLD_DAY if ended else "",
        )
        succ = tu_id(merged_into[key], True) if ended else ""
        base = tu_id(key, post)
        note = ("merged into the 2025 province (Nghị quyết 202/2025/QH15)" if ended else
                "new province formed 2025-07-01" if post and key not in unchanged else
                "province unchanged in 2025")
        common = dict(level="province", province=short, locality=short,
                      unit_type=utype.lower(), unit_code=r["provinceCode"], source=SRC,
                      note=note, **dates)
        aliases = [f"Ban Chấp hành Đảng bộ {utype.lower()} {short}"]
        if short == "Hồ Chí Minh":
            aliases += ["Thành ủy TP. Hồ Chí Minh", "Thành ủy TP.HCM", "Thành ủy Hồ Chí Minh"]
        if short == "Huế":
            aliases += ["Tỉnh ủy Thừa Thiên Huế"]
        party = row(body_id=base, name=f"{committee} {plain}", kind="tinh_uy", system="party",
                    parent_id="tw.bch", successor_id=succ, aliases=";".join(aliases),
                    issuer_codes="TU", **common)
        ubnd = row(body_id="ubnd.tinh." + base[3:], name=f"UBND {utype.lower()} {short}",
                   kind="ubnd_tinh", system="state", parent_id="",
                   successor_id=("ubnd.tinh." + succ[3:]) if succ else "",
                   aliases=f"Ủy ban nhân dân {utype.lower()} {short};UBND {full}",
                   issuer_codes="UBND", **common)
        return [party, ubnd]

    provinces = [x for k in sorted(old_prov) for x in prov_rows(k, False)]
    provinces += [x for k in sorted(new_prov) if k not in unchanged for x in prov_rows(k, True)]

    # check the package's province mapping against DOMAIN.md §3.2
    for newk, olds in sorted(sources.items()):
        name = nfc(new_prov[newk]["provinceShort"])
        added = {nfc(old_prov[o]["provinceShort"]) for o in olds} - {name}
        if newk in unchanged:
            if name not in DOMAIN_UNCHANGED:
                warnings.append(f"unchanged in package, not in DOMAIN: {name}")
        elif DOMAIN_MERGERS.get(name) != added:
            warnings.append(f"{name}: package {sorted(added)} vs DOMAIN "
                            f"{sorted(DOMAIN_MERGERS.get(name, []))}")
    if set(DOMAIN_UNCHANGED) != {nfc(new_prov[k]["provinceShort"]) for k in unchanged}:
        warnings.append("unchanged list differs from DOMAIN.md")

    # ---- post-2025 communes ----------------------------------------------------------------
    post: list[dict[str, str]] = []
    new_by_key: dict[tuple[str, str], dict[str, str]] = {}
    for r in new:
        full = nfc(r["ward"])
        utype, local = split_type(full, WARD_TYPES)
        note = ""
        if nfc(r["wardType"]) != utype:
            note = (f"package type column says {r['wardType']}, its name and converter key say "
                    f"{utype}; the name is used")
        pshort = nfc(r["provinceShort"])
        b = row(body_id=f"xa.2025.{slug(pshort)}.{slug(local)}",
                name=f"Đảng ủy {utype.lower()} {local}", kind="dang_uy_xa", level="commune",
                system="party", province=pshort, locality=local, unit_type=utype.lower(),
                unit_code=r["wardCode"], parent_id=tu_id(r["provinceKey"], True),
                valid_from=FIRST_NEW_DAY, aliases=f"Ban Chấp hành Đảng bộ {utype.lower()} {local}",
                issuer_codes="ĐU", source=SRC, note=note)
        post.append(b)
        new_by_key[(r["provinceKey"], r["wardKey"])] = b
    dedupe_ids(post)

    # legacy "province_district_ward" key -> new commune bodies, from the converter
    succ: dict[str, set[str]] = defaultdict(set)
    for newk, table in conv["DICT_PROVINCE_WARD_NO_DIVIDED"].items():
        for wkey, olds in table.items():
            for old in olds:
                succ[old].add(new_by_key[(newk, wkey)]["body_id"])
    for newk, table in conv["DICT_PROVINCE_WARD_DIVIDED"].items():
        for old, targets in table.items():
            for t in targets:
                succ[old].add(new_by_key[(newk, t["newWardKey"])]["body_id"])

    # ---- districts and pre-2025 communes ---------------------------------------------------
    districts: dict[str, dict[str, str]] = {}
    old_communes: list[dict[str, str]] = []
    for r in sorted(legacy, key=lambda x: (x["districtCode"], x["wardCode"] or "")):
        pshort, dcode = nfc(r["provinceShort"]), r["districtCode"]
        dtype, dlocal = split_type(nfc(r["district"]), tuple(DISTRICT_COMMITTEE))
        dslug = slug(dlocal if not dlocal.isdigit() else f"{dtype} {dlocal}")
        if dcode not in districts:
            committee = DISTRICT_COMMITTEE[dtype]
            shown = dlocal if not dlocal.isdigit() else f"{dtype} {dlocal}"
            aliases = [f"Ban Chấp hành Đảng bộ {dtype.lower()} {dlocal}"]
            if dlocal.isdigit():
                aliases.append(f"{committee} {dlocal}")
            island = succ.get(f"{r['provinceKey']}_{r['districtKey']}_", set())
            note = ("district level abolished 2025-07-01; no successor" if not island else
                    "district without communes; the converter maps it to this đặc khu")
            districts[dcode] = row(
                body_id=f"hu.{slug(pshort)}.{dslug}", name=f"{committee} {shown}",
                kind="huyen_uy", level="district", system="party", province=pshort,
                district=dlocal, locality=dlocal, unit_type=dtype.lower(), unit_code=dcode,
                parent_id=tu_id(r["provinceKey"], False), valid_from=HORIZON,
                valid_to=LAST_OLD_DAY, successor_id=";".join(sorted(island)),
                aliases=";".join(aliases), issuer_codes=DISTRICT_CODE[dtype], source=SRC,
                note=note)
        if not r["wardCode"]:
            continue
        utype, local = split_type(nfc(r["ward"]), WARD_TYPES)
        key = f"{r['provinceKey']}_{r['districtKey']}_{r['wardKey']}"
        old_communes.append(row(
            body_id=slug(local),  # prefixed with the district's id below
            name=f"Đảng ủy {utype.lower()} {local}", kind="dang_uy_xa", level="commune",
            system="party", province=pshort, district=dlocal, locality=local,
            unit_type=utype.lower(), unit_code=r["wardCode"], parent_id=dcode,
            valid_from=HORIZON, valid_to=LAST_OLD_DAY, successor_id=";".join(sorted(succ[key])),
            aliases=f"Ban Chấp hành Đảng bộ {utype.lower()} {local}", issuer_codes="ĐU",
            source=SRC, note="" if len(succ[key]) < 2 else "split across several 2025 communes"))
    district_rows = list(districts.values())
    dedupe_ids(district_rows)
    for c in old_communes:  # parent_id held the district code until district ids were final
        parent = districts[c["parent_id"]]["body_id"]
        c["parent_id"] = parent
        c["body_id"] = f"xa.{parent[3:]}.{c['body_id']}"
    dedupe_ids(old_communes)
    missing = [c["body_id"] for c in old_communes if not c["successor_id"]]
    if missing:
        warnings.append(f"{len(missing)} old communes without successor: {missing[:5]}")

    for w in warnings:
        print("WARNING:", w, file=sys.stderr)
    key = lambda r: r["body_id"]  # noqa: E731
    return {
        "provinces.csv": sorted(provinces, key=key),
        "districts.csv": sorted(district_rows, key=key),
        "communes.csv": sorted(old_communes + post, key=key),
    }


def render(rows: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, help="the package's data folder (default: installed)")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    tables = build(args.data or package_data())
    changed = []
    for name, rows in tables.items():
        text = render(rows)
        path = args.out / name
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                changed.append(name)
        else:
            args.out.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="")
        print(f"{name}: {len(rows)} rows", file=sys.stderr)
    if changed:
        print("out of date:", ", ".join(changed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
