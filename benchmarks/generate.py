"""A realistic synthetic national cascade, with its ground truth (GitHub issue 5).

    python -m benchmarks.generate --docs 10000 --seed 1 --out benchmarks/out/c10k \
        [--start 2024-01-01] [--end 2026-06-30] [--as-of 2026-06-30] [--kb 20]
    cascade generate --docs 10000 --seed 1 --out DIR

From a seed, a date range and the registry of bodies (data/registry), it writes plain-text
documents in the formats of DOMAIN.md:

- central roots (Nghị quyết / Chỉ thị / Kết luận of Bộ Chính trị, Ban Bí thư, BCH TW) whose
  "Tổ chức thực hiện" directs "Các tỉnh ủy, thành ủy trực thuộc Trung ương" with a deadline;
- provincial plans (KH/TU) implementing them, directing "Các huyện ủy, thị ủy, thành ủy trực
  thuộc Tỉnh ủy" before 1 July 2025 and "Các đảng ủy xã, phường, đặc khu" after;
- district plans (HU / QU / ThU / TU of district-level cities, only up to 30 June 2025) that
  direct "Các chi, đảng bộ trực thuộc Huyện ủy"; commune answers (the old communes before
  July 2025, the 3,321 new ones after); some on time, some late, some missing;
- UBND tỉnh plans (Số: n/KH-UBND) beside the Party ones; Công văn that only mention a plan;
  the same symbol (45-KH/TU) issued by different provinces;
- citation quirks: spaced, en-dashed or line-broken symbols, issuer-before-number order,
  wrong years, typos in the type word, Telex residue (KH/DDU), NFD files, old tone placement.

Units and places come from the registry valid on each document's date. The ground truth goes to
``<out>/truth.jsonl`` (one line per file: own symbol, issuer body_id, date, parents by file and
symbol, mentions, quirks) and ``<out>/roots.json`` (per central / provincial / district root:
the expected units and their status as of ``--as-of``: covered, late, overdue, not_due or
missing, computed with the rules of queries.gaps over the true parent links). Same seed, same
bytes. Text building blocks (TOPICS, OLD_TONE) are shared with tools/make_labelled_set.py.
"""
from __future__ import annotations

import argparse
import calendar
import json
import random
import sys
import time
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from domain.registry import Body, Registry  # noqa: E402
from tools.make_labelled_set import OLD_TONE, TOPICS, two_columns  # noqa: E402  (shared text blocks)

MERGER = date(2025, 7, 1)          # 63 -> 34 provinces, districts abolished
BTGDV_FROM = date(2025, 2, 3)      # Ban Tuyên giáo + Ban Dân vận merged

# Shares of expected units: answered on time, late, or not at all (some of those write a
# Công văn that only mentions the plan).
TWIN_SUBJECTS = ("về tổ chức các hoạt động kỷ niệm ngày thành lập Đảng bộ",
                 "về công tác phát triển đảng viên năm 2025",
                 "về kiểm tra, giám sát việc thực hiện quy chế làm việc")
P_ON_TIME, P_LATE = 0.82, 0.09
P_MENTION_ONLY = 0.35              # of the units that do not answer
P_UBND = 0.35                      # provinces whose UBND also issues a plan
P_DIRECT_BOTH = 0.3                # sub-level plans citing the root and their parent side by side
P_UNNUMBERED = 0.06                # commune plans citing their district's plan without its number
P_TWIN = 0.35                      # of the district plans such a citation names: another plan of the same day

QUIRKS = {  # per-citation or per-file rates
    "spaced": 0.06, "en_dash": 0.04, "linebreak": 0.04, "issuer_first": 0.07, "wrong_year": 0.05,
    "typo": 0.04, "nfd": 0.04, "old_tone": 0.10, "telex": 0.15, "so_colon": 0.3,
}

CENTRAL_KINDS = [
    # type word, code, issuer body, header line, title line under the type, signer authority
    ("Nghị quyết", "NQ", "tw.bct", "BAN CHẤP HÀNH TRUNG ƯƠNG", "CỦA BỘ CHÍNH TRỊ", "Bộ Chính trị",
     ["T/M BỘ CHÍNH TRỊ", "TỔNG BÍ THƯ"]),
    ("Chỉ thị", "CT", "tw.bbt", "BAN CHẤP HÀNH TRUNG ƯƠNG", "CỦA BAN BÍ THƯ", "Ban Bí thư",
     ["T/M BAN BÍ THƯ", "THƯỜNG TRỰC BAN BÍ THƯ"]),
    ("Kết luận", "KL", "tw.bct", "BAN CHẤP HÀNH TRUNG ƯƠNG", "CỦA BỘ CHÍNH TRỊ", "Bộ Chính trị",
     ["T/M BỘ CHÍNH TRỊ", "THƯỜNG TRỰC BAN BÍ THƯ"]),
    ("Nghị quyết", "NQ", "tw.bch", "BAN CHẤP HÀNH TRUNG ƯƠNG", "HỘI NGHỊ LẦN THỨ MƯỜI MỘT BAN CHẤP HÀNH TRUNG ƯƠNG KHÓA XIII",
     "Ban Chấp hành Trung ương Đảng", ["T/M BAN CHẤP HÀNH TRUNG ƯƠNG", "TỔNG BÍ THƯ"]),
]
SUBJECTS = {
    "khcn": "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
    "bdhvs": "về đẩy mạnh phổ cập kỹ năng số cho cán bộ, đảng viên và Nhân dân",
    "bomay": "về tiếp tục sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả",
    "daihoi": "về đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030",
    "matuy": "về tăng cường công tác phòng, chống và kiểm soát ma túy trong tình hình mới",
    "ktn": "về phát triển kinh tế tư nhân",
    "doanket": "về phát huy sức mạnh đại đoàn kết toàn dân tộc",
    "tuyentruyen": "về công tác tuyên truyền hướng tới kỷ niệm 100 năm Ngày thành lập Đảng",
}
FILLER = [
    "Quán triệt sâu sắc quan điểm chỉ đạo của Trung ương, gắn với điều kiện thực tiễn của địa phương, cơ quan, đơn vị; xác định rõ nhiệm vụ trọng tâm, lộ trình, thời gian hoàn thành và trách nhiệm của tập thể, cá nhân.",
    "Phát huy vai trò nêu gương của cán bộ, đảng viên, nhất là người đứng đầu cấp ủy, chính quyền trong lãnh đạo, chỉ đạo và tổ chức thực hiện nhiệm vụ được giao.",
    "Tăng cường công tác kiểm tra, giám sát, kịp thời phát hiện, biểu dương những cách làm hay, mô hình hiệu quả; chấn chỉnh những hạn chế, thiếu sót trong quá trình triển khai.",
    "Đa dạng hóa các hình thức thông tin, tuyên truyền trên báo chí, cổng/trang thông tin điện tử, hệ thống truyền thanh cơ sở và mạng xã hội, bảo đảm thông tin kịp thời, chính xác, sinh động.",
    "Bảo đảm kinh phí, cơ sở vật chất và nguồn nhân lực cần thiết cho việc thực hiện các nhiệm vụ; lồng ghép với các chương trình mục tiêu, đề án đang triển khai trên địa bàn.",
    "Chú trọng công tác nắm bắt tình hình tư tưởng, dư luận xã hội; chủ động đấu tranh, phản bác các quan điểm sai trái, thù địch, luận điệu xuyên tạc trên không gian mạng.",
    "Đẩy mạnh cải cách hành chính, ứng dụng công nghệ thông tin trong hoạt động của các cơ quan đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội.",
    "Thường xuyên rà soát, đánh giá kết quả thực hiện; định kỳ sáu tháng, một năm sơ kết, rút kinh nghiệm, kịp thời bổ sung nhiệm vụ, giải pháp phù hợp với tình hình thực tế.",
    "Phát huy sức mạnh tổng hợp của cả hệ thống chính trị, sự đồng thuận của Nhân dân; huy động các nguồn lực xã hội tham gia thực hiện các mục tiêu, nhiệm vụ đề ra.",
    "Gắn việc thực hiện các nhiệm vụ với phong trào thi đua yêu nước, các cuộc vận động lớn của Mặt trận Tổ quốc và các đoàn thể; khen thưởng kịp thời tập thể, cá nhân có thành tích tiêu biểu.",
    "Nâng cao chất lượng sinh hoạt chi bộ, đưa nội dung học tập, quán triệt vào sinh hoạt thường kỳ, sinh hoạt chuyên đề; bảo đảm mỗi cán bộ, đảng viên nắm vững và thực hiện nghiêm túc.",
    "Tăng cường phối hợp giữa các cơ quan tham mưu, giúp việc của cấp ủy với chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội; xác định rõ cơ quan chủ trì, cơ quan phối hợp.",
]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Quang", "Thanh", "Ngọc", "Xuân", "Công"]
GIVEN = ["Hùng", "Nam", "Lan", "Hải", "Tuấn", "Hòa", "Dũng", "Thắng", "Hương", "Phong", "Sơn", "Trung", "Long", "Thảo"]
CAPS = {"tỉnh": "TỈNH", "thành phố": "THÀNH PHỐ", "huyện": "HUYỆN", "quận": "QUẬN", "thị xã": "THỊ XÃ",
        "xã": "XÃ", "phường": "PHƯỜNG", "thị trấn": "THỊ TRẤN", "đặc khu": "ĐẶC KHU"}


