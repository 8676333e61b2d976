#!/usr/bin/env python3
"""Write the labelled evaluation set for the extractor (deterministic; outputs are committed).

    python tools/make_labelled_set.py [--out tests/fixtures/labelled]

Writes ``<out>/docs/<file>`` (the documents: .txt .md .docx .pdf .html, plus TCVN3- and
VNI-encoded .txt) and ``<out>/answers.jsonl`` (one line per document).  The documents are
synthetic but modelled on the seeds in shared/corpus: real central documents (57-NQ/TW,
18-NQ/TW, 01-KH/BCĐTW, 60-NQ/TW, 45-CT/TW, 35-CT/TW, 36-CT/TW, 66-NQ/TW, 68-NQ/TW, 43-NQ/TW,
03/NQ-CP, 749/QĐ-TTg, 30/2020/NĐ-CP ...) and invented local ones, with the text quirks of
DOMAIN.md §5 planted on purpose; each answer lists the quirks its document carries.

Labelling conventions (see tests/fixtures/labelled/README.md):
- symbols are canonical: NFC, Đ (U+0110), ASCII hyphen, no spaces, Telex fixed, short issuer
  codes expanded when the text names the body ("01-KH/BCĐ ... của Ban Chỉ đạo Trung ương"
  -> 01-KH/BCĐTW);
- parents = citations in the title and the opening "Thực hiện / Triển khai / Thi hành / Để cụ
  thể hóa / Căn cứ / Theo ..." sentences that carry a symbol; implements wins over based_on;
  citations without a symbol (laws, Điều lệ Đảng) are not labelled;
- parent "date" is the true date of the cited document; when the text gives a wrong year the
  answer also has "date_as_written";
- mentions = other symbols cited in the body (not parents, not the document's own symbol, not
  the parents' own parents, which go to "relayed");
- issuer_level: Đảng ủy Khối and the 2025 đảng ủy trực thuộc Tỉnh ủy (Đảng ủy UBND tỉnh ...)
  are "province" (their scope is the province); Chi bộ is "cell".

Legacy encodings: the TCVN3 (ABC, TCVN 5712:1993 VN3) and VNI-Windows byte tables below are
written out by hand from the published code charts (cross-checked against glibc iconv's
TCVN5712-1 for TCVN3).  TCVN3 has no capital letters with tone marks (.VnTimeH fonts draw the
lower-case codes as capitals), so toned capitals are written with the lower-case byte, as real
files do.
"""
from __future__ import annotations

import argparse
import io
import json
import random
import unicodedata
import zipfile
from datetime import datetime, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = ROOT / "tests" / "fixtures" / "labelled"
SEED = 20250701
ZW = "\u200b"

# --------------------------------------------------------------------------------------------
# Legacy code pages
# --------------------------------------------------------------------------------------------

# TCVN3 (VN3 / ABC): byte -> character, lower-case and the seven base capitals.
_TCVN3_CHARS = {
    0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
    0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ",
    # a: grave hook tilde acute dot
    0xB5: "à", 0xB6: "ả", 0xB7: "ã", 0xB8: "á", 0xB9: "ạ",
    # ă
    0xBB: "ằ", 0xBC: "ẳ", 0xBD: "ẵ", 0xBE: "ắ", 0xC6: "ặ",
    # â
    0xC7: "ầ", 0xC8: "ẩ", 0xC9: "ẫ", 0xCA: "ấ", 0xCB: "ậ",
    # e, ê
    0xCC: "è", 0xCE: "ẻ", 0xCF: "ẽ", 0xD0: "é", 0xD1: "ẹ",
    0xD2: "ề", 0xD3: "ể", 0xD4: "ễ", 0xD5: "ế", 0xD6: "ệ",
    # i
    0xD7: "ì", 0xD8: "ỉ", 0xDC: "ĩ", 0xDD: "í", 0xDE: "ị",
    # o, ô, ơ
    0xDF: "ò", 0xE1: "ỏ", 0xE2: "õ", 0xE3: "ó", 0xE4: "ọ",
    0xE5: "ồ", 0xE6: "ổ", 0xE7: "ỗ", 0xE8: "ố", 0xE9: "ộ",
    0xEA: "ờ", 0xEB: "ở", 0xEC: "ỡ", 0xED: "ớ", 0xEE: "ợ",
    # u, ư
    0xEF: "ù", 0xF1: "ủ", 0xF2: "ũ", 0xF3: "ú", 0xF4: "ụ",
    0xF5: "ừ", 0xF6: "ử", 0xF7: "ữ", 0xF8: "ứ", 0xF9: "ự",
    # y
    0xFA: "ỳ", 0xFB: "ỷ", 0xFC: "ỹ", 0xFD: "ý", 0xFE: "ỵ",
}
_TCVN3_ENC = {ch: bytes([b]) for b, ch in _TCVN3_CHARS.items()}

# VNI-Windows: base letter + modifier characters (Windows-1252 bytes).
# Tone modifiers (sắc, huyền, hỏi, ngã, nặng) on a, e, o, u, y and on â/ê/ô:
_VNI_TONE = {"sac": "ù", "huyen": "ø", "hoi": "û", "nga": "õ", "nang": "ï"}
_VNI_TONE_CIRC = {"": "â", "sac": "á", "huyen": "à", "hoi": "å", "nga": "ã", "nang": "ä"}
_VNI_TONE_BREVE = {"": "ê", "sac": "é", "huyen": "è", "hoi": "ú", "nga": "ü", "nang": "ë"}
_VNI_I = {"": "i", "sac": "í", "huyen": "ì", "hoi": "æ", "nga": "ó", "nang": "ò"}
_TONE_OF_MARK = {"\u0301": "sac", "\u0300": "huyen", "\u0309": "hoi", "\u0303": "nga", "\u0323": "nang"}


def _vni_char(ch: str) -> str:
    """One NFC character -> its VNI-Windows spelling (as Latin-1 characters)."""
    if ch == "đ":
        return "ñ"
    if ch == "Đ":
        return "Ñ"
    d = unicodedata.normalize("NFD", ch)
    base, marks = d[0], d[1:]
    if base.lower() not in "aeiouy" or not marks:
        return ch
    upper = base.isupper()
    tone = ""
    shape = ""
    for m in marks:
        if m in _TONE_OF_MARK:
            tone = _TONE_OF_MARK[m]
        elif m == "\u0302":
            shape = "circ"
        elif m == "\u0306":
            shape = "breve"
        elif m == "\u031b":
            shape = "horn"
    b = base.lower()
    if b == "i":
        out = _VNI_I[tone]
    elif b == "y" and tone == "nang":
        out = "î"
    elif shape == "circ":
        out = b + _VNI_TONE_CIRC[tone]
    elif shape == "breve":
        out = b + _VNI_TONE_BREVE[tone]
    elif shape == "horn":  # ơ = ô, ư = ö, then the ordinary tone modifier
        out = {"o": "ô", "u": "ö"}[b] + (_VNI_TONE[tone] if tone else "")
    else:
        out = b + (_VNI_TONE[tone] if tone else "")
    return out.upper() if upper else out


_PUNCT_ASCII = {"“": '"', "”": '"', "‘": "'", "’": "'", "–": "-", "—": "-", "…": "...",
                "\u00a0": " ", "•": "-"}


def encode_vni(text: str) -> bytes:
    text = unicodedata.normalize("NFC", text)
    out = "".join(_vni_char(_PUNCT_ASCII.get(c, c)) for c in text)
    return out.encode("cp1252")


def encode_tcvn3(text: str) -> bytes:
    text = unicodedata.normalize("NFC", text)
    buf = bytearray()
    for c in text:
        c = _PUNCT_ASCII.get(c, c)
        if c in _TCVN3_ENC:
            buf += _TCVN3_ENC[c]
        elif c.lower() in _TCVN3_ENC and ord(c) > 127:
            buf += _TCVN3_ENC[c.lower()]   # toned capital: lower-case code (.VnTimeH)
        elif ord(c) < 128:
            buf += c.encode("ascii")
        else:
            d = unicodedata.normalize("NFD", c)
            if d[0].isascii() and unicodedata.normalize("NFC", d.lower()) in _TCVN3_ENC:
                buf += _TCVN3_ENC[unicodedata.normalize("NFC", d.lower())]
            else:
                raise ValueError(f"no TCVN3 code for {c!r}")
    return bytes(buf)


# --------------------------------------------------------------------------------------------
# Text building blocks
# --------------------------------------------------------------------------------------------

D57 = "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"
D01 = "Kế hoạch số 01-KH/BCĐTW ngày 21/3/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số về triển khai phong trào “Bình dân học vụ số”"
D18 = "Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng (khóa XII) về một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả"
D36 = "Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị về tăng cường, nâng cao hiệu quả công tác phòng, chống và kiểm soát ma túy"
D45 = "Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"
D35 = "Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"
D68 = "Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân"
D66 = "Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước trong kỷ nguyên mới"
D60 = "Nghị quyết số 60-NQ/TW ngày 12/4/2025 Hội nghị lần thứ 11 Ban Chấp hành Trung ương Đảng khóa XIII"
D43 = "Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc, xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc"
D03CP = "Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW"

S57 = "về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia"
SBD = "về triển khai phong trào “Bình dân học vụ số”"

TOPICS = {
    "khcn": {
        "purpose": "Quán triệt sâu sắc, tạo sự thống nhất cao về nhận thức và hành động của cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc, các đoàn thể chính trị - xã hội, cán bộ, đảng viên và Nhân dân về vai trò đột phá của phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.",
        "require": "Cụ thể hóa các nhiệm vụ, giải pháp phù hợp với điều kiện thực tế; xác định rõ nhiệm vụ trọng tâm, lộ trình, thời gian hoàn thành và trách nhiệm của tập thể, cá nhân, nhất là người đứng đầu.",
        "tasks": [
            "Nâng cao nhận thức, đột phá về đổi mới tư duy, xác định quyết tâm chính trị mạnh mẽ, quyết liệt lãnh đạo, chỉ đạo, tạo xung lực mới, khí thế mới về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số.",
            "Khẩn trương rà soát, hoàn thiện cơ chế, chính sách; xóa bỏ các rào cản đang cản trở sự phát triển; đưa thể chế thành lợi thế cạnh tranh trong phát triển khoa học, công nghệ và chuyển đổi số.",
            "Tăng cường đầu tư, hoàn thiện hạ tầng số; bảo đảm kết nối, chia sẻ dữ liệu giữa các cơ quan trong hệ thống chính trị; nâng cao tỷ lệ hồ sơ giải quyết dịch vụ công trực tuyến toàn trình.",
            "Phát triển nguồn nhân lực số; bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức và người lao động; bảo đảm an ninh, an toàn thông tin, bảo vệ dữ liệu cá nhân.",
        ],
    },
    "bdhvs": {
        "purpose": "Phổ cập kiến thức, kỹ năng số cơ bản cho cán bộ, đảng viên và Nhân dân thông qua phong trào “Bình dân học vụ số”, bảo đảm không ai bị bỏ lại phía sau trong quá trình chuyển đổi số.",
        "require": "Triển khai đồng bộ, thiết thực, phù hợp với từng nhóm đối tượng; huy động sự vào cuộc của cả hệ thống chính trị, tổ công nghệ số cộng đồng và đoàn viên, thanh niên.",
        "tasks": [
            "Tổ chức các lớp hướng dẫn sử dụng dịch vụ công trực tuyến, ứng dụng định danh điện tử VNeID, thanh toán không dùng tiền mặt cho người dân tại thôn, khu dân cư.",
            "Phát huy vai trò của tổ công nghệ số cộng đồng, đoàn viên, thanh niên tình nguyện trong việc hướng dẫn, hỗ trợ người cao tuổi, người yếu thế tiếp cận môi trường số.",
            "Xây dựng, chia sẻ học liệu số, video hướng dẫn ngắn gọn, dễ hiểu trên các nền tảng mạng xã hội và hệ thống truyền thanh cơ sở.",
            "Định kỳ đánh giá kết quả phổ cập kỹ năng số; kịp thời biểu dương, khen thưởng tập thể, cá nhân có thành tích tiêu biểu.",
        ],
    },
    "bomay": {
        "purpose": "Tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả; nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức đảng.",
        "require": "Việc sắp xếp bảo đảm nguyên tắc, đúng quy trình, thận trọng, chắc chắn; làm tốt công tác chính trị, tư tưởng đối với cán bộ, công chức, viên chức chịu tác động.",
        "tasks": [
            "Rà soát chức năng, nhiệm vụ, tổ chức bộ máy của các cơ quan, đơn vị; khắc phục chồng chéo, trùng lắp về chức năng, nhiệm vụ.",
            "Thực hiện tinh giản biên chế gắn với cơ cấu lại đội ngũ cán bộ, công chức, viên chức theo vị trí việc làm.",
            "Kiện toàn tổ chức bộ máy, bố trí cán bộ bảo đảm hoạt động thông suốt, không gián đoạn công việc, không để ảnh hưởng đến người dân và doanh nghiệp.",
            "Tăng cường kiểm tra, giám sát việc thực hiện; xử lý nghiêm các trường hợp vi phạm.",
        ],
    },
    "daihoi": {
        "purpose": "Lãnh đạo, chỉ đạo chuẩn bị chu đáo, tổ chức thành công đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030 tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng.",
        "require": "Đại hội phải thực sự là đợt sinh hoạt chính trị sâu rộng; công tác chuẩn bị văn kiện, nhân sự bảo đảm đúng nguyên tắc, quy trình, dân chủ, khách quan.",
        "tasks": [
            "Chuẩn bị văn kiện đại hội bảo đảm chất lượng, đánh giá đúng kết quả thực hiện nghị quyết nhiệm kỳ 2020 - 2025, xác định mục tiêu, nhiệm vụ, giải pháp cho nhiệm kỳ mới.",
            "Làm tốt công tác chuẩn bị nhân sự cấp ủy; thực hiện nghiêm quy trình giới thiệu nhân sự, kiên quyết không để lọt vào cấp ủy những người không đủ tiêu chuẩn.",
            "Đẩy mạnh công tác tuyên truyền trước, trong và sau đại hội; tổ chức phong trào thi đua lập thành tích chào mừng đại hội.",
            "Bảo đảm an ninh chính trị, trật tự, an toàn xã hội; giải quyết kịp thời đơn thư khiếu nại, tố cáo liên quan đến đại hội.",
        ],
    },
    "matuy": {
        "purpose": "Tăng cường sự lãnh đạo của cấp ủy, chính quyền đối với công tác phòng, chống và kiểm soát ma túy; kéo giảm tội phạm và tệ nạn ma túy trên địa bàn.",
        "require": "Xác định công tác phòng, chống ma túy là nhiệm vụ thường xuyên, lâu dài của cả hệ thống chính trị; phân công trách nhiệm cụ thể cho từng cơ quan, đơn vị.",
        "tasks": [
            "Tuyên truyền sâu rộng về tác hại của ma túy đến từng hộ gia đình, nhà trường, khu dân cư.",
            "Quản lý chặt chẽ người nghiện, người sử dụng trái phép chất ma túy; tổ chức cai nghiện, hỗ trợ tái hòa nhập cộng đồng.",
            "Xây dựng xã, thị trấn, khu dân cư không có ma túy; phát hiện, triệt xóa kịp thời các điểm, tụ điểm phức tạp.",
            "Đấu tranh quyết liệt với tội phạm ma túy, không để hình thành các tụ điểm, đường dây mua bán trái phép chất ma túy.",
        ],
    },
    "ktn": {
        "purpose": "Tạo chuyển biến mạnh mẽ về nhận thức, hành động, khơi dậy tinh thần kinh doanh, phát huy vai trò động lực của kinh tế tư nhân trong phát triển kinh tế - xã hội.",
        "require": "Bám sát quan điểm, mục tiêu của Trung ương; các nhiệm vụ phải có lộ trình, sản phẩm cụ thể, gắn trách nhiệm người đứng đầu.",
        "tasks": [
            "Cải cách mạnh mẽ thủ tục hành chính, cắt giảm tối thiểu 30% thời gian xử lý và chi phí tuân thủ cho doanh nghiệp.",
            "Tạo thuận lợi cho doanh nghiệp tiếp cận đất đai, tín dụng, mặt bằng sản xuất; hỗ trợ doanh nghiệp nhỏ và vừa, hộ kinh doanh chuyển đổi lên doanh nghiệp.",
            "Rà soát, hoàn thiện các quy định của địa phương bảo đảm môi trường kinh doanh minh bạch, ổn định.",
            "Tổ chức đối thoại định kỳ với cộng đồng doanh nghiệp; kịp thời tháo gỡ khó khăn, vướng mắc.",
        ],
    },
    "doanket": {
        "purpose": "Phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc; củng cố vững chắc mối quan hệ mật thiết giữa Đảng với Nhân dân.",
        "require": "Đổi mới nội dung, phương thức hoạt động của Mặt trận và các tổ chức thành viên, hướng mạnh về cơ sở, khu dân cư.",
        "tasks": [
            "Đẩy mạnh cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.",
            "Nâng cao chất lượng giám sát, phản biện xã hội; tham gia góp ý xây dựng Đảng, xây dựng chính quyền trong sạch, vững mạnh.",
            "Chăm lo đời sống vật chất, tinh thần của Nhân dân, nhất là hộ nghèo, gia đình chính sách, đồng bào vùng khó khăn.",
            "Phát huy vai trò của người có uy tín trong cộng đồng dân cư, chức sắc, chức việc các tôn giáo.",
        ],
    },
    "tuyentruyen": {
        "purpose": "Tạo sự thống nhất cao trong lãnh đạo, chỉ đạo và sự đồng thuận trong Nhân dân về tổ chức triển khai thực hiện 03 đề án, dự án quan trọng hướng tới kỷ niệm 100 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2030).",
        "require": "Nội dung tuyên truyền bảo đảm kịp thời, đầy đủ, có trọng tâm, trọng điểm; hình thức linh hoạt, sáng tạo, lồng ghép với nhiệm vụ chính trị của địa phương.",
        "tasks": [
            "Tuyên truyền ý kiến kết luận, chỉ đạo của Bộ Chính trị, Ban Bí thư về Đề án xây dựng Bảo tàng Đảng Cộng sản Việt Nam.",
            "Vận động cán bộ, đảng viên và Nhân dân sưu tầm, hiến tặng tài liệu, hiện vật về lịch sử Đảng.",
            "Phản bác các luận điệu xuyên tạc, sai trái của các thế lực thù địch trên mạng xã hội.",
        ],
    },
}

