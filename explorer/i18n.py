"""Vietnamese UI text (English when the sidebar toggle is on) and dd/mm/yyyy dates."""
from __future__ import annotations

import datetime as dt

LEVELS = ("central", "province", "district", "commune", "cell")
LEVEL_VI = {"central": "Trung ương", "province": "Cấp tỉnh", "district": "Cấp huyện", "commune": "Cấp xã",
            "cell": "Chi bộ", None: "Chưa rõ cấp"}
LEVEL_EN = {"central": "Central", "province": "Province", "district": "District", "commune": "Commune",
            "cell": "Cell", None: "Unknown level"}
SYSTEM_VI = {"party": "Đảng", "state": "Nhà nước", "mass": "Đoàn thể", None: "Khác"}
SYSTEM_EN = {"party": "Party", "state": "State", "mass": "Mass organisations", None: "Other"}
STATUS_VI = {"covered": "đã ban hành", "late": "ban hành muộn", "missing": "chưa ban hành",
             "overdue": "quá hạn", "not_due": "chưa đến hạn"}
STATUS_EN = {"covered": "covered", "late": "late", "missing": "missing", "overdue": "overdue",
             "not_due": "not due"}

TEXT = {
    # key: (vi, en)
    "app_title": ("Cascade: phả hệ văn bản chỉ đạo", "Cascade: directive cascades"),
    "find": ("Tìm kiếm", "Find"),
    "lineage": ("Phả hệ văn bản", "Lineage"),
    "coverage": ("Tình hình ban hành", "Coverage"),
    "document": ("Văn bản", "Document"),
    "quality": ("Chất lượng dữ liệu", "Data quality"),
    "upload": ("Tải lên", "Upload"),
    "export": ("Xuất dữ liệu", "Export"),
    "backend": ("Nguồn dữ liệu đồ thị", "Graph backend"),
    "english": ("English", "English"),
    "current_doc": ("Văn bản đang chọn", "Selected document"),
    "no_doc": ("Chưa chọn văn bản: hãy tìm và chọn ở trang Tìm kiếm.",
               "No document selected: find one on the Find page."),
    "search_box": ("Tìm theo số hiệu, trích yếu, nội dung", "Search symbols, titles, bodies"),
    "doc_type": ("Loại văn bản", "Document type"),
    "level": ("Cấp", "Level"),
    "locality": ("Địa phương", "Locality"),
    "date_from": ("Từ ngày", "From"),
    "date_to": ("Đến ngày", "To"),
    "all": ("Tất cả", "All"),
    "results": ("{n} văn bản", "{n} documents"),
    "choose": ("Chọn văn bản", "Choose a document"),
    "direction": ("Chiều", "Direction"),
    "down": ("Xuống (văn bản thực hiện)", "Down (implementing documents)"),
    "up": ("Lên (văn bản căn cứ)", "Up (parent documents)"),
    "depth": ("Độ sâu", "Depth"),
    "expand": ("Mở rộng nhóm", "Expand groups"),
    "shown": ("Hiển thị {shown} / {total} văn bản", "{shown} of {total} documents shown"),
    "open_doc": ("Mở văn bản", "Open document"),
    "as_of": ("Tính đến ngày", "As of"),
    "deadline": ("Thời hạn", "Deadline"),
    "expected": ("Đơn vị phải ban hành", "Expected units"),
    "per_level": ("Theo cấp", "Per level"),
    "per_province": ("Theo tỉnh/thành", "Per province"),
    "delay": ("Độ trễ từ văn bản cấp trên đến văn bản trả lời (ngày)", "Delay from parent to answer (days)"),
    "checklist": ("Tải bảng kiểm", "Download checklist"),
    "metadata": ("Thông tin văn bản", "Metadata"),
    "text": ("Nội dung (đánh dấu trích dẫn, giao nhiệm vụ, thời hạn)",
             "Text (references, assignments, deadlines highlighted)"),
    "parents": ("Văn bản cấp trên", "Parent documents"),
    "relayed": ("Quan hệ được dẫn lại", "Relayed claims"),
    "warnings": ("Cảnh báo", "Warnings"),
    "not_ingested": ("chưa có văn bản", "not in the corpus"),
    "failed": ("Tệp lỗi", "Files that failed"),
    "missing_fields": ("Văn bản thiếu số hiệu, ngày hoặc cơ quan ban hành",
                       "Documents missing a symbol, date or issuer"),
    "ambiguous": ("Cơ quan ban hành chưa chắc chắn", "Ambiguous issuers"),
    "cited_missing": ("Văn bản được trích dẫn nhưng chưa có trong kho", "Cited but missing documents"),
    "upload_help": ("Kéo thả tệp .txt, .docx, .doc, .pdf, .html, .md hoặc ảnh quét .png, .jpg, .tif "
                    "(tối đa {mb} MB mỗi tệp)",
                    "Drop .txt, .docx, .doc, .pdf, .html, .md files or scans .png, .jpg, .tif (at most {mb} MB each)"),
    "ingest": ("Đưa vào kho", "Add to the store"),
    "scope": ("Phạm vi", "Scope"),
    "whole": ("Toàn bộ đồ thị", "Whole graph"),
    "view": ("Văn bản đang chọn và phả hệ", "Selected document's cascade"),
    "format": ("Định dạng", "Format"),
    "compare": ("So sánh hai bản chụp", "Compare two snapshots"),
    "none": ("Không có", "None"),
}

_english = False


def set_english(on: bool) -> None:
    global _english
    _english = bool(on)


def t(key: str, **values) -> str:
    vi, en = TEXT[key]
    return (en if _english else vi).format(**values)


def level_name(level: str | None) -> str:
    return (LEVEL_EN if _english else LEVEL_VI).get(level, level or LEVEL_VI[None])


def system_name(system: str | None) -> str:
    return (SYSTEM_EN if _english else SYSTEM_VI).get(system, system or "")


def status_name(status: str) -> str:
    return (STATUS_EN if _english else STATUS_VI).get(status, status)


def fmt_date(value: str | dt.date | None) -> str:
    """ISO date (or date) -> dd/mm/yyyy; '' for none; anything unparsable as given."""
    if not value:
        return ""
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    try:
        return dt.date.fromisoformat(str(value)[:10]).strftime("%d/%m/%Y")
    except ValueError:
        return str(value)