def upper(text: str) -> str:
    return text.upper()


def vn_long(day: date) -> str:
    return f"ngày {day.day:02d} tháng {day.month:02d} năm {day.year}" if day.month < 3 else \
        f"ngày {day.day:02d} tháng {day.month} năm {day.year}"


def vn_short(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


@dataclass
class Doc:
    """One generated file and its truth."""
    file: str
    kind: str                        # central | province | ubnd | district | commune | mention
    symbol: str
    issuer_body_id: str
    date: date
    doc_type: str
    type_word: str
    issuer_phrase: str               # how others cite its issuer: "Ban Thường vụ Tỉnh ủy Hưng Yên"
    subject: str
    topic: str
    level: str
    parents: list["Doc"] = field(default_factory=list)
    mentions: list["Doc"] = field(default_factory=list)
    deadline: date | None = None
    directs: list[str] = field(default_factory=list)   # body_ids its plan directs (expected units)
    named: dict[str, date] = field(default_factory=dict)  # further units named in their own item, with its deadline
    answers_for: list[str] = field(default_factory=list)  # units this document answers for as their counterpart
    unnumbered_parent: "Doc | None" = None   # a parent cited without its number ("Kế hoạch của Ban Thường vụ Huyện ủy ngày ...")
    quirks: list[str] = field(default_factory=list)
    root_of: str | None = None       # the central root's file


@dataclass
class Config:
    docs: int
    seed: int = 1
    start: date = date(2024, 1, 1)
    end: date = date(2026, 6, 30)
    as_of: date | None = None
    kb: float = 20.0
    out: Path = Path("benchmarks/out/cascade")


class Generator:
    def __init__(self, config: Config, registry: Registry | None = None) -> None:
        self.cfg = config
        self.reg = registry or Registry.load()
        self.rng = random.Random(config.seed)
        self.docs: list[Doc] = []
        self.counters: dict[tuple[str, str], int] = {}
        self.as_of = config.as_of or config.end
        self.central_numbers = {"NQ": 40, "CT": 30, "KL": 100}
        # Deadlines in words and counterparts (issue 11) draw from their own stream, so the
        # documents, dates and statuses the main stream gives stay those of earlier versions.
        self.words = random.Random(config.seed * 7919 + 11)
        # Same-day twins of district plans (issue 11: a citation without a number two documents
        # fit) draw from a third stream and are kept apart until the truth is written, so the
        # main stream, the budget and every other document stay those of earlier versions.
        self.twin_rng = random.Random(config.seed * 104729 + 3)
        self.twins: dict[str, Doc] = {}
        self._bodies = self.reg.all()

    # -- registry helpers ---------------------------------------------------------------
    def provinces(self, day: date) -> list[Body]:
        return sorted((b for b in self._bodies if b.kind == "tinh_uy" and b.valid_on(day)), key=lambda b: b.body_id)

    def ubnd_of(self, province: Body, day: date) -> Body | None:
        found = [b for b in self._bodies if b.kind == "ubnd_tinh" and b.province == province.province and b.valid_on(day)]
        return found[0] if found else None

    def children(self, body: Body, day: date, kind: str) -> list[Body]:
        return sorted(self.reg.children(body.body_id, as_of=day, kind=kind), key=lambda b: b.body_id)

    # -- numbering --------------------------------------------------------------------------
    def number(self, body_id: str, code: str) -> int:
        key = (body_id, code)
        if key not in self.counters:
            # A narrow start range, so many provinces issue the same "45-KH/TU".
            self.counters[key] = self.rng.randint(20, 60) if body_id.startswith("tu.") else self.rng.randint(1, 300)
        self.counters[key] += self.rng.randint(1, 4)
        return self.counters[key]

    # -- names ------------------------------------------------------------------------------
    def person(self) -> str:
        r = self.rng
        return f"{r.choice(SURNAMES)} {r.choice(MIDDLE)} {r.choice(GIVEN)}"

    @staticmethod
    def committee_name(body: Body) -> str:
        """Tỉnh ủy Hưng Yên, Thành ủy Hà Nội, Huyện ủy Kim Động, Đảng ủy xã Tân Ninh."""
        return body.name

    @staticmethod
    def short_committee(body: Body) -> str:
        """The committee word alone: Tỉnh ủy, Thành ủy, Huyện ủy, Quận ủy, Thị ủy, Đảng ủy."""
        return body.name.split(" ")[0] + " " + body.name.split(" ")[1]

    @staticmethod
    def district_code(body: Body) -> str:
        return {"huyện": "HU", "quận": "QU", "thị xã": "ThU", "thành phố": "TU"}[body.unit_type]

    # -- citations --------------------------------------------------------------------------
    def cite(self, target: Doc, citing: Doc, *, with_subject: bool = True) -> str:
        """'Kế hoạch số 45-KH/TU ngày 12/3/2025 của Ban Thường vụ Tỉnh ủy Hưng Yên về ...',
        with the quirks of real citations."""
        r = self.rng
        symbol = target.symbol
        number, rest = symbol.split("-", 1) if "-" in symbol and "/" in symbol.split("-", 1)[1] else (None, None)
        if number is not None:
            if r.random() < QUIRKS["spaced"]:
                symbol = f"{number} - {rest}"
                citing.quirks.append("spaced_symbol")
            elif r.random() < QUIRKS["en_dash"]:
                symbol = f"{number}–{rest}"
                citing.quirks.append("en_dash")
            elif r.random() < QUIRKS["linebreak"]:
                symbol = f"{number}-\n{rest}"
                citing.quirks.append("linebreak_symbol")
            if "Đ" in symbol and r.random() < QUIRKS["telex"]:
                symbol = symbol.replace("Đ", "DD")
                citing.quirks.append("telex_citation")
        when = target.date
        if r.random() < QUIRKS["wrong_year"]:
            try:
                when = when.replace(year=when.year - 1)
                citing.quirks.append("wrong_year")
            except ValueError:
                pass
        word = target.type_word
        if r.random() < QUIRKS["typo"]:
            word = {"Kế hoạch": "Kế hoach", "Nghị quyết": "Nghị quyêt", "Chỉ thị": "Chỉ thi",
                    "Kết luận": "Kết luân"}.get(word, word)
            citing.quirks.append("typo_type_word")
        issuer = target.issuer_phrase
        about = f" {target.subject}" if with_subject else ""
        if r.random() < QUIRKS["issuer_first"]:
            citing.quirks.append("issuer_first")
            return f"{word} của {issuer} số {symbol} ngày {vn_short(when)}{about}"
        comma = "," if r.random() < 0.3 else ""
        return f"{word} số {symbol}{comma} ngày {vn_short(when)} của {issuer}{about}"

    # -- text -------------------------------------------------------------------------------
    def filler(self, count: int) -> list[str]:
        return [self.rng.choice(FILLER) for _ in range(count)]

    def body_sections(self, doc: Doc, mentions: list[str], target_chars: int, used: int) -> list[str]:
        t = TOPICS[doc.topic]
        r = self.rng
        lines = ["I. MỤC ĐÍCH, YÊU CẦU", "", "1. Mục đích", "", "- " + t["purpose"], ""]
        lines += ["- " + s for s in self.filler(2)] + [""]
        lines += ["2. Yêu cầu", "", "- " + t["require"], "", "- " + r.choice(FILLER), "",
                  "II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", ""]
        pending = list(mentions)
        size = used + sum(len(x) + 1 for x in lines)
        i = 0
        while size < target_chars or i < len(t["tasks"]) or pending:
            task = t["tasks"][i % len(t["tasks"])] if i < len(t["tasks"]) else r.choice(FILLER)
            para = [f"{i + 1}. {task}", "", "- " + r.choice(FILLER), "", "- " + r.choice(FILLER), ""]
            if pending and (i % 2 == 1 or size >= target_chars):
                para += [pending.pop(0), ""]
            lines += para
            size += sum(len(x) + 1 for x in para)
            i += 1
            if i > 400:
                break
        return lines

    def header(self, left: list[str], right: list[str]) -> list[str]:
        """`right` is the motto line(s) then the place-and-date line."""
        motto, place_date = right[:-1], right[-1]
        if self.rng.random() < 0.5:   # two columns, as a .docx saved as text
            return two_columns(left, motto + [""] + [place_date])
        return motto + [""] + left + ["", place_date]

    def so_line(self, symbol: str, state: bool = False) -> str:
        if state or self.rng.random() < QUIRKS["so_colon"]:
            return f"Số: {symbol}"
        return f"Số {symbol}"

    def closing(self, recipients: list[str], sign: list[str], filing: str) -> list[str]:
        return (["Nơi nhận:"] + ["- " + x + "," for x in recipients] + [f"- Lưu {filing}.", ""] + sign
                + ["", "(Đã ký)", "", self.person()])

    def write(self, doc: Doc, lines: list[str]) -> None:
        text = "\n".join(lines) + "\n"
        if self.rng.random() < QUIRKS["old_tone"]:
            for a, b in OLD_TONE:
                text = text.replace(a, b)
            doc.quirks.append("old_tone")
        if self.rng.random() < QUIRKS["nfd"]:
            text = unicodedata.normalize("NFD", text)
            doc.quirks.append("nfd")
        path = self.cfg.out / "docs" / doc.file
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
        self.written_bytes += len(text.encode("utf-8"))

    def file_name(self, folder: str, symbol: str) -> str:
        slug = symbol.replace("/", "_").replace("Đ", "D").replace("đ", "d")
        return f"{folder}/{len(self.docs):07d}_{slug}.txt"

    # -- deadlines in words (data/domain/deadline_phrases.csv) --------------------------------
    def deadline_words(self, issued: date, base: date) -> tuple[date, str]:
        """A deadline near `base` as a plan words it, and the date those words mean."""
        form = self.words.random()
        days = (base - issued).days
        if form < 0.6 or base.year != issued.year:
            return base, f"hoàn thành trước ngày {vn_short(base)}"
        if form < 0.7:
            last = date(base.year, base.month, calendar.monthrange(base.year, base.month)[1])
            return last, f"hoàn thành trong tháng {base.month}/{base.year}"
        if form < 0.8:
            return base, f"chậm nhất {days} ngày kể từ ngày ban hành"
        if form < 0.9:
            return base, f"hoàn thành trước {base.day}/{base.month}"
        quarter = (base.month - 1) // 3 + 1
        last = date(base.year, 3 * quarter, calendar.monthrange(base.year, 3 * quarter)[1])
        return last, f"hoàn thành trong quý {'I II III IV'.split()[quarter - 1]} năm {base.year}"

    def committee_of(self, province: Body, kind: str, day: date) -> Body | None:
        found = self.children(province, day, kind)
        return found[0] if found else None

    # -- documents --------------------------------------------------------------------------
    def central(self, day: date) -> Doc:
        r = self.rng
        word, code, body_id, head, under, phrase, sign = r.choice(CENTRAL_KINDS)
        self.central_numbers[code] += r.randint(1, 3)
        topic = r.choice(sorted(TOPICS))
        symbol = f"{self.central_numbers[code]}-{code}/TW"
        doc = Doc(file=self.file_name("tw", symbol), kind="central", symbol=symbol, issuer_body_id=body_id,
                  date=day, doc_type=word, type_word=word, issuer_phrase=phrase, subject=SUBJECTS[topic],
                  topic=topic, level="central")
        doc.deadline, due_words = self.deadline_words(day, day + timedelta(days=r.choice([45, 60, 90])))
        doc.directs = [p.body_id for p in self.provinces(day)]
        government = "tw.du-cp" if day >= BTGDV_FROM else "tw.bcs-cp"
        government_due, government_words = self.deadline_words(day, doc.deadline + timedelta(days=self.words.randint(30, 120)))
        doc.named[government] = government_due
        board = "Ban Tuyên giáo và Dân vận Trung ương" if day >= BTGDV_FROM else "Ban Tuyên giáo Trung ương"
        left = [head, "*", self.so_line(symbol)]
        right = ["ĐẢNG CỘNG SẢN VIỆT NAM", f"Hà Nội, {vn_long(day)}"]
        lines = self.header(left, right) + ["", "", upper(word), under, doc.subject, "", "-----", ""]
        lines += [TOPICS[topic]["purpose"] + " Từ tình hình trên, " + phrase + " yêu cầu quán triệt, thực hiện tốt các nội dung sau:", ""]
        body = self.body_sections(doc, [], int(self.cfg.kb * 680), sum(len(x) for x in lines))
        org = ["IV. TỔ CHỨC THỰC HIỆN", "",
               f"1. Các tỉnh ủy, thành ủy trực thuộc Trung ương: tổ chức học tập, quán triệt, xây dựng kế hoạch thực hiện {word} phù hợp với tình hình thực tế của địa phương, {due_words}; định kỳ báo cáo kết quả thực hiện.", "",
               f"2. {self.reg.get(government).name} lãnh đạo, chỉ đạo xây dựng chương trình hành động thực hiện {word}, {government_words}.", "",
               f"3. {board}: chủ trì, phối hợp với các cơ quan liên quan hướng dẫn, theo dõi, đôn đốc, kiểm tra việc thực hiện; định kỳ tổng hợp, báo cáo {phrase}.", "",
               f"4. Văn phòng Trung ương Đảng: theo dõi, đôn đốc và tổng hợp tình hình thực hiện {word}.", "",
               f"{word} này được phổ biến đến chi bộ./.", ""]
        lines += body + org + self.closing(["Các tỉnh ủy, thành ủy", "Các ban đảng, ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Trung ương", "Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng"], sign, "Văn phòng Trung ương Đảng")
        self.write(doc, lines)
        return doc

    def province_plan(self, root: Doc, province: Body, day: date) -> Doc:
        r = self.rng
        number = self.number(province.body_id, "KH")
        symbol = f"{number}-KH/TU"
        place = province.province
        committee = province.name.split(" ")[0] + " " + province.name.split(" ")[1]  # Tỉnh ủy / Thành ủy
        doc = Doc(file=self.file_name(f"{province.body_id}", symbol), kind="province", symbol=symbol,
                  issuer_body_id=province.body_id, date=day, doc_type="Kế hoạch", type_word="Kế hoạch",
                  issuer_phrase=f"Ban Thường vụ {committee} {place}", subject=f"về thực hiện {root.type_word} số {root.symbol} của {root.issuer_phrase}",
                  topic=root.topic, level="province", parents=[root], root_of=root.file)
        doc.deadline, due_words = self.deadline_words(day, day + timedelta(days=r.choice([30, 45, 60])))
        government = self.committee_of(province, "dang_uy_ubnd", day)
        if government:
            government_due, government_words = self.deadline_words(day, doc.deadline + timedelta(days=self.words.randint(0, 30)))
            doc.named[government.body_id] = government_due
        if day < MERGER:
            units = "Các huyện ủy, thị ủy, thành ủy trực thuộc Tỉnh ủy" if committee == "Tỉnh ủy" else \
                "Các quận ủy, huyện ủy, thị ủy, thành ủy trực thuộc Thành ủy"
            doc.directs = [b.body_id for b in self.children(province, day, "huyen_uy")]
        else:
            units = "Các đảng ủy xã, phường, đặc khu"
            doc.directs = [b.body_id for b in self.children(province, day, "dang_uy_xa")]
        unit_word = "TỈNH" if province.unit_type == "tỉnh" else "THÀNH PHỐ"
        left = [f"ĐẢNG BỘ {unit_word} {upper(place)}", upper(committee), "*", self.so_line(symbol)]
        right = ["ĐẢNG CỘNG SẢN VIỆT NAM", f"{place}, {vn_long(day)}"]
        title = [f"thực hiện {root.type_word} số {root.symbol} ngày {vn_short(root.date)} của {root.issuer_phrase}", root.subject] \
            if r.random() < 0.6 else [f"triển khai thực hiện {root.type_word.lower()} của {root.issuer_phrase}", root.subject]
        lines = self.header(left, right) + ["", "", "KẾ HOẠCH"] + title + ["-----", ""]
        opening = f"Thực hiện {self.cite(root, doc)}, Ban Thường vụ {committee} ban hành Kế hoạch thực hiện trên địa bàn {'tỉnh' if unit_word == 'TỈNH' else 'thành phố'} như sau:"
        lines += [opening, ""]
        mention_lines = []
        earlier = [d for d in self.roots if d.date < root.date]
        if earlier and r.random() < 0.5:
            other = r.choice(earlier)
            mention_lines.append(f"- Gắn với việc tiếp tục thực hiện {other.type_word} số {other.symbol} ngày {vn_short(other.date)} của {other.issuer_phrase} và các văn bản chỉ đạo của Trung ương.")
            doc.mentions.append(other)
        body = self.body_sections(doc, mention_lines, int(self.cfg.kb * 680), sum(len(x) for x in lines))
        org = ["III. TỔ CHỨC THỰC HIỆN", "",
               f"1. {units}: căn cứ Kế hoạch này xây dựng kế hoạch thực hiện phù hợp với tình hình thực tế của địa phương, {due_words}; tổ chức quán triệt đến cán bộ, đảng viên.", "",
               f"2. Ban Tuyên giáo{' và Dân vận' if day >= BTGDV_FROM else ''} {committee}: chủ trì, phối hợp hướng dẫn, theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch này; định kỳ tổng hợp, báo cáo Ban Thường vụ {committee}.", "",
               (f"3. Đảng ủy Ủy ban nhân dân {'tỉnh' if unit_word == 'TỈNH' else 'thành phố'}: lãnh đạo, chỉ đạo xây dựng kế hoạch thực hiện trong các sở, ngành, {government_words}." if government else
                f"3. Ban cán sự đảng Ủy ban nhân dân {'tỉnh' if unit_word == 'TỈNH' else 'thành phố'}: lãnh đạo, chỉ đạo các sở, ngành triển khai các nhiệm vụ thuộc lĩnh vực quản lý nhà nước."), "",
               f"Trên đây là Kế hoạch của Ban Thường vụ {committee}, đề nghị các cấp ủy, tổ chức đảng nghiêm túc triển khai thực hiện./.", ""]
        recipients = [f"{root.issuer_phrase} (b/c)", "Văn phòng Trung ương Đảng", f"Các đồng chí {committee} viên", units]
        lines += body + org + self.closing(recipients, ["T/M BAN THƯỜNG VỤ", r.choice(["BÍ THƯ", "PHÓ BÍ THƯ THƯỜNG TRỰC"])], f"Văn phòng {committee}")
        self.write(doc, lines)
        return doc

    def ubnd_plan(self, root: Doc, party: Doc | None, ubnd: Body, day: date) -> Doc:
        r = self.rng
        number = self.number(ubnd.body_id, "KH-UBND")
        symbol = f"{number}/KH-UBND"
        place = ubnd.province
        unit = "tỉnh" if ubnd.unit_type == "tỉnh" else "thành phố"
        doc = Doc(file=self.file_name(ubnd.body_id, symbol.replace("/", "-")), kind="ubnd", symbol=symbol,
                  issuer_body_id=ubnd.body_id, date=day, doc_type="Kế hoạch", type_word="Kế hoạch",
                  issuer_phrase=f"Ủy ban nhân dân {unit} {place}", subject=root.subject, topic=root.topic,
                  level="province", parents=[root] + ([party] if party else []), root_of=root.file)
        left = ["ỦY BAN NHÂN DÂN", f"{CAPS[unit]} {upper(place)}", "", self.so_line(symbol, state=True)]
        right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", f"{place}, {vn_long(day)}"]
        lines = self.header(left, right) + ["", "", "KẾ HOẠCH", f"triển khai thực hiện {root.subject[3:]} trên địa bàn {unit}", "-----", ""]
        opening = [f"Căn cứ {self.cite(root, doc)};"]
        if party:
            opening.append(f"Thực hiện {self.cite(party, doc, with_subject=False)};")
        opening.append(f"Ủy ban nhân dân {unit} ban hành Kế hoạch thực hiện như sau:")
        lines += [x for o in opening for x in (o, "")]
        body = self.body_sections(doc, [], int(self.cfg.kb * 680), sum(len(x) for x in lines))
        org = ["III. TỔ CHỨC THỰC HIỆN", "",
               "1. Các sở, ban, ngành cấp tỉnh: chủ động triển khai các nhiệm vụ thuộc lĩnh vực được giao; định kỳ báo cáo kết quả về Ủy ban nhân dân tỉnh qua Văn phòng.", "",
               "2. Ủy ban nhân dân các xã, phường: tổ chức thực hiện các nhiệm vụ trên địa bàn; báo cáo kết quả theo quy định.", ""]
        lines += body + org + self.closing(["Thường trực Tỉnh ủy (b/c)", "Chủ tịch, các PCT UBND tỉnh", "Các sở, ban, ngành"],
                                           ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "VT, KGVX")
        self.write(doc, lines)
        return doc

    def government_plan(self, root: Doc, day: date) -> Doc:
        """The Government's action programme for a central root: it answers for the Party body
        the root names (Ban cán sự đảng / Đảng ủy Chính phủ), its counterpart."""
        self.government_number = getattr(self, "government_number", 0) + self.words.randint(1, 9)
        symbol = f"{self.government_number:02d}/NQ-CP"
        doc = Doc(file=self.file_name("nn.cp", symbol.replace("/", "-")), kind="government", symbol=symbol,
                  issuer_body_id="nn.cp", date=day, doc_type="Nghị quyết", type_word="Nghị quyết",
                  issuer_phrase="Chính phủ", subject=root.subject, topic=root.topic, level="central",
                  parents=[root], root_of=root.file, answers_for=list(root.named))
        left = ["CHÍNH PHỦ", "", self.so_line(symbol, state=True)]
        right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", f"Hà Nội, {vn_long(day)}"]
        lines = self.header(left, right) + ["", "", "NGHỊ QUYẾT",
                                            f"Ban hành Chương trình hành động của Chính phủ thực hiện {root.type_word} số {root.symbol} ngày {vn_short(root.date)} của {root.issuer_phrase}",
                                            "", "CHÍNH PHỦ", "", "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;", "",
                                            f"Căn cứ {root.type_word} số {root.symbol} ngày {vn_short(root.date)} của {root.issuer_phrase} {root.subject};", "",
                                            "QUYẾT NGHỊ:", "",
                                            "Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ.", "",
                                            "Điều 2. Nghị quyết này có hiệu lực thi hành kể từ ngày ký ban hành.", ""]
        lines += self.closing(["Ban Bí thư Trung ương Đảng", "Các bộ, cơ quan ngang bộ"], ["TM. CHÍNH PHỦ", "THỦ TƯỚNG"], "VT, KGVX")
        self.write(doc, lines)
        return doc

    def sub_plan(self, root: Doc, parent: Doc, unit: Body, day: date) -> Doc:
        """A district plan (pre-2025) or a commune plan answering `parent`."""
        r = self.rng
        province = self.reg.get(parent.issuer_body_id)
        if unit.level == "district":
            code = self.district_code(unit)
            committee = {"HU": "Huyện ủy", "QU": "Quận ủy", "ThU": "Thị ủy", "TU": "Thành ủy"}[code]
            number = self.number(unit.body_id, "KH")
            symbol = f"{number}-KH/{code}"
            superior = f"ĐẢNG BỘ {CAPS.get(self.reg.get(unit.parent_id).unit_type, 'TỈNH')} {upper(unit.province)}"
            head = f"{upper(committee)} {upper(unit.locality)}"
            kind, level = "district", "district"
            directs_label = f"Các chi, đảng bộ trực thuộc {committee}"
            directs = [b.body_id for b in self.children(unit, day, "dang_uy_xa")]
            place_word = {"HU": "huyện", "QU": "quận", "ThU": "thị xã", "TU": "thành phố"}[code]
            filing = f"VP{code}"
            phrase = f"Ban Thường vụ {committee} {unit.locality}"
        else:
            committee = "Đảng ủy"
            number = self.number(unit.body_id, "KH")
            symbol = f"{number}-KH/ĐU"
            if unit.district:
                district = self.reg.get(unit.parent_id)
                superior = f"ĐẢNG BỘ {CAPS[district.unit_type]} {upper(district.locality)}"
            else:
                superior = f"ĐẢNG BỘ {CAPS[province.unit_type] if province else 'TỈNH'} {upper(unit.province)}"
            head = f"ĐẢNG ỦY {CAPS[unit.unit_type]} {upper(unit.locality)}"
            kind, level = "commune", "commune"
            directs_label, directs = None, []
            place_word = unit.unit_type
            filing = "VPĐU"
            phrase = f"Ban Thường vụ Đảng ủy {unit.unit_type} {unit.locality}"
        doc = Doc(file=self.file_name(f"{unit.parent_id}/{unit.body_id.split('.')[-1]}", symbol), kind=kind,
                  symbol=symbol, issuer_body_id=unit.body_id, date=day, doc_type="Kế hoạch", type_word="Kế hoạch",
                  issuer_phrase=phrase, subject=f"về thực hiện {root.type_word} số {root.symbol}", topic=root.topic,
                  level=level, parents=[parent], root_of=root.file)
        if directs_label:
            doc.deadline, due_words = self.deadline_words(day, day + timedelta(days=r.choice([20, 30, 45])))
            doc.directs = directs
        own = symbol
        if "Đ" in own and r.random() < QUIRKS["telex"]:
            own = own.replace("Đ", "DD")
            doc.quirks.append("telex_own")
        left = [superior, head, "*", self.so_line(own)]
        right = ["ĐẢNG CỘNG SẢN VIỆT NAM", f"{unit.locality}, {vn_long(day)}"]
        variant = r.random()
        if variant < 0.35:     # the root in the title: it is a parent too
            title = [f"thực hiện {root.type_word} số {root.symbol} ngày {vn_short(root.date)} của {root.issuer_phrase}", root.subject]
            doc.parents = [root, parent]
        else:
            title = [f"triển khai thực hiện {root.type_word.lower()} của {root.issuer_phrase}", root.subject]
        lines = self.header(left, right) + ["", "", "KẾ HOẠCH"] + title + ["-----", ""]
        parent_cite = self.cite(parent, doc, with_subject=False)
        if variant >= 0.35 and r.random() < P_DIRECT_BOTH:
            # Both cited side by side, separated by a semicolon.
            opening = f"Thực hiện {self.cite(root, doc, with_subject=False)}; {parent_cite} về thực hiện {root.type_word} số {root.symbol}, Ban Thường vụ {committee} ban hành Kế hoạch thực hiện như sau:"
            doc.parents = [root, parent]
        else:
            # The parent's description relays the root: only the parent is this plan's parent.
            opening = f"Thực hiện {parent_cite} về thực hiện {self.cite(root, doc)}, Ban Thường vụ {committee} ban hành Kế hoạch thực hiện trên địa bàn {place_word} như sau:"
            if unit.level == "commune" and parent.kind == "district" and self.words.random() < P_UNNUMBERED:
                # No number, the superior named without its place: matched by issuer, type and date.
                superior = " ".join(parent.issuer_phrase.split()[:5])     # "Ban Thường vụ Huyện ủy"
                opening = f"Thực hiện Kế hoạch của {superior} ngày {vn_short(parent.date)}, Ban Thường vụ {committee} ban hành Kế hoạch thực hiện trên địa bàn {place_word} như sau:"
                doc.unnumbered_parent = parent
                doc.quirks.append("unnumbered")
                if parent.file not in self.twins and self.twin_rng.random() < P_TWIN:
                    self.twins[parent.file] = self.twin_plan(parent)
        lines += [opening, ""]
        body = self.body_sections(doc, [], int(self.cfg.kb * 680), sum(len(x) for x in lines))
        org = ["III. TỔ CHỨC THỰC HIỆN", ""]
        n = 1
        if directs_label:
            org += [f"{n}. {directs_label}: căn cứ Kế hoạch này xây dựng kế hoạch thực hiện, {due_words}; tổ chức quán triệt đến cán bộ, đảng viên.", ""]
            n += 1
        org += [f"{n}. Văn phòng {committee}: theo dõi, đôn đốc, tổng hợp kết quả thực hiện, báo cáo Ban Thường vụ {committee}.", "",
                f"{n + 1}. Ủy ban Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội: tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tham gia thực hiện.", "",
                f"Trên đây là Kế hoạch của Ban Thường vụ {committee}, đề nghị các tổ chức đảng nghiêm túc triển khai thực hiện./.", ""]
        recipients = [f"{parent.issuer_phrase} (b/c)", f"Các đồng chí {committee} viên", directs_label or "Các chi bộ trực thuộc"]
        lines += body + org + self.closing(recipients, ["T/M BAN THƯỜNG VỤ", r.choice(["BÍ THƯ", "PHÓ BÍ THƯ THƯỜNG TRỰC"])], filing)
        self.write(doc, lines)
        return doc

    def twin_plan(self, plan: Doc) -> Doc:
        """Another Kế hoạch of a district plan's committee, of the same day, on another subject and
        outside the cascade: a citation of the plan without its number fits both."""
        unit = self.reg.get(plan.issuer_body_id)
        code = self.district_code(unit)
        committee = {"HU": "Huyện ủy", "QU": "Quận ủy", "ThU": "Thị ủy", "TU": "Thành ủy"}[code]
        self.counters[(unit.body_id, "KH")] += 1        # its number, without a draw of the main stream
        symbol = f"{self.counters[(unit.body_id, 'KH')]}-KH/{code}"
        subject = self.twin_rng.choice(TWIN_SUBJECTS)
        doc = Doc(file=f"{unit.parent_id}/{unit.body_id.split('.')[-1]}/twin_{symbol.replace('/', '_')}.txt",
                  kind="twin", symbol=symbol, issuer_body_id=unit.body_id, date=plan.date, doc_type="Kế hoạch",
                  type_word="Kế hoạch", issuer_phrase=plan.issuer_phrase, subject=subject, topic=plan.topic,
                  level="district")
        superior = f"ĐẢNG BỘ {CAPS.get(self.reg.get(unit.parent_id).unit_type, 'TỈNH')} {upper(unit.province)}"
        lines = ["ĐẢNG CỘNG SẢN VIỆT NAM", "", superior, f"{upper(committee)} {upper(unit.locality)}", "*",
                 f"Số {symbol}", "", f"{unit.locality}, {vn_long(plan.date)}", "", "", "KẾ HOẠCH", subject, "-----", "",
                 f"Ban Thường vụ {committee} ban hành Kế hoạch {subject} như sau:", "",
                 "I. MỤC ĐÍCH, YÊU CẦU", "", "- " + self.twin_rng.choice(FILLER), "",
                 "II. NỘI DUNG", "", "- " + self.twin_rng.choice(FILLER), "", "- " + self.twin_rng.choice(FILLER), "",
                 "Nơi nhận:", "- Các chi, đảng bộ trực thuộc,", f"- Lưu VP{code}.", "",
                 "T/M BAN THƯỜNG VỤ", "BÍ THƯ", "", "(Đã ký)", ""]
        path = self.cfg.out / "docs" / doc.file
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return doc

    def mention_only(self, plan: Doc, unit: Body, day: date) -> Doc:
        """A Công văn from a unit that has not answered: it only mentions the plan."""
        r = self.rng
        if unit.level == "district":
            code = self.district_code(unit)
            committee = {"HU": "Huyện ủy", "QU": "Quận ủy", "ThU": "Thị ủy", "TU": "Thành ủy"}[code]
            head = f"{upper(committee)} {upper(unit.locality)}"
            superior = f"ĐẢNG BỘ {CAPS.get(self.reg.get(unit.parent_id).unit_type, 'TỈNH')} {upper(unit.province)}"
        elif unit.level == "commune":
            code, committee = "ĐU", "Đảng ủy"
            head = f"ĐẢNG ỦY {CAPS[unit.unit_type]} {upper(unit.locality)}"
            if unit.district:
                district = self.reg.get(unit.parent_id)
                superior = f"ĐẢNG BỘ {CAPS[district.unit_type]} {upper(district.locality)}"
            else:
                province = self.reg.get(unit.parent_id)
                superior = f"ĐẢNG BỘ {CAPS[province.unit_type]} {upper(unit.province)}"
        else:
            code = "TU"
            committee = unit.name.split(" ")[0] + " " + unit.name.split(" ")[1]
            head = upper(committee)
            superior = f"ĐẢNG BỘ {CAPS[unit.unit_type]} {upper(unit.province)}"
        number = self.number(unit.body_id, "CV")
        symbol = f"{number}-CV/{code}"
        doc = Doc(file=self.file_name(f"{unit.parent_id or 'tw'}/{unit.body_id.split('.')[-1]}", symbol), kind="mention",
                  symbol=symbol, issuer_body_id=unit.body_id, date=day, doc_type="Công văn", type_word="Công văn",
                  issuer_phrase=f"Ban Thường vụ {committee}", subject="", topic=plan.topic, level=unit.level,
                  mentions=[plan], root_of=plan.root_of)
        left = [superior, head, "*", self.so_line(symbol), "V/v báo cáo tiến độ triển khai nhiệm vụ"]
        right = ["ĐẢNG CỘNG SẢN VIỆT NAM", f"{unit.locality}, {vn_long(day)}"]
        lines = self.header(left, right) + ["", "", f"Kính gửi: {plan.issuer_phrase}", ""]
        lines += [f"Ban Thường vụ {committee} báo cáo tình hình công tác tháng {day.month} năm {day.year} như sau:", "",
                  "I. TÌNH HÌNH CHUNG", "", "- " + r.choice(FILLER), "", "- " + r.choice(FILLER), "",
                  "II. MỘT SỐ VIỆC CỤ THỂ", "",
                  f"1. Đối với {plan.type_word} số {plan.symbol} ngày {vn_short(plan.date)} của {plan.issuer_phrase}, Văn phòng {committee} đang nghiên cứu, tham mưu; kết quả sẽ được báo cáo sau.", "",
                  "2. " + r.choice(FILLER), ""]
        lines += self.filler(6)
        lines += ["", f"Ban Thường vụ {committee} trân trọng báo cáo./.", ""]
        lines += self.closing(["Như trên", f"Thường trực {committee}"], ["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"], f"VP{code}")
        self.write(doc, lines)
        return doc

    # -- the cascade ------------------------------------------------------------------------
    def answer_date(self, after: date, deadline: date, body: Body) -> tuple[date | None, str]:
        """When (and whether) a unit answers: on time, late, or never; within its validity and
        the generated period."""
        r = self.rng
        x = r.random()
        if x < P_ON_TIME:
            span = max(1, (deadline - after).days)
            day, status = after + timedelta(days=r.randint(1, span)), "on_time"
        elif x < P_ON_TIME + P_LATE:
            day, status = deadline + timedelta(days=r.randint(1, 60)), "late"
        else:
            return None, "missing"
        limit = min(self.cfg.end, body.valid_to or self.cfg.end)
        if day > limit:
            return None, "missing"
        return day, status

    def counterpart_answer_date(self, after: date, deadline: date) -> date | None:
        """When a counterpart answers (its own stream): mostly on time, sometimes late or never."""
        x = self.words.random()
        if x < 0.7:
            day = after + timedelta(days=self.words.randint(1, max(1, (deadline - after).days)))
        elif x < 0.85:
            day = deadline + timedelta(days=self.words.randint(1, 60))
        else:
            return None
        return day if day <= self.cfg.end else None

    def room(self) -> bool:
        return len(self.docs) < self.cfg.docs

    def add(self, doc: Doc) -> Doc:
        self.docs.append(doc)
        return doc

    def expand(self, root: Doc, parent: Doc, unit: Body, budget_end: int) -> None:
        """unit answers `parent`; if it does and directs units, they answer in turn."""
        if not self.room():
            return
        day, status = self.answer_date(parent.date, parent.deadline, unit)
        if day is None:
            if self.rng.random() < P_MENTION_ONLY:
                when = parent.date + timedelta(days=self.rng.randint(3, 40))
                if when <= min(self.cfg.end, unit.valid_to or self.cfg.end):
                    self.add(self.mention_only(parent, unit, when))
            return
        doc = self.add(self.sub_plan(root, parent, unit, day))
        if doc.directs and len(self.docs) < budget_end:
            for body_id in doc.directs:
                self.expand(root, doc, self.reg.get(body_id), budget_end)

    def run(self) -> dict:
        started = time.perf_counter()
        self.written_bytes = 0
        cfg = self.cfg
        cfg.out.mkdir(parents=True, exist_ok=True)
        last_root = cfg.end - timedelta(days=120)
        # Roots: about one per 4,000 documents, spread over the period (at least two, one each
        # side of the 2025 merger when the period spans it).
        n_roots = max(2, -(-cfg.docs // 4000) + 1)
        span = (last_root - cfg.start).days
        days = sorted(cfg.start + timedelta(days=int(span * (k + 0.5) / n_roots)) for k in range(n_roots))
        self.roots: list[Doc] = []
        k = 0
        while self.room():
            day = days[k] if k < len(days) else cfg.start + timedelta(days=self.rng.randint(0, span))
            k += 1
            root = self.add(self.central(day))
            self.roots.append(root)
            when = self.counterpart_answer_date(root.date, next(iter(root.named.values())))
            if when and self.room():
                self.add(self.government_plan(root, when))
            remaining_roots = max(1, len(days) - k + 1)
            budget_end = len(self.docs) + (cfg.docs - len(self.docs)) // remaining_roots
            provinces = [self.reg.get(b) for b in root.directs]
            self.rng.shuffle(provinces)
            for province in provinces:
                if not self.room():
                    break
                day_p, status = self.answer_date(root.date, root.deadline, province)
                if day_p is None:
                    continue
                plan = self.add(self.province_plan(root, province, day_p))
                ubnd = self.ubnd_of(province, day_p)
                if ubnd and self.room() and self.rng.random() < P_UBND:
                    when = day_p + timedelta(days=self.rng.randint(2, 30))
                    if when <= min(cfg.end, ubnd.valid_to or cfg.end):
                        answer = self.add(self.ubnd_plan(root, plan, ubnd, when))
                        answer.answers_for = [b for b in plan.named if self.reg.get(b).kind == "dang_uy_ubnd"]
                if len(self.docs) < budget_end:
                    units = [self.reg.get(b) for b in plan.directs]
                    for unit in units:
                        self.expand(root, plan, unit, budget_end)
        truth = self.write_truth()
        elapsed = time.perf_counter() - started
        summary = {"docs": len(self.docs) - len(self.twins), "twins": len(self.twins), "roots": len(self.roots),
                   "bytes": self.written_bytes,
                   "seconds": round(elapsed, 2), "docs_per_s": round(len(self.docs) / elapsed, 1),
                   "out": str(cfg.out), "as_of": self.as_of.isoformat(), "gap_roots": truth}
        (cfg.out / "summary.json").write_text(json.dumps(summary, ensure_ascii=False, indent=1))
        return summary

    # -- truth ------------------------------------------------------------------------------
    def settle_unnumbered(self) -> None:
        """A parent cited without a number is a parent only when it is the one document of its
        issuer, type and date: when two fit, none is (the extractor chooses none either)."""
        fits: dict[tuple, int] = defaultdict(int)
        for doc in self.docs:
            fits[(doc.issuer_body_id, doc.doc_type, doc.date)] += 1
        for doc in self.docs:
            parent = doc.unnumbered_parent
            if parent and fits[(parent.issuer_body_id, parent.doc_type, parent.date)] > 1:
                doc.parents = [p for p in doc.parents if p is not parent]
                doc.quirks.append("unnumbered_ambiguous")

    def write_truth(self) -> int:
        self.docs += sorted(self.twins.values(), key=lambda d: d.file)
        self.settle_unnumbered()
        with (self.cfg.out / "truth.jsonl").open("w", encoding="utf-8") as handle:
            for doc in self.docs:
                handle.write(json.dumps({
                    "file": doc.file, "kind": doc.kind, "symbol": doc.symbol, "doc_type": doc.doc_type,
                    "issuer_body_id": doc.issuer_body_id, "level": doc.level, "date": doc.date.isoformat(),
                    "parents": [{"file": p.file, "symbol": p.symbol, "issuer_body_id": p.issuer_body_id,
                                 "date": p.date.isoformat()} for p in doc.parents],
                    "mentions": [{"file": m.file, "symbol": m.symbol} for m in doc.mentions],
                    "deadline": doc.deadline.isoformat() if doc.deadline else None,
                    "quirks": sorted(set(doc.quirks)), "root": doc.root_of,
                }, ensure_ascii=False) + "\n")
        roots = gap_truth(self.docs, self.as_of)
        (self.cfg.out / "roots.json").write_text(json.dumps(roots, ensure_ascii=False, indent=1))
        return len(roots)


def gap_truth(docs: list[Doc], as_of: date) -> list[dict]:
    """The rules of queries.gaps, applied to the true links: a unit is covered when it issued a
    document that descends from the root and is dated on or before the deadline, late when all
    such documents are after it, otherwise overdue (deadline passed as of `as_of`) or not_due.
    A unit without an answer whose plan cites, without a number, a parent several documents fit
    (one of them the root or below it) lists that plan as a possible answer (`possible`)."""
    children: dict[str, list[Doc]] = defaultdict(list)
    for doc in docs:
        for parent in doc.parents:
            children[parent.file].append(doc)
    by_file = {doc.file: doc for doc in docs}
    maybe_answers = candidate_citers(docs)
    out = []
    for root in docs:
        if not root.directs and not root.named:
            continue
        seen, stack = set(), [root.file]
        while stack:
            node = stack.pop()
            for child in children[node]:
                if child.file not in seen:
                    seen.add(child.file)
                    stack.append(child.file)
        by_issuer: dict[str, list[Doc]] = defaultdict(list)    # only the root's descendants: O(lineage), not O(corpus)
        by_counterpart: dict[str, list[Doc]] = defaultdict(list)   # answers written for a unit by its counterpart
        for file in seen:
            by_issuer[by_file[file].issuer_body_id].append(by_file[file])
            for body_id in by_file[file].answers_for:
                by_counterpart[body_id].append(by_file[file])
        due_of = {**{body_id: root.deadline for body_id in root.directs}, **root.named}
        possible: dict[str, set[str]] = defaultdict(set)
        for file in seen | {root.file}:
            for citer in maybe_answers.get(file, ()):
                if citer.file not in seen:
                    possible[citer.issuer_body_id].add(citer.file)
        expected = []
        for body_id in sorted(due_of):
            due = due_of[body_id]
            answers = sorted(by_issuer.get(body_id) or by_counterpart.get(body_id, []), key=lambda d: d.file)
            if answers:
                status = "covered" if any(a.date <= due for a in answers) else "late"
            else:
                status = "overdue" if as_of > due else "not_due"
            expected.append({"body_id": body_id, "status": status, "files": [a.file for a in answers]})
            if not answers and possible.get(body_id):
                expected[-1]["possible"] = sorted(possible[body_id])
        counts = defaultdict(int)
        for e in expected:
            counts[e["status"]] += 1
        out.append({"file": root.file, "kind": root.kind, "symbol": root.symbol, "issuer_body_id": root.issuer_body_id,
                    "date": root.date.isoformat(), "deadline": root.deadline.isoformat(), "as_of": as_of.isoformat(),
                    "expected": expected, "summary": dict(counts)})
    return out


def candidate_citers(docs: list[Doc]) -> dict[str, list[Doc]]:
    """file -> the plans whose citation without a number that document fits, among others
    (settle_unnumbered left them without that parent)."""
    fits: dict[tuple, list[Doc]] = defaultdict(list)
    for doc in docs:
        fits[(doc.issuer_body_id, doc.doc_type, doc.date)].append(doc)
    found: dict[str, list[Doc]] = defaultdict(list)
    for doc in docs:
        parent = doc.unnumbered_parent
        if parent and "unnumbered_ambiguous" in doc.quirks:
            for candidate in fits[(parent.issuer_body_id, parent.doc_type, parent.date)]:
                found[candidate.file].append(doc)
    return found


# --------------------------------------------------------------------------------------------
# Scoring a graph built from the generated files against the truth (the test and run.py use it)
# --------------------------------------------------------------------------------------------

def load_truth(out: str | Path) -> tuple[dict[str, dict], list[dict]]:
    """(truth by file, gap roots) from a generated folder."""
    out = Path(out)
    with (out / "truth.jsonl").open(encoding="utf-8") as handle:
        truth = {row["file"]: row for row in map(json.loads, handle)}
    return truth, json.loads((out / "roots.json").read_text(encoding="utf-8"))


def node_files(graph, out: str | Path) -> dict[str, str]:
    """Ingested document node -> its file relative to <out>/docs."""
    base = str(Path(out) / "docs") + "/"
    found = {}
    for node, data in graph.nodes(data=True):
        source = data.get("source")
        if data.get("kind") == "document" and data.get("ingested") and source:
            found[node] = source[len(base):] if source.startswith(base) else source
    return found


def score_parents(graph, out: str | Path, truth: dict[str, dict]) -> dict:
    """Precision, recall and F1 of parent links (the IMPLEMENTS / BASED_ON edges a document's
    own references produce) between documents, against the true parents; a link to a cited-only node or to
    the wrong document counts as wrong. Also the share of files whose own issuer body is right."""
    files = node_files(graph, out)
    tp = fp = fn = 0
    issuer_ok = 0
    misses: list[str] = []
    by_quirk: dict[str, int] = defaultdict(int)
    predicted_by_file: dict[str, set[str]] = {}
    for node, file in files.items():
        predicted = set()
        for _, target, key, data in graph.out_edges(node, keys=True, data=True):
            # The document's own parent references; a relayed claim made by another document
            # ("X về thực hiện Y" cited in a third plan) is that document's evidence, not this one's.
            if key in ("IMPLEMENTS", "BASED_ON") and data.get("subtype") != "relayed":
                predicted.add(files.get(target, f"<cited-only {target}>"))
        predicted_by_file[file] = predicted
    for file, row in truth.items():
        expected = {p["file"] for p in row["parents"]}
        predicted = predicted_by_file.get(file, set())
        tp += len(expected & predicted)
        fp += len(predicted - expected)
        fn += len(expected - predicted)
        if expected != predicted:
            for quirk in row["quirks"] or ["none"]:
                by_quirk[quirk] += 1
        if expected != predicted and len(misses) < 50:
            misses.append(f"{file}: expected {sorted(expected)} got {sorted(predicted)} quirks={row['quirks']}")
    for node, file in files.items():
        row = truth.get(file)
        if row and graph.nodes[node].get("issuer_body_id") == row["issuer_body_id"]:
            issuer_ok += 1
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall, "f1": f1,
            "files": len(truth), "ingested": len(files), "issuer_accuracy": issuer_ok / max(1, len(files)),
            "wrong_files_by_quirk": dict(sorted(by_quirk.items())), "misses": misses}


def score_gaps(graph, out: str | Path, roots: list[dict], *, limit: int | None = None) -> list[dict]:
    """Run queries.gaps for each true root and compare unit by unit (body, status, documents,
    possible answers)."""
    from queries import gaps
    files = node_files(graph, out)
    node_of = {file: node for node, file in files.items()}
    results = []
    for root in roots[:limit] if limit else roots:
        node = node_of.get(root["file"])
        if node is None:
            results.append({"file": root["file"], "ok": False, "problem": "root not ingested"})
            continue
        got = gaps(graph, node, root["as_of"]).to_json()
        got_units = {e["body_id"]: (e["status"], sorted(files.get(d, d) for d in e["documents"]),
                                    sorted(files.get(p["doc_id"], p["doc_id"]) for p in e.get("possible_answers", [])))
                     for e in got["expected"]}
        want_units = {e["body_id"]: (e["status"], sorted(e["files"]), e.get("possible", [])) for e in root["expected"]}
        units = set(got_units) | set(want_units)
        wrong = sorted(b for b in units if got_units.get(b) != want_units.get(b))
        status_ok = sum(1 for b in units if (got_units.get(b) or (None,))[0] == (want_units.get(b) or (None,))[0])
        results.append({"file": root["file"], "kind": root["kind"], "expected": len(want_units),
                        "got": len(got_units), "ok": not wrong, "wrong": len(wrong),
                        "units": len(units), "units_status_ok": status_ok,
                        "examples": [(b, want_units.get(b), got_units.get(b)) for b in wrong[:5]]})
    return results


def generate(docs: int, seed: int = 1, out: str | Path = "benchmarks/out/cascade", *, start: date = date(2024, 1, 1),
             end: date = date(2026, 6, 30), as_of: date | None = None, kb: float = 20.0,
             registry: Registry | None = None) -> dict:
    """Write a cascade of `docs` files under `out` (docs/, truth.jsonl, roots.json); returns a summary."""
    config = Config(docs=docs, seed=seed, start=start, end=end, as_of=as_of, kb=kb, out=Path(out))
    return Generator(config, registry).run()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True)
    parser.add_argument("--start", type=date.fromisoformat, default=date(2024, 1, 1))
    parser.add_argument("--end", type=date.fromisoformat, default=date(2026, 6, 30))
    parser.add_argument("--as-of", dest="as_of", type=date.fromisoformat, default=None)
    parser.add_argument("--kb", type=float, default=20.0, help="target size of a plan, in kB (default 20)")
    args = parser.parse_args(argv)
    summary = generate(args.docs, args.seed, args.out, start=args.start, end=args.end, as_of=args.as_of, kb=args.kb)
    print(json.dumps(summary, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