UNITS = {
    "province_pre": ["Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Đảng đoàn Hội đồng nhân dân, Ban cán sự đảng Ủy ban nhân dân tỉnh"],
    "province_post": ["Các đảng ủy xã, phường, đặc khu", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Đảng ủy Ủy ban nhân dân tỉnh"],
    "district": ["Các chi, đảng bộ trực thuộc Huyện ủy", "Ban Tuyên giáo Huyện ủy", "Ủy ban nhân dân huyện"],
    "commune": ["Các chi bộ trực thuộc Đảng ủy", "Ủy ban nhân dân xã", "Ủy ban Mặt trận Tổ quốc và các đoàn thể xã"],
    "cell": ["Các đảng viên trong chi bộ", "Bí thư chi bộ"],
    "state_province": ["Các sở, ban, ngành cấp tỉnh", "Ủy ban nhân dân các xã, phường"],
    "state_district": ["Các phòng, ban, ngành huyện", "Ủy ban nhân dân các xã, thị trấn"],
    "state_commune": ["Công chức văn hóa - xã hội", "Các thôn, khu dân cư"],
    "mass": ["Các cấp hội, đoàn cơ sở", "Ban Thường vụ các đơn vị trực thuộc"],
    "central": ["Các tỉnh ủy, thành ủy, đảng ủy trực thuộc Trung ương", "Các ban đảng, đảng ủy trực thuộc Trung ương"],
}


def body_plan(topic: str, units: str, mentions: list[str], issuer_short: str) -> list[str]:
    t = TOPICS[topic]
    lines = ["I. MỤC ĐÍCH, YÊU CẦU", "", "1. Mục đích", "", "- " + t["purpose"], "",
             "2. Yêu cầu", "", "- " + t["require"], "", "II. NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU", ""]
    ms = list(mentions)
    for i, task in enumerate(t["tasks"], 1):
        lines += [f"{i}. {task}"]
        if ms and i % 2 == 1:
            lines += ["", ms.pop(0)]
        lines += [""]
    for m in ms:
        lines += [m, ""]
    lines += ["III. TỔ CHỨC THỰC HIỆN", ""]
    for i, u in enumerate(UNITS[units], 1):
        lines += [f"{i}. {u} căn cứ Kế hoạch này xây dựng kế hoạch cụ thể, tổ chức triển khai thực hiện; định kỳ báo cáo kết quả về {issuer_short}.", ""]
    lines += [f"Trên đây là Kế hoạch của {issuer_short}, đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện./.", ""]
    return lines


def body_generic(kind: str, topic: str, units: str, mentions: list[str], issuer_short: str,
                 article1: str | None = None) -> list[str]:
    t = TOPICS[topic]
    ms = list(mentions)
    if kind == "plan":
        return body_plan(topic, units, mentions, issuer_short)
    if kind == "cv":
        lines = [t["purpose"], "", f"Để triển khai kịp thời, {issuer_short} đề nghị:", ""]
        for i, task in enumerate(t["tasks"][:3], 1):
            lines += [f"{i}. {task}", ""]
        for m in ms:
            lines += [m, ""]
        lines += [f"Kết quả thực hiện báo cáo về {issuer_short} trước ngày 30/6/2025 để tổng hợp./.", ""]
        return lines
    if kind == "report":
        lines = ["I. KẾT QUẢ ĐẠT ĐƯỢC", ""]
        for i, task in enumerate(t["tasks"], 1):
            lines += [f"{i}. Về nhiệm vụ: {task[0].lower()}{task[1:]} Các cơ quan, đơn vị đã triển khai và bước đầu đạt kết quả tích cực.", ""]
            if ms:
                lines += [ms.pop(0), ""]
        lines += ["II. HẠN CHẾ, NGUYÊN NHÂN", "", "- Một số cơ quan, đơn vị triển khai còn chậm; nguồn lực bảo đảm còn hạn chế.", "",
                  "III. PHƯƠNG HƯỚNG, NHIỆM VỤ THỜI GIAN TỚI", "", "- " + t["require"], ""]
        for m in ms:
            lines += [m, ""]
        return lines
    if kind == "decision":
        lines = ["QUYẾT ĐỊNH:", "", article1 or f"Điều 1. Ban hành kèm theo Quyết định này Kế hoạch {t['purpose'][0].lower()}{t['purpose'][1:]}", "",
                 "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.", ""]
        for m in ms:
            lines += [m, ""]
        lines += ["Điều 3. Chánh Văn phòng, thủ trưởng các cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.", ""]
        return lines
    if kind == "resolution":
        lines = ["I. TÌNH HÌNH", "", "Thời gian qua, cấp ủy, chính quyền và các đoàn thể đã quan tâm lãnh đạo, chỉ đạo, đạt được một số kết quả; tuy nhiên vẫn còn những hạn chế cần khắc phục.", "",
                 "II. MỤC TIÊU", "", "- " + t["purpose"], "", "III. NHIỆM VỤ, GIẢI PHÁP", ""]
        for i, task in enumerate(t["tasks"], 1):
            lines += [f"{i}. {task}", ""]
        for m in ms:
            lines += [m, ""]
        lines += ["IV. TỔ CHỨC THỰC HIỆN", ""] + [f"- {u} tổ chức quán triệt, thực hiện Nghị quyết này." for u in UNITS[units]] + [""]
        return lines
    if kind == "notice":
        lines = [f"{issuer_short} đã nghe báo cáo tình hình triển khai và thống nhất kết luận như sau:", "", "1. Đánh giá cao sự chủ động của các cơ quan, đơn vị. " + t["purpose"], ""]
        for m in ms:
            lines += [m, ""]
        lines += ["2. Thời gian tới, đề nghị các cơ quan, đơn vị tập trung thực hiện tốt các nhiệm vụ sau:", ""] + ["- " + x for x in t["tasks"][:3]] + [""]
        return lines
    if kind == "guide":
        lines = ["I. MỤC ĐÍCH, YÊU CẦU", "", "- " + t["purpose"], "", "II. NỘI DUNG TUYÊN TRUYỀN", ""]
        for i, task in enumerate(t["tasks"], 1):
            lines += [f"{i}. {task}", ""]
        for m in ms:
            lines += [m, ""]
        lines += ["III. HÌNH THỨC TUYÊN TRUYỀN", "", "- Tuyên truyền trên báo chí, cổng/trang thông tin điện tử, hệ thống truyền thanh cơ sở và mạng xã hội.", "",
                  "IV. TỔ CHỨC THỰC HIỆN", ""] + [f"- {u} căn cứ Hướng dẫn này triển khai thực hiện." for u in UNITS[units]] + [""]
        return lines
    raise ValueError(kind)


# --------------------------------------------------------------------------------------------
# Document specifications
# --------------------------------------------------------------------------------------------
# Each spec: file, fmt, system (party|state|mass), header lines, so (raw "Số ..." line or None),
# place_date (raw or None), title (caps type line or None), subject lines, opening (raw),
# kind/topic/units for the body, mentions (raw sentences), recipients, sign lines, signer,
# quirks (applied by the writer: nfd, old_tone, crlf, bom), and ans (the labels).

def P(symbol, relation, date, **extra):
    d = {"symbol": symbol, "relation": relation, "date": date}
    d.update(extra)
    return d


def R(child, parent):
    return {"child": child, "parent": parent}


PARTY_SIGN = ["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC"]
PARTY_SIGN_BT = ["T/M BAN THƯỜNG VỤ", "BÍ THƯ"]
STATE_SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]


