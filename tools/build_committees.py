"""Build data/registry/committees.csv: the provincial committees the 2025 reorganisation created
or ended, one row per province body of provinces.csv (issue 11, item 3).

Developer script: its output is committed; `--check` fails when the CSV would change.

    python tools/build_committees.py           # writes data/registry/committees.csv
    python tools/build_committees.py --check

For each Tỉnh ủy / Thành ủy row (63 before 1 July 2025, 34 after; the 11 unchanged provinces are
one row) it writes, under that committee:
- the Đảng ủy Khối (ended when the provincial committees below were formed; successors: the Đảng
  ủy các cơ quan Đảng and the Đảng ủy UBND tỉnh);
- the Ban cán sự đảng UBND tỉnh (ended then too; successor: the Đảng ủy UBND tỉnh). Its id is the
  one the extractor gives a board of the UBND, "ubnd.tinh.x/bcsd", so the board read in a text is
  this row; its counterpart is the UBND tỉnh (data/domain/counterparts.csv).
- Đảng ủy UBND tỉnh and Đảng ủy các cơ quan Đảng tỉnh (formed then);
- Đảng ủy Công an tỉnh and Đảng ủy Quân sự tỉnh (older; merged with their province on 1 July 2025).
Dates follow the province rows: a merged province's committees end on 30/6/2025 and have the
2025 province's committees as successors. Sources are in the `source` column of each row.
"""
from __future__ import annotations

import argparse
import csv
import io
import sys
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PROVINCES = REPO / "data" / "registry" / "provinces.csv"
OUT = REPO / "data" / "registry" / "committees.csv"
FORMED = date(2025, 2, 1)     # [M] the day each province formed them differs (early February 2025)
S21 = ("DOMAIN.md §3.1 [V: S21] (dangcongsan.vn, Lai Châu: the 2025 project ended the provincial ban cán sự "
       "đảng and Đảng bộ Khối and formed the Đảng bộ of the provincial Party organs and the Đảng bộ of the "
       "provincial government)")
S10 = "QĐ 321–328-QĐ/TW and the other Bộ Chính trị decisions forming the 34 provincial Đảng bộ, effective 01/07/2025 [V: S10]"

# kind, id prefix, name, aliases, level, issuer codes, period: old (until formed), new (from formed), always
KINDS = [
    ("dang_uy_khoi", "duk", "Đảng ủy Khối các cơ quan {unit} {place}",
     "Đảng ủy Khối các cơ quan và doanh nghiệp {unit} {place};Đảng ủy Khối doanh nghiệp {unit} {place};"
     "Đảng bộ Khối các cơ quan {unit} {place}", "district", "ĐUK", "old"),
    ("dang_uy_ubnd", "duubnd", "Đảng ủy Ủy ban nhân dân {unit} {place}",
     "Đảng ủy UBND {unit} {place};Đảng bộ Ủy ban nhân dân {unit} {place};Đảng bộ UBND {unit} {place}",
     "province", "ĐU", "new"),
    ("dang_uy_cqd", "ducqd", "Đảng ủy các cơ quan Đảng {unit} {place}",
     "Đảng bộ các cơ quan Đảng {unit} {place};Đảng ủy các cơ quan Đảng, đoàn thể {unit} {place}",
     "province", "ĐU", "new"),
    ("dang_uy_ca", "duca", "Đảng ủy Công an {unit} {place}", "Đảng bộ Công an {unit} {place}", "district", "ĐU", "always"),
    ("dang_uy_llvt", "duqs", "Đảng ủy Quân sự {unit} {place}", "Đảng bộ Quân sự {unit} {place}", "district", "ĐU", "always"),
]
COLUMNS = ["body_id", "name", "kind", "level", "system", "province", "district", "locality", "unit_type", "unit_code",
           "parent_id", "valid_from", "valid_to", "successor_id", "aliases", "issuer_codes", "source", "note"]


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


