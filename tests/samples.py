"""Documents several test files share."""

EVIL = "<script>alert('x')</script><img src=x onerror=alert(1)>"


def evil_plan(number: int, day: int) -> str:
    """A district plan whose title and opening carry script and an onerror image."""
    return f"""ĐẢNG BỘ TỈNH HƯNG YÊN
HUYỆN ỦY KIM ĐỘNG
Số {number}-KH/HU
Kim Động, ngày {day:02d} tháng 4 năm 2025

KẾ HOẠCH
Tuyên truyền {EVIL} thử nghiệm

Thực hiện Kế hoạch số 395-KH/TU, ngày 12/3/2025 của Tỉnh ủy Hưng Yên, Ban Thường vụ Huyện ủy ban hành
kế hoạch {EVIL} như sau.

T/M BAN THƯỜNG VỤ
BÍ THƯ
"""