def specs() -> list[dict]:
    S = []

    S.append(dict(
        file="01_hu_kimdong_57.txt", fmt="txt", system="party", layout="two_col",
        header=["ĐẢNG BỘ TỈNH HƯNG YÊN", "HUYỆN ỦY KIM ĐỘNG"], so="Số 245-KH/HU",
        place_date="Kim Động, ngày 10 tháng 3 năm 2025",
        title="KẾ HOẠCH", subject=["thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị", S57],
        opening=f"Thực hiện Kế hoạch số 384-KH/TU ngày 14/02/2025 của Ban Thường vụ Tỉnh ủy Hưng Yên về thực hiện {D57}, Ban Thường vụ Huyện ủy Kim Động ban hành Kế hoạch thực hiện như sau:",
        kind="plan", topic="khcn", units="district",
        mentions=["- Gắn việc thực hiện Kế hoạch này với triển khai phong trào “Bình dân học vụ số” theo Kế hoạch số 01-KH/BCĐTW ngày 21/3/2025 của Ban Chỉ đạo Trung ương."],
        recipients=["Ban Thường vụ Tỉnh ủy (b/c)", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Các đồng chí Huyện ủy viên", "Các chi, đảng bộ trực thuộc", "Lưu VPHU."],
        sign=PARTY_SIGN, signer="Nguyễn Chi Hội",
        ans=dict(symbol="245-KH/HU", date="2025-03-10", doc_type="Kế hoạch", issuer_name="Huyện ủy Kim Động",
                 issuer_level="district", issuer_system="party", locality="Kim Động",
                 parents=[P("57-NQ/TW", "implements", "2024-12-22"), P("384-KH/TU", "implements", "2025-02-14")],
                 mentions=["01-KH/BCĐTW"], relayed=[R("384-KH/TU", "57-NQ/TW")],
                 quirks=["date_slash", "relayed", "multiple_parents", "parent_in_title", "so_no_colon"])))

    S.append(dict(
        file="02_tu_hungyen_57.txt", fmt="txt", system="party", layout="stacked",
        header=["ĐẢNG BỘ TỈNH HƯNG YÊN", "TỈNH ỦY"], so="Số 384-KH/TU",
        place_date="Hưng Yên, ngày 14 tháng 02 năm 2025",
        title="KẾ HOẠCH", subject=["thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị", S57],
        opening=f"Thực hiện Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị {S57}, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện trên địa bàn tỉnh như sau:",
        kind="plan", topic="khcn", units="province_pre",
        mentions=["- Phối hợp chặt chẽ với việc thực hiện Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ và Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia.",
                  "- Bảo đảm hài hòa lợi ích, an toàn thông tin trong quá trình triển khai."],
        recipients=["Ban Bí thư Trung ương Đảng (b/c)", "Văn phòng Trung ương Đảng", "Các đồng chí Tỉnh ủy viên", "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc", "Lưu Văn phòng Tỉnh ủy."],
        sign=PARTY_SIGN_BT, signer="Nguyễn Hữu Nghĩa", quirks_apply=["old_tone"],
        ans=dict(symbol="384-KH/TU", date="2025-02-14", doc_type="Kế hoạch", issuer_name="Tỉnh ủy Hưng Yên",
                 issuer_level="province", issuer_system="party", locality="Hưng Yên",
                 parents=[P("57-NQ/TW", "implements", "2024-12-22")],
                 mentions=["03/NQ-CP", "749/QĐ-TTg"], relayed=[],
                 quirks=["date_comma", "old_tone", "parent_in_title", "so_no_colon"])))

    S.append(dict(
        file="03_du_vinhxa_nfd.txt", fmt="txt", system="party", layout="two_col",
        header=["ĐẢNG BỘ HUYỆN KIM ĐỘNG", "ĐẢNG ỦY XÃ VĨNH XÁ"], so="Số 15-KH/ĐU",
        place_date="Vĩnh Xá, ngày 20 tháng 3 năm 2025",
        title="KẾ HOẠCH", subject=["thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị", S57],
        opening=f"Thực hiện Kế hoạch số 245-KH/HU ngày 10/3/2025 của Ban Thường vụ Huyện ủy Kim Động về thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị {S57}, Ban Thường vụ Đảng ủy xã xây dựng Kế hoạch thực hiện như sau:",
        kind="plan", topic="khcn", units="commune", mentions=[],
        recipients=["Ban Thường vụ Huyện ủy (b/c)", "Các đồng chí Đảng ủy viên", "Các chi bộ trực thuộc", "Lưu VPĐU."],
        sign=PARTY_SIGN, signer="Đỗ Văn Tuấn", quirks_apply=["nfd"],
        ans=dict(symbol="15-KH/ĐU", date="2025-03-20", doc_type="Kế hoạch", issuer_name="Đảng ủy xã Vĩnh Xá",
                 issuer_level="commune", issuer_system="party", locality="Vĩnh Xá",
                 parents=[P("57-NQ/TW", "implements", "2024-12-22"), P("245-KH/HU", "implements", "2025-03-10")],
                 mentions=[], relayed=[R("245-KH/HU", "57-NQ/TW")],
                 quirks=["nfd", "relayed", "parent_in_title", "date_slash", "multiple_parents"])))

    S.append(dict(
        file="04_duk_binhdinh_18_eth.txt", fmt="txt", system="party", layout="two_col",
        header=["ĐẢNG BỘ TỈNH BÌNH ĐỊNH", "ĐẢNG ỦY KHỐI CƠ QUAN VÀ DOANH NGHIỆP TỈNH"], so="Số 10-KH/ÐUK",
        place_date="Quy Nhơn, ngày 15 tháng 01 năm 2018",
        title="KẾ HOẠCH", subject=["thực hiện Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng (khóa XII)", "về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị"],
        opening=f"Thực hiện {D18} và Chương trình hành động số 27-CTr/TU ngày 28/12/2017 của Tỉnh ủy Bình Định, Ban Thường vụ Đảng ủy Khối cơ quan và doanh nghiệp tỉnh xây dựng Kế hoạch thực hiện như sau:",
        kind="plan", topic="bomay", units="commune",
        mentions=["- Việc sắp xếp được thực hiện đồng thời với Nghị quyết số 19-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng về đơn vị sự nghiệp công lập."],
        recipients=["Thường trực Tỉnh ủy (b/c)", "Ban Tổ chức Tỉnh ủy", "Các tổ chức cơ sở đảng trực thuộc", "Lưu VP, BTCĐUK."],
        sign=PARTY_SIGN, signer="Lê Văn Thành",
        ans=dict(symbol="10-KH/ĐUK", date="2018-01-15", doc_type="Kế hoạch", issuer_name="Đảng ủy Khối cơ quan và doanh nghiệp tỉnh Bình Định",
                 issuer_level="district", issuer_system="party", locality="Bình Định",   # Đảng ủy Khối: district-equivalent (ANNOTATION.md)
                 parents=[P("18-NQ/TW", "implements", "2017-10-25"), P("27-CTr/TU", "implements", "2017-12-28")],
                 mentions=["19-NQ/TW"], relayed=[],
                 quirks=["eth", "multiple_parents", "date_slash"])))

    S.append(dict(
        file="05_cv_hu_thoxuan_telex.txt", fmt="txt", system="party", layout="stacked",
        header=["ĐẢNG BỘ TỈNH THANH HÓA", "HUYỆN ỦY THỌ XUÂN"], so="Số 512-CV/HU",
        place_date="Thọ Xuân, ngày 02 tháng 4 năm 2025",
        title=None, subject=["V/v triển khai phong trào “Bình dân học vụ số”"],
        cv_to=["Kính gửi:", "- Các chi, đảng bộ trực thuộc Huyện ủy;", "- Ủy ban nhân dân huyện."],
        opening="Thực hiện Kế hoạch số 01-KH/BCDDTWW ngày 21/3/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số về triển khai phong trào “Bình dân học vụ số”, Ban Thường vụ Huyện ủy đề nghị các cơ quan, đơn vị thực hiện tốt một số nội dung sau:",
        kind="cv", topic="bdhvs", units="district",
        mentions=["Đồng thời tiếp tục thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị."],
        recipients=["Như trên", "Thường trực Huyện ủy", "Lưu VPHU."],
        sign=["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"], signer="Lê Thị Hằng",
        ans=dict(symbol="512-CV/HU", date="2025-04-02", doc_type="Công văn", issuer_name="Huyện ủy Thọ Xuân",
                 issuer_level="district", issuer_system="party", locality="Thọ Xuân",
                 parents=[P("01-KH/BCĐTW", "implements", "2025-03-21")],
                 mentions=["57-NQ/TW"], relayed=[],
                 quirks=["telex", "cong_van", "date_slash"])))

    S.append(dict(
        file="06_qd_du_tanninh_telex.txt", fmt="txt", system="party", layout="two_col",
        header=["ĐẢNG BỘ TỈNH QUẢNG TRỊ", "ĐẢNG ỦY XÃ TÂN NINH"], so="Số 23-QDD/DDU",
        place_date="Tân Ninh, ngày 05 tháng 8 năm 2025",
        title="QUYẾT ĐỊNH", subject=["thành lập Ban Chỉ đạo phong trào “Bình dân học vụ số” xã Tân Ninh"],
        opening="- Căn cứ Điều lệ Đảng Cộng sản Việt Nam;\n- Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ xã nhiệm kỳ 2025 - 2030;\n- Căn cứ Kế hoạch số 01-KH/BCĐTW ngày 21/3/2025 của Ban Chỉ đạo Trung ương về triển khai phong trào “Bình dân học vụ số”;\n- Căn cứ Kế hoạch số 08-KH/DDU ngày 25/7/2025 của Ban Thường vụ Đảng ủy xã về chuyển đổi số năm 2025;\n- Xét đề nghị của Văn phòng Đảng ủy,",
        kind="decision", topic="bdhvs", units="commune", mentions=[],
        article1="Điều 1. Thành lập Ban Chỉ đạo phong trào “Bình dân học vụ số” xã Tân Ninh gồm các đồng chí có tên trong danh sách kèm theo.",
        recipients=["Ban Thường vụ Tỉnh ủy (b/c)", "Như Điều 3", "Lưu VPĐU."],
        sign=PARTY_SIGN, signer="Hoàng Văn Nam",
        ans=dict(symbol="23-QĐ/ĐU", date="2025-08-05", doc_type="Quyết định", issuer_name="Đảng ủy xã Tân Ninh",
                 issuer_level="commune", issuer_system="party", locality="Tân Ninh",
                 parents=[P("01-KH/BCĐTW", "based_on", "2025-03-21"), P("08-KH/ĐU", "based_on", "2025-07-25")],
                 mentions=[], relayed=[],
                 quirks=["telex", "based_on", "multiple_parents", "date_slash"])))

    S.append(dict(
        file="07_hu_giolinh_spaced.txt", fmt="txt", system="party", layout="two_col",
        header=["ĐẢNG BỘ TỈNH QUẢNG TRỊ", "HUYỆN ỦY GIO LINH"], so="Số 112-KH/HU",
        place_date="Gio Linh, ngày 18 tháng 01 năm 2021",
        title="KẾ HOẠCH", subject=["tăng cường công tác phòng, chống và kiểm soát ma túy trên địa bàn huyện", "giai đoạn 2021 - 2025"],
        opening="Thực hiện Kế hoạch số 47 - KH/TU ngày 05/11/2020 của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị về tăng cường, nâng cao hiệu quả công tác phòng, chống và kiểm soát ma túy, Ban Thường vụ Huyện ủy ban hành Kế hoạch thực hiện như sau:",
        kind="plan", topic="matuy", units="district", mentions=[],
        recipients=["Ban Thường vụ Tỉnh ủy (b/c)", "Các chi, đảng bộ trực thuộc", "Lưu VPHU."],
        sign=PARTY_SIGN, signer="Trần Văn Hùng",
        ans=dict(symbol="112-KH/HU", date="2021-01-18", doc_type="Kế hoạch", issuer_name="Huyện ủy Gio Linh",
                 issuer_level="district", issuer_system="party", locality="Gio Linh",
                 parents=[P("47-KH/TU", "implements", "2020-11-05")],
                 mentions=[], relayed=[R("47-KH/TU", "36-CT/TW")],
                 quirks=["spaced_symbol", "relayed", "date_slash"])))

    S.append(dict(
        file="08_tinhdoan_dongnai_spaced.txt", fmt="txt", system="mass", layout="two_col",
        header=["BAN CHẤP HÀNH ĐOÀN TỈNH ĐỒNG NAI"], so="Số 215-KH/TĐTN",
        place_date="Đồng Nai, ngày 08 tháng 4 năm 2025", national="ĐOÀN TNCS HỒ CHÍ MINH",
        title="KẾ HOẠCH", subject=["tổ chức “Ngày hội Bình dân học vụ số” trong đoàn viên, thanh niên năm 2025"],
        opening="Căn cứ Quyết định số 367 - QĐ/TWĐTN của Ban Bí thư Trung ương Đoàn về việc tổ chức các hoạt động tình nguyện hỗ trợ chuyển đổi số;\nThực hiện Kế hoạch số 01-KH/BCĐTW ngày 21/3/2025 của Ban Chỉ đạo Trung ương về triển khai phong trào “Bình dân học vụ số”, Ban Thường vụ Tỉnh Đoàn xây dựng Kế hoạch như sau:",
        kind="plan", topic="bdhvs", units="mass", mentions=[],
        recipients=["Trung ương Đoàn (b/c)", "Thường trực Tỉnh ủy (b/c)", "Các cơ sở Đoàn trực thuộc", "Lưu VP."],
        sign=["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "BÍ THƯ"], signer="Nguyễn Minh Tuấn",
        ans=dict(symbol="215-KH/TĐTN", date="2025-04-08", doc_type="Kế hoạch", issuer_name="Tỉnh Đoàn Đồng Nai",
                 issuer_level="province", issuer_system="mass", locality="Đồng Nai",
                 parents=[P("367-QĐ/TWĐTN", "based_on", None), P("01-KH/BCĐTW", "implements", "2025-03-21")],
                 mentions=[], relayed=[],
                 quirks=["spaced_symbol", "based_on", "multiple_parents", "date_slash"])))

    S.append(dict(
        file="09_thu_nghison_linebreak.txt", fmt="txt", system="party", layout="stacked",
        header=["ĐẢNG BỘ TỈNH THANH HÓA", "THỊ ỦY NGHI SƠN"], so="Số:57-KH/ThU",
        place_date="Nghi Sơn, ngày 06 tháng 5 năm 2025",
        title="KẾ HOẠCH", subject=["thực hiện Nghị quyết số 68-", "NQ/TW ngày 04/5/2025 của Bộ Chính trị", "về phát triển kinh tế tư nhân"],
        opening="Để cụ thể hóa quan điểm, mục tiêu của Trung ương về phát triển kinh tế tư nhân phù hợp với điều kiện thực tế của thị xã, Ban Thường vụ Thị ủy ban hành Kế hoạch như sau:",
        kind="plan", topic="ktn", units="district",
        mentions=["- Kết hợp với việc thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 của Bộ Chính trị về đổi mới công tác xây dựng và thi hành pháp luật."],
        recipients=["Ban Thường vụ Tỉnh ủy (b/c)", "Các chi, đảng bộ trực thuộc", "Lưu VPThU."],
        sign=PARTY_SIGN, signer="Lê Quang Trung",
        ans=dict(symbol="57-KH/ThU", date="2025-05-06", doc_type="Kế hoạch", issuer_name="Thị ủy Nghi Sơn",
                 issuer_level="district", issuer_system="party", locality="Nghi Sơn",
                 parents=[P("68-NQ/TW", "implements", "2025-05-04")],
                 mentions=["66-NQ/TW"], relayed=[],
                 quirks=["so_colon_nospace", "linebreak_symbol", "parent_in_title", "so_colon"])))

    S.append(dict(
        file="10_ubnd_thanhhoa_linebreak.txt", fmt="txt", system="state", layout="two_col",
        header=["ỦY BAN NHÂN DÂN", "TỈNH THANH HÓA"], so="Số: 156/KH-UBND",
        place_date="Thanh Hóa, ngày 10 tháng 6 năm 2025",
        title="KẾ HOẠCH", subject=["thực hiện Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị", "về phát triển kinh tế tư nhân trên địa bàn tỉnh Thanh Hóa"],
        opening="Căn cứ Nghị quyết số 68-\nNQ/TW ngày 04/5/2025 của Bộ Chính trị về phát triển kinh tế tư nhân;\nCăn cứ Nghị quyết số 138/NQ-CP ngày 16/5/2025 của Chính phủ ban hành Kế hoạch hành động của Chính phủ thực hiện Nghị quyết số 68-NQ/TW;\nỦy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:",
        kind="plan", topic="ktn", units="state_province",
        mentions=["- Thực hiện nghiêm các quy định về công tác văn thư theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ trong việc ban hành văn bản hướng dẫn."],
        recipients=["Văn phòng Chính phủ (b/c)", "Thường trực Tỉnh ủy (b/c)", "Các sở, ban, ngành", "Lưu: VT, KTTC."],
        sign=STATE_SIGN, signer="Đầu Thanh Tùng",
        ans=dict(symbol="156/KH-UBND", date="2025-06-10", doc_type="Kế hoạch", issuer_name="Ủy ban nhân dân tỉnh Thanh Hóa",
                 issuer_level="province", issuer_system="state", locality="Thanh Hóa",
                 parents=[P("68-NQ/TW", "implements", "2025-05-04"), P("138/NQ-CP", "based_on", "2025-05-16")],
                 mentions=["30/2020/NĐ-CP"], relayed=[R("138/NQ-CP", "68-NQ/TW")],
                 quirks=["linebreak_symbol", "based_on", "parent_in_title", "multiple_parents", "so_colon"])))

    S.append(dict(
        file="11_qu_haian_endash.txt", fmt="txt", system="party", layout="two_col",
        header=["ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG", "QUẬN ỦY HẢI AN"], so="Số 88–KH/QU",
        place_date="Hải An, ngày 05 tháng 9 năm 2024",
        title="KẾ HOẠCH", subject=["tổ chức đại hội đảng bộ các cấp trực thuộc Quận ủy", "nhiệm kỳ 2025 - 2030"],
        opening="Thực hiện Chỉ thị số 35–CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và Kế hoạch số 268–KH/TU ngày 15/7/2024 của Ban Thường vụ Thành ủy Hải Phòng thực hiện Chỉ thị số 35–CT/TW, Ban Thường vụ Quận ủy ban hành Kế hoạch như sau:",
        kind="plan", topic="daihoi", units="district",
        mentions=["- Việc giới thiệu nhân sự thực hiện theo Quy định số 105-QĐ/TW ngày 19/12/2017 của Bộ Chính trị về phân cấp quản lý cán bộ."],
        recipients=["Ban Thường vụ Thành ủy (b/c)", "Ban Tổ chức Thành ủy", "Các chi, đảng bộ trực thuộc", "Lưu VPQU."],
        sign=PARTY_SIGN_BT, signer="Phạm Văn Lập",
        ans=dict(symbol="88-KH/QU", date="2024-09-05", doc_type="Kế hoạch", issuer_name="Quận ủy Hải An",
                 issuer_level="district", issuer_system="party", locality="Hải An",
                 parents=[P("35-CT/TW", "implements", "2024-06-14"), P("268-KH/TU", "implements", "2024-07-15")],
                 mentions=["105-QĐ/TW"], relayed=[R("268-KH/TU", "35-CT/TW")],
                 quirks=["en_dash", "relayed", "multiple_parents", "date_slash"])))

    S.append(dict(
        file="12_tu_quangtri_issuer_first.txt", fmt="txt", system="party", layout="two_col",
        header=["ĐẢNG BỘ TỈNH QUẢNG TRỊ", "TỈNH ỦY"], so="Số 301-KH/TU",
        place_date="Quảng Trị, ngày 20 tháng 5 năm 2025",
        title="KẾ HOẠCH", subject=["tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu", "Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030"],
        opening="Thực hiện Chỉ thị của Bộ Chính trị số 45-CT/TW ngày 14/4/2025 về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:",
        kind="plan", topic="daihoi", units="province_post",
        mentions=["- Chỉ thị số 45-CT/TW thay thế Chỉ thị số 35-CT/TW ngày 14/6/2024 của Bộ Chính trị; các nội dung đã triển khai theo Chỉ thị số 35-CT/TW được rà soát, điều chỉnh cho phù hợp."],
        recipients=["Ban Bí thư Trung ương Đảng (b/c)", "Ban Tổ chức Trung ương", "Các đảng ủy trực thuộc Tỉnh ủy", "Lưu Văn phòng Tỉnh ủy."],
        sign=PARTY_SIGN_BT, signer="Lê Ngọc Quang",
        ans=dict(symbol="301-KH/TU", date="2025-05-20", doc_type="Kế hoạch", issuer_name="Tỉnh ủy Quảng Trị",
                 issuer_level="province", issuer_system="party", locality="Quảng Trị",
                 parents=[P("45-CT/TW", "implements", "2025-04-14")],
                 mentions=["35-CT/TW"], relayed=[],
                 quirks=["issuer_before_number", "date_slash"])))

    S.append(dict(
        file="13_duchinhphu_60_issuer_first.md", fmt="md", system="party", layout="stacked",
        header=["ĐẢNG BỘ CHÍNH PHỦ", "ĐẢNG ỦY CHÍNH PHỦ"], so="Số 85-KH/ĐU",
        place_date="Hà Nội, ngày 25 tháng 4 năm 2025",
        title="KẾ HOẠCH", subject=["thực hiện Nghị quyết Hội nghị lần thứ mười một", "Ban Chấp hành Trung ương Đảng khóa XIII"],
        opening="Thi hành Nghị quyết của Ban Chấp hành Trung ương số 60-NQ/TW ngày 12 tháng 4 năm 2025 Hội nghị lần thứ mười một khóa XIII, Ban Thường vụ Đảng ủy Chính phủ ban hành Kế hoạch thực hiện như sau:",
        kind="plan", topic="bomay", units="central",
        mentions=["- Kết hợp tổng kết việc thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII."],
        recipients=["Bộ Chính trị (b/c)", "Văn phòng Trung ương Đảng", "Các đảng bộ trực thuộc", "Lưu VPĐU."],
        sign=PARTY_SIGN_BT, signer="Phạm Minh Chính",
        ans=dict(symbol="85-KH/ĐU", date="2025-04-25", doc_type="Kế hoạch", issuer_name="Đảng ủy Chính phủ",
                 issuer_level="central", issuer_system="party", locality=None,
                 parents=[P("60-NQ/TW", "implements", "2025-04-12")],
                 mentions=["18-NQ/TW"], relayed=[],
                 quirks=["issuer_before_number", "md", "date_long_in_citation"])))

    S.append(dict(
        file="14_hu_dinhhoa_wrong_year.txt", fmt="txt", system="party", layout="two_col",
        header=["ĐẢNG BỘ TỈNH THÁI NGUYÊN", "HUYỆN ỦY ĐỊNH HÓA"], so="Số 137-KH/HU",
        place_date="Định Hóa, ngày 10 tháng 4 năm 2025",
        title="KẾ HOẠCH", subject=["triển khai phong trào “Bình dân học vụ số” trên địa bàn huyện Định Hóa"],
        opening="Thực hiện Kế hoạch số 01-KH/BCĐTW ngày 21/3/2024 của Ban Chỉ đạo Trung ương về triển khai phong trào “Bình dân học vụ số”, Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:",
        kind="plan", topic="bdhvs", units="district", mentions=[],
        recipients=["Ban Thường vụ Tỉnh ủy (b/c)", "Các chi, đảng bộ trực thuộc", "Lưu VPHU."],
        sign=PARTY_SIGN, signer="Ma Văn Thịnh", quirks_apply=["old_tone"],
        ans=dict(symbol="137-KH/HU", date="2025-04-10", doc_type="Kế hoạch", issuer_name="Huyện ủy Định Hóa",
                 issuer_level="district", issuer_system="party", locality="Định Hóa",
                 parents=[P("01-KH/BCĐTW", "implements", "2025-03-21", date_as_written="2024-03-21")],
                 mentions=[], relayed=[],
                 quirks=["wrong_year", "old_tone", "date_slash"])))

    S.append(dict(
        file="15_ubnd_kimdong_wrong_year.txt", fmt="txt", system="state", layout="two_col",
        header=["ỦY BAN NHÂN DÂN", "HUYỆN KIM ĐỘNG"], so="Số: 94/KH-UBND",
        place_date="Kim Động, ngày 28 tháng 3 năm 2025",
        title="KẾ HOẠCH", subject=["chuyển đổi số năm 2025 trên địa bàn huyện Kim Động"],
        opening="Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2025 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;\nCăn cứ Kế hoạch số 245-KH/HU ngày 10/3/2025 của Ban Thường vụ Huyện ủy Kim Động;\nỦy ban nhân dân huyện ban hành Kế hoạch chuyển đổi số năm 2025 như sau:",
        kind="plan", topic="khcn", units="state_district", mentions=[],
        recipients=["UBND tỉnh (b/c)", "Thường trực Huyện ủy (b/c)", "Các phòng, ban, ngành", "Lưu: VT."],
        sign=STATE_SIGN, signer="Nguyễn Văn Dũng",
        ans=dict(symbol="94/KH-UBND", date="2025-03-28", doc_type="Kế hoạch", issuer_name="Ủy ban nhân dân huyện Kim Động",
                 issuer_level="district", issuer_system="state", locality="Kim Động",
                 parents=[P("57-NQ/TW", "based_on", "2024-12-22", date_as_written="2025-12-22"), P("245-KH/HU", "based_on", "2025-03-10")],
                 mentions=[], relayed=[],
                 quirks=["wrong_year", "based_on", "multiple_parents", "so_colon", "law_without_symbol"])))

    S.append(dict(
        file="16_hu_tuyphuoc_short_code.txt", fmt="txt", system="party", layout="two_col",
        header=["ĐẢNG BỘ TỈNH BÌNH ĐỊNH", "HUYỆN ỦY TUY PHƯỚC"], so="Số 205-KH/HU",
        place_date="Tuy Phước, ngày 08 tháng 4 năm 2025",
        title="KẾ HOẠCH", subject=["triển khai phong trào “Bình dân học vụ số” trong Đảng bộ huyện"],
        opening="Thực hiện Kế hoạch số 01-KH/BCĐ ngày 21/3/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số về triển khai phong trào “Bình dân học vụ số”, Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:",
        kind="plan", topic="bdhvs", units="district",
        mentions=["- Lồng ghép với các nhiệm vụ tại Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị."],
        recipients=["Ban Thường vụ Tỉnh ủy (b/c)", "Các chi, đảng bộ trực thuộc", "Lưu VPHU."],
        sign=PARTY_SIGN, signer="Nguyễn Văn Đức",
        ans=dict(symbol="205-KH/HU", date="2025-04-08", doc_type="Kế hoạch", issuer_name="Huyện ủy Tuy Phước",
                 issuer_level="district", issuer_system="party", locality="Tuy Phước",
                 parents=[P("01-KH/BCĐTW", "implements", "2025-03-21", as_written="01-KH/BCĐ")],
                 mentions=["57-NQ/TW"], relayed=[],
                 quirks=["short_issuer_code", "date_slash"])))

    S.append(dict(
        file="17_du_quynhon_portal.html", fmt="html", system="party", layout="stacked",
        portal=("Đảng bộ phường Quy Nhơn", "Văn bản Đảng ủy"),
        header=["ĐẢNG BỘ TỈNH GIA LAI", "ĐẢNG ỦY PHƯỜNG QUY NHƠN"], so="Số: 32-KH/ĐU",
        place_date="Quy Nhơn, ngày 15 tháng 9 năm 2025",
        title="KẾ HOẠCH", subject=["đẩy mạnh phong trào “Bình dân học vụ số” trên địa bàn phường"],
        opening="Thực hiện Kế hoạch số 01 - KH/BCĐ, ngày 21/3/2025 của Ban Chỉ đạo Trung ương về triển khai phong trào “Bình dân học vụ số” và Kế hoạch số 112-KH/TU ngày 20/8/2025 của Ban Thường vụ Tỉnh ủy Gia Lai về thực hiện Kế hoạch số 01-KH/BCĐTW, Ban Thường vụ Đảng ủy phường ban hành Kế hoạch như sau:",
        kind="plan", topic="bdhvs", units="commune", mentions=[],
        recipients=["Ban Thường vụ Tỉnh ủy (b/c)", "Các chi bộ trực thuộc", "Lưu VPĐU."],
        sign=PARTY_SIGN, signer="Trương Văn Khánh",
        ans=dict(symbol="32-KH/ĐU", date="2025-09-15", doc_type="Kế hoạch", issuer_name="Đảng ủy phường Quy Nhơn",
                 issuer_level="commune", issuer_system="party", locality="Quy Nhơn",
                 parents=[P("01-KH/BCĐTW", "implements", "2025-03-21", as_written="01 - KH/BCĐ"), P("112-KH/TU", "implements", "2025-08-20")],
                 mentions=[], relayed=[R("112-KH/TU", "01-KH/BCĐTW")],
                 quirks=["short_issuer_code", "spaced_symbol", "date_comma", "html", "relayed", "multiple_parents", "so_colon", "commune_post2025"])))

    S.append(dict(
        file="18_tu_dongnai_ctr_18_dash_dates.txt", fmt="txt", system="party", layout="two_col",
        header=["ĐẢNG BỘ TỈNH ĐỒNG NAI", "TỈNH ỦY"], so="Số 158-CTr/TU",
        place_date="Biên Hòa, ngày 02 tháng 3 năm 2018",
        title="CHƯƠNG TRÌNH HÀNH ĐỘNG", subject=["thực hiện Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII", "về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả"],
        opening="Thực hiện Nghị quyết số 18-NQ/TW ngày 25-10-2017 của Ban Chấp hành Trung ương Đảng (khóa XII) về một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả, Ban Thường vụ Tỉnh ủy xây dựng Chương trình hành động như sau:",
        kind="plan", topic="bomay", units="province_pre",
        mentions=["- Tiếp tục quán triệt Nghị quyết số 03-NQ/TW ngày 16-7-1998 của Ban Chấp hành Trung ương Đảng (khóa VIII) trong công tác cán bộ văn hóa.",
                  "- Thể thức văn bản thực hiện theo Quy định số 66-QĐ/TW ngày 06-02-2017."],
        recipients=["Ban Bí thư Trung ương Đảng (b/c)", "Các đồng chí Tỉnh ủy viên", "Các huyện ủy, thành ủy, đảng ủy trực thuộc", "Lưu Văn phòng Tỉnh ủy."],
        sign=PARTY_SIGN_BT, signer="Nguyễn Phú Cường",
        ans=dict(symbol="158-CTr/TU", date="2018-03-02", doc_type="Chương trình hành động", issuer_name="Tỉnh ủy Đồng Nai",
                 issuer_level="province", issuer_system="party", locality="Đồng Nai",
                 parents=[P("18-NQ/TW", "implements", "2017-10-25")],
                 mentions=["03-NQ/TW", "66-QĐ/TW"], relayed=[],
                 quirks=["date_dash", "chuong_trinh"])))

    S.append(dict(
        file="19_ubnd_kimdong_tuyentruyen_dash.txt", fmt="txt", system="state", layout="stacked",
        header=["ỦY BAN NHÂN DÂN", "HUYỆN KIM ĐỘNG"], so="Số: 36/KH-UBND",
        place_date="Kim Động, ngày 20 tháng 3 năm 2025",
        title="KẾ HOẠCH", subject=["tuyên truyền thực hiện 03 đề án, dự án quan trọng hướng tới kỷ niệm", "100 năm Ngày thành lập Đảng Cộng sản Việt Nam"],
        opening="Căn cứ Kế hoạch số 395-KH/TU ngày 12-3-2025 của Tỉnh ủy Hưng Yên về tuyên truyền thực hiện 03 đề án, dự án quan trọng hướng tới kỷ niệm 100 năm Ngày thành lập Đảng Cộng sản Việt Nam; Ủy ban nhân dân huyện ban hành Kế hoạch như sau:",
        kind="plan", topic="tuyentruyen", units="state_district", mentions=[],
        recipients=["UBND tỉnh (b/c)", "Thường trực Huyện ủy", "Lưu: VT, VHTT."],
        sign=STATE_SIGN, signer="Nguyễn Văn Dũng",
        ans=dict(symbol="36/KH-UBND", date="2025-03-20", doc_type="Kế hoạch", issuer_name="Ủy ban nhân dân huyện Kim Động",
                 issuer_level="district", issuer_system="state", locality="Kim Động",
                 parents=[P("395-KH/TU", "based_on", "2025-03-12")],
                 mentions=[], relayed=[],
                 quirks=["date_dash", "based_on", "so_colon"])))

    S.append(dict(
        file="20_hu_nosymbol_nodate.txt", fmt="txt", system="party", layout="none",
        header=[], so=None, place_date=None,
        title="KẾ HOẠCH", subject=["Tuyên truyền thực hiện 03 đề án, dự án quan trọng hướng tới kỷ niệm 100 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2030)"],
        opening="Thực hiện Kế hoạch số 395-KH/TU, ngày 12/3/2025 của Tỉnh ủy Hưng Yên về tuyên truyền thực hiện 03 đề án, dự án quan trọng hướng tới kỷ niệm 100 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2030), Ban Thường vụ Huyện ủy ban hành Kế hoạch tuyên truyền thực hiện như sau:",
        kind="plan", topic="tuyentruyen", units="district", mentions=[],
        recipients=["Ban Thường vụ Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy, (để b/c)", "Các chi, đảng bộ trực thuộc Huyện ủy,", "Lưu VPHU."],
        sign=PARTY_SIGN, signer="Nguyễn Chi Hội",
        ans=dict(symbol=None, date=None, doc_type="Kế hoạch", issuer_name="Huyện ủy",
                 issuer_level="district", issuer_system="party", locality=None,
                 parents=[P("395-KH/TU", "implements", "2025-03-12")],
                 mentions=[], relayed=[],
                 quirks=["no_symbol", "no_date", "date_comma", "no_header"])))

    S.append(dict(
        file="21_btgdvtu_quangtri_draft.md", fmt="md", system="party", layout="stacked",
        header=["ĐẢNG BỘ TỈNH QUẢNG TRỊ", "BAN TUYÊN GIÁO VÀ DÂN VẬN"], so="Số      -HD/BTGDVTU",
        place_date="Quảng Trị, ngày      tháng 7 năm 2025",
        title="HƯỚNG DẪN", subject=["tuyên truyền kỷ niệm 80 năm Cách mạng tháng Tám và Quốc khánh 2/9", "(DỰ THẢO)"],
        opening="Thực hiện Hướng dẫn số 25-HD/BTGDVTW ngày 28/5/2025 của Ban Tuyên giáo và Dân vận Trung ương về tuyên truyền các ngày lễ lớn, sự kiện lịch sử năm 2025, Ban Tuyên giáo và Dân vận Tỉnh ủy hướng dẫn như sau:",
        kind="guide", topic="doanket", units="province_post", mentions=[],
        recipients=["Thường trực Tỉnh ủy (b/c)", "Các đảng ủy trực thuộc", "Lưu VT."],
        sign=["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"], signer="",
        ans=dict(symbol=None, date=None, doc_type="Hướng dẫn", issuer_name="Ban Tuyên giáo và Dân vận Tỉnh ủy Quảng Trị",
                 issuer_level="province", issuer_system="party", locality="Quảng Trị",
                 parents=[P("25-HD/BTGDVTW", "implements", "2025-05-28")],
                 mentions=[], relayed=[],
                 quirks=["no_symbol", "no_date", "month_only", "md", "draft"])))

    S.append(dict(
        file="22_chibo_dongkenh_nodate_eth.txt", fmt="txt", system="party", layout="stacked",
        header=["ĐẢNG BỘ XÃ VĨNH XÁ", "CHI BỘ THÔN ĐÔNG KÊNH"], so="Số 05-KH/CB", place_date=None,
        title="KẾ HOẠCH", subject=["thực hiện Kế hoạch của Ban Thường vụ Đảng ủy xã về chuyển đổi số"],
        opening="Thực hiện Kế hoạch số 15-KH/ÐU ngày 20/3/2025 của Ban Thường vụ Đảng ủy xã Vĩnh Xá về thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị, Chi bộ thôn Đông Kênh xây dựng Kế hoạch như sau:",
        kind="plan", topic="bdhvs", units="cell", mentions=[],
        recipients=["Đảng ủy xã (b/c)", "Các đảng viên", "Lưu CB."],
        sign=["T/M CHI BỘ", "BÍ THƯ"], signer="Phạm Văn Sơn",
        ans=dict(symbol="05-KH/CB", date=None, doc_type="Kế hoạch", issuer_name="Chi bộ thôn Đông Kênh",
                 issuer_level="cell", issuer_system="party", locality="Đông Kênh",
                 parents=[P("15-KH/ĐU", "implements", "2025-03-20", as_written="15-KH/ÐU")],
                 mentions=[], relayed=[R("15-KH/ĐU", "57-NQ/TW")],
                 quirks=["no_date", "eth", "relayed", "cell", "date_slash"])))

    S.append(dict(
        file="23_tu_hanoi_crlf_zw.txt", fmt="txt", system="party", layout="two_col",
        header=["ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "THÀNH ỦY"], so="Số 312-KH/TU",
        place_date="Hà Nội, ngày 20 tháng 01 năm 2025",
        title="KẾ HOẠCH", subject=[f"thực hiện Nghị quyết số 57-{ZW}NQ/TW ngày 22/12/2024 của Bộ Chính trị", S57],
        opening=f"Thực hiện Nghị quyết số 57-NQ/{ZW}TW ngày 22/12/2024 của Bộ Chính trị {S57}, Ban Thường vụ Thành ủy ban hành Kế hoạch thực hiện trên địa bàn Thủ đô như sau:",
        kind="plan", topic="khcn", units="province_pre",
        mentions=[f"- Thực hiện đồng bộ với Quyết định số 06/{ZW}QĐ-TTg ngày 06/01/2022 của Thủ tướng Chính phủ phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và xác thực điện tử."],
        recipients=["Bộ Chính trị (b/c)", "Ban Bí thư Trung ương Đảng (b/c)", "Các quận ủy, huyện ủy, thị ủy, đảng ủy trực thuộc", "Lưu VT-VPTU."],
        sign=PARTY_SIGN, signer="Nguyễn Văn Phong", quirks_apply=["crlf", "bom"],
        ans=dict(symbol="312-KH/TU", date="2025-01-20", doc_type="Kế hoạch", issuer_name="Thành ủy Hà Nội",
                 issuer_level="province", issuer_system="party", locality="Hà Nội",
                 parents=[P("57-NQ/TW", "implements", "2024-12-22")],
                 mentions=["06/QĐ-TTg"], relayed=[],
                 quirks=["crlf", "zero_width", "bom", "parent_in_title", "date_slash"])))

    S.append(dict(
        file="24_ubnd_quangtri_bom_crlf.txt", fmt="txt", system="state", layout="two_col",
        header=["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG TRỊ"], so="Số: 594/KH-UBND",
        place_date="Quảng Trị, ngày 12 tháng 8 năm 2025",
        title="KẾ HOẠCH", subject=["chuyển đổi số, phát triển khoa học, công nghệ và đổi mới sáng tạo", "tỉnh Quảng Trị năm 2025"],
        opening=f"Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;\nThực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị {S57};\nCăn cứ Nghị quyết số 03/{ZW}NQ-CP ngày 09/01/2025 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW;\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
        kind="plan", topic="khcn", units="state_province",
        mentions=["- Các nội dung về bảo vệ dữ liệu cá nhân thực hiện theo Nghị định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ."],
        recipients=["Bộ Khoa học và Công nghệ (b/c)", "Thường trực Tỉnh ủy (b/c)", "Các sở, ban, ngành", "Lưu: VT, KGVX."],
        sign=STATE_SIGN, signer="Hoàng Nam", quirks_apply=["crlf", "bom"],
        ans=dict(symbol="594/KH-UBND", date="2025-08-12", doc_type="Kế hoạch", issuer_name="Ủy ban nhân dân tỉnh Quảng Trị",
                 issuer_level="province", issuer_system="state", locality="Quảng Trị",
                 parents=[P("57-NQ/TW", "implements", "2024-12-22"), P("03/NQ-CP", "based_on", "2025-01-09")],
                 mentions=["13/2023/NĐ-CP"], relayed=[R("03/NQ-CP", "57-NQ/TW")],
                 quirks=["crlf", "zero_width", "bom", "based_on", "multiple_parents", "so_colon", "law_without_symbol"])))

    S.append(dict(
        file="25_du_nghiadan_nfd.docx", fmt="docx", system="party", layout="stacked",
        header=["ĐẢNG BỘ TỈNH HƯNG YÊN", "ĐẢNG ỦY XÃ NGHĨA DÂN"], so="Số 18-KH/ĐU",
        place_date="Nghĩa Dân, ngày 20 tháng 10 năm 2025",
        title="KẾ HOẠCH", subject=["đẩy mạnh chuyển đổi số trên địa bàn xã năm 2025 - 2026"],
        opening="Thực hiện Kế hoạch số 12-KH/TU ngày 05/9/2025 của Ban Thường vụ Tỉnh ủy Hưng Yên về thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Ban Thường vụ Đảng ủy xã ban hành Kế hoạch như sau:",
        kind="plan", topic="khcn", units="commune", mentions=[],
        recipients=["Ban Thường vụ Tỉnh ủy (b/c)", "Các chi bộ trực thuộc", "Lưu VPĐU."],
        sign=PARTY_SIGN, signer="Lê Văn Hải", quirks_apply=["nfd"],
        ans=dict(symbol="18-KH/ĐU", date="2025-10-20", doc_type="Kế hoạch", issuer_name="Đảng ủy xã Nghĩa Dân",
                 issuer_level="commune", issuer_system="party", locality="Nghĩa Dân",
                 parents=[P("12-KH/TU", "implements", "2025-09-05")],
                 mentions=[], relayed=[R("12-KH/TU", "57-NQ/TW")],
                 quirks=["nfd", "docx", "relayed", "commune_post2025", "date_slash"])))

    S.append(dict(
        file="26_tu_binhdinh_table_header.docx", fmt="docx_table", system="party", layout="table",
        header=["ĐẢNG BỘ TỈNH BÌNH ĐỊNH", "TỈNH ỦY"], so="Số 245-KH/TU",
        place_date="Quy Nhơn, ngày 05 tháng 5 năm 2025",
        title="KẾ HOẠCH", subject=["thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị", "về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng"],
        opening=f"Thực hiện {D45}, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:",
        kind="plan", topic="daihoi", units="province_pre", mentions=[],
        recipients=["Ban Bí thư Trung ương Đảng (b/c)", "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc", "Lưu Văn phòng Tỉnh ủy."],
        sign=PARTY_SIGN_BT, signer="Hồ Quốc Dũng",
        ans=dict(symbol="245-KH/TU", date="2025-05-05", doc_type="Kế hoạch", issuer_name="Tỉnh ủy Bình Định",
                 issuer_level="province", issuer_system="party", locality="Bình Định",
                 parents=[P("45-CT/TW", "implements", "2025-04-14")],
                 mentions=[], relayed=[],
                 quirks=["docx", "docx_table_header", "parent_in_title", "date_slash"])))

    S.append(dict(
        file="27_ubnd_tuyphuoc_table_header.docx", fmt="docx_table", system="state", layout="table",
        header=["ỦY BAN NHÂN DÂN", "HUYỆN TUY PHƯỚC"], so="Số: 120/KH-UBND",
        place_date="Tuy Phước, ngày 15 tháng 4 năm 2025",
        title="KẾ HOẠCH", subject=["triển khai phong trào “Bình dân học vụ số” trên địa bàn huyện Tuy Phước"],
        opening="Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ phê duyệt Chương trình Chuyển đổi số quốc gia đến năm 2025, định hướng đến năm 2030;\nThực hiện Kế hoạch số 205-KH/HU ngày 08/4/2025 của Ban Thường vụ Huyện ủy Tuy Phước về triển khai phong trào “Bình dân học vụ số”;\nỦy ban nhân dân huyện ban hành Kế hoạch như sau:",
        kind="plan", topic="bdhvs", units="state_district", mentions=[],
        recipients=["UBND tỉnh (b/c)", "Thường trực Huyện ủy (b/c)", "Lưu: VT."],
        sign=STATE_SIGN, signer="Trần Ngọc Sơn",
        ans=dict(symbol="120/KH-UBND", date="2025-04-15", doc_type="Kế hoạch", issuer_name="Ủy ban nhân dân huyện Tuy Phước",
                 issuer_level="district", issuer_system="state", locality="Tuy Phước",
                 parents=[P("749/QĐ-TTg", "based_on", "2020-06-03"), P("205-KH/HU", "implements", "2025-04-08")],
                 mentions=[], relayed=[],
                 quirks=["docx", "docx_table_header", "based_on", "multiple_parents", "so_colon", "date_slash"])))

    S.append(dict(
        file="28_mttq_thanhhoa_43.docx", fmt="docx", system="mass", layout="stacked",
        header=["ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM", "TỈNH THANH HÓA", "BAN THƯỜNG TRỰC"], so="Số: 215/KH-MTTQ-BTT",
        place_date="Thanh Hóa, ngày 10 tháng 01 năm 2024", national="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
        title="KẾ HOẠCH", subject=["thực hiện Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII", "về tiếp tục phát huy truyền thống, sức mạnh đại đoàn kết toàn dân tộc"],
        opening="Để cụ thể hóa Nghị quyết số 43-NQ/TW ngày 24/11/2023 của Ban Chấp hành Trung ương Đảng khóa XIII, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh xây dựng Kế hoạch thực hiện như sau:",
        kind="plan", topic="doanket", units="mass", mentions=[],
        recipients=["Ban Thường trực UBTW MTTQ Việt Nam (b/c)", "Thường trực Tỉnh ủy (b/c)", "Các tổ chức thành viên", "Lưu: VT."],
        sign=["TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH"], signer="Phạm Thị Thanh Thủy", quirks_apply=["old_tone"],
        ans=dict(symbol="215/KH-MTTQ-BTT", date="2024-01-10", doc_type="Kế hoạch", issuer_name="Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thanh Hóa",
                 issuer_level="province", issuer_system="mass", locality="Thanh Hóa",
                 parents=[P("43-NQ/TW", "implements", "2023-11-24")],
                 mentions=[], relayed=[],
                 quirks=["docx", "old_tone", "parent_in_title", "so_colon", "date_slash"])))

    S.append(dict(
        file="29_tu_thanhhoa_66_68.pdf", fmt="pdf", system="party", layout="stacked",
        header=["ĐẢNG BỘ TỈNH THANH HÓA", "TỈNH ỦY"], so="Số 310-KH/TU",
        place_date="Thanh Hóa, ngày 15 tháng 5 năm 2025",
        title="KẾ HOẠCH", subject=["thực hiện các Nghị quyết của Bộ Chính trị về đổi mới công tác xây dựng,", "thi hành pháp luật và phát triển kinh tế tư nhân"],
        opening=f"Thực hiện {D66} và {D68}, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:",
        kind="plan", topic="ktn", units="province_pre", mentions=[],
        recipients=["Ban Bí thư Trung ương Đảng (b/c)", "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc", "Lưu Văn phòng Tỉnh ủy."],
        sign=PARTY_SIGN, signer="Lại Thế Nguyên",
        ans=dict(symbol="310-KH/TU", date="2025-05-15", doc_type="Kế hoạch", issuer_name="Tỉnh ủy Thanh Hóa",
                 issuer_level="province", issuer_system="party", locality="Thanh Hóa",
                 parents=[P("66-NQ/TW", "implements", "2025-04-30"), P("68-NQ/TW", "implements", "2025-05-04")],
                 mentions=[], relayed=[],
                 quirks=["pdf", "multiple_parents", "date_slash"])))

    S.append(dict(
        file="30_duk_quangtri_35_endash.pdf", fmt="pdf", system="party", layout="stacked",
        header=["ĐẢNG BỘ TỈNH QUẢNG TRỊ", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH"], so="Số 97-KH/ĐUK",
        place_date="Đông Hà, ngày 20 tháng 10 năm 2024",
        title="KẾ HOẠCH", subject=["tổ chức đại hội các tổ chức cơ sở đảng trực thuộc", "nhiệm kỳ 2025 - 2030"],
        opening="Thực hiện Chỉ thị số 35–CT/TW ngày 14/6/2024 của Bộ Chính trị về đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng; Kế hoạch số 260-KH/TU ngày 01/8/2024 của Ban Thường vụ Tỉnh ủy về thực hiện Chỉ thị số 35-CT/TW, Ban Thường vụ Đảng ủy Khối ban hành Kế hoạch như sau:",
        kind="plan", topic="daihoi", units="commune", mentions=[],
        recipients=["Ban Thường vụ Tỉnh ủy (b/c)", "Các tổ chức cơ sở đảng trực thuộc", "Lưu VP."],
        sign=PARTY_SIGN_BT, signer="Nguyễn Đăng Quang",
        ans=dict(symbol="97-KH/ĐUK", date="2024-10-20", doc_type="Kế hoạch", issuer_name="Đảng ủy Khối các cơ quan tỉnh Quảng Trị",
                 issuer_level="district", issuer_system="party", locality="Quảng Trị",   # Đảng ủy Khối: district-equivalent (ANNOTATION.md)
                 parents=[P("35-CT/TW", "implements", "2024-06-14"), P("260-KH/TU", "implements", "2024-08-01")],
                 mentions=[], relayed=[R("260-KH/TU", "35-CT/TW")],
                 quirks=["pdf", "en_dash", "relayed", "multiple_parents", "date_slash"])))

    S.append(dict(
        file="31_ubnd_vinhxa.pdf", fmt="pdf", system="state", layout="stacked",
        header=["ỦY BAN NHÂN DÂN", "XÃ VĨNH XÁ"], so="Số: 21/KH-UBND",
        place_date="Vĩnh Xá, ngày 02 tháng 4 năm 2025",
        title="KẾ HOẠCH", subject=["chuyển đổi số năm 2025 trên địa bàn xã Vĩnh Xá"],
        opening="Thực hiện Kế hoạch số 94/KH-UBND ngày 28/3/2025 của Ủy ban nhân dân huyện Kim Động về chuyển đổi số năm 2025 trên địa bàn huyện; Ủy ban nhân dân xã ban hành Kế hoạch như sau:",
        kind="plan", topic="bdhvs", units="state_commune", mentions=[],
        recipients=["UBND huyện (b/c)", "Thường trực Đảng ủy (b/c)", "Lưu: VP."],
        sign=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer="Vũ Văn Toàn",
        ans=dict(symbol="21/KH-UBND", date="2025-04-02", doc_type="Kế hoạch", issuer_name="Ủy ban nhân dân xã Vĩnh Xá",
                 issuer_level="commune", issuer_system="state", locality="Vĩnh Xá",
                 parents=[P("94/KH-UBND", "implements", "2025-03-28")],
                 mentions=[], relayed=[],
                 quirks=["pdf", "so_colon", "date_slash"])))

    S.append(dict(
        file="32_btgdvtw_portal.html", fmt="html", system="party", layout="stacked",
        portal=("Ban Tuyên giáo và Dân vận Trung ương", "Văn bản chỉ đạo"),
        header=["ĐẢNG CỘNG SẢN VIỆT NAM", "BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TUYÊN GIÁO VÀ DÂN VẬN"], so="Số 22-HD/BTGDVTW",
        place_date="Hà Nội, ngày 01 tháng 4 năm 2025", no_national=True,
        title="HƯỚNG DẪN", subject=["tuyên truyền về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo,", "chuyển đổi số quốc gia và phong trào “Bình dân học vụ số”"],
        opening=f"Triển khai {D57} và {D01}, Ban Tuyên giáo và Dân vận Trung ương hướng dẫn tuyên truyền như sau:",
        kind="guide", topic="khcn", units="central", mentions=[],
        recipients=["Các tỉnh ủy, thành ủy trực thuộc Trung ương", "Ban Tuyên giáo và Dân vận các tỉnh ủy, thành ủy", "Lưu Văn phòng Ban."],
        sign=["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"], signer="",
        ans=dict(symbol="22-HD/BTGDVTW", date="2025-04-01", doc_type="Hướng dẫn", issuer_name="Ban Tuyên giáo và Dân vận Trung ương",
                 issuer_level="central", issuer_system="party", locality=None,
                 parents=[P("57-NQ/TW", "implements", "2024-12-22"), P("01-KH/BCĐTW", "implements", "2025-03-21")],
                 mentions=[], relayed=[],
                 quirks=["html", "multiple_parents", "date_slash"])))

    S.append(dict(
        file="33_ldld_hungyen_portal.html", fmt="html", system="mass", layout="two_col",
        portal=("Liên đoàn Lao động tỉnh Hưng Yên", "Văn bản"),
        header=["TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM", "LIÊN ĐOÀN LAO ĐỘNG TỈNH HƯNG YÊN"], so="Số: 45/KH-LĐLĐ",
        place_date="Hưng Yên, ngày 05 tháng 3 năm 2025", national="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
        title="KẾ HOẠCH", subject=["triển khai nâng cao kỹ năng số cho đoàn viên, người lao động năm 2025"],
        opening="Thực hiện Kế hoạch số 384-KH/TU ngày 14/02/2025 của Ban Thường vụ Tỉnh ủy Hưng Yên về thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Ban Thường vụ Liên đoàn Lao động tỉnh xây dựng Kế hoạch như sau:",
        kind="plan", topic="bdhvs", units="mass", mentions=[],
        recipients=["Tổng Liên đoàn Lao động Việt Nam (b/c)", "Thường trực Tỉnh ủy (b/c)", "Các công đoàn cơ sở", "Lưu: VT."],
        sign=["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"], signer="Lê Văn Thắng",
        ans=dict(symbol="45/KH-LĐLĐ", date="2025-03-05", doc_type="Kế hoạch", issuer_name="Liên đoàn Lao động tỉnh Hưng Yên",
                 issuer_level="province", issuer_system="mass", locality="Hưng Yên",
                 parents=[P("384-KH/TU", "implements", "2025-02-14")],
                 mentions=[], relayed=[R("384-KH/TU", "57-NQ/TW")],
                 quirks=["html", "relayed", "so_colon", "date_slash"])))

    S.append(dict(
        file="34_hu_kimdong_2018_tcvn3.txt", fmt="tcvn3", system="party", layout="two_col",
        header=["ĐẢNG BỘ TỈNH HƯNG YÊN", "HUYỆN ỦY KIM ĐỘNG"], so="Số 156-KH/HU",
        place_date="Kim Động, ngày 12 tháng 3 năm 2018",
        title="KẾ HOẠCH", subject=["thực hiện Nghị quyết Hội nghị lần thứ sáu Ban Chấp hành Trung ương Đảng khóa XII", "về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị"],
        opening="Thực hiện Kế hoạch số 92-KH/TU ngày 26/01/2018 của Ban Thường vụ Tỉnh ủy Hưng Yên về thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII, Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:",
        kind="plan", topic="bomay", units="district", mentions=[],
        recipients=["Ban Thường vụ Tỉnh ủy (b/c)", "Các chi, đảng bộ trực thuộc", "Lưu VPHU."],
        sign=PARTY_SIGN, signer="Nguyễn Văn Phúc",
        ans=dict(symbol="156-KH/HU", date="2018-03-12", doc_type="Kế hoạch", issuer_name="Huyện ủy Kim Động",
                 issuer_level="district", issuer_system="party", locality="Kim Động",
                 parents=[P("92-KH/TU", "implements", "2018-01-26")],
                 mentions=[], relayed=[R("92-KH/TU", "18-NQ/TW")],
                 quirks=["tcvn3", "relayed", "date_slash"])))

    S.append(dict(
        file="35_du_xuanlai_nq_tcvn3.txt", fmt="tcvn3", system="party", layout="stacked",
        header=["ĐẢNG BỘ HUYỆN THỌ XUÂN", "ĐẢNG ỦY XÃ XUÂN LAI"], so="Số 08-NQ/ĐU",
        place_date="Xuân Lai, ngày 05 tháng 11 năm 2019",
        title="NGHỊ QUYẾT", subject=["về tăng cường công tác phòng, chống và kiểm soát ma túy trên địa bàn xã", "giai đoạn 2020 - 2025"],
        opening=f"Thực hiện {D36}, Ban Chấp hành Đảng bộ xã ra Nghị quyết như sau:",
        kind="resolution", topic="matuy", units="commune", mentions=[],
        recipients=["Ban Thường vụ Huyện ủy (b/c)", "Các chi bộ trực thuộc", "Lưu VPĐU."],
        sign=["T/M ĐẢNG ỦY", "BÍ THƯ"], signer="Lê Đình Hùng",
        ans=dict(symbol="08-NQ/ĐU", date="2019-11-05", doc_type="Nghị quyết", issuer_name="Đảng ủy xã Xuân Lai",
                 issuer_level="commune", issuer_system="party", locality="Xuân Lai",
                 parents=[P("36-CT/TW", "implements", "2019-08-16")],
                 mentions=[], relayed=[],
                 quirks=["tcvn3", "date_slash"])))

    S.append(dict(
        file="36_ubnd_thoxuan_vni.txt", fmt="vni", system="state", layout="two_col",
        header=["ỦY BAN NHÂN DÂN", "HUYỆN THỌ XUÂN"], so="Số: 88/KH-UBND",
        place_date="Thọ Xuân, ngày 10 tháng 02 năm 2020",
        title="KẾ HOẠCH", subject=["phòng, chống và kiểm soát ma túy trên địa bàn huyện năm 2020"],
        opening="Thực hiện Kế hoạch số 118-KH/HU ngày 20/12/2019 của Ban Thường vụ Huyện ủy Thọ Xuân về thực hiện Chỉ thị số 36-CT/TW ngày 16/8/2019 của Bộ Chính trị; Ủy ban nhân dân huyện ban hành Kế hoạch như sau:",
        kind="plan", topic="matuy", units="state_district", mentions=[],
        recipients=["UBND tỉnh (b/c)", "Thường trực Huyện ủy (b/c)", "Lưu: VT."],
        sign=STATE_SIGN, signer="Lê Văn Tiến",
        ans=dict(symbol="88/KH-UBND", date="2020-02-10", doc_type="Kế hoạch", issuer_name="Ủy ban nhân dân huyện Thọ Xuân",
                 issuer_level="district", issuer_system="state", locality="Thọ Xuân",
                 parents=[P("118-KH/HU", "implements", "2019-12-20")],
                 mentions=[], relayed=[R("118-KH/HU", "36-CT/TW")],
                 quirks=["vni", "relayed", "so_colon", "date_slash"])))

    S.append(dict(
        file="37_du_giomy_vni.txt", fmt="vni", system="party", layout="stacked",
        header=["ĐẢNG BỘ HUYỆN GIO LINH", "ĐẢNG ỦY XÃ GIO MỸ"], so="Số 21-KH/ĐU",
        place_date="Gio Mỹ, ngày 01 tháng 02 năm 2021",
        title="KẾ HOẠCH", subject=["phòng, chống và kiểm soát ma túy trên địa bàn xã giai đoạn 2021 - 2025"],
        opening="Thực hiện Kế hoạch số 112-KH/HU ngày 18/01/2021 của Ban Thường vụ Huyện ủy Gio Linh về thực hiện Chỉ thị số 36-CT/TW của Bộ Chính trị, Ban Thường vụ Đảng ủy xã ban hành Kế hoạch như sau:",
        kind="plan", topic="matuy", units="commune", mentions=[],
        recipients=["Ban Thường vụ Huyện ủy (b/c)", "Các chi bộ trực thuộc", "Lưu VPĐU."],
        sign=PARTY_SIGN, signer="Nguyễn Văn Bình",
        ans=dict(symbol="21-KH/ĐU", date="2021-02-01", doc_type="Kế hoạch", issuer_name="Đảng ủy xã Gio Mỹ",
                 issuer_level="commune", issuer_system="party", locality="Gio Mỹ",
                 parents=[P("112-KH/HU", "implements", "2021-01-18")],
                 mentions=[], relayed=[R("112-KH/HU", "36-CT/TW")],
                 quirks=["vni", "relayed", "date_slash"])))

    S.append(dict(
        file="38_hu_kimdong_report_mentions.txt", fmt="txt", system="party", layout="two_col",
        header=["ĐẢNG BỘ TỈNH HƯNG YÊN", "HUYỆN ỦY KIM ĐỘNG"], so="Số 310-BC/HU",
        place_date="Kim Động, ngày 20 tháng 6 năm 2025",
        title="BÁO CÁO", subject=["sơ kết 6 tháng đầu năm 2025 công tác chuyển đổi số trong Đảng bộ huyện"],
        opening="Sáu tháng đầu năm 2025, trong bối cảnh thực hiện sắp xếp tổ chức bộ máy, các cấp ủy, tổ chức đảng trong Đảng bộ huyện đã tập trung lãnh đạo, chỉ đạo công tác chuyển đổi số và đạt được một số kết quả như sau:",
        kind="report", topic="khcn", units="district",
        mentions=["Ban Thường vụ Huyện ủy đã ban hành Kế hoạch số 245-KH/HU ngày 10/3/2025 để cụ thể hóa Nghị quyết số 57-NQ/TW của Bộ Chính trị; 100% chi, đảng bộ trực thuộc đã xây dựng kế hoạch thực hiện.",
                  "Phong trào “Bình dân học vụ số” theo Kế hoạch số 01-KH/BCĐTW ngày 21/3/2025 của Ban Chỉ đạo Trung ương được triển khai rộng khắp."],
        recipients=["Ban Thường vụ Tỉnh ủy (b/c)", "Các đồng chí Huyện ủy viên", "Lưu VPHU."],
        sign=PARTY_SIGN, signer="Nguyễn Chi Hội",
        ans=dict(symbol="310-BC/HU", date="2025-06-20", doc_type="Báo cáo", issuer_name="Huyện ủy Kim Động",
                 issuer_level="district", issuer_system="party", locality="Kim Động",
                 parents=[], mentions=["245-KH/HU", "57-NQ/TW", "01-KH/BCĐTW"], relayed=[],
                 quirks=["body_mentions_only", "bao_cao", "date_slash"])))

    S.append(dict(
        file="39_tu_hanoi_sinhhoat_mentions.txt", fmt="txt", system="party", layout="stacked",
        header=["ĐẢNG BỘ THÀNH PHỐ HÀ NỘI", "THÀNH ỦY"], so="Số 268-KH/TU",
        place_date="Hà Nội, ngày 10 tháng 02 năm 2025",
        title="KẾ HOẠCH", subject=["triển khai đợt sinh hoạt chính trị về kỷ nguyên mới - kỷ nguyên vươn mình của dân tộc"],
        opening="Sau 40 năm tiến hành công cuộc đổi mới, đất nước ta đã hội tụ được những điều kiện cần thiết và đang đứng trước cơ hội lịch sử bước vào kỷ nguyên mới - kỷ nguyên vươn mình của dân tộc. Nhằm giúp cán bộ, đảng viên và các tầng lớp Nhân dân Thủ đô nâng cao nhận thức, Ban Thường vụ Thành ủy Hà Nội ban hành Kế hoạch như sau:",
        kind="plan", topic="bomay", units="province_pre",
        mentions=["- Làm rõ kết quả tổng kết 7 năm thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 theo Kết luận số 121-KL/TW ngày 24/01/2025 của Ban Chấp hành Trung ương Đảng."],
        recipients=["Ban Bí thư TW (b/c)", "Các quận ủy, huyện ủy, thị ủy, đảng ủy trực thuộc", "Lưu VT-VPTU, BTGTU."],
        sign=PARTY_SIGN, signer="Nguyễn Văn Phong",
        ans=dict(symbol="268-KH/TU", date="2025-02-10", doc_type="Kế hoạch", issuer_name="Thành ủy Hà Nội",
                 issuer_level="province", issuer_system="party", locality="Hà Nội",
                 parents=[], mentions=["18-NQ/TW", "121-KL/TW"], relayed=[],
                 quirks=["body_mentions_only", "date_slash"])))

    S.append(dict(
        file="40_ubnd_binhdinh_based_on.txt", fmt="txt", system="state", layout="two_col",
        header=["ỦY BAN NHÂN DÂN", "TỈNH BÌNH ĐỊNH"], so="Số: 52/KH-UBND",
        place_date="Bình Định, ngày 20 tháng 02 năm 2025",
        title="KẾ HOẠCH", subject=["phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", "tỉnh Bình Định năm 2025"],
        opening="Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nCăn cứ Nghị quyết số 03/NQ-CP ngày 09 tháng 01 năm 2025 của Chính phủ ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 57-NQ/TW;\nThực hiện Chương trình hành động số 30-CTr/TU ngày 10/02/2025 của Tỉnh ủy Bình Định;\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
        kind="plan", topic="khcn", units="state_province",
        mentions=["- Bảo đảm tuân thủ Nghị định số 13/2023/NĐ-CP ngày 17/4/2023 của Chính phủ về bảo vệ dữ liệu cá nhân."],
        recipients=["Bộ Khoa học và Công nghệ (b/c)", "Thường trực Tỉnh ủy (b/c)", "Lưu: VT, K15."],
        sign=STATE_SIGN, signer="Nguyễn Tự Công Hoàng",
        ans=dict(symbol="52/KH-UBND", date="2025-02-20", doc_type="Kế hoạch", issuer_name="Ủy ban nhân dân tỉnh Bình Định",
                 issuer_level="province", issuer_system="state", locality="Bình Định",
                 parents=[P("03/NQ-CP", "based_on", "2025-01-09"), P("30-CTr/TU", "implements", "2025-02-10")],
                 mentions=["13/2023/NĐ-CP"], relayed=[R("03/NQ-CP", "57-NQ/TW")],
                 quirks=["based_on", "multiple_parents", "so_colon", "law_without_symbol", "date_long_in_citation"])))

    S.append(dict(
        file="41_bcdtw_01_short_code.txt", fmt="txt", system="party", layout="stacked",
        header=["ĐẢNG CỘNG SẢN VIỆT NAM", "BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN CHỈ ĐẠO TRUNG ƯƠNG VỀ PHÁT TRIỂN", "KHOA HỌC, CÔNG NGHỆ, ĐỔI MỚI SÁNG TẠO", "VÀ CHUYỂN ĐỔI SỐ"],
        so="Số 01-KH/BCĐTW", place_date="Hà Nội, ngày 21 tháng 3 năm 2025", no_national=True,
        title="KẾ HOẠCH", subject=["triển khai phong trào “Bình dân học vụ số”"],
        opening="- Căn cứ Nghị quyết số 57-NQ/TW, ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;\n- Căn cứ Quyết định số 229-QĐ/BCĐ của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số ban hành Quy chế làm việc của Ban Chỉ đạo,\nBan Chỉ đạo Trung ương ban hành Kế hoạch triển khai phong trào “Bình dân học vụ số” như sau:",
        kind="plan", topic="bdhvs", units="central",
        mentions=["- Các bộ, ngành phối hợp triển khai gắn với Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ."],
        recipients=["Bộ Chính trị, Ban Bí thư (b/c)", "Các thành viên Ban Chỉ đạo", "Các tỉnh ủy, thành ủy trực thuộc Trung ương", "Lưu Văn phòng Trung ương Đảng."],
        sign=["TRƯỞNG BAN", "TỔNG BÍ THƯ"], signer="Tô Lâm",
        ans=dict(symbol="01-KH/BCĐTW", date="2025-03-21", doc_type="Kế hoạch", issuer_name="Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
                 issuer_level="central", issuer_system="party", locality=None,
                 parents=[P("57-NQ/TW", "based_on", "2024-12-22"), P("229-QĐ/BCĐTW", "based_on", None, as_written="229-QĐ/BCĐ")],
                 mentions=["03/NQ-CP"], relayed=[],
                 quirks=["short_issuer_code", "date_comma", "based_on", "multiple_parents"])))

    S.append(dict(
        file="42_du_ubnd_dongnai_60.txt", fmt="txt", system="party", layout="two_col",
        header=["ĐẢNG BỘ TỈNH ĐỒNG NAI", "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH"], so="Số 35-KH/ĐU",
        place_date="Đồng Nai, ngày 05 tháng 7 năm 2025",
        title="KẾ HOẠCH", subject=["thực hiện Nghị quyết số 60-NQ/TW ngày 12/4/2025 Hội nghị lần thứ 11", "Ban Chấp hành Trung ương Đảng khóa XIII"],
        opening=f"Thực hiện {D60}; Kế hoạch số 520-KH/TU ngày 25/6/2025 của Ban Thường vụ Tỉnh ủy Đồng Nai, Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
        kind="plan", topic="bomay", units="commune", mentions=[],
        recipients=["Ban Thường vụ Tỉnh ủy (b/c)", "Các tổ chức đảng trực thuộc", "Lưu VPĐU."],
        sign=PARTY_SIGN_BT, signer="Võ Tấn Đức",
        ans=dict(symbol="35-KH/ĐU", date="2025-07-05", doc_type="Kế hoạch", issuer_name="Đảng ủy Ủy ban nhân dân tỉnh Đồng Nai",
                 issuer_level="province", issuer_system="party", locality="Đồng Nai",
                 parents=[P("60-NQ/TW", "implements", "2025-04-12"), P("520-KH/TU", "implements", "2025-06-25")],
                 mentions=[], relayed=[],
                 quirks=["parent_in_title", "multiple_parents", "provincial_du_2025", "date_slash"])))

    S.append(dict(
        file="43_chibo_thcs_old_tone.txt", fmt="txt", system="party", layout="stacked",
        header=["ĐẢNG BỘ XÃ VĨNH XÁ", "CHI BỘ TRƯỜNG THCS VĨNH XÁ"], so="Số 03-KH/CB",
        place_date="Vĩnh Xá, ngày 05 tháng 4 năm 2025",
        title="KẾ HOẠCH", subject=["ứng dụng công nghệ thông tin và chuyển đổi số trong hoạt động của chi bộ năm 2025"],
        opening="Thực hiện Kế hoạch số 15-KH/ĐU ngày 20/3/2025 của Ban Thường vụ Đảng ủy xã Vĩnh Xá về thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị, Chi bộ xây dựng Kế hoạch như sau:",
        kind="plan", topic="khcn", units="cell", mentions=[],
        recipients=["Đảng ủy xã (b/c)", "Đảng viên trong chi bộ", "Lưu CB."],
        sign=["T/M CHI BỘ", "BÍ THƯ"], signer="Nguyễn Thị Hòa", quirks_apply=["old_tone"],
        ans=dict(symbol="03-KH/CB", date="2025-04-05", doc_type="Kế hoạch", issuer_name="Chi bộ Trường THCS Vĩnh Xá",
                 issuer_level="cell", issuer_system="party", locality="Vĩnh Xá",
                 parents=[P("15-KH/ĐU", "implements", "2025-03-20")],
                 mentions=[], relayed=[R("15-KH/ĐU", "57-NQ/TW")],
                 quirks=["old_tone", "relayed", "cell", "date_slash"])))

    S.append(dict(
        file="44_btgdvtu_hungyen_hd.txt", fmt="txt", system="party", layout="two_col",
        header=["ĐẢNG BỘ TỈNH HƯNG YÊN", "BAN TUYÊN GIÁO VÀ DÂN VẬN"], so="Số:12-HD/BTGDVTU",
        place_date="Hưng Yên, ngày 15 tháng 3 năm 2025",
        title="HƯỚNG DẪN", subject=["tuyên truyền phong trào “Bình dân học vụ số” và chuyển đổi số năm 2025"],
        opening="Thực hiện Kế hoạch số 01-KH/BCĐTW ngày 21/3/2025 của Ban Chỉ đạo Trung ương về triển khai phong trào “Bình dân học vụ số” và Kế hoạch số 384-KH/TU tháng 02/2025 của Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo và Dân vận Tỉnh ủy hướng dẫn như sau:",
        kind="guide", topic="bdhvs", units="province_pre", mentions=[],
        recipients=["Thường trực Tỉnh ủy (b/c)", "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc", "Lưu VT."],
        sign=["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"], signer="Đào Thị Lan",
        ans=dict(symbol="12-HD/BTGDVTU", date="2025-03-15", doc_type="Hướng dẫn", issuer_name="Ban Tuyên giáo và Dân vận Tỉnh ủy Hưng Yên",
                 issuer_level="province", issuer_system="party", locality="Hưng Yên",
                 parents=[P("01-KH/BCĐTW", "implements", "2025-03-21"), P("384-KH/TU", "implements", None)],
                 mentions=[], relayed=[],
                 quirks=["so_colon_nospace", "month_only", "multiple_parents", "so_colon", "date_slash"])))

    S.append(dict(
        file="45_hu_kimdong_tb_theo.txt", fmt="txt", system="party", layout="two_col",
        header=["ĐẢNG BỘ TỈNH HƯNG YÊN", "HUYỆN ỦY KIM ĐỘNG"], so="Số 415-TB/HU",
        place_date="Kim Động, ngày 25 tháng 4 năm 2025",
        title="THÔNG BÁO", subject=["kết luận của Ban Thường vụ Huyện ủy về tiến độ thực hiện chuyển đổi số"],
        opening="Theo Kế hoạch số 245-KH/HU ngày 10/3/2025 của Ban Thường vụ Huyện ủy, ngày 22/4/2025, Ban Thường vụ Huyện ủy họp nghe báo cáo tiến độ thực hiện chuyển đổi số quý I năm 2025.",
        kind="notice", topic="khcn", units="district",
        mentions=["Ủy ban nhân dân huyện đã ban hành Kế hoạch số 94/KH-UBND ngày 28/3/2025 về chuyển đổi số năm 2025."],
        recipients=["Thường trực Tỉnh ủy (b/c)", "Các chi, đảng bộ trực thuộc", "Lưu VPHU."],
        sign=["T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG"], signer="Trần Thị Mai",
        ans=dict(symbol="415-TB/HU", date="2025-04-25", doc_type="Thông báo", issuer_name="Huyện ủy Kim Động",
                 issuer_level="district", issuer_system="party", locality="Kim Động",
                 parents=[P("245-KH/HU", "based_on", "2025-03-10")],
                 mentions=["94/KH-UBND"], relayed=[],
                 quirks=["based_on", "thong_bao", "date_slash"])))

    S.append(dict(
        file="46_ubnd_hungyen_qd.txt", fmt="txt", system="state", layout="two_col",
        header=["ỦY BAN NHÂN DÂN", "TỈNH HƯNG YÊN"], so="Số: 1205/QĐ-UBND",
        place_date="Hưng Yên, ngày 30 tháng 5 năm 2025",
        title="QUYẾT ĐỊNH", subject=["ban hành Kế hoạch phát triển khoa học, công nghệ, đổi mới sáng tạo", "và chuyển đổi số tỉnh Hưng Yên năm 2025", "", "ỦY BAN NHÂN DÂN TỈNH HƯNG YÊN"],
        opening="Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 02 năm 2025;\nCăn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;\nCăn cứ Nghị quyết số 03/NQ-CP ngày 09 tháng 01 năm 2025 của Chính phủ;\nTheo đề nghị của Giám đốc Sở Khoa học và Công nghệ tại Tờ trình số 85/TTr-SKHCN ngày 20/5/2025.",
        kind="decision", topic="khcn", units="state_province", mentions=[],
        article1="Điều 1. Ban hành kèm theo Quyết định này Kế hoạch phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số tỉnh Hưng Yên năm 2025.",
        recipients=["Như Điều 3", "Thường trực Tỉnh ủy (b/c)", "Lưu: VT, KGVX."],
        sign=["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], signer="Trần Quốc Văn",
        ans=dict(symbol="1205/QĐ-UBND", date="2025-05-30", doc_type="Quyết định", issuer_name="Ủy ban nhân dân tỉnh Hưng Yên",
                 issuer_level="province", issuer_system="state", locality="Hưng Yên",
                 parents=[P("30/2020/NĐ-CP", "based_on", "2020-03-05"), P("03/NQ-CP", "based_on", "2025-01-09")],
                 mentions=["85/TTr-SKHCN"], relayed=[],
                 quirks=["based_on", "multiple_parents", "so_colon", "law_without_symbol", "date_long_in_citation", "proposed_by"])))

    S.append(dict(
        file="47_ubnd_dongnai_nfd_crlf.txt", fmt="txt", system="state", layout="two_col",
        header=["ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG NAI"], so="Số: 301/KH-UBND",
        place_date="Đồng Nai, ngày 25 tháng 7 năm 2025",
        title="KẾ HOẠCH", subject=["triển khai phong trào “Bình dân học vụ số” trên địa bàn tỉnh Đồng Nai"],
        opening="Căn cứ Kế hoạch số 01-KH/BCĐTW ngày 21/3/2025 của Ban Chỉ đạo Trung ương về triển khai phong trào “Bình dân học vụ số”;\nThực hiện Kế hoạch số 520-KH/TU ngày 25/6/2025 của Ban Thường vụ Tỉnh ủy Đồng Nai;\nỦy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
        kind="plan", topic="bdhvs", units="state_province", mentions=[],
        recipients=["Ban Chỉ đạo Trung ương (b/c)", "Thường trực Tỉnh ủy (b/c)", "Lưu: VT."],
        sign=STATE_SIGN, signer="Nguyễn Văn Út", quirks_apply=["nfd", "crlf"],
        ans=dict(symbol="301/KH-UBND", date="2025-07-25", doc_type="Kế hoạch", issuer_name="Ủy ban nhân dân tỉnh Đồng Nai",
                 issuer_level="province", issuer_system="state", locality="Đồng Nai",
                 parents=[P("01-KH/BCĐTW", "based_on", "2025-03-21"), P("520-KH/TU", "implements", "2025-06-25")],
                 mentions=[], relayed=[],
                 quirks=["nfd", "crlf", "based_on", "multiple_parents", "so_colon", "date_slash"])))

    S.append(dict(
        file="48_hlhpn_quangtri.md", fmt="md", system="mass", layout="stacked",
        header=["HỘI LHPN VIỆT NAM", "HỘI LHPN TỈNH QUẢNG TRỊ"], so="Số 36/KH-HLHPN",
        place_date="Quảng Trị, ngày 10 tháng 9 năm 2025", national="CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
        title="KẾ HOẠCH", subject=["tuyên truyền, vận động hội viên tham gia đại hội đảng bộ các cấp"],
        opening="Thực hiện Kế hoạch số 301-KH/TU ngày 20/5/2025 của Ban Thường vụ Tỉnh ủy Quảng Trị về thực hiện Chỉ thị số 45-CT/TW ngày 14/4/2025 của Bộ Chính trị, Ban Thường vụ Hội LHPN tỉnh xây dựng Kế hoạch như sau:",
        kind="plan", topic="daihoi", units="mass", mentions=[],
        recipients=["Trung ương Hội LHPN Việt Nam (b/c)", "Thường trực Tỉnh ủy (b/c)", "Lưu: VT."],
        sign=["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"], signer="Hồ Thị Hương",
        ans=dict(symbol="36/KH-HLHPN", date="2025-09-10", doc_type="Kế hoạch", issuer_name="Hội Liên hiệp Phụ nữ tỉnh Quảng Trị",
                 issuer_level="province", issuer_system="mass", locality="Quảng Trị",
                 parents=[P("301-KH/TU", "implements", "2025-05-20")],
                 mentions=[], relayed=[R("301-KH/TU", "45-CT/TW")],
                 quirks=["md", "relayed", "so_no_colon", "date_slash"])))

    S.append(dict(
        file="49_hu_thoxuan_relay2.md", fmt="md", system="party", layout="two_col",
        header=["ĐẢNG BỘ TỈNH THANH HÓA", "HUYỆN ỦY THỌ XUÂN"], so="Số 620-KH/HU",
        place_date="Thọ Xuân, ngày 25 tháng 5 năm 2025",
        title="KẾ HOẠCH", subject=["thực hiện Kế hoạch số 310-KH/TU của Ban Thường vụ Tỉnh ủy"],
        opening="Thực hiện Kế hoạch số 310-KH/TU ngày 15/5/2025 của Ban Thường vụ Tỉnh ủy Thanh Hóa về thực hiện Nghị quyết số 66-NQ/TW ngày 30/4/2025 và Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị, Ban Thường vụ Huyện ủy ban hành Kế hoạch như sau:",
        kind="plan", topic="ktn", units="district", mentions=[],
        recipients=["Ban Thường vụ Tỉnh ủy (b/c)", "Các chi, đảng bộ trực thuộc", "Lưu VPHU."],
        sign=PARTY_SIGN, signer="Lê Văn Hoà", quirks_apply=["old_tone"],
        ans=dict(symbol="620-KH/HU", date="2025-05-25", doc_type="Kế hoạch", issuer_name="Huyện ủy Thọ Xuân",
                 issuer_level="district", issuer_system="party", locality="Thọ Xuân",
                 parents=[P("310-KH/TU", "implements", "2025-05-15")],
                 mentions=[], relayed=[R("310-KH/TU", "66-NQ/TW"), R("310-KH/TU", "68-NQ/TW")],
                 quirks=["md", "relayed", "old_tone", "parent_in_title", "date_slash"])))
    return S


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------

OLD_TONE = [("ủy", "uỷ"), ("Ủy", "Uỷ"), ("ỦY", "UỶ"), ("hòa", "hoà"), ("Hòa", "Hoà"), ("HÒA", "HOÀ"),
            ("hóa", "hoá"), ("Hóa", "Hoá"), ("HÓA", "HOÁ"), ("thủy", "thuỷ"), ("Thủy", "Thuỷ"), ("khỏe", "khoẻ")]


def issuer_short(spec) -> str:
    name = spec["ans"]["issuer_name"]
    if spec["system"] == "state":
        return name.split(" tỉnh ")[0].split(" huyện ")[0].split(" xã ")[0] + (
            " tỉnh" if " tỉnh " in name else " huyện" if " huyện " in name else " xã")
    if spec["system"] == "mass":
        return "Ban Thường vụ " + name
    if name.startswith(("Ban ", "Chi bộ")):
        return name
    return "Ban Thường vụ " + name


def two_columns(left: list[str], right: list[str]) -> list[str]:
    """A header as a .docx saved as text prints it: the left cell's lines, the right cell's
    lines beside them from column 44."""
    out = []
    for i in range(max(len(left), len(right))):
        lft = left[i] if i < len(left) else ""
        rgt = right[i] if i < len(right) else ""
        out.append((lft.ljust(44) + rgt).rstrip() if rgt else lft)
    return out


def header_lines(spec, rng: random.Random) -> list[str]:
    sys_ = spec["system"]
    left = list(spec["header"])
    if sys_ == "party" and left:
        left = left + ["*"]
    if spec.get("so"):
        left.append(spec["so"])
    if spec.get("no_national"):
        right = []
    elif spec.get("national"):
        right = spec["national"].split("\n")
    elif sys_ == "state":
        right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    else:
        right = ["ĐẢNG CỘNG SẢN VIỆT NAM"]
    pd = spec.get("place_date")
    if spec["layout"] == "two_col":
        return two_columns(left, right + ([""] if right else []) + ([pd] if pd else []))
    out = []
    if right:
        out += right + [""]
    out += left
    if pd:
        out += ["", pd]
    return out


def render_text(spec, rng) -> tuple[list[str], dict]:
    """Return the document as lines plus the parts (for the docx/html writers)."""
    head = header_lines(spec, rng) if spec["layout"] not in ("none", "table") else []
    title = []
    if spec.get("title"):
        title.append(spec["title"])
    title += spec.get("subject", [])
    if spec.get("title"):
        title.append("-----")
    cv_to = spec.get("cv_to", [])
    opening = spec["opening"].split("\n")
    body = body_generic(spec["kind"], spec["topic"], spec["units"], spec.get("mentions", []), issuer_short(spec),
                        spec.get("article1"))
    closing = ["Nơi nhận:"] + ["- " + r for r in spec["recipients"]] + [""] + spec["sign"] + ["", "(Đã ký)", "", spec["signer"]]
    lines = []
    if head:
        lines += head + ["", ""]
    elif spec["layout"] == "none":
        lines += ["", ""]
    lines += title + [""]
    if cv_to:
        lines += cv_to + [""]
    lines += [x for o in opening for x in (o, "")]
    lines += body + closing
    parts = dict(head=head, title=title, cv_to=cv_to, opening=opening, body=body, closing=closing)
    return lines, parts


def apply_text_quirks(text: str, quirks: list[str]) -> str:
    if "old_tone" in quirks:
        for a, b in OLD_TONE:
            text = text.replace(a, b)
    if "nfd" in quirks:
        text = unicodedata.normalize("NFD", text)
    return text


def fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip (docx) with fixed timestamps so the output is byte-stable."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, src.read(info.filename))
    return out.getvalue()


def write_docx(path: Path, spec, parts, quirks):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    q = lambda s: apply_text_quirks(s, quirks)  # noqa: E731
    d = docx.Document()
    d.core_properties.created = datetime(2025, 1, 1, tzinfo=timezone.utc)
    d.core_properties.modified = datetime(2025, 1, 1, tzinfo=timezone.utc)
    d.core_properties.author = "VP"
    d.core_properties.last_modified_by = "VP"
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(14)
    if spec["fmt"] == "docx_table":
        left = list(spec["header"]) + (["*"] if spec["system"] == "party" else []) + [spec["so"]]
        if spec["system"] == "state":
            right = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", spec["place_date"]]
        else:
            right = ["ĐẢNG CỘNG SẢN VIỆT NAM", "", spec["place_date"]]
        t = d.add_table(rows=1, cols=2)
        for cell, col in zip(t.rows[0].cells, (left, right)):
            cell.paragraphs[0].text = q(col[0])
            cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
            for s in col[1:]:
                p = cell.add_paragraph(q(s))
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        d.add_paragraph("")
    else:
        for s in parts["head"]:
            d.add_paragraph(q(s))
    for i, s in enumerate(parts["title"]):
        p = d.add_paragraph()
        r = p.add_run(q(s))
        r.bold = i == 0
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for s in parts["cv_to"] + parts["opening"] + parts["body"] + parts["closing"]:
        if s:
            p = d.add_paragraph(q(s))
            if s.isupper() and len(s) > 3:
                p.runs[0].bold = True
    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(fixed_zip(buf.getvalue()))


def write_pdf(path: Path, lines: list[str]):
    from fpdf import FPDF

    font_dir = Path("/usr/share/fonts/truetype/dejavu")
    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime(2025, 1, 1, tzinfo=timezone.utc))
    pdf.set_producer("Cascade labelled set")
    pdf.add_font("DejaVu", "", str(font_dir / "DejaVuSerif.ttf"))
    pdf.add_font("DejaVu", "B", str(font_dir / "DejaVuSerif-Bold.ttf"))
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    pdf.set_margins(25, 20, 20)
    for s in lines:
        bold = s.isupper() and len(s.strip()) > 3
        pdf.set_font("DejaVu", "B" if bold else "", 11)
        if not s:
            pdf.ln(3)
            continue
        pdf.multi_cell(0, 6, s, new_x="LMARGIN", new_y="NEXT")
    path.write_bytes(bytes(pdf.output()))


def esc(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def write_html(path: Path, spec, parts):
    site, cat = spec["portal"]
    title_text = " ".join(x for x in parts["title"] if x != "-----")
    body = []
    for s in parts["head"]:
        body.append(f"<p class=\"header\">{esc(s)}</p>" if s else "")
    for i, s in enumerate(parts["title"]):
        if s != "-----":
            body.append(f"<p style=\"text-align:center\"><strong>{esc(s)}</strong></p>" if i == 0 else f"<p style=\"text-align:center\"><em>{esc(s)}</em></p>")
    for s in parts["opening"] + parts["body"] + parts["closing"]:
        if s:
            body.append(f"<p><strong>{esc(s)}</strong></p>" if s.isupper() else f"<p>{esc(s)}</p>")
    html = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title_text[:90])} - {esc(site)}</title>
<link rel="stylesheet" href="/static/css/portal.css">
<script src="/static/js/jquery.min.js"></script>
</head>
<body>
<div id="top-bar">Thứ Hai, 06/10/2025 | <a href="/lien-he">Liên hệ</a> | <a href="/so-do">Sơ đồ cổng</a></div>
<header class="banner"><h2>{esc(site.upper())}</h2><p>Cổng thông tin điện tử</p></header>
<nav class="main-menu"><ul>
<li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/tin-tuc">Tin tức - Sự kiện</a></li>
<li><a href="/van-ban">Văn bản</a></li><li><a href="/chuyen-doi-so">Chuyển đổi số</a></li><li><a href="/hoi-dap">Hỏi đáp</a></li>
</ul></nav>
<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="/van-ban">{esc(cat)}</a></div>
<main class="container">
<article class="post-detail">
<h1 class="post-title">{esc(title_text)}</h1>
<div class="post-meta">Cập nhật: 06/10/2025 08:15 | Lượt xem: 1.254</div>
<div class="post-content">
{chr(10).join(body)}
</div>
<div class="attach">Tệp đính kèm: <a href="/files/van-ban.pdf">Tải về</a></div>
<div class="share">Chia sẻ: <a href="#">Facebook</a> <a href="#">Zalo</a> <a href="#" onclick="window.print()">In trang</a></div>
</article>
<aside class="sidebar">
<h3>Tin mới</h3>
<ul><li><a href="/tin/1">Hội nghị sơ kết công tác 9 tháng đầu năm</a></li>
<li><a href="/tin/2">Tập huấn kỹ năng số cho cán bộ cơ sở</a></li>
<li><a href="/tin/3">Ra quân hưởng ứng Tháng hành động vì môi trường</a></li></ul>
</aside>
</main>
<footer><p>Bản quyền thuộc {esc(site)}. Giấy phép số 12/GP-TTĐT.</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>
</body>
</html>
"""
    path.write_text(html, encoding="utf-8", newline="\n")


def to_markdown(spec, parts) -> list[str]:
    out = []
    for s in parts["head"]:
        out.append(f"**{s}**  " if s and s.strip() and s.isupper() else (s + "  " if s else ""))
    out.append("")
    for i, s in enumerate(parts["title"]):
        if s == "-----":
            out.append("")
            continue
        out.append(f"# {s}" if i == 0 else f"**{s}**")
    out.append("")
    for s in parts["opening"]:
        out += [s, ""]
    for s in parts["body"]:
        if s and (s.startswith(("I.", "II.", "III.", "IV.")) or s.isupper()):
            out.append(f"## {s}")
        else:
            out.append(s)
    for s in parts["closing"]:
        out.append(f"**{s}**" if s.isupper() and s else s)
    return out


def build(out_dir: Path) -> list[dict]:
    rng = random.Random(SEED)
    docs_dir = out_dir / "docs"
    docs_dir.mkdir(parents=True, exist_ok=True)
    for old in docs_dir.iterdir():
        old.unlink()
    answers = []
    for spec in specs():
        lines, parts = render_text(spec, rng)
        quirks = spec.get("quirks_apply", [])
        path = docs_dir / spec["file"]
        fmt = spec["fmt"]
        if fmt in ("txt", "md"):
            src = to_markdown(spec, parts) if fmt == "md" else lines
            text = apply_text_quirks("\n".join(src) + "\n", quirks)
            if "crlf" in quirks:
                text = text.replace("\n", "\r\n")
            data = text.encode("utf-8")
            if "bom" in quirks:
                data = b"\xef\xbb\xbf" + data
            path.write_bytes(data)
        elif fmt in ("docx", "docx_table"):
            write_docx(path, spec, parts, quirks)
        elif fmt == "pdf":
            write_pdf(path, lines)
        elif fmt == "html":
            write_html(path, spec, parts)
        elif fmt == "tcvn3":
            path.write_bytes(encode_tcvn3("\r\n".join(lines) + "\r\n"))
        elif fmt == "vni":
            path.write_bytes(encode_vni("\r\n".join(lines) + "\r\n"))
        else:
            raise ValueError(fmt)
        a = {"file": spec["file"]}
        a.update(spec["ans"])
        a["format"] = {"docx_table": "docx", "tcvn3": "txt", "vni": "txt"}.get(fmt, fmt)
        if fmt in ("tcvn3", "vni"):
            a["encoding"] = fmt
        answers.append(a)
    with open(out_dir / "answers.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        for a in answers:
            fh.write(json.dumps(a, ensure_ascii=False, sort_keys=False) + "\n")
    return answers


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    answers = build(args.out)
    quirks = {}
    for a in answers:
        for q in a["quirks"]:
            quirks[q] = quirks.get(q, 0) + 1
    print(f"wrote {len(answers)} documents to {args.out / 'docs'} and {args.out / 'answers.jsonl'}")
    print("quirks: " + ", ".join(f"{k}={v}" for k, v in sorted(quirks.items())))


if __name__ == "__main__":
    main()