def rows() -> list[dict]:
    with PROVINCES.open(encoding="utf-8", newline="") as handle:
        committees = [r for r in csv.DictReader(handle) if r["kind"] == "tinh_uy"]
    by_id = {r["body_id"]: r for r in committees}
    out = []
    for tu in committees:
        slug = tu["body_id"][len("tu."):]
        start, end = _day(tu["valid_from"]), _day(tu["valid_to"])
        successors = [s for s in tu["successor_id"].split(";") if s in by_id]
        values = {"unit": tu["unit_type"], "place": tu["province"]}
        for kind, prefix, name, aliases, level, codes, period in KINDS:
            if period == "old":
                if start and start >= FORMED:
                    continue          # a 2025 province never had them
                valid_from, valid_to = start, min(end or FORMED, FORMED - timedelta(days=1))
                next_ids = [f"{p}.{slug}" for p in ("ducqd", "duubnd")]
                source, note = S21, "[M] ended when the province formed its Đảng ủy UBND and Đảng ủy các cơ quan Đảng " \
                                    "(early February 2025; the day differs by province)"
                if kind == "dang_uy_khoi":
                    note += "; one row stands for the province's Đảng ủy Khối (các cơ quan; doanh nghiệp where separate)"
            else:
                valid_from = max(start, FORMED) if period == "new" and start else start
                valid_to, next_ids = end, [f"{prefix}.{s[len('tu.'):]}" for s in successors]
                source = S10 if start and start.year == 2025 and start.month == 7 else (
                    S21 if period == "new" else "DOMAIN.md §3.1; the provincial công an and quân sự đảng bộ are "
                                                "directly under the Tỉnh ủy [M]")
                note = "merged into the 2025 province's (Nghị quyết 202/2025/QH15)" if end else ""
            out.append({
                "body_id": f"{prefix}.{slug}", "name": name.format(**values), "kind": kind, "level": level,
                "system": "party", "province": tu["province"], "district": "", "locality": tu["province"],
                "unit_type": tu["unit_type"], "unit_code": tu["unit_code"], "parent_id": tu["body_id"],
                "valid_from": valid_from.isoformat(), "valid_to": valid_to.isoformat() if valid_to else "",
                "successor_id": ";".join(next_ids), "aliases": aliases.format(**values), "issuer_codes": codes,
                "source": source, "note": note,
            })
    return sorted(out + party_boards_of_ubnd(), key=lambda r: r["body_id"])


def party_boards_of_ubnd() -> list[dict]:
    """One Ban cán sự đảng per UBND tỉnh that existed before the 2025 committees were formed."""
    with PROVINCES.open(encoding="utf-8", newline="") as handle:
        ubnds = [r for r in csv.DictReader(handle) if r["kind"] == "ubnd_tinh" and _day(r["valid_from"]) < FORMED]
    out = []
    for ubnd in ubnds:
        slug = ubnd["body_id"][len("ubnd.tinh."):]
        values = {"unit": ubnd["unit_type"], "place": ubnd["province"]}
        out.append({
            "body_id": f"{ubnd['body_id']}/bcsd", "name": "Ban cán sự đảng Ủy ban nhân dân {unit} {place}".format(**values),
            "kind": "ban_can_su_ubnd", "level": "province", "system": "party", "province": ubnd["province"],
            "district": "", "locality": ubnd["province"], "unit_type": ubnd["unit_type"], "unit_code": ubnd["unit_code"],
            "parent_id": ubnd["body_id"], "valid_from": ubnd["valid_from"],
            "valid_to": (FORMED - timedelta(days=1)).isoformat(), "successor_id": f"duubnd.{slug}",
            "aliases": "Ban cán sự đảng UBND {unit} {place};Ban Cán sự Đảng Ủy ban nhân dân {unit} {place}".format(**values),
            "issuer_codes": "", "source": S21,
            "note": "[M] ended when the province formed its Đảng ủy UBND (early February 2025; the day differs by province); "
                    "parent: the UBND it leads, as the extractor reads it (a board of the UBND)",
        })
    return out


def render() -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows())
    return buffer.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print("committees.csv is current" if same else "committees.csv is out of date: run tools/build_committees.py")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT} ({text.count(chr(10)) - 1} bodies)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
