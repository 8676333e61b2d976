"""A small cascade written for the coverage tests (issue 11): a Bộ Chính trị resolution whose
"Tổ chức thực hiện" names a class and named units in one item, with a deadline in words, and a
unit the registry cannot place; the Government's answer (a counterpart of the Đảng ủy Chính phủ);
a UBND tỉnh plan (no counterpart of the Tỉnh ủy); a late Tỉnh ủy plan."""
from __future__ import annotations

from pathlib import Path

ROOT = """\
BAN CHẤP HÀNH TRUNG ƯƠNG
*
Số 99-NQ/TW
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Nội, ngày 10 tháng 3 năm 2025

NGHỊ QUYẾT
CỦA BỘ CHÍNH TRỊ
về phát triển kinh tế tư nhân

Bộ Chính trị yêu cầu quán triệt, thực hiện tốt các nội dung sau:

I. MỤC TIÊU

Phát triển kinh tế tư nhân.

II. TỔ CHỨC THỰC HIỆN

1. Các tỉnh ủy, thành ủy trực thuộc Trung ương; Đảng ủy Quốc hội; Đảng ủy Chính phủ, Đảng ủy Mặt trận Tổ quốc và các đoàn thể Trung ương: xây dựng kế hoạch thực hiện Nghị quyết, hoàn thành trong quý II năm 2025.

2. Các cơ quan báo chí Trung ương: xây dựng kế hoạch tuyên truyền Nghị quyết.

3. Văn phòng Trung ương Đảng theo dõi, đôn đốc việc thực hiện.

Nghị quyết này phổ biến đến chi bộ.

T/M BỘ CHÍNH TRỊ
TỔNG BÍ THƯ
"""

GOVERNMENT = """\
CHÍNH PHỦ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 50/NQ-CP
Hà Nội, ngày 01 tháng 4 năm 2025

NGHỊ QUYẾT
Ban hành Chương trình hành động của Chính phủ thực hiện Nghị quyết số 99-NQ/TW ngày 10 tháng 3 năm 2025 của Bộ Chính trị

CHÍNH PHỦ

Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;

Căn cứ Nghị quyết số 99-NQ/TW ngày 10 tháng 3 năm 2025 của Bộ Chính trị về phát triển kinh tế tư nhân;

QUYẾT NGHỊ:

Điều 1. Ban hành kèm theo Nghị quyết này Chương trình hành động của Chính phủ.

TM. CHÍNH PHỦ
THỦ TƯỚNG
"""

UBND = """\
ỦY BAN NHÂN DÂN
TỈNH HƯNG YÊN

Số: 12/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hưng Yên, ngày 05 tháng 4 năm 2025

KẾ HOẠCH
triển khai thực hiện Nghị quyết số 99-NQ/TW trên địa bàn tỉnh

Thực hiện Nghị quyết số 99-NQ/TW ngày 10/3/2025 của Bộ Chính trị, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH

Phát triển kinh tế tư nhân.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
"""

TINH_UY = """\
ĐẢNG BỘ TỈNH THANH HÓA
TỈNH ỦY THANH HÓA
*
Số 30-KH/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Thanh Hóa, ngày 20 tháng 7 năm 2025

KẾ HOẠCH
thực hiện Nghị quyết số 99-NQ/TW ngày 10/3/2025 của Bộ Chính trị

Thực hiện Nghị quyết số 99-NQ/TW ngày 10/3/2025 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch thực hiện như sau:

I. MỤC ĐÍCH

Phát triển kinh tế tư nhân.

T/M BAN THƯỜNG VỤ
BÍ THƯ
"""

FILES = {"nq-99-tw.txt": ROOT, "nq-50-cp.txt": GOVERNMENT, "kh-12-ubnd.txt": UBND, "kh-30-tu.txt": TINH_UY}


def write(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder
